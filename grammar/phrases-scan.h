/* Private to grammar/phrases.c and the scanner generated from
 * include/phrases.def (grammar/phrases-gen.sh). */
#ifndef PL_PHRASES_SCAN_H
#define PL_PHRASES_SCAN_H

#include <glib.h>

typedef struct {
  const char *s; /* the text being scanned */
  gsize n, pos;
  guint64 *bits; /* PL_PHRASE_WORDS words */
} pl_phr_extra;

static inline int pl_phr_input(pl_phr_extra *x, char *buf, size_t max) {
  gsize k = MIN((gsize) max, x->n - x->pos);
  memcpy(buf, x->s + x->pos, k);
  x->pos += k;
  return (int) k;
}

#endif
