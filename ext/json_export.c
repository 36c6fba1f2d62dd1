/*
** json_export.c — modelcmp_export(): the whole catalog as one modelcmp
** document.
**
** The document round-trips: loaded into an empty catalog it gives back the
** same catalog, and exporting that gives the same bytes. Unknown (NULL)
** fields are left out, except capabilities, which always list all ten.
** Every alias is written out explicitly (including those a route implies)
** so that which model won a contested alias survives the trip.
*/
#include "mc_json.h"
SQLITE_EXTENSION_INIT3

#include <string.h>

/* Adds the non-NULL fields of rec to obj. Returns 0, or -1 on OOM. */
static int addFields(cJSON *obj, const McField *aField, const void *rec){
  const McField *f;
  for(f=aField; f->name; f++){
    const char *p = (const char*)rec + f->off;
    cJSON *v = 0;
    if( modelcmp_field_isnull(f, rec) ) continue;
    switch( f->type ){
      case MCF_COUNT: v = cJSON_CreateNumber((double)*(const int64_t*)p); break;
      case MCF_PRICE:
      case MCF_SCORE: v = cJSON_CreateNumber(*(const double*)p); break;
      case MCF_FLAG:  v = cJSON_CreateBool(*(const int*)p); break;
      case MCF_LIST:
      case MCF_JSON:  v = cJSON_Parse(*(const char* const*)p); break;
      case MCF_TIERS: {
        const McRoute *r = rec;
        int i;
        v = cJSON_CreateArray();
        for(i=0; v && i<r->ntier; i++){
          const McTier *t = &r->tiers[i];
          cJSON *o = cJSON_CreateObject();
          if( o==0 || !cJSON_AddItemToArray(v, o) ){ cJSON_Delete(o); cJSON_Delete(v); return -1; }
          if( !cJSON_AddNumberToObject(o, "above_input_tokens", (double)t->above)
           || (!mc_isnull(t->in) && !cJSON_AddNumberToObject(o, "input_per_mtok", t->in))
           || (!mc_isnull(t->out) && !cJSON_AddNumberToObject(o, "output_per_mtok", t->out))
           || (!mc_isnull(t->cache_read)
               && !cJSON_AddNumberToObject(o, "cache_read_per_mtok", t->cache_read))
           || (!mc_isnull(t->cache_write)
               && !cJSON_AddNumberToObject(o, "cache_write_per_mtok", t->cache_write)) ){
            cJSON_Delete(v);
            return -1;
          }
        }
        break;
      }
      default:        v = cJSON_CreateString(*(const char* const*)p); break;
    }
    if( v==0 || !cJSON_AddItemToObject(obj, f->name, v) ){ cJSON_Delete(v); return -1; }
  }
  return 0;
}

/* The capabilities object: the commonest row source as "source", rows with
** another source in the {"supported", "source"} form. */
static cJSON *capsJson(const McModel *m){
  cJSON *o = cJSON_CreateObject();
  const char *zCommon = 0;
  int i, j, best = 0;
  if( o==0 ) return 0;
  for(i=0; i<MC_NCAP; i++){
    int n = 0;
    if( m->cap_source[i]==0 ) continue;
    for(j=0; j<MC_NCAP; j++) n += m->cap_source[j]==m->cap_source[i];
    if( n>best ){ best = n; zCommon = m->cap_source[i]; }
  }
  if( zCommon && !cJSON_AddStringToObject(o, "source", zCommon) ) goto oom;
  for(i=0; i<MC_NCAP; i++){
    cJSON *v = m->cap[i]<0 ? cJSON_CreateNull() : cJSON_CreateBool(m->cap[i]);
    if( v && m->cap_source[i]!=zCommon ){
      cJSON *w = cJSON_CreateObject();
      if( w==0 || !cJSON_AddItemToObject(w, "supported", v) ){ cJSON_Delete(w); cJSON_Delete(v); goto oom; }
      v = w;
      if( m->cap_source[i] && !cJSON_AddStringToObject(v, "source", m->cap_source[i]) ){
        cJSON_Delete(v); goto oom;
      }
    }
    if( v==0 || !cJSON_AddItemToObject(o, modelcmp_cap_id[i], v) ){ cJSON_Delete(v); goto oom; }
  }
  return o;
oom:
  cJSON_Delete(o);
  return 0;
}

