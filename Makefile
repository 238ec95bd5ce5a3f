# Rapport — the commands a clinician's technician or a developer needs.
# Every target creates the virtual environment first if it is missing.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO_DIR ?= .demo
SCALE  ?= large

.PHONY: run demo test reliability lint format bench package clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Rapport needs Python 3.11 or newer (found: $$($(PYTHON) --version))."; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || \
		{ echo "Could not create a virtual environment. On Debian or Ubuntu: sudo apt install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/python -m ui.main

demo: $(STAMP)
	rm -rf $(DEMO_DIR)
	$(BIN)/python -m app demo --data-dir $(DEMO_DIR) --scale small
	$(BIN)/python -m ui.main --data-dir $(DEMO_DIR)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The reliability suite at full strength: 200 kills while typing a note, 100 while
# changing the passphrase or backing up (make test runs 50 and 8).
reliability: $(STAMP)
	RAPPORT_KILLS=200 QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/reliability

lint: $(STAMP)
	$(BIN)/ruff check app ui tests
	$(BIN)/ruff format --check app ui tests
	$(BIN)/mypy app ui

format: $(STAMP)
	$(BIN)/ruff check --fix app ui tests
	$(BIN)/ruff format app ui tests

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run --scale $(SCALE)

clean:
	rm -rf $(VENV) $(DEMO_DIR) .bench build dist *.egg-info
