/*
** cost.c — what a model costs: per request, per month, and on which route.
**
**   token_cost(model, input_tokens, output_tokens
**              [, provider [, cache_read_tokens [, cache_write_tokens]]])
**       USD for one request. provider NULL or absent: the cheapest fully
**       priced route for that request. input_tokens is the total, cached
**       tokens included; cached tokens are billed at the route's cache
**       prices where it has them, else as ordinary input.
**   monthly_cost(model [, requests, input_tokens, output_tokens [, provider]])
**       USD per month; default traffic 1,000,000 requests of 800 input and
**       250 output tokens.
**   cheapest_route(model [, requests, input_tokens, output_tokens])
**       the provider id of the cheapest fully priced route at that traffic;
**       equal costs go to the provider id that sorts first.
**
**   SELECT round(monthly_cost('llama-3.2-1b-instruct'), 2);      -- 71.85
**   SELECT model, sum(token_cost(model, in_tok, out_tok)) FROM usage GROUP BY model;
**
** A route is fully priced when it has both an input and an output price;
** only those take part. Long-context tiers apply to the whole request when
** its input tokens exceed the tier's threshold ("cliff" pricing, as the
** providers bill it). NULL in any argument but provider gives NULL. Unknown
** models and providers, negative, infinite or non-numeric token counts, and
** cached tokens exceeding the input are errors.
**
** token_cost() is the hot path of usage-log analysis (millions of rows). It
** allocates nothing and touches no JSON: the model is found through the
** hash index, and the last one resolved is remembered, so a GROUP BY over a
** log sorted or clustered by model pays one string compare per row.
*/
#include "mc_internal.h"
SQLITE_EXTENSION_INIT3

#include <math.h>
#include <string.h>

/*************************************************************************
** The arithmetic, shared with the comparison rules.
*/

/* USD for one request on route r; NaN when r is not fully priced. */
double modelcmp_request_cost(const McRoute *r, double in, double out, double cr, double cw){
  double pin = r->in, pout = r->out, pcr = r->cache_read, pcw = r->cache_write;
  int i;
  if( mc_isnull(pin) || mc_isnull(pout) ) return MC_NULL_REAL;
  for(i=r->ntier-1; i>=0; i--){
    const McTier *t = &r->tiers[i];
    if( in > (double)t->above ){
      if( !mc_isnull(t->in) ) pin = t->in;
      if( !mc_isnull(t->out) ) pout = t->out;
      if( !mc_isnull(t->cache_read) ) pcr = t->cache_read;
      if( !mc_isnull(t->cache_write) ) pcw = t->cache_write;
      break;
    }
  }
  if( mc_isnull(pcr) ) pcr = pin;
  if( mc_isnull(pcw) ) pcw = pin;
  return ((in - cr - cw)*pin + cr*pcr + cw*pcw + out*pout) / 1e6;
}

/* The cheapest fully priced route of m for one request of this shape, or
** NULL when none is priced. Ties go to the provider id that sorts first. */
const McRoute *modelcmp_cheapest(const McModel *m, double in, double out,
                                 double cr, double cw, double *pCost){
  const McRoute *best = 0;
  double bestCost = 0;
  int i;
  for(i=0; i<m->nroute; i++){
    const McRoute *r = &m->routes[i];
    double c = modelcmp_request_cost(r, in, out, cr, cw);
    if( mc_isnull(c) ) continue;
    if( best==0 || c<bestCost || (c==bestCost && strcmp(r->provider, best->provider)<0) ){
      best = r;
      bestCost = c;
    }
  }
  if( pCost ) *pCost = best ? bestCost : MC_NULL_REAL;
  return best;
}

/*************************************************************************
** Arguments.
*/

