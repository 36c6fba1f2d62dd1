/*
** report.c — compare_report(a, b [, format]): the whole comparison page.
**
**   SELECT compare_report('llama-3.2-1b-instruct', 'qwen3.5-4b');
**   SELECT compare_report('gpt-oss-20b', 'qwen3.5-4b', 'markdown');
**
** The page, in order: title and lede, verdict, decision scorecard, decision
** tradeoffs, monthly cost at traffic, switch friction (both directions),
** specs, pricing and availability, capabilities, benchmarks, deep dive,
** FAQ, continue comparing, sources and last-reviewed date.
**
** Every number and judgement comes from the catalog through the rules in
** rules.c and the rows of compare.c (the tables here are those rows), so
** the page says what verdict(), switch_friction() and compare() say. The
** rules are generic: nothing here knows any model. Unknown facts print as
** "-" (specs), "Unknown" (capabilities) or a sentence saying the data is
** missing; a section with nothing to show is left out rather than printed
** empty.
**
** format is 'markdown' (the default, also for NULL); anything else is an
** error.
*/
#include "mc_rules.h"
SQLITE_EXTENSION_INIT3

#include <math.h>
#include <string.h>

typedef struct Rep {
  sqlite3_str *x;
  const McCmp *c;
  const McRows *rows;
  const char *zName[2];
} Rep;

/* Appends z with the characters markdown tables treat specially escaped. */
static void cell(Rep *r, const char *z){
  for(; *z; z++){
    if( *z=='|' ) sqlite3_str_appendall(r->x, "\\|");
    else if( *z=='\n' ) sqlite3_str_appendchar(r->x, 1, ' ');
    else sqlite3_str_appendchar(r->x, 1, *z);
  }
}

/* The rows of one section as a markdown table; returns how many. */
static int table(Rep *r, int section, const char *zHead){
  int i, n = 0;
  for(i=0; i<r->rows->n; i++){
    const McRow *w = &r->rows->a[i];
    if( w->section!=section ) continue;
    if( n==0 ){
      sqlite3_str_appendf(r->x, "| %s | ", zHead);
      cell(r, r->zName[0]);
      sqlite3_str_appendall(r->x, " | ");
      cell(r, r->zName[1]);
      sqlite3_str_appendall(r->x, " |\n|---|---|---|\n");
    }
    sqlite3_str_appendall(r->x, "| ");
    cell(r, w->zSignal);
    sqlite3_str_appendall(r->x, " | ");
    cell(r, w->zCell[0]);
    sqlite3_str_appendall(r->x, " | ");
    cell(r, w->zCell[1]);
    sqlite3_str_appendall(r->x, " |\n");
    n++;
  }
  if( n ) sqlite3_str_appendchar(r->x, 1, '\n');
  return n;
}

static const char *sizeClass(int64_t n){
  if( n==MC_NULL_INT ) return 0;
  if( n < 10000000000LL ) return "compact";
  if( n < 100000000000LL ) return "mid-size";
  return "large";
}

/* The workload noun of a use-case tag: "Agents" -> "agent". */
static void tagNoun(sqlite3_str *x, const char *zTag){
  static const char *const az[][2] = {
    { "Coding", "coding" }, { "Agents", "agent" }, { "RAG", "retrieval" },
    { "Long context", "long-context" }, { "Low latency", "low-latency" },
  };
  size_t i;
  for(i=0; i<sizeof(az)/sizeof(az[0]); i++){
    if( strcmp(az[i][0], zTag)==0 ){ sqlite3_str_appendall(x, az[i][1]); return; }
  }
  for(; *zTag; zTag++){
    char ch = *zTag;
    sqlite3_str_appendchar(x, 1, (ch>='A' && ch<='Z') ? (char)(ch+32) : ch);
  }
}

