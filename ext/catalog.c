/*
** catalog.c — the in-memory catalog: records, string arena, hash indexes.
**
** A McCatalog owns every string it points to (interned into its arena, so
** the thousands of repeated source URLs, provider ids and modality lists of
** an imported catalog are stored once) and four hash indexes: models by id,
** aliases by lowercased alias, providers by id, benchmark definitions by id.
** Lookups by id are O(1); nothing here scans the catalog except
** modelcmp_suggest(), which runs only on the error path.
**
** Lifecycle: modelcmp_catalog_new() or modelcmp_catalog_copy() give a
** private catalog with one reference; loaders mutate it through the upsert
** calls below; once published (state.c) it is never mutated again, and
** readers share it by reference count until the last unref frees it.
*/
#include "mc_internal.h"
SQLITE_EXTENSION_INIT3

#include <string.h>
#include <stdlib.h>

const double modelcmp_null_real = __builtin_nan("");

const char *const modelcmp_cap_id[MC_NCAP] = {
  "vision", "multimodal", "reasoning", "function_calling", "tool_use",
  "structured_outputs", "code_execution", "ide_integration", "computer_use",
  "parallel_agents"
};
const char *const modelcmp_cap_label[MC_NCAP] = {
  "Vision", "Multimodal", "Reasoning", "Function calling", "Tool use",
  "Structured outputs", "Code execution", "IDE integration", "Computer use",
  "Parallel agents"
};

int modelcmp_cap_find(const char *z){
  int i;
  for(i=0; i<MC_NCAP; i++){
    if( strcmp(z, modelcmp_cap_id[i])==0 ) return i;
  }
  return -1;
}

/*************************************************************************
** String arena with interning.
*/
struct McArenaChunk {
  McArenaChunk *next;
  size_t used, size;
  char data[];
};
#define MC_CHUNK 16384

char *modelcmp_arena_reserve(McArena *a, size_t n){
  McArenaChunk *k = a->chunks;
  if( k==0 || k->size - k->used < n ){
    size_t sz = n > MC_CHUNK ? n : MC_CHUNK;
    k = sqlite3_malloc64(sizeof(*k) + sz);
    if( k==0 ) return 0;
    k->size = sz;
    k->used = 0;
    k->next = a->chunks;
    a->chunks = k;
    a->nbytes += sizeof(*k) + sz;
  }
  return k->data + k->used;
}

void modelcmp_arena_commit(McArena *a, size_t m){
  a->chunks->used += m;
}

char *modelcmp_arena_alloc(McArena *a, size_t n){
  char *p = modelcmp_arena_reserve(a, n);
  if( p ) modelcmp_arena_commit(a, n);
  return p;
}

void modelcmp_arena_clear(McArena *a){
  McArenaChunk *k, *next;
  for(k=a->chunks; k; k=next){ next = k->next; sqlite3_free(k); }
  a->chunks = 0;
  a->nbytes = 0;
}

/* FNV-1a: short keys, no alignment assumptions, good enough spread. */
uint32_t modelcmp_hash(const char *z, size_t n){
  uint32_t h = 2166136261u;
  size_t i;
  for(i=0; i<n; i++){ h ^= (unsigned char)z[i]; h *= 16777619u; }
  return h;
}

int modelcmp_index_find(const McIndex *ix, const char *z, size_t n, uint32_t h){
  uint32_t i;
  if( ix->slot==0 ) return -1;
  for(i = h & ix->mask; ix->slot[i].key; i = (i+1) & ix->mask){
    if( ix->slot[i].hash==h && strncmp(ix->slot[i].key, z, n)==0
     && ix->slot[i].key[n]==0 ){
      return ix->slot[i].val;
    }
  }
  return -1;
}

