/*
** bench.c — make bench: modelcmp's speed and memory as ratios against the
** plain-SQLite way of doing the same work, timed alternately in one run.
**
**   dist/bench usage   DATA_DIR ROWS REPS   usage-log costing (a, b, c) and
**                                           the rows for the Node comparison
**   dist/bench lookup  DATA_DIR N REPS      point lookups by id
**   dist/bench import  DATA_DIR REPS        LiteLLM import vs json_each
**   dist/bench reports REPS                 compare_report over all pairs
**   dist/bench memory  DATA_DIR             peak RSS after the three imports
**   dist/bench startup SHELL SO N           sqlite3 start-up with and without .load
**   dist/bench tokencost CSV REPS           token_cost over the Node rows
**
** Each subcommand checks that the two sides agree before it times
** anything, then prints "key value" lines that bench/run.sh assembles into
** the table. Times are medians of REPS runs, the sides alternating so that
** machine noise hits both alike. No figure here is a pass/fail test.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <sqlite3.h>
#include "modelcmp.h"

extern char **environ;

static double now(void){
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec*1e-9;
}

static void die(sqlite3 *db, const char *zWhat){
  fprintf(stderr, "bench: %s: %s\n", zWhat, db ? sqlite3_errmsg(db) : "failed");
  exit(1);
}

static void exec(sqlite3 *db, const char *zSql){
  char *zErr = 0;
  if( sqlite3_exec(db, zSql, 0, 0, &zErr) ){
    fprintf(stderr, "bench: %s\n  in: %.200s\n", zErr, zSql);
    exit(1);
  }
}

/* Runs zSql to completion; returns the elapsed seconds. */
static double timeSql(sqlite3 *db, const char *zSql){
  sqlite3_stmt *p;
  double t0 = now();
  if( sqlite3_prepare_v2(db, zSql, -1, &p, 0) ) die(db, zSql);
  while( sqlite3_step(p)==SQLITE_ROW ){}
  if( sqlite3_finalize(p) ) die(db, zSql);
  return now() - t0;
}

static int cmpDouble(const void *a, const void *b){
  double x = *(const double*)a, y = *(const double*)b;
  return x<y ? -1 : x>y;
}
static double median(double *a, int n){
  qsort(a, n, sizeof(double), cmpDouble);
  return n%2 ? a[n/2] : (a[n/2-1] + a[n/2])/2;
}

static sqlite3 *openDb(void){
  sqlite3 *db;
  if( sqlite3_open(":memory:", &db) ) die(db, "open");
  return db;
}

static char *pathOf(const char *zDir, const char *zFile){
  return sqlite3_mprintf("%s/%s", zDir, zFile);
}

#define LITELLM   "litellm/model_prices_and_context_window.json"
#define OPENROUTER "openrouter/api_v1_models.from-modelsdev-repo.json"
#define MODELSDEV "modelsdev/api.json"

static void loadFile(sqlite3 *db, const char *zPath){
  char *zSql = sqlite3_mprintf("SELECT modelcmp_load_file(%Q)", zPath);
  exec(db, zSql);
  sqlite3_free(zSql);
}

/* A small, fast, deterministic generator (xorshift64*). */
static unsigned long long rngState = 0x9E3779B97F4A7C15ULL;
static unsigned long long rng(void){
  rngState ^= rngState >> 12;
  rngState ^= rngState << 25;
  rngState ^= rngState >> 27;
  return rngState * 2685821657736338717ULL;
}
static double rng01(void){ return (double)(rng() >> 11) / 9007199254740992.0; }

