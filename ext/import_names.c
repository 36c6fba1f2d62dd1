/*
** import_names.c — the names of the public catalogs, unified: providers
** (one id whatever each source calls it, and what kind of provider it is),
** the names an entry carries, and canonical model ids derived from a
** provider's model id.
**
** The rules are docs/importers.md#canonical-ids and #providers; the
** importers (import_litellm.c, import_openrouter.c, import_modelsdev.c)
** call them through import_common.h:
**
**   modelcmp_entry_provider(e, "bedrock_converse", ...)   e->provider "amazon-bedrock"
**   modelcmp_entry_canon(e, "us.anthropic.claude-3-5-sonnet-20241022-v2:0", &regional)
**                                                          e->canon "claude-3-5-sonnet-20241022"
**   modelcmp_entry_canon(e, "accounts/fireworks/models/llama-v3p2-1b-instruct", ...)
**                                                          e->canon "llama-3.2-1b-instruct"
**
** Conservative by design: a rule only removes what is provably packaging
** (path prefixes, region and vendor prefixes, the Bedrock version suffix,
** a provider's own spelling of dots, Groq's product names); sizes,
** quantisations, modes and dates stay, so two different models never share
** an id. The variant words at the end of an id (-fp8, -turbo, -free) are
** split off into baseCanon for the base-model link, and the spelling key
** (modelcmp_spell_key) is what import_match.c compares:
**
**   modelcmp_spell_key("Llama3.3-70B_Instruct", ...)        "llama-3-3-70b-instruct"
**   modelcmp_entry_canon(e, "@cf/meta/llama-3.3-70b-instruct-fp8-fast", ...)
**        e->canon "llama-3.3-70b-instruct-fp8-fast", e->baseCanon "llama-3.3-70b-instruct"
**
** Names no rule can link are linked by curated aliases, which resolution
** tries first.
*/
#include "import_common.h"
SQLITE_EXTENSION_INIT3

#include <string.h>
/*************************************************************************
** Providers. The raw names of the three sources (LiteLLM's
** litellm_provider, models.dev's provider ids) are normalised (lowercase,
** '_' -> '-') and looked up here; an unknown name becomes its own slug.
*/
typedef struct McProvMap {
  const char *zRaw;           /* normalised source name */
  const char *zId;            /* our provider id (catalog/00-providers.json) */
  const char *zName;          /* display name for a row we create */
  int flags;                  /* MC_PROV_* */
  const char *zFamily;        /* for a LAB: "|"-separated id prefixes of its own models */
} McProvMap;

