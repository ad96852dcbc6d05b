/* The diagnose pass: per-attempt results behind pl_conn.diag.
 *
 * pl_diagnose() fills c->diag with English text (the JSON contract) and
 * hangs a pl_diag_detail on c->diag_extra.  The detail keeps the sentence
 * templates and their arguments, so the text and Markdown backends can
 * render them in the report language chosen after the analysis ran.
 *
 * Templates use numbered placeholders {1}..{4} instead of printf
 * conversions: a translation may reorder them, and a log value can never
 * be read as a conversion. */
#ifndef PL_DIAGNOSE_H
#define PL_DIAGNOSE_H

#include "plutolog.h"
#include "i18n.h"

G_BEGIN_DECLS

/* Reason codes (include/reasons.def): the JSON name and its meaning. */
typedef enum {
  PL_REASON_NONE = 0,
#define REASON(id, name, meaning) PL_REASON_##id,
#include "reasons.def"
#undef REASON
  PL_REASON_N
} pl_reason;
const char *pl_reason_name(pl_reason r);
const char *pl_reason_meaning(pl_reason r);

/* The ladder of DESIGN.md, in order. */
#define PL_LADDER_N 7
extern const pl_stage pl_ladder[PL_LADDER_N];

typedef enum { PL_MARK_NOT_REACHED = 0, PL_MARK_PASSED, PL_MARK_FAILED } pl_mark;

#define PL_MSG_ARGS 4
typedef struct {
  const char *fmt;         /* English template (a msgid), NULL for none */
  char *args[PL_MSG_ARGS]; /* owned, may be NULL */
} pl_msg;

/* One line of a note: extra sentences (older-version remarks, history). */
typedef struct {
  const char *label;  /* msgid: "peer ID", "refused phase-1 transform" ... */
  char *value;        /* owned */
  const pl_event *ev; /* proving line, or NULL */
} pl_peer_fact;

typedef struct {
  gint64 serial; /* the IKE SA (or first SA) of the attempt */
  guint32 source;
  guint64 first_line;
  pl_verdict verdict;
  pl_stage stage, reached;
  const char *reason;
  pl_mark marks[PL_LADDER_N];
  bool rekey;                   /* the attempt replaces an earlier SA */
  bool needs_peer_log;          /* only the peer's log can tell which stage */
  const pl_event *cause_ev;     /* the line that decided the verdict, or NULL */
  gint64 first_time, last_time; /* span of its SAs (microseconds), -1 unknown */
  /* Filled when the other host's log (same run) explains this attempt: */
  char *peer_log;                       /* that log's host name or file name */
  pl_msg peer_hint;                     /* the change, in the peer's configuration terms */
  bool interrupted;                     /* cut short by a local shutdown / ipsec down */
  bool revived;                         /* ended, and pluto started the connection again */
  pl_stage candidates[PL_LADDER_N + 2]; /* PL_STAGE_NONE-terminated */
  pl_msg summary, hint;
  GPtrArray *notes;    /* pl_msg*, extra sentences */
  GPtrArray *evidence; /* const pl_event* (owned by the SAs/conn) */
} pl_attempt;

typedef struct {
  GPtrArray *attempts; /* pl_attempt*, in log order */
  pl_attempt *main;    /* the attempt the verdict is taken from (or NULL) */
  GPtrArray *facts;    /* pl_peer_fact*: what the log shows of the peer */
  guint n_failed, n_established;
} pl_diag_detail;

/* The detail of a diagnosed connection, or NULL. */
const pl_diag_detail *pl_diag_detail_of(const pl_conn *c);
/* The label (msgid) of the host's pseudo-connection (name NULL) by what
 * its diagnosis is about: the daemon, the configuration, or packets that
 * matched no connection. */
const char *pl_host_conn_label(const pl_conn *c);

/* Renders a template; translate=true runs it through gettext first. */
char *pl_msg_render(const pl_msg *m, bool translate);
/* "N lines: N pluto (N recognised, N not recognised)." in the output language */
char *pl_stats_sentence(const pl_stats *st);
/* "N older instances ... established, failed" for a template connection
 * whose instances were folded (PL_MAX_CONNS), NULL when none were. */
char *pl_folded_instances_sentence(const pl_conn *c);

/* Human labels (msgids) for stages and verdicts: pl_stage_label and
 * pl_verdict_label (plutolog.h, from include/stages.def, verdicts.def). */

/* The connection whose diagnosis best answers "what happened" for a log:
 * the first failed one, else partial, else established, else any. */
const pl_conn *pl_diagnose_primary(const pl_analysis *a);

/* The answer for the whole log: result is PL_OUTCOME_STAGE with the stage
 * (the first failing connection's, or the host's: no-connection,
 * ike-version; PL_STAGE_DELETED when the tunnel was deleted,
 * PL_STAGE_UNKNOWN when the failure's stage is not known), or one of
 * include/outcomes.def: established, in-progress (the log ends before any
 * result) or none (no negotiation at all); conn is the connection it is
 * about (the host's pseudo-connection, name NULL, for host-level results),
 * or NULL. */
typedef enum {
#define OUTCOME(id, name) PL_OUTCOME_##id,
#include "outcomes.def"
#undef OUTCOME
  PL_OUTCOME_STAGE
} pl_outcome_result;
typedef struct {
  pl_outcome_result result;
  pl_stage stage; /* PL_OUTCOME_STAGE: which stage */
  const pl_conn *conn;
} pl_outcome;
pl_outcome pl_diagnose_outcome(const pl_analysis *a);
/* The JSON name of the result: the stage's name, or the row's of outcomes.def. */
const char *pl_outcome_name(const pl_outcome *o);

/* The peer's settings (c->peerconf) as a GFM table, for -f markdown
 * (output-formats/peerconf-md.c). */
void pl_peerconf_markdown(const pl_analysis *a, const pl_conn *c, GString *out);

G_END_DECLS

#endif