/*************************************************************************
** 1. Usage-log costing.
*/
static void benchUsage(const char *zDir, int nRows, int nRep){
  sqlite3 *db = openDb();
  sqlite3_stmt *pIns, *pIds;
  char *zPath = pathOf(zDir, LITELLM);
  char *azId[50];
  double aW[50], wSum = 0, ta[64], tb[64], tc[64];
  int nId = 0, i, rep;
  double t0;

  loadFile(db, zPath);
  sqlite3_free(zPath);
  /* 50 models for which one route is cheapest for every request shape (it
  ** has both the lowest input and the lowest output price) and no
  ** long-context tier, so a per-model price table is exactly what
  ** token_cost() computes. The most widely served first: they are the
  ** ones usage logs are made of. */
  exec(db,
    "CREATE TEMP TABLE priced AS SELECT model_id, provider, provider_model_id,"
    "  input_per_mtok AS i, output_per_mtok AS o, tiers FROM routes"
    " WHERE input_per_mtok IS NOT NULL AND output_per_mtok IS NOT NULL");
  exec(db,
    "CREATE TABLE prices AS"
    " WITH m AS (SELECT model_id, min(i) AS mi, min(o) AS mo, count(*) AS n, max(tiers) AS t"
    "              FROM priced GROUP BY model_id)"
    " SELECT model_id AS model, mi AS in_per_mtok, mo AS out_per_mtok FROM m"
    "  WHERE t IS NULL AND EXISTS (SELECT 1 FROM priced p"
    "                               WHERE p.model_id = m.model_id AND p.i = m.mi AND p.o = m.mo)"
    "  ORDER BY n DESC, model_id LIMIT 50");
  exec(db, "CREATE UNIQUE INDEX prices_model ON prices(model)");
  /* For the Node side: one cheapest route per model, preferring a provider
  ** genai-prices knows (equal prices, so the totals must agree). */
  exec(db,
    "CREATE TABLE bench_route AS SELECT p.model, r.provider, r.provider_model_id FROM prices p,"
    " (SELECT * FROM priced r ORDER BY CASE WHEN provider IN ('openai','anthropic','google-ai-studio',"
    "   'google-vertex-ai','amazon-bedrock','azure','openrouter','together-ai','fireworks-ai','groq',"
    "   'deepseek','mistral-ai','xai','cohere','moonshot-ai','z-ai','cerebras','novita-ai','perplexity')"
    "   THEN 0 ELSE 1 END, provider) r"
    " WHERE r.model_id = p.model AND r.i = p.in_per_mtok AND r.o = p.out_per_mtok"
    " GROUP BY p.model");
  if( sqlite3_prepare_v2(db, "SELECT model FROM prices ORDER BY rowid", -1, &pIds, 0) ) die(db, "ids");
  while( sqlite3_step(pIds)==SQLITE_ROW && nId<50 ){
    azId[nId] = sqlite3_mprintf("%s", sqlite3_column_text(pIds, 0));
    nId++;
  }
  sqlite3_finalize(pIds);
  if( nId<50 ){ fprintf(stderr, "bench: only %d suitable priced models\n", nId); exit(1); }

  /* Zipf-like skew: model k drawn with weight 1/(k+1). */
  for(i=0; i<nId; i++){ aW[i] = 1.0/(i+1); wSum += aW[i]; }
  exec(db, "CREATE TABLE usage(model TEXT, inp INTEGER, outp INTEGER, cached INTEGER)");
  exec(db, "BEGIN");
  if( sqlite3_prepare_v2(db, "INSERT INTO usage VALUES(?,?,?,?)", -1, &pIns, 0) ) die(db, "insert");
  t0 = now();
  for(i=0; i<nRows; i++){
    double u = rng01()*wSum, acc = 0;
    int k = 0, inp, outp;
    while( k<nId-1 && (acc += aW[k]) < u ) k++;
    inp = 50 + (int)(exp(rng01()*8.0));          /* 51 .. ~3,000 tokens */
    outp = 10 + (int)(exp(rng01()*6.5));         /* 11 .. ~670 */
    sqlite3_bind_text(pIns, 1, azId[k], -1, SQLITE_STATIC);
    sqlite3_bind_int(pIns, 2, inp);
    sqlite3_bind_int(pIns, 3, outp);
    sqlite3_bind_int(pIns, 4, (int)(rng01()*inp*0.5));
    if( sqlite3_step(pIns)!=SQLITE_DONE ) die(db, "insert");
    sqlite3_reset(pIns);
  }
  sqlite3_finalize(pIns);
  exec(db, "COMMIT");
  fprintf(stderr, "usage: %d rows over %d models generated in %.1fs\n", nRows, nId, now()-t0);

  /* The answers must agree before anything is timed. */
  {
    sqlite3_stmt *p;
    int nBad = 0, nModel = 0;
    if( sqlite3_prepare_v2(db,
        "WITH a AS (SELECT model, sum(token_cost(model, inp, outp)) s FROM usage GROUP BY model),"
        " b AS (SELECT u.model, sum((u.inp*p.in_per_mtok + u.outp*p.out_per_mtok)/1e6) s"
        "        FROM usage u JOIN prices p ON p.model = u.model GROUP BY u.model)"
        " SELECT a.model, a.s, b.s FROM a LEFT JOIN b USING(model)", -1, &p, 0) ) die(db, "check");
    while( sqlite3_step(p)==SQLITE_ROW ){
      double x = sqlite3_column_double(p, 1), y = sqlite3_column_double(p, 2);
      nModel++;
      if( sqlite3_column_type(p, 2)==SQLITE_NULL || fabs(x-y) > 1e-9*fabs(y) + 1e-12 ){
        fprintf(stderr, "bench: token_cost and the JOIN disagree for %s: %.12g vs %.12g\n",
                sqlite3_column_text(p, 0), x, y);
        nBad++;
      }
    }
    sqlite3_finalize(p);
    if( nBad || nModel!=nId ){ fprintf(stderr, "bench: answers differ\n"); exit(1); }
    printf("usage.check %d models agree\n", nModel);
  }

  for(rep=0; rep<nRep; rep++){
    const char *zA = "SELECT model, sum(token_cost(model, inp, outp)) FROM usage GROUP BY model";
    const char *zB = "SELECT u.model, sum((u.inp*p.in_per_mtok + u.outp*p.out_per_mtok)/1e6)"
                     " FROM usage u JOIN prices p ON p.model = u.model GROUP BY u.model";
    const char *zC = "SELECT model, sum((inp*0.15 + outp*0.6)/1e6) FROM usage GROUP BY model";
    /* rotate the order so no side always runs first */
    switch( rep%3 ){
      case 0: ta[rep] = timeSql(db, zA); tb[rep] = timeSql(db, zB); tc[rep] = timeSql(db, zC); break;
      case 1: tb[rep] = timeSql(db, zB); tc[rep] = timeSql(db, zC); ta[rep] = timeSql(db, zA); break;
      default: tc[rep] = timeSql(db, zC); ta[rep] = timeSql(db, zA); tb[rep] = timeSql(db, zB); break;
    }
  }
  {
    double a = median(ta, nRep), b = median(tb, nRep), c = median(tc, nRep);
    printf("usage.rows %d\nusage.a_s %.4f\nusage.b_s %.4f\nusage.c_s %.4f\n", nRows, a, b, c);
    printf("usage.a_over_c %.3f\nusage.a_over_b %.3f\n", a/c, a/b);
    printf("usage.a_ns_per_row %.1f\n", a*1e9/nRows);
  }

  /* The first 1,000,000 rows (or all) for the Node comparison: our model
  ** id, the route's provider and its provider-side model id. */
  {
    FILE *f = fopen("bench/work/usage-1m.csv", "wb");
    sqlite3_stmt *p;
    int n = 0;
    if( f==0 ){ perror("bench/work/usage-1m.csv"); exit(1); }
    if( sqlite3_prepare_v2(db,
        "SELECT u.model, r.provider, r.provider_model_id, u.inp, u.outp"
        "  FROM usage u JOIN bench_route r ON r.model = u.model"
        " WHERE u.rowid <= 1000000 ORDER BY u.rowid", -1, &p, 0) ) die(db, "csv");
    while( sqlite3_step(p)==SQLITE_ROW ){
      fprintf(f, "%s,%s,%s,%d,%d\n", sqlite3_column_text(p, 0), sqlite3_column_text(p, 1),
              sqlite3_column_text(p, 2), sqlite3_column_int(p, 3), sqlite3_column_int(p, 4));
      n++;
    }
    sqlite3_finalize(p);
    fclose(f);
    printf("usage.csv_rows %d\n", n);
  }
  for(i=0; i<nId; i++) sqlite3_free(azId[i]);
  sqlite3_close(db);
}

