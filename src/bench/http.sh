#!/usr/bin/env bash
# Load-tests a running site with wrk: one line of requests/second and latency per URL.
set -euo pipefail
base="${1:-http://localhost:7070}"
paths=(
  "/definition/liquidation-price/"
  "/term/leverage-loops/"
  "/area/leverage-ratio-amplification/"
  "/"
  "/api/calculators/liquidation-price?entry_price=60000&quantity=0.5&leverage=10"
  "/calculators/option-leverage/?spot=60000&strike=65000&days=30&volatility_pct=60"
)
for path in "${paths[@]}"; do
  curl -fsS -o /dev/null "$base$path"
  echo "== $path"
  wrk -t2 -c64 -d"${DURATION:-15s}" --latency -H 'Accept-Encoding: gzip' "$base$path" | grep -E 'Requests/sec|Latency|50%|99%'
done