static int indexGrow(McIndex *ix){
  uint32_t nNew = ix->slot ? (ix->mask+1)*2 : 64;
  struct McSlot *aNew = sqlite3_malloc64(sizeof(*aNew)*(sqlite3_uint64)nNew);
  uint32_t i;
  if( aNew==0 ) return -1;
  memset(aNew, 0, sizeof(*aNew)*nNew);
  if( ix->slot ){
    for(i=0; i<=ix->mask; i++){
      if( ix->slot[i].key ){
        uint32_t j = ix->slot[i].hash & (nNew-1);
        while( aNew[j].key ) j = (j+1) & (nNew-1);
        aNew[j] = ix->slot[i];
      }
    }
    sqlite3_free(ix->slot);
  }
  ix->slot = aNew;
  ix->mask = nNew-1;
  return 0;
}

/* Adds key (which must outlive the index) unless present. Returns 1 when
** added, 0 when already there, -1 on OOM. */
int modelcmp_index_add(McIndex *ix, const char *key, uint32_t h, int val){
  uint32_t i;
  size_t n = strlen(key);
  if( modelcmp_index_find(ix, key, n, h)>=0 ) return 0;
  if( ix->slot==0 || (ix->n+1)*4 > (ix->mask+1)*3 ){
    if( indexGrow(ix) ) return -1;
  }
  for(i = h & ix->mask; ix->slot[i].key; i = (i+1) & ix->mask){}
  ix->slot[i].key = key;
  ix->slot[i].hash = h;
  ix->slot[i].val = val;
  ix->n++;
  return 1;
}

static void indexClear(McIndex *ix){
  sqlite3_free(ix->slot);
  memset(ix, 0, sizeof(*ix));
}

const char *modelcmp_intern(McCatalog *c, const char *z, size_t n){
  uint32_t h;
  uint32_t i;
  char *p;
  if( z==0 ) return 0;
  h = modelcmp_hash(z, n);
  if( c->strings.slot ){
    for(i = h & c->strings.mask; c->strings.slot[i].key; i = (i+1) & c->strings.mask){
      const char *k = c->strings.slot[i].key;
      if( c->strings.slot[i].hash==h && strncmp(k, z, n)==0 && k[n]==0 ) return k;
    }
  }
  p = modelcmp_arena_alloc(&c->arena, n+1);
  if( p==0 ) return 0;
  memcpy(p, z, n);
  p[n] = 0;
  if( modelcmp_index_add(&c->strings, p, h, 0)<0 ) return 0;
  return p;
}

/*************************************************************************
** Lifecycle.
*/
McCatalog *modelcmp_catalog_new(void){
  McCatalog *c = sqlite3_malloc64(sizeof(*c));
  if( c ){
    memset(c, 0, sizeof(*c));
    c->nRef = 1;
  }
  return c;
}

static void modelFree(McModel *m){
  int i;
  for(i=0; i<m->nroute; i++) sqlite3_free(m->routes[i].tiers);
  sqlite3_free(m->routes);
  sqlite3_free(m->bench);
}

static void catalogFree(McCatalog *c){
  int i;
  for(i=0; i<c->nmodel; i++) modelFree(&c->models[i]);
  sqlite3_free(c->models);
  sqlite3_free(c->providers);
  sqlite3_free(c->bdefs);
  sqlite3_free(c->aliases);
  indexClear(&c->strings);
  indexClear(&c->ixModel);
  indexClear(&c->ixAlias);
  indexClear(&c->ixProvider);
  indexClear(&c->ixBdef);
  modelcmp_arena_clear(&c->arena);
  sqlite3_free(c);
}

void modelcmp_catalog_ref(McCatalog *c){
  if( c ) __atomic_add_fetch(&c->nRef, 1, __ATOMIC_RELAXED);
}

void modelcmp_catalog_unref(McCatalog *c){
  if( c && __atomic_sub_fetch(&c->nRef, 1, __ATOMIC_ACQ_REL)==0 ) catalogFree(c);
}

/* Returns a copy of a with room for twice as many elements (8 at first),
** updating *pAlloc, or NULL on OOM (a is then untouched). */
static void *growArray(void *a, int *pAlloc, size_t sz){
  int nNew = *pAlloc ? *pAlloc*2 : 8;
  void *aNew = sqlite3_realloc64(a, (sqlite3_uint64)nNew*sz);
  if( aNew ) *pAlloc = nNew;
  return aNew;
}
/* Makes room for element n of arr, or runs onFail. */
#define GROW_OR(arr, n, nAlloc, onFail) \
  if( (n) >= (nAlloc) ){ \
    void *aNew_ = growArray((arr), &(nAlloc), sizeof(*(arr))); \
    if( aNew_==0 ){ onFail; } \
    (arr) = aNew_; \
  }

