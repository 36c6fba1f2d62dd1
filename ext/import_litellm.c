/*
** import_litellm.c — the "litellm" format: LiteLLM's
** model_prices_and_context_window.json (also tokencost's copy of it).
**
**   SELECT modelcmp_load_file('model_prices_and_context_window.json');
**   SELECT modelcmp_load_file('prices.json', 'litellm');
**   SELECT json_extract(modelcmp_load_file('prices.json'), '$.skipped');
**
** The document is one object: key -> entry. An entry is
**
**   "cloudflare/@cf/meta/llama-3.2-1b-instruct": {
**     "litellm_provider": "cloudflare", "mode": "chat",
**     "input_cost_per_token": 2.7e-08, "output_cost_per_token": 2.01e-07,
**     "max_input_tokens": 60000, "max_output_tokens": 60000 }
**
** Prices are USD per token and become USD per 1M (0.027, 0.201: exactly
** the decimals, see modelcmp_per_mtok). Entries whose mode is not chat,
** completion or responses (embeddings, images, audio, rerank, ...) are
** skipped by reason, as are LiteLLM's price bands and provisioned-
** throughput rows. The full field mapping is in docs/importers.md.
**
** The provider model id is the key without the provider's own prefix
** ("@cf/meta/llama-3.2-1b-instruct"); Bedrock region and API segments
** ("bedrock/us-east-1/...", "us.anthropic...") and Azure data-zone
** segments ("azure/eu/...") mark a regional variant of the base route.
*/
#include "import_common.h"
SQLITE_EXTENSION_INIT3

#include <stdlib.h>
#include <string.h>

#define LITELLM_URL "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json"

/* The fields read from an entry, in strcmp order for bsearch. */
enum {
  LL_CACHE_WRITE, LL_CACHE_READ, LL_CODE_INTERP, LL_IN, LL_IN_BATCH,
  LL_MAX_IN, LL_MAX_OUT, LL_OUT, LL_OUT_BATCH, LL_SOURCE, LL_MODS, LL_OUT_MODS,
  LL_AUDIO_IN, LL_AUDIO_OUT, LL_COMPUTER, LL_FUNC, LL_NATIVE_SO, LL_PARALLEL,
  LL_PDF, LL_REASONING, LL_SCHEMA, LL_TOOL_CHOICE, LL_VIDEO_IN, LL_VISION,
  LL_WEB_SEARCH, LL_TIERED
};
static const struct LlField { const char *z; int id; } aLlField[] = {
  { "cache_creation_input_token_cost",    LL_CACHE_WRITE },
  { "cache_read_input_token_cost",        LL_CACHE_READ },
  { "code_interpreter_cost_per_session",  LL_CODE_INTERP },
  { "input_cost_per_token",               LL_IN },
  { "input_cost_per_token_batches",       LL_IN_BATCH },
  { "max_input_tokens",                   LL_MAX_IN },
  { "max_output_tokens",                  LL_MAX_OUT },
  { "output_cost_per_token",              LL_OUT },
  { "output_cost_per_token_batches",      LL_OUT_BATCH },
  { "source",                             LL_SOURCE },
  { "supported_modalities",               LL_MODS },
  { "supported_output_modalities",        LL_OUT_MODS },
  { "supports_audio_input",               LL_AUDIO_IN },
  { "supports_audio_output",              LL_AUDIO_OUT },
  { "supports_computer_use",              LL_COMPUTER },
  { "supports_function_calling",          LL_FUNC },
  { "supports_native_structured_output",  LL_NATIVE_SO },
  { "supports_parallel_function_calling", LL_PARALLEL },
  { "supports_pdf_input",                 LL_PDF },
  { "supports_reasoning",                 LL_REASONING },
  { "supports_response_schema",           LL_SCHEMA },
  { "supports_tool_choice",               LL_TOOL_CHOICE },
  { "supports_video_input",               LL_VIDEO_IN },
  { "supports_vision",                    LL_VISION },
  { "supports_web_search",                LL_WEB_SEARCH },
  { "tiered_pricing",                     LL_TIERED },
};

