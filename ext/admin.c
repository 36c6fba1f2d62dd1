/*
** admin.c — the SQL functions that load, reset, export and describe the
** catalog.
**
**   modelcmp_load(json [, format])       -> JSON summary of what changed
**   modelcmp_load_file(path [, format])  -> the same, reading a file
**   modelcmp_reset(['builtin'|'empty'])  -> JSON counts of the new catalog
**   modelcmp_export()                    -> the catalog as a modelcmp document
**   modelcmp_version()                   -> '0.1.0'
**   modelcmp_debug()                     -> versions of modelcmp, SQLite, cJSON
**
** Examples:
**   SELECT modelcmp_load_file('model_prices_and_context_window.json');
**   SELECT json_extract(modelcmp_load(readfile('my.json')), '$.models_added');
**   SELECT modelcmp_reset('empty'), modelcmp_load(:saved_export);
**
** Loading and resetting change the catalog and loading reads files, so
** those functions are SQLITE_DIRECTONLY: a view or trigger in a database
** file someone else wrote cannot call them. Export, version and debug only
** read and are SQLITE_INNOCUOUS.
*/
#include "mc_internal.h"
SQLITE_EXTENSION_INIT3

#include <cjson/cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#define MC_MAX_FILE (1u<<30)    /* 1 GiB: larger is surely not a catalog */

/* The optional format argument: NULL or absent means "detect". Returns 0
** and sets an error on ctx when the argument is present but not text. */
static int formatArg(sqlite3_context *ctx, const char *zFunc, int argc,
                     sqlite3_value **argv, const char **pzFormat){
  *pzFormat = 0;
  if( argc<2 || sqlite3_value_type(argv[1])==SQLITE_NULL ) return 1;
  if( sqlite3_value_type(argv[1])!=SQLITE_TEXT ){
    modelcmp_result_error(ctx, "%s(): format must be text (modelcmp, litellm, openrouter or modelsdev)", zFunc);
    return 0;
  }
  *pzFormat = (const char*)sqlite3_value_text(argv[1]);
  return 1;
}

/* Loads zJson into the connection's catalog and returns the summary. */
static void loadAndPublish(sqlite3_context *ctx, const char *zFunc,
                           const char *zJson, size_t nJson, const char *zFormat){
  McState *p = sqlite3_user_data(ctx);
  McCatalog *base, *cat = 0;
  char *zErr = 0, *zSum = 0;
  int rc;
  base = modelcmp_state_catalog(p, &zErr);
  if( base==0 ){
    rc = zErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }else{
    rc = modelcmp_load(base, zJson, nJson, zFormat, zFunc, &cat, &zSum, &zErr);
  }
  if( rc==SQLITE_NOMEM ){
    sqlite3_result_error_nomem(ctx);
  }else if( rc ){
    sqlite3_result_error(ctx, zErr ? zErr : "modelcmp: load failed", -1);
  }else{
    modelcmp_state_publish(p, cat);
    sqlite3_result_text(ctx, zSum, -1, sqlite3_free);
    zSum = 0;
  }
  sqlite3_free(zErr);
  sqlite3_free(zSum);
}

static void loadFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const char *zFormat;
  int t = sqlite3_value_type(argv[0]);
  if( t!=SQLITE_TEXT && t!=SQLITE_BLOB ){
    modelcmp_result_error(ctx, "modelcmp_load(): json must be text, got %s",
                          t==SQLITE_NULL ? "NULL" : t==SQLITE_INTEGER ? "an integer" : "a real");
    return;
  }
  if( !formatArg(ctx, "modelcmp_load", argc, argv, &zFormat) ) return;
  loadAndPublish(ctx, "modelcmp_load", (const char*)sqlite3_value_blob(argv[0]),
                 (size_t)sqlite3_value_bytes(argv[0]), zFormat);
}

/* Reads a whole regular file. Returns SQLITE_OK, or an error with *pzErr. */
static int readFile(const char *zFunc, const char *zPath, char **pz, size_t *pn, char **pzErr){
  struct stat st;
  FILE *f;
  char *z;
  size_t n;
  *pz = 0;
  *pn = 0;
  if( stat(zPath, &st) ){
    *pzErr = sqlite3_mprintf("%s(): cannot open '%s': %s", zFunc, zPath, strerror(errno));
    return SQLITE_ERROR;
  }
  if( S_ISDIR(st.st_mode) ){
    *pzErr = sqlite3_mprintf("%s(): '%s' is a directory, not a file", zFunc, zPath);
    return SQLITE_ERROR;
  }
  if( !S_ISREG(st.st_mode) ){
    *pzErr = sqlite3_mprintf("%s(): '%s' is not a regular file", zFunc, zPath);
    return SQLITE_ERROR;
  }
  if( (unsigned long long)st.st_size > MC_MAX_FILE ){
    *pzErr = sqlite3_mprintf("%s(): '%s' is too large (%lld bytes; the limit is 1 GiB)",
                             zFunc, zPath, (long long)st.st_size);
    return SQLITE_ERROR;
  }
  f = fopen(zPath, "rb");
  if( f==0 ){
    *pzErr = sqlite3_mprintf("%s(): cannot open '%s': %s", zFunc, zPath, strerror(errno));
    return SQLITE_ERROR;
  }
  z = sqlite3_malloc64((sqlite3_uint64)st.st_size + 1);
  if( z==0 ){
    fclose(f);
    return SQLITE_NOMEM;
  }
  n = fread(z, 1, (size_t)st.st_size, f);
  if( ferror(f) ){
    *pzErr = sqlite3_mprintf("%s(): cannot read '%s': %s", zFunc, zPath, strerror(errno));
    fclose(f);
    sqlite3_free(z);
    return SQLITE_ERROR;
  }
  fclose(f);
  z[n] = 0;
  *pz = z;
  *pn = n;
  return SQLITE_OK;
}

