/*
** test_embed.c — modelcmp embedded in an application: the static library,
** registered with sqlite3_auto_extension().
**
** Checks, through the C API:
**   1. every new connection has the catalog and the functions;
**   2. each connection has its own catalog: a load in one is invisible in
**      another, and closing one leaves the other working;
**   3. connections used from several threads at once do not interfere;
**   4. out-of-memory at every allocation in a load/query/export sequence
**      gives SQLITE_NOMEM (or success), never a crash or a wrong answer;
**      run under valgrind by make test-valgrind, so leaks there fail too.
*/
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>
#include "modelcmp.h"
#include "testutil.h"

/* The built-in catalog's model count plus one (a test loads one model),
** as text: set in main() so that the checks hold whatever the catalog size. */
static char zModelsPlusOne[24] = "?";

static void expect(sqlite3 *db, const char *zSql, const char *zWant){
  char *z = query(db, zSql);
  CHECK(strcmp(z, zWant)==0, "%s\n  got:  %s\n  want: %s", zSql, z, zWant);
  free(z);
}

static const char *const azOomSql[] = {
  "SELECT count(*) FROM routes WHERE model_id='llama-3.2-1b-instruct'",
  "SELECT modelcmp_load('{\"modelcmp\":1,\"providers\":[{\"id\":\"p1\",\"name\":\"P\"}],"
    "\"models\":[{\"id\":\"m1\",\"name\":\"M\",\"tags\":[\"a\"],\"capabilities\":{\"vision\":true},"
    "\"routes\":[{\"provider\":\"p1\",\"provider_model_id\":\"x/m1\",\"input_per_mtok\":1,"
    "\"output_per_mtok\":2,\"tiers\":[{\"above_input_tokens\":10,\"input_per_mtok\":3}]}],"
    "\"aliases\":[\"M-One\"]}]}') IS NOT NULL",
  "SELECT length(modelcmp_export()) > 100",
  "SELECT group_concat(tiers) FROM routes WHERE model_id = 'm1'",
  "SELECT modelcmp_load('{\"modelcmp\":1,\"models\":[{\"id\":\"m2\",\"parameters\":-1}]}')",
  "SELECT count(*) FROM models",
  "SELECT length(compare_report('llama-3.2-1b-instruct', 'qwen3.5-4b'))",
  "SELECT count(*) FROM compare('llama-3.2-1b-instruct', 'qwen3.5-4b')",
  "SELECT length(switch_friction('llama-3.2-1b-instruct', 'qwen3.5-4b'))",
  "SELECT verdict('llama-3.2-1b-instruct', 'qwen3.5-4b')",
  "SELECT round(monthly_cost('llama-3.2-1b-instruct'), 2)",
  "SELECT token_cost('llama-3.2-1b', 1, 1)",
};
/* The answers with memory to spare: a sequence run under injected
** failures must end with exactly these (filled in by testOom). */
#define N_OOM_SQL (int)(sizeof(azOomSql)/sizeof(azOomSql[0]))
static char *azOomWant[N_OOM_SQL];

static void testOom(void){
  long n;
  int nRuns = 0, nReported = 0;
  {
    sqlite3 *db;
    int i;
    nCountdown = -1;
    sqlite3_open(":memory:", &db);
    for(i=0; i<N_OOM_SQL; i++) azOomWant[i] = query(db, azOomSql[i]);
    sqlite3_close(db);
    /* the fixed part of the sequence, checked outright */
    CHECK(strcmp(azOomWant[0], "6")==0, "oom baseline: %s", azOomWant[0]);
    CHECK(strcmp(azOomWant[3], "[{\"above_input_tokens\":10,\"input_per_mtok\":3}]")==0,
          "oom baseline: %s", azOomWant[3]);
    CHECK(strcmp(azOomWant[5], zModelsPlusOne)==0, "oom baseline: %s", azOomWant[5]);
  }
  /* OOM_STRIDE=k injects at every k-th allocation only (valgrind runs). */
  long nStride = getenv("OOM_STRIDE") ? atol(getenv("OOM_STRIDE")) : 1;
  if( nStride<1 ) nStride = 1;
  for(n=0; ; n+=nStride){
    sqlite3 *db = 0;
    size_t i;
    int clean = 1;
    nInjected = 0;
    nCountdown = n;
    if( sqlite3_open(":memory:", &db)!=SQLITE_OK ){
      sqlite3_close(db);
      continue;                       /* OOM in open or in our init: fine */
    }
    for(i=0; i<(size_t)N_OOM_SQL; i++){
      char *z = queryRetry(db, azOomSql[i], &clean);
      if( strcmp(z, azOomWant[i])!=0 && nReported++<10 ){
        CHECK(0, "oom run %ld: %s\n  got:  %s\n  want: %s", n, azOomSql[i], z, azOomWant[i]);
      }else if( strcmp(z, azOomWant[i])!=0 ){
        nFail++;
      }
      free(z);
    }
    nCountdown = -1;
    CHECK(sqlite3_close(db)==SQLITE_OK, "oom run %ld: close failed", n);
    nRuns++;
    if( clean && nInjected==0 ) break;
    if( n>200000 ){ CHECK(0, "oom loop did not converge"); break; }
  }
  for(n=0; n<N_OOM_SQL; n++) free(azOomWant[n]);
  if( nStride==1 ){
    printf("out-of-memory: %d runs, a failure injected at each allocation\n", nRuns);
  }else{
    printf("out-of-memory: %d runs, a failure injected at every %ldth allocation\n", nRuns, nStride);
  }
}