#define LAB MC_PROV_LAB
#define PLAN MC_PROV_PLAN
#define FREE MC_PROV_FREE
#define LOCAL MC_PROV_LOCAL
static const McProvMap aProvMap[] = {
  { "openai", "openai", "OpenAI", LAB, "gpt-|o1|o3|o4|chatgpt-|codex-|text-davinci|davinci|babbage" },
  { "text-completion-openai", "openai", "OpenAI", LAB, "gpt-|o1|o3|o4|chatgpt-|codex-|text-davinci|davinci|babbage" },
  { "chatgpt", "chatgpt", "ChatGPT (subscription)", PLAN, 0 },
  { "anthropic", "anthropic", "Anthropic", LAB, "claude" },
  { "gemini", "google-ai-studio", "Google AI Studio", LAB, "gemini|gemma|learnlm" },
  { "google", "google-ai-studio", "Google AI Studio", LAB, "gemini|gemma|learnlm" },
  { "palm", "google-ai-studio", "Google AI Studio", LAB, "gemini|gemma|learnlm" },
  { "vertex-ai", "google-vertex-ai", "Google Vertex AI", 0, 0 },
  { "google-vertex", "google-vertex-ai", "Google Vertex AI", 0, 0 },
  { "google-vertex-anthropic", "google-vertex-ai", "Google Vertex AI", 0, 0 },
  { "bedrock", "amazon-bedrock", "Amazon Bedrock", 0, 0 },
  { "bedrock-converse", "amazon-bedrock", "Amazon Bedrock", 0, 0 },
  { "bedrock-mantle", "amazon-bedrock", "Amazon Bedrock", 0, 0 },
  { "amazon-bedrock", "amazon-bedrock", "Amazon Bedrock", 0, 0 },
  { "sagemaker", "amazon-sagemaker", "Amazon SageMaker", 0, 0 },
  { "amazon-nova", "amazon-nova", "Amazon Nova", LAB, "nova" },
  { "azure", "azure", "Azure AI Foundry", 0, 0 },
  { "azure-ai", "azure", "Azure AI Foundry", 0, 0 },
  { "azure-text", "azure", "Azure AI Foundry", 0, 0 },
  { "azure-cognitive-services", "azure", "Azure AI Foundry", 0, 0 },
  { "openrouter", "openrouter", "OpenRouter", 0, 0 },
  { "together-ai", "together-ai", "Together AI", 0, 0 },
  { "togetherai", "together-ai", "Together AI", 0, 0 },
  { "fireworks-ai", "fireworks-ai", "Fireworks AI", 0, 0 },
  { "groq", "groq", "Groq", 0, 0 },
  { "deepinfra", "deepinfra", "DeepInfra", 0, 0 },
  { "cloudflare", "cloudflare-workers-ai", "Cloudflare Workers AI", 0, 0 },
  { "cloudflare-workers-ai", "cloudflare-workers-ai", "Cloudflare Workers AI", 0, 0 },
  { "workers-ai", "cloudflare-workers-ai", "Cloudflare Workers AI", 0, 0 },
  { "nvidia-nim", "nvidia-nim", "NVIDIA NIM", FREE, 0 },
  { "nvidia", "nvidia-nim", "NVIDIA NIM", FREE, 0 },
  { "watsonx", "ibm-watsonx", "IBM watsonx.ai", 0, 0 },
  { "ibm-watsonx", "ibm-watsonx", "IBM watsonx.ai", 0, 0 },
  { "mistral", "mistral-ai", "Mistral AI", LAB, "mistral|mixtral|codestral|ministral|magistral|pixtral|devstral|voxtral|open-mistral|open-mixtral|open-codestral" },
  { "mistral-ai", "mistral-ai", "Mistral AI", LAB, "mistral|mixtral|codestral|ministral|magistral|pixtral|devstral|voxtral|open-mistral|open-mixtral|open-codestral" },
  { "codestral", "mistral-ai", "Mistral AI", LAB, "mistral|mixtral|codestral|ministral|magistral|pixtral|devstral|voxtral|open-mistral|open-mixtral|open-codestral" },
  { "text-completion-codestral", "mistral-ai", "Mistral AI", LAB, "mistral|mixtral|codestral|ministral|magistral|pixtral|devstral|voxtral|open-mistral|open-mixtral|open-codestral" },
  { "deepseek", "deepseek", "DeepSeek", LAB, "deepseek" },
  { "xai", "xai", "xAI", LAB, "grok" },
  { "cohere", "cohere", "Cohere", LAB, "command|c4ai|aya" },
  { "cohere-chat", "cohere", "Cohere", LAB, "command|c4ai|aya" },
  { "moonshot", "moonshot-ai", "Moonshot AI", LAB, "kimi|moonshot" },
  { "moonshotai", "moonshot-ai", "Moonshot AI", LAB, "kimi|moonshot" },
  { "moonshot-ai", "moonshot-ai", "Moonshot AI", LAB, "kimi|moonshot" },
  { "moonshotai-cn", "moonshot-ai-cn", "Moonshot AI (China)", LAB, "kimi|moonshot" },
  { "zai", "z-ai", "Z.ai", LAB, "glm|cogview|chatglm" },
  { "z-ai", "z-ai", "Z.ai", LAB, "glm|cogview|chatglm" },
  { "zhipuai", "zhipu-ai", "Zhipu AI (China)", LAB, "glm|cogview|chatglm" },
  { "dashscope", "alibaba-cloud", "Alibaba Cloud Model Studio", LAB, "qwen|qwq|qvq" },
  { "alibaba", "alibaba-cloud", "Alibaba Cloud Model Studio", LAB, "qwen|qwq|qvq" },
  { "alibaba-cloud", "alibaba-cloud", "Alibaba Cloud Model Studio", LAB, "qwen|qwq|qvq" },
  { "alibaba-cn", "alibaba-cloud-cn", "Alibaba Cloud Model Studio (China)", LAB, "qwen|qwq|qvq" },
  { "cerebras", "cerebras", "Cerebras", 0, 0 },
  { "sambanova", "sambanova", "SambaNova Cloud", 0, 0 },
  { "vercel-ai-gateway", "vercel-ai-gateway", "Vercel AI Gateway", 0, 0 },
  { "vercel", "vercel-ai-gateway", "Vercel AI Gateway", 0, 0 },
  { "meta-llama", "meta-llama-api", "Meta Llama API", LAB|FREE, "llama" },
  { "llama", "meta-llama-api", "Meta Llama API", LAB|FREE, "llama" },
  { "minimax", "minimax", "MiniMax", LAB, "minimax|abab" },
  { "minimax-cn", "minimax-cn", "MiniMax (China)", LAB, "minimax|abab" },
  { "ai21", "ai21", "AI21 Labs", LAB, "jamba|j2-" },
  { "perplexity", "perplexity", "Perplexity", LAB, "sonar|r1-1776" },
  { "xiaomi", "xiaomi", "Xiaomi MiMo", LAB, "mimo" },
  { "stepfun", "stepfun", "StepFun", LAB, "step" },
  { "upstage", "upstage", "Upstage", LAB, "solar" },
  { "inception", "inception", "Inception", LAB, "mercury" },
  { "text-completion-inception", "inception", "Inception", LAB, "mercury" },
  { "morph", "morph", "Morph", LAB, "morph" },
  { "poolside", "poolside", "Poolside", LAB, "laguna|malibu|point" },
  { "sarvam", "sarvam", "Sarvam AI", LAB, "sarvam" },
  { "github-copilot", "github-copilot", "GitHub Copilot", PLAN, 0 },
  { "github-models", "github-models", "GitHub Models", FREE, 0 },
  { "gitlab", "gitlab-duo", "GitLab Duo", PLAN, 0 },
  { "kimi-for-coding", "kimi-for-coding", "Kimi For Coding", PLAN, 0 },
  { "ollama", "ollama", "Ollama (local)", LOCAL, 0 },
  { "lmstudio", "lmstudio", "LM Studio (local)", LOCAL, 0 },
  { "lemonade", "lemonade", "Lemonade (local)", LOCAL, 0 },
  { "snowflake", "snowflake-cortex", "Snowflake Cortex", 0, 0 },
  { "snowflake-cortex", "snowflake-cortex", "Snowflake Cortex", 0, 0 },
  { "novita", "novita-ai", "Novita AI", 0, 0 },
  { "novita-ai", "novita-ai", "Novita AI", 0, 0 },
  { "friendliai", "friendli", "FriendliAI", 0, 0 },
  { "friendli", "friendli", "FriendliAI", 0, 0 },
  { "gmi", "gmi-cloud", "GMI Cloud", 0, 0 },
  { "gmicloud", "gmi-cloud", "GMI Cloud", 0, 0 },
  { "lambda-ai", "lambda-ai", "Lambda", 0, 0 },
  { "nebius", "nebius", "Nebius AI Studio", 0, 0 },
  { "databricks", "databricks", "Databricks", 0, 0 },
  { "oci", "oracle-oci", "Oracle Cloud Infrastructure", 0, 0 },
  { "huggingface", "huggingface", "Hugging Face Inference Providers", 0, 0 },
  { "modelscope", "modelscope", "ModelScope", FREE, 0 },
  { "iflowcn", "iflow", "iFlow", FREE, 0 },
};
#undef LAB
#undef PLAN
#undef FREE
#undef LOCAL
#define NPROVMAP (int)(sizeof(aProvMap)/sizeof(aProvMap[0]))


