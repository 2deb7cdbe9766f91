#!/usr/bin/env bash
# Issue 14, acceptance 4: kill -9 of the launcher (java -jar with the CDS archive: launcher + child JVM) leaves
# nothing serving: the child JVM exits, the HTTP and Bolt ports close, within a couple of seconds; a restart on the
# same PA_DATA_DIR starts (no store lock) and answers. Two rounds: right after the first start (the semantic index
# still building in the background) and on a settled server (index ready). Needs the CDS archive of a full
# `mvn package` (without -Dcds.skip).
source "$(dirname "$0")/lib.sh"
init_acceptance "4 kill -9 of the launcher"
ls "$ROOT"/target/policy-assistant-*.jsa >/dev/null 2>&1 || { record "  no CDS archive: run mvn -B -o -q package -DskipTests"; exit 1; }

new_data_dir kill9; DATA=$DIR; PORT=$(free_port); BOLT=$(free_port)
LOG="$DATA.log"; TMP_DIRS+=("$LOG")
ENVS=(PA_DATA_DIR="$DATA" PA_PORT="$PORT" PA_BOLT_PORT="$BOLT")

# serve_and_kill ROUND WAIT-FOR-INDEX(yes|no)
serve_and_kill() {
    local round=$1 start t0 child child_gone="" http_gone="" bolt_gone="" left
    start=$(now)
    start_serve "$LOG" "${ENVS[@]}"
    if ! wait_health_up "$PORT" 180 "$PID"; then
        record "  [$round] server did not come up: $(tail -5 "$LOG" | tr '\n' ' ')"; check "$round-start" "did not come up" fail; return
    fi
    record "  [$round] ready in $(elapsed "$start" "$(now)") s; no lock error: $(grep -ci 'locked' "$LOG" | sed 's/^0$/yes/')"
    OUT=$(http POST "http://127.0.0.1:$PORT/api/chat" -H 'Content-Type: application/json' -d '{"question":"口岸办负责哪些工作"}')
    [ "${OUT% *}" = 200 ] && check "$round-chat" "200 in ${OUT#* }s" ok || check "$round-chat" "${OUT% *}" fail
    if [ "$2" = yes ]; then
        local w; w=$(now)
        until curl -s "http://127.0.0.1:$PORT/health" | grep -q '"semanticIndex":"ready"'; do
            sleep 1; le "$(elapsed "$w" "$(now)")" 300 || break
        done
    fi
    record "  [$round] semantic index at the kill: $(curl -s "http://127.0.0.1:$PORT/health" | jq -r .semanticIndex)"
    child=$(children_of "$PID"); EXTRA_PIDS+=($child)
    record "  [$round] launcher $PID, child JVM: ${child:-none} ($(tr '\0' ' ' </proc/$child/cmdline 2>/dev/null | grep -o -- '-XX:SharedArchiveFile=[^ ]*\|-Dpolicygraph.parent=[^ ]*' | tr '\n' ' '))"
    [ -n "$child" ] && check "$round-launcher-child-pair" "launcher $PID, child $child" ok || { check "$round-launcher-child-pair" "no child JVM (CDS not used?)" fail; return; }

    t0=$(now)
    kill -KILL "$PID"
    while le "$(elapsed "$t0" "$(now)")" 30; do
        [ -z "$child_gone" ] && ! kill -0 "$child" 2>/dev/null && child_gone=$(elapsed "$t0" "$(now)")
        [ -z "$http_gone" ] && ! port_open "$PORT" && http_gone=$(elapsed "$t0" "$(now)")
        [ -z "$bolt_gone" ] && ! port_open "$BOLT" && bolt_gone=$(elapsed "$t0" "$(now)")
        [ -n "$child_gone" ] && [ -n "$http_gone" ] && [ -n "$bolt_gone" ] && break
        sleep 0.05
    done
    wait "$PID" 2>/dev/null
    record "  [$round] after kill -9 of the launcher: HTTP port closed ${http_gone:-NOT}s, Bolt port closed ${bolt_gone:-NOT}s, child JVM gone ${child_gone:-NOT within 30}s"
    [ -n "$http_gone" ] && [ -n "$bolt_gone" ] && le "$http_gone" 3 && le "$bolt_gone" 3 \
        && check "$round-ports-closed" "HTTP ${http_gone}s, Bolt ${bolt_gone}s" ok || check "$round-ports-closed" "HTTP ${http_gone:-open}, Bolt ${bolt_gone:-open}" fail
    # nothing serving is the ports (above); the child then shuts the store down cleanly, which takes a few seconds
    [ -n "$child_gone" ] && le "$child_gone" 10 && check "$round-child-exits" "in ${child_gone}s" ok || check "$round-child-exits" "${child_gone:-still running after 30 s}s (over 10 s)" fail
    left=$(pgrep -f -- "-Dpolicygraph.parent=$PID" || true)
    [ -z "$left" ] && check "$round-no-orphan" "no process left with launcher $PID as parent" ok || check "$round-no-orphan" "left: $left" fail
}