static void loadFileFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const char *zFormat, *zPath;
  char *zData = 0, *zErr = 0;
  size_t nData;
  int rc;
  if( sqlite3_value_type(argv[0])!=SQLITE_TEXT ){
    modelcmp_result_error(ctx, "modelcmp_load_file(): path must be text, got %s",
                          sqlite3_value_type(argv[0])==SQLITE_NULL ? "NULL" : "a non-text value");
    return;
  }
  if( !formatArg(ctx, "modelcmp_load_file", argc, argv, &zFormat) ) return;
  zPath = (const char*)sqlite3_value_text(argv[0]);
  rc = readFile("modelcmp_load_file", zPath, &zData, &nData, &zErr);
  if( rc==SQLITE_NOMEM ){
    sqlite3_result_error_nomem(ctx);
  }else if( rc ){
    sqlite3_result_error(ctx, zErr ? zErr : "modelcmp_load_file(): read failed", -1);
  }else{
    loadAndPublish(ctx, "modelcmp_load_file", zData, nData, zFormat);
  }
  sqlite3_free(zErr);
  sqlite3_free(zData);
}

static void catalogCounts(sqlite3_context *ctx, const McCatalog *c){
  int i, nRoute = 0, nBench = 0;
  char *z;
  for(i=0; i<c->nmodel; i++){
    nRoute += c->models[i].nroute;
    nBench += c->models[i].nbench;
  }
  z = sqlite3_mprintf(
      "{\"models\":%d,\"routes\":%d,\"benchmarks\":%d,\"providers\":%d,"
      "\"benchmark_defs\":%d,\"aliases\":%d}",
      c->nmodel, nRoute, nBench, c->nprovider, c->nbdef, c->nalias);
  if( z==0 ) sqlite3_result_error_nomem(ctx);   /* not a NULL that looks like an answer */
  else sqlite3_result_text(ctx, z, -1, sqlite3_free);
}

static void resetFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  McState *p = sqlite3_user_data(ctx);
  const char *zWhat = argc ? (const char*)sqlite3_value_text(argv[0]) : "builtin";
  McCatalog *c = 0;
  char *zErr = 0;
  if( zWhat==0 || (strcmp(zWhat, "builtin")!=0 && strcmp(zWhat, "empty")!=0) ){
    modelcmp_result_error(ctx, "modelcmp_reset(): expected 'builtin' or 'empty', got %s%s%s",
                          zWhat ? "'" : "", zWhat ? zWhat : "NULL", zWhat ? "'" : "");
    return;
  }
  if( zWhat[0]=='e' ){
    c = modelcmp_catalog_new();
  }else if( modelcmp_state_builtin(&c, &zErr) ){
    sqlite3_result_error(ctx, zErr ? zErr : "modelcmp_reset(): out of memory", -1);
    sqlite3_free(zErr);
    return;
  }
  if( c==0 ){
    sqlite3_result_error_nomem(ctx);
    return;
  }
  modelcmp_state_publish(p, c);
  catalogCounts(ctx, c);
}

static void exportFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  McState *p = sqlite3_user_data(ctx);
  char *zErr = 0, *z;
  McCatalog *c = modelcmp_state_catalog(p, &zErr);
  (void)argc; (void)argv;
  if( c==0 ){
    if( zErr ) sqlite3_result_error(ctx, zErr, -1); else sqlite3_result_error_nomem(ctx);
    sqlite3_free(zErr);
    return;
  }
  z = modelcmp_export(c);
  if( z==0 ){
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_text(ctx, z, -1, sqlite3_free);
}

static void versionFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  (void)argc; (void)argv;
  sqlite3_result_text(ctx, MODELCMP_VERSION, -1, SQLITE_STATIC);
}

static void debugFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  unsigned long nBytes = 0;
  int i;
  (void)argc; (void)argv;
  for(i=0; i<modelcmp_builtin_ndoc; i++) nBytes += modelcmp_builtin_len[i];
  sqlite3_result_text(ctx, sqlite3_mprintf(
      "modelcmp %s\nsqlite %s (compiled against %s)\ncjson %s\n"
      "built-in catalog: %d documents, %lu bytes of JSON",
      MODELCMP_VERSION, sqlite3_libversion(), SQLITE_VERSION, cJSON_Version(),
      modelcmp_builtin_ndoc, nBytes), -1, sqlite3_free);
}

int modelcmp_register_admin(sqlite3 *db, McState *p, char **pzErr){
  static const McFuncDef aFunc[] = {
    { "modelcmp_load",      1, SQLITE_DIRECTONLY, loadFunc },
    { "modelcmp_load",      2, SQLITE_DIRECTONLY, loadFunc },
    { "modelcmp_load_file", 1, SQLITE_DIRECTONLY, loadFileFunc },
    { "modelcmp_load_file", 2, SQLITE_DIRECTONLY, loadFileFunc },
    { "modelcmp_reset",     0, SQLITE_DIRECTONLY, resetFunc },
    { "modelcmp_reset",     1, SQLITE_DIRECTONLY, resetFunc },
    { "modelcmp_export",    0, SQLITE_INNOCUOUS, exportFunc },
    { "modelcmp_version",   0, SQLITE_INNOCUOUS|SQLITE_DETERMINISTIC, versionFunc },
    { "modelcmp_debug",     0, SQLITE_INNOCUOUS, debugFunc },
  };
  return modelcmp_register_functions(db, p, aFunc, (int)(sizeof(aFunc)/sizeof(aFunc[0])), pzErr);
}
