#!/usr/bin/env python3
"""End-to-end benchmark of `gwr extract` over a corpus (make bench-corpus, make bench-smoke).

Runs the given binary with 1 and 2 worker threads (RAYON_NUM_THREADS, and the process pinned to
as many cores), with both writers, and prints input MB/s, reports/s, peak RSS, CPU time and the
per-stage times of `gwr extract --timings`; then checks that the two outputs are byte-identical
(every file but run.json). Without --corpus, raw/ is replicated into a temporary folder until it
holds about --mb megabytes. With --shapes, also times inputs of awkward shapes (one line, a huge
paragraph, thousands of list items, very long numbers) against the per-byte time of the corpus.

Speed goals live here, never in timed unit tests: the figures are printed, and --check makes the
run fail when output differs between thread counts (the only hard check, also in CI's smoke run).
"""

import argparse
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def replicate(src: Path, dest: Path, mb: float) -> None:
    """Copy the reports of src/ into dest/copy-NN/ until dest holds about `mb` megabytes.
    Markdown reports (raw/lawtext-sample) are saved as .txt, as a user would save them for gwr."""
    files = [p for p in src.rglob("*") if p.is_file() and p.suffix in (".txt", ".md", ".docx", ".html", ".htm")]
    size = sum(p.stat().st_size for p in files)
    copies = max(1, round(mb * 1e6 / size)) if size else 1
    for i in range(copies):
        for p in files:
            to = (dest / f"copy-{i:02}" / p.relative_to(src))
            if to.suffix == ".md":
                to = to.with_suffix(".txt")
            to.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(p, to)


def run(gwr: Path, corpus: Path, out: Path, threads: int, label: str) -> dict:
    """One `gwr extract` run: wall time, CPU time and peak RSS of the child, and its timings."""
    if out.exists():
        shutil.rmtree(out)
    env = dict(os.environ, RAYON_NUM_THREADS=str(threads))
    env.pop("RUST_BACKTRACE", None)
    cores = sorted(os.sched_getaffinity(0))
    pin = set(cores[:threads]) if len(cores) >= threads else set(cores)
    cmd = [str(gwr), "extract", str(corpus), "-o", str(out), "-q", "--timings"]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, text=True,
                         preexec_fn=lambda: os.sched_setaffinity(0, pin))
    err = p.stderr.read()
    _, status, ru = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):  # 1: some input file has status error, which a real corpus may hold
        sys.exit(f"gwr failed ({code}):\n{err}")
    manifest = json.loads((out / "run.json").read_text())
    t = manifest["timings"]
    n = sum(manifest["documents"].values())
    r = {
        "label": label,
        "threads": threads,
        "cores": len(pin),
        "wall": wall,
        "cpu": ru.ru_utime + ru.ru_stime,
        "rss_mb": ru.ru_maxrss / 1024,
        "reports": n,
        "input_mb": t["input_bytes"] / 1e6,
        "stages": t["stages"],
    }
    r["mb_s"] = r["input_mb"] / wall
    r["reports_s"] = n / wall
    r["mb_cpu_s"] = r["input_mb"] / r["cpu"] if r["cpu"] > 0 else float("inf")
    return r


def show(r: dict) -> None:
    print(f"\n## {r['label']}: {r['threads']} thread(s) on {r['cores']} core(s)")
    print(f"  {r['reports']} reports, {r['input_mb']:.1f} MB in {r['wall']:.2f} s wall "
          f"({r['cpu']:.2f} s CPU): {r['mb_s']:.1f} MB/s, {r['reports_s']:.0f} reports/s, "
          f"peak RSS {r['rss_mb']:.0f} MB; {r['mb_cpu_s']:.1f} MB per CPU-second")
    total = sum(s["seconds"] for s in r["stages"]) or 1.0
    for s in r["stages"]:
        mbs = r["input_mb"] / s["seconds"] if s["seconds"] > 0 else float("inf")
        print(f"  {s['stage']:<46} {s['seconds']:8.3f} s {100 * s['seconds'] / total:5.1f}%  {mbs:8.1f} MB/s")


def same_output(a: Path, b: Path) -> list:
    """Files that differ between two output folders (run.json excluded: it holds times)."""
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
    return [n for n in names if n != "run.json"
            and not ((a / n).is_file() and (b / n).is_file() and filecmp.cmp(a / n, b / n, shallow=False))]


