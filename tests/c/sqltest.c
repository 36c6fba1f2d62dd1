/*
** sqltest.c — runs a SQL test file (tests/sql/NAME.sql) the way the sqlite3 shell does,
** with modelcmp linked in statically (sqlite3_auto_extension), so the same
** golden files check an AddressSanitizer + UndefinedBehaviorSanitizer build.
**
**   sqltest FILE.sql
**
** It reproduces the parts of the 3.40 shell the tests use: statements
** accumulated line by line until sqlite3_complete(), comment-only lines
** skipped between statements, list-mode output ('|' between columns, NULL
** as the .nullvalue text), and errors printed as "Parse error near line
** N: ..." (with the shell's context caret) or "Runtime error near line
** N: ...". Dot commands: .load (ignored: the extension is already there),
** .headers on|off, .nullvalue TEXT, .print TEXT, .read FILE.
*/
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>
#include "modelcmp.h"

static int showHeaders = 0;
static char zNull[64] = "";

static int allWhitespace(const char *z){
  for(; *z; z++){
    if( isspace((unsigned char)z[0]) ) continue;
    if( z[0]=='/' && z[1]=='*' ){
      z += 2;
      while( *z && (z[0]!='*' || z[1]!='/') ) z++;
      if( *z==0 ) return 0;
      z++;
      continue;
    }
    if( z[0]=='-' && z[1]=='-' ){
      z += 2;
      while( *z && *z!='\n' ) z++;
      if( *z==0 ) return 1;
      continue;
    }
    return 0;
  }
  return 1;
}

/* The shell's shell_error_context(). */
static char *errorContext(const char *zSql, sqlite3 *db){
  int iOffset = sqlite3_error_offset(db), i;
  size_t len;
  char *zCode;
  if( zSql==0 || iOffset<0 ) return sqlite3_mprintf("");
  while( iOffset>50 ){
    iOffset--;
    zSql++;
    while( (zSql[0]&0xc0)==0x80 ){ zSql++; iOffset--; }
  }
  len = strlen(zSql);
  if( len>78 ){
    len = 78;
    while( (zSql[len]&0xc0)==0x80 ) len--;
  }
  zCode = sqlite3_mprintf("%.*s", (int)len, zSql);
  for(i=0; zCode[i]; i++){ if( isspace((unsigned char)zSql[i]) ) zCode[i] = ' '; }
  if( iOffset<25 ){
    return sqlite3_mprintf("\n  %z\n  %*s^--- error here", zCode, iOffset, "");
  }
  return sqlite3_mprintf("\n  %z\n  %*serror here ---^", zCode, iOffset-14, "");
}

static void reportError(sqlite3 *db, const char *zType, int rc, const char *zSql, int line){
  char *zCtx = zSql ? errorContext(zSql, db) : sqlite3_mprintf("");
  fflush(stdout);
  if( rc>1 ){
    fprintf(stderr, "%s near line %d: %s (%d)%s\n", zType, line, sqlite3_errmsg(db), rc, zCtx);
  }else{
    fprintf(stderr, "%s near line %d: %s%s\n", zType, line, sqlite3_errmsg(db), zCtx);
  }
  fflush(stderr);
  sqlite3_free(zCtx);
}

/* EXPLAIN QUERY PLAN output as the shell draws it (its eqp_render()). */
typedef struct EqpRow { int id, parent; char *zText; } EqpRow;

static int eqpNext(const EqpRow *a, int n, int parent, int after){
  int i;
  for(i=after+1; i<n; i++) if( a[i].parent==parent ) return i;
  return -1;
}

static void eqpLevel(const EqpRow *a, int n, int parent, char *zPrefix){
  size_t k = strlen(zPrefix);
  int i, next;
  for(i=eqpNext(a, n, parent, -1); i>=0; i=next){
    next = eqpNext(a, n, parent, i);
    printf("%s%s%s\n", zPrefix, next>=0 ? "|--" : "`--", a[i].zText);
    if( k < 90 ){
      memcpy(zPrefix+k, next>=0 ? "|  " : "   ", 4);
      eqpLevel(a, n, a[i].id, zPrefix);
      zPrefix[k] = 0;
    }
  }
}

static int eqpRender(sqlite3_stmt *pStmt){
  EqpRow a[256];
  int n = 0, rc, i;
  char zPrefix[100] = "";
  while( (rc = sqlite3_step(pStmt))==SQLITE_ROW && n<256 ){
    a[n].id = sqlite3_column_int(pStmt, 0);
    a[n].parent = sqlite3_column_int(pStmt, 1);
    a[n].zText = sqlite3_mprintf("%s", sqlite3_column_text(pStmt, 3));
    n++;
  }
  if( n>0 ){
    int first = 0;
    if( a[0].zText[0]=='-' ){
      if( n>1 ) printf("%s\n", a[0].zText+3);
      first = 1;
    }else{
      printf("QUERY PLAN\n");
    }
    if( n>first ) eqpLevel(a+first, n-first, 0, zPrefix);
  }
  for(i=0; i<n; i++) sqlite3_free(a[i].zText);
  return rc;
}

