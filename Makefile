# TVET Alliance Manager — set-up and checks. `make run` and `make test` are all a fresh machine needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
CORE_VENV := .venv-core

TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test test-core-without-qt lint typecheck screenshots translations clean

# The venv is rebuilt only when pyproject.toml changes, so the second run is fast.
$(BIN)/.installed-app: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	touch $@

$(BIN)/.installed-test: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(BIN)/.installed-app $@

# The core's own venv has every runtime dependency except PySide6: proof that the core needs no Qt.
$(CORE_VENV)/bin/.installed: pyproject.toml
	test -x $(CORE_VENV)/bin/python || $(PYTHON) -m venv $(CORE_VENV)
	$(CORE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(CORE_VENV)/bin/python -m pip install --quiet --disable-pip-version-check \
		$$($(PYTHON) -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; \
		print(' '.join(repr(d) for d in p['dependencies'] + p['optional-dependencies']['test'] \
		if not d.lower().startswith(('pyside6', 'pytest-qt'))))" | tr -d "'")
	touch $@

# Compiled translations are built from the committed Qt Linguist sources, never committed themselves.
resources/translations/%.qm: resources/translations/%.ts $(BIN)/.installed-app
	$(BIN)/pyside6-lrelease -silent $< -qm $@

run: $(BIN)/.installed-app $(QM)
	$(BIN)/python main.py

test: $(BIN)/.installed-test $(CORE_VENV)/bin/.installed $(QM)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests --ignore=tests/core -n auto
	$(MAKE) --no-print-directory test-core-without-qt

test-core-without-qt: $(CORE_VENV)/bin/.installed
	@! $(CORE_VENV)/bin/python -c "import PySide6" 2>/dev/null || (echo "PySide6 must be absent here" && exit 1)
	$(CORE_VENV)/bin/python -m pytest tests/core -q -p no:cacheprovider -n auto -o addopts="--strict-markers" -W "ignore::pytest.PytestConfigWarning"

lint: $(BIN)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(BIN)/.installed-test
	$(BIN)/mypy

# Every area, form and main dialog in English, Chinese and Urdu, at 1024x700 and 1920x1080.
screenshots: $(BIN)/.installed-app $(QM)
	$(BIN)/python docs/take_screenshots.py

# Qt Linguist sources are extracted from the code; compiled .qm files are built, never committed.
# Refresh the .ts sources from the code (new and changed texts), then compile them. The English file
# holds only the plural forms of counted texts ("%n people" -> "1 person").
SOURCES = $$(git ls-files --cached --others --exclude-standard 'tvet_alliance/*.py')
translations: $(BIN)/.installed-app
	$(BIN)/pyside6-lupdate -no-obsolete $(SOURCES) -ts $(filter-out %_en.ts,$(TS))
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly $(SOURCES) -ts resources/translations/tvet_alliance_en.ts
	$(MAKE) --no-print-directory $(QM)

clean:
	rm -rf $(VENV) $(CORE_VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
