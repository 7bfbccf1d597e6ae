#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests and the scripts in this folder: Debian's PostgreSQL,
# listening on 127.0.0.1 only, port $TRANSDESK_PG_PORT (55432 unless set), role "transdesk" with
# password "transdesk", database "transdesk_test". No Docker. Tuned for speed, not durability
# (fsync off): never keep data you care about in it.
#
#   bash scripts/test-postgres.sh start    # start it (creates it on first use); no-op when it is up
#   bash scripts/test-postgres.sh stop     # stop it
#   bash scripts/test-postgres.sh status   # exit 0 when it accepts connections
#   bash scripts/test-postgres.sh psql ... # psql into transdesk_test
set -euo pipefail

PORT=${TRANSDESK_PG_PORT:-55432}
DATA=${TRANSDESK_PG_DATA:-/tmp/transdesk-pg-$PORT}
BIN=${TRANSDESK_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
PASSWORD=transdesk

if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  echo "PostgreSQL server binaries not found (/usr/lib/postgresql/<version>/bin): apt-get install -y postgresql" >&2
  exit 1
fi

# PostgreSQL refuses to run as root: as root, run the server as the 'postgres' user Debian's package creates
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ready() { "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; }

psql_admin() { as_owner "$BIN/psql" -q -h "$DATA" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }

start() {
  if ready; then
    echo "PostgreSQL already accepting connections on 127.0.0.1:$PORT"
    return 0
  fi
  if [ ! -f "$DATA/PG_VERSION" ]; then
    mkdir -p "$DATA"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DATA"
    chmod 700 "$DATA"
    echo "$PASSWORD" > "$DATA.pw"
    [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DATA.pw"
    as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --pwfile="$DATA.pw" -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$DATA.pw"
  fi
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
  if ! psql_admin -tAc "select 1 from pg_roles where rolname = 'transdesk'" | grep -q 1; then
    psql_admin -c "create role transdesk login password '$PASSWORD' createdb"
  fi
  if ! psql_admin -tAc "select 1 from pg_database where datname = 'transdesk_test'" | grep -q 1; then
    psql_admin -c "create database transdesk_test owner transdesk"
  fi
  echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (data $DATA): jdbc:postgresql://127.0.0.1:$PORT/transdesk_test, user transdesk, password $PASSWORD"
}

stop() {
  if [ -f "$DATA/postmaster.pid" ]; then
    as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
    echo "PostgreSQL on 127.0.0.1:$PORT stopped"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) ready ;;
  psql) shift; PGPASSWORD=$PASSWORD "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U transdesk -d transdesk_test "$@" ;;
  *) echo "usage: $0 start|stop|status|psql [args]" >&2; exit 2 ;;
esac
