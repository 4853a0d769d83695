# Shared by the fault scripts: one platform node from the built jar on a PostgreSQL database of its own.
# Environment: DB (tongban_faults), PORT (8090), WORK (a scratch directory), JAR (target/tongban-*.jar),
# READY_SECONDS (180: how long a start may take; more on a machine that is busy with something else).
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DB=${DB:-tongban_faults}
PORT=${PORT:-8090}
WORK=${WORK:-/tmp/tongban-faults}
JAR=${JAR:-$(ls "$ROOT"/target/tongban-*.jar 2>/dev/null | grep -v original | head -1)}
PSQL="psql -h 127.0.0.1 -U postgres -d $DB"
PGVER=${PGVER:-$(ls /etc/postgresql | head -1)}
BASE=http://127.0.0.1:$PORT
mkdir -p "$WORK"

PASSED=0
FAILED=0
check() { # check <description> <command...>: one pass/fail line
	local what=$1; shift
	if "$@"; then PASSED=$((PASSED + 1)); echo "PASS $what"; else FAILED=$((FAILED + 1)); echo "FAIL $what"; fi
}
summary() { echo "$PASSED passed, $FAILED failed"; [ "$FAILED" -eq 0 ]; }

fresh_database() {
	[ -n "$JAR" ] || { echo "no jar: run ./mvnw -o -q package -DskipTests first"; exit 2; }
	# A node left running by an earlier run would keep the old database: stop rather than test against it.
	psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qc "drop database if exists $DB" -c "create database $DB" ||
		{ echo "cannot recreate $DB: is a node of an earlier run still connected?"; exit 2; }
	rm -rf "$WORK/files"
}

# Extra arguments, e.g. --spring.mail.host=..., are passed to the platform. Its log goes to $WORK/platform.log.
start_platform() {
	TONGBAN_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB java -Xmx512m -jar "$JAR" \
		--spring.profiles.active=demo,postgres --server.port="$PORT" \
		--tongban.storage.directory="$WORK/files" \
		--tongban.application.submissions-per-minute=100000 --tongban.application.query-per-minute=100000 --tongban.identity.attempts-per-minute=100000 \
		"$@" >>"$WORK/platform.log" 2>&1 &
	PLATFORM_PID=$!
	echo "$PLATFORM_PID" >"$WORK/platform.pid"
	# However the script ends, the node it started does not outlive it.
	trap stop_platform EXIT
}

# Waits until the platform answers its readiness probe (at most $1 seconds, READY_SECONDS by default).
wait_ready() {
	local until=$(($(date +%s) + ${1:-${READY_SECONDS:-180}}))
	while [ "$(date +%s)" -lt "$until" ]; do
		[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ] && return 0
		kill -0 "$PLATFORM_PID" 2>/dev/null || { echo "platform exited, see $WORK/platform.log"; return 1; }
		sleep 1
	done
	return 1
}

stop_platform() {
	[ -n "${PLATFORM_PID:-}" ] && kill "$PLATFORM_PID" 2>/dev/null && wait "$PLATFORM_PID" 2>/dev/null
	PLATFORM_PID=
}
