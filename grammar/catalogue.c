/* The fallback recogniser: pluto's catalogue of messages as templates.
 *
 * data/catalogue.tsv lists every message pluto's source can log, with typed
 * holes where values go; tools/catalogue/gen-table.py compiles its `any`
 * rows (messages no event kind describes) into grammar/catalogue-table.inc.
 * A line the grammar did not recognise is matched here against the
 * templates whose anchor (four literal bytes where a word starts) occurs at
 * a word start of the text: a handful of candidates, each matched over the
 * whole text with bounded backtracking.  Among the templates that match,
 * the one with the most literal bytes wins (then the first in the table):
 * the result does not depend on the order candidates are tried.
 *
 * Holes: i int, x hex, d decimal, c one byte, # serial, C a connection
 * ("name", "name"[N], "name"[N] ADDR), t a token (no blank), s any text
 * (maybe empty), f any text (not empty).  Nothing is allocated. */
#include "catalogue.h"

#include <string.h>

#include "catalogue-table.inc"

#define N_TMPLS ((int) G_N_ELEMENTS(cat_tmpls))
#define N_ANCHORS G_N_ELEMENTS(cat_anchors)
G_STATIC_ASSERT(G_N_ELEMENTS(cat_tmpls) <= PL_CAT_MAX_TMPLS);
/* backtracking steps one template may take on one line (a step: one place
 * the literal after a hole is tried, at most a scan of the text) */
#define STEP_BUDGET 128

typedef unsigned char uchar;

typedef struct {
  const uchar *e; /* end of the text */
  int budget;
} mctx;

static bool all_digits(const uchar *a, const uchar *b) {
  if (a >= b) return false;
  for (; a < b; a++)
    if (!g_ascii_isdigit(*a)) return false;
  return true;
}

static bool conn_ok(const uchar *a, const uchar *b) {
  if (b - a < 2 || *a != '"') return false;
  const uchar *q = memchr(a + 1, '"', (gsize) (b - a - 1));
  if (!q) return false;
  const uchar *p = q + 1;
  while (p < b && *p == '[') { /* "rw"[2], "rw"[2][1] */
    const uchar *c = memchr(p, ']', (gsize) (b - p));
    if (!c || !all_digits(p + 1, c)) return false;
    p = c + 1;
  }
  if (p == b) return true;
  /* then " ADDR" */
  if (*p != ' ' || p + 1 == b) return false;
  for (p++; p < b; p++)
    if (*p == ' ') return false;
  return true;
}

static bool hole_ok(uchar cls, const uchar *a, const uchar *b) {
  switch (cls) {
  case 's': return true;
  case 'f': return a < b;
  case 'i': return all_digits(a + (a < b && *a == '-'), b);
  case 'x':
    if (a >= b) return false;
    for (; a < b; a++)
      if (!g_ascii_isxdigit(*a)) return false;
    return true;
  case 'd': {
    bool digit = false;
    for (; a < b; a++) {
      if (g_ascii_isdigit(*a)) digit = true;
      else if (*a != '.' && *a != '-') return false;
    }
    return digit;
  }
  case 'c': return b - a == 1;
  case '#': return b - a >= 2 && *a == '#' && all_digits(a + 1, b);
  case 'C': return conn_ok(a, b);
  default: /* 't' */
    if (a >= b) return false;
    return memchr(a, ' ', (gsize) (b - a)) == NULL;
  }
}

/* the furthest a hole of class cls starting at p may end (its following
 * literal may start there at the latest) */
static const uchar *hole_limit(uchar cls, const uchar *p, const uchar *e) {
  if (cls == 's' || cls == 'f') return e;
  const uchar *b = memchr(p, ' ', (gsize) (e - p));
  if (!b) return e;
  if (cls == 'C') {
    const uchar *b2 = memchr(b + 1, ' ', (gsize) (e - b - 1));
    return b2 ? b2 : e;
  }
  return b;
}

/* the first n-byte needle in [p, e), or NULL (memmem is not C11 nor POSIX) */
static const uchar *find(const uchar *p, const uchar *e, const uchar *needle, gsize n) {
  for (; (gsize) (e - p) >= n; p++) {
    p = memchr(p, needle[0], (gsize) (e - p) - n + 1);
    if (!p) return NULL;
    if (memcmp(p, needle, n) == 0) return p;
  }
  return NULL;
}