/* Reads a token count or request count. Returns 1 with *p set, 0 for NULL
** (the caller returns NULL), -1 after setting an error. */
static int numArg(sqlite3_context *ctx, const char *zFunc, const char *zName,
                  sqlite3_value *v, double *p){
  int t = sqlite3_value_type(v);
  if( t==SQLITE_INTEGER ){
    *p = (double)sqlite3_value_int64(v);
  }else if( t==SQLITE_FLOAT ){
    *p = sqlite3_value_double(v);
  }else if( t==SQLITE_NULL ){
    return 0;
  }else if( t==SQLITE_BLOB ){
    modelcmp_result_error(ctx, "%s(): %s must be a number, got a blob", zFunc, zName);
    return -1;
  }else if( sqlite3_value_numeric_type(v)==SQLITE_INTEGER
         || sqlite3_value_numeric_type(v)==SQLITE_FLOAT ){
    *p = sqlite3_value_double(v);    /* text such as '800' */
  }else{
    modelcmp_result_error(ctx, "%s(): %s must be a number, got '%s'", zFunc, zName,
                          (const char*)sqlite3_value_text(v));
    return -1;
  }
  if( !(*p>=0) || isinf(*p) ){
    modelcmp_result_error(ctx, "%s(): %s must be a non-negative finite number, got %s",
                          zFunc, zName, (const char*)sqlite3_value_text(v));
    return -1;
  }
  return 1;
}

/* The route of m on the provider named by v. Returns 1 with *pr set (NULL
** when m has no route there), 0 when v is NULL (meaning: the cheapest),
** -1 after setting an error for an unknown provider. */
static int providerArg(sqlite3_context *ctx, const char *zFunc, const McCatalog *c,
                       const McModel *m, sqlite3_value *v, const McRoute **pr){
  const char *z = (const char*)sqlite3_value_text(v);
  *pr = 0;
  if( z==0 ) return 0;
  if( modelcmp_provider_find(c, z, strlen(z))<0 ){
    modelcmp_result_error(ctx, "%s(): unknown provider '%s'", zFunc, z);
    return -1;
  }
  *pr = modelcmp_route_find(m, z);
  return 1;
}

/* The model named by argv (its id or any alias), remembering the last one
** resolved per connection. Returns NULL when the argument is NULL (*pErr
** 0) or after setting an error (*pErr 1). */
const McModel *modelcmp_arg_model(sqlite3_context *ctx, const char *zFunc,
                                  sqlite3_value *v, const McCatalog **ppCat, int *pErr){
  McState *p = sqlite3_user_data(ctx);
  McCatalog *c = p->cat;
  const char *z;
  int n, i;
  *pErr = 0;
  if( c==0 ){
    char *zErr = 0;
    c = modelcmp_state_catalog(p, &zErr);
    if( c==0 ){
      if( zErr ) sqlite3_result_error(ctx, zErr, -1); else sqlite3_result_error_nomem(ctx);
      sqlite3_free(zErr);
      *pErr = 1;
      return 0;
    }
  }
  *ppCat = c;
  if( sqlite3_value_type(v)==SQLITE_NULL ) return 0;
  z = (const char*)sqlite3_value_text(v);
  n = sqlite3_value_bytes(v);
  if( z==0 ){ sqlite3_result_error_nomem(ctx); *pErr = 1; return 0; }
  if( p->lastCat==c && n==p->nLastKey && memcmp(z, p->lastKey, n)==0 ){
    return &c->models[p->lastModel];
  }
  i = modelcmp_model_resolve(c, z, n);
  if( i<0 ){
    const char *zHint = modelcmp_suggest(c, z);
    if( zHint ){
      modelcmp_result_error(ctx, "%s(): unknown model '%s' (did you mean '%s'?)", zFunc, z, zHint);
    }else{
      modelcmp_result_error(ctx, "%s(): unknown model '%s'", zFunc, z);
    }
    *pErr = 1;
    return 0;
  }
  if( n < (int)sizeof(p->lastKey) ){
    memcpy(p->lastKey, z, n);
    p->nLastKey = n;
    p->lastModel = i;
    p->lastCat = c;
  }
  return &c->models[i];
}

