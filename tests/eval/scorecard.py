#!/usr/bin/env python3
"""The scorecard: gwr's output scored against every gold folder of tests/gold/.

    python3 tests/eval/scorecard.py [--gwr BIN] [--markdown FILE] [--readme FILE] [--quiet] [OUTPUT]

Runs `gwr eval --gold tests/gold/<name> OUTPUT --json ...` for each gold listed in
tests/gold/INDEX.tsv (which says how each gold was made), prints each card, and prints the
scorecard table. --markdown writes the scorecard page (docs/scorecard.md); --readme replaces the
block between `<!-- scorecard:begin -->` and `<!-- scorecard:end -->` in that file. `make eval`
does both; tests/integration/scorecard.rs regenerates both into a temp folder and fails when the
committed ones differ.

Python 3 standard library only. Exit status: 0 done, 1 a gold or the output is not usable,
2 usage.
"""

import argparse
import csv
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD_ROOT = ROOT / "tests" / "gold"
INDEX = GOLD_ROOT / "INDEX.tsv"
BEGIN, END = "<!-- scorecard:begin -->", "<!-- scorecard:end -->"
# Row order of the scorecard: how far the gold is from what the rules were tuned on.
MADE = ["provided", "tuned", "blind"]

# The scorecard's columns: header, then the metrics shown in the cell (TABLE.METRIC keys of
# `gwr eval --json`), joined by " / " (or written "X each" when `each` and all are equal).
COLUMNS = [
    ("indicators span P / R", ["indicators.precision", "indicators.recall"], False),
    (
        "value_base, unit_base, measure, qualifier",
        ["indicators.value_base", "indicators.unit_base", "indicators.measure", "indicators.qualifier"],
        True,
    ),
    ("period, status", ["indicators.period", "indicators.status"], False),
    ("subject char F1", ["indicators.subject_f1"], False),
    ("indicator code F1", ["indicators.indicator_f1"], False),
    ("projects P / R / F1", ["projects.precision", "projects.recall", "projects.f1"], False),
    ("stage", ["projects.stage"], False),
]


def fail(msg):
    print(f"scorecard: {msg}", file=sys.stderr)
    sys.exit(1)


def read_index():
    """The rows of tests/gold/INDEX.tsv, checked against the folders of tests/gold/."""
    lines = [line for line in INDEX.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    want = ["gold", "label", "input", "made", "how"]
    if not rows or list(rows[0].keys()) != want:
        fail(f"{INDEX}: the header must be {' '.join(want)}")
    for n, r in enumerate(rows, start=1):
        if None in r or any(v is None or not v.strip() for v in r.values()):
            fail(f"{INDEX}: row {n} ({r.get('gold')}) needs all of {', '.join(want)}")
        if r["made"] not in MADE:
            fail(f"{INDEX}: {r['gold']}: made is {r['made']!r}, not one of {', '.join(MADE)}")
        if not (GOLD_ROOT / r["gold"]).is_dir():
            fail(f"{INDEX}: no folder tests/gold/{r['gold']}")
        if not (ROOT / r["input"]).is_file():
            fail(f"{INDEX}: {r['gold']}: no input file {r['input']}")
    listed = {r["gold"] for r in rows}
    folders = {p.name for p in GOLD_ROOT.iterdir() if p.is_dir() and any(p.glob("*.csv"))}
    if listed != folders:
        fail(f"{INDEX} lists {sorted(listed)} but tests/gold/ has {sorted(folders)}: one row per gold folder")
    return sorted(rows, key=lambda r: (MADE.index(r["made"]), r["gold"]))


def score(gwr, gold, output, quiet):
    """The JSON card of `gwr eval` for one gold folder."""
    with tempfile.TemporaryDirectory() as tmp:
        card = Path(tmp) / "card.json"
        cmd = [gwr, "eval", "--gold", f"tests/gold/{gold}", str(output), "--json", str(card)]
        run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        if run.returncode != 0:
            fail(f"{' '.join(cmd)} exited {run.returncode}:\n{run.stderr}")
        if not quiet:
            print(run.stdout)
        result = json.loads(card.read_text(encoding="utf-8"))
    if not result["doc_ids"]:
        fail(f"{output} has no document of the gold {gold}: extract raw/ into it first (make extract)")
    return result


def cell(metrics, keys, each):
    values = [metrics.get(k) for k in keys]
    if any(v is None for v in values):
        return "—"
    text = [f"{v:.3f}" for v in values]
    if each and len(set(text)) == 1:
        return f"{text[0]} each"
    return " / ".join(text)


def table(golds, cards):
    """The scorecard table: one row per gold."""
    head = ["gold", "how it was made"] + [c[0] for c in COLUMNS]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for g in golds:
        metrics = cards[g["gold"]]["metrics"]
        row = [g["label"], g["how"]] + [cell(metrics, keys, each) for _, keys, each in COLUMNS]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines) + "\n"


