/*
** mc_json.h — what the JSON loaders share (every file that touches cJSON
** includes this; nothing else does).
*/
#ifndef MC_JSON_H
#define MC_JSON_H

#include "mc_internal.h"
#include <cjson/cJSON.h>

/* The state of one load: where in the input we are, for error messages. */
typedef struct McLoad {
  McCatalog *cat;             /* the private catalog being built */
  McSummary *sum;
  const char *zFunc;          /* SQL function name, for messages */
  char *zErr;                 /* first error, sqlite3_malloc'd */
  int rc;                     /* SQLITE_OK, SQLITE_ERROR or SQLITE_NOMEM */
  char path[400];             /* JSON path of the value being read */
  int nPath;
} McLoad;

/* Path maintenance: push returns the previous length to pop back to. */
int modelcmp_path_key(McLoad*, const char *zKey);
int modelcmp_path_idx(McLoad*, int i);
void modelcmp_path_pop(McLoad*, int n);

/* Records the first error, prefixed by the function name and the path.
** Returns the load's rc (SQLITE_ERROR) for "return modelcmp_load_error()". */
int modelcmp_load_error(McLoad*, const char *zFmt, ...);
int modelcmp_load_oom(McLoad*);

/* Reads item as a value of field f's type into *v (SQLITE_NULL for JSON
** null). Errors name the path and the expected type. *pzFree receives a
** string to cJSON_free after use (list fields), else NULL. */
int modelcmp_json_value(McLoad*, const McField *f, const cJSON *item,
                        McValue *v, char **pzFree);

/* Short description of a JSON value for messages: "\"abc\"", "an object". */
const char *modelcmp_json_describe(const cJSON *item, char *buf, int nBuf);

/* One input format. */
typedef struct McFormat {
  const char *zName;
  int (*xDetect)(const cJSON *root);          /* 1 when root looks like it */
  int (*xApply)(McLoad*, const cJSON *root);  /* SQLITE_OK or an error set */
} McFormat;

extern const McFormat modelcmp_format_modelcmp;

#endif /* MC_JSON_H */
