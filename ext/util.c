/*
** util.c — small helpers shared by the SQL functions: error results and the
** validation of slugs and dates.
*/
#include "mc_internal.h"
SQLITE_EXTENSION_INIT3

#include <stdarg.h>

/* Sets a formatted error on ctx. Messages are lowercase, name the SQL
** function first and quote the offending value. */
void modelcmp_result_error(sqlite3_context *ctx, const char *zFmt, ...){
  va_list ap;
  char *z;
  va_start(ap, zFmt);
  z = sqlite3_vmprintf(zFmt, ap);
  va_end(ap);
  if( z==0 ){
    sqlite3_result_error_nomem(ctx);
  }else{
    sqlite3_result_error(ctx, z, -1);
    sqlite3_free(z);
  }
}

/* [a-z0-9] then [a-z0-9._-], 1..128 bytes. */
int modelcmp_is_slug(const char *z, size_t n){
  size_t i;
  if( n==0 || n>128 ) return 0;
  for(i=0; i<n; i++){
    char c = z[i];
    int ok = (c>='a' && c<='z') || (c>='0' && c<='9');
    if( !ok && (i==0 || (c!='.' && c!='_' && c!='-')) ) return 0;
  }
  return 1;
}

static int digits(const char *z, int n){
  int i, v = 0;
  for(i=0; i<n; i++){
    if( z[i]<'0' || z[i]>'9' ) return -1;
    v = v*10 + (z[i]-'0');
  }
  return v;
}

/* YYYY-MM-DD (withDay) or YYYY-MM, a real calendar date from 1900 on. */
int modelcmp_is_date(const char *z, size_t n, int withDay){
  static const int aDays[] = {31,29,31,30,31,30,31,31,30,31,30,31};
  int y, m, d;
  if( n != (withDay ? 10u : 7u) || z[4]!='-' ) return 0;
  y = digits(z, 4);
  m = digits(z+5, 2);
  if( y<1900 || m<1 || m>12 ) return 0;
  if( !withDay ) return 1;
  if( z[7]!='-' ) return 0;
  d = digits(z+8, 2);
  if( d<1 || d>aDays[m-1] ) return 0;
  if( m==2 && d==29 && !((y%4==0 && y%100!=0) || y%400==0) ) return 0;
  return 1;
}