def page(golds, cards, scorecard):
    """docs/scorecard.md: the scorecard, the rows behind it and every metric of every gold."""
    out = [
        "# Scorecard",
        "",
        "<!-- Generated by `make eval` (tests/eval/scorecard.py); do not edit by hand. -->",
        "",
        "gwr's output on the reports in `raw/` scored against every gold folder of `tests/gold/`",
        "(`gwr eval --gold DIR OUTPUT`; only the documents of a gold are scored). How each gold was",
        "made is in `tests/gold/INDEX.tsv`: *provided* with the task (the rules were tuned on it),",
        "*tuned* (annotated before gwr ran on the report, then used for tuning) or *blind*",
        "(annotated without being shown to the people tuning gwr; the honest estimate).",
        "",
        scorecard.rstrip("\n"),
        "",
        "## Rows (gold / output / matched)",
        "",
        "| gold | made | report | " + " | ".join(f"{t}" for t in tables_of(cards)) + " |",
        "|" + "---|" * (3 + len(tables_of(cards))),
    ]
    for g in golds:
        tables = cards[g["gold"]]["tables"]
        counts = [
            f"{tables[t]['gold_rows']} / {tables[t]['output_rows']} / {tables[t]['matched']}" if t in tables else "—"
            for t in tables_of(cards)
        ]
        out.append(f"| {g['label']} | {g['made']} | `{g['input']}` | " + " | ".join(counts) + " |")
    out += ["", "## Every metric", "", "| metric | " + " | ".join(g["label"] for g in golds) + " |"]
    out.append("|" + "---|" + "---:|" * len(golds))
    keys = sorted({k for c in cards.values() for k in c["metrics"]}, key=metric_order)
    for k in keys:
        values = [cards[g["gold"]]["metrics"].get(k) for g in golds]
        out.append(f"| {k} | " + " | ".join("—" if v is None else f"{v:.3f}" for v in values) + " |")
    return "\n".join(out) + "\n"


TABLE_ORDER = ["documents", "sections", "indicators", "projects", "glossary"]


def tables_of(cards):
    present = {t for c in cards.values() for t in c["tables"]}
    return [t for t in TABLE_ORDER if t in present]


def metric_order(key):
    table, _, metric = key.partition(".")
    first = ["precision", "recall", "f1", "span_exact"]
    rank = first.index(metric) if metric in first else len(first)
    return (TABLE_ORDER.index(table) if table in TABLE_ORDER else len(TABLE_ORDER), rank, metric)


def replace_block(path, scorecard):
    text = path.read_text(encoding="utf-8")
    if text.count(BEGIN) != 1 or text.count(END) != 1 or text.index(BEGIN) > text.index(END):
        fail(f"{path}: needs one {BEGIN} line and one {END} line after it")
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    path.write_text(f"{head}{BEGIN}\n{scorecard}{END}{tail}", encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("output", nargs="?", default="output", help="output folder of gwr extract (default: output)")
    ap.add_argument("--gwr", default=str(ROOT / "target" / "debug" / "gwr"), help="the gwr binary")
    ap.add_argument("--markdown", type=Path, help="write the scorecard page here (docs/scorecard.md)")
    ap.add_argument("--readme", type=Path, help="replace the scorecard block of this file (README.md)")
    ap.add_argument("--quiet", action="store_true", help="do not print each gold's card")
    args = ap.parse_args()
    output = Path(args.output).resolve()
    if not output.is_dir():
        fail(f"no output folder {args.output}: run make extract first")
    golds = read_index()
    cards = {g["gold"]: score(args.gwr, g["gold"], output, args.quiet) for g in golds}
    scorecard = table(golds, cards)
    print(scorecard, end="")
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(page(golds, cards, scorecard), encoding="utf-8")
    if args.readme:
        replace_block(args.readme, scorecard)


if __name__ == "__main__":
    main()
