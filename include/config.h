/* The ipsec.conf reader (grammar/cfg-lexer.l, grammar/cfg-parser.y,
 * grammar/config.c), the comparison of a config's conn with what a log shows
 * (src/passes/configcheck.c) and the patching of a conn (src/passes/configpatch.c, used
 * by -f conf --config and -f diff --config).
 *
 * The reader follows Libreswan's rules: a section starts at column 0
 * ("config setup", "conn NAME", "conn %default"); its key=value lines are
 * indented (any blank); "#" starts a comment (a line of its own or after a
 * value); values are bare words, "double quoted" or {braced} (leftsubnets=
 * {a b}); "include PATTERN" reads files matching a glob, relative to the
 * including file's directory, at most 10 levels deep; "version 2" is read
 * and ignored; x-/X- keys are comments.  A bad line is reported as
 * FILE:LINE and skipped; reading never stops at an error.
 *
 * Keys are checked against the keyword set of Libreswan 3.x to 5.x (with
 * their aliases: phase2alg= for esp=, aggrmode= for aggressive=, keylife=
 * and lifetime= for salifetime=, ...).  Nothing here reads ipsec.secrets. */
#ifndef PL_CONFIG_H
#define PL_CONFIG_H

#include "plutolog.h"

G_BEGIN_DECLS

typedef enum { PL_CFG_SETUP, PL_CFG_CONN, PL_CFG_DEFAULT } pl_cfg_kind;

typedef struct {
  char *key;         /* as written ("phase2alg", "leftsubnets") */
  const char *canon; /* canonical key ("esp", "leftsubnets"); static; = key when unknown */
  char *value;       /* without quotes or braces */
  char quote;        /* 0, '"' or '{' */
  guint32 file;      /* index into pl_config.files */
  guint32 line;
} pl_cfg_kv;

typedef struct {
  pl_cfg_kind kind;
  char *name; /* conn name; "%default"; NULL for config setup */
  guint32 file;
  guint32 line;      /* the header line */
  guint32 last_line; /* the last key=value line (= line when none) */
  GPtrArray *kvs;    /* pl_cfg_kv*, in file order */
} pl_cfg_section;

typedef struct {
  char *path; /* as opened (relative paths stay relative) */
  char *text; /* the whole file */
  gsize len;
} pl_cfg_file;

typedef enum { PL_CFG_WARNING, PL_CFG_ERROR } pl_cfg_level;

typedef struct {
  pl_cfg_level level;
  guint32 file;
  guint32 line; /* 0: the file as a whole */
  char *msg;
} pl_cfg_diag;

typedef struct {
  GPtrArray *files;           /* pl_cfg_file* */
  GPtrArray *sections;        /* pl_cfg_section*, in reading order (includes inline) */
  GPtrArray *diags;           /* pl_cfg_diag* */
  bool no_includes;           /* fuzzing: include lines are reported, not followed */
  GStringChunk *unknown_keys; /* unknown keywords, one copy each, freed with the config
                               * (not GLib's process-wide intern table: a config chooses them) */
} pl_config;

pl_config *pl_config_new(void);
void pl_config_free(pl_config *cfg);
/* Reads PATH (and its includes) into cfg.  Returns false when PATH itself
 * cannot be read; errors inside are diagnostics, never a failure. */
bool pl_config_load(pl_config *cfg, const char *path);
/* Reads TEXT as a file named NAME (tests, fuzzing); includes are resolved
 * relative to NAME's directory. */
void pl_config_load_text(pl_config *cfg, const char *name, const char *text, gsize len);
/* "FILE:LINE: warning|error: message" for one diagnostic (escaped). */
char *pl_config_diag_text(const pl_config *cfg, const pl_cfg_diag *d);

/* The last conn section of that name (Libreswan keeps one), or NULL. */
const pl_cfg_section *pl_config_conn(const pl_config *cfg, const char *name);
/* The config setup sections' value of KEY (canonical), or NULL. */
const pl_cfg_kv *pl_config_setup_get(const pl_config *cfg, const char *key);
/* A conn's effective value of canonical KEY: its own line, else through
 * also= (in order, depth first), else conn %default.  NULL when unset. */
const pl_cfg_kv *pl_config_get(const pl_config *cfg, const pl_cfg_section *conn, const char *key);
/* The IKE version a conn speaks: 1 or 2 (from keyexchange= or ikev2=, the
 * default 2); *kv gets the deciding line (NULL: the default). */
int pl_config_ike_version(const pl_config *cfg, const pl_cfg_section *conn, const pl_cfg_kv **kv);

/* Keyword table: the canonical name of KEY ("phase2alg" -> "esp"), NULL
 * when Libreswan has no such key.  *obsolete is set for keys Libreswan
 * reads and ignores. */
