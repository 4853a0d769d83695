#!/usr/bin/env bash
# Fault test (e) (issue 21, R14.1): two nodes on one database behind HAProxy; during a load of submissions and of
# whole life cycles through the balancer, kill -9 one node every $KILL_EVERY seconds (the two in turn) and restart it.
# Then check: every submission answered 2xx exists exactly once with its materials intact (submitload.py verify);
# every granted case has exactly one decision document, one licence and no notice twice; no timer job died; no
# warning raised twice; an applicant logged in before the first kill stays logged in through every kill.
# Usage: benchmarks/faults/nodekill.sh [load seconds, default 300]; needs haproxy and a built jar (JAR=…).
source "$(dirname "$0")/common.sh"
SECONDS_OF_LOAD=${1:-300}
KILL_EVERY=${KILL_EVERY:-30}
DB=tongban_faults_cluster
PSQL="psql -h 127.0.0.1 -U postgres -d $DB"
PLATFORM_JAR=$JAR
HEAP=${HEAP:-512m}
WORK=$WORK/nodekill
rm -rf "$WORK" && mkdir -p "$WORK"
source "$ROOT/benchmarks/cluster-nodes.sh"
trap stop_cluster EXIT
BALANCER=http://127.0.0.1:$BALANCER_PORT
OUT=$WORK/submissions.jsonl
(cd "$ROOT" && ./mvnw -q -o -f benchmarks/pom.xml compile) || exit 2
CP="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"

start_cluster || exit 2

# The applicant's token from before the first kill: sessions and tokens are in the database, not in a node.
TOKEN=$(curl -fs -X POST "$BALANCER/api/v1/auth/login" -H 'Content-Type: application/json' \
	-d '{"username": "91210202MA0Q5K7D3U", "password": "Tongban#2026"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
[ -n "$TOKEN" ] || { echo "cannot log in through the balancer"; exit 2; }
still_logged_in() { [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$BALANCER/api/v1/me")" = 200 ]; }

python3 "$ROOT/benchmarks/faults/submitload.py" load --base "$BALANCER" --out "$OUT" --seconds "$SECONDS_OF_LOAD" \
	--workers "${WORKERS:-3}" 2> "$WORK/submitload.log" &
SUBMITS=$!
java -Xmx256m -cp "$CP" org.tongban.bench.LoadDriver --url="$BALANCER" --nodes="$BALANCER" --engine-db=none \
	--clients="${CYCLE_CLIENTS:-3}" --seconds="$SECONDS_OF_LOAD" --label="life cycles while nodes are killed" \
	> "$WORK/cycles.txt" 2>&1 &
CYCLES=$!

KILLS=0
SESSION_KEPT=0
END=$(($(date +%s) + SECONDS_OF_LOAD))
NEXT=$(($(date +%s) + KILL_EVERY))
# Every $KILL_EVERY seconds, or as soon as the node killed before is back: never both nodes down at once.
while [ "$NEXT" -lt "$((END - 10))" ]; do
	sleep $((NEXT > $(date +%s) ? NEXT - $(date +%s) : 0))
	node=$((KILLS % 2 + 1))
	NEXT=$(($(date +%s) + KILL_EVERY))
	kill -9 "${NODE_PID[$node]}" && KILLS=$((KILLS + 1)) && echo "kill -9 node $node (#$KILLS) at $(date -u +%T)"
	wait "${NODE_PID[$node]}" 2>/dev/null
	sleep 2
	still_logged_in && SESSION_KEPT=$((SESSION_KEPT + 1)) || echo "the applicant was logged out after kill #$KILLS"
	start_node "$node"
	ready "${NODE_PORTS[$((node - 1))]}" && echo "node $node back at $(date -u +%T)" ||
		echo "node $node not ready again after kill #$KILLS"
done
wait "$SUBMITS" "$CYCLES"
echo "killed $KILLS times"
grep -E '^\| (full life cycles|submissions)' "$WORK/cycles.txt" | sed 's/^/life-cycle driver: /'
check "a node was killed at least twice, each in turn" [ "$KILLS" -ge 2 ]
check "the applicant logged in before stayed logged in after each of the $KILLS kills" [ "$SESSION_KEPT" -eq "$KILLS" ]

# Cases, clocks, documents and notices are made from events after their commits: let the nodes finish them.
sleep 30
python3 "$ROOT/benchmarks/faults/submitload.py" verify --base "$BALANCER" --out "$OUT" --psql "$PSQL" \
	| tee "$WORK/verify.txt"
check "every acknowledged submission exactly once with its materials (see above)" [ "${PIPESTATUS[0]}" -eq 0 ]

granted=$($PSQL -Atc "select count(*) from approval_case where step = 'GRANTED'")
echo "granted cases: $granted"
check "some cases were granted during the kills" [ "$granted" -gt 0 ]
check "every granted case has exactly one decision document and one licence" [ "$($PSQL -Atc "
	select count(*) from approval_case c join application_application a on a.number = c.number
	where c.step = 'GRANTED' and (
		(select count(*) from application_document d where d.application_id = a.id and d.document_kind = 'GRANT_DECISION') <> 1
		or (select count(*) from application_document d where d.application_id = a.id and d.document_kind = 'LICENCE') <> 1)")" = 0 ]
check "no notice was written twice (account, channel, kind, link)" [ "$($PSQL -Atc "
	select count(*) from (select 1 from notification_outbox where link is not null
		group by account_id, channel, kind, link having count(*) > 1) twice")" = 0 ]
check "no timer or async job died (Flowable's dead-letter jobs)" [ "$($PSQL -Atc "select count(*) from act_ru_deadletter_job")" = 0 ]
check "no warning was raised twice" [ "$($PSQL -Atc "
	select count(*) from (select 1 from supervision_warning group by case_id, step_seq_no, level having count(*) > 1) twice")" = 0 ]
stop_cluster
summary
