/* plutolog — shared types: events, timelines, the analysis, the passes.
 *
 * Data flow: reader (lines) -> lexer/parser (one pl_event per pluto line)
 * -> sinks (the timeline pass always; the NDJSON writer for -f events)
 * -> passes over the finished timeline (diagnose, peerconf) -> backends.
 *
 * Memory: an event lives only for the duration of its line unless the
 * timeline keeps a copy (pl_event_copy) as evidence; the timeline keeps a
 * bounded number of SAs and events per connection and folds the rest into
 * counters, so memory does not grow with the size of the log. */
#ifndef PLUTOLOG_H
#define PLUTOLOG_H

#include <glib.h>
#include <stdbool.h>
#include <stdint.h>

/* the base layer under the model (tools/layers.txt): escaping, time
 * formatting (escape.h), the gettext set-up (i18n.h) */
#include "escape.h"
#include "i18n.h"

G_BEGIN_DECLS

/* ---- event kinds and payload fields (X-macro lists) -------------------- */

typedef enum {
#define X(id, name, doc) PL_EV_##id,
#include "events.def"
#undef X
  PL_EV__COUNT
} pl_event_kind;

typedef enum { PL_T_STR, PL_T_INT, PL_T_DBL } pl_field_type;

typedef enum {
#define X(id, name, type) PL_F_##id,
#include "fields.def"
#undef X
  PL_F__COUNT
} pl_field_id;

const char *pl_event_kind_name(pl_event_kind k);
const char *pl_event_kind_doc(pl_event_kind k);
bool pl_event_kind_from_name(const char *name, pl_event_kind *out);
const char *pl_field_name(pl_field_id f);
pl_field_type pl_field_type_of(pl_field_id f);

/* ---- interning --------------------------------------------------------- */

/* Strings that outlive a line (connection names, hosts, state names, IDs,
 * algorithm names) are interned once; the pointer is then the identity. */
const char *pl_intern(const char *s, gssize len);
const char *pl_intern_sanitised(const char *s, gssize len); /* valid UTF-8, no controls */
void pl_intern_reset(void);
/* Changes with every pl_intern_reset(): callers that cache interned
 * pointers (the line driver) check it before reusing one. */
guint pl_intern_generation(void);
/* pl_analysis_new / _free bracket every analysis with these: while a thread
 * has a live analysis its strings are interned in a table of its own
 * (no lock), freed with the thread's last analysis.  So an interned string
 * lives as long as the analyses of the thread that interned it. */
void pl_intern_scope_begin(void);
void pl_intern_scope_end(void);
/* The parallel line path: pl_intern_share(true) marks the calling thread's
 * table as lent (every access then locks it) and returns it; a worker
 * interns into it after pl_intern_adopt(table), which returns the table it
 * had (give it back with pl_intern_adopt(old)).  pl_intern_share(false)
 * once no worker uses it. */
gpointer pl_intern_share(bool on);
gpointer pl_intern_adopt(gpointer table);

/* ---- events ------------------------------------------------------------ */

#define PL_MAX_FIELDS 12
#define PL_PHRASE_WORDS 3 /* 64-bit words of pl_event.phrases */

typedef struct {
  guint16 id;   /* pl_field_id */
  guint16 type; /* pl_field_type */
  union {
    const char *s; /* interned, or owned by the event (see pl_event.owned) */
    gint64 i;
    double d;
  } v;
} pl_field;

typedef enum {
  PL_LINE_PLUTO, /* a pluto message (recognised or not) */
  PL_LINE_DEBUG, /* a pluto debug line ("| ...") */
  PL_LINE_OTHER, /* another program's line, or not a log line */
  PL_LINE_EMPTY,
} pl_line_class;