static int llFieldCmp(const void *a, const void *b){
  return strcmp((const char*)a, ((const struct LlField*)b)->z);
}

/* Skip reasons by mode; chat, completion and responses are imported. */
static const char *modeSkip(const char *zMode){
  static const char *const azKept[] = { "chat", "completion", "responses", 0 };
  static const char *const azSkip[] = {
    "embedding", "image_generation", "image_edit", "audio_transcription",
    "audio_speech", "rerank", "moderation", "video_generation", "search",
    "ocr", "vector_store", "realtime", 0 };
  int i;
  for(i=0; azKept[i]; i++) if( strcmp(zMode, azKept[i])==0 ) return 0;
  for(i=0; azSkip[i]; i++) if( strcmp(zMode, azSkip[i])==0 ) return azSkip[i];
  return "unsupported_mode";
}

/* "input_cost_per_token_above_200k_tokens" -> field 0..3 and 200000. */
static int tierKey(const char *z, int *pField, int64_t *pAbove){
  static const char *const azBase[] = {
    "input_cost_per_token", "output_cost_per_token",
    "cache_read_input_token_cost", "cache_creation_input_token_cost" };
  int i;
  for(i=0; i<4; i++){
    size_t n = strlen(azBase[i]);
    const char *p = z + n;
    int64_t v = 0;
    int nd = 0;
    if( strncmp(z, azBase[i], n)!=0 || strncmp(p, "_above_", 7)!=0 ) continue;
    for(p+=7; *p>='0' && *p<='9' && nd<7; p++, nd++) v = v*10 + (*p-'0');
    if( nd==0 || v==0 || strcmp(p, "k_tokens")!=0 ) return 0;
    *pField = i;
    *pAbove = v*1000;
    return 1;
  }
  return 0;
}

static double *tierField(McTier *t, int iField){
  switch( iField ){
    case 0:  return &t->in;
    case 1:  return &t->out;
    case 2:  return &t->cache_read;
    default: return &t->cache_write;
  }
}

/* LiteLLM's tiered_pricing: [{"range": [0, 256000], prices...}, ...]. The
** range starting at 0 is the base price; each later range is a tier from
** its start (whole-request, as Alibaba bills it). */
static void readTiered(McEntry *e, const cJSON *arr){
  const cJSON *t;
  if( cJSON_IsNull(arr) ) return;
  if( !cJSON_IsArray(arr) ){
    modelcmp_entry_bad(e, "tiered_pricing: expected an array");
    return;
  }
  for(t=arr->child; t && !e->bad; t=t->next){
    const cJSON *range = cJSON_GetObjectItemCaseSensitive(t, "range");
    double lo;
    double in = MC_NULL_REAL, out = MC_NULL_REAL, cr = MC_NULL_REAL, cw = MC_NULL_REAL;
    if( !cJSON_IsObject(t) ){
      modelcmp_entry_bad(e, "tiered_pricing: expected an array of objects");
      return;
    }
    if( range==0 ){
      /* priced by something other than tokens (search results): not a tier */
      continue;
    }
    if( !cJSON_IsArray(range) || !cJSON_IsNumber(range->child)
     || !(range->child->valuedouble>=0 && range->child->valuedouble<9e15) ){
      modelcmp_entry_bad(e, "tiered_pricing: expected \"range\": [from, to] in tokens");
      return;
    }
    lo = range->child->valuedouble;
    if( modelcmp_read_price(e, cJSON_GetObjectItemCaseSensitive(t, "input_cost_per_token"), 1, &in)
     || modelcmp_read_price(e, cJSON_GetObjectItemCaseSensitive(t, "output_cost_per_token"), 1, &out)
     || modelcmp_read_price(e, cJSON_GetObjectItemCaseSensitive(t, "cache_read_input_token_cost"), 1, &cr)
     || modelcmp_read_price(e, cJSON_GetObjectItemCaseSensitive(t, "cache_creation_input_token_cost"), 1, &cw) ){
      return;
    }
    if( lo<1 ){
      if( mc_isnull(e->in) ) e->in = in;
      if( mc_isnull(e->out) ) e->out = out;
      if( mc_isnull(e->cacheRead) ) e->cacheRead = cr;
      if( mc_isnull(e->cacheWrite) ) e->cacheWrite = cw;
    }else{
      McTier *tier = modelcmp_entry_tier(e, (int64_t)lo);
      if( tier==0 ) return;
      tier->in = in; tier->out = out; tier->cache_read = cr; tier->cache_write = cw;
    }
  }
}

