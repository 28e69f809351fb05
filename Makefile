# Leadership Voices: `make run` serves the demo site, `make test` runs every check.
# `make help` lists the targets.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
STAMP := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py

.DEFAULT_GOAL := help
.PHONY: help install run test lint format lock migrate demo clean bench serve backup restore messages

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	touch $(STAMP)

# The Nu HTML checker (vnu-jar, run with Java) for the markup test. Without npm the test is
# skipped (it fails under CI=true). --ignore-scripts: the package's own install script would
# download a Java runtime.
NODE_STAMP := node_modules/.installed
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && touch $(NODE_STAMP); \
	else echo "npm not found: the Nu HTML checker test will be skipped"; fi

install: $(STAMP) ## Create .venv and install the locked dependencies

# The Welsh interface (docs/welsh.md): the catalogue is source, its compiled .mo is build output,
# rebuilt when the .po is newer. Compiling needs GNU gettext's msgfmt.
LOCALE_PO := locale/cy/LC_MESSAGES/django.po
LOCALE_MO := $(LOCALE_PO:.po=.mo)
# The passkey script's Welsh (djangojs.po) is compiled by the same command.
$(LOCALE_MO): $(LOCALE_PO) locale/cy/LC_MESSAGES/djangojs.po | $(STAMP)
	@command -v msgfmt >/dev/null 2>&1 || { echo "msgfmt not found: install GNU gettext" \
		"(Debian/Ubuntu: apt-get install gettext; macOS: brew install gettext) to compile" \
		"the Welsh catalogue $(LOCALE_PO)"; exit 1; }
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules

messages: install ## Update the Welsh catalogue from the code and templates (docs/welsh.md)
	$(MANAGE) makemessages -l cy -e html,txt,py --no-obsolete --ignore=.venv --ignore=node_modules --ignore=var --ignore=tests

migrate: install ## Apply database migrations (SQLite in var/ unless DATABASE_URL is set)
	$(MANAGE) migrate --noinput

demo: migrate ## Load the demo leaders, posts and users (idempotent)
	$(MANAGE) load_demo

run: demo $(LOCALE_MO) ## Set everything up and serve the demo site (http://127.0.0.1:8000; HOST=, PORT= to change)
	$(MANAGE) collectstatic --noinput --verbosity 0
	@echo "Serving Leadership Voices at http://$(HOST):$(PORT)/ (admin at /admin/)"
	@echo "In the background: the task worker, which sends every email (manage.py db_worker;"
	@echo "emails are printed here), and scheduled publishing every minute (publish_scheduled)"
	@# Both stop with this shell: killed on exit; the loop also checks its parent every minute.
	@# The worker does not reload on code changes (--no-reload): a reloading worker is two
	@# processes, and the second would outlive the server.
	@parent=$$$$; \
	( while sleep 60 && kill -0 $$parent 2>/dev/null; do $(MANAGE) publish_scheduled; done ) & \
	loop=$$!; $(MANAGE) db_worker --backend background --no-reload & worker=$$!; \
	trap 'kill $$loop $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install ## ruff (lint and formatting) and the import contracts (lint-imports)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install ## Apply ruff's formatting and safe fixes
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

test: install $(NODE_STAMP) $(LOCALE_MO) lint ## Lint, check migrations, run the whole pytest suite
	DJANGO_SETTINGS_MODULE=site_config.settings.test $(MANAGE) makemigrations --check --dry-run
	$(BIN)/pytest

bench: install ## Benchmark under gunicorn on a seeded data set (SCALE=10 for ten times the data)
	$(BIN)/python benchmarks/run.py --scale $(or $(SCALE),1)

lock: ## Re-pin requirements.lock from pyproject.toml (needs the network)
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra test --python-version 3.11 -o requirements.lock

clean: ## Remove the virtualenv and everything in var/
	rm -rf $(VENV) var

# --- Production-like serving and backups (docs/deployment.md) ---
# gunicorn's usual sizing: two workers per core plus one.
WORKERS ?= $(shell $(PYTHON) -c "import os; print(2 * (os.cpu_count() or 1) + 1)")
SERVE := DJANGO_SETTINGS_MODULE=site_config.settings.serve

serve: migrate $(LOCALE_MO) ## Production-like: gunicorn (2 x CPUs + 1 workers) and the task worker, DEBUG off (HOST=, PORT=)
	$(SERVE) $(MANAGE) collectstatic --noinput --verbosity 0
	@echo "Serving Leadership Voices (production-like) at http://$(HOST):$(PORT)/"
	@echo "In the background: the task worker, which sends every email (manage.py db_worker)"
	@$(SERVE) $(MANAGE) db_worker --backend background & worker=$$!; trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(SERVE) $(BIN)/gunicorn site_config.wsgi:application --bind $(HOST):$(PORT) \
		--workers $(WORKERS) --timeout 30 --access-logfile - --error-logfile -

backup: install ## Back up the database and media into var/backups/<timestamp>/
	$(MANAGE) backup

restore: install ## Restore a backup: make restore BACKUP=var/backups/<timestamp>
	@test -n "$(BACKUP)" || { echo "Usage: make restore BACKUP=var/backups/<timestamp>"; exit 2; }
	$(MANAGE) restore "$(BACKUP)"
