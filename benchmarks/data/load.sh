#!/usr/bin/env bash
# Scale (issue 6, item 3): a fresh database DB (tongban_scale), migrated by starting the platform on it once, then
# FINISHED finished applications and OPEN open cases loaded by generate.sql, then the plans into plans.md.
# Usage: benchmarks/data/load.sh [finished=1000000] [open=50000]
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DB=${DB:-tongban_scale}
FINISHED=${1:-1000000}
OPEN=${2:-50000}
PORT=${PORT:-8091}
WORK=${WORK:-/tmp/tongban-scale}
JAR=${JAR:-$(ls "$ROOT"/target/tongban-*.jar | grep -v original | head -1)}
PSQL="psql -h 127.0.0.1 -U postgres -d $DB -v ON_ERROR_STOP=1"
mkdir -p "$WORK"
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" -c "create database $DB"
echo "migrating $DB: starting the platform once"
TONGBAN_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB java -Xmx512m -jar "$JAR" --spring.profiles.active=demo,postgres \
	--server.port="$PORT" --tongban.storage.directory="$WORK/files" >"$WORK/migrate.log" 2>&1 &
PID=$!
for _ in $(seq 180); do
	[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness")" = 200 ] && break
	sleep 1
done
kill "$PID"; wait "$PID" || true
echo "generating $FINISHED finished applications and $OPEN open cases"
START=$(date +%s)
$PSQL -v finished="$FINISHED" -v open="$OPEN" -f "$ROOT/benchmarks/data/generate.sql"
echo "generated in $(($(date +%s) - START)) s; database size: $($PSQL -Atc "select pg_size_pretty(pg_database_size('$DB'))")"
"$ROOT/benchmarks/data/plans.sh"
