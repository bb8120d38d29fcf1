#!/usr/bin/env bash
# Memory per session (docs/benchmarks.md §2), Vaadin's method: heap after a full GC with N signed-in
# sessions on a page, minus the same before them. Against the production jar (extracted layers) on
# a fresh PostgreSQL database with a small SQL-made set-up: an applicant's draft in an open
# competition (the applicant form), a juror's assignment in a competition in review (the review
# page) and the administrator's screening grid of that competition. N sessions per page, opened one
# page after the other (src/bench/memory_sessions.py), each step measured against the step before,
# with the classes that grew most (GC.class_histogram difference). All N sessions of a page use one
# account: memory per session does not depend on whose session it is. The juror and the
# administrator sign in with their second factor (a recovery code each session), as staff must.
#   bash src/bench/memory.sh          N=200 BENCH_PORT=18091 BENCH_DB=urpaq_bench_memory WARMUP=0
# HEAP_DUMP_DIR=dir also writes the live heap after each step (step-1.hprof: the applicant form's
# sessions only) for src/bench/SessionHeap.java, which says what one session keeps, part by part.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
N=${N:-200}
WARMUP=${WARMUP:-0}
PORT=${BENCH_PORT:-18091}
DB=${BENCH_DB:-urpaq_bench_memory}
BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/urpaq-bench-memory.XXXXXX")
source src/bench/lib.sh
trap 'stop_prod; drop_database "$DB" >/dev/null 2>&1 || true; rm -rf "$BENCH_WORK"' EXIT

start_fresh_app "$DB" "$PORT"

PASSWORD=${BENCH_ADMIN_PASSWORD:-bench-admin-password-123}
ADMIN=${BENCH_ADMIN_EMAIL:-bench-admin@example.invalid}
# Applicant and juror get the administrator's password hash (whatever the encoder), so the known
# password signs them in too.
psql_bench -d "$DB" -tA >"$BENCH_WORK/ids" <<'SQL'
insert into user_account (email, password_hash, display_name, created_at, email_confirmed_at)
select e, (select password_hash from user_account where email like 'bench-admin%' limit 1), n, now(), now()
from (values ('bench-applicant@example.invalid', 'Айгерім Сапарова'), ('bench-juror@example.invalid', 'Ерлан Жұмабаев')) v(e, n);
insert into user_account_role (account_id, role)
select id, case when email like 'bench-applicant%' then 'APPLICANT' else 'JURY' end from user_account
where email in ('bench-applicant@example.invalid', 'bench-juror@example.invalid');
insert into applicant_profile (account_id, iin, birth_date, phone, district, place_of_study, consent_at, created_at, updated_at)
select id, '080101500204', date '2008-01-01', '+77011234567', 'KONAEV', 'Мектеп №1', now(), now(), now()
from user_account where email = 'bench-applicant@example.invalid';
insert into privacy_acceptance (account_id, notice_version, accepted_at)
select id, :notice, now() from user_account where email in ('bench-applicant@example.invalid', 'bench-juror@example.invalid');
insert into competition (code, competition_year, title_kk, title_ru, title_en, region_kk, region_ru, region_en, phase,
  opens_at, submission_deadline, review_deadline, min_age, max_age, grant_amount_tenge, max_budget_tenge, created_at,
  organiser_id)
values ('bench-open', 2026, 'Ашық байқау', 'Открытый конкурс', 'Open competition', 'Алматы', 'Алматы', 'Almaty', 'OPEN',
  now() - interval '10 days', now() + interval '10 days', now() + interval '40 days', 14, 35, 1000000, 1000000, now(),
  (select id from organiser where code = 'default')),
  ('bench-review', 2026, 'Сараптама', 'Экспертиза', 'Review', 'Алматы', 'Алматы', 'Almaty', 'REVIEW',
  now() - interval '40 days', now() - interval '10 days', now() + interval '10 days', 14, 35, 1000000, 1000000, now(),
  (select id from organiser where code = 'default'));
-- The juror judges and the applicant applied for the default organiser (docs/domain.md §17).
insert into organiser_member (organiser_id, account_id, role, created_at)
select (select id from organiser where code = 'default'), id,
  case when email like 'bench-applicant%' then 'APPLICANT' else 'JURY' end, now() from user_account
