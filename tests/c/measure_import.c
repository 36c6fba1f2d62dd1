/*
** measure_import.c — time and memory of importing the public catalogs
** (not a pass/fail test; `make measure-import` prints the figures).
**
**   dist/measure-import [N]     N runs of each timing (default 7), median
**
** Reports, for the LiteLLM snapshot, the median time of modelcmp_load_file()
** into the built-in catalog against importing the same file into a native
** SQLite table with json_each() (the plain-SQLite way, two dozen fields per
** entry); then loads all three snapshots into one connection and reports
** SQLite's heap in use (the catalog lives there; the importers parse one
** entry at a time and free its cJSON tree after use), its high-water mark,
** and the process's VmRSS and VmHWM, against the combined size of the
** three files.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <malloc.h>
#include <sqlite3.h>
#include "modelcmp.h"

#define DATA "../shared/data/"
static const char *const azFile[] = {
  DATA "litellm/model_prices_and_context_window.json",
  DATA "openrouter/api_v1_models.from-modelsdev-repo.json",
  DATA "modelsdev/api.json",
};

static const char zJsonEach[] =
  "CREATE TEMP TABLE IF NOT EXISTS ll(key TEXT PRIMARY KEY, provider TEXT, mode TEXT,"
  " input_per_mtok REAL, output_per_mtok REAL, cache_read_per_mtok REAL, cache_write_per_mtok REAL,"
  " batch_in REAL, batch_out REAL, context_window INT, max_output INT, in_200k REAL, out_200k REAL,"
  " source TEXT, vision INT, function_calling INT, tool_choice INT, response_schema INT,"
  " reasoning INT, computer_use INT, parallel INT, pdf INT, audio_in INT, video_in INT,"
  " modalities TEXT, out_modalities TEXT);"
  "DELETE FROM ll;"
  "INSERT INTO ll SELECT key, value->>'litellm_provider', value->>'mode',"
  " (value->>'input_cost_per_token')*1e6, (value->>'output_cost_per_token')*1e6,"
  " (value->>'cache_read_input_token_cost')*1e6, (value->>'cache_creation_input_token_cost')*1e6,"
  " (value->>'input_cost_per_token_batches')*1e6, (value->>'output_cost_per_token_batches')*1e6,"
  " value->>'max_input_tokens', value->>'max_output_tokens',"
  " (value->>'input_cost_per_token_above_200k_tokens')*1e6,"
  " (value->>'output_cost_per_token_above_200k_tokens')*1e6,"
  " value->>'source', value->>'supports_vision', value->>'supports_function_calling',"
  " value->>'supports_tool_choice', value->>'supports_response_schema', value->>'supports_reasoning',"
  " value->>'supports_computer_use', value->>'supports_parallel_function_calling',"
  " value->>'supports_pdf_input', value->>'supports_audio_input', value->>'supports_video_input',"
  " value->'supported_modalities', value->'supported_output_modalities'"
  " FROM json_each(?1) WHERE type = 'object';";

static double now(void){
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec/1e9;
}

static int cmpD(const void *a, const void *b){
  double x = *(const double*)a, y = *(const double*)b;
  return x<y ? -1 : x>y;
}

static char *readAll(const char *zPath, long *pn){
  FILE *f = fopen(zPath, "rb");
  char *z;
  long n;
  if( f==0 ){ perror(zPath); exit(1); }
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  z = malloc((size_t)n + 1);
  if( z==0 || fread(z, 1, (size_t)n, f)!=(size_t)n ){ perror(zPath); exit(1); }
  z[n] = 0;
  fclose(f);
  *pn = n;
  return z;
}

static void exec1(sqlite3 *db, const char *zSql){
  char *zErr = 0;
  if( sqlite3_exec(db, zSql, 0, 0, &zErr)!=SQLITE_OK ){
    fprintf(stderr, "%s: %s\n", zSql, zErr);
    exit(1);
  }
}

/* VmRSS / VmHWM of this process, in kB. */
static void procMem(long *pRss, long *pHwm){
  FILE *f = fopen("/proc/self/status", "r");
  char line[256];
  *pRss = *pHwm = -1;
  while( f && fgets(line, sizeof(line), f) ){
    sscanf(line, "VmRSS: %ld", pRss);
    sscanf(line, "VmHWM: %ld", pHwm);
  }
  if( f ) fclose(f);
}