static bool match_from(mctx *m, const uchar *t, const uchar *te, const uchar *p) {
  while (t < te) {
    if (*t != 1) { /* a literal run */
      const uchar *le = memchr(t, 1, (gsize) (te - t));
      if (!le) le = te;
      gsize ln = (gsize) (le - t);
      if ((gsize) (m->e - p) < ln || memcmp(p, t, ln) != 0) return false;
      p += ln;
      t = le;
      continue;
    }
    uchar cls = t[1];
    t += 2;
    if (t >= te) return hole_ok(cls, p, m->e); /* the rest of the line */
    /* the literal after the hole (adjacent holes are one in the table) */
    const uchar *le = memchr(t, 1, (gsize) (te - t));
    if (!le) le = te;
    gsize ln = (gsize) (le - t);
    const uchar *lim = hole_limit(cls, p, m->e);
    for (const uchar *q = p; q <= lim && (gsize) (m->e - q) >= ln; q++) {
      q = find(q, m->e, t, ln);
      if (!q || q > lim) return false;
      if (--m->budget < 0) return false;
      if (hole_ok(cls, p, q) && match_from(m, le, te, q + ln)) return true;
    }
    return false;
  }
  return p == m->e;
}

/* the template matches s[0..n); *budget: the steps it may take, less those
 * it took */
static bool match_tmpl(const pl_cat_tmpl *c, const char *s, gsize n, int *budget) {
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--; /* as the table's templates */
  const uchar *t = (const uchar *) c->enc, *te = t + c->len;
  /* a quick no: the literal bytes the template ends with */
  const uchar *tail = te;
  while (tail > t && tail[-1] != 1 && !(tail - t >= 2 && tail[-2] == 1)) tail--;
  gsize tn = (gsize) (te - tail);
  if (tn > n || memcmp(s + n - tn, tail, tn) != 0) return false;
  mctx m = {(const uchar *) s + n, MIN(*budget, STEP_BUDGET)};
  int had = m.budget;
  bool ok = match_from(&m, t, te, (const uchar *) s);
  *budget -= had - MAX(m.budget, 0);
  return ok;
}

bool pl_catalogue_match_one(int t, const char *s, gsize n) {
  if (t < 0 || t >= N_TMPLS || !s || n > PL_CAT_MAX_TEXT) return false;
  int budget = STEP_BUDGET;
  return match_tmpl(&cat_tmpls[t], s, n, &budget);
}

/* the first anchor with this key, or na */
static gsize anchor_first(const pl_cat_anchor *a, gsize na, guint32 key) {
  gsize lo = 0, hi = na;
  while (lo < hi) {
    gsize mid = lo + (hi - lo) / 2;
    if (a[mid].key < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

int pl_catalogue_find_in(const pl_cat_tmpl *tab, int nt, const pl_cat_anchor *anchors, gsize na,
                         const char *s, gsize n, int *steps) {
  int budget = PL_CAT_LINE_BUDGET;
  if (steps) *steps = 0;
  if (!s || n < 4 || n > PL_CAT_MAX_TEXT || nt <= 0 || nt > PL_CAT_MAX_TMPLS) return -1;
  guint8 tried[PL_CAT_MAX_TMPLS / 8];
  memset(tried, 0, ((gsize) nt + 7) / 8);
  const uchar *u = (const uchar *) s;
  int best = -1;
  for (gsize w = 0; w + 4 <= n; w++) {
    if (w > 0 && u[w - 1] != ' ') continue;
    guint32 key = (guint32) u[w] << 24 | (guint32) u[w + 1] << 16 | (guint32) u[w + 2] << 8 | u[w + 3];
    for (gsize i = anchor_first(anchors, na, key); i < na && anchors[i].key == key; i++) {
      int t = anchors[i].tmpl;
      if (t >= nt || tried[t / 8] & (1u << (t % 8))) continue;
      tried[t / 8] |= (guint8) (1u << (t % 8));
      if (best >= 0 && (tab[t].lit < tab[best].lit || (tab[t].lit == tab[best].lit && t > best)))
        continue;                /* cannot win */
      if (budget <= 0) goto out; /* a line built to make the holes work: enough */
      if (match_tmpl(&tab[t], s, n, &budget)) best = t;
    }
  }
out:
  if (steps) *steps = PL_CAT_LINE_BUDGET - budget;
  return best;
}

int pl_catalogue_find(const char *s, gsize n) {
  return pl_catalogue_find_in(cat_tmpls, N_TMPLS, cat_anchors, N_ANCHORS, s, n, NULL);
}

const char *pl_catalogue_where(int t) { return t >= 0 && t < N_TMPLS ? cat_tmpls[t].where : NULL; }

const pl_cat_tmpl *pl_catalogue_table(int *n) {
  *n = N_TMPLS;
  return cat_tmpls;
}

const pl_cat_anchor *pl_catalogue_anchors(gsize *n) {
  *n = N_ANCHORS;
  return cat_anchors;
}

bool px_catalogue(pl_pctx *px) {
  pl_event *ev = &px->ev;
  if (ev->kind != PL_EV_UNKNOWN || px->cx.marker != PL_MARK_NONE) return false;
  int t = pl_catalogue_find(ev->text, ev->text_len);
  if (t < 0) return false;
  ev->kind = PL_EV_MESSAGE;
  px_lit(px, PL_F_WHERE, cat_tmpls[t].where);
  px_s(px, PL_F_TEXT, ev->text, ev->text_len);
  return true;
}
