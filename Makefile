# plutolog — build, test, demo, install.
#
#   make            build ./plutolog
#   make check      unit, golden and lab-fixture tests ("N passed, N failed")
#   make demo       install missing packages (as root), build, run on a sample
#   make deps       install the Debian packages that are missing (as root)
#   make corpus-check   unrecognised share per version tag over ../shared/corpus
#   make field-check    outcomes and line counts on ../shared/corpus/field-dev
#   make bench      MB/s and lines/s, lexer alone and full analysis
#   make asan       build and test with AddressSanitizer + UBSan
#   make fuzz       libFuzzer runs: parsing alone and parse + every backend (clang)
#   make afl        the same fuzz targets under AFL++ (afl-clang-fast)
#   make valgrind   memcheck over every version of ../shared/corpus, per format
#   make install    PREFIX=/usr/local DESTDIR=
#   make format     clang-format the C files; make format-check only checks (CI)

PREFIX  ?= /usr/local
DESTDIR ?=
BUILD   ?= build
CC      ?= cc
FLEX    ?= flex
BISON   ?= bison
VERSION := 0.1

PKGS    := glib-2.0 gio-2.0 json-glib-1.0 libarchive
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

OPT      ?= -O2 -g
SAN      ?=
CPPFLAGS += -Iinclude -Igrammar -I$(BUILD) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
            -DPL_VERSION='"$(VERSION)"' -DPL_LOCALEDIR='"$(PREFIX)/share/locale"'
CFLAGS   += -std=c11 $(OPT) $(SAN) -Wall -Wextra -Werror -MMD -MP $(PKG_CFLAGS)
LDLIBS   += $(PKG_LIBS) -lm
LDFLAGS  += $(SAN)

# Debian packages: build, run, and test.
DEB_BUILD := make gcc flex bison pkg-config libglib2.0-dev libjson-glib-dev libarchive-dev gettext
# fonts-wqy-zenhei: CJK glyphs for --lang zh_TW diagrams rendered by dot;
# python3-jsonschema: validates -f json against docs/plutolog.schema.json;
# nodejs and npm (Debian's npm, unless node already brings its own): Mermaid's
# own parser in tests/mermaid (npm ci, by make deps)
DEB_TEST  := graphviz libreswan iproute2 python3 cmark-gfm fonts-wqy-zenhei python3-jsonschema nodejs
DEB_ALL   := $(DEB_BUILD) $(DEB_TEST)

# the pipeline, one folder per layer (docs/architecture.md, tools/layers.txt):
#   src/base -> src/input -> grammar -> src/core -> src/passes -> src/views -> output-formats -> src/cli
SRC  := $(wildcard src/base/*.c src/input/*.c) $(wildcard grammar/*.c) \
        $(wildcard src/core/*.c src/passes/*.c src/views/*.c) $(wildcard output-formats/*.c) $(wildcard src/cli/*.c)
GEN  := $(BUILD)/lexer.c $(BUILD)/parser.c $(BUILD)/debug-lexer.c
OBJ  := $(patsubst %.c,$(BUILD)/%.o,$(SRC)) $(BUILD)/lexer.o $(BUILD)/parser.o $(BUILD)/debug-lexer.o
LIBOBJ := $(filter-out $(BUILD)/src/cli/main.o,$(OBJ))
# the ipsec.conf reader (grammar/cfg-*, rules below)
CFG_OBJ := $(BUILD)/cfg/cfg-lexer.o $(BUILD)/cfg/cfg-parser.o
OBJ     += $(CFG_OBJ)
LIBOBJ  += $(CFG_OBJ)
# the phrase scanner (include/phrases.def -> grammar/phrases-gen.sh -> flex)
PHR_OBJ := $(BUILD)/phr/phrases-scan.o
OBJ     += $(PHR_OBJ)
LIBOBJ  += $(PHR_OBJ)
# message catalogues: po/LANG.po -> build/locale/LANG/LC_MESSAGES/plutolog.mo
PO   := $(wildcard po/*.po)
MO   := $(patsubst po/%.po,$(BUILD)/locale/%/LC_MESSAGES/plutolog.mo,$(PO))
TESTS := $(patsubst tests/%.c,$(BUILD)/tests/%,$(wildcard tests/test-*.c))

.PHONY: lab-check all check demo deps install uninstall clean corpus-check bench asan fuzz lab format tests

all: plutolog $(MO)

plutolog: $(BUILD)/plutolog
	cp $< $@.tmp && mv -f $@.tmp $@

$(BUILD)/plutolog: $(OBJ)
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# ---- generated scanner and parser (never committed) ----------------------

# -CF: full tables.  -b: the build fails unless flex reports no backing up.
$(BUILD)/lexer.c: grammar/lexer.l | $(BUILD)
	cd $(BUILD) && $(FLEX) -CF -b -o lexer.c ../grammar/lexer.l
	@if ! grep -q '^No backing up' $(BUILD)/lex.backup; then \
	  echo "lexer.l: flex reports backing up (see $(BUILD)/lex.backup)"; head -40 $(BUILD)/lex.backup; \
	  rm -f $@; exit 1; fi

# the plutodebug scanner: the same rules (full tables, no backing up)
$(BUILD)/debug-lexer.c: grammar/debug-lexer.l | $(BUILD)
	cd $(BUILD) && $(FLEX) -CF -b -o debug-lexer.c ../grammar/debug-lexer.l && mv lex.backup debug-lex.backup
	@if ! grep -q '^No backing up' $(BUILD)/debug-lex.backup; then \
	  echo "debug-lexer.l: flex reports backing up (see $(BUILD)/debug-lex.backup)"; head -40 $(BUILD)/debug-lex.backup; \
	  rm -f $@; exit 1; fi
$(BUILD)/debug-lexer.o: $(BUILD)/debug-lexer.c
	$(CC) $(CPPFLAGS) $(CFLAGS) $(GEN_CFLAGS) -c -o $@ $<

# one bison run makes both files (grouped target)
$(BUILD)/parser.c $(BUILD)/parser.h &: grammar/parser.y grammar/keywords.def | $(BUILD)
	$(BISON) -Wall -Werror -Wcounterexamples --defines=$(BUILD)/parser.h -o $(BUILD)/parser.c grammar/parser.y
	@missing=$$(sed -n 's/^KW("[^"]*", *\(K_[A-Z0-9_]*\)).*/\1/p' grammar/keywords.def | sort -u | \
	  while read k; do sed -n '/^any:/,/^  ;/p' grammar/parser.y | grep -qw "$$k" || echo "$$k"; done); \
	  if [ -n "$$missing" ]; then echo "parser.y: keywords missing from the 'any' rule: $$missing"; \
	  rm -f $(BUILD)/parser.c $(BUILD)/parser.h; exit 1; fi

# Generated code: warnings relaxed here, not with pragmas.
GEN_CFLAGS := -Wno-unused-function -Wno-sign-compare -Wno-unused-parameter -Wno-unused-but-set-variable

# ---- the ipsec.conf reader: its own scanner and parser (grammar/cfg-*) ------
# (in build/cfg/: flex writes lex.backup into the directory it runs in)
$(BUILD)/cfg/cfg-lexer.c: grammar/cfg-lexer.l
	@mkdir -p $(BUILD)/cfg
	cd $(BUILD)/cfg && $(FLEX) -CF -b -o cfg-lexer.c $(CURDIR)/grammar/cfg-lexer.l
	@if ! grep -q '^No backing up' $(BUILD)/cfg/lex.backup; then \
	  echo "cfg-lexer.l: flex reports backing up"; head -40 $(BUILD)/cfg/lex.backup; rm -f $@; exit 1; fi
$(BUILD)/cfg/cfg-parser.c $(BUILD)/cfg/cfg-parser.h &: grammar/cfg-parser.y
	@mkdir -p $(BUILD)/cfg
	$(BISON) -Wall -Werror -Wcounterexamples --defines=$(BUILD)/cfg/cfg-parser.h -o $(BUILD)/cfg/cfg-parser.c grammar/cfg-parser.y
$(BUILD)/cfg/cfg-lexer.o: $(BUILD)/cfg/cfg-lexer.c $(BUILD)/cfg/cfg-parser.h
	$(CC) $(CPPFLAGS) -I$(BUILD)/cfg $(CFLAGS) $(GEN_CFLAGS) -c -o $@ $<
$(BUILD)/cfg/cfg-parser.o: $(BUILD)/cfg/cfg-parser.c
	$(CC) $(CPPFLAGS) -I$(BUILD)/cfg $(CFLAGS) $(GEN_CFLAGS) -c -o $@ $<

# (in build/phr/: flex writes lex.backup into the directory it runs in)
$(BUILD)/phr/phrases.l: include/phrases.def grammar/phrases-gen.sh
	@mkdir -p $(BUILD)/phr
	sh grammar/phrases-gen.sh include/phrases.def > $@.tmp && mv $@.tmp $@
$(BUILD)/phr/phrases-scan.c: $(BUILD)/phr/phrases.l
	cd $(BUILD)/phr && $(FLEX) -CF -b -o phrases-scan.c phrases.l
	@if ! grep -q '^No backing up' $(BUILD)/phr/lex.backup; then \
	  echo "phrases.l: flex reports backing up"; head -40 $(BUILD)/phr/lex.backup; rm -f $@; exit 1; fi
$(BUILD)/phr/phrases-scan.o: $(BUILD)/phr/phrases-scan.c grammar/phrases-scan.h
	$(CC) $(CPPFLAGS) $(CFLAGS) $(GEN_CFLAGS) -c -o $@ $<

$(BUILD)/lexer.o: $(BUILD)/lexer.c $(BUILD)/parser.h
	$(CC) $(CPPFLAGS) $(CFLAGS) $(GEN_CFLAGS) -c -o $@ $<
$(BUILD)/parser.o: $(BUILD)/parser.c
	$(CC) $(CPPFLAGS) $(CFLAGS) $(GEN_CFLAGS) -c -o $@ $<

# Backends: a switch over event kinds must name every kind.
$(BUILD)/output-formats/%.o: output-formats/%.c $(BUILD)/parser.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Wswitch-enum -c -o $@ $<

$(BUILD)/%.o: %.c $(BUILD)/parser.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD):
	mkdir -p $(BUILD)

$(BUILD)/locale/%/LC_MESSAGES/plutolog.mo: po/%.po
	@mkdir -p $(dir $@)
	msgfmt --check -o $@ $<

-include $(OBJ:.o=.d)

# ---- tests ------------------------------------------------------------------

$(BUILD)/tests/%: tests/%.c $(LIBOBJ)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -DPL_SRCDIR='"$(CURDIR)"' -o $@ $< $(LIBOBJ) $(LDFLAGS) $(LDLIBS)

# (the asan build must not replace ./plutolog: tests need only $(BUILD)/plutolog)
tests: $(BUILD)/plutolog $(MO) $(TESTS)

check: plutolog tests
	@BUILD=$(BUILD) bash tests/run-tests.sh

corpus-check: plutolog
	@bash tests/corpus-check.sh

# the real-world excerpts of ../shared/corpus/field-dev: outcome, line counts, unrecognised
.PHONY: field-check
field-check: plutolog
	@bash tests/field-check.sh

# the lexer-only benchmark program (links the library objects, not main.o)
$(BUILD)/lexbench: bench/lexbench.c $(LIBOBJ)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< $(LIBOBJ) $(LDFLAGS) $(LDLIBS)

bench: plutolog $(BUILD)/lexbench
	@BUILD=$(BUILD) bash bench/run.sh

lab:
	bash tests/lab/run-lab.sh
	bash tests/lab/pairs-check.sh $(if $(LAB_OUT),$(wildcard $(LAB_OUT)/*/))

# the lab round trip: -f conf from a responder's log makes the tunnel come up
lab-check: plutolog
	bash tests/roundtrip/run.sh
	bash tests/roundtrip/debug.sh
	bash tests/lab/pairs-check.sh

asan:
	$(MAKE) BUILD=build-asan OPT="-O1 -g -fno-omit-frame-pointer" \
	  SAN="-fsanitize=address,undefined -fno-sanitize-recover=all" build-asan/plutolog tests
	cp build-asan/plutolog build-asan/plutolog-asan
	@ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0 BUILD=build-asan PLUTOLOG=build-asan/plutolog bash tests/run-tests.sh

# FUZZ_TARGETS="parse log" (default both), FUZZ_SECONDS per target; docs/fuzzing.md
fuzz:
	@bash tests/fuzz/run-fuzz.sh $(FUZZ_TARGETS)

# the same targets under AFL++ (afl-clang-fast, build-afl/), AFL_SECONDS per target
.PHONY: afl
afl:
	@bash tests/fuzz/run-fuzz.sh --afl $(FUZZ_TARGETS)

# memcheck of the whole shared corpus, every output format (tests/valgrind-corpus.sh)
.PHONY: valgrind
valgrind: plutolog
	@bash tests/valgrind-corpus.sh

# ---- quick start -------------------------------------------------------------

deps:
	@missing=""; for p in $(DEB_ALL); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v npm >/dev/null 2>&1 || missing="$$missing npm"; \
	if [ -z "$$missing" ]; then echo "deps: all Debian packages present"; exit 0; fi; \
	if [ "$$(id -u)" != 0 ]; then echo "deps: missing:$$missing"; \
	  echo "deps: run as root:  apt-get install -y$$missing"; exit 1; fi; \
	echo "deps: installing$$missing"; \
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing
	@# Mermaid's own parser for the -f mermaid checks (tests/mermaid, from the npm registry)
	@if [ ! -d tests/mermaid/node_modules/mermaid ]; then echo "deps: npm ci in tests/mermaid"; \
	  (cd tests/mermaid && npm ci --no-audit --no-fund --loglevel=error); fi

demo: deps
	$(MAKE) plutolog
	./plutolog corpus/demo/west.log corpus/demo/east.log

# ---- install -------------------------------------------------------------------

install: plutolog $(MO)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/doc/plutolog
	install -m 755 plutolog $(DESTDIR)$(PREFIX)/bin/plutolog
	install -m 644 README.md $(DESTDIR)$(PREFIX)/share/doc/plutolog/README.md
	install -D -m 644 docs/plutolog.1 $(DESTDIR)$(PREFIX)/share/man/man1/plutolog.1
	@for mo in $(MO); do l=$${mo#$(BUILD)/locale/}; install -D -m 644 $$mo $(DESTDIR)$(PREFIX)/share/locale/$$l; done

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/plutolog
	rm -rf $(DESTDIR)$(PREFIX)/share/doc/plutolog
	rm -f $(DESTDIR)$(PREFIX)/share/man/man1/plutolog.1

# the C files under .clang-format (not the generated scanners and parsers)
FORMAT_FILES = $(sort $(wildcard src/*/*.c src/*/*.h include/*.h output-formats/*.c grammar/*.c grammar/*.h \
                 tests/*.c tests/fuzz/*.c bench/*.c))
# make format: rewrites them in place; make format-check: fails, listing what
# would change, when one is not formatted (CI; docs/architecture.md)
format:
	clang-format -i $(FORMAT_FILES)
.PHONY: format-check
format-check:
	@clang-format --dry-run -Werror $(FORMAT_FILES) 2>&1 | grep -E '^[^ ].*: error:' | cut -d: -f1 | sort | uniq -c | \
	  awk '{n++; t+=$$1; print "format-check: " $$2 ": " $$1 " places"} END {print n+0 " files, " t+0 " places not formatted"; exit n > 0}'

clean:
	rm -rf build build-asan build-fuzz build-afl build-*.log plutolog

# ---- the catalogue of pluto's messages (tools/catalogue, data/) -------------
# make catalogue LIBRESWAN_GIT=/path/to/libreswan/.git  regenerates
# data/catalogue.tsv from Libreswan's source at the versions of
# data/catalogue-tags.txt (no network: a local clone or mirror).
.PHONY: catalogue catalogue-check
# Without LIBRESWAN_GIT it re-classifies data/catalogue-raw.tsv after an
# edit of tools/catalogue/kinds.tsv.
catalogue:
	@if [ -n "$(LIBRESWAN_GIT)" ]; then \
	  python3 tools/catalogue/extract.py --git-dir "$(LIBRESWAN_GIT)" --tags data/catalogue-tags.txt \
	    -o data/catalogue-raw.tsv.tmp && mv -f data/catalogue-raw.tsv.tmp data/catalogue-raw.tsv; \
	else echo "catalogue: LIBRESWAN_GIT not set, re-classifying data/catalogue-raw.tsv"; fi
	python3 tools/catalogue/build.py data/catalogue-raw.tsv tools/catalogue/kinds.tsv > data/catalogue.tsv.tmp
	mv -f data/catalogue.tsv.tmp data/catalogue.tsv
	python3 tools/catalogue/gen-table.py data/catalogue.tsv data/catalogue-tags.txt > grammar/catalogue-table.inc.tmp
	mv -f grammar/catalogue-table.inc.tmp grammar/catalogue-table.inc

# the acceptance of issue 21: every version >= 95% of its catalogue rows
catalogue-check: $(BUILD)/tests/test-catalogue
	@CATALOGUE_MIN=95 BUILD=$(BUILD) $(BUILD)/tests/test-catalogue --tap > $(BUILD)/catalogue-check.tap 2>&1; rc=$$?; \
	  grep -E '^# (v|HEAD)|^not ok|^ok' $(BUILD)/catalogue-check.tap; \
	  echo "$$(grep -c '^ok' $(BUILD)/catalogue-check.tap) passed, $$(grep -c '^not ok' $(BUILD)/catalogue-check.tap) failed"; \
	  exit $$rc