/* "us-east-1", "ap-northeast-1", "us-gov-west-1", "*": a Bedrock region path segment. */
static int isRegionSegment(const char *z, size_t n){
  size_t i, nDash = 0;
  if( n==1 && z[0]=='*' ) return 1;
  if( n<6 || z[n-1]<'0' || z[n-1]>'9' ) return 0;
  for(i=0; i<n; i++){
    if( z[i]=='-' ) nDash++;
    else if( !((z[i]>='a' && z[i]<='z') || (z[i]>='0' && z[i]<='9')) ) return 0;
  }
  return nDash>=2;
}

static const char *llParse(McEntry *e, const McItem *pItem, const cJSON *o){
  const cJSON *it;
  const char *zKey = pItem->zKey, *zProv = 0, *zMode = 0, *zRest, *zSlash, *zSkip;
  char first[130], provId[130], firstId[130];
  int regional = 0, flagSeen = 0, inFlags = 0, outAudio = 0, v;
  size_t n;

  modelcmp_entry_init(e, zKey, LITELLM_URL);
  if( !cJSON_IsObject(o) || strcmp(zKey, "sample_spec")==0 ) return "not_a_model";
  it = cJSON_GetObjectItemCaseSensitive(o, "litellm_provider");
  if( it==0 || cJSON_IsNull(it) ) return "not_a_model";
  if( modelcmp_read_string(e, it, &zProv) ) return 0;
  it = cJSON_GetObjectItemCaseSensitive(o, "mode");
  if( it==0 || cJSON_IsNull(it) ) return "no_mode";
  if( modelcmp_read_string(e, it, &zMode) ) return 0;
  if( zMode==0 ) return "no_mode";
  if( (zSkip = modeSkip(zMode))!=0 ) return zSkip;
  if( strchr(zKey, '/')==0
   && (strncmp(zKey, "together-ai-", 12)==0 || strncmp(zKey, "fireworks-ai-", 13)==0) ){
    return "price_band";
  }
  if( strstr(zKey, "-commitment/") ) return "provisioned_throughput";
  if( strncmp(zKey, "ft:", 3)==0 ) return "fine_tuning";

  modelcmp_entry_provider(e, zProv, zProv, 0);
  e->zProvSource = LITELLM_URL;
  if( e->bad ) return 0;

  /* the provider model id: the key without the provider's own prefix */
  zRest = zKey;
  zSlash = strchr(zKey, '/');
  if( zSlash && (n = (size_t)(zSlash - zKey))<sizeof(first) ){
    memcpy(first, zKey, n);
    first[n] = 0;
    if( strcmp(modelcmp_provider_id(first, firstId), modelcmp_provider_id(zProv, provId))==0 ){
      zRest = zSlash+1;
    }
  }
  if( strcmp(e->provider, "amazon-bedrock")==0 && strchr(zRest, '/') ){
    /* bedrock/us-east-1/meta.llama3-..., bedrock/invoke/anthropic.... */
    const char *zLast = strrchr(zRest, '/') + 1;
    int isRegion = isRegionSegment(zRest, (size_t)(strchr(zRest, '/') - zRest));
    e->variant = 1;
    e->zVariant = isRegion ? "regional_variant" : "api_variant";
    if( isRegion ){
      sqlite3_snprintf((int)sizeof(e->noteBuf), e->noteBuf, "price in region %.*s",
                       (int)(strchr(zRest, '/') - zRest), zRest);
      e->zNote = e->noteBuf;
    }
    zRest = zLast;
  }else if( strcmp(e->provider, "azure")==0 && strchr(zRest, '/') ){
    static const char *const azZone[] = { "eu", "us", "global", "global-standard", 0 };
    const char *zSeg = strchr(zRest, '/');
    int k;
    for(k=0; azZone[k]; k++){
      if( strlen(azZone[k])==(size_t)(zSeg-zRest) && strncmp(zRest, azZone[k], zSeg-zRest)==0 ){
        e->variant = 1;
        e->zVariant = "regional_variant";
        sqlite3_snprintf((int)sizeof(e->noteBuf), e->noteBuf, "price of the %.*s deployment",
                         (int)(zSeg-zRest), zRest);
        e->zNote = e->noteBuf;
        zRest = zSeg+1;
        break;
      }
    }
  }
  e->zPmid = zRest;
  if( modelcmp_is_router(zRest) ) return "router";
  if( !modelcmp_entry_canon(e, zRest, &regional) ) return 0;
  if( regional && !e->variant ){
    e->variant = 1;
    e->zVariant = "regional_variant";
    sqlite3_snprintf((int)sizeof(e->noteBuf), e->noteBuf,
                     "price of the cross-region inference profile %s", zRest);
    e->zNote = e->noteBuf;
  }
  modelcmp_entry_name(e, zKey, e->provider);

  for(it=o->child; it && !e->bad; it=it->next){
    const struct LlField *f = bsearch(it->string, aLlField, sizeof(aLlField)/sizeof(aLlField[0]),
                                      sizeof(aLlField[0]), llFieldCmp);
    if( f==0 ){
      int iField;
      int64_t above;
      if( tierKey(it->string, &iField, &above) ){
        double d = MC_NULL_REAL;
        McTier *t;
        if( modelcmp_read_price(e, it, 1, &d) || mc_isnull(d) ) continue;
        if( (t = modelcmp_entry_tier(e, above))!=0 ) *tierField(t, iField) = d;
      }
      continue;
    }
    v = -1;
    switch( f->id ){
      case LL_IN:          modelcmp_read_price(e, it, 1, &e->in); break;
      case LL_OUT:         modelcmp_read_price(e, it, 1, &e->out); break;
      case LL_CACHE_READ:  modelcmp_read_price(e, it, 1, &e->cacheRead); break;
      case LL_CACHE_WRITE: modelcmp_read_price(e, it, 1, &e->cacheWrite); break;
      case LL_IN_BATCH:    modelcmp_read_price(e, it, 1, &e->batchIn); break;
      case LL_OUT_BATCH:   modelcmp_read_price(e, it, 1, &e->batchOut); break;
      case LL_MAX_IN:      modelcmp_read_count(e, it, &e->routeCtx); break;
      case LL_MAX_OUT:     modelcmp_read_count(e, it, &e->routeMaxOut); break;
      case LL_SOURCE: {
        const char *z = 0;
        if( cJSON_IsString(it) ) z = it->valuestring;   /* a note-like string is not an error */
        if( z && modelcmp_is_url(z) && strchr(z, ' ')==0 ) e->zSource = z;
        break;
      }
      case LL_MODS:        modelcmp_read_modalities(e, it, &e->inMods); break;
      case LL_OUT_MODS:    modelcmp_read_modalities(e, it, &e->outMods); break;
      case LL_CODE_INTERP:
        if( cJSON_IsNumber(it) ) e->cap[6] = 1;                 /* code_execution */
        break;
      case LL_TIERED:      readTiered(e, it); break;
      default:
        if( modelcmp_read_bool(e, it, &v) || v<0 ) break;
        switch( f->id ){
          case LL_VISION:      flagSeen = 1; if( v ) inFlags |= MC_MOD_IMAGE; break;
          case LL_AUDIO_IN:    flagSeen = 1; if( v ) inFlags |= MC_MOD_AUDIO; break;
          case LL_VIDEO_IN:    flagSeen = 1; if( v ) inFlags |= MC_MOD_VIDEO; break;
          case LL_PDF:         flagSeen = 1; if( v ) inFlags |= MC_MOD_PDF; break;
          case LL_AUDIO_OUT:   outAudio = v; break;
          case LL_FUNC:        if( v ) e->cap[3] = 1; break;     /* function_calling */
          case LL_TOOL_CHOICE:
          case LL_WEB_SEARCH:  if( v ) e->cap[4] = 1; break;     /* tool_use */
          case LL_SCHEMA:
          case LL_NATIVE_SO:   if( v ) e->cap[5] = 1; break;     /* structured_outputs */
          case LL_REASONING:   if( v ) e->cap[2] = 1; break;     /* reasoning */
          case LL_COMPUTER:    if( v ) e->cap[8] = 1; break;     /* computer_use */
          case LL_PARALLEL:    if( v ) e->cap[9] = 1; break;     /* parallel_agents */
        }
        break;
    }
  }
  /* modalities: the explicit list, completed by the supports_* flags */
  if( e->inMods || flagSeen ) e->inMods |= MC_MOD_TEXT | inFlags;
  if( outAudio && e->outMods ) e->outMods |= MC_MOD_AUDIO;
  if( e->ntier && mc_isnull(e->in) ){
    modelcmp_entry_bad(e, "long-context tiers without a base input_cost_per_token");
  }
  return 0;
}

