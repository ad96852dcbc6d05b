/* The phrase scanner: one pass over a message text sets the bit of every
 * phrase of include/phrases.def the text contains (see phrases-gen.sh for
 * how the generated flex scanner does it without backing up). */
#include <stdio.h>
#include <string.h>

#include "phrases.h"
#include "phrases-scan.h"

typedef void *yyscan_t;
int pl_phr_lex_init_extra(pl_phr_extra *x, yyscan_t *s);
int pl_phr_lex_destroy(yyscan_t s);
int pl_phr_lex(yyscan_t s);
void pl_phr_restart(FILE *f, yyscan_t s);
void pl_phr_set_extra(pl_phr_extra *x, yyscan_t s);

static const char *const texts[] = {
#define P(id, text) text,
#include "phrases.def"
#undef P
};

struct pl_phrase_scanner {
  yyscan_t scan;
  pl_phr_extra x;
  bool started;
};

const char *pl_phrase_text(pl_phrase p) { return p < PL_PH_N ? texts[p] : NULL; }

pl_phrase_scanner *pl_phrase_scanner_new(void) {
  pl_phrase_scanner *s = g_new0(pl_phrase_scanner, 1);
  pl_phr_lex_init_extra(&s->x, &s->scan);
  return s;
}

void pl_phrase_scanner_free(pl_phrase_scanner *s) {
  if (!s) return;
  pl_phr_lex_destroy(s->scan);
  g_free(s);
}

void pl_phrase_scan(pl_phrase_scanner *s, const char *text, gsize len, guint64 *out) {
  memset(out, 0, PL_PHRASE_WORDS * sizeof *out);
  if (!text || len < 2) return;
  s->x.s = text;
  s->x.n = len;
  s->x.pos = 0;
  s->x.bits = out;
  /* a fresh buffer state for each text; flex keeps its buffer allocated */
  if (s->started) pl_phr_restart(NULL, s->scan);
  s->started = true;
  pl_phr_lex(s->scan);
}

static const char *event_text(const pl_event *ev, gsize *len) {
  if (ev->text && ev->text_len) {
    *len = ev->text_len;
    return ev->text;
  }
  const char *t = pl_event_str(ev, PL_F_TEXT);
  *len = t ? strlen(t) : 0;
  return t;
}

void pl_phrase_scan_event(pl_phrase_scanner *s, pl_event *ev) {
  gsize n;
  const char *t = event_text(ev, &n);
  pl_phrase_scan(s, t, n, ev->phrases);
  ev->phrases_known = true;
}

/* one scanner per thread (batch mode analyses files in threads) */
static void scanner_free(gpointer s) { pl_phrase_scanner_free(s); }
static GPrivate thread_scanner = G_PRIVATE_INIT(scanner_free);

void pl_phrase_fill(pl_event *ev) {
  pl_phrase_scanner *s = g_private_get(&thread_scanner);
  if (!s) {
    s = pl_phrase_scanner_new();
    g_private_set(&thread_scanner, s);
  }
  pl_phrase_scan_event(s, ev);
}

const char *pl_phrase_after(const pl_event *ev, pl_phrase p) {
  if (p >= PL_PH_N || !pl_ph(ev, p)) return NULL;
  gsize n;
  const char *t = event_text(ev, &n);
  const char *w = texts[p];
  gsize wn = strlen(w);
  /* the bit says it is there: find where (texts are short, and this runs
   * only for the few events a hint quotes) */
  for (gsize i = 0; t && i + wn <= n; i++)
    if (t[i] == w[0] && memcmp(t + i, w, wn) == 0) return t + i + wn;
  return NULL;
}

char *pl_text_enclosed(const pl_event *ev, char open, char close) {
  gsize n;
  const char *t = event_text(ev, &n);
  const char *b = t ? memchr(t, open, n) : NULL;
  const char *e = b ? memchr(b + 1, close, n - (gsize) (b + 1 - t)) : NULL;
  return b && e ? g_strndup(b + 1, (gsize) (e - b - 1)) : NULL;
}
