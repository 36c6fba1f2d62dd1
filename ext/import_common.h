/*
** import_common.h — what the three public-catalog importers share
** (import_litellm.c, import_openrouter.c, import_modelsdev.c; the rules
** themselves are in import_common.c and docs/importers.md).
**
** An importer reads one entry of its format into an McEntry (plain values,
** already converted: prices per 1M tokens, NULL sentinels for "absent"),
** and hands it to modelcmp_imp_apply(), which does everything that is the
** same for every source: the provider row, resolving the entry to a model
** (aliases first, then the canonical id), the route, the FILL merge of the
** model's facts, the aliases and the counts of the load summary.
*/
#ifndef IMPORT_COMMON_H
#define IMPORT_COMMON_H

#include "mc_json.h"

#define MC_IMP_MAXTIER 8      /* long-context tiers kept per route */
#define MC_IMP_MAXNAME 8      /* names tried when resolving an entry */

/* Modalities as bits, printed in this order. */
enum { MC_MOD_TEXT = 1, MC_MOD_IMAGE = 2, MC_MOD_AUDIO = 4, MC_MOD_VIDEO = 8, MC_MOD_PDF = 16 };

/* What a provider is, beyond its id (import_common.c's provider table). */
enum {
  MC_PROV_LAB  = 1,           /* the creator's own API: its limits are the model's */
  MC_PROV_PLAN = 2,           /* subscription plan: a 0 price is not a token price */
  MC_PROV_FREE = 4,           /* free developer endpoint: a 0 price is not a price */
  MC_PROV_LOCAL = 8           /* local runtime: no per-token price */
};

/* Entry classes, applied in this order so that first-party facts fill the
** model before resellers' and a base route is set before its variants. */
enum { MC_PASS_LAB = 0, MC_PASS_OTHER = 1, MC_PASS_VARIANT = 2, MC_NPASS = 3 };

/* What a model variant's name says it is (docs/importers.md#variants). */
enum {
  MC_VAR_QUANT   = 1,         /* -fp8, -awq, -gguf ...: a re-quantised copy of the weights */
  MC_VAR_SERVING = 2,         /* -turbo, -fast, -dynamic: a speed-tuned serving */
  MC_VAR_FREE    = 4,         /* ":free": the rate-limited free tier */
  MC_VAR_PREFIX  = 8          /* the provider's own name as a prefix: its tuned serving */
};

typedef struct McEntry {
  const char *zKey;           /* the entry's own name in the input, for messages */
  char provider[130];         /* our provider id */
  const char *zProvName;      /* display name for a new provider row */
  const char *zProvUrl;       /* its URL, or NULL */
  const char *zProvSource;    /* where the provider row comes from (the format's file) */
  int provFlags;              /* MC_PROV_* */
  const char *zFamily;        /* a LAB provider's own model-id prefixes */
  const char *zPmid;          /* provider_model_id */
  char canon[130];            /* canonical id for a new model */
  char baseCanon[130];        /* canon without its variant words, "" when none */
  char key[130];              /* canon's spelling key (modelcmp_spell_key) */
  int nKey;                   /* its length, 0 when none, -1 until computed */
  const char *zVarSuffix;     /* the variant words at the end of canon, or NULL */
  int varKind;                /* MC_VAR_* bits, 0 when the name is not a variant's */
  const char *zFreeName;      /* a free tier's display name with " (free)" */
  char *zOwnedBase;           /* a free tier's paid id, sqlite3_malloc'd */
  const char *azName[MC_IMP_MAXNAME];  /* names tried first (aliases, HF id) */
  const char *azNameProv[MC_IMP_MAXNAME]; /* the alias's provider scope, or NULL */
  char *azNameFree[MC_IMP_MAXNAME];   /* names owned by the entry */
  unsigned char aAliasOnly[MC_IMP_MAXNAME]; /* recorded as alias, not tried */
  int nName;
  int variant;                /* 0, or MC_VARIANT_* when a base route may exist */
  const char *zVariant;       /* skip reason when the base route exists */
  const char *zSource;        /* URL of the facts */
  const char *zNote;          /* route note, or NULL */
  char noteBuf[200];          /* storage for a built note */
  char sourceBuf[300];        /* storage for a built source URL */
  char monthBuf[8];           /* storage for a YYYY-MM */
  /* model facts (NULL, MC_NULL_INT, -1 or 0 when absent) */
  const char *zName, *zCreator, *zReleased, *zCutoff, *zOpenness;
  int64_t ctx, maxOut;        /* model-level limits */
  int inMods, outMods;        /* MC_MOD_* bits, 0 unknown */
  signed char cap[MC_NCAP];   /* 1 or -1 (imports never record false) */
  /* route facts */
  double in, out, cacheRead, cacheWrite, batchIn, batchOut;
  int64_t routeCtx, routeMaxOut;
  McTier aTier[MC_IMP_MAXTIER];
  int ntier;
  /* the first problem found reading the entry; the entry is then skipped */
  char zBad[200];
  int bad;
  int oom;                    /* an allocation failed while reading the entry */
} McEntry;

