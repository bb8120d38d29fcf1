# Shared by the scripts in src/bench/: JDK 25, the production jar, a PostgreSQL database of the
# benchmark's own and an app process that is started and stopped as one process group.
# Source it from a script that has `set -euo pipefail` and runs from the project root.

BENCH_PG_HOST=${BENCH_PG_HOST:-127.0.0.1}
BENCH_PG_PORT=${BENCH_PG_PORT:-5432}
BENCH_PG_USER=${BENCH_PG_USER:-postgres}

die() { printf 'BENCH FAILED: %s\n' "$*" >&2; exit 1; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}

# Picks a JDK 25 or newer the way .ci/run does: JAVA_HOME, the java on PATH, then /usr/lib/jvm.
use_jdk25() {
  local candidate v
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java || echo /x/x/x)")")")" \
    /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    v=$(java_major "$candidate/bin/java")
    if [ "${v:-0}" -ge 25 ]; then
      export JAVA_HOME=$candidate PATH="$candidate/bin:$PATH"
      return 0
    fi
  done
  die "no JDK 25 or newer"
}

# Builds the production jar unless one is there (as the Dockerfile does; the production profile
# also keeps vaadin-dev out, which .ci/run checks). Sets JAR.
production_jar() {
  shopt -s nullglob
  local jars=(target/urpaq-*.jar)
  shopt -u nullglob
  if [ ${#jars[@]} = 0 ]; then
    echo "building the production jar: ./mvnw -B -ntp -DskipTests -Pproduction package"
    ./mvnw -B -ntp -DskipTests -Pproduction package >"$BENCH_WORK/build.log" 2>&1 \
      || { tail -n 40 "$BENCH_WORK/build.log"; die "the production build failed"; }
    shopt -s nullglob
    jars=(target/urpaq-*.jar)
    shopt -u nullglob
  fi
  [ ${#jars[@]} = 1 ] || die "expected one target/urpaq-*.jar, found: ${jars[*]}"
  if unzip -l "${jars[0]}" 2>/dev/null | grep -q 'BOOT-INF/lib/vaadin-dev'; then
    die "${jars[0]} contains vaadin-dev: not a production jar (delete it and rerun)"
  fi
  JAR=$(readlink -f "${jars[0]}")
}

# The image's JVM options: the Dockerfile's `ENV JAVA_TOOL_OPTIONS` line, the one place they are written.
image_java_options() { sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"$/\1/p' src/main/docker/Dockerfile; }

# The layered form with its AOT cache, laid out and trained as the Dockerfile does (with the image's
# JVM options: a cache serves the collector it was trained with). Sets EXTRACTED.
extracted_app() {
  EXTRACTED="$BENCH_WORK/app"
  [ -d "$EXTRACTED" ] && return 0
  JAVA_TOOL_OPTIONS="$(image_java_options)" bash src/main/ops/aot-cache.sh --extract "$JAR" "$EXTRACTED"
}

# :notice in a seed is the privacy notice's current version (security.PrivacyNotice): seeded applicants
# have accepted it, or the sign-in would show them the notice instead of their form.
PRIVACY_NOTICE_VERSION=$(sed -n 's/.*int CURRENT_VERSION = \([0-9]*\);.*/\1/p' src/main/java/kz/urpaq/security/PrivacyNotice.java)
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -v notice="$PRIVACY_NOTICE_VERSION" -h "$BENCH_PG_HOST" -p "$BENCH_PG_PORT" -U "$BENCH_PG_USER" "$@"; }

fresh_database() { # name
  psql_bench -d postgres <<SQL
SET client_min_messages = warning;
DROP DATABASE IF EXISTS "$1" WITH (FORCE);
CREATE DATABASE "$1";
SQL
}

drop_database() { # name (two statements: DROP DATABASE cannot run in the one transaction of a -c)
  psql_bench -d postgres <<SQL
SET client_min_messages = warning;
DROP DATABASE IF EXISTS "$1" WITH (FORCE);
SQL
}

# start_prod FORM DB PORT LOG: FORM is "jar" (java -jar), "extracted" (the layered folder with its AOT
# cache, as the image starts it) or "no-aot" (the same folder without the cache). The production profile with the Dockerfile's JVM options; sets APP_PGID and APP_START_MS.
start_prod() {
  local form=$1 db=$2 port=$3 log=$4 dir cmd
  case $form in
    jar) dir=$(dirname "$JAR") cmd=(java -jar "$JAR") ;;
    # as the image starts it, and the same layout without the AOT cache
    extracted) dir=$EXTRACTED cmd=(java -XX:AOTCache=app.aot -jar app.jar) ;;
    no-aot) dir=$EXTRACTED cmd=(java -jar app.jar) ;;
    *) die "unknown form $form" ;;
  esac
  # The image's JVM options (src/main/docker/Dockerfile) in the compose files' memory limit (MaxRAM makes
  # the JVM size itself as in that container; BENCH_MAX_RAM= sizes it from the machine), then
  # BENCH_JAVA_OPTS, which win.
  local max_ram=${BENCH_MAX_RAM-1280m}
  JAVA_OPTIONS_USED="$(image_java_options)${max_ram:+ -XX:MaxRAM=$max_ram} ${BENCH_JAVA_OPTS:-}"
  APP_START_MS=$(now_ms)
  # Without job control a background child is no group leader, so setsid makes it one in place.
  setsid env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
    SPRING_PROFILES_ACTIVE=prod PORT="$port" URPAQ_PUBLIC_BASE_URL="http://localhost:$port" \
    MANAGEMENT_PORT="${BENCH_MANAGEMENT_PORT:-$((port + 1))}" SPRING_MAIL_HOST="${BENCH_MAIL_HOST:-127.0.0.1}" \
    SPRING_MAIL_PORT="${BENCH_MAIL_PORT:-9}" \
    URPAQ_SECURE_COOKIES=false JAVA_TOOL_OPTIONS="$JAVA_OPTIONS_USED" \
    SPRING_DATASOURCE_URL="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$db" \
    SPRING_DATASOURCE_USERNAME="$BENCH_PG_USER" SPRING_DATASOURCE_PASSWORD= \
    URPAQ_ADMIN_EMAIL="${BENCH_ADMIN_EMAIL:-bench-admin@example.invalid}" \
    URPAQ_ADMIN_PASSWORD="${BENCH_ADMIN_PASSWORD:-bench-admin-password-123}" \
    bash -c 'cd "$1" && shift && exec "$@"' _ "$dir" "${cmd[@]}" >"$log" 2>&1 </dev/null &
  APP_PGID=$!
}

