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

/* The values of an MCF_ENUM field as a phrase, for messages. */
const char *modelcmp_enum_list(const McField *f);

/* Short description of a JSON value for messages: "\"abc\"", "an object". */
const char *modelcmp_json_describe(const cJSON *item, char *buf, int nBuf);

/*************************************************************************
** The raw text (json_scan.c): no tree of the whole document is built.
*/
/* One member of an object (or element of an array) as byte spans. */
typedef struct McJsonMember {
  size_t iKey, nKey;          /* the key token, quotes included (0, 0 in an array) */
  size_t iVal, nVal;          /* the value */
} McJsonMember;

/* Checks z[0..n) as cJSON_ParseWithLengthOpts() parses it. Returns 0 with
** the root value at z[*piRoot .. *piEnd), 1 with *piEnd the byte offset
** cJSON reports for the first thing it does not accept, or -1 when
** xRoot returned non-zero. xRoot, when not NULL, is given each member of
** the root object or array as the check passes it (so that the entries of
** a flat document need no second walk). */
int modelcmp_json_check(const char *z, size_t n, size_t *piRoot, size_t *piEnd,
                        int (*xRoot)(void*, const McJsonMember*), void *pArg);

/* The members of an object or the elements of an array, in a checked
** text. */
typedef struct McJsonIter {
  const char *z;              /* the document */
  size_t pos;                 /* where the next member starts */
  size_t end;                 /* the container's closing bracket */
  int isObj;                  /* an object: members have keys */
  int nth;                    /* members read so far; -1 after an error */
  McJsonMember m;             /* the current member */
  size_t iErr;                /* where the text is not what was expected */
} McJsonIter;
/* Starts on the container z[iVal .. iVal+nVal); 0 when it is not one. */
int modelcmp_json_iter_init(McJsonIter*, const char *z, size_t iVal, size_t nVal);
/* 1: the next member is in m; 0: no more; -1: iErr (unchecked text). */
int modelcmp_json_iter_next(McJsonIter*);
/* True when the member's key is zName (compared as cJSON does, with
** strcmp() on the unescaped key). */
int modelcmp_json_key_is(const char *z, const McJsonMember*, const char *zName);
/* The unescaped key of a key token (quotes included) into zOut, which has
** room for nTok-1 bytes; returns its strlen(). The same bytes as cJSON's
** ->string. */
size_t modelcmp_json_unescape(const char *zTok, size_t nTok, char *zOut);

/* A checked input document. */
typedef struct McDoc {
  const char *z;              /* the whole input */
  size_t iRoot, nRoot;        /* the root value */
  McJsonMember *aMember;      /* the root object's or array's members */
  int nMember;
  int hasModelcmp;            /* the root is an object with a "modelcmp" key */
} McDoc;

/* The first member of the object z[iObj .. iObj+nObj) named zKey (as
** cJSON_GetObjectItemCaseSensitive finds it): 1 with its value's span, or
** 0 (also when z[iObj] is not an object). */
int modelcmp_json_member(const char *z, size_t iObj, size_t nObj, const char *zKey,
                         size_t *piVal, size_t *pnVal);
/* The same among the root members of a document. */
int modelcmp_doc_member(const McDoc*, const char *zKey, size_t *piVal, size_t *pnVal);

/* Parses the value z[iVal .. iVal+nVal) of a checked document with cJSON.
** NULL when cJSON fails (it allocates with malloc; its failure is reported
** as today, "invalid JSON near byte N", N from the document's start). */
cJSON *modelcmp_json_parse(McLoad*, const char *z, size_t iVal, size_t nVal);

/* Describes the value z[iVal .. iVal+nVal) as modelcmp_json_describe()
** does (nVal 0: "null", as for an absent member). */
const char *modelcmp_json_describe_span(const char *z, size_t iVal, size_t nVal,
                                        char *buf, int nBuf);

/* One input format. Detection reads the text (a few members of the first
** entries); xApply walks it. */
typedef struct McFormat {
  const char *zName;
  int (*xDetect)(const McDoc*);               /* 1 when the input looks like it */
  int (*xApply)(McLoad*, const McDoc*);       /* SQLITE_OK or an error set */
} McFormat;

extern const McFormat modelcmp_format_modelcmp;

#endif /* MC_JSON_H */
