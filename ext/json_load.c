/*
** json_load.c — parsing a catalog document and applying it to a catalog.
**
** modelcmp_load() is the one entry point for every format: it checks the
** whole input as cJSON would parse it (all or nothing: a syntax error
** reports its byte offset; json_scan.c), detects or checks the format from
** the text, applies the document to a private copy of the current catalog
** and returns the copy only when every entry was applied without error.
** The format-specific work is an McFormat. The importers never build a
** tree of the whole document: they parse one entry at a time (import_*.c);
** the native "modelcmp" format (docs/catalog-format.md), held here, is
** parsed whole, its documents being small. This file also holds the
** helpers the importers share: JSON paths for error messages, typed reads
** of JSON values, the load summary.
*/
#include "mc_json.h"
SQLITE_EXTENSION_INIT3

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

extern const McFormat modelcmp_format_litellm;
extern const McFormat modelcmp_format_openrouter;
extern const McFormat modelcmp_format_modelsdev;

/* Detection tries these in order; each xDetect looks for what only its
** format has (the "modelcmp" key, "litellm_provider" in the entries, a
** "data" array of priced models, provider objects holding "models"). */
static const McFormat *const aFormat[] = {
  &modelcmp_format_modelcmp,
  &modelcmp_format_litellm,
  &modelcmp_format_openrouter,
  &modelcmp_format_modelsdev,
};
#define NFORMAT (int)(sizeof(aFormat)/sizeof(aFormat[0]))

/*************************************************************************
** Paths and errors.
*/
static int pathAppend(McLoad *L, const char *zFmt, ...){
  int n = L->nPath;
  va_list ap;
  va_start(ap, zFmt);
  if( n < (int)sizeof(L->path) ){
    int k = vsnprintf(L->path+n, sizeof(L->path)-n, zFmt, ap);
    L->nPath = (k<0 || n+k >= (int)sizeof(L->path)) ? (int)sizeof(L->path)-1 : n+k;
  }
  va_end(ap);
  return n;
}
int modelcmp_path_key(McLoad *L, const char *zKey){
  return pathAppend(L, L->nPath ? ".%s" : "%s", zKey);
}
int modelcmp_path_idx(McLoad *L, int i){
  return pathAppend(L, "[%d]", i);
}
void modelcmp_path_pop(McLoad *L, int n){
  L->nPath = n;
  L->path[n] = 0;
}

