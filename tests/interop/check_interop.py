#!/usr/bin/env python3
"""Interop check: every Parquet table of a gwr output folder loads in pyarrow, pandas,
polars and DuckDB with the data package's columns and types, and holds the same values as
its CSV twin. Run by `make interop` (part of `make test`) inside the pinned venv.

Usage: check_interop.py OUTPUT_DIR
Exit 0 when every check passes; 1 with a list of failures otherwise.
"""
import csv
import json
import math
import sys
from pathlib import Path

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

ARROW = {"string": pa.string(), "integer": pa.int64(), "number": pa.float64(),
         "date": pa.date32(), "boolean": pa.bool_()}
POLARS = {"string": pl.String, "integer": pl.Int64, "number": pl.Float64,
          "date": pl.Date, "boolean": pl.Boolean}
DUCK = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE",
        "date": "DATE", "boolean": "BOOLEAN"}

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL", msg)


def csv_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def same(cell, value, typ):
    """Does the CSV text `cell` denote the Parquet value `value` of schema type `typ`?"""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return cell == ""
    if typ == "number":
        return cell != "" and math.isclose(float(cell), value, rel_tol=1e-12, abs_tol=0.0)
    if typ == "integer":
        return cell != "" and int(cell) == value
    if typ == "boolean":
        return cell == ("true" if value else "false")
    return cell == str(value)


def check_table(out, res):
    name = res["name"]
    fields = res["schema"]["fields"]
    cols = [f["name"] for f in fields]
    pq_path = out / f"{name}.parquet"
    if not pq_path.exists():
        fail(f"{name}: {pq_path} missing")
        return
    # pyarrow: exact Arrow types, plain Utf8 (no dictionary, no view types).
    table = pq.read_table(pq_path)
    if table.schema.names != cols:
        fail(f"{name}: pyarrow columns {table.schema.names} != schema {cols}")
    for f in fields:
        got = table.schema.field(f["name"]).type
        if got != ARROW[f["type"]]:
            fail(f"{name}.{f['name']}: pyarrow type {got} != {ARROW[f['type']]}")
    meta = pq.read_metadata(pq_path).metadata or {}
    for key in (b"gwr.version", b"gwr.schema_version", b"gwr.inputs_sha256"):
        if key not in meta:
            fail(f"{name}: footer metadata {key!r} missing")
    # pandas: no categoricals, no Python-object decimals.
    df = pd.read_parquet(pq_path)
    if list(df.columns) != cols:
        fail(f"{name}: pandas columns differ")
    for f in fields:
        dt = df[f["name"]].dtype
        if isinstance(dt, pd.CategoricalDtype):
            fail(f"{name}.{f['name']}: pandas reads a categorical")
        if f["type"] == "number" and dt.kind != "f":
            fail(f"{name}.{f['name']}: pandas dtype {dt} is not float")
    # polars
    pdf = pl.read_parquet(pq_path)
    if pdf.columns != cols:
        fail(f"{name}: polars columns differ")
    for f in fields:
        if pdf.schema[f["name"]] != POLARS[f["type"]]:
            fail(f"{name}.{f['name']}: polars type {pdf.schema[f['name']]} != {POLARS[f['type']]}")
    # DuckDB
    con = duckdb.connect()
    desc = con.execute(f"DESCRIBE SELECT * FROM read_parquet('{pq_path.as_posix()}')").fetchall()
    if [d[0] for d in desc] != cols:
        fail(f"{name}: duckdb columns differ")
    for (col, typ, *_), f in zip(desc, fields):
        if typ != DUCK[f["type"]]:
            fail(f"{name}.{col}: duckdb type {typ} != {DUCK[f['type']]}")
    n_duck = con.execute(f"SELECT count(*) FROM read_parquet('{pq_path.as_posix()}')").fetchone()[0]
    # Values: Parquet (via pyarrow) against the CSV, cell by cell.
    csv_path = out / f"{name}.csv"
    if not csv_path.exists():
        fail(f"{name}: {csv_path} missing")
        return
    rows = csv_rows(csv_path)
    if len(rows) != table.num_rows or n_duck != table.num_rows or len(df) != table.num_rows or pdf.height != table.num_rows:
        fail(f"{name}: row counts csv={len(rows)} pyarrow={table.num_rows} pandas={len(df)} polars={pdf.height} duckdb={n_duck}")
        return
    data = table.to_pylist()
    bad = 0
    for i, (r, v) in enumerate(zip(rows, data)):
        for f in fields:
            c = f["name"]
            if not same(r[c], v[c], f["type"]):
                bad += 1
                if bad <= 5:
                    fail(f"{name} row {i} {c}: csv {r[c]!r} != parquet {v[c]!r}")
    print(f"ok   {name}: {table.num_rows} rows, {len(cols)} columns agree in pyarrow, pandas, polars, duckdb and CSV")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    out = Path(sys.argv[1])
    pkg = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    for res in pkg["resources"]:
        check_table(out, res)
    if failures:
        print(f"{len(failures)} interop failures")
        return 1
    print("interop: all tables agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
