#!/bin/bash
# Two `serve` processes over one store, as replicas behind a load balancer would run over a Neo4j cluster:
# A starts the embedded store of DATA_DIR (Bolt on PA_BOLT_PORT), B points NEO4J_URI at A's Bolt with a data
# directory of its own (its uploads, its saved indexes). A file uploaded through A must be answered by B, and one
# uploaded through B by A; printed: the seconds from the upload's answer to the other's first answer citing it.
#
#   PA_ADMIN_TOKEN=secret scripts/two-serves.sh /tmp/store-copy [PORT_A PORT_B BOLT_PORT]
#
# DATA_DIR is written to (the uploads are imported into it): give it a copy of a store. Not run in CI. JAVA_OPTS: for
# both servers. SEED=1: B starts over a copy of A's saved indexes.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=${1:?usage: two-serves.sh DATA_DIR [PORT_A PORT_B BOLT_PORT]}
PORT_A=${2:-7806}; PORT_B=${3:-7807}; BOLT=${4:-7706}
JAR=${JAR:-target/policy-assistant.jar}
TOKEN=${PA_ADMIN_TOKEN:?set PA_ADMIN_TOKEN}
REPLICA="$DATA-replica"
FIRST=src/test/resources/docs/2012-guangzhou-livelihood-happiness.txt
FIRST_Q='公益性公共服务岗位开发由哪个单位牵头？'
SECOND=src/test/resources/docs/2012-guangzhou-sci-tech-innovation.txt
SECOND_Q='专利信息服务平台建设由哪个单位牵头？'
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait' EXIT

ready() { # port: waits for /health 200, prints the seconds it took
  local start=$(date +%s.%N)
  until curl -sf "http://127.0.0.1:$1/health" > /dev/null; do sleep 0.1; done
  echo "$(date +%s.%N) - $start" | bc
}
cites() { # port question file: true when the answer cites the file
  curl -s "http://127.0.0.1:$1/api/chat" -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" \
       -H 'X-PolicyGraph-No-Cache: 1' -d "{\"question\":\"$2\"}" | grep -q "\"sourceFile\":\"$(basename "$3")\""
}
upload() { # port file
  curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/api/documents?name=$(basename "$2")" \
       -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/octet-stream' --data-binary @"$2"
}
seen_by() { # port question file: seconds until the answer cites the file (gives up after 60 s)
  local start=$(date +%s.%N)
  for _ in $(seq 600); do
    cites "$1" "$2" "$3" && { echo "$(date +%s.%N) - $start" | bc; return; }
    sleep 0.1
  done
  echo "never (60 s)"
}

rm -rf "$REPLICA"; mkdir -p "$REPLICA"
# SEED=1: B starts over a copy of the indexes A saved (a replica given what the importing process built), not a
# build of its own from the store (at 40x minutes)
if [ -n "${SEED:-}" ] && [ -d "$DATA/indexes" ]; then cp -a "$DATA/indexes" "$REPLICA/indexes"; fi
PA_DATA_DIR="$DATA" PA_PORT=$PORT_A PA_BOLT_PORT=$BOLT PA_RATE_LIMIT=0 java ${JAVA_OPTS:-} -jar "$JAR" serve 2> "$DATA.a.log" &
pids+=($!)
echo "A (embedded store, Bolt $BOLT) ready in $(ready $PORT_A) s"
NEO4J_URI="bolt://127.0.0.1:$BOLT" NEO4J_PASSWORD="$(cat "$DATA/store-password")" PA_DATA_DIR="$REPLICA" \
  PA_PORT=$PORT_B PA_RATE_LIMIT=0 java ${JAVA_OPTS:-} -jar "$JAR" serve 2> "$DATA.b.log" &
pids+=($!)
echo "B (NEO4J_URI=bolt://127.0.0.1:$BOLT) ready in $(ready $PORT_B) s"

cites $PORT_B "$FIRST_Q" "$FIRST" && { echo "B already cites $(basename "$FIRST"): give a store without it"; exit 1; }
echo "upload through A: HTTP $(upload $PORT_A "$FIRST")"
echo "B answers from it after $(seen_by $PORT_B "$FIRST_Q" "$FIRST") s"
echo "upload through B: HTTP $(upload $PORT_B "$SECOND")"
echo "A answers from it after $(seen_by $PORT_A "$SECOND_Q" "$SECOND") s"