typedef struct pl_event {
  pl_event_kind kind;
  guint32 source;       /* index into pl_analysis.sources */
  guint64 line;         /* 1-based line number in that source */
  gint64 time;          /* microseconds since the epoch (UTC), -1 if none */
  const char *host;     /* interned; NULL when the prefix has none */
  const char *prog;     /* interned program name ("pluto") */
  gint64 pid;           /* -1 when the prefix has none */
  const char *conn;     /* interned connection name, NULL for none */
  const char *instance; /* interned "[1]" / "[1][2]", NULL for none */
  const char *peer;     /* interned peer address after the instance */
  gint64 serial;        /* #N, 0 for none */
  const char *rc;       /* whack result code ("002", "1v2"), NULL if none */
  guint32 repeat;       /* rsyslog "message repeated N times", else 1 */
  guint8 nfields;
  bool owned;                       /* text and string fields are heap copies owned here */
  guint16 block64;                  /* a pl_event_copy block: its size in 64-byte units (0: not
                        * recorded); internal to pl_event_copy_into */
  bool phrases_known;               /* phrases[] is filled (on the first PL_PH()) */
  bool raw_plain;                   /* a pl_event_copy_raw block whose text and strings are printable ASCII */
  guint32 raw_size;                 /* a pl_event_copy_raw block: its size (0: not one) */
  guint64 phrases[PL_PHRASE_WORDS]; /* the phrases of include/phrases.def the text
                                     * contains (grammar/phrases.c; PL_PH()) */
  const char *text;                 /* message text after the object prefix (owned copy when kept) */
  gsize text_len;
  /* last: a kept copy (pl_event_copy) allocates only the nfields it uses */
  pl_field f[PL_MAX_FIELDS];
} pl_event;

void pl_event_set_str(pl_event *ev, pl_field_id id, const char *s, gssize len);
void pl_event_set_int(pl_event *ev, pl_field_id id, gint64 v);
void pl_event_set_dbl(pl_event *ev, pl_field_id id, double v);
const char *pl_event_str(const pl_event *ev, pl_field_id id);
bool pl_event_int(const pl_event *ev, pl_field_id id, gint64 *out);
gint64 pl_event_int_or(const pl_event *ev, pl_field_id id, gint64 dflt);
bool pl_event_dbl(const pl_event *ev, pl_field_id id, double *out);
pl_event *pl_event_copy(const pl_event *ev);
/* Like pl_event_copy, reusing old (a copy that is being dropped; NULL for
 * none) when its block is big enough, else freeing it. */
pl_event *pl_event_copy_into(pl_event *old, const pl_event *ev);
/* pl_event_copy_into when the caller knows ev->text is printable ASCII
 * (text_plain: it lies in a line pl_text_plain accepted): not scanned again. */
pl_event *pl_event_copy_hint(pl_event *old, const pl_event *ev, bool text_plain);
/* A byte-exact copy (text and string fields as they are, no cleaning) in
 * one block from ALLOC (a multiple of 8 bytes) that the caller frees; not
 * for pl_event_free.  The parallel line path hands events on with it; a
 * copy of it (pl_event_copy_hint) is then one memcpy when all its text is
 * plain (TEXT_PLAIN: ev->text is known to be). */
pl_event *pl_event_copy_raw(const pl_event *ev, bool text_plain, void *(*alloc)(gpointer user, gsize size),
                            gpointer user);
/* s[0..n) is printable ASCII (0x20..0x7e): copied and printed as is. */
bool pl_text_plain(const char *s, gsize n);
void pl_event_free(pl_event *ev);

/* ---- input problems ---------------------------------------------------- */

typedef struct {
  guint32 source;
  guint64 line; /* 0 = the whole source */
  char *message;
} pl_diag;

/* ---- statistics -------------------------------------------------------- */