def shapes(gwr: Path, sample: Path, work: Path, per_byte: float, mb: float) -> list:
    """Time awkward inputs of about `mb` MB each, one thread; return (name, MB, CPU s, ratio of
    CPU time per byte to the corpus's `per_byte`). CPU time, not wall time: on a shared machine
    the wall time of one thread also counts the other programs that ran on its core."""
    text = sample.read_text(encoding="utf-8")
    lines = [l for l in text.splitlines() if l.strip()]
    body = "".join(lines)
    n = max(1, int(mb * 1e6 / len(body.encode())))
    clauses = [c for c in body.replace("。", "，").split("，") if c]
    items = [f"{i + 1}. {c}；" for i, c in enumerate(clauses * (n * len(body.encode()) // len("".join(clauses).encode()) + 1))]
    made = {
        "normal (the sample report, repeated as paragraphs)": "\n".join(lines * n),
        "one line (every line break removed)": body * n,
        "one sentence (no line break, no full stop)": body.replace("。", "，") * n,
        # A page that lost every mark (no comma, no stop, no bracket, no quote): each rule that
        # reads back or on to a clause mark must stop where a sentence is cut, not at the text's
        # start or end (session 25: 1 MB of such text took 163 s).
        "no marks at all (no line break, no punctuation)": re.sub(r"[，。；：、！？,.;:!?（）()“”]", "", body) * n,
        "list items, one clause each": "\n".join(items)[: int(mb * 1e6 / 3)],
        # A unit written once after the last of many bare figures (分别为1、2、…、5000个), after
        # three copies of the report (so the text stays below the number density gwr refuses):
        # each bare figure looks ahead for that unit, which must stay one walk per list, not one
        # per item.
        "long lists of bare figures (5,000 each)": "\n".join(
            f"{body * 3}分别为{'、'.join(str(k) for k in range(1, 5001))}个。" for _ in range(max(1, n // 3))
        ),
        "very long numbers (2,000 digits)": "\n".join(f"{l}增长{'9' * 2000}.{'5' * 2000}%" for l in lines * max(1, n // 4)),
    }
    rows = []
    for name, content in made.items():
        d = work / "shape"
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
        f = d / "shape.txt"
        f.write_text(content, encoding="utf-8")
        r = run(gwr, f, work / "shape-out", 1, name)
        size = f.stat().st_size / 1e6
        ratio = (r["cpu"] / size) / per_byte
        rows.append((name, size, r["cpu"], ratio))
        print(f"  {name:<52} {size:6.1f} MB {r['cpu']:7.2f} s CPU ({r['wall']:6.2f} s wall) "
              f"{size / r['cpu']:6.1f} MB/CPU-s  {ratio:4.1f}x the corpus's time per byte", flush=True)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gwr", required=True, type=Path, help="the gwr binary to run")
    ap.add_argument("--corpus", type=Path, help="folder of reports (default: raw/ replicated to --mb)")
    ap.add_argument("--mb", type=float, default=100.0, help="size of the replicated corpus (default 100)")
    ap.add_argument("--smoke", action="store_true", help="3 small files of raw/, to prove the harness works")
    ap.add_argument("--growth", action="store_true", help="also run on a quarter of the corpus (peak RSS flat?)")
    ap.add_argument("--shapes", type=float, metavar="MB", help="also time awkward input shapes of MB each")
    args = ap.parse_args()
    gwr = args.gwr.resolve()
    if not gwr.is_file():
        sys.exit(f"no binary at {gwr}")
    with tempfile.TemporaryDirectory(prefix="gwr-bench-") as tmp:
        work = Path(tmp)
        if args.smoke:
            corpus = work / "corpus"
            corpus.mkdir()
            small = sorted((p for p in (ROOT / "raw").rglob("*.txt") if p.name != "TRUTH.tsv"),
                           key=lambda p: p.stat().st_size)[:3]
            for i, p in enumerate(small):
                shutil.copy(p, corpus / f"{i}-{p.name}")
        elif args.corpus:
            corpus = args.corpus.resolve()
        else:
            corpus = work / "corpus"
            replicate(ROOT / "raw", corpus, args.mb)
        print(f"# gwr bench-corpus: {gwr}\n# corpus {corpus}: {sum(1 for p in corpus.rglob('*') if p.is_file())} files, "
              f"{sum(p.stat().st_size for p in corpus.rglob('*') if p.is_file()) / 1e6:.1f} MB; "
              f"{os.cpu_count()} cores", flush=True)
        one = run(gwr, corpus, work / "out-1", 1, "one thread")
        show(one)
        two = run(gwr, corpus, work / "out-2", 2, "two threads")
        show(two)
        print(f"\n## two threads / one thread: {one['wall'] / two['wall']:.2f}x")
        diff = same_output(work / "out-1", work / "out-2")
        if diff:
            sys.exit(f"FAIL: output differs between 1 and 2 threads: {', '.join(diff)}")
        print("## outputs of 1 and 2 threads: byte-identical (every file but run.json)")
        if args.growth and not args.corpus:
            quarter = work / "quarter"
            copies = sorted(corpus.iterdir())
            quarter.mkdir()
            for c in copies[: max(1, len(copies) // 4)]:
                shutil.copytree(c, quarter / c.name)
            q = run(gwr, quarter, work / "out-q", 2, "a quarter of the corpus")
            show(q)
            print(f"\n## peak RSS: {q['rss_mb']:.0f} MB on {q['input_mb']:.0f} MB, "
                  f"{two['rss_mb']:.0f} MB on {two['input_mb']:.0f} MB")
        if args.shapes:
            sample = ROOT / "raw" / "cq-dadukou-2022.txt"
            per_byte = one["cpu"] / one["input_mb"]
            print(f"\n## input shapes, one thread ({per_byte:.3f} CPU-s per MB on the corpus)")
            shapes(gwr, sample, work, per_byte, args.shapes)


if __name__ == "__main__":
    main()
