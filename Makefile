# Every target installs what it needs first: a fresh clone needs only python3, node and npm.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Where the upstream Esper description comes from: a URL or a file.
SOURCE ?= ../shared/esper-oas/esper-openapi.json

.PHONY: install test demo regenerate check lint bench contract-report clean

$(BIN)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

install: $(BIN)/.installed

test: install
	$(BIN)/python -m pytest

regenerate: install
	$(BIN)/python scripts/regenerate.py --source $(SOURCE)

check: install
	$(BIN)/python scripts/regenerate.py --check --source $(SOURCE)

lint: install
	$(BIN)/ruff check src scripts tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache
