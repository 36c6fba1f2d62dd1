/*
** mc_internal.h — the types and calls the modelcmp translation units share.
**
** The catalog is an immutable snapshot once published. A load builds a new
** private snapshot (a copy of the current one plus the input), and only when
** the whole input has been applied without error is it published, replacing
** the connection's current snapshot in one pointer swap. Readers (virtual
** table cursors, the compare() cursor) hold a reference to the snapshot they
** started with, so a load in the middle of a statement never changes what a
** running scan sees, and a failed load changes nothing.
**
** Non-static symbols are prefixed modelcmp_ (the static library shares the
** application's namespace); types are Mc*.
*/
#ifndef MC_INTERNAL_H
#define MC_INTERNAL_H

#include "sqlite3ext.h"
#include <stddef.h>
#include <stdint.h>

#define MODELCMP_VERSION "0.1.0"

/* NULL sentinels: an unknown integer is MC_NULL_INT, an unknown real is NaN
** (tested with mc_isnull()), an unknown flag is -1, an unknown string NULL. */
#define MC_NULL_INT INT64_MIN
#define mc_isnull(x) ((x) != (x))
extern const double modelcmp_null_real;          /* a quiet NaN */
#define MC_NULL_REAL modelcmp_null_real

/* The ten standard capabilities, in report order. */
#define MC_NCAP 10
extern const char *const modelcmp_cap_id[MC_NCAP];    /* "vision", ...    */
extern const char *const modelcmp_cap_label[MC_NCAP]; /* "Vision", ...    */
int modelcmp_cap_find(const char *z);                 /* index or -1     */

/*************************************************************************
** Catalog records. Every string lives in the owning catalog's arena.
*/
typedef struct McTier {
  int64_t above;              /* applies when input tokens > above */
  double in, out;             /* USD per 1M tokens; NaN = base price */
  double cache_read, cache_write;
} McTier;

typedef struct McRoute {
  const char *provider;       /* provider id */
  const char *provider_model_id;
  double in, out;             /* USD per 1M tokens */
  double cache_read, cache_write;
  double batch_in, batch_out;
  int64_t context_window, max_output;
  const char *deprecated_on, *retires_on;   /* YYYY-MM-DD */
  const char *note, *source, *reviewed;
  const char *differences;    /* JSON: explained differences from other catalogs */
  McTier *tiers;              /* ascending by above; malloc'd */
  int ntier;
} McRoute;

typedef struct McBench {
  const char *benchmark;      /* benchmark_defs id */
  double score;
  int self_reported;          /* 1, 0, -1 unknown */
  const char *measured, *source;
} McBench;

typedef struct McModel {
  const char *id, *name, *creator, *family;
  const char *base_model;     /* a variant's base model id, or NULL */
  const char *released;
  int64_t context_window, max_output, parameters, active_parameters;
  const char *architecture, *license;
  int license_osi;            /* 1, 0, -1 unknown */
  const char *openness, *commercial_use, *knowledge_cutoff;
  const char *input_modalities, *output_modalities, *tags;  /* JSON arrays */
  const char *status;         /* preview, ga, deprecated, retired, or NULL */
  const char *deprecated_on, *retires_on;   /* YYYY-MM-DD */
  const char *source, *reviewed;
  const char *differences;    /* JSON: explained differences from other catalogs */
  signed char cap[MC_NCAP];   /* 1, 0, -1 unknown */
  const char *cap_source[MC_NCAP];
  McRoute *routes; int nroute, nrouteAlloc;
  McBench *bench; int nbench, nbenchAlloc;
} McModel;

typedef struct McProvider {
  const char *id, *name, *url, *source;
} McProvider;

typedef struct McBenchDef {
  const char *id, *name, *description;
  int higher_is_better;       /* 1, 0, -1 unknown */
  double max_score;
  const char *source;
} McBenchDef;

