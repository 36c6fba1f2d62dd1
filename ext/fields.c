/*
** fields.c — field descriptors of the catalog records.
**
** Each record type (model, route, benchmark row, provider, benchmark
** definition) is described once, here: JSON name, value type, offset. The
** modelcmp loader reads fields through these tables, the merge rules apply
** through modelcmp_field_set(), the exporter writes them back, and the
** virtual tables expose them as columns in the same order — so the format,
** the tables and the docs cannot drift apart.
*/
#include "mc_internal.h"
SQLITE_EXTENSION_INIT3

#include <string.h>

#define F(name, type, T, member) { name, type, (unsigned short)offsetof(T, member), 0 }
#define FE(name, T, member, az) { name, MCF_ENUM, (unsigned short)offsetof(T, member), az }

/* models.status: where the model is in its creator's lifecycle. */
static const char *const azStatus[] = { "preview", "ga", "deprecated", "retired", 0 };

const McField modelcmp_model_fields[] = {
  F("id",                MCF_SLUG,  McModel, id),
  F("name",              MCF_TEXT,  McModel, name),
  F("creator",           MCF_TEXT,  McModel, creator),
  F("family",            MCF_TEXT,  McModel, family),
  F("base_model",        MCF_SLUG,  McModel, base_model),
  F("released",          MCF_DATE,  McModel, released),
  F("context_window",    MCF_COUNT, McModel, context_window),
  F("max_output_tokens", MCF_COUNT, McModel, max_output),
  F("parameters",        MCF_COUNT, McModel, parameters),
  F("active_parameters", MCF_COUNT, McModel, active_parameters),
  F("architecture",      MCF_TEXT,  McModel, architecture),
  F("license",           MCF_TEXT,  McModel, license),
  F("license_osi",       MCF_FLAG,  McModel, license_osi),
  F("openness",          MCF_TEXT,  McModel, openness),
  F("commercial_use",    MCF_TEXT,  McModel, commercial_use),
  F("knowledge_cutoff",  MCF_MONTH, McModel, knowledge_cutoff),
  F("input_modalities",  MCF_LIST,  McModel, input_modalities),
  F("output_modalities", MCF_LIST,  McModel, output_modalities),
  F("tags",              MCF_LIST,  McModel, tags),
  FE("status",                      McModel, status, azStatus),
  F("deprecated_on",     MCF_DATE,  McModel, deprecated_on),
  F("retires_on",        MCF_DATE,  McModel, retires_on),
  F("source",            MCF_URL,   McModel, source),
  F("reviewed",          MCF_DATE,  McModel, reviewed),
  F("differences",       MCF_JSON,  McModel, differences),
  { 0, 0, 0, 0 }
};

const McField modelcmp_route_fields[] = {
  F("provider",              MCF_SLUG,  McRoute, provider),
  F("provider_model_id",     MCF_TEXT,  McRoute, provider_model_id),
  F("input_per_mtok",        MCF_PRICE, McRoute, in),
  F("output_per_mtok",       MCF_PRICE, McRoute, out),
  F("cache_read_per_mtok",   MCF_PRICE, McRoute, cache_read),
  F("cache_write_per_mtok",  MCF_PRICE, McRoute, cache_write),
  F("batch_input_per_mtok",  MCF_PRICE, McRoute, batch_in),
  F("batch_output_per_mtok", MCF_PRICE, McRoute, batch_out),
  F("context_window",        MCF_COUNT, McRoute, context_window),
  F("max_output_tokens",     MCF_COUNT, McRoute, max_output),
  F("tiers",                 MCF_TIERS, McRoute, tiers),
  F("deprecated_on",         MCF_DATE,  McRoute, deprecated_on),
  F("retires_on",            MCF_DATE,  McRoute, retires_on),
  F("note",                  MCF_TEXT,  McRoute, note),
  F("source",                MCF_URL,   McRoute, source),
  F("reviewed",              MCF_DATE,  McRoute, reviewed),
  F("differences",           MCF_JSON,  McRoute, differences),
  { 0, 0, 0, 0 }
};

const McField modelcmp_bench_fields[] = {
  F("benchmark",     MCF_SLUG,  McBench, benchmark),
  F("score",         MCF_SCORE, McBench, score),
  F("self_reported", MCF_FLAG,  McBench, self_reported),
  F("measured",      MCF_DATE,  McBench, measured),
  F("source",        MCF_URL,   McBench, source),
  { 0, 0, 0, 0 }
};

const McField modelcmp_provider_fields[] = {
  F("id",     MCF_SLUG, McProvider, id),
  F("name",   MCF_TEXT, McProvider, name),
  F("url",    MCF_URL,  McProvider, url),
  F("source", MCF_URL,  McProvider, source),
  { 0, 0, 0, 0 }
};

