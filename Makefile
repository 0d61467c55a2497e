# OCS GE Review — every set-up step lives here; `make demo` and `make test`
# work on a fresh Debian 12 / Ubuntu machine.
SHELL := /bin/bash
.DEFAULT_GOAL := help

SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
BUILD := build
DEMO_DIR := $(BUILD)/demo
DEMO_POLYGONS ?= 20000
DEMO_SEED ?= 1
DEMO_DEPARTMENT ?= 32
# ocsge: one raster band per CS code; flair-hub: FLAIR-HUB's 19 COSIA classes, read through its class table
DEMO_MODEL ?= ocsge
DEMO_CLASSES := $(if $(filter flair-hub,$(DEMO_MODEL)),--classes flair-hub,)
# e.g. BENCH_ARGS="--classes flair-hub --polygons 100000" (bench/README.md)
BENCH_ARGS ?=
PLUGIN_ID := ocsge_review_plugin

export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help system-deps venv demo test test-unit test-qgis test-pg test-fault test-e2e test-matrix \
        styles i18n i18n-update package screenshots bench bench-campaign bench-pg bench-stats bench-accuracy \
        bench-keypress clean

help:
	@echo "make demo     build the demo département and compute its confidence"
	@echo "make test     install test needs and run every test tier, the QGIS matrix included"
	@echo "make test-matrix  the tests on QGIS 3.40 (Debian 13) and 3.44 (sid), in debootstrap chroots"
	@echo "make package  build the installable plugin zip in dist/ and check it against the plugin repository's rules"
	@echo "make screenshots  retake docs/screenshots/*.png in the real QGIS desktop (Xvfb) on the demo data"
	@echo "make bench    département-scale benchmarks (bench/README.md)"
	@echo "make bench-campaign  campaign creation, next-item latency, decision writes"
	@echo "make bench-pg  PostGIS: 32 interpreters at once, sync of 10 000 edits vs QGIS"
	@echo "make bench-stats     statistics over a 1 M-decision journal, GeoPackage and PostGIS"
	@echo "make bench-accuracy  coverage of the accuracy intervals over 320 simulated départements (seeded)"
	@echo "make bench-keypress  key N to the next item drawn over its orthophoto, real QGIS desktop, vs QGIS's own tools"

# Debian packages: QGIS and its Python bindings, GDAL/GEOS headers for the
# source builds of shapely and pyogrio, Xvfb, PostgreSQL + PostGIS, Qt tools.
system-deps: $(BUILD)/.system-deps
$(BUILD)/.system-deps: scripts/install-system-deps.sh
	bash scripts/install-system-deps.sh
	@mkdir -p $(BUILD) && touch $@

venv: $(VENV)/.installed
# shapely 2 and pyogrio: the distribution's where it packages them (scripts/install-system-deps.sh
# chose by apt-cache policy), else built from source on the system GEOS/GDAL (requirements.txt).
# shapely 2 is told by its API (from_wkb): sid's python3-shapely says its version is "0+unknown".
$(VENV)/.installed: $(BUILD)/.system-deps requirements.txt requirements-dev.txt
	test -x $(PY) || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	if $(SYSTEM_PYTHON) -c "import pyogrio, shapely; shapely.from_wkb" 2>/dev/null; then \
	    echo "shapely, pyogrio: from the distribution"; \
	else \
	    $(PY) -m pip install --quiet --disable-pip-version-check --no-binary shapely,pyogrio -r requirements.txt; \
	fi
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PY) -c "import shapely, pyogrio, osgeo.gdal as g; \
	    assert pyogrio.__gdal_version_string__ == g.__version__, 'pyogrio must use the system GDAL'"
	@touch $@

i18n: venv
	$(PY) scripts/build_i18n.py

# Refresh the .ts sources from the tr() calls and .ui files (then translate).
i18n-update: venv
	$(PY) scripts/build_i18n.py --update