typedef struct McAlias {
  const char *alias;          /* as given */
  const char *key;            /* lowercased, the index key */
  int model;                  /* index into models */
  const char *provider;       /* provider that uses this name, or NULL */
} McAlias;

/* A string-keyed hash index: open addressing, values are array indices. */
typedef struct McIndex {
  struct McSlot { const char *key; uint32_t hash; int val; } *slot;
  uint32_t mask;              /* capacity - 1, capacity a power of two */
  uint32_t n;
} McIndex;

/* A chunked bump allocator: many small strings, freed all at once. */
typedef struct McArenaChunk McArenaChunk;
typedef struct McArena {
  McArenaChunk *chunks;       /* newest first */
  size_t nbytes;              /* heap held */
} McArena;
/* Room for n bytes (NULL on OOM); modelcmp_arena_commit() then keeps the
** first m <= n of them, so a caller that writes less than it reserved
** (an unescaped key) wastes nothing. alloc = reserve + commit(n). */
char *modelcmp_arena_reserve(McArena*, size_t n);
void modelcmp_arena_commit(McArena*, size_t m);
char *modelcmp_arena_alloc(McArena*, size_t n);
void modelcmp_arena_clear(McArena*);

typedef struct McCatalog {
  int nRef;                   /* readers + the owning connection state */
  McArena arena;              /* string storage */
  McIndex strings;            /* interning set (val unused) */
  McModel *models; int nmodel, nmodelAlloc;
  McProvider *providers; int nprovider, nproviderAlloc;
  McBenchDef *bdefs; int nbdef, nbdefAlloc;
  McAlias *aliases; int nalias, naliasAlloc;
  McIndex ixModel, ixAlias, ixProvider, ixBdef;
} McCatalog;

/* catalog.c */
McCatalog *modelcmp_catalog_new(void);
McCatalog *modelcmp_catalog_copy(const McCatalog *src);  /* NULL on OOM */
void modelcmp_catalog_ref(McCatalog*);
void modelcmp_catalog_unref(McCatalog*);
const char *modelcmp_intern(McCatalog*, const char *z, size_t n); /* NULL on OOM */
uint32_t modelcmp_hash(const char *z, size_t n);
int modelcmp_index_find(const McIndex*, const char *z, size_t n, uint32_t h);
int modelcmp_index_add(McIndex*, const char *key, uint32_t h, int val);

int modelcmp_model_find(const McCatalog*, const char *z, size_t n);
int modelcmp_model_resolve(const McCatalog*, const char *z, size_t n);
int modelcmp_provider_find(const McCatalog*, const char *z, size_t n);
int modelcmp_bdef_find(const McCatalog*, const char *z, size_t n);
int modelcmp_alias_find(const McCatalog*, const char *z, size_t n);
const McRoute *modelcmp_route_find(const McModel*, const char *provider);
const McBench *modelcmp_bench_find(const McModel*, const char *benchmark);
const char *modelcmp_suggest(const McCatalog*, const char *z);

/* Upserts used by every loader. Each returns the record (NULL on OOM) and
** sets *pNew when it was created. */
McModel *modelcmp_model_upsert(McCatalog*, const char *id, int *pNew);
McProvider *modelcmp_provider_upsert(McCatalog*, const char *id, int *pNew);
McBenchDef *modelcmp_bdef_upsert(McCatalog*, const char *id, int *pNew);
McRoute *modelcmp_route_upsert(McCatalog*, McModel*, const char *provider, int *pNew);
McBench *modelcmp_bench_upsert(McCatalog*, McModel*, const char *bench, int *pNew);
/* Returns 1 added, 0 already known (any model), -1 OOM. */
int modelcmp_alias_add(McCatalog*, const char *alias, int model, const char *provider);

