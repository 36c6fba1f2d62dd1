#!/bin/sh
# The loadable module exports exactly one symbol: its entry point.
set -eu
so=${1:-dist/modelcmp.so}
syms=$(nm -D --defined-only "$so" | awk '$2 ~ /^[TDBRVW]$/ {print $3}' | sort)
if [ "$syms" != "sqlite3_modelcmp_init" ]; then
  echo "FAIL $so exports more than sqlite3_modelcmp_init:"
  echo "$syms"
  exit 1
fi
echo "symbols: only sqlite3_modelcmp_init exported"