int modelcmp_is_quantized(const char *zId){
  static const char *const azTag[] = {
    "fp8", "fp16", "bf16", "fp4", "nvfp4", "int4", "int8", "w4a16", "w8a8",
    "awq", "gptq", "gguf", "mlx", "4bit", "8bit", "q4", "q8", 0 };
  char buf[200];
  int i, n = 0;
  const char *z = strrchr(zId, '/');
  z = z ? z+1 : zId;
  for(i=0; z[i] && n<(int)sizeof(buf)-2; i++){
    char c = z[i];
    buf[n++] = (c>='A' && c<='Z') ? (char)(c+32) : (c=='_' || c=='.') ? '-' : c;
  }
  buf[n] = 0;
  for(i=0; azTag[i]; i++){
    size_t k = strlen(azTag[i]);
    const char *p = buf;
    while( (p = strstr(p, azTag[i]))!=0 ){
      if( (p==buf || p[-1]=='-') && (p[k]==0 || p[k]=='-' || (p[k]>='0' && p[k]<='9')) ) return 1;
      p++;
    }
  }
  return 0;
}

/* Lowercase, '_' -> '-', other characters outside a slug -> '-', runs of
** '-' collapsed, leading/trailing punctuation dropped. Returns the length
** (0 when nothing usable is left or it is longer than 128). */
static int slugInto(char *out, int nOut, const char *z, size_t n){
  int j = 0;
  size_t i;
  for(i=0; i<n; i++){
    char c = z[i];
    if( c>='A' && c<='Z' ) c = (char)(c+32);
    if( !((c>='a' && c<='z') || (c>='0' && c<='9') || c=='.' || c=='-') ) c = '-';
    if( c=='-' && (j==0 || out[j-1]=='-') ) continue;
    if( (c=='.') && j==0 ) continue;
    if( j>=nOut-1 ) return 0;
    out[j++] = c;
  }
  while( j>0 && (out[j-1]=='-' || out[j-1]=='.') ) j--;
  out[j] = 0;
  return (j>0 && j<=128) ? j : 0;
}

