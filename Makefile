# The two commands of the README's quick start: `make demo` and `make test`.
# Both create .venv and install the pinned, hash-checked dependencies on a fresh machine.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= newsgraph.db
HOST   ?= 127.0.0.1
PORT   ?= 8000
export HF_HUB_OFFLINE := 1

.PHONY: install demo test test-fast lint typecheck bench clean serve

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/newsgraph ingest newsgraph/data/sample --db $(DB)
	$(BIN)/newsgraph articles --db $(DB) --limit 100
	$(BIN)/newsgraph stats --db $(DB)
	@echo "Serving the API on http://$(HOST):$(PORT)/api/ (docs at /api/docs); Ctrl-C to stop."
	$(BIN)/newsgraph serve --db $(DB) --host $(HOST) --port $(PORT)

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not models and not postgres and not browser"

lint: $(STAMP)
	$(BIN)/ruff check newsgraph tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy newsgraph

bench: $(STAMP)
	$(BIN)/python benchmarks/ingest_throughput.py
	$(BIN)/python benchmarks/coder_speed.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache
