/*
** import_match.c — "is this the same model?" for an imported entry whose
** names are all unknown to the catalog: the rules that see through a
** provider's spelling, link a variant to the model it serves, and refuse
** a merge that the facts contradict. The rules and their evidence are
** docs/importers.md#same-model-rules and #variants.
**
** Used by every import (import_common.c), for the litellm, openrouter and
** modelsdev formats of modelcmp_load() and modelcmp_load_file():
**
**   SELECT modelcmp_load_file('model_prices_and_context_window.json');
**   SELECT model_id FROM model_aliases WHERE alias = 'groq/llama-3.3-70b-versatile';
**     -- llama-3.3-70b-instruct (Groq's product name, Meta's model)
**   SELECT id, base_model FROM models WHERE id = 'llama-3.3-70b-instruct-turbo';
**     -- llama-3.3-70b-instruct-turbo|llama-3.3-70b-instruct
**
** HOW IT WORKS
**
** Every model of the catalog is indexed when a load first needs it,
** under its spelling key (modelcmp_spell_key: "llama-3.3-70b-instruct",
** "Llama3.3-70B-Instruct" and "llama-3-3-70b-instruct" share one), under
** that key without its mode words (instruct, it, thinking, reasoning, ...),
** under its words sorted (numbers kept in order), and, when its id ends with
** a date, under the key without it; its names without a provider (curated
** aliases, Hugging Face ids) under their spelling keys, and a model a curator
** reviewed under its display name ("Mistral Small 3.2"). Models and names
** added later in the load are indexed as they appear. A key two models share
** names neither. The entry's canonical id is then looked up, in order:
**
**   1. its spelling key (for a bare name that is also an instruct model's,
**      rule 3 decides);
**   2. without a trailing date word, when the model found carries the same
**      date in its id or release date (mistral-small-3-2-2506 is
**      mistral-small-2506, "Mistral Small 3.2");
**   3. when it has no mode word: the one model whose key differs only by
**      instruct/it (llama-3.3-70b is llama-3.3-70b-instruct, unless a
**      thinking or a base model shares the name, or the provider lists both);
**   4. "<name>-latest": the dated release (or the undated model) of that
**      name whose release date, or same-provider price, is the entry's;
**   5. after one or two words naming a lab whose own ids include the rest
**      (openai-gpt-4o);
**   6. the same words in another order (claude-4.5-sonnet).
**
** Before any entry is applied, the first read notes the canonical ids the
** load will create, so rule 3 and a variant's base can find a model an
** entry later in the document creates (it is created now, under its own
** id, and that entry finds it by name).
**
** A candidate is refused when the entry's facts contradict it: another
** creator, other parameter sizes, or a release date more than a month
** before the model's (or, from the creator's own API, more than a month
** either way). Refusals are counted by fact in the load summary's
** "merges_refused". A variant (its id ends in -fp8, -turbo, ... or it is a
** ":free" tier) that no rule found looks for its base the same way; the
** importer then creates it with base_model set. A model created with no
** rule's help is checked for near misses: an existing model whose key is
** the new key without one or two leading words, listed in the summary for
** a curator with every refused merge.
**
** Everything is a hash lookup; the index costs one pass over the models
** per load.
*/
#include "import_common.h"
SQLITE_EXTENSION_INIT3

#include <string.h>
#include <stdlib.h>

/* Words that say which mode of a model an id names. A name without any is
** the model only when it has a single mode (rule 3). */
static const char *const azMode[] = {
  "instruct", "it", "thinking", "reasoning", "base", "pt", 0
};

#define MC_DAYS_APART 31      /* release dates further apart: not the same model */

/* One chain link of the date index (several dated releases per name). */
typedef struct McLink { int model; int next; } McLink;

struct McMatch {
  McCatalog *cat;
  McIndex keyIx;              /* spelling key -> aVal slot */
  McIndex modeIx;             /* key without mode words -> aVal slot */
  McIndex nameIx;             /* key of a reviewed model's display name -> aVal slot */
  McIndex dateIx;             /* key without its trailing date -> aVal slot (chain head) */
  McIndex orderIx;            /* words sorted, numbers in order -> aVal slot */
  McIndex instructIx;         /* an instruct model's key without the word -> aVal slot */
  McIndex otherModeIx;        /* a thinking/reasoning/base model's key without the words */
  int *aVal;                  /* a model, or -2 when two models share the key */
  int nVal, nValAlloc;
  McLink *aLink;
  int nLink, nLinkAlloc;
  McArena keys;               /* key storage */
  int nIndexed;               /* models [0, nIndexed) are indexed */
  int *aSibling;              /* per model: the instruct model its bare name also names, or -1 */
  const char **azKey;         /* per model: its id's spelling key (NULL when none) */
  int nSiblingAlloc;
  int nAliasIndexed;          /* aliases [0, nAliasIndexed) are indexed */
  McIndex pendKeyIx;          /* spelling key of a model the load will create -> aVal slot */
  McIndex pendModeIx;         /* that key without mode words -> aVal slot */
  McIndex pendProvIx;         /* "<provider>\x1f<key>": the providers that name it */
  const char **azPend;        /* the canonical ids the load will create (aVal values) */
  int nPend, nPendAlloc;
  int iRefused;               /* the last entry's refused candidate, or -1 */
  const char *zRefused;       /* and the fact that refused it */
  int oom;
};

