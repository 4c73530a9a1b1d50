#!/usr/bin/env python3
"""Replays mentions into a running Flarewatch and checks, through Prometheus's HTTP API, that every expression
of the Grafana dashboards and of the alerting rules returns data: a misspelt metric name fails the check.

Usage: FLAREWATCH_API_KEY=... FLAREWATCH_SOURCE_KEY=... observability_check.py PROMETHEUS_URL API_URL INGEST_URL

FLAREWATCH_API_KEY is an admin key of crisis-api; without it the local stack's .flarewatch/admin-key is read.
FLAREWATCH_SOURCE_KEY is a source key that ingest-service accepts; without it .flarewatch/source-key is read.
"""
import datetime
import glob
import json
import os
import re
import sys
import time
import urllib.parse
import urllib.request

PROMQL_WORDS = {"sum", "by", "without", "rate", "increase", "max", "min", "avg", "count", "histogram_quantile",
                "vector", "and", "or", "unless", "le", "topk", "changes", "on", "ignoring", "group_left", "group_right",
                "offset", "bool", "time", "max_over_time"}
# Counters that exist only once something went wrong: a dashboard may show them (with a fallback that has data), and
# the replay, which goes through REST, cannot make a connector fail.
ONLY_AFTER_FAILURES = {"flarewatch_source_errors_total"}
# Rules that must not fire after the replay: every source just delivered.
MUST_NOT_FIRE = ["FlarewatchSourceSilent"]
COMPARISON = re.compile(r"\s*(==|!=|>=|<=|>|<)\s*[0-9.]+\s*$")


