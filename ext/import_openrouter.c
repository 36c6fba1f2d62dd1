/*
** import_openrouter.c — the "openrouter" format: the response of
** OpenRouter's GET /api/v1/models ({"data": [model, ...]}, or the bare
** array).
**
**   SELECT modelcmp_load_file('openrouter-models.json');
**   SELECT modelcmp_load(readfile('models.json'), 'openrouter');
**
** Every model becomes one route of provider "openrouter". Prices are USD
** per token as decimal strings ("0.0000002") and become USD per 1M by
** shifting the decimal point of the text (0.2, exactly); "-1" means the
** price is not known (a router) and becomes NULL. The model is matched by
** its OpenRouter id, its permanent canonical_slug and its Hugging Face id;
** a new model takes its canonical id from the Hugging Face id when there
** is one (the creator's own name, docs/curation.md), else from the
** OpenRouter id. "<id>:free" is the rate-limited free variant of <id>: it
** adds an alias, and a route with NULL prices only when the paid variant
** is missing. The full field mapping is in docs/importers.md.
*/
#include "import_common.h"
SQLITE_EXTENSION_INIT3

#include <string.h>

/* Organisation prefixes of OpenRouter ids -> the creator as the catalog names it. */
static const struct { const char *zOrg, *zCreator; } aOrg[] = {
  { "openai", "OpenAI" }, { "anthropic", "Anthropic" }, { "google", "Google" },
  { "meta-llama", "AI at Meta" }, { "qwen", "Alibaba" }, { "mistralai", "Mistral AI" },
  { "deepseek", "DeepSeek" }, { "x-ai", "xAI" }, { "microsoft", "Microsoft" },
  { "cohere", "Cohere" }, { "amazon", "Amazon" }, { "moonshotai", "Moonshot AI" },
  { "z-ai", "Zhipu AI" }, { "nvidia", "NVIDIA" },
};


static void readPrice(McEntry *e, const cJSON *pricing, const char *zKey, double *pOut){
  const cJSON *it = cJSON_GetObjectItemCaseSensitive(pricing, zKey);
  char buf[64];
  double d;
  if( it==0 || cJSON_IsNull(it) ) return;
  if( cJSON_IsNumber(it) ){
    if( it->valuedouble==-1 ) return;                  /* unknown */
    modelcmp_read_price(e, it, 1, pOut);
    return;
  }
  if( !cJSON_IsString(it) || modelcmp_decimal_per_mtok(it->valuestring, &d) ){
    modelcmp_entry_bad(e, "pricing.%s: expected a decimal price per token, got %s", zKey,
                       modelcmp_json_describe(it, buf, sizeof(buf)));
    return;
  }
  if( d==-1e6 ) return;                                /* "-1": unknown */
  if( d<0 ){
    modelcmp_entry_bad(e, "pricing.%s: expected a price >= 0, got %s", zKey,
                       modelcmp_json_describe(it, buf, sizeof(buf)));
    return;
  }
  *pOut = d;
}

