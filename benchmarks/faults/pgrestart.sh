#!/usr/bin/env bash
# Fault test (b): stop PostgreSQL at once (pg_ctlcluster ... -m immediate) in the middle of a submission load, keep
# it down DOWN seconds (45 by default, several times the 10 s a request waits for a pooled connection; a plain
# "restart -m immediate" is down too briefly to ask anything), start it.
# Passes when the platform answered nothing but 503 meanwhile (the probes' reads and the load's requests alike),
# answers again without a restart of its own, and every submission answered 2xx exists exactly once with its
# materials. Usage: benchmarks/faults/pgrestart.sh
source "$(dirname "$0")/common.sh"
OUT=$WORK/pgrestart-submissions.jsonl
rm -f "$OUT"
fresh_database
start_platform
wait_ready || exit 2
python3 "$ROOT/benchmarks/faults/submitload.py" load --base "$BASE" --out "$OUT" --seconds "${LOAD_SECONDS:-90}" \
	--workers "${WORKERS:-2}" 2>"$WORK/pgrestart-load.err" &
LOAD=$!
sleep 10
python3 "$ROOT/benchmarks/faults/pgoutage.py" --base "$BASE" --pgver "$PGVER" --down "${DOWN:-45}" \
	--pid "$PLATFORM_PID" | tee "$WORK/pgrestart-probe.txt"
PROBE=${PIPESTATUS[0]}
wait $LOAD
sleep 10
python3 "$ROOT/benchmarks/faults/submitload.py" verify --base "$BASE" --out "$OUT" \
	--psql "psql -h 127.0.0.1 -U postgres -d $DB" | tee "$WORK/pgrestart-verify.txt"
VERIFY=${PIPESTATUS[0]}
FIVE_HUNDREDS=$(grep -c ' 500 ' "$WORK/pgrestart-load.err" || true)
echo "submission requests answered 500 during the outage: $FIVE_HUNDREDS"
stop_platform
check "the platform's answers while PostgreSQL was down and after (see above)" [ "$PROBE" -eq 0 ]
check "no submission request answered 500 (an outage is 503)" [ "$FIVE_HUNDREDS" -eq 0 ]
check "every submission checked (see above)" [ "$VERIFY" -eq 0 ]
summary
