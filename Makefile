# masthead — `make run` to start the magazine, `make test` to run every test.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
export PORT
# DEMO=0 make run: start an empty magazine instead of loading the demo.
DEMO ?= 1
# Database, media, caches, mail and the generated secret key (MASTHEAD_VAR_DIR).
VAR_DIR := $(or $(MASTHEAD_VAR_DIR),var)

.PHONY: run install install-test migrate demo test test-postgres lint format check clean bench bench-servers

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

$(VAR_DIR)/secret_key:
	mkdir -p $(VAR_DIR)
	$(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	chmod 600 $@

# Production settings, a production server, the worker; migrates and loads the demo
# once (not with DEMO=0: an empty magazine).
run: install $(VAR_DIR)/secret_key
	@export SECRET_KEY="$${SECRET_KEY:-$$(cat $(VAR_DIR)/secret_key)}" \
	  DJANGO_SETTINGS_MODULE=masthead.settings.production; \
	set -e; \
	$(PY) manage.py migrate --no-input -v0; \
	$(PY) manage.py collectstatic --no-input -v0; \
	$(PY) manage.py clear_page_cache -v0 >/dev/null; \
	$(PY) manage.py configure_site; \
	if [ "$(DEMO)" != 0 ]; then $(PY) manage.py load_demo; fi; \
	$(PY) manage.py ensure_admin; \
	exec bin/serve

demo: install
	$(PY) manage.py migrate --no-input -v0
	$(PY) manage.py load_demo

# The whole suite, browser tests included, on the database DATABASE_URL names
# (SQLite if unset), one process per core; TEST_WORKERS=0 runs it in one process.
TEST_WORKERS ?= auto
test: install-test
	$(PY) -m playwright --version >/dev/null
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

test-postgres:
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/masthead} \
	  REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/15} $(MAKE) test

lint: install-test  # ruff, import contracts (pyproject.toml), check, migrations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache
	DJANGO_SETTINGS_MODULE=masthead.settings.test $(PY) manage.py check
	DJANGO_SETTINGS_MODULE=masthead.settings.test $(PY) manage.py makemigrations --check --dry-run

format: install-test
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VAR_DIR)/static $(VAR_DIR)/media $(VAR_DIR)/mail $(VAR_DIR)/masthead.sqlite3*

# Benchmark on 127.0.0.1 (throwaway instance; installs nginx, wrk, Lighthouse if
# missing): nginx static vs app vs app cache vs nginx cache, the analytics beacon,
# freshness, page weight, Lighthouse; then the analytics dashboard (bench-analytics).
# BENCH_DURATION=5 for shorter runs; bench/run.py lists the options.
bench: install-test
	$(PY) bench/run.py
	$(PY) bench/analytics_bench.py --skip-if-no-postgres $(BENCH_ANALYTICS_ARGS)

# Which WSGI server, workers and threads serve fastest here (bin/serve's defaults).
bench-servers: install
	bench/servers.sh

# Newsletter sending: 100,000 subscribers through a local SMTP sink, on a throwaway
# PostgreSQL database on 127.0.0.1 (BENCH_ARGS="--database-url sqlite:////tmp/b.db"
# for SQLite); prints messages/second, total time and peak memory.
.PHONY: bench-newsletter
bench-newsletter: install-test
	$(PY) bench/newsletter_bench.py $(BENCH_ARGS)

# Import a synthetic WordPress export (20,000 posts; BENCH_IMPORT_POSTS=2000 for a
# quick one) on SQLite and PostgreSQL: posts/s and peak memory of the import.
.PHONY: bench-import
bench-import: install-test
	$(PY) bench/import_bench.py $(BENCH_ARGS)

# The Readers dashboard over 10 million synthetic events on a throwaway
# PostgreSQL database on 127.0.0.1 (BENCH_ARGS="--events 1000000" for a quick
# one): median and max response time, rollup time. `make bench` runs it too
# (skipped with a note when no PostgreSQL server answers).
.PHONY: bench-analytics
bench-analytics: install-test
	$(PY) bench/analytics_bench.py $(BENCH_ARGS)
