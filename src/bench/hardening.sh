#!/usr/bin/env bash
# Issue 12's figures for one jar (default: target/leverage-glossary.jar): heap after GC following 6,000 distinct
# large calculator answers, cached and uncached search throughput, and the time to validate a folder holding a
# 10 MB entry. Needs wrk and python3. Usage: src/bench/hardening.sh [JAR]
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${1:-target/leverage-glossary.jar}
PORT=${PORT:-7095}
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

start_server() {
  java -Xmx128m -XX:+ExitOnOutOfMemoryError -jar "$JAR" --port "$PORT" --content content >>"$work/server.log" 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null "http://localhost:$PORT/healthz" 2>/dev/null; do sleep 0.1; done
}
start_server

echo "== 6,000 distinct large calculator answers (CPPI with 1,000 returns, pages and API alternately)"
python3 - "$PORT" <<'PY'
import http.client, sys, time
port = int(sys.argv[1]); conn = http.client.HTTPConnection("localhost", port, timeout=60)
failed = 0; started = time.time()
for i in range(6000):
    returns = ",".join(str(((k * 7 + i) % 13) - 6) for k in range(1000))
    path = ("/calculators/cppi/?" if i % 2 else "/api/calculators/cppi?") + f"portfolio_value={1000 + i}&floor=800&multiplier=3&risky_returns_pct={returns}"
    try:
        conn.request("GET", path, headers={"Accept-Encoding": "gzip"}); r = conn.getresponse(); r.read()
        failed += r.status != 200
    except Exception:
        failed += 1; conn = http.client.HTTPConnection("localhost", port, timeout=60)
print(f"sent 6000 in {time.time() - started:.1f} s, {failed} failed")
PY
alive=$(kill -0 "$pid" 2>/dev/null && echo yes || echo no)
echo "server alive: $alive"
if [ "$alive" = yes ]; then
  jcmd "$pid" GC.run >/dev/null
  echo "heap after GC: $(jcmd "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1)"
  start=$(date +%s%N); curl -fsS -o /dev/null "http://localhost:$PORT/healthz"; echo "healthz: $(( ($(date +%s%N) - start) / 1000000 )) ms"
fi

echo "== search throughput (wrk -t2 -c16 -d10s)"
if [ "$alive" = no ]; then start_server; fi
curl -fsS -o /dev/null "http://localhost:$PORT/api/search?q=liquidation+price+of+a+leveraged+perpetual"
wrk -t2 -c16 -d10s --latency "http://localhost:$PORT/api/search?q=liquidation+price+of+a+leveraged+perpetual" \
  | awk '/^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Requests\/sec/ {rps=$2} END {print "cached   " rps " req/s, p50 " p50 ", p99 " p99}'
wrk -t2 -c16 -d10s --latency -s src/bench/search-distinct.lua "http://localhost:$PORT" \
  | awk '/^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Requests\/sec/ {rps=$2} END {print "uncached " rps " req/s, p50 " p50 ", p99 " p99 " (distinct 20-word queries)"}'
kill "$pid"; wait "$pid" 2>/dev/null || true

echo "== validate a folder with a 10 MB entry"
cp -r content "$work/content"
{ printf -- '---\ntitle: Huge\nsummary: A 10 MB entry.\nareas: [margin-and-liquidation]\npublished: 2026-11-01\nupdated: 2026-11-01\n---\n'
  yes 'Leverage multiplies gains and losses alike, so margin matters.' | head -c 10485760 || true; } > "$work/content/definitions/huge.md"
start=$(date +%s%N)
java -Xmx128m -jar "$JAR" validate --content "$work/content" | tail -2 || true
echo "validate: $(( ($(date +%s%N) - start) / 1000000 )) ms"
