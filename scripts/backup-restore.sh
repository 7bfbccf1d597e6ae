#!/usr/bin/env bash
# Backs up a Transdesk database and restores it into a new one, the way docs/deployment.md tells an
# operator to, and checks the restored copy: the same rows in every table that matters, and the
# production jar starts on it (Flyway accepts its schema history) without loading the samples again.
#
#   bash scripts/backup-restore.sh [h2|postgres|both]     (default both)
#
# H2: the node is stopped, then H2's Script tool writes a zipped SQL script (SCRIPT) and RunScript reads
# it into a new database file. PostgreSQL (scripts/test-postgres.sh's cluster on 127.0.0.1): pg_dump
# while the node runs, pg_restore into a new database. Builds the production jar unless TRANSDESK_JAR
# names one. Work files in target/backup-restore/.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$PWD/target/backup-restore
rm -rf "$WORK" && mkdir -p "$WORK"
source scripts/lib-nodes.sh
trap stop_all_nodes EXIT
WHICH=${1:-both}
PORT=${TRANSDESK_CHECK_PORT:-18181}
TABLES="app_user article paragraph draft approved_version audit_event tm_unit glossary_term glossary_rendering change_counter flyway_schema_history"
FAILED=0

h2_tool() { # h2_tool CLASS args...: H2's tools run from the jar itself (its BOOT-INF/lib holds H2)
  local tool=$1; shift
  "$JAVA" -cp "$WORK/transdesk.jar" -Dloader.main="org.h2.tools.$tool" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}

h2_counts() { # h2_counts URL: "table=rows" lines
  local t sql=""
  for t in $TABLES; do sql+="select '$t=' || count(*) from $t; "; done
  h2_tool Shell -url "$1" -user sa -password backup-check -sql "$sql" | grep '=' | grep -v "||" | sort
}

pg_counts() {
  local t
  for t in $TABLES; do echo "$t=$(psql_value "$1" "select count(*) from $t")"; done | sort
}

compare() { # compare LABEL BEFORE AFTER
  if [ "$2" = "$3" ]; then
    echo "   $1: same rows in every table ($(echo "$3" | tr '\n' ' '))"
  else
    echo "   $1: FAILED, rows differ:"; diff <(echo "$2") <(echo "$3") || true
    FAILED=1
  fi
}

start_and_check() { # start_and_check NAME URL: starts a node on the restored database, fails if it loads the samples again
  start_node "$1" "$PORT" --spring.profiles.active=demo --spring.datasource.url="$2" "${@:3}"
  wait_node "$1" "$PORT"
  if grep -q "Empty database: loaded" "$WORK/$1.log"; then
    echo "   $1: FAILED, the node found the restored database empty"; FAILED=1
  else
    echo "   $1: the jar starts on the restored database ($(grep -o 'Successfully validated [0-9]* migrations\|Schema .* is up to date[^"]*' "$WORK/$1.log" | head -1))"
  fi
  stop_node "$1"
}

production_jar

if [ "$WHICH" = h2 ] || [ "$WHICH" = both ]; then
  echo "== H2: stop the node, SCRIPT to a zip, RUNSCRIPT into a new database"
  H2=jdbc:h2:file:$WORK/h2/data/transdesk
  H2_CREDENTIALS=(--spring.datasource.username=sa --spring.datasource.password=backup-check)
  start_node h2-original "$PORT" --spring.profiles.active=demo --spring.datasource.url="$H2" "${H2_CREDENTIALS[@]}"
  wait_node h2-original "$PORT"
  stop_node h2-original
  BEFORE=$(h2_counts "$H2")
  h2_tool Script -url "$H2" -user sa -password backup-check -script "$WORK/h2/transdesk-backup.zip" -options compression zip
  RESTORED=jdbc:h2:file:$WORK/h2/restored/transdesk
  h2_tool RunScript -url "$RESTORED" -user sa -password backup-check -script "$WORK/h2/transdesk-backup.zip" -options compression zip
  compare "H2 restore" "$BEFORE" "$(h2_counts "$RESTORED")"
  start_and_check h2-restored "$RESTORED" "${H2_CREDENTIALS[@]}"
fi

if [ "$WHICH" = postgres ] || [ "$WHICH" = both ]; then
  echo "== PostgreSQL: pg_dump while the node runs, pg_restore into a new database"
  fresh_pg_database transdesk_backup_src
  PG_CREDENTIALS=(--spring.datasource.username=transdesk --spring.datasource.password=transdesk)
  start_node pg-original "$PORT" --spring.profiles.active=demo --spring.datasource.url="$(pg_url transdesk_backup_src)" "${PG_CREDENTIALS[@]}"
  wait_node pg-original "$PORT"
  BEFORE=$(pg_counts transdesk_backup_src)
  "$PG_BIN/pg_dump" -h 127.0.0.1 -p "$PG_PORT" -U transdesk -d transdesk_backup_src -Fc -f "$WORK/transdesk.dump"
  stop_node pg-original
  fresh_pg_database transdesk_backup_restored
  "$PG_BIN/pg_restore" -h 127.0.0.1 -p "$PG_PORT" -U transdesk -d transdesk_backup_restored --no-owner "$WORK/transdesk.dump"
  compare "PostgreSQL restore" "$BEFORE" "$(pg_counts transdesk_backup_restored)"
  start_and_check pg-restored "$(pg_url transdesk_backup_restored)" "${PG_CREDENTIALS[@]}"
fi

if [ $FAILED -ne 0 ]; then
  echo "backup and restore: FAILED (logs in $WORK)"; exit 1
fi
echo "backup and restore: passed"