/* The aProvMap row of a raw provider name, or -1; key receives its slug. */
static int provLookup(const char *zRaw, char *key, int *pn){
  int n = slugInto(key, 130, zRaw ? zRaw : "", zRaw ? strlen(zRaw) : 0);
  int k;
  /* every vertex_ai-<family>_models of LiteLLM is Vertex AI */
  if( n>=9 && strncmp(key, "vertex-ai", 9)==0 ) n = 9, key[9] = 0;
  *pn = n;
  if( n ){
    for(k=0; k<NPROVMAP; k++){
      if( key[0]==aProvMap[k].zRaw[0] && strcmp(aProvMap[k].zRaw, key)==0 ) return k;
    }
  }
  return -1;
}

int modelcmp_org_names(const char *zOrg, const char *zId){
  static const struct { const char *zOrg, *zRaw; } aAlias[] = {
    { "zai-org", "zai" }, { "z-ai", "zai" }, { "deepseek-ai", "deepseek" },
    { "mistralai", "mistral" }, { "x-ai", "xai" }, { "qwen", "alibaba" },
    { "meta", "meta-llama" }, { "moonshot", "moonshotai" },
  };
  char key[130];
  const char *z;
  size_t k;
  int n, i;
  for(k=0; k<sizeof(aAlias)/sizeof(aAlias[0]); k++){
    if( strcmp(zOrg, aAlias[k].zOrg)==0 ){ zOrg = aAlias[k].zRaw; break; }
  }
  i = provLookup(zOrg, key, &n);
  if( i<0 || !(aProvMap[i].flags & MC_PROV_LAB) || (z = aProvMap[i].zFamily)==0 ) return 0;
  while( *z ){
    const char *zEnd = strchr(z, '|');
    size_t m = zEnd ? (size_t)(zEnd - z) : strlen(z);
    if( strncmp(zId, z, m)==0 ) return 1;
    z += m + (zEnd!=0);
  }
  return 0;
}

const char *modelcmp_provider_id(const char *zRaw, char *buf){
  int n, i = provLookup(zRaw, buf, &n);
  if( i>=0 ) memcpy(buf, aProvMap[i].zId, strlen(aProvMap[i].zId)+1);
  return buf;
}

void modelcmp_entry_provider(McEntry *e, const char *zRaw, const char *zName, const char *zUrl){
  char key[130];
  int n, i = provLookup(zRaw, key, &n);
  e->zProvUrl = zUrl;
  if( i>=0 ){
    memcpy(e->provider, aProvMap[i].zId, strlen(aProvMap[i].zId)+1);
    e->zProvName = aProvMap[i].zName;
    e->provFlags = aProvMap[i].flags;
    e->zFamily = aProvMap[i].zFamily;
  }else if( n ){
    memcpy(e->provider, key, (size_t)n+1);
    e->zProvName = zName && zName[0] ? zName : zRaw;
    e->provFlags = 0;
    if( strstr(key, "coding-plan") || strstr(key, "token-plan") ) e->provFlags = MC_PROV_PLAN;
  }else{
    modelcmp_entry_bad(e, "provider: expected a provider name, got \"%.40s\"", zRaw ? zRaw : "");
  }
}