/*************************************************************************
** The SQL functions.
*/
static void tokenCostFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const McCatalog *c = 0;
  const McRoute *r = 0;
  double in, out, cr = 0, cw = 0, cost;
  int err, k;
  const McModel *m = modelcmp_arg_model(ctx, "token_cost", argv[0], &c, &err);
  if( m==0 ) return;
  if( (k = numArg(ctx, "token_cost", "input_tokens", argv[1], &in))<=0 ) return;
  if( (k = numArg(ctx, "token_cost", "output_tokens", argv[2], &out))<=0 ) return;
  if( argc>4 && (k = numArg(ctx, "token_cost", "cache_read_tokens", argv[4], &cr))<=0 ) return;
  if( argc>5 && (k = numArg(ctx, "token_cost", "cache_write_tokens", argv[5], &cw))<=0 ) return;
  if( cr + cw > in ){
    modelcmp_result_error(ctx, "token_cost(): cached tokens (%.15g read + %.15g written) exceed "
                          "input_tokens (%.15g), which counts them", cr, cw, in);
    return;
  }
  if( argc>3 && (k = providerArg(ctx, "token_cost", c, m, argv[3], &r))!=0 ){
    if( k<0 || r==0 ) return;
    cost = modelcmp_request_cost(r, in, out, cr, cw);
  }else{
    modelcmp_cheapest(m, in, out, cr, cw, &cost);
  }
  if( !mc_isnull(cost) ) sqlite3_result_double(ctx, cost);
}

/* Reads the optional traffic arguments argv[1..3] (defaults otherwise).
** Returns 1, 0 for a NULL argument, -1 after an error. */
static int trafficArgs(sqlite3_context *ctx, const char *zFunc, int argc, sqlite3_value **argv,
                       double *pReq, double *pIn, double *pOut){
  int k;
  *pReq = MC_DEFAULT_REQUESTS;
  *pIn = MC_DEFAULT_INPUT;
  *pOut = MC_DEFAULT_OUTPUT;
  if( argc<4 ) return 1;
  if( (k = numArg(ctx, zFunc, "requests", argv[1], pReq))<=0 ) return k;
  if( (k = numArg(ctx, zFunc, "input_tokens", argv[2], pIn))<=0 ) return k;
  return numArg(ctx, zFunc, "output_tokens", argv[3], pOut);
}

static void monthlyCostFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const McCatalog *c = 0;
  const McRoute *r = 0;
  double req, in, out, cost;
  int err, k;
  const McModel *m = modelcmp_arg_model(ctx, "monthly_cost", argv[0], &c, &err);
  if( m==0 ) return;
  if( trafficArgs(ctx, "monthly_cost", argc, argv, &req, &in, &out)<=0 ) return;
  if( argc>4 && (k = providerArg(ctx, "monthly_cost", c, m, argv[4], &r))!=0 ){
    if( k<0 || r==0 ) return;
    cost = modelcmp_request_cost(r, in, out, 0, 0);
  }else{
    modelcmp_cheapest(m, in, out, 0, 0, &cost);
  }
  if( !mc_isnull(cost) ) sqlite3_result_double(ctx, cost*req);
}

static void cheapestRouteFunc(sqlite3_context *ctx, int argc, sqlite3_value **argv){
  const McCatalog *c = 0;
  const McRoute *r;
  double req, in, out;
  int err;
  const McModel *m = modelcmp_arg_model(ctx, "cheapest_route", argv[0], &c, &err);
  if( m==0 ) return;
  if( trafficArgs(ctx, "cheapest_route", argc, argv, &req, &in, &out)<=0 ) return;
  r = modelcmp_cheapest(m, in, out, 0, 0, 0);
  if( r ) sqlite3_result_text(ctx, r->provider, -1, SQLITE_TRANSIENT);
}

/* Catalog readers: innocuous, but not deterministic (a load changes
** their answers; see docs/reference.md). */
int modelcmp_register_cost(sqlite3 *db, McState *p, char **pzErr){
  static const McFuncDef aFunc[] = {
    { "token_cost",     3, SQLITE_INNOCUOUS, tokenCostFunc },
    { "token_cost",     4, SQLITE_INNOCUOUS, tokenCostFunc },
    { "token_cost",     5, SQLITE_INNOCUOUS, tokenCostFunc },
    { "token_cost",     6, SQLITE_INNOCUOUS, tokenCostFunc },
    { "monthly_cost",   1, SQLITE_INNOCUOUS, monthlyCostFunc },
    { "monthly_cost",   4, SQLITE_INNOCUOUS, monthlyCostFunc },
    { "monthly_cost",   5, SQLITE_INNOCUOUS, monthlyCostFunc },
    { "cheapest_route", 1, SQLITE_INNOCUOUS, cheapestRouteFunc },
    { "cheapest_route", 4, SQLITE_INNOCUOUS, cheapestRouteFunc },
  };
  return modelcmp_register_functions(db, p, aFunc, (int)(sizeof(aFunc)/sizeof(aFunc[0])), pzErr);
}
