/* Two hosts, one picture: the correlate pass.  The sequence model that
 * the dot and mermaid backends draw is in seq.h (src/views/seq.c).
 *
 * correlate: given the logs of both peers in one analysis, pairs each
 * connection of one host with the connection of the other host that talks
 * to it, and inside a pair, SA with SA.  Evidence, strongest first: ESP/AH
 * SPIs seen inverted (our ESP=>0xA <0xB is their ESP=>0xB <0xA), Quick Mode
 * msgids, addresses (our local is their peer), complementary roles close in
 * time, connection names.  Every match says which evidence made it.
 */
#ifndef PL_CORRELATE_H
#define PL_CORRELATE_H

#include "plutolog.h"
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* ---- correlation ------------------------------------------------------ */

typedef struct {
  const pl_sa *a, *b;
  const char *by; /* spi | msgid | parent | time (static strings) */
} pl_sa_match;

typedef struct {
  const pl_conn *a, *b; /* a sorts before b */
  int score;
  char *by;    /* evidence words, comma separated: "spi,msgid,address,name" */
  GArray *sas; /* of pl_sa_match, in a's order */
} pl_conn_match;

typedef struct {
  GPtrArray *pairs; /* pl_conn_match*, in output order of a */
  guint hosts;      /* distinct hosts seen */
  /* The connections as drawn, in output order.  A connection the timeline
   * built from several logs that carry no host name (pluto's own logfile=
   * format) is split here into one view per log: two peers' logs both say
   * "test" but are two ends of the tunnel. */
  GPtrArray *units; /* const pl_conn* */
  GPtrArray *views; /* pl_conn* owned here (the split ones) */
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
/* "192.0.2.1:500" -> "192.0.2.1"; an address with more than one ':'
 * (IPv6) stays whole.  g_free the result. */
char *pl_addr_only(const char *s);
/* Adds the member "correlation" (an array) to an open JSON object. */
void pl_correlation_json(const pl_analysis *a, JsonBuilder *b);

G_END_DECLS

#endif