serve_and_kill fresh no
serve_and_kill settled yes

# an immediate restart: a supervisor that starts the server again the moment the launcher died
start_serve "$LOG" "${ENVS[@]}"
wait_health_up "$PORT" 180 "$PID" || { check immediate-start "did not come up" fail; }
CHILD=$(children_of "$PID"); EXTRA_PIDS+=($CHILD)
LINES=$(wc -l <"$LOG")
kill -KILL "$PID"; wait "$PID" 2>/dev/null
start=$(now)
start_serve "$LOG" "${ENVS[@]}"
OLD_ALIVE=$(kill -0 "$CHILD" 2>/dev/null && echo yes || echo no)
for i in $(seq 1 100); do kill -0 "$CHILD" 2>/dev/null || break; sleep 0.1; done  # /health must be the new one's
if wait_health_up "$PORT" 180 "$PID" && grep -q "$PID\|ready in" <(tail -n +"$LINES" "$LOG") && kill -0 "$PID" 2>/dev/null; then
    record "  [immediate] restarted at once after kill -9 (old child still alive at the new start: $OLD_ALIVE): ready in $(elapsed "$start" "$(now)") s"
    check immediate-restart "ready in $(elapsed "$start" "$(now)") s" ok
else
    record "  [immediate] restart at once after kill -9 failed: $(tail -n +"$LINES" "$LOG" | grep -i 'error\|locked' | head -2 | cut -c1-300)"
    check immediate-restart "refused while the old child was still shutting down (see above)" fail
    for i in $(seq 1 50); do kill -0 "$CHILD" 2>/dev/null || break; sleep 0.2; done
fi
stop_pid "$PID"
start=$(now)
start_serve "$LOG" "${ENVS[@]}"
if wait_health_up "$PORT" 180 "$PID"; then
    OUT=$(http POST "http://127.0.0.1:$PORT/api/chat" -H 'Content-Type: application/json' -d '{"question":"中欧班列(郑州)+跨境电商这项工作谁牵头？"}')
    record "  [final] restart on the same data dir: ready in $(elapsed "$start" "$(now)") s, chat ${OUT% *} in ${OUT#* }s"
    [ "${OUT% *}" = 200 ] && check restart "ready, chat 200" ok || check restart "chat ${OUT% *}" fail
else
    record "  restart log: $(tail -5 "$LOG" | tr '\n' ' ')"; check restart "did not come up" fail
fi
grep -i 'locked' "$LOG" && check no-lock-error "lock message in the log" fail || check no-lock-error "no store-lock error in any start" ok
record "  shutdown lines: $(grep -iE 'launcher .*gone|Stopping' "$LOG" | tr '\n' ' ')"
finish "4 kill -9 of the launcher"