const char *pl_config_canon(const char *key, bool setup, bool *obsolete);

/* ---- the process-wide config of --config=FILE (main.c) --------------- */

/* Loads every file (NULL-terminated list), prints the diagnostics to
 * standard error unless quiet.  Returns the number of files that could not
 * be read (the analysis goes on). */
int pl_config_use(char **paths, bool quiet);
/* The loaded config, NULL without --config. */
const pl_config *pl_config_current(void);

/* ---- comparison with a log (src/passes/configcheck.c) ------------------------ *
 *
 * For one connection of the analysis and the config's conn of the same name:
 * one finding per setting the log says something about.  The lead's
 * diagnosis calls pl_config_check(a, c, pl_config_current()) and reads the
 * findings; pl_config_check_text() renders them for the text view. */

typedef enum {
  PL_CFGREL_MATCH,              /* the local value accepts what the peer sent */
  PL_CFGREL_INTERSECTION,       /* the lists share a proposal (named in .common) */
  PL_CFGREL_MISMATCH,           /* the local value refuses what the peer sent */
  PL_CFGREL_MISSING_KEY,        /* the config does not set the key; the default refuses */
  PL_CFGREL_CONN_NOT_IN_CONFIG, /* the log names a conn the config lacks */
  PL_CFGREL_CONN_NOT_IN_LOG,    /* the config has a conn the log never names */
} pl_cfg_relation;

typedef struct {
  char *key;    /* canonical ipsec.conf key ("ike", "rightid", ...); NULL for conn-level */
  char *local;  /* effective local value (NULL: unset) */
  char *peer;   /* what the peer sent, as an ipsec.conf value */
  char *common; /* PL_CFGREL_INTERSECTION: the shared proposals */
  pl_cfg_relation rel;
  guint32 cfg_file; /* where the local value is (line 0: unset) */
  guint32 cfg_line;
  guint32 log_source; /* the evidence event's line */
  guint64 log_line;
  char *why; /* one sentence (English; _() in the text view) */
} pl_cfg_finding;

const char *pl_cfg_relation_name(pl_cfg_relation r);
/* Findings for connection c (pl_cfg_finding*, free with g_ptr_array_unref). */
GPtrArray *pl_config_check(const pl_analysis *a, const pl_conn *c, const pl_config *cfg);
/* The config's conns that no connection of the analysis names (char*). */
GPtrArray *pl_config_unused_conns(const pl_analysis *a, const pl_config *cfg);
/* Plain-text rendering of the findings of c, for the text view (empty when
 * there is no config or no finding). */
void pl_config_check_text(const pl_analysis *a, const pl_conn *c, GString *out);
/* The value of a "config" JSON member for c (an object: conn, file, line,
 * findings[]), for -f json; the caller has set the member name. */
struct _JsonBuilder;
void pl_config_check_json(const pl_analysis *a, const pl_conn *c, struct _JsonBuilder *b);

/* --config: the hint of each failed connection's main attempt made
 * definite by the host's conn (what it has, what the log proves the peer
 * sends, the change); called at the end of pl_diagnose().  No-op without
 * --config. */
void pl_config_refine_hints(pl_analysis *a);

/* -f diff (output-formats/diff.c) */
void pl_fmt_diff(const pl_analysis *a, const pl_output_opts *o, GString *out);

/* ---- patching (src/passes/configpatch.c) -------------------------------------- */

typedef struct {
  const char *key;      /* key as it will be written */
  char *value;          /* new value; NULL: the key is left out (warning only) */
  char *comment;        /* evidence, one line, already translated */
  const pl_cfg_kv *old; /* the conn's own line to replace, or NULL (a new line) */
} pl_cfg_change;

/* The changes the log proves for conn `sec` (pl_cfg_change*). */
GPtrArray *pl_config_changes(const pl_analysis *a, const pl_output_opts *o, const pl_conn *c,
                             const pl_config *cfg, const pl_cfg_section *sec);

/* The config setup section to change for canonical KEY: the one that holds
 * its line, else the last one; when the config has none, *scratch made a
 * new one (line 0: written at the top of the first file). */
const pl_cfg_section *pl_config_setup_section(const pl_config *cfg, const char *key, pl_cfg_section *scratch);
/* The config setup changes the log proves (pl_cfg_change*), for `setup`
 * from pl_config_setup_section(cfg, "ikev1-policy", ...): ikev1-policy=accept
 * when the log shows pluto dropping IKEv1 packets because of ikev1-policy.
 * cfg may be NULL (-f conf without --config: a new section). */
GPtrArray *pl_config_setup_changes(const pl_analysis *a, const pl_config *cfg, const pl_cfg_section *setup);

G_END_DECLS
#endif
