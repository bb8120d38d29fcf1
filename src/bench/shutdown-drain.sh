#!/usr/bin/env bash
# What a load balancer sees when an instance gets SIGTERM (docs/benchmarks.md §9): the production jar
# (extracted, prod profile) on a fresh database; every 100 ms from 1 s before the signal until the
# process is gone, one GET of readiness on the management port and one GET of /login on the public
# port. Prints each change of the pair of answers (000 = connection refused) in ms since the signal.
#   bash src/bench/shutdown-drain.sh     BENCH_PORT=18090 (management: +1) BENCH_DB=urpaq_bench_drain
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
PORT=${BENCH_PORT:-18090}
MPORT=$((PORT + 1))
DB=${BENCH_DB:-urpaq_bench_drain}
BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/urpaq-bench-drain.XXXXXX")
source src/bench/lib.sh
trap 'stop_prod; drop_database "$DB" >/dev/null 2>&1 || true; rm -rf "$BENCH_WORK"' EXIT

start_fresh_app "$DB" "$PORT"
wait_200 "http://localhost:$MPORT/actuator/health/readiness" 60 "$APP_LOG"
(
  while :; do
    t=$(now_ms)
    r=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://localhost:$MPORT/actuator/health/readiness" || true)
    p=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://localhost:$PORT/login" || true)
    echo "$t $r $p"
    sleep 0.1
  done
) >"$BENCH_WORK/timeline" &
poller=$!
sleep 1
signal=$(now_ms)
kill -TERM -- "-$APP_PGID"
while kill -0 -- "-$APP_PGID" 2>/dev/null; do sleep 0.05; done
gone=$(now_ms)
APP_PGID=""
sleep 0.5
kill "$poller"
echo "SIGTERM at 0 ms; the process was gone at +$((gone - signal)) ms"
awk -v s="$signal" '{ pair = $2 " " $3; if (pair != last) printf "%+7d ms  readiness %s  public /login %s\n", $1 - s, $2, $3; last = pair }' "$BENCH_WORK/timeline"
grep -o '"message":"[^"]*\(not ready\|graceful\|Graceful\)[^"]*"' "$APP_LOG" || true
