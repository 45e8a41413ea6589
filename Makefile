# tenure — developer commands. Every target creates .venv and installs what it needs.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SEEDS ?= ../shared/eval/seeds
SCORER ?= $(SEEDS)/../score.py
DB ?= tenure.db

.PHONY: install demo test eval eval-examples score bench clean

$(BIN)/tenure: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

install: $(BIN)/tenure

demo: install  ## ingest the bundled examples into tenure.db and show what was found
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/tenure ingest examples/docs --db $(DB)
	$(BIN)/tenure events --db $(DB)
	$(BIN)/tenure flows --db $(DB)

test: install  ## lint, then run the test suite
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest

eval: install  ## score tenure on the seed documents (../shared/eval/seeds)
	@$(MAKE) --no-print-directory score DOCS=$(SEEDS)/docs GOLD=$(SEEDS)/gold.jsonl META="--meta $(SEEDS)/meta.jsonl"

eval-examples: install  ## score tenure on the bundled examples
	@$(MAKE) --no-print-directory score DOCS=examples/docs GOLD=examples/gold.jsonl META=

score:
	@tmp=$$(mktemp -d) && \
	$(BIN)/tenure ingest $(DOCS) $(META) --db $$tmp/ledger.db > /dev/null; \
	$(BIN)/tenure export --db $$tmp/ledger.db -o $$tmp/pred.jsonl && \
	$(BIN)/python $(SCORER) --gold $(GOLD) --pred $$tmp/pred.jsonl --docs $(DOCS) $(META); \
	status=$$?; rm -rf $$tmp; exit $$status

bench: install  ## throughput and memory of ingest
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm build dist src/*.egg-info .pytest_cache .ruff_cache
