/*
** import_common.c — what every public-catalog importer shares: exact price
** conversion, typed reads that skip a bad entry instead of failing the
** load, the FILL merge of one entry into the catalog (modelcmp_imp_apply)
** and the driver that applies a document's entries in passes
** (modelcmp_imp_run). Names (providers, canonical ids) are import_names.c.
**
** Used by the litellm, openrouter and modelsdev formats of
**   modelcmp_load(json [, format]) and modelcmp_load_file(path [, format]):
**
**   SELECT modelcmp_load_file('model_prices_and_context_window.json');
**   SELECT modelcmp_load_file('api.json', 'modelsdev');
**   SELECT count(*) FROM routes WHERE model_id = 'llama-3.2-1b-instruct';
**
** HOW IT WORKS
**
** An entry is resolved to a model by the names it carries, in order: the
** source's own key, a Hugging Face id, the provider's model id and
** "<provider>/<model id>", and last the canonical id derived from the
** provider's model id. The first name that is already a model id or alias
** wins, so a curated alias (meta.llama3-2-1b-instruct-v1:0) catches what no
** rule could. When none is known, the same-model rules (import_match.c) look
** for the model the name spells another way (groq's llama-3.3-70b-versatile
** is llama-3.3-70b-instruct) or, for a variant (-fp8, -turbo, :free), its
** base; failing that the model is created under the canonical id, with
** base_model set for a variant whose base was found. The first read of the
** document notes the canonical ids the load will create, so a rule can find
** a model before the entry that creates it is applied, while routes are
** still filled in document order.
**
** Merging is FILL: a value fills a field that is NULL; a different non-NULL
** value is kept and counted in "conflicts_kept" (and by field). So the
** built-in catalog and earlier loads win over later imports. Within a load,
** the creator's own API fills a model's descriptive fields; the other
** providers' entries vote, and the most common value fills what is left
** (applyVotes). Capabilities are only ever set to true by an import: a
** provider that does not expose a feature says nothing about the model.
**
** One route per (model, provider). The first entry of a load that reaches
** a route sets it; later entries of the same load for the same route are
** counted as skipped ("duplicate_route", or the variant's reason) and only
** add their names as aliases. Entries are applied in passes (first-party
** providers, others, then regional variants) so that a provider's own facts
** fill the model first and a base route wins over its regional variants.
**
** No step scans the catalog: models, aliases, providers, the routes this
** load has set and the votes are hash lookups; the votes are sorted once
** at the end. Loading LiteLLM's 1.5 MB map takes about 15 ms.
*/
#include "import_common.h"
SQLITE_EXTENSION_INIT3

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Notes a route gets when its 0 price is not a production price. */
static const char zNotePlan[] =
  "included in a subscription plan; the 0 price in the source is not a per-token price";
static const char zNoteFree[] =
  "free developer or trial endpoint; the 0 price in the source is not a production price";
static const char zNoteLocal[] =
  "local runtime; no per-token price";
static const char zNoteFreeTier[] =
  "free tier: rate-limited, not a production price";

/*************************************************************************
** Load state.
*/
/* One candidate value of a model's descriptive field, with its votes. */
typedef struct McVote {
  int model;                  /* model index */
  int field;                  /* index into aVoteField */
  const char *z;              /* the value (scratch) */
  int n;                      /* entries that gave it */
  int order;                  /* first seen, for ties */
} McVote;

struct McImp {
  McLoad *L;
  McCatalog *cat;
  McIndex voteIx;             /* "<model>\x1f<field>\x1f<value>" -> aVote index */
  McVote *aVote;
  int nVote, nVoteAlloc;
  McIndex touched;            /* routes set by this load: "<model>\x1f<provider>" */
  McArena scratch;            /* key storage for touched and votes */
  unsigned char *aModel;      /* per model: 1 added by this load, 2 counted changed */
  int nModelAlloc;
  int deferDup;               /* count duplicate routes in nDup, not the summary */
  int nDup;
  McMatch *pMatch;            /* the rules' index (built when first needed), pending ids */
};

static char *scratchDup(McImp *p, const char *z, size_t n){
  char *k = modelcmp_arena_alloc(&p->scratch, n+1);
  if( k ){
    memcpy(k, z, n);
    k[n] = 0;
  }
  return k;
}

McImp *modelcmp_imp_begin(McLoad *L){
  McImp *p = sqlite3_malloc64(sizeof(*p));
  if( p==0 ){ modelcmp_load_oom(L); return 0; }
  memset(p, 0, sizeof(*p));
  p->L = L;
  p->cat = L->cat;
  if( (p->pMatch = modelcmp_match_new(L->cat))==0 ){
    sqlite3_free(p);
    modelcmp_load_oom(L);
    return 0;
  }
  return p;
}

void modelcmp_imp_end(McImp *p){
  if( p==0 ) return;
  sqlite3_free(p->touched.slot);
  sqlite3_free(p->voteIx.slot);
  sqlite3_free(p->aVote);
  modelcmp_arena_clear(&p->scratch);
  sqlite3_free(p->aModel);
  modelcmp_match_free(p->pMatch);
  sqlite3_free(p);
}

/* The per-model marks, grown to cover model i. */
static unsigned char *modelMark(McImp *p, int i){
  if( i>=p->nModelAlloc ){
    int nNew = p->nModelAlloc ? p->nModelAlloc*2 : 1024;
    unsigned char *a;
    while( nNew<=i ) nNew *= 2;
    a = sqlite3_realloc64(p->aModel, (sqlite3_uint64)nNew);
    if( a==0 ) return 0;
    memset(a + p->nModelAlloc, 0, nNew - p->nModelAlloc);
    p->aModel = a;
    p->nModelAlloc = nNew;
  }
  return &p->aModel[i];
}