static void lede(Rep *r){
  const McCmp *c = r->c;
  const McModel *a = c->s[0].m, *b = c->s[1].m;
  const char *zCa = sizeClass(a->parameters), *zCb = sizeClass(b->parameters);
  char bufA[512], bufB[512];
  const char *azA[4], *azB[4];
  int nA, nB, k;
  sqlite3_str *x = r->x;
  if( c->same ){
    sqlite3_str_appendf(x, "%s is compared with itself here, so every row matches. ", r->zName[0]);
  }else{
    for(k=0; k<2; k++){
      const McModel *m = c->s[k].m;
      sqlite3_str_appendf(x, "%s%s", k ? " and " : "", r->zName[k]);
      if( m->released ) sqlite3_str_appendf(x, " (%.4s)", m->released);
    }
    sqlite3_str_appendf(x, " are %s%sproduction models", (zCa && zCb && strcmp(zCa, zCb)==0) ? zCa : "",
                        (zCa && zCb && strcmp(zCa, zCb)==0) ? " " : "");
    if( a->creator && b->creator ){
      if( strcmp(a->creator, b->creator)==0 ) sqlite3_str_appendf(x, " from %s", a->creator);
      else sqlite3_str_appendf(x, " from %s and %s", a->creator, b->creator);
    }
    sqlite3_str_appendall(x, ". ");
  }
  if( a->context_window!=MC_NULL_INT && b->context_window!=MC_NULL_INT ){
    if( a->context_window==b->context_window ){
      sqlite3_str_appendall(x, c->same ? "It ships a " : "Both ship a ");
      modelcmp_fmt_tokens(x, a->context_window);
      sqlite3_str_appendall(x, "-token context window. ");
    }else{
      sqlite3_str_appendf(x, "%s ships a ", r->zName[0]);
      modelcmp_fmt_tokens(x, a->context_window);
      sqlite3_str_appendf(x, "-token context window, while %s ships a ", r->zName[1]);
      modelcmp_fmt_tokens(x, b->context_window);
      sqlite3_str_appendall(x, "-token context window. ");
    }
  }else{
    for(k=0; k<2; k++){
      const McModel *m = c->s[k].m;
      if( m->context_window==MC_NULL_INT ) continue;
      sqlite3_str_appendf(x, "%s ships a ", r->zName[k]);
      modelcmp_fmt_tokens(x, m->context_window);
      sqlite3_str_appendf(x, "-token context window; %s's is not in local data. ", r->zName[1-k]);
    }
  }
  if( c->iLargest>=0 && !c->same ){
    const McShared *s = &c->aShared[c->iLargest];
    const char *zB = s->def->name ? s->def->name : s->def->id;
    if( s->leader>=0 ){
      sqlite3_str_appendf(x, "On %s, %s leads by ", zB, r->zName[s->leader]);
      modelcmp_fmt_score(x, s->gap);
      sqlite3_str_appendall(x, " pts. ");
    }else{
      sqlite3_str_appendf(x, "On %s, both score ", zB);
      modelcmp_fmt_score(x, s->score[0]);
      sqlite3_str_appendall(x, ". ");
    }
  }
  sqlite3_str_appendall(x, "This comparison covers specs, pricing, API access, capabilities, "
                           "benchmarks, input and output token costs, and production fit");
  nA = modelcmp_json_strings(a->tags, bufA, sizeof(bufA), azA, 4);
  nB = modelcmp_json_strings(b->tags, bufB, sizeof(bufB), azB, 4);
  if( nA || nB ){
    const char *z1 = nA ? azA[0] : azB[0], *z2 = 0;
    for(k=0; k<nB && z2==0; k++) if( strcmp(azB[k], z1)!=0 ) z2 = azB[k];
    for(k=1; k<nA && z2==0; k++) z2 = azA[k];
    sqlite3_str_appendall(x, " for ");
    tagNoun(x, z1);
    if( z2 ){ sqlite3_str_appendall(x, " and "); tagNoun(x, z2); }
    sqlite3_str_appendall(x, " workloads");
  }
  sqlite3_str_appendall(x, ".\n\n");
}

