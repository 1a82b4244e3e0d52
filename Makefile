# The one entry point for developers: set-up, run, test, lint. `./bootstrap TARGET` first
# installs the system packages these targets need on a fresh Debian/Ubuntu machine.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARGS ?=

.PHONY: setup run test test-slow lint format clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

# Starts the application on the demo vault (created on first run; passphrase "demo").
run: setup
	$(BIN)/fieldpartner --demo $(ARGS)

# The default suite: headless, under 10 minutes on 2 cores.
test: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" $(ARGS)

# Long tests on the large reference vault.
test-slow: setup
	FIELDPARTNER_SLOW=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow $(ARGS)

lint: setup
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy

format: setup
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache .mypy_cache