void modelcmp_imp_skip(McImp *p, const char *zReason){
  p->L->sum->entries++;
  modelcmp_summary_skip(p->L->sum, zReason);
}

/*************************************************************************
** Entries.
*/
void modelcmp_entry_init(McEntry *e, const char *zKey, const char *zSource){
  int i;
  memset(e, 0, sizeof(*e));
  e->zKey = zKey;
  e->zSource = zSource;
  e->ctx = e->maxOut = e->routeCtx = e->routeMaxOut = MC_NULL_INT;
  e->in = e->out = e->cacheRead = e->cacheWrite = MC_NULL_REAL;
  e->batchIn = e->batchOut = MC_NULL_REAL;
  for(i=0; i<MC_NCAP; i++) e->cap[i] = -1;
}

void modelcmp_entry_bad(McEntry *e, const char *zFmt, ...){
  va_list ap;
  if( e->bad ) return;
  e->bad = 1;
  va_start(ap, zFmt);
  sqlite3_vsnprintf((int)sizeof(e->zBad), e->zBad, zFmt, ap);
  va_end(ap);
}

/*************************************************************************
** Values.
*/
static int isDigit(char c){ return c>='0' && c<='9'; }

static const double aPow10[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

/* Rounds x to 15 significant digits, giving the double nearest to that
** decimal: an integer below 2^53 divided by an exact power of ten is
** correctly rounded. Prices never have more than 15 significant digits,
** and the error of one multiplication is far below half a unit of the
** 15th digit, so this recovers the decimal the source meant. */
static double round15(double x){
  double a = fabs(x), q;
  int k;
  char buf[40];
  if( x==0 || !isfinite(x) ) return x==0 ? 0.0 : x;
  k = 14 - (int)floor(log10(a));
  if( k>=0 && k<=22 ){
    if( a*aPow10[k] >= 1e15 && k>0 ) k--;
    else if( a*aPow10[k] < 1e14 && k<22 ) k++;
    q = nearbyint(a*aPow10[k]) / aPow10[k];
    return x<0 ? -q : q;
  }
  snprintf(buf, sizeof(buf), "%.15g", x);
  return strtod(buf, 0);
}

double modelcmp_per_mtok(double perToken){
  return round15(perToken * 1e6);
}

int modelcmp_decimal_per_mtok(const char *z, double *pOut){
  char buf[80];
  const char *zMant = z, *p = z;
  int nMant, exp10 = 0, nDigit = 0;
  if( *p=='-' || *p=='+' ) p++;
  while( isDigit(*p) ){ p++; nDigit++; }
  if( *p=='.' ){
    p++;
    while( isDigit(*p) ){ p++; nDigit++; }
  }
  if( nDigit==0 ) return 1;
  nMant = (int)(p - zMant);
  if( *p=='e' || *p=='E' ){
    int sign = 1, v = 0, nd = 0;
    p++;
    if( *p=='-' || *p=='+' ){ if( *p=='-' ) sign = -1; p++; }
    while( isDigit(*p) ){ if( v<10000 ) v = v*10 + (*p-'0'); p++; nd++; }
    if( nd==0 ) return 1;
    exp10 = sign*v;
  }
  if( *p ) return 1;
  if( nMant > 60 ) return 1;
  /* the decimal times 10^6, parsed once: exactly the nearest double */
  snprintf(buf, sizeof(buf), "%.*se%d", nMant, zMant, exp10+6);
  *pOut = strtod(buf, 0);
  if( *pOut==0 ) *pOut = 0.0;            /* no -0 */
  return !isfinite(*pOut);
}

/* A value for a message; numbers with 15 digits, as the sources wrote them. */
static const char *jsonKind(const cJSON *it, char *buf, int nBuf){
  if( cJSON_IsNumber(it) ){
    snprintf(buf, (size_t)nBuf, "%.15g", it->valuedouble);
    return buf;
  }
  return modelcmp_json_describe(it, buf, nBuf);
}

int modelcmp_read_price(McEntry *e, const cJSON *it, int perToken, double *pOut){
  char buf[64];
  double d;
  if( it==0 || cJSON_IsNull(it) ) return 0;
  if( !cJSON_IsNumber(it) || !isfinite(it->valuedouble) || it->valuedouble<0 ){
    modelcmp_entry_bad(e, "%s: expected a price >= 0, got %s", it->string ? it->string : "price",
                       jsonKind(it, buf, sizeof(buf)));
    return 1;
  }
  d = it->valuedouble;
  d = perToken ? modelcmp_per_mtok(d) : (d==0 ? 0.0 : d);
  if( !isfinite(d) ){
    modelcmp_entry_bad(e, "%s: price out of range, got %s", it->string ? it->string : "price",
                       jsonKind(it, buf, sizeof(buf)));
    return 1;
  }
  *pOut = d;
  return 0;
}

int modelcmp_read_count(McEntry *e, const cJSON *it, int64_t *pOut){
  char buf[64];
  double d;
  if( it==0 || cJSON_IsNull(it) ) return 0;
  d = cJSON_IsNumber(it) ? it->valuedouble : -1;
  if( !(d>=0 && d<=9007199254740992.0 && d==floor(d)) ){
    modelcmp_entry_bad(e, "%s: expected a whole number of tokens, got %s",
                       it->string ? it->string : "tokens", jsonKind(it, buf, sizeof(buf)));
    return 1;
  }
  if( d>0 ) *pOut = (int64_t)d;           /* 0 means unknown in these sources */
  return 0;
}

int modelcmp_read_bool(McEntry *e, const cJSON *it, int *pOut){
  char buf[64];
  if( it==0 || cJSON_IsNull(it) ) return 0;
  if( !cJSON_IsBool(it) ){
    modelcmp_entry_bad(e, "%s: expected true or false, got %s", it->string ? it->string : "flag",
                       jsonKind(it, buf, sizeof(buf)));
    return 1;
  }
  *pOut = cJSON_IsTrue(it);
  return 0;
}

int modelcmp_read_string(McEntry *e, const cJSON *it, const char **pz){
  char buf[64];
  if( it==0 || cJSON_IsNull(it) ) return 0;
  if( !cJSON_IsString(it) ){
    modelcmp_entry_bad(e, "%s: expected a string, got %s", it->string ? it->string : "value",
                       jsonKind(it, buf, sizeof(buf)));
    return 1;
  }
  if( it->valuestring[0] ) *pz = it->valuestring;
  return 0;
}

int modelcmp_read_month(McEntry *e, const cJSON *it, char *buf8, const char **pz){
  const char *z = 0;
  size_t n;
  if( modelcmp_read_string(e, it, &z) ) return 1;
  if( z==0 ) return 0;
  n = strlen(z);
  if( (n==7 || (n==10 && z[7]=='-')) && modelcmp_is_date(z, 7, 0) ){
    memcpy(buf8, z, 7);
    buf8[7] = 0;
    *pz = buf8;
  }
  return 0;
}

int modelcmp_read_date(McEntry *e, const cJSON *it, const char **pz){
  const char *z = 0;
  if( modelcmp_read_string(e, it, &z) ) return 1;
  if( z && modelcmp_is_date(z, strlen(z), 1) ) *pz = z;
  return 0;
}

int modelcmp_read_modalities(McEntry *e, const cJSON *arr, int *pBits){
  static const struct { const char *z; int bit; } aMod[] = {
    { "text", MC_MOD_TEXT }, { "image", MC_MOD_IMAGE }, { "audio", MC_MOD_AUDIO },
    { "video", MC_MOD_VIDEO }, { "pdf", MC_MOD_PDF }, { "file", MC_MOD_PDF },
  };
  const cJSON *it;
  char buf[64];
  int bits = 0;
  size_t k;
  if( arr==0 || cJSON_IsNull(arr) ) return 0;
  if( !cJSON_IsArray(arr) ){
    modelcmp_entry_bad(e, "%s: expected an array of modality names, got %s",
                       arr->string ? arr->string : "modalities", jsonKind(arr, buf, sizeof(buf)));
    return 1;
  }
  for(it=arr->child; it; it=it->next){
    if( !cJSON_IsString(it) ){
      modelcmp_entry_bad(e, "%s: expected an array of modality names, got %s in it",
                         arr->string ? arr->string : "modalities", jsonKind(it, buf, sizeof(buf)));
      return 1;
    }
    for(k=0; k<sizeof(aMod)/sizeof(aMod[0]); k++){
      if( sqlite3_stricmp(it->valuestring, aMod[k].z)==0 ) bits |= aMod[k].bit;
    }
  }
  *pBits |= bits;
  return 0;
}

McTier *modelcmp_entry_tier(McEntry *e, int64_t above){
  int i, j;
  McTier *t;
  for(i=0; i<e->ntier; i++){
    if( e->aTier[i].above==above ) return &e->aTier[i];
    if( e->aTier[i].above>above ) break;
  }
  if( e->ntier>=MC_IMP_MAXTIER ){
    modelcmp_entry_bad(e, "more than %d long-context price tiers", MC_IMP_MAXTIER);
    return 0;
  }
  for(j=e->ntier; j>i; j--) e->aTier[j] = e->aTier[j-1];
  e->ntier++;
  t = &e->aTier[i];
  t->above = above;
  t->in = t->out = t->cache_read = t->cache_write = MC_NULL_REAL;
  return t;
}


/*************************************************************************
** Applying an entry.
*/
#define FLD(label, type, T, member) { label, type, (unsigned short)offsetof(T, member), 0 }
static const McField fModelName    = FLD("models.name", MCF_TEXT, McModel, name);
static const McField fModelCreator = FLD("models.creator", MCF_TEXT, McModel, creator);
static const McField fModelRel     = FLD("models.released", MCF_DATE, McModel, released);
static const McField fModelCutoff  = FLD("models.knowledge_cutoff", MCF_MONTH, McModel, knowledge_cutoff);
static const McField fModelOpen    = FLD("models.openness", MCF_TEXT, McModel, openness);
static const McField fModelCtx     = FLD("models.context_window", MCF_COUNT, McModel, context_window);
static const McField fModelMaxOut  = FLD("models.max_output_tokens", MCF_COUNT, McModel, max_output);
static const McField fModelIn      = FLD("models.input_modalities", MCF_LIST, McModel, input_modalities);
static const McField fModelOut     = FLD("models.output_modalities", MCF_LIST, McModel, output_modalities);
static const McField fModelSource  = FLD("models.source", MCF_URL, McModel, source);
static const McField fRoutePmid    = FLD("routes.provider_model_id", MCF_TEXT, McRoute, provider_model_id);
static const McField fRouteIn      = FLD("routes.input_per_mtok", MCF_PRICE, McRoute, in);
static const McField fRouteOut     = FLD("routes.output_per_mtok", MCF_PRICE, McRoute, out);
static const McField fRouteCR      = FLD("routes.cache_read_per_mtok", MCF_PRICE, McRoute, cache_read);
static const McField fRouteCW      = FLD("routes.cache_write_per_mtok", MCF_PRICE, McRoute, cache_write);
static const McField fRouteBI      = FLD("routes.batch_input_per_mtok", MCF_PRICE, McRoute, batch_in);
static const McField fRouteBO      = FLD("routes.batch_output_per_mtok", MCF_PRICE, McRoute, batch_out);
static const McField fRouteCtx     = FLD("routes.context_window", MCF_COUNT, McRoute, context_window);
static const McField fRouteMaxOut  = FLD("routes.max_output_tokens", MCF_COUNT, McRoute, max_output);
static const McField fRouteNote    = FLD("routes.note", MCF_TEXT, McRoute, note);
static const McField fRouteSource  = FLD("routes.source", MCF_URL, McRoute, source);
static const McField fProvName     = FLD("providers.name", MCF_TEXT, McProvider, name);
static const McField fProvUrl      = FLD("providers.url", MCF_URL, McProvider, url);
static const McField fProvSource   = FLD("providers.source", MCF_URL, McProvider, source);
#undef FLD

/* FILL-merges one value. Returns 1 when the field changed, 0 otherwise,
** -1 on OOM; a conflict is counted under the field's label. */
static int fill(McImp *p, const McField *f, void *rec, const McValue *v){
  int r = modelcmp_field_set(p->cat, f, rec, v, MC_MERGE_FILL);
  if( r==2 ){
    /* provenance and notes differ between sources by nature: not facts */
    if( f!=&fModelSource && f!=&fRouteSource && f!=&fRouteNote ){
      modelcmp_summary_conflict(p->L->sum, f->name);
    }
    return 0;
  }
  return r;
}
int modelcmp_is_url(const char *z){
  size_t n = z ? strlen(z) : 0;
  return (strncmp(z ? z : "", "https://", 8)==0 && n>8) || (strncmp(z ? z : "", "http://", 7)==0 && n>7);
}

/* Only a value the modelcmp format accepts for the field is stored, so
** that an export of an import always loads back. */
static int fillText(McImp *p, const McField *f, void *rec, const char *z){
  McValue v;
  if( z==0 || z[0]==0 ) return 0;
  if( f->type==MCF_URL && !modelcmp_is_url(z) ) return 0;
  if( (f->type==MCF_DATE || f->type==MCF_MONTH)
   && !modelcmp_is_date(z, strlen(z), f->type==MCF_DATE) ) return 0;
  memset(&v, 0, sizeof(v));
  v.type = SQLITE_TEXT;
  v.z = z;
  v.n = strlen(z);
  return fill(p, f, rec, &v);
}
static int fillCount(McImp *p, const McField *f, void *rec, int64_t i){
  McValue v;
  if( i==MC_NULL_INT ) return 0;
  memset(&v, 0, sizeof(v));
  v.type = SQLITE_INTEGER;
  v.i = i;
  return fill(p, f, rec, &v);
}
static int fillReal(McImp *p, const McField *f, void *rec, double d){
  McValue v;
  if( mc_isnull(d) ) return 0;
  memset(&v, 0, sizeof(v));
  v.type = SQLITE_FLOAT;
  v.r = d;
  return fill(p, f, rec, &v);
}

/* The JSON array text of a modality bit set (static, so interning is cheap). */
static void modalityList(int bits, char *buf){
  static const char *const az[] = { "\"text\"", "\"image\"", "\"audio\"", "\"video\"", "\"pdf\"" };
  int i, n = 0;
  buf[n++] = '[';
  for(i=0; i<5; i++){
    if( bits & (1<<i) ){
      size_t k = strlen(az[i]);
      if( n>1 ) buf[n++] = ',';
      memcpy(buf+n, az[i], k);
      n += (int)k;
    }
  }
  buf[n++] = ']';
  buf[n] = 0;
}

/* Returns 1 (changed) / 0 / -1 (OOM) for the whole set of route fields. */
static int applyRoute(McImp *p, McEntry *e, McRoute *r){
  int ch = 0, rc = 0, i;
  double in = e->in, out = e->out, cr = e->cacheRead, cw = e->cacheWrite;
  const char *zNote = e->zNote;
  /* a free tier (":free", "-free") is not a production price */
  if( e->varKind & MC_VAR_FREE ){
    in = out = cr = cw = MC_NULL_REAL;
    e->batchIn = e->batchOut = MC_NULL_REAL;
    e->ntier = 0;
    if( zNote==0 ) zNote = zNoteFreeTier;
  }
  /* a 0 price of a plan, a free endpoint or a local runtime is not a price */
  if( (e->provFlags & (MC_PROV_PLAN|MC_PROV_FREE|MC_PROV_LOCAL))
   && (in==0 || mc_isnull(in)) && (out==0 || mc_isnull(out)) && (in==0 || out==0) ){
    in = out = cr = cw = MC_NULL_REAL;
    if( zNote==0 ){
      zNote = (e->provFlags & MC_PROV_PLAN) ? zNotePlan
            : (e->provFlags & MC_PROV_LOCAL) ? zNoteLocal : zNoteFree;
    }
  }
#define F(x) if( (rc = (x))<0 ) return -1; ch |= rc;
  F(fillText(p, &fRoutePmid, r, e->zPmid))
  F(fillReal(p, &fRouteIn, r, in))
  F(fillReal(p, &fRouteOut, r, out))
  F(fillReal(p, &fRouteCR, r, cr))
  F(fillReal(p, &fRouteCW, r, cw))
  F(fillReal(p, &fRouteBI, r, e->batchIn))
  F(fillReal(p, &fRouteBO, r, e->batchOut))
  F(fillCount(p, &fRouteCtx, r, e->routeCtx))
  F(fillCount(p, &fRouteMaxOut, r, e->routeMaxOut))
  F(fillText(p, &fRouteNote, r, zNote))
  F(fillText(p, &fRouteSource, r, e->zSource))
#undef F
  /* tiers belong to the base price they were published with */
  if( e->ntier && !mc_isnull(in) ){
    if( r->in!=in ){
      modelcmp_summary_conflict(p->L->sum, "routes.tiers");
    }else if( r->ntier==0 ){
      r->tiers = sqlite3_malloc64(sizeof(McTier)*(sqlite3_uint64)e->ntier);
      if( r->tiers==0 ) return -1;
      memcpy(r->tiers, e->aTier, sizeof(McTier)*e->ntier);
      r->ntier = e->ntier;
      ch = 1;
    }else{
      int same = r->ntier==e->ntier;
      for(i=0; same && i<e->ntier; i++){
        const McTier *a = &r->tiers[i], *b = &e->aTier[i];
#define EQ(x, y) ((mc_isnull(x) && mc_isnull(y)) || (x)==(y))
        same = a->above==b->above && EQ(a->in, b->in) && EQ(a->out, b->out)
            && EQ(a->cache_read, b->cache_read) && EQ(a->cache_write, b->cache_write);
#undef EQ
      }
      if( !same ) modelcmp_summary_conflict(p->L->sum, "routes.tiers");
    }
  }
  return ch;
}

/* The descriptive fields every provider of a model repeats (and resellers
** often get wrong): a first-party entry fills them directly, the others
** vote, and the most common value fills what is still NULL at the end. */
static const McField *const aVoteField[] = {
  &fModelName, &fModelCreator, &fModelRel, &fModelOpen, &fModelCutoff, &fModelIn, &fModelOut
};
#define NVOTEFIELD (int)(sizeof(aVoteField)/sizeof(aVoteField[0]))

static int vote(McImp *p, int iModel, int iField, const char *z){
  char key[400];
  int n, i;
  uint32_t h;
  if( z==0 || z[0]==0 ) return 0;
  n = (int)strlen(z);
  if( n > 300 ) return 0;                  /* not a sensible name or date */
  sqlite3_snprintf((int)sizeof(key), key, "%d\x1f%d\x1f%s", iModel, iField, z);
  n = (int)strlen(key);
  h = modelcmp_hash(key, (size_t)n);
  i = modelcmp_index_find(&p->voteIx, key, (size_t)n, h);
  if( i>=0 ){
    p->aVote[i].n++;
    return 0;
  }
  if( p->nVote>=p->nVoteAlloc ){
    int nNew = p->nVoteAlloc ? p->nVoteAlloc*2 : 1024;
    McVote *a = sqlite3_realloc64(p->aVote, sizeof(McVote)*(sqlite3_uint64)nNew);
    if( a==0 ) return -1;
    p->aVote = a;
    p->nVoteAlloc = nNew;
  }
  {
    char *zKey = scratchDup(p, key, (size_t)n);
    McVote *v = &p->aVote[p->nVote];
    if( zKey==0 || modelcmp_index_add(&p->voteIx, zKey, h, p->nVote)<0 ) return -1;
    v->model = iModel;
    v->field = iField;
    v->z = strrchr(zKey, '\x1f') + 1;
    v->n = 1;
    v->order = p->nVote;
    p->nVote++;
  }
  return 0;
}

static int voteCmp(const void *a, const void *b){
  const McVote *x = a, *y = b;
  if( x->model!=y->model ) return x->model < y->model ? -1 : 1;
  if( x->field!=y->field ) return x->field < y->field ? -1 : 1;
  if( x->n!=y->n ) return x->n > y->n ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* Fills each voted field with its most common value; every other value
** given for it is a conflict kept. */
static int applyVotes(McImp *p){
  int i = 0, j;
  if( p->nVote==0 ) return 0;
  qsort(p->aVote, (size_t)p->nVote, sizeof(McVote), voteCmp);
  while( i<p->nVote ){
    McVote *v = &p->aVote[i];
    McModel *m = &p->cat->models[v->model];
    const McField *f = aVoteField[v->field];
    unsigned char *pMark;
    int r = fillText(p, f, m, v->z);
    if( r<0 ) return -1;
    if( r>0 ){
      if( (pMark = modelMark(p, v->model))==0 ) return -1;
      if( *pMark==0 ){ *pMark = 2; p->L->sum->models_changed++; }
    }
    for(j=i+1; j<p->nVote && p->aVote[j].model==v->model && p->aVote[j].field==v->field; j++){
      modelcmp_summary_conflict(p->L->sum, f->name);
    }
    i = j;
  }
  return 0;
}

static int applyModel(McImp *p, McEntry *e, McModel *m){
  char aIn[64], aOut[64];
  const char *az[NVOTEFIELD];
  int ch = 0, rc = 0, i;
  if( e->inMods ) modalityList(e->inMods, aIn);
  if( e->outMods ) modalityList(e->outMods, aOut);
  az[0] = e->zName; az[1] = e->zCreator; az[2] = e->zReleased; az[3] = e->zOpenness;
  az[4] = e->zCutoff; az[5] = e->inMods ? aIn : 0; az[6] = e->outMods ? aOut : 0;
  for(i=0; i<NVOTEFIELD; i++){
    if( e->provFlags & MC_PROV_LAB ){
      if( (rc = fillText(p, aVoteField[i], m, az[i]))<0 ) return -1;
      ch |= rc;
    }else if( vote(p, (int)(m - p->cat->models), i, az[i]) ){
      return -1;
    }
  }
#define F(x) if( (rc = (x))<0 ) return -1; ch |= rc;
  F(fillCount(p, &fModelCtx, m, e->ctx))
  F(fillCount(p, &fModelMaxOut, m, e->maxOut))
  F(fillText(p, &fModelSource, m, e->zSource))
#undef F
  for(i=0; i<MC_NCAP; i++){
    if( e->cap[i]!=1 ) continue;
    if( m->cap[i]==1 ) continue;
    if( m->cap[i]==0 ){
      static const char *const azLabel[MC_NCAP] = {
        "capabilities.vision", "capabilities.multimodal", "capabilities.reasoning",
        "capabilities.function_calling", "capabilities.tool_use",
        "capabilities.structured_outputs", "capabilities.code_execution",
        "capabilities.ide_integration", "capabilities.computer_use",
        "capabilities.parallel_agents" };
      modelcmp_summary_conflict(p->L->sum, azLabel[i]);
      continue;
    }
    m->cap[i] = 1;
    if( e->zSource ){
      const char *z = modelcmp_intern(p->cat, e->zSource, strlen(e->zSource));
      if( z==0 ) return -1;
      m->cap_source[i] = z;
    }
    ch = 1;
  }
  /* as the modelcmp loader does: an unknown capability's source is the model's */
  for(i=0; i<MC_NCAP; i++){
    if( m->cap_source[i]==0 ) m->cap_source[i] = m->source;
  }
  return ch;
}

static int addAliases(McImp *p, McEntry *e, int iModel){
  McSummary *sum = p->L->sum;
  int i, r;
  /* the provider's own id first: of two spellings of one name, the
  ** provider-scoped one is kept */
  if( e->zPmid ){
    /* the same two names modelcmp_route_aliases() gives a loaded route, so
    ** that an exported import loads back to the same catalog */
    char *z;
    r = modelcmp_alias_add(p->cat, e->zPmid, iModel, e->provider);
    if( r<0 ) return -1;
    sum->aliases_added += r;
    z = sqlite3_mprintf("%s/%s", e->provider, e->zPmid);
    if( z==0 ) return -1;
    r = modelcmp_alias_add(p->cat, z, iModel, e->provider);
    sqlite3_free(z);
    if( r<0 ) return -1;
    sum->aliases_added += r;
  }
  for(i=0; i<e->nName; i++){
    r = modelcmp_alias_add(p->cat, e->azName[i], iModel, e->azNameProv[i]);
    if( r<0 ) return -1;
    sum->aliases_added += r;
  }
  return 0;
}

/* A warning for the summary: the entry key (printable ASCII only) and
** what is wrong with it. */
static void warnBad(McImp *p, McEntry *e){
  char key[64];
  int i, n = 0;
  const char *z = e->zKey ? e->zKey : "?";
  for(i=0; z[i] && n<(int)sizeof(key)-4; i++){
    unsigned char c = (unsigned char)z[i];
    key[n++] = (c>=0x20 && c<0x7f && c!='"' && c!='\\') ? (char)c : '?';
  }
  if( z[i] ){ key[n++] = '.'; key[n++] = '.'; key[n++] = '.'; }
  key[n] = 0;
  for(i=0; e->zBad[i]; i++){
    unsigned char c = (unsigned char)e->zBad[i];
    if( c<0x20 || c>=0x7f ) e->zBad[i] = '?';
  }
  modelcmp_summary_warn(p->L->sum, sqlite3_mprintf("%s: %s", key, e->zBad));
}

/* The model one of the entry's names (or its canonical id) is, or -1 (-2
** on OOM). A name that is the model's id itself, not an alias, says no more
** than the canonical id: a bare name's instruct sibling may be meant. */
static int exactModel(McImp *p, McEntry *e){
  McCatalog *c = p->cat;
  char key[300];
  const char *z = 0;
  int i, iModel = -1;
  for(i=0; i<e->nName && iModel<0; i++){
    if( e->aAliasOnly[i] ) continue;
    iModel = modelcmp_model_resolve(c, z = e->azName[i], strlen(e->azName[i]));
  }
  if( iModel<0 && e->zPmid ){
    iModel = modelcmp_model_resolve(c, z = e->zPmid, strlen(e->zPmid));
    if( iModel<0 ){
      sqlite3_snprintf((int)sizeof(key), key, "%s/%s", e->provider, e->zPmid);
      iModel = modelcmp_model_resolve(c, z = key, strlen(key));
    }
  }
  if( iModel<0 ) iModel = modelcmp_model_resolve(c, z = e->canon, strlen(e->canon));
  if( iModel>=0 && sqlite3_stricmp(z, c->models[iModel].id)==0 ){
    iModel = modelcmp_match_bare(p->pMatch, e, iModel);
  }
  return iModel;
}

/* A new model zId, counted as added by this load; -1 on OOM. */
static int newModel(McImp *p, const char *zId){
  unsigned char *pMark;
  int isNew = 0, iModel;
  McModel *m = modelcmp_model_upsert(p->cat, zId, &isNew);
  if( m==0 ) return -1;
  iModel = (int)(m - p->cat->models);
  if( isNew ){
    p->L->sum->models_added++;
    if( (pMark = modelMark(p, iModel))==0 ) return -1;
    *pMark = 1;
  }
  return iModel;
}

/* Creates the model of an entry no name or rule found (docs/importers.md,
** "Variants"): a variant whose base was found takes the base's id and its
** own variant words, with base_model set; a free tier without a paid model
** is the model itself; a dated snapshot of a known model gets it as its
** base. Returns the model, -1 on OOM. */
static int createModel(McImp *p, McEntry *e, int iBase){
  McCatalog *c = p->cat;
  McSummary *sum = p->L->sum;
  char zId[260];
  int iModel, b = iBase;
  if( iBase>=0 && e->zVarSuffix && !(e->varKind & MC_VAR_PREFIX) ){
    sqlite3_snprintf((int)sizeof(zId), zId, "%s-%s", c->models[iBase].id, e->zVarSuffix);
    if( strlen(zId)>128 ) memcpy(zId, e->canon, strlen(e->canon)+1);
  }else if( iBase<0 && (e->varKind & MC_VAR_FREE) ){
    size_t n = strlen(e->canon);
    memcpy(zId, e->canon, n+1);
    if( n>5 && strcmp(zId+n-5, "-free")==0 ) zId[n-5] = 0;
  }else{
    memcpy(zId, e->canon, strlen(e->canon)+1);
  }
  if( modelcmp_model_find(c, zId, strlen(zId))>=0 ) return newModel(p, zId);
  if( (iModel = newModel(p, zId))<0 ) return -1;
  if( b<0 && (b = modelcmp_match_created(p->pMatch, e, iModel, sum))==-2 ) return -1;
  if( b>=0 && b!=iModel ){
    const char *z = modelcmp_intern(c, c->models[b].id, strlen(c->models[b].id));
    if( z==0 ) return -1;
    c->models[iModel].base_model = z;
    sum->variants_linked++;
  }
  return iModel;
}

int modelcmp_imp_apply(McImp *p, McEntry *e){
  McCatalog *c = p->cat;
  McSummary *sum = p->L->sum;
  McModel *m;
  McRoute *r;
  McProvider *pv;
  unsigned char *pMark;
  int iModel = -1, iBase = -1, isNew = 0, ch;
  char key[300];
  uint32_t h;
  size_t nKey;

  if( e->oom ) return modelcmp_load_oom(p->L);
  if( e->bad ){
    modelcmp_imp_skip(p, "invalid_value");
    warnBad(p, e);
    return SQLITE_OK;
  }
  sum->entries++;

  /* what every source implies the same way */
  if( e->provFlags & MC_PROV_LAB ){
    if( e->ctx==MC_NULL_INT ) e->ctx = e->routeCtx;
    if( e->maxOut==MC_NULL_INT ) e->maxOut = e->routeMaxOut;
  }
  if( e->inMods & MC_MOD_IMAGE ) e->cap[0] = 1;                    /* vision */
  if( (e->inMods & (e->inMods-1))!=0 ) e->cap[1] = 1;               /* multimodal */
  if( strcmp(e->provider, "github-copilot")==0 ) e->cap[7] = 1;     /* ide_integration */

  /* the provider */
  pv = modelcmp_provider_upsert(c, e->provider, &isNew);
  if( pv==0 ) return modelcmp_load_oom(p->L);
  if( isNew ){
    sum->providers_added++;
    if( fillText(p, &fProvName, pv, e->zProvName)<0
     || fillText(p, &fProvUrl, pv, e->zProvUrl)<0
     || fillText(p, &fProvSource, pv, e->zProvSource ? e->zProvSource : e->zSource)<0 ){
      return modelcmp_load_oom(p->L);
    }
  }

  /* the model: a known name first, then the canonical id, then the rules */
  if( (iModel = exactModel(p, e))==-2 ) return modelcmp_load_oom(p->L);
  if( iModel<0 ){
    const char *zMake = 0;
    int makeBase = 0;
    iModel = modelcmp_match_resolve(p->pMatch, e, sum, &iBase, &zMake, &makeBase);
    if( iModel==-2 ) return modelcmp_load_oom(p->L);
    if( zMake ){
      int j = newModel(p, zMake);
      if( j<0 ) return modelcmp_load_oom(p->L);
      if( makeBase ) iBase = j; else iModel = j;
    }
  }
  if( iModel<0 && (iModel = createModel(p, e, iBase))<0 ) return modelcmp_load_oom(p->L);
  m = &c->models[iModel];
  /* a free tier with a paid model of its own keeps its "(free)" name */
  if( (e->varKind & MC_VAR_FREE) && m->base_model && e->zFreeName ) e->zName = e->zFreeName;

  /* the route, once per load */
  nKey = (size_t)sqlite3_snprintf((int)sizeof(key), key, "%d\x1f%s", iModel, e->provider) ? strlen(key) : 0;
  h = modelcmp_hash(key, nKey);
  if( modelcmp_index_find(&p->touched, key, nKey, h)>=0 ){
    if( p->deferDup && !e->variant ) p->nDup++;
    else modelcmp_summary_skip(sum, e->variant ? e->zVariant : "duplicate_route");
    if( addAliases(p, e, iModel) ) return modelcmp_load_oom(p->L);
    return SQLITE_OK;
  }
  {
    char *zKey = scratchDup(p, key, nKey);
    if( zKey==0 || modelcmp_index_add(&p->touched, zKey, h, 0)<0 ) return modelcmp_load_oom(p->L);
  }
  r = modelcmp_route_upsert(c, m, e->provider, &isNew);
  if( r==0 ) return modelcmp_load_oom(p->L);
  ch = applyRoute(p, e, r);
  if( ch<0 ) return modelcmp_load_oom(p->L);
  if( isNew ) sum->routes_added++;
  else if( ch ) sum->routes_changed++;

  ch = applyModel(p, e, m);
  if( ch<0 ) return modelcmp_load_oom(p->L);
  if( (pMark = modelMark(p, iModel))==0 ) return modelcmp_load_oom(p->L);
  if( ch && *pMark==0 ){
    *pMark = 2;
    sum->models_changed++;
  }
  if( addAliases(p, e, iModel) ) return modelcmp_load_oom(p->L);
  return SQLITE_OK;
}

/*************************************************************************
** The entries of a document.
*/
void modelcmp_items_init(McItems *p, const char *zJson){
  memset(p, 0, sizeof(*p));
  p->zJson = zJson;
}

void modelcmp_items_free(McItems *p){
  int i;
  modelcmp_arena_clear(&p->keys);
  for(i=0; i<p->nTree; i++) cJSON_Delete(p->apTree[i]);
  sqlite3_free(p->apTree);
  sqlite3_free(p->a);
  memset(p, 0, sizeof(*p));
}


McItem *modelcmp_items_add(McItems *p, const McJsonMember *m){
  McItem *pItem;
  if( m->nVal > 0xffffffffu ) return 0;
  if( p->n>=p->nAlloc ){
    int nNew = p->nAlloc ? p->nAlloc*2 : 256;
    McItem *a = sqlite3_realloc64(p->a, sizeof(McItem)*(sqlite3_uint64)nNew);
    if( a==0 ) return 0;
    p->a = a;
    p->nAlloc = nNew;
  }
  pItem = &p->a[p->n];
  memset(pItem, 0, sizeof(*pItem));
  if( m->nKey ){
    char *z = modelcmp_arena_reserve(&p->keys, m->nKey+1);
    if( z==0 ) return 0;
    modelcmp_arena_commit(&p->keys, modelcmp_json_unescape(p->zJson + m->iKey, m->nKey, z) + 1);
    pItem->zKey = z;
  }
  pItem->iVal = m->iVal;
  pItem->nVal = (unsigned int)m->nVal;
  p->n++;
  return pItem;
}

int modelcmp_items_keep(McItems *p, cJSON *pTree){
  if( p->nTree>=p->nTreeAlloc ){
    int nNew = p->nTreeAlloc ? p->nTreeAlloc*2 : 64;
    cJSON **a = sqlite3_realloc64(p->apTree, sizeof(cJSON*)*(sqlite3_uint64)nNew);
    if( a==0 ){ cJSON_Delete(pTree); return SQLITE_NOMEM; }
    p->apTree = a;
    p->nTreeAlloc = nNew;
  }
  p->apTree[p->nTree++] = pTree;
  return SQLITE_OK;
}

/*************************************************************************
** The driver shared by the three formats.
*/
int modelcmp_imp_run(McLoad *L, McItems *pItems, McParse xParse){
  McItem *aItem = pItems->a;
  int nItem = pItems->n;
  McImp *p = modelcmp_imp_begin(L);
  McEntry *e;
  cJSON *pEntry;
  int i, pass;
  if( p==0 ) return L->rc;
  e = sqlite3_malloc64(sizeof(*e));
  if( e==0 ){ modelcmp_imp_end(p); return modelcmp_load_oom(L); }
  /* The first read classifies every entry. A first-party entry is applied
  ** right away: the first pass would apply it next anyway, in the same
  ** order, and nothing read in between depends on the catalog; its
  ** duplicate routes are counted after the skip reasons of the reads, where
  ** the pass would have counted them. The others are read again in their
  ** pass: keeping their trees until then would keep the whole document's. */
  p->deferDup = 1;
  for(i=0; i<nItem && L->rc==SQLITE_OK; i++){
    const char *zSkip;
    pEntry = modelcmp_json_parse(L, pItems->zJson, aItem[i].iVal, aItem[i].nVal);
    if( pEntry==0 ) break;
    zSkip = xParse(e, &aItem[i], pEntry);
    if( e->oom ){
      modelcmp_load_oom(L);
    }else if( zSkip ){
      modelcmp_imp_skip(p, zSkip);
      aItem[i].pass = -1;
    }else if( e->bad ){
      aItem[i].pass = MC_PASS_OTHER;
    }else if( e->variant ){
      aItem[i].pass = MC_PASS_VARIANT;
    }else if( e->provFlags & MC_PROV_LAB ){
      aItem[i].pass = -1;
      modelcmp_imp_apply(p, e);
    }else{
      aItem[i].pass = MC_PASS_OTHER;
      /* a model this load will create: the rules may need it earlier */
      if( !e->varKind && modelcmp_model_resolve(p->cat, e->canon, strlen(e->canon))<0
       && modelcmp_match_pending(p->pMatch, e)==-2 ){
        modelcmp_load_oom(L);
      }
    }
    modelcmp_entry_clear(e);
    cJSON_Delete(pEntry);
  }
  p->deferDup = 0;
  while( p->nDup>0 ){ modelcmp_summary_skip(L->sum, "duplicate_route"); p->nDup--; }
  for(pass=MC_PASS_OTHER; pass<MC_NPASS && L->rc==SQLITE_OK; pass++){
    for(i=0; i<nItem && L->rc==SQLITE_OK; i++){
      if( aItem[i].pass!=pass ) continue;
      pEntry = modelcmp_json_parse(L, pItems->zJson, aItem[i].iVal, aItem[i].nVal);
      if( pEntry==0 ) break;
      xParse(e, &aItem[i], pEntry);
      modelcmp_imp_apply(p, e);
      modelcmp_entry_clear(e);
      cJSON_Delete(pEntry);
    }
  }
  if( L->rc==SQLITE_OK && applyVotes(p) ) modelcmp_load_oom(L);
  sqlite3_free(e);
  modelcmp_imp_end(p);
  return L->rc;
}
