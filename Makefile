# Two commands a new user needs (see README):
#   make demo   set everything up in .venv and analyse the example corpus
#   make test   set up (if needed) and run the whole test suite
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip

.PHONY: setup models demo test bench lint

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml setup.py src/storyweave/clean/_fastlines.c
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip 2>&1 | grep -v '^WARNING: Location' || true
	$(PIP) install -q -e '.[dev]' 2>&1 | grep -v '^WARNING: Location' || true
	$(PY) -c "import storyweave, trafilatura, onnxruntime"
	touch $@

# The static embedder is distilled from the packaged MiniLM once (about 20 s) and cached
# under ~/.cache/storyweave (or $$STORYWEAVE_CACHE); it would otherwise be built on first use.
models: setup
	$(VENV)/bin/storyweave models prepare

demo: setup models
	$(VENV)/bin/storyweave analyze examples/corpus --json out/example.json --html out/example.html

test: setup models
	bash scripts/ensure-browser.sh || true
	$(PY) -m pytest -q -p no:cacheprovider

lint: setup
	$(VENV)/bin/ruff check src tests bench