/*************************************************************************
** The names an entry carries: tried in order to find its model, and
** recorded as aliases of it (docs/importers.md#canonical-ids).
*/
void modelcmp_entry_clear(McEntry *e){
  int i;
  for(i=0; i<e->nName; i++) sqlite3_free(e->azNameFree[i]);
  e->nName = 0;
  sqlite3_free(e->zOwnedBase);
  e->zOwnedBase = 0;
}

void modelcmp_entry_name(McEntry *e, const char *zName, const char *zProv){
  if( zName==0 || zName[0]==0 || e->nName>=MC_IMP_MAXNAME ) return;
  e->azName[e->nName] = zName;
  e->azNameProv[e->nName] = zProv;
  e->azNameFree[e->nName] = 0;
  e->aAliasOnly[e->nName] = 0;
  e->nName++;
}

void modelcmp_entry_alias(McEntry *e, const char *zName, const char *zProv){
  int n = e->nName;
  modelcmp_entry_name(e, zName, zProv);
  if( e->nName>n ) e->aAliasOnly[n] = 1;
}

const char *modelcmp_entry_free_variant(McEntry *e, const char *zId){
  size_t n = strlen(zId);
  char *zBase;
  if( n<=5 || strcmp(zId+n-5, ":free")!=0 ) return zId;
  zBase = sqlite3_mprintf("%.*s", (int)(n-5), zId);
  if( zBase==0 ){ e->oom = 1; return zId; }
  e->varKind |= MC_VAR_FREE;
  e->in = e->out = e->cacheRead = e->cacheWrite = MC_NULL_REAL;
  /* the paid model's name: neither tried nor recorded */
  sqlite3_free(e->zOwnedBase);
  e->zOwnedBase = zBase;
  return zBase;
}


void modelcmp_entry_name_owned(McEntry *e, char *zOwned, const char *zProv){
  if( zOwned==0 ){ e->oom = 1; return; }
  if( e->nName>=MC_IMP_MAXNAME ){ sqlite3_free(zOwned); return; }
  modelcmp_entry_name(e, zOwned, zProv);
  e->azNameFree[e->nName-1] = zOwned;
}

/*************************************************************************
** Canonical ids (docs/importers.md#canonical-ids).
*/
static int startsWith(const char *z, const char *zPre){
  return strncmp(z, zPre, strlen(zPre))==0;
}
static int isDigit(char c){ return c>='0' && c<='9'; }

/* Replaces n bytes at z[i] by zRep in the NUL-terminated buffer of size nBuf. */
static int spliceAt(char *z, int nBuf, int i, int n, const char *zRep){
  int len = (int)strlen(z), nRep = (int)strlen(zRep);
  if( len - n + nRep >= nBuf ) return 0;
  memmove(z+i+nRep, z+i+n, (size_t)(len-i-n+1));
  memcpy(z+i, zRep, (size_t)nRep);
  return 1;
}

