# gwr: thin aliases over cargo and the gwr binary.
#
#   make extract       raw/ -> output/ (CSV + Parquet + datapackage.json + run.json)
#   make test          unit + integration tests (the report's in headless Chromium too), then
#                      the Python interop check
#   make eval          score output/ against every gold in tests/gold/; write the scorecard
#                      (README.md, docs/scorecard.md)
#   make targets       output/ -> output/targets.* (cross-year; builds with polars)
#   make report        extract, targets, then the HTML audit site in output/report/
#   make browser       install Debian's chromium (if missing) and run the browser tests alone
#   make diff OLD=dir NEW=dir   compare two outputs (cross-year; builds with polars)
#   make bench         per-stage throughput benchmarks (divan, release profile, no polars)
#   make bench-corpus  end to end over ~100 MB of reports (or CORPUS=dir): MB/s, reports/s,
#                      peak RSS, time per stage, 1 vs 2 threads; see BENCHMARKS.md
#   make lint          rustfmt and clippy, warnings as errors
#
# Two builds, each made when first needed:
# - release, extraction only (no polars; mimalloc kept), for `make extract`, `eval`
#   and the corpus benchmark: the fast binary, built in a few minutes;
# - dev (dependencies optimised, all features), for the tests, the cross-year commands and
#   the report (whose target charts need polars' targets table and band logic).

CARGO  ?= cargo
PYTHON ?= python3
VENV   := .venv
INPUTS := $(shell find raw dict -type f)

# Where cargo puts its builds: $(CARGO_TARGET_DIR) when set, else what cargo reports (a
# .cargo/config.toml may move it), else target/.
TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(shell $(CARGO) metadata --format-version 1 --no-deps 2>/dev/null \
                | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p'),target)
GWR     := $(TARGET_DIR)/release/gwr
GWR_DEV := $(TARGET_DIR)/debug/gwr

.PHONY: all build release extract report test unit interop browser install-browser eval targets diff \
        bench bench-corpus bench-smoke lint fmt venv clean

all: release

# The dev binary (all features) that the tests and cross-year commands use.
build:
	$(CARGO) build --bins

# The extraction binary.
release:
	$(CARGO) build --release --no-default-features --features mimalloc --bins

extract: release
	$(GWR) extract raw -o output

# The audit site of raw/: extraction with the release binary, then targets and the site with
# the dev binary (targets needs polars).
report: extract build
	$(GWR_DEV) targets output -q
	$(GWR_DEV) report output -o output/report

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
	rm -rf target/interop && $(GWR_DEV) extract raw -o target/interop -q
	$(VENV)/bin/python tests/interop/check_interop.py target/interop
	$(VENV)/bin/frictionless validate target/interop/datapackage.json

# Score output/ against every gold folder in tests/gold/ (tests/gold/INDEX.tsv says how each was
# made) and write the scorecard: docs/scorecard.md and the block between the scorecard markers
# in README.md. output/ is extracted again first when the binary or an input is newer than it.
eval: release
	@$(MAKE) --no-print-directory output/run.json
	$(PYTHON) tests/eval/scorecard.py --gwr $(GWR) --markdown docs/scorecard.md --readme README.md output

output/run.json: $(GWR) $(INPUTS)
	$(GWR) extract raw -o output

targets: build
	@test -d output || { echo "run make extract first"; exit 2; }
	$(GWR_DEV) targets output

diff: build
	@test -n "$(OLD)" -a -n "$(NEW)" || { echo "usage: make diff OLD=dir NEW=dir"; exit 2; }
	$(GWR_DEV) diff $(OLD) $(NEW)

bench:
	$(CARGO) bench --no-default-features --bench extract

# End to end on the release binary: raw/ replicated to ~100 MB (or CORPUS=dir), 1 and 2
# threads, both writers; prints MB/s, reports/s, peak RSS and the time per stage, checks the
# two outputs are byte-identical, shows peak RSS on a quarter of the corpus and times awkward
# input shapes (SHAPES_MB each; 0 skips them).
SHAPES_MB ?= 10
bench-corpus: release
	$(PYTHON) scripts/bench_corpus.py --gwr $(GWR) $(if $(CORPUS),--corpus $(CORPUS),--growth) \
	  $(if $(filter-out 0,$(SHAPES_MB)),--shapes $(SHAPES_MB))

# CI: the same harness on 3 small files with the dev binary `make test` built (no second build).
bench-smoke: build
	$(PYTHON) scripts/bench_corpus.py --gwr $(GWR_DEV) --smoke

lint:
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets -- -D warnings

fmt:
	$(CARGO) fmt

clean:
	rm -rf output target/interop