const McField modelcmp_bdef_fields[] = {
  F("id",               MCF_SLUG,  McBenchDef, id),
  F("name",             MCF_TEXT,  McBenchDef, name),
  F("description",      MCF_TEXT,  McBenchDef, description),
  F("higher_is_better", MCF_FLAG,  McBenchDef, higher_is_better),
  F("max_score",        MCF_SCORE, McBenchDef, max_score),
  F("source",           MCF_URL,   McBenchDef, source),
  { 0, 0, 0, 0 }
};

#undef F
#undef FE

int modelcmp_field_count(const McField *a){
  int n = 0;
  while( a[n].name ) n++;
  return n;
}

typedef const char *McStr;   /* so CPTR(McStr, ...) needs no second const */
#define PTR(T, rec, f) ((T*)((char*)(rec) + (f)->off))
#define CPTR(T, rec, f) ((const T*)((const char*)(rec) + (f)->off))

int modelcmp_field_isnull(const McField *f, const void *rec){
  switch( f->type ){
    case MCF_COUNT: return *CPTR(int64_t, rec, f)==MC_NULL_INT;
    case MCF_PRICE:
    case MCF_SCORE: return mc_isnull(*CPTR(double, rec, f));
    case MCF_FLAG:  return *CPTR(int, rec, f)<0;
    case MCF_TIERS: return ((const McRoute*)rec)->ntier==0;
    default:        return *CPTR(McStr, rec, f)==0;
  }
}

int modelcmp_field_set(McCatalog *c, const McField *f, void *rec,
                       const McValue *v, int mode){
  int isNull = modelcmp_field_isnull(f, rec);
  if( v->type==SQLITE_NULL ) return 0;
  switch( f->type ){
    case MCF_COUNT: {
      int64_t *p = PTR(int64_t, rec, f);
      if( !isNull && *p==v->i ) return 0;
      if( !isNull && mode==MC_MERGE_FILL ) return 2;
      *p = v->i;
      return 1;
    }
    case MCF_PRICE:
    case MCF_SCORE: {
      double *p = PTR(double, rec, f);
      if( !isNull && *p==v->r ) return 0;
      if( !isNull && mode==MC_MERGE_FILL ) return 2;
      *p = v->r;
      return 1;
    }
    case MCF_FLAG: {
      int *p = PTR(int, rec, f);
      if( !isNull && *p==(int)v->i ) return 0;
      if( !isNull && mode==MC_MERGE_FILL ) return 2;
      *p = (int)v->i;
      return 1;
    }
    case MCF_TIERS:
      return 0;                  /* loaders set tiers themselves */
    default: {
      const char **p = PTR(const char*, rec, f);
      const char *z;
      if( !isNull && strlen(*p)==v->n && memcmp(*p, v->z, v->n)==0 ) return 0;
      if( !isNull && mode==MC_MERGE_FILL ) return 2;
      z = modelcmp_intern(c, v->z, v->n);
      if( z==0 ) return -1;
      *p = z;
      return 1;
    }
  }
}

/* Appends the tiers of r as a JSON array. */
static void tiersJson(sqlite3_str *s, const McRoute *r){
  static const char *const azName[] = {
    "input_per_mtok", "output_per_mtok", "cache_read_per_mtok", "cache_write_per_mtok"
  };
  int i, j;
  sqlite3_str_appendchar(s, 1, '[');
  for(i=0; i<r->ntier; i++){
    const McTier *t = &r->tiers[i];
    double a[4];
    a[0] = t->in; a[1] = t->out; a[2] = t->cache_read; a[3] = t->cache_write;
    sqlite3_str_appendf(s, "%s{\"above_input_tokens\":%lld", i ? "," : "", (long long)t->above);
    for(j=0; j<4; j++){
      if( !mc_isnull(a[j]) ) sqlite3_str_appendf(s, ",\"%s\":%.15g", azName[j], a[j]);
    }
    sqlite3_str_appendchar(s, 1, '}');
  }
  sqlite3_str_appendchar(s, 1, ']');
}

void modelcmp_field_result(sqlite3_context *ctx, const McField *f, const void *rec){
  if( modelcmp_field_isnull(f, rec) ) return;   /* result defaults to NULL */
  switch( f->type ){
    case MCF_COUNT: sqlite3_result_int64(ctx, *CPTR(int64_t, rec, f)); break;
    case MCF_PRICE:
    case MCF_SCORE: sqlite3_result_double(ctx, *CPTR(double, rec, f)); break;
    case MCF_FLAG:  sqlite3_result_int(ctx, *CPTR(int, rec, f)); break;
    case MCF_TIERS: {
      sqlite3_str *s = sqlite3_str_new(0);
      char *z;
      tiersJson(s, (const McRoute*)rec);
      z = sqlite3_str_finish(s);
      if( z ) sqlite3_result_text(ctx, z, -1, sqlite3_free);
      else sqlite3_result_error_nomem(ctx);
      break;
    }
    default:
      /* Copied: the value may outlive the cursor's hold on the snapshot. */
      sqlite3_result_text(ctx, *CPTR(McStr, rec, f), -1, SQLITE_TRANSIENT);
      break;
  }
}