static const char *orParse(McEntry *e, const McItem *pItem, const cJSON *o){
  const cJSON *it, *arch, *top, *pricing;
  const char *zId = 0, *zHf = 0, *zName = 0, *zBase;
  int regional = 0, outMods = 0;
  size_t k;

  (void)pItem;                /* an array element: no key */
  modelcmp_entry_init(e, "?", 0);
  if( !cJSON_IsObject(o) ) return "not_a_model";
  it = cJSON_GetObjectItemCaseSensitive(o, "id");
  if( modelcmp_read_string(e, it, &zId) ) return 0;
  if( zId==0 ){
    modelcmp_entry_bad(e, "id: missing");
    return 0;
  }
  e->zKey = zId;
  if( modelcmp_is_router(zId) ) return "router";
  arch = cJSON_GetObjectItemCaseSensitive(o, "architecture");
  if( cJSON_IsObject(arch) ){
    if( modelcmp_read_modalities(e, cJSON_GetObjectItemCaseSensitive(arch, "output_modalities"), &outMods) ){
      return 0;
    }
    if( outMods && !(outMods & MC_MOD_TEXT) ) return "no_text_output";
    e->outMods = outMods;
    modelcmp_read_modalities(e, cJSON_GetObjectItemCaseSensitive(arch, "input_modalities"), &e->inMods);
  }

  modelcmp_entry_provider(e, "openrouter", 0, "https://openrouter.ai/models");
  e->zProvSource = "https://openrouter.ai/api/v1/models";
  e->zPmid = zId;
  /* the free variant: same model, no production price */
  zBase = modelcmp_entry_free_variant(e, zId);
  it = cJSON_GetObjectItemCaseSensitive(o, "hugging_face_id");
  if( modelcmp_read_string(e, it, &zHf) ) return 0;
  /* not a repository id, or weights re-quantised by the host: not the model's name */
  if( zHf && (strchr(zHf, '/')==0 || modelcmp_is_quantized(zHf)) ) zHf = 0;
  /* a free tier's Hugging Face id names the paid model: not tried */
  if( zHf && !(e->varKind & MC_VAR_FREE) ) modelcmp_entry_name(e, zHf, 0);
  it = cJSON_GetObjectItemCaseSensitive(o, "canonical_slug");
  if( cJSON_IsString(it) && it->valuestring[0] && strchr(zId, ':')==0 ){
    /* OpenRouter's permanent slug, often the dated snapshot: an alias only,
    ** and not for the :free or :thinking variants, which share it */
    modelcmp_entry_alias(e, it->valuestring, e->provider);
  }
  if( !modelcmp_entry_canon(e, zHf ? zHf : zBase, &regional) ) return 0;

  if( strlen(zId) < sizeof(e->sourceBuf) - 30 && strchr(zId, ' ')==0 ){
    sqlite3_snprintf((int)sizeof(e->sourceBuf), e->sourceBuf, "https://openrouter.ai/%s", zId);
    e->zSource = e->sourceBuf;
  }else{
    e->zSource = "https://openrouter.ai/models";
  }

  /* display name "Meta: Llama 3.2 1B Instruct" -> "Llama 3.2 1B Instruct" */
  it = cJSON_GetObjectItemCaseSensitive(o, "name");
  if( modelcmp_read_string(e, it, &zName) ) return 0;
  if( zName ){
    const char *zC = strstr(zName, ": ");
    size_t n;
    e->zName = zC && zC[2] ? zC+2 : zName;
    n = strlen(e->zName);
    if( (e->varKind & MC_VAR_FREE) && n>7 && n<sizeof(e->noteBuf) && strcmp(e->zName+n-7, " (free)")==0 ){
      /* "Ring-2.6-1T (free)" is the model's name only when the free tier is
      ** a model of its own (a paid one exists); else "Ring-2.6-1T" */
      e->zFreeName = e->zName;
      sqlite3_snprintf((int)sizeof(e->noteBuf), e->noteBuf, "%.*s", (int)(n-7), e->zName);
      e->zName = e->noteBuf;
    }
  }
  for(k=0; k<sizeof(aOrg)/sizeof(aOrg[0]); k++){
    size_t n = strlen(aOrg[k].zOrg);
    if( strncmp(zId, aOrg[k].zOrg, n)==0 && zId[n]=='/' ){ e->zCreator = aOrg[k].zCreator; break; }
  }

  modelcmp_read_count(e, cJSON_GetObjectItemCaseSensitive(o, "context_length"), &e->ctx);
  top = cJSON_GetObjectItemCaseSensitive(o, "top_provider");
  if( cJSON_IsObject(top) ){
    modelcmp_read_count(e, cJSON_GetObjectItemCaseSensitive(top, "context_length"), &e->routeCtx);
    modelcmp_read_count(e, cJSON_GetObjectItemCaseSensitive(top, "max_completion_tokens"), &e->routeMaxOut);
  }
  if( e->routeCtx==MC_NULL_INT ) e->routeCtx = e->ctx;
  it = cJSON_GetObjectItemCaseSensitive(o, "knowledge_cutoff");
  modelcmp_read_month(e, it, e->monthBuf, &e->zCutoff);

  pricing = cJSON_GetObjectItemCaseSensitive(o, "pricing");
  if( pricing && !cJSON_IsNull(pricing) && !cJSON_IsObject(pricing) ){
    modelcmp_entry_bad(e, "pricing: expected an object");
  }else if( pricing ){
    readPrice(e, pricing, "prompt", &e->in);
    readPrice(e, pricing, "completion", &e->out);
    readPrice(e, pricing, "input_cache_read", &e->cacheRead);
    readPrice(e, pricing, "input_cache_write", &e->cacheWrite);
  }
  if( e->varKind & MC_VAR_FREE ){                       /* :free */
    e->in = e->out = e->cacheRead = e->cacheWrite = MC_NULL_REAL;
  }

  it = cJSON_GetObjectItemCaseSensitive(o, "supported_parameters");
  if( cJSON_IsArray(it) ){
    const cJSON *s;
    for(s=it->child; s; s=s->next){
      const char *z = cJSON_IsString(s) ? s->valuestring : "";
      if( strcmp(z, "tools")==0 ) e->cap[3] = 1;                       /* function_calling */
      else if( strcmp(z, "tool_choice")==0 ) e->cap[4] = 1;            /* tool_use */
      else if( strcmp(z, "structured_outputs")==0 ) e->cap[5] = 1;     /* structured_outputs */
      else if( strcmp(z, "reasoning")==0 || strcmp(z, "include_reasoning")==0 ) e->cap[2] = 1;
      else if( strcmp(z, "parallel_tool_calls")==0 ) e->cap[9] = 1;    /* parallel_agents */
    }
  }else if( it && !cJSON_IsNull(it) ){
    modelcmp_entry_bad(e, "supported_parameters: expected an array");
  }
  return 0;
}

