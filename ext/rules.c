/*
** rules.c — the comparison rules: every judgement a "model A vs model B"
** page makes, computed from catalog data by rules that hold for any pair.
**
**   bench_delta(a, b, benchmark)  score(a) - score(b); NULL when either is
**                                 missing
**   verdict(a, b)                 the one-line verdict
**   switch_friction(from, to)     JSON array of friction items
**
**   SELECT bench_delta('qwen3.5-4b', 'llama-3.2-1b-instruct', 'mmlu_pro');  -- 59.1
**   SELECT verdict('llama-3.2-1b-instruct', 'qwen3.5-4b');
**     -- Qwen3.5-4B is safer overall; choose Llama 3.2 1B Instruct when provider fit matters.
**   SELECT value ->> 'kind' FROM json_each(switch_friction('llama-3.2-1b-instruct', 'qwen3.5-4b'));
**
** THE RULES (docs/rules.md has the full statement)
**
**   Benchmark lead   for each benchmark both models have, the gap; the
**                    side with the better score leads (lower is better
**                    only where the definition says so).
**   Safer overall    the side that leads more shared benchmarks, then the
**                    larger total lead; no shared benchmark or a perfect
**                    tie: neither.
**   Edge             what a side offers the other does not, first match in
**                    this order: provider fit (more tracked routes), price
**                    (lower monthly cost, both priced), context (larger
**                    window, both known), a capability it supports and the
**                    other does not, a benchmark it leads.
**   Best for         a label for the side's most distinctive trait:
**                    provider fit, then a unique capability (multimodal,
**                    vision, computer use, ...), then price, context,
**                    benchmark lead, then its first use-case tag.
**   Unknown          a NULL fact never counts as "No": a capability one
**                    side has and the other may have is "unverified", not
**                    lost or gained.
**
** compare.c (the compare() table) and report.c (compare_report()) read the
** same McCmp, so the page, the table and these functions always agree.
*/
#include "mc_rules.h"
SQLITE_EXTENSION_INIT3

#include <math.h>
#include <string.h>

/* Best-for priority among the capabilities, and the labels. */
static const int aCapBestFor[MC_NCAP] = {
  1 /* multimodal */, 0 /* vision */, 8 /* computer_use */, 6 /* code_execution */,
  2 /* reasoning */, 4 /* tool_use */, 3 /* function_calling */, 9 /* parallel_agents */,
  7 /* ide_integration */, 5 /* structured_outputs */
};
static const char *const azCapApps[MC_NCAP] = {
  "vision apps", "multimodal apps", "reasoning-heavy work", "function-calling integrations",
  "tool-using agents", "structured-output APIs", "code-execution workflows",
  "IDE coding assistants", "computer-use agents", "parallel agent workflows"
};
/* What "matters" in a verdict, and the prose name in sentences. */
const char *const modelcmp_cap_phrase[MC_NCAP] = {
  "vision", "multimodal input", "reasoning", "function calling", "tool use",
  "structured outputs", "code execution", "IDE integration", "computer use",
  "parallel agents"
};

static int benchLeader(const McBenchDef *d, double a, double b){
  if( a==b ) return -1;
  if( d && d->higher_is_better==0 ) return a<b ? 0 : 1;
  return a>b ? 0 : 1;
}

