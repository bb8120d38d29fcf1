#!/usr/bin/env bash
# Two Urpaq instances on one PostgreSQL database deliver the outbox: each mail exactly once.
#   bash src/bench/two-instances-outbox.sh      (MAILS=1000 PORT_A=8081 PORT_B=8082 SMTP_PORT=2525
#                                                 DELAY_MS=5 BENCH_DB=urpaq_bench_outbox KEEP=1)
# Runs the production jar twice (extracted layers, the production profile) on one fresh database,
# both pointing at one SMTP sink (src/bench/smtp_sink.py) that writes down each mail's Message-ID and
# the EHLO name of the instance that sent it. Once both are up, MAILS mails are written as PENDING
# outbox rows in one transaction, as a cause (an announcement) would write them; both instances look
# for due mail every second. The script waits until every row is SENT and prints what arrived: per
# instance, in all, distinct, and duplicates — which must be 0 — and exits non-zero otherwise.
# docs/decisions/022-outbox-and-background-work.md; figures in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source src/bench/lib.sh

MAILS=${MAILS:-1000}
PORT_A=${PORT_A:-8081}
PORT_B=${PORT_B:-8082}
SMTP_PORT=${SMTP_PORT:-2525}
DELAY_MS=${DELAY_MS:-5}
DB=${BENCH_DB:-urpaq_bench_outbox}
BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/urpaq-bench-outbox.XXXXXX")
PGID_A="" PGID_B="" SINK_PGID=""

cleanup() {
  local rc=$?
  set +e
  APP_PGID=$PGID_A stop_prod
  APP_PGID=$PGID_B stop_prod
  if [ -n "$SINK_PGID" ]; then kill -TERM -- "-$SINK_PGID" 2>/dev/null; wait "$SINK_PGID" 2>/dev/null; fi
  if [ "${KEEP:-0}" = 1 ] || [ "$rc" != 0 ]; then
    echo "work folder kept: $BENCH_WORK (database $DB)"
  else
    drop_database "$DB"
    rm -rf "$BENCH_WORK"
  fi
  exit "$rc"
}
trap cleanup EXIT

use_jdk25
production_jar
extracted_app
for port in "$PORT_A" "$PORT_B" "$SMTP_PORT"; do
  port_busy "$port" && die "port $port is in use"
done
fresh_database "$DB"
psql_db() { psql_bench -d "$DB" -tA -c "$1"; }

setsid python3 src/bench/smtp_sink.py "$SMTP_PORT" "$BENCH_WORK/received.txt" "$DELAY_MS" \
  >"$BENCH_WORK/sink.log" 2>&1 </dev/null &
SINK_PGID=$!
touch "$BENCH_WORK/received.txt"

export SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$SMTP_PORT URPAQ_MAIL_STARTTLS_REQUIRED=false \
  URPAQ_OUTBOX_POLL_INTERVAL=1s
# A first, so that one of them runs the migrations and creates the first administrator.
BENCH_JAVA_OPTS="-Dspring.mail.properties.mail.smtp.localhost=instance-a" \
  start_prod extracted "$DB" "$PORT_A" "$BENCH_WORK/a.log"
PGID_A=$APP_PGID
wait_200 "http://localhost:$PORT_A/" 300 "$BENCH_WORK/a.log"
wait_log "$BENCH_WORK/a.log" 'Created the first administrator' 120
echo "instance A on port $PORT_A up after $READY_MS ms"
BENCH_JAVA_OPTS="-Dspring.mail.properties.mail.smtp.localhost=instance-b" \
  start_prod extracted "$DB" "$PORT_B" "$BENCH_WORK/b.log"
PGID_B=$APP_PGID
wait_200 "http://localhost:$PORT_B/" 300 "$BENCH_WORK/b.log"
echo "instance B on port $PORT_B up after $READY_MS ms; $(date -u +%FT%TZ); loadavg $(loadavg)"

psql_bench -d "$DB" <<SQL
insert into outbox_mail (kind, recipient, language, subject, body, state, created_at, queued_at,
                         next_attempt_at, message_id)
select 'RESULTS', 'bench-' || n || '@example.invalid', 'kk', 'Urpaq: нәтижелер ' || n,
       'Сәлеметсіз бе!' || chr(10) || chr(10) || 'Хат № ' || n, 'PENDING', now(), now(), now(),
       '<bench-' || n || '@urpaq.bench>'
from generate_series(1, $MAILS) as n;
SQL
started=$(now_ms)
echo "$MAILS mails written as PENDING rows"

while :; do
  sent=$(psql_db "select count(*) from outbox_mail where message_id like '<bench-%' and state = 'SENT'")
  [ "$sent" = "$MAILS" ] && break
  (($(now_ms) - started < 600000)) || die "only $sent of $MAILS SENT after 600 s"
  sleep 0.5
done
took=$(($(now_ms) - started))
sleep 3 # nothing more may arrive

ours=$(grep -c ' <bench-' "$BENCH_WORK/received.txt" || true)
distinct=$(grep ' <bench-' "$BENCH_WORK/received.txt" | cut -d' ' -f2 | sort -u | wc -l)
by_a=$(grep -c '^instance-a <bench-' "$BENCH_WORK/received.txt" || true)
by_b=$(grep -c '^instance-b <bench-' "$BENCH_WORK/received.txt" || true)
duplicates=$((ours - distinct))
failed=$(psql_db "select count(*) from outbox_mail where message_id like '<bench-%' and state <> 'SENT'")
attempts=$(psql_db "select sum(attempts) from outbox_mail where message_id like '<bench-%'")
echo "mails written: $MAILS; SENT rows: $sent (not SENT: $failed) after $took ms"
echo "arrived: $ours (instance A: $by_a, instance B: $by_b); distinct Message-IDs: $distinct; duplicates: $duplicates"
echo "delivery attempts recorded: $attempts (one per mail means no mail was tried twice); loadavg $(loadavg)"
[ "$duplicates" = 0 ] && [ "$distinct" = "$MAILS" ] || die "each mail must arrive exactly once"
echo "ok: each mail arrived exactly once"