/* Runs every statement in zSql (the shell's shell_exec()). */
static void runSql(sqlite3 *db, const char *zSql, int line){
  while( zSql[0] ){
    sqlite3_stmt *pStmt = 0;
    const char *zLeft = 0;
    int rc = sqlite3_prepare_v2(db, zSql, -1, &pStmt, &zLeft);
    if( rc ){
      reportError(db, "Parse error", rc, zSql, line);
      return;
    }
    if( pStmt && sqlite3_stmt_isexplain(pStmt)==2 ){
      rc = eqpRender(pStmt);
      if( rc!=SQLITE_DONE ){
        rc = sqlite3_finalize(pStmt);
        reportError(db, "Runtime error", rc, 0, line);
        return;
      }
      sqlite3_finalize(pStmt);
    }else if( pStmt ){
      int n = sqlite3_column_count(pStmt), i, first = 1;
      while( (rc = sqlite3_step(pStmt))==SQLITE_ROW ){
        if( first && showHeaders ){
          for(i=0; i<n; i++) printf("%s%s", i ? "|" : "", sqlite3_column_name(pStmt, i));
          printf("\n");
        }
        first = 0;
        for(i=0; i<n; i++){
          const char *z = (const char*)sqlite3_column_text(pStmt, i);
          printf("%s%s", i ? "|" : "", z ? z : zNull);
        }
        printf("\n");
      }
      if( rc!=SQLITE_DONE ){
        rc = sqlite3_finalize(pStmt);
        reportError(db, "Runtime error", rc, 0, line);
        return;
      }
      sqlite3_finalize(pStmt);
    }
    zSql = zLeft;
    while( isspace((unsigned char)zSql[0]) ) zSql++;
  }
}

static int runFile(sqlite3 *db, const char *zFile);

static void dotCommand(sqlite3 *db, char *zLine){
  char *z = zLine + 1, *zArg;
  size_t n = strlen(z);
  while( n>0 && isspace((unsigned char)z[n-1]) ) z[--n] = 0;
  zArg = strchr(z, ' ');
  if( zArg ){ *zArg++ = 0; while( *zArg==' ' ) zArg++; }
  if( strcmp(z, "load")==0 ) return;
  if( strcmp(z, "headers")==0 && zArg ){ showHeaders = strcmp(zArg, "on")==0; return; }
  if( strcmp(z, "nullvalue")==0 && zArg ){ snprintf(zNull, sizeof(zNull), "%s", zArg); return; }
  if( strcmp(z, "print")==0 ){
    if( zArg && zArg[0]=='"' ){
      size_t k = strlen(zArg);
      if( k>=2 && zArg[k-1]=='"' ){ zArg[k-1] = 0; zArg++; }
    }
    printf("%s\n", zArg ? zArg : "");
    return;
  }
  if( strcmp(z, "read")==0 && zArg ){
    if( runFile(db, zArg) ) exit(2);
    return;
  }
  fprintf(stderr, "sqltest: unsupported dot command: .%s\n", z);
  exit(2);
}

/* Runs the statements and dot commands of a file, as the shell does; 2
** when the file cannot be read. */
static int runFile(sqlite3 *db, const char *zFile){
  FILE *in;
  char *zLine = 0, *zSql = 0;
  size_t cap = 0, nSql = 0, capSql = 0;
  ssize_t nLine;
  int lineno = 0, startline = 0;
  in = fopen(zFile, "rb");
  if( in==0 ){ perror(zFile); return 2; }
  while( (nLine = getline(&zLine, &cap, in))>=0 ){
    lineno++;
    if( nLine>0 && zLine[nLine-1]=='\n' ) zLine[--nLine] = 0;
    if( nLine>0 && zLine[nLine-1]=='\r' ) zLine[--nLine] = 0;
    if( nSql==0 && allWhitespace(zLine) ) continue;
    if( nSql==0 && (zLine[0]=='.' || zLine[0]=='#') ){
      if( zLine[0]=='.' ) dotCommand(db, zLine);
      continue;
    }
    if( nSql + (size_t)nLine + 2 > capSql ){
      capSql = (nSql + nLine + 2)*2;
      zSql = realloc(zSql, capSql);
      if( zSql==0 ) return 2;
    }
    if( nSql==0 ){
      char *z = zLine;
      while( isspace((unsigned char)*z) ) z++;
      startline = lineno;
      nSql = strlen(z);
      memcpy(zSql, z, nSql+1);
    }else{
      zSql[nSql++] = '\n';
      memcpy(zSql+nSql, zLine, (size_t)nLine+1);
      nSql += nLine;
    }
    if( sqlite3_complete(zSql) ){
      runSql(db, zSql, startline);
      fflush(stdout);
      nSql = 0;
    }
  }
  if( nSql && !allWhitespace(zSql) ){
    runSql(db, zSql, startline);
  }
  fflush(stdout);
  free(zLine);
  free(zSql);
  fclose(in);
  return 0;
}

int main(int argc, char **argv){
  sqlite3 *db;
  int rc;
  if( argc!=2 ){
    fprintf(stderr, "usage: sqltest FILE.sql\n");
    return 2;
  }
  sqlite3_auto_extension((void(*)(void))sqlite3_modelcmp_init);
  if( sqlite3_open(":memory:", &db) ){
    fprintf(stderr, "sqltest: cannot open :memory:\n");
    return 2;
  }
  sqlite3_enable_load_extension(db, 0);
  if( (rc = runFile(db, argv[1]))!=0 ){
    sqlite3_close(db);
    return rc;
  }
  if( sqlite3_close(db)!=SQLITE_OK ){
    fprintf(stderr, "sqltest: sqlite3_close failed: %s\n", sqlite3_errmsg(db));
    return 3;
  }
  sqlite3_reset_auto_extension();
  return 0;
}
