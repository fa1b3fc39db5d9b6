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
	$(PY) -m pip install --quiet -e ".[test]"

VERSIONS := $(CORPUS)/zh.txt $(CORPUS)/en.txt $(CORPUS)/fr.txt $(CORPUS)/es.txt $(CORPUS)/ru.txt $(CORPUS)/ar.txt

demo: install
	mkdir -p $(OUT)
	$(HEX) segment $(VERSIONS)
	$(HEX) align $(VERSIONS) --format html -o $(OUT)/alignment.html
	$(HEX) align $(VERSIONS) --format tmx -o $(OUT)/alignment.tmx
	$(HEX) align $(VERSIONS) --format xlsx -o $(OUT)/alignment.xlsx
	$(HEX) align $(CORPUS)/zh.txt $(CORPUS)/en.txt --level sentence --format tmx -o $(OUT)/zh-en.sentences.tmx
	$(HEX) glossary build $(VERSIONS) --db $(OUT)/termbase.sqlite
	$(HEX) glossary export --db $(OUT)/termbase.sqlite --format tbx -o $(OUT)/glossary.tbx
	$(HEX) glossary export --db $(OUT)/termbase.sqlite --format csv -o $(OUT)/glossary.csv
	$(HEX) glossary export --db $(OUT)/termbase.sqlite --format xlsx -o $(OUT)/glossary.xlsx
	$(HEX) glossary search 联合调查机构 --db $(OUT)/termbase.sqlite
	$(HEX) check $(VERSIONS) --format html -o $(OUT)/check.html --fail-on never
	$(HEX) check $(VERSIONS) --format xlsx -o $(OUT)/check.xlsx --fail-on never
	$(HEX) check $(VERSIONS) --format table --fail-on never
	@echo "demo outputs written to $(OUT)/"

test: install-test
	$(PY) -m pytest -q tests

bench: install-test
	$(PY) benchmarks/align_bench.py

clean:
	rm -rf $(VENV) $(OUT) build *.egg-info