int modelcmp_load_error(McLoad *L, const char *zFmt, ...){
  if( L->rc==SQLITE_OK ){
    va_list ap;
    char *zMsg;
    va_start(ap, zFmt);
    zMsg = sqlite3_vmprintf(zFmt, ap);
    va_end(ap);
    if( zMsg==0 ) return modelcmp_load_oom(L);
    L->zErr = L->nPath ? sqlite3_mprintf("%s(): %s: %s", L->zFunc, L->path, zMsg)
                       : sqlite3_mprintf("%s(): %s", L->zFunc, zMsg);
    sqlite3_free(zMsg);
    L->rc = L->zErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  return L->rc;
}

int modelcmp_load_oom(McLoad *L){
  if( L->rc==SQLITE_OK || L->rc==SQLITE_ERROR ){
    sqlite3_free(L->zErr);
    L->zErr = 0;
    L->rc = SQLITE_NOMEM;
  }
  return L->rc;
}

const char *modelcmp_json_describe(const cJSON *item, char *buf, int nBuf){
  if( item==0 || cJSON_IsNull(item) ) return "null";
  if( cJSON_IsTrue(item) ) return "true";
  if( cJSON_IsFalse(item) ) return "false";
  if( cJSON_IsObject(item) ) return "an object";
  if( cJSON_IsArray(item) ) return "an array";
  if( cJSON_IsNumber(item) ){
    snprintf(buf, nBuf, "%.17g", item->valuedouble);
  }else{
    const char *z = item->valuestring ? item->valuestring : "";
    snprintf(buf, nBuf, strlen(z) > 40 ? "\"%.40s...\"" : "\"%s\"", z);
  }
  return buf;
}

cJSON *modelcmp_json_parse(McLoad *L, const char *z, size_t iVal, size_t nVal){
  const char *zEnd = 0;
  cJSON *p = cJSON_ParseWithLengthOpts(z+iVal, nVal, &zEnd, 0);
  if( p==0 ){
    /* a checked span parses: this is cJSON's malloc() failing, which it
    ** reports as a parse error (as the whole-document parse did) */
    modelcmp_load_error(L, "invalid JSON near byte %lld",
                        (long long)(zEnd ? (size_t)(zEnd - z) : iVal));
  }
  return p;
}

const char *modelcmp_json_describe_span(const char *z, size_t iVal, size_t nVal,
                                        char *buf, int nBuf){
  cJSON *p;
  const char *zDesc;
  if( nVal==0 ) return "null";
  if( z[iVal]=='{' ) return "an object";
  if( z[iVal]=='[' ) return "an array";
  p = cJSON_ParseWithLengthOpts(z+iVal, nVal, 0, 0);
  if( p==0 ) return "a value";
  zDesc = modelcmp_json_describe(p, buf, nBuf);
  cJSON_Delete(p);
  return zDesc;
}

/*************************************************************************
** Typed reads.
*/
static const char *const azTypeWant[] = {
  /* MCF_TEXT  */ "a non-empty string",
  /* MCF_SLUG  */ "a lowercase slug ([a-z0-9][a-z0-9._-]*, at most 128 bytes)",
  /* MCF_URL   */ "an http(s) URL",
  /* MCF_DATE  */ "a date YYYY-MM-DD",
  /* MCF_MONTH */ "a month YYYY-MM",
  /* MCF_ENUM  */ "one of",
  /* MCF_JSON  */ "an array of objects",
  /* MCF_LIST  */ "an array of non-empty strings",
  /* MCF_COUNT */ "a whole number > 0",
  /* MCF_PRICE */ "a number >= 0",
  /* MCF_SCORE */ "a finite number",
  /* MCF_FLAG  */ "true or false",
  /* MCF_TIERS */ "an array of tier objects",
};

/* "'preview', 'ga', 'deprecated' or 'retired'" for an MCF_ENUM field (static
** buffer: error path only, one load at a time per call chain). */
const char *modelcmp_enum_list(const McField *f){
  static _Thread_local char buf[256];
  size_t n = 0;
  int i;
  buf[0] = 0;
  for(i=0; f->azEnum[i] && n<sizeof(buf); i++){
    n += (size_t)snprintf(buf+n, sizeof(buf)-n, "%s'%s'",
                          i==0 ? "" : f->azEnum[i+1] ? ", " : " or ", f->azEnum[i]);
  }
  return buf;
}

/* The "differences" fields (docs/catalog-format.md): an array of objects
** {"source": slug, "field": string, "theirs": number|string|null,
**  "key": string, "why": non-empty string}; source, field and why are
** required. They record, as data, why a fact differs from what another
** catalog says, so that make check-catalog can tell an explained
** difference from an unexplained one. */
static int jsonFieldCheck(McLoad *L, const McField *f, const cJSON *item){
  static const char *const azKey[] = { "source", "field", "theirs", "key", "why", 0 };
  const cJSON *e, *k;
  char buf[64];
  int i, j;
  (void)f;
  if( !cJSON_IsArray(item) ){
    return modelcmp_load_error(L, "expected an array of objects, got %s",
                               modelcmp_json_describe(item, buf, sizeof(buf)));
  }
  for(i=0, e=item->child; e; i++, e=e->next){
    int p = modelcmp_path_idx(L, i), seen = 0;
    if( !cJSON_IsObject(e) ){
      return modelcmp_load_error(L, "expected an object, got %s",
                                 modelcmp_json_describe(e, buf, sizeof(buf)));
    }
    for(k=e->child; k; k=k->next){
      int ok;
      for(j=0; azKey[j] && strcmp(azKey[j], k->string)!=0; j++){}
      if( azKey[j]==0 ){
        modelcmp_path_key(L, k->string);
        return modelcmp_load_error(L, "unknown field (expected source, field, theirs, key, why)");
      }
      if( seen & (1<<j) ){
        return modelcmp_load_error(L, "duplicate key \"%s\"", k->string);
      }
      seen |= 1<<j;
      switch( j ){
        case 0: ok = cJSON_IsString(k) && modelcmp_is_slug(k->valuestring, strlen(k->valuestring)); break;
        case 2: ok = cJSON_IsNumber(k) || cJSON_IsString(k) || cJSON_IsNull(k); break;
        default: ok = cJSON_IsString(k) && k->valuestring[0]!=0; break;
      }
      if( !ok ){
        modelcmp_path_key(L, k->string);
        return modelcmp_load_error(L, "expected %s, got %s",
          j==0 ? "a source slug (litellm, modelsdev, genai-prices, openrouter, ...)"
               : j==2 ? "a number, a string or null" : "a non-empty string",
          modelcmp_json_describe(k, buf, sizeof(buf)));
      }
    }
    if( (seen & 0x13)!=0x13 ){
      return modelcmp_load_error(L, "missing \"%s\"",
                                 !(seen&1) ? "source" : !(seen&2) ? "field" : "why");
    }
    modelcmp_path_pop(L, p);
  }
  return SQLITE_OK;
}

int modelcmp_json_value(McLoad *L, const McField *f, const cJSON *item,
                        McValue *v, char **pzFree){
  char buf[64];
  memset(v, 0, sizeof(*v));
  *pzFree = 0;
  v->type = SQLITE_NULL;
  if( cJSON_IsNull(item) ) return SQLITE_OK;
  switch( f->type ){
    case MCF_TEXT: case MCF_SLUG: case MCF_URL: case MCF_DATE: case MCF_MONTH: {
      const char *z = cJSON_IsString(item) ? item->valuestring : 0;
      size_t n = z ? strlen(z) : 0;
      int ok = n>0;
      if( ok && f->type==MCF_SLUG ) ok = modelcmp_is_slug(z, n);
      if( ok && f->type==MCF_URL ){
        ok = (strncmp(z, "https://", 8)==0 && n>8) || (strncmp(z, "http://", 7)==0 && n>7);
      }
      if( ok && (f->type==MCF_DATE || f->type==MCF_MONTH) ){
        ok = modelcmp_is_date(z, n, f->type==MCF_DATE);
      }
      if( !ok ) break;
      v->type = SQLITE_TEXT;
      v->z = z;
      v->n = n;
      return SQLITE_OK;
    }
    case MCF_ENUM: {
      const char *const *az;
      if( cJSON_IsString(item) ){
        for(az=f->azEnum; *az; az++){
          if( strcmp(*az, item->valuestring)==0 ){
            v->type = SQLITE_TEXT;
            v->z = *az;
            v->n = strlen(*az);
            return SQLITE_OK;
          }
        }
      }
      return modelcmp_load_error(L, "expected %s, got %s", modelcmp_enum_list(f),
                                 modelcmp_json_describe(item, buf, sizeof(buf)));
    }
    case MCF_JSON:
      if( jsonFieldCheck(L, f, item) ) return L->rc;
      *pzFree = cJSON_PrintUnformatted(item);
      if( *pzFree==0 ) return modelcmp_load_oom(L);
      v->type = SQLITE_TEXT;
      v->z = *pzFree;
      v->n = strlen(*pzFree);
      return SQLITE_OK;
    case MCF_LIST: {
      const cJSON *e;
      int i;
      if( !cJSON_IsArray(item) ) break;
      for(i=0, e=item->child; e; i++, e=e->next){
        if( !cJSON_IsString(e) || e->valuestring[0]==0 ){
          modelcmp_path_idx(L, i);
          return modelcmp_load_error(L, "expected a non-empty string, got %s",
                                     modelcmp_json_describe(e, buf, sizeof(buf)));
        }
      }
      *pzFree = cJSON_PrintUnformatted(item);
      if( *pzFree==0 ) return modelcmp_load_oom(L);
      v->type = SQLITE_TEXT;
      v->z = *pzFree;
      v->n = strlen(*pzFree);
      return SQLITE_OK;
    }
    case MCF_COUNT: {
      double d = cJSON_IsNumber(item) ? item->valuedouble : -1;
      if( !(d>0 && d<=9007199254740992.0 && d==floor(d)) ) break;
      v->type = SQLITE_INTEGER;
      v->i = (int64_t)d;
      return SQLITE_OK;
    }
    case MCF_PRICE: case MCF_SCORE: {
      double d;
      if( !cJSON_IsNumber(item) ) break;
      d = item->valuedouble;
      if( !isfinite(d) || (f->type==MCF_PRICE && d<0) ) break;
      v->type = SQLITE_FLOAT;
      v->r = d == 0 ? 0.0 : d;            /* no -0 */
      return SQLITE_OK;
    }
    case MCF_FLAG:
      if( !cJSON_IsBool(item) ) break;
      v->type = SQLITE_INTEGER;
      v->i = cJSON_IsTrue(item);
      return SQLITE_OK;
  }
  return modelcmp_load_error(L, "expected %s, got %s", azTypeWant[f->type],
                             modelcmp_json_describe(item, buf, sizeof(buf)));
}

/*************************************************************************
** The modelcmp format.
*/
static int mcDetect(const McDoc *d){
  return d->hasModelcmp;
}

static const McField *fieldFind(const McField *a, const char *z){
  for(; a->name; a++) if( strcmp(a->name, z)==0 ) return a;
  return 0;
}

static int inList(const char *const *az, const char *z){
  for(; az && *az; az++) if( strcmp(*az, z)==0 ) return 1;
  return 0;
}

/* Object check plus duplicate-key check (cJSON keeps both copies). */
static int checkObject(McLoad *L, const cJSON *obj){
  const cJSON *a, *b;
  char buf[64];
  if( !cJSON_IsObject(obj) ){
    return modelcmp_load_error(L, "expected an object, got %s",
                               modelcmp_json_describe(obj, buf, sizeof(buf)));
  }
  for(a=obj->child; a; a=a->next){
    for(b=obj->child; b!=a; b=b->next){
      if( strcmp(a->string, b->string)==0 ){
        return modelcmp_load_error(L, "duplicate key \"%s\"", a->string);
      }
    }
  }
  return SQLITE_OK;
}

/* Reads the required slug obj[zKey] (the record's key). */
static const char *readKey(McLoad *L, const cJSON *obj, const char *zKey){
  const cJSON *it = cJSON_GetObjectItemCaseSensitive(obj, zKey);
  McValue v;
  char *zFree;
  static const McField slug = { "key", MCF_SLUG, 0, 0 };
  int n;
  if( it==0 || cJSON_IsNull(it) ){
    modelcmp_load_error(L, "missing \"%s\"", zKey);
    return 0;
  }
  n = modelcmp_path_key(L, zKey);
  if( modelcmp_json_value(L, &slug, it, &v, &zFree) ) return 0;
  modelcmp_path_pop(L, n);
  return it->valuestring;
}

static int applyTiers(McLoad *L, McRoute *r, const cJSON *arr, int *pChanged){
  static const McField aTierField[] = {
    { "above_input_tokens",   MCF_COUNT, offsetof(McTier, above), 0 },
    { "input_per_mtok",       MCF_PRICE, offsetof(McTier, in), 0 },
    { "output_per_mtok",      MCF_PRICE, offsetof(McTier, out), 0 },
    { "cache_read_per_mtok",  MCF_PRICE, offsetof(McTier, cache_read), 0 },
    { "cache_write_per_mtok", MCF_PRICE, offsetof(McTier, cache_write), 0 },
    { 0, 0, 0, 0 }
  };
  McTier *a;
  int n = 0, i;
  const cJSON *t;
  char buf[64];
  if( cJSON_IsNull(arr) ) return SQLITE_OK;
  if( !cJSON_IsArray(arr) ){
    return modelcmp_load_error(L, "expected an array of tier objects, got %s",
                               modelcmp_json_describe(arr, buf, sizeof(buf)));
  }
  n = cJSON_GetArraySize(arr);
  if( n==0 ) return SQLITE_OK;
  a = sqlite3_malloc64(sizeof(McTier)*(sqlite3_uint64)n);
  if( a==0 ) return modelcmp_load_oom(L);
  for(i=0, t=arr->child; t; i++, t=t->next){
    const cJSON *it;
    int p = modelcmp_path_idx(L, i);
    a[i].above = MC_NULL_INT;
    a[i].in = a[i].out = a[i].cache_read = a[i].cache_write = MC_NULL_REAL;
    if( checkObject(L, t) ) goto fail;
    for(it=t->child; it; it=it->next){
      const McField *f = fieldFind(aTierField, it->string);
      McValue v;
      char *zFree;
      int q = modelcmp_path_key(L, it->string);
      if( f==0 ){ modelcmp_load_error(L, "unknown field"); goto fail; }
      if( modelcmp_json_value(L, f, it, &v, &zFree) ) goto fail;
      if( v.type==SQLITE_INTEGER ) *(int64_t*)((char*)&a[i] + f->off) = v.i;
      if( v.type==SQLITE_FLOAT ) *(double*)((char*)&a[i] + f->off) = v.r;
      modelcmp_path_pop(L, q);
    }
    if( a[i].above==MC_NULL_INT ){
      modelcmp_load_error(L, "missing \"above_input_tokens\"");
      goto fail;
    }
    if( i>0 && a[i].above <= a[i-1].above ){
      modelcmp_load_error(L, "tiers must be in ascending order of above_input_tokens");
      goto fail;
    }
    modelcmp_path_pop(L, p);
  }
  if( r->ntier==n && memcmp(r->tiers, a, sizeof(McTier)*n)==0 ){
    sqlite3_free(a);
    return SQLITE_OK;
  }
  sqlite3_free(r->tiers);
  r->tiers = a;
  r->ntier = n;
  *pChanged = 1;
  return SQLITE_OK;
fail:
  sqlite3_free(a);
  return L->rc;
}

/* Applies every field of obj to rec (modelcmp documents overwrite); the
** key field is skipped (the caller used it), keys in azExtra are left to
** the caller, anything else is an error. */
static int applyFields(McLoad *L, const McField *aField, void *rec,
                       const cJSON *obj, const char *const *azExtra, int *pChanged){
  const cJSON *it;
  if( checkObject(L, obj) ) return L->rc;
  for(it=obj->child; it; it=it->next){
    const McField *f = fieldFind(aField, it->string);
    int n, r;
    McValue v;
    char *zFree;
    if( f==aField || (f==0 && inList(azExtra, it->string)) ) continue;
    n = modelcmp_path_key(L, it->string);
    if( f==0 ) return modelcmp_load_error(L, "unknown field (see docs/catalog-format.md)");
    if( f->type==MCF_TIERS ){
      if( applyTiers(L, (McRoute*)rec, it, pChanged) ) return L->rc;
    }else{
      if( modelcmp_json_value(L, f, it, &v, &zFree) ) return L->rc;
      r = modelcmp_field_set(L->cat, f, rec, &v, MC_MERGE_OVERWRITE);
      cJSON_free(zFree);
      if( r<0 ) return modelcmp_load_oom(L);
      if( r==1 ) *pChanged = 1;
    }
    modelcmp_path_pop(L, n);
  }
  return SQLITE_OK;
}

/* Keeps the ids seen in this document, to reject duplicates. */
static int seenBefore(McLoad *L, McIndex *ix, const char *z, int i, const char *zWhat){
  uint32_t h = modelcmp_hash(z, strlen(z));
  int prev = modelcmp_index_find(ix, z, strlen(z), h);
  if( prev>=0 ) return modelcmp_load_error(L, "duplicate %s '%s' (first at index %d)", zWhat, z, prev);
  if( modelcmp_index_add(ix, z, h, i)<0 ) return modelcmp_load_oom(L);
  return SQLITE_OK;
}

static int applyCaps(McLoad *L, McModel *m, const cJSON *caps, int *pChanged){
  const cJSON *it, *src;
  const char *zDefault = 0;
  char buf[64];
  if( caps==0 || cJSON_IsNull(caps) ) return SQLITE_OK;
  if( checkObject(L, caps) ) return L->rc;
  src = cJSON_GetObjectItemCaseSensitive(caps, "source");
  if( src && !cJSON_IsNull(src) ){
    static const McField url = { "source", MCF_URL, 0, 0 };
    McValue v; char *zFree;
    int n = modelcmp_path_key(L, "source");
    if( modelcmp_json_value(L, &url, src, &v, &zFree) ) return L->rc;
    zDefault = src->valuestring;
    modelcmp_path_pop(L, n);
  }
  for(it=caps->child; it; it=it->next){
    int iCap, val = -1, n;
    const char *zSrc = zDefault;
    const cJSON *sup = it;
    if( strcmp(it->string, "source")==0 ) continue;
    n = modelcmp_path_key(L, it->string);
    iCap = modelcmp_cap_find(it->string);
    if( iCap<0 ){
      return modelcmp_load_error(L, "unknown capability (expected one of vision, multimodal, "
        "reasoning, function_calling, tool_use, structured_outputs, code_execution, "
        "ide_integration, computer_use, parallel_agents)");
    }
    if( cJSON_IsObject(it) ){
      const cJSON *k;
      if( checkObject(L, it) ) return L->rc;
      for(k=it->child; k; k=k->next){
        if( strcmp(k->string, "supported")!=0 && strcmp(k->string, "source")!=0 ){
          modelcmp_path_key(L, k->string);
          return modelcmp_load_error(L, "unknown field (expected supported, source)");
        }
      }
      sup = cJSON_GetObjectItemCaseSensitive(it, "supported");
      src = cJSON_GetObjectItemCaseSensitive(it, "source");
      if( src && !cJSON_IsNull(src) ){
        static const McField url = { "source", MCF_URL, 0, 0 };
        McValue v; char *zFree;
        int q = modelcmp_path_key(L, "source");
        if( modelcmp_json_value(L, &url, src, &v, &zFree) ) return L->rc;
        zSrc = src->valuestring;
        modelcmp_path_pop(L, q);
      }
    }
    if( sup && cJSON_IsBool(sup) ){
      val = cJSON_IsTrue(sup);
    }else if( sup && !cJSON_IsNull(sup) ){
      return modelcmp_load_error(L, "expected true, false, null or {\"supported\", \"source\"}, got %s",
                                 modelcmp_json_describe(sup, buf, sizeof(buf)));
    }
    if( val>=0 ){
      if( m->cap[iCap]!=val ){ m->cap[iCap] = (signed char)val; *pChanged = 1; }
    }
    if( zSrc && (val>=0 || m->cap_source[iCap]==0) ){
      const char *z = modelcmp_intern(L->cat, zSrc, strlen(zSrc));
      if( z==0 ) return modelcmp_load_oom(L);
      if( m->cap_source[iCap]!=z ){ m->cap_source[iCap] = z; if( val>=0 ) *pChanged = 1; }
    }
    modelcmp_path_pop(L, n);
  }
  if( zDefault ){
    int i;
    const char *z = modelcmp_intern(L->cat, zDefault, strlen(zDefault));
    if( z==0 ) return modelcmp_load_oom(L);
    for(i=0; i<MC_NCAP; i++) if( m->cap_source[i]==0 ) m->cap_source[i] = z;
  }
  return SQLITE_OK;
}

static int checkArray(McLoad *L, const cJSON *a){
  char buf[64];
  if( cJSON_IsArray(a) ) return SQLITE_OK;
  return modelcmp_load_error(L, "expected an array, got %s",
                             modelcmp_json_describe(a, buf, sizeof(buf)));
}

static int applyBenches(McLoad *L, McModel *m, const cJSON *arr){
  static const char *const azKey[] = { "benchmark", 0 };
  McIndex seen = {0, 0, 0};
  const cJSON *b;
  int i;
  if( arr==0 || cJSON_IsNull(arr) ) return SQLITE_OK;
  if( checkArray(L, arr) ) return L->rc;
  for(i=0, b=arr->child; b; i++, b=b->next){
    int p = modelcmp_path_idx(L, i), isNew, changed = 0, d;
    const char *zB;
    McBench *row;
    const McBenchDef *def;
    if( checkObject(L, b) || (zB = readKey(L, b, azKey[0]))==0 ) break;
    if( seenBefore(L, &seen, zB, i, "benchmark") ) break;
    d = modelcmp_bdef_find(L->cat, zB, strlen(zB));
    if( d<0 ){
      modelcmp_load_error(L, "unknown benchmark '%s' (define it in benchmark_defs)", zB);
      break;
    }
    def = &L->cat->bdefs[d];
    row = modelcmp_bench_upsert(L->cat, m, zB, &isNew);
    if( row==0 ){ modelcmp_load_oom(L); break; }
    if( applyFields(L, modelcmp_bench_fields, row, b, 0, &changed) ) break;
    if( mc_isnull(row->score) ){
      modelcmp_load_error(L, "missing \"score\"");
      break;
    }
    if( row->score<0 || (!mc_isnull(def->max_score) && row->score>def->max_score) ){
      modelcmp_path_key(L, "score");
      modelcmp_load_error(L, "score %g is outside 0..%g for benchmark '%s'",
                          row->score, def->max_score, zB);
      break;
    }
    if( isNew ) L->sum->benchmarks_added++;
    else if( changed ) L->sum->benchmarks_changed++;
    modelcmp_path_pop(L, p);
  }
  sqlite3_free(seen.slot);
  return L->rc;
}

static int applyRoutes(McLoad *L, McModel *m, const cJSON *arr){
  McIndex seen = {0, 0, 0};
  const cJSON *o;
  int i;
  if( arr==0 || cJSON_IsNull(arr) ) return SQLITE_OK;
  if( checkArray(L, arr) ) return L->rc;
  for(i=0, o=arr->child; o; i++, o=o->next){
    int p = modelcmp_path_idx(L, i), isNew, changed = 0;
    const char *zP;
    McRoute *r;
    if( checkObject(L, o) || (zP = readKey(L, o, "provider"))==0 ) break;
    if( seenBefore(L, &seen, zP, i, "route for provider") ) break;
    if( modelcmp_provider_find(L->cat, zP, strlen(zP))<0 ){
      modelcmp_path_key(L, "provider");
      modelcmp_load_error(L, "unknown provider '%s' (define it in providers)", zP);
      break;
    }
    r = modelcmp_route_upsert(L->cat, m, zP, &isNew);
    if( r==0 ){ modelcmp_load_oom(L); break; }
    if( applyFields(L, modelcmp_route_fields, r, o, 0, &changed) ) break;
    if( isNew ) L->sum->routes_added++;
    else if( changed ) L->sum->routes_changed++;
    modelcmp_path_pop(L, p);
  }
  sqlite3_free(seen.slot);
  return L->rc;
}

static int applyAliases(McLoad *L, int iModel, const cJSON *arr){
  const cJSON *a;
  int i;
  char buf[64];
  if( arr==0 || cJSON_IsNull(arr) ) return SQLITE_OK;
  if( checkArray(L, arr) ) return L->rc;
  for(i=0, a=arr->child; a; i++, a=a->next){
    int p = modelcmp_path_idx(L, i), r;
    const char *zAlias = 0, *zProv = 0;
    if( cJSON_IsString(a) ){
      zAlias = a->valuestring;
    }else if( cJSON_IsObject(a) ){
      const cJSON *k;
      if( checkObject(L, a) ) return L->rc;
      for(k=a->child; k; k=k->next){
        if( strcmp(k->string, "alias")==0 && cJSON_IsString(k) ) zAlias = k->valuestring;
        else if( strcmp(k->string, "provider")==0 && cJSON_IsString(k) ) zProv = k->valuestring;
        else if( strcmp(k->string, "provider")!=0 || !cJSON_IsNull(k) ){
          modelcmp_path_key(L, k->string);
          return modelcmp_load_error(L, "expected \"alias\" (a string) and optional \"provider\" (a provider id)");
        }
      }
      if( zProv && modelcmp_provider_find(L->cat, zProv, strlen(zProv))<0 ){
        modelcmp_path_key(L, "provider");
        return modelcmp_load_error(L, "unknown provider '%s'", zProv);
      }
    }
    if( zAlias==0 || zAlias[0]==0 ){
      return modelcmp_load_error(L, "expected an alias string or {\"alias\", \"provider\"}, got %s",
                                 modelcmp_json_describe(a, buf, sizeof(buf)));
    }
    r = modelcmp_alias_add(L->cat, zAlias, iModel, zProv);
    if( r<0 ) return modelcmp_load_oom(L);
    L->sum->aliases_added += r;
    if( r==0 && modelcmp_model_resolve(L->cat, zAlias, strlen(zAlias))!=iModel ){
      /* another model has the name: the first one loaded keeps it */
      modelcmp_summary_conflict(L->sum, "model_aliases.model_id");
    }
    modelcmp_path_pop(L, p);
  }
  return SQLITE_OK;
}

/* Every route's provider_model_id names its model, scoped to the provider,
** and so does "<provider>/<provider_model_id>". Runs after the explicit
** aliases of the whole document, which therefore win any collision. */
int modelcmp_route_aliases(McCatalog *c, int iModel, McSummary *sum){
  McModel *m = &c->models[iModel];
  int i, r;
  for(i=0; i<m->nroute; i++){
    const McRoute *rt = &m->routes[i];
    char *z;
    if( rt->provider_model_id==0 ) continue;
    r = modelcmp_alias_add(c, rt->provider_model_id, iModel, rt->provider);
    if( r<0 ) return SQLITE_NOMEM;
    sum->aliases_added += r;
    z = sqlite3_mprintf("%s/%s", rt->provider, rt->provider_model_id);
    if( z==0 ) return SQLITE_NOMEM;
    r = modelcmp_alias_add(c, z, iModel, rt->provider);
    sqlite3_free(z);
    if( r<0 ) return SQLITE_NOMEM;
    sum->aliases_added += r;
  }
  return SQLITE_OK;
}

static int mcApplyDefs(McLoad *L, const cJSON *arr, int isProvider){
  McIndex seen = {0, 0, 0};
  const cJSON *o;
  int i;
  if( arr==0 || cJSON_IsNull(arr) ) return SQLITE_OK;
  if( checkArray(L, arr) ) return L->rc;
  for(i=0, o=arr->child; o; i++, o=o->next){
    int p = modelcmp_path_idx(L, i), isNew, changed = 0;
    const char *zId;
    void *rec;
    if( checkObject(L, o) || (zId = readKey(L, o, "id"))==0 ) break;
    if( seenBefore(L, &seen, zId, i, "id") ) break;
    if( isProvider ){
      rec = modelcmp_provider_upsert(L->cat, zId, &isNew);
    }else{
      rec = modelcmp_bdef_upsert(L->cat, zId, &isNew);
    }
    if( rec==0 ){ modelcmp_load_oom(L); break; }
    if( applyFields(L, isProvider ? modelcmp_provider_fields : modelcmp_bdef_fields,
                    rec, o, 0, &changed) ) break;
    if( !isProvider && !mc_isnull(((McBenchDef*)rec)->max_score)
     && ((McBenchDef*)rec)->max_score<=0 ){
      modelcmp_path_key(L, "max_score");
      modelcmp_load_error(L, "expected a number > 0");
      break;
    }
    if( isNew ){
      if( isProvider ) L->sum->providers_added++; else L->sum->bdefs_added++;
    }
    modelcmp_path_pop(L, p);
  }
  sqlite3_free(seen.slot);
  return L->rc;
}

static int mcApply(McLoad *L, const cJSON *root){
  static const char *const azTop[] = { "modelcmp", "providers", "benchmark_defs", "models", 0 };
  static const char *const azExtra[] = { "capabilities", "benchmarks", "routes", "aliases", 0 };
  const cJSON *it, *ver, *models;
  McIndex seen = {0, 0, 0};
  int *aIdx = 0, nIdx = 0, i, p;
  char buf[64];

  if( checkObject(L, root) ) return L->rc;
  for(it=root->child; it; it=it->next){
    if( !inList(azTop, it->string) ){
      modelcmp_path_key(L, it->string);
      return modelcmp_load_error(L, "unknown field (expected modelcmp, providers, benchmark_defs, models)");
    }
  }
  ver = cJSON_GetObjectItemCaseSensitive(root, "modelcmp");
  if( !cJSON_IsNumber(ver) || ver->valuedouble!=1.0 ){
    modelcmp_path_key(L, "modelcmp");
    return modelcmp_load_error(L, "unsupported format version %s (this build reads version 1)",
                               modelcmp_json_describe(ver, buf, sizeof(buf)));
  }
  p = modelcmp_path_key(L, "providers");
  if( mcApplyDefs(L, cJSON_GetObjectItemCaseSensitive(root, "providers"), 1) ) return L->rc;
  modelcmp_path_pop(L, p);
  p = modelcmp_path_key(L, "benchmark_defs");
  if( mcApplyDefs(L, cJSON_GetObjectItemCaseSensitive(root, "benchmark_defs"), 0) ) return L->rc;
  modelcmp_path_pop(L, p);

  models = cJSON_GetObjectItemCaseSensitive(root, "models");
  if( models==0 || cJSON_IsNull(models) ) return SQLITE_OK;
  p = modelcmp_path_key(L, "models");
  if( checkArray(L, models) ) return L->rc;
  nIdx = cJSON_GetArraySize(models);
  aIdx = sqlite3_malloc64(sizeof(int)*(sqlite3_uint64)(nIdx+1));
  if( aIdx==0 ) return modelcmp_load_oom(L);
  for(i=0, it=models->child; it; i++, it=it->next){
    int q = modelcmp_path_idx(L, i), isNew, changed = 0, k;
    const char *zId;
    McModel *m;
    L->sum->entries++;
    if( checkObject(L, it) || (zId = readKey(L, it, "id"))==0 ) goto done;
    if( seenBefore(L, &seen, zId, i, "model id") ) goto done;
    m = modelcmp_model_upsert(L->cat, zId, &isNew);
    if( m==0 ){ modelcmp_load_oom(L); goto done; }
    aIdx[i] = (int)(m - L->cat->models);
    if( applyFields(L, modelcmp_model_fields, m, it, azExtra, &changed) ) goto done;
    k = modelcmp_path_key(L, "capabilities");
    if( applyCaps(L, m, cJSON_GetObjectItemCaseSensitive(it, "capabilities"), &changed) ) goto done;
    modelcmp_path_pop(L, k);
    for(k=0; k<MC_NCAP; k++){
      if( m->cap_source[k]==0 ) m->cap_source[k] = m->source;
    }
    k = modelcmp_path_key(L, "benchmarks");
    if( applyBenches(L, m, cJSON_GetObjectItemCaseSensitive(it, "benchmarks")) ) goto done;
    modelcmp_path_pop(L, k);
    k = modelcmp_path_key(L, "routes");
    if( applyRoutes(L, m, cJSON_GetObjectItemCaseSensitive(it, "routes")) ) goto done;
    modelcmp_path_pop(L, k);
    k = modelcmp_path_key(L, "aliases");
    if( applyAliases(L, aIdx[i], cJSON_GetObjectItemCaseSensitive(it, "aliases")) ) goto done;
    modelcmp_path_pop(L, k);
    if( isNew ) L->sum->models_added++;
    else if( changed ) L->sum->models_changed++;
    modelcmp_path_pop(L, q);
  }
  modelcmp_path_pop(L, p);
  for(i=0; i<nIdx; i++){
    if( modelcmp_route_aliases(L->cat, aIdx[i], L->sum) ){ modelcmp_load_oom(L); goto done; }
  }
  /* base_model names a base model (itself not a variant) of the catalog,
  ** once the whole document is in. */
  for(i=0; i<nIdx; i++){
    const McModel *m = &L->cat->models[aIdx[i]];
    int b;
    if( m->base_model==0 ) continue;
    b = modelcmp_model_find(L->cat, m->base_model, strlen(m->base_model));
    if( b<0 || b==aIdx[i] || L->cat->models[b].base_model ){
      modelcmp_path_key(L, "models");
      modelcmp_path_idx(L, i);
      modelcmp_path_key(L, "base_model");
      modelcmp_load_error(L, b<0 ? "unknown model '%s'"
                          : b==aIdx[i] ? "'%s' is the model itself"
                          : "'%s' is itself a variant (name its base model instead)",
                          m->base_model);
      goto done;
    }
  }
done:
  sqlite3_free(seen.slot);
  sqlite3_free(aIdx);
  return L->rc;
}

/* Catalogs in this format are small (the built-in one is 0.2 MB): parsed
** whole. */
static int mcApplyDoc(McLoad *L, const McDoc *d){
  cJSON *root = modelcmp_json_parse(L, d->z, d->iRoot, d->nRoot);
  if( root==0 ) return L->rc;
  mcApply(L, root);
  cJSON_Delete(root);
  return L->rc;
}

const McFormat modelcmp_format_modelcmp = { "modelcmp", mcDetect, mcApplyDoc };

/*************************************************************************
** The load summary.
*/
void modelcmp_summary_skip(McSummary *s, const char *zReason){
  int i;
  for(i=0; i<s->nskip; i++){
    if( strcmp(s->skip[i].reason, zReason)==0 ){ s->skip[i].n++; return; }
  }
  if( s->nskip < (int)(sizeof(s->skip)/sizeof(s->skip[0])) ){
    s->skip[s->nskip].reason = zReason;
    s->skip[s->nskip].n = 1;
    s->nskip++;
  }
}

void modelcmp_summary_conflict(McSummary *s, const char *zField){
  int i;
  s->conflicts++;
  for(i=0; i<s->nconflict; i++){
    if( strcmp(s->conflict[i].reason, zField)==0 ){ s->conflict[i].n++; return; }
  }
  if( s->nconflict < (int)(sizeof(s->conflict)/sizeof(s->conflict[0])) ){
    s->conflict[s->nconflict].reason = zField;
    s->conflict[s->nconflict].n = 1;
    s->nconflict++;
  }
}

void modelcmp_summary_warn(McSummary *s, char *zMsg){
  if( zMsg && s->nwarn < (int)(sizeof(s->azWarn)/sizeof(s->azWarn[0])) ){
    s->azWarn[s->nwarn] = zMsg;
  }else{
    sqlite3_free(zMsg);
  }
  s->nwarn++;
}

void modelcmp_summary_refused(McSummary *s, const char *zFact){
  int i;
  for(i=0; i<s->nrefusedKind; i++){
    if( strcmp(s->refused[i].reason, zFact)==0 ){ s->refused[i].n++; return; }
  }
  if( s->nrefusedKind < (int)(sizeof(s->refused)/sizeof(s->refused[0])) ){
    s->refused[s->nrefusedKind].reason = zFact;
    s->refused[s->nrefusedKind].n = 1;
    s->nrefusedKind++;
  }
}

void modelcmp_summary_near(McSummary *s, char *zMsg){
  if( zMsg && s->nnear < MC_MAX_NEAR ){
    if( s->nnear>=s->nnearAlloc ){
      int nNew = s->nnearAlloc ? s->nnearAlloc*2 : 16;
      char **a = sqlite3_realloc64(s->azNear, sizeof(char*)*(sqlite3_uint64)nNew);
      if( a==0 ){ sqlite3_free(zMsg); return; }   /* a line less in the report */
      s->azNear = a;
      s->nnearAlloc = nNew;
    }
    s->azNear[s->nnear++] = zMsg;
  }else{
    sqlite3_free(zMsg);
  }
}

static void summaryFree(McSummary *s){
  int i;
  for(i=0; i<s->nwarn && i<(int)(sizeof(s->azWarn)/sizeof(s->azWarn[0])); i++){
    sqlite3_free(s->azWarn[i]);
  }
  for(i=0; i<s->nnear; i++) sqlite3_free(s->azNear[i]);
  sqlite3_free(s->azNear);
}

/* A JSON array of the first kept messages. */
static void summaryList(sqlite3_str *x, char *const *az, int n, int nMax){
  int i, nKept = n < nMax ? n : nMax;
  sqlite3_str_appendchar(x, 1, '[');
  for(i=0; i<nKept; i++){
    const char *z = az[i];
    sqlite3_str_appendf(x, "%s\"", i ? "," : "");
    for(; z && *z; z++){
      unsigned char ch = (unsigned char)*z;
      if( ch=='"' || ch=='\\' ) sqlite3_str_appendf(x, "\\%c", ch);
      else if( ch<0x20 ) sqlite3_str_appendf(x, "\\u%04x", ch);
      else sqlite3_str_appendchar(x, 1, (char)ch);
    }
    sqlite3_str_appendchar(x, 1, '"');
  }
  sqlite3_str_appendchar(x, 1, ']');
}

static char *summaryJson(const McSummary *s, const McCatalog *c){
  sqlite3_str *x = sqlite3_str_new(0);
  int i, nRoute = 0;
  for(i=0; i<c->nmodel; i++) nRoute += c->models[i].nroute;
  sqlite3_str_appendf(x,
    "{\"format\":\"%s\",\"entries\":%d,"
    "\"models_added\":%d,\"models_changed\":%d,"
    "\"routes_added\":%d,\"routes_changed\":%d,"
    "\"benchmarks_added\":%d,\"benchmarks_changed\":%d,"
    "\"providers_added\":%d,\"benchmark_defs_added\":%d,\"aliases_added\":%d,"
    "\"conflicts_kept\":%d,\"skipped\":{",
    s->format, s->entries, s->models_added, s->models_changed,
    s->routes_added, s->routes_changed, s->benchmarks_added, s->benchmarks_changed,
    s->providers_added, s->bdefs_added, s->aliases_added, s->conflicts);
  for(i=0; i<s->nskip; i++){
    sqlite3_str_appendf(x, "%s\"%s\":%d", i ? "," : "", s->skip[i].reason, s->skip[i].n);
  }
  sqlite3_str_appendchar(x, 1, '}');
  /* Only imports produce these; left out when empty. */
  if( s->nconflict ){
    sqlite3_str_appendall(x, ",\"conflicts_by_field\":{");
    for(i=0; i<s->nconflict; i++){
      sqlite3_str_appendf(x, "%s\"%s\":%d", i ? "," : "", s->conflict[i].reason, s->conflict[i].n);
    }
    sqlite3_str_appendchar(x, 1, '}');
  }
  if( s->variants_linked ){
    sqlite3_str_appendf(x, ",\"variants_linked\":%d", s->variants_linked);
  }
  if( s->nrefusedKind ){
    sqlite3_str_appendall(x, ",\"merges_refused\":{");
    for(i=0; i<s->nrefusedKind; i++){
      sqlite3_str_appendf(x, "%s\"%s\":%d", i ? "," : "", s->refused[i].reason, s->refused[i].n);
    }
    sqlite3_str_appendchar(x, 1, '}');
  }
  if( s->nnear ){
    sqlite3_str_appendall(x, ",\"near_misses\":");
    summaryList(x, s->azNear, s->nnear, s->nnear);
  }
  if( s->nwarn ){
    sqlite3_str_appendf(x, ",\"warnings\":%d,\"first_warnings\":", s->nwarn);
    summaryList(x, s->azWarn, s->nwarn, (int)(sizeof(s->azWarn)/sizeof(s->azWarn[0])));
  }
  sqlite3_str_appendf(x, ",\"catalog\":{\"models\":%d,\"routes\":%d,\"providers\":%d}}",
                      c->nmodel, nRoute, c->nprovider);
  return sqlite3_str_finish(x);
}

/*************************************************************************
** The entry point.
*/
static const McFormat *formatDetect(const McDoc *d){
  int i;
  for(i=0; i<NFORMAT; i++) if( aFormat[i]->xDetect(d) ) return aFormat[i];
  return 0;
}

static int isSpace(char c){ return c==' ' || c=='\t' || c=='\n' || c=='\r'; }

/* Collects the root's members while the text is checked. */
static int rootMember(void *pArg, const McJsonMember *m){
  McDoc *d = pArg;
  if( d->nMember==0 || (d->nMember>=16 && (d->nMember & (d->nMember-1))==0) ){
    /* full at 16, 32, 64, ...: double */
    int nNew = d->nMember ? d->nMember*2 : 16;
    McJsonMember *a = sqlite3_realloc64(d->aMember, sizeof(McJsonMember)*(sqlite3_uint64)nNew);
    if( a==0 ) return 1;
    d->aMember = a;
  }
  d->aMember[d->nMember++] = *m;
  return 0;
}

/* True when the input ends inside a string or an unclosed array/object:
** the usual sign of a cut-off download, worth saying so. */
static int isTruncated(const char *z, size_t n){
  size_t i;
  long depth = 0;
  int inStr = 0;
  for(i=0; i<n; i++){
    char c = z[i];
    if( inStr ){
      if( c=='\\' ) i++;
      else if( c=='"' ) inStr = 0;
    }else if( c=='"' ){
      inStr = 1;
    }else if( c=='{' || c=='[' ){
      depth++;
    }else if( c=='}' || c==']' ){
      depth--;
    }
  }
  return inStr || depth>0;
}

int modelcmp_load_into(McCatalog *cat, const char *zJson, size_t nJson,
                       const char *zFormat, const char *zFunc,
                       char **pzSummary, char **pzErr){
  McLoad L;
  McSummary sum;
  McDoc doc;
  const McFormat *fmt = 0, *seen;
  size_t i, iRoot = 0, iEnd = 0;
  int rc;

  memset(&L, 0, sizeof(L));
  memset(&sum, 0, sizeof(sum));
  L.sum = &sum;
  L.zFunc = zFunc;
  L.cat = cat;
  *pzSummary = 0;
  *pzErr = 0;

  if( zFormat ){
    for(i=0; i<(size_t)NFORMAT; i++){
      if( sqlite3_stricmp(zFormat, aFormat[i]->zName)==0 ) fmt = aFormat[i];
    }
    if( fmt==0 ){
      sqlite3_str *s = sqlite3_str_new(0);
      for(i=0; i<(size_t)NFORMAT; i++){
        sqlite3_str_appendf(s, "%s%s", i ? ", " : "", aFormat[i]->zName);
      }
      *pzErr = sqlite3_mprintf("%s(): unknown format '%s' (expected one of: %z)",
                               zFunc, zFormat, sqlite3_str_finish(s));
      return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
    }
  }
  for(i=0; i<nJson && isSpace(zJson[i]); i++){}
  if( i==nJson ){
    *pzErr = sqlite3_mprintf("%s(): empty input (expected a JSON catalog)", zFunc);
    return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  /* The whole text is checked first, as cJSON would parse it, so that a
  ** syntax error anywhere fails the load before anything is applied; the
  ** entries are then parsed one at a time (json_scan.c). */
  memset(&doc, 0, sizeof(doc));
  rc = modelcmp_json_check(zJson, nJson, &iRoot, &iEnd, rootMember, &doc);
  if( rc ){
    sqlite3_free(doc.aMember);
    if( rc<0 ) return SQLITE_NOMEM;
    if( isTruncated(zJson, nJson) ){
      *pzErr = sqlite3_mprintf("%s(): invalid JSON: unexpected end of input at byte %lld "
                               "(truncated?)", zFunc, (long long)nJson);
    }else{
      *pzErr = sqlite3_mprintf("%s(): invalid JSON near byte %lld", zFunc, (long long)iEnd);
    }
    return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  for(i=iEnd; i<nJson && (isSpace(zJson[i]) || zJson[i]==0); i++){}
  doc.z = zJson;
  doc.iRoot = iRoot;
  doc.nRoot = iEnd - iRoot;
  if( i<nJson ){
    *pzErr = sqlite3_mprintf("%s(): invalid JSON near byte %lld (unexpected data after the document)",
                             zFunc, (long long)i);
    rc = *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
    goto done;
  }
  doc.hasModelcmp = modelcmp_doc_member(&doc, "modelcmp", &i, &i);
  seen = formatDetect(&doc);
  if( fmt==0 ){
    fmt = seen;
    if( fmt==0 ){
      sqlite3_str *s = sqlite3_str_new(0);
      for(i=0; i<(size_t)NFORMAT; i++){
        sqlite3_str_appendf(s, "%s%s", i ? ", " : "", aFormat[i]->zName);
      }
      *pzErr = sqlite3_mprintf("%s(): cannot tell the format of the input "
                               "(expected %z); name it as the second argument",
                               zFunc, sqlite3_str_finish(s));
      rc = *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
      goto done;
    }
  }else if( !fmt->xDetect(&doc) ){
    if( seen ){
      *pzErr = sqlite3_mprintf("%s(): input looks like %s, not %s", zFunc, seen->zName, fmt->zName);
    }else{
      *pzErr = sqlite3_mprintf("%s(): input is not a catalog in the %s format", zFunc, fmt->zName);
    }
    rc = *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
    goto done;
  }
  sum.format = fmt->zName;
  fmt->xApply(&L, &doc);
  if( L.rc==SQLITE_OK ){
    *pzSummary = summaryJson(&sum, L.cat);
    if( *pzSummary==0 ) L.rc = SQLITE_NOMEM;
  }
  summaryFree(&sum);
  *pzErr = L.zErr;
  rc = L.rc;
done:
  sqlite3_free(doc.aMember);
  return rc;
}

int modelcmp_load(const McCatalog *base, const char *zJson, size_t nJson,
                  const char *zFormat, const char *zFunc,
                  McCatalog **ppOut, char **pzSummary, char **pzErr){
  McCatalog *cat = modelcmp_catalog_copy(base);
  int rc;
  *ppOut = 0;
  *pzSummary = 0;
  *pzErr = 0;
  if( cat==0 ) return SQLITE_NOMEM;
  rc = modelcmp_load_into(cat, zJson, nJson, zFormat, zFunc, pzSummary, pzErr);
  if( rc ){
    modelcmp_catalog_unref(cat);
    return rc;
  }
  *ppOut = cat;
  return SQLITE_OK;
}
