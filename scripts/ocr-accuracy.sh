#!/usr/bin/env bash
# OCR accuracy on a shipped document: LibreOffice prints graph-import/corpus/$1 (default: the 2017 opening-up plan)
# to PDF; scripts/OcrAccuracy.java compares pages (default 2 and 3) read from the text layer with the same pages
# scanned at 200 dpi and read by OCR. Needs `mvn package` first (target/classes, target/lib) and LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/.."
doc=${1:-2017-zhengzhou-opening-up-plan.txt}
shift || true
pages=("${@:-2 3}")
out=$(mktemp -d)
soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to pdf --outdir "$out" "graph-import/corpus/$doc" >/dev/null
java -cp "target/classes:target/lib/*" scripts/OcrAccuracy.java "$out/${doc%.*}.pdf" ${pages[@]}
rm -rf "$out"