/*************************************************************************
** 2. token_cost over the rows the Node side prices (bench/work/usage-1m.csv):
** per-row time and per-model totals.
*/
static void benchTokenCost(const char *zCsv, int nRep){
  sqlite3 *db = openDb();
  sqlite3_stmt *pIns, *p;
  FILE *f = fopen(zCsv, "rb");
  char line[1024];
  double t[64];
  int n = 0, rep;
  char *zDir = getenv("MODELCMP_DATA");
  char *zPath = pathOf(zDir ? zDir : "../shared/data", LITELLM);
  if( f==0 ){ perror(zCsv); exit(1); }
  loadFile(db, zPath);
  sqlite3_free(zPath);
  exec(db, "CREATE TABLE u(model TEXT, provider TEXT, inp INTEGER, outp INTEGER)");
  exec(db, "BEGIN");
  if( sqlite3_prepare_v2(db, "INSERT INTO u VALUES(?,?,?,?)", -1, &pIns, 0) ) die(db, "insert");
  while( fgets(line, sizeof(line), f) ){
    char *a[5];
    int k = 0;
    char *s = line;
    a[k++] = s;
    while( *s && k<5 ){ if( *s==',' ){ *s = 0; a[k++] = s+1; } s++; }
    if( k<5 ) continue;
    sqlite3_bind_text(pIns, 1, a[0], -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(pIns, 2, a[1], -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(pIns, 3, atoi(a[3]));
    sqlite3_bind_int(pIns, 4, atoi(a[4]));
    sqlite3_step(pIns);
    sqlite3_reset(pIns);
    n++;
  }
  fclose(f);
  sqlite3_finalize(pIns);
  exec(db, "COMMIT");
  for(rep=0; rep<nRep; rep++){
    t[rep] = timeSql(db, "SELECT sum(token_cost(model, inp, outp, provider)) FROM u");
  }
  printf("tokencost.rows %d\ntokencost.ns_per_row %.1f\n", n, median(t, nRep)*1e9/n);
  if( sqlite3_prepare_v2(db, "SELECT model, sum(token_cost(model, inp, outp, provider)) FROM u"
                             " GROUP BY model ORDER BY model", -1, &p, 0) ) die(db, "totals");
  while( sqlite3_step(p)==SQLITE_ROW ){
    printf("tokencost.total %s %.10g\n", sqlite3_column_text(p, 0), sqlite3_column_double(p, 1));
  }
  sqlite3_finalize(p);
  sqlite3_close(db);
}

/*************************************************************************
** 3. Point lookups.
*/
static void benchLookup(const char *zDir, int nLookup, int nRep){
  sqlite3 *db = openDb();
  sqlite3_stmt *pIds, *pV, *pN;
  char **azId = 0;
  int nId = 0, rep, i;
  double tv[64], tn[64];
  char *zPath = pathOf(zDir, LITELLM);
  long long sumV = 0, sumN = 0;
  loadFile(db, zPath);
  sqlite3_free(zPath);
  exec(db, "CREATE TABLE nat(id TEXT PRIMARY KEY, context_window INTEGER)");
  exec(db, "INSERT INTO nat SELECT id, context_window FROM models");
  if( sqlite3_prepare_v2(db, "SELECT id FROM models", -1, &pIds, 0) ) die(db, "ids");
  while( sqlite3_step(pIds)==SQLITE_ROW ){
    azId = realloc(azId, sizeof(char*)*(nId+1));
    azId[nId++] = strdup((const char*)sqlite3_column_text(pIds, 0));
  }
  sqlite3_finalize(pIds);
  if( sqlite3_prepare_v2(db, "SELECT context_window FROM models WHERE id = ?", -1, &pV, 0) ) die(db, "v");
  if( sqlite3_prepare_v2(db, "SELECT context_window FROM nat WHERE id = ?", -1, &pN, 0) ) die(db, "n");
  for(rep=0; rep<nRep; rep++){
    int k;
    for(k=0; k<2; k++){
      sqlite3_stmt *p = ((rep+k)%2) ? pN : pV;
      long long s = 0;
      double t0 = now();
      for(i=0; i<nLookup; i++){
        sqlite3_bind_text(p, 1, azId[(i*7919) % nId], -1, SQLITE_STATIC);
        if( sqlite3_step(p)==SQLITE_ROW ) s += sqlite3_column_int64(p, 0);
        sqlite3_reset(p);
      }
      if( p==pV ){ tv[rep] = now()-t0; sumV = s; } else { tn[rep] = now()-t0; sumN = s; }
    }
  }
  if( sumV!=sumN ){ fprintf(stderr, "bench: lookups disagree: %lld vs %lld\n", sumV, sumN); exit(1); }
  printf("lookup.models %d\nlookup.n %d\n", nId, nLookup);
  printf("lookup.vtab_ns %.1f\nlookup.native_ns %.1f\nlookup.ratio %.3f\n",
         median(tv, nRep)*1e9/nLookup, median(tn, nRep)*1e9/nLookup, median(tv, nRep)/median(tn, nRep));
  sqlite3_finalize(pV);
  sqlite3_finalize(pN);
  for(i=0; i<nId; i++) free(azId[i]);
  free(azId);
  sqlite3_close(db);
}

/*************************************************************************
** 4. Import: modelcmp_load of the LiteLLM snapshot against inserting the
** same file into native tables with the same columns through json_each.
*/
static char *slurp(const char *zPath, long *pn){
  FILE *f = fopen(zPath, "rb");
  char *z;
  long n;
  if( f==0 ){ perror(zPath); exit(1); }
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  z = malloc(n+1);
  if( fread(z, 1, n, f)!=(size_t)n ){ perror(zPath); exit(1); }
  z[n] = 0;
  fclose(f);
  *pn = n;
  return z;
}

static const char *zNativeImport =
  "DELETE FROM nat_models; DELETE FROM nat_routes;"
  "INSERT INTO nat_models(id, context_window, max_output_tokens, input_modalities)"
  " SELECT key, json_extract(value, '$.max_input_tokens'), json_extract(value, '$.max_output_tokens'),"
  "        json_extract(value, '$.supported_modalities')"
  "   FROM json_each(?1) WHERE type = 'object';"
  "INSERT INTO nat_routes(model_id, provider, provider_model_id, input_per_mtok, output_per_mtok,"
  "                       cache_read_per_mtok, cache_write_per_mtok, context_window, max_output_tokens)"
  " SELECT key, json_extract(value, '$.litellm_provider'), key,"
  "        json_extract(value, '$.input_cost_per_token')*1e6,"
  "        json_extract(value, '$.output_cost_per_token')*1e6,"
  "        json_extract(value, '$.cache_read_input_token_cost')*1e6,"
  "        json_extract(value, '$.cache_creation_input_token_cost')*1e6,"
  "        json_extract(value, '$.max_input_tokens'), json_extract(value, '$.max_output_tokens')"
  "   FROM json_each(?1) WHERE type = 'object';";

static double timeNative(sqlite3 *db, const char *zJson, long n){
  const char *zTail = zNativeImport;
  double t0 = now();
  exec(db, "BEGIN");
  while( zTail && *zTail ){
    sqlite3_stmt *p;
    if( sqlite3_prepare_v2(db, zTail, -1, &p, &zTail) ) die(db, "native");
    if( p==0 ) break;
    if( sqlite3_bind_parameter_count(p) ) sqlite3_bind_text(p, 1, zJson, (int)n, SQLITE_STATIC);
    while( sqlite3_step(p)==SQLITE_ROW ){}
    if( sqlite3_finalize(p) ) die(db, "native");
  }
  exec(db, "COMMIT");
  return now() - t0;
}

static double timeModelcmp(sqlite3 *db, const char *zJson, long n){
  sqlite3_stmt *p;
  double t0;
  exec(db, "SELECT modelcmp_reset('empty')");
  t0 = now();
  if( sqlite3_prepare_v2(db, "SELECT modelcmp_load(?1)", -1, &p, 0) ) die(db, "load");
  sqlite3_bind_text(p, 1, zJson, (int)n, SQLITE_STATIC);
  if( sqlite3_step(p)!=SQLITE_ROW ) die(db, "load");
  sqlite3_finalize(p);
  return now() - t0;
}

static void benchImport(const char *zDir, int nRep){
  sqlite3 *db = openDb();
  char *zPath = pathOf(zDir, LITELLM);
  long n;
  char *zJson = slurp(zPath, &n);
  double tm[64], tn[64];
  int rep;
  exec(db, "CREATE TABLE nat_models(id TEXT, context_window INTEGER, max_output_tokens INTEGER,"
           " input_modalities TEXT)");
  exec(db, "CREATE TABLE nat_routes(model_id TEXT, provider TEXT, provider_model_id TEXT,"
           " input_per_mtok REAL, output_per_mtok REAL, cache_read_per_mtok REAL,"
           " cache_write_per_mtok REAL, context_window INTEGER, max_output_tokens INTEGER)");
  /* both sides read the same entries */
  timeModelcmp(db, zJson, n);
  timeNative(db, zJson, n);
  for(rep=0; rep<nRep; rep++){
    if( rep%2 ){ tn[rep] = timeNative(db, zJson, n); tm[rep] = timeModelcmp(db, zJson, n); }
    else       { tm[rep] = timeModelcmp(db, zJson, n); tn[rep] = timeNative(db, zJson, n); }
  }
  {
    sqlite3_stmt *p;
    if( sqlite3_prepare_v2(db, "SELECT (SELECT count(*) FROM nat_models), (SELECT count(*) FROM models),"
                               " (SELECT count(*) FROM routes)", -1, &p, 0) ) die(db, "count");
    sqlite3_step(p);
    printf("import.bytes %ld\nimport.native_rows %d\nimport.models %d\nimport.routes %d\n", n,
           sqlite3_column_int(p, 0), sqlite3_column_int(p, 1), sqlite3_column_int(p, 2));
    sqlite3_finalize(p);
  }
  printf("import.modelcmp_ms %.2f\nimport.native_ms %.2f\nimport.ratio %.3f\n",
         median(tm, nRep)*1e3, median(tn, nRep)*1e3, median(tm, nRep)/median(tn, nRep));
  free(zJson);
  sqlite3_free(zPath);
  sqlite3_close(db);
}

/*************************************************************************
** 6. Reports per second over all ordered pairs of the built-in models.
*/
static void benchReports(int nRep){
  sqlite3 *db = openDb();
  double t[64];
  int rep, nPair = 0;
  sqlite3_stmt *p;
  exec(db, "SELECT count(*) FROM models");   /* build the catalog first */
  if( sqlite3_prepare_v2(db, "SELECT count(*) FROM models a, models b", -1, &p, 0) ) die(db, "pairs");
  if( sqlite3_step(p)==SQLITE_ROW ) nPair = sqlite3_column_int(p, 0);
  sqlite3_finalize(p);
  for(rep=0; rep<nRep; rep++){
    t[rep] = timeSql(db, "SELECT sum(length(compare_report(a.id, b.id))) FROM models a, models b");
  }
  printf("reports.pairs %d\nreports.per_s %.0f\n", nPair, nPair/median(t, nRep));
  sqlite3_close(db);
}

/*************************************************************************
** 5. Start-up: the whole sqlite3 process, with and without .load.
*/
static double runProcess(char *const *argv){
  pid_t pid;
  int status;
  posix_spawn_file_actions_t fa;
  double t0 = now();
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  if( posix_spawnp(&pid, argv[0], &fa, 0, argv, environ) ){ perror(argv[0]); exit(1); }
  waitpid(pid, &status, 0);
  posix_spawn_file_actions_destroy(&fa);
  if( !WIFEXITED(status) || WEXITSTATUS(status) ){ fprintf(stderr, "bench: %s failed\n", argv[0]); exit(1); }
  return now() - t0;
}

static void benchStartup(const char *zShell, const char *zSo, int n){
  char zCmd[512];
  char *azWith[] = { (char*)zShell, ":memory:", "-cmd", zCmd, "select 1", 0 };
  char *azBare[] = { (char*)zShell, ":memory:", "select 1", 0 };
  double *tw = malloc(sizeof(double)*n), *tb = malloc(sizeof(double)*n);
  int i;
  snprintf(zCmd, sizeof(zCmd), ".load %s", zSo);
  for(i=0; i<3; i++){ runProcess(azWith); runProcess(azBare); }   /* warm the caches */
  for(i=0; i<n; i++){
    if( i%2 ){ tw[i] = runProcess(azWith); tb[i] = runProcess(azBare); }
    else     { tb[i] = runProcess(azBare); tw[i] = runProcess(azWith); }
  }
  printf("startup.runs %d\nstartup.bare_ms %.3f\nstartup.load_ms %.3f\nstartup.overhead_ms %.3f\n",
         n, median(tb, n)*1e3, median(tw, n)*1e3, (median(tw, n) - median(tb, n))*1e3);
  free(tw);
  free(tb);
}

/*************************************************************************
** 7. Memory: peak resident set after loading the three snapshots.
*/
static long statusKb(const char *zKey){
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  long v = -1;
  size_t n = strlen(zKey);
  if( f==0 ) return -1;
  while( fgets(line, sizeof(line), f) ){
    if( strncmp(line, zKey, n)==0 ) v = atol(line+n+1);
  }
  fclose(f);
  return v;
}

static void benchMemory(const char *zDir){
  sqlite3 *db = openDb();
  static const char *const azFile[] = { LITELLM, OPENROUTER, MODELSDEV };
  long base, hwm, rss, bytes = 0;
  size_t i;
  exec(db, "SELECT modelcmp_reset('empty')");
  base = statusKb("VmHWM:");
  for(i=0; i<3; i++){
    char *zPath = pathOf(zDir, azFile[i]);
    long n;
    free(slurp(zPath, &n));
    bytes += n;
    loadFile(db, zPath);
    sqlite3_free(zPath);
  }
  hwm = statusKb("VmHWM:");
  rss = statusKb("VmRSS:");
  printf("memory.json_bytes %ld\nmemory.base_kb %ld\nmemory.peak_kb %ld\nmemory.rss_kb %ld\n",
         bytes, base, hwm, rss);
  printf("memory.peak_ratio %.2f\nmemory.after_ratio %.2f\n",
         (hwm - base)*1024.0/bytes, (rss - base)*1024.0/bytes);
  sqlite3_close(db);
}

int main(int argc, char **argv){
  sqlite3_auto_extension((void(*)(void))sqlite3_modelcmp_init);
  if( argc>=5 && strcmp(argv[1], "usage")==0 ){
    benchUsage(argv[2], atoi(argv[3]), atoi(argv[4]));
  }else if( argc>=4 && strcmp(argv[1], "tokencost")==0 ){
    benchTokenCost(argv[2], atoi(argv[3]));
  }else if( argc>=5 && strcmp(argv[1], "lookup")==0 ){
    benchLookup(argv[2], atoi(argv[3]), atoi(argv[4]));
  }else if( argc>=4 && strcmp(argv[1], "import")==0 ){
    benchImport(argv[2], atoi(argv[3]));
  }else if( argc>=3 && strcmp(argv[1], "reports")==0 ){
    benchReports(atoi(argv[2]));
  }else if( argc>=5 && strcmp(argv[1], "startup")==0 ){
    benchStartup(argv[2], argv[3], atoi(argv[4]));
  }else if( argc>=3 && strcmp(argv[1], "memory")==0 ){
    benchMemory(argv[2]);
  }else{
    fprintf(stderr, "usage: bench usage|tokencost|lookup|import|reports|memory ARGS (see bench.c)\n");
    return 2;
  }
  return 0;
}
