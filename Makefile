# gwr: thin aliases over cargo and the gwr binary.
#
#   make extract   raw/ -> output/ (CSV + Parquet + datapackage.json + run.json)
#   make test      unit + integration tests (the report's in headless Chromium too), then
#                  the Python interop check
#   make report    extract, targets, then the HTML audit site in output/report/
#   make browser   install Debian's chromium (if missing) and run the browser tests alone
#   make eval      score output/ against the hand-checked gold in tests/gold/
#   make bench     throughput benchmarks (release profile, extraction only)
#   make lint      rustfmt and clippy, warnings as errors
#
# Everything builds in one profile (dev, with dependencies optimised; see Cargo.toml), so
# `make extract` and `make test` share one build.

CARGO  ?= cargo
PYTHON ?= python3
VENV   := .venv
GWR    := target/debug/gwr
GOLD   := tests/gold/cq-dadukou-2022

.PHONY: all build extract report test unit interop browser install-browser eval bench lint fmt venv clean

all: build

build:
	$(CARGO) build --bins

extract: build
	$(GWR) extract raw -o output

report: extract
	$(GWR) targets output -q
	$(GWR) report output -o output/report

unit:
	$(CARGO) test --no-fail-fast

# The browser tests skip (saying so) when chromium is missing, unless GWR_REQUIRE_BROWSER=1.
install-browser:
	@test -x /usr/bin/chromium || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

browser: install-browser
	GWR_REQUIRE_BROWSER=1 $(CARGO) test --test integration browser::

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

# The seed gold, then the held-out golds (annotated independently; jilin-2026 blind).
eval: build
	@test -d output || { echo "run make extract first"; exit 2; }
	$(GWR) eval --gold $(GOLD) output
	@for g in tests/gold/*/; do \
	  [ "$$g" = "$(GOLD)/" ] && continue; \
	  echo; $(GWR) eval --gold $$g output --table indicators,projects || exit $$?; \
	done

bench:
	$(CARGO) bench --no-default-features --bench extract

lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets -- -D warnings

fmt:
	$(CARGO) fmt

clean:
	rm -rf output target/interop
