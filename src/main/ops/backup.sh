#!/usr/bin/env bash
# Backs up Urpaq: the database as a pg_dump custom-format archive, and, when attachments live in
# an object store (URPAQ_ATTACHMENTS_STORE=s3), every object under the attachments prefix.
#
#   PGHOST=… PGPORT=5432 PGUSER=urpaq PGPASSWORD=… PGDATABASE=urpaq src/main/ops/backup.sh [DIR]
#
# DIR (default ./backups/urpaq-<UTC time>) receives urpaq.dump, objects/ (object store only) and
# manifest.txt (row count per table, SHA-256 of the dump). The database is read in one snapshot
# while the app runs; objects are copied after it, so a file uploaded in between is in the objects
# but not in the dump (harmless: no row names it). Object store settings are the app's own:
# URPAQ_ATTACHMENTS_S3_ENDPOINT, _BUCKET (default urpaq), _PREFIX (default attachments/),
# _ACCESS_KEY, _SECRET_KEY, _REGION; copying them needs rclone (Debian package `rclone`).
set -euo pipefail

DIR=${1:-./backups/urpaq-$(date -u +%Y%m%dT%H%M%SZ)}
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGUSER, PGPASSWORD) to the database to back up}"
mkdir -p "$DIR"

pg_dump --format=custom --compress=6 --no-owner --no-privileges --file="$DIR/urpaq.dump.partial"
mv "$DIR/urpaq.dump.partial" "$DIR/urpaq.dump"

{
  echo "# Urpaq backup of $PGDATABASE at $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "dump_sha256 $(sha256sum "$DIR/urpaq.dump" | cut -d' ' -f1)"
  # Row counts from the dump's own data would need a restore; these come from the live database
  # a moment later and are for reading, not for checking.
  psql -X -q -tA -F ' ' -c "SELECT 'rows ' || table_name, (xpath('/row/c/text()',
      query_to_xml(format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text
    FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
} >"$DIR/manifest.txt"

if [ "${URPAQ_ATTACHMENTS_STORE:-database}" = s3 ]; then
  command -v rclone >/dev/null || { echo "backup.sh: attachments are in an object store; install rclone" >&2; exit 1; }
  export RCLONE_CONFIG_URPAQS3_TYPE=s3 RCLONE_CONFIG_URPAQS3_PROVIDER=Other \
    RCLONE_CONFIG_URPAQS3_ENDPOINT="${URPAQ_ATTACHMENTS_S3_ENDPOINT:?set URPAQ_ATTACHMENTS_S3_ENDPOINT}" \
    RCLONE_CONFIG_URPAQS3_REGION="${URPAQ_ATTACHMENTS_S3_REGION:-us-east-1}" \
    RCLONE_CONFIG_URPAQS3_ACCESS_KEY_ID="${URPAQ_ATTACHMENTS_S3_ACCESS_KEY:?set URPAQ_ATTACHMENTS_S3_ACCESS_KEY}" \
    RCLONE_CONFIG_URPAQS3_SECRET_ACCESS_KEY="${URPAQ_ATTACHMENTS_S3_SECRET_KEY:?set URPAQ_ATTACHMENTS_S3_SECRET_KEY}" \
    RCLONE_CONFIG_URPAQS3_FORCE_PATH_STYLE=true
  # rclone's S3 client fails on AWS_CA_BUNDLE ("unsupported transport"); it takes the CA as a flag.
  rclone_s3() { env -u AWS_CA_BUNDLE rclone ${AWS_CA_BUNDLE:+--ca-cert "$AWS_CA_BUNDLE"} "$@"; }
  rclone_s3 copy --checksum "urpaqs3:${URPAQ_ATTACHMENTS_S3_BUCKET:-urpaq}/${URPAQ_ATTACHMENTS_S3_PREFIX:-attachments/}" "$DIR/objects"
  echo "objects $(find "$DIR/objects" -type f | wc -l)" >>"$DIR/manifest.txt"
fi

echo "backup.sh: $DIR ($(du -sh "$DIR" | cut -f1))"
