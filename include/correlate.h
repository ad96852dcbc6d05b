/* Two hosts, one picture: the correlate pass and the sequence model that
 * the dot and mermaid backends draw.
 *
 * correlate: given the logs of both peers in one analysis, pairs each
 * connection of one host with the connection of the other host that talks
 * to it, and inside a pair, SA with SA.  Evidence, strongest first: ESP/AH
 * SPIs seen inverted (our ESP=>0xA <0xB is their ESP=>0xB <0xA), Quick Mode
 * msgids, addresses (our local is their peer), complementary roles close in
 * time, connection names.  Every match says which evidence made it.
 *
 * sequence model: one pl_seq per diagram, a list of steps in time order
 * between two lifelines (lane 0 = the log's host, lane 1 = its peer; in a
 * pair, lane 1 is the other host).  A step is a message (an arrow) or a
 * note; messages that a log only implies (pluto logs what it sends, and a
 * receive only through what it did next) are marked implied.  Both
 * backends draw from this model so they always tell the same story. */
#ifndef PL_CORRELATE_H
#define PL_CORRELATE_H

#include "plutolog.h"
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* ---- correlation ------------------------------------------------------ */

typedef struct {
  const pl_sa *a, *b;
  const char *by;       /* spi | msgid | parent | time (static strings) */
} pl_sa_match;

typedef struct {
  const pl_conn *a, *b; /* a sorts before b */
  int score;
  char *by;             /* evidence words, comma separated: "spi,msgid,address,name" */
  GArray *sas;          /* of pl_sa_match, in a's order */
} pl_conn_match;

typedef struct {
  GPtrArray *pairs;     /* pl_conn_match*, in output order of a */
  guint hosts;          /* distinct hosts seen */
  /* The connections as drawn, in output order.  A connection the timeline
   * built from several logs that carry no host name (pluto's own logfile=
   * format) is split here into one view per log: two peers' logs both say
   * "test" but are two ends of the tunnel. */
  GPtrArray *units;     /* const pl_conn* */
  GPtrArray *views;     /* pl_conn* owned here (the split ones) */
} pl_correlation;

/* Computes the correlation of an analysis (pure; the caller frees). */
pl_correlation *pl_correlation_compute(const pl_analysis *a);
void pl_correlation_free(pl_correlation *c);
/* The pass, pl_correlate(a), is declared with the others in plutolog.h. */
/* a->correlation when the pass ran, else a fresh one put in *tmp (free it). */
const pl_correlation *pl_correlation_get(const pl_analysis *a, pl_correlation **tmp);
/* The match of a connection, or NULL. */
const pl_conn_match *pl_correlation_find(const pl_correlation *c, const pl_conn *conn);
/* The SA matched with sa (on the other host), or NULL. */
const pl_sa *pl_correlation_sa(const pl_conn_match *m, const pl_sa *sa);
/* Adds the member "correlation" (an array) to an open JSON object. */
void pl_correlation_json(const pl_analysis *a, JsonBuilder *b);

/* ---- sequence model --------------------------------------------------- */

typedef enum { PL_STEP_MSG, PL_STEP_NOTE } pl_step_kind;
typedef enum { PL_TONE_PLAIN, PL_TONE_GOOD, PL_TONE_BAD } pl_step_tone;

typedef struct {
  pl_step_kind kind;
  int from, to;         /* lanes 0/1; a note is over lane `from` */
  char *label;          /* headline ("#1 Main Mode I1") */
  GPtrArray *detail;    /* char*, extra lines */
  bool implied;         /* inferred receive, not a logged send */
  bool both;            /* pair: seen in both logs */
  guint count;          /* transmissions (1 + retransmissions) or repeats */
  double wait;          /* seconds waited over retransmissions */
  pl_step_tone tone;
  const char *key;      /* message identity ("MI1", "N:NO_PROPOSAL_CHOSEN"), static/interned */
  const pl_sa *sa;      /* NULL for connection-level */
  int side;             /* 0: from conn[0]'s log, 1: from conn[1]'s log */
  guint32 source;
  guint64 line;
  gint64 time;
} pl_step;

typedef struct {
  const pl_conn *conn[2]; /* conn[1] is NULL for one log */
  char *lane[2];          /* lifeline titles (may hold newlines) */
  char *host[2];          /* the hosts' short names ("west"); host[1] NULL for one log */
  char *title;
  GPtrArray *steps;       /* pl_step* */
} pl_seq;

/* One diagram per connection, or per matched pair; in output order.
 * Connections with nothing to draw are left out.  The diagrams may point
 * into a correlation computed for them: free *tmp after the array. */
GPtrArray *pl_seq_all(const pl_analysis *a, pl_correlation **tmp);
pl_seq *pl_seq_for_conn(const pl_analysis *a, const pl_conn *c);
pl_seq *pl_seq_for_pair(const pl_analysis *a, const pl_conn_match *m);
void pl_seq_free(pl_seq *s);
/* "×8, 63.5 s" style suffix for a repeated step (empty when count <= 1). */
void pl_step_repeat(const pl_step *st, GString *out);
/* The legend text of a connection's diagnosis, lines separated by '\n'. */
char *pl_seq_legend(const pl_conn *c);

/* One Mermaid sequenceDiagram for one connection (for embedding in Markdown). */
void pl_mermaid_seq(const pl_seq *s, GString *out);

G_END_DECLS

#endif
