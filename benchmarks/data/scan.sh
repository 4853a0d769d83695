#!/usr/bin/env bash
# Issue 15, item 8: how long the deadline-warning scan and the escalation ladder take over the open cases of a database
# loaded by load.sh (50,000 open cases among 1,050,000 applications), on the platform's own timers
# (tongban_supervision_warning_scan_seconds and tongban_supervision_escalation_scan_seconds on /actuator/prometheus).
# The platform is started on DB with a scan every SCAN_EVERY; it dates the running clocks at start-up, then:
#   1. the first scan catches up: it raises every warning and rung due by today that no earlier scan raised (on a
#      freshly loaded database, all of them; each told to its people through the outbox);
#   2. once the outbox has delivered what the catch-up wrote, SCANS more scans are the steady state: what a scan
#      costs every SCAN_EVERY on a platform that has been scanning all along.
# Usage: benchmarks/data/scan.sh   (DB=tongban_scale, JAR=target/tongban-*.jar, SCANS=5, SCAN_EVERY=10s)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DB=${DB:-tongban_scale}
PORT=${PORT:-8092}
SCANS=${SCANS:-5}
SCAN_EVERY=${SCAN_EVERY:-10s}
WORK=${WORK:-/tmp/tongban-scan}
JAR=${JAR:-$(ls "$ROOT"/target/tongban-*.jar | grep -v original | head -1)}
PSQL="psql -h 127.0.0.1 -U postgres -d $DB -v ON_ERROR_STOP=1"
mkdir -p "$WORK"

metric() { # name -> value, 0 when absent
	curl -s "http://127.0.0.1:$PORT/actuator/prometheus" | awk -v m="$1" '$1 == m { print $2; f = 1 } END { if (!f) print 0 }' | head -1
}
at_least() { # number, wanted
	awk -v n="$1" -v want="$2" 'BEGIN { exit !(n >= want) }'
}
mean() { # sum1 count1 sum2 count2 -> (sum2 - sum1) / (count2 - count1)
	awk -v s1="$1" -v c1="$2" -v s2="$3" -v c2="$4" 'BEGIN { printf "%.3f", (c2 > c1) ? (s2 - s1) / (c2 - c1) : 0 }'
}
counts() { # warnings and rungs recorded so far
	$PSQL -Atc "select (select count(*) from supervision_warning) || ' ' || (select count(*) from supervision_escalation)"
}

read -r WARNINGS_BEFORE RUNGS_BEFORE <<<"$(counts)"
TONGBAN_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB java -Xmx512m -jar "$JAR" --spring.profiles.active=demo,postgres \
	--server.port="$PORT" --tongban.storage.directory="$WORK/files" \
	--tongban.supervision.warnings.scan-every="$SCAN_EVERY" >"$WORK/platform.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 300); do
	[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness")" = 200 ] && break
	sleep 1
done

echo "1/2 the first scan (catching up)"
until at_least "$(metric tongban_supervision_warning_scan_seconds_count)" 1 \
	&& at_least "$(metric tongban_supervision_escalation_scan_seconds_count)" 1; do sleep 2; done
FIRST_SCAN=$(metric tongban_supervision_warning_scan_seconds_sum)
FIRST_CLIMB=$(metric tongban_supervision_escalation_scan_seconds_sum)
read -r WARNINGS_AFTER RUNGS_AFTER <<<"$(counts)"
CAUGHT_UP="$((WARNINGS_AFTER - WARNINGS_BEFORE)) warnings, $((RUNGS_AFTER - RUNGS_BEFORE)) rungs"
until [ "$($PSQL -Atc "select count(*) from notification_outbox where status = 'PENDING'")" = 0 ]; do sleep 5; done

echo "2/2 $SCANS scans in the steady state"
C1=$(metric tongban_supervision_warning_scan_seconds_count); S1=$(metric tongban_supervision_warning_scan_seconds_sum)
E1=$(metric tongban_supervision_escalation_scan_seconds_count); T1=$(metric tongban_supervision_escalation_scan_seconds_sum)
until at_least "$(metric tongban_supervision_warning_scan_seconds_count)" "$(awk -v c="$C1" -v n="$SCANS" 'BEGIN { print c + n }')"; do
	sleep 2
done
C2=$(metric tongban_supervision_warning_scan_seconds_count); S2=$(metric tongban_supervision_warning_scan_seconds_sum)
E2=$(metric tongban_supervision_escalation_scan_seconds_count); T2=$(metric tongban_supervision_escalation_scan_seconds_sum)
MAX=$(metric tongban_supervision_warning_scan_seconds_max)

{
	printf '| measure | value |\n|---|---|\n'
	printf '| applications in the database | %s |\n' "$($PSQL -Atc "select count(*) from application_application")"
	printf '| running case clocks / open step clocks | %s / %s |\n' \
		"$($PSQL -Atc "select count(*) from supervision_clock where stopped_at is null")" \
		"$($PSQL -Atc "select count(*) from supervision_clock_step where finished_at is null")"
	printf '| first scan, catching up: warning scan / escalation (s) | %.3f / %.3f (raised %s) |\n' \
		"$FIRST_SCAN" "$FIRST_CLIMB" "$CAUGHT_UP"
	printf '| steady state: warning scans, mean (s) | %s (%s scans, slowest of the last minutes %.3f) |\n' \
		"$(mean "$S1" "$C1" "$S2" "$C2")" "$(awk -v a="$C1" -v b="$C2" 'BEGIN { print b - a }')" "$MAX"
	printf '| steady state: escalation scans, mean (s) | %s (%s scans) |\n' \
		"$(mean "$T1" "$E1" "$T2" "$E2")" "$(awk -v a="$E1" -v b="$E2" 'BEGIN { print b - a }')"
} | tee "$WORK/scan-table.md"
