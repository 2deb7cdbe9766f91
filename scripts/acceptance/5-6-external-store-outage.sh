#!/usr/bin/env bash
# Issue 14, acceptance 5 and 6, with an external store: instance A (`serve` on its own data dir) is the store,
# its Bolt on BOLT_A; instance B serves with NEO4J_URI=bolt://127.0.0.1:BOLT_A and A's password.
#  5. A stopped (SIGTERM): POST /api/chat on B is 503 store_unavailable in <= 2 s, /health on B says down in
#     <= 1 s, and GET / (the page), a static file and /health stay fast while 40 clients keep chats waiting.
#  6. A restarted on the same data dir and port: B's chat answers 200 again within 15 s of the store's return.
# Extra (FREEZE=1, default): the same with A frozen (SIGSTOP: connections accepted, never answered), then thawed.
source "$(dirname "$0")/lib.sh"
init_acceptance "5+6 external store outage and recovery"

new_data_dir store; DATA_A=$DIR; PORT_A=$(free_port); BOLT_A=$(free_port)
new_data_dir ext; DATA_B=$DIR; PORT_B=$(free_port)
LOG_A="$DATA_A.log"; LOG_B="$DATA_B.log"; TMP_DIRS+=("$LOG_A" "$LOG_B")
B="http://127.0.0.1:$PORT_B"
CHAT_BODY='{"question":"中欧班列(郑州)+跨境电商这项工作谁牵头？"}'

start_a() { start_serve "$LOG_A" PA_CDS=off PA_DATA_DIR="$DATA_A" PA_PORT="$PORT_A" PA_BOLT_PORT="$BOLT_A"; PID_A=$PID; }
start_a
wait_health_up "$PORT_A" 180 "$PID_A" || { record "  store instance did not come up: $(tail -5 "$LOG_A")"; exit 1; }
start_serve "$LOG_B" PA_CDS=off PA_DATA_DIR="$DATA_B" PA_PORT="$PORT_B" NEO4J_URI="bolt://127.0.0.1:$BOLT_A" \
    NEO4J_USER=neo4j NEO4J_PASSWORD="$(cat "$DATA_A/store-password")"; PID_B=$PID
wait_health_up "$PORT_B" 180 "$PID_B" || { record "  external-store instance did not come up: $(tail -5 "$LOG_B")"; exit 1; }
record "  A (store) http $PORT_A bolt $BOLT_A; B http $PORT_B -> bolt://127.0.0.1:$BOLT_A"

chat() { http POST "$B/api/chat" -H 'Content-Type: application/json' -d "$CHAT_BODY" --max-time "${1:-30}"; }
OUT=$(chat); record "  baseline: B chat ${OUT% *} in ${OUT#* }s; B /health $(curl -s "$B/health" | jq -c .)"
[ "${OUT% *}" = 200 ] || check baseline "B chat ${OUT% *}" fail
# questions never asked before, so that no answer of an earlier request can serve them: one per department and form
QUESTIONS="$DATA_B.questions"; TMP_DIRS+=("$QUESTIONS")
curl -s "$B/api/departments" | jq -r '.[].name' | sort -u | awk '{print $0 "负责哪些工作？"; print $0 "牵头的任务什么时候完成？"; print "哪些任务由" $0 "配合？"}' | shuf --random-source=<(yes) >"$QUESTIONS"
record "  $(wc -l <"$QUESTIONS") distinct questions ready (from /api/departments)"
NEXT_Q=0
fresh_chat() { # fresh_chat [max-time] : a question not asked before
    NEXT_Q=$((NEXT_Q + 1))
    local q; q=$(sed -n "$(( NEXT_Q % $(wc -l <"$QUESTIONS") + 1 ))p" "$QUESTIONS")
    http POST "$B/api/chat" -H 'Content-Type: application/json' -d "$(jq -cn --arg q "$q" '{question:$q}')" --max-time "${1:-30}"
}

