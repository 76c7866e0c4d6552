#!/usr/bin/env bash
# The deployment of src/deploy under load (issue 13), in one run: nginx serving the export and proxying the API to
# two instances, beside one Java instance alone. Prints requests per second and p99 latency for each.
# Needs: mvn -B -DskipTests package, wrk and nginx (apt-get install wrk nginx). Ports 7320-7322 on loopback.
# Usage: src/bench/deploy.sh [CONTENT_DIR]   (default: content)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=target/leverage-glossary.jar
CONTENT=${1:-content}
NGINX_PORT=7320
PORTS=(7321 7322)
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$work"' EXIT

wait_ok() { # url: polls until it answers 200
  until curl -fsS -o /dev/null "$1" 2>/dev/null; do sleep 0.1; done
}

load() { # label url [wrk script]
  local script=()
  if [ -n "${3:-}" ]; then script=(-s "$3"); fi
  # Two seconds unmeasured first, so that neither side is measured while its JIT compiles the path.
  wrk -t2 -c16 -d2s -H 'Accept-Encoding: gzip' "${script[@]}" "$2" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H 'Accept-Encoding: gzip' "${script[@]}" "$2" \
    | awk -v label="$1" '/Requests\/sec/ {rps=$2} /^ +99%/ {p99=$2} /Non-2xx|Socket errors/ {err=err" "$0}
      END {printf "| %-48s | %10s | %8s |%s\n", label, rps, p99, err}'
}

base="http://127.0.0.1:$NGINX_PORT"
started=$(date +%s%N)
java -XX:+ExitOnOutOfMemoryError -jar "$JAR" export --out "$work/export" --content "$CONTENT" --base-url "$base" | tail -1
echo "export wall time: $(( ($(date +%s%N) - started) / 1000000 )) ms"

for port in "${PORTS[@]}"; do
  mkdir -p "$work/tmp-$port"
  java -Xmx128m -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir="$work/tmp-$port" -jar "$JAR" --port "$port" \
    --content "$CONTENT" --base-url "$base" >"$work/instance-$port.log" 2>&1 &
  pids+=($!)
done
for port in "${PORTS[@]}"; do wait_ok "http://127.0.0.1:$port/healthz"; done

mkdir -p "$work/nginx"
cp src/deploy/nginx/security-headers.conf "$work/nginx/"
upstreams="server 127.0.0.1:${PORTS[0]} max_fails=1 fail_timeout=2s; server 127.0.0.1:${PORTS[1]} max_fails=1 fail_timeout=2s;"
sed -e "s#@LISTEN@#127.0.0.1:$NGINX_PORT#; s#@EXPORT@#$work/export#; s#@RUN@#$work/nginx#g; s#@UPSTREAMS@#$upstreams#" \
  src/deploy/nginx/nginx.conf > "$work/nginx/nginx.conf"
user=""; if [ "$(id -u)" -eq 0 ]; then user=" user root;"; fi
nginx=$(command -v nginx || echo /usr/sbin/nginx)
"$nginx" -p "$work/nginx/" -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" -g "daemon off;$user" &
pids+=($!)
wait_ok "$base/"

direct="http://127.0.0.1:${PORTS[0]}"
entry=/definition/liquidation-price/
api="/api/calculators/liquidation-price?entry_price=60000&quantity=0.5&leverage=10"

echo
echo "wrk -t2 -c$CONNECTIONS -d$DURATION, gzip accepted; $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) at start"
echo
echo "| what | req/s | p99 |"
echo "|---|---:|---:|"
load "entry page: nginx, from the export" "$base$entry"
load "entry page: Java instance alone" "$direct$entry"
load "home page: nginx, from the export" "$base/"
load "home page: Java instance alone" "$direct/"
load "calculator API: nginx, micro-cached" "$base$api"
load "calculator API: Java instance alone (its cache)" "$direct$api"
load "calculator API, all distinct: nginx → 2 instances" "$base" src/bench/calculator-distinct.lua
load "calculator API, all distinct: Java instance alone" "$direct" src/bench/calculator-distinct.lua
load "search API: nginx → 2 instances" "$base/api/search?q=liquidation+price"
load "search API: Java instance alone" "$direct/api/search?q=liquidation+price"