typedef struct {
  guint64 lines, pluto, recognised, unrecognised, debug, other, empty;
  guint64 truncated, nul_lines, invalid_utf8, crlf;
  guint64 kinds[PL_EV__COUNT];
  /* Continuation lines of a hard-wrapped pluto line (a pasted log) that the
   * driver joined to the line before: each is ALSO counted in `other`, so
   * lines == pluto + other still holds and joined <= other.  The joined
   * line's event replaces the first part's (kind and counts adjusted). */
  guint64 joined;
  /* pluto lines cut short by the end of the input (a paste that stops in
   * the middle of a line): not in recognised nor unrecognised, so
   * pluto == recognised + unrecognised + cut + debug (src/passes/unknown.c) */
  guint64 cut;
} pl_stats;

/* ---- timeline ---------------------------------------------------------- */

/* Roles and exchanges (include/roles.def, include/exchanges.def): the model
 * holds the enums, the JSON names come from the tables
 * (src/core/exchanges.c).  0 is "not known" / "no exchange" (JSON null). */
typedef enum {
  PL_ROLE_UNKNOWN = 0,
#define ROLE(id, name) PL_ROLE_##id,
#include "roles.def"
#undef ROLE
  PL_ROLE_N
} pl_role;
typedef enum {
  PL_EXCHANGE_NONE = 0,
#define EXCHANGE(id, name, pluto, mode, child) PL_EXCHANGE_##id,
#include "exchanges.def"
#undef EXCHANGE
  PL_EXCHANGE_N
} pl_exchange;
/* JSON names: NULL for PL_ROLE_UNKNOWN / PL_EXCHANGE_NONE. */
const char *pl_role_name(pl_role r);
const char *pl_exchange_name(pl_exchange x);
/* The enum of a JSON name; UNKNOWN / NONE for NULL or a name not listed. */
pl_role pl_role_of(const char *name);
pl_exchange pl_exchange_of(const char *name);
/* The event's "role" / "exchange" field as an enum (UNKNOWN / NONE: none). */
pl_role pl_event_role(const pl_event *ev);
pl_exchange pl_event_exchange(const pl_event *ev);
/* How pluto's messages name the exchange ("Main Mode", "IKE_SA_INIT"), else
 * its JSON name; NULL for PL_EXCHANGE_NONE. */
const char *pl_exchange_pluto_name(pl_exchange x);
/* The mode of an SA first seen in the exchange (exchanges.def). */
pl_exchange pl_exchange_mode(pl_exchange x);
/* Quick Mode, CREATE_CHILD_SA or a child's exchange: it negotiates a Child SA. */
bool pl_exchange_child(pl_exchange x);

typedef struct pl_conn pl_conn;

typedef struct pl_sa {
  gint64 serial;
  bool is_ike;     /* IKE/ISAKMP SA (phase 1) vs Child/IPsec SA */
  bool kind_known; /* is_ike was decided by evidence, not guessed */
  pl_role role;
  int ike_version;        /* 0 unknown, 1, 2 */
  pl_exchange mode;       /* MAIN | AGGRESSIVE | QUICK | IKEV2 | CHILD, NONE unknown */
  gint64 parent;          /* serial of the IKE SA it uses, 0 none */
  gint64 replaces;        /* serial it replaces, 0 none */
  const char *last_state; /* interned */
  bool established;
  bool deleted;
  bool failed; /* a timeout / fatal error / reject was logged */
  guint64 first_line, last_line;
  guint32 source;
  gint64 first_time, last_time;
  guint32 n_events;  /* all events of this SA, kept or not */
  GPtrArray *events; /* pl_event* copies, at most PL_SA_MAX_EVENTS */
  guint32 dropped;   /* events not kept */
  pl_conn *conn;
  gint64 bytes_in, bytes_out; /* from traffic lines, -1 unknown */
  gpointer index_key;         /* its key in pl_analysis.sa_index (owned by the index) */
  GList *fifo_link;           /* its place in pl_analysis.sa_fifo */
} pl_sa;