styles: venv
	$(PY) -m ocsge_review styles --out resources/styles

demo: venv i18n
	$(PY) -m ocsge_review demo --out $(DEMO_DIR) --polygons $(DEMO_POLYGONS) \
	    --seed $(DEMO_SEED) --department $(DEMO_DEPARTMENT) --model $(DEMO_MODEL)
	$(PY) -m ocsge_review confidence --model $(DEMO_DIR)/model_output.gpkg \
	    --raster $(DEMO_DIR)/probabilities.tif $(DEMO_CLASSES) --out $(DEMO_DIR)/confidence.gpkg
	rm -f $(DEMO_DIR)/review.gpkg $(DEMO_DIR)/review.gpkg-wal $(DEMO_DIR)/review.gpkg-shm
	$(PY) -m ocsge_review campaign create --model $(DEMO_DIR)/model_output.gpkg \
	    --raster $(DEMO_DIR)/probabilities.tif $(DEMO_CLASSES) --department $(DEMO_DEPARTMENT) \
	    --store $(DEMO_DIR)/review.gpkg --seed $(DEMO_SEED)
	$(PY) -m ocsge_review campaign status --store $(DEMO_DIR)/review.gpkg
	bash scripts/open-demo.sh $(DEMO_DIR)

# Every tier runs and is reported whatever fails before it; `make test` fails if any failed.
# A new tier: its name here and a test-<name> target.
TEST_TIERS := unit qgis pg fault e2e matrix
test: venv i18n
	MAKE="$(MAKE)" bash scripts/run-tiers.sh $(TEST_TIERS)

# The tiers that start no QgsApplication of their own: pytest-qgis kept out.
PYTEST_NO_QGIS := $(PY) -m pytest -p no:pytest_qgis

test-unit: venv
	$(PYTEST_NO_QGIS) tests/unit

test-qgis: venv
	$(PY) -m pytest tests/qgis

test-pg: venv
	$(PYTEST_NO_QGIS) tests/pg

# SIGKILL at random moments while others read and write the same store (tests/fault/test_kills.py); -s: its figures.
test-fault: venv
	$(PYTEST_NO_QGIS) -s tests/fault

test-e2e: venv package
	$(PYTEST_NO_QGIS) tests/e2e

# The QGIS and desktop tiers on the QGIS of Debian 13 (3.40 LTR) and sid (3.44), each in a debootstrap
# chroot kept outside the checkout and reused while fresh (scripts/matrix-chroot.sh). Needs root.
# All four tiers: make test-matrix MATRIX_TIERS="unit qgis pg e2e" (twice as long: README, Tests).
MATRIX_SUITES := trixie sid
MATRIX_TIERS := qgis e2e
test-matrix:
	MATRIX_TIERS="$(MATRIX_TIERS)" bash scripts/test-matrix.sh $(MATRIX_SUITES)

# The zip (package.py's last line: build_i18n prints the .qm first), then the plugin repository's rules
# checked on it (scripts/check_package.py). pipefail: a failed build stops here with its own error.
package: venv i18n
	set -o pipefail; zip="$$($(PY) scripts/package.py --out dist | tail -n1)" && $(PY) scripts/check_package.py "$$zip"

# docs/screenshots/*.png from the real desktop under Xvfb, on the demo data (scripts/screenshots.py).
screenshots: venv i18n
	$(PY) scripts/screenshots.py --out docs/screenshots

bench: venv
	$(PY) bench/run.py $(BENCH_ARGS)

bench-campaign: venv
	$(PY) bench/campaign.py

bench-pg: venv
	$(PY) bench/pg.py
bench-stats: venv
	$(PY) bench/stats.py

bench-accuracy: venv
	$(PY) bench/accuracy.py

# The real QGIS desktop under Xvfb + openbox (xdotool's keys): run it on a quiet machine.
bench-keypress: venv
	$(PY) bench/keypress.py

clean:
	rm -rf $(BUILD) dist .pytest_cache