static void tradeoffs(Rep *r){
  const McCmp *c = r->c;
  sqlite3_str *x = r->x;
  int k, nItem = 0;
  sqlite3_str_appendall(x, "## Decision tradeoffs\n\n");
  if( c->same ){
    sqlite3_str_appendall(x, "Both sides are the same model; there are no tradeoffs to weigh.\n\n");
    return;
  }
  for(k=0; k<2; k++){
    const McSide *s = &c->s[k], *o = &c->s[1-k];
    const McModel *m = s->m, *om = o->m;
    const char *zN = r->zName[k];
    char buf[1024];
    const char *az[16];
    int n;
    if( s->nRoute > o->nRoute ){
      nItem++;
      sqlite3_str_appendf(x, "- %s has broader tracked provider coverage for fallback and "
                          "procurement flexibility.\n", zN);
    }
    if( !mc_isnull(s->monthly) && !mc_isnull(o->monthly) && s->monthly < o->monthly ){
      nItem++;
      sqlite3_str_appendf(x, "- %s costs less at this traffic: ", zN);
      modelcmp_fmt_money(x, s->monthly);
      sqlite3_str_appendall(x, " a month against ");
      modelcmp_fmt_money(x, o->monthly);
      sqlite3_str_appendall(x, ".\n");
    }
    if( s->iBestLead>=0 ){
      const McShared *sh = &c->aShared[s->iBestLead];
      nItem++;
      sqlite3_str_appendf(x, "- %s holds a shared-benchmark lead on %s, ahead by ", zN,
                          sh->def->name ? sh->def->name : sh->def->id);
      modelcmp_fmt_score(x, sh->gap);
      sqlite3_str_appendall(x, " points.\n");
    }
    if( m->context_window!=MC_NULL_INT && om->context_window!=MC_NULL_INT
     && m->context_window > om->context_window ){
      nItem++;
      sqlite3_str_appendf(x, "- %s has the larger context window for long prompts, retrieval "
                          "packs, or transcript analysis.\n", zN);
    }
    if( s->nUnique ){
      nItem++;
      sqlite3_str_appendf(x, "- %s uniquely exposes ", zN);
      modelcmp_cmp_caplist(x, s->aUnique, s->nUnique, 0);
      sqlite3_str_appendall(x, " in local model data.\n");
    }
    n = modelcmp_json_strings(m->tags, buf, sizeof(buf), az, 16);
    if( n ){
      nItem++;
      sqlite3_str_appendf(x, "- Local decision data tags %s for ", zN);
      modelcmp_fmt_list(x, az, n);
      sqlite3_str_appendall(x, ".\n");
    }
  }
  if( nItem==0 ){
    sqlite3_str_appendf(x, "Local data shows no tradeoff between %s and %s: neither has more "
                        "tracked routes, a lower price, a larger context window, a benchmark lead, "
                        "or a capability the other lacks.\n", r->zName[0], r->zName[1]);
  }
  sqlite3_str_appendchar(x, 1, '\n');
}

static void monthlyCost(Rep *r){
  const McCmp *c = r->c;
  sqlite3_str *x = r->x;
  int k;
  sqlite3_str_appendall(x, "## Monthly cost at traffic\n\n"
    "Estimate token spend from the cheapest tracked input and output route or tier on this "
    "page, at ");
  modelcmp_fmt_count(x, c->req);
  sqlite3_str_appendall(x, " requests a month of ");
  modelcmp_fmt_count(x, c->in);
  sqlite3_str_appendall(x, " input and ");
  modelcmp_fmt_count(x, c->out);
  sqlite3_str_appendall(x, " output tokens each.\n\n");
  for(k=0; k<2; k++){
    const McSide *s = &c->s[k];
    sqlite3_str_appendf(x, "- **%s**: ", r->zName[k]);
    if( s->cheapest ){
      modelcmp_fmt_money(x, s->monthly);
      sqlite3_str_appendf(x, ". Cheapest tracked route/tier: %s.\n",
                          modelcmp_provider_name(c->cat, s->cheapest->provider));
    }else{
      sqlite3_str_appendall(x, "Unavailable. No complete token price in local provider data.\n");
    }
  }
  sqlite3_str_appendchar(x, 1, '\n');
  if( c->s[0].cheapest && c->s[1].cheapest ){
    double d = c->s[0].monthly - c->s[1].monthly;
    if( fabs(d) < 0.005 ){
      sqlite3_str_appendall(x, "Cost delta: none; both cost ");
      modelcmp_fmt_money(x, c->s[0].monthly);
      sqlite3_str_appendall(x, " a month at this traffic.\n\n");
    }else{
      k = d<0 ? 0 : 1;
      sqlite3_str_appendf(x, "Cost delta: %s costs ", r->zName[k]);
      modelcmp_fmt_money(x, fabs(d));
      sqlite3_str_appendf(x, " less per month than %s.\n\n", r->zName[1-k]);
    }
  }else{
    sqlite3_str_appendall(x, "Cost delta unavailable until both models have sourced input "
                             "and output token prices.\n\n");
  }
}

static void friction(Rep *r){
  const McCmp *c = r->c;
  sqlite3_str *x = r->x;
  McFriction aF[MC_MAXFRICTION];
  int k, i, n;
  sqlite3_str_appendall(x, "## Switch friction\n\n");
  if( c->same ){
    sqlite3_str_appendall(x, "Both sides are the same model: switching has no friction.\n\n");
    return;
  }
  for(k=0; k<2; k++){
    sqlite3_str_appendf(x, "### From %s to %s\n\n", r->zName[k], r->zName[1-k]);
    n = modelcmp_cmp_friction(c, k, aF, MC_MAXFRICTION);
    for(i=0; i<n; i++){
      sqlite3_str_appendall(x, "- ");
      modelcmp_cmp_friction_text(x, c, k, &aF[i]);
      sqlite3_str_appendchar(x, 1, '\n');
    }
    sqlite3_str_appendchar(x, 1, '\n');
  }
}

