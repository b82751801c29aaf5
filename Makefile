# Two commands do all the set-up on a fresh machine: `make serve` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.installed-runtime
STAMP := $(VENV)/.installed
CHROMIUM := /usr/bin/chromium
export NO_MKDOCS_2_WARNING := 1
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: setup runtime serve build test lint browser eval check add stats bench bench-serve screenshots fuzz clean

# What a build needs (requirements.txt): the deploy workflow installs only this, with `make build`.
$(RUNTIME): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(RUNTIME)

# ... and the tests' and tools' (requirements-dev.txt).
$(STAMP): $(RUNTIME) requirements-dev.txt
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

runtime: $(RUNTIME)

setup: $(STAMP)

## Preview with live reload (the browser reloads when a source, registry or hook changes). --dirty: only the pages
## whose output changed are made again, and the site stays what a full build makes (hooks/briefing/preview.py).
serve: runtime
	$(BIN)/mkdocs serve --livereload --dirty

## The static site in site/.
build: runtime
	$(BIN)/mkdocs build --strict

## Every test: lint, unit, integration (real MkDocs builds) and browser tests (Debian's Chromium).
test: setup browser
	$(BIN)/ruff check hooks tests bench tools
	$(BIN)/ruff format --check hooks tests bench tools
	$(BIN)/pytest

## The fuzzing suite with 20,000 generated inputs (make test runs it with 2,000): FUZZ_EXAMPLES=N to change.
fuzz: setup
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-20000} $(BIN)/pytest -q -p no:cacheprovider --hypothesis-show-statistics tests/test_fuzz.py

lint: setup
	$(BIN)/ruff check hooks tests bench tools
	$(BIN)/ruff format --check hooks tests bench tools

