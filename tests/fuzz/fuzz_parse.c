/* fuzz_parse — libFuzzer (and AFL++) target for the parsing entry points
 * alone, no output backend: the input buffer is one whole log.
 *
 *   1. pl_analysis_feed_bytes + pl_analysis_finish, with a line sink that
 *      sees every line: each line is classified exactly once, in order
 *      (line numbers 1..N), and the sink's classes add up to pl_stats:
 *        lines == pluto + other, pluto == recognised + unrecognised + cut + debug
 *        (a line the catalogue fallback matched is recognised: kind message),
 *        sum(kinds) == recognised + unrecognised, empty/joined <= other,
 *        lines == the number of lines in the buffer.
 *   2. Every line the analysis parsed is parsed again by a second, separate
 *      pl_parser (pl_parser_line / pl_parser_event) fed the same lines: the
 *      class and the event must be the same (parsing depends only on the
 *      lines so far, not on hidden state).
 *   3. The same bytes read as a stream cut into up to three reads
 *      (pl_analysis_feed_fd on a SOCK_SEQPACKET socket: one read per
 *      message): "a line may span reads", so the stats, the per-line
 *      results, the diagnostics and the connections must equal step 1's.
 *
 * Built and run by tests/fuzz/run-fuzz.sh (`make fuzz`, target "parse");
 * tests/fuzz/fuzz_log.c is the same input through every backend. */