#define PL_SA_MAX_EVENTS 48
#define PL_CONN_MAX_SAS 24
#define PL_CONN_MAX_EVENTS 24
/* All SAs of all connections together keep at most this many events; past
 * it, the SA created longest ago is folded, whichever connection it is in.
 * About 430 bytes each: 30 000 keep one analysis near 30 MB, and two batch
 * jobs (-j 2) with the program itself under 64 MB. */
#define PL_MAX_KEPT_EVENTS 30000
/* Connections kept in detail.  Past it, the instance connection (a road
 * warrior's "rw"[N]) created longest ago is folded into the counters of its
 * template connection ("rw"), so a server with a million clients in its log
 * still fits in bounded memory.  Connections without an instance are never
 * folded. */
#define PL_MAX_CONNS 4096
/* When PL_MAX_CONNS connections are kept and none is an instance to fold, the
 * events of further connection names go to one connection of this name per
 * host (its folded_names counts the names). */
#define PL_OTHER_CONNS "(other connections)"

/* Verdicts and stages of a diagnosis (include/verdicts.def, stages.def):
 * the JSON names and the labels (msgids, translate with _()) come from the
 * tables (src/core/analysis.c).  0 is "none": not diagnosed, no stage. */
typedef enum {
  PL_VERDICT_NONE = 0,
#define VERDICT(id, name, label) PL_VERDICT_##id,
#include "verdicts.def"
#undef VERDICT
  PL_VERDICT_N
} pl_verdict;
typedef enum {
  PL_STAGE_NONE = 0,
#define STAGE(id, name, label) PL_STAGE_##id,
#include "stages.def"
#undef STAGE
  PL_STAGE_N
} pl_stage;
/* JSON names: NULL for PL_VERDICT_NONE / PL_STAGE_NONE. */
const char *pl_verdict_name(pl_verdict v);
const char *pl_stage_name(pl_stage s);
/* Labels (msgids): "unknown" for PL_VERDICT_NONE, "none" for PL_STAGE_NONE. */
const char *pl_verdict_label(pl_verdict v);
const char *pl_stage_label(pl_stage s);
/* The stage of a JSON name, PL_STAGE_NONE when it names none. */
pl_stage pl_stage_from_name(const char *name);

/* Results of the diagnose pass (filled later; all strings interned or owned). */
typedef struct {
  pl_verdict verdict; /* NONE until diagnosed */
  pl_stage stage;     /* stage reached-and-failed or last reached */
  pl_stage reached;   /* last stage passed */
  const char *reason; /* stable reason code */
  char *summary;
  char *hint;
  GArray *evidence; /* of pl_evidence */
} pl_diagnosis;

typedef struct {
  guint32 source;
  guint64 line;
} pl_evidence;

struct pl_conn {
  const char *name;     /* interned; "" for host-level events without a connection */
  const char *instance; /* interned or NULL */
  const char *host;     /* interned or NULL */
  const char *local;    /* interned or NULL */
  const char *peer;     /* interned or NULL */
  int ike_version;      /* 0 unknown */
  pl_exchange mode;     /* MAIN | AGGRESSIVE | IKEV2 | NONE */
  pl_role role;         /* role of the most recent IKE SA */
  guint32 source;       /* first source that mentioned it */
  guint64 first_line;
  GPtrArray *sas;    /* pl_sa*, kept ones, in order of first appearance */
  GPtrArray *events; /* connection-level events (no serial), bounded */
  guint32 dropped_events;
  /* folded history: SAs no longer kept */
  guint32 folded_sas, folded_established, folded_failed;
  guint32 n_sas; /* all SAs ever seen */
  /* a template connection: its instances no longer kept (PL_MAX_CONNS) */
  guint32 folded_instances, folded_inst_established, folded_inst_failed;
  guint32 folded_names; /* PL_OTHER_CONNS: how many connection names it holds */
  guint64 folded_inst_first_line, folded_inst_last_line;
  guint64 last_line; /* the last line of any of its events */
  GList *inst_link;  /* an instance: its place in pl_analysis.inst_fifo */
  pl_diagnosis diag;
  gpointer peerconf; /* owned by the peerconf pass */
  GDestroyNotify peerconf_free;
  gpointer diag_extra; /* owned by the diagnose pass (per-attempt results) */
  GDestroyNotify diag_extra_free;
};