# outage_checks LABEL : the item-5 measurements against B while its store is away
outage_checks() {
    local label=$1 i out code secs maxchat=0 maxhealth=0 codes="" hcodes="" hbody
    # answers come from memory: B refuses from its first look at the store (every second) that finds it gone
    local t0; t0=$(now)
    out=$(chat 10)
    while [ "${out% *}" = 200 ] && le "$(elapsed "$t0" "$(now)")" 2; do sleep 0.1; out=$(chat 10); done
    record "  [$label] B chat of the baseline question (asked before the outage): ${out% *}/$(jq -r '.error.code // "answered"' <"$BODY_FILE") $(elapsed "$t0" "$(now)")s after the outage began"
    for i in 1 2 3; do
        out=$(fresh_chat 10); code=${out% *}; secs=${out#* }
        codes="$codes $code/$(jq -r '.error.code // "-"' <"$BODY_FILE" 2>/dev/null)"
        awk -v a="$secs" -v b="$maxchat" 'BEGIN{exit !(a>b)}' && maxchat=$secs
    done
    record "  [$label] B chat x3 (new questions): $codes, slowest ${maxchat}s; body: $(head -c 200 "$BODY_FILE")"
    [[ "$codes" =~ ^(\ 503/store_unavailable){3}$ ]] && le "$maxchat" 2 && check "$label-chat-503" "503 store_unavailable, slowest ${maxchat}s (<= 2 s)" ok \
        || check "$label-chat-503" "$codes, slowest ${maxchat}s" fail
    for i in 1 2 3; do
        out=$(http GET "$B/health" --max-time 10); code=${out% *}; secs=${out#* }
        hcodes="$hcodes $code/$(jq -r '.store // .status // "-"' <"$BODY_FILE" 2>/dev/null)"
        awk -v a="$secs" -v b="$maxhealth" 'BEGIN{exit !(a>b)}' && maxhealth=$secs
    done
    hbody=$(head -c 250 "$BODY_FILE")
    record "  [$label] B /health x3: $hcodes, slowest ${maxhealth}s; body: $hbody"
    echo "$hbody" | grep -q '"down"' && le "$maxhealth" 1 && check "$label-health-down" "down (503), slowest ${maxhealth}s (<= 1 s)" ok \
        || check "$label-health-down" "$hcodes slowest ${maxhealth}s" fail
    echo "$hbody" | grep -q "$BOLT_A\|bolt://" && check "$label-health-no-uri" "store address in /health" fail

    # 40 clients keep chats waiting for 10 s; meanwhile the page, a static file and /health are timed
    local dir; dir=$(mktemp -d /tmp/rel-load-XXXX); TMP_DIRS+=("$dir")
    local end; end=$(awk -v t="$(now)" 'BEGIN{printf "%.3f", t+10}')
    local pids=()
    local base=$((NEXT_Q + 10)) n; n=$(wc -l <"$QUESTIONS")
    for i in $(seq 1 40); do
        ( j=0
          while le "$(now)" "$end"; do
              q=$(sed -n "$(( (base + i * 40 + j) % n + 1 ))p" "$QUESTIONS"); j=$((j + 1))
              curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 30 -X POST "$B/api/chat" \
                  -H 'Content-Type: application/json' -d "{\"question\":\"$q\"}"
          done >"$dir/chat-$i" ) &
        pids+=($!); EXTRA_PIDS+=($!)
    done
    NEXT_Q=$((NEXT_Q + 97))
    sleep 1
    local probe_end; probe_end=$(awk -v t="$end" 'BEGIN{printf "%.3f", t-0.5}')
    for path in / /chat.js /health; do
        ( while le "$(now)" "$probe_end"; do
              curl -s -o /dev/null -w '%{http_code}:%{time_total}\n' --max-time 10 "$B$path"; sleep 0.25
          done >"$dir/probe-${path//\//_}" ) &
        pids+=($!); EXTRA_PIDS+=($!)
    done
    wait "${pids[@]}"
    local page=() stat=() health=()
    mapfile -t page <"$dir/probe-_"; mapfile -t stat <"$dir/probe-_chat.js"; mapfile -t health <"$dir/probe-_health"
    local chatsum pagesum statsum healthsum
    chatsum=$(cat "$dir"/chat-* | awk '{n[$1]++; if($2>m)m=$2; s+=$2; c++} END{for(k in n) printf "%s x%d, ", k, n[k]; printf "mean %.3fs, max %.3fs", s/c, m}')
    summ() { printf '%s\n' "$@" | awk -F: '{n[$1]++; if($2>m)m=$2; s+=$2; c++} END{for(k in n) printf "%s x%d, ", k, n[k]; printf "mean %.3fs, max %.3fs", s/c, m}'; }
    pagesum=$(summ "${page[@]}"); statsum=$(summ "${stat[@]}"); healthsum=$(summ "${health[@]}")
    record "  [$label] 40 chatting clients for 10 s: chats $chatsum"
    record "  [$label] meanwhile GET /: $pagesum; GET /chat.js: $statsum; GET /health: $healthsum"
    local pagemax; pagemax=$(printf '%s\n' "${page[@]}" "${stat[@]}" | awk -F: '{if($2>m)m=$2} END{print m+0}')
    if ! printf '%s\n' "${page[@]}" "${stat[@]}" | grep -qv '^200:' && le "$pagemax" 1; then
        check "$label-page-under-load" "page and static all 200, slowest ${pagemax}s" ok
    else check "$label-page-under-load" "page/static not all 200 or slowest ${pagemax}s > 1 s" fail; fi
    if ! cat "$dir"/chat-* | grep -qvE '^503 '; then check "$label-chats-under-load" "all 503 ($chatsum)" ok
    else check "$label-chats-under-load" "other statuses: $chatsum" fail; fi
    # the weaker reading (answers the in-memory read model can give without the store are 200): no 500, <= 2 s
    local bad slow; bad=$(cat "$dir"/chat-* | grep -cvE '^(200|503) ' || true)
    slow=$(cat "$dir"/chat-* | awk '$2 > 2' | wc -l)
    record "  [$label] INFO (not counted): chats neither 200 nor 503: $bad; chats over 2 s: $slow of $(cat "$dir"/chat-* | wc -l)"
    rm -rf "$dir"
}

# recovery LABEL T-RETURN : polls B's chat until 200; item 6
recovery() {
    local label=$1 t_return=$2 out first="" tries=0
    while le "$(elapsed "$t_return" "$(now)")" 60; do
        out=$(fresh_chat 5); tries=$((tries + 1))
        if [ "${out% *}" = 200 ]; then first=$(elapsed "$t_return" "$(now)"); break; fi
        sleep 0.5
    done
    local hup=""
    while le "$(elapsed "$t_return" "$(now)")" 60; do
        curl -s --max-time 2 "$B/health" | grep -q '"up"' && { hup=$(elapsed "$t_return" "$(now)"); break; }
        sleep 0.25
    done
    record "  [$label] B chat 200 again ${first:-NOT within 60}s after the store's return ($tries tries; last: ${out% *}); B /health up after ${hup:-NOT within 60}s"
    [ -n "$first" ] && le "$first" 15 && check "$label-recovery" "chat 200 ${first}s after the store's return (<= 15 s)" ok \
        || check "$label-recovery" "${first:-no 200 within 60 s}" fail
}

# --- 5: the store stopped
stop_pid "$PID_A"; t_down=$(now)
port_open "$BOLT_A" && record "  Bolt $BOLT_A still open after stopping A?"
record "  A stopped (SIGTERM, exited)"
outage_checks stopped

# --- 6: the store back on the same data dir and port
start_a; t_start=$(now)
until port_open "$BOLT_A"; do sleep 0.1; kill -0 "$PID_A" 2>/dev/null || { record "  A did not restart: $(tail -5 "$LOG_A")"; exit 1; }; done
t_return=$(now)
record "  A restarted: Bolt listening $(elapsed "$t_start" "$t_return")s after its start"
recovery restarted "$t_return"

# --- extra: the store frozen (SIGSTOP) rather than gone
if [ "${FREEZE:-1}" = 1 ]; then
    wait_health_up "$PORT_A" 120 "$PID_A"
    OUT=$(chat); record "  [frozen] before the freeze: B chat ${OUT% *} in ${OUT#* }s"
    kill -STOP "$PID_A"; record "  A frozen (SIGSTOP)"
    outage_checks frozen
    kill -CONT "$PID_A"; t_thaw=$(now); record "  A thawed (SIGCONT)"
    recovery thawed "$t_thaw"
fi
LOGTRACES=$(grep -cE '^\s+at ' "$LOG_B" || true)
record "  B's log: $(wc -l <"$LOG_B") lines, $LOGTRACES stack-trace lines, $(grep -c 'WARN' "$LOG_B") WARN"
[ "$LOGTRACES" = 0 ] && check log-b "no stack trace in B's log" ok || { check log-b "$LOGTRACES stack-trace lines in B's log" fail
    grep -B2 -m3 -E '^\s+at ' "$LOG_B" | head -12 | sed 's/^/      /' | tee -a "$RESULTS" >&2; }
finish "5+6 external store outage and recovery"
