/*
** json_scan.c — the raw text of a JSON document, without building a tree.
**
** The importers read catalogs of megabytes (models.dev's api.json is 2.4 MB,
** about 200,000 JSON values); a cJSON tree of the whole document costs
** about 100 bytes a value. So a load checks the text once here, walks the
** containers that hold the entries as byte spans, and gives cJSON one entry
** at a time (docs/design.md, "Memory"). Nothing in this file allocates.
**
**   modelcmp_json_check()     validates a whole document exactly as cJSON
**                             1.7.15 parses it: what it accepts, and the byte
**                             offset it reports for what it does not
**   modelcmp_json_iter_*()    the members of an object (key and value spans)
**                             or the elements of an array, in a checked text
**   modelcmp_json_unescape()  a key as cJSON would give it in ->string
**
** HOW IT WORKS
**
** The check is cJSON's recursive descent (parse_value, parse_string,
** parse_number, parse_array, parse_object) with the same cursor moves, so
** that a document fails at the same offset and for the same inputs: bytes
** <= 32 are whitespace, a string ends at the first quote not taken by a
** backslash pair, its escapes are then decoded (\u pairs as UTF-16, a
** lone low surrogate or an unpaired high one is an error), a number is
** the longest run of [0-9+-eE.] of which strtod() reads a prefix, and
** arrays and objects nest at most 1000 deep. "Near byte N" messages
** therefore keep their offsets, and every span the iterator hands to
** cJSON_ParseWithLengthOpts() parses.
**
** The iterator trusts a checked text: it finds where a value ends by
** skipping strings and counting brackets, which is all a checked text
** needs. On a text that was not checked it still never reads outside the
** span, and reports the first thing it cannot step over as an error.
*/
#include "mc_json.h"

#include <string.h>

/*************************************************************************
** The check: cJSON's parser, without the tree.
*/
#define CHK_MAXDEPTH 1000     /* CJSON_NESTING_LIMIT */

typedef struct Chk {
  const unsigned char *z;     /* the document */
  size_t n;                   /* its length */
  size_t off;                 /* cJSON's input_buffer->offset */
  size_t depth;               /* containers open */
  int (*xRoot)(void*, const McJsonMember*);  /* given the root's members */
  void *pArg;
  int abort;                  /* xRoot asked to stop */
} Chk;

/* buffer_skip_whitespace(), including its step back from the very end. */
static void chkSpace(Chk *p){
  if( p->off>=p->n ) return;
  while( p->off<p->n && p->z[p->off]<=32 ) p->off++;
  if( p->off==p->n ) p->off--;
}

static unsigned hex4(const unsigned char *z){
  unsigned h = 0;
  int i;
  for(i=0; i<4; i++){
    unsigned char c = z[i];
    if( c>='0' && c<='9' ) h = h*16 + (unsigned)(c-'0');
    else if( c>='A' && c<='F' ) h = h*16 + 10 + (unsigned)(c-'A');
    else if( c>='a' && c<='f' ) h = h*16 + 10 + (unsigned)(c-'a');
    else return 0;            /* cJSON reads a bad digit as the code 0 */
  }
  return h;
}

/* One \u escape (or a surrogate pair) at z[i], the string ending at iEnd:
** the bytes it spans (6 or 12), or 0 when cJSON rejects it. Writes the
** UTF-8 to *pOut when pOut is not NULL. */
static int utf16Escape(const unsigned char *z, size_t i, size_t iEnd, unsigned char **pOut){
  unsigned long cp;
  unsigned first, second;
  int len, nOut, k;
  if( iEnd - i < 6 ) return 0;
  first = hex4(z+i+2);
  if( first>=0xDC00 && first<=0xDFFF ) return 0;
  if( first>=0xD800 && first<=0xDBFF ){
    if( iEnd - (i+6) < 6 || z[i+6]!='\\' || z[i+7]!='u' ) return 0;
    second = hex4(z+i+8);
    if( second<0xDC00 || second>0xDFFF ) return 0;
    cp = 0x10000 + (((unsigned long)(first & 0x3FF) << 10) | (second & 0x3FF));
    len = 12;
  }else{
    cp = first;
    len = 6;
  }
  if( pOut ){
    unsigned char *o = *pOut, mark;
    if( cp<0x80 ){ nOut = 1; mark = 0; }
    else if( cp<0x800 ){ nOut = 2; mark = 0xC0; }
    else if( cp<0x10000 ){ nOut = 3; mark = 0xE0; }
    else{ nOut = 4; mark = 0xF0; }
    for(k=nOut-1; k>0; k--){
      o[k] = (unsigned char)((cp | 0x80) & 0xBF);
      cp >>= 6;
    }
    o[0] = nOut>1 ? (unsigned char)((cp | mark) & 0xFF) : (unsigned char)(cp & 0x7F);
    *pOut = o + nOut;
  }
  return len;
}

