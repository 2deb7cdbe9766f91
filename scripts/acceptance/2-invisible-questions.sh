#!/usr/bin/env bash
# Issue 14, acceptance 2: questions made of invisible characters get 400 with the documented JSON error
# (empty_question; invalid_encoding for bytes that are no UTF-8), and no stack trace reaches the log.
source "$(dirname "$0")/lib.sh"
init_acceptance "2 invisible-character questions"

new_data_dir invisible; DATA=$DIR; PORT=$(free_port); BOLT=$(free_port)
LOG="$DATA.log"; TMP_DIRS+=("$LOG")
start_serve "$LOG" PA_CDS=off PA_DATA_DIR="$DATA" PA_PORT="$PORT" PA_BOLT_PORT="$BOLT"
wait_health_up "$PORT" 180 "$PID" || { record "  server did not come up"; tail -20 "$LOG"; exit 1; }
BASE="http://127.0.0.1:$PORT"
LOG_LINES_BEFORE=$(wc -l <"$LOG")

# post_raw NAME EXPECTED-STATUS EXPECTED-CODE PATH BODY-AS-PRINTF-FORMAT
post_raw() {
    local name=$1 want=$2 wantcode=$3 path=$4 fmt=$5 out code secs errcode
    printf "$fmt" >"$BODY_FILE.req"
    out=$(http POST "$BASE$path" -H 'Content-Type: application/json' --data-binary @"$BODY_FILE.req")
    judge "$name" "$want" "$wantcode" "$out"
}
get_raw() { # get_raw NAME EXPECTED-STATUS EXPECTED-CODE PATH?QUERY
    judge "$1" "$2" "$3" "$(http GET "$BASE$4")"
}
judge() {
    local name=$1 want=$2 wantcode=$3 code=${4% *} secs=${4#* } errcode
    errcode=$(jq -r '.error.code // empty' <"$BODY_FILE" 2>/dev/null || echo "(not JSON)")
    local body; body=$(head -c 300 "$BODY_FILE" | tr '\n' ' ')
    if [ "$code" = "$want" ] && { [ -z "$wantcode" ] || [ "$errcode" = "$wantcode" ]; } \
            && ! grep -qE 'Exception|at [a-z]+\.[a-z]+\.' "$BODY_FILE"; then
        check "$name" "$code ${errcode:-ok} in ${secs}s" ok
    else
        check "$name" "got $code '$errcode' (want $want $wantcode) in ${secs}s: $body" fail
    fi
    [ -n "$wantcode" ] && record "      body: $body"
}

post_raw zero-width-space    400 empty_question /api/chat '{"question":"\\u200b"}'
post_raw nul                 400 empty_question /api/chat '{"question":"\\u0000"}'
post_raw bom                 400 empty_question /api/chat '{"question":"\\ufeff"}'
post_raw ideographic-space   400 empty_question /api/chat '{"question":"\\u3000"}'
post_raw lone-surrogate      400 empty_question /api/chat '{"question":"\\ud800"}'
post_raw mixed-invisibles    400 empty_question /api/chat '{"question":"\\u200b\\u3000\\ufeff\\u2060\\u200e\\r\\n\\t "}'
post_raw raw-utf8-zwsp-bom   400 empty_question /api/chat '{"question":"\xe2\x80\x8b\xef\xbb\xbf\xe3\x80\x80"}'
post_raw invalid-utf8-body   400 invalid_encoding /api/chat '{"question":"\xff\xfe"}'
post_raw stream-post-zwsp    400 empty_question /api/chat/stream '{"question":"\\u200b"}'
get_raw  stream-get-FFFE     400 invalid_encoding '/api/chat/stream?q=%FF%FE'
get_raw  stream-get-zwsp     400 empty_question   '/api/chat/stream?q=%E2%80%8B%E3%80%80'
post_raw control-good-question 200 "" /api/chat '{"question":"\\u200b中欧班列(郑州)+跨境电商这项工作谁牵头？"}'
record "      good question answer: $(jq -r '.answer // .text // empty' <"$BODY_FILE" | cut -c1-60 | tr '\n' ' ')"

sleep 1
NEW_LOG=$(tail -n +"$((LOG_LINES_BEFORE + 1))" "$LOG")
TRACES=$(echo "$NEW_LOG" | grep -cE 'Exception|^\s+at ' || true)
if [ "$TRACES" = 0 ]; then check log "no exception or stack trace among $(echo "$NEW_LOG" | grep -c . ) new log lines" ok
else check log "$TRACES exception/stack-trace lines: $(echo "$NEW_LOG" | grep -E 'Exception|^\s+at ' | head -5)" fail; fi
finish "2 invisible-character questions"