typedef struct McImp McImp;

/* Load lifecycle: begin before the first entry, end after the last (end
** also frees on error paths). */
McImp *modelcmp_imp_begin(McLoad*);
void modelcmp_imp_end(McImp*);

void modelcmp_entry_init(McEntry*, const char *zKey, const char *zSource);
void modelcmp_entry_clear(McEntry*);   /* frees owned names */
/* Records the entry's first problem (printf-style). */
void modelcmp_entry_bad(McEntry*, const char *zFmt, ...);
/* Adds a name to try and to record as an alias. zOwned is taken (freed
** with the entry) when the name had to be built. */
void modelcmp_entry_name(McEntry*, const char *zName, const char *zProv);
void modelcmp_entry_name_owned(McEntry*, char *zOwned, const char *zProv);
/* Adds a name recorded as an alias but not used to find the model. */
void modelcmp_entry_alias(McEntry*, const char *zName, const char *zProv);
/* For "<id>:free": marks the entry as the free tier (NULL prices,
** MC_VAR_FREE) and returns "<id>" (owned by the entry, neither tried nor
** recorded as an alias: it names the paid model), else returns zId. */
const char *modelcmp_entry_free_variant(McEntry*, const char *zId);
/* True for a Hugging Face id of a quantised or re-precisioned copy
** (-FP8, -BF16, -AWQ, -GGUF, ...), which is not used as a canonical id. */
int modelcmp_is_quantized(const char *zId);
/* Maps a source's provider name to our provider id and flags. */
void modelcmp_entry_provider(McEntry*, const char *zRaw, const char *zName, const char *zUrl);
/* Sets e->canon from a provider model id (or a Hugging Face id), and the
** variant fields (baseCanon, zVarSuffix, varKind). Returns 0 and marks the
** entry bad when no usable id remains. *pRegional is set when the id
** carries a Bedrock cross-region prefix. */
int modelcmp_entry_canon(McEntry*, const char *zId, int *pRegional);

/*************************************************************************
** Names (import_names.c) and the rules that find an entry's model when
** none of its names is known (import_match.c).
*/
#define MC_KEY_MAX 130        /* spelling keys longer than 129 bytes are no keys */
/* The spelling key of a name: lowercase words and numbers joined by '-',
** split at every character outside [a-z0-9] and where a letter is followed
** by a digit ("Llama3.3-70B" and "llama-3-3-70b" are both "llama-3-3-70b"),
** without a lone "v" before a number (deepseek-v3.2 is "deepseek-3-2").
** Returns its length, 0 when nothing is left or it does not fit. */
int modelcmp_spell_key(const char *z, char *out, int nOut);
/* The parameter sizes an id names, as words of its spelling key ("70b",
** "a22b"; "1.5b" is "5b", as "1-5b" is), comma-separated in order, into out
** ("" when none). */
void modelcmp_size_sig(const char *z, char *out, int nOut);

/* True when zOrg (a spelling key: "openai", "zai-org") is a lab whose
** own models' ids include zId (gpt-4o for openai; not llama-3.3-70b for
** deepseek). */
int modelcmp_org_names(const char *zOrg, const char *zId);

typedef struct McMatch McMatch;
McMatch *modelcmp_match_new(McCatalog*);
void modelcmp_match_free(McMatch*);
/* Notes the canonical id an entry of this load will create (read before
** any entry is applied), so that the rules can find a model the load has
** not created yet. Returns -2 on OOM. */
int modelcmp_match_pending(McMatch*, McEntry*);
/* The model an entry names by a rule (docs/importers.md#same-model-rules),
** or -1. When -1 and the entry is a variant whose base model was found,
** *piBase is that base (itself never a variant), else -1. When *pzMake is
** set, the model (or, with *pMakeBase, the variant's base) is one another
** entry of the load will create: the caller creates it under that id now.
** Counts refused merges in the summary. Returns -2 on OOM. */
int modelcmp_match_resolve(McMatch*, McEntry*, McSummary*, int *piBase,
                           const char **pzMake, int *pMakeBase);
/* For an entry whose canonical id alone found iModel: the instruct model
** when iModel is a bare name's pretrained sibling the entry's provider does
** not serve (rule 3 of docs/importers.md); else iModel. -2 on OOM. */
int modelcmp_match_bare(McMatch*, McEntry*, int iModel);
/* After a model was created for e: the base model of a dated snapshot
** (gpt-4o-2024-08-06 of gpt-4o), or -1; and a near miss (an existing model
** whose name the new one nearly spells) noted in the summary. Returns -2 on
** OOM. */
int modelcmp_match_created(McMatch*, McEntry*, int iModel, McSummary*);

