#!/usr/bin/env bash
# Makes the office files of src/test/resources/formats with a real office suite (LibreOffice), the way an office
# makes them: the plan (plan.txt, written by hand) as a web page opened in Writer and saved as .docx, .doc and
# .pdf; its task table as a .csv (as Excel saves one, UTF-8 with a BOM, a title row above the header) opened in
# Calc and saved as .xlsx and .xls; a .wps is a .doc renamed and an .et an .xls renamed, as WPS writes them.
# workbook-features.fods (a flat OpenDocument sheet, by hand: a merged title, a merged section row, a lead cell merged over two rows, a
# percentage) is opened in Calc and saved as .xlsx and .xls.
# merged-table.html (by hand: a two-row header, cells merged down and across) is opened in Writer and saved as .doc and
# .pdf.
# Needs: apt-get install -y libreoffice-core libreoffice-writer libreoffice-calc fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/../src/test/resources/formats"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
office() { soffice -env:UserInstallation="file://$work/profile" --headless "$@" >/dev/null; }

python3 - "$work" <<'PY'
import html, sys
work = sys.argv[1]
lines = open("plan.txt", encoding="utf-8").read().split("\n")
rows = [l.split("\t") for l in lines if "\t" in l]
body = []
in_table = False
for line in lines:
    if "\t" in line:
        if not in_table:
            body.append('<table border="1">')
            in_table = True
        cells = line.split("\t")
        tag = "th" if cells == rows[0] else "td"
        body.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in cells) + "</tr>")
        continue
    if in_table:
        body.append("</table>")
        in_table = False
    if line.strip():
        body.append(f"<p>{html.escape(line)}</p>")
page = ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>' + html.escape(lines[0])
        + '</title></head><body>\n' + "\n".join(body) + "\n</body></html>\n")
open(f"{work}/plan.html", "w", encoding="utf-8").write(page)
import csv
with open("plan-table.csv", "w", encoding="utf-8-sig", newline="") as f:
    out = csv.writer(f, lineterminator="\r\n")
    out.writerow(["清河市2024年重点工作任务分解表", "", "", "", ""])
    out.writerow(["填报单位：市政府办公室", "", "", "", "填报时间：2024年2月20日"])
    for r in rows:
        out.writerow(r)
PY

office --infilter="HTML (StarWriter)" --convert-to docx:"MS Word 2007 XML" --outdir "$work" "$work/plan.html"
office --convert-to doc:"MS Word 97" --outdir "$work" "$work/plan.docx"
office --convert-to pdf:writer_pdf_Export --outdir "$work" "$work/plan.docx"
cp "$work/plan.docx" "$work/plan.doc" "$work/plan.pdf" .
cp plan.doc plan.wps
office --infilter="HTML (StarWriter)" --convert-to doc:"MS Word 97" --outdir "$work" merged-table.html
office --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export --outdir "$work" merged-table.html
cp "$work/merged-table.doc" "$work/merged-table.pdf" .

office --infilter="Text - txt - csv (StarCalc):44,34,76,1" --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work" plan-table.csv
office --infilter="Text - txt - csv (StarCalc):44,34,76,1" --convert-to xls:"MS Excel 97" --outdir "$work" plan-table.csv
cp "$work/plan-table.xlsx" "$work/plan-table.xls" .
cp plan-table.xls plan-table.et

office --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work" workbook-features.fods
office --convert-to xls:"MS Excel 97" --outdir "$work" workbook-features.fods
cp "$work/workbook-features.xlsx" "$work/workbook-features.xls" .
ls -l
