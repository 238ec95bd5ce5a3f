# Rapport — the commands a clinician's technician or a developer needs.
# Every target creates the virtual environment first if it is missing.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
DEMO_DIR ?= .demo
SCALE  ?= 10y

.PHONY: run demo test reliability lint format bench package clean translations

# The window's translations: resources/translations/rapport_<language>.ts, compiled
# to .qm files the app loads (ui/i18n.py). `make translations` also collects new
# strings from ui/ into every catalogue.
CATALOGUES := $(wildcard resources/translations/*.ts)
COMPILED   := $(CATALOGUES:.ts=.qm)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Rapport needs Python 3.11 or newer (found: $$($(PYTHON) --version))."; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || \
		{ echo "Could not create a virtual environment. On Debian or Ubuntu: sudo apt install python3-venv"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(STAMP)
	$(BIN)/python -m ui.i18n

run: $(STAMP) $(COMPILED)
	$(BIN)/python -m ui.main

demo: $(STAMP) $(COMPILED)
	rm -rf $(DEMO_DIR)
	$(BIN)/python -m app demo --data-dir $(DEMO_DIR) --scale small
	$(BIN)/python -m ui.main --data-dir $(DEMO_DIR)

test: $(STAMP) $(COMPILED)
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
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks --scale $(SCALE)

# A one-folder Linux bundle in dist/rapport (rapport + rapport-admin), its tarball, and a
# smoke test of the tarball: demo, verify, export, and the window's --self-test offscreen.
# packaging/README.md has the details and the Windows and macOS steps.
APP_ID := org.rapport_app.Rapport
PACKAGE_TARBALL = dist/rapport-$(shell $(BIN)/python -c 'from app import __version__; print(__version__)')-linux-$(shell uname -m).tar.gz

package: $(STAMP) $(COMPILED)
	@$(BIN)/python -c 'import PyInstaller' 2>/dev/null || \
		$(BIN)/python -m pip install --quiet -e '.[test,package]'
	@if command -v desktop-file-validate >/dev/null; then \
		desktop-file-validate packaging/linux/$(APP_ID).desktop && echo "desktop-file-validate: ok"; \
	else echo "desktop-file-validate not found (apt install desktop-file-utils): not checked"; fi
	@if command -v appstreamcli >/dev/null; then \
		appstreamcli validate --no-net packaging/linux/$(APP_ID).metainfo.xml; \
	else echo "appstreamcli not found (apt install appstream): not checked"; fi
	rm -rf dist/rapport
	$(BIN)/pyinstaller --noconfirm --log-level ERROR --distpath dist --workpath build packaging/rapport.spec
	mkdir -p dist/rapport/share/applications dist/rapport/share/metainfo
	cp packaging/linux/$(APP_ID).desktop dist/rapport/share/applications/
	cp packaging/linux/$(APP_ID).metainfo.xml dist/rapport/share/metainfo/
	cp -R packaging/linux/icons dist/rapport/share/
	cp packaging/linux/install.sh dist/rapport/
	tar -C dist --sort=name --owner=0 --group=0 --numeric-owner -czf $(PACKAGE_TARBALL) rapport
	@du -sh dist/rapport $(PACKAGE_TARBALL)
	$(BIN)/python packaging/smoke_test.py $(PACKAGE_TARBALL)

clean:
	rm -rf $(VENV) $(DEMO_DIR) .bench build dist *.egg-info
