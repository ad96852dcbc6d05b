/* -f text (default): the diagnosis, one block per connection, made to be
 * pasted into a ticket.  Colour only when o->color (a terminal without
 * NO_COLOR); log text is stripped of control characters so a hostile
 * peer ID cannot drive the terminal. */
#include "config.h"
#include "diagnose.h"
#include "escape.h"

#include <string.h>

#define C_RED "\033[31m"
#define C_GREEN "\033[32m"
#define C_YELLOW "\033[33m"
#define C_DIM "\033[2m"
#define C_BOLD "\033[1m"
#define C_OFF "\033[0m"

static void col(GString *out, const pl_output_opts *o, const char *code) {
  if (o->color) g_string_append(out, code);
}

/* Log text on a terminal: no control characters, valid UTF-8. */
static void safe(GString *out, const char *s) { pl_term_escape_name(out, s); }

static const char *verdict_color(pl_verdict v) {
  if (!v) return C_YELLOW;
  if (v == PL_VERDICT_ESTABLISHED) return C_GREEN;
  if (v == PL_VERDICT_FAILED) return C_RED;
  return C_YELLOW;
}

static void header(const pl_analysis *a, const pl_conn *c, GString *out, const pl_output_opts *o) {
  col(out, o, C_BOLD);
  if (c->name) {
    g_string_append_c(out, '"');
    safe(out, c->name);
    g_string_append_c(out, '"');
    safe(out, c->instance);
  } else {
    g_string_append(out, _(pl_host_conn_label(c)));
  }
  col(out, o, C_OFF);
  if (c->host) {
    g_string_append_printf(out, "  %s ", _("host"));
    safe(out, c->host);
  } else if (a->sources->len > 1 && c->source < a->sources->len) {
    /* no host in the prefix: say which log it comes from */
    char *base = g_path_get_basename(pl_source_name(a, c->source));
    g_string_append(out, "  [");
    safe(out, base);
    g_string_append_c(out, ']');
    g_free(base);
  }
  if (c->peer) {
    g_string_append_printf(out, "  %s ", _("peer"));
    safe(out, c->peer);
  }
  if (c->ike_version) g_string_append_printf(out, "  IKEv%d", c->ike_version);
  if (c->mode && c->mode != PL_EXCHANGE_IKEV2) {
    g_string_append_c(out, ' ');
    if (c->mode == PL_EXCHANGE_MAIN) g_string_append(out, _("Main Mode"));
    else if (c->mode == PL_EXCHANGE_AGGRESSIVE) g_string_append(out, _("Aggressive Mode"));
    else safe(out, pl_exchange_name(c->mode));
  }
  if (c->role == PL_ROLE_INITIATOR) g_string_append_printf(out, "  %s", _("initiator (we connect out)"));
  else if (c->role == PL_ROLE_RESPONDER)
    g_string_append_printf(out, "  %s", _("responder (the peer connects in)"));
  g_string_append_c(out, '\n');
}

static void ladder(const pl_attempt *t, GString *out, const pl_output_opts *o) {
  bool any = false;
  for (int r = 0; r < PL_LADDER_N; r++) any |= t->marks[r] != PL_MARK_NOT_REACHED;
  for (int r = 0; any && r < PL_LADDER_N; r++) {
    pl_mark m = t->marks[r];
    g_string_append(out, "    ");
    if (m == PL_MARK_PASSED) col(out, o, C_GREEN), g_string_append(out, "✓ ");
    else if (m == PL_MARK_FAILED) col(out, o, C_RED), g_string_append(out, "✗ ");
    else col(out, o, C_DIM), g_string_append(out, "· ");
    g_string_append(out, _(pl_stage_label(pl_ladder[r])));
    col(out, o, C_OFF);
    g_string_append_c(out, '\n');
  }
  bool off = t->stage && t->stage != PL_STAGE_UNKNOWN;
  for (int r = 0; off && r < PL_LADDER_N; r++)
    if (t->stage == pl_ladder[r]) off = false;
  if (off) {
    bool bad = t->verdict && (t->verdict == PL_VERDICT_FAILED || t->verdict == PL_VERDICT_PARTIAL);
    g_string_append(out, "    ");
    col(out, o, bad ? C_RED : C_YELLOW);
    g_string_append(out, bad ? "✗ " : "• ");
    g_string_append(out, _(pl_stage_label(t->stage)));
    col(out, o, C_OFF);
    g_string_append_c(out, '\n');
  }
}

