# 七个在线: `make run` serves the demo, `make test` runs the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
FLASK  := APP_ENV=development $(BIN)/flask --app wsgi
PORT   ?= 5000
PYTEST_ARGS ?=
# Test processes (pytest-xdist): one per CPU; files stay whole on one worker.
TEST_WORKERS ?= auto
# What test-pg runs: what depends on the database. The browser journeys and the schema fuzzing
# run on SQLite in `make test`; `make test-pg PG_MARKERS=` runs them on PostgreSQL too.
PG_MARKERS ?= not browser and not fuzz

.PHONY: run test test-pg lint bench bench-pg install install-dev system-deps db clean

# A venv whose pip is missing (python3-venv was not installed) is made again.
$(BIN)/pip:
	@scripts/system-deps.sh venv
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.runtime: requirements.txt | $(BIN)/pip
	$(BIN)/pip install -q -r requirements.txt
	touch $@

$(VENV)/.dev: requirements.txt requirements-dev.txt $(VENV)/.runtime
	$(BIN)/pip install -q -r requirements-dev.txt
	touch $@

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev

# Debian packages the tests need: chromium and a CJK font for the browser journeys, the CJK
# and colour emoji fonts of share posters, PostgreSQL for test-pg.
system-deps:
	@scripts/system-deps.sh

db: install
	$(FLASK) db upgrade

run: db
	@scripts/system-deps.sh run
	@$(FLASK) seed demo --if-empty
	@echo ""
	@echo "  七个在线 demo: http://127.0.0.1:$(PORT)"
	@echo "  logins (password $${DEMO_PASSWORD:-demo1234}): rep rep01 | boss boss01 | HQ admin"
	@echo "  API docs: http://127.0.0.1:$(PORT)/api/docs"
	@echo ""
	@$(FLASK) jobs run & jobs=$$!; \
	trap 'kill $$jobs 2>/dev/null' EXIT INT TERM; \
	$(FLASK) run --host 127.0.0.1 --port $(PORT)

test: system-deps install-dev
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

test-pg: system-deps install-dev
	scripts/with-postgres.sh $(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile \
		$(if $(PG_MARKERS),-m "$(PG_MARKERS)") $(PYTEST_ARGS)

# Throughput and latency of the public shop pages against a Flask hello-world, and a shop
# link's first open in chromium (bench/README.md); writes bench/results/latest-<db>.json.
# BENCH_SECONDS, BENCH_TARGETS, ... tune it.
bench: install-dev
	@scripts/system-deps.sh bench
	$(BIN)/python -m bench.run --db sqlite

bench-pg: install-dev
	@scripts/system-deps.sh bench-pg
	scripts/with-postgres.sh $(BIN)/python -m bench.run --db postgresql

lint: install-dev
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
