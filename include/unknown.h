/* Unrecognised pluto lines, grouped by shape (grammar/unknown.c).
 *
 * The line driver calls pl_unknown_note() for every pluto line the grammar
 * did not know, when a->collect_unknown is set.  A line's shape is its text
 * with quoted strings, serials, hex numbers, addresses and numbers replaced
 * by placeholders ('Q', "Q", #N, 0xH, ADDR, ADDR6, N), so one message with
 * different values is one shape. */
#ifndef PL_UNKNOWN_H
#define PL_UNKNOWN_H

#include "plutolog.h"

/* records one unrecognised line (its event: source, line, text) */
void pl_unknown_note(pl_analysis *a, const pl_event *ev);
/* the shape of a message text, appended to out */
void pl_unknown_shape(GString *out, const char *s, gsize n);
/* "--unknown": shapes, most frequent first (ties by shape), each with its
 * count and one example "source:line: text" */
void pl_unknown_report(const pl_analysis *a, GString *out);
/* "--strict": every unrecognised line "source:line: text" in input order
 * (at most PL_UNKNOWN_MAX_LINES, then a count of the rest) */
void pl_unknown_list(const pl_analysis *a, GString *out);
/* number of unrecognised lines noted */
guint64 pl_unknown_count(const pl_analysis *a);
/* frees the collection (also done by pl_analysis_free via unknown_free) */
void pl_unknown_reset(pl_analysis *a);

/* pluto lines cut short by the end of the input (stats.cut): called by
 * pl_analysis_feed_line for every line while a candidate is pending or the
 * line is an unrecognised pluto line, and by pl_analysis_finish */
bool pl_unknown_looks_cut(const char *s, gsize n);
void pl_unknown_cut_step(pl_analysis *a, guint32 source, pl_line_class cls, const pl_event *ev);
void pl_unknown_cut_finish(pl_analysis *a);

#define PL_UNKNOWN_MAX_LINES 10000
#define PL_UNKNOWN_MAX_SHAPES 5000

#endif
