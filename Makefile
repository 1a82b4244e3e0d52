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

# Builds are reproducible: file times from the last commit and a fixed hash seed, for the build
# commands only (the application and the tests keep Python's random hash seed).
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 315532800)
BUILD_ENV := SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) PYTHONHASHSEED=0
VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' src/fieldpartner/__init__.py)
WHEEL := dist/fieldpartner-$(VERSION)-py3-none-any.whl
PACKAGE_VENV := build/package-venv
LOCK_OPTIONS := --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links

.PHONY: setup run test test-slow lint format clean translations screenshots bench-ui report-samples bench-reports bench-start lock wheel wheel-smoke icons package

setup: $(STAMP)

# Every package from the lock file, checked against its hashes; then this project without
# dependencies (and without fetching a build back-end: setuptools comes from the lock too).
$(STAMP): pyproject.toml setup.py requirements/dev.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Re-resolve the lock files after a change of the dependencies in pyproject.toml.
lock: setup
	$(BIN)/pip-compile $(LOCK_OPTIONS) --output-file requirements/runtime.lock pyproject.toml
	$(BIN)/pip-compile $(LOCK_OPTIONS) --extra package --output-file requirements/package.lock pyproject.toml
	$(BIN)/pip-compile $(LOCK_OPTIONS) --extra test --extra dev --extra package --output-file requirements/dev.lock pyproject.toml

# Compiled interface catalogues (not kept in git).
translations/%.qm: translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the Qt Linguist sources from the code (keeps existing translations).
translations: setup
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $$(find src/fieldpartner/ui -name '*.py' | sort) src/fieldpartner/app.py -ts $(TS)

# Starts the application on the demo vault (created on first run; passphrase "demo").
run: setup $(QM)
	$(BIN)/fieldpartner --demo $(ARGS)

# The default suite: headless, under 10 minutes on 2 cores (one test process per core,
# pytest-xdist; a test file's tests stay in one process); then the wheel, installed in a
# fresh environment outside this folder, lists its templates, renders a report and starts.
# `make test ARGS="-n 0"` runs it in one process.
test: setup $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" -n auto --dist loadfile $(ARGS)
	$(MAKE) --no-print-directory wheel-smoke

# The wheel, with the compiled translations inside (the .qm are built first).
wheel: $(WHEEL)

$(WHEEL): setup $(QM) pyproject.toml setup.py $(shell git ls-files src resources translations 2>/dev/null)
	rm -rf build/lib dist/fieldpartner-*.whl
	$(BUILD_ENV) $(BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation --wheel-dir dist .

wheel-smoke: $(WHEEL)
	tools/wheel_smoke.sh $(WHEEL)

# Icons of every size for the desktop entry, Windows (.ico) and macOS (.icns).
icons: setup
	$(BUILD_ENV) QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/icons.py resources/icons/fieldpartner.svg build/icons

# The one-folder PyInstaller build (both executables) in dist/fieldpartner, built in an
# environment of its own from the lock file and the wheel; then its size and a smoke run.
package: $(WHEEL) icons
	rm -rf $(PACKAGE_VENV) build/pyinstaller dist/fieldpartner
	$(PYTHON) -m venv $(PACKAGE_VENV)
	$(PACKAGE_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(PACKAGE_VENV)/bin/python -m pip install --quiet --require-hashes -r requirements/package.lock
	$(PACKAGE_VENV)/bin/python -m pip install --quiet --no-deps $(WHEEL)
	$(BUILD_ENV) $(PACKAGE_VENV)/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/fieldpartner.spec
	packaging/linux/finish.sh dist/fieldpartner build/icons
	tools/package_smoke.sh dist/fieldpartner

# Long tests on the large reference vault.
test-slow: setup
	FIELDPARTNER_SLOW=1 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow $(ARGS)

# Screenshots of each feature in a real window (Xvfb) into docs/screenshots/ (the README's tour).
screenshots: setup $(QM)
	$(BIN)/python tools/screenshots.py --out docs/screenshots

# Interface timings on the large reference vault (built once into BENCH_CACHE).
bench-ui: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/ui_bench.py $${BENCH_CACHE:-.cache/bench} --runs 5

# Page one of each report kind as PNG (pdftoppm) into docs/reports/.
report-samples: setup
	$(BIN)/python tools/report_samples.py docs/reports

# Launch to start dialog, and fieldpartner-cli --help, against a bare PySide6 window.
bench-start: setup $(QM)
	$(BIN)/python benchmarks/start_bench.py --runs 5

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