static void measureMemory(void){
  long nTotal = 0, rss0, hwm0, rss, hwm;
  sqlite3 *db;
  int k;
  procMem(&rss0, &hwm0);
  sqlite3_open(":memory:", &db);
  exec1(db, "SELECT count(*) FROM models");
  {
    sqlite3_int64 used0 = sqlite3_memory_used();
    for(k=0; k<3; k++){
      struct stat st;
      char *zSql = sqlite3_mprintf("SELECT modelcmp_load_file('%q')", azFile[k]);
      stat(azFile[k], &st);
      nTotal += (long)st.st_size;
      exec1(db, zSql);
      sqlite3_free(zSql);
    }
    procMem(&rss, &hwm);
    printf("three snapshots over the built-in catalog, %ld bytes of JSON in all:\n", nTotal);
    printf("  SQLite heap in use after loading: %6.2f MB = %.2fx the JSON (%.2f MB before)\n",
           sqlite3_memory_used()/1e6, (double)sqlite3_memory_used()/nTotal, used0/1e6);
    printf("  SQLite heap high-water mark:      %6.2f MB\n", sqlite3_memory_highwater(0)/1e6);
    printf("  process VmRSS %.2f MB (%.2f MB at start), VmHWM %.2f MB: the peak is the\n"
           "  largest file's load (its text, the catalog before it and the copy being built)\n",
           rss/1e3, rss0/1e3, hwm/1e3);
    malloc_trim(0);
    procMem(&rss, &hwm);
    printf("  process VmRSS after malloc_trim(0): %.2f MB (%.2f MB above the start)\n",
           rss/1e3, (rss-rss0)/1e3);
    exec1(db, "SELECT modelcmp_reset('empty')");
    printf("  SQLite heap after modelcmp_reset('empty'): %.2f MB\n", sqlite3_memory_used()/1e6);
  }
  sqlite3_close(db);
}

int main(int argc, char **argv){
  int nRun = argc>1 ? atoi(argv[1]) : 7, i;
  double *aOurs = calloc((size_t)nRun, sizeof(double)), *aNative = calloc((size_t)nRun, sizeof(double));
  long nJson;
  char *zJson;
  sqlite3 *db;
  sqlite3_stmt *pLoad, *pEach;

  sqlite3_auto_extension((void(*)(void))sqlite3_modelcmp_init);
  measureMemory();                    /* first, on a fresh heap */
  zJson = readAll(azFile[0], &nJson);
  for(i=0; i<nRun; i++){
    double t;
    /* ours: a fresh connection each run, the built-in catalog built first */
    sqlite3_open(":memory:", &db);
    exec1(db, "SELECT count(*) FROM models");
    sqlite3_prepare_v2(db, "SELECT modelcmp_load_file(?1)", -1, &pLoad, 0);
    sqlite3_bind_text(pLoad, 1, azFile[0], -1, SQLITE_STATIC);
    t = now();
    if( sqlite3_step(pLoad)!=SQLITE_ROW || sqlite3_column_type(pLoad, 0)!=SQLITE_TEXT ){
      fprintf(stderr, "load: %s\n", sqlite3_errmsg(db));
      return 1;
    }
    aOurs[i] = now() - t;
    sqlite3_finalize(pLoad);
    sqlite3_close(db);
    /* native: json_each into a table, the file read the same way */
    sqlite3_open(":memory:", &db);
    exec1(db, "CREATE TEMP TABLE ll(x)");
    exec1(db, "DROP TABLE ll");
    t = now();
    {
      long n;
      char *z = readAll(azFile[0], &n);
      const char *zTail = zJsonEach;
      while( *zTail ){
        if( sqlite3_prepare_v2(db, zTail, -1, &pEach, &zTail)!=SQLITE_OK ){
          fprintf(stderr, "json_each: %s\n", sqlite3_errmsg(db));
          return 1;
        }
        if( pEach==0 ) break;
        sqlite3_bind_text(pEach, 1, z, (int)n, SQLITE_STATIC);
        while( sqlite3_step(pEach)==SQLITE_ROW ){}
        sqlite3_finalize(pEach);
      }
      free(z);
    }
    aNative[i] = now() - t;
    sqlite3_close(db);
  }
  qsort(aOurs, (size_t)nRun, sizeof(double), cmpD);
  qsort(aNative, (size_t)nRun, sizeof(double), cmpD);
  printf("LiteLLM snapshot (%ld bytes), median of %d runs:\n", nJson, nRun);
  printf("  modelcmp_load_file():        %7.1f ms\n", aOurs[nRun/2]*1e3);
  printf("  json_each into a table:      %7.1f ms\n", aNative[nRun/2]*1e3);
  printf("  ratio (modelcmp / json_each): %.2f\n", aOurs[nRun/2]/aNative[nRun/2]);
  free(zJson);

  free(aOurs);
  free(aNative);
  return 0;
}