/*************************************************************************
** Field descriptors: one table per record type drives loading, merging,
** export and the virtual-table columns, so the four can never disagree.
*/
enum {
  MCF_TEXT, MCF_SLUG, MCF_URL, MCF_DATE, MCF_MONTH,
  MCF_ENUM,                   /* one of McField.azEnum */
  MCF_JSON,                   /* a JSON array of objects, kept as its text */
  MCF_LIST,                   /* JSON array of strings; the last string type */
  MCF_COUNT,                  /* int64 > 0 */
  MCF_PRICE,                  /* double >= 0 */
  MCF_SCORE,                  /* finite double */
  MCF_FLAG,                   /* int tri-state, JSON bool */
  MCF_TIERS                   /* McRoute.tiers, JSON array */
};
typedef struct McField {
  const char *name;
  unsigned char type;
  unsigned short off;         /* offsetof in the record */
  const char *const *azEnum;  /* MCF_ENUM: the values, NULL-terminated */
} McField;

extern const McField modelcmp_model_fields[];    /* terminated by name NULL */
extern const McField modelcmp_route_fields[];
extern const McField modelcmp_bench_fields[];
extern const McField modelcmp_provider_fields[];
extern const McField modelcmp_bdef_fields[];

/* A value to merge into a field. */
typedef struct McValue {
  int type;                   /* SQLITE_NULL, SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT */
  int64_t i; double r;
  const char *z; size_t n;
} McValue;

enum { MC_MERGE_OVERWRITE, MC_MERGE_FILL };
/* Applies v to the field. Returns 0 unchanged, 1 changed, 2 conflict kept
** (FILL mode, a different non-NULL value was already there), -1 OOM. */
int modelcmp_field_set(McCatalog*, const McField*, void *rec, const McValue *v, int mode);
void modelcmp_field_result(sqlite3_context*, const McField*, const void *rec);
int modelcmp_field_isnull(const McField*, const void *rec);
int modelcmp_field_count(const McField*);

/*************************************************************************
** Loading (json_load.c, import_*.c) and export (json_export.c).
*/
typedef struct McSummary {
  const char *format;
  int models_added, models_changed;
  int routes_added, routes_changed;
  int benchmarks_added, benchmarks_changed;
  int providers_added, bdefs_added, aliases_added;
  int conflicts;              /* FILL mode: differing values kept */
  int entries;                /* input entries read */
  struct McSkip { const char *reason; int n; } skip[32];  /* reasons: static strings */
  int nskip;
  struct McSkip conflict[32]; /* conflicts_kept by field name */
  int nconflict;
  char *azWarn[4];            /* first entry-level problems, sqlite3_malloc'd */
  int nwarn;                  /* all of them, including those not kept */
  struct McSkip refused[8];   /* imports: merges a name rule proposed and facts refused, by fact */
  int nrefusedKind;
  int variants_linked;        /* imports: models created with a base_model */
  char **azNear;              /* imports: near misses, sqlite3_malloc'd (at most MC_MAX_NEAR) */
  int nnear, nnearAlloc;
} McSummary;
void modelcmp_summary_skip(McSummary*, const char *reason);
void modelcmp_summary_conflict(McSummary*, const char *field);
void modelcmp_summary_warn(McSummary*, char *zMsg);   /* takes zMsg */
void modelcmp_summary_refused(McSummary*, const char *fact);
void modelcmp_summary_near(McSummary*, char *zMsg);   /* takes zMsg */
#define MC_MAX_NEAR 1000      /* near misses listed in one load summary */

/* Parses zJson (nJson bytes), detects or checks the format, applies it to a
** copy of base and returns the new catalog in *ppOut (base untouched).
** zFunc names the SQL function for messages. On error returns an SQLite
** code and *pzErr (sqlite3_malloc'd). */
int modelcmp_load(const McCatalog *base, const char *zJson, size_t nJson,
                  const char *zFormat, const char *zFunc,
                  McCatalog **ppOut, char **pzSummary, char **pzErr);
