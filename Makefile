# Two commands on a fresh machine with Python 3.11 and make: `make demo`, then `make test`.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= kibaru.duckdb

.PHONY: install demo test lint typecheck unit bench clean

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --no-cache-dir --upgrade pip
	$(BIN)/python -m pip install -q --no-cache-dir -e '.[dev,nlp]'   # no wheel cache: ~0.45 GB less disk
	touch $@

install: $(VENV)/.installed

# Ingest the bundled sample corpus into the embedded DuckDB database, then show what it holds.
demo: install
	rm -f $(DEMO_DB)
	$(BIN)/kibaru ingest samples/corpus --db $(DEMO_DB) --config samples/kibaru-demo.toml
	$(BIN)/kibaru ingest samples/corpus --db $(DEMO_DB) --config samples/kibaru-demo.toml   # a re-run changes nothing
	$(BIN)/kibaru status --db $(DEMO_DB) --config samples/kibaru-demo.toml   # the components the demo ran
	$(BIN)/kibaru articles --db $(DEMO_DB) --limit 15
	mkdir -p out
	$(BIN)/kibaru export --db $(DEMO_DB) --format jsonl -o out/articles.jsonl
	$(BIN)/kibaru export --db $(DEMO_DB) --format parquet -o out/articles.parquet
	$(BIN)/kibaru export --db $(DEMO_DB) --format parquet --table all -o out/tables
	$(BIN)/kibaru export --db $(DEMO_DB) --format stix -o out/bundle.stix.json
	$(BIN)/kibaru export --db $(DEMO_DB) --format graphml --graph actors -o out/actors.graphml
	$(BIN)/kibaru report --db $(DEMO_DB) -o out/report.html
	@echo "Outputs in out/. Browse the dashboard with: $(BIN)/kibaru serve --db $(DEMO_DB)"

lint: install
	$(BIN)/ruff check src tests benchmarks eval samples tools

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest -q

test: lint typecheck unit

bench: install
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) out *.duckdb .pytest_cache .mypy_cache .ruff_cache
