/*
** modelcmp.c — the entry point of the modelcmp SQLite extension.
**
** modelcmp makes choosing an LLM a matter of SQL: a curated catalog of
** models (specs, licences, capabilities, benchmark scores, provider routes
** with token prices) as virtual tables, and functions that answer a
** "model A vs model B" comparison. See README.md and docs/.
**
** This file only wires the parts together: each registrar adds one family
** of functions or tables and reports the first name that failed.
*/
#include "mc_internal.h"
#include "modelcmp.h"
SQLITE_EXTENSION_INIT1

#include <string.h>

#ifdef _WIN32
# define MODELCMP_EXPORT __declspec(dllexport)
#else
# define MODELCMP_EXPORT __attribute__((visibility("default")))
#endif

MODELCMP_EXPORT int sqlite3_modelcmp_init(sqlite3 *db, char **pzErrMsg,
                                          const sqlite3_api_routines *pApi){
  static int (*const aRegister[])(sqlite3*, McState*, char**) = {
    modelcmp_register_admin,
    modelcmp_register_tables,
    modelcmp_register_cost,
    modelcmp_register_rules,
    modelcmp_register_compare,
    modelcmp_register_report,
  };
  McState *p;
  size_t i;
  int rc = SQLITE_OK;
  SQLITE_EXTENSION_INIT2(pApi);
  if( sqlite3_libversion_number() < 3031000 ){
    if( pzErrMsg ) *pzErrMsg = sqlite3_mprintf("modelcmp: needs SQLite 3.31 or newer (this is %s)",
                                               sqlite3_libversion());
    return SQLITE_ERROR;
  }
  p = sqlite3_malloc(sizeof(*p));
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->nRef = 1;                 /* this function's own hold, dropped below */
  for(i=0; rc==SQLITE_OK && i<sizeof(aRegister)/sizeof(aRegister[0]); i++){
    rc = aRegister[i](db, p, pzErrMsg);
  }
  modelcmp_state_unref(p);
  return rc;
}
