#!/usr/bin/env bash
# Installs what the web console's browser tests drive (crisis-api's ConsoleBrowserTest): Debian's chromium and
# chromium-driver, when either is missing. bin/flarewatch test runs it before Maven.
set -euo pipefail

if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
  exit 0
fi
echo "Installing Debian's chromium and chromium-driver for the console's browser tests..."
SUDO=""
[[ "$(id -u)" -ne 0 ]] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver > /dev/null
