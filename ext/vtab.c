/*
** vtab.c — the catalog as eponymous, read-only virtual tables.
**
**   models(id, name, creator, family, released, context_window, ...)
**   capabilities(model_id, capability, supported, source)
**   benchmarks(model_id, benchmark, score, self_reported, measured, source)
**   routes(model_id, provider, provider_model_id, input_per_mtok, ...)
**   providers(id, name, url, source)
**   benchmark_defs(id, name, description, higher_is_better, max_score, source)
**   model_aliases(alias, model_id, provider)
**
** Each is usable right after .load (no CREATE VIRTUAL TABLE) and is also
** registered as modelcmp_<name>, so a user table called "models" cannot
** hide the catalog. The columns of the record tables come from the field
** descriptors in fields.c, the same ones the JSON format uses, so the
** table, the format and export always agree.
**
**   SELECT name, context_window FROM models WHERE id = 'qwen3.5-4b';
**   SELECT provider, input_per_mtok, output_per_mtok
**     FROM routes WHERE model_id = 'llama-3.2-1b-instruct';
**   SELECT m.name FROM models m JOIN capabilities c ON c.model_id = m.id
**    WHERE c.capability = 'vision' AND c.supported;
**
** HOW IT WORKS
**
** Rows are addressed as (major, minor): the major is a model (or provider,
** benchmark definition, alias), the minor a row of that model (a route, a
** benchmark score, a capability). A cursor holds a reference to the catalog
** snapshot current when its scan started (xFilter), so a modelcmp_load()
** run by the same statement cannot change rows under it.
**
** xBestIndex uses one constraint: equality on the key column (id for
** models, providers and benchmark_defs; model_id for the per-model tables;
** alias for model_aliases). idxNum bits:
**
**   0   full scan, in catalog order
**   1   key = argv[0]: an O(1) hash lookup; for id/alias keys at most one
**       row (SQLITE_INDEX_SCAN_UNIQUE), for model_id one model's rows
**
** The comparison is exact (BINARY), as a scan would do it: aliases and
** case folding are for the SQL functions, not for WHERE.
**
** The tables are read-only; INSERT, UPDATE and DELETE fail with a message
** that names modelcmp_load(). They are SQLITE_VTAB_INNOCUOUS: reading the
** catalog is harmless wherever the SQL comes from.
*/
#include "mc_internal.h"
SQLITE_EXTENSION_INIT3

#include <stdarg.h>
#include <string.h>

#define MC_ROWID_STRIDE 1048576

typedef struct McTable McTable;
struct McTable {
  const char *zName;          /* "models" */
  const char *zKey;           /* key column name, for idxStr */
  int bUnique;                /* the key identifies one row */
  const char *zPrefix;        /* columns before the fields, or NULL */
  const McField *aField;      /* record fields as columns, or NULL */
  const char *zCustom;        /* full column list when aField is NULL */
  int (*xMajors)(const McCatalog*);
  int (*xMinors)(const McCatalog*, int iMajor);         /* NULL: one row */
  int (*xLookup)(const McCatalog*, const char *z, int n);
  const void *(*xRecord)(const McCatalog*, int iMajor, int iMinor);
  void (*xColumn)(sqlite3_context*, const McCatalog*, int iMajor, int iMinor, int iCol);
};

typedef struct mc_vtab {
  sqlite3_vtab base;
  const McTable *pTab;
  McState *pState;
  int nPrefix;                /* columns before the record fields */
} mc_vtab;

typedef struct mc_cursor {
  sqlite3_vtab_cursor base;
  McCatalog *cat;             /* snapshot held for this scan */
  int iMajor, iMinor;         /* current row */
  int iMajorEnd;              /* one past the last major to visit */
} mc_cursor;

/*************************************************************************
** The tables.
*/
static int modelCount(const McCatalog *c){ return c->nmodel; }
static int providerCount(const McCatalog *c){ return c->nprovider; }
static int bdefCount(const McCatalog *c){ return c->nbdef; }
static int aliasCount(const McCatalog *c){ return c->nalias; }
static int capMinors(const McCatalog *c, int i){ (void)c; (void)i; return MC_NCAP; }
static int benchMinors(const McCatalog *c, int i){ return c->models[i].nbench; }
static int routeMinors(const McCatalog *c, int i){ return c->models[i].nroute; }