/* The closing quote of the string whose opening quote is z[i] (cJSON's
** first pass: a backslash takes the next byte whatever it is), or n when
** the string does not end; *pEsc is set when it holds a backslash. */
static size_t stringEnd(const unsigned char *z, size_t n, size_t i, int *pEsc){
  size_t e = i+1;
  *pEsc = 0;
  while( e<n ){
    unsigned char c = z[e];
    if( c=='"' ) return e;
    if( c=='\\' ){
      if( e+1>=n ) return n;
      *pEsc = 1;
      e++;
    }
    e++;
  }
  return n;
}

/* cJSON's second pass over the escapes of z(i..iEnd): the offset of the
** first escape it rejects, or 0 when all are good. Writes the decoded
** bytes to out (NUL-terminated) when out is not NULL, stopping once at
** least nMax bytes are out (out needs nMax+5 bytes). */
static size_t decodeEscapes(const unsigned char *z, size_t i, size_t iEnd,
                            unsigned char *out, size_t nMax){
  unsigned char *o0 = out;
  size_t p = i+1;
  while( p<iEnd && (out==0 || (size_t)(out-o0)<nMax) ){
    int len = 2;
    if( z[p]!='\\' ){
      if( out ) *out++ = z[p];
      p++;
      continue;
    }
    switch( z[p+1] ){      /* z[iEnd] is the closing quote, so p+1 <= iEnd */
      case 'b': if( out ) *out++ = '\b'; break;
      case 'f': if( out ) *out++ = '\f'; break;
      case 'n': if( out ) *out++ = '\n'; break;
      case 'r': if( out ) *out++ = '\r'; break;
      case 't': if( out ) *out++ = '\t'; break;
      case '"': case '\\': case '/':
        if( out ) *out++ = z[p+1];
        break;
      case 'u':
        len = utf16Escape(z, p, iEnd, out ? &out : 0);
        if( len==0 ) return p;
        break;
      default:
        return p;
    }
    p += (size_t)len;
  }
  if( out ) *out = 0;
  return 0;
}

/* parse_string() */
static int chkString(Chk *p){
  size_t o = p->off, e, bad;
  int esc;
  if( o>=p->n || p->z[o]!='"' ){ p->off = o+1; return 0; }
  e = stringEnd(p->z, p->n, o, &esc);
  if( e>=p->n ){ p->off = o+1; return 0; }
  if( esc && (bad = decodeEscapes(p->z, o, e, 0, 0))!=0 ){ p->off = bad; return 0; }
  p->off = e+1;
  return 1;
}

static int isNumChar(unsigned char c){
  return (c>='0' && c<='9') || c=='+' || c=='-' || c=='e' || c=='E' || c=='.';
}
static int isDigit(unsigned char c){ return c>='0' && c<='9'; }

/* parse_number(): cJSON copies the run of [0-9+-eE.] and moves on by what
** strtod() reads of it: [+-]digits[.digits][(e|E)[+-]digits], with at
** least one digit before the exponent. The whole run, as Debian's 1.7.15
** (1.7.15-1+deb12u4) and later cJSON read it; the original 1.7.15 stopped
** at 63 bytes. On such a build a number that long fails in cJSON, not
** here: the entry's parse then reports "invalid JSON near byte N", as the
** whole-document parse did (and tests/c/test_import.c says so). */
static int chkNumber(Chk *p){
  const unsigned char *z = p->z + p->off;
  size_t run = 0, i = 0, nd = 0;
  while( p->off+run<p->n && isNumChar(z[run]) ) run++;
  if( i<run && (z[i]=='+' || z[i]=='-') ) i++;
  while( i<run && isDigit(z[i]) ){ i++; nd++; }
  if( i<run && z[i]=='.' ){
    i++;
    while( i<run && isDigit(z[i]) ){ i++; nd++; }
  }
  if( nd==0 ) return 0;
  if( i<run && (z[i]=='e' || z[i]=='E') ){
    size_t j = i+1;
    if( j<run && (z[j]=='+' || z[j]=='-') ) j++;
    if( j<run && isDigit(z[j]) ){
      while( j<run && isDigit(z[j]) ) j++;
      i = j;
    }
  }
  p->off += i;
  return 1;
}