/* The colon after a label and the comma between items, as the language
 * writes them (full-width in Chinese: "結果：失敗"). */
static const char *colon(void) { return _(": "); }
static const char *comma(void) { return _(", "); }

static void para(GString *out, const char *label, const char *text) {
  if (!text || !*text) return;
  g_string_append_printf(out, "  %s%s", label, colon());
  safe(out, text);
  g_string_append_c(out, '\n');
}

static void event_line(const pl_analysis *a, const pl_event *ev, GString *out) {
  g_string_append(out, "    ");
  safe(out, pl_source_name(a, ev->source));
  g_string_append_printf(out, ":%" G_GUINT64_FORMAT ": ", ev->line);
  if (ev->serial) g_string_append_printf(out, "#%" G_GINT64_FORMAT ": ", ev->serial);
  const char *t = ev->text;
  if (t && ev->text_len && strlen(t) > 200 && g_utf8_validate(t, -1, NULL) && g_utf8_strlen(t, -1) > 200) {
    char *cut = g_utf8_substring(t, 0, 200); /* 200 characters, not bytes */
    safe(out, cut);
    g_string_append(out, "…");
    g_free(cut);
  } else {
    safe(out, t ? t : pl_event_kind_name(ev->kind));
  }
  g_string_append_c(out, '\n');
}

#define TEXT_MAX_EVIDENCE 6
#define TEXT_MAX_VALUES 4

/* The peer's facts, one line per kind, values joined: "peer ID: @a, @b". */
static void facts(const pl_diag_detail *d, GString *out) {
  if (!d->facts->len) return;
  g_string_append_printf(out, "  %s%s\n", _("What the log shows of the peer"), _(":"));
  GPtrArray *labels = g_ptr_array_new();
  for (guint i = 0; i < d->facts->len; i++) {
    const pl_peer_fact *f = d->facts->pdata[i];
    if (!g_ptr_array_find(labels, f->label, NULL)) g_ptr_array_add(labels, (gpointer) f->label);
  }
  for (guint l = 0; l < labels->len; l++) {
    const char *label = labels->pdata[l];
    g_string_append_printf(out, "    %s%s", _(label), colon());
    guint n = 0, total = 0;
    for (guint i = 0; i < d->facts->len; i++) {
      const pl_peer_fact *f = d->facts->pdata[i];
      if (f->label != label) continue;
      total++;
      if (n >= TEXT_MAX_VALUES) continue;
      if (n++) g_string_append(out, "; ");
      safe(out, f->value);
    }
    if (total > n) {
      pl_msg mm = {N_("({1} more)"), {NULL}};
      mm.args[0] = g_strdup_printf("%u", total - n);
      char *more = pl_msg_render(&mm, true);
      g_string_append_printf(out, " %s", more);
      g_free(more);
      g_free(mm.args[0]);
    }
    g_string_append_c(out, '\n');
  }
  g_ptr_array_unref(labels);
}

