#!/usr/bin/env bash
# Sustained load (issue 7): the packaged service on a fresh TDB2 store, warmed up, then CLIENTS concurrent
# connections (default 32) for DURATION seconds (default 60) of a mixed read workload (bench/load/mixed.lua:
# REST API, named queries, comparisons, entity pages in Turtle, JSON-LD and HTML, index pages, the
# catalogue, SPARQL SELECT/ASK/CONSTRUCT) driven by wrk. Passes when no answer was an error (4xx, 5xx or a
# socket error) and the heap after a full GC at the end is within 25% (or 32 MiB) of the heap after a full
# GC at the start. Writes run/load/report.md (not committed); docs/load-test.md quotes a run.
#
#   bench/load/run.sh                      # needs wrk (Debian: apt-get install wrk) and a JDK with jcmd
#   CLIENTS=64 DURATION=120 bench/load/run.sh
#
# Rate limiting is switched off for this run: it measures what the server sustains, and one address sending
# thousands of requests a second would otherwise (rightly) get 429s. RATE_LIMIT=on keeps it on.
set -euo pipefail
cd "$(dirname "$0")/../.."

CLIENTS=${CLIENTS:-32}
DURATION=${DURATION:-60}
THREADS=${THREADS:-4}
HEAP=${HEAP:-512m}
WORK=${WORK:-run/load}
RATE_LIMIT=${RATE_LIMIT:-off}

command -v wrk >/dev/null || { echo "bench/load/run.sh needs wrk: apt-get install wrk" >&2; exit 2; }
command -v jcmd >/dev/null || { echo "bench/load/run.sh needs jcmd (a full JDK)" >&2; exit 2; }

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
heap_used() {
  curl -fsS "$BASE/actuator/metrics/jvm.memory.used?tag=area:heap" \
    | python3 -c 'import json, sys; print(int(json.load(sys.stdin)["measurements"][0]["value"]))'
}
rss_kb() { awk '/VmRSS/ { print $2 }' "/proc/$PID/status"; }
heap_after_gc() { jcmd "$PID" GC.run >/dev/null; sleep 2; heap_used; }

echo "== packaging the service"
./mvnw -q -B -ntp -DskipTests package
JAR=$(ls target/citynet-*.jar | grep -v -- '-plain' | head -n 1)

rm -rf "$WORK" && mkdir -p "$WORK"
PORT=$(free_port)
FUSEKI_PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
LIMIT_ENABLED=$([[ "$RATE_LIMIT" == on ]] && echo true || echo false)

java -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" --citynet.fuseki.port="$FUSEKI_PORT" \
  --citynet.store.location="$WORK/tdb2" --citynet.rate-limit.enabled="$LIMIT_ENABLED" \
  --logging.level.root=WARN >"$WORK/service.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT

echo "== waiting for $BASE (pid $PID, -Xmx$HEAP)"
for _ in $(seq 1 180); do
  curl -fsS "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"' && break
  kill -0 "$PID" 2>/dev/null || { echo "the service exited; see $WORK/service.log" >&2; exit 1; }
  sleep 1
done
curl -fsS "$BASE/actuator/health" | grep -q '"UP"' || { echo "the service did not become healthy" >&2; exit 1; }

echo "== warm-up: 15 s"
CITYNET_LOAD_COUNTS="$WORK/warmup-counts.txt" wrk -t"$THREADS" -c"$CLIENTS" -d15s --timeout 10s \
  -s bench/load/mixed.lua "$BASE" >"$WORK/warmup.txt"
HEAP_START=$(heap_after_gc)
RSS_START=$(rss_kb)

echo "== load: $CLIENTS connections, $THREADS threads, $DURATION s"
( while kill -0 "$PID" 2>/dev/null; do
    printf '%s\t%s\t%s\n' "$(date +%s)" "$(heap_used 2>/dev/null || echo -)" "$(rss_kb)"; sleep 5
  done ) >"$WORK/memory.tsv" &
SAMPLER=$!
CITYNET_LOAD_COUNTS="$WORK/counts.txt" wrk -t"$THREADS" -c"$CLIENTS" -d"${DURATION}s" --timeout 10s --latency \
  -s bench/load/mixed.lua "$BASE" | tee "$WORK/wrk.txt"
kill "$SAMPLER" 2>/dev/null || true
HEAP_END=$(heap_after_gc)
RSS_END=$(rss_kb)

count() { awk -v k="$1" '$1 == k { print $2 }' "$WORK/counts.txt"; }
ERRORS=$(( $(count client_error) + $(count server_error) + $(count socket_errors) ))
HEAP_LIMIT=$(( HEAP_START + (HEAP_START / 4 > 33554432 ? HEAP_START / 4 : 33554432) ))
MIB=1048576
{
  echo "# Sustained load, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average before the run $(cut -d' ' -f1-3 /proc/loadavg); service -Xmx$HEAP; rate limiting $RATE_LIMIT."
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| warm-up (15 s, not counted): requests, errors | $(awk '$1 == "requests" { print $2 }' "$WORK/warmup-counts.txt"), $(awk '$1 ~ /_error|socket_errors/ { n += $2 } END { print n }' "$WORK/warmup-counts.txt") |"
  echo "| connections / threads / seconds | $CLIENTS / $THREADS / $(count seconds) |"
  echo "| requests | $(count requests) ($(awk -v r="$(count requests)" -v s="$(count seconds)" 'BEGIN { printf "%.0f", r / s }') per second) |"
  echo "| 2xx / 3xx | $(count ok) / $(count redirect) |"
  echo "| 4xx / 5xx / socket errors | $(count client_error) / $(count server_error) / $(count socket_errors) |"
  echo "| latency p50 / p90 / p99 / max (ms) | $(count p50_ms) / $(count p90_ms) / $(count p99_ms) / $(count max_ms) |"
  echo "| heap after full GC, start → end (MiB) | $((HEAP_START / MIB)) → $((HEAP_END / MIB)) |"
  echo "| resident set, start → end (MiB) | $((RSS_START / 1024)) → $((RSS_END / 1024)) |"
  echo
  echo "Heap in use (not after GC) and resident set every 5 s during the run, MiB:"
  echo
  echo '```'
  awk -v t0="$(head -n1 "$WORK/memory.tsv" | cut -f1)" '$2 != "-" { printf "%4d s  heap %5d  rss %5d\n", $1 - t0, $2 / 1048576, $3 / 1024 }' "$WORK/memory.tsv"
  echo '```'
} >"$WORK/report.md"
cat "$WORK/report.md"

STATUS=0
if (( ERRORS > 0 )); then
  echo "FAILED: $ERRORS error answers; the first ones:" >&2
  sed -n '8,30p' "$WORK/counts.txt" >&2
  STATUS=1
fi
if (( HEAP_END > HEAP_LIMIT )); then
  echo "FAILED: the heap after GC grew from $((HEAP_START / MIB)) to $((HEAP_END / MIB)) MiB" >&2
  STATUS=1
fi
(( STATUS == 0 )) && echo "PASSED: no errors, heap flat"
exit "$STATUS"
