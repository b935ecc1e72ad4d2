# Every target installs what it needs first: a fresh clone needs only python3 (3.11+), node and npm.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Where the upstream Esper description comes from: a URL or a file.
SOURCE ?= ../shared/esper-oas/esper-openapi.json
# What the contract is compared with in `make contract-diff` / `contract-report`.
BASE ?= HEAD~1

.PHONY: install test demo mock regenerate check upgrade-generator contract-diff contract-report drift-report lint bench clean

$(BIN)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(BIN)/.installed node_modules/.installed

## The main job: a local mock of the API (Prism, loopback) and the example script against it.
demo: install
	$(BIN)/python examples/demo.py

## Prism serving the contract on 127.0.0.1:$(PORT) until Ctrl-C: static answers, or random
## ones with DYNAMIC=1 (SEED=n repeats them).
PORT ?= 4010
mock: install
	$(BIN)/python scripts/mock_server.py --port $(PORT) $(if $(DYNAMIC),--dynamic) $(if $(SEED),--seed $(SEED))

## The whole test suite, contract tests against Prism included.
test: install
	$(BIN)/python -m pytest

## Rewrite openapi/esper.yaml and esper_client/generated from $(SOURCE).
regenerate: $(BIN)/.installed
	$(BIN)/python scripts/regenerate.py --source $(SOURCE)

## Fail (and say what changed) if the committed contract or code is stale against $(SOURCE).
check: $(BIN)/.installed
	$(BIN)/python scripts/regenerate.py --check --source $(SOURCE)

## Move to another openapi-python-client: three-way merge of our templates, pin, install,
## regenerate, check and test (scripts/upgrade_generator.py; it names what conflicted).
upgrade-generator: $(BIN)/.installed
	@test -n "$(VERSION)" || { echo "usage: make upgrade-generator VERSION=x.y.z"; exit 2; }
	$(BIN)/python scripts/upgrade_generator.py $(VERSION)

## What changed in the contract since $(BASE), for users of the client. Both sides are
## committed contracts, compared as written (re-normalizing the old one would hide changes).
contract-diff: $(BIN)/.installed
	$(BIN)/python scripts/regenerate.py diff $(BASE) openapi/esper.yaml --no-normalize --allow-breaking

## The same as a markdown changelog entry, in build/contract-report.md.
contract-report: $(BIN)/.installed
	mkdir -p build
	$(BIN)/python scripts/regenerate.py diff $(BASE) openapi/esper.yaml --no-normalize --format markdown --allow-breaking > build/contract-report.md
	@cat build/contract-report.md

## What regenerating from $(SOURCE) would change for users of the client, in markdown, in
## build/drift-report.md (docs/drift-check.md: the scheduled workflow that runs it daily).
drift-report: $(BIN)/.installed
	mkdir -p build
	$(BIN)/python scripts/regenerate.py diff openapi/esper.yaml $(SOURCE) --format markdown --allow-breaking > build/drift-report.md
	@cat build/drift-report.md

lint: $(BIN)/.installed
	$(BIN)/ruff check esper_client scripts tests
	$(BIN)/mypy
	$(BIN)/mypy --strict scripts/esper_contract scripts/regenerate.py scripts/mock_server.py scripts/upgrade_generator.py

bench: install
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) node_modules build .pytest_cache .mypy_cache .ruff_cache