static void conn_block(const pl_analysis *a, const pl_conn *c, const pl_output_opts *o, GString *out) {
  header(a, c, out, o);
  const pl_diag_detail *d = pl_diag_detail_of(c);
  const pl_attempt *t = d ? d->main : NULL;
  pl_verdict v = c->diag.verdict ? c->diag.verdict : PL_VERDICT_UNKNOWN;
  g_string_append_printf(out, "  %s%s", _("Verdict"), colon());
  col(out, o, C_BOLD);
  col(out, o, verdict_color(v));
  g_string_append(out, _(pl_verdict_label(v)));
  col(out, o, C_OFF);
  if (c->diag.stage && v != PL_VERDICT_ESTABLISHED) {
    g_string_append_printf(out, " — %s ", _("stops at"));
    g_string_append(out, _(pl_stage_label(c->diag.stage)));
  }
  if (c->diag.reason) g_string_append_printf(out, " [%s]", c->diag.reason);
  g_string_append_c(out, '\n');
  char *folded = pl_folded_instances_sentence(c);
  if (folded) para(out, _("Instances"), folded);
  g_free(folded);
  if (!t) {
    if (!c->folded_instances)
      para(out, _("Summary"), _("The connection was loaded, but this log shows no negotiation for it."));
    return;
  }
  ladder(t, out, o);
  char *s = pl_msg_render(&t->summary, true);
  para(out, _("Summary"), s);
  g_free(s);
  for (guint i = 0; i < t->notes->len; i++) {
    char *n = pl_msg_render(t->notes->pdata[i], true);
    para(out, _("Note"), n);
    g_free(n);
  }
  if (t->needs_peer_log) {
    GString *g = g_string_new(_("only the peer's log can tell which of these it is:"));
    for (int i = 0; t->candidates[i]; i++)
      g_string_append_printf(g, "%s%s", i ? ", " : " ", _(pl_stage_label(t->candidates[i])));
    para(out, _("Ask for the peer's log"), g->str);
    g_string_free(g, TRUE);
  }
  s = pl_msg_render(&t->hint, true);
  para(out, _("What to change"), s);
  g_free(s);
  s = pl_msg_render(&t->peer_hint, true);
  if (s && t->peer_log) {
    pl_msg lm = {N_("What the peer's log ({1}) advises for that host"), {t->peer_log, NULL, NULL, NULL}};
    char *label = pl_msg_render(&lm, true);
    para(out, label, s);
    g_free(label);
  }
  g_free(s);
  facts(d, out);
  pl_config_check_text(a, c, out); /* --config: this host's conn against the log */
  if (t->evidence->len) {
    g_string_append_printf(out, "  %s%s\n", _("Evidence"), _(":"));
    guint n = t->evidence->len;
    guint shown = n > TEXT_MAX_EVIDENCE ? TEXT_MAX_EVIDENCE - 1 : n;
    for (guint i = 0; i < shown; i++) event_line(a, t->evidence->pdata[i], out);
    if (shown < n) {
      /* keep the newest line: it is usually the decisive one */
      g_string_append_printf(out, "    … ");
      pl_msg mm = {N_("({1} more)"), {NULL}};
      mm.args[0] = g_strdup_printf("%u", n - shown - 1);
      char *more = pl_msg_render(&mm, true);
      g_string_append(out, more);
      g_string_append_c(out, '\n');
      g_free(more);
      g_free(mm.args[0]);
      event_line(a, t->evidence->pdata[n - 1], out);
    }
  }
  if (d->attempts->len > 1)
    g_string_append_printf(out, "  %s%s%u (%s %u%s%s %u)\n", _("Attempts"), colon(), d->attempts->len,
                           _("established"), d->n_established, comma(), _("failed"), d->n_failed);
}

/* Display width of UTF-8 text on a terminal (CJK characters take two columns). */
static guint cols(const char *s) {
  guint w = 0;
  for (const char *p = s; *p; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    w += g_unichar_iszerowidth(c) ? 0 : g_unichar_iswide(c) ? 2 : 1;
  }
  return w;
}

/* At most max columns of s (valid UTF-8), "…" when cut. */
static char *fit(const char *s, guint max) {
  if (cols(s) <= max) return g_strdup(s);
  GString *g = g_string_new(NULL);
  guint w = 0;
  for (const char *p = s; *p; p = g_utf8_next_char(p)) {
    gunichar c = g_utf8_get_char(p);
    guint cw = g_unichar_iswide(c) ? 2 : 1;
    if (w + cw > max - 1) break;
    g_string_append_unichar(g, c);
    w += cw;
  }
  g_string_append(g, "\xe2\x80\xa6");
  return g_string_free(g, FALSE);
}

static bool conn_shown(const pl_conn *c) { return c->name || c->diag.reason; }

/* The overview of a host with many tunnels: one line per connection (name,
 * peer, verdict, stage, last change) before the details. */