McMatch *modelcmp_match_new(McCatalog *cat){
  McMatch *p = sqlite3_malloc64(sizeof(*p));
  if( p ){
    memset(p, 0, sizeof(*p));
    p->cat = cat;
    p->iRefused = -1;
  }
  return p;
}

void modelcmp_match_free(McMatch *p){
  if( p==0 ) return;
  sqlite3_free(p->keyIx.slot);
  sqlite3_free(p->modeIx.slot);
  sqlite3_free(p->nameIx.slot);
  sqlite3_free(p->dateIx.slot);
  sqlite3_free(p->orderIx.slot);
  sqlite3_free(p->instructIx.slot);
  sqlite3_free(p->otherModeIx.slot);
  sqlite3_free(p->pendKeyIx.slot);
  sqlite3_free(p->pendModeIx.slot);
  sqlite3_free(p->pendProvIx.slot);
  sqlite3_free(p->azPend);
  sqlite3_free(p->aVal);
  sqlite3_free(p->aSibling);
  sqlite3_free(p->azKey);
  sqlite3_free(p->aLink);
  modelcmp_arena_clear(&p->keys);
  sqlite3_free(p);
}

/*************************************************************************
** Keys.
*/
static int isDigit(char c){ return c>='0' && c<='9'; }

/* Is the word z[0..n) a mode word? */
static int isMode(const char *z, int n){
  int i;
  for(i=0; azMode[i]; i++){
    if( (int)strlen(azMode[i])==n && strncmp(azMode[i], z, (size_t)n)==0 ) return 1;
  }
  return 0;
}

/* The key without its mode words into out; returns its length, and sets
** *pHad to 1 when it had only instruct/it, 2 when it had another. */
static int modeless(const char *zKey, char *out, int *pHad){
  int j = 0;
  const char *z = zKey;
  *pHad = 0;
  while( *z ){
    const char *e = strchr(z, '-');
    int n = e ? (int)(e - z) : (int)strlen(z);
    if( n==3 && strncmp(z, "non", 3)==0 && e ){
      /* grok-4-1-fast-non-reasoning: "non-" and its mode word go together */
      const char *e2 = strchr(e+1, '-');
      int n2 = e2 ? (int)(e2 - e - 1) : (int)strlen(e+1);
      if( isMode(e+1, n2) ){
        *pHad = 2;
        z = e + 1 + n2 + (e2!=0);
        continue;
      }
    }
    if( isMode(z, n) ){
      int instruct = (n==8 && strncmp(z, "instruct", 8)==0) || (n==2 && strncmp(z, "it", 2)==0);
      if( !instruct ) *pHad = 2;
      else if( *pHad==0 ) *pHad = 1;
    }else{
      if( j ) out[j++] = '-';
      memcpy(out+j, z, (size_t)n);
      j += n;
    }
    z += n + (e!=0);
  }
  out[j] = 0;
  return j;
}

/* Length of a trailing date in a key: "-2024-08-06", "-20240806" (full,
** *pFull set) or a 4-digit "-2506" / "-0324" / "-03-2025". 0 when none. */
static int dateTail(const char *zKey, int n, int *pFull){
  int i, k;
  *pFull = 0;
  for(i=n; i>0 && isDigit(zKey[i-1]); i--){}
  k = n - i;
  if( i<2 || zKey[i-1]!='-' ) return 0;
  if( k==8 && zKey[i]=='2' && zKey[i+1]=='0' ){ *pFull = 1; return k+1; }
  if( k==2 && i>=9 && isDigit(zKey[i-2]) ){
    /* -yyyy-mm-dd */
    int d = i-1, m;
    for(m=d; m>0 && isDigit(zKey[m-1]); m--){}
    if( d-m==2 && m>=6 && zKey[m-1]=='-' && isDigit(zKey[m-2]) ){
      int y;
      for(y=m-1; y>0 && isDigit(zKey[y-1]); y--){}
      if( m-1-y==4 && y>0 && zKey[y-1]=='-' ){ *pFull = 1; return n - y + 1; }
    }
    return 0;
  }
  if( k==4 ){
    /* -mm-yyyy (Cohere's command-a-03-2025) or -yymm / -mmdd */
    if( i>=4 && isDigit(zKey[i-2]) && isDigit(zKey[i-3]) && zKey[i-4]=='-' ) return k+4;
    return k+1;
  }
  if( k==6 && zKey[i]=='2' ) return k+1;        /* -yymmdd (Volcengine's deepseek-v3-2-251201) */
  return 0;
}