static int modelLookup(const McCatalog *c, const char *z, int n){
  return modelcmp_model_find(c, z, n);
}
static int providerLookup(const McCatalog *c, const char *z, int n){
  return modelcmp_provider_find(c, z, n);
}
static int bdefLookup(const McCatalog *c, const char *z, int n){
  return modelcmp_bdef_find(c, z, n);
}
static int aliasLookup(const McCatalog *c, const char *z, int n){
  int i = modelcmp_alias_find(c, z, n);
  /* The alias index folds case; WHERE alias = ? must not. */
  if( i>=0 && (strncmp(c->aliases[i].alias, z, n)!=0 || c->aliases[i].alias[n]) ) i = -1;
  return i;
}

static const void *modelRecord(const McCatalog *c, int i, int j){
  (void)j; return &c->models[i];
}
static const void *benchRecord(const McCatalog *c, int i, int j){
  return &c->models[i].bench[j];
}
static const void *routeRecord(const McCatalog *c, int i, int j){
  return &c->models[i].routes[j];
}
static const void *providerRecord(const McCatalog *c, int i, int j){
  (void)j; return &c->providers[i];
}
static const void *bdefRecord(const McCatalog *c, int i, int j){
  (void)j; return &c->bdefs[i];
}

static void capColumn(sqlite3_context *ctx, const McCatalog *c, int i, int j, int iCol){
  const McModel *m = &c->models[i];
  switch( iCol ){
    case 0: sqlite3_result_text(ctx, m->id, -1, SQLITE_TRANSIENT); break;
    case 1: sqlite3_result_text(ctx, modelcmp_cap_id[j], -1, SQLITE_STATIC); break;
    case 2: if( m->cap[j]>=0 ) sqlite3_result_int(ctx, m->cap[j]); break;
    case 3: if( m->cap_source[j] ) sqlite3_result_text(ctx, m->cap_source[j], -1, SQLITE_TRANSIENT); break;
  }
}

static void aliasColumn(sqlite3_context *ctx, const McCatalog *c, int i, int j, int iCol){
  const McAlias *a = &c->aliases[i];
  (void)j;
  switch( iCol ){
    case 0: sqlite3_result_text(ctx, a->alias, -1, SQLITE_TRANSIENT); break;
    case 1: sqlite3_result_text(ctx, c->models[a->model].id, -1, SQLITE_TRANSIENT); break;
    case 2: if( a->provider ) sqlite3_result_text(ctx, a->provider, -1, SQLITE_TRANSIENT); break;
  }
}

static const McTable aTable[] = {
  { "models", "id", 1, 0, modelcmp_model_fields, 0,
    modelCount, 0, modelLookup, modelRecord, 0 },
  { "capabilities", "model_id", 0, 0, 0,
    "model_id TEXT, capability TEXT, supported INTEGER, source TEXT",
    modelCount, capMinors, modelLookup, 0, capColumn },
  { "benchmarks", "model_id", 0, "model_id TEXT", modelcmp_bench_fields, 0,
    modelCount, benchMinors, modelLookup, benchRecord, 0 },
  { "routes", "model_id", 0, "model_id TEXT", modelcmp_route_fields, 0,
    modelCount, routeMinors, modelLookup, routeRecord, 0 },
  { "providers", "id", 1, 0, modelcmp_provider_fields, 0,
    providerCount, 0, providerLookup, providerRecord, 0 },
  { "benchmark_defs", "id", 1, 0, modelcmp_bdef_fields, 0,
    bdefCount, 0, bdefLookup, bdefRecord, 0 },
  { "model_aliases", "alias", 1, 0, 0, "alias TEXT, model_id TEXT, provider TEXT",
    aliasCount, 0, aliasLookup, 0, aliasColumn },
};

/*************************************************************************
** The module.
*/
static const char *sqlType(int t){
  switch( t ){
    case MCF_COUNT: case MCF_FLAG: return "INTEGER";
    case MCF_PRICE: case MCF_SCORE: return "REAL";
    default: return "TEXT";
  }
}

static void vtabError(sqlite3_vtab *pVtab, const char *zFmt, ...){
  va_list ap;
  sqlite3_free(pVtab->zErrMsg);
  va_start(ap, zFmt);
  pVtab->zErrMsg = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
}

