/* The parallel line path (src/core/pipeline.c): the lines of one analysis
 * are cut into chunks, parse workers turn each chunk into records (events,
 * diagnostics, amended events), and the feeding thread applies the records
 * in input order, so the analysis sees what one job would have shown it.
 *
 * The pieces of the line path it shares with the sequential one live in
 * src/core/analysis.c. */
#ifndef PL_PIPELINE_H
#define PL_PIPELINE_H
#include "plutolog.h"

typedef struct pl_pipe pl_pipe;

/* CONSUMER: the analysis's own parser; its plutodebug assembler sees the
 * lines in order, and it parses the chunks that cannot be parsed apart. */
pl_pipe *pl_pipe_new(pl_analysis *a, pl_parser *consumer, int jobs);
void pl_pipe_free(pl_pipe *p);
/* One input line (copied). */
void pl_pipe_take(pl_pipe *p, guint32 source, guint64 lineno, const char *line, gsize len);
/* A diagnostic made while lines wait on the path: kept (MSG is taken) to
 * be added after them, in order; false when it can be added now. */
bool pl_pipe_defer_diag(pl_pipe *p, guint32 source, guint64 line, char *msg);
/* Every line taken is analysed when it returns. */
void pl_pipe_drain(pl_pipe *p);

/* ---- shared with the sequential line path (src/core/analysis.c) ---------- */

typedef struct {
  bool crlf, nul, plain, bad_utf8;
} pl_line_facts;
/* The diagnostic of a line with NUL bytes (pl_line_facts.nul), both paths. */
#define PL_DIAG_NUL_LINE "NUL bytes in the line (replaced by '?')"
/* The line as the parser reads it: a CR at the end left out, NUL bytes
 * replaced (then *COPY is the heap copy to free, else NULL); *LEN updated. */
const char *pl_line_prep(const char *line, gsize *len, char **copy, pl_line_facts *f);
/* What the analysis does with a parsed line: counts, the cut-line check,
 * the timeline, the sinks. */
void pl_analysis_line_done(pl_analysis *a, guint32 source, guint64 lineno, const char *work, gsize len,
                           pl_line_class cls, const pl_event *ev, const pl_line_facts *f);
/* One line through PARSER and the analysis (the sequential path, without
 * the line count pl_analysis_feed_line keeps). */
void pl_analysis_parse_line(pl_analysis *a, pl_parser *parser, guint32 source, guint64 lineno,
                            const char *line, gsize len);

#endif