static void benchmarks(Rep *r){
  sqlite3_str_appendall(r->x, "## Benchmarks\n\n");
  if( table(r, MC_SEC_BENCHMARKS, "Benchmark")==0 ){
    sqlite3_str_appendall(r->x, "Neither model has benchmark scores in local data.\n\n");
  }
}

/* Deep dive, paragraph 1: the shared benchmarks. */
static void diveBenchmarks(Rep *r){
  const McCmp *c = r->c;
  sqlite3_str *x = r->x;
  int i, k;
  if( c->nShared ){
    sqlite3_str_appendall(x, "On shared benchmark coverage, ");
    for(i=0; i<c->nShared; i++){
      const McShared *s = &c->aShared[i];
      sqlite3_str_appendf(x, "%s%s has %s at ", i ? "; " : "",
                          s->def->name ? s->def->name : s->def->id, r->zName[0]);
      modelcmp_fmt_score(x, s->score[0]);
      sqlite3_str_appendf(x, " and %s at ", r->zName[1]);
      modelcmp_fmt_score(x, s->score[1]);
      if( s->leader>=0 ){
        sqlite3_str_appendf(x, ", with %s ahead by ", r->zName[s->leader]);
        modelcmp_fmt_score(x, s->gap);
        sqlite3_str_appendall(x, " points");
      }else{
        sqlite3_str_appendall(x, ", a tie");
      }
    }
    sqlite3_str_appendall(x, ". ");
    if( c->iLargest>=0 && c->aShared[c->iLargest].gap>0 ){
      const McShared *s = &c->aShared[c->iLargest];
      sqlite3_str_appendall(x, "The largest visible gap is ");
      modelcmp_fmt_score(x, s->gap);
      sqlite3_str_appendf(x, " points on %s, which matters most when that benchmark mirrors "
                          "your workload. ", s->def->name ? s->def->name : s->def->id);
    }
  }else{
    int any = 0;
    for(k=0; k<2; k++) any += c->s[k].m->nbench;
    if( any==0 ){
      sqlite3_str_appendall(x, "Neither model has benchmark scores in local data, so there is no "
                               "benchmark signal to weigh. ");
    }else{
      sqlite3_str_appendall(x, "No benchmark in local data covers both models, so there is no "
                               "shared-benchmark signal");
      for(k=0; k<2; k++){
        const McModel *m = c->s[k].m;
        const char *az[MC_MAXSHARED];
        int n = 0;
        for(i=0; i<c->cat->nbdef && n<MC_MAXSHARED; i++){
          if( modelcmp_bench_find(m, c->cat->bdefs[i].id) ){
            az[n++] = c->cat->bdefs[i].name ? c->cat->bdefs[i].name : c->cat->bdefs[i].id;
          }
        }
        if( n==0 ) continue;
        sqlite3_str_appendf(x, "; %s reports ", r->zName[k]);
        modelcmp_fmt_list(x, az, n);
      }
      sqlite3_str_appendall(x, ". ");
    }
  }
  sqlite3_str_appendall(x, "Treat isolated benchmark wins as directional, because provider "
                           "routing, prompt style, and tool access can move real application "
                           "results.\n\n");
}

