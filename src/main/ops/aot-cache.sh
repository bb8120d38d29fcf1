#!/usr/bin/env bash
# Lays out the production jar as the image runs it and trains the JDK's AOT cache for it
# (docs/decisions/031-warm-start-and-re-entry.md). Used by the Dockerfile, by .ci/run and by the
# benchmarks, so all three start the same thing.
#   aot-cache.sh DIR                trains DIR/app.aot for DIR/app.jar and DIR/lib/ (laid out already)
#   aot-cache.sh --extract JAR DIR  first lays JAR out in DIR as the image does (`extract --layers`)
# The training run starts the application on an in-memory H2 database with the demo data, so it
# needs no PostgreSQL, and runs a workload (kz.urpaq.demo.AotTrainingRun): a demo applicant signs in
# and opens their draft 40 times over HTTP on a port of its own. The cache then holds the classes a
# production start loads and those the first sign-ins and forms load, with the methods' profiles
# (docs/decisions/035). If the workload fails, it trains on the start alone, as before.
# Start the result from DIR with: java -XX:AOTCache=app.aot -jar app.jar
# A JVM that cannot use the cache (another JDK build, a changed jar) says so and starts without it.
set -euo pipefail
work=$(mktemp -d "${TMPDIR:-/tmp}/urpaq-aot.XXXXXX")
trap 'rm -rf "$work"' EXIT
if [ "${1:-}" = --extract ]; then
  jar=$(readlink -f "$2")
  dir=$3
  mkdir -p "$dir"
  (cd "$work" && cp "$jar" app.jar && java -Djarmode=tools -jar app.jar extract --layers --destination extracted >/dev/null)
  for layer in dependencies spring-boot-loader snapshot-dependencies application; do
    [ -d "$work/extracted/$layer" ] && cp -a "$work/extracted/$layer/." "$dir/"
  done
else
  dir=$1
fi
[ -f "$dir/app.jar" ] || { echo "aot-cache.sh: no app.jar in $dir" >&2; exit 1; }
cd "$dir"
rm -f app.aot
started=$(date +%s)
# train MODE: "workload" starts the app on an in-memory H2 database with the demo, and AotTrainingRun
# signs a demo applicant in and opens their draft, 40 times over HTTP, then stops the JVM; "start" only
# starts the context (spring.context.exit=onRefresh: no port opened, nothing served).
train() {
  local extra=()
  if [ "$1" = workload ]; then extra=(-Durpaq.aot.training=true); else extra=(-Dspring.context.exit=onRefresh); fi
  env -u SPRING_PROFILES_ACTIVE -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
    SPRING_DATASOURCE_URL="jdbc:h2:mem:aot-training" URPAQ_DEMO_ENABLED="$([ "$1" = workload ] && echo true || echo false)" \
    VAADIN_PRODUCTIONMODE=true PORT=0 MANAGEMENT_PORT=0 \
    timeout 900 java -XX:AOTCacheOutput=app.aot "${extra[@]}" -Xlog:aot=error -jar app.jar \
    >"$work/training.log" 2>&1 </dev/null
}
# AOT_TRAINING=start trains on the start only (the workload needs a few minutes more).
mode=${AOT_TRAINING:-workload}
if ! train "$mode" || [ ! -s app.aot ] || { [ "$mode" = workload ] && ! grep -q 'AOT training: [1-9][0-9]* rounds' "$work/training.log"; }; then
  if [ "$mode" = workload ]; then
    echo "aot-cache.sh: the training workload did not run through; training on the start only:" >&2
    grep -E 'AOT training|ERROR|Exception' "$work/training.log" | head -n 5 >&2 || true
    rm -f app.aot
    mode=start
    train start || { tail -n 40 "$work/training.log" >&2; exit 1; }
  else
    tail -n 40 "$work/training.log" >&2; exit 1
  fi
fi
[ -s app.aot ] || { tail -n 40 "$work/training.log" >&2; echo "aot-cache.sh: no app.aot written" >&2; exit 1; }
echo "aot-cache.sh: $dir/app.aot ($(du -h app.aot | cut -f1)) trained in $(($(date +%s) - started)) s ($mode$(sed -n 's/.*AOT training: \([0-9]*\) rounds.*/: \1 rounds/p' "$work/training.log"))"