/* ---- the analysis ------------------------------------------------------ */

typedef struct {
  char *name; /* as given on the command line / archive member path */
  guint64 lines;
} pl_source;

typedef struct pl_analysis pl_analysis;
typedef void (*pl_event_sink)(const pl_event *ev, gpointer user);
/* Sees every input line, whatever its class; ev is NULL unless cls is
 * PL_LINE_PLUTO (then it is the line's event, valid during the call). */
typedef void (*pl_line_sink)(guint32 source, guint64 lineno, const char *line, gsize len, pl_line_class cls,
                             const pl_event *ev, gpointer user);

struct pl_analysis {
  GPtrArray *sources; /* pl_source* */
  pl_stats stats;
  GPtrArray *conns;       /* pl_conn*, in order of first appearance */
  GHashTable *conn_index; /* key -> pl_conn* */
  GHashTable *sa_index;   /* "host|pid|serial" key -> pl_sa* */
  GPtrArray *diags;       /* pl_diag* */
  guint64 max_diags;
  int default_year;
  /* optional extra consumer of every event (e.g. the NDJSON writer) */
  pl_event_sink sink;
  gpointer sink_user;
  pl_line_sink line_sink;
  gpointer line_sink_user;
  /* filters */
  char **only_conns;          /* NULL = all */
  GHashTable *conns_left_out; /* names -c left out (set), to list when none matched */
  gint64 since, until;        /* --since/--until (µs, UTC): later/earlier events are not analysed; 0 none */
  char **only_peers;          /* --peer: only connections with one of these peer addresses; NULL all */
  bool keep_unknown_text;     /* keep raw text of unknown lines as evidence */
  gpointer priv;              /* parser/lexer state */
  GQueue sa_fifo;             /* kept SAs, oldest first (for the global budget) */
  GQueue sa_done;             /* kept SAs deleted or failed, in the order they ended (folded first) */
  GQueue inst_fifo;           /* kept instance connections, oldest first (PL_MAX_CONNS) */
  guint64 kept_events;        /* events kept by all SAs */
  gpointer correlation;       /* owned by the correlate pass (two hosts) */
  GDestroyNotify correlation_free;
  /* unrecognised lines by shape (grammar/unknown.c), collected by the line
   * driver only when collect_unknown is set (--unknown, --strict) */
  bool collect_unknown;
  gpointer unknown;
  GDestroyNotify unknown_free;
  /* the last unrecognised pluto line, while it may turn out cut short */
  struct {
    bool set;
    guint32 source;
    guint64 line, joined;
  } cut_cand;
  bool line_plain; /* the line being fed is printable ASCII (set per line) */
  /* the timeline's last connection and SA lookups (src/core/timeline.c): most
   * lines name the same ones as the line before */
  struct {
    const void *host, *name, *instance;
    gint64 source;
    pl_conn *conn;
    const void *sa_host;
    gint64 sa_proc, sa_serial;
    struct pl_sa *sa;
  } tl_last;
};

pl_analysis *pl_analysis_new(void);
void pl_analysis_free(pl_analysis *a);
/* Registers a source; returns its id. */
guint32 pl_analysis_add_source(pl_analysis *a, const char *name);
/* The one naming of a source (src/core/analysis.c): its name as given (a
 * path, "-", "archive.tar.gz:member"), "?" for an id it does not know. */
