#!/usr/bin/env bash
# The results page's query path at national scale on PostgreSQL (docs/benchmarks.md §3): runs
# ResultsPageBenchmark with the tests' Spring context pointed at a database of its own, which
# Flyway migrates and the benchmark seeds once (100,000 applications, 300,000 score sheets; kept
# for later runs: FRESH=1 drops it first).
#   bash src/bench/results-page.sh [-Dbench.warmup=3 -Dbench.measured=5]   BENCH_DB=urpaq_bench_results FRESH=0
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
DB=${BENCH_DB:-urpaq_bench_results}
BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/urpaq-bench-results.XXXXXX")
source src/bench/lib.sh
trap 'rm -rf "$BENCH_WORK"' EXIT

if [ "${FRESH:-0}" = 1 ] || [ -z "$(psql_bench -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
  fresh_database "$DB"
fi
echo "$(date -u +%FT%TZ); loadavg $(loadavg); database $DB"
SPRING_DATASOURCE_URL="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$DB" \
SPRING_DATASOURCE_USERNAME="$BENCH_PG_USER" SPRING_DATASOURCE_PASSWORD= \
  ./mvnw -B -ntp test-compile surefire:test@benchmarks -Dtest=ResultsPageBenchmark "$@" 2>&1 | tee "$BENCH_WORK/run.log" \
  | grep -E '^(==|results|  of which|the sheets|competition|seeded)|Tests run:|ERROR|BUILD'
