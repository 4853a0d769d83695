#!/usr/bin/env bash
# Fault test (d): RabbitMQ stopped (rabbitmqctl stop_app) for DOWN seconds (120, the two minutes of issue 19, by default) in the middle of a
# submission load, then started again (start_app). The platform runs with the postgres profile, so it publishes its
# events to RabbitMQ from the outbox. Passes when every submission answered 2xx has its application.submitted event
# on the observer's durable queue under exactly one message id, and the outbox has nothing left unsent
# (brokeroutage.py). Usage: benchmarks/faults/rabbitmq.sh
# This stops the machine's RabbitMQ application for DOWN seconds: every other client of it is cut meanwhile.
source "$(dirname "$0")/common.sh"
OUT=$WORK/rabbitmq-submissions.jsonl
EVENTS=$WORK/rabbitmq-events.jsonl
QUEUE=${QUEUE:-tongban.faults.submitted}
rm -f "$OUT" "$EVENTS"
# The RabbitMQ client for the observer, from the platform's own jar (its ConnectionFactory loads netty classes).
[ -n "$JAR" ] || { echo "no jar: run ./mvnw -o -q package -DskipTests first"; exit 2; }
rm -rf "$WORK/amqp-lib" && mkdir -p "$WORK/amqp-lib"
unzip -q -o -j "$JAR" 'BOOT-INF/lib/amqp-client-*.jar' 'BOOT-INF/lib/slf4j-api-*.jar' 'BOOT-INF/lib/netty-*.jar' -d "$WORK/amqp-lib"
observer() { java -cp "$WORK/amqp-lib/*" "$ROOT/benchmarks/faults/EventQueue.java" "$@"; }
if ! rabbitmq-diagnostics -q ping >/dev/null 2>&1; then
	rabbitmq-server -detached
	until rabbitmq-diagnostics -q ping >/dev/null 2>&1; do sleep 1; done
fi
observer declare "$QUEUE" application.submitted || exit 2
fresh_database
start_platform --tongban.events.relay-every=500ms
wait_ready || exit 2
python3 "$ROOT/benchmarks/faults/submitload.py" load --base "$BASE" --out "$OUT" --seconds "${LOAD_SECONDS:-180}" \
	--workers "${WORKERS:-2}" 2>"$WORK/rabbitmq-load.err" &
LOAD=$!
sleep "${BEFORE:-20}"
echo "stopping RabbitMQ at $(date -u +%T) for ${DOWN:-120} s"
rabbitmqctl -q stop_app
sleep "${DOWN:-120}"
rabbitmqctl -q start_app
echo "RabbitMQ started again at $(date -u +%T)"
wait $LOAD
# Every event sent within 120 s of the load's end.
UNSENT=
for _ in $(seq 1 120); do
	UNSENT=$($PSQL -Atc "select count(*) from exchange_event_outbox where sent_at is null")
	[ "$UNSENT" = 0 ] && break
	sleep 1
done
check "the outbox emptied after the broker came back ($UNSENT left)" [ "$UNSENT" = 0 ]
observer drain "$QUEUE" "$EVENTS"
python3 "$ROOT/benchmarks/faults/brokeroutage.py" --submissions "$OUT" --events "$EVENTS" --psql "$PSQL" \
	| tee "$WORK/rabbitmq-verify.txt"
VERIFY=${PIPESTATUS[0]}
stop_platform
check "every submission's event reached the queue exactly once (see above)" [ "$VERIFY" -eq 0 ]
summary
