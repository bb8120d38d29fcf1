#!/usr/bin/env bash
# Deadline day (docs/benchmarks.md §1): USERS applicants sign in, open their draft, change three
# fields, upload a 2 MB PDF and submit, arriving over RAMP seconds, against the production jar
# (extracted layers, Dockerfile JVM options) on a fresh PostgreSQL database, with the load
# generator (DeadlineSpikeBenchmark, Vaadin's HTTP protocol) on the same machine. Samples the
# app's and PostgreSQL's CPU and the app's heap every 5 s, then checks in the database that every
# confirmed submission is there exactly once with its file intact (SHA-256 of the stored chunks
# against the uploaded bytes).
# SHAPE=rising makes the arrival rate climb linearly from zero instead of staying even.
# Prints the server's CPU-seconds per completed submission (the app, PostgreSQL's processes, and of the
# app's the JIT's compile time and the GC threads' CPU, as the JVM counts them) and the app's peak RSS.
# WARM=N first sends N other applicants through a warm-up ramp of WARM_RAMP seconds (the warm variant);
# the figures per submission then count only the measured ramp.
#   bash src/bench/deadline-spike.sh          USERS=1000 RAMP=300 SHAPE=even WARM=0 WARM_RAMP=60 BENCH_PORT=18093 BENCH_DB=urpaq_bench_spike
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
USERS=${USERS:-1000}
RAMP=${RAMP:-300}
PORT=${BENCH_PORT:-18093}
DB=${BENCH_DB:-urpaq_bench_spike}
WARM=${WARM:-0}
WARM_RAMP=${WARM_RAMP:-60}
BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/urpaq-bench-spike.XXXXXX")
source src/bench/lib.sh
SAMPLER=""
# KEEP=1 keeps the work folder (app log, samples, generator output) and the database.
trap '[ -n "$SAMPLER" ] && kill "$SAMPLER" 2>/dev/null; stop_prod; if [ "${KEEP:-0}" = 1 ]; then echo "kept $BENCH_WORK and database $DB"; else drop_database "$DB" >/dev/null 2>&1 || true; rm -rf "$BENCH_WORK"; fi' EXIT

ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() { local t=0 p; for p in $(pgrep -x postgres); do t=$((t + $(ticks "$p"))); done; echo "$t"; }
# jit_threads: "jitthread TID TICKS" for each of the app's JIT compiler threads. The JVM starts and
# ends them as the work asks, so the sampler below notes them every 5 s (an ended thread's last
# seconds are lost).
jit_threads() {
  local t comm
  for t in /proc/"$PID"/task/*; do
    read -r comm <"$t/comm" 2>/dev/null || continue
    case $comm in "C1 CompilerThre"* | "C2 CompilerThre"*) echo "jitthread ${t##*/} $(awk '{print $14 + $15}' "$t/stat" 2>/dev/null || echo 0)" ;; esac
  done
}
# cpu_snapshot FILE: the app's CPU ticks, the JVM's JIT compile time and GC threads' CPU (ns), the
# JIT threads' CPU ticks, and the CPU ticks of every PostgreSQL process ("pg PID TICKS"); without a
# running app only PostgreSQL's.
cpu_snapshot() {
  {
    if [ -n "${PID:-}" ]; then
      echo "app $(ticks "$PID")"
      jit_threads
      jcmd "$PID" PerfCounter.print 2>/dev/null | awk -F= '$1 == "sun.os.hrt.frequency" {f = $2}
        $1 == "java.ci.totalTime" {jit = $2} $1 == "sun.threads.total_gc_cpu_time" {gc = $2}
        END {if (f) printf "jit %d\ngc %d\n", jit / f * 1e9, gc}'
    fi
    local p
    for p in $(pgrep -x postgres); do echo "pg $p $(ticks "$p")"; done
  } >"$1"
}
submitted() {
  psql_bench -d "$DB" -tA -c "select count(*) from application a join competition c on c.id = a.competition_id
    where c.code = 'SPIKE' and a.status = 'SUBMITTED'"
}
# cpu_per_submission LABEL FROM TO SUBMISSIONS: CPU-seconds between two snapshots, per submission, with
# the JIT threads' samples in between. PostgreSQL's processes that ended in between are not counted
# (the app's pool keeps its connections).
cpu_per_submission() {
  awk -v label="$1" -v n="$4" -v hz="$(getconf CLK_TCK)" 'FNR == 1 {file++}
    $1 == "jitthread" && file == 1 {jb[$2] = $3} $1 == "jitthread" && file > 1 && $3 > jm[$2] {jm[$2] = $3}
    file == 1 && $1 == "app" {a0 = $2} file == 1 && $1 == "jit" {j0 = $2} file == 1 && $1 == "gc" {g0 = $2}
    file == 1 && $1 == "pg" {p0[$2] = $3}
    file == 3 && $1 == "app" {a1 = $2} file == 3 && $1 == "jit" {j1 = $2} file == 3 && $1 == "gc" {g1 = $2}
    file == 3 && $1 == "pg" {pg += $3 - p0[$2]}
    END {app = (a1 - a0) / hz; pg /= hz; jit = (j1 - j0) / 1e9; gc = (g1 - g0) / 1e9
      for (t in jm) jc += jm[t] - jb[t]; jc /= hz
      printf "%s: %d submissions; server CPU %.1f s = %.3f CPU-s per submission (app %.3f, PostgreSQL %.3f); " \
        "of the app'"'"'s per submission: JIT threads %.3f (%.0f %%; compile time %.3f s), GC threads %.3f (%.0f %%)\n",
        label, n, app + pg, (app + pg) / n, app / n, pg / n, jc / n, app ? jc / app * 100 : 0, jit / n,
        gc / n, app ? gc / app * 100 : 0}' "$2" "$BENCH_WORK/jit-samples" "$3"
}

