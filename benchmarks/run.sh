#!/usr/bin/env bash
# Issue 6: one command for the three measurements of docs/benchmarks.md, in one run on this machine:
#   1. PostgreSQL's commit rate (pgbench, one INSERT per transaction): the ceiling for durable writes;
#   2. the bare Flowable engine driving approval-with-inspection.bpmn20.xml (BareEngine), before the platform starts;
#   3. the platform on PostgreSQL under the load driver (LoadDriver), which prints the one table with all three.
# Settings (environment): CLIENTS (8), DURATION (60 s, each of 2 and 3), PGBENCH_SECONDS (30), PORT (18080),
# HEAP (512m, the issue's target), PGHOST/PGPORT/PGUSER (127.0.0.1/5432/postgres), PLATFORM_JAR (built if unset),
# PLATFORM_DB (the platform's database; unset: tongban_bench, made afresh; set, e.g. to tongban_scale loaded by
# benchmarks/data/load.sh, it is used as it is), LABEL (a note in the table's header), APPLICANTS_ONLY (true: the
# clients apply and submit, nobody works the cases: the submit-latency target is about concurrent applicants),
# BUNDLE_CLIENTS (0; issue 16: that many of the clients apply for the bundle 企业开办一件事 instead, four member cases
# worked by four departments' staff, and the table adds bundles per second next to the single life cycles),
# AUTOMATIC_CLIENTS (0; issue 17: that many of the clients after the bundle ones file an enterprise investment project
# that the platform grants automatically, and the table adds the latency from submission to GRANTED),
# DASHBOARDS (only: issue 20, skip 1 and 2 and, instead of the load, time the statistics console and its exports as the
# supervisor, every grain and filter, ROUNDS (20) rounds: Dashboards; meant for PLATFORM_DB=tongban_scale).
# It uses its own databases tongban_bench (platform), tongban_bench_engine (baseline), tongban_bench_pgbench,
# dropped and created afresh each run.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CLIENTS="${CLIENTS:-8}"
SECONDS_EACH="${DURATION:-60}"  # not SECONDS: bash counts its own time in it
PGBENCH_SECONDS="${PGBENCH_SECONDS:-30}"
PORT="${PORT:-18080}"
HEAP="${HEAP:-512m}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
WORK="$ROOT/benchmarks/target/run"
PGBENCH="$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1 || true)"

say() { printf '\n== %s\n' "$*" >&2; }

say "Building the driver and the platform"
cd "$ROOT"
./mvnw -q -f benchmarks/pom.xml compile
if [[ -z "${PLATFORM_JAR:-}" ]]; then
	./mvnw -q -DskipTests package
	PLATFORM_JAR="$(ls "$ROOT"/target/tongban-*.jar | grep -v plain | head -1)"
fi
CP="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"
rm -rf "$WORK" && mkdir -p "$WORK"

FRESH_DBS="tongban_bench_engine tongban_bench_pgbench"
if [[ -z "${PLATFORM_DB:-}" ]]; then
	PLATFORM_DB=tongban_bench
	FRESH_DBS="$PLATFORM_DB $FRESH_DBS"
elif ! psql -At -d "$PLATFORM_DB" -c 'select count(*) from application_application' > "$WORK/platform-db-size.txt"; then
	echo "PLATFORM_DB=$PLATFORM_DB is not a loaded platform database (benchmarks/data/load.sh makes tongban_scale)" >&2
	exit 1
fi
for db in $FRESH_DBS; do
	dropdb --if-exists "$db" && createdb "$db"
done

