/*
** format.c — how numbers read on a comparison page.
**
**   context windows   128000 -> "128k", 262144 -> "262k", 1048576 -> "1M"
**   parameter counts  1230000000 -> "1.23B", 4000000000 -> "4B"
**   prices per 1M     0.027 -> "$0.03/1M tokens" (two decimals; a non-zero
**                     price below half a cent keeps its first significant
**                     digit, so a paid price never prints as "$0.00")
**   money             71.85 -> "$71.85", 1234.5 -> "$1,234.50"
**   scores            20 -> "20.0"
**   counts            1000000 -> "1,000,000"
**   lists             a, b -> "a and b"; a, b, c -> "a, b, and c"
**
** Every formatter appends to an sqlite3_str; none prints nan, inf or (null):
** the callers check for unknown values first and print "-" or a sentence.
*/
#include "mc_internal.h"
SQLITE_EXTENSION_INIT3

#include <math.h>
#include <string.h>

/* Appends v with up to nDec decimals, trailing zeros (and a bare point)
** removed. */
static void appendTrimmed(sqlite3_str *s, double v, int nDec){
  char buf[64];
  int n;
  sqlite3_snprintf(sizeof(buf), buf, "%.*f", nDec, v);
  n = (int)strlen(buf);
  if( strchr(buf, '.') ){
    while( n>0 && buf[n-1]=='0' ) n--;
    if( n>0 && buf[n-1]=='.' ) n--;
  }
  sqlite3_str_append(s, buf, n);
}

void modelcmp_fmt_tokens(sqlite3_str *s, int64_t n){
  if( n>=1000000 ){
    /* one decimal, truncated: 1048576 -> 1M, 1500000 -> 1.5M */
    appendTrimmed(s, floor((double)n/100000.0)/10.0, 1);
    sqlite3_str_appendchar(s, 1, 'M');
  }else if( n>=1000 ){
    sqlite3_str_appendf(s, "%lldk", (long long)(n/1000));
  }else{
    sqlite3_str_appendf(s, "%lld", (long long)n);
  }
}

void modelcmp_fmt_params(sqlite3_str *s, int64_t n){
  static const struct { double div; char unit; } aUnit[] = {
    { 1e12, 'T' }, { 1e9, 'B' }, { 1e6, 'M' }, { 1e3, 'K' }
  };
  size_t i;
  for(i=0; i<sizeof(aUnit)/sizeof(aUnit[0]); i++){
    if( (double)n >= aUnit[i].div ){
      double v = (double)n / aUnit[i].div;
      /* three significant digits: 1.23B, 17.2B, 405B */
      appendTrimmed(s, v, v<10 ? 2 : v<100 ? 1 : 0);
      sqlite3_str_appendchar(s, 1, aUnit[i].unit);
      return;
    }
  }
  sqlite3_str_appendf(s, "%lld", (long long)n);
}

/* "$0.03": the dollar amount of a per-1M price. */
void modelcmp_fmt_usd(sqlite3_str *s, double perM){
  if( perM>0 && perM<0.005 ){
    char buf[32];
    sqlite3_snprintf(sizeof(buf), buf, "%.1g", perM);
    sqlite3_str_appendf(s, "$%s", buf);
  }else{
    sqlite3_str_appendf(s, "$%.2f", perM);
  }
}

void modelcmp_fmt_price(sqlite3_str *s, double perM){
  modelcmp_fmt_usd(s, perM);
  sqlite3_str_appendall(s, "/1M tokens");
}

void modelcmp_fmt_count(sqlite3_str *s, double v){
  char buf[64], out[96];
  int n, i, j = 0, lead;
  sqlite3_snprintf(sizeof(buf), buf, "%.0f", fabs(v));
  n = (int)strlen(buf);
  lead = n % 3;
  if( v<0 ) out[j++] = '-';
  for(i=0; i<n; i++){
    if( i>0 && (i-lead)%3==0 ) out[j++] = ',';
    out[j++] = buf[i];
  }
  sqlite3_str_append(s, out, j);
}

void modelcmp_fmt_money(sqlite3_str *s, double v){
  double cents = floor(fabs(v)*100.0 + 0.5);
  if( v<0 ) sqlite3_str_appendchar(s, 1, '-');
  sqlite3_str_appendchar(s, 1, '$');
  modelcmp_fmt_count(s, floor(cents/100.0));
  sqlite3_str_appendf(s, ".%02d", (int)fmod(cents, 100.0));
}

void modelcmp_fmt_score(sqlite3_str *s, double v){
  sqlite3_str_appendf(s, "%.1f", v);
}

/* "a", "a and b", "a, b, and c" */
void modelcmp_fmt_list(sqlite3_str *s, const char *const *az, int n){
  int i;
  for(i=0; i<n; i++){
    if( i>0 ) sqlite3_str_appendall(s, n==2 ? " and " : i==n-1 ? ", and " : ", ");
    sqlite3_str_appendall(s, az[i]);
  }
}

/* The elements of a JSON array of strings (as stored in tags and modality
** columns), up to nMax; returns how many. Strings point into buf. */
int modelcmp_json_strings(const char *zJson, char *buf, int nBuf, const char **az, int nMax){
  int n = 0, j = 0;
  const char *p = zJson;
  if( p==0 ) return 0;
  while( *p && n<nMax ){
    if( *p=='"' ){
      az[n] = buf + j;
      for(p++; *p && *p!='"' && j<nBuf-1; p++){
        if( *p=='\\' && p[1] ) p++;
        buf[j++] = *p;
      }
      if( j>=nBuf-1 ) break;
      buf[j++] = 0;
      n++;
      if( *p ) p++;
    }else{
      p++;
    }
  }
  return n;
}
