#!/usr/bin/env bash
# Lays out the production jar as the image runs it and trains the JDK's AOT cache for it
# (docs/decisions/031-warm-start-and-re-entry.md). Used by the Dockerfile, by .ci/run and by the
# benchmarks, so all three start the same thing.
#   aot-cache.sh DIR                trains DIR/app.aot for DIR/app.jar and DIR/lib/ (laid out already)
#   aot-cache.sh --extract JAR DIR  first lays JAR out in DIR as the image does (`extract --layers`)
# The training run starts the application context once (spring.context.exit=onRefresh: no port is
# opened, nothing is served) on an in-memory H2 database without demo data, so it needs no
# PostgreSQL; the classes it loads and links are nearly all the ones a production start loads.
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
env -u SPRING_PROFILES_ACTIVE -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
  SPRING_DATASOURCE_URL="jdbc:h2:mem:aot-training" URPAQ_DEMO_ENABLED=false VAADIN_PRODUCTIONMODE=true \
  PORT=0 MANAGEMENT_PORT=0 \
  java -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -Xlog:aot=error -jar app.jar \
  >"$work/training.log" 2>&1 </dev/null || { tail -n 40 "$work/training.log" >&2; exit 1; }
[ -s app.aot ] || { tail -n 40 "$work/training.log" >&2; echo "aot-cache.sh: no app.aot written" >&2; exit 1; }
echo "aot-cache.sh: $dir/app.aot ($(du -h app.aot | cut -f1)) trained in $(($(date +%s) - started)) s"