/* Does a short date word (yymm, yymmdd) name the month (and day) of a
** release date YYYY-MM-DD? */
static int dateWordIs(const char *z, int n, const char *zReleased){
  if( zReleased==0 || strlen(zReleased)<10 || (n!=4 && n!=6) ) return 0;
  if( z[0]!=zReleased[2] || z[1]!=zReleased[3] || z[2]!=zReleased[5] || z[3]!=zReleased[6] ) return 0;
  return n==4 || (z[4]==zReleased[8] && z[5]==zReleased[9]);
}

/* Days since 0000-03-01 of a YYYY-MM-DD date (no validation beyond digits). */
static int dayNumber(const char *z){
  int y, m, d;
  if( z==0 || strlen(z)<10 ) return -1;
  y = atoi(z); m = atoi(z+5); d = atoi(z+8);
  if( m<1 || m>12 || d<1 || d>31 ) return -1;
  if( m<3 ){ y--; m += 12; }
  return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + d;
}

/* The spelling key of the entry's canonical id, computed once. */
static int entryKey(McEntry *e){
  if( e->nKey<0 ) e->nKey = modelcmp_spell_key(e->canon, e->key, sizeof(e->key));
  return e->nKey;
}

/*************************************************************************
** The index.
*/
/* The aVal slot of key in ix, or -1. */
static int slotOf(McIndex *ix, const char *z, int n){
  return modelcmp_index_find(ix, z, (size_t)n, modelcmp_hash(z, (size_t)n));
}

static int newVal(McMatch *p, int v){
  if( p->nVal>=p->nValAlloc ){
    int nNew = p->nValAlloc ? p->nValAlloc*2 : 1024;
    int *a = sqlite3_realloc64(p->aVal, sizeof(int)*(sqlite3_uint64)nNew);
    if( a==0 ){ p->oom = 1; return -1; }
    p->aVal = a;
    p->nValAlloc = nNew;
  }
  p->aVal[p->nVal] = v;
  return p->nVal++;
}

/* The model under key in ix: a model, or -1 (none, or shared). */
static int lookup(McMatch *p, McIndex *ix, const char *z, int n){
  int s = n>0 ? slotOf(ix, z, n) : -1;
  return s<0 ? -1 : p->aVal[s]<0 ? -1 : p->aVal[s];
}

/* Records model iModel under key (shared with another model, or iModel
** -2: -2). */
static void put(McMatch *p, McIndex *ix, const char *z, int n, int iModel){
  uint32_t h;
  int s;
  char *zKey;
  if( n<=0 ) return;
  h = modelcmp_hash(z, (size_t)n);
  if( (s = modelcmp_index_find(ix, z, (size_t)n, h))>=0 ){
    if( p->aVal[s]!=iModel ) p->aVal[s] = -2;
    return;
  }
  if( (s = newVal(p, iModel))<0 ) return;
  zKey = modelcmp_arena_alloc(&p->keys, (size_t)n+1);
  if( zKey==0 ){ p->oom = 1; return; }
  memcpy(zKey, z, (size_t)n);
  zKey[n] = 0;
  if( modelcmp_index_add(ix, zKey, h, s)<0 ) p->oom = 1;
}

/* Adds iModel to the chain of dated releases under key. */
static void putDated(McMatch *p, const char *z, int n, int iModel){
  int s = slotOf(&p->dateIx, z, n);
  if( p->nLink>=p->nLinkAlloc ){
    int nNew = p->nLinkAlloc ? p->nLinkAlloc*2 : 256;
    McLink *a = sqlite3_realloc64(p->aLink, sizeof(McLink)*(sqlite3_uint64)nNew);
    if( a==0 ){ p->oom = 1; return; }
    p->aLink = a;
    p->nLinkAlloc = nNew;
  }
  p->aLink[p->nLink].model = iModel;
  if( s<0 ){
    p->aLink[p->nLink].next = -1;
    put(p, &p->dateIx, z, n, p->nLink);
  }else{
    p->aLink[p->nLink].next = p->aVal[s];
    p->aVal[s] = p->nLink;
  }
  p->nLink++;
}

