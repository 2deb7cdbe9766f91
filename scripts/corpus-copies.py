#!/usr/bin/env python3
"""Copies of a corpus with every year moved on, for benchmarks on a larger store.

Copy k (1..N) of each text file of CORPUS is written to OUT with every year 2014-2025 written in Arabic digits
(in document numbers such as 郑政〔2017〕12号, dates such as 2017年6月底 or 2017-06-30, titles, targets) moved
on by 10*k, so its document numbers are new and no copy replaces an original or another copy on import
(documents are identified by number and content hash). The file name's year moves the same way and the copy
number is appended: 2017-zhengzhou-opening-up-plan.txt -> 2027-zhengzhou-opening-up-plan-copy1.txt.
Same input, same output. Import the originals and the copies together:

    python3 scripts/corpus-copies.py graph-import/corpus /tmp/corpus-4x        # 3 copies: 4x the corpus
    java -jar target/policy-assistant.jar import --vectors graph-import/corpus /tmp/corpus-4x
"""
import argparse
import pathlib
import re
import sys

# A year: four digits, not part of a longer number or a decimal figure (2016.5).
YEAR = re.compile(r"(?<![0-9.．])(20(?:1[4-9]|2[0-5]))(?![0-9]|[.．][0-9])")
# A document number: issuer, 〔year〕, serial, 号.
DOC_NO = re.compile(r"[\u4e00-\u9fff]{1,8}〔[0-9]{4}〕[0-9]+号")


def shifted(text, years):
    return YEAR.sub(lambda m: str(int(m.group(1)) + years), text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=pathlib.Path, help="directory of the original .txt files")
    parser.add_argument("out", type=pathlib.Path, help="directory for the copies (created if missing)")
    parser.add_argument("copies", type=int, nargs="?", default=3, help="copies of each file (default 3)")
    args = parser.parse_args()
    sources = sorted(args.corpus.glob("*.txt"))
    if not sources:
        sys.exit(f"no .txt files in {args.corpus}")
    args.out.mkdir(parents=True, exist_ok=True)
    originals = {n for f in sources for n in DOC_NO.findall(f.read_text(encoding="utf-8"))}
    kept = set()
    for source in sources:
        text = source.read_text(encoding="utf-8")
        for k in range(1, args.copies + 1):
            copy = shifted(text, 10 * k)
            kept |= originals & set(DOC_NO.findall(copy))
            target = args.out / f"{shifted(source.stem, 10 * k)}-copy{k}{source.suffix}"
            target.write_text(copy, encoding="utf-8")
    print(f"{len(sources) * args.copies} copies of {len(sources)} files in {args.out}")
    if kept:
        # Numbers whose year lies outside 2014-2025: fine for citations, a clash if a copied document bears one.
        print(f"numbers left unchanged (year outside 2014-2025): {' '.join(sorted(kept))}", file=sys.stderr)


if __name__ == "__main__":
    main()