app_java_pid() { pgrep -g "$APP_PGID" -x java | head -n 1; }

# wait_200 URL SECONDS LOG: polls every 100 ms; sets READY_MS (since APP_START_MS).
wait_200() {
  local url=$1 limit=$2 log=$3 code
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
    if [ "$code" = 200 ]; then
      READY_MS=$(($(now_ms) - APP_START_MS))
      return 0
    fi
    # The child may not have made its group yet (setsid runs after the fork): then its pid still answers.
    if ! kill -0 -- "-$APP_PGID" 2>/dev/null && ! kill -0 "$APP_PGID" 2>/dev/null; then
      tail -n 40 "$log"
      die "the app exited before $url answered"
    fi
    if (($(now_ms) - APP_START_MS > limit * 1000)); then
      tail -n 40 "$log"
      die "$url did not answer 200 within $limit s"
    fi
    sleep 0.1
  done
}

wait_log() { # log pattern seconds
  local i
  for i in $(seq 1 $(($3 * 2))); do
    grep -qE "$2" "$1" && return 0
    sleep 0.5
  done
  die "not in $1 within $3 s: /$2/"
}

stop_prod() {
  [ -n "${APP_PGID:-}" ] || return 0
  local pgid=$APP_PGID i
  APP_PGID=""
  kill -TERM -- "-$pgid" 2>/dev/null || true
  for i in $(seq 1 60); do
    kill -0 -- "-$pgid" 2>/dev/null || break
    sleep 0.5
  done
  kill -KILL -- "-$pgid" 2>/dev/null || true
  wait "$pgid" 2>/dev/null || true
}