/* Re-interns every string field of rec (described by aField) into c. */
static int internFields(McCatalog *c, const McField *aField, void *rec){
  const McField *f;
  for(f=aField; f->name; f++){
    if( f->type<=MCF_LIST ){
      const char **pz = (const char**)((char*)rec + f->off);
      if( *pz && (*pz = modelcmp_intern(c, *pz, strlen(*pz)))==0 ) return -1;
    }
  }
  return 0;
}

/* Makes m (a bitwise copy of a model of another catalog) own its arrays
** and point its strings into c. At every point where it can fail, m owns
** exactly what it points to, so freeing c after a failure is safe. */
static int copyModel(McCatalog *c, McModel *m){
  const McRoute *aR = m->routes;
  const McBench *aB = m->bench;
  int nR = m->nroute, nB = m->nbench, i;
  m->routes = 0; m->nroute = m->nrouteAlloc = 0;
  m->bench = 0; m->nbench = m->nbenchAlloc = 0;
  if( internFields(c, modelcmp_model_fields, m) ) return -1;
  for(i=0; i<MC_NCAP; i++){
    const char *z = m->cap_source[i];
    if( z && (m->cap_source[i] = modelcmp_intern(c, z, strlen(z)))==0 ) return -1;
  }
  if( nR ){
    m->routes = sqlite3_malloc64(sizeof(McRoute)*(sqlite3_uint64)nR);
    if( m->routes==0 ) return -1;
    m->nrouteAlloc = nR;
    for(i=0; i<nR; i++){
      McRoute *r = &m->routes[i];
      *r = aR[i];
      r->tiers = 0;
      r->ntier = 0;
      m->nroute = i+1;
      if( aR[i].ntier ){
        r->tiers = sqlite3_malloc64(sizeof(McTier)*(sqlite3_uint64)aR[i].ntier);
        if( r->tiers==0 ) return -1;
        memcpy(r->tiers, aR[i].tiers, sizeof(McTier)*aR[i].ntier);
        r->ntier = aR[i].ntier;
      }
      if( internFields(c, modelcmp_route_fields, r) ) return -1;
    }
  }
  if( nB ){
    m->bench = sqlite3_malloc64(sizeof(McBench)*(sqlite3_uint64)nB);
    if( m->bench==0 ) return -1;
    m->nbenchAlloc = nB;
    for(i=0; i<nB; i++){
      m->bench[i] = aB[i];
      m->nbench = i+1;
      if( internFields(c, modelcmp_bench_fields, &m->bench[i]) ) return -1;
    }
  }
  return 0;
}

