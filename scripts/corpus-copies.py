#!/usr/bin/env python3
"""Copies of a corpus for benchmarks on a larger store, with every date left valid.

Copy k (1..N) of each text file of CORPUS is written to OUT with
- the places that issue its documents renamed: every name written before 省/市/县/区人民政府 (and its two-character
  short form inside document numbers, 郑政〔2017〕12号's 郑) gets a made-up name of copy k, the same in every file of
  that copy, so copy k is the same plans issued by another city;
- every document number's serial moved on by 1000*k (郑政〔2017〕12号 -> 甲政〔2017〕1012号), so no copy replaces
  an original or another copy on import (documents are identified by number and content hash);
- years untouched: deadlines and target years stay inside what the readers accept, however many copies are made.

With --mix the copies are not copies: inside each copy the items of every section are reordered, one sentence in
ten is dropped (never a line's first), and unit names (…局/委/办) are swapped with other units of the corpus, so
retrieval meets a store that grows like real plans do rather than one of near-identical clauses.
Same input, same output (the shuffles are seeded by file and copy). Import the originals and the copies together:

    python3 scripts/corpus-copies.py graph-import/corpus /tmp/corpus-10x 9          # 10x the corpus
    python3 scripts/corpus-copies.py graph-import/corpus /tmp/corpus-10x-mix 9 --mix
    java -jar target/policy-assistant.jar import --vectors graph-import/corpus /tmp/corpus-10x
"""
import argparse
import collections
import pathlib
import random
import re
import sys

CJK = "\u4e00-\u9fff"
# A place that issues documents: the name right before 省/市/县/区人民政府, after a boundary (not inside 中共X市委X市…).
ISSUER = re.compile(rf"(?:^|(?<=[^{CJK}])|(?<=[、和及]))([{CJK}]{{2,4}}?)(?=[省市县区]人民政府)", re.M)
# A document number: issuer, 〔year〕, serial, 号 (a space may stand before the bracket, around the serial).
DOC_NO = re.compile(rf"([{CJK}]{{1,8}}) ?〔([0-9]{{4}})〕 ?([0-9]+) ?号")
# A unit of a government: a name ending in 局, 委 or 办 after its level word.
UNIT = re.compile(rf"(?<=[市省县区])([{CJK}]{{1,6}}?(?:局|委|办))(?=[、，,。；;）)\s])")
SENTENCE_END = re.compile(r"(?<=[。；])")
HEADING = re.compile(r"^\s*(第[一二三四五六七八九十百]+[章节部分]|[一二三四五六七八九十]+、)")
ITEM = re.compile(r"^\s*([（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.．、])")
FIRST = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
SECOND = "东西南北中新安平和兴"


def issuers(texts, least=2):
    counts = collections.Counter(name for t in texts for name in ISSUER.findall(t))
    return sorted((name for name, n in counts.items() if n >= least), key=len, reverse=True)


def made_up(k, i):
    """Copy k's name for the i-th place: two characters no real name list is needed for."""
    n = (k - 1) * 64 + i
    return FIRST[n % len(FIRST)] + SECOND[(n // len(FIRST)) % len(SECOND)] + FIRST[(n // 7) % len(FIRST)]


def renamed(text, names, k):
    for i, name in enumerate(names):
        text = text.replace(name, made_up(k, i))
    shorts = {name[0]: made_up(k, i)[0] for i, name in reversed(list(enumerate(names)))}

    def number(m):
        issuer = m.group(1)
        if issuer[0] in shorts:
            issuer = shorts[issuer[0]] + issuer[1:]
        return f"{issuer}〔{m.group(2)}〕{int(m.group(3)) + 1000 * k}号"
    return DOC_NO.sub(number, text)


def mixed(text, rng, units):
    lines = text.split("\n")
    out, block = [], []

    def flush():
        rng.shuffle(block)
        out.extend(line for item in block for line in item)
        block.clear()
    for line in lines:
        if HEADING.match(line):
            flush()
            out.append(line)
        elif ITEM.match(line):
            block.append([line])
        elif block:
            block[-1].append(line)
        else:
            out.append(line)
    flush()
    text = "\n".join(dropped(line, rng) for line in out)
    return UNIT.sub(lambda m: rng.choice(units) if rng.random() < 0.5 else m.group(1), text)


def dropped(line, rng):
    sentences = SENTENCE_END.split(line)
    if len(sentences) < 3:
        return line
    return "".join(s for i, s in enumerate(sentences) if i == 0 or rng.random() >= 0.1)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=pathlib.Path, help="directory of the original .txt files")
    parser.add_argument("out", type=pathlib.Path, help="directory for the copies (created if missing)")
    parser.add_argument("copies", type=int, nargs="?", default=3, help="copies of each file (default 3)")
    parser.add_argument("--mix", action="store_true", help="reorder items, drop sentences, swap units per copy")
    args = parser.parse_args()
    sources = sorted(args.corpus.glob("*.txt"))
    if not sources:
        sys.exit(f"no .txt files in {args.corpus}")
    args.out.mkdir(parents=True, exist_ok=True)
    texts = {s: s.read_text(encoding="utf-8") for s in sources}
    names = issuers(texts.values())
    units = sorted({u for t in texts.values() for u in UNIT.findall(t)})
    print(f"places renamed per copy: {' '.join(names)}", file=sys.stderr)
    for source, text in texts.items():
        for k in range(1, args.copies + 1):
            copy = renamed(text, names, k)
            if args.mix:
                copy = mixed(copy, random.Random(f"{source.name}/{k}"), units)
            (args.out / f"{source.stem}-copy{k}{source.suffix}").write_text(copy, encoding="utf-8")
    print(f"{len(sources) * args.copies} copies of {len(sources)} files in {args.out}")


if __name__ == "__main__":
    main()
