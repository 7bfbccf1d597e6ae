#!/usr/bin/env bash
# Starts HAProxy (Debian's haproxy package) in front of two Transdesk nodes with the example
# configuration deploy/haproxy/transdesk.cfg, in the foreground (Ctrl-C stops it; a caller may run it
# in the background and kill it by its process id).
#
#   bash scripts/haproxy.sh LISTEN NODE1 NODE2      e.g. 127.0.0.1:8088 127.0.0.1:8081 127.0.0.1:8082
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -ne 3 ]; then
  echo "usage: $0 LISTEN_ADDRESS:PORT NODE1_ADDRESS:PORT NODE2_ADDRESS:PORT" >&2
  exit 2
fi
HAPROXY=$(command -v haproxy || echo /usr/sbin/haproxy)
if [ ! -x "$HAPROXY" ]; then
  echo "HAProxy not found: apt-get install -y haproxy" >&2
  exit 1
fi
export TRANSDESK_PROXY_BIND=$1 TRANSDESK_NODE1=$2 TRANSDESK_NODE2=$3
"$HAPROXY" -c -q -f deploy/haproxy/transdesk.cfg
exec "$HAPROXY" -db -f deploy/haproxy/transdesk.cfg
