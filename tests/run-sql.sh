#!/bin/sh
# Runs SQL test sessions and compares their output (stdout and stderr, in
# order) with the golden .expected file next to each.
#
#   tests/run-sql.sh cli      [FILE.sql...]   the real sqlite3 shell + dist/modelcmp.so
#   tests/run-sql.sh asan     [FILE.sql...]   dist/sqltest-asan (static, ASan+UBSan)
#   tests/run-sql.sh valgrind [FILE.sql...]   the sqlite3 shell under valgrind memcheck
#                                             (files whose first line starts "-- heavy" are skipped)
#
# Run from the repository root (the tests say .load dist/modelcmp). Set
# UPDATE=1 to rewrite the .expected files from the cli run (then review the
# diff before committing).
#
# Tests of whole public catalog snapshots say "-- needs: data" in their
# first lines and read them as tests/out/data/..., a link this script makes
# to $MODELCMP_DATA (default ../shared/data, the layout of ../shared/data/
# SOURCES.md). Without that directory they are reported as skipped, with
# the reason; every other test runs on a plain clone.
set -u
mode=${1:?usage: tests/run-sql.sh cli|asan|valgrind [FILE.sql...]}
shift
[ $# -gt 0 ] || set -- tests/sql/*.sql
SQLITE3=${SQLITE3:-sqlite3}
VALGRIND=${VALGRIND:-valgrind}
DATA=${MODELCMP_DATA:-../shared/data}
mkdir -p tests/out
rm -f tests/out/data
if [ -d "$DATA" ]; then
  ln -s "$(cd "$DATA" && pwd)" tests/out/data
fi
pass=0 fail=0 skip=0
for f in "$@"; do
  exp=${f%.sql}.expected
  name=$(basename "$f" .sql)
  out=tests/out/$name.$mode.out
  if [ "$mode" = valgrind ] && head -1 "$f" | grep -q '^-- heavy'; then
    echo "skip $f under valgrind (marked heavy)"; skip=$((skip+1)); continue
  fi
  if head -5 "$f" | grep -q '^-- needs: data' && ! [ -d tests/out/data ]; then
    echo "skip $f: needs the public catalog snapshots, not found at $DATA (set MODELCMP_DATA=dir)"
    skip=$((skip+1)); continue
  fi
  case $mode in
    cli)
      "$SQLITE3" -batch -init /dev/null :memory: < "$f" > "$out" 2>&1 ;;
    asan)
      ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=97 \
      UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        dist/sqltest-asan "$f" > "$out" 2>&1 ;;
    valgrind)
      "$VALGRIND" -q --error-exitcode=98 --leak-check=full \
        --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect \
        --log-file=tests/out/$name.valgrind.log \
        "$SQLITE3" -batch -init /dev/null :memory: < "$f" > "$out" 2>&1 ;;
    *) echo "unknown mode $mode" >&2; exit 2 ;;
  esac
  rc=$?
  if [ "$mode" = cli ] && [ "${UPDATE:-0}" = 1 ]; then cp "$out" "$exp"; fi
  if [ $rc -ge 90 ] || [ $rc -ge 2 -a "$mode" = asan ]; then
    echo "FAIL $f ($mode exit $rc)"
    [ -f tests/out/$name.valgrind.log ] && cat tests/out/$name.valgrind.log
    tail -30 "$out"
    fail=$((fail+1))
  elif ! [ -f "$exp" ]; then
    echo "FAIL $f: no $exp"
    fail=$((fail+1))
  elif ! diff -u "$exp" "$out" > tests/out/$name.$mode.diff; then
    echo "FAIL $f ($mode): output differs from $exp"
    head -60 tests/out/$name.$mode.diff
    fail=$((fail+1))
  else
    pass=$((pass+1))
  fi
done
echo "$mode: $pass passed, $fail failed, $skip skipped"
[ $fail -eq 0 ]
