#!/usr/bin/env bash
# Failover (docs/benchmarks.md §11): Debian's haproxy, configured from src/main/ops/haproxy/haproxy.cfg,
# in front of two production jars (the image's layout with its AOT cache) on one fresh PostgreSQL
# database. The deadline-spike driver (DeadlineSpikeBenchmark) sends USERS applicants through HAProxy;
# KILL_AT seconds in (half the ramp by default) it kills instance app1 with kill -9, and everyone who
# was on it and reading at that moment clicks at once. A step that fails is taken again after a reload
# of the page, as the browser does: signed in again by the session key, or with the password where the
# key does not serve (FORGET_KEY=1 makes the driver drop the key first: the password storm). Then the
# database is checked as in the deadline spike: every submission exactly once, files intact.
# KILL_AT=-1 kills nothing; INSTANCES=1 runs one instance behind HAProxy (for two against one).
#   bash src/bench/failover.sh     USERS=1000 RAMP=300 SHAPE=even BENCH_PORT=18130 BENCH_DB=urpaq_bench_failover
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
USERS=${USERS:-1000}
RAMP=${RAMP:-300}
KILL_AT=${KILL_AT:-$((RAMP / 2))}
INSTANCES=${INSTANCES:-2}
LB_PORT=${BENCH_PORT:-18130}
PORT_A=$((LB_PORT + 2)) # management ports: the next one up
PORT_B=$((LB_PORT + 4))
STATS_PORT=$((LB_PORT + 6))
DB=${BENCH_DB:-urpaq_bench_failover}
BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/urpaq-bench-failover.XXXXXX")
source src/bench/lib.sh
PGID_A="" PGID_B="" HAPROXY_PID=""
cleanup() {
  local pgid
  for pgid in $PGID_A $PGID_B; do kill -TERM -- "-$pgid" 2>/dev/null || true; done
  [ -n "$HAPROXY_PID" ] && kill "$HAPROXY_PID" 2>/dev/null
  sleep 2
  for pgid in $PGID_A $PGID_B; do kill -KILL -- "-$pgid" 2>/dev/null || true; done
  if [ "${KEEP:-0}" = 1 ]; then echo "kept $BENCH_WORK and database $DB"; else
    drop_database "$DB" >/dev/null 2>&1 || true; rm -rf "$BENCH_WORK"; fi
}
trap cleanup EXIT
command -v haproxy >/dev/null || die "haproxy is not installed (Debian: apt-get install haproxy)"
use_jdk25
production_jar
extracted_app
for port in "$LB_PORT" "$PORT_A" "$PORT_B" "$STATS_PORT"; do port_busy "$port" && die "port $port is in use"; done

# The production configuration with this machine's addresses instead of Docker's names and DNS.
sed -e '/^resolvers docker/,/^$/d' -e 's/ resolvers docker init-addr [^ ]*//' \
  -e "s/bind :8080/bind 127.0.0.1:$LB_PORT/" -e "s/bind 127.0.0.1:8404/bind 127.0.0.1:$STATS_PORT/" \
  -e "s/server app1 app1:8080 cookie app1/server app1 127.0.0.1:$PORT_A cookie app1 port $((PORT_A + 1))/" \
  -e "s/server app2 app2:8080 cookie app2/server app2 127.0.0.1:$PORT_B cookie app2 port $((PORT_B + 1))/" \
  -e 's/^    log stdout format raw local0 info/    log stdout format raw local0 notice/' \
  src/main/ops/haproxy/haproxy.cfg >"$BENCH_WORK/haproxy.cfg"
[ "$INSTANCES" = 2 ] || sed -i '/server app2 /d' "$BENCH_WORK/haproxy.cfg"
haproxy -c -f "$BENCH_WORK/haproxy.cfg" >/dev/null || die "haproxy refuses $BENCH_WORK/haproxy.cfg"

fresh_database "$DB"
start_prod extracted "$DB" "$PORT_A" "$BENCH_WORK/a.log"
PGID_A=$APP_PGID
wait_200 "http://localhost:$PORT_A/" 300 "$BENCH_WORK/a.log"
wait_log "$BENCH_WORK/a.log" 'Created the first administrator' 120
PID_A=$(app_java_pid)
echo "app1 on port $PORT_A (pid $PID_A) up after $READY_MS ms"
if [ "$INSTANCES" = 2 ]; then
  start_prod extracted "$DB" "$PORT_B" "$BENCH_WORK/b.log"
  PGID_B=$APP_PGID
  wait_200 "http://localhost:$PORT_B/" 300 "$BENCH_WORK/b.log"
  echo "app2 on port $PORT_B (pid $(app_java_pid)) up after $READY_MS ms"
fi
APP_PGID="" # stop_prod must not stop either: cleanup does
haproxy -db -f "$BENCH_WORK/haproxy.cfg" >"$BENCH_WORK/haproxy.log" 2>&1 </dev/null &
HAPROXY_PID=$!
for _ in $(seq 1 100); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$LB_PORT/")" = 200 ] && break
  sleep 0.2
done
sleep 7 # rise 3 checks of 2 s: both servers up before the first applicant
curl -s "http://127.0.0.1:$STATS_PORT/;csv" | awk -F, '$1 == "urpaq" {print "  haproxy: " $2 " " $18}'
psql_bench -d "$DB" -tA -v users="$USERS" -f src/bench/spike-seed.sql | grep , >"$BENCH_WORK/accounts.csv"
echo "seeded $(wc -l <"$BENCH_WORK/accounts.csv") applicants; $(date -u +%FT%TZ); loadavg $(loadavg)"
./mvnw -B -ntp -q test-compile >"$BENCH_WORK/compile.log" 2>&1 || { tail -n 30 "$BENCH_WORK/compile.log"; die "test-compile failed"; }

kill_args=()
[ "$KILL_AT" -ge 0 ] && kill_args=(-Dspike.kill-at="$KILL_AT" -Dspike.kill-pid="$PID_A" -Dspike.kill-node=app1)
./mvnw -B -ntp surefire:test@benchmarks -Dtest=DeadlineSpikeBenchmark -Dspike.base="http://127.0.0.1:$LB_PORT" \
  -Dspike.accounts="$BENCH_WORK/accounts.csv" -Dspike.out="$BENCH_WORK" -Dspike.users="$USERS" -Dspike.ramp="$RAMP" \
  -Dspike.shape="${SHAPE:-even}" -Dspike.forget-key="$([ "${FORGET_KEY:-0}" = 1 ] && echo true || echo false)" "${kill_args[@]}" \
  -Dspike.password="${BENCH_ADMIN_PASSWORD:-bench-admin-password-123}" >"$BENCH_WORK/run.log" 2>&1 || true
sed -n '/^== deadline spike/,/^\[INFO\] Tests run\|^\[ERROR\] Tests run/p' "$BENCH_WORK/run.log" | grep -v '^\[' || true
grep -q '^== deadline spike' "$BENCH_WORK/run.log" || { tail -n 60 "$BENCH_WORK/run.log"; die "the load generator did not run"; }
spike_database_check "$DB"
echo "session keys taken up (audit SESSION_RESUMED): $(psql_bench -d "$DB" -tA -c "select count(*) from audit_record where action = 'SESSION_RESUMED'")"
for log in a b; do
  [ -f "$BENCH_WORK/$log.log" ] && echo "app log $log: $(grep -c '"level":"ERROR"' "$BENCH_WORK/$log.log" || true) ERROR, $(grep -c '"level":"WARN"' "$BENCH_WORK/$log.log" || true) WARN lines"
done
echo "finished $(date -u +%FT%TZ); loadavg $(loadavg)"
