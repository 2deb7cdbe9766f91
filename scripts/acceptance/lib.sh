#!/usr/bin/env bash
# Shared helpers of the issue-14 acceptance scripts. Source it; every process started through start_serve is
# recorded (launcher and, if any, its child JVM) and ended by cleanup (trap set by init_acceptance).
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
JAR="$ROOT/target/policy-assistant.jar"
RESULTS=${RESULTS:-/tmp/rel-acceptance-results.txt}
STARTED_PIDS=()
TMP_DIRS=()
FAILS=0

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.3f", b-a}'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN{exit !(a<=b)}'; }   # le A B: A <= B (decimals)

log() { echo "[$(date +%T)] $*" >&2; }
record() { echo "$*" | tee -a "$RESULTS" >&2; }
check() { # check NAME CONDITION-DESCRIPTION ok|fail
    if [ "$3" = ok ]; then record "  PASS $1: $2"; else record "  FAIL $1: $2"; FAILS=$((FAILS+1)); fi
}

# a free TCP port on 127.0.0.1, from a high range, not listened on now
free_port() {
    local p
    while :; do
        p=$(( 20000 + RANDOM % 30000 ))
        if ! ss -ltn "sport = :$p" | grep -q LISTEN; then echo "$p"; return; fi
    done
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# new_data_dir NAME : sets DIR to a new private directory /tmp/rel-NAME-XXXX (removed by cleanup)
new_data_dir() { DIR=$(mktemp -d "/tmp/rel-$1-XXXX"); TMP_DIRS+=("$DIR"); }

# start_serve LOGFILE [ENV=VALUE…] : starts `java -jar … serve` in the background with the given environment
# (on top of PA_RATE_LIMIT=0, PA_CDS unset); sets PID to the launcher's pid. Not in $(…): the pid must be recorded
# in this shell for cleanup.
start_serve() {
    local logfile=$1; shift
    ( cd "$ROOT" && exec env -u PA_CDS PA_RATE_LIMIT=0 "$@" java -jar "$JAR" serve >>"$logfile" 2>&1 ) &
    PID=$!
    STARTED_PIDS+=("$PID")
}

# child JVM(s) of a launcher pid (empty when it runs in one JVM)
children_of() { pgrep -P "$1" 2>/dev/null || true; }

# wait_http URL SECONDS : until the URL answers anything (any HTTP status); 0 when it did
wait_http() {
    local url=$1 limit=$2 start; start=$(now)
    while le "$(elapsed "$start" "$(now)")" "$limit"; do
        if curl -s -o /dev/null --max-time 2 "$url"; then return 0; fi
        sleep 0.2
    done
    return 1
}
wait_health_up() { # wait_health_up PORT SECONDS [PID: give up when it is gone]
    local start; start=$(now)
    while le "$(elapsed "$start" "$(now)")" "$2"; do
        if [ -n "${3:-}" ] && ! kill -0 "$3" 2>/dev/null; then return 1; fi
        if curl -s --max-time 2 "http://127.0.0.1:$1/health" | grep -q '"up"'; then return 0; fi
        sleep 0.2
    done
    return 1
}

# stop_pid PID : SIGTERM to the pid (and its children), waits up to 40 s, then SIGKILL
stop_pid() {
    local pid=$1 kids i
    kids=$(children_of "$pid")
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 200); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.2
    done
    kill -KILL "$pid" 2>/dev/null || true
    for k in $kids; do
        for i in $(seq 1 50); do kill -0 "$k" 2>/dev/null || break; sleep 0.2; done
        kill -KILL "$k" 2>/dev/null || true
    done
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local pid
    for pid in "${STARTED_PIDS[@]:-}"; do
        [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && stop_pid "$pid"
    done
    for pid in "${EXTRA_PIDS[@]:-}"; do
        [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null || true
    done
    for d in "${TMP_DIRS[@]:-}"; do # a store still held by a process of ours (say, an orphaned child)
        if [ -n "$d" ] && [ -f "$d/store.pid" ]; then
            pid=$(cat "$d/store.pid")
            if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q policy-assistant; then
                log "cleanup: process $pid still holds $d; stopping it"; kill -TERM "$pid"; sleep 3; kill -KILL "$pid" 2>/dev/null
            fi
        fi
    done
    if [ "${KEEP_DATA:-0}" != 1 ]; then
        for d in "${TMP_DIRS[@]:-}"; do [ -n "$d" ] && rm -rf "$d"; done
    fi
}
EXTRA_PIDS=()

init_acceptance() {
    trap cleanup EXIT
    TMP_DIRS+=("$BODY_FILE" "$BODY_FILE.req")
    trap 'exit 130' INT TERM
    [ -f "$JAR" ] || { echo "build first: mvn -B -o -q package -DskipTests" >&2; exit 1; }
    record "== $1 ($(date -u +%FT%TZ), $(git -C "$ROOT" rev-parse --short HEAD), load $(cut -d' ' -f1-3 /proc/loadavg))"
}

finish() {
    if [ "$FAILS" = 0 ]; then record "RESULT $1: PASS"; exit 0; else record "RESULT $1: FAIL ($FAILS)"; exit 1; fi
}

# http_code_time METHOD URL [curl args…] : prints "CODE SECONDS" and leaves the body in $BODY_FILE
BODY_FILE=$(mktemp /tmp/rel-body-XXXX)
http() {
    local method=$1 url=$2; shift 2
    curl -s -o "$BODY_FILE" -w '%{http_code} %{time_total}' -X "$method" --max-time 30 "$@" "$url"
}
