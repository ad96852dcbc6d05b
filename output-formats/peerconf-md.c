/* The peer's configuration as a Markdown table (for -f markdown).
 *
 * Reads what the peerconf pass found (include/peerconf.h): one row per
 * setting the log shows, with its value, how sure we are and the line
 * that proves it.  Every cell goes through pl_md_escape, so a value or a
 * file name holding '|', a newline or '<' cannot break the table or make
 * HTML. */
#include "diagnose.h"
#include "peerconf.h"

static const char *conf_label(pl_pc_confidence c) {
  return c == PL_CONF_SEEN ? N_("seen in the log") : c == PL_CONF_INFERRED ? N_("inferred") : N_("unknown");
}

void pl_peerconf_markdown(const pl_analysis *a, const pl_conn *c, GString *out) {
  const pl_peerconf_t *pc = pl_conn_peerconf(c);
  if (!pc) return;
  guint rows = 0;
  for (int k = 0; k < PL_PC__COUNT; k++) {
    const pl_pc_item *it = &pc->item[k];
    if (!it->value || it->conf == PL_CONF_UNKNOWN) continue;
    if (!rows++)
      g_string_append_printf(out, "| %s | %s | %s | %s |\n|---|---|---|---|\n", _("Setting"), _("Value"),
                             _("Confidence"), _("Evidence"));
    g_string_append(out, "| ");
    pl_md_escape(out, pl_pc_key_name((pl_pc_key) k));
    g_string_append(out, "= | ");
    pl_md_escape(out, it->value);
    g_string_append_printf(out, " | %s | ", _(conf_label(it->conf)));
    if (it->line) {
      pl_md_escape(out, pl_source_name(a, it->source));
      g_string_append_printf(out, ":%" G_GUINT64_FORMAT, it->line);
    }
    if (it->note && *it->note) {
      g_string_append(out, it->line ? " — " : "");
      pl_md_escape(out, _(it->note));
    }
    g_string_append(out, " |\n");
  }
  if (rows) g_string_append_c(out, '\n');
  else g_string_append_printf(out, "%s\n\n", _("The log does not show any of the peer's settings."));
  if (pc->psk_mismatch)
    g_string_append_printf(out, "- %s\n",
                           _("The log points at different pre-shared keys; a key is never in a log, so "
                             "compare it on both sides by hand."));
  if (pc->v1_phase2_hidden)
    g_string_append_printf(out, "- %s\n",
                           _("The peer's phase 2 proposal was refused, but this Libreswan version does "
                             "not log it (since 3.22): compare esp= by hand."));
  if (pc->version) {
    char v[16];
    g_snprintf(v, sizeof v, "%d", pc->version);
    pl_msg m = {N_("The wording of the log is that of Libreswan {1}."), {v, NULL, NULL, NULL}};
    char *s = pl_msg_render(&m, true);
    g_string_append_printf(out, "- %s\n", s);
    g_free(s);
  }
  if (pc->psk_mismatch || pc->v1_phase2_hidden || pc->version) g_string_append_c(out, '\n');
}