/* The key with its alphabetic words sorted and its other words in order
** ("claude-4-5-sonnet" and "claude-sonnet-4-5" are "claude sonnet|4-5"). */
static int orderKey(const char *zKey, char *out, int nOut){
  const char *azWord[24];
  int anWord[24], nWord = 0, j = 0, i, k;
  const char *z = zKey;
  while( *z ){
    const char *e = strchr(z, '-');
    int n = e ? (int)(e - z) : (int)strlen(z), alpha = 1;
    for(k=0; k<n; k++) if( isDigit(z[k]) ) alpha = 0;
    if( alpha ){
      if( nWord>=24 ) return 0;
      for(i=nWord; i>0; i--){
        int c = strncmp(azWord[i-1], z, (size_t)(n < anWord[i-1] ? n : anWord[i-1]));
        if( c<0 || (c==0 && anWord[i-1]<=n) ) break;
        azWord[i] = azWord[i-1]; anWord[i] = anWord[i-1];
      }
      azWord[i] = z; anWord[i] = n; nWord++;
    }
    z += n + (e!=0);
  }
  for(i=0; i<nWord; i++){
    if( j + anWord[i] + 2 >= nOut ) return 0;
    if( i ) out[j++] = ' ';
    memcpy(out+j, azWord[i], (size_t)anWord[i]);
    j += anWord[i];
  }
  out[j++] = '|';
  for(z=zKey; *z; ){
    const char *e = strchr(z, '-');
    int n = e ? (int)(e - z) : (int)strlen(z), alpha = 1;
    for(k=0; k<n; k++) if( isDigit(z[k]) ) alpha = 0;
    if( !alpha ){
      if( j + n + 2 >= nOut ) return 0;
      if( out[j-1]!='|' ) out[j++] = '-';
      memcpy(out+j, z, (size_t)n);
      j += n;
    }
    z += n + (e!=0);
  }
  out[j] = 0;
  return j;
}

/* Does an id name a parameter size (llama-3.2-3b)? */
static int sized(const char *zId){
  char sig[64];
  modelcmp_size_sig(zId, sig, sizeof(sig));
  return sig[0]!=0;
}

static void indexModel(McMatch *p, int i){
  const McModel *m = &p->cat->models[i];
  char key[MC_KEY_MAX], bare[MC_KEY_MAX];
  int n = modelcmp_spell_key(m->id, key, sizeof(key)), had, nd, full;
  if( i>=p->nSiblingAlloc ){
    int nNew = p->nSiblingAlloc ? p->nSiblingAlloc*2 : 1024, k;
    int *a;
    const char **az;
    while( nNew<=i ) nNew *= 2;
    if( (a = sqlite3_realloc64(p->aSibling, sizeof(int)*(sqlite3_uint64)nNew))==0 ){ p->oom = 1; return; }
    p->aSibling = a;
    if( (az = sqlite3_realloc64(p->azKey, sizeof(char*)*(sqlite3_uint64)nNew))==0 ){ p->oom = 1; return; }
    p->azKey = az;
    for(k=p->nSiblingAlloc; k<nNew; k++){ a[k] = -1; az[k] = 0; }
    p->nSiblingAlloc = nNew;
  }
  if( n==0 ) return;
  if( (p->azKey[i] = modelcmp_arena_alloc(&p->keys, (size_t)n+1))==0 ){ p->oom = 1; return; }
  memcpy((char*)p->azKey[i], key, (size_t)n+1);
  put(p, &p->keyIx, key, n, i);
  /* only an instruct model is the model of its unqualified name; a
  ** thinking, reasoning or base sibling makes that name ambiguous */
  nd = modeless(key, bare, &had);
  put(p, &p->modeIx, bare, nd, had==2 ? -2 : i);
  /* a bare name and the instruct model of that name: siblings */
  /* (only an open model's size-named bare name is a pretrained release:
  ** OpenAI's gpt-3.5-turbo is the chat model, its -instruct another one) */
  if( had==2 ) put(p, &p->otherModeIx, bare, nd, i);
  if( had==1 ){
    int b;
    put(p, &p->instructIx, bare, nd, i);
    if( (b = lookup(p, &p->keyIx, bare, nd))>=0 && b!=i && sized(p->cat->models[b].id) ){
      p->aSibling[b] = lookup(p, &p->instructIx, bare, nd);
    }
  }else if( had==0 && sized(m->id) ){
    p->aSibling[i] = lookup(p, &p->instructIx, key, n);
  }
  put(p, &p->orderIx, bare, orderKey(key, bare, sizeof(bare)), i);
  if( (nd = dateTail(key, n, &full))>0 && n-nd>0 ) putDated(p, key, n-nd, i);
  /* a curator's display name: "Mistral Small 3.2" */
  if( m->reviewed && m->name && (n = modelcmp_spell_key(m->name, key, sizeof(key)))>0 ){
    put(p, &p->nameIx, key, n, i);
  }
}

/* Indexes the models and the names without a provider (curated aliases,
** Hugging Face ids: mistralai/mistral-small-3.2-24b-instruct) added since
** the last call. */
static int indexUpToDate(McMatch *p){
  const McCatalog *c = p->cat;
  char key[MC_KEY_MAX];
  while( p->nIndexed < c->nmodel && !p->oom ) indexModel(p, p->nIndexed++);
  for(; p->nAliasIndexed < c->nalias && !p->oom; p->nAliasIndexed++){
    const McAlias *a = &c->aliases[p->nAliasIndexed];
    const char *z;
    int n;
    if( a->provider ) continue;
    z = strrchr(a->alias, '/');
    if( (n = modelcmp_spell_key(z ? z+1 : a->alias, key, sizeof(key)))>0 ){
      int s = slotOf(&p->keyIx, key, n);
      if( s<0 || p->aVal[s]!=a->model ) put(p, &p->keyIx, key, n, a->model);
    }
  }
  return p->oom ? -1 : 0;
}


