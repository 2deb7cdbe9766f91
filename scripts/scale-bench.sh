#!/bin/bash
# The scale loop of issue 27: stores of 1x, 10x, 40x ... the shipped corpus, each served in turn (PA_RATE_LIMIT=0)
# and loaded by `bench --url --no-cache` with 16 clients on the dev questions, rounds interleaved so that a busy
# hour weighs on every size alike; prints one table row per size and round: documents, tasks, serve-ready seconds
# (launch to the first 200 of /health), throughput, p50, p99, the server's RSS and peak RSS under the load, and the
# median of five full-text searches through the store's own index (GET /api/search), for when to switch to it.
#
#   scripts/scale-bench.sh [-s "1 10 40"] [-m] [-r ROUNDS] [-d ROOT]
#     -s  sizes in multiples of the corpus (default "1 10"; "10mix" names a mix); copies from scripts/corpus-copies.py
#     -m  also a non-copy mix of each size above 1 (corpus-copies.py --mix), reported beside
#     -r  rounds (default 1); -d where corpora and stores go (default /tmp/scale-bench)
# A store missing is made first (one `import --each-file --vectors` of the corpus and its copies: a transaction per
# file, so none grows with N; IMPORT_ONLY=1 makes the stores and stops; LOCK=/path holds that flock per size served).
# Heavy: minutes per size (a 40x import takes most of an hour on two cores). Not run in CI. Env: JAR, PA_PORT,
# PA_BOLT_PORT, CLIENTS, REQUESTS, QUESTIONS; JAVA_OPTS for the server; JFR=/path/prefix records the server under
# the load with JFR's profile settings (PREFIX-SIZE-ROUND.jfr); HISTOGRAM=1 keeps the server's heap histogram after
# each load (ROOT/histogram-SIZE-ROUND.txt). Both through jcmd on the server's JVM (the launcher's child). WARM=1
# starts each store once before its first round, so that serve-ready is that of an imported store whose saved indexes
# this jar wrote (saved indexes are keyed by the build: another jar's are rebuilt once); WARM_OPTS: JVM options of that
# start only (building a 40x store's indexes from the store needs -Xmx3g: see the README, Scale).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="1 10"; MIX=0; ROUNDS=1; ROOT=/tmp/scale-bench
while getopts "s:mr:d:" opt; do
  case $opt in s) SIZES=$OPTARG;; m) MIX=1;; r) ROUNDS=$OPTARG;; d) ROOT=$OPTARG;; *) exit 2;; esac
done
JAR=${JAR:-target/policy-assistant.jar}
PORT=${PA_PORT:-7070}; BOLT=${PA_BOLT_PORT:-7687}
CLIENTS=${CLIENTS:-16}; REQUESTS=${REQUESTS:-1600}
QUESTIONS=${QUESTIONS:-../shared/eval/dev.jsonl}
export PA_ADMIN_TOKEN=${PA_ADMIN_TOKEN:-scale-bench}
mkdir -p "$ROOT"

stores=()
for n in $SIZES; do
  stores+=("$n")
  if [ "$MIX" = 1 ] && [[ $n != *mix ]] && [ "$n" -gt 1 ]; then stores+=("${n}mix"); fi
done

make_store() { # name: the store ROOT/store-NAME with the corpus and its copies, vectors included
  local name=$1 n=${1%mix} data="$ROOT/store-$1" corpus="$ROOT/corpus-$1" mix=""
  if [ -f "$data/.complete" ]; then return; fi
  if [[ $name == *mix ]]; then mix=--mix; fi
  if [ "$n" -gt 1 ]; then
    python3 scripts/corpus-copies.py graph-import/corpus "$corpus" $((n - 1)) $mix 2> /dev/null
  fi
  local copies=(); [ "$n" -gt 1 ] && copies=("$corpus")
  # one JVM, one transaction per file, equal texts embedded once: a 40x store in one run
  /usr/bin/time -f "import $name: %e s wall, %U s user, %M KiB peak" nice -n 19 env PA_DATA_DIR="$data" \
    PA_BOLT_PORT=$BOLT java -jar "$JAR" import --each-file --vectors graph-import/corpus "${copies[@]}" \
    > "$data.import.out" 2> "$data.import.err" || true
  grep -v '^\[' "$data.import.err" | tail -n 3 >&2
  touch "$data/.complete"
}