if [[ "${DASHBOARDS:-}" == only ]]; then PGBENCH_SECONDS=0; fi
say "1/3 pgbench: $CLIENTS clients, one INSERT per transaction, ${PGBENCH_SECONDS}s"
PGBENCH_RESULT="not measured (pgbench not found: apt-get install postgresql-contrib)"
if [[ -n "$PGBENCH" && "$PGBENCH_SECONDS" != 0 ]]; then
	psql -q -d tongban_bench_pgbench -c \
		"create table commit_probe (id bigserial primary key, at timestamp with time zone default now(), payload varchar(100))"
	echo "insert into commit_probe (payload) values ('tongban');" > "$WORK/insert.sql"
	"$PGBENCH" -n -c "$CLIENTS" -j 2 -T "$PGBENCH_SECONDS" -f "$WORK/insert.sql" tongban_bench_pgbench \
		| tee "$WORK/pgbench.txt" >&2
	TPS="$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$WORK/pgbench.txt")"
	PGBENCH_RESULT="$(printf '%.0f (%s clients, %ss, %s)' "$TPS" "$CLIENTS" "$PGBENCH_SECONDS" \
		"$(psql -At -d postgres -c 'show server_version' | cut -d' ' -f1)")"
fi

say "2/3 bare Flowable engine: $CLIENTS clients, ${SECONDS_EACH}s"
[[ "${DASHBOARDS:-}" == only ]] || java -Xmx512m -cp "$CP" org.tongban.bench.BareEngine --clients="$CLIENTS" --seconds="$SECONDS_EACH" \
	--engine-db="jdbc:postgresql://$PGHOST:$PGPORT/tongban_bench_engine" --db-user="$PGUSER" \
	--model="$ROOT/src/main/resources/processes/approval-with-inspection.bpmn20.xml" | tee "$WORK/bare.txt" >&2
BARE="$(tail -1 "$WORK/bare.txt" 2>/dev/null || true)"

say "3/3 the platform ($PLATFORM_JAR on $PLATFORM_DB, -Xmx$HEAP, port $PORT; log in $WORK/platform.log)"
# The demo profile brings the food licence, the SCJGJ staff and the demo enterprise; postgres points it at
# tongban_bench. The per-address limits on submissions, queries and log-ins (R12.4) are lifted: all clients come
# from this one address, and the limits are not what is measured.
TONGBAN_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PLATFORM_DB" TONGBAN_DB_USER="$PGUSER" \
	java -Xmx"$HEAP" -jar "$PLATFORM_JAR" --spring.profiles.active=demo,postgres --server.port="$PORT" \
	--tongban.storage.directory="$WORK/files" --tongban.application.query-per-minute=1000000 \
	--tongban.application.submissions-per-minute=1000000 --tongban.identity.attempts-per-minute=1000 \
	> "$WORK/platform.log" 2>&1 &
PLATFORM_PID=$!
trap 'kill "$PLATFORM_PID" 2>/dev/null || true; wait "$PLATFORM_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
	if curl -fs "http://localhost:$PORT/actuator/health" > /dev/null; then break; fi
	if ! kill -0 "$PLATFORM_PID" 2>/dev/null; then tail -50 "$WORK/platform.log" >&2; exit 1; fi
	sleep 1
done
curl -fs "http://localhost:$PORT/actuator/health" > /dev/null || { echo "The platform did not start" >&2; exit 1; }

if [[ "${DASHBOARDS:-}" == only ]]; then
	java -cp "$CP" org.tongban.bench.Dashboards --url="http://localhost:$PORT" --rounds="${ROUNDS:-20}" \
		--label="${LABEL:-}" | tee "$WORK/table.txt"
	exit 0
fi
java -Xmx512m -cp "$CP" org.tongban.bench.LoadDriver --url="http://localhost:$PORT" --clients="$CLIENTS" \
	--seconds="$SECONDS_EACH" --bare="$BARE" --pgbench="$PGBENCH_RESULT" --label="${LABEL:-}" \
	--applicants-only="${APPLICANTS_ONLY:-false}" --bundle-clients="${BUNDLE_CLIENTS:-0}" \
	--automatic-clients="${AUTOMATIC_CLIENTS:-0}" | tee "$WORK/table.txt"