/*************************************************************************
** Facts that refuse a merge.
*/
/* The total parameter count an id names ("1.5b", "70B", "350m"; not an
** active count like "a22b"), or 0. */
static double firstSize(const char *z){
  int i;
  for(i=0; z[i]; i++){
    int k;
    double scale;
    if( !isDigit(z[i]) || (i>0 && ((z[i-1]|0x20)>='a' && (z[i-1]|0x20)<='z')) ) continue;
    if( i>0 && (isDigit(z[i-1]) || z[i-1]=='.') ) continue;
    for(k=i; isDigit(z[k]) || (z[k]=='.' && isDigit(z[k+1])); k++){}
    switch( z[k]|0x20 ){
      case 'b': scale = 1e9; break;
      case 'm': scale = 1e6; break;
      case 't': scale = 1e12; break;
      default: i = k; continue;
    }
    if( ((z[k+1]|0x20)>='a' && (z[k+1]|0x20)<='z') || isDigit(z[k+1]) ){ i = k; continue; }
    return atof(z+i)*scale;
  }
  return 0;
}

/* A release date as evidence: a real date, not a placeholder (1970-01-01). */
static int dateEvidence(const char *z){
  int d = dayNumber(z);
  return d>=0 && strcmp(z, "2000")>0 ? d : -1;
}

/* Returns the fact that contradicts "the entry is model m", or NULL. */
static const char *contradiction(const McEntry *e, const McModel *m){
  char a[64], b[64];
  if( e->zCreator && m->creator && sqlite3_stricmp(e->zCreator, m->creator)!=0 ) return "creator";
  modelcmp_size_sig(e->canon, a, sizeof(a));
  if( a[0] ){
    modelcmp_size_sig(m->id, b, sizeof(b));
    if( b[0] && strcmp(a, b)!=0 ) return "parameters";
    if( b[0]==0 && m->parameters!=MC_NULL_INT && m->parameters>0 ){
      double v = firstSize(e->canon);
      if( v>0 && (v < 0.85*(double)m->parameters || v > 1.15*(double)m->parameters) ){
        return "parameters";
      }
    }
  }
  if( e->zReleased && m->released ){
    int de = dateEvidence(e->zReleased), dm = dateEvidence(m->released);
    /* A reseller lists a model when it starts serving it: only a date before
    ** the release contradicts. The creator's own date is the release. */
    if( de>=0 && dm>=0 && (de < dm - MC_DAYS_APART
        || ((e->provFlags & MC_PROV_LAB) && de > dm + MC_DAYS_APART)) ){
      return "release_date";
    }
  }
  return 0;
}

/* Accepts candidate i for e unless a fact contradicts it (counted). */
static int accept(McMatch *p, McEntry *e, McSummary *sum, int i){
  const char *zWhy;
  if( i<0 ) return -1;
  if( (zWhy = contradiction(e, &p->cat->models[i]))!=0 ){
    modelcmp_summary_refused(sum, zWhy);
    p->iRefused = i;
    p->zRefused = zWhy;
    return -3;
  }
  return i;
}

/* Rule 3's candidate, unless the entry's provider lists the model under
** another name too: a provider that serves both "X" and "X-instruct" (or
** gpt-3.5-turbo and gpt-3.5-turbo-instruct) serves two models. */
static int acceptMode(McMatch *p, McEntry *e, McSummary *sum, int i, int forBase){
  const McRoute *r = modelcmp_route_find(&p->cat->models[i], e->provider);
  if( !forBase && r && r->provider_model_id && e->zPmid && strcmp(r->provider_model_id, e->zPmid)!=0 ){
    modelcmp_summary_refused(sum, "provider_lists_both");
    p->iRefused = i;
    p->zRefused = "provider_lists_both";
    return -3;
  }
  return accept(p, e, sum, i);
}

/* A name with no mode word that is model i's (a bare "llama-3.2-3b") when
** an instruct model shares it (llama-3.2-3b-instruct): a provider that does
** not serve model i means the instruct model, as APIs serve the instruct
** weights for chat; the one that lists both keeps i (Fireworks serves the
** pretrained llama-v3p2-3b too). Not when a curator reviewed model i (the
** bare qwen3-235b-a22b is Qwen's hybrid model) or another mode shares the
** name. Returns the instruct model, or -1. */
static int preferInstruct(McMatch *p, McEntry *e, int i){
  const McModel *m = &p->cat->models[i];
  const char *z;
  int j = i<p->nSiblingAlloc ? p->aSibling[i] : -1;
  if( j<0 || j==i || m->reviewed || modelcmp_route_find(m, e->provider) ) return -1;
  /* a thinking (or base) model of the name too: the bare name is not the
  ** pretrained one of an instruct model (Qwen3-VL-30B-A3B) */
  if( (z = p->azKey[i])==0 ) return -1;
  return slotOf(&p->otherModeIx, z, (int)strlen(z))<0 ? j : -1;
}

