#!/usr/bin/env bash
# The results page's query path at national scale on PostgreSQL (docs/benchmarks.md §3): runs
# ResultsPageBenchmark with the tests' Spring context pointed at a database of its own, which
# Flyway migrates and the benchmark seeds once (100,000 applications, 300,000 score sheets; kept
# for later runs: FRESH=1 drops it first). Issue 24's figure, the first results call after a restart,
# is printed both ways, each in a JVM of its own: WARM_UP=off, the first call in a cold JVM (the
# seeding, when there is one, happens in this run); WARM_UP=on, the first call after the start-up's
# warm-up (ResultsWarmUp, decision 036), whose own time is printed too; WARM_UP=during, the first
# call made as soon as the benchmark starts, while the warm-up still runs. WARM_UP=both (default)
# runs off, then on.
#   bash src/bench/results-page.sh [-Dbench.warmup=3 -Dbench.measured=5]   BENCH_DB=urpaq_bench_results FRESH=0 WARM_UP=both
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
DB=${BENCH_DB:-urpaq_bench_results}
BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/urpaq-bench-results.XXXXXX")
source src/bench/lib.sh
trap 'rm -rf "$BENCH_WORK"' EXIT

if [ "${FRESH:-0}" = 1 ] || [ -z "$(psql_bench -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
  fresh_database "$DB"
fi
case "${WARM_UP:-both}" in
  both) MODES="false true" ;;
  on) MODES=true ;;
  off) MODES=false ;;
  during) MODES=true; set -- -Dbench.during-warm-up=true "$@" ;;
  *) die "WARM_UP is both, on, off or during" ;;
esac
for warm in $MODES; do
  echo "$(date -u +%FT%TZ); loadavg $(loadavg); database $DB; urpaq.results.warm-up=$warm ${WARM_UP:-both}"
  SPRING_DATASOURCE_URL="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$DB" \
  SPRING_DATASOURCE_USERNAME="$BENCH_PG_USER" SPRING_DATASOURCE_PASSWORD= \
    ./mvnw -B -ntp test-compile surefire:test@benchmarks -Dtest=ResultsPageBenchmark -Durpaq.results.warm-up=$warm \
    "$@" 2>&1 | tee "$BENCH_WORK/run-$warm.log" \
    | grep -E '^(==|results|  of which|the sheets|competition|seeded|start-up warm-up)|Tests run:|ERROR|BUILD'
done
