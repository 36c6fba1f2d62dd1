/*
** import_modelsdev.c — the "modelsdev" format: models.dev's api.json,
** {provider_id: {id, name, doc, ..., models: {model_id: model}}}.
**
**   SELECT modelcmp_load_file('api.json');
**   SELECT modelcmp_load_file('api.json', 'modelsdev');
**
** Every (provider, model) pair becomes one route. models.dev prices are
** already USD per 1M tokens; cost.tiers and the older cost.context_over_200k
** become long-context tiers. limit.context is the route's context window,
** and the model's own when the provider is the model's creator. Coding and
** token plans, free developer endpoints and local runtimes list a price of
** 0 that is not a per-token price: those routes get NULL prices and a
** note. Models that do not output text, embeddings, rerankers and
** speech-to-text models are skipped by reason. The full field mapping is in
** docs/importers.md.
*/
#include "import_common.h"
SQLITE_EXTENSION_INIT3

#include <string.h>

#define MODELSDEV_URL "https://models.dev/api.json"

/* cost.<key> -> which price (several spellings occur in the data). */
static double *costField(McEntry *e, const char *z){
  if( strcmp(z, "input")==0 ) return &e->in;
  if( strcmp(z, "output")==0 ) return &e->out;
  if( strcmp(z, "cache_read")==0 || strcmp(z, "cache_input")==0
   || strcmp(z, "cached_input")==0 ) return &e->cacheRead;
  if( strcmp(z, "cache_write")==0 || strcmp(z, "cached_write")==0 ) return &e->cacheWrite;
  return 0;
}

/* Reads {input, output, cache_read, cache_write} into a tier. */
static void readTier(McEntry *e, const cJSON *o, int64_t above){
  const cJSON *it;
  McTier *t = modelcmp_entry_tier(e, above);
  if( t==0 ) return;
  for(it=o->child; it && !e->bad; it=it->next){
    double d = MC_NULL_REAL;
    if( strcmp(it->string, "tier")==0 ) continue;
    if( modelcmp_read_price(e, it, 0, &d) || mc_isnull(d) ) continue;
    if( strcmp(it->string, "input")==0 ) t->in = d;
    else if( strcmp(it->string, "output")==0 ) t->out = d;
    else if( strcmp(it->string, "cache_read")==0 ) t->cache_read = d;
    else if( strcmp(it->string, "cache_write")==0 ) t->cache_write = d;
  }
}

static void readCost(McEntry *e, const cJSON *cost){
  const cJSON *it;
  if( cost==0 || cJSON_IsNull(cost) ) return;
  if( !cJSON_IsObject(cost) ){
    modelcmp_entry_bad(e, "cost: expected an object");
    return;
  }
  for(it=cost->child; it && !e->bad; it=it->next){
    double *p = costField(e, it->string);
    if( p ){
      modelcmp_read_price(e, it, 0, p);
    }else if( strcmp(it->string, "tiers")==0 && !cJSON_IsNull(it) ){
      const cJSON *t;
      if( !cJSON_IsArray(it) ){
        modelcmp_entry_bad(e, "cost.tiers: expected an array");
        return;
      }
      for(t=it->child; t && !e->bad; t=t->next){
        const cJSON *tier = cJSON_GetObjectItemCaseSensitive(t, "tier");
        const cJSON *size = cJSON_GetObjectItemCaseSensitive(tier, "size");
        const cJSON *type = cJSON_GetObjectItemCaseSensitive(tier, "type");
        if( !cJSON_IsObject(t) || !cJSON_IsObject(tier) || !cJSON_IsNumber(size)
         || !(size->valuedouble>=1 && size->valuedouble<9e15) ){
          modelcmp_entry_bad(e, "cost.tiers: expected {\"tier\": {\"size\": tokens}, prices...}");
          return;
        }
        /* only input-length tiers are known; other kinds are left out */
        if( type && !(cJSON_IsString(type) && strcmp(type->valuestring, "context")==0) ) continue;
        readTier(e, t, (int64_t)size->valuedouble);
      }
    }else if( strcmp(it->string, "context_over_200k")==0 && !cJSON_IsNull(it) ){
      if( !cJSON_IsObject(it) ){
        modelcmp_entry_bad(e, "cost.context_over_200k: expected an object");
        return;
      }
      readTier(e, it, 200000);
    }
  }
}

/* Embeddings, rerankers, moderation and speech-to-text models output "text"
** in models.dev too; their ids give them away. */
static const char *kindSkip(const char *zId, int inMods){
  char buf[200];
  int i;
  for(i=0; zId[i] && i<(int)sizeof(buf)-1; i++){
    char c = zId[i];
    buf[i] = (c>='A' && c<='Z') ? (char)(c+32) : c;
  }
  buf[i] = 0;
  if( strstr(buf, "embed") ) return "embedding";
  if( strstr(buf, "rerank") ) return "rerank";
  if( strstr(buf, "moderation") ) return "moderation";
  if( inMods==MC_MOD_AUDIO ) return "audio_transcription";
  return 0;
}

