/* -f markdown: a report for a ticket or a wiki (GitHub Flavored Markdown).
 *
 * Everything that comes from a log goes through pl_md_escape (inline text
 * and table cells: '|' and newlines cannot break a row, '<' cannot open
 * HTML, brackets cannot make links) or into a fenced block whose fence is
 * longer than any backtick run inside it, so log text cannot close it. */
#include "seq.h"
#include "diagnose.h"
#include "escape.h"

#include <string.h>

static void md(GString *out, const char *s) { pl_md_escape(out, s); }

static void conn_title(const pl_analysis *a, const pl_conn *c, GString *out) {
  if (c->name) {
    g_string_append(out, "\"");
    md(out, c->name);
    g_string_append(out, "\"");
    md(out, c->instance);
  } else {
    g_string_append(out, _(pl_host_conn_label(c)));
  }
  if (c->host) {
    g_string_append_printf(out, " %s ", _("on"));
    md(out, c->host);
  } else if (a->sources->len > 1) {
    /* no host in the prefix: the log it comes from */
    char *base = g_path_get_basename(pl_source_name(a, c->source));
    g_string_append(out, " \\(");
    md(out, base);
    g_string_append(out, "\\)");
    g_free(base);
  }
}

/* Sanitised one-line text of an event for a fenced block. */
static char *event_text(const pl_analysis *a, const pl_event *ev) {
  GString *s = g_string_new(NULL);
  pl_term_escape_name(s, pl_source_name(a, ev->source));
  g_string_append_printf(s, ":%" G_GUINT64_FORMAT ": ", ev->line);
  if (ev->serial) g_string_append_printf(s, "#%" G_GINT64_FORMAT ": ", ev->serial);
  const char *t = ev->text ? ev->text : pl_event_kind_name(ev->kind);
  pl_term_escape_name(s, t);
  return g_string_free(s, FALSE);
}