int modelcmp_match_bare(McMatch *p, McEntry *e, int iModel){
  int j;
  if( indexUpToDate(p) ) return -2;
  if( (j = preferInstruct(p, e, iModel))<0 ) return iModel;
  return contradiction(e, &p->cat->models[j]) ? iModel : j;
}

/*************************************************************************
** The rules.
*/
/* Is this date key (the trailing part of a model key) part of model i's id? */
static int idHasToken(McMatch *p, int i, const char *zTok, int n){
  const char *key = p->azKey[i], *z = key;
  while( z && (z = strstr(z, zTok))!=0 ){
    if( (z==key || z[-1]=='-') && (z[n]==0 || z[n]=='-') ) return 1;
    z++;
  }
  return 0;
}

/* Rule 4: "<name>-latest". */
static int latestOf(McMatch *p, McEntry *e, const char *zKey, int n){
  static const char zLatest[] = "-latest";
  const McModel *aModel = p->cat->models;
  int nStem = n - (int)(sizeof(zLatest)-1), s, l, found = -1, nMatch = 0, nCand = 0;
  int cand[16];
  if( nStem<=0 || strcmp(zKey+nStem, zLatest)!=0 ) return -1;
  if( (l = lookup(p, &p->keyIx, zKey, nStem))>=0 ) cand[nCand++] = l;
  s = slotOf(&p->dateIx, zKey, nStem);
  for(l = s>=0 ? p->aVal[s] : -1; l>=0 && nCand<16; l = p->aLink[l].next){
    cand[nCand++] = p->aLink[l].model;
  }
  for(l=0; l<nCand; l++){
    const McModel *m = &aModel[cand[l]];
    const McRoute *r = modelcmp_route_find(m, e->provider);
    int same = (e->zReleased && m->released && strcmp(e->zReleased, m->released)==0)
            || (r && !mc_isnull(e->in) && !mc_isnull(e->out) && r->in==e->in && r->out==e->out);
    if( !same ) continue;
    nMatch++;
    /* several: the dated release with the latest date (same spelling) */
    if( found<0 || strcmp(m->id, aModel[found].id)>0 ) found = cand[l];
  }
  return nMatch ? found : -1;
}

/* The rules for one canonical id (the entry's, or forBase its base's): a
** model, -1 none, -3 refused. */
static int byRules(McMatch *p, McEntry *e, McSummary *sum, const char *zCanon, int forBase){
  char keyBuf[MC_KEY_MAX], bare[MC_KEY_MAX];
  const char *key = keyBuf, *zRest;
  int n, i, had, nd, full, nb, k;
  if( zCanon==e->canon ){
    n = entryKey(e);
    key = e->key;
  }else{
    n = modelcmp_spell_key(zCanon, keyBuf, sizeof(keyBuf));
  }
  zRest = key;
  if( n==0 ) return -1;
  /* 1. spelling (of a bare name that is also an instruct model's, rule 3
  ** decides) */
  if( (i = lookup(p, &p->keyIx, key, n))>=0 ){
    int j = preferInstruct(p, e, i);
    return j>=0 ? acceptMode(p, e, sum, j, forBase) : accept(p, e, sum, i);
  }
  /* 2. a version and its date, both spelled: the date must be the model's
  ** (in its id, or its release date's month or day) */
  if( (nd = dateTail(key, n, &full))>0 && !full && n-nd>0 ){
    i = lookup(p, &p->keyIx, key, n-nd);
    if( i<0 ) i = lookup(p, &p->nameIx, key, n-nd);
    if( i>=0 && (idHasToken(p, i, key+n-nd+1, nd-1)
                 || dateWordIs(key+n-nd+1, nd-1, p->cat->models[i].released)) ){
      return accept(p, e, sum, i);
    }
  }
  /* 3. the only mode of a model, unnamed; or named, when the model's own
  ** name leaves it out and no other mode shares the name */
  nb = modeless(key, bare, &had);
  if( !had && (i = lookup(p, &p->modeIx, bare, nb))>=0 ) return acceptMode(p, e, sum, i, forBase);
  if( had==1 && !(e->provFlags & MC_PROV_LAB)
   && (i = lookup(p, &p->keyIx, bare, nb))>=0 && lookup(p, &p->modeIx, bare, nb)==i ){
    return acceptMode(p, e, sum, i, forBase);
  }
  /* a reviewed model's display name, spelled as an id */
  if( (i = lookup(p, &p->nameIx, key, n))>=0 ) return accept(p, e, sum, i);
  /* 4. a moving "-latest" alias */
  if( (i = latestOf(p, e, key, n))>=0 ) return accept(p, e, sum, i);
  /* 6. the same words in another order, numbers in the same order
  ** (claude-4.5-sonnet is claude-sonnet-4-5) */
  if( (nb = orderKey(key, bare, sizeof(bare)))>0 && (i = lookup(p, &p->orderIx, bare, nb))>=0 ){
    return accept(p, e, sum, i);
  }
  /* 5. the creator's name before its model's: openai-gpt-4o, zai-org-glm-4.7
  ** (one or two words naming a lab whose own models' ids include the rest;
  ** deepseek-llama3.3-70b is DeepSeek's distillation, not Meta's model) */
  for(k=0; k<2 && (zRest = strchr(zRest, '-'))!=0; k++){
    int nOrg = (int)(zRest - key), j;
    char zOrg[MC_KEY_MAX];
    zRest++;
    memcpy(zOrg, key, (size_t)nOrg);
    zOrg[nOrg] = 0;
    if( *zRest==0 ) break;
    j = lookup(p, &p->keyIx, zRest, n - (int)(zRest - key));
    if( j<0 && (nb = orderKey(zRest, bare, sizeof(bare)))>0 ) j = lookup(p, &p->orderIx, bare, nb);
    if( j>=0 && modelcmp_org_names(zOrg, p->cat->models[j].id) ) return accept(p, e, sum, j);
  }
  return -1;
}

