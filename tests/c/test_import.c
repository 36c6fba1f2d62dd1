/*
** test_import.c — C-level checks of the importers (ext/import_*.c), linked
** with the static library:
**
**   1. per-token prices become per-1M prices without float noise: for
**      every decimal k·10^-e (k < 10^5, e = 5..13) the result is exactly
**      the double nearest to k·10^(6-e), from a number or from a string;
**   2. ext/json_scan.c accepts and rejects what the linked cJSON does, at
**      the same byte offsets, and hands out the same members (tricky
**      inputs, then random mutations of small documents; json_oracle.h);
**   3. an out-of-memory failure injected at every allocation of a
**      LiteLLM, an OpenRouter and a models.dev load gives SQLITE_NOMEM (or
**      success), never a crash, a leak or a half-applied load: retried with
**      memory available, each statement gives its normal answer.
**
** make test-import runs it plain, under ASan+UBSan and under valgrind.
*/
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sqlite3.h>
#include "modelcmp.h"
#include "testutil.h"
#include "json_oracle.h"

/* From ext/import_common.h (hidden in the .so, linkable from the .a). */
double modelcmp_per_mtok(double perToken);
int modelcmp_decimal_per_mtok(const char *z, double *pOut);


static void testPrices(void){
  char zTok[64], zMtok[64];
  long k;
  int e, n = 0;
  for(e=5; e<=13; e++){
    for(k=1; k<100000; k += (k<2000 ? 1 : 7)){
      double want, got;
      snprintf(zTok, sizeof(zTok), "%lde-%d", k, e);
      snprintf(zMtok, sizeof(zMtok), "%lde%d", k, 6-e);
      want = strtod(zMtok, 0);
      got = modelcmp_per_mtok(strtod(zTok, 0));
      CHECK(got==want, "per_mtok(%s) = %.17g, want %.17g", zTok, got, want);
      got = -1;
      CHECK(modelcmp_decimal_per_mtok(zTok, &got)==0 && got==want,
            "decimal_per_mtok(\"%s\") = %.17g, want %.17g", zTok, got, want);
      n++;
    }
  }
  {
    static const struct { const char *z; double want; } a[] = {
      { "0.0000002", 0.2 }, { "0.000000051", 0.051 }, { "0.0000375", 37.5 },
      { "0", 0.0 }, { "-1", -1e6 }, { "2e-6", 2.0 }, { "1.25E-06", 1.25 },
      { ".000001", 1.0 },
    };
    static const char *const azBad[] = { "", "-", "0x10", "1e", "abc", "1.5.2", "1 ", "nan", "inf", 0 };
    size_t i;
    double d;
    for(i=0; i<sizeof(a)/sizeof(a[0]); i++){
      d = -7;
      CHECK(modelcmp_decimal_per_mtok(a[i].z, &d)==0 && d==a[i].want,
            "decimal_per_mtok(\"%s\") = %.17g, want %.17g", a[i].z, d, a[i].want);
    }
    for(i=0; azBad[i]; i++){
      CHECK(modelcmp_decimal_per_mtok(azBad[i], &d)!=0, "decimal_per_mtok(\"%s\") accepted", azBad[i]);
    }
    CHECK(modelcmp_per_mtok(2.01e-07)==0.201, "2.01e-07");
    CHECK(modelcmp_per_mtok(0.0)==0.0 && !signbit(modelcmp_per_mtok(-0.0)), "-0");
  }
  printf("prices: %d conversions exact\n", n);
}

/*************************************************************************
** The scanner against cJSON.
*/
static void checkScan(const char *z, size_t n, const char *zWhat){
  const char *zDiff = json_oracle(z, n);
  if( zDiff ){
    size_t i;
    CHECK(0, "json_scan %s: %s", zWhat, zDiff);
    for(i=0; i<n && i<300; i++){
      unsigned char c = (unsigned char)z[i];
      if( c>=0x20 && c<0x7f ) fputc(c, stderr); else fprintf(stderr, "\\x%02x", c);
    }
    fputc('\n', stderr);
  }
}

