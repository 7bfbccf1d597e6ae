# Shared by the scripts in this folder (sourced, not run): the production jar, starting and stopping
# Transdesk nodes in the background, waiting for them. Nodes log to $WORK/<name>.log.

JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PG_PORT=${TRANSDESK_PG_PORT:-55432}
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
export PGPASSWORD=transdesk
NODE_PIDS=()

# The production jar, copied to $WORK so that a later `./mvnw package` cannot replace it under a running node.
# TRANSDESK_JAR=path uses that jar instead. Otherwise the jar is built once per source state: in a copy of
# the work tree (target/production-build), so the production profile never touches this tree's target/
# classes that the tests use, and kept as target/production-jar/transdesk-<commit>[-<diff hash>].jar for
# the next script. TRANSDESK_MVN_ARGS adds Maven arguments (e.g. -o).
production_jar() {
  if [ -n "${TRANSDESK_JAR:-}" ]; then
    cp "$TRANSDESK_JAR" "$WORK/transdesk.jar"
    return
  fi
  local key cached
  key=$(git rev-parse --short=12 HEAD)
  if [ -n "$(git status --porcelain -- pom.xml src/main frontend/styles)" ]; then
    key+="-$( (git diff HEAD -- pom.xml src/main frontend/styles; git ls-files --others --exclude-standard -- src/main frontend/styles | xargs -r cat) | sha1sum | cut -c1-8)"
  fi
  cached=$PWD/target/production-jar/transdesk-$key.jar
  if [ -f "$cached" ]; then
    echo "== production jar of $key already built ($cached)"
  else
    echo "== building the production jar of $key (nice ./mvnw -Pproduction package, in target/production-build)"
    local build=$PWD/target/production-build
    mkdir -p "$build" "$(dirname "$cached")"
    rm -rf "$build/src"
    git ls-files -z --cached --others --exclude-standard -- . ':!target' \
      | while IFS= read -r -d '' f; do [ -e "$f" ] && printf '%s\0' "$f"; done | tar --null -T - -cf - | tar -xf - -C "$build"
    (cd "$build" && nice ./mvnw ${TRANSDESK_MVN_ARGS:-} -q -Pproduction package -Dmaven.test.skip=true) >"$WORK/build.log" 2>&1 \
      || { tail -30 "$WORK/build.log"; exit 1; }
    cp "$build"/target/transdesk-*.jar "$cached"
  fi
  cp "$cached" "$WORK/transdesk.jar"
}

# How a node's JVM runs on a shared 2-core test machine: at low priority, with a small heap and the
# quick JIT (starts in about half the time; these nodes serve tests, not load). TRANSDESK_NODE_JVM overrides.
NODE_JVM=(${TRANSDESK_NODE_JVM:--Xms64m -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1})

# start_node NAME PORT [extra java/app arguments...]: java options first (-D...), then --app.options
start_node() {
  local name=$1 port=$2; shift 2
  local jvm=() app=()
  for a in "$@"; do case $a in -D*|-X*) jvm+=("$a") ;; *) app+=("$a") ;; esac; done
  nice "$JAVA" "${NODE_JVM[@]}" "${jvm[@]}" -jar "$WORK/transdesk.jar" --server.port="$port" "${app[@]}" >"$WORK/$name.log" 2>&1 &
  NODE_PIDS+=($!)
  eval "PID_${name//-/_}=$!"
}

# wait_node NAME PORT [seconds]: until the node answers 200 on /login; fails at once if it exited
wait_node() {
  local name=$1 port=$2 limit=${3:-300} i
  local pid_var="PID_${name//-/_}"
  for ((i = 0; i < limit; i++)); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login")" = 200 ] && return 0
    if ! kill -0 "${!pid_var}" 2>/dev/null; then
      echo "node $name exited during start-up; the end of $WORK/$name.log:" >&2
      grep -E "ERROR|Caused by" "$WORK/$name.log" | tail -5 >&2
      return 1
    fi
    sleep 1
  done
  echo "node $name gave no answer on port $port within ${limit}s" >&2
  return 1
}

stop_node() {
  local pid_var="PID_${1//-/_}"
  local pid=${!pid_var:-}
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    wait "$pid" 2>/dev/null || true
  fi
}

stop_all_nodes() {
  local pid
  for pid in "${NODE_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${NODE_PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  NODE_PIDS=()
}

# a fresh PostgreSQL database on the test cluster (scripts/test-postgres.sh)
fresh_pg_database() {
  bash scripts/test-postgres.sh start >/dev/null
  "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U transdesk -d transdesk_test -c "drop database if exists $1 with (force)" -c "create database $1" >/dev/null
}

pg_url() { echo "jdbc:postgresql://127.0.0.1:$PG_PORT/$1"; }

psql_value() { "$PG_BIN/psql" -qtA -h 127.0.0.1 -p "$PG_PORT" -U transdesk -d "$1" -c "$2"; }
