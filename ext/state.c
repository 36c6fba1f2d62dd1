/*
** state.c — the per-connection state: which catalog snapshot is current.
**
** Each connection that loads modelcmp gets one McState, shared (by
** reference count) as the user data of every function and module the
** extension registers, and freed when SQLite drops the last of them.
**
** The built-in catalog is not parsed at .load time: the first statement
** that needs the catalog builds it from the documents compiled into the
** extension (the catalog/ directory, embedded by tools/embed.c). Connections that
** never touch the catalog never pay for it.
*/
#include "mc_internal.h"
SQLITE_EXTENSION_INIT3

#include <string.h>

/* Builds the built-in catalog from the embedded documents. */
int modelcmp_state_builtin(McCatalog **ppOut, char **pzErr){
  McCatalog *cat = modelcmp_catalog_new();
  int i, rc = SQLITE_OK;
  *ppOut = 0;
  *pzErr = 0;
  if( cat==0 ) return SQLITE_NOMEM;
  for(i=0; i<modelcmp_builtin_ndoc; i++){
    char *zSum = 0;
    rc = modelcmp_load_into(cat, modelcmp_builtin_doc[i], modelcmp_builtin_len[i],
                            "modelcmp", "modelcmp(built-in catalog)", &zSum, pzErr);
    sqlite3_free(zSum);
    if( rc ){
      modelcmp_catalog_unref(cat);
      return rc;
    }
  }
  *ppOut = cat;
  return SQLITE_OK;
}

/* The connection's current catalog, building the built-in one on first
** use. The caller does not own a reference: take one (catalog_ref) to keep
** the snapshot beyond the current function call. */
McCatalog *modelcmp_state_catalog(McState *p, char **pzErr){
  *pzErr = 0;
  if( p->cat==0 ){
    McCatalog *c = 0;
    if( modelcmp_state_builtin(&c, pzErr) ) return 0;
    p->cat = c;
  }
  return p->cat;
}

/* Makes cat (whose reference the caller hands over) the current catalog. */
void modelcmp_state_publish(McState *p, McCatalog *cat){
  McCatalog *old = p->cat;
  p->cat = cat;
  p->lastCat = 0;              /* the token_cost() cache points into old */
  modelcmp_catalog_unref(old);
}

void modelcmp_state_unref(void *pArg){
  McState *p = pArg;
  if( p && --p->nRef==0 ){
    modelcmp_catalog_unref(p->cat);
    sqlite3_free(p);
  }
}

int modelcmp_register_functions(sqlite3 *db, McState *p, const McFuncDef *a, int n,
                                char **pzErr){
  int i;
  for(i=0; i<n; i++){
    int rc;
    p->nRef++;                 /* released by xDestroy, even on failure */
    rc = sqlite3_create_function_v2(db, a[i].zName, a[i].nArg, SQLITE_UTF8|a[i].flags,
                                    p, a[i].xFunc, 0, 0, modelcmp_state_unref);
    if( rc ){
      if( pzErr ) *pzErr = sqlite3_mprintf("modelcmp: cannot register %s(): %s",
                                           a[i].zName, sqlite3_errmsg(db));
      return rc;
    }
  }
  return SQLITE_OK;
}
