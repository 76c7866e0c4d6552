#!/usr/bin/env bash
# Reproducible HTTP benchmark (see src/bench/README.md). Starts the jar with -Xmx128m, drives it with wrk,
# serves the same entry pages from nginx on loopback for comparison, and reports throughput, latency,
# heap after a full crawl, and start-up time for the real content and for 10,000 generated entries.
# Needs: a built jar (mvn -B -DskipTests package), wrk and nginx (apt-get install wrk nginx).
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=target/leverage-glossary.jar
PORT=${PORT:-7090}
NGINX_PORT=${NGINX_PORT:-7091}
DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-64}
work=$(mktemp -d)
# Servers are started inside $(...) subshells, so they are not jobs of this shell: their pids go to a file.
trap 'kill $(cat "$work/pids" 2>/dev/null) 2>/dev/null || true; nginx -c "$work/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$work"' EXIT

wait_up() { # url [pid]: polls until the URL answers; gives up if the process has died
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do
    if [ -n "${2:-}" ] && ! kill -0 "$2" 2>/dev/null; then echo "server died; see its log" >&2; exit 1; fi
    sleep 0.02
  done
}

start_ms() { # prints milliseconds from launch to the first served page
  local content=$1 port=$2 started
  started=$(date +%s%N)
  java -Xmx128m -jar "$JAR" --port "$port" --content "$content" >"$work/start-$port.log" 2>&1 &
  echo $! >> "$work/pids"
  wait_up "http://localhost:$port/" $!
  echo $(( ($(date +%s%N) - started) / 1000000 ))
}

load() { # url label
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept-Encoding: gzip' "$1" \
    | awk -v label="$2" '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx|Socket errors/ {err=err" "$0}
      END {printf "%-34s %10s req/s  p50 %8s  p99 %8s %s\n", label, rps, p50, p99, err}'
}

echo "== start-up (JVM launch to first page, -Xmx128m)"
echo "real content:           $(start_ms content "$PORT") ms"
gen="$work/generated"; mkdir -p "$gen"; cp -r content/. "$gen/"
for i in $(seq 1 10000); do
  printf -- '---\ntitle: Generated Entry %05d\nsummary: Generated entry %d for the start-up benchmark.\nareas: [margin-and-liquidation]\npublished: 2026-11-01\nupdated: 2026-11-02\n---\nGenerated body %d about leverage, margin and liquidation prices.\n' "$i" "$i" "$i" > "$gen/definitions/generated-$i.md"
done
echo "real content + 10,000 generated entries: $(start_ms "$gen" $((PORT + 2))) ms"

base="http://localhost:$PORT"
echo "== warm-up and full crawl"
paths=$(curl -fsS "$base/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed 's/<[^>]*>//g; s|^http://localhost:[0-9]*||')
for p in $paths; do curl -fsS -o /dev/null -H 'Accept-Encoding: gzip' "$base$p"; done
pid=$(pgrep -f -- "--port $PORT " | head -1)
jcmd "$pid" GC.run >/dev/null
echo "heap used after full crawl and GC: $(jcmd "$pid" GC.heap_info | awk '/used/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}')"
wrk -t2 -c"$CONNECTIONS" -d5s -s src/bench/mix.lua "$base" >/dev/null

echo "== load: wrk -t2 -c$CONNECTIONS -d$DURATION"
load "$base/definition/liquidation-price/" "entry page (site)"
load "$base/term/leverage-loops/" "term page (site)"
load "$base/area/margin-and-liquidation/" "area page (site)"
load "$base/api/search?q=liquidation+price" "search API (site)"
load "$base/api/suggest?q=lev+lo" "suggest API (site)"
load "$base/api/calculators/liquidation-price?entry_price=60000&quantity=0.5&leverage=10" "calculator API (site)"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s src/bench/mix.lua "$base" \
  | awk '/Requests\/sec/ {rps=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} /Non-2xx|Socket errors/ {err=err" "$0}
    END {printf "%-34s %10s req/s  p50 %8s  p99 %8s %s\n", "URL mix (site)", rps, p50, p99, err}'

echo "== nginx serving the same entry pages from files (gzip_static)"
mkdir -p "$work/www/definition/liquidation-price" "$work/www/term/leverage-loops" "$work/logs"
curl -fsS "$base/definition/liquidation-price/" > "$work/www/definition/liquidation-price/index.html"
curl -fsS "$base/term/leverage-loops/" > "$work/www/term/leverage-loops/index.html"
find "$work/www" -name index.html -exec gzip -k -6 {} \;
chmod -R a+rX "$work"  # nginx workers run as an unprivileged user
cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  gzip_static on;
  types { text/html html; }
  server { listen 127.0.0.1:$NGINX_PORT; root $work/www; }
  client_body_temp_path $work/logs; proxy_temp_path $work/logs; fastcgi_temp_path $work/logs; uwsgi_temp_path $work/logs; scgi_temp_path $work/logs;
}
CONF
nginx -c "$work/nginx.conf"
wait_up "http://127.0.0.1:$NGINX_PORT/definition/liquidation-price/"
load "http://127.0.0.1:$NGINX_PORT/definition/liquidation-price/" "entry page (nginx)"
load "http://127.0.0.1:$NGINX_PORT/term/leverage-loops/" "term page (nginx)"