/* Applies the entry (or counts it as skipped when bad). SQLITE_OK or an
** error already recorded in the McLoad. */
int modelcmp_imp_apply(McImp*, McEntry*);
/* Counts an entry skipped for zReason (a static string). */
void modelcmp_imp_skip(McImp*, const char *zReason);

/* One input entry: where its value is in the document (it is parsed when
** read, one entry at a time), its key and, for formats that nest entries
** (models.dev), its parent. */
typedef struct McItem {
  const char *zKey;           /* the member's key, unescaped; NULL in an array */
  const cJSON *pParent;       /* models.dev: the provider, without its models */
  size_t iVal;                /* the value is zJson[iVal .. iVal+nVal) */
  unsigned int nVal;
  signed char pass;           /* MC_PASS_*, or -1 once skipped */
} McItem;

/* The entries of one document, with what they point to: keys and parent
** trees live as long as the list. */
typedef struct McItems {
  const char *zJson;          /* the document */
  McItem *a;                  /* the entries, in document order */
  int n, nAlloc;
  McArena keys;               /* storage of the unescaped keys */
  cJSON **apTree;             /* parsed parents, deleted with the list */
  int nTree, nTreeAlloc;
} McItems;
void modelcmp_items_init(McItems*, const char *zJson);
void modelcmp_items_free(McItems*);
/* Appends a member (its key unescaped when it has one); NULL on OOM. */
McItem *modelcmp_items_add(McItems*, const McJsonMember*);
/* Keeps a tree until the list is freed (deletes it on OOM): SQLITE_OK or
** SQLITE_NOMEM. */
int modelcmp_items_keep(McItems*, cJSON*);

/* Reads an item, whose parsed value is pEntry, into e. Returns NULL, or
** the static reason to skip it (an entry with a bad value is not skipped
** here: e->bad is set and modelcmp_imp_apply() counts and reports it).
** Pointers into pEntry are used until the entry has been applied. */
typedef const char *(*McParse)(McEntry *e, const McItem *pItem, const cJSON *pEntry);
/* Reads every item, counts the skipped ones, then applies the rest pass by
** pass (MC_PASS_LAB, MC_PASS_OTHER, MC_PASS_VARIANT). Each read parses the
** item's span and deletes the tree after use, so at most one entry's tree
** exists at a time. */
int modelcmp_imp_run(McLoad*, McItems*, McParse xParse);

/* Our id for a source's provider name (mapped, or its slug) into buf
** (130 bytes); "" when nothing usable. */
const char *modelcmp_provider_id(const char *zRaw, char *buf);

/*************************************************************************
** Values.
*/
/* USD per token (a JSON number) to USD per 1M tokens, without float
** noise: 2.01e-07 gives exactly the double nearest to 0.201. */
double modelcmp_per_mtok(double perToken);
/* USD per token as a decimal string ("0.0000002") to per 1M, exactly.
** Returns 0 ok, 1 when the text is not a plain decimal number. */
int modelcmp_decimal_per_mtok(const char *z, double *pOut);

/* Typed reads that mark the entry bad (and return 1) on a wrong type.
** Absent or JSON null leaves the output untouched and returns 0. */
int modelcmp_read_price(McEntry*, const cJSON *it, int perToken, double *pOut);
int modelcmp_read_count(McEntry*, const cJSON *it, int64_t *pOut);
int modelcmp_read_bool(McEntry*, const cJSON *it, int *pOut);     /* 1, 0 */
int modelcmp_read_string(McEntry*, const cJSON *it, const char **pz);
/* Month YYYY-MM from "YYYY-MM" or "YYYY-MM-DD"; date only from a full,
** valid date. Other text is ignored (0), a non-string is bad (1). */
int modelcmp_read_month(McEntry*, const cJSON *it, char *buf8, const char **pz);
int modelcmp_read_date(McEntry*, const cJSON *it, const char **pz);
/* Modality names ("text", "image", "audio", "video", "pdf", "file") to
** bits; other names are ignored. Non-array is bad. */
int modelcmp_read_modalities(McEntry*, const cJSON *arr, int *pBits);

/* Adds a long-context tier (above > 0); merges with an existing one of the
** same threshold. Returns the tier or NULL (entry marked bad) when full. */
McTier *modelcmp_entry_tier(McEntry*, int64_t above);

/* An http(s) URL as the modelcmp format accepts it. */
int modelcmp_is_url(const char *z);

/* True for OpenRouter's routers (openrouter/auto, ...): not models. */
int modelcmp_is_router(const char *zPmid);

/* Case-insensitive check that z is a key of a small static list. */
int modelcmp_imp_inlist(const char *const *az, const char *z);

#endif /* IMPORT_COMMON_H */