/* Bedrock-style "[region.]vendor.model[-vN][:M]" (Bedrock, OCI, the
** models.dev amazon-bedrock ids). Works in place on the lowercased id. */
static void stripVendor(char *z, int nBuf, int *pRegional){
  static const char *const azRegion[] = {
    "us.", "eu.", "apac.", "global.", "jp.", "au.", "ca.", "us-gov.", 0 };
  static const char *const azVendor[] = {
    "ai21.", "amazon.", "anthropic.", "cohere.", "deepseek.", "google.", "meta.",
    "minimax.", "mistral.", "moonshot.", "moonshotai.", "nvidia.", "openai.",
    "qwen.", "stability.", "twelvelabs.", "writer.", "xai.", "zai.", "luma.", 0 };
  int i, k, len, isAmazon;
  const char *zVendor = 0;
  for(i=0; azRegion[i]; i++){
    if( startsWith(z, azRegion[i]) ){
      const char *zRest = z + strlen(azRegion[i]);
      for(k=0; azVendor[k]; k++){
        if( startsWith(zRest, azVendor[k]) ){
          memmove(z, zRest, strlen(zRest)+1);
          *pRegional = 1;
          break;
        }
      }
      break;
    }
  }
  for(k=0; azVendor[k]; k++){
    if( startsWith(z, azVendor[k]) && z[strlen(azVendor[k])] ){
      zVendor = azVendor[k];
      break;
    }
  }
  if( zVendor==0 ) return;
  memmove(z, z+strlen(zVendor), strlen(z+strlen(zVendor))+1);
  isAmazon = strcmp(zVendor, "amazon.")==0;
  /* deepseek.v3.2, deepseek.r1-v1:0: the vendor is part of the name */
  if( (z[0]=='v' || z[0]=='r') && isDigit(z[1]) ){
    char zPre[24];
    sqlite3_snprintf((int)sizeof(zPre), zPre, "%.*s-", (int)strlen(zVendor)-1, zVendor);
    if( !spliceAt(z, nBuf, 0, 0, zPre) ) return;
  }
  len = (int)strlen(z);
  /* the Bedrock model-version suffix */
  for(i=len-1; i>0 && isDigit(z[i]); i--){}
  if( z[i]==':' && i<len-1 ){
    int colon = i, minorZero = (len-colon-1==1 && z[colon+1]=='0');
    for(k=colon-1; k>0 && isDigit(z[k]); k--){}
    if( isAmazon ){
      z[colon] = 0;                                /* nova-pro-v1:0 -> nova-pro-v1 */
    }else if( k<colon-1 && z[k]=='v' && k>0 && z[k-1]=='-' ){
      if( minorZero ) z[k-1] = 0;                  /* -v2:0 -> "" */
      else z[colon] = '.';                         /* -v0:2 -> -v0.2 */
    }else if( k<colon-1 && z[k]=='-' ){
      z[k] = 0;                                    /* -1:0 -> "" */
    }else{
      z[colon] = 0;                                /* :0 -> "" */
    }
  }else if( !isAmazon ){
    /* claude-opus-4-6-v1: a Bedrock version after a version number */
    for(i=len-1; i>0 && isDigit(z[i]); i--){}
    if( i<len-1 && z[i]=='v' && i>=2 && z[i-1]=='-' && isDigit(z[i-2]) ) z[i-1] = 0;
  }
}

/* Groq's product names for the weights it serves (console.groq.com/docs/models):
** llama-3.3-70b-versatile and llama-3.1-8b-instant are Meta's Llama 3.3 70B
** and 3.1 8B Instruct. Only under Groq: elsewhere "-instant" is another
** product (ChatGPT's gpt-5.1-instant). */
static const char *const azGroqProduct[] = { "-versatile", "-instant", 0 };

/* Variant words (docs/importers.md#variants): what follows a model's name
** when the id names a copy or a serving of that model, not a model. */
static const struct McMarker { const char *z; int kind; } aMarker[] = {
  { "fp8", MC_VAR_QUANT }, { "fp16", MC_VAR_QUANT }, { "bf16", MC_VAR_QUANT },
  { "fp4", MC_VAR_QUANT }, { "nvfp4", MC_VAR_QUANT }, { "mxfp4", MC_VAR_QUANT },
  { "int4", MC_VAR_QUANT }, { "int8", MC_VAR_QUANT }, { "awq", MC_VAR_QUANT },
  { "gptq", MC_VAR_QUANT }, { "gguf", MC_VAR_QUANT }, { "mlx", MC_VAR_QUANT },
  { "w4a16", MC_VAR_QUANT }, { "w8a8", MC_VAR_QUANT }, { "4bit", MC_VAR_QUANT },
  { "8bit", MC_VAR_QUANT },
  { "turbo", MC_VAR_SERVING }, { "fast", MC_VAR_SERVING }, { "dynamic", MC_VAR_SERVING },
  { "free", MC_VAR_FREE },
};

