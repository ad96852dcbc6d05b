/* The analysis: sources, line accounting, and the hand-off of every event
 * to the timeline pass and to an optional extra sink.  Byte feeds are split
 * into lines by the one splitter (src/input/lines.c). */
#include "plutolog.h"
#include "config.h"
#include "unknown.h"
#include "i18n.h"
#include "lines.h"
#include "pipeline.h"

#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <unistd.h>

/* Lines longer than this are cut (and reported); a syslog daemon would
 * have cut them much earlier. */

typedef struct {
  pl_parser *parser;
  pl_pipe *pipe; /* the parallel line path (src/core/pipeline.c), NULL: none */
} pl_apriv;

pl_analysis *pl_analysis_new(void) {
  pl_intern_scope_begin();
  pl_analysis *a = g_new0(pl_analysis, 1);
  a->sources = g_ptr_array_new();
  a->conns = g_ptr_array_new_with_free_func((GDestroyNotify) pl_conn_free);
  a->conn_index = g_hash_table_new_full(pl_key_hash, pl_key_equal, g_free, NULL);
  a->sa_index = g_hash_table_new_full(pl_key_hash, pl_key_equal, g_free, NULL);
  a->diags = g_ptr_array_new();
  a->max_diags = 1000;
  GDateTime *now = g_date_time_new_now_utc();
  a->default_year = g_date_time_get_year(now);
  g_date_time_unref(now);
  pl_apriv *p = g_new0(pl_apriv, 1);
  p->parser = pl_parser_new(a);
  a->priv = p;
  return a;
}

void pl_analysis_free(pl_analysis *a) {
  if (!a) return;
  pl_apriv *p = a->priv;
  pl_pipe_free(p->pipe);
  pl_parser_free(p->parser);
  g_free(p);
  for (guint i = 0; i < a->sources->len; i++) {
    pl_source *s = a->sources->pdata[i];
    g_free(s->name);
    g_free(s);
  }
  g_ptr_array_unref(a->sources);
  g_queue_clear(&a->sa_fifo);
  g_queue_clear(&a->sa_done);
  g_queue_clear(&a->inst_fifo);
  g_ptr_array_unref(a->conns);
  g_hash_table_destroy(a->conn_index);
  g_hash_table_destroy(a->sa_index);
  for (guint i = 0; i < a->diags->len; i++) {
    pl_diag *d = a->diags->pdata[i];
    g_free(d->message);
    g_free(d);
  }
  g_ptr_array_unref(a->diags);
  g_strfreev(a->only_conns);
  g_strfreev(a->only_peers);
  if (a->conns_left_out) g_hash_table_destroy(a->conns_left_out);
  if (a->correlation && a->correlation_free) a->correlation_free(a->correlation);
  if (a->unknown && a->unknown_free) a->unknown_free(a->unknown);
  g_free(a);
  pl_intern_scope_end();
}

guint32 pl_analysis_add_source(pl_analysis *a, const char *name) {
  pl_source *s = g_new0(pl_source, 1);
  s->name = g_strdup(name);
  g_ptr_array_add(a->sources, s);
  return a->sources->len - 1;
}

const char *pl_source_name(const pl_analysis *a, guint32 source) {
  const pl_source *s = source < a->sources->len ? a->sources->pdata[source] : NULL;
  return s ? s->name : "?";
}

const char *pl_source_base(const pl_analysis *a, guint32 source) {
  const char *n = pl_source_name(a, source), *slash = strrchr(n, '/');
  return slash ? slash + 1 : n;
}

void pl_analysis_diag(pl_analysis *a, guint32 source, guint64 line, const char *fmt, ...) {
  if (a->diags->len >= a->max_diags) return;
  va_list ap;
  va_start(ap, fmt);
  char *m = g_strdup_vprintf(fmt, ap);
  va_end(ap);
  pl_apriv *p = a->priv;
  /* lines still on the parallel path: the diagnostic waits for them */
  if (p->pipe && pl_pipe_defer_diag(p->pipe, source, line, m)) return;
  pl_diag *d = g_new0(pl_diag, 1);
  d->source = source;
  d->line = line;
  d->message = m;
  g_ptr_array_add(a->diags, d);
}

void pl_analysis_amend(pl_analysis *a, const pl_event *ev, pl_event_kind old) {
  pl_stats *st = &a->stats;
  if (ev->kind != old) {
    if (st->kinds[old]) st->kinds[old]--;
    st->kinds[ev->kind]++;
    if (old == PL_EV_UNKNOWN && ev->kind != PL_EV_UNKNOWN && st->unrecognised)
      st->unrecognised--, st->recognised++;
    else if (old != PL_EV_UNKNOWN && ev->kind == PL_EV_UNKNOWN && st->recognised)
      st->recognised--, st->unrecognised++;
  }
  st->joined++;
  pl_timeline_amend(a, ev);
}

