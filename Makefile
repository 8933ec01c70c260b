# Verify: `make run` serves the demo, `make test` runs the whole suite.
# Both create .venv on first use with a Python 3.12+ found on this machine
# (or the one given as PYTHON=/path/to/python3.12).

SHELL := /bin/bash
PYTHON_CANDIDATES := python3.13 python3.12 python3 $(wildcard $(HOME)/.pyenv/versions/3.1[2-9]*/bin/python3)
PYTHON ?= $(shell for p in $(PYTHON_CANDIDATES); do \
	"$$p" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 && { echo "$$p"; break; }; done)
VENV := .venv
PY := $(VENV)/bin/python
export DJANGO_SETTINGS_MODULE := config.settings

.PHONY: run test lint check demo bench e2e-deps clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	@if [ -z "$(PYTHON)" ]; then \
		echo "Verify needs Python 3.12 or newer (Django 6 does not install on older ones)."; \
		echo "This machine's python3 is $$(python3 --version 2>&1 || echo missing)."; \
		echo "Install python3.12 or python3.13, or run: make $(MAKECMDGOALS) PYTHON=/path/to/python3.12"; \
		exit 1; \
	fi
	@"$(PYTHON)" -c 'import sys; sys.exit(sys.version_info < (3, 12))' || { \
		echo "PYTHON=$(PYTHON) is $$("$(PYTHON)" --version 2>&1); Verify needs 3.12 or newer."; exit 1; }
	"$(PYTHON)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $@

run: $(VENV)/.installed  ## migrate, load the demo and serve http://127.0.0.1:8000
	DEBUG=true $(PY) manage.py demo
	DEBUG=true $(PY) manage.py runserver 127.0.0.1:8000

CHROMIUM ?= /usr/bin/chromium

test: $(VENV)/.installed  ## the whole test suite (DATABASE_URL=postgres://… for PostgreSQL)
	@if [ -x "$(CHROMIUM)" ] && $(PY) -c 'import playwright' 2>/dev/null; then \
		echo "make test: browser tests (tests/e2e) run in $(CHROMIUM)"; \
	else \
		echo "make test: SKIPPING the browser tests (tests/e2e): no Chromium at $(CHROMIUM)" \
			"or no Playwright. Install with: apt-get install -y chromium"; \
	fi
	$(PY) -m pytest -rs $(PYTEST_ARGS)

lint: $(VENV)/.installed  ## ruff and mypy --strict
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DEBUG=true $(VENV)/bin/mypy --strict .

check: lint test

# Benchmarks (README.md, "Performance"): PostgreSQL only, on BENCH_DATABASE_URL
# (default postgres://postgres@127.0.0.1:5432/verify_bench, dropped and refilled).
BENCH_ARTICLES ?= 10000
bench: $(VENV)/.installed  ## fill the benchmark database and measure; figures in bench/results/
	$(PY) -m pip install --quiet -r requirements-bench.txt
	$(PY) bench/generate.py --reset --articles $(BENCH_ARTICLES)
	$(PY) bench/queue_page.py
	$(PY) bench/export.py
	$(PY) bench/api_load.py
	$(PY) bench/background.py --workers 2
	$(PY) bench/ingest.py
	$(PY) bench/extraction.py

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache
