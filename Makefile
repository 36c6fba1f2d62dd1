# modelcmp — build, test and install.
#
#   make                 dist/modelcmp.so (load with .load ./dist/modelcmp)
#   make static          dist/libmodelcmp.a + ext/modelcmp.h
#   make test            every test: SQL goldens, inventory, C embedding,
#                        ASan+UBSan, valgrind, catalog checks
#   make demo            the seed comparison on the built-in catalog
#   make check-catalog   cross-check the built-in catalog against the LiteLLM and
#                        models.dev snapshots in ../shared/data (not in make test)
#   make install         PREFIX=/usr/local DESTDIR= EXTDIR=<loader dir>
#   make clean

CC         ?= cc
PKG_CONFIG ?= pkg-config
SQLITE3    ?= sqlite3
VALGRIND   ?= valgrind
PREFIX     ?= /usr/local
DESTDIR    ?=
# The loadable module goes where the dynamic loader looks without help, so
# that ".load modelcmp" works by name from any directory: the system's
# multiarch library directory (dlopen does not search /usr/local/lib for
# files that are not named lib*.so).
MULTIARCH  := $(shell $(CC) -print-multiarch 2>/dev/null)
EXTDIR     ?= /usr/lib$(if $(MULTIARCH),/$(MULTIARCH))

SQLITE_CFLAGS := $(shell $(PKG_CONFIG) --cflags sqlite3)
SQLITE_LIBS   := $(shell $(PKG_CONFIG) --libs sqlite3)
CJSON_CFLAGS  := $(shell $(PKG_CONFIG) --cflags libcjson)
CJSON_LIBS    := $(shell $(PKG_CONFIG) --libs libcjson)

CFLAGS   ?= -O2 -g
WARN     := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
            -Wpointer-arith -Wformat=2 -Wno-format-nonliteral
ALLFLAGS := -std=c11 -D_GNU_SOURCE $(WARN) -Iext -Idist $(SQLITE_CFLAGS) $(CJSON_CFLAGS) \
            -fvisibility=hidden $(CFLAGS)
SANFLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
            -fno-sanitize-recover=undefined

SRC       := $(wildcard ext/*.c)
HDR       := $(wildcard ext/*.h)
CATALOG   := $(sort $(wildcard catalog/*.json))
OBJ_SO    := $(patsubst ext/%.c,dist/obj/so/%.o,$(SRC)) dist/obj/so/builtin.o
OBJ_A     := $(patsubst ext/%.c,dist/obj/a/%.o,$(SRC)) dist/obj/a/builtin.o
OBJ_ASAN  := $(patsubst ext/%.c,dist/obj/asan/%.o,$(SRC)) dist/obj/asan/builtin.o

.PHONY: all static test test-sql test-inventory test-c test-asan test-valgrind \
        test-symbols test-import measure-import demo install uninstall clean bench check-catalog fuzz

all: dist/modelcmp.so

static: dist/libmodelcmp.a

dist/embed: tools/embed.c
	@mkdir -p dist
	$(CC) -O2 -Wall -Wextra -o $@ $<

dist/builtin.c: dist/embed $(CATALOG)
	dist/embed $@ $(CATALOG)

dist/obj/so/%.o: ext/%.c $(HDR)
	@mkdir -p $(@D)
	$(CC) $(ALLFLAGS) -fPIC -c -o $@ $<
dist/obj/so/builtin.o: dist/builtin.c
	@mkdir -p $(@D)
	$(CC) $(ALLFLAGS) -fPIC -c -o $@ $<

dist/obj/a/%.o: ext/%.c $(HDR)
	@mkdir -p $(@D)
	$(CC) $(ALLFLAGS) -DSQLITE_CORE -c -o $@ $<
dist/obj/a/builtin.o: dist/builtin.c
	@mkdir -p $(@D)
	$(CC) $(ALLFLAGS) -DSQLITE_CORE -c -o $@ $<

dist/obj/asan/%.o: ext/%.c $(HDR)
	@mkdir -p $(@D)
	$(CC) $(ALLFLAGS) $(SANFLAGS) -DSQLITE_CORE -c -o $@ $<
dist/obj/asan/builtin.o: dist/builtin.c
	@mkdir -p $(@D)
	$(CC) $(ALLFLAGS) $(SANFLAGS) -DSQLITE_CORE -c -o $@ $<

dist/modelcmp.so: $(OBJ_SO)
	$(CC) -shared -o $@ $(OBJ_SO) $(CJSON_LIBS) -lm $(LDFLAGS)

dist/libmodelcmp.a: $(OBJ_A)
	rm -f $@
	ar rcs $@ $(OBJ_A)

# The test drivers link the static library (SQLITE_CORE build).
dist/sqltest-asan: tests/c/sqltest.c $(OBJ_ASAN)
	$(CC) $(ALLFLAGS) $(SANFLAGS) -DSQLITE_CORE -o $@ $< $(OBJ_ASAN) $(SQLITE_LIBS) $(CJSON_LIBS) -lm

dist/test-embed: tests/c/test_embed.c tests/c/testutil.h dist/libmodelcmp.a
	$(CC) $(ALLFLAGS) -DSQLITE_CORE -o $@ $< dist/libmodelcmp.a $(SQLITE_LIBS) $(CJSON_LIBS) -lm -lpthread

test: test-sql test-inventory test-symbols test-c test-asan test-valgrind test-import

test-sql: dist/modelcmp.so
	SQLITE3="$(SQLITE3)" tests/run-sql.sh cli

test-inventory: dist/modelcmp.so
	SQLITE3="$(SQLITE3)" tests/run-sql.sh cli tests/inventory/*.sql

test-symbols: dist/modelcmp.so
	tests/check-symbols.sh dist/modelcmp.so

test-c: dist/test-embed
	dist/test-embed

test-asan: dist/sqltest-asan dist/test-embed-asan
	tests/run-sql.sh asan
	ASAN_OPTIONS=detect_leaks=1 dist/test-embed-asan

test-valgrind: dist/modelcmp.so dist/test-embed
	SQLITE3="$(SQLITE3)" VALGRIND="$(VALGRIND)" tests/run-sql.sh valgrind
	OOM_STRIDE=23 $(VALGRIND) -q --error-exitcode=98 --leak-check=full \
	  --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect dist/test-embed

demo: dist/modelcmp.so
	@$(SQLITE3) -batch -init /dev/null :memory: -cmd '.load ./dist/modelcmp' < examples/demo.sql

install: dist/modelcmp.so dist/libmodelcmp.a
	install -d $(DESTDIR)$(EXTDIR) $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include
	install -m 0755 dist/modelcmp.so $(DESTDIR)$(EXTDIR)/modelcmp.so
	install -m 0644 dist/libmodelcmp.a $(DESTDIR)$(PREFIX)/lib/libmodelcmp.a
	install -m 0644 ext/modelcmp.h $(DESTDIR)$(PREFIX)/include/modelcmp.h

uninstall:
	rm -f $(DESTDIR)$(EXTDIR)/modelcmp.so $(DESTDIR)$(PREFIX)/lib/libmodelcmp.a \
	      $(DESTDIR)$(PREFIX)/include/modelcmp.h

clean:
	rm -rf dist tests/out

dist/test-embed-asan: tests/c/test_embed.c tests/c/testutil.h $(OBJ_ASAN)
	$(CC) $(ALLFLAGS) $(SANFLAGS) -DSQLITE_CORE -o $@ $< $(OBJ_ASAN) $(SQLITE_LIBS) $(CJSON_LIBS) -lm -lpthread

# Cross-checks the built-in catalog's route prices and context windows
# against the LiteLLM and models.dev snapshots (not part of make test).
SHARED_DATA ?= ../shared/data
check-catalog: dist/modelcmp.so
	$(SQLITE3) -batch -init /dev/null :memory: -cmd '.load ./dist/modelcmp' \
	  -cmd ".parameter set @data '$(SHARED_DATA)'" < sql/check-catalog.sql

# make bench: speed and memory as ratios against the plain-SQLite way, in
# one run (bench/run.sh; installs its Node package itself).
dist/bench: bench/bench.c dist/libmodelcmp.a
	$(CC) -std=c11 -D_GNU_SOURCE -O2 -g -Wall -Wextra -Iext $(SQLITE_CFLAGS) -o $@ $< \
	  dist/libmodelcmp.a $(SQLITE_LIBS) $(CJSON_LIBS) -lm

bench: dist/modelcmp.so dist/bench
	SQLITE3="$(SQLITE3)" bench/run.sh

# The importers' C checks (exact price conversion, out-of-memory at every
# allocation of an import), plain, under ASan+UBSan and under valgrind.
dist/test-import: tests/c/test_import.c tests/c/testutil.h dist/libmodelcmp.a
	$(CC) $(ALLFLAGS) -DSQLITE_CORE -o $@ $< dist/libmodelcmp.a $(SQLITE_LIBS) $(CJSON_LIBS) -lm

dist/test-import-asan: tests/c/test_import.c tests/c/testutil.h $(OBJ_ASAN)
	$(CC) $(ALLFLAGS) $(SANFLAGS) -DSQLITE_CORE -o $@ $< $(OBJ_ASAN) $(SQLITE_LIBS) $(CJSON_LIBS) -lm

test-import: dist/test-import dist/test-import-asan
	dist/test-import
	ASAN_OPTIONS=detect_leaks=1 dist/test-import-asan
	$(VALGRIND) -q --error-exitcode=98 --leak-check=full --errors-for-leak-kinds=definite,indirect \
	  --show-leak-kinds=definite,indirect dist/test-import

# libFuzzer targets, one per format (the modelcmp one loads with format
# detection, seeded with every format's seeds). Not part of make test.
#   make fuzz FUZZ_SECONDS=300
FUZZ_SECONDS ?= 30
FUZZ_CC      ?= clang
FUZZ_FORMATS := litellm openrouter modelsdev modelcmp
FUZZ_FLAGS   := -std=c11 -D_GNU_SOURCE -g -O1 -fno-omit-frame-pointer \
                -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
                -DSQLITE_CORE -Iext -Idist $(SQLITE_CFLAGS) $(CJSON_CFLAGS)

dist/fuzz-%: tests/fuzz/fuzz_load.c $(SRC) $(HDR) dist/builtin.c
	$(FUZZ_CC) $(FUZZ_FLAGS) $(if $(filter modelcmp,$*),,-DFUZZ_FORMAT='"$*"') -o $@ \
	  tests/fuzz/fuzz_load.c $(SRC) dist/builtin.c $(SQLITE_LIBS) $(CJSON_LIBS) -lm

fuzz: $(patsubst %,dist/fuzz-%,$(FUZZ_FORMATS))
	@for f in $(FUZZ_FORMATS); do \
	  mkdir -p tests/fuzz/corpus-$$f; \
	  for s in tests/fuzz/seeds/*/*; do \
	    d=$$(basename $$(dirname $$s)); \
	    if [ $$f = modelcmp ] || [ $$d = $$f ]; then cp $$s tests/fuzz/corpus-$$f/seed-$$d-$$(basename $$s); fi; \
	  done; \
	  echo "fuzz-$$f: $(FUZZ_SECONDS) s, log in dist/fuzz-$$f.log"; \
	  dist/fuzz-$$f -max_total_time=$(FUZZ_SECONDS) -max_len=16384 -timeout=10 \
	    -rss_limit_mb=2048 -dict=tests/fuzz/modelcmp.dict -print_final_stats=1 \
	    -artifact_prefix=dist/ tests/fuzz/corpus-$$f > dist/fuzz-$$f.log 2>&1; rc=$$?; \
	  grep -E 'stat::number_of_executed_units|SUMMARY' dist/fuzz-$$f.log; \
	  if [ $$rc -ne 0 ]; then echo "fuzz-$$f: FAILED (exit $$rc), input in dist/crash-*"; exit 1; fi; \
	done

# Time and memory of the imports against plain SQLite (prints figures).
dist/measure-import: tests/c/measure_import.c dist/libmodelcmp.a
	$(CC) $(ALLFLAGS) -DSQLITE_CORE -o $@ $< dist/libmodelcmp.a $(SQLITE_LIBS) $(CJSON_LIBS) -lm

measure-import: dist/measure-import
	dist/measure-import $(RUNS)
