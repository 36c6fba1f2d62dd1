/*
** modelcmp.h — public header of the modelcmp SQLite extension.
**
** Loadable:  .load ./dist/modelcmp   (or SELECT load_extension('modelcmp'))
** Embedded:  link dist/libmodelcmp.a with -lsqlite3 -lcjson and call, before
**            opening connections,
**
**   sqlite3_auto_extension((void(*)(void))sqlite3_modelcmp_init);
**
** Every connection opened afterwards has the catalog tables and functions.
*/
#ifndef MODELCMP_H
#define MODELCMP_H

#include <sqlite3.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MODELCMP_VERSION_STRING "0.1.0"

int sqlite3_modelcmp_init(sqlite3 *db, char **pzErrMsg,
                          const struct sqlite3_api_routines *pApi);

#ifdef __cplusplus
}
#endif

#endif /* MODELCMP_H */