/* "<provider>\x1f<key>" into buf; its length, 0 when it does not fit. */
static int provKey(char *buf, int nBuf, const char *zProv, const char *zKey, int n){
  int k = (int)strlen(zProv);
  if( k + 1 + n >= nBuf ) return 0;
  memcpy(buf, zProv, (size_t)k);
  buf[k] = '\x1f';
  memcpy(buf+k+1, zKey, (size_t)n);
  buf[k+1+n] = 0;
  return k+1+n;
}

int modelcmp_match_pending(McMatch *p, McEntry *e){
  char bare[MC_KEY_MAX], pk[MC_KEY_MAX+140];
  const char *key = e->key;
  int n = entryKey(e), s, idx, had, nb, npk;
  char *z;
  if( n==0 ) return 0;
  if( (npk = provKey(pk, sizeof(pk), e->provider, key, n))>0 ) put(p, &p->pendProvIx, pk, npk, 0);
  /* one pending model per spelling key, whoever spells it */
  if( (s = slotOf(&p->pendKeyIx, key, n))>=0 ) return p->oom ? -2 : 0;
  if( p->nPend>=p->nPendAlloc ){
    int nNew = p->nPendAlloc ? p->nPendAlloc*2 : 256;
    const char **a = sqlite3_realloc64(p->azPend, sizeof(char*)*(sqlite3_uint64)nNew);
    if( a==0 ) return -2;
    p->azPend = a;
    p->nPendAlloc = nNew;
  }
  if( (z = modelcmp_arena_alloc(&p->keys, strlen(e->canon)+1))==0 ) return -2;
  memcpy(z, e->canon, strlen(e->canon)+1);
  idx = p->nPend++;
  p->azPend[idx] = z;
  put(p, &p->pendKeyIx, key, n, idx);
  /* an instruct model's name without the word (another entry's unqualified
  ** name is not evidence of a second model: it is what is being resolved) */
  nb = modeless(key, bare, &had);
  if( had ) put(p, &p->pendModeIx, bare, nb, had==2 ? -2 : idx);
  return p->oom ? -2 : 0;
}

/* A model the load will create that zCanon names by its spelling (when
** exact) or, when zCanon has no mode word, as the instruct model of its name
** (rule 3, refused when e's provider names that model too): its canonical
** id, or NULL. */
static const char *pendingFor(McMatch *p, McEntry *e, McSummary *sum, const char *zCanon, int exact){
  char key[MC_KEY_MAX], bare[MC_KEY_MAX], pk[MC_KEY_MAX+140];
  int n = modelcmp_spell_key(zCanon, key, sizeof(key)), had, nb, s, i, npk;
  if( n==0 ) return 0;
  if( exact && (i = lookup(p, &p->pendKeyIx, key, n))>=0 ) return p->azPend[i];
  nb = modeless(key, bare, &had);
  if( had || slotOf(&p->modeIx, bare, nb)>=0 ) return 0;   /* a known model has the name */
  s = slotOf(&p->pendModeIx, bare, nb);
  if( s<0 || (i = p->aVal[s])<0 ) return 0;
  if( !exact && (npk = modelcmp_spell_key(p->azPend[i], key, sizeof(key)))>0
   && (npk = provKey(pk, sizeof(pk), e->provider, key, npk))>0
   && slotOf(&p->pendProvIx, pk, npk)>=0 ){
    modelcmp_summary_refused(sum, "provider_lists_both");
    return 0;
  }
  return p->azPend[i];
}