/* Fills p for models a and b at the given traffic. */
void modelcmp_cmp_init(McCmp *p, const McCatalog *c, const McModel *a, const McModel *b,
                       double req, double in, double out){
  int i, j, k;
  memset(p, 0, sizeof(*p));
  p->cat = c;
  p->req = req; p->in = in; p->out = out;
  p->s[0].m = a;
  p->s[1].m = b;
  p->same = a==b;
  p->iLargest = -1;
  p->safer = -1;
  for(k=0; k<2; k++){
    McSide *s = &p->s[k];
    double cost;
    s->nRoute = s->m->nroute;
    s->cheapest = modelcmp_cheapest(s->m, in, out, 0, 0, &cost);
    s->monthly = s->cheapest ? cost*req : MC_NULL_REAL;
    s->iBestLead = -1;
  }
  /* Shared benchmarks, in benchmark-definition order. */
  for(i=0; i<c->nbdef && p->nShared<MC_MAXSHARED; i++){
    const McBenchDef *d = &c->bdefs[i];
    const McBench *x = modelcmp_bench_find(a, d->id);
    const McBench *y = modelcmp_bench_find(b, d->id);
    McShared *sh;
    int lead;
    if( x==0 || y==0 ) continue;
    sh = &p->aShared[p->nShared];
    sh->def = d;
    sh->score[0] = x->score;
    sh->score[1] = y->score;
    sh->gap = fabs(x->score - y->score);
    sh->leader = lead = benchLeader(d, x->score, y->score);
    if( lead>=0 ){
      McSide *s = &p->s[lead];
      s->nLead++;
      s->totalLead += sh->gap;
      if( s->iBestLead<0 || sh->gap > p->aShared[s->iBestLead].gap ) s->iBestLead = p->nShared;
    }
    if( p->iLargest<0 || sh->gap > p->aShared[p->iLargest].gap ) p->iLargest = p->nShared;
    p->nShared++;
  }
  if( !p->same ){
    if( p->s[0].nLead != p->s[1].nLead ){
      p->safer = p->s[0].nLead > p->s[1].nLead ? 0 : 1;
    }else if( p->s[0].totalLead != p->s[1].totalLead ){
      p->safer = p->s[0].totalLead > p->s[1].totalLead ? 0 : 1;
    }
  }
  /* Capabilities one side has and the other lacks or leaves unknown. */
  for(k=0; k<2; k++){
    McSide *s = &p->s[k];
    const McModel *o = p->s[1-k].m;
    for(j=0; j<MC_NCAP; j++){
      if( s->m->cap[j]==1 && o->cap[j]==0 ) s->aUnique[s->nUnique++] = j;
      if( s->m->cap[j]==1 && o->cap[j]<0 ) s->aUnverified[s->nUnverified++] = j;
    }
  }
  /* Edges and best-for labels. */
  for(k=0; k<2; k++){
    McSide *s = &p->s[k], *o = &p->s[1-k];
    const McModel *m = s->m, *om = o->m;
    s->edge = MC_EDGE_NONE;
    s->bestFor = MC_EDGE_NONE;
    if( p->same ) continue;
    if( s->nRoute > o->nRoute ){
      s->edge = MC_EDGE_PROVIDERS;
    }else if( !mc_isnull(s->monthly) && !mc_isnull(o->monthly) && s->monthly < o->monthly ){
      s->edge = MC_EDGE_PRICE;
    }else if( m->context_window!=MC_NULL_INT && om->context_window!=MC_NULL_INT
           && m->context_window > om->context_window ){
      s->edge = MC_EDGE_CONTEXT;
    }else if( s->nUnique>0 ){
      s->edge = MC_EDGE_CAPABILITY;
      s->edgeCap = s->aUnique[0];
    }else if( s->iBestLead>=0 ){
      s->edge = MC_EDGE_BENCHMARK;
    }
    if( s->edge==MC_EDGE_PROVIDERS ){
      s->bestFor = MC_EDGE_PROVIDERS;
    }else if( s->nUnique>0 ){
      s->bestFor = MC_EDGE_CAPABILITY;
      for(j=0; j<MC_NCAP; j++){
        if( m->cap[aCapBestFor[j]]==1 && om->cap[aCapBestFor[j]]==0 ){
          s->bestForCap = aCapBestFor[j];
          break;
        }
      }
    }else if( s->edge!=MC_EDGE_NONE ){
      s->bestFor = s->edge;
    }else if( m->tags ){
      s->bestFor = MC_EDGE_TAG;
    }
  }
}

/* Appends the best-for label of side k. */
void modelcmp_cmp_bestfor(sqlite3_str *x, const McCmp *p, int k){
  const McSide *s = &p->s[k];
  switch( s->bestFor ){
    case MC_EDGE_PROVIDERS:  sqlite3_str_appendall(x, "provider-routed production"); break;
    case MC_EDGE_CAPABILITY: sqlite3_str_appendall(x, azCapApps[s->bestForCap]); break;
    case MC_EDGE_PRICE:      sqlite3_str_appendall(x, "cost-sensitive production"); break;
    case MC_EDGE_CONTEXT:    sqlite3_str_appendall(x, "long-context analysis"); break;
    case MC_EDGE_BENCHMARK:
      sqlite3_str_appendf(x, "%s-led quality", p->aShared[s->iBestLead].def->name
                          ? p->aShared[s->iBestLead].def->name : p->aShared[s->iBestLead].def->id);
      break;
    case MC_EDGE_TAG: {
      char buf[256];
      const char *az[1];
      if( modelcmp_json_strings(s->m->tags, buf, sizeof(buf), az, 1)==1 ){
        sqlite3_str_appendf(x, "%s workloads", az[0]);
        break;
      }
    }
    /* fall through */
    default: sqlite3_str_appendall(x, "-"); break;
  }
}

