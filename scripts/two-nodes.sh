#!/usr/bin/env bash
# Issue #14's cases on a real team set-up: two production jars in their own JVMs (node 1 at UTC+7,
# node 2 at UTC) on one PostgreSQL database on 127.0.0.1 (scripts/test-postgres.sh's cluster),
# driven through their HTTP interfaces by TwoNodeCasesIT: start-up together, model settings, time
# zones, library order, runs and approvals across nodes (engineer A's fixes), glossary and memory
# caches across nodes (engineer B's fixes). Prints each case with its result.
#
#   bash scripts/two-nodes.sh          (TRANSDESK_JAR=path skips building the jar; TRANSDESK_MVN_ARGS=-o offline;
#                                     TRANSDESK_CASES='e3*+a1*' runs only those cases)
#
# Never more than two application JVMs run at once (the command-line case runs while node 2 is down),
# each at low priority with a 512 MB heap: the script is meant to run on a shared 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=$PWD/target/two-nodes
rm -rf "$WORK" && mkdir -p "$WORK"
source scripts/lib-nodes.sh

production_jar
fresh_pg_database transdesk_two_nodes
echo "== two nodes on $(pg_url transdesk_two_nodes); cases by TwoNodeCasesIT (logs in $WORK)"
status=0
report=target/failsafe-reports/TEST-org.transdesk.deploy.TwoNodeCasesIT.xml
rm -f "$report"
nice ./mvnw ${TRANSDESK_MVN_ARGS:-} -q test-compile failsafe:integration-test failsafe:verify -Dit.test="TwoNodeCasesIT${TRANSDESK_CASES:+#$TRANSDESK_CASES}" -Dsurefire.failIfNoSpecifiedTests=false -Dtransdesk.test.postgres.skip=true \
  -Dtransdesk.two-nodes.jar="$WORK/transdesk.jar" -Dtransdesk.two-nodes.database="$(pg_url transdesk_two_nodes)" \
  >"$WORK/cases.log" 2>&1 || status=$?

if [ -f "$report" ]; then
  python3 - "$report" <<'PY'
import sys, xml.etree.ElementTree as ET
for case in ET.parse(sys.argv[1]).getroot().iter('testcase'):
    problem = case.find('failure') if case.find('failure') is not None else case.find('error')
    skipped = case.find('skipped') is not None
    result = 'SKIPPED' if skipped else ('FAILED' if problem is not None else 'passed')
    line = f"{result:8} {case.get('name')} ({float(case.get('time') or 0):.0f} s)"
    if problem is not None:
        line += "\n         " + (problem.get('message') or problem.get('type') or '').strip().splitlines()[0][:300]
    print(line)
PY
else
  tail -40 "$WORK/cases.log"
fi
exit $status
