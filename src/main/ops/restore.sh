#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database (create it first, owned by the app's
# role), and its objects into the object store when the backup has them.
#
#   PGHOST=… PGUSER=urpaq PGPASSWORD=… PGDATABASE=urpaq_restored src/main/ops/restore.sh DIR
#
# Stop the app (or point it elsewhere) while restoring; start it on the restored database after.
# The dump was made with --no-owner: every object belongs to the role that restores it.
set -euo pipefail

DIR=${1:?usage: restore.sh DIR (a directory written by backup.sh)}
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGUSER, PGPASSWORD) to the empty database to restore into}"
[ -f "$DIR/urpaq.dump" ] || { echo "restore.sh: $DIR/urpaq.dump is missing" >&2; exit 1; }

expected=$(sed -n 's/^dump_sha256 //p' "$DIR/manifest.txt" 2>/dev/null || true)
if [ -n "$expected" ] && [ "$(sha256sum "$DIR/urpaq.dump" | cut -d' ' -f1)" != "$expected" ]; then
  echo "restore.sh: urpaq.dump does not match the SHA-256 in manifest.txt" >&2
  exit 1
fi
tables=$(psql -X -q -tA -c "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
[ "$tables" = 0 ] || { echo "restore.sh: $PGDATABASE is not empty ($tables tables); restore into a new database" >&2; exit 1; }

pg_restore --exit-on-error --no-owner --no-privileges --single-transaction --dbname="$PGDATABASE" "$DIR/urpaq.dump"

if [ -d "$DIR/objects" ]; then
  command -v rclone >/dev/null || { echo "restore.sh: the backup has objects; install rclone" >&2; exit 1; }
  export RCLONE_CONFIG_URPAQS3_TYPE=s3 RCLONE_CONFIG_URPAQS3_PROVIDER=Other \
    RCLONE_CONFIG_URPAQS3_ENDPOINT="${URPAQ_ATTACHMENTS_S3_ENDPOINT:?set URPAQ_ATTACHMENTS_S3_ENDPOINT}" \
    RCLONE_CONFIG_URPAQS3_REGION="${URPAQ_ATTACHMENTS_S3_REGION:-us-east-1}" \
    RCLONE_CONFIG_URPAQS3_ACCESS_KEY_ID="${URPAQ_ATTACHMENTS_S3_ACCESS_KEY:?set URPAQ_ATTACHMENTS_S3_ACCESS_KEY}" \
    RCLONE_CONFIG_URPAQS3_SECRET_ACCESS_KEY="${URPAQ_ATTACHMENTS_S3_SECRET_KEY:?set URPAQ_ATTACHMENTS_S3_SECRET_KEY}" \
    RCLONE_CONFIG_URPAQS3_FORCE_PATH_STYLE=true
  # rclone's S3 client fails on AWS_CA_BUNDLE ("unsupported transport"); it takes the CA as a flag.
  rclone_s3() { env -u AWS_CA_BUNDLE rclone ${AWS_CA_BUNDLE:+--ca-cert "$AWS_CA_BUNDLE"} "$@"; }
  rclone_s3 copy --checksum "$DIR/objects" "urpaqs3:${URPAQ_ATTACHMENTS_S3_BUCKET:-urpaq}/${URPAQ_ATTACHMENTS_S3_PREFIX:-attachments/}"
fi
echo "restore.sh: $DIR restored into $PGDATABASE"