warm() { # name: one start that builds and saves what this jar maps (a new jar rebuilds once), then stops
  local data="$ROOT/store-$1" pid
  PA_DATA_DIR="$data" PA_PORT=$PORT PA_BOLT_PORT=$BOLT PA_RATE_LIMIT=0 java ${WARM_OPTS:-${JAVA_OPTS:-}} -jar "$JAR" \
    serve 2> "$ROOT/warm-$1.log" &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/health" > /dev/null; do sleep 0.5; done
  # a question builds the vector graph; a start that re-imported the corpus (another extractor) changes the version
  # once more, so ask until the graph of the version served is saved and nothing changed for ten seconds
  local quiet=0 lines=0
  for _ in $(seq 120); do
    curl -s "http://127.0.0.1:$PORT/api/chat" -H 'Content-Type: application/json' -H 'X-PolicyGraph-No-Cache: 1' \
      -H "Authorization: Bearer $PA_ADMIN_TOKEN" -d '{"question":"招商引资由哪个单位牵头？"}' > /dev/null
    sleep 5
    if [ "$(wc -l < "$ROOT/warm-$1.log")" = "$lines" ] && grep -q "vectors index" "$ROOT/warm-$1.log" \
       && ! curl -s "http://127.0.0.1:$PORT/health" | grep -q building; then # no task left without its vector
      quiet=$((quiet + 1)); [ $quiet -ge 2 ] && break
    else quiet=0; fi
    lines=$(wc -l < "$ROOT/warm-$1.log")
  done
  kill "$pid"; wait "$pid" 2> /dev/null || true
}

serve_and_bench() { # name round
  if [ -n "${LOCK:-}" ]; then exec 9> "$LOCK"; flock 9; fi # the machine's heavy-run lock, held for one size
  if [ -n "${WARM:-}" ] && [ "$2" = 1 ]; then warm "$1"; fi
  local data="$ROOT/store-$1" start pid child rss=0 ready
  start=$(date +%s.%N)
  PA_DATA_DIR="$data" PA_PORT=$PORT PA_BOLT_PORT=$BOLT PA_RATE_LIMIT=0 java ${JAVA_OPTS:-} -jar "$JAR" serve \
    2> "$ROOT/serve-$1-$2.log" &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/health" > /dev/null; do sleep 0.1; done
  ready=$(echo "$(date +%s.%N) - $start" | bc)
  local server=$pid child
  for child in $(pgrep -P "$pid" java); do server=$child; done # the launcher's child JVM, when there is one
  if [ -n "${JFR:-}" ]; then jcmd "$server" JFR.start name=scale settings=profile > /dev/null; fi
  local stats; stats=$(curl -s "http://127.0.0.1:$PORT/api/documents" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
  java -jar "$JAR" bench --url "http://127.0.0.1:$PORT" --no-cache --clients "$CLIENTS" --requests "$REQUESTS" \
    --questions "$QUESTIONS" > "$ROOT/bench-$1-$2.json" 2> /dev/null || true
  local search=() q # one full-text question through the store's own index (task_text, /api/search), uncached
  for q in 跨境电子商务 招商引资 城市环境 人才引进 口岸建设; do
    search+=("$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$PORT/api/search?q=$q")")
  done
  search=$(printf '%s\n' "${search[@]}" | sort -n | sed -n 3p)
  if [ -n "${JFR:-}" ]; then jcmd "$server" JFR.dump name=scale filename="$JFR-$1-$2.jfr" > /dev/null; fi
  if [ -n "${HISTOGRAM:-}" ]; then # the live heap by class (after a full GC), for bytes per task
    jcmd "$server" GC.class_histogram > "$ROOT/histogram-$1-$2.txt" 2> /dev/null || true
  fi
  local load; load=$(cut -d' ' -f1 /proc/loadavg) # the machine's load average (1 min) at the end of the load
  kill "$pid"; wait "$pid" 2> /dev/null || true
  if [ -n "${LOCK:-}" ]; then flock -u 9; fi
  python3 - "$1" "$2" "$stats" "$ready" "$ROOT/bench-$1-$2.json" "$search" "$load" <<'PY'
import json, sys
name, rnd, docs, ready, path, search, load = sys.argv[1:]
b = json.load(open(path))
lat, mem = b.get("latencyMs", b.get("latency", {})), b["memory"]
print(f"| {name if name.endswith('mix') else name + 'x'} | {rnd} | {docs} | {float(ready):.1f} s | {b['throughputPerSecond']} req/s | {lat.get('p50')} ms "
      f"| {lat.get('p99')} ms | {mem['rssMiB']} MiB | {mem['rssPeakMiB']} MiB | {b['errors']} "
      f"| {float(search) * 1000:.0f} ms | {load} |")
PY
}

for s in "${stores[@]}"; do make_store "$s"; done
if [ -n "${IMPORT_ONLY:-}" ]; then exit 0; fi
echo "| size | round | documents | serve ready | throughput | p50 | p99 | RSS after load | peak RSS | errors | store full-text | load avg |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for r in $(seq "$ROUNDS"); do
  order=("${stores[@]}")
  if [ $((r % 2)) = 0 ]; then # every other round the other way round: a busy quarter hour weighs on every size
    order=(); for ((i = ${#stores[@]} - 1; i >= 0; i--)); do order+=("${stores[i]}"); done
  fi
  for s in "${order[@]}"; do serve_and_bench "$s" "$r"; done
done
