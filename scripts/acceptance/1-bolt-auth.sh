#!/usr/bin/env bash
# Issue 14, acceptance 1: the embedded store's Bolt refuses a session without credentials and with a wrong
# password (Java driver from target/lib), and over WebSocket from a foreign Origin; the right password works.
source "$(dirname "$0")/lib.sh"
init_acceptance "1 bolt authentication"

new_data_dir bolt; DATA=$DIR; PORT=$(free_port); BOLT=$(free_port)
LOG="$DATA.log"; TMP_DIRS+=("$LOG")
start=$(now)
start_serve "$LOG" PA_CDS=off PA_DATA_DIR="$DATA" PA_PORT="$PORT" PA_BOLT_PORT="$BOLT"
wait_health_up "$PORT" 120 "$PID" || { record "  server did not come up"; tail -20 "$LOG"; exit 1; }
log "serve up in $(elapsed "$start" "$(now)") s (http $PORT, bolt $BOLT)"

probe() { java -cp "$ROOT/target/lib/*" "$ROOT/scripts/acceptance/BoltProbe.java" "bolt://127.0.0.1:$BOLT" "$1" 2>&1 | tail -1; }
NONE=$(probe none);    record "  no credentials:  $NONE"
WRONG=$(probe wrong);  record "  wrong password:  $WRONG"
RIGHT=$(probe "$(cat "$DATA/store-password")"); record "  right password:  $RIGHT"
case "$NONE" in REFUSED*) check no-credentials "refused" ok;; *) check no-credentials "$NONE" fail;; esac
case "$WRONG" in REFUSED*) check wrong-password "refused" ok;; *) check wrong-password "$WRONG" fail;; esac
case "$RIGHT" in ACCEPTED*) check right-password "accepted (control)" ok;; *) check right-password "$RIGHT" fail;; esac

WS=$(java "$ROOT/scripts/acceptance/BoltWebSocketProbe.java" "ws://127.0.0.1:$BOLT" "http://evil.example" 2>&1)
echo "$WS" | sed 's/^/    ws: /' | tee -a "$RESULTS" >&2
case "$WS" in *"SESSION REFUSED"*) check websocket-foreign-origin "no session" ok;; *) check websocket-foreign-origin "session granted" fail;; esac

PERM=$(stat -c %a "$DATA/store-password")
[ "$PERM" = 600 ] && check password-file "mode $PERM" ok || check password-file "mode $PERM" fail
finish "1 bolt authentication"