/* {"data": [ {"id": ..., "pricing": {...}}, ... ]} or the array itself:
** the span of the array (nVal 0 when an object has no "data"). */
static void orData(const McDoc *d, size_t *piVal, size_t *pnVal){
  *piVal = d->iRoot;
  *pnVal = d->nRoot;
  if( d->z[d->iRoot]=='{' && !d->hasModelcmp && !modelcmp_doc_member(d, "data", piVal, pnVal) ){
    *pnVal = 0;
  }
}

/* The first element is an object with a string "id" and an object
** "pricing" (read from the text). */
static int orDetect(const McDoc *d){
  McJsonIter it;
  size_t iVal, nVal, iId, nId, iPr, nPr;
  orData(d, &iVal, &nVal);
  if( nVal==0 || d->z[iVal]!='[' || !modelcmp_json_iter_init(&it, d->z, iVal, nVal)
   || modelcmp_json_iter_next(&it)!=1 ){
    return 0;
  }
  return modelcmp_json_member(d->z, it.m.iVal, it.m.nVal, "id", &iId, &nId) && d->z[iId]=='"'
      && modelcmp_json_member(d->z, it.m.iVal, it.m.nVal, "pricing", &iPr, &nPr) && d->z[iPr]=='{';
}

static int orApply(McLoad *L, const McDoc *d){
  McItems items;
  McJsonIter it;
  size_t iVal, nVal;
  int r;
  char buf[64];
  orData(d, &iVal, &nVal);
  if( nVal==0 || d->z[iVal]!='[' ){
    if( d->z[d->iRoot]=='{' ) modelcmp_path_key(L, "data");
    return modelcmp_load_error(L, "expected an array of models, got %s",
                               modelcmp_json_describe_span(d->z, iVal, nVal, buf, sizeof(buf)));
  }
  modelcmp_items_init(&items, d->z);
  modelcmp_json_iter_init(&it, d->z, iVal, nVal);
  while( (r = modelcmp_json_iter_next(&it))==1 ){
    if( modelcmp_items_add(&items, &it.m)==0 ){ modelcmp_load_oom(L); break; }
  }
  if( r<0 ){
    modelcmp_load_error(L, "invalid JSON near byte %lld", (long long)it.iErr);
  }else if( L->rc==SQLITE_OK ){
    modelcmp_imp_run(L, &items, orParse);
  }
  modelcmp_items_free(&items);
  return L->rc;
}

const McFormat modelcmp_format_openrouter = { "openrouter", orDetect, orApply };
