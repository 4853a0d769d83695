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
DB=tongban_cluster
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

source "$ROOT/benchmarks/cluster-nodes.sh"
trap stop_cluster EXIT
say "node 1 (port ${NODE_PORTS[0]}), then node 2 (port ${NODE_PORTS[1]}), on $DB; HAProxy on port $BALANCER_PORT"
start_cluster

say "the load: $CLIENTS clients, ${SECONDS_EACH}s, through the balancer"
java -Xmx512m -cp "$CP" org.tongban.bench.LoadDriver --url="http://localhost:$BALANCER_PORT" \
	--nodes="http://localhost:${NODE_PORTS[0]},http://localhost:${NODE_PORTS[1]}" --clients="$CLIENTS" \
	--seconds="$SECONDS_EACH" --engine-db=none --label="${LABEL:-two nodes behind HAProxy}" | tee "$WORK/table.txt"
