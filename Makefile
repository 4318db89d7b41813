# The README's two commands: `make serve` (set up, build the graph, validate, serve) and `make test`.
# Each creates the virtual environment and installs what it needs on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STORE  ?= data
PLANS  ?=

.PHONY: setup test-setup serve build test lint format clean

setup: $(VENV)/.installed node_modules/.installed

# The browser tests drive Debian's chromium; only the tests need it.
test-setup: setup
	@command -v chromium >/dev/null 2>&1 || scripts/install-system-packages chromium

# The UI's browser assets (YASGUI, version pinned in package.json / package-lock.json), served by the app.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "npm is missing: install Node.js (Debian: apt-get install nodejs npm)" >&2; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(VENV)/.installed: pyproject.toml
	@command -v java >/dev/null 2>&1 || scripts/install-system-packages java
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

# Build the graph (exit 1 only means some plans were skipped: they are listed), then serve it.
build: setup
	@$(BIN)/vankien build $(PLANS) --store $(STORE); status=$$?; [ $$status -le 1 ]

serve: build
	$(BIN)/vankien serve --store $(STORE)

test: test-setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) $(STORE) *.egg-info node_modules test-artifacts
