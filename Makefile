# The one entry point for developers: set-up, run, test, lint. `./bootstrap TARGET` first
# installs the system packages these targets need on a fresh Debian/Ubuntu machine.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARGS ?=

LANGUAGES := fr es ar
TS := $(LANGUAGES:%=translations/fieldpartner_%.ts)
QM := $(TS:.ts=.qm)

.PHONY: setup run test test-slow lint format clean translations screenshots bench-ui report-samples bench-reports

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

# Compiled interface catalogues (not kept in git).
translations/%.qm: translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the Qt Linguist sources from the code (keeps existing translations).
translations: setup
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $$(find src/fieldpartner/ui -name '*.py' | sort) src/fieldpartner/app.py -ts $(TS)

# Starts the application on the demo vault (created on first run; passphrase "demo").
run: setup $(QM)
	$(BIN)/fieldpartner --demo $(ARGS)

# The default suite: headless, under 10 minutes on 2 cores.
test: setup $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" $(ARGS)

# Long tests on the large reference vault.
test-slow: setup
	FIELDPARTNER_SLOW=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow $(ARGS)

# Screenshots of every main screen in a real window (Xvfb) into docs/screenshots/.
screenshots: setup $(QM)
	$(BIN)/python tools/screenshots.py --out docs/screenshots

# Interface timings on the large reference vault (built once into BENCH_CACHE).
bench-ui: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/ui_bench.py $${BENCH_CACHE:-.cache/bench} --runs 5

# Page one of each report kind as PNG (pdftoppm) into docs/reports/.
report-samples: setup
	$(BIN)/python tools/report_samples.py docs/reports

# Dossier rendering against bare reportlab for the same page count.
bench-reports: setup
	$(BIN)/python benchmarks/report_bench.py --runs 5

# Style, types of the plain-Python packages and the CLI, and the layer rules of
# docs/architecture.md (import-linter contracts in pyproject.toml).
lint: setup
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy
	$(BIN)/lint-imports

format: setup
	$(BIN)/ruff format src tests
	$(BIN)/ruff check --fix src tests

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .ruff_cache .mypy_cache .import_linter_cache .grimp_cache
