/*
** compare.c — compare(a, b): the side-by-side rows of a comparison page as
** a table-valued function.
**
**   SELECT * FROM compare('llama-3.2-1b-instruct', 'qwen3.5-4b');
**   SELECT signal, a_value, b_value FROM compare('gpt-oss-20b', 'qwen3.5-4b')
**    WHERE section = 'capabilities' AND leader IS NOT NULL;
**
** Schema: compare(section, signal, a_value, b_value, leader, a HIDDEN, b HIDDEN)
**
**   section   scorecard | specs | pricing | capabilities | benchmarks
**   signal    the row label as the report prints it ("Context window")
**   a_value   the formatted value for a ("128k", "$0.20/1M tokens", "Yes"; "-"
**   b_value   for unknown; "Unknown" for a capability nobody documented)
**   leader    the id of the model that leads on this signal, 'tie', or NULL
**             when the signal does not rank (licences) or a side is unknown
**
** HOW IT WORKS
**
** Both arguments are required: a plan without both is costed out of reach,
** and when the query gives fewer arguments xFilter fails with a message
** that shows the call. xFilter resolves the models (id or alias; unknown ids are errors
** with a suggestion), runs the comparison rules of rules.c at the default
** traffic profile, and materialises the rows (modelcmp_cmp_rows, shared with
** compare_report(), so the table and the page cannot disagree). idxNum
** bit 1 means argv has a, bit 2 that it has b.
*/
#include "mc_rules.h"
SQLITE_EXTENSION_INIT3

#include <stdarg.h>
#include <string.h>

static const char *const azSection[] = {
  "scorecard", "specs", "pricing", "capabilities", "benchmarks"
};

/* Appends a new row; its cells are filled through rowText(). */
static McRow *rowAdd(McRows *p, int section, const char *zSignal){
  McRow *r;
  if( p->rc ) return 0;
  if( p->n==p->nAlloc ){
    int nNew = p->nAlloc ? p->nAlloc*2 : 32;
    McRow *aNew = sqlite3_realloc64(p->a, sizeof(McRow)*(sqlite3_uint64)nNew);
    if( aNew==0 ){ p->rc = SQLITE_NOMEM; return 0; }
    p->a = aNew;
    p->nAlloc = nNew;
  }
  r = &p->a[p->n++];
  memset(r, 0, sizeof(*r));
  r->section = section;
  r->zSignal = sqlite3_mprintf("%s", zSignal);
  r->leader = MC_LEAD_NONE;
  if( r->zSignal==0 ) p->rc = SQLITE_NOMEM;
  return r;
}

/* Takes the text of x as cell k (0 = a, 1 = b) of r. */
static void rowCell(McRows *p, McRow *r, int k, sqlite3_str *x){
  int rc = sqlite3_str_errcode(x);
  char *z = sqlite3_str_finish(x);
  if( r==0 || rc || z==0 ){
    sqlite3_free(z);
    if( p->rc==SQLITE_OK ) p->rc = SQLITE_NOMEM;
    return;
  }
  r->zCell[k] = z;
}

static void rowText(McRows *p, McRow *r, int k, const char *zFmt, ...){
  sqlite3_str *x = sqlite3_str_new(0);
  va_list ap;
  va_start(ap, zFmt);
  sqlite3_str_vappendf(x, zFmt, ap);
  va_end(ap);
  rowCell(p, r, k, x);
}

/* Leader by comparing two known numbers; bHigher: larger leads. */
static int leadOf(double a, double b, int bHigher){
  if( a==b ) return MC_LEAD_TIE;
  return (a>b)==(bHigher!=0) ? 0 : 1;
}

static void tokensCell(McRows *p, McRow *r, int k, int64_t n){
  sqlite3_str *x = sqlite3_str_new(0);
  if( n==MC_NULL_INT ) sqlite3_str_appendall(x, "-"); else modelcmp_fmt_tokens(x, n);
  rowCell(p, r, k, x);
}

