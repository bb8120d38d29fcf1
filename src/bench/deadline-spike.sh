#!/usr/bin/env bash
# Deadline day (docs/benchmarks.md §1): USERS applicants sign in, open their draft, change three
# fields, upload a 2 MB PDF and submit, arriving over RAMP seconds, against the production jar
# (extracted layers, Dockerfile JVM options) on a fresh PostgreSQL database, with the load
# generator (DeadlineSpikeBenchmark, Vaadin's HTTP protocol) on the same machine. Samples the
# app's and PostgreSQL's CPU and the app's heap every 5 s, then checks in the database that every
# confirmed submission is there exactly once with its file intact (SHA-256 of the stored chunks
# against the uploaded bytes).
# SHAPE=rising makes the arrival rate climb linearly from zero instead of staying even.
#   bash src/bench/deadline-spike.sh          USERS=1000 RAMP=300 SHAPE=even BENCH_PORT=18093 BENCH_DB=urpaq_bench_spike
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
USERS=${USERS:-1000}
RAMP=${RAMP:-300}
PORT=${BENCH_PORT:-18093}
DB=${BENCH_DB:-urpaq_bench_spike}
BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/urpaq-bench-spike.XXXXXX")
source src/bench/lib.sh
SAMPLER=""
# KEEP=1 keeps the work folder (app log, samples, generator output) and the database.
trap '[ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null; stop_prod; if [ "${KEEP:-0}" = 1 ]; then echo "kept $BENCH_WORK and database $DB"; else drop_database "$DB" >/dev/null 2>&1 || true; rm -rf "$BENCH_WORK"; fi' EXIT

start_fresh_app "$DB" "$PORT"
psql_bench -d "$DB" -tA -v users="$USERS" -f src/bench/spike-seed.sql | grep , >"$BENCH_WORK/accounts.csv"
echo "seeded $(wc -l <"$BENCH_WORK/accounts.csv") applicants with complete drafts"
# The generator is compiled before the clock starts.
./mvnw -B -ntp -q test-compile >"$BENCH_WORK/compile.log" 2>&1 || { tail -n 30 "$BENCH_WORK/compile.log"; die "test-compile failed"; }

# Every 5 s: seconds, the app's CPU ticks, PostgreSQL's CPU ticks (all its processes), the
# machine's busy and total ticks, the app's heap in use (KB, jstat: survivors + eden + old).
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() { local t=0 p; for p in $(pgrep -x postgres); do t=$((t + $(ticks "$p"))); done; echo "$t"; }
sample() {
  local start=$SECONDS
  while kill -0 "$PID" 2>/dev/null; do
    read -r _ u n s i w q sq st _ </proc/stat
    heap=$(jstat -gc "$PID" 2>/dev/null | awk 'NR == 2 {printf "%d", $3 + $4 + $6 + $8}')
    echo "$((SECONDS - start)) $(ticks "$PID") $(pg_ticks) $((u + n + s + q + sq + st)) $((u + n + s + i + w + q + sq + st)) ${heap:-0}"
    sleep 5
  done
}
sample >"$BENCH_WORK/samples" &
SAMPLER=$!

./mvnw -B -ntp surefire:test@benchmarks -Dtest=DeadlineSpikeBenchmark -Dspike.base="http://localhost:$PORT" \
  -Dspike.accounts="$BENCH_WORK/accounts.csv" -Dspike.out="$BENCH_WORK" -Dspike.users="$USERS" -Dspike.ramp="$RAMP" -Dspike.shape="${SHAPE:-even}" \
  -Dspike.password="${BENCH_ADMIN_PASSWORD:-bench-admin-password-123}" >"$BENCH_WORK/run.log" 2>&1 || true
kill "$SAMPLER" 2>/dev/null || true
SAMPLER=""
sed -n '/^== deadline spike/,/^\[INFO\] Tests run\|^\[ERROR\] Tests run/p' "$BENCH_WORK/run.log" | grep -v '^\[' || true
grep -q '^== deadline spike' "$BENCH_WORK/run.log" || { tail -n 60 "$BENCH_WORK/run.log"; die "the load generator did not run"; }

hz=$(getconf CLK_TCK)
awk -v hz="$hz" 'NR > 1 {dt = $1 - t; if (dt > 0) {app = ($2 - a) / hz / dt * 100; pg = ($3 - p) / hz / dt * 100;
    busy = ($4 - b) / ($5 - tot) * 100; sa += app; sp += pg; sb += busy; n++; if (app > ma) ma = app; if (pg > mp) mp = pg;
    if (busy > mb) mb = busy}}
  {t = $1; a = $2; p = $3; b = $4; tot = $5; if ($6 > mh) mh = $6}
  END {printf "CPU (100%% = one core of 2; 5 s samples): app mean %.0f%% max %.0f%%, PostgreSQL mean %.0f%% max %.0f%%; " \
    "machine busy mean %.0f%% max %.0f%% of both cores\nheap in use (jstat, before collection): max %d MB\n",
    sa / n, ma, sp / n, mp, sb / n, mb, mh / 1024}' "$BENCH_WORK/samples"
echo "app RSS at the end: $(($(rss_kb "$PID") / 1024)) MB; after a full GC the heap holds $(jcmd "$PID" GC.class_histogram | awk '$1 == "Total" {printf "%d", $3 / 1048576}') MB"

spike_database_check "$DB"
echo "app log: $(grep -c ' ERROR ' "$APP_LOG" || true) ERROR lines, $(grep -c ' WARN ' "$APP_LOG" || true) WARN lines; the most frequent:"
grep -E ' (ERROR|WARN) ' "$APP_LOG" | sed -E 's/^.*(ERROR|WARN) [0-9]+ --- (\[[^]]*\] *)+/\1 /' | cut -c1-220 | sort | uniq -c | sort -rn | head -n 6 || true
echo "finished $(date -u +%FT%TZ); loadavg $(loadavg)"