/* The same, applied in place to a private catalog; on error cat is left
** half-applied and must be discarded. */
int modelcmp_load_into(McCatalog *cat, const char *zJson, size_t nJson,
                       const char *zFormat, const char *zFunc,
                       char **pzSummary, char **pzErr);
/* Aliases implied by a model's routes (json_load.c). */
int modelcmp_route_aliases(McCatalog*, int iModel, McSummary*);
char *modelcmp_export(const McCatalog*);          /* sqlite3_malloc'd, NULL on OOM */

/* The built-in catalog documents, generated from the catalog/ documents. */
extern const char *const modelcmp_builtin_doc[];
extern const unsigned int modelcmp_builtin_len[];
extern const int modelcmp_builtin_ndoc;

/*************************************************************************
** Per-connection state (state.c), the user data of every function and
** module.
*/
typedef struct McState {
  int nRef;                   /* one per registration holding it */
  McCatalog *cat;             /* current snapshot; NULL until first use */
  /* token_cost(): the last model resolved, valid while cat is unchanged */
  const McCatalog *lastCat;
  char lastKey[64]; int nLastKey; int lastModel;
} McState;
McCatalog *modelcmp_state_catalog(McState*, char **pzErr);
void modelcmp_state_publish(McState*, McCatalog*);
void modelcmp_state_unref(void*);
int modelcmp_state_builtin(McCatalog **ppOut, char **pzErr);

/* util.c */
void modelcmp_result_error(sqlite3_context*, const char *zFmt, ...);
int modelcmp_is_slug(const char *z, size_t n);
int modelcmp_is_date(const char *z, size_t n, int withDay);

/* Registration (one per file of functions or modules). */
typedef struct McFuncDef {
  const char *zName;
  signed char nArg;
  int flags;                  /* SQLITE_INNOCUOUS, SQLITE_DIRECTONLY, ... */
  void (*xFunc)(sqlite3_context*, int, sqlite3_value**);
} McFuncDef;
/* Registers a[0..n-1] with p as user data; stops at the first failure and
** names it in *pzErr (state.c). */
int modelcmp_register_functions(sqlite3*, McState*, const McFuncDef *a, int n, char **pzErr);
int modelcmp_register_admin(sqlite3*, McState*, char **pzErr);
int modelcmp_register_tables(sqlite3*, McState*, char **pzErr);
int modelcmp_register_cost(sqlite3*, McState*, char **pzErr);
int modelcmp_register_rules(sqlite3*, McState*, char **pzErr);
int modelcmp_register_compare(sqlite3*, McState*, char **pzErr);
int modelcmp_register_report(sqlite3*, McState*, char **pzErr);

/*************************************************************************
** Costs (cost.c) and formatting (format.c).
*/
#define MC_DEFAULT_REQUESTS 1000000.0
#define MC_DEFAULT_INPUT    800.0
#define MC_DEFAULT_OUTPUT   250.0
double modelcmp_request_cost(const McRoute*, double in, double out, double cr, double cw);
const McRoute *modelcmp_cheapest(const McModel*, double in, double out,
                                 double cr, double cw, double *pCost);
const McModel *modelcmp_arg_model(sqlite3_context*, const char *zFunc, sqlite3_value*,
                                  const McCatalog **ppCat, int *pErr);

void modelcmp_fmt_tokens(sqlite3_str*, int64_t);
void modelcmp_fmt_params(sqlite3_str*, int64_t);
void modelcmp_fmt_usd(sqlite3_str*, double perM);
void modelcmp_fmt_price(sqlite3_str*, double perM);
void modelcmp_fmt_money(sqlite3_str*, double);
void modelcmp_fmt_count(sqlite3_str*, double);
void modelcmp_fmt_score(sqlite3_str*, double);
void modelcmp_fmt_list(sqlite3_str*, const char *const *az, int n);
int modelcmp_json_strings(const char *zJson, char *buf, int nBuf, const char **az, int nMax);

#endif /* MC_INTERNAL_H */