/* The display name of side k: its name, else its id. */
const char *modelcmp_cmp_name(const McCmp *p, int k){
  return p->s[k].m->name ? p->s[k].m->name : p->s[k].m->id;
}

/* Appends what side k's edge is, as it completes "choose X when ... matters". */
static void edgePhrase(sqlite3_str *x, const McCmp *p, int k){
  const McSide *s = &p->s[k];
  switch( s->edge ){
    case MC_EDGE_PROVIDERS:  sqlite3_str_appendall(x, "provider fit"); break;
    case MC_EDGE_PRICE:      sqlite3_str_appendall(x, "price"); break;
    case MC_EDGE_CONTEXT:    sqlite3_str_appendall(x, "long context"); break;
    case MC_EDGE_CAPABILITY: sqlite3_str_appendall(x, modelcmp_cap_phrase[s->edgeCap]); break;
    case MC_EDGE_BENCHMARK: {
      const McBenchDef *d = p->aShared[s->iBestLead].def;
      sqlite3_str_appendf(x, "%s performance", d->name ? d->name : d->id);
      break;
    }
  }
}

void modelcmp_cmp_verdict(sqlite3_str *x, const McCmp *p){
  const char *zA = modelcmp_cmp_name(p, 0), *zB = modelcmp_cmp_name(p, 1);
  int k;
  if( p->same ){
    sqlite3_str_appendf(x, "Both sides are %s: there is nothing to choose between them.", zA);
    return;
  }
  if( p->safer>=0 ){
    k = 1 - p->safer;
    sqlite3_str_appendf(x, "%s is safer overall; ", modelcmp_cmp_name(p, p->safer));
    if( p->s[k].edge==MC_EDGE_NONE ){
      sqlite3_str_appendf(x, "%s shows no distinct edge in local data.", modelcmp_cmp_name(p, k));
    }else{
      sqlite3_str_appendf(x, "choose %s when ", modelcmp_cmp_name(p, k));
      edgePhrase(x, p, k);
      sqlite3_str_appendall(x, " matters.");
    }
    return;
  }
  sqlite3_str_appendall(x, p->nShared ? "Neither model leads on shared benchmarks"
                                      : "No benchmark covers both models");
  if( p->s[0].edge==MC_EDGE_NONE && p->s[1].edge==MC_EDGE_NONE ){
    sqlite3_str_appendall(x, ", and neither shows a distinct edge in local data.");
    return;
  }
  sqlite3_str_appendall(x, "; choose ");
  for(k=0; k<2; k++){
    if( p->s[k].edge==MC_EDGE_NONE ) continue;
    if( k==1 && p->s[0].edge!=MC_EDGE_NONE ) sqlite3_str_appendall(x, " and ");
    sqlite3_str_appendf(x, "%s when ", k ? zB : zA);
    edgePhrase(x, p, k);
    sqlite3_str_appendall(x, " matters");
  }
  sqlite3_str_appendall(x, ".");
}

/* Appends capability labels a[0..n-1] as "Vision and Multimodal". */
void modelcmp_cmp_caplist(sqlite3_str *x, const int *a, int n, int bPhrase){
  const char *az[MC_NCAP];
  int i;
  for(i=0; i<n; i++) az[i] = bPhrase ? modelcmp_cap_phrase[a[i]] : modelcmp_cap_label[a[i]];
  modelcmp_fmt_list(x, az, n);
}

/* Providers serving both sides, in the order of from's routes. */
int modelcmp_cmp_shared_providers(const McModel *from, const McModel *to,
                                  const McRoute **a, int nMax){
  int i, n = 0;
  for(i=0; i<from->nroute && n<nMax; i++){
    if( modelcmp_route_find(to, from->routes[i].provider) ) a[n++] = &from->routes[i];
  }
  return n;
}

/* The name of a provider id. */
const char *modelcmp_provider_name(const McCatalog *c, const char *zId){
  int i = modelcmp_provider_find(c, zId, strlen(zId));
  return (i>=0 && c->providers[i].name) ? c->providers[i].name : zId;
}

