# The two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HEX := $(VENV)/bin/hexalign
CORPUS := corpora/untoc-cop-res-11-1
OUT := demo-output

.PHONY: demo test install install-test bench clean

$(VENV)/bin/activate:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

install: $(VENV)/bin/activate
	$(PY) -m pip install --quiet -e .

install-test: $(VENV)/bin/activate
	$(PY) -m pip install --quiet -e ".[test,bench]"

demo: install
	$(PY) -m cli.demo $(CORPUS) $(OUT)

test: install-test
	$(PY) -m pytest -q tests

bench: install-test
	$(PY) benchmarks/align_bench.py

clean:
	rm -rf $(VENV) $(OUT) build *.egg-info