static int chkValue(Chk *p);

/* parse_array() and parse_object() */
static int chkContainer(Chk *p, int isObj){
  unsigned char close = isObj ? '}' : ']';
  if( p->depth>=CHK_MAXDEPTH ) return 0;
  p->depth++;
  p->off++;
  chkSpace(p);
  if( p->off<p->n && p->z[p->off]==close ) goto done;
  if( p->off>=p->n ){ p->off--; return 0; }
  p->off--;
  do{
    McJsonMember m = {0, 0, 0, 0};
    p->off++;
    chkSpace(p);
    if( isObj ){
      m.iKey = p->off;
      if( !chkString(p) ) return 0;
      m.nKey = p->off - m.iKey;
      chkSpace(p);
      if( p->off>=p->n || p->z[p->off]!=':' ) return 0;
      p->off++;
      chkSpace(p);
    }
    m.iVal = p->off;
    if( !chkValue(p) ) return 0;
    if( p->depth==1 && p->xRoot ){
      m.nVal = p->off - m.iVal;
      if( p->xRoot(p->pArg, &m) ){ p->abort = 1; return 0; }
    }
    chkSpace(p);
  }while( p->off<p->n && p->z[p->off]==',' );
  if( p->off>=p->n || p->z[p->off]!=close ) return 0;
done:
  p->depth--;
  p->off++;
  return 1;
}

/* parse_value() */
static int chkValue(Chk *p){
  const unsigned char *z = p->z + p->off;
  size_t left = p->off<p->n ? p->n - p->off : 0;
  if( left>=4 && memcmp(z, "null", 4)==0 ){ p->off += 4; return 1; }
  if( left>=5 && memcmp(z, "false", 5)==0 ){ p->off += 5; return 1; }
  if( left>=4 && memcmp(z, "true", 4)==0 ){ p->off += 4; return 1; }
  if( left==0 ) return 0;
  switch( z[0] ){
    case '"': return chkString(p);
    case '[': return chkContainer(p, 0);
    case '{': return chkContainer(p, 1);
    case '-': return chkNumber(p);
    default:  return isDigit(z[0]) ? chkNumber(p) : 0;
  }
}

int modelcmp_json_check(const char *z, size_t n, size_t *piRoot, size_t *piEnd,
                        int (*xRoot)(void*, const McJsonMember*), void *pArg){
  Chk c;
  c.z = (const unsigned char*)z;
  c.n = n;
  c.off = 0;
  c.depth = 0;
  c.xRoot = xRoot;
  c.pArg = pArg;
  c.abort = 0;
  if( n==0 ){ *piEnd = 0; return 1; }
  if( n>4 && memcmp(z, "\xEF\xBB\xBF", 3)==0 ) c.off = 3;    /* a UTF-8 BOM */
  chkSpace(&c);
  *piRoot = c.off;
  if( !chkValue(&c) ){
    if( c.abort ) return -1;
    *piEnd = c.off<n ? c.off : n-1;
    return 1;
  }
  *piEnd = c.off;
  return 0;
}

/*************************************************************************
** Walking a checked container.
*/
static size_t skipSpace(const char *z, size_t i, size_t n){
  while( i<n && (unsigned char)z[i]<=32 ) i++;
  return i;
}

/* The end (one past) of the value at z[i], or 0 when it runs past n. */
static size_t skipValue(const char *z, size_t i, size_t n){
  const unsigned char *u = (const unsigned char*)z;
  int esc;
  if( i>=n ) return 0;
  if( u[i]=='"' ){
    size_t e = stringEnd(u, n, i, &esc);
    return e<n ? e+1 : 0;
  }
  if( u[i]=='{' || u[i]=='[' ){
    size_t depth = 0;
    for(; i<n; i++){
      unsigned char c = u[i];
      if( c=='"' ){
        i = stringEnd(u, n, i, &esc);
        if( i>=n ) return 0;
      }else if( c=='{' || c=='[' ){
        depth++;
      }else if( c=='}' || c==']' ){
        if( --depth==0 ) return i+1;
      }
    }
    return 0;
  }
  /* a number or a literal: up to the next separator */
  while( i<n && u[i]>32 && u[i]!=',' && u[i]!='}' && u[i]!=']' ) i++;
  return i;
}