/* The friction items of moving from side k to the other, in order. */
int modelcmp_cmp_friction(const McCmp *p, int k, McFriction *a, int nMax){
  const McSide *from = &p->s[k], *to = &p->s[1-k];
  int n = 0, j;
  if( p->same || nMax<4 ) return 0;
  a[n].kind = MC_FR_SHARED;
  a[n].nProv = modelcmp_cmp_shared_providers(from->m, to->m, a[n].aProv, MC_MAXPROV);
  if( a[n].nProv==0 ) a[n].kind = MC_FR_NO_SHARED;
  n++;
  if( from->nUnique ){
    a[n].kind = MC_FR_LOST;
    a[n].nCap = from->nUnique;
    memcpy(a[n].aCap, from->aUnique, sizeof(int)*from->nUnique);
    n++;
  }
  if( from->nUnverified ){
    a[n].kind = MC_FR_UNVERIFIED;
    a[n].nCap = from->nUnverified;
    memcpy(a[n].aCap, from->aUnverified, sizeof(int)*from->nUnverified);
    n++;
  }
  if( to->nUnique ){
    a[n].kind = MC_FR_GAINED;
    a[n].nCap = to->nUnique;
    for(j=0; j<to->nUnique; j++) a[n].aCap[j] = to->aUnique[j];
    n++;
  }
  return n;
}

/* The sentence for friction item f of moving from side k. */
void modelcmp_cmp_friction_text(sqlite3_str *x, const McCmp *p, int k, const McFriction *f){
  const char *zFrom = modelcmp_cmp_name(p, k), *zTo = modelcmp_cmp_name(p, 1-k);
  int i;
  switch( f->kind ){
    case MC_FR_NO_SHARED:
      sqlite3_str_appendf(x, "No overlapping tracked provider route is sourced for %s and %s; "
                          "plan for SDK, billing, or endpoint changes.", zFrom, zTo);
      break;
    case MC_FR_SHARED: {
      const char *az[MC_MAXPROV];
      for(i=0; i<f->nProv; i++) az[i] = modelcmp_provider_name(p->cat, f->aProv[i]->provider);
      sqlite3_str_appendf(x, "%s and %s are both served by ", zFrom, zTo);
      modelcmp_fmt_list(x, az, f->nProv);
      sqlite3_str_appendall(x, "; switching there can keep the same SDK, billing, and endpoint, "
                               "with only the model id changing.");
      break;
    }
    case MC_FR_LOST:
      sqlite3_str_appendall(x, "Check replacement coverage for ");
      modelcmp_cmp_caplist(x, f->aCap, f->nCap, 0);
      sqlite3_str_appendall(x, " before moving production traffic.");
      break;
    case MC_FR_UNVERIFIED:
      sqlite3_str_appendf(x, "Local data does not say whether %s supports ", zTo);
      modelcmp_cmp_caplist(x, f->aCap, f->nCap, 0);
      sqlite3_str_appendall(x, "; verify before relying on it.");
      break;
    case MC_FR_GAINED:
      sqlite3_str_appendf(x, "%s adds ", zTo);
      modelcmp_cmp_caplist(x, f->aCap, f->nCap, 0);
      sqlite3_str_appendall(x, " in local capability data.");
      break;
  }
}

/*************************************************************************
** SQL functions.
*/

/* Resolves two model arguments. Returns 1 when both resolved, 0 when the
** result must be NULL or an error was set. */
int modelcmp_arg_pair(sqlite3_context *ctx, const char *zFunc, sqlite3_value **argv,
                      const McCatalog **ppCat, const McModel **pa, const McModel **pb){
  int err;
  *pa = modelcmp_arg_model(ctx, zFunc, argv[0], ppCat, &err);
  if( *pa==0 ) return 0;
  *pb = modelcmp_arg_model(ctx, zFunc, argv[1], ppCat, &err);
  return *pb!=0;
}

static void benchDeltaFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const McCatalog *c = 0;
  const McModel *a, *b;
  const McBench *x, *y;
  const char *zB;
  int i;
  (void)argc;
  if( !modelcmp_arg_pair(ctx, "bench_delta", argv, &c, &a, &b) ) return;
  zB = (const char*)sqlite3_value_text(argv[2]);
  if( zB==0 ) return;
  i = modelcmp_bdef_find(c, zB, strlen(zB));
  if( i<0 ){
    for(i=0; i<c->nbdef; i++){
      if( c->bdefs[i].name && sqlite3_stricmp(c->bdefs[i].name, zB)==0 ) break;
    }
    if( i==c->nbdef ){
      modelcmp_result_error(ctx, "bench_delta(): unknown benchmark '%s' (see benchmark_defs)", zB);
      return;
    }
  }
  x = modelcmp_bench_find(a, c->bdefs[i].id);
  y = modelcmp_bench_find(b, c->bdefs[i].id);
  if( x && y ){
    /* Scores carry at most a few decimals; strip binary noise (79.1 - 20
    ** is 59.099999999999994 in doubles). */
    sqlite3_result_double(ctx, round((x->score - y->score)*1e9)/1e9);
  }
}

