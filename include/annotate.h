/* -f annotate: the field guide's own view.  The input is reproduced line
 * for line with its original line numbers; under every line that matters
 * comes a note in the guide's arrow style, saying what the line means,
 * which side sent what (initiator/responder), which ladder stage it
 * belongs to and what it reveals about the peer.  Noise (debug lines,
 * other programs, pluto start-up, repeated retransmissions and
 * notifications) is folded into one note with a count.  The diagnosis of
 * every connection closes the view.
 *
 * A backend only sees the finished analysis, so the per-line part is made
 * while reading, by a line sink:
 *
 *   pl_analysis *a = pl_analysis_new();
 *   pl_annotate_begin(a, &o, out);     // out: the FILE* the report goes to
 *   ... read the inputs ...
 *   pl_analysis_finish(a);
 *   pl_fmt_annotate(a, &o, s);         // s gets what is still due: the summary
 *   fwrite(s->str, 1, s->len, out);
 *   pl_annotate_end(a);
 *
 * With a stream, each line is written as soon as it is read, so memory
 * does not grow with the input.  With stream == NULL the whole view is
 * kept in memory and pl_fmt_annotate returns all of it (tests, batch). */
#ifndef PL_ANNOTATE_H
#define PL_ANNOTATE_H

#include "plutolog.h"

#include <stdio.h>

G_BEGIN_DECLS

/* What a note is about.  Every note about one of these starts with the
 * topic's label (translated), so a reader — or a test — can find it. */
typedef enum {
  PL_ANN_NONE = 0,
  PL_ANN_PEER_ADDR,   /* the peer's address, NAT */
  PL_ANN_PEER_ID,     /* the ID the peer sends */
  PL_ANN_P1,          /* the peer's phase 1 algorithms */
  PL_ANN_P2,          /* the peer's phase 2 algorithms, SPIs */
  PL_ANN_SUBNETS,     /* the subnets (traffic selectors) */
  PL_ANN_ESTABLISHED, /* a phase is up */
  PL_ANN_FAILURE,     /* the line is a cause of failure */
  PL_ANN_LIFETIME,    /* how long an SA lived, lifetimes */
  PL_ANN_OURS,        /* this side's own settings */
  PL_ANN__COUNT
} pl_ann_topic;

/* The label of a topic, untranslated (a msgid: pass it through _()). */
const char *pl_ann_topic_label(pl_ann_topic t);

/* Installs the line sink on a, before any line is read.  stream: where
 * each annotated line goes as soon as it is read (NULL = keep in memory).
 * o is copied; its strings must outlive the analysis. */
void pl_annotate_begin(pl_analysis *a, const pl_output_opts *o, FILE *stream);
/* Removes the sink and frees its state (nothing happens if none). */
void pl_annotate_end(pl_analysis *a);

/* pl_term_safe (the view's terminal-safe text) is in escape.h. */
/* "name"[instance] of a connection (or its host-level stand-in), terminal-safe */
void pl_term_conn_name(GString *out, const pl_conn *c);

/* The diagnosis of one connection in a few lines (the closing part of the
 * annotate view, and what --follow prints when an attempt ends).  codes:
 * also print "[verdict=… stage=… reason=…]" for scripts. */
void pl_annotate_conn_summary(const pl_analysis *a, const pl_conn *c, const pl_output_opts *o, bool codes,
                              GString *out);

G_END_DECLS

#endif
