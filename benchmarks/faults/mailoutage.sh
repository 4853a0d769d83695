#!/usr/bin/env bash
# Fault test (c): the mail server is down for OUTAGE seconds (120 by default) while the clerk accepts cases, whose
# ACCEPTED notices go by e-mail; afterwards every e-mail notice must be SENT and received, none lost.
# The sink is benchmarks/faults/smtpsink.py on SMTP_PORT (2525); the outbox is made to retry quickly.
source "$(dirname "$0")/common.sh"
SMTP_PORT=${SMTP_PORT:-2525}
OUT=$WORK/mail-submissions.jsonl
RECEIVED=$WORK/mail-received.jsonl
rm -f "$OUT" "$RECEIVED"
start_sink() {
	python3 "$ROOT/benchmarks/faults/smtpsink.py" --port "$SMTP_PORT" --out "$RECEIVED" &
	echo $! >"$WORK/sink.pid"
}
fresh_database
start_sink
start_platform --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" \
	--tongban.notification.poll-interval=5s --tongban.notification.first-retry=10s \
	--tongban.notification.max-retry=30s --tongban.notification.max-attempts=30
wait_ready || exit 2
# The demo enterprise gives its e-mail address on /my/notifications (a page: log in with the form, then post it).
JAR_COOKIES=$WORK/cookies.txt
rm -f "$JAR_COOKIES"
csrf() { curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | cut -d'"' -f4; }
curl -s -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE/login" \
	--data-urlencode "_csrf=$(csrf /login)" --data-urlencode username=91210202MA0Q5K7D3U \
	--data-urlencode 'password=Tongban#2026'
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$BASE/my/notifications/email" \
	--data-urlencode "_csrf=$(csrf /my/notifications)" --data-urlencode email=owner@restaurant.example)
check "the applicant gave an e-mail address (answer $STATUS)" [ "$STATUS" = 302 ]
python3 "$ROOT/benchmarks/faults/submitload.py" load --base "$BASE" --out "$OUT" --seconds "${LOAD_SECONDS:-30}" \
	--workers 2 2>"$WORK/mail-load.err"
sleep 5
python3 "$ROOT/benchmarks/faults/mailoutage.py" --base "$BASE" --submissions "$OUT" --received "$RECEIVED" \
	--psql "psql -h 127.0.0.1 -U postgres -d $DB" --outage "${OUTAGE:-120}" \
	--stop "kill \$(cat $WORK/sink.pid)" \
	--start "python3 $ROOT/benchmarks/faults/smtpsink.py --port $SMTP_PORT --out $RECEIVED >/dev/null 2>&1 & echo \$! >$WORK/sink.pid" | tee "$WORK/mail-check.txt"
RESULT=${PIPESTATUS[0]}
stop_platform
kill "$(cat "$WORK/sink.pid")" 2>/dev/null
check "every e-mail notice delivered after the outage (see above)" [ "$RESULT" -eq 0 ]
summary