void pl_analysis_set_jobs(pl_analysis *a, int jobs) {
  pl_apriv *p = a->priv;
  if (jobs < 2 || p->pipe || a->line_sink || a->stats.lines) return;
  p->pipe = pl_pipe_new(a, p->parser, jobs);
}

/* Most log lines are plain ASCII: check eight bytes at a time and leave the
 * rest (from the first byte >= 0x80) to g_utf8_validate. */
static bool valid_utf8(const char *s, gsize len) {
  gsize i = 0;
  for (; i + 8 <= len; i += 8) {
    guint64 w;
    memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ull) break;
  }
  for (; i < len; i++)
    if ((unsigned char) s[i] >= 0x80) break;
  return i == len || g_utf8_validate(s + i, (gssize) (len - i), NULL);
}

static bool conn_selected(pl_analysis *a, const pl_event *ev) {
  if (!a->only_conns) return true;
  if (!ev->conn) return true; /* host-level lines stay: they explain failures */
  for (char **c = a->only_conns; *c; c++)
    if (strcmp(*c, ev->conn) == 0) return true;
  pl_timeline_left_out(a, ev->conn);
  return false;
}

const char *pl_line_prep(const char *line, gsize *len, char **copy, pl_line_facts *f) {
  const char *work = line;
  gsize n = *len;
  *copy = NULL;
  *f = (pl_line_facts){0};
  if (n && line[n - 1] == '\r') {
    n--;
    f->crlf = true;
  }
  if (memchr(line, '\0', n)) {
    /* NUL bytes: shown as U+FFFD-free '?' so every later stage sees text */
    char *c = g_memdup2(line, n);
    for (gsize i = 0; i < n; i++)
      if (c[i] == '\0') c[i] = '?';
    work = *copy = c;
    f->nul = true;
  }
  /* the timeline copies kept events' text without scanning it again */
  f->plain = pl_text_plain(work, n);
  if (!f->plain && !valid_utf8(work, n)) f->bad_utf8 = true;
  *len = n;
  return work;
}

void pl_analysis_line_done(pl_analysis *a, guint32 source, guint64 lineno, const char *work, gsize len,
                           pl_line_class cls, const pl_event *ev, const pl_line_facts *f) {
  pl_stats *st = &a->stats;
  if (f->crlf) st->crlf++;
  if (f->nul) st->nul_lines++;
  if (f->bad_utf8) st->invalid_utf8++;
  if (a->cut_cand.set || (cls == PL_LINE_PLUTO && ev->kind == PL_EV_UNKNOWN))
    pl_unknown_cut_step(a, source, cls, ev);
  switch (cls) {
  case PL_LINE_EMPTY:
    st->empty++;
    st->other++;
    break;
  case PL_LINE_OTHER: st->other++; break;
  case PL_LINE_DEBUG:
    st->pluto++;
    st->debug++;
    break;
  case PL_LINE_PLUTO:
    st->pluto++;
    if (ev->kind == PL_EV_UNKNOWN) st->unrecognised++;
    else st->recognised++;
    st->kinds[ev->kind]++;
    if (conn_selected(a, ev)) {
      pl_timeline_event(a, ev);
      if (a->sink) a->sink(ev, a->sink_user);
    }
    break;
  }
  a->line_plain = false; /* holds only during this line */
  if (a->line_sink)
    a->line_sink(source, lineno, work, len, cls, cls == PL_LINE_PLUTO ? ev : NULL, a->line_sink_user);
}

void pl_analysis_parse_line(pl_analysis *a, pl_parser *parser, guint32 source, guint64 lineno,
                            const char *line, gsize len) {
  char *copy;
  pl_line_facts f;
  char *work = (char *) pl_line_prep(line, &len, &copy, &f);
  if (f.nul) pl_analysis_diag(a, source, lineno, "%s", PL_DIAG_NUL_LINE);
  a->line_plain = f.plain;
  pl_line_class cls = pl_parser_line(parser, source, lineno, work, len);
  pl_analysis_line_done(a, source, lineno, work, len, cls, pl_parser_event(parser), &f);
  g_free(copy);
}

void pl_analysis_feed_line(pl_analysis *a, guint32 source, guint64 lineno, const char *line, gsize len) {
  pl_apriv *p = a->priv;
  a->stats.lines++;
  if (source < a->sources->len) ((pl_source *) a->sources->pdata[source])->lines = lineno;
  if (p->pipe) pl_pipe_take(p->pipe, source, lineno, line, len);
  else pl_analysis_parse_line(a, p->parser, source, lineno, line, len);
}

/* The lines of a byte feed, split by the one splitter (include/lines.h);
 * a cut line is reported where it is fed. */
typedef struct {
  pl_analysis *a;
  guint32 source;
  guint64 lineno;
  pl_lines split;
} byte_feed;