## Debian's Chromium for the browser tests; the tests fail with instructions if it cannot be installed.
browser:
	@test -x $(CHROMIUM) || { echo "Installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-core) \
	  || echo "warning: could not install chromium; run: apt-get install -y --no-install-recommends chromium (as root)"; }

## Precision and recall of extraction: the example's seeds, held-out texts on other topics, then real articles in many
## languages annotated by hand (per language and per form, beside plain dateparser); fails below the targets.
eval: runtime
	$(BIN)/python -m briefing.evaluate tests/data/gold.yaml
	$(BIN)/python -m briefing.evaluate tests/data/unseen/gold.yaml --root tests/data/unseen
	$(BIN)/python -m briefing.realtext tests/data/realtext tests/data/realtext-new-topics tests/data/realtext-blind tests/data/realtext-heldout tests/data/realtext-heldout2 tests/data/realtext-heldout3 tests/data/realtext-heldout4 tests/data/realtext-heldout5 tests/data/realtext-heldout6 tests/data/realtext-heldout7 tests/data/realtext-other-languages tests/data/realtext-other-languages-heldout tests/data/realtext-heldout8 tests/data/realtext-other-languages2 tests/data/realtext-heldout9 tests/data/realtext-other-languages-heldout2 tests/data/realtext-heldout10 tests/data/realtext-other-languages-heldout3 tests/data/realtext-heldout11 tests/data/realtext-other-languages-heldout4 tests/data/realtext-heldout12 tests/data/realtext-other-languages-heldout5 tests/data/realtext-heldout13 tests/data/realtext-other-languages-heldout6 tests/data/realtext-heldout14 tests/data/realtext-other-languages-heldout7 tests/data/realtext-heldout15 tests/data/realtext-other-languages-heldout8 tests/data/realtext-heldout16 tests/data/realtext-other-languages-heldout9 tests/data/realtext-heldout17 tests/data/realtext-other-languages-heldout10 tests/data/realtext-heldout18 tests/data/realtext-other-languages-heldout11 tests/data/realtext-heldout19 tests/data/realtext-other-languages-heldout12 tests/data/realtext-heldout20 tests/data/realtext-other-languages-heldout13 tests/data/realtext-heldout21 tests/data/realtext-other-languages-heldout14 tests/data/realtext-heldout22 tests/data/realtext-other-languages-heldout15 tests/data/realtext-heldout23 tests/data/realtext-other-languages-heldout16 tests/data/realtext-heldout24 tests/data/realtext-other-languages-heldout17 tests/data/realtext-openings tests/data/realtext-heldout25 tests/data/realtext-other-languages-heldout18 tests/data/realtext-other-languages20 tests/data/realtext-other-languages21 tests/data/realtext-new-topics2 tests/data/realtext-new-topics3 tests/data/realtext-statements tests/data/realtext-openings3 tests/data/realtext-new-topics4 tests/data/realtext-other-languages22 tests/data/realtext-new-topics6 tests/data/realtext-other-languages23 tests/data/realtext-new-topics5 tests/data/realtext-openings4 tests/data/realtext-statements2 tests/data/realtext-new-topics7 tests/data/realtext-other-languages24 tests/data/realtext-openings5 tests/data/realtext-statements3 tests/data/realtext-other-languages25 tests/data/realtext-statements4 tests/data/realtext-openings6 tests/data/realtext-new-topics8 tests/data/realtext-openings7 tests/data/realtext-statements5 tests/data/realtext-new-topics9 tests/data/realtext-other-languages26 tests/data/realtext-statements6 tests/data/realtext-new-topics10 tests/data/realtext-other-languages27 tests/data/realtext-openings8 tests/data/realtext-new-topics11 tests/data/realtext-other-languages28 tests/data/realtext-statements7 tests/data/realtext-openings9 tests/data/realtext-new-topics12 tests/data/realtext-other-languages29 tests/data/realtext-statements8 tests/data/realtext-openings10 tests/data/realtext-new-topics13 tests/data/realtext-other-languages30 tests/data/realtext-statements9 tests/data/realtext-openings11 tests/data/realtext-statements10 tests/data/realtext-other-languages31 tests/data/realtext-openings12 tests/data/realtext-new-topics14 tests/data/realtext-openings13 tests/data/realtext-statements11 tests/data/realtext-statements12 tests/data/realtext-openings14 tests/data/realtext-new-topics15 tests/data/realtext-statements13 tests/data/realtext-heldout27 tests/data/realtext-openings15 tests/data/realtext-heldout28 tests/data/realtext-other-languages32 tests/data/realtext-other-languages33 tests/data/realtext-heldout29 tests/data/realtext-other-languages34 tests/data/realtext-heldout30 tests/data/realtext-other-languages35 tests/data/realtext-heldout31 tests/data/realtext-heldout32 tests/data/realtext-other-languages36 tests/data/realtext-heldout33 tests/data/realtext-other-languages37 tests/data/realtext-heldout34 tests/data/realtext-other-languages38 tests/data/realtext-heldout35 tests/data/realtext-other-languages39 tests/data/realtext-heldout36 tests/data/realtext-other-languages40 tests/data/realtext-heldout37 tests/data/realtext-other-languages41 tests/data/realtext-heldout38 tests/data/realtext-other-languages42 tests/data/realtext-heldout26 tests/data/realtext-other-languages-heldout19 tests/data/realtext-openings2

## Check every source and registry; prints `path:line: severity: message`, fails on any error.
check: runtime
	$(BIN)/briefing check

## Draft a source from an article: make add FILE=article.txt [URL=https://...]
add: runtime
	@test -n "$(FILE)" || { echo "usage: make add FILE=article.txt|page.html [URL=https://...]"; exit 2; }
	$(BIN)/briefing add "$(FILE)" $(if $(URL),--url "$(URL)")

## Sources by language and year, grades, notes by code, actors and events.
stats: runtime
	$(BIN)/briefing stats

## Build time, memory and size from 100 to 10,000 generated sources beside a plain MkDocs build of the same pages;
## figures in bench/results/. Quicker: make bench N=1000 (or N="100 1000"), SEED=2, ROUNDS=1.
bench: runtime
	$(BIN)/python bench/bench.py $(if $(N),--n $(N)) $(if $(SEED),--seed $(SEED)) $(if $(ROUNDS),--rounds $(ROUNDS))

## Under a real `mkdocs serve` on 127.0.0.1: write -> "Reloading browsers" for five edits of one source, an added and a
## deleted source and a registry edit, beside a full build; figures in bench/results/. make bench-serve N="100 1000".
bench-serve: setup
	$(BIN)/python bench/bench_serve.py $(if $(N),--n $(N)) $(if $(SEED),--seed $(SEED))

## Screenshots of every page type (docs/assets/screenshots/, shown in the README) from a fresh build.
screenshots: setup browser
	$(BIN)/python tools/screenshots.py

clean:
	rm -rf site .cache
