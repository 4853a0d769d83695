#!/usr/bin/env bash
# Fault test (a): kill -9 the platform every $KILL_EVERY seconds during a submission load, restart it, then check
# that every submission answered 2xx exists exactly once with its materials intact, and every submission retried
# after an unknown outcome ended exactly once. Usage: benchmarks/faults/kill9.sh [load seconds, default 120]
source "$(dirname "$0")/common.sh"
SECONDS_OF_LOAD=${1:-120}
KILL_EVERY=${KILL_EVERY:-20}
OUT=$WORK/kill9-submissions.jsonl
rm -f "$OUT"
fresh_database
start_platform
wait_ready || exit 2
python3 "$ROOT/benchmarks/faults/submitload.py" load --base "$BASE" --out "$OUT" --seconds "$SECONDS_OF_LOAD" \
	--workers "${WORKERS:-4}" &
LOAD=$!
KILLS=0
END=$(($(date +%s) + SECONDS_OF_LOAD))
while [ "$(date +%s)" -lt "$END" ]; do
	sleep "$KILL_EVERY"
	kill -9 "$PLATFORM_PID" && KILLS=$((KILLS + 1)) && echo "kill -9 #$KILLS at $(date -u +%T)"
	wait "$PLATFORM_PID" 2>/dev/null
	start_platform
	wait_ready || echo "not ready again after kill #$KILLS"
done
wait $LOAD
echo "killed $KILLS times"
check "the platform was killed at least once" [ "$KILLS" -gt 0 ]
# Cases and clocks are made from the submission's event after its commit: give a restarted node time to finish them.
sleep 20
python3 "$ROOT/benchmarks/faults/submitload.py" verify --base "$BASE" --out "$OUT" \
	--psql "psql -h 127.0.0.1 -U postgres -d $DB" | tee "$WORK/kill9-verify.txt"
VERIFY=${PIPESTATUS[0]}
stop_platform
check "every submission checked (see above)" [ "$VERIFY" -eq 0 ]
tail -1 "$WORK/kill9-verify.txt" | sed 's/^/details: /'
summary
