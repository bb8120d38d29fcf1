#!/usr/bin/env bash
# Start-up and footprint of the production jar (docs/benchmarks.md §4).
# For each form of the production jar, RUNS times each, taking turns: ms from launching java to the
# first 200 on /, and VmRSS after IDLE seconds of idling from that moment. Prints every run and the
# medians. Builds the production jar if missing.
#   bash src/bench/startup.sh            RUNS=5 IDLE=30 BENCH_PORT=18090 BENCH_DB=urpaq_bench_startup
#   FORMS="extracted no-aot" (default): the image's layout with its AOT cache (as the Dockerfile
#     starts it) and the same layout without the cache; "jar" is the fat jar (java -jar)
#   DATABASE=fresh (default): a fresh database every start, so Flyway migrates it (a first start);
#     DATABASE=kept: one database, migrated by an unmeasured first start (a restart or redeploy)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
RUNS=${RUNS:-5}
FORMS=${FORMS:-extracted no-aot}
DATABASE=${DATABASE:-fresh}
IDLE=${IDLE:-30}
PORT=${BENCH_PORT:-18090}
DB=${BENCH_DB:-urpaq_bench_startup}
BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/urpaq-bench-startup.XXXXXX")
source src/bench/lib.sh
trap 'stop_prod; drop_database "$DB" >/dev/null 2>&1 || true; rm -rf "$BENCH_WORK"' EXIT

use_jdk25
production_jar
extracted_app
port_busy "$PORT" && die "port $PORT is in use (set BENCH_PORT)"
echo "jar: $JAR ($(du -h "$JAR" | cut -f1)); extracted: $(du -sh "$EXTRACTED" | cut -f1)"
echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc); $(date -u +%FT%TZ)"

declare -A READY RSS
if [ "$DATABASE" = kept ]; then
  fresh_database "$DB"
  start_prod extracted "$DB" "$PORT" "$BENCH_WORK/migrate.log"
  wait_200 "http://localhost:$PORT/" 300 "$BENCH_WORK/migrate.log"
  stop_prod
fi
for run in $(seq 1 "$RUNS"); do
  for form in $FORMS; do
    [ "$DATABASE" = kept ] || fresh_database "$DB"
    log="$BENCH_WORK/$form-$run.log"
    load_before=$(loadavg)
    start_prod "$form" "$DB" "$PORT" "$log"
    wait_200 "http://localhost:$PORT/" 300 "$log"
    ready=$READY_MS
    wait_log "$log" 'Started Application in' 120
    started=$(grep -o 'Started Application in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -n 1)
    sleep "$(( IDLE - (($(now_ms) - APP_START_MS - ready) / 1000) ))" 2>/dev/null || true
    pid=$(app_java_pid)
    rss=$(rss_kb "$pid")
    printf '%-9s run %d: first 200 on / after %6d ms (Spring: started in %s s); VmRSS after %d s idle: %4d MB; loadavg before: %s, after: %s\n' \
      "$form" "$run" "$ready" "$started" "$IDLE" $((rss / 1024)) "$load_before" "$(loadavg)"
    READY[$form]+="$ready "
    RSS[$form]+="$((rss / 1024)) "
    grep -E '^[0-9T:.+-]+Z? +ERROR |"log":\{"level":"ERROR"' "$log" | head -n 5 || true
    stop_prod
  done
done
echo
for form in $FORMS; do
  printf 'median over %d runs, %-9s: first 200 after %d ms, VmRSS idle %d MB\n' "$RUNS" "$form" \
    "$(tr ' ' '\n' <<<"${READY[$form]}" | grep . | median)" "$(tr ' ' '\n' <<<"${RSS[$form]}" | grep . | median)"
done
echo "loadavg at the end: $(loadavg)"