static void priceCell(McRows *p, McRow *r, int k, double v){
  sqlite3_str *x = sqlite3_str_new(0);
  if( mc_isnull(v) ) sqlite3_str_appendall(x, "-"); else modelcmp_fmt_price(x, v);
  rowCell(p, r, k, x);
}

static void textCell(McRows *p, McRow *r, int k, const char *z){
  rowText(p, r, k, "%s", z ? z : "-");
}

/* "Coding, RAG, and Long context" from a JSON array of tags. */
static void tagsCell(McRows *p, McRow *r, int k, const char *zJson){
  char buf[1024];
  const char *az[16];
  int n = modelcmp_json_strings(zJson, buf, sizeof(buf), az, 16);
  sqlite3_str *x = sqlite3_str_new(0);
  if( n==0 ) sqlite3_str_appendall(x, "-"); else modelcmp_fmt_list(x, az, n);
  rowCell(p, r, k, x);
}

/* The provider names of a model's routes, for the pricing table. */
void modelcmp_cmp_provider_names(sqlite3_str *x, const McCatalog *c, const McModel *m, int nMax){
  const char *az[8];
  int i, n = 0;
  if( m->nroute<=8 ) nMax = 8;      /* a short list is given whole */
  for(i=0; i<m->nroute && n<nMax && n<8; i++){
    az[n++] = modelcmp_provider_name(c, m->routes[i].provider);
  }
  if( m->nroute==0 ){
    sqlite3_str_appendall(x, "-");
    return;
  }
  if( m->nroute > n ){
    int j;
    for(j=0; j<n; j++) sqlite3_str_appendf(x, "%s, ", az[j]);
    sqlite3_str_appendf(x, "and %d more", m->nroute - n);
  }else{
    modelcmp_fmt_list(x, az, n);
  }
}