/* Deep dive, paragraph 2: the capability footprint. */
static void diveCapabilities(Rep *r){
  const McCmp *c = r->c;
  sqlite3_str *x = r->x;
  const McModel *a = c->s[0].m, *b = c->s[1].m;
  int i, k, n = 0, nDiff = 0;
  for(i=0; i<MC_NCAP; i++) nDiff += a->cap[i]>=0 && b->cap[i]>=0 && a->cap[i]!=b->cap[i];
  if( nDiff ){
    sqlite3_str_appendall(x, "The capability footprint differs on ");
    for(i=0; i<MC_NCAP; i++){
      if( a->cap[i]<0 || b->cap[i]<0 || a->cap[i]==b->cap[i] ) continue;
      n++;
      if( n>1 ) sqlite3_str_appendall(x, nDiff==2 ? " and " : n==nDiff ? ", and " : ", ");
      sqlite3_str_appendf(x, "%s (%s)", modelcmp_cap_phrase[i], r->zName[a->cap[i]==1 ? 0 : 1]);
    }
    sqlite3_str_appendall(x, ". Both models share the core language-model surface, so the "
      "practical split is not just feature count. Use those differences to decide whether the "
      "choice turns on raw model quality, agentic coding support, multimodal ingestion, or "
      "predictable structured API behavior.");
  }else{
    sqlite3_str_appendall(x, "Local capability data shows no capability that one model "
                             "documents and the other lacks.");
  }
  for(k=0; k<2; k++){
    int aU[MC_NCAP], nU = 0;
    for(i=0; i<MC_NCAP; i++) if( c->s[k].m->cap[i]<0 ) aU[nU++] = i;
    if( nU==0 || (k==1 && c->same) ) continue;
    sqlite3_str_appendall(x, " Local data leaves ");
    if( nU==MC_NCAP ) sqlite3_str_appendall(x, "every capability");
    else modelcmp_cmp_caplist(x, aU, nU, 1);
    sqlite3_str_appendf(x, " unknown for %s.", r->zName[k]);
  }
  sqlite3_str_appendall(x, "\n\n");
}

/* Deep dive, paragraph 3: pricing coverage. */
static void divePricing(Rep *r){
  const McCmp *c = r->c;
  sqlite3_str *x = r->x;
  const McSide *s0 = &c->s[0], *s1 = &c->s[1];
  int k;
  if( s0->cheapest && s1->cheapest ){
    sqlite3_str_appendall(x, "Pricing is sourced for both: ");
    for(k=0; k<2; k++){
      const McRoute *rt = c->s[k].cheapest;
      sqlite3_str_appendf(x, "%s%s's cheapest tracked route is %s at ", k ? "; " : "",
                          r->zName[k], modelcmp_provider_name(c->cat, rt->provider));
      modelcmp_fmt_usd(x, rt->in);
      sqlite3_str_appendall(x, "/1M input and ");
      modelcmp_fmt_usd(x, rt->out);
      sqlite3_str_appendall(x, "/1M output tokens");
    }
    sqlite3_str_appendall(x, ". ");
  }else if( s0->cheapest || s1->cheapest ){
    k = s0->cheapest ? 0 : 1;
    sqlite3_str_appendf(x, "Pricing coverage is uneven: %s has ", r->zName[k]);
    modelcmp_fmt_usd(x, c->s[k].cheapest->in);
    sqlite3_str_appendf(x, "/1M input tokens and %s has no token price sourced yet. ", r->zName[1-k]);
  }else{
    sqlite3_str_appendall(x, "Neither model has a complete token price in local provider data. ");
  }
  sqlite3_str_appendf(x, "Provider availability is %d tracked route%s versus %d. ",
                      s0->nRoute, s0->nRoute==1 ? "" : "s", s1->nRoute);
  if( !s0->cheapest || !s1->cheapest ){
    sqlite3_str_appendall(x, "Treat unknown pricing as an integration gap, then verify the route "
                             "you will actually call before estimating production spend.\n\n");
  }else{
    sqlite3_str_appendall(x, "Verify the route you will actually call before estimating "
                             "production spend.\n\n");
  }
}

/* Deep dive, paragraph 4: when to choose which. */
static void diveChoose(Rep *r){
  const McCmp *c = r->c;
  sqlite3_str *x = r->x;
  int k;
  for(k=0; k<2 && !c->same; k++){
    const McSide *s = &c->s[k];
    if( s->edge==MC_EDGE_NONE ) continue;
    sqlite3_str_appendf(x, "Choose %s when ", r->zName[k]);
    switch( s->edge ){
      case MC_EDGE_PROVIDERS:
        sqlite3_str_appendall(x, "provider fit and broader provider choice are central to the workload. ");
        break;
      case MC_EDGE_PRICE:
        sqlite3_str_appendall(x, "a lower bill at this traffic is central to the workload. ");
        break;
      case MC_EDGE_CONTEXT:
        sqlite3_str_appendall(x, "long-context analysis and larger context windows are more important. ");
        break;
      case MC_EDGE_CAPABILITY:
        sqlite3_str_appendf(x, "%s is a requirement. ", modelcmp_cap_phrase[s->edgeCap]);
        break;
      case MC_EDGE_BENCHMARK: {
        const McBenchDef *d = c->aShared[s->iBestLead].def;
        sqlite3_str_appendf(x, "%s performance mirrors the workload. ", d->name ? d->name : d->id);
        break;
      }
    }
  }
  sqlite3_str_appendall(x, "For production, rerun your own prompts through the exact provider, "
                           "region, and tool stack you plan to ship.\n\n");
}