int modelcmp_match_resolve(McMatch *p, McEntry *e, McSummary *sum, int *piBase,
                           const char **pzMake, int *pMakeBase){
  const McModel *aModel;
  int i, b;
  *piBase = -1;
  *pzMake = 0;
  *pMakeBase = 0;
  p->iRefused = -1;
  if( indexUpToDate(p) ) return -2;
  aModel = p->cat->models;
  i = byRules(p, e, sum, e->canon, 0);
  if( i>=0 ) return i;
  if( i==-3 ) return -1;
  if( e->varKind==0 || e->baseCanon[0]==0 ){
    /* the instruct model another entry of the load names */
    *pzMake = pendingFor(p, e, sum, e->canon, 0);
    return -1;
  }
  /* a variant: its base, by an exact name or by the rules */
  b = modelcmp_model_resolve(p->cat, e->baseCanon, strlen(e->baseCanon));
  if( b>=0 ){
    b = accept(p, e, sum, b);
  }else{
    b = byRules(p, e, sum, e->baseCanon, 1);
  }
  if( b==-1 ){
    /* a base another entry of the load creates: an open model's (sized) */
    char sig[64];
    modelcmp_size_sig(e->baseCanon, sig, sizeof(sig));
    if( (sig[0] || (e->varKind & (MC_VAR_QUANT|MC_VAR_FREE|MC_VAR_PREFIX)))
     && (*pzMake = pendingFor(p, e, sum, e->baseCanon, 1))!=0 ){
      *pMakeBase = 1;
    }
    return -1;
  }
  if( b<0 ) return -1;
  if( aModel[b].base_model ){
    int r = modelcmp_model_find(p->cat, aModel[b].base_model, strlen(aModel[b].base_model));
    if( r<0 ) return -1;
    b = r;
  }
  /* a speed-tuned serving needs more than the name: a parameter size in it
  ** (an open model's serving), or release dates that agree (grok-4-fast is
  ** not grok-4) */
  if( (e->varKind & (MC_VAR_QUANT|MC_VAR_FREE|MC_VAR_PREFIX))==0 ){
    char sig[64];
    int de = e->zReleased ? dateEvidence(e->zReleased) : -1;
    int dm = aModel[b].released ? dateEvidence(aModel[b].released) : -1;
    modelcmp_size_sig(e->baseCanon, sig, sizeof(sig));
    if( sig[0]==0 && !(de>=0 && dm>=0 && abs(de - dm) <= MC_DAYS_APART) ) return -1;
  }
  *piBase = b;
  return -1;
}

int modelcmp_match_created(McMatch *p, McEntry *e, int iModel, McSummary *sum){
  McModel *m;
  const char *key;
  int n, nd, full, i = -1, k, nWord = 1;
  if( indexUpToDate(p) ) return -2;
  m = &p->cat->models[iModel];
  if( (key = p->azKey[iModel])==0 ) return -1;
  n = (int)strlen(key);
  /* a dated snapshot of a model: gpt-4o-2024-08-06 of gpt-4o */
  if( m->base_model==0 && (nd = dateTail(key, n, &full))>0 && full
   && (i = lookup(p, &p->keyIx, key, n-nd))>=0 && i!=iModel ){
    const McModel *b = &p->cat->models[i];
    if( b->base_model ) i = modelcmp_model_find(p->cat, b->base_model, strlen(b->base_model));
    if( i>=0 && i!=iModel && contradiction(e, &p->cat->models[i])==0 ) return i;
  }
  if( p->iRefused>=0 ){
    modelcmp_summary_near(sum, sqlite3_mprintf("%s/%s ~ %s (refused: %s)", e->provider,
                          e->zPmid ? e->zPmid : m->id, p->cat->models[p->iRefused].id, p->zRefused));
    return -1;
  }
  if( e->varKind ) return -1;
  /* near misses: the name of a known model after one or two leading words
  ** (a reseller's prefix: duo-chat-gpt-5-2-codex, coding-glm-5.1) */
  for(k=0; k<n; k++) nWord += key[k]=='-';
  for(k=1; k<=2 && i<0 && nWord-k>=2; k++){
    const char *z = key;
    int w;
    for(w=0; w<k; w++) z = strchr(z, '-') + 1;
    i = lookup(p, &p->keyIx, z, n - (int)(z-key));
    if( i<0 ) i = lookup(p, &p->modeIx, z, n - (int)(z-key));
  }
  if( i>=0 && i!=iModel ){
    modelcmp_summary_near(sum, sqlite3_mprintf("%s/%s ~ %s", e->provider,
                          e->zPmid ? e->zPmid : m->id, p->cat->models[i].id));
  }
  return -1;
}