McCatalog *modelcmp_catalog_copy(const McCatalog *src){
  McCatalog *c = modelcmp_catalog_new();
  int i;
  if( c==0 ) return 0;
  if( src==0 ) return c;
  /* Copy the arrays wholesale, then re-point every string into c. */
#define COPYARR(arr, n, nAlloc) \
  if( src->n ){ \
    c->arr = sqlite3_malloc64(sizeof(*c->arr)*(sqlite3_uint64)src->n); \
    if( c->arr==0 ) goto oom; \
    memcpy(c->arr, src->arr, sizeof(*c->arr)*src->n); \
    c->n = c->nAlloc = src->n; \
  }
  COPYARR(providers, nprovider, nproviderAlloc)
  COPYARR(bdefs, nbdef, nbdefAlloc)
  COPYARR(aliases, nalias, naliasAlloc)
  if( src->nmodel ){
    c->models = sqlite3_malloc64(sizeof(McModel)*(sqlite3_uint64)src->nmodel);
    if( c->models==0 ) goto oom;
    c->nmodelAlloc = src->nmodel;
    for(i=0; i<src->nmodel; i++){
      c->models[i] = src->models[i];
      c->nmodel = i+1;
      if( copyModel(c, &c->models[i]) ) goto oom;
    }
  }
#undef COPYARR
  for(i=0; i<c->nprovider; i++){
    McProvider *p = &c->providers[i];
    if( internFields(c, modelcmp_provider_fields, p) ) goto oom;
    if( modelcmp_index_add(&c->ixProvider, p->id, modelcmp_hash(p->id, strlen(p->id)), i)<0 ) goto oom;
  }
  for(i=0; i<c->nbdef; i++){
    McBenchDef *d = &c->bdefs[i];
    if( internFields(c, modelcmp_bdef_fields, d) ) goto oom;
    if( modelcmp_index_add(&c->ixBdef, d->id, modelcmp_hash(d->id, strlen(d->id)), i)<0 ) goto oom;
  }
  for(i=0; i<c->nmodel; i++){
    const char *id = c->models[i].id;
    if( modelcmp_index_add(&c->ixModel, id, modelcmp_hash(id, strlen(id)), i)<0 ) goto oom;
  }
  for(i=0; i<c->nalias; i++){
    McAlias *a = &c->aliases[i];
    a->alias = modelcmp_intern(c, a->alias, strlen(a->alias));
    a->key = modelcmp_intern(c, a->key, strlen(a->key));
    if( a->provider ) a->provider = modelcmp_intern(c, a->provider, strlen(a->provider));
    if( a->alias==0 || a->key==0 || (src->aliases[i].provider && a->provider==0) ) goto oom;
    if( modelcmp_index_add(&c->ixAlias, a->key, modelcmp_hash(a->key, strlen(a->key)), i)<0 ) goto oom;
  }
  return c;
oom:
  modelcmp_catalog_unref(c);
  return 0;
}

/*************************************************************************
** Lookups.
*/
int modelcmp_model_find(const McCatalog *c, const char *z, size_t n){
  return modelcmp_index_find(&c->ixModel, z, n, modelcmp_hash(z, n));
}
int modelcmp_provider_find(const McCatalog *c, const char *z, size_t n){
  return modelcmp_index_find(&c->ixProvider, z, n, modelcmp_hash(z, n));
}
int modelcmp_bdef_find(const McCatalog *c, const char *z, size_t n){
  return modelcmp_index_find(&c->ixBdef, z, n, modelcmp_hash(z, n));
}

/* Lowercases z into buf (cap bytes). Returns the length, or -1 when z is
** too long to be an id or alias. */
static int lowerInto(char *buf, size_t cap, const char *z, size_t n){
  size_t i;
  if( n>=cap ) return -1;
  for(i=0; i<n; i++){
    char ch = z[i];
    buf[i] = (ch>='A' && ch<='Z') ? (char)(ch+32) : ch;
  }
  buf[n] = 0;
  return (int)n;
}

/* Alias row index for z (case-insensitive), or -1. */
int modelcmp_alias_find(const McCatalog *c, const char *z, size_t n){
  char buf[512];
  int nb = lowerInto(buf, sizeof(buf), z, n);
  if( nb<0 ) return -1;
  return modelcmp_index_find(&c->ixAlias, buf, nb, modelcmp_hash(buf, nb));
}

/* Resolves a name a user typed: the canonical id, then (case-insensitive)
** the id and the aliases. Returns the model index or -1. */
int modelcmp_model_resolve(const McCatalog *c, const char *z, size_t n){
  char buf[512];
  int nb, i;
  i = modelcmp_model_find(c, z, n);
  if( i>=0 ) return i;
  nb = lowerInto(buf, sizeof(buf), z, n);
  if( nb<0 ) return -1;
  i = modelcmp_index_find(&c->ixModel, buf, nb, modelcmp_hash(buf, nb));
  if( i>=0 ) return i;
  i = modelcmp_index_find(&c->ixAlias, buf, nb, modelcmp_hash(buf, nb));
  return i>=0 ? c->aliases[i].model : -1;
}