def call(url, body=None, content_type="application/json", api_key=None):
    data = body.encode("utf-8") if body is not None else None
    headers = {"Content-Type": content_type + "; charset=UTF-8"}
    if api_key:
        headers["X-Api-Key"] = api_key
    request = urllib.request.Request(url, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def mention(number, text, published, author, followers):
    return json.dumps({"source": "twitter", "sourceId": "obs-%d-%d" % (int(time.time()), number),
                       "author": {"id": author, "name": author, "followers": followers}, "text": text,
                       "language": "pl", "publishedAt": published.strftime("%Y-%m-%dT%H:%M:%SZ")}, ensure_ascii=False)


def key(variable, file):
    if os.environ.get(variable):
        return os.environ[variable]
    if os.path.exists(file):
        return open(file, encoding="utf-8").read().strip()
    return None


def admin_key():
    return key("FLAREWATCH_API_KEY", ".flarewatch/admin-key")


def source_key():
    return key("FLAREWATCH_SOURCE_KEY", ".flarewatch/source-key")


def replay(api, ingest):
    status, body = call(api + "/brands", json.dumps({"id": "obs-kurierex", "name": "Kurierex", "query": "kurierex"}),
                        api_key=admin_key())
    if status not in (201, 409):
        sys.exit("creating the brand failed: %d %s" % (status, body))
    time.sleep(3)
    now = datetime.datetime.now(datetime.timezone.utc)
    history = [mention(i, "Zwykła dostawa Kurierexem, bez niespodzianek", now - datetime.timedelta(minutes=180 - 2 * i),
                       "anna_%d" % i, 50) for i in range(88)]
    call(ingest + "/mentions/batch", "\n".join(history), "application/x-ndjson", api_key=source_key())
    # Many people's own words: copies of one text count once as a story (issue 14), so the parts vary.
    what = ["Kurierex zgubił moją paczkę", "Od tygodnia czekam na paczkę z Kurierexu",
            "Kurier Kurierexu nawet nie zapukał", "Kurierex zniszczył mi telewizor",
            "Zapłaciłam Kurierexowi za ekspres a paczki brak"]
    who = ["i nikt nie odpowiada na reklamację, masakra", "infolinia nie odbiera od rana, porażka",
           "a czat z konsultantem się rozłącza, skandal", "reklamację odrzucili bez słowa, oszuści",
           "maile wracają bez odpowiedzi, nie polecam"]
    context = ["Prezent dla mamy na urodziny przepadł.", "Piszę to już trzeci raz w tym miesiącu.",
               "Wszyscy znajomi mają z nimi ten sam problem.", "Pracuję zdalnie i cały dzień siedzę w domu.",
               "Zamawiałam leki dla chorego taty.", "Czekam z dzieckiem na kuriera od rana.",
               "To była paczka z dokumentami do urzędu.", "Sklep odsyła mnie do kuriera, kurier do sklepu."]
    number = 1000
    for wave in range(8):
        lines = []
        for i in range(25):
            number += 1
            text = "%s %s %s. Zamówienie nr %d, klient %d." % (context[wave], what[i % 5], who[i // 5], 70000 + number,
                                                                 number * 7 + 3)
            lines.append(mention(number, text, datetime.datetime.now(datetime.timezone.utc),
                                 "klient_%d_%d" % (wave, i), 300 + i))
        lines.append(lines[0])  # a duplicate
        lines.append('{"source":"twitter","sourceId":"broken","text":"Kurierex bez autora"}')  # rejected
        call(ingest + "/mentions/batch", "\n".join(lines), "application/x-ndjson", api_key=source_key())
        time.sleep(3)


def query(prometheus, expr):
    url = prometheus + "/api/v1/query?" + urllib.parse.urlencode({"query": expr})
    status, body = call(url)
    if status != 200:
        return None, body
    return json.loads(body)["data"]["result"], body


def expressions():
    found = []
    for path in sorted(glob.glob("deploy/grafana/dashboards/*.json")):
        dashboard = json.load(open(path, encoding="utf-8"))
        for panel in dashboard["panels"]:
            for target in panel.get("targets", []):
                found.append((path + ": " + panel["title"], target["expr"]))
        for annotation in dashboard.get("annotations", {}).get("list", []):
            found.append((path + ": annotation " + annotation["name"], annotation["expr"]))
    for path in sorted(glob.glob("deploy/prometheus/rules/*.yml")):
        name = None
        for line in open(path, encoding="utf-8"):
            stripped = line.strip()
            if stripped.startswith("- alert:"):
                name = stripped.split(":", 1)[1].strip()
            elif stripped.startswith("expr:"):
                found.append((path + ": " + name, stripped.split(":", 1)[1].strip()))
    return found


def top_level_parts(expr):
    """The operands of top-level 'and' / 'or' (outside parentheses), each without a trailing comparison."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(expr):
        c = expr[i]
        depth += c == "("
        depth -= c == ")"
        for word in (" and ", " or "):
            if depth == 0 and expr.startswith(word, i):
                parts.append(expr[start:i])
                start = i + len(word)
                i += len(word) - 1
                break
        i += 1
    parts.append(expr[start:])
    return [COMPARISON.sub("", part.strip()) for part in parts]


def metric_names(expr):
    without_strings = re.sub(r'"[^"]*"', "", re.sub(r"\{[^}]*\}", "", expr))
    without_ranges = re.sub(r"\[[^\]]*\]", "", without_strings)
    names = set(re.findall(r"\b[a-z_][a-z0-9_]*\b", without_ranges)) - PROMQL_WORDS
    labels = set(re.findall(r"by \(([^)]*)\)", expr))
    for group in labels:
        names -= {label.strip() for label in group.split(",")}
    return sorted(names)


def main():
    prometheus, api, ingest = sys.argv[1:4]
    print("replaying mentions (a calm history, a complaint storm, duplicates, a bad line)...", flush=True)
    replay(api, ingest)
    print("waiting for Prometheus to scrape...", flush=True)
    time.sleep(30)
    failures = []
    for where, expr in expressions():
        for name in metric_names(expr):
            if name in ONLY_AFTER_FAILURES:
                continue
            result, _ = query(prometheus, 'count({__name__="%s"})' % name)
            if not result:
                failures.append("%s: metric %s has no data" % (where, name))
        for part in top_level_parts(COMPARISON.sub("", expr)):
            result, body = query(prometheus, part)
            if result is None:
                failures.append("%s: Prometheus refused %s: %s" % (where, part, body[:200]))
            elif not result:
                failures.append("%s: no data for %s" % (where, part))
            else:
                print("ok   %-60s %s" % (where[-60:], part[:90]))
    for alert in MUST_NOT_FIRE:
        result, body = query(prometheus, 'ALERTS{alertname="%s"}' % alert)
        if result:
            failures.append("%s fires after the replay: %s" % (alert, body[:300]))
        else:
            print("ok   %-60s not firing" % alert)
    if failures:
        print("\n".join("FAIL " + f for f in failures))
        sys.exit(1)
    print("every dashboard and rule expression returns data")


if __name__ == "__main__":
    main()