const char *pl_source_name(const pl_analysis *a, guint32 source);
/* The same after its last '/' (no allocation): -f conf's comments. */
const char *pl_source_base(const pl_analysis *a, guint32 source);
/* Feeds one line (without its newline; may contain NUL bytes / CR). */
void pl_analysis_feed_line(pl_analysis *a, guint32 source, guint64 lineno, const char *line, gsize len);
/* Reads a whole stream of bytes as lines. Returns false on read error. */
bool pl_analysis_feed_fd(pl_analysis *a, guint32 source, int fd, GError **err);
bool pl_analysis_feed_bytes(pl_analysis *a, guint32 source, const char *buf, gsize len);
/* Ends the input: finishes the timeline and runs the passes. */
void pl_analysis_finish(pl_analysis *a);
/* Parses lines on JOBS threads (src/core/pipeline.c) while this one keeps
 * reading and analyses them in order: the result is the same as one job's.
 * Call before the first line; does nothing for JOBS < 2 or a line sink. */
void pl_analysis_set_jobs(pl_analysis *a, int jobs);
void pl_analysis_diag(pl_analysis *a, guint32 source, guint64 line, const char *fmt, ...) G_GNUC_PRINTF(4, 5);

/* Connections in output order (sorted by host, name, instance). */
GPtrArray *pl_analysis_sorted_conns(const pl_analysis *a);

/* Keys of the timeline's indexes: interned pointers and numbers, hashed
 * without formatting a string per event. */
typedef struct {
  const void *p1, *p2, *p3;
  gint64 n1, n2;
} pl_key;
guint pl_key_hash(gconstpointer k);
gboolean pl_key_equal(gconstpointer a, gconstpointer b);

/* The timeline pass (src/core/timeline.c). */
void pl_timeline_event(pl_analysis *a, const pl_event *ev);
void pl_timeline_finish(pl_analysis *a);
/* Replaces the kept copy of the event of (ev->source, ev->line) by ev: the
 * driver re-parsed that line joined with its continuation.  Returns false
 * when the timeline kept no such event (filtered, folded or dropped). */
bool pl_timeline_amend(pl_analysis *a, const pl_event *ev);
/* -c NAME: remembers a connection name the filter left out, and, after the
 * run, the message for -c names that matched nothing (NULL when one did):
 * it lists the names the input has. */
void pl_timeline_left_out(pl_analysis *a, const char *name);
char *pl_conns_unmatched(const pl_analysis *a);
/* --since, --until (NULL: none) and --peer (repeatable, NULL: none): sets
 * the analysis's filters; false with *err when a time does not parse.
 * Times: 2026-11-27, 2026-11-27T19:01, "2026-11-27 19:01:02" (UTC, as the
 * log's own time stamps are read). */
bool pl_timeline_filters(pl_analysis *a, const char *since, const char *until, char **peers, GError **err);
void pl_conn_free(pl_conn *c);
pl_sa *pl_conn_find_sa(const pl_conn *c, gint64 serial);
/* The time of the connection's last event kept (µs), -1 when none has one. */
gint64 pl_conn_last_time(const pl_conn *c);
/* "2026-11-27 19:01:18" (UTC) for a time from a log, "-" for none. */
void pl_format_when(GString *out, gint64 t);

/* The passes after the timeline (src/passes/diagnose.c, src/passes/peerconf.c,
 * src/passes/correlate.c), run by pl_analysis_finish in this order. */
void pl_diagnose(pl_analysis *a);
void pl_peerconf(pl_analysis *a);
/* The correlate pass: stores the result in a->correlation (run after the timeline). */
void pl_correlate(pl_analysis *a);

/* ---- line classification (src/parse.c) -------------------------------- */

typedef struct pl_parser pl_parser;
pl_parser *pl_parser_new(pl_analysis *a);
void pl_parser_free(pl_parser *p);
/* Parses one line; calls pl_parser_emit() for its event. Returns the class. */
pl_line_class pl_parser_line(pl_parser *p, guint32 source, guint64 lineno, char *buf, gsize len);
/* The event of the last line parsed (valid until the next line). */
const pl_event *pl_parser_event(const pl_parser *p);
/* End of the input: what the parser still holds (plutodebug facts) goes out. */
void pl_parser_finish(pl_parser *p);
/* What a line does to the analysis beyond its event, in the order the
 * sequential parser does it inside pl_parser_line: the --unknown note and
 * the plutodebug assembler (MSG..MSG_END: a debug line's text).  Called by
 * the consumer of the parallel line path for each parsed line. */
