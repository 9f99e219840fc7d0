# conflict-kg: the two commands a newcomer needs are `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# Reinstall when the dependency list changes.
STAMP  := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
STORE  := out/store
QUERIES := statements events roles claims entities places

.PHONY: install demo test bench clean namespace eval

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP)

demo: install
	mkdir -p out
	$(BIN)/conflict-kg build samples --store $(STORE)
	@for q in $(QUERIES); do \
	  echo "== $$q"; \
	  $(BIN)/conflict-kg query $$q --store $(STORE) || exit 1; \
	  $(BIN)/conflict-kg query $$q --store $(STORE) --format csv > out/$$q.csv || exit 1; \
	done
	$(BIN)/conflict-kg viz actors --store $(STORE) --out out/actors.html
	$(BIN)/conflict-kg viz locations --store $(STORE) --out out/locations.html
	$(BIN)/conflict-kg stats --store $(STORE)
	@echo "demo: store in $(STORE), query results in out/*.csv, networks in out/actors.html and out/locations.html"

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python -m bench.run
	$(BIN)/python -m bench.writer_memory
	$(BIN)/python -m bench.build_memory
	$(BIN)/python -m bench.build_memory 0 --jobs 1 --merge
	$(BIN)/python -m bench.long_document
	$(BIN)/python -m bench.en_speed
	$(BIN)/python -m bench.en_speed --lang ja --docs 100
	$(BIN)/python -m bench.endpoint_load
	$(BIN)/python -m bench.incidents_scale
	$(BIN)/python -m bench.gazetteer_load
	$(BIN)/python -m bench.map_render

# Measured quality on ../shared (seeds + eval sets; developers and CI only): extraction
# scores, NER, re3d, entity resolution, agreement of the Japanese gold. Skips with a message when ../shared is absent.
SHARED := ../shared
eval: install
	@if [ ! -d $(SHARED) ]; then echo "eval: skipped: $(SHARED) is absent (seeds and eval sets live there)"; exit 0; fi; \
	set -e; \
	echo "== English seed 000 vs gold"; $(BIN)/python -m bench.score_extraction_en; \
	echo "== Japanese seeds 001/002 vs gold"; $(BIN)/python -m bench.score_extraction_ja; \
	echo "== Japanese NER (GSD, Stockmark)"; $(BIN)/python -m bench.eval_ja_ner; \
	echo "== English re3d"; $(BIN)/python -m bench.eval_en_re3d; \
	echo "== Entity resolution"; $(BIN)/python -m bench.eval_resolution; \
	echo "== Incidents (cross-document gold, UCDP headlines)"; $(BIN)/python -m bench.eval_incidents; \
	echo "== Japanese Wikinews gold: inter-annotator agreement"; $(BIN)/python -m bench.gold_agreement; \
	echo "== Japanese events and arguments (Wikinews gold, dev/test)"; $(BIN)/python -m bench.eval_events_ja; \
	echo "== English events and arguments (UCDP headlines, dev/test)"; $(BIN)/python -m bench.eval_events_ucdp; \
	echo "== English events on UCDP: strict failures by class (dev/test, counts only)"; $(BIN)/python -m bench.eval_events_ucdp_classes; \
	echo "== English event arguments (WikiEvents: train = dev half; dev, test = held-out test halves)"; $(BIN)/python -m bench.eval_events_wikievents; \
	echo "== Places: UCDP headlines within 30 km (dev, test)"; $(BIN)/python -m bench.eval_places; \
	echo "== Event places: why not within 30 km, per class (UCDP, dev/test)"; $(BIN)/python -m bench.eval_event_places_ucdp; \
	echo "== Places: Japanese gold places"; $(BIN)/python -m bench.eval_places --ja; \
	echo "== Places: sample of 50 village resolutions"; $(BIN)/python -m bench.place_sample; \
	echo "== Japanese statements and roles (Wikinews gold, dev and test)"; $(BIN)/python -m bench.eval_ja_statements; \
	echo "== English speakers (PolNeAR dev; skips without a checkout in POLNEAR_DIR)"; $(BIN)/python -m bench.eval_en_polnear

namespace: install
	$(BIN)/python -m conflict_kg.kg.gen_namespace
	$(BIN)/python -m conflict_kg.kg.gen_docs

clean:
	rm -rf out .pytest_cache