# start_fresh_app DB PORT: the production jar (extracted layers) on a fresh database DB, up and its
# first administrator created. Sets PID, APP_LOG (in $BENCH_WORK) and, from start_prod, APP_PGID.
start_fresh_app() {
  local db=$1 port=$2
  use_jdk25
  production_jar
  extracted_app
  port_busy "$port" && die "port $port is in use (set BENCH_PORT)"
  fresh_database "$db"
  APP_LOG="$BENCH_WORK/app.log"
  start_prod extracted "$db" "$port" "$APP_LOG"
  wait_200 "http://localhost:$port/" 300 "$APP_LOG"
  wait_log "$APP_LOG" 'Created the first administrator' 120
  PID=$(app_java_pid)
  echo "production jar (extracted) on port $port, pid $PID, first 200 after $READY_MS ms; $(date -u +%FT%TZ); loadavg $(loadavg)"
}

rss_kb() { sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$1/status"; }

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR + 1) / 2]; else print int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# spike_database_check DB: after a deadline-spike run (DeadlineSpikeBenchmark wrote
# $BENCH_WORK/expected-files.csv), every confirmed submission exactly once with its file intact.
spike_database_check() {
  local DB=$1
  echo "database check:"
  psql_bench -d "$DB" -tA -F ' ' <<SQL
create temp table expected (application_id bigint, sha256 text, size_bytes bigint);
\copy expected from '$BENCH_WORK/expected-files.csv' with (format csv)
with spike as (select a.* from application a join competition c on c.id = a.competition_id where c.code = 'SPIKE')
select '  applications', count(*), 'submitted', count(*) filter (where status = 'SUBMITTED'),
  'distinct reference numbers', count(distinct reference_number),
  'applicants with more than one application', (select count(*) from (select applicant_id from spike group by applicant_id having count(*) > 1) x)
from spike;
select '  submissions audited more than once', count(*) from (select subject_id from audit_record
  where action = 'APPLICATION_SUBMITTED' group by subject_id having count(*) > 1) x;
select '  files uploaded', (select count(*) from expected),
  'stored once with the same SHA-256 and size', count(*) filter (where n = 1 and ok),
  'missing, duplicated or different', (select count(*) from expected) - count(*) filter (where n = 1 and ok)
from (select e.application_id, count(t.id) as n,
        bool_and(t.sha256 = e.sha256 and t.size_bytes = e.size_bytes and t.chunk_sha256 = e.sha256) as ok
      from expected e left join (select at.id, at.application_id, at.sha256, at.size_bytes,
          (select encode(sha256(string_agg(ch.bytes, ''::bytea order by ch.chunk_index)), 'hex')
           from attachment_chunk ch where ch.storage_name = at.storage_name) as chunk_sha256
        from attachment at where at.kind = 'PROJECT_DESCRIPTION') t on t.application_id = e.application_id
      group by e.application_id) x;
select '  submitted applications with all three typed fields saved', count(*) from application a
  join user_account u on u.id = a.applicant_id join competition c on c.id = a.competition_id
  where c.code = 'SPIKE' and a.status = 'SUBMITTED' and a.title = 'Жоба ' || regexp_replace(u.email, '\D', '', 'g')
  || ': ауыл мектебіне күн панельдері' and a.summary like '%(' || regexp_replace(u.email, '\D', '', 'g') || ')'
  and a.goals like 'Мақсаты: %' || regexp_replace(u.email, '\D', '', 'g');
select '  uploaded files of applications that are not submitted', count(*) from expected e
  join application a on a.id = e.application_id where a.status <> 'SUBMITTED';
SQL
}