/* Splits the variant words off e->canon into e->baseCanon, e->zVarSuffix
** and e->varKind. A free tier (already marked by its ":free") gets "-free"
** appended to its canonical id. */
static void entryVariant(McEntry *e){
  char *zEnd;
  size_t n = strlen(e->canon), k, j;
  int kind = e->varKind;
  if( kind & MC_VAR_FREE ){
    if( n+5 >= sizeof(e->canon) ){ e->varKind = 0; return; }
    memcpy(e->baseCanon, e->canon, n+1);
    memcpy(e->canon+n, "-free", 6);
  }else{
    memcpy(e->baseCanon, e->canon, n+1);
  }
  /* trailing words, as long as they are variant words */
  for(;;){
    size_t nWord;
    zEnd = strrchr(e->baseCanon, '-');
    if( zEnd==0 || zEnd==e->baseCanon ) break;
    nWord = strlen(zEnd+1);
    if( nWord<3 || nWord>7 ) break;               /* the markers' lengths */
    for(k=0; k<sizeof(aMarker)/sizeof(aMarker[0]); k++){
      if( aMarker[k].z[0]==zEnd[1] && strcmp(zEnd+1, aMarker[k].z)==0 ) break;
    }
    if( k==sizeof(aMarker)/sizeof(aMarker[0]) ) break;
    kind |= aMarker[k].kind;
    *zEnd = 0;
  }
  n = strlen(e->baseCanon);
  if( kind && e->canon[n]=='-' ) e->zVarSuffix = e->canon + n + 1;
  /* the provider's own name first: snowflake-llama-3.3-70b at Snowflake is
  ** its (SwiftKV) serving of llama-3.3-70b; a lab's name is its own model's */
  if( !(e->provFlags & MC_PROV_LAB) ){
    for(j=0; e->provider[j] && e->provider[j]!='-'; j++){}
    if( j>=3 && strncmp(e->baseCanon, e->provider, j)==0 && e->baseCanon[j]=='-'
     && e->baseCanon[j+1] ){
      memmove(e->baseCanon, e->baseCanon+j+1, strlen(e->baseCanon+j+1)+1);
      kind |= MC_VAR_PREFIX;
    }
  }
  e->varKind = kind;
  if( kind==0 ) e->baseCanon[0] = 0;
  e->nKey = -1;                 /* computed when a rule first needs it */
}

int modelcmp_spell_key(const char *z, char *out, int nOut){
  int i, j = 0, sep = 0, prevAlpha = 0;
  for(; *z; z++){
    char c = *z;
    int isAlpha, isNum;
    if( c>='A' && c<='Z' ) c = (char)(c+32);
    isAlpha = c>='a' && c<='z';
    isNum = c>='0' && c<='9';
    if( !isAlpha && !isNum ){ sep = 1; prevAlpha = 0; continue; }
    if( j>0 && (sep || (isNum && prevAlpha)) ){
      if( j>=nOut-1 ) return 0;
      out[j++] = '-';
    }
    if( j>=nOut-1 ) return 0;
    out[j++] = c;
    sep = 0;
    prevAlpha = isAlpha;
  }
  out[j] = 0;
  /* Meta renamed its repositories Meta-Llama-3.x -> Llama-3.x */
  if( j>11 && strncmp(out, "meta-llama-", 11)==0 ){
    memmove(out, out+5, (size_t)(j-5+1));
    j -= 5;
  }
  /* a version's "v" is not a word: deepseek-v3.2 and deepseek-3.2 (llama-v3
  ** at Fireworks) */
  for(i=0; i+2<j; i++){
    if( out[i]=='v' && (i==0 || out[i-1]=='-') && out[i+1]=='-' && isDigit(out[i+2]) && i>0 ){
      memmove(out+i-1, out+i+1, (size_t)(j-i));
      j -= 2;
    }
  }
  return j;
}

void modelcmp_size_sig(const char *z, char *out, int nOut){
  char key[MC_KEY_MAX];
  const char *t, *prev = 0;
  int j = 0, nPrev = 0;
  out[0] = 0;
  if( modelcmp_spell_key(z, key, sizeof(key))==0 ) return;
  for(t=key; *t; ){
    const char *e = strchr(t, '-');
    int n = e ? (int)(e - t) : (int)strlen(t), k;
    for(k=0; k<n && isDigit(t[k]); k++){}
    /* "70b", "350m", "1t"; after a lone "a" (active) or "e" (effective): a22b */
    if( k>0 && k==n-1 && (t[k]=='b' || t[k]=='m' || t[k]=='t') ){
      int pre = nPrev==1 && (prev[0]=='a' || prev[0]=='e');
      if( j + n + pre + 2 >= nOut ) break;
      if( j ) out[j++] = ',';
      if( pre ) out[j++] = prev[0];
      memcpy(out+j, t, (size_t)n);
      j += n;
      out[j] = 0;
    }
    prev = t;
    nPrev = n;
    t += n + (e!=0);
  }
}

