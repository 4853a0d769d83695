#!/usr/bin/env bash
# Issue 15, item 8: how long the deadline-warning scan takes over the open cases of a database loaded by load.sh
# (50,000 open cases among 1,050,000 applications). The platform is started twice on DB:
#   1. once without scanning, so that it dates every running clock (it does at start-up) and stops;
#   2. then the warnings and rungs every earlier scan would have raised (all due days before today) are written, as on a
#      platform that has been scanning every day, and the platform is started with a scan every SCAN_EVERY; after
#      SCANS scans, the scan's own timer (tongban_supervision_warning_scan_seconds on /actuator/prometheus) gives
#      the time of one scan, the first one (which raises today's warnings) included; the escalation ladder's timer
#      (tongban_supervision_escalation_scan_seconds) likewise, the rungs of earlier days written first too.
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

platform() { # scan-every, log
	TONGBAN_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB java -Xmx512m -jar "$JAR" --spring.profiles.active=demo,postgres \
		--server.port="$PORT" --tongban.storage.directory="$WORK/files" \
		--tongban.supervision.warnings.scan-every="$1" >"$WORK/$2" 2>&1 &
	PID=$!
	for _ in $(seq 300); do
		[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness")" = 200 ] && return 0
		sleep 1
	done
	echo "the platform did not start: $WORK/$2" >&2
	kill "$PID"
	exit 1
}

metric() { # name{labels} -> value, 0 when absent
	curl -s "http://127.0.0.1:$PORT/actuator/prometheus" | awk -v m="$1" 'index($0, m) == 1 { print $NF; f = 1 } END { if (!f) print 0 }' | head -1
}

echo "1/2 dating the running clocks of $DB (the platform dates them at start-up)"
platform 24h dating.log
kill "$PID"; wait "$PID" || true

echo "2/2 the warnings of earlier days, then $SCANS scans, one every $SCAN_EVERY"
$PSQL -q <<'SQL'
delete from supervision_warning where raised_at >= current_date - 1;
delete from supervision_escalation where escalated_at >= current_date - 1;
insert into supervision_warning (case_id, step_seq_no, level, step, due_on, raised_at)
select c.case_id, -1, l.level, null, c.due_on, c.due_on - 1
from supervision_clock c cross join (values ('YELLOW'), ('RED')) as l(level)
where c.stopped_at is null and c.due_on < current_date - 1
on conflict do nothing;
insert into supervision_warning (case_id, step_seq_no, level, step, due_on, raised_at)
select s.case_id, s.seq_no, l.level, s.step, s.due_on, s.due_on - 1
from supervision_clock_step s cross join (values ('YELLOW'), ('RED')) as l(level)
where s.finished_at is null and s.due_on < current_date - 1
on conflict do nothing;
insert into supervision_escalation (case_id, rung, due_on, escalated_on, escalated_at)
select c.case_id, r.rung, c.due_on, c.due_on + r.days, c.due_on + r.days
from supervision_clock c cross join (values ('DEPARTMENT_HEAD', 3), ('SUPERVISION_OFFICE', 6)) as r(rung, days)
where c.stopped_at is null and c.due_on < current_date - 8
on conflict do nothing;
SQL
platform "$SCAN_EVERY" scan.log
until awk -v n="$(metric 'tongban_supervision_warning_scan_seconds_count')" -v want="$SCANS" 'BEGIN { exit !(n >= want) }'; do
	sleep 2
done
COUNT=$(metric 'tongban_supervision_warning_scan_seconds_count')
SUM=$(metric 'tongban_supervision_warning_scan_seconds_sum')
MAX=$(metric 'tongban_supervision_warning_scan_seconds_max')
CLIMBS=$(metric 'tongban_supervision_escalation_scan_seconds_count')
CLIMB_SUM=$(metric 'tongban_supervision_escalation_scan_seconds_sum')
CLIMB_MAX=$(metric 'tongban_supervision_escalation_scan_seconds_max')
kill "$PID"; wait "$PID" || true

APPLICATIONS=$($PSQL -Atc "select count(*) from application_application")
OPEN=$($PSQL -Atc "select count(*) from supervision_clock where stopped_at is null")
STEPS=$($PSQL -Atc "select count(*) from supervision_clock_step where finished_at is null")
RAISED=$($PSQL -Atc "select count(*) from supervision_warning where raised_at::date >= current_date - 1")
CLIMBED=$($PSQL -Atc "select count(*) from supervision_escalation where escalated_at::date >= current_date - 1")
{
	printf '| measure | value |\n|---|---|\n'
	printf '| applications in the database | %s |\n' "$APPLICATIONS"
	printf '| running case clocks / open step clocks | %s / %s |\n' "$OPEN" "$STEPS"
	printf '| warnings raised by these scans (today'"'"'s) | %s |\n' "$RAISED"
	printf '| scans | %s |\n' "$COUNT"
	printf '| mean scan (s) | %s |\n' "$(awk -v s="$SUM" -v c="$COUNT" 'BEGIN { printf "%.3f", s / c }')"
	printf '| slowest scan (s) | %s |\n' "$MAX"
	printf '| escalation scans; rungs recorded by them | %s; %s |\n' "$CLIMBS" "$CLIMBED"
	printf '| mean / slowest escalation scan (s) | %s / %s |\n' \
		"$(awk -v s="$CLIMB_SUM" -v c="$CLIMBS" 'BEGIN { printf "%.3f", c ? s / c : 0 }')" "$CLIMB_MAX"
} | tee "$WORK/scan-table.md"