static void faqCapability(Rep *r, int iCap, int bFirst){
  const McCmp *c = r->c;
  sqlite3_str *x = r->x;
  const char *zP = modelcmp_cap_phrase[iCap];
  int v0 = c->s[0].m->cap[iCap], v1 = c->s[1].m->cap[iCap];
  sqlite3_str_appendf(x, "### Which is better for %s, %s or %s?\n\n", zP, r->zName[0], r->zName[1]);
  if( c->same ){
    sqlite3_str_appendf(x, "Both sides are %s, which %s %s support in local data.",
                        r->zName[0], v0==1 ? "documents" : v0==0 ? "does not document" : "leaves unknown",
                        zP);
  }else if( (v0==1) != (v1==1) && (v0==1 ? v1 : v0)==0 ){
    sqlite3_str_appendf(x, "%s has the clearer documented %s signal in this comparison. "
                        "If %s is mission-critical, validate it against the provider endpoint "
                        "because model-level support and API-level exposure can differ.",
                        r->zName[v0==1 ? 0 : 1], zP, zP);
  }else if( v0==1 && v1==1 ){
    sqlite3_str_appendf(x, "Both document %s support; compare them on your own workload, and "
                        "validate against the provider endpoint because model-level support and "
                        "API-level exposure can differ.", zP);
  }else if( v0==1 || v1==1 ){
    int k = v0==1 ? 0 : 1;
    sqlite3_str_appendf(x, "%s documents %s support; local data does not say whether %s supports "
                        "it. If %s is mission-critical, validate it against the provider endpoint "
                        "because model-level support and API-level exposure can differ.",
                        r->zName[k], zP, r->zName[1-k], zP);
  }else if( v0==0 && v1==0 ){
    sqlite3_str_appendf(x, "Neither documents %s support in local data.", zP);
  }else{
    int k;
    sqlite3_str_appendf(x, "Local data does not settle %s support for ", zP);
    if( v0<0 && v1<0 ){
      sqlite3_str_appendf(x, "either %s or %s.", r->zName[0], r->zName[1]);
    }else{
      k = v0<0 ? 0 : 1;
      sqlite3_str_appendf(x, "%s; %s does not document it.", r->zName[k], r->zName[1-k]);
    }
  }
  if( bFirst ){
    sqlite3_str_appendall(x, " Use this as a quick comparison signal, then confirm the "
                             "provider-specific limits before committing to production.");
  }
  sqlite3_str_appendall(x, "\n\n");
}