int modelcmp_json_iter_init(McJsonIter *it, const char *z, size_t iVal, size_t nVal){
  memset(it, 0, sizeof(*it));
  it->z = z;
  it->pos = iVal+1;
  it->end = iVal+nVal;
  if( nVal<2 || (z[iVal]!='{' && z[iVal]!='[') ) return 0;
  it->isObj = z[iVal]=='{';
  it->end--;                  /* the closing bracket */
  return 1;
}

static int iterError(McJsonIter *it, size_t i){
  it->iErr = i;
  it->pos = it->end;
  it->nth = -1;
  return -1;
}

int modelcmp_json_iter_next(McJsonIter *it){
  const char *z = it->z;
  size_t i, e;
  if( it->nth<0 ) return it->pos==it->end ? 0 : -1;
  i = skipSpace(z, it->pos, it->end);
  if( it->nth>0 ){
    if( i>=it->end ) return 0;
    if( z[i]!=',' ) return iterError(it, i);
    i = skipSpace(z, i+1, it->end);
  }else if( i>=it->end ){
    return 0;
  }
  if( it->isObj ){
    if( i>=it->end || z[i]!='"' || (e = skipValue(z, i, it->end))==0 ) return iterError(it, i);
    it->m.iKey = i;
    it->m.nKey = e - i;
    i = skipSpace(z, e, it->end);
    if( i>=it->end || z[i]!=':' ) return iterError(it, i);
    i = skipSpace(z, i+1, it->end);
  }
  e = skipValue(z, i, it->end);
  if( e==0 || e==i ) return iterError(it, i);
  it->m.iVal = i;
  it->m.nVal = e - i;
  it->pos = e;
  it->nth++;
  return 1;
}

size_t modelcmp_json_unescape(const char *zTok, size_t nTok, char *zOut){
  /* zTok[0] and zTok[nTok-1] are the quotes; a checked key decodes */
  if( memchr(zTok+1, '\\', nTok-2)==0
   || decodeEscapes((const unsigned char*)zTok, 0, nTok-1, (unsigned char*)zOut, nTok)!=0 ){
    memcpy(zOut, zTok+1, nTok-2);
    zOut[nTok-2] = 0;
  }
  return strlen(zOut);
}

int modelcmp_json_key_is(const char *z, const McJsonMember *m, const char *zName){
  unsigned char buf[72];
  size_t nName = strlen(zName);
  const char *zTok = z + m->iKey;
  size_t i;
  if( m->nKey<2 ) return 0;
  if( memchr(zTok+1, '\\', m->nKey-2)==0 ){
    /* the bytes between the quotes, up to a NUL as strcmp() reads them */
    for(i=0; i<nName && i+2<m->nKey; i++) if( zTok[1+i]!=zName[i] ) return 0;
    return i==nName && (i+2==m->nKey || zTok[1+i]==0);
  }
  /* decoding the first nName+1 bytes is enough to tell */
  if( nName+1+5 > sizeof(buf) ) return 0;
  if( decodeEscapes((const unsigned char*)zTok, 0, m->nKey-1, buf, nName+1)!=0 ) return 0;
  buf[nName+1] = 0;
  return strcmp((const char*)buf, zName)==0;
}

int modelcmp_json_member(const char *z, size_t iObj, size_t nObj, const char *zKey,
                         size_t *piVal, size_t *pnVal){
  McJsonIter it;
  if( !modelcmp_json_iter_init(&it, z, iObj, nObj) || !it.isObj ) return 0;
  while( modelcmp_json_iter_next(&it)==1 ){
    if( modelcmp_json_key_is(z, &it.m, zKey) ){
      *piVal = it.m.iVal;
      *pnVal = it.m.nVal;
      return 1;
    }
  }
  return 0;
}

int modelcmp_doc_member(const McDoc *d, const char *zKey, size_t *piVal, size_t *pnVal){
  int i;
  if( d->z[d->iRoot]!='{' ) return 0;
  for(i=0; i<d->nMember; i++){
    if( modelcmp_json_key_is(d->z, &d->aMember[i], zKey) ){
      *piVal = d->aMember[i].iVal;
      *pnVal = d->aMember[i].nVal;
      return 1;
    }
  }
  return 0;
}
