#!/usr/bin/env bash
# Writes benchmarks/data/plans.md: EXPLAIN (ANALYZE, BUFFERS) of the hot queries on the loaded database DB.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DB=${DB:-tongban_scale}
PSQL="psql -h 127.0.0.1 -U postgres -d $DB -v ON_ERROR_STOP=1"
$PSQL -qc "create table if not exists bench_sample_demo as select coalesce((select id from identity_enterprise
	where credit_code = '91210202MA0Q5K7D3U'), '00000000-0000-0000-0000-00000000d3e0'::uuid) as applicant_id"
{
	echo "# Query plans at scale ($(date -u +%F), PostgreSQL $($PSQL -Atc 'show server_version'))"
	echo
	echo "Database \`$DB\` loaded by \`benchmarks/data/load.sh\`: $($PSQL -Atc "select count(*) from application_application") applications,"
	echo "$($PSQL -Atc "select count(*) from approval_case where ended_at is null") open cases, $($PSQL -Atc "select count(*) from act_ru_task") Flowable tasks,"
	echo "$($PSQL -Atc "select count(*) from approval_history") history entries; $($PSQL -Atc "select pg_size_pretty(pg_database_size('$DB'))") in all."
	echo "Each plan is measured warm (second run). Regenerate with \`benchmarks/data/plans.sh\`."
	echo
	$PSQL -f "$ROOT/benchmarks/data/plans.sql" >/dev/null # warm the cache
	$PSQL -f "$ROOT/benchmarks/data/plans.sql"
} >"$ROOT/benchmarks/data/plans.md"
echo "wrote benchmarks/data/plans.md"
