#!/usr/bin/env bash
# Issue 14, acceptance 3: an upload named like the shipped gazette (2017-zhengzhou-gazette-march.txt, 44
# documents) leaves the gazette's 44 documents in place: kept under another name (201); a clashing document
# number is 409 document_exists; the gazette itself again is 200 and writes nothing; the graph checked through
# GET /api/documents, through `stats --json` with the server stopped, and again after a restart (the upload kept).
source "$(dirname "$0")/lib.sh"
init_acceptance "3 upload named like the gazette"

GAZ=2017-zhengzhou-gazette-march.txt
new_data_dir upload; DATA=$DIR; PORT=$(free_port); BOLT=$(free_port); TOKEN=rel-admin-token-$RANDOM
LOG="$DATA.log"; TMP_DIRS+=("$LOG")
ENVS=(PA_CDS=off PA_DATA_DIR="$DATA" PA_PORT="$PORT" PA_BOLT_PORT="$BOLT" PA_ADMIN_TOKEN="$TOKEN")
start_serve "$LOG" "${ENVS[@]}"
wait_health_up "$PORT" 180 "$PID" || { record "  server did not come up"; tail -20 "$LOG"; exit 1; }
BASE="http://127.0.0.1:$PORT"

gazette_count() { curl -s "$BASE/api/documents" | jq --arg f "$GAZ" '[.[] | select(.stub|not) | select((.sourceFile // "") | endswith($f))] | length'; }
total_count() { curl -s "$BASE/api/documents" | jq '[.[] | select(.stub|not)] | length'; }
has_doc() { curl -s "$BASE/api/documents" | jq --arg n "$1" '[.[] | select(.docNo == $n)] | length'; }
upload() { # upload FILE [query…] (an upload waits for the embedding of missing task vectors: long timeout)
    http POST "$BASE/api/documents?name=$GAZ${2:-}" -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/octet-stream' --data-binary @"$1" --max-time 300
}

G0=$(gazette_count); T0=$(total_count)
record "  before: gazette $G0 documents, $T0 documents in all"
[ "$G0" = 44 ] && check gazette-shipped "44 documents from $GAZ" ok || check gazette-shipped "$G0 documents" fail

NEW="$DATA.new.txt"; TMP_DIRS+=("$NEW")
cat >"$NEW" <<'DOC'
郑州市人民政府办公厅

关于开展验收测试专项工作的通知

郑政办〔2099〕14号 2099年1月5日

各区人民政府，市人民政府各部门：

为检验政策助手的上传功能是否会覆盖已有文件，现就开展验收测试专项工作通知如下：

一、加快建设验收测试平台，年底前完成平台上线运行。（牵头单位：市大数据局；配合单位：市财政局）

二、健全验收测试工作机制，定期通报工作进展情况。（牵头单位：市政府办公厅）
DOC
record "  semantic index at the first upload: $(curl -s "$BASE/health" | jq -r .semanticIndex)"
OUT=$(upload "$NEW"); CODE=${OUT% *}
record "  upload of a new document named $GAZ: $CODE in ${OUT#* }s: $(head -c 400 "$BODY_FILE")"
[ "$CODE" = 201 ] && check new-upload "201, kept as $(jq -r .file "$BODY_FILE")" ok || check new-upload "status $CODE" fail
G1=$(gazette_count); T1=$(total_count)
record "  after it: gazette $G1, in all $T1, 郑政办〔2099〕14号 present: $(has_doc '郑政办〔2099〕14号')"
[ "$G1" = 44 ] && [ "$T1" = $((T0 + 1)) ] && check gazette-intact "44 gazette documents, total $T0 -> $T1" ok \
    || check gazette-intact "gazette $G1, total $T0 -> $T1" fail

CLASH="$DATA.clash.txt"; TMP_DIRS+=("$CLASH")
sed 's/郑政办〔2099〕14号/郑政〔2017〕6号/; s/验收测试/冲突测试/g' "$NEW" >"$CLASH"
OUT=$(upload "$CLASH"); CODE=${OUT% *}
record "  upload reusing the gazette's 郑政〔2017〕6号: $CODE in ${OUT#* }s: $(head -c 400 "$BODY_FILE")"
[ "$CODE" = 409 ] && [ "$(jq -r .error.code "$BODY_FILE")" = document_exists ] && check number-clash "409 document_exists" ok \
    || check number-clash "status $CODE" fail

OUT=$(upload "$ROOT/graph-import/corpus/$GAZ"); CODE=${OUT% *}
record "  upload of the gazette itself under its name: $CODE in ${OUT#* }s: $(head -c 300 "$BODY_FILE")"
[ "$CODE" = 200 ] && check same-gazette "200, nothing written" ok || check same-gazette "status $CODE" fail

OUT=$(http POST "$BASE/api/documents?name=$GAZ" -H 'Content-Type: application/octet-stream' --data-binary @"$NEW")
[ "${OUT% *}" = 401 ] && check no-token "401" ok || check no-token "status ${OUT% *}" fail

G2=$(gazette_count); T2=$(total_count)
[ "$G2" = 44 ] && [ "$T2" = "$T1" ] && check after-refusals "gazette 44, total $T2" ok || check after-refusals "gazette $G2, total $T2" fail

stop_pid "$PID"
STATS=$(cd "$ROOT" && PA_CDS=off PA_DATA_DIR="$DATA" PA_BOLT_PORT="$BOLT" java -jar "$JAR" stats --json 2>>"$LOG")
GS=$(echo "$STATS" | jq --arg f "$GAZ" '[.documents[] | select((.sourceFile // "") | endswith($f))] | length')
US=$(echo "$STATS" | jq -r '[.documents[] | select(.docNo == "郑政办〔2099〕14号") | .sourceFile] | join(",")')
record "  stats --json (server stopped): gazette $GS documents; 郑政办〔2099〕14号 in '$US'"
[ "$GS" = 44 ] && [ -n "$US" ] && check stats "gazette 44, upload in $US" ok || check stats "gazette $GS, upload '$US'" fail

start_serve "$LOG" "${ENVS[@]}"
wait_health_up "$PORT" 180 "$PID" || { record "  server did not come back"; exit 1; }
G3=$(gazette_count); T3=$(total_count); H3=$(has_doc '郑政办〔2099〕14号')
record "  after a restart: gazette $G3, in all $T3, upload present $H3; uploads kept: $(ls "$DATA/uploads" | tr '\n' ' ')"
[ "$G3" = 44 ] && [ "$T3" = "$T1" ] && [ "$H3" = 1 ] && check restart "gazette 44, upload kept, total $T3" ok \
    || check restart "gazette $G3, total $T3, upload $H3" fail
finish "3 upload named like the gazette"
