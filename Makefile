# Two commands on a fresh machine with Python 3.11 and make: `make demo`, then `make test`.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DEMO_DB ?= kibaru.duckdb

.PHONY: install demo test lint typecheck unit bench clean

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,nlp]'
	touch $@

install: $(VENV)/.installed

# Ingest the bundled sample corpus into the embedded DuckDB database, then show what it holds.
demo: install
	rm -f $(DEMO_DB)
	$(BIN)/kibaru ingest samples/corpus --db $(DEMO_DB)
	$(BIN)/kibaru ingest samples/corpus --db $(DEMO_DB)   # a re-run changes nothing
	$(BIN)/kibaru status --db $(DEMO_DB)
	$(BIN)/kibaru articles --db $(DEMO_DB) --limit 15
	mkdir -p out
	$(BIN)/kibaru export --db $(DEMO_DB) --format jsonl -o out/articles.jsonl
	$(BIN)/kibaru export --db $(DEMO_DB) --format parquet -o out/articles.parquet

lint: install
	$(BIN)/ruff check src tests benchmarks eval samples

typecheck: install
	$(BIN)/mypy

unit: install
	$(BIN)/pytest -q

test: lint typecheck unit

bench: install
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) out *.duckdb .pytest_cache .mypy_cache .ruff_cache
