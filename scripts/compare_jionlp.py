#!/usr/bin/env python3
"""Side-by-side with jionlp, the general-purpose Chinese extractor a user might pick instead
(BENCHMARKS.md). jionlp finds money amounts and time expressions; gwr finds every stated
quantity with its subject, unit, period and status, plus documents, sections, projects and the
glossary.

Not part of the build or the tests. Run it in a throwaway venv outside the repository:

    python3 -m venv /tmp/jio && /tmp/jio/bin/pip install jionlp
    /tmp/jio/bin/python scripts/compare_jionlp.py --gwr target/release/gwr [--n 200]

It reads up to N text reports of raw/ (.txt, and the Markdown sample read as text), runs
jionlp's extract_money and extract_time over each (one process, as jionlp runs), times gwr on
the same files (one thread), and on the seed gold (tests/gold/cq-dadukou-2022) counts how many
of the hand-checked currency figures each tool finds (a span overlapping the gold's).
"""

import argparse
import csv
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def read_text(p: Path) -> str:
    b = p.read_bytes()
    for enc in ("utf-8-sig", "utf-16", "gb18030"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            continue
    return b.decode("utf-8", errors="replace")


def overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gwr", required=True, type=Path)
    ap.add_argument("--n", type=int, default=200)
    args = ap.parse_args()
    import jionlp as jio  # noqa: PLC0415 (only here: the rest of the repo never needs it)

    files = sorted(p for p in (ROOT / "raw").rglob("*") if p.suffix in (".txt", ".md"))[: args.n]
    texts = [read_text(p) for p in files]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    base = time.mktime((2026, 1, 1, 0, 0, 0, 0, 0, -1))

    t0 = time.perf_counter()
    c0 = time.process_time()
    money = times = 0
    for t in texts:
        money += len(jio.ner.extract_money(t, with_parsing=True))
        times += len(jio.ner.extract_time(t, time_base=base, with_parsing=True))
    jwall, jcpu = time.perf_counter() - t0, time.process_time() - c0

    with tempfile.TemporaryDirectory(prefix="gwr-jio-") as tmp:
        corpus = Path(tmp) / "corpus"
        for i, p in enumerate(files):
            to = corpus / f"{i:04}-{p.stem}.txt"
            to.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(p, to)
        out = Path(tmp) / "out"
        env = dict(os.environ, RAYON_NUM_THREADS="1")
        t0 = time.perf_counter()
        p = subprocess.Popen([str(args.gwr), "extract", str(corpus), "-o", str(out), "-q"], env=env,
                             preexec_fn=lambda: os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]}))
        _, _, ru = os.wait4(p.pid, 0)
        gwall, gcpu = time.perf_counter() - t0, ru.ru_utime + ru.ru_stime
        csv.field_size_limit(1 << 30)
        with open(out / "indicators.csv", encoding="utf-8-sig") as f:
            ind = list(csv.DictReader(f))
        with open(out / "projects.csv", encoding="utf-8-sig") as f:
            n_proj = sum(1 for _ in csv.DictReader(f))
    n = len(texts)
    cur = sum(1 for r in ind if r["dimension"] == "currency")
    with_period = sum(1 for r in ind if r["period_end"])
    print(f"{n} reports, {mb:.1f} MB of text")
    print(f"jionlp {jio.__version__} money+time: {jwall:.1f} s wall, {jcpu:.1f} s CPU: {n / jcpu:.1f} reports/s, "
          f"{mb / jcpu:.2f} MB/s per CPU-second; found {money} money amounts, {times} time expressions")
    print(f"gwr (1 thread, every table, both writers): {gwall:.2f} s wall, {gcpu:.2f} s CPU: {n / gcpu:.0f} reports/s, "
          f"{mb / gcpu:.1f} MB/s per CPU-second; found {len(ind)} quantities ({cur} currency amounts, "
          f"{with_period} with a period), {n_proj} project mentions")
    print(f"gwr / jionlp, CPU time per report: {jcpu / gcpu:.0f}x faster")

    # The seed gold: currency figures found (span overlap).
    seed = ROOT / "raw" / "cq-dadukou-2022.txt"
    text = read_text(seed)
    with open(ROOT / "tests/gold/cq-dadukou-2022/indicators.csv", encoding="utf-8-sig") as f:
        gold = [r for r in csv.DictReader(f) if r["dimension"] == "currency"]
    spans = [(int(r["char_start"]), int(r["char_end"])) for r in gold]
    found = [tuple(m["offset"]) for m in jio.ner.extract_money(text, with_parsing=True)]
    hit = sum(1 for g in spans if any(overlaps(g, m) for m in found))
    extra = sum(1 for m in found if not any(overlaps(g, m) for g in spans))
    print(f"seed gold, {len(spans)} currency figures: jionlp finds {hit} (and {extra} money spans the gold has "
          f"not as currency figures); its output has no subject, period or actual/target status")


if __name__ == "__main__":
    sys.exit(main())
