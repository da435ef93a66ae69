#!/usr/bin/env python3
"""The most frequent indicator subjects that get no code: where dict/indicators.tsv lacks an alias.

    python3 tests/eval/uncoded.py [--top N] [--min-docs K] [--coded] OUTPUT_DIR

Reads OUTPUT_DIR/indicators.csv (a `gwr extract` run, e.g. over raw/) and prints the subjects
whose `indicator` is empty, most frequent first: rows, reports they occur in, subject. Subjects
are counted as written, so a scope prefix or a trailing measure word makes another line; read
the list for the names of contract indicators and add the missing alias or linking rule.
--coded prints the coded subjects instead (to check what links, and to what).

Python 3 standard library only.
"""

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output", type=Path)
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--min-docs", type=int, default=1, help="only subjects found in at least K reports")
    ap.add_argument("--coded", action="store_true", help="list coded subjects with their code")
    args = ap.parse_args()
    path = args.output / "indicators.csv"
    if not path.is_file():
        print(f"no {path}", file=sys.stderr)
        return 1
    rows = Counter()
    docs = defaultdict(set)
    total = coded = 0
    with path.open(encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f):
            subject = r["subject"]
            if not subject:
                continue
            total += 1
            code = r["indicator"]
            coded += bool(code)
            if bool(code) != args.coded:
                continue
            key = (subject, code)
            rows[key] += 1
            docs[key].add(r["doc_id"])
    print(f"# {total} rows with a subject, {coded} coded ({coded / max(total, 1):.1%})")
    shown = [k for k, _ in rows.most_common() if len(docs[k]) >= args.min_docs][: args.top]
    for key in shown:
        subject, code = key
        print(f"{rows[key]:5d} {len(docs[key]):4d}  {subject}" + (f"  -> {code}" if code else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
