/* The sequence model (src/views/seq.c): what the dot and mermaid backends
 * draw, one pl_seq per diagram.
 *
 * A pl_seq is a list of steps in time order between two lifelines (lane 0 =
 * the log's host, lane 1 = its peer; in a pair of logs matched by the
 * correlate pass, lane 1 is the other host).  A step is a message (an
 * arrow) or a note; messages that a log only implies (pluto logs what it
 * sends, and a receive only through what it did next) are marked implied.
 * Both backends draw from this model so they always tell the same story.
 * The views layer: above the passes (it reads the correlation and the
 * diagnosis), below the backends. */
#ifndef PL_SEQ_H
#define PL_SEQ_H

#include "correlate.h"

G_BEGIN_DECLS

/* ---- sequence model --------------------------------------------------- */

typedef enum { PL_STEP_MSG, PL_STEP_NOTE } pl_step_kind;
typedef enum { PL_TONE_PLAIN, PL_TONE_GOOD, PL_TONE_BAD } pl_step_tone;

typedef struct {
  pl_step_kind kind;
  int from, to;      /* lanes 0/1; a note is over lane `from` */
  char *label;       /* headline ("#1 Main Mode I1") */
  GPtrArray *detail; /* char*, extra lines */
  bool implied;      /* inferred receive, not a logged send */
  bool both;         /* pair: seen in both logs */
  guint count;       /* transmissions (1 + retransmissions) or repeats */
  double wait;       /* seconds waited over retransmissions */
  pl_step_tone tone;
  const char *key; /* message identity ("MI1", "N:NO_PROPOSAL_CHOSEN"), static/interned */
  const pl_sa *sa; /* NULL for connection-level */
  int side;        /* 0: from conn[0]'s log, 1: from conn[1]'s log */
  guint32 source;
  guint64 line;
  gint64 time;
} pl_step;

typedef struct {
  const pl_conn *conn[2]; /* conn[1] is NULL for one log */
  char *lane[2];          /* lifeline titles (may hold newlines) */
  char *host[2];          /* the hosts' short names ("west"); host[1] NULL for one log */
  char *title;
  GPtrArray *steps; /* pl_step* */
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
