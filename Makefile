# The two commands: `make run` (set up, build the index if missing or stale, serve the chat)
# and `make test` (set up, run every test including the real-model and browser ones).
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test build install clean

$(STAMP): requirements.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

build: $(STAMP)
	$(PY) -m assistant build

run: $(STAMP)
	$(PY) -m assistant build
	$(PY) app.py

test: $(STAMP)
	$(PY) -m pytest

clean:
	rm -rf index .cache tests/artifacts