PID=""
BENCH_WORK_SNAP=$BENCH_WORK/cpu
mkdir -p "$BENCH_WORK_SNAP"
cpu_snapshot "$BENCH_WORK_SNAP/before-start" # PostgreSQL only: the app's counters start at zero
start_fresh_app "$DB" "$PORT"
psql_bench -d "$DB" -tA -v users="$((USERS + WARM))" -f src/bench/spike-seed.sql | grep , >"$BENCH_WORK/all-accounts.csv"
head -n "$WARM" "$BENCH_WORK/all-accounts.csv" >"$BENCH_WORK/warm-accounts.csv"
tail -n +"$((WARM + 1))" "$BENCH_WORK/all-accounts.csv" >"$BENCH_WORK/accounts.csv"
echo "seeded $(wc -l <"$BENCH_WORK/all-accounts.csv") applicants with complete drafts ($WARM of them for the warm-up)"
# The generator is compiled before the clock starts.
./mvnw -B -ntp -q test-compile >"$BENCH_WORK/compile.log" 2>&1 || { tail -n 30 "$BENCH_WORK/compile.log"; die "test-compile failed"; }
# drive ACCOUNTS OUT USERS RAMP: the load generator, its log in OUT/run.log
drive() {
  ./mvnw -B -ntp surefire:test@benchmarks -Dtest=DeadlineSpikeBenchmark -Dspike.base="http://localhost:$PORT" \
    -Dspike.accounts="$1" -Dspike.out="$2" -Dspike.users="$3" -Dspike.ramp="$4" -Dspike.shape="${SHAPE:-even}" \
    -Dspike.password="${BENCH_ADMIN_PASSWORD:-bench-admin-password-123}" >"$2/run.log" 2>&1 || true
}
if [ "$WARM" -gt 0 ]; then
  mkdir -p "$BENCH_WORK/warm"
  drive "$BENCH_WORK/warm-accounts.csv" "$BENCH_WORK/warm" "$WARM" "$WARM_RAMP"
  echo "warm-up: $(grep -m1 '^all steps' "$BENCH_WORK/warm/run.log" || echo 'no summary (see warm/run.log)'); $(submitted) submitted"
fi
SUBMITTED_BEFORE=$(submitted)
echo "jit threads every 5 s" >"$BENCH_WORK/jit-samples"
cpu_snapshot "$BENCH_WORK_SNAP/before-run"

# Every 5 s: seconds, the app's CPU ticks, PostgreSQL's CPU ticks (all its processes), the
# machine's busy and total ticks, the app's heap in use (KB, jstat: survivors + eden + old).
sample() {
  local start=$SECONDS
  while kill -0 "$PID" 2>/dev/null; do
    read -r _ u n s i w q sq st _ </proc/stat
    heap=$(jstat -gc "$PID" 2>/dev/null | awk 'NR == 2 {printf "%d", $3 + $4 + $6 + $8}')
    echo "$((SECONDS - start)) $(ticks "$PID") $(pg_ticks) $((u + n + s + q + sq + st)) $((u + n + s + i + w + q + sq + st)) ${heap:-0}"
    jit_threads >>"$BENCH_WORK/jit-samples"
    sleep 5
  done
}
sample >"$BENCH_WORK/samples" &
SAMPLER=$!

drive "$BENCH_WORK/accounts.csv" "$BENCH_WORK" "$USERS" "$RAMP"
cpu_snapshot "$BENCH_WORK_SNAP/after-run"
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
SUBMITTED_RUN=$(($(submitted) - SUBMITTED_BEFORE))
cpu_per_submission "measured ramp" "$BENCH_WORK_SNAP/before-run" "$BENCH_WORK_SNAP/after-run" "$SUBMITTED_RUN"
[ "$WARM" -gt 0 ] || cpu_per_submission "cold start included (from before the JVM started)" \
  "$BENCH_WORK_SNAP/before-start" "$BENCH_WORK_SNAP/after-run" "$SUBMITTED_RUN"
echo "app peak RSS (VmHWM): $(($(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$PID/status") / 1024)) MB; JVM options: $JAVA_OPTIONS_USED"
echo "app RSS at the end: $(($(rss_kb "$PID") / 1024)) MB; after a full GC the heap holds $(jcmd "$PID" GC.class_histogram | awk '$1 == "Total" {printf "%d", $3 / 1048576}') MB"

[ "$WARM" -gt 0 ] && cat "$BENCH_WORK/warm/expected-files.csv" >>"$BENCH_WORK/expected-files.csv"
spike_database_check "$DB"
echo "app log: $(grep -c ' ERROR ' "$APP_LOG" || true) ERROR lines, $(grep -c ' WARN ' "$APP_LOG" || true) WARN lines; the most frequent:"
grep -E ' (ERROR|WARN) ' "$APP_LOG" | sed -E 's/^.*(ERROR|WARN) [0-9]+ --- (\[[^]]*\] *)+/\1 /' | cut -c1-220 | sort | uniq -c | sort -rn | head -n 6 || true
echo "finished $(date -u +%FT%TZ); loadavg $(loadavg)"