static int mcConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                     sqlite3_vtab **ppVtab, char **pzErr){
  McState *pState = pAux;
  const McTable *pTab = 0;
  mc_vtab *pNew;
  sqlite3_str *s;
  char *zSql;
  const char *zName = argv[0];
  size_t i;
  int rc, nPrefix = 0;
  (void)argc;
  if( strncmp(zName, "modelcmp_", 9)==0 ) zName += 9;
  for(i=0; i<sizeof(aTable)/sizeof(aTable[0]); i++){
    if( sqlite3_stricmp(aTable[i].zName, zName)==0 ) pTab = &aTable[i];
  }
  if( pTab==0 ){
    *pzErr = sqlite3_mprintf("modelcmp: no catalog table named %s", argv[0]);
    return SQLITE_ERROR;
  }
  s = sqlite3_str_new(db);
  sqlite3_str_appendall(s, "CREATE TABLE x(");
  if( pTab->aField ){
    const McField *f;
    if( pTab->zPrefix ){
      sqlite3_str_appendf(s, "%s, ", pTab->zPrefix);
      nPrefix = 1;
    }
    for(f=pTab->aField; f->name; f++){
      sqlite3_str_appendf(s, "%s%s %s", f==pTab->aField ? "" : ", ", f->name, sqlType(f->type));
    }
  }else{
    sqlite3_str_appendall(s, pTab->zCustom);
  }
  sqlite3_str_appendall(s, ")");
  zSql = sqlite3_str_finish(s);
  if( zSql==0 ) return SQLITE_NOMEM;
  rc = sqlite3_declare_vtab(db, zSql);
  sqlite3_free(zSql);
  if( rc ) return rc;
  /* Reading the catalog has no side effects: safe even from a schema
  ** someone else wrote. */
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  pNew = sqlite3_malloc(sizeof(*pNew));
  if( pNew==0 ) return SQLITE_NOMEM;
  memset(pNew, 0, sizeof(*pNew));
  pNew->pTab = pTab;
  pNew->pState = pState;
  pNew->nPrefix = nPrefix;
  *ppVtab = &pNew->base;
  return SQLITE_OK;
}

static int mcDisconnect(sqlite3_vtab *pVtab){
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

static int mcOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur){
  mc_cursor *pCur = sqlite3_malloc(sizeof(*pCur));
  (void)pVtab;
  if( pCur==0 ) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  *ppCur = &pCur->base;
  return SQLITE_OK;
}

/* Drops the snapshot a scan held; shared by xFilter and xClose. */
static void cursorReset(mc_cursor *pCur){
  modelcmp_catalog_unref(pCur->cat);
  pCur->cat = 0;
  pCur->iMajor = pCur->iMajorEnd = 0;
  pCur->iMinor = 0;
}

static int mcClose(sqlite3_vtab_cursor *cur){
  cursorReset((mc_cursor*)cur);
  sqlite3_free(cur);
  return SQLITE_OK;
}

/* Moves to the first row at or after (iMajor, iMinor). */
static void settle(mc_cursor *pCur, const McTable *pTab){
  while( pCur->iMajor < pCur->iMajorEnd && pTab->xMinors
      && pCur->iMinor >= pTab->xMinors(pCur->cat, pCur->iMajor) ){
    pCur->iMajor++;
    pCur->iMinor = 0;
  }
}

static int mcNext(sqlite3_vtab_cursor *cur){
  mc_cursor *pCur = (mc_cursor*)cur;
  const McTable *pTab = ((mc_vtab*)cur->pVtab)->pTab;
  if( pTab->xMinors ){
    pCur->iMinor++;
  }else{
    pCur->iMajor++;
  }
  settle(pCur, pTab);
  return SQLITE_OK;
}

static int mcEof(sqlite3_vtab_cursor *cur){
  mc_cursor *pCur = (mc_cursor*)cur;
  return pCur->iMajor >= pCur->iMajorEnd;
}

static int mcColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol){
  mc_cursor *pCur = (mc_cursor*)cur;
  mc_vtab *pVtab = (mc_vtab*)cur->pVtab;
  const McTable *pTab = pVtab->pTab;
  if( pTab->xColumn ){
    pTab->xColumn(ctx, pCur->cat, pCur->iMajor, pCur->iMinor, iCol);
  }else if( iCol < pVtab->nPrefix ){
    sqlite3_result_text(ctx, pCur->cat->models[pCur->iMajor].id, -1, SQLITE_TRANSIENT);
  }else{
    const void *rec = pTab->xRecord(pCur->cat, pCur->iMajor, pCur->iMinor);
    modelcmp_field_result(ctx, &pTab->aField[iCol - pVtab->nPrefix], rec);
  }
  return SQLITE_OK;
}

static int mcRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  mc_cursor *pCur = (mc_cursor*)cur;
  *pRowid = (sqlite_int64)pCur->iMajor * MC_ROWID_STRIDE + pCur->iMinor;
  return SQLITE_OK;
}