static gsize longest_backtick_run(const char *s) {
  gsize best = 0, run = 0;
  for (const char *p = s; *p; p++) {
    run = *p == '`' ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

static void evidence_block(const pl_analysis *a, const pl_attempt *t, GString *out) {
  GPtrArray *lines = g_ptr_array_new_with_free_func(g_free);
  gsize run = 0;
  for (guint i = 0; i < t->evidence->len; i++) {
    char *l = event_text(a, t->evidence->pdata[i]);
    run = MAX(run, longest_backtick_run(l));
    g_ptr_array_add(lines, l);
  }
  gsize n = MAX(3, run + 1);
  for (gsize i = 0; i < n; i++) g_string_append_c(out, '`');
  g_string_append(out, "text\n");
  for (guint i = 0; i < lines->len; i++) g_string_append_printf(out, "%s\n", (char *) lines->pdata[i]);
  for (gsize i = 0; i < n; i++) g_string_append_c(out, '`');
  g_string_append(out, "\n\n");
  g_ptr_array_unref(lines);
}

static void ladder(const pl_attempt *t, GString *out) {
  for (int r = 0; r < PL_LADDER_N; r++) {
    const char *m = t->marks[r] == PL_MARK_PASSED ? "✓" : t->marks[r] == PL_MARK_FAILED ? "✗" : "·";
    g_string_append_printf(out, "- %s %s%s%s\n", m, t->marks[r] == PL_MARK_FAILED ? "**" : "",
                           _(pl_stage_label(pl_ladder[r])), t->marks[r] == PL_MARK_FAILED ? "**" : "");
  }
  bool off = t->stage && t->stage != PL_STAGE_UNKNOWN;
  for (int r = 0; off && r < PL_LADDER_N; r++)
    if (t->stage == pl_ladder[r]) off = false;
  if (off) g_string_append_printf(out, "- ✗ **%s**\n", _(pl_stage_label(t->stage)));
  g_string_append_c(out, '\n');
}

static void conn_section(const pl_analysis *a, const pl_conn *c, const pl_seq *seq, GString *out) {
  g_string_append(out, "## ");
  conn_title(a, c, out);
  g_string_append(out, "\n\n");
  GString *meta = g_string_new(NULL);
  if (c->peer) {
    g_string_append_printf(meta, "%s ", _("peer"));
    md(meta, c->peer);
  }
  if (c->ike_version) g_string_append_printf(meta, "%sIKEv%d", meta->len ? ", " : "", c->ike_version);
  if (c->mode == PL_EXCHANGE_MAIN) g_string_append_printf(meta, " %s", _("Main Mode"));
  if (c->mode == PL_EXCHANGE_AGGRESSIVE) g_string_append_printf(meta, " %s", _("Aggressive Mode"));
  if (c->role == PL_ROLE_INITIATOR)
    g_string_append_printf(meta, "%s%s", meta->len ? ", " : "", _("initiator (we connect out)"));
  if (c->role == PL_ROLE_RESPONDER)
    g_string_append_printf(meta, "%s%s", meta->len ? ", " : "", _("responder (the peer connects in)"));
  if (meta->len) g_string_append_printf(out, "%s\n\n", meta->str);
  g_string_free(meta, TRUE);

  const pl_diag_detail *d = pl_diag_detail_of(c);
  const pl_attempt *t = d ? d->main : NULL;
  pl_verdict v = c->diag.verdict ? c->diag.verdict : PL_VERDICT_UNKNOWN;
  g_string_append_printf(out, "**%s%s** %s", _("Verdict"), _(":"), _(pl_verdict_label(v)));
  if (c->diag.stage && v != PL_VERDICT_ESTABLISHED)
    g_string_append_printf(out, " — %s %s", _("stops at"), _(pl_stage_label(c->diag.stage)));
  if (c->diag.reason) g_string_append_printf(out, " (`%s`)", c->diag.reason);
  g_string_append(out, "\n\n");
  char *folded = pl_folded_instances_sentence(c);
  if (folded) {
    md(out, folded);
    g_string_append(out, "\n\n");
  }
  g_free(folded);
  if (!t) {
    if (!c->folded_instances)
      g_string_append_printf(out, "%s\n\n",
                             _("The connection was loaded, but this log shows no negotiation for it."));
    return;
  }
  g_string_append_printf(out, "### %s\n\n", _("Ladder"));
  ladder(t, out);
  g_string_append_printf(out, "### %s\n\n", _("Diagnosis"));
  char *s = pl_msg_render(&t->summary, true);
  md(out, s);
  g_free(s);
  g_string_append(out, "\n\n");
  for (guint i = 0; i < t->notes->len; i++) {
    char *n = pl_msg_render(t->notes->pdata[i], true);
    g_string_append(out, "> ");
    md(out, n);
    g_string_append(out, "\n\n");
    g_free(n);
  }
  if (t->needs_peer_log) {
    g_string_append_printf(out, "**%s%s** %s", _("Ask for the peer's log"), _(":"),
                           _("only the peer's log can tell which of these it is:"));
    for (int i = 0; t->candidates[i]; i++)
      g_string_append_printf(out, "%s%s", i ? ", " : " ", _(pl_stage_label(t->candidates[i])));
    g_string_append(out, "\n\n");
  }
  s = pl_msg_render(&t->hint, true);
  if (s) {
    g_string_append_printf(out, "**%s%s** ", _("What to change"), _(":"));
    md(out, s);
    g_string_append(out, "\n\n");
    g_free(s);
  }
  if (t->peer_hint.fmt && t->peer_log) {
    pl_msg lm = {N_("What the peer's log ({1}) advises for that host"), {t->peer_log, NULL, NULL, NULL}};
    char *label = pl_msg_render(&lm, true);
    s = pl_msg_render(&t->peer_hint, true);
    g_string_append(out, "**");
    md(out, label);
    g_string_append(out, ":** ");
    md(out, s);
    g_string_append(out, "\n\n");
    g_free(s);
    g_free(label);
  }
  if (seq && seq->steps->len) {
    /* the exchange as a diagram (GitHub and GitLab draw ```mermaid blocks) */
    g_string_append_printf(out, "### %s\n\n", _("Sequence"));
    GString *m = g_string_new(NULL);
    pl_mermaid_seq(seq, m);
    gsize n = MAX(3, longest_backtick_run(m->str) + 1);
    for (gsize i = 0; i < n; i++) g_string_append_c(out, '`');
    g_string_append(out, "mermaid\n");
    g_string_append(out, m->str);
    if (m->len && m->str[m->len - 1] != '\n') g_string_append_c(out, '\n');
    for (gsize i = 0; i < n; i++) g_string_append_c(out, '`');
    g_string_append(out, "\n\n");
    g_string_free(m, TRUE);
  }
  g_string_append_printf(out, "### %s\n\n", _("What the log shows of the peer"));
  if (d->facts->len) {
    g_string_append_printf(out, "| %s | %s | %s |\n|---|---|---|\n", _("Fact"), _("Value"), _("Line"));
    for (guint i = 0; i < d->facts->len; i++) {
      const pl_peer_fact *f = d->facts->pdata[i];
      g_string_append(out, "| ");
      md(out, _(f->label));
      g_string_append(out, " | ");
      md(out, f->value);
      g_string_append(out, " | ");
      if (f->ev) {
        md(out, pl_source_name(a, f->ev->source));
        g_string_append_printf(out, ":%" G_GUINT64_FORMAT, f->ev->line);
      }
      g_string_append(out, " |\n");
    }
    g_string_append_c(out, '\n');
  } else {
    g_string_append_printf(out, "%s\n\n", _("Nothing yet."));
  }
  if (c->peerconf && c->name) {
    g_string_append_printf(out, "### %s\n\n", _("The peer's configuration"));
    pl_peerconf_markdown(a, c, out);
  }
  if (t->evidence->len) {
    g_string_append_printf(out, "### %s\n\n", _("Evidence"));
    evidence_block(a, t, out);
  }
  if (d->attempts->len > 1)
    g_string_append_printf(out, "%s%s%u (%s %u%s%s %u)\n\n", _("Attempts"), _(": "), d->attempts->len,
                           _("established"), d->n_established, _(", "), _("failed"), d->n_failed);
}

void pl_fmt_markdown(const pl_analysis *a, const pl_output_opts *o, GString *out) {
  g_string_append(out, "# ");
  if (o->title) md(out, o->title);
  else g_string_append(out, _("IPsec tunnel diagnosis"));
  g_string_append(out, "\n\n");
  g_string_append_printf(out, "**%s%s**", _("Inputs"), _(":"));
  for (guint i = 0; i < a->sources->len; i++) {
    const pl_source *s = a->sources->pdata[i];
    g_string_append(out, i ? ", " : " ");
    md(out, s->name);
    g_string_append_printf(out, " (%" G_GUINT64_FORMAT " %s)", s->lines, _("lines"));
  }
  g_string_append(out, "\n\n");

  GPtrArray *conns = pl_analysis_sorted_conns(a);
  g_string_append_printf(out, "## %s\n\n", _("Summary"));
  if (!conns->len) {
    g_string_append_printf(out, "%s\n\n", _("No IPsec connection found in the input."));
  } else {
    g_string_append_printf(out, "| %s | %s | %s | %s | %s | %s |\n|---|---|---|---|---|---|\n",
                           _("Connection"), _("Peer"), _("Verdict"), _("Stage"), _("Reason"),
                           _("Last change"));
    for (guint i = 0; i < conns->len; i++) {
      const pl_conn *c = conns->pdata[i];
      if (!c->name && !c->diag.reason) continue; /* host-level lines that prove nothing */
      g_string_append(out, "| ");
      conn_title(a, c, out);
      g_string_append(out, " | ");
      if (c->peer) md(out, c->peer);
      pl_verdict v = c->diag.verdict ? c->diag.verdict : PL_VERDICT_UNKNOWN;
      g_string_append_printf(out, " | %s | %s | %s%s%s | ", _(pl_verdict_label(v)),
                             c->diag.stage ? _(pl_stage_label(c->diag.stage)) : "", c->diag.reason ? "`" : "",
                             c->diag.reason ? c->diag.reason : "", c->diag.reason ? "`" : "");
      pl_format_when(out, pl_conn_last_time(c));
      g_string_append(out, " |\n");
    }
    g_string_append_c(out, '\n');
  }
  pl_correlation *tmp = NULL;
  const pl_correlation *cor = pl_correlation_get(a, &tmp);
  for (guint i = 0; i < conns->len; i++) {
    const pl_conn *c = conns->pdata[i];
    if (!c->name && !c->diag.reason) continue;
    /* a failing connection gets its diagram: both hosts when paired */
    pl_seq *seq = NULL;
    pl_verdict v = c->diag.verdict ? c->diag.verdict : PL_VERDICT_UNKNOWN;
    if (c->name && (v == PL_VERDICT_FAILED || v == PL_VERDICT_PARTIAL)) {
      const pl_conn_match *m = pl_correlation_find(cor, c);
      seq = m ? pl_seq_for_pair(a, m) : pl_seq_for_conn(a, c);
    }
    conn_section(a, c, seq, out);
    if (seq) pl_seq_free(seq);
    pl_output_flush(o, out);
  }
  if (tmp) pl_correlation_free(tmp);
  g_ptr_array_unref(conns);
  const pl_stats *st = &a->stats;
  char *line = pl_stats_sentence(st);
  g_string_append_printf(out, "---\n\n%s\n", line);
  g_free(line);
}