static void testScan(void){
  static const char *const az[] = {
    "{}", "[]", "1", "-0.5e+3", "\"x\"", "null", "true", "false", " \t\r\n{ } ",
    "[1e]", "[-]", "[+1]", "[.5]", "[-.5]", "[1.]", "[01]", "[1e+]", "[1.5.5]", "[1ee5]",
    "[-1E-07,2e+0]", "[1234567890123456789012345678901234567890123456789012345678901234567890]",
    "{a:1}", "{\"a\" 1}", "{\"a\":}", "{\"a\":1,}", "{\"a\":1 \"b\":2}", "{,}", "[,]", "[1,]",
    "[1 2]", "[nul]", "[nullx]", "[tru]", "[true ]", "[falsey]", "{\"a\":1}}", "[[[]]",
    "\"abc", "[\"a\\", "[\"a\\\"]", "[\"\\x\"]", "[\"\\uZZZZ\"]", "[\"\\u12\"]",
    "[\"\\ud800\"]", "[\"\\udc00\"]", "[\"\\ud83d\\ude00\"]", "[\"\\ud83d\\u0041\"]",
    "[\"\\ud83d\\\"]", "[\"\\u\\\"12\"]", "{\"\\u0041\\n\":1,\"\\u00e9\\u4e2d\":2}",
    "{\"k\\u0000x\":1}", "[\"\\/\\b\\f\\r\\t\"]", "\xEF\xBB\xBF{}", "\xEF\xBB\xBF[]",
    "\xEF\xBB\xBF" "1", "\xEF\xBB", "[\x01 1\x1f]", "{\"a\":1} x", "  ", "[", "{", "{\"a\"",
    "{\"a\":", "{\"a\":[1,{\"b\":\"c\"}]", "[\"a\",", "[1,  ", "-", "--1", "2.", "\"\"",
  };
  static const char *const azSeed[] = {
    "{\"a/b\":{\"litellm_provider\":\"openai\",\"mode\":\"chat\",\"input_cost_per_token\":1e-06,"
      "\"x\":[true,false,null,-2.5E3],\"s\":\"q\\\"\\u00e9\\ud83d\\ude00\"},\"c\":[]}",
    "{\"data\":[{\"id\":\"a/b\",\"pricing\":{\"prompt\":\"0.1\"}},{\"id\":\"c\"}]}",
    "{\"p\":{\"id\":\"p\",\"name\":\"P \\\\ Q\",\"models\":{\"m\":{\"id\":\"m\",\"cost\":{\"input\":1}}}}}",
    "[1,[2,[3,{\"k\":[]}]],\"\\t\",{}]",
  };
  static const char achMut[] = "{}[]\",:\\u0 1e-.tfn\x01";
  char buf[600];
  size_t i;
  int k, nMut = 0;
  unsigned long long r = 0x9E3779B97F4A7C15ULL;
  for(i=0; i<sizeof(az)/sizeof(az[0]); i++) checkScan(az[i], strlen(az[i]), "case");
  /* nesting at cJSON's limit (1000) and one past it */
  for(k=999; k<=1001; k++){
    char *z = malloc(2*(size_t)k + 1);
    memset(z, '[', (size_t)k);
    memset(z+k, ']', (size_t)k);
    checkScan(z, 2*(size_t)k, "depth");
    free(z);
  }
  for(i=0; i<sizeof(azSeed)/sizeof(azSeed[0]); i++){
    size_t n0 = strlen(azSeed[i]);
    checkScan(azSeed[i], n0, "seed");
    for(k=0; k<40000; k++){
      size_t n = n0, j;
      int m, nEdit;
      memcpy(buf, azSeed[i], n0);
      r ^= r >> 12; r ^= r << 25; r ^= r >> 27;
      nEdit = 1 + (int)((r >> 40) % 3);
      for(m=0; m<nEdit; m++){
        unsigned long long x = (r *= 2685821657736338717ULL) >> 16;
        j = n ? (size_t)(x % n) : 0;
        switch( (x >> 24) % 4 ){
          case 0: if( n ) buf[j] = achMut[(x >> 32) % (sizeof(achMut)-1)]; break;
          case 1: if( n<sizeof(buf)-1 ){ memmove(buf+j+1, buf+j, n-j); buf[j] = achMut[(x >> 32) % (sizeof(achMut)-1)]; n++; } break;
          case 2: if( n ){ memmove(buf+j, buf+j+1, n-j-1); n--; } break;
          default: n = j; break;
        }
      }
      checkScan(buf, n, "mutation");
      nMut++;
      if( nFail>5 ) return;
    }
  }
  printf("json_scan: %d cases and %d mutations agree with cJSON %s\n",
         (int)(sizeof(az)/sizeof(az[0])) + 3, nMut, cJSON_Version());
}

