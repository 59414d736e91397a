# Setup is code: `make demo` and `make test` create .venv and install exactly what
# requirements.lock pins. The stamp file makes a second run install nothing unless
# requirements.lock or pyproject.toml changed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.rivet-installed

.PHONY: demo test lint check bench clean-db

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# torch first and alone: 2.13.0 is the CPU build on local disk; any other spec pulls CUDA.
	$(BIN)/pip install --quiet --disable-pip-version-check torch==2.13.0
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

demo: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/rivet demo

test: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

check: lint test

bench: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/rivet bench retrieval

clean-db:
	-$(BIN)/rivet db stop
	rm -rf var/pgdata
