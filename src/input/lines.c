/* The one line splitter (include/lines.h).  A line that ends in the read
 * that holds its start is handed on in place, without a copy (the hot
 * path); only a line that spans reads goes through the pending buffer. */
#include "lines.h"

#include <string.h>

void pl_lines_init(pl_lines *l) {
  l->pend = g_byte_array_new();
  l->cut = false;
}

void pl_lines_clear(pl_lines *l) {
  g_clear_pointer(&l->pend, g_byte_array_unref);
  l->cut = false;
}

bool pl_lines_pending(const pl_lines *l) { return l->pend->len || l->cut; }

static void hand_pending(pl_lines *l, pl_lines_fn fn, gpointer user) {
  gsize len = l->pend->len;
  fn((const char *) l->pend->data, len, l->cut ? 0 : len, user);
  g_byte_array_set_size(l->pend, 0);
  l->cut = false;
}

void pl_lines_feed(pl_lines *l, const char *buf, gsize len, pl_lines_fn fn, gpointer user) {
  const char *p = buf, *e = buf + len;
  while (p < e) {
    const char *nl = memchr(p, '\n', (gsize) (e - p));
    const char *end = nl ? nl : e;
    gsize n = (gsize) (end - p);
    if (nl && !pl_lines_pending(l)) {
      fn(p, MIN(n, PL_MAX_LINE), n, user);
    } else {
      gsize room = PL_MAX_LINE - l->pend->len;
      if (n > room) l->cut = true;
      g_byte_array_append(l->pend, (const guint8 *) p, (guint) MIN(n, room));
      if (nl) hand_pending(l, fn, user);
    }
    p = nl ? nl + 1 : e;
  }
}

void pl_lines_finish(pl_lines *l, pl_lines_fn fn, gpointer user) {
  if (pl_lines_pending(l)) hand_pending(l, fn, user);
}