static const char *const azSql[] = {
  "SELECT modelcmp_reset('empty') IS NOT NULL",
  /* litellm: tiers both ways, a regional variant, a duplicate, a bad entry,
  ** a skipped one, a local runtime */
  "SELECT modelcmp_load('{"
    "\"claude-x-1\":{\"litellm_provider\":\"anthropic\",\"mode\":\"chat\",\"input_cost_per_token\":3e-06,"
      "\"output_cost_per_token\":1.5e-05,\"input_cost_per_token_above_200k_tokens\":6e-06,"
      "\"supports_vision\":true,\"max_input_tokens\":200000,\"source\":\"https://example.com/x\"},"
    "\"us.anthropic.claude-x-1-v1:0\":{\"litellm_provider\":\"bedrock\",\"mode\":\"chat\",\"input_cost_per_token\":3e-06},"
    "\"anthropic.claude-x-1-v1:0\":{\"litellm_provider\":\"bedrock\",\"mode\":\"chat\",\"input_cost_per_token\":3e-06},"
    "\"dashscope/qwen-y\":{\"litellm_provider\":\"dashscope\",\"mode\":\"chat\",\"tiered_pricing\":["
      "{\"input_cost_per_token\":5e-08,\"output_cost_per_token\":4e-07,\"range\":[0,256000]},"
      "{\"input_cost_per_token\":2.5e-07,\"output_cost_per_token\":2e-06,\"range\":[256000,1000000]}]},"
    "\"ollama/llama9\":{\"litellm_provider\":\"ollama\",\"mode\":\"chat\",\"input_cost_per_token\":0},"
    "\"bad\":{\"litellm_provider\":\"openai\",\"mode\":\"chat\",\"input_cost_per_token\":\"x\"},"
    "\"emb\":{\"litellm_provider\":\"openai\",\"mode\":\"embedding\"}}') IS NOT NULL",
  "SELECT group_concat(model_id || ':' || provider || ':' || ifnull(tiers, '-'), ' ') FROM routes",
  /* openrouter: a paid model and its :free tier (a model of its own), a
  ** Hugging Face id, a router */
  "SELECT modelcmp_load('{\"data\":["
    "{\"id\":\"meta-llama/llama-9b-instruct\",\"hugging_face_id\":\"meta-llama/Llama-9B-Instruct\","
      "\"name\":\"Meta: Llama 9B\",\"pricing\":{\"prompt\":\"0.0000001\",\"completion\":\"-1\"},"
      "\"architecture\":{\"input_modalities\":[\"text\",\"image\"],\"output_modalities\":[\"text\"]},"
      "\"supported_parameters\":[\"tools\"],\"knowledge_cutoff\":\"2024-01-31\"},"
    "{\"id\":\"meta-llama/llama-9b-instruct:free\",\"pricing\":{\"prompt\":\"0\",\"completion\":\"0\"}},"
    "{\"id\":\"openrouter/auto\",\"pricing\":{\"prompt\":\"-1\",\"completion\":\"-1\"}}]}') IS NOT NULL",
  /* modelsdev: two providers voting, a plan, a tier */
  "SELECT modelcmp_load('{"
    "\"acme\":{\"id\":\"acme\",\"name\":\"Acme\",\"doc\":\"https://acme.example\",\"models\":{"
      "\"llama-9b-instruct\":{\"id\":\"llama-9b-instruct\",\"name\":\"Llama 9B\",\"release_date\":\"2024-01-02\","
      "\"cost\":{\"input\":1,\"output\":2,\"tiers\":[{\"tier\":{\"size\":1000},\"input\":2}]}}}},"
    "\"zai-coding-plan\":{\"id\":\"zai-coding-plan\",\"models\":{"
      "\"glm-9\":{\"id\":\"glm-9\",\"release_date\":\"2025-01-01\",\"cost\":{\"input\":0,\"output\":0}}}}}') IS NOT NULL",
  "SELECT group_concat(alias, ' ') FROM model_aliases",
  "SELECT group_concat(id || ':' || ifnull(name, '-') || ':' || ifnull(released, '-'), ' ') FROM models",
  "SELECT group_concat(x, ' ') FROM (SELECT provider || ':' || ifnull(input_per_mtok, '-') || ':' "
    "|| ifnull(note, '-') AS x FROM routes WHERE model_id IN ('llama-9b-instruct', 'glm-9') ORDER BY provider)",
  "SELECT length(modelcmp_export()) > 500",
};
static const char *const azWant[] = {
  "1",
  "1",
  "claude-x-1:anthropic:[{\"above_input_tokens\":200000,\"input_per_mtok\":6}] "
  "claude-x-1:amazon-bedrock:- qwen-y:alibaba-cloud:[{\"above_input_tokens\":256000,"
  "\"input_per_mtok\":0.25,\"output_per_mtok\":2}] llama9:ollama:-",
  "1",
  "1",
  "anthropic/claude-x-1 alibaba-cloud/qwen-y dashscope/qwen-y anthropic.claude-x-1-v1:0 "
  "amazon-bedrock/anthropic.claude-x-1-v1:0 ollama/llama9 us.anthropic.claude-x-1-v1:0 "
  "amazon-bedrock/us.anthropic.claude-x-1-v1:0 meta-llama/llama-9b-instruct "
  "openrouter/meta-llama/llama-9b-instruct meta-llama/llama-9b-instruct:free "
  "openrouter/meta-llama/llama-9b-instruct:free acme/llama-9b-instruct zai-coding-plan/glm-9",
  "claude-x-1:-:- qwen-y:-:- llama9:-:- llama-9b-instruct:Llama 9B:2024-01-02 "
  "llama-9b-instruct-free:-:- glm-9:-:2025-01-01",
  "acme:1.0:- openrouter:0.1:- zai-coding-plan:-:included in a subscription plan; the 0 price in the "
  "source is not a per-token price",
  "1",
};