/* idxNum 0: full scan. idxNum 1: argv[0] is the key value. */
static int mcFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                    int argc, sqlite3_value **argv){
  mc_cursor *pCur = (mc_cursor*)cur;
  mc_vtab *pVtab = (mc_vtab*)cur->pVtab;
  const McTable *pTab = pVtab->pTab;
  char *zErr = 0;
  McCatalog *c;
  (void)idxStr; (void)argc;
  cursorReset(pCur);
  c = modelcmp_state_catalog(pVtab->pState, &zErr);
  if( c==0 ){
    if( zErr==0 ) return SQLITE_NOMEM;
    vtabError(&pVtab->base, "%s", zErr);
    sqlite3_free(zErr);
    return SQLITE_ERROR;
  }
  modelcmp_catalog_ref(c);
  pCur->cat = c;
  if( idxNum==1 ){
    const char *z = (const char*)sqlite3_value_text(argv[0]);
    int i = z ? pTab->xLookup(c, z, sqlite3_value_bytes(argv[0])) : -1;
    pCur->iMajor = i<0 ? 0 : i;
    pCur->iMajorEnd = i<0 ? 0 : i+1;
  }else{
    pCur->iMajorEnd = pTab->xMajors(c);
  }
  settle(pCur, pTab);
  return SQLITE_OK;
}

static int mcBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  const McTable *pTab = ((mc_vtab*)pVtab)->pTab;
  int i;
  /* The key is always column 0. */
  for(i=0; i<pInfo->nConstraint; i++){
    const struct sqlite3_index_constraint *p = &pInfo->aConstraint[i];
    if( p->usable && p->iColumn==0 && p->op==SQLITE_INDEX_CONSTRAINT_EQ ){
      pInfo->aConstraintUsage[i].argvIndex = 1;
      pInfo->aConstraintUsage[i].omit = 1;
      pInfo->idxNum = 1;
      pInfo->idxStr = (char*)pTab->zKey;
      if( pTab->bUnique ){
        pInfo->estimatedCost = 1;
        pInfo->estimatedRows = 1;
        pInfo->idxFlags = SQLITE_INDEX_SCAN_UNIQUE;
      }else{
        pInfo->estimatedCost = 10;
        pInfo->estimatedRows = 10;
      }
      return SQLITE_OK;
    }
  }
  pInfo->idxNum = 0;
  pInfo->estimatedCost = 100000;
  pInfo->estimatedRows = 10000;
  return SQLITE_OK;
}

static int mcUpdate(sqlite3_vtab *pVtab, int argc, sqlite3_value **argv, sqlite_int64 *pRowid){
  const McTable *pTab = ((mc_vtab*)pVtab)->pTab;
  (void)argc; (void)argv; (void)pRowid;
  vtabError(pVtab, "%s: the catalog is read-only; change it with modelcmp_load(json) "
            "or modelcmp_load_file(path) (see docs/catalog-format.md)", pTab->zName);
  return SQLITE_ERROR;
}

static const sqlite3_module mcModule = {
  .iVersion    = 0,
  .xCreate     = 0,              /* eponymous only */
  .xConnect    = mcConnect,
  .xBestIndex  = mcBestIndex,
  .xDisconnect = mcDisconnect,
  .xDestroy    = mcDisconnect,
  .xOpen       = mcOpen,
  .xClose      = mcClose,
  .xFilter     = mcFilter,
  .xNext       = mcNext,
  .xEof        = mcEof,
  .xColumn     = mcColumn,
  .xRowid      = mcRowid,
  .xUpdate     = mcUpdate,
};

int modelcmp_register_tables(sqlite3 *db, McState *p, char **pzErr){
  size_t i;
  int k;
  for(i=0; i<sizeof(aTable)/sizeof(aTable[0]); i++){
    for(k=0; k<2; k++){
      char *zName = sqlite3_mprintf(k ? "modelcmp_%s" : "%s", aTable[i].zName);
      int rc;
      if( zName==0 ) return SQLITE_NOMEM;
      p->nRef++;               /* released by the destructor, even on failure */
      rc = sqlite3_create_module_v2(db, zName, &mcModule, p, modelcmp_state_unref);
      if( rc ){
        if( pzErr ) *pzErr = sqlite3_mprintf("modelcmp: cannot register table %s: %s",
                                             zName, sqlite3_errmsg(db));
        sqlite3_free(zName);
        return rc;
      }
      sqlite3_free(zName);
    }
  }
  return SQLITE_OK;
}