int modelcmp_entry_canon(McEntry *e, const char *zId, int *pRegional){
  char buf[260];
  const char *zLast;
  int i, n;
  *pRegional = 0;
  e->canon[0] = 0;
  if( zId==0 ) goto bad;
  zLast = strrchr(zId, '/');
  zLast = zLast ? zLast+1 : zId;
  n = (int)strlen(zLast);
  if( n==0 || n>=(int)sizeof(buf) ) goto bad;
  for(i=0; i<=n; i++){
    char c = zLast[i];
    buf[i] = (c>='A' && c<='Z') ? (char)(c+32) : c;
  }
  stripVendor(buf, (int)sizeof(buf), pRegional);
  for(i=0; buf[i]; i++) if( buf[i]=='@' ) buf[i] = '-';  /* Vertex claude-x@date */
  if( strcmp(e->provider, "fireworks-ai")==0 ){
    /* llama-v3p1-8b-instruct -> llama-3.1-8b-instruct */
    for(i=1; buf[i] && buf[i+1]; i++){
      if( buf[i]=='p' && isDigit(buf[i-1]) && isDigit(buf[i+1]) ) buf[i] = '.';
    }
    if( startsWith(buf, "llama-v") && isDigit(buf[7]) ) spliceAt(buf, (int)sizeof(buf), 6, 1, "");
  }else if( strcmp(e->provider, "databricks")==0 && startsWith(buf, "databricks-") ){
    spliceAt(buf, (int)sizeof(buf), 0, 11, "");
  }else if( strcmp(e->provider, "google-vertex-ai")==0 ){
    n = (int)strlen(buf);
    if( n>5 && strcmp(buf+n-5, "-maas")==0 ) buf[n-5] = 0;
    /* claude-opus-4-6@default: the version Vertex serves by default */
    if( n>8 && strcmp(buf+n-8, "-default")==0 ) buf[n-8] = 0;
  }else if( strcmp(e->provider, "azure")==0 && startsWith(buf, "gpt-35-") ){
    spliceAt(buf, (int)sizeof(buf), 4, 2, "3.5");
  }else if( strcmp(e->provider, "groq")==0 ){
    for(i=0; azGroqProduct[i]; i++){
      size_t k = strlen(azGroqProduct[i]);
      n = (int)strlen(buf);
      if( n>(int)k && strcmp(buf+n-k, azGroqProduct[i])==0 ){ buf[n-k] = 0; break; }
    }
  }
  /* Meta renamed its Hugging Face repositories Meta-Llama-3.1-* -> Llama-3.1-*;
  ** NVIDIA's repositories repeat the organisation (NVIDIA-Nemotron-*) */
  if( startsWith(buf, "meta-llama-3") ) spliceAt(buf, (int)sizeof(buf), 0, 5, "");
  if( startsWith(buf, "nvidia-nemotron-") ) spliceAt(buf, (int)sizeof(buf), 0, 7, "");
  /* Anthropic's ids use dashes (claude-sonnet-4-5); OpenRouter's dots */
  if( startsWith(buf, "claude-") ){
    for(i=1; buf[i] && buf[i+1]; i++){
      if( buf[i]=='.' && isDigit(buf[i-1]) && isDigit(buf[i+1]) ) buf[i] = '-';
    }
  }
  n = slugInto(e->canon, (int)sizeof(e->canon), buf, strlen(buf));
  if( n==0 ) goto bad;
  /* a lab is first-party only for its own models */
  if( (e->provFlags & MC_PROV_LAB) && e->zFamily ){
    const char *z = e->zFamily;
    int own = 0;
    while( *z && !own ){
      const char *zEnd = strchr(z, '|');
      size_t k = zEnd ? (size_t)(zEnd - z) : strlen(z);
      own = strncmp(e->canon, z, k)==0;
      z += k + (zEnd!=0);
    }
    if( !own ) e->provFlags &= ~MC_PROV_LAB;
  }
  entryVariant(e);
  return 1;
bad:
  modelcmp_entry_bad(e, "no usable model id in \"%.60s\"", zId ? zId : "");
  return 0;
}

int modelcmp_is_router(const char *zPmid){
  static const char *const azRouter[] = {
    "openrouter/auto", "openrouter/free", "openrouter/pareto-code",
    "openrouter/bodybuilder", "switchpoint/router", 0 };
  return modelcmp_imp_inlist(azRouter, zPmid);   /* under any provider: gateways resell them */
}

int modelcmp_imp_inlist(const char *const *az, const char *z){
  for(; *az; az++) if( sqlite3_stricmp(*az, z)==0 ) return 1;
  return 0;
}
