/*
** fuzz_load.c — libFuzzer target: modelcmp_load() on arbitrary input.
**
** Built once per format by `make fuzz` (-DFUZZ_FORMAT="litellm", ...; the
** modelcmp target passes NULL, so format detection is fuzzed too). Each
** input is loaded into an empty catalog of one in-memory database (the
** static build, linked in); the extension must answer with a summary or an
** error, never crash, leak or trip a sanitizer. When the load succeeds, a
** second oracle runs: the catalog's export must load back into an empty
** catalog and export to the same bytes. A third compares the scanner that
** checks and splits the text (ext/json_scan.c) with cJSON on the input:
** same verdict, same error offset, same members (tests/c/json_oracle.h).
**
**   make fuzz FUZZ_SECONDS=60
**   dist/fuzz-litellm -dict=tests/fuzz/modelcmp.dict tests/fuzz/corpus-litellm
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>
#include "modelcmp.h"
#include "../c/json_oracle.h"

#ifndef FUZZ_FORMAT
# define FUZZ_FORMAT 0
#endif

static sqlite3 *db;
static sqlite3_stmt *pReset, *pLoad, *pExport, *pReload;

static void prep(const char *zSql, sqlite3_stmt **pp){
  if( sqlite3_prepare_v2(db, zSql, -1, pp, 0)!=SQLITE_OK ){
    fprintf(stderr, "prepare %s: %s\n", zSql, sqlite3_errmsg(db));
    abort();
  }
}

int LLVMFuzzerInitialize(int *pArgc, char ***pArgv);
int LLVMFuzzerInitialize(int *pArgc, char ***pArgv){
  (void)pArgc; (void)pArgv;
  sqlite3_auto_extension((void(*)(void))sqlite3_modelcmp_init);
  if( sqlite3_open(":memory:", &db)!=SQLITE_OK ) abort();
  prep("SELECT modelcmp_reset('empty')", &pReset);
  prep("SELECT modelcmp_load(?1, ?2)", &pLoad);
  prep("SELECT modelcmp_export()", &pExport);
  prep("SELECT modelcmp_load(?1, 'modelcmp')", &pReload);
  return 0;
}

/* Steps p once; returns a malloc'd copy of the text result, or NULL. */
static char *stepText(sqlite3_stmt *p){
  char *z = 0;
  if( sqlite3_step(p)==SQLITE_ROW && sqlite3_column_type(p, 0)==SQLITE_TEXT ){
    z = strdup((const char*)sqlite3_column_text(p, 0));
  }
  sqlite3_reset(p);
  return z;
}

int LLVMFuzzerTestOneInput(const unsigned char *a, size_t n);
int LLVMFuzzerTestOneInput(const unsigned char *a, size_t n){
  char *zSum, *zExp1, *zExp2, *zSum2;
  const char *zDiff = json_oracle((const char*)a, n);
  if( zDiff ){
    fprintf(stderr, "json_scan and cJSON disagree: %s\n", zDiff);
    abort();
  }
  free(stepText(pReset));
  sqlite3_bind_text(pLoad, 1, (const char*)a, (int)n, SQLITE_STATIC);
  if( FUZZ_FORMAT ) sqlite3_bind_text(pLoad, 2, FUZZ_FORMAT, -1, SQLITE_STATIC);
  zSum = stepText(pLoad);
  sqlite3_clear_bindings(pLoad);
  if( zSum==0 ) return 0;                 /* an error: fine, nothing changed */
  free(zSum);
  zExp1 = stepText(pExport);
  if( zExp1==0 ) abort();
  free(stepText(pReset));
  sqlite3_bind_text(pReload, 1, zExp1, -1, SQLITE_STATIC);
  zSum2 = stepText(pReload);
  sqlite3_clear_bindings(pReload);
  if( zSum2==0 ){
    fprintf(stderr, "the export of a loaded catalog does not load back: %s\n", sqlite3_errmsg(db));
    abort();
  }
  zExp2 = stepText(pExport);
  if( zExp2==0 || strcmp(zExp1, zExp2)!=0 ){
    fprintf(stderr, "export -> load -> export is not the same document\n");
    abort();
  }
  free(zSum2);
  free(zExp1);
  free(zExp2);
  return 0;
}
