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
TABLES="app_user api_token article paragraph draft draft_segment approved_version audit_event tm_unit glossary_term glossary_rendering change_counter flyway_schema_history"
TOKEN=tdk_backupcheck$(date +%s%N)
TOKEN_HASH=$(printf '%s' "$TOKEN" | sha256sum | cut -d' ' -f1)
TOKEN_SQL="insert into api_token (username, name, token_hash, token_hint, created_at) values ('reviewer', 'backup check', '$TOKEN_HASH', 'tdk_...', current_timestamp)"
FAILED=0

h2_tool() { # h2_tool CLASS args...: H2's tools run from the jar itself (its BOOT-INF/lib holds H2)
  local tool=$1; shift
  nice "$JAVA" -Xmx256m -cp "$WORK/transdesk.jar" -Dloader.main="org.h2.tools.$tool" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}

h2_counts() { # h2_counts URL: "table=rows" lines
  local t sql=""
  for t in $TABLES; do # Flyway creates its table with a quoted lower-case name on H2; ours are upper case
    if [ "$t" = flyway_schema_history ]; then sql+="select '$t=' || count(*) from \"$t\"; "; else sql+="select '$t=' || count(*) from $t; "; fi
  done
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

insert_token() { # insert_token COMMAND...: runs the insert until it works (the demo accounts are made just after the web server answers)
  local i
  for ((i = 0; i < 120; i++)); do
    "$@" "$TOKEN_SQL" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "   FAILED: no 'reviewer' account to give an API token to"; exit 1
}

api() { # api METHOD PATH [curl args...]: the reviewer's API token on the node at $PORT
  local method=$1 path=$2; shift 2
  curl -sf -X "$method" -H "Authorization: Bearer $TOKEN" "$@" "http://127.0.0.1:$PORT/api/v1$path"
}

add_work() { # add_work: an imported article, an offline draft and an approved version, through the API
  ARTICLE=$(api POST /articles -H 'Content-Type: text/plain; charset=utf-8' --data-binary $'Backup story\nThe desk keeps its work.\nEvery approved version survives a restore.' \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  api POST "/articles/$ARTICLE/outputs/summary/generate" >/dev/null
  local i
  for ((i = 0; i < 300; i++)); do
    api GET "/articles/$ARTICLE/outputs/summary/progress" | grep -q '"state":"NEEDS_REVIEW"' && break
    sleep 1
  done
  APPROVED=$(api POST "/articles/$ARTICLE/outputs/summary/approve" -H 'Content-Type: application/json' --data '{"overrideReason":"backup check"}' \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["sha256"])')
  echo "   work before the backup: article $ARTICLE imported, its summary drafted by the offline engine and approved (version hash ${APPROVED:0:12}…)"
}

start_and_check() { # start_and_check NAME URL: starts a node on the restored database, fails if it loads the samples again
  start_node "$1" "$PORT" --spring.profiles.active=demo --spring.datasource.url="$2" "${@:3}"
  wait_node "$1" "$PORT"
  if grep -q "Empty database: loaded" "$WORK/$1.log"; then
    echo "   $1: FAILED, the node found the restored database empty"; FAILED=1
  else
    echo "   $1: the jar starts on the restored database ($(grep -o 'Successfully validated [0-9]* migrations\|Schema .* is up to date[^"]*' "$WORK/$1.log" | head -1))"
  fi
  if api GET "/articles/$ARTICLE/outputs/summary/approved?format=json" >/dev/null && api GET "/articles/$ARTICLE/outputs/summary/draft" | grep -q '"state":"APPROVED"'; then
    echo "   $1: the approved version of article $ARTICLE is served from the restored database"
  else
    echo "   $1: FAILED, article $ARTICLE's approved version is not served from the restored database"; FAILED=1
  fi
  stop_node "$1"
}

production_jar

if [ "$WHICH" = h2 ] || [ "$WHICH" = both ]; then
  echo "== H2: stop the node, SCRIPT to a zip, RUNSCRIPT into a new database"
  H2=jdbc:h2:file:$WORK/h2/data/transdesk
  H2_CREDENTIALS=(--spring.datasource.username=sa --spring.datasource.password=backup-check)
  start_node h2-original "$PORT" --spring.profiles.active=demo --spring.datasource.url="$H2;AUTO_SERVER=TRUE" "${H2_CREDENTIALS[@]}"
  wait_node h2-original "$PORT"
  insert_token h2_tool Shell -url "$H2;AUTO_SERVER=TRUE" -user sa -password backup-check -sql
  add_work
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
  insert_token psql_value transdesk_backup_src
  add_work
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
