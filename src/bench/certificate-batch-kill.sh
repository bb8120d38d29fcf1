#!/usr/bin/env bash
# kill -9 halfway through a certificate batch, then a restart: the batch resumes by itself and every
# certificate is issued exactly once.
#   bash src/bench/certificate-batch-kill.sh      (PORT=8083 BENCH_DB=urpaq_bench_batch KILL_AT=30 KEEP=1)
# Runs the production jar (extracted layers) with the demo data on a fresh PostgreSQL database; the
# demo walks the 2025 competition TU-2025 to its announcement and issues its certificates (105) as
# one batch. As soon as KILL_AT of them are in the database, the JVM gets SIGKILL. The jar starts
# again (the demo leaves the announced competition as it is) with a short lease and poll interval
# (urpaq.certificates.lease=20s, poll-interval=5s, instead of 2 min and 30 s); the script waits until
# the batch is DONE and counts the certificates per kind and subject. Exits non-zero unless each
# is there exactly once. docs/decisions/022-outbox-and-background-work.md, docs/benchmarks.md §8.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source src/bench/lib.sh

PORT=${PORT:-8083}
DB=${BENCH_DB:-urpaq_bench_batch}
KILL_AT=${KILL_AT:-30}
BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/urpaq-bench-batch.XXXXXX")
APP_PGID=""

cleanup() {
  local rc=$?
  set +e
  stop_prod
  if [ "${KEEP:-0}" = 1 ] || [ "$rc" != 0 ]; then
    echo "work folder kept: $BENCH_WORK (database $DB)"
  else
    drop_database "$DB"
    rm -rf "$BENCH_WORK"
  fi
  exit "$rc"
}
trap cleanup EXIT

# The embedded default's settings (demo data) on PostgreSQL: the production profile never seeds it.
start_demo() { # log
  APP_START_MS=$(now_ms)
  setsid env -u SPRING_PROFILES_ACTIVE PORT="$PORT" \
    SPRING_DATASOURCE_URL="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$DB" \
    SPRING_DATASOURCE_USERNAME="$BENCH_PG_USER" SPRING_DATASOURCE_PASSWORD= URPAQ_CERTIFICATES_POLL_INTERVAL=5s \
    JAVA_TOOL_OPTIONS="$(image_java_options) -Durpaq.certificates.lease=20s" \
    bash -c 'cd "$1" && exec java org.springframework.boot.loader.launch.JarLauncher' _ "$EXTRACTED" \
    >"$1" 2>&1 </dev/null &
  APP_PGID=$!
}

use_jdk25
production_jar
extracted_app
port_busy "$PORT" && die "port $PORT is in use"
fresh_database "$DB"
psql_db() { psql_bench -d "$DB" -tA -c "$1"; }
issued() {
  psql_db "select count(*) from certificate c join competition k on k.id = c.competition_id where k.code = 'TU-2025'" \
    2>/dev/null || echo 0
}

start_demo "$BENCH_WORK/first.log"
echo "first start on port $PORT (demo data on PostgreSQL $DB); waiting for TU-2025's batch"
while :; do
  n=$(issued)
  [ "${n:-0}" -ge "$KILL_AT" ] && break
  kill -0 -- "-$APP_PGID" 2>/dev/null || { tail -n 30 "$BENCH_WORK/first.log"; die "the app exited"; }
  (($(now_ms) - APP_START_MS < 600000)) || die "no certificates after 600 s"
  sleep 0.05
done
kill -KILL -- "-$APP_PGID"
wait "$APP_PGID" 2>/dev/null || true
APP_PGID=""
at_kill=$(issued)
psql_db "select id, state, total, done, issued, failed, resumed from certificate_batch" >"$BENCH_WORK/batch-at-kill.txt"
echo "SIGKILL with $at_kill certificates issued; batch: $(cat "$BENCH_WORK/batch-at-kill.txt")"
state=$(psql_db "select state from certificate_batch order by id desc limit 1")
[ "$state" = RUNNING ] || die "the batch was $state at the kill (KILL_AT too late?)"

start_demo "$BENCH_WORK/second.log"
restarted=$(now_ms)
wait_200 "http://localhost:$PORT/" 300 "$BENCH_WORK/second.log"
echo "restarted, first 200 after $READY_MS ms; waiting for the batch to finish by itself"
while :; do
  state=$(psql_db "select state from certificate_batch order by id desc limit 1")
  [ "$state" != RUNNING ] && break
  (($(now_ms) - restarted < 300000)) || die "the batch still runs 300 s after the restart"
  sleep 0.5
done
finished_after=$(($(now_ms) - restarted))
batch=$(psql_db "select id, state, total, done, issued, failed, resumed from certificate_batch")
total=$(issued)
distinct=$(psql_db "select count(distinct (c.kind, c.subject_id)) from certificate c join competition k
  on k.id = c.competition_id where k.code = 'TU-2025'")
serials=$(psql_db "select count(distinct c.serial) from certificate c join competition k on k.id = c.competition_id
  where k.code = 'TU-2025'")
documents=$(psql_db "select count(*) from certificate_document d join certificate c on c.id = d.certificate_id
  join competition k on k.id = c.competition_id where k.code = 'TU-2025'")
audited=$(psql_db "select count(*) from audit_record a join competition k on k.id = a.competition_id
  where k.code = 'TU-2025' and a.action = 'CERTIFICATE_ISSUED'")
echo "batch after the restart (id|state|total|done|issued|failed|resumed): $batch, finished $finished_after ms after the restart"
echo "certificates: $total; distinct (kind, subject): $distinct; distinct serials: $serials; PDFs: $documents; audited: $audited"
echo "loadavg $(loadavg)"
[ "$state" = DONE ] || die "the batch ended $state"
[ "$total" = "$distinct" ] && [ "$total" = "$serials" ] && [ "$total" = "$documents" ] && [ "$total" = "$audited" ] \
  || die "a certificate is missing its PDF or audit record, or was issued twice"
echo "ok: resumed by itself, each certificate exactly once"
