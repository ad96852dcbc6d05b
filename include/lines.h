/* The one line splitter (src/input/lines.c): bytes in reads of any size ->
 * lines without their '\n', a line that spans reads joined, a line longer
 * than PL_MAX_LINE cut to it.  The reader (src/input/reader.c), the
 * analysis' byte feeds (src/core/analysis.c) and --follow
 * (src/cli/follow.c) split with it, so the same bytes give the same lines
 * whatever the size of the reads (PLUTOLOG_TEST_READ_SIZE). */
#ifndef PL_LINES_H
#define PL_LINES_H
#include <glib.h>
#include <stdbool.h>

G_BEGIN_DECLS

/* The longest line handed on; the rest of a longer one is dropped. */
#define PL_MAX_LINE (16u * 1024u * 1024u)

/* One line: LINE[0..LEN) (no '\n', not NUL-terminated).  WHOLE is LEN for
 * a line that was not cut; for a cut one, its length before the cut when
 * the line came in one read, else 0 (it spanned reads: longer than
 * PL_MAX_LINE, length unknown).  So the line was cut when WHOLE != LEN. */
typedef void (*pl_lines_fn)(const char *line, gsize len, gsize whole, gpointer user);

typedef struct {
  GByteArray *pend; /* the line begun in an earlier read */
  bool cut;         /* ... and cut */
} pl_lines;

void pl_lines_init(pl_lines *l);
void pl_lines_clear(pl_lines *l);
/* Hands FN every line BUF completes; keeps the unfinished rest. */
void pl_lines_feed(pl_lines *l, const char *buf, gsize len, pl_lines_fn fn, gpointer user);
/* A line begun and not ended (no '\n' yet)? */
bool pl_lines_pending(const pl_lines *l);
/* The end of the input: the last line without a '\n' still counts. */
void pl_lines_finish(pl_lines *l, pl_lines_fn fn, gpointer user);

G_END_DECLS
#endif
