# Two commands work on a fresh machine with only Python 3.11 and the package registry:
#   make run    the bot in a local shell on the embedded defaults (SQLite, demo table)
#   make test   lint, type checks and the whole test suite (SQLite and PostgreSQL)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: install run demo test lint bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/hubbot shell --demo

demo: $(STAMP)
	$(VENV)/bin/hubbot demo

# CI does not run the benchmarks, so they are type-checked here and cannot rot unnoticed.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/mypy tests/bench --follow-imports=silent

test: lint
	$(PY) -m tests.support.postgres ensure
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) tests/bench/run_all.py

clean:
	rm -rf $(VENV) *.egg-info hubbot-demo.db*