const McRoute *modelcmp_route_find(const McModel *m, const char *provider){
  int i;
  for(i=0; i<m->nroute; i++){
    if( strcmp(m->routes[i].provider, provider)==0 ) return &m->routes[i];
  }
  return 0;
}

const McBench *modelcmp_bench_find(const McModel *m, const char *benchmark){
  int i;
  for(i=0; i<m->nbench; i++){
    if( strcmp(m->bench[i].benchmark, benchmark)==0 ) return &m->bench[i];
  }
  return 0;
}

/* Edit distance with an early exit once every cell exceeds max. */
static int editDistance(const char *a, const char *b, int max){
  int la = (int)strlen(a), lb = (int)strlen(b), i, j;
  int row[130];
  if( la>128 || lb>128 ) return max+1;
  if( la-lb > max || lb-la > max ) return max+1;
  for(j=0; j<=lb; j++) row[j] = j;
  for(i=1; i<=la; i++){
    int prev = row[0], best;
    row[0] = i;
    best = row[0];
    for(j=1; j<=lb; j++){
      int cur = row[j];
      int v = prev + (a[i-1]!=b[j-1]);
      if( row[j]+1 < v ) v = row[j]+1;
      if( row[j-1]+1 < v ) v = row[j-1]+1;
      row[j] = v;
      prev = cur;
      if( v<best ) best = v;
    }
    if( best>max ) return max+1;
  }
  return row[lb];
}

/* The canonical id closest to z, for "did you mean" hints: the shortest id
** that starts with z, else the nearest by edit distance (at most a third of
** z's length, minimum 2). NULL when nothing is close. Error path only. */
const char *modelcmp_suggest(const McCatalog *c, const char *z){
  char buf[130];
  int nb, i, bestD, max;
  const char *best = 0;
  if( c==0 || z==0 ) return 0;
  nb = lowerInto(buf, sizeof(buf), z, strlen(z));
  if( nb<2 ) return 0;
  for(i=0; i<c->nmodel; i++){
    const char *id = c->models[i].id;
    if( strncmp(id, buf, nb)==0 ){
      if( best==0 || strlen(id)<strlen(best)
       || (strlen(id)==strlen(best) && strcmp(id, best)<0) ) best = id;
    }
  }
  if( best ) return best;
  max = nb/3 < 2 ? 2 : nb/3;
  bestD = max+1;
  for(i=0; i<c->nmodel; i++){
    const char *id = c->models[i].id;
    int d = editDistance(buf, id, max);
    if( d<bestD || (d==bestD && best && strcmp(id, best)<0) ){ best = id; bestD = d; }
  }
  return bestD<=max ? best : 0;
}

/*************************************************************************
** Upserts.
*/
static void modelInit(McModel *m){
  int i;
  memset(m, 0, sizeof(*m));
  m->context_window = m->max_output = MC_NULL_INT;
  m->parameters = m->active_parameters = MC_NULL_INT;
  m->license_osi = -1;
  for(i=0; i<MC_NCAP; i++) m->cap[i] = -1;
}

McModel *modelcmp_model_upsert(McCatalog *c, const char *id, int *pNew){
  size_t n = strlen(id);
  uint32_t h = modelcmp_hash(id, n);
  int i = modelcmp_index_find(&c->ixModel, id, n, h);
  McModel *m;
  *pNew = 0;
  if( i>=0 ) return &c->models[i];
  GROW_OR(c->models, c->nmodel, c->nmodelAlloc, return 0)
  m = &c->models[c->nmodel];
  modelInit(m);
  if( (m->id = modelcmp_intern(c, id, n))==0 ) return 0;
  if( modelcmp_index_add(&c->ixModel, m->id, h, c->nmodel)<0 ) return 0;
  c->nmodel++;
  *pNew = 1;
  return m;
}

