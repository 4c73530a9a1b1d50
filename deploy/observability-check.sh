#!/usr/bin/env bash
# Verifies the monitoring for real: promtool checks the Prometheus configuration and rules, then Prometheus
# scrapes a running local stack into which mentions are replayed, and every expression of the dashboards and
# rules must return data. Installs Debian's prometheus package when promtool is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v promtool >/dev/null 2>&1 || ! command -v prometheus >/dev/null 2>&1; then
  echo "Installing Debian's prometheus package..."
  SUDO=""
  [[ "$(id -u)" -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq prometheus > /dev/null
fi

promtool check config deploy/prometheus/prometheus.yml
promtool check config deploy/prometheus/prometheus-local.yml
promtool check rules deploy/prometheus/rules/*.yml
promtool test rules deploy/prometheus/tests/*.yml

work="$(mktemp -d)"
stack_pid=""
prometheus_pid=""
cleanup() {
  [[ -n "$prometheus_pid" ]] && kill "$prometheus_pid" 2>/dev/null || true
  if [[ -n "$stack_pid" ]]; then
    kill -TERM "$stack_pid" 2>/dev/null || true
    wait "$stack_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

echo "Starting the local stack (log in $work/up.log)..."
FLAREWATCH_DATA="$work/data" FLAREWATCH_ALERTS_BUCKET=PT10S FLAREWATCH_ALERTS_TICK=PT2S \
  bin/flarewatch up > "$work/up.log" 2>&1 &
stack_pid=$!
for _ in $(seq 1 240); do
  grep -q "Press Ctrl-C" "$work/up.log" && break
  if ! kill -0 "$stack_pid" 2>/dev/null; then cat "$work/up.log"; exit 1; fi
  sleep 1
done
grep -q "Press Ctrl-C" "$work/up.log" || { cat "$work/up.log"; echo "the stack did not start"; exit 1; }

# The stack's ports follow FLAREWATCH_*_PORT (as 'up' does), so the check can run beside another stack.
api_port=${FLAREWATCH_API_PORT:-8080}
ingest_port=${FLAREWATCH_INGEST_PORT:-8081}
prometheus_port=${FLAREWATCH_PROMETHEUS_PORT:-9090}
sed -e "s/localhost:8080/localhost:$api_port/" -e "s/localhost:8081/localhost:$ingest_port/" \
  -e "s/localhost:8082/localhost:${FLAREWATCH_SENTIMENT_PORT:-8082}/" \
  -e "s/localhost:8083/localhost:${FLAREWATCH_ALERT_PORT:-8083}/" \
  deploy/prometheus/prometheus-local.yml > "$work/prometheus.yml"
ln -s "$PWD/deploy/prometheus/rules" "$work/rules"

echo "Starting Prometheus (log in $work/prometheus.log)..."
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/prometheus" \
  --web.listen-address=127.0.0.1:$prometheus_port > "$work/prometheus.log" 2>&1 &
prometheus_pid=$!
sleep 5

FLAREWATCH_API_KEY="$(cat "$work/data/admin-key")" FLAREWATCH_SOURCE_KEY="$(cat "$work/data/source-key")" python3 deploy/observability_check.py \
  "http://127.0.0.1:$prometheus_port" "http://localhost:$api_port" "http://localhost:$ingest_port"