static void feed_split_line(const char *line, gsize len, gsize whole, gpointer user) {
  byte_feed *f = user;
  ++f->lineno;
  if (whole != len) {
    if (whole)
      pl_analysis_diag(f->a, f->source, f->lineno, "line of %" G_GSIZE_FORMAT " bytes cut to %u", whole,
                       PL_MAX_LINE);
    else pl_analysis_diag(f->a, f->source, f->lineno, "line longer than %u bytes cut", PL_MAX_LINE);
    f->a->stats.truncated++;
  }
  pl_analysis_feed_line(f->a, f->source, f->lineno, line, len);
}

bool pl_analysis_feed_bytes(pl_analysis *a, guint32 source, const char *buf, gsize len) {
  byte_feed f = {a, source, 0, {0}};
  pl_lines_init(&f.split);
  pl_lines_feed(&f.split, buf, len, feed_split_line, &f);
  pl_lines_finish(&f.split, feed_split_line, &f); /* a last line without a newline still counts */
  pl_lines_clear(&f.split);
  return true;
}

bool pl_analysis_feed_fd(pl_analysis *a, guint32 source, int fd, GError **err) {
  enum { CHUNK = 1 << 18 };
  char *buf = g_malloc(CHUNK);
  byte_feed f = {a, source, 0, {0}};
  pl_lines_init(&f.split);
  bool ok = true;
  for (;;) {
    ssize_t r = read(fd, buf, CHUNK);
    if (r < 0) {
      if (errno == EINTR) continue;
      int e = errno;
      g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(e), "%s after line %" G_GUINT64_FORMAT,
                  g_strerror(e), f.lineno);
      ok = false;
      break;
    }
    if (r == 0) break;
    pl_lines_feed(&f.split, buf, (gsize) r, feed_split_line, &f);
  }
  pl_lines_finish(&f.split, feed_split_line, &f);
  pl_lines_clear(&f.split);
  g_free(buf);
  return ok;
}

void pl_analysis_finish(pl_analysis *a) {
  pl_apriv *p = a->priv;
  if (p->pipe) {
    pl_pipe_drain(p->pipe); /* every line through, in order */
    pl_pipe_free(p->pipe);
    p->pipe = NULL;
  }
  pl_unknown_cut_finish(a);
  pl_parser_finish(((pl_apriv *) a->priv)->parser);
  pl_timeline_finish(a);
  pl_diagnose(a);
  pl_peerconf(a);
  pl_correlate(a);
  pl_config_refine_hints(
      a); /* --config: the host's conn makes the hints definite (src/passes/configcheck.c) */
}

static int conn_cmp(gconstpointer pa, gconstpointer pb) {
  const pl_conn *x = *(pl_conn *const *) pa, *y = *(pl_conn *const *) pb;
  int c = g_strcmp0(x->host, y->host);
  if (c) return c;
  c = g_strcmp0(x->name, y->name);
  if (c) return c;
  c = g_strcmp0(x->instance, y->instance);
  if (c) return c;
  c = g_strcmp0(x->peer, y->peer);
  if (c) return c;
  if (x->source != y->source) return x->source < y->source ? -1 : 1;
  return x->first_line < y->first_line ? -1 : x->first_line > y->first_line;
}

GPtrArray *pl_analysis_sorted_conns(const pl_analysis *a) {
  GPtrArray *v = g_ptr_array_new();
  for (guint i = 0; i < a->conns->len; i++) g_ptr_array_add(v, a->conns->pdata[i]);
  g_ptr_array_sort(v, conn_cmp);
  return v;
}

/* ---- verdicts and stages (include/verdicts.def, include/stages.def) ------ */

static const struct {
  const char *name, *label;
} verdicts[PL_VERDICT_N] = {
    [PL_VERDICT_NONE] = {NULL, N_("unknown")},
#define VERDICT(id, name, label) [PL_VERDICT_##id] = {name, label},
#include "verdicts.def"
#undef VERDICT
};

static const struct {
  const char *name, *label;
} stages[PL_STAGE_N] = {
    [PL_STAGE_NONE] = {NULL, N_("none")},
#define STAGE(id, name, label) [PL_STAGE_##id] = {name, label},
#include "stages.def"
#undef STAGE
};

const char *pl_verdict_name(pl_verdict v) { return v < PL_VERDICT_N ? verdicts[v].name : NULL; }

const char *pl_verdict_label(pl_verdict v) {
  return v < PL_VERDICT_N ? verdicts[v].label : verdicts[PL_VERDICT_NONE].label;
}

const char *pl_stage_name(pl_stage s) { return s < PL_STAGE_N ? stages[s].name : NULL; }

const char *pl_stage_label(pl_stage s) {
  return s < PL_STAGE_N ? stages[s].label : stages[PL_STAGE_NONE].label;
}

pl_stage pl_stage_from_name(const char *name) {
  for (int s = PL_STAGE_NONE + 1; name && s < PL_STAGE_N; s++)
    if (!strcmp(name, stages[s].name)) return (pl_stage) s;
  return PL_STAGE_NONE;
}