where email in ('bench-applicant@example.invalid', 'bench-juror@example.invalid');
insert into direction (competition_id, code, position, name_kk, name_ru, name_en)
select id, 'science', 1, 'Ғылым', 'Наука', 'Science' from competition where code in ('bench-open', 'bench-review');
insert into criterion (competition_id, code, position, name_kk, name_ru, name_en, description_kk, description_ru,
  description_en, weight_percent, scale_max, tie_break_order)
select c.id, v.code, v.pos, v.code, v.code, v.code, v.code, v.code, v.code, v.w, 10, v.pos
from competition c cross join (values ('relevance', 1, 25), ('novelty', 2, 20), ('feasibility', 3, 20),
  ('impact', 4, 20), ('budget', 5, 15)) v(code, pos, w) where c.code in ('bench-open', 'bench-review');
insert into application (competition_id, applicant_id, direction_id, status, reference_number, title, summary,
  relevance, goals, created_at, saved_at, submitted_at)
select c.id, u.id, d.id, case when c.code = 'bench-open' then 'DRAFT' else 'ELIGIBLE' end,
  case when c.code = 'bench-open' then null else 'BENCH-R-1' end, 'Ауыл мектебіне күн панельдері',
  'Мектептің электр шығынын азайту', repeat('Өзектілігі. ', 60), repeat('Мақсаты. ', 60), now(), now(),
  case when c.code = 'bench-open' then null else now() - interval '20 days' end
from competition c join direction d on d.competition_id = c.id
join user_account u on u.email = 'bench-applicant@example.invalid' where c.code in ('bench-open', 'bench-review');
insert into panel_member (competition_id, direction_id, juror_id, cap, added_at)
select c.id, d.id, u.id, 40, now() from competition c join direction d on d.competition_id = c.id
join user_account u on u.email = 'bench-juror@example.invalid' where c.code = 'bench-review';
insert into review_assignment (competition_id, direction_id, application_id, juror_id, state, automatic, assigned_at,
  state_changed_at)
select a.competition_id, a.direction_id, a.id, u.id, 'NEW', false, now(), now() from application a
join competition c on c.id = a.competition_id join user_account u on u.email = 'bench-juror@example.invalid'
where c.code = 'bench-review';
select (select a.id from application a join competition c on c.id = a.competition_id where c.code = 'bench-open'),
  (select r.id from review_assignment r join competition c on c.id = r.competition_id where c.code = 'bench-review'),
  (select id from competition where code = 'bench-review');
SQL
IFS='|' read -r DRAFT ASSIGNMENT REVIEW_COMPETITION < <(grep '|' "$BENCH_WORK/ids")
# The juror and the administrator have a second factor (decision 018), as staff must, so their
# sessions reach the page asked for, not the factor's set-up page. Each session signs in with a
# recovery code of its own (BENCH00001, BENCH00002, ...; memory_sessions.py says why not a TOTP code).
psql_bench -d "$DB" -v codes="$((N + WARMUP + 20))" -v admin="$ADMIN" <<'SQL'
-- The first administrator is asked for a new password at the first sign-in: the bench's has had one.
update user_account set must_change_password = false where email = :'admin';
insert into second_factor (account_id, secret, enrolled_at, last_used_step)
select id, 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', now(), 0 from user_account
where email in ('bench-juror@example.invalid', :'admin');
insert into second_factor_recovery_code (account_id, code_hash)
select f.account_id, encode(sha256(convert_to('BENCH' || lpad(i::text, 5, '0'), 'UTF8')), 'hex')
from second_factor f cross join generate_series(1, :codes) i;
insert into second_factor_recovery_code (account_id, code_hash)
select f.account_id, encode(sha256(convert_to('WARM' || lpad(i::text, 5, '0'), 'UTF8')), 'hex')
from second_factor f cross join generate_series(1, :codes) i;
SQL
# name|account|route|recovery code prefix (staff)|the view's class name that shows the page came
PAGES=("applicant form|bench-applicant@example.invalid|applications/$DRAFT||application-view"
  "juror review page|bench-juror@example.invalid|reviews/$ASSIGNMENT|BENCH|review-view"
  "admin screening grid|$ADMIN|admin/competitions/$REVIEW_COMPETITION/screening|BENCH|screening-view")

