/* The fallback recogniser (grammar/catalogue.c): a pluto line the bison
 * grammar did not know is matched against the templates of pluto's
 * messages (data/catalogue.tsv, compiled into grammar/catalogue-table.inc
 * by tools/catalogue/gen-table.py).  See docs/grammar.md, "The fallback
 * recogniser". */
#ifndef PL_CATALOGUE_H
#define PL_CATALOGUE_H

#include "plutolog.h"
#include "parser-ctx.h"

/* a template: literal bytes, and holes (0x01 then the hole's class) */
typedef struct {
  const char *enc;
  guint16 len;       /* bytes of enc */
  guint16 lit;       /* literal bytes: the more, the better the match */
  const char *where; /* pluto's source file:line */
} pl_cat_tmpl;

/* the four literal bytes a template has where a word starts (big endian) */
typedef struct {
  guint32 key;
  guint16 tmpl;
} pl_cat_anchor;

/* the longest message text the fallback reads: pluto's own lines are at
 * most LOG_WIDTH (1024) bytes with their prefix; a longer line is left
 * unrecognised, at no cost */
#define PL_CAT_MAX_TEXT 1280
/* the backtracking steps all templates together may take on one line (each
 * at most a scan of the text): the work of a line is bounded by
 * PL_CAT_LINE_BUDGET * PL_CAT_MAX_TEXT bytes, whatever the text */
#define PL_CAT_LINE_BUDGET 512
/* the most templates a table may have (a bit each on the stack) */
#define PL_CAT_MAX_TMPLS 16384

/* the template s[0..n) is (the index into the table), or -1: among the
 * templates that match the whole text, the one with the most literal
 * bytes (then the first in the table).  No allocation; bounded work. */
int pl_catalogue_find(const char *s, gsize n);
/* the same over another table (tests): anchors sorted by key; *steps (when
 * not NULL): the backtracking steps taken, at most PL_CAT_LINE_BUDGET */
int pl_catalogue_find_in(const pl_cat_tmpl *tab, int nt, const pl_cat_anchor *anchors, gsize na,
                         const char *s, gsize n, int *steps);
/* the template's source in pluto ("programs/pluto/keys.c:1050") */
const char *pl_catalogue_where(int t);
/* the generated table and its anchors (for the tests) */
const pl_cat_tmpl *pl_catalogue_table(int *n);
const pl_cat_anchor *pl_catalogue_anchors(gsize *n);
/* the line's event, still unknown, becomes kind message (fields where and
 * text) when its text is a template's; true then.  Called by the line
 * driver after the grammar, status lines and cut-line completion. */
bool px_catalogue(pl_pctx *px);
/* whether template t matches all of s[0..n) (for the tests) */
bool pl_catalogue_match_one(int t, const char *s, gsize n);

#endif