static void faq(Rep *r){
  const McCmp *c = r->c;
  sqlite3_str *x = r->x;
  const McModel *m[2];
  int k;
  m[0] = c->s[0].m;
  m[1] = c->s[1].m;
  sqlite3_str_appendall(x, "## FAQ\n\n");

  sqlite3_str_appendf(x, "### Which has a larger context window, %s or %s?\n\n", r->zName[0], r->zName[1]);
  if( m[0]->context_window!=MC_NULL_INT && m[1]->context_window!=MC_NULL_INT ){
    if( m[0]->context_window==m[1]->context_window ){
      sqlite3_str_appendall(x, c->same ? "It supports " : "Both support ");
      modelcmp_fmt_tokens(x, m[0]->context_window);
      sqlite3_str_appendall(x, " tokens, so context size does not separate them.\n\n");
    }else{
      k = m[0]->context_window > m[1]->context_window ? 0 : 1;
      sqlite3_str_appendf(x, "%s supports ", r->zName[k]);
      modelcmp_fmt_tokens(x, m[k]->context_window);
      sqlite3_str_appendf(x, " tokens, while %s supports ", r->zName[1-k]);
      modelcmp_fmt_tokens(x, m[1-k]->context_window);
      sqlite3_str_appendall(x, " tokens. That gap matters most for long documents, large "
                               "codebases, retrieval-heavy agents, and conversations where "
                               "earlier context must remain visible.\n\n");
    }
  }else{
    for(k=0; k<2; k++){
      if( m[k]->context_window==MC_NULL_INT ){
        sqlite3_str_appendf(x, "%s's context window is not in local data. ", r->zName[k]);
      }else{
        sqlite3_str_appendf(x, "%s supports ", r->zName[k]);
        modelcmp_fmt_tokens(x, m[k]->context_window);
        sqlite3_str_appendall(x, " tokens. ");
      }
    }
    sqlite3_str_appendall(x, "Context size matters most for long documents, large codebases, "
                             "retrieval-heavy agents, and conversations where earlier context "
                             "must remain visible.\n\n");
  }

  sqlite3_str_appendf(x, "### Is %s or %s open source?\n\n", r->zName[0], r->zName[1]);
  for(k=0; k<2 && !(k==1 && c->same); k++){
    if( m[k]->license ){
      sqlite3_str_appendf(x, "%s is listed under %s", r->zName[k], m[k]->license);
      if( m[k]->openness ){
        const char *z = m[k]->openness;
        char c0 = (z[0]>='A' && z[0]<='Z') ? (char)(z[0]+32) : z[0];
        sqlite3_str_appendf(x, " (%c%s%s)", c0, z+1,
                            m[k]->license_osi==1 ? ", an OSI-approved licence" : "");
      }
      sqlite3_str_appendall(x, ". ");
    }else{
      sqlite3_str_appendf(x, "%s's licence is not in local data. ", r->zName[k]);
    }
  }
  sqlite3_str_appendall(x, "License labels affect whether you can self-host, redistribute "
                           "weights, or rely only on hosted APIs, so confirm the upstream "
                           "license before deployment.\n\n");

  faqCapability(r, 0, 1);   /* vision */
  faqCapability(r, 1, 0);   /* multimodal input */
  faqCapability(r, 5, 0);   /* structured outputs */

  sqlite3_str_appendf(x, "### Where can I run %s%s%s?\n\n", r->zName[0],
                      c->same ? "" : " and ", c->same ? "" : r->zName[1]);
  for(k=0; k<2 && !(k==1 && c->same); k++){
    if( m[k]->nroute ){
      const char *az[MC_MAXPROV];
      int i, n = 0;
      for(i=0; i<m[k]->nroute && n<MC_MAXPROV; i++){
        az[n++] = modelcmp_provider_name(c->cat, m[k]->routes[i].provider);
      }
      sqlite3_str_appendf(x, "%s is available on ", r->zName[k]);
      modelcmp_fmt_list(x, az, n);
      sqlite3_str_appendall(x, ". ");
    }else{
      sqlite3_str_appendf(x, "No provider route for %s is tracked yet. ", r->zName[k]);
    }
  }
  sqlite3_str_appendall(x, "Provider coverage can affect latency, region availability, "
                           "compliance posture, and fallback options.\n\n");
}

/* Up to three other models to compare each side with: same family first,
** then same creator. The section is left out when there are none. */
static void continueComparing(Rep *r){
  const McCmp *c = r->c;
  sqlite3_str *x = r->x;
  int k, pass, i, nTotal = 0;
  for(k=0; k<2 && !(k==1 && c->same); k++){
    const McModel *m = c->s[k].m;
    int n = 0;
    for(pass=0; pass<2; pass++){
      for(i=0; i<c->cat->nmodel && n<3; i++){
        const McModel *o = &c->cat->models[i];
        int match;
        if( o==c->s[0].m || o==c->s[1].m ) continue;
        if( pass==0 ) match = m->family && o->family && strcmp(m->family, o->family)==0;
        else match = m->creator && o->creator && strcmp(m->creator, o->creator)==0
                  && !(m->family && o->family && strcmp(m->family, o->family)==0);
        if( !match ) continue;
        if( nTotal==0 ) sqlite3_str_appendall(x, "## Continue comparing\n\n");
        sqlite3_str_appendf(x, "- %s vs %s: `SELECT compare_report('%s', '%s');`\n",
                            r->zName[k], o->name ? o->name : o->id, m->id, o->id);
        n++;
        nTotal++;
      }
    }
  }
  if( nTotal ) sqlite3_str_appendchar(x, 1, '\n');
}

/* Adds z to the list of distinct source URLs (interned: equal strings are
** the same pointer). */
static void addSource(const char **a, int *pn, int nMax, const char *z){
  int i;
  if( z==0 ) return;
  for(i=0; i<*pn; i++) if( a[i]==z ) return;
  if( *pn<nMax ) a[(*pn)++] = z;
}