#include "plutolog.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(c)                                                                                             \
  do {                                                                                                       \
    if (!(c)) {                                                                                              \
      fprintf(stderr, "fuzz_parse: invariant failed: %s (%s:%d)\n", #c, __FILE__, __LINE__);                 \
      __builtin_trap();                                                                                      \
    }                                                                                                        \
  } while (0)

typedef struct {
  guint64 n;    /* lines seen by the sink */
  guint64 next; /* the line number expected next */
  guint64 by_cls[4];
  guint64 hash;    /* of (line, class, kind) in order */
  pl_parser *twin; /* the second parser (NULL: none) */
  GString *buf;
} sink_state;

static guint64 mix(guint64 h, guint64 v) {
  h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  return h * 0xff51afd7ed558ccdull;
}

static void check_event(const pl_event *ev) {
  CHECK((unsigned) ev->kind < PL_EV__COUNT);
  CHECK(ev->nfields <= PL_MAX_FIELDS);
  for (int i = 0; i < ev->nfields; i++) {
    CHECK(ev->f[i].id < PL_F__COUNT);
    CHECK(ev->f[i].type <= PL_T_DBL);
    if (ev->f[i].type == PL_T_STR) CHECK(ev->f[i].v.s != NULL);
  }
  CHECK(ev->text != NULL || ev->text_len == 0);
  /* the catalogue fallback (grammar/catalogue.c): a message says where in
   * pluto it comes from, and only a line the grammar left unknown gets it */
  if (ev->kind == PL_EV_MESSAGE) CHECK(pl_event_str(ev, PL_F_WHERE) != NULL);
}

static bool same_field(const pl_field *x, const pl_field *y) {
  if (x->id != y->id || x->type != y->type) return false;
  switch (x->type) {
  case PL_T_STR: return strcmp(x->v.s, y->v.s) == 0;
  case PL_T_INT: return x->v.i == y->v.i;
  default: return memcmp(&x->v.d, &y->v.d, sizeof x->v.d) == 0;
  }
}

static void line_sink(guint32 source, guint64 lineno, const char *line, gsize len, pl_line_class cls,
                      const pl_event *ev, gpointer user) {
  sink_state *s = user;
  CHECK(source == 0);
  CHECK(lineno == s->next); /* every line once, in order */
  s->next++;
  s->n++;
  CHECK((unsigned) cls <= PL_LINE_EMPTY);
  s->by_cls[cls]++;
  CHECK((cls == PL_LINE_PLUTO) == (ev != NULL));
  if (ev) {
    check_event(ev);
    CHECK(ev->line == lineno && ev->source == source);
  }
  s->hash = mix(mix(mix(s->hash, lineno), cls), ev ? (guint64) ev->kind + 1 : 0);

  if (!s->twin) return;
  /* the second parser gets the same line (as the analysis passed it on) */
  g_string_truncate(s->buf, 0);
  g_string_append_len(s->buf, line, (gssize) len);
  pl_line_class c2 = pl_parser_line(s->twin, source, lineno, s->buf->str, len);
  CHECK(c2 == cls);
  if (!ev) return;
  const pl_event *e2 = pl_parser_event(s->twin);
  CHECK(e2->kind == ev->kind);
  CHECK(e2->time == ev->time && e2->pid == ev->pid && e2->serial == ev->serial);
  CHECK(e2->repeat == ev->repeat);
  /* interned strings: the same pointer for the same text */
  CHECK(e2->host == ev->host && e2->prog == ev->prog && e2->conn == ev->conn);
  CHECK(e2->instance == ev->instance && e2->peer == ev->peer && e2->rc == ev->rc);
  CHECK(e2->text_len == ev->text_len);
  CHECK(e2->text_len == 0 || memcmp(e2->text, ev->text, ev->text_len) == 0);
  CHECK(e2->nfields == ev->nfields);
  for (int i = 0; i < ev->nfields; i++) CHECK(same_field(&e2->f[i], &ev->f[i]));
}

static void check_stats(const pl_stats *st, guint64 want_lines, const sink_state *s) {
  CHECK(st->lines == want_lines);
  CHECK(st->lines == s->n);
  CHECK(st->lines == st->pluto + st->other);
  CHECK(st->pluto == st->recognised + st->unrecognised + st->cut + st->debug);
  guint64 kinds = 0;
  for (int k = 0; k < PL_EV__COUNT; k++) kinds += st->kinds[k];
  CHECK(kinds == st->recognised + st->unrecognised);
  CHECK(st->empty <= st->other && st->joined <= st->other);
  CHECK(st->crlf <= st->lines && st->nul_lines <= st->lines);
  CHECK(st->invalid_utf8 <= st->lines && st->truncated <= st->lines);
  /* the sink's classes (joined lines amend counts after the fact: only
   * kinds move between recognised and unrecognised, never classes) */
  CHECK(s->by_cls[PL_LINE_PLUTO] + s->by_cls[PL_LINE_DEBUG] == st->pluto);
  CHECK(s->by_cls[PL_LINE_DEBUG] == st->debug);
  CHECK(s->by_cls[PL_LINE_OTHER] + s->by_cls[PL_LINE_EMPTY] == st->other);
  CHECK(s->by_cls[PL_LINE_EMPTY] == st->empty);
}

static pl_analysis *analysis(sink_state *s) {
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  a->line_sink = line_sink;
  a->line_sink_user = s;
  s->next = 1;
  return a;
}

/* The buffer cut in up to three messages on a SOCK_SEQPACKET socket pair:
 * pl_analysis_feed_fd reads one message per read().  Returns false when
 * the socket cannot take the input (then the check is skipped). */
static bool feed_split(pl_analysis *a, const uint8_t *data, size_t size, size_t c1, size_t c2) {
  int sv[2];
  if (size > 65536 || socketpair(AF_UNIX, SOCK_SEQPACKET, 0, sv) != 0) return false;
  size_t cut[] = {0, c1, c2, size};
  bool ok = true;
  for (int i = 0; i < 3 && ok; i++) {
    size_t n = cut[i + 1] - cut[i];
    if (n == 0) continue; /* an empty message would read as end of file */
    ok = send(sv[0], data + cut[i], n, MSG_DONTWAIT) == (ssize_t) n;
  }
  close(sv[0]);
  if (ok) {
    GError *err = NULL;
    guint32 src = pl_analysis_add_source(a, "fuzz.log");
    ok = pl_analysis_feed_fd(a, src, sv[1], &err);
    CHECK(ok); /* reading a socket that holds everything cannot fail */
  }
  close(sv[1]);
  return ok;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  guint64 want_lines = 0;
  for (size_t i = 0; i < size; i++) want_lines += data[i] == '\n';
  if (size && data[size - 1] != '\n') want_lines++; /* a last line without a newline */

  /* 1 + 2: the buffer in one call, every line parsed twice */
  sink_state s1 = {.buf = g_string_new(NULL)};
  pl_analysis *twin_owner = pl_analysis_new();
  twin_owner->default_year = 2026;
  s1.twin = pl_parser_new(twin_owner);
  pl_analysis *a = analysis(&s1);
  guint32 src = pl_analysis_add_source(a, "fuzz.log");
  CHECK(pl_analysis_feed_bytes(a, src, (const char *) data, size));
  check_stats(&a->stats, want_lines, &s1);
  pl_analysis_finish(a);
  check_stats(&a->stats, want_lines, &s1); /* the passes do not recount */

  /* 3: the same bytes in up to three reads, cut where the input says */
  if (size >= 2) {
    guint64 h = 0;
    for (size_t i = 0; i < size; i++) h = mix(h, data[i]);
    size_t c1 = (size_t) (h % size), c2 = (size_t) ((h >> 32) % size);
    if (c1 > c2) {
      size_t t = c1;
      c1 = c2;
      c2 = t;
    }
    sink_state s2 = {0};
    pl_analysis *b = analysis(&s2);
    if (feed_split(b, data, size, c1, c2)) {
      check_stats(&b->stats, want_lines, &s2);
      CHECK(s1.hash == s2.hash);
      CHECK(a->diags->len == b->diags->len);
      pl_analysis_finish(b); /* a is finished too: a line cut at the end is counted at the finish */
      CHECK(memcmp(&a->stats, &b->stats, sizeof a->stats) == 0);
      CHECK(a->conns->len == b->conns->len);
    }
    pl_analysis_free(b);
  }

  pl_parser_free(s1.twin);
  pl_analysis_free(twin_owner);
  g_string_free(s1.buf, TRUE);
  pl_analysis_free(a);
  pl_intern_reset(); /* interned strings would otherwise grow across runs */
  return 0;
}
