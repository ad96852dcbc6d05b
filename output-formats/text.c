/* -f text: the terminal view.  Until the diagnosis view lands, it prints
 * each connection's timeline: its SAs, their links and states. */
#include "plutolog.h"

void pl_fmt_text(const pl_analysis *a, const pl_output_opts *o, GString *out) {
  (void) o;
  GPtrArray *conns = pl_analysis_sorted_conns(a);
  for (guint i = 0; i < conns->len; i++) {
    const pl_conn *c = conns->pdata[i];
    g_string_append_printf(out, "%s%s%s", c->name ? "\"" : "", c->name ? c->name : "(no connection)",
                           c->name ? "\"" : "");
    if (c->instance) g_string_append(out, c->instance);
    if (c->host) g_string_append_printf(out, " on %s", c->host);
    if (c->peer) g_string_append_printf(out, " peer %s", c->peer);
    if (c->ike_version) g_string_append_printf(out, " IKEv%d", c->ike_version);
    if (c->mode) g_string_append_printf(out, " %s", c->mode);
    if (c->role) g_string_append_printf(out, " %s", pl_role_name(c->role));
    g_string_append_printf(out, ": %s\n", c->diag.verdict ? c->diag.verdict : "unknown");
    for (guint s = 0; s < c->sas->len; s++) {
      const pl_sa *sa = c->sas->pdata[s];
      g_string_append_printf(out, "  #%" G_GINT64_FORMAT " %-5s", sa->serial, sa->is_ike ? "IKE" : "Child");
      if (sa->parent) g_string_append_printf(out, " using #%" G_GINT64_FORMAT, sa->parent);
      if (sa->replaces) g_string_append_printf(out, " replaces #%" G_GINT64_FORMAT, sa->replaces);
      if (sa->role) g_string_append_printf(out, " %s", pl_role_name(sa->role));
      g_string_append_printf(out, " %s%s%s\n", sa->last_state ? sa->last_state : "-",
                             sa->established ? " established" : "", sa->deleted ? " deleted" : "");
    }
  }
  g_ptr_array_unref(conns);
  const pl_stats *st = &a->stats;
  g_string_append_printf(out,
                         "%" G_GUINT64_FORMAT " lines: %" G_GUINT64_FORMAT " pluto (%" G_GUINT64_FORMAT
                         " recognised, %" G_GUINT64_FORMAT " unrecognised, %" G_GUINT64_FORMAT
                         " debug), %" G_GUINT64_FORMAT " other\n",
                         st->lines, st->pluto, st->recognised, st->unrecognised, st->debug, st->other);
}
