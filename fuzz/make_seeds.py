#!/usr/bin/env python3
"""Seed inputs for the fuzz targets, cut from raw/ and the test fixtures.

    python3 fuzz/make_seeds.py fuzz/seeds

writes fuzz/seeds/<target>/<name> (not kept in git). Merge them into the kept corpus
with `cargo +nightly fuzz cmin <target> fuzz/seeds/<target>` or libFuzzer's -merge=1 (see
fuzz/README.md), which keeps only the inputs that add coverage. Each input starts with the selector byte(s) its target reads first (see the
target's doc comment).
"""

import io
import os
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
FIX = ROOT / "tests" / "fixtures"

# Slices stay small: libFuzzer mutates a few KiB far faster than a whole report.
SLICE = 3000


def utf8_slice(text: str, start: int, n: int = SLICE) -> str:
    """About n bytes of UTF-8 from character `start`."""
    out, size = [], 0
    for c in text[start:]:
        size += len(c.encode("utf-8"))
        if size > n:
            break
        out.append(c)
    return "".join(out)


def reports():
    """A few reports of each kind of source, decoded."""
    picks = [
        RAW / "cq-dadukou-2022.txt",
        *sorted((RAW / "hailar").glob("*.txt"))[:1],
        *sorted((RAW / "provinces-2026").glob("*.txt"))[:2],
        *sorted((RAW / "lawtext-sample").rglob("*.md"))[:4],
    ]
    for p in picks:
        b = p.read_bytes()
        for enc in ("utf-8-sig", "gb18030"):
            try:
                yield p, b.decode(enc)
                break
            except UnicodeDecodeError:
                continue


def document_xml(docx: Path) -> bytes:
    with zipfile.ZipFile(docx) as z:
        return z.read("word/document.xml")


def xml_slice(xml: bytes, n: int = 6000) -> bytes:
    """The start of the body, cut at a paragraph end, closed so that it stays well formed."""
    end = xml.find(b"</w:p>", n)
    end = len(xml) if end < 0 else end + len(b"</w:p>")
    body = xml[:end]
    return body + b"</w:body></w:document>"


def main(out: Path) -> None:
    seeds = {"extract": {}, "docx": {}, "numbers": {}}
    for i, (p, text) in enumerate(reports()):
        head = utf8_slice(text, 0)
        middle = utf8_slice(text, len(text) // 2)
        tail = utf8_slice(text, max(0, len(text) - 1500))
        # Selector 0x20: the same bytes read as Markdown (front matter, masked markup).
        kind = b"\x20" if p.suffix == ".md" else b"\x00"
        for part, s in (("head", head), ("middle", middle), ("tail", tail)):
            seeds["extract"][f"text-{i}-{part}"] = kind + s.encode("utf-8")
        # The same text in the other encodings the decoder reads.
        seeds["extract"][f"gbk-{i}"] = b"\x00" + head.encode("gb18030", "replace")
        seeds["extract"][f"utf16le-bom-{i}"] = b"\x00" + b"\xff\xfe" + head[:600].encode("utf-16-le")
        seeds["extract"][f"utf16be-nobom-{i}"] = b"\x00" + head[:600].encode("utf-16-be")
        # Lines holding numbers, for the number recognizer (whole-text range).
        lines = [ln for ln in middle.splitlines() if any(c.isdigit() for c in ln) or "万" in ln]
        for j, ln in enumerate(lines[:6]):
            seeds["numbers"][f"line-{i}-{j}"] = b"\x00\xff" + ln.encode("utf-8")[:800]
    for h in sorted((FIX / "decode").glob("*.html")):
        seeds["extract"][f"html-{h.stem}"] = b"\x01" + h.read_bytes()[:SLICE * 2]
    for t in sorted((FIX / "header").glob("*.txt")):
        seeds["extract"][f"header-{t.stem}"] = b"\x00" + t.read_bytes()[:SLICE]
    docxs = sorted((RAW / "provinces-2025").glob("*.docx"), key=lambda p: p.stat().st_size)[:2]
    for k, d in enumerate(docxs):
        b = d.read_bytes()
        seeds["extract"][f"docx-{k}"] = b"\x02" + b
        seeds["docx"][f"docx-{k}"] = b"\x00" + b
        xml = xml_slice(document_xml(d))
        seeds["extract"][f"document-xml-{k}"] = b"\x03" + xml
        for mode in (1, 2, 3):
            seeds["docx"][f"document-xml-{k}-{mode}"] = bytes([mode]) + xml
    # A small archive built here (deflated), so mutations of a short zip are reachable too.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b'<w:document><w:body><w:p><w:r><w:t>\xe5\x90\x84\xe4\xbd\x8d</w:t></w:r></w:p></w:body></w:document>')
    seeds["docx"]["tiny-deflated"] = b"\x00" + buf.getvalue()
    for target, files in seeds.items():
        d = out / target
        d.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (d / name).write_bytes(data)
        print(f"{target}: {len(files)} seeds, {sum(map(len, files.values()))} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "fuzz" / "seeds"))