/* Among the first 64 entries, one object with a string "litellm_provider"
** (read from the text: the entries are not parsed). */
static int llDetect(const McDoc *d){
  size_t iVal, nVal;
  int i;
  if( d->z[d->iRoot]!='{' || d->hasModelcmp ) return 0;
  for(i=0; i<d->nMember && i<64; i++){
    const McJsonMember *m = &d->aMember[i];
    if( modelcmp_json_member(d->z, m->iVal, m->nVal, "litellm_provider", &iVal, &nVal)
     && d->z[iVal]=='"' ){
      return 1;
    }
  }
  return 0;
}

static int llApply(McLoad *L, const McDoc *d){
  McIndex seen = {0, 0, 0};
  McItems items;
  int i;
  if( d->z[d->iRoot]!='{' ) return modelcmp_load_error(L, "expected an object of model entries");
  modelcmp_items_init(&items, d->z);
  for(i=0; i<d->nMember; i++){
    McItem *pItem = modelcmp_items_add(&items, &d->aMember[i]);
    uint32_t h;
    size_t n;
    int r;
    if( pItem==0 ){ modelcmp_load_oom(L); goto done; }
    n = strlen(pItem->zKey);
    h = modelcmp_hash(pItem->zKey, n);
    r = modelcmp_index_find(&seen, pItem->zKey, n, h)>=0 ? 0
      : modelcmp_index_add(&seen, pItem->zKey, h, i);
    if( r<=0 ){
      if( r<0 ) modelcmp_load_oom(L);
      else modelcmp_load_error(L, "duplicate key \"%s\"", pItem->zKey);
      goto done;
    }
  }
  sqlite3_free(seen.slot);     /* not needed while applying */
  seen.slot = 0;
  modelcmp_imp_run(L, &items, llParse);
done:
  sqlite3_free(seen.slot);
  modelcmp_items_free(&items);
  return L->rc;
}

const McFormat modelcmp_format_litellm = { "litellm", llDetect, llApply };
