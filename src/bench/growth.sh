#!/usr/bin/env bash
# Issue 11's growth table: for each size N, a corpus of N real-size entries (CorpusGenerator: the real bodies
# under new slugs), then with -Xmx128m: validate time, a cold start (content cache cleared) to the first entry
# page and to search ready, a restart with the content cache to the first page,
# heap after GC at idle, entry-page throughput (wrk), heap after GC following a crawl of 2,000 pages and the wrk
# run. Needs a built jar and test classes (mvn -B -DskipTests package test-compile), wrk, jcmd.
# Usage: src/bench/growth.sh 1000 10000 [50000]   (0 means the real content)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=target/leverage-glossary.jar
PORT=${PORT:-7096}
HEAP=${HEAP:-128m}
# The class data archive that package builds beside the jar (see README), as the README's run command uses it.
CDS=""; [ -f target/leverage-glossary.jsa ] && CDS="-XX:SharedArchiveFile=target/leverage-glossary.jsa"
work=$(mktemp -d)
# Only a started server is killed: "kill 0" would signal this script's whole process group.
trap 'if [ -n "${pid:-}" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
heap() { jcmd "$1" GC.run >/dev/null; jcmd "$1" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc 0-9; }

printf '%-8s %11s %12s %12s %12s %10s %12s %12s\n' entries validate first-page search-ready restart-page idle-heap entry-rps heap-after
for n in "$@"; do
  if [ "$n" = 0 ]; then content=content; else
    content="$work/corpus-$n"; rm -rf "$content"
    java -cp target/test-classes com.leverageglossary.testing.CorpusGenerator content "$content" "$n" >/dev/null
  fi
  count=$(find "$content/terms" "$content/definitions" -name '*.md' | wc -l)
  start=$(date +%s%N)
  if java -Xmx$HEAP $CDS -jar "$JAR" validate --content "$content" >/dev/null 2>"$work/validate.err"; then validate="$(ms "$start") ms"
  else validate="$(grep -q OutOfMemoryError "$work/validate.err" && echo OOM || echo failed)"; fi
  entry=$(find "$content/definitions" -name '*.md' | sort | tail -1 | xargs basename | sed 's/\.md$//')
  rm -rf "${TMPDIR:-/tmp}/leverage-glossary-cache"
  start=$(date +%s%N)
  java -Xmx$HEAP $CDS -XX:+ExitOnOutOfMemoryError -jar "$JAR" --port "$PORT" --content "$content" >"$work/server.log" 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null "http://localhost:$PORT/definition/$entry/" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "$count: server died: $(tail -1 "$work/server.log")"; continue 2; }; sleep 0.05; done
  first=$(ms "$start")
  until curl -fsS -o /dev/null "http://localhost:$PORT/healthz" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "$count: server died: $(tail -1 "$work/server.log")"; continue 2; }; sleep 0.1; done
  ready=$(ms "$start")
  idle=$(heap "$pid")
  curl -fsS "http://localhost:$PORT/sitemap.xml" > "$work/sitemap.xml"
  { grep -o '<loc>[^<]*</loc>' "$work/sitemap.xml" | sed 's/<[^>]*>//g' | head -2000 || true; } > "$work/urls"
  while read -r url; do curl -fsS -o /dev/null -H 'Accept-Encoding: gzip' "$url"; done < "$work/urls"
  rps=$(wrk -t2 -c64 -d10s -H 'Accept-Encoding: gzip' "http://localhost:$PORT/definition/$entry/" | awk '/Requests\/sec/ {print $2}')
  after=$(heap "$pid")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  start=$(date +%s%N)
  java -Xmx$HEAP $CDS -XX:+ExitOnOutOfMemoryError -jar "$JAR" --port "$PORT" --content "$content" >"$work/server.log" 2>&1 &
  pid=$!
  until curl -fsS -o /dev/null "http://localhost:$PORT/definition/$entry/" 2>/dev/null; do sleep 0.05; done
  restart=$(ms "$start")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '%-8s %11s %9s ms %9s ms %9s ms %7s KB %12s %9s KB\n' "$count" "$validate" "$first" "$ready" "$restart" "$idle" "$rps" "$after"
done
