#!/bin/sh
# make bench: every figure a ratio of two things timed alternately in this
# run (medians of several repetitions), never an absolute pass/fail time.
# Writes the table to stdout and to bench/RESULTS.md.
#
#   BENCH_ROWS (5000000)  rows of the generated usage log
#   BENCH_REPS (5)        repetitions per measurement
#   MODELCMP_DATA (../shared/data)  the public snapshots
set -eu
DATA=${MODELCMP_DATA:-../shared/data}
ROWS=${BENCH_ROWS:-5000000}
REPS=${BENCH_REPS:-5}
SQLITE3=${SQLITE3:-sqlite3}
W=bench/work
mkdir -p $W
R=$W/raw.txt
: > $R

echo "== 1. usage-log costing ($ROWS rows)" >&2
dist/bench usage "$DATA" "$ROWS" "$REPS" >> $R

echo "== 2. against @pydantic/genai-prices (Node)" >&2
if [ ! -d bench/node_modules/@pydantic/genai-prices ]; then
  (cd bench && npm ci --no-audit --no-fund --silent)
fi
node bench/genai.mjs $W/usage-1m.csv > $W/genai.txt
MODELCMP_DATA="$DATA" dist/bench tokencost $W/usage-1m.csv "$REPS" > $W/tokencost.txt
grep -v '^genai.total' $W/genai.txt >> $R
grep -v '^tokencost.total' $W/tokencost.txt >> $R
# totals per model where both price the rows: equal to 1e-6 relative
awk '$1=="genai.total"{g[$2]=$3} $1=="tokencost.total"{t[$2]=$3}
     END{n=0; bad=0; for(m in g) if(m in t){ n++; d=g[m]-t[m]; if(d<0)d=-d; s=t[m]<0?-t[m]:t[m];
           if(d>1e-6*s+1e-9){ bad++; printf "genai.differs %s %s %s\n", m, t[m], g[m] } }
         printf "genai.models_compared %d\ngenai.models_differing %d\n", n, bad}' \
  $W/genai.txt $W/tokencost.txt >> $R

echo "== 3. point lookups" >&2
dist/bench lookup "$DATA" 200000 "$REPS" >> $R
echo "== 4. import" >&2
dist/bench import "$DATA" "$REPS" >> $R
echo "== 5. start-up" >&2
dist/bench startup "$SQLITE3" dist/modelcmp 41 >> $R
echo "== 6. reports" >&2
dist/bench reports 3 >> $R
echo "== 7. memory" >&2
dist/bench memory "$DATA" >> $R

v(){ awk -v k="$1" '$1==k{print $2; exit}' $R; }
ok(){ awk -v x="$1" -v op="$2" -v t="$3" 'BEGIN{ if((op=="<=" && x+0<=t+0) || (op==">=" && x+0>=t+0)) print "met"; else print "MISSED" }'; }

speed=$(awk -v a="$(v genai.ns_per_row)" -v b="$(v tokencost.ns_per_row)" 'BEGIN{printf "%.1f", a/b}')
{
  echo "# make bench results"
  echo
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(uname -m), $(nproc) cores,"\
       "$(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo),"\
       "SQLite $($SQLITE3 -version | cut -d' ' -f1), Node $(node --version)."
  echo "Every ratio compares two things timed alternately in this run (median of $REPS)."
  echo
  echo "| # | measure | modelcmp | the plain way | ratio | target | |"
  echo "|---|---|---|---|---|---|---|"
  echo "| 1a | usage log, $(v usage.rows) rows: token_cost() GROUP BY vs constant prices inlined | $(v usage.a_s) s | $(v usage.c_s) s | $(v usage.a_over_c) | ≤ 1.25 | $(ok "$(v usage.a_over_c)" "<=" 1.25) |"
  echo "| 1b | usage log: token_cost() vs JOIN to a native price table | $(v usage.a_s) s | $(v usage.b_s) s | $(v usage.a_over_b) | ≤ 0.8 | $(ok "$(v usage.a_over_b)" "<=" 0.8) |"
  echo "| 2 | per-row costing, $(v tokencost.rows) rows, vs genai-prices calcPrice (Node) | $(v tokencost.ns_per_row) ns/row | $(v genai.ns_per_row) ns/row | ${speed}× faster | ≥ 10× | $(ok "$speed" ">=" 10) |"
  echo "| 3 | 200,000 prepared lookups by id ($(v lookup.models) models) vs native PRIMARY KEY | $(v lookup.vtab_ns) ns | $(v lookup.native_ns) ns | $(v lookup.ratio) | ≤ 1.5 | $(ok "$(v lookup.ratio)" "<=" 1.5) |"
  echo "| 4 | import LiteLLM ($(v import.bytes) bytes) vs json_each into native tables | $(v import.modelcmp_ms) ms | $(v import.native_ms) ms | $(v import.ratio) | ≤ 1.0 | $(ok "$(v import.ratio)" "<=" 1.0) |"
  echo "| 5 | sqlite3 start-up with .load vs without (whole process) | $(v startup.load_ms) ms | $(v startup.bare_ms) ms | +$(v startup.overhead_ms) ms | ≤ +2 ms | $(ok "$(v startup.overhead_ms)" "<=" 2) |"
  echo "| 6 | compare_report over $(v reports.pairs) ordered pairs of built-in models | $(v reports.per_s) reports/s | | | recorded | |"
  echo "| 7 | peak RSS after LiteLLM + OpenRouter + models.dev ($(v memory.json_bytes) bytes of JSON) | $(v memory.peak_kb) KB peak (+$(awk -v a="$(v memory.peak_kb)" -v b="$(v memory.base_kb)" 'BEGIN{print a-b}') KB) | | $(v memory.peak_ratio)× the JSON | ≤ 3× | $(ok "$(v memory.peak_ratio)" "<=" 3) |"
  echo
  echo "Answers checked before timing: $(v usage.check) models of the usage log agree between token_cost() and the JOIN;"
  echo "genai-prices priced $(v genai.priced) of $(v genai.rows) rows; per-model totals compared for $(v genai.models_compared) models, $(v genai.models_differing) differing"
  echo "(a difference is a price the two data sets disagree on, listed in bench/work/raw.txt)."
  echo "Memory after the loads (not peak): $(v memory.after_ratio)× the JSON."
} > $W/table.md
cat $W/table.md
cp $W/table.md bench/RESULTS.md