/* The rows of the comparison, section by section. */
int modelcmp_cmp_rows(const McCmp *c, McRows *p){
  const McModel *m[2];
  McRow *r;
  int k, i;
  m[0] = c->s[0].m;
  m[1] = c->s[1].m;
  memset(p, 0, sizeof(*p));

  /* scorecard */
  r = rowAdd(p, MC_SEC_SCORECARD, "Best for");
  for(k=0; k<2; k++){
    sqlite3_str *x = sqlite3_str_new(0);
    modelcmp_cmp_bestfor(x, c, k);
    rowCell(p, r, k, x);
  }
  r = rowAdd(p, MC_SEC_SCORECARD, "Decision fit");
  for(k=0; k<2; k++) tagsCell(p, r, k, m[k]->tags);
  r = rowAdd(p, MC_SEC_SCORECARD, "Context window");
  for(k=0; k<2; k++) tokensCell(p, r, k, m[k]->context_window);
  if( r && m[0]->context_window!=MC_NULL_INT && m[1]->context_window!=MC_NULL_INT ){
    r->leader = leadOf((double)m[0]->context_window, (double)m[1]->context_window, 1);
  }
  r = rowAdd(p, MC_SEC_SCORECARD, "Cheapest output");
  for(k=0; k<2; k++) priceCell(p, r, k, c->s[k].cheapest ? c->s[k].cheapest->out : MC_NULL_REAL);
  if( r && c->s[0].cheapest && c->s[1].cheapest ){
    r->leader = leadOf(c->s[0].cheapest->out, c->s[1].cheapest->out, 0);
  }
  r = rowAdd(p, MC_SEC_SCORECARD, "Provider routes");
  for(k=0; k<2; k++) rowText(p, r, k, "%d tracked", c->s[k].nRoute);
  if( r ) r->leader = leadOf(c->s[0].nRoute, c->s[1].nRoute, 1);
  r = rowAdd(p, MC_SEC_SCORECARD, "Shared benchmarks");
  for(k=0; k<2; k++){
    if( c->iLargest>=0 && c->aShared[c->iLargest].leader==k ){
      const McBenchDef *d = c->aShared[c->iLargest].def;
      rowText(p, r, k, "%s leader", d->name ? d->name : d->id);
    }else{
      rowText(p, r, k, "%d row%s", c->nShared, c->nShared==1 ? "" : "s");
    }
  }
  if( r && c->nShared ) r->leader = c->safer>=0 ? c->safer : MC_LEAD_TIE;

  /* specs */
  r = rowAdd(p, MC_SEC_SPECS, "Released");
  for(k=0; k<2; k++) textCell(p, r, k, m[k]->released);
  r = rowAdd(p, MC_SEC_SPECS, "Context window");
  for(k=0; k<2; k++) tokensCell(p, r, k, m[k]->context_window);
  if( r && m[0]->context_window!=MC_NULL_INT && m[1]->context_window!=MC_NULL_INT ){
    r->leader = leadOf((double)m[0]->context_window, (double)m[1]->context_window, 1);
  }
  r = rowAdd(p, MC_SEC_SPECS, "Max output");
  for(k=0; k<2; k++) tokensCell(p, r, k, m[k]->max_output);
  if( r && m[0]->max_output!=MC_NULL_INT && m[1]->max_output!=MC_NULL_INT ){
    r->leader = leadOf((double)m[0]->max_output, (double)m[1]->max_output, 1);
  }
  r = rowAdd(p, MC_SEC_SPECS, "Parameters");
  for(k=0; k<2; k++){
    sqlite3_str *x = sqlite3_str_new(0);
    if( m[k]->parameters==MC_NULL_INT ){
      sqlite3_str_appendall(x, "-");
    }else{
      modelcmp_fmt_params(x, m[k]->parameters);
      if( m[k]->active_parameters!=MC_NULL_INT ){
        sqlite3_str_appendall(x, " (");
        modelcmp_fmt_params(x, m[k]->active_parameters);
        sqlite3_str_appendall(x, " active)");
      }
    }
    rowCell(p, r, k, x);
  }
  r = rowAdd(p, MC_SEC_SPECS, "Architecture");
  for(k=0; k<2; k++) textCell(p, r, k, m[k]->architecture);
  r = rowAdd(p, MC_SEC_SPECS, "License");
  for(k=0; k<2; k++){
    if( m[k]->license ){
      rowText(p, r, k, "%s%s", m[k]->license, m[k]->license_osi==1 ? " (OSI)" : "");
    }else{
      textCell(p, r, k, 0);
    }
  }
  r = rowAdd(p, MC_SEC_SPECS, "Openness");
  for(k=0; k<2; k++) textCell(p, r, k, m[k]->openness);
  r = rowAdd(p, MC_SEC_SPECS, "Commercial use");
  for(k=0; k<2; k++) textCell(p, r, k, m[k]->commercial_use);
  r = rowAdd(p, MC_SEC_SPECS, "Knowledge cutoff");
  for(k=0; k<2; k++) textCell(p, r, k, m[k]->knowledge_cutoff);

  /* pricing: the cheapest fully priced route at the traffic profile */
  r = rowAdd(p, MC_SEC_PRICING, "Input price");
  for(k=0; k<2; k++) priceCell(p, r, k, c->s[k].cheapest ? c->s[k].cheapest->in : MC_NULL_REAL);
  if( r && c->s[0].cheapest && c->s[1].cheapest ){
    r->leader = leadOf(c->s[0].cheapest->in, c->s[1].cheapest->in, 0);
  }
  r = rowAdd(p, MC_SEC_PRICING, "Output price");
  for(k=0; k<2; k++) priceCell(p, r, k, c->s[k].cheapest ? c->s[k].cheapest->out : MC_NULL_REAL);
  if( r && c->s[0].cheapest && c->s[1].cheapest ){
    r->leader = leadOf(c->s[0].cheapest->out, c->s[1].cheapest->out, 0);
  }
  r = rowAdd(p, MC_SEC_PRICING, "Cheapest route");
  for(k=0; k<2; k++){
    textCell(p, r, k, c->s[k].cheapest ? modelcmp_provider_name(c->cat, c->s[k].cheapest->provider) : 0);
  }
  r = rowAdd(p, MC_SEC_PRICING, "Monthly cost");
  for(k=0; k<2; k++){
    sqlite3_str *x = sqlite3_str_new(0);
    if( mc_isnull(c->s[k].monthly) ) sqlite3_str_appendall(x, "-");
    else modelcmp_fmt_money(x, c->s[k].monthly);
    rowCell(p, r, k, x);
  }
  if( r && !mc_isnull(c->s[0].monthly) && !mc_isnull(c->s[1].monthly) ){
    r->leader = leadOf(c->s[0].monthly, c->s[1].monthly, 0);
  }
  r = rowAdd(p, MC_SEC_PRICING, "Providers");
  for(k=0; k<2; k++){
    sqlite3_str *x = sqlite3_str_new(0);
    modelcmp_cmp_provider_names(x, c->cat, m[k], 6);
    rowCell(p, r, k, x);
  }
  if( r ) r->leader = leadOf(c->s[0].nRoute, c->s[1].nRoute, 1);

  /* capabilities */
  for(i=0; i<MC_NCAP; i++){
    r = rowAdd(p, MC_SEC_CAPABILITIES, modelcmp_cap_label[i]);
    for(k=0; k<2; k++){
      int v = m[k]->cap[i];
      textCell(p, r, k, v<0 ? "Unknown" : v ? "Yes" : "No");
    }
    if( r && m[0]->cap[i]>=0 && m[1]->cap[i]>=0 ){
      r->leader = leadOf(m[0]->cap[i], m[1]->cap[i], 1);
    }
  }

  /* benchmarks: every benchmark either model has, in definition order */
  for(i=0; i<c->cat->nbdef; i++){
    const McBenchDef *d = &c->cat->bdefs[i];
    const McBench *b[2];
    b[0] = modelcmp_bench_find(m[0], d->id);
    b[1] = modelcmp_bench_find(m[1], d->id);
    if( b[0]==0 && b[1]==0 ) continue;
    r = rowAdd(p, MC_SEC_BENCHMARKS, d->name ? d->name : d->id);
    for(k=0; k<2; k++){
      sqlite3_str *x = sqlite3_str_new(0);
      if( b[k] ) modelcmp_fmt_score(x, b[k]->score); else sqlite3_str_appendall(x, "-");
      rowCell(p, r, k, x);
    }
    if( r && b[0] && b[1] ){
      r->leader = leadOf(b[0]->score, b[1]->score, d->higher_is_better!=0);
    }
  }
  if( c->same ){
    for(i=0; i<p->n; i++) if( p->a[i].leader!=MC_LEAD_NONE ) p->a[i].leader = MC_LEAD_TIE;
  }
  return p->rc;
}