void pl_parser_effects(pl_parser *p, pl_analysis *a, pl_line_class cls, const pl_event *ev, const char *msg,
                       const char *msg_end);
/* A parser of the parallel line path (src/core/pipeline.c) leaves the
 * analysis alone: a diagnostic and a line re-parsed with its continuation
 * (OLD: the kind it had) go to these hooks, the effects are left to the
 * caller, and the year of a time stamp without one is set per line. */
typedef struct {
  void (*diag)(gpointer user, guint32 source, guint64 line, const char *msg);
  void (*amend)(gpointer user, const pl_event *ev, pl_event_kind old);
  gpointer user;
} pl_parser_hooks;
void pl_parser_set_hooks(pl_parser *p, const pl_parser_hooks *h);
void pl_parser_set_year(pl_parser *p, int year);
/* The last line's text was decoded (a JSON record, forum markup): it is not
 * the line's bytes, so its plainness is not the line's. */
bool pl_parser_unwrapped(const pl_parser *p);
/* The line cannot continue the one before (it has a log prefix of its own,
 * or is markup): a parser starts it the same whatever it read before. */
bool pl_parser_fresh_start(const char *line, gsize len);
/* The last line may be continued by the next one (a wrapped line). */
bool pl_parser_join_pending(const pl_parser *p);
/* Gives TO the pending continuation state of FROM (NULL: none pending). */
void pl_parser_join_copy(pl_parser *to, const pl_parser *from);
/* A line joined with its continuation replaces the kept event of its first
 * part (OLD: the kind it had): the counts follow (src/core/analysis.c). */
void pl_analysis_amend(pl_analysis *a, const pl_event *ev, pl_event_kind old);

/* ---- output ------------------------------------------------------------ */

typedef struct {
  const char *lang; /* "en" or "zh_TW" */
  bool color;
  bool redact;
  const char *title; /* report title (markdown) */
  int target;        /* -f conf: Libreswan major version to write for (0 = from the log) */
  /* When set, a backend may hand what it has written so far to flush() (which
   * writes it out) and go on with an empty buffer: the document of an
   * analysis with many connections then never sits whole in memory. */
  void (*flush)(GString *out, gpointer user);
  gpointer flush_user;
} pl_output_opts;

/* Hands out to o->flush and empties it when it holds more than 64 kB. */
void pl_output_flush(const pl_output_opts *o, GString *out);

typedef void (*pl_backend_fn)(const pl_analysis *a, const pl_output_opts *o, GString *out);

typedef struct {
  const char *name;
  const char *ext; /* file extension in batch mode */
  pl_backend_fn emit;
  const char *doc;
} pl_format;

const pl_format *pl_format_find(const char *name);
const pl_format *pl_formats(gsize *n);

#define PL_FORMAT_DECL(fn) void fn(const pl_analysis *a, const pl_output_opts *o, GString *out);
PL_FORMAT_DECL(pl_fmt_text)
PL_FORMAT_DECL(pl_fmt_markdown)
PL_FORMAT_DECL(pl_fmt_conf)
PL_FORMAT_DECL(pl_fmt_dot)
PL_FORMAT_DECL(pl_fmt_mermaid)
PL_FORMAT_DECL(pl_fmt_json)
PL_FORMAT_DECL(pl_fmt_events) /* whole-analysis form; streaming uses pl_events_line */
PL_FORMAT_DECL(pl_fmt_annotate)

/* One NDJSON line for one event (used by the streaming -f events sink). */
void pl_events_line(const pl_analysis *a, const pl_event *ev, GString *out);

G_END_DECLS

#endif
