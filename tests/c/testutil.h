/*
** testutil.h — what the C tests share: CHECK, query() and out-of-memory
** injection through SQLite's allocator. Header-only; each test is one
** translation unit.
*/
#ifndef TESTUTIL_H
#define TESTUTIL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>

static int nFail = 0;
#define CHECK(cond, ...) do{ if(!(cond)){ nFail++; \
  fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
  fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); } }while(0)

/* Runs zSql and returns the first column of the first row as a malloc'd
** string ("NULL" for NULL, "DONE" for no row), or "ERROR: <message>" /
** "NOMEM". */
static char *query(sqlite3 *db, const char *zSql){
  sqlite3_stmt *p = 0;
  char *zOut;
  int rc = sqlite3_prepare_v2(db, zSql, -1, &p, 0);
  if( rc==SQLITE_OK ){
    rc = sqlite3_step(p);
    if( rc==SQLITE_ROW ){
      const char *z = (const char*)sqlite3_column_text(p, 0);
      if( z==0 && sqlite3_errcode(db)==SQLITE_NOMEM ){
        sqlite3_finalize(p);
        return strdup("NOMEM");
      }
      zOut = strdup(z ? z : "NULL");
      sqlite3_finalize(p);
      return zOut;
    }
    if( rc==SQLITE_DONE ){
      sqlite3_finalize(p);
      return strdup("DONE");
    }
  }
  rc = p ? sqlite3_finalize(p) : rc;
  if( rc==SQLITE_NOMEM || sqlite3_errcode(db)==SQLITE_NOMEM ) return strdup("NOMEM");
  zOut = malloc(strlen(sqlite3_errmsg(db)) + 8);
  sprintf(zOut, "ERROR: %s", sqlite3_errmsg(db));
  return zOut;
}

/* Out-of-memory injection: oomInstall() before sqlite3_initialize(); then
** nCountdown = n fails the n-th allocation from now (-1: never). */
static sqlite3_mem_methods defaultMem;
static long nCountdown = -1;
static int nInjected = 0;
static void *oomMalloc(int n){
  if( nCountdown>=0 && nCountdown--==0 ){ nInjected++; return 0; }
  return defaultMem.xMalloc(n);
}
static void *oomRealloc(void *p, int n){
  if( nCountdown>=0 && nCountdown--==0 ){ nInjected++; return 0; }
  return defaultMem.xRealloc(p, n);
}
static void oomInstall(void){
  sqlite3_mem_methods m;
  sqlite3_config(SQLITE_CONFIG_GETMALLOC, &defaultMem);
  m = defaultMem;
  m.xMalloc = oomMalloc;
  m.xRealloc = oomRealloc;
  sqlite3_config(SQLITE_CONFIG_MALLOC, &m);
}

/* query(), and when the statement failed for lack of memory: clears
** *pClean, stops injecting, and runs it again. A statement that failed
** that way must have changed nothing, so the retry gives the normal
** answer. */
static char *queryRetry(sqlite3 *db, const char *zSql, int *pClean){
  char *z = query(db, zSql);
  if( strcmp(z, "NOMEM")==0 || strncmp(z, "ERROR: out of memory", 20)==0 ){
    *pClean = 0;
    nCountdown = -1;
    free(z);
    z = query(db, zSql);
  }
  return z;
}

#endif /* TESTUTIL_H */