static const char *mdParse(McEntry *e, const McItem *pItem, const cJSON *o){
  const cJSON *prov = pItem->pParent, *it, *mods, *lim;
  const char *zId = 0, *zProvName = 0, *zDoc = 0, *zSkip, *zStatus = 0;
  int regional = 0, v;

  modelcmp_entry_init(e, pItem->zKey, MODELSDEV_URL);
  if( !cJSON_IsObject(o) ) return "not_a_model";
  it = cJSON_GetObjectItemCaseSensitive(o, "id");
  if( modelcmp_read_string(e, it, &zId) ) return 0;
  if( zId==0 ) zId = pItem->zKey;
  mods = cJSON_GetObjectItemCaseSensitive(o, "modalities");
  if( mods && !cJSON_IsNull(mods) ){
    if( !cJSON_IsObject(mods) ){
      modelcmp_entry_bad(e, "modalities: expected an object");
      return 0;
    }
    if( modelcmp_read_modalities(e, cJSON_GetObjectItemCaseSensitive(mods, "input"), &e->inMods)
     || modelcmp_read_modalities(e, cJSON_GetObjectItemCaseSensitive(mods, "output"), &e->outMods) ){
      return 0;
    }
    if( e->outMods && !(e->outMods & MC_MOD_TEXT) ) return "no_text_output";
  }
  if( (zSkip = kindSkip(zId, e->inMods))!=0 ) return zSkip;

  it = cJSON_GetObjectItemCaseSensitive(prov, "name");
  if( cJSON_IsString(it) ) zProvName = it->valuestring;
  it = cJSON_GetObjectItemCaseSensitive(prov, "doc");
  if( cJSON_IsString(it) && modelcmp_is_url(it->valuestring) ) zDoc = it->valuestring;
  modelcmp_entry_provider(e, prov->string, zProvName, zDoc);
  e->zProvSource = MODELSDEV_URL;
  if( e->bad ) return 0;
  e->zPmid = zId;
  if( modelcmp_is_router(zId) ) return "router";
  if( !modelcmp_entry_canon(e, modelcmp_entry_free_variant(e, zId), &regional) ) return 0;
  if( regional && !e->variant ){
    e->variant = 1;
    e->zVariant = "regional_variant";
    sqlite3_snprintf((int)sizeof(e->noteBuf), e->noteBuf,
                     "price of the cross-region inference profile %s", zId);
    e->zNote = e->noteBuf;
  }
  /* models.dev's own name for the route, when its provider id is not ours */
  if( strcmp(prov->string, e->provider)!=0 ){
    modelcmp_entry_name_owned(e, sqlite3_mprintf("%s/%s", prov->string, zId), e->provider);
  }

  if( modelcmp_read_string(e, cJSON_GetObjectItemCaseSensitive(o, "name"), &e->zName) ) return 0;
  if( modelcmp_read_date(e, cJSON_GetObjectItemCaseSensitive(o, "release_date"), &e->zReleased) ) return 0;
  if( modelcmp_read_month(e, cJSON_GetObjectItemCaseSensitive(o, "knowledge"), e->monthBuf, &e->zCutoff) ) return 0;
  v = -1;
  if( modelcmp_read_bool(e, cJSON_GetObjectItemCaseSensitive(o, "open_weights"), &v) ) return 0;
  if( v>=0 ) e->zOpenness = v ? "Open weights" : "Closed";
  v = -1;
  if( modelcmp_read_bool(e, cJSON_GetObjectItemCaseSensitive(o, "reasoning"), &v) ) return 0;
  if( v==1 ) e->cap[2] = 1;                                  /* reasoning */
  v = -1;
  if( modelcmp_read_bool(e, cJSON_GetObjectItemCaseSensitive(o, "tool_call"), &v) ) return 0;
  if( v==1 ) e->cap[3] = e->cap[4] = 1;                      /* function_calling, tool_use */
  v = -1;
  if( modelcmp_read_bool(e, cJSON_GetObjectItemCaseSensitive(o, "structured_output"), &v) ) return 0;
  if( v==1 ) e->cap[5] = 1;                                  /* structured_outputs */

  lim = cJSON_GetObjectItemCaseSensitive(o, "limit");
  if( lim && !cJSON_IsNull(lim) ){
    if( !cJSON_IsObject(lim) ){
      modelcmp_entry_bad(e, "limit: expected an object");
      return 0;
    }
    if( modelcmp_read_count(e, cJSON_GetObjectItemCaseSensitive(lim, "context"), &e->routeCtx)
     || modelcmp_read_count(e, cJSON_GetObjectItemCaseSensitive(lim, "output"), &e->routeMaxOut) ){
      return 0;
    }
  }
  readCost(e, cJSON_GetObjectItemCaseSensitive(o, "cost"));
  if( e->varKind & MC_VAR_FREE ){
    e->in = e->out = e->cacheRead = e->cacheWrite = MC_NULL_REAL;
    e->ntier = 0;
  }
  if( e->ntier && mc_isnull(e->in) ){
    modelcmp_entry_bad(e, "cost.tiers without a base cost.input");
  }
  if( modelcmp_read_string(e, cJSON_GetObjectItemCaseSensitive(o, "status"), &zStatus) ) return 0;
  if( zStatus && strcmp(zStatus, "deprecated")==0 && e->zNote==0 ){
    e->zNote = "deprecated by the provider (models.dev status)";
  }
  return 0;
}

