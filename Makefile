# The two commands of the quick start: `make run` and `make test`. Everything else is theirs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
INSTALLED := $(VENV)/.installed
# The semantic extra (sentence model on CPU PyTorch) is installed too, so its tests run here and in CI.
EXTRAS ?= test,semantic

.PHONY: run test system-deps messages translations bench clean worker beat

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[$(EXTRAS)]'
	touch $@

# Debian packages the project needs: gettext (message catalogues) and Chromium (browser tests).
system-deps:
	@bash scripts/system-deps.sh

# `make run` and the catalogue tools are development: they ask for DEBUG (settings are safe by
# default: DEBUG off, SECRET_KEY required). Production sets the variables of the README instead.
run messages translations: export DEBUG = 1

messages: $(INSTALLED)
	cd src/ejrc && ../../$(BIN)/ejrc compilemessages -v0 --ignore='*/vendor/*'

run: system-deps messages
	$(BIN)/ejrc migrate --no-input -v0
	$(BIN)/ejrc load-reference-data
	$(BIN)/ejrc load-demo-content
	$(BIN)/ejrc runserver 127.0.0.1:$(PORT)

test: system-deps messages
	@$(BIN)/pytest -p no:cacheprovider; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests: that is a failure here."; fi; \
	exit $$status

# Refresh the Japanese catalogues after changing strings: each app keeps its own.
translations: $(INSTALLED)
	@for app in src/ejrc/*/; do [ -d "$$app/locale" ] && (cd $$app && ../../../$(BIN)/ejrc makemessages -l ja -v0 --no-obsolete --ignore='static/*') ; done; true

# Background tasks, when CELERY_BROKER_URL is set (see the README's Configuration).
worker: messages
	$(BIN)/celery -A ejrc.celery worker --loglevel INFO

beat: $(INSTALLED)
	$(BIN)/celery -A ejrc.celery beat --loglevel INFO

bench: $(INSTALLED)
	$(BIN)/python bench/scheduling

clean:
	rm -rf $(VENV) var