static void summary_table(const pl_analysis *a, GPtrArray *conns, const pl_output_opts *o, GString *out) {
  enum { NCOL = 5 };
  GPtrArray *cells = g_ptr_array_new_with_free_func(g_free);
  const char *head[NCOL] = {_("Connection"), _("Peer"), _("Verdict"), _("Stage"), _("Last change")};
  static const guint maxw[NCOL] = {32, 28, 12, 28, 19};
  guint w[NCOL];
  for (int k = 0; k < NCOL; k++) w[k] = cols(head[k]);
  guint rows = 0;
  for (guint i = 0; i < conns->len; i++) {
    const pl_conn *c = conns->pdata[i];
    if (!conn_shown(c)) continue;
    GString *g[NCOL];
    for (int k = 0; k < NCOL; k++) g[k] = g_string_new(NULL);
    if (c->name) {
      g_string_append_c(g[0], '"');
      safe(g[0], c->name);
      g_string_append_c(g[0], '"');
      safe(g[0], c->instance);
    } else {
      g_string_append(g[0], _(pl_host_conn_label(c)));
    }
    if (c->host) g_string_append_c(g[0], '@'), safe(g[0], c->host);
    else if (a->sources->len > 1 && c->source < a->sources->len) {
      char *base = g_path_get_basename(pl_source_name(a, c->source));
      g_string_append(g[0], " [");
      safe(g[0], base);
      g_string_append_c(g[0], ']');
      g_free(base);
    }
    safe(g[1], c->peer ? c->peer : "-");
    g_string_append(g[2], _(pl_verdict_label(c->diag.verdict ? c->diag.verdict : PL_VERDICT_UNKNOWN)));
    g_string_append(g[3], c->diag.stage ? _(pl_stage_label(c->diag.stage)) : "-");
    pl_format_when(g[4], pl_conn_last_time(c));
    for (int k = 0; k < NCOL; k++) {
      char *f = fit(g[k]->str, maxw[k]);
      g_string_free(g[k], TRUE);
      w[k] = MAX(w[k], cols(f));
      g_ptr_array_add(cells, f);
    }
    rows++;
  }
  g_string_append_printf(out, "%s\n", _("Connections at a glance:"));
  for (guint r = 0; r <= rows; r++) {
    g_string_append(out, " ");
    for (int k = 0; k < NCOL; k++) {
      const char *s = r ? cells->pdata[(r - 1) * NCOL + k] : head[k];
      bool bad = r && k == 2;
      pl_verdict v = PL_VERDICT_NONE;
      if (bad) {
        const pl_conn *c = NULL;
        for (guint i = 0, n = 0; i < conns->len && !c; i++)
          if (conn_shown(conns->pdata[i]) && ++n == r) c = conns->pdata[i];
        v = c ? c->diag.verdict : PL_VERDICT_NONE;
      }
      g_string_append_c(out, ' ');
      if (!r) col(out, o, C_BOLD);
      else if (bad) col(out, o, verdict_color(v));
      g_string_append(out, s);
      if (!r || bad) col(out, o, C_OFF);
      if (k + 1 < NCOL)
        for (guint pad = cols(s); pad < w[k] + 1; pad++) g_string_append_c(out, ' ');
    }
    g_string_append_c(out, '\n');
  }
  g_string_append_c(out, '\n');
  g_ptr_array_unref(cells);
}

void pl_fmt_text(const pl_analysis *a, const pl_output_opts *o, GString *out) {
  GPtrArray *conns = pl_analysis_sorted_conns(a);
  guint nf = 0, ne = 0, np = 0, shown = 0, want = 0;
  for (guint i = 0; i < conns->len; i++) want += conn_shown(conns->pdata[i]);
  if (want >= 2) summary_table(a, conns, o, out);
  for (guint i = 0; i < conns->len; i++) {
    const pl_conn *c = conns->pdata[i];
    /* host-level lines that prove nothing are not worth a block */
    if (!c->name && !c->diag.reason) continue;
    if (shown) g_string_append_c(out, '\n');
    conn_block(a, c, o, out);
    shown++;
    pl_output_flush(o, out);
    pl_verdict v = c->diag.verdict ? c->diag.verdict : PL_VERDICT_UNKNOWN;
    if (v == PL_VERDICT_FAILED) nf++;
    else if (v == PL_VERDICT_ESTABLISHED) ne++;
    else if (v == PL_VERDICT_PARTIAL) np++;
  }
  guint n = shown;
  if (!conns->len) g_string_append_printf(out, "%s\n", _("No IPsec connection found in the input."));
  g_ptr_array_unref(conns);
  const pl_stats *st = &a->stats;
  g_string_append_c(out, '\n');
  char *line;
  pl_msg m = {N_("{1} connection(s): {2} established, {3} partial, {4} failed."), {NULL}};
  m.args[0] = g_strdup_printf("%u", n);
  m.args[1] = g_strdup_printf("%u", ne);
  m.args[2] = g_strdup_printf("%u", np);
  m.args[3] = g_strdup_printf("%u", nf);
  line = pl_msg_render(&m, true);
  for (int i = 0; i < 4; i++) g_free(m.args[i]);
  g_string_append(out, line);
  g_free(line);
  line = pl_stats_sentence(st);
  g_string_append_c(out, ' ');
  g_string_append(out, line);
  g_string_append_c(out, '\n');
  g_free(line);
}