static void verdictFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const McCatalog *c = 0;
  const McModel *a, *b;
  McCmp cmp;
  sqlite3_str *x;
  (void)argc;
  if( !modelcmp_arg_pair(ctx, "verdict", argv, &c, &a, &b) ) return;
  modelcmp_cmp_init(&cmp, c, a, b, MC_DEFAULT_REQUESTS, MC_DEFAULT_INPUT, MC_DEFAULT_OUTPUT);
  x = sqlite3_str_new(0);
  modelcmp_cmp_verdict(x, &cmp);
  modelcmp_result_str(ctx, x);
}

static const char *const azFrKind[] = {
  "no_shared_provider", "shared_provider", "capabilities_lost",
  "capabilities_unverified", "capabilities_gained"
};

/* Appends z as a JSON string. */
void modelcmp_json_string(sqlite3_str *x, const char *z){
  sqlite3_str_appendchar(x, 1, '"');
  for(; *z; z++){
    unsigned char c = (unsigned char)*z;
    if( c=='"' || c=='\\' ) sqlite3_str_appendf(x, "\\%c", c);
    else if( c=='\n' ) sqlite3_str_appendall(x, "\\n");
    else if( c<0x20 ) sqlite3_str_appendf(x, "\\u%04x", c);
    else sqlite3_str_appendchar(x, 1, (char)c);
  }
  sqlite3_str_appendchar(x, 1, '"');
}

static void switchFrictionFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const McCatalog *c = 0;
  const McModel *a, *b;
  McCmp cmp;
  McFriction aF[MC_MAXFRICTION];
  sqlite3_str *x, *t;
  int n, i, j;
  (void)argc;
  if( !modelcmp_arg_pair(ctx, "switch_friction", argv, &c, &a, &b) ) return;
  modelcmp_cmp_init(&cmp, c, a, b, MC_DEFAULT_REQUESTS, MC_DEFAULT_INPUT, MC_DEFAULT_OUTPUT);
  n = modelcmp_cmp_friction(&cmp, 0, aF, MC_MAXFRICTION);
  x = sqlite3_str_new(0);
  sqlite3_str_appendchar(x, 1, '[');
  for(i=0; i<n; i++){
    char *zText;
    t = sqlite3_str_new(0);
    modelcmp_cmp_friction_text(t, &cmp, 0, &aF[i]);
    zText = sqlite3_str_finish(t);
    if( zText==0 ){
      sqlite3_free(sqlite3_str_finish(x));
      sqlite3_result_error_nomem(ctx);
      return;
    }
    sqlite3_str_appendf(x, "%s{\"kind\":\"%s\",\"text\":", i ? "," : "", azFrKind[aF[i].kind]);
    modelcmp_json_string(x, zText);
    sqlite3_free(zText);
    if( aF[i].kind==MC_FR_SHARED || aF[i].kind==MC_FR_NO_SHARED ){
      sqlite3_str_appendall(x, ",\"providers\":[");
      for(j=0; j<aF[i].nProv; j++){
        sqlite3_str_appendf(x, "%s\"%s\"", j ? "," : "", aF[i].aProv[j]->provider);
      }
      sqlite3_str_appendchar(x, 1, ']');
    }else{
      sqlite3_str_appendall(x, ",\"capabilities\":[");
      for(j=0; j<aF[i].nCap; j++){
        sqlite3_str_appendf(x, "%s\"%s\"", j ? "," : "", modelcmp_cap_id[aF[i].aCap[j]]);
      }
      sqlite3_str_appendchar(x, 1, ']');
    }
    sqlite3_str_appendchar(x, 1, '}');
  }
  sqlite3_str_appendchar(x, 1, ']');
  modelcmp_result_str(ctx, x);
}

/* Hands the text of x to ctx (or an out-of-memory error). */
void modelcmp_result_str(sqlite3_context *ctx, sqlite3_str *x){
  int rc = sqlite3_str_errcode(x);
  char *z = sqlite3_str_finish(x);
  if( rc || z==0 ){
    sqlite3_free(z);
    sqlite3_result_error_nomem(ctx);
  }else{
    sqlite3_result_text(ctx, z, -1, sqlite3_free);
  }
}

int modelcmp_register_rules(sqlite3 *db, McState *p, char **pzErr){
  static const McFuncDef aFunc[] = {
    { "bench_delta",     3, SQLITE_INNOCUOUS, benchDeltaFunc },
    { "verdict",         2, SQLITE_INNOCUOUS, verdictFunc },
    { "switch_friction", 2, SQLITE_INNOCUOUS, switchFrictionFunc },
  };
  return modelcmp_register_functions(db, p, aFunc, (int)(sizeof(aFunc)/sizeof(aFunc[0])), pzErr);
}