void modelcmp_rows_free(McRows *p){
  int i;
  for(i=0; i<p->n; i++){
    sqlite3_free(p->a[i].zSignal);
    sqlite3_free(p->a[i].zCell[0]);
    sqlite3_free(p->a[i].zCell[1]);
  }
  sqlite3_free(p->a);
  memset(p, 0, sizeof(*p));
}

const char *modelcmp_section_name(int i){ return azSection[i]; }

/*************************************************************************
** The table-valued function.
*/
#define CMP_COL_SECTION 0
#define CMP_COL_SIGNAL  1
#define CMP_COL_A_VALUE 2
#define CMP_COL_B_VALUE 3
#define CMP_COL_LEADER  4
#define CMP_COL_A       5     /* HIDDEN argument */
#define CMP_COL_B       6     /* HIDDEN argument */

typedef struct compare_vtab {
  sqlite3_vtab base;
  McState *pState;
} compare_vtab;

typedef struct compare_cursor {
  sqlite3_vtab_cursor base;
  McCatalog *cat;             /* snapshot the rows point into */
  McRows rows;
  const McModel *m[2];
  int i;                      /* current row */
} compare_cursor;

static int compareConnect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                          sqlite3_vtab **ppVtab, char **pzErr){
  compare_vtab *p;
  int rc;
  (void)argc; (void)argv; (void)pzErr;
  rc = sqlite3_declare_vtab(db, "CREATE TABLE x(section TEXT, signal TEXT, a_value TEXT, "
                                "b_value TEXT, leader TEXT, a HIDDEN, b HIDDEN)");
  if( rc ) return rc;
  /* Reads the catalog only: safe from any schema. */
  sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
  p = sqlite3_malloc(sizeof(*p));
  if( p==0 ) return SQLITE_NOMEM;
  memset(p, 0, sizeof(*p));
  p->pState = pAux;
  *ppVtab = &p->base;
  return SQLITE_OK;
}

