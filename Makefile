# gwr: thin aliases over cargo and the gwr binary.
#
#   make extract   raw/ -> output/ (CSV + Parquet + datapackage.json + run.json)
#   make test      unit + integration tests, then the Python interop check
#   make eval      score output/ against every gold in tests/gold/; write the scorecard
#                  (README.md, docs/scorecard.md)
#   make bench     throughput benchmarks (release profile, extraction only)
#   make lint      rustfmt and clippy, warnings as errors
#
# Everything builds in one profile (dev, with dependencies optimised; see Cargo.toml), so
# `make extract` and `make test` share one build.

CARGO  ?= cargo
PYTHON ?= python3
VENV   := .venv
GWR    := target/debug/gwr
INPUTS := $(shell find raw dict -type f)

.PHONY: all build extract test unit interop eval bench lint fmt venv clean

all: build

build:
	$(CARGO) build --bins

extract: build
	$(GWR) extract raw -o output

unit:
	$(CARGO) test --no-fail-fast

test: unit interop

$(VENV)/.installed: tests/interop/requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -r tests/interop/requirements.txt
	touch $@

venv: $(VENV)/.installed

# Every Parquet table loads in pyarrow, pandas, polars and DuckDB with the schema's columns
# and types and the same values as its CSV; frictionless validates the data package.
interop: build venv
	rm -rf target/interop && $(GWR) extract raw -o target/interop -q
	$(VENV)/bin/python tests/interop/check_interop.py target/interop
	$(VENV)/bin/frictionless validate target/interop/datapackage.json

# Score output/ against every gold folder in tests/gold/ (tests/gold/INDEX.tsv says how each was
# made) and write the scorecard: docs/scorecard.md and the block between the scorecard markers
# in README.md. output/ is extracted again first when the binary or an input is newer than it.
eval: build
	@$(MAKE) --no-print-directory output/run.json
	$(PYTHON) tests/eval/scorecard.py --gwr $(GWR) --markdown docs/scorecard.md --readme README.md output

output/run.json: $(GWR) $(INPUTS)
	$(GWR) extract raw -o output

bench:
	$(CARGO) bench --no-default-features --bench extract

lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets -- -D warnings

fmt:
	$(CARGO) fmt

clean:
	rm -rf output target/interop
