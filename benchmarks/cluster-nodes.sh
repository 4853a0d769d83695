# Two platform nodes on one PostgreSQL database behind HAProxy on this machine (issue 21, R14.1), for cluster.sh and
# fault test (e). Set before sourcing: ROOT, WORK, PLATFORM_JAR, DB (a database made afresh), HEAP; optional
# BALANCER_PORT (18180), NODE_PORTS (18181 18182), NODE_ARGS (more arguments for both nodes). Gives start_node,
# start_cluster, ready and NODE_PID[1..2]; stop_cluster stops everything it started.
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
BALANCER_PORT="${BALANCER_PORT:-18180}"
NODE_PORTS=(${NODE_PORTS:-18181 18182})
declare -a NODE_PID
BALANCER_PID=

ready() { # port [seconds]
	for _ in $(seq 1 "${2:-${READY_SECONDS:-300}}"); do
		curl -fs "http://localhost:$1/actuator/health/readiness" > /dev/null && return 0
		sleep 1
	done
	echo "nothing ready on port $1 (see $WORK)" >&2
	return 1
}

# As run.sh: the demo profile brings the accounts the drivers log in as; the per-address limits are lifted, all
# clients coming from one address. Both nodes share one file directory, standing in for the object store.
start_node() { # number (1 or 2)
	local port=${NODE_PORTS[$(($1 - 1))]}
	TONGBAN_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" TONGBAN_DB_USER="$PGUSER" \
		java -Xmx"$HEAP" -jar "$PLATFORM_JAR" --spring.profiles.active=demo,postgres --server.port="$port" \
		--tongban.storage.directory="$WORK/files" --tongban.application.query-per-minute=1000000 \
		--tongban.application.submissions-per-minute=1000000 --tongban.identity.attempts-per-minute=100000 \
		${NODE_ARGS:-} >> "$WORK/node-$1.log" 2>&1 &
	NODE_PID[$1]=$!
}

# Node 1 migrates the fresh database; node 2 starts on it once it is ready; then the balancer.
start_cluster() {
	dropdb --if-exists "$DB" && createdb "$DB"
	start_node 1 && ready "${NODE_PORTS[0]}"
	start_node 2 && ready "${NODE_PORTS[1]}"
	cat > "$WORK/haproxy.cfg" <<CFG
global
    maxconn 1024
defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 180s
    # A connection a dead node refuses is tried on the other; a request already sent to a node killed under it is
    # not resent (it may have taken effect): the client sees the failure and retries with its idempotency key.
    retries 2
    option redispatch
frontend public
    bind 127.0.0.1:$BALANCER_PORT
    http-request del-header X-Forwarded-For
    option forwardfor
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server check inter 1s fall 1 rise 2
    server node1 127.0.0.1:${NODE_PORTS[0]}
    server node2 127.0.0.1:${NODE_PORTS[1]}
CFG
	haproxy -c -q -f "$WORK/haproxy.cfg"
	haproxy -f "$WORK/haproxy.cfg" > "$WORK/haproxy.log" 2>&1 &
	BALANCER_PID=$!
	ready "$BALANCER_PORT"
}

stop_cluster() {
	for pid in "${NODE_PID[@]}" $BALANCER_PID; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
}