static void testOom(void){
  long n;
  int nRuns = 0;
  for(n=0; ; n++){
    sqlite3 *db = 0;
    size_t i;
    int clean = 1;
    nInjected = 0;
    nCountdown = n;
    if( sqlite3_open(":memory:", &db)!=SQLITE_OK ){
      sqlite3_close(db);
      continue;
    }
    for(i=0; i<sizeof(azSql)/sizeof(azSql[0]); i++){
      char *z = queryRetry(db, azSql[i], &clean);
      CHECK(strcmp(z, azWant[i])==0, "oom run %ld: %.60s...\n  got:  %s\n  want: %s",
            n, azSql[i], z, azWant[i]);
      free(z);
      if( nFail>5 ) return;
    }
    nCountdown = -1;
    CHECK(sqlite3_close(db)==SQLITE_OK, "oom run %ld: close failed", n);
    nRuns++;
    if( clean && nInjected==0 ) break;
    if( n>500000 ){ CHECK(0, "oom loop did not converge"); break; }
  }
  printf("out-of-memory: %d runs, a failure injected at each allocation\n", nRuns);
}

int main(void){
  testPrices();
  testScan();
  oomInstall();
  sqlite3_auto_extension((void(*)(void))sqlite3_modelcmp_init);
  testOom();
  sqlite3_shutdown();
  if( nFail ){
    fprintf(stderr, "test_import: %d checks failed\n", nFail);
    return 1;
  }
  printf("test_import: all checks passed\n");
  return 0;
}
