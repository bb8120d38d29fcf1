#!/usr/bin/env bash
# The organisers' dashboard at national scale on PostgreSQL (docs/benchmarks.md §9): runs
# DashboardBenchmark with the tests' Spring context pointed at a database of its own, which
# Flyway migrates and the benchmark seeds once (100,000 applications, 300,000 score sheets; kept
# for later runs: FRESH=1 drops it first).
#   bash src/bench/dashboard.sh [-Dbench.warmup=3 -Dbench.measured=8]   BENCH_DB=urpaq_bench_dashboard FRESH=0
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
DB=${BENCH_DB:-urpaq_bench_dashboard}
BENCH_WORK=$(mktemp -d "${TMPDIR:-/tmp}/urpaq-bench-dashboard.XXXXXX")
source src/bench/lib.sh
trap 'rm -rf "$BENCH_WORK"' EXIT

if [ "${FRESH:-0}" = 1 ] || [ -z "$(psql_bench -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
  fresh_database "$DB"
fi
echo "$(date -u +%FT%TZ); loadavg $(loadavg); database $DB"
SPRING_DATASOURCE_URL="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/$DB" \
SPRING_DATASOURCE_USERNAME="$BENCH_PG_USER" SPRING_DATASOURCE_PASSWORD= \
  ./mvnw -B -ntp test-compile surefire:test@benchmarks -Dtest=DashboardBenchmark "$@" 2>&1 | tee "$BENCH_WORK/run.log" \
  | grep -E '^(==|dashboard|  of which|competition|seeded|gave|check)|Tests run:|ERROR|BUILD'