static int compareDisconnect(sqlite3_vtab *pVtab){
  sqlite3_free(pVtab);
  return SQLITE_OK;
}

static int compareOpen(sqlite3_vtab *pVtab, sqlite3_vtab_cursor **ppCur){
  compare_cursor *pCur = sqlite3_malloc(sizeof(*pCur));
  (void)pVtab;
  if( pCur==0 ) return SQLITE_NOMEM;
  memset(pCur, 0, sizeof(*pCur));
  *ppCur = &pCur->base;
  return SQLITE_OK;
}

static void compareReset(compare_cursor *pCur){
  modelcmp_rows_free(&pCur->rows);
  modelcmp_catalog_unref(pCur->cat);
  pCur->cat = 0;
  pCur->i = 0;
}

static int compareClose(sqlite3_vtab_cursor *cur){
  compareReset((compare_cursor*)cur);
  sqlite3_free(cur);
  return SQLITE_OK;
}

static int compareNext(sqlite3_vtab_cursor *cur){
  ((compare_cursor*)cur)->i++;
  return SQLITE_OK;
}

static int compareEof(sqlite3_vtab_cursor *cur){
  compare_cursor *pCur = (compare_cursor*)cur;
  return pCur->i >= pCur->rows.n;
}

static int compareColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int iCol){
  compare_cursor *pCur = (compare_cursor*)cur;
  const McRow *r = &pCur->rows.a[pCur->i];
  switch( iCol ){
    case CMP_COL_SECTION: sqlite3_result_text(ctx, azSection[r->section], -1, SQLITE_STATIC); break;
    case CMP_COL_SIGNAL:  sqlite3_result_text(ctx, r->zSignal, -1, SQLITE_TRANSIENT); break;
    case CMP_COL_A_VALUE: sqlite3_result_text(ctx, r->zCell[0], -1, SQLITE_TRANSIENT); break;
    case CMP_COL_B_VALUE: sqlite3_result_text(ctx, r->zCell[1], -1, SQLITE_TRANSIENT); break;
    case CMP_COL_LEADER:
      if( r->leader==MC_LEAD_TIE ) sqlite3_result_text(ctx, "tie", -1, SQLITE_STATIC);
      else if( r->leader>=0 ) sqlite3_result_text(ctx, pCur->m[r->leader]->id, -1, SQLITE_TRANSIENT);
      break;
    case CMP_COL_A: sqlite3_result_text(ctx, pCur->m[0]->id, -1, SQLITE_TRANSIENT); break;
    case CMP_COL_B: sqlite3_result_text(ctx, pCur->m[1]->id, -1, SQLITE_TRANSIENT); break;
  }
  return SQLITE_OK;
}

static int compareRowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid){
  *pRowid = ((compare_cursor*)cur)->i + 1;
  return SQLITE_OK;
}

static void compareError(sqlite3_vtab *pVtab, const char *zMsg){
  sqlite3_free(pVtab->zErrMsg);
  pVtab->zErrMsg = sqlite3_mprintf("%s", zMsg);
}