# GC.class_histogram collects fully first, so its total is the live heap, except for the collector's
# fillers: the parallel collector's full GC leaves the dead space it does not compact as
# jdk.internal.vm.FillerElement arrays (FillerObject instances), which the histogram lists like any
# object (38 KB per applicant-form session on 2026-12-06). They are left out of the total and of the
# growth. The histogram file's last line is "Total <instances> <bytes>"; heap_used_kb prints the live
# heap of the last histogram.
histogram() {
  jcmd "$PID" GC.class_histogram | awk '
    $1 ~ /^[0-9]+:$/ && $4 ~ /jdk\.internal\.vm\.Filler/ {fillers += $3; filled += $2; next}
    $1 ~ /^[0-9]+:$/ {print $4, $2, $3}
    $1 == "Total" {print "Total", $2 - filled, $3 - fillers}' >"$1"
}
heap_used_kb() { awk '$1 == "Total" {print int($3 / 1024)}' "$1"; }
top_growth() { # before after: classes by bytes grown
  awk 'NR == FNR {b[$1] = $3; n[$1] = $2; next} $1 != "Total" {d = $3 - b[$1]; if (d > 0) printf "%d %d %s\n", d, $2 - n[$1], $1}' "$1" "$2" \
    | sort -rn | awk -v N="$N" 'NR <= 8 {printf "    %8.1f KB/session %7d instances  %s\n", $1 / 1024 / N, $2, $3}'
}

# WARMUP=n opens n sessions on each page first, all kept, so that what the server builds once for
# everyone (translations, caches, the first use of each class of component) is in the heap before
# it is measured instead of in the first page's figure. 0 (the default) measures from a server
# that has served no page, as the runs in docs/benchmarks.md §2 before 2026-12-06 did.
if [ "$WARMUP" -gt 0 ]; then
  for page in "${PAGES[@]}"; do
    IFS='|' read -r name email route codes view <<<"$page"
    python3 src/bench/memory_sessions.py "http://localhost:$PORT" "$email" "$PASSWORD" "$route" "$WARMUP" \
      ${codes:+WARM} | tee "$BENCH_WORK/opened"
    grep -q " $view" "$BENCH_WORK/opened" || die "$route did not show $view"
  done
fi
sleep 5
jcmd "$PID" GC.run >/dev/null
histogram "$BENCH_WORK/h0"
before=$(heap_used_kb "$BENCH_WORK/h0")
echo "heap used after full GC, $((WARMUP * ${#PAGES[@]})) warm-up sessions: $((before / 1024)) MB; loadavg $(loadavg)"
step=0
for page in "${PAGES[@]}"; do
  IFS='|' read -r name email route codes view <<<"$page"
  python3 src/bench/memory_sessions.py "http://localhost:$PORT" "$email" "$PASSWORD" "$route" "$N" $codes \
    | tee "$BENCH_WORK/opened"
  grep -q " $view" "$BENCH_WORK/opened" || die "$route did not show $view"
  step=$((step + 1))
  histogram "$BENCH_WORK/h$step"
  after=$(heap_used_kb "$BENCH_WORK/h$step")
  if [ -n "${HEAP_DUMP_DIR:-}" ]; then
    mkdir -p "$HEAP_DUMP_DIR"
    jcmd "$PID" GC.heap_dump "$(realpath "$HEAP_DUMP_DIR")/step-$step.hprof" >/dev/null
  fi
  printf '%-22s (%s): %d sessions, heap %d -> %d MB: %.0f KB per session; loadavg %s\n' "$name" "$route" "$N" \
    $((before / 1024)) $((after / 1024)) "$(echo "($after - $before) / $N" | bc -l)" "$(loadavg)"
  echo "  grew most:"
  top_growth "$BENCH_WORK/h$((step - 1))" "$BENCH_WORK/h$step"
  before=$after
done
echo "measured within the UIs' 15 minutes without heartbeat and the 60-minute session timeout; $(date -u +%FT%TZ)"
