#!/usr/bin/env bash
# Two platform nodes on one PostgreSQL database behind HAProxy on this machine, and the load driver through the
# balancer (issue 21, R14.1). On a 2-core machine the point of two nodes is correctness (sessions, limits, scheduled
# work and files shared through the database and the store), not speed: the table gives each node's CPU and the CPU
# per full life cycle of the two together, to set beside benchmarks/run.sh's one node.
#
#   benchmarks/cluster.sh                # 8 clients, 60 s; CLIENTS, DURATION, HEAP, LABEL as for run.sh
#
# Needs haproxy (apt-get install haproxy). The nodes share one file directory, standing in for the object store on
# one machine. Logs, the balancer's configuration and the table are in benchmarks/target/cluster.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CLIENTS="${CLIENTS:-8}"
SECONDS_EACH="${DURATION:-60}"
HEAP="${HEAP:-512m}"
BALANCER_PORT="${BALANCER_PORT:-18180}"
NODE_PORTS=(18181 18182)
DB=tongban_cluster
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
WORK="$ROOT/benchmarks/target/cluster"

say() { printf '\n== %s\n' "$*" >&2; }
command -v haproxy > /dev/null || { echo "haproxy is missing: apt-get install haproxy" >&2; exit 1; }

say "Building the driver and the platform"
cd "$ROOT"
./mvnw -q -f benchmarks/pom.xml compile
if [[ -z "${PLATFORM_JAR:-}" ]]; then
	./mvnw -q -DskipTests package
	PLATFORM_JAR="$(ls "$ROOT"/target/tongban-*.jar | grep -v plain | head -1)"
fi
CP="$ROOT/benchmarks/target/classes:$(cat "$ROOT/benchmarks/target/classpath.txt")"
rm -rf "$WORK" && mkdir -p "$WORK"
dropdb --if-exists "$DB" && createdb "$DB"

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

ready() { # port
	for _ in $(seq 1 "${READY_SECONDS:-300}"); do
		curl -fs "http://localhost:$1/actuator/health/readiness" > /dev/null && return 0
		sleep 1
	done
	echo "the node on port $1 did not start (see $WORK)" >&2
	return 1
}

# As run.sh: the demo profile brings the accounts the driver logs in as; the per-address limits are lifted, all
# clients coming from one address.
start_node() { # number port
	TONGBAN_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" TONGBAN_DB_USER="$PGUSER" \
		java -Xmx"$HEAP" -jar "$PLATFORM_JAR" --spring.profiles.active=demo,postgres --server.port="$2" \
		--tongban.storage.directory="$WORK/files" --tongban.application.query-per-minute=1000000 \
		--tongban.application.submissions-per-minute=1000000 --tongban.identity.attempts-per-minute=1000 \
		> "$WORK/node-$1.log" 2>&1 &
	PIDS+=($!)
}

# The first node migrates the database; the second starts on it once it is ready.
say "node 1 (port ${NODE_PORTS[0]}), then node 2 (port ${NODE_PORTS[1]}), on $DB"
start_node 1 "${NODE_PORTS[0]}" && ready "${NODE_PORTS[0]}"
start_node 2 "${NODE_PORTS[1]}" && ready "${NODE_PORTS[1]}"

say "HAProxy on port $BALANCER_PORT, round-robin over the two (deploy/haproxy/haproxy.cfg without TLS)"
cat > "$WORK/haproxy.cfg" <<CFG
global
    maxconn 1024
defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 180s
frontend public
    bind 127.0.0.1:$BALANCER_PORT
    http-request del-header X-Forwarded-For
    option forwardfor
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server check inter 2s fall 2 rise 2
    server node1 127.0.0.1:${NODE_PORTS[0]}
    server node2 127.0.0.1:${NODE_PORTS[1]}
CFG
haproxy -c -q -f "$WORK/haproxy.cfg"
haproxy -f "$WORK/haproxy.cfg" > "$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
ready "$BALANCER_PORT"

say "the load: $CLIENTS clients, ${SECONDS_EACH}s, through the balancer"
java -Xmx512m -cp "$CP" org.tongban.bench.LoadDriver --url="http://localhost:$BALANCER_PORT" \
	--nodes="http://localhost:${NODE_PORTS[0]},http://localhost:${NODE_PORTS[1]}" --clients="$CLIENTS" \
	--seconds="$SECONDS_EACH" --engine-db=none --label="${LABEL:-two nodes behind HAProxy}" | tee "$WORK/table.txt"