/* idxNum 3: argv[0] is a, argv[1] is b (see compareBestIndex). */
static int compareFilter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                         int argc, sqlite3_value **argv){
  compare_cursor *pCur = (compare_cursor*)cur;
  compare_vtab *pVtab = (compare_vtab*)cur->pVtab;
  McCatalog *c;
  char *zErr = 0;
  McCmp *pCmp;
  int k, rc;
  (void)idxStr; (void)argc;
  compareReset(pCur);
  if( idxNum!=3 ){
    compareError(&pVtab->base, "compare(): needs two models: SELECT * FROM compare('model-a', 'model-b')");
    return SQLITE_ERROR;
  }
  c = modelcmp_state_catalog(pVtab->pState, &zErr);
  if( c==0 ){
    if( zErr==0 ) return SQLITE_NOMEM;
    compareError(&pVtab->base, zErr);
    sqlite3_free(zErr);
    return SQLITE_ERROR;
  }
  for(k=0; k<2; k++){
    const char *z = (const char*)sqlite3_value_text(argv[k]);
    int i;
    if( z==0 ) return SQLITE_OK;              /* NULL argument: no rows */
    i = modelcmp_model_resolve(c, z, sqlite3_value_bytes(argv[k]));
    if( i<0 ){
      const char *zHint = modelcmp_suggest(c, z);
      sqlite3_free(pVtab->base.zErrMsg);
      pVtab->base.zErrMsg = zHint
        ? sqlite3_mprintf("compare(): unknown model '%s' (did you mean '%s'?)", z, zHint)
        : sqlite3_mprintf("compare(): unknown model '%s'", z);
      return SQLITE_ERROR;
    }
    pCur->m[k] = &c->models[i];
  }
  pCmp = sqlite3_malloc(sizeof(*pCmp));
  if( pCmp==0 ) return SQLITE_NOMEM;
  modelcmp_cmp_init(pCmp, c, pCur->m[0], pCur->m[1],
                    MC_DEFAULT_REQUESTS, MC_DEFAULT_INPUT, MC_DEFAULT_OUTPUT);
  rc = modelcmp_cmp_rows(pCmp, &pCur->rows);
  sqlite3_free(pCmp);
  if( rc ){
    modelcmp_rows_free(&pCur->rows);
    return rc;
  }
  modelcmp_catalog_ref(c);
  pCur->cat = c;
  return SQLITE_OK;
}

/* idxNum bit 1: argv has a; bit 2: argv has b. A plan without both is
** costed out of reach, and if SQLite must use one anyway (the query gives
** fewer arguments), xFilter says what is missing. */
static int compareBestIndex(sqlite3_vtab *pVtab, sqlite3_index_info *pInfo){
  int aIdx[2] = { -1, -1 }, i, n = 0;
  (void)pVtab;
  for(i=0; i<pInfo->nConstraint; i++){
    const struct sqlite3_index_constraint *p = &pInfo->aConstraint[i];
    int k = p->iColumn - CMP_COL_A;
    if( k<0 || k>1 || p->op!=SQLITE_INDEX_CONSTRAINT_EQ || !p->usable ) continue;
    aIdx[k] = i;
  }
  pInfo->idxNum = 0;
  for(i=0; i<2; i++){
    if( aIdx[i]<0 ) continue;
    pInfo->aConstraintUsage[aIdx[i]].argvIndex = ++n;
    pInfo->aConstraintUsage[aIdx[i]].omit = 1;
    pInfo->idxNum |= 1<<i;
  }
  pInfo->estimatedCost = pInfo->idxNum==3 ? 50 : 1e12;
  pInfo->estimatedRows = 40;
  return SQLITE_OK;
}

static const sqlite3_module compareModule = {
  .iVersion    = 0,
  .xCreate     = 0,              /* eponymous only */
  .xConnect    = compareConnect,
  .xBestIndex  = compareBestIndex,
  .xDisconnect = compareDisconnect,
  .xDestroy    = compareDisconnect,
  .xOpen       = compareOpen,
  .xClose      = compareClose,
  .xFilter     = compareFilter,
  .xNext       = compareNext,
  .xEof        = compareEof,
  .xColumn     = compareColumn,
  .xRowid      = compareRowid,
};

int modelcmp_register_compare(sqlite3 *db, McState *p, char **pzErr){
  static const char *const azName[] = { "compare", "modelcmp_compare" };
  int i, rc = SQLITE_OK;
  for(i=0; rc==SQLITE_OK && i<2; i++){
    p->nRef++;               /* released by the destructor, even on failure */
    rc = sqlite3_create_module_v2(db, azName[i], &compareModule, p, modelcmp_state_unref);
    if( rc && pzErr ){
      *pzErr = sqlite3_mprintf("modelcmp: cannot register %s(): %s", azName[i], sqlite3_errmsg(db));
    }
  }
  return rc;
}