McProvider *modelcmp_provider_upsert(McCatalog *c, const char *id, int *pNew){
  size_t n = strlen(id);
  uint32_t h = modelcmp_hash(id, n);
  int i = modelcmp_index_find(&c->ixProvider, id, n, h);
  McProvider *p;
  *pNew = 0;
  if( i>=0 ) return &c->providers[i];
  GROW_OR(c->providers, c->nprovider, c->nproviderAlloc, return 0)
  p = &c->providers[c->nprovider];
  memset(p, 0, sizeof(*p));
  if( (p->id = modelcmp_intern(c, id, n))==0 ) return 0;
  if( modelcmp_index_add(&c->ixProvider, p->id, h, c->nprovider)<0 ) return 0;
  c->nprovider++;
  *pNew = 1;
  return p;
}

McBenchDef *modelcmp_bdef_upsert(McCatalog *c, const char *id, int *pNew){
  size_t n = strlen(id);
  uint32_t h = modelcmp_hash(id, n);
  int i = modelcmp_index_find(&c->ixBdef, id, n, h);
  McBenchDef *d;
  *pNew = 0;
  if( i>=0 ) return &c->bdefs[i];
  GROW_OR(c->bdefs, c->nbdef, c->nbdefAlloc, return 0)
  d = &c->bdefs[c->nbdef];
  memset(d, 0, sizeof(*d));
  d->higher_is_better = -1;
  d->max_score = MC_NULL_REAL;
  if( (d->id = modelcmp_intern(c, id, n))==0 ) return 0;
  if( modelcmp_index_add(&c->ixBdef, d->id, h, c->nbdef)<0 ) return 0;
  c->nbdef++;
  *pNew = 1;
  return d;
}

McRoute *modelcmp_route_upsert(McCatalog *c, McModel *m, const char *provider, int *pNew){
  McRoute *r = (McRoute*)modelcmp_route_find(m, provider);
  *pNew = 0;
  if( r ) return r;
  GROW_OR(m->routes, m->nroute, m->nrouteAlloc, return 0)
  r = &m->routes[m->nroute];
  memset(r, 0, sizeof(*r));
  r->in = r->out = r->cache_read = r->cache_write = MC_NULL_REAL;
  r->batch_in = r->batch_out = MC_NULL_REAL;
  r->context_window = r->max_output = MC_NULL_INT;
  if( (r->provider = modelcmp_intern(c, provider, strlen(provider)))==0 ) return 0;
  m->nroute++;
  *pNew = 1;
  return r;
}

McBench *modelcmp_bench_upsert(McCatalog *c, McModel *m, const char *bench, int *pNew){
  McBench *b = (McBench*)modelcmp_bench_find(m, bench);
  *pNew = 0;
  if( b ) return b;
  GROW_OR(m->bench, m->nbench, m->nbenchAlloc, return 0)
  b = &m->bench[m->nbench];
  memset(b, 0, sizeof(*b));
  b->score = MC_NULL_REAL;
  b->self_reported = -1;
  if( (b->benchmark = modelcmp_intern(c, bench, strlen(bench)))==0 ) return 0;
  m->nbench++;
  *pNew = 1;
  return b;
}

int modelcmp_alias_add(McCatalog *c, const char *alias, int model, const char *provider){
  char buf[512];
  size_t n = strlen(alias);
  int nb = lowerInto(buf, sizeof(buf), alias, n);
  uint32_t h;
  McAlias *a;
  if( nb<=0 ) return 0;              /* empty or absurdly long: not a name */
  h = modelcmp_hash(buf, nb);
  if( modelcmp_index_find(&c->ixAlias, buf, nb, h)>=0 ) return 0;
  if( modelcmp_index_find(&c->ixModel, buf, nb, h)>=0 ) return 0; /* an id */
  GROW_OR(c->aliases, c->nalias, c->naliasAlloc, return -1)
  a = &c->aliases[c->nalias];
  a->model = model;
  a->alias = modelcmp_intern(c, alias, n);
  a->key = modelcmp_intern(c, buf, nb);
  a->provider = provider ? modelcmp_intern(c, provider, strlen(provider)) : 0;
  if( a->alias==0 || a->key==0 || (provider && a->provider==0) ) return -1;
  if( modelcmp_index_add(&c->ixAlias, a->key, h, c->nalias)<0 ) return -1;
  c->nalias++;
  return 1;
}