/* The first top-level value is an object with a "models" object (read
** from the text). */
static int mdDetect(const McDoc *d){
  size_t iVal, nVal;
  if( d->z[d->iRoot]!='{' || d->hasModelcmp || d->nMember==0 ) return 0;
  return modelcmp_json_member(d->z, d->aMember[0].iVal, d->aMember[0].nVal, "models", &iVal, &nVal)
      && d->z[iVal]=='{';
}

/* The provider object without its models, as a small tree of its own:
** {"<key>": <the provider's text with the "models" value replaced by {}>},
** parsed by cJSON, so that the key and every other field read exactly as
** from the whole document. Returns the provider (the root's child). */
static const cJSON *mdProvider(McLoad *L, McItems *pItems, const McJsonMember *pProv,
                               size_t iModels, size_t nModels){
  const char *z = pItems->zJson;
  size_t nHead = iModels - pProv->iVal;
  size_t nTail = pProv->iVal + pProv->nVal - (iModels + nModels);
  size_t n = 1 + pProv->nKey + 1 + nHead + 2 + nTail + 1;
  char *zText = sqlite3_malloc64(n);
  cJSON *pTree;
  char *p = zText;
  if( zText==0 ){ modelcmp_load_oom(L); return 0; }
  *p++ = '{';
  memcpy(p, z + pProv->iKey, pProv->nKey); p += pProv->nKey;
  *p++ = ':';
  memcpy(p, z + pProv->iVal, nHead); p += nHead;
  *p++ = '{'; *p++ = '}';
  memcpy(p, z + iModels + nModels, nTail); p += nTail;
  *p++ = '}';
  pTree = modelcmp_json_parse(L, zText, 0, n);
  sqlite3_free(zText);
  if( pTree==0 ) return 0;
  if( modelcmp_items_keep(pItems, pTree) ){ modelcmp_load_oom(L); return 0; }
  return pTree->child;
}

static int mdApply(McLoad *L, const McDoc *d){
  McItems items;
  McJsonIter it;
  size_t iModels = 0, nModels = 0;
  int i, r = 0;
  char buf[64];
  if( d->z[d->iRoot]!='{' ) return modelcmp_load_error(L, "expected an object of providers");
  modelcmp_items_init(&items, d->z);
  for(i=0; i<d->nMember && L->rc==SQLITE_OK; i++){
    const McJsonMember *prov = &d->aMember[i];
    const cJSON *pParent;
    int isObj = d->z[prov->iVal]=='{';
    if( !isObj || !modelcmp_json_member(d->z, prov->iVal, prov->nVal, "models", &iModels, &nModels) ){
      nModels = 0;
    }
    if( !isObj || nModels==0 || d->z[iModels]!='{' ){
      char *zKey = sqlite3_malloc64(prov->nKey);
      if( zKey==0 ){ modelcmp_load_oom(L); break; }
      modelcmp_json_unescape(d->z + prov->iKey, prov->nKey, zKey);
      modelcmp_path_key(L, zKey);
      sqlite3_free(zKey);
      modelcmp_load_error(L, "expected a provider object with \"models\": {...}, got %s",
                          isObj ? modelcmp_json_describe_span(d->z, iModels, nModels, buf, sizeof(buf))
                                : modelcmp_json_describe_span(d->z, prov->iVal, prov->nVal, buf, sizeof(buf)));
      break;
    }
    if( (pParent = mdProvider(L, &items, prov, iModels, nModels))==0 ) break;
    modelcmp_json_iter_init(&it, d->z, iModels, nModels);
    while( (r = modelcmp_json_iter_next(&it))==1 ){
      McItem *pItem = modelcmp_items_add(&items, &it.m);
      if( pItem==0 ){ modelcmp_load_oom(L); break; }
      pItem->pParent = pParent;
    }
    if( r<0 ) modelcmp_load_error(L, "invalid JSON near byte %lld", (long long)it.iErr);
  }
  if( L->rc==SQLITE_OK ) modelcmp_imp_run(L, &items, mdParse);
  modelcmp_items_free(&items);
  return L->rc;
}

const McFormat modelcmp_format_modelsdev = { "modelsdev", mdDetect, mdApply };