/*************************************************************************
** Threads: each opens its own connection and works on its own catalog.
*/
static void *threadMain(void *pArg){
  int id = (int)(size_t)pArg, i;
  sqlite3 *db;
  char zSql[300], zWant[32];
  if( sqlite3_open(":memory:", &db) ){ CHECK(0, "thread open"); return 0; }
  snprintf(zSql, sizeof(zSql),
           "SELECT json_extract(modelcmp_load('{\"modelcmp\":1,\"models\":[{\"id\":\"t%d\"}]}'),"
           "'$.catalog.models')", id);
  expect(db, zSql, zModelsPlusOne);
  for(i=0; i<200; i++){
    expect(db, "SELECT count(*) FROM routes WHERE model_id='llama-3.2-1b-instruct'", "6");
    snprintf(zSql, sizeof(zSql), "SELECT count(*) FROM models WHERE id='t%d'", id);
    expect(db, zSql, "1");
    snprintf(zSql, sizeof(zSql), "SELECT count(*) FROM models WHERE id='t%d'", id+1);
    expect(db, zSql, "0");
  }
  snprintf(zWant, sizeof(zWant), "%d", 1);
  expect(db, "SELECT length(modelcmp_export())>0", zWant);
  sqlite3_close(db);
  return 0;
}

int main(void){
  sqlite3 *a, *b;
  pthread_t aThread[4];
  size_t i;

  oomInstall();
  CHECK(sqlite3_auto_extension((void(*)(void))sqlite3_modelcmp_init)==SQLITE_OK, "auto_extension");

  /* 1 + 2: two connections, two catalogs */
  CHECK(sqlite3_open(":memory:", &a)==SQLITE_OK, "open a");
  CHECK(sqlite3_open(":memory:", &b)==SQLITE_OK, "open b");
  expect(a, "SELECT modelcmp_version()", MODELCMP_VERSION_STRING);
  {
    char *z = query(a, "SELECT count(*) + 1 FROM models");
    snprintf(zModelsPlusOne, sizeof(zModelsPlusOne), "%s", z);
    free(z);
  }
  expect(a, "SELECT count(*) FROM routes WHERE model_id='llama-3.2-1b-instruct'", "6");
  expect(a, "SELECT json_extract(modelcmp_load('{\"modelcmp\":1,\"models\":[{\"id\":\"only-in-a\"}]}'),"
            "'$.models_added')", "1");
  expect(a, "SELECT count(*) FROM models WHERE id='only-in-a'", "1");
  expect(b, "SELECT count(*) FROM models WHERE id='only-in-a'", "0");
  expect(b, "SELECT name FROM models WHERE id='qwen3.5-4b'", "Qwen3.5-4B");
  sqlite3_close(a);
  expect(b, "SELECT count(*) FROM capabilities WHERE model_id='qwen3.5-4b'", "10");
  sqlite3_close(b);

  /* 3: threads */
  if( sqlite3_threadsafe() ){
    for(i=0; i<4; i++) pthread_create(&aThread[i], 0, threadMain, (void*)(i*10));
    for(i=0; i<4; i++) pthread_join(aThread[i], 0);
  }

  /* 4: out of memory */
  testOom();

  sqlite3_reset_auto_extension();
  sqlite3_shutdown();
  if( nFail ){
    printf("test_embed: %d failures\n", nFail);
    return 1;
  }
  printf("test_embed: all checks passed\n");
  return 0;
}