static void sources(Rep *r){
  const McCmp *c = r->c;
  sqlite3_str *x = r->x;
  const char *az[256];
  const char *zReviewed = 0;
  int n = 0, k, i;
  for(k=0; k<2; k++){
    const McModel *m = c->s[k].m;
    if( m->reviewed && (zReviewed==0 || strcmp(m->reviewed, zReviewed)>0) ) zReviewed = m->reviewed;
    addSource(az, &n, 256, m->source);
    for(i=0; i<MC_NCAP; i++) addSource(az, &n, 256, m->cap_source[i]);
    for(i=0; i<m->nbench; i++) addSource(az, &n, 256, m->bench[i].source);
    for(i=0; i<m->nroute; i++) addSource(az, &n, 256, m->routes[i].source);
  }
  sqlite3_str_appendall(x, "## Sources\n\n");
  if( zReviewed ) sqlite3_str_appendf(x, "Last reviewed: %s. ", zReviewed);
  sqlite3_str_appendall(x, "Data sourced from public model cards and provider documentation");
  if( n==0 ){
    sqlite3_str_appendall(x, "; this catalog gives no source URL for these models.\n");
    return;
  }
  sqlite3_str_appendall(x, ":\n\n");
  for(i=0; i<n; i++) sqlite3_str_appendf(x, "- <%s>\n", az[i]);
}

/* Renders the page for a and b into x. */
static int render(sqlite3_str *x, const McCatalog *cat, const McModel *a, const McModel *b){
  McCmp *c = sqlite3_malloc(sizeof(*c));
  McRows rows;
  Rep r;
  int rc;
  if( c==0 ) return SQLITE_NOMEM;
  modelcmp_cmp_init(c, cat, a, b, MC_DEFAULT_REQUESTS, MC_DEFAULT_INPUT, MC_DEFAULT_OUTPUT);
  rc = modelcmp_cmp_rows(c, &rows);
  if( rc==SQLITE_OK ){
    r.x = x;
    r.c = c;
    r.rows = &rows;
    r.zName[0] = modelcmp_cmp_name(c, 0);
    r.zName[1] = modelcmp_cmp_name(c, 1);
    sqlite3_str_appendf(x, "# %s vs %s\n\n", r.zName[0], r.zName[1]);
    lede(&r);
    sqlite3_str_appendall(x, "> ");
    modelcmp_cmp_verdict(x, c);
    sqlite3_str_appendall(x, "\n\n## Decision scorecard\n\nLocal evidence first.\n\n");
    table(&r, MC_SEC_SCORECARD, "Signal");
    tradeoffs(&r);
    monthlyCost(&r);
    friction(&r);
    sqlite3_str_appendall(x, "## Specs\n\n");
    table(&r, MC_SEC_SPECS, "Specification");
    sqlite3_str_appendall(x, "## Pricing and availability\n\n");
    table(&r, MC_SEC_PRICING, "Pricing attribute");
    sqlite3_str_appendall(x, "Prices are those of each model's cheapest fully priced route at "
                             "the traffic profile above.\n\n## Capabilities\n\n");
    table(&r, MC_SEC_CAPABILITIES, "Capability");
    benchmarks(&r);
    sqlite3_str_appendall(x, "## Deep dive\n\n");
    diveBenchmarks(&r);
    diveCapabilities(&r);
    divePricing(&r);
    diveChoose(&r);
    faq(&r);
    continueComparing(&r);
    sources(&r);
  }
  modelcmp_rows_free(&rows);
  sqlite3_free(c);
  return rc;
}

static void compareReportFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const McCatalog *cat = 0;
  const McModel *a, *b;
  sqlite3_str *x;
  if( argc>2 && sqlite3_value_type(argv[2])!=SQLITE_NULL ){
    const char *zFmt = (const char*)sqlite3_value_text(argv[2]);
    if( zFmt==0 || sqlite3_stricmp(zFmt, "markdown")!=0 ){
      modelcmp_result_error(ctx, "compare_report(): unknown format '%s' (expected 'markdown')",
                            zFmt ? zFmt : "");
      return;
    }
  }
  if( !modelcmp_arg_pair(ctx, "compare_report", argv, &cat, &a, &b) ) return;
  x = sqlite3_str_new(0);
  if( render(x, cat, a, b) ){
    sqlite3_free(sqlite3_str_finish(x));
    sqlite3_result_error_nomem(ctx);
    return;
  }
  modelcmp_result_str(ctx, x);
}

int modelcmp_register_report(sqlite3 *db, McState *p, char **pzErr){
  static const McFuncDef aFunc[] = {
    { "compare_report", 2, SQLITE_INNOCUOUS, compareReportFunc },
    { "compare_report", 3, SQLITE_INNOCUOUS, compareReportFunc },
  };
  return modelcmp_register_functions(db, p, aFunc, (int)(sizeof(aFunc)/sizeof(aFunc[0])), pzErr);
}
