/*
** mc_rules.h — the comparison of two models (rules.c), shared by the
** comparison functions, the compare() table and the report.
*/
#ifndef MC_RULES_H
#define MC_RULES_H

#include "mc_internal.h"

#define MC_MAXSHARED   64      /* shared benchmarks considered */
#define MC_MAXPROV     64      /* shared providers listed */
#define MC_MAXFRICTION 8

/* What a side offers that the other does not (its "edge"), in rule order. */
enum {
  MC_EDGE_NONE, MC_EDGE_PROVIDERS, MC_EDGE_PRICE, MC_EDGE_CONTEXT,
  MC_EDGE_CAPABILITY, MC_EDGE_BENCHMARK, MC_EDGE_TAG
};

typedef struct McShared {
  const McBenchDef *def;
  double score[2];
  double gap;                 /* |score[0] - score[1]| */
  int leader;                 /* 0, 1, or -1 for a tie */
} McShared;

typedef struct McSide {
  const McModel *m;
  int nRoute;                 /* tracked routes, priced or not */
  const McRoute *cheapest;    /* at the traffic profile; NULL: none priced */
  double monthly;             /* USD a month on it; NaN when none */
  int nLead;                  /* shared benchmarks this side leads */
  double totalLead;           /* sum of those gaps */
  int iBestLead;              /* aShared index of its largest lead, or -1 */
  int aUnique[MC_NCAP];       /* capabilities it has and the other lacks */
  int nUnique;
  int aUnverified[MC_NCAP];   /* it has, the other's support is unknown */
  int nUnverified;
  int edge, edgeCap;          /* MC_EDGE_*, and the capability for _CAPABILITY */
  int bestFor, bestForCap;    /* the best-for label's kind and capability */
} McSide;

typedef struct McCmp {
  const McCatalog *cat;
  double req, in, out;        /* traffic profile */
  McSide s[2];
  McShared aShared[MC_MAXSHARED];
  int nShared;
  int iLargest;               /* aShared index of the largest gap, or -1 */
  int safer;                  /* the side safer overall, or -1 */
  int same;                   /* both sides are one model */
} McCmp;

/* A friction item of moving from one side to the other. */
enum { MC_FR_NO_SHARED, MC_FR_SHARED, MC_FR_LOST, MC_FR_UNVERIFIED, MC_FR_GAINED };
typedef struct McFriction {
  int kind;
  const McRoute *aProv[MC_MAXPROV];   /* MC_FR_SHARED: routes on shared providers */
  int nProv;
  int aCap[MC_NCAP];                  /* capability items */
  int nCap;
} McFriction;

/* Rows of the side-by-side comparison (compare.c). */
enum { MC_SEC_SCORECARD, MC_SEC_SPECS, MC_SEC_PRICING, MC_SEC_CAPABILITIES, MC_SEC_BENCHMARKS };
#define MC_LEAD_NONE (-1)     /* the signal does not rank, or a side is unknown */
#define MC_LEAD_TIE  2
typedef struct McRow {
  int section;                /* MC_SEC_* */
  char *zSignal;              /* row label */
  char *zCell[2];             /* formatted values for a and b */
  int leader;                 /* 0, 1, MC_LEAD_TIE or MC_LEAD_NONE */
} McRow;
typedef struct McRows {
  McRow *a;
  int n, nAlloc;
  int rc;                     /* SQLITE_NOMEM once an allocation failed */
} McRows;
int modelcmp_cmp_rows(const McCmp*, McRows*);
void modelcmp_rows_free(McRows*);
const char *modelcmp_section_name(int);
void modelcmp_cmp_provider_names(sqlite3_str*, const McCatalog*, const McModel*, int nMax);

extern const char *const modelcmp_cap_phrase[MC_NCAP];

void modelcmp_cmp_init(McCmp*, const McCatalog*, const McModel *a, const McModel *b,
                       double req, double in, double out);
const char *modelcmp_cmp_name(const McCmp*, int k);
void modelcmp_cmp_bestfor(sqlite3_str*, const McCmp*, int k);
void modelcmp_cmp_verdict(sqlite3_str*, const McCmp*);
void modelcmp_cmp_caplist(sqlite3_str*, const int *a, int n, int bPhrase);
int modelcmp_cmp_shared_providers(const McModel *from, const McModel *to,
                                  const McRoute **a, int nMax);
int modelcmp_cmp_friction(const McCmp*, int k, McFriction *a, int nMax);
void modelcmp_cmp_friction_text(sqlite3_str*, const McCmp*, int k, const McFriction*);
const char *modelcmp_provider_name(const McCatalog*, const char *zId);
int modelcmp_arg_pair(sqlite3_context*, const char *zFunc, sqlite3_value **argv,
                      const McCatalog **ppCat, const McModel **pa, const McModel **pb);
void modelcmp_result_str(sqlite3_context*, sqlite3_str*);
void modelcmp_json_string(sqlite3_str*, const char *z);

#endif /* MC_RULES_H */