static cJSON *recordArray(const void *aRec, int n, size_t sz, const McField *aField){
  cJSON *a = cJSON_CreateArray();
  int i;
  for(i=0; a && i<n; i++){
    cJSON *o = cJSON_CreateObject();
    if( o==0 || !cJSON_AddItemToArray(a, o) ){ cJSON_Delete(o); cJSON_Delete(a); return 0; }
    if( addFields(o, aField, (const char*)aRec + i*sz) ){ cJSON_Delete(a); return 0; }
  }
  return a;
}

static cJSON *modelJson(const McCatalog *c, int iModel, const int *aFirst, const int *aNext){
  const McModel *m = &c->models[iModel];
  cJSON *o = cJSON_CreateObject(), *v;
  int i;
  if( o==0 ) return 0;
  if( addFields(o, modelcmp_model_fields, m) ) goto oom;
  if( (v = capsJson(m))==0 || !cJSON_AddItemToObject(o, "capabilities", v) ){ cJSON_Delete(v); goto oom; }
  if( m->nbench ){
    v = recordArray(m->bench, m->nbench, sizeof(McBench), modelcmp_bench_fields);
    if( v==0 || !cJSON_AddItemToObject(o, "benchmarks", v) ){ cJSON_Delete(v); goto oom; }
  }
  if( m->nroute ){
    v = recordArray(m->routes, m->nroute, sizeof(McRoute), modelcmp_route_fields);
    if( v==0 || !cJSON_AddItemToObject(o, "routes", v) ){ cJSON_Delete(v); goto oom; }
  }
  if( aFirst[iModel]>=0 ){
    v = cJSON_CreateArray();
    if( v==0 || !cJSON_AddItemToObject(o, "aliases", v) ){ cJSON_Delete(v); goto oom; }
    for(i=aFirst[iModel]; i>=0; i=aNext[i]){
      const McAlias *a = &c->aliases[i];
      cJSON *e;
      if( a->provider ){
        e = cJSON_CreateObject();
        if( e && (!cJSON_AddStringToObject(e, "alias", a->alias)
               || !cJSON_AddStringToObject(e, "provider", a->provider)) ){
          cJSON_Delete(e); e = 0;
        }
      }else{
        e = cJSON_CreateString(a->alias);
      }
      if( e==0 || !cJSON_AddItemToArray(v, e) ){ cJSON_Delete(e); goto oom; }
    }
  }
  return o;
oom:
  cJSON_Delete(o);
  return 0;
}

char *modelcmp_export(const McCatalog *c){
  cJSON *root = cJSON_CreateObject(), *a;
  int *aFirst = 0, *aNext = 0, *aLast = 0, i;
  char *zJson, *zOut = 0;
  if( root==0 ) return 0;
  /* Per-model alias lists, in alias-table order. */
  aFirst = sqlite3_malloc64(sizeof(int)*(sqlite3_uint64)(c->nmodel*2 + c->nalias + 1));
  if( aFirst==0 ) goto done;
  aLast = aFirst + c->nmodel;
  aNext = aLast + c->nmodel;
  for(i=0; i<c->nmodel; i++) aFirst[i] = aLast[i] = -1;
  for(i=0; i<c->nalias; i++){
    int m = c->aliases[i].model;
    aNext[i] = -1;
    if( aLast[m]<0 ) aFirst[m] = i; else aNext[aLast[m]] = i;
    aLast[m] = i;
  }
  if( !cJSON_AddNumberToObject(root, "modelcmp", 1) ) goto done;
  a = recordArray(c->providers, c->nprovider, sizeof(McProvider), modelcmp_provider_fields);
  if( a==0 || !cJSON_AddItemToObject(root, "providers", a) ){ cJSON_Delete(a); goto done; }
  a = recordArray(c->bdefs, c->nbdef, sizeof(McBenchDef), modelcmp_bdef_fields);
  if( a==0 || !cJSON_AddItemToObject(root, "benchmark_defs", a) ){ cJSON_Delete(a); goto done; }
  a = cJSON_CreateArray();
  if( a==0 || !cJSON_AddItemToObject(root, "models", a) ){ cJSON_Delete(a); goto done; }
  for(i=0; i<c->nmodel; i++){
    cJSON *o = modelJson(c, i, aFirst, aNext);
    if( o==0 || !cJSON_AddItemToArray(a, o) ){ cJSON_Delete(o); goto done; }
  }
  zJson = cJSON_PrintUnformatted(root);
  if( zJson ){
    zOut = sqlite3_mprintf("%s", zJson);
    cJSON_free(zJson);
  }
done:
  sqlite3_free(aFirst);
  cJSON_Delete(root);
  return zOut;
}
