/*
** json_oracle.h — the differential check of ext/json_scan.c against the
** cJSON that is linked (included by tests/c/test_import.c and
** tests/fuzz/fuzz_load.c; needs -DSQLITE_CORE -Iext and cJSON).
**
** json_oracle(z, n) parses z with cJSON_ParseWithLengthOpts() and checks
** it with modelcmp_json_check(), and returns NULL when they agree, else
** what differs:
**   - both accept or both reject, at the same byte offset (the end of the
**     root value, or the error position cJSON reports);
**   - for an accepted object or array: the members the check hands out and
**     the ones the iterator walks are the same spans, as many as cJSON's
**     children; each span parses alone to a value that prints as cJSON's
**     child does, and each key unescapes to the same bytes as the
**     child's ->string.
*/
#ifndef JSON_ORACLE_H
#define JSON_ORACLE_H

#include <string.h>
#include <cjson/cJSON.h>
#include "mc_json.h"

#define ORACLE_MAXMEMBER 4096

typedef struct OracleMembers {
  McJsonMember a[ORACLE_MAXMEMBER];
  int n;
} OracleMembers;

static int oracleCollect(void *pArg, const McJsonMember *m){
  OracleMembers *p = pArg;
  if( p->n<ORACLE_MAXMEMBER ) p->a[p->n] = *m;
  p->n++;
  return 0;
}

static const char *json_oracle(const char *z, size_t n){
  static OracleMembers mem;
  static char zMsg[200];
  const char *zEnd = 0;
  size_t iRoot = 0, iEnd = 0;
  cJSON *root, *c;
  McJsonIter it;
  int rc, i;
  const char *zErr = 0;

  mem.n = 0;
  root = cJSON_ParseWithLengthOpts(z, n, &zEnd, 0);
  rc = modelcmp_json_check(z, n, &iRoot, &iEnd, oracleCollect, &mem);
  if( root==0 ){
    if( rc!=1 ) return "cJSON rejects what the check accepts";
    if( zEnd && iEnd!=(size_t)(zEnd - z) ){
      snprintf(zMsg, sizeof(zMsg), "error offset: cJSON %lld, check %lld",
               (long long)(zEnd - z), (long long)iEnd);
      return zMsg;
    }
    return 0;
  }
  if( rc!=0 ){ zErr = "the check rejects what cJSON accepts"; goto done; }
  if( iEnd!=(size_t)(zEnd - z) ){
    snprintf(zMsg, sizeof(zMsg), "end of the root: cJSON %lld, check %lld",
             (long long)(zEnd - z), (long long)iEnd);
    zErr = zMsg;
    goto done;
  }
  if( !cJSON_IsObject(root) && !cJSON_IsArray(root) ){
    if( mem.n!=0 ) zErr = "members of a scalar root";
    goto done;
  }
  if( mem.n!=cJSON_GetArraySize(root) ){ zErr = "number of members"; goto done; }
  if( !modelcmp_json_iter_init(&it, z, iRoot, iEnd - iRoot) ){ zErr = "iter_init"; goto done; }
  for(i=0, c=root->child; c; i++, c=c->next){
    const McJsonMember *m = &mem.a[i];
    cJSON *v;
    const char *e = 0;
    if( i>=ORACLE_MAXMEMBER ) break;
    if( modelcmp_json_iter_next(&it)!=1 || memcmp(&it.m, m, sizeof(*m))!=0 ){
      zErr = "the iterator and the check disagree on a member";
      goto done;
    }
    v = cJSON_ParseWithLengthOpts(z + m->iVal, m->nVal, &e, 0);
    if( v ){
      /* printed, not cJSON_Compare(): that one finds duplicate keys unequal */
      char *zA = cJSON_PrintUnformatted(v), *zB = cJSON_PrintUnformatted(c);
      int same = zA && zB && strcmp(zA, zB)==0;
      cJSON_free(zA);
      cJSON_free(zB);
      cJSON_Delete(v);
      if( !same ) v = 0;
    }
    if( v==0 || e!=z + m->iVal + m->nVal ){
      zErr = "a member's span does not parse to cJSON's value";
      goto done;
    }
    if( cJSON_IsObject(root) ){
      char *zKey = malloc(m->nKey);
      size_t nKey = modelcmp_json_unescape(z + m->iKey, m->nKey, zKey);
      int same = nKey==strlen(c->string) && strcmp(zKey, c->string)==0
              && (strlen(c->string)>60 || modelcmp_json_key_is(z, m, c->string));
      free(zKey);
      if( !same ){ zErr = "a key does not unescape to cJSON's"; goto done; }
    }
  }
  if( i<ORACLE_MAXMEMBER && modelcmp_json_iter_next(&it)!=0 ) zErr = "the iterator finds more members";
done:
  cJSON_Delete(root);
  return zErr;
}

#endif /* JSON_ORACLE_H */
