/* -f conf: per connection, a conn section for the log's own host (left)
 * that accepts what the peer (right) sent, built from the peerconf pass.
 *
 * Every key has a comment naming its evidence (source:line and confidence)
 * or saying "to be confirmed".  Values are validated again here, per key,
 * and written with pl_conf_value: a value that fails is left out with a
 * comment, so nothing a peer put in the log can add a line or a key.
 * Comments are cleaned of control characters for the same reason.
 * Secrets are never printed: the log never holds them, and the comment
 * points to ipsec.secrets. */
#include "peerconf.h"
#include "config.h"
#include "configpatch.h"
#include "i18n.h"

#include <string.h>

/* a comment line: "\t# text", control characters replaced; text is a msgid
 * (translated here) or a sentence already built from translated parts */
static void comment(GString *out, const char *indent, const char *text) {
  text = _(text);
  g_string_append(out, indent);
  g_string_append(out, "# ");
  gsize n = 0;
  for (const unsigned char *p = (const unsigned char *) text; *p && n < 400; p++, n++)
    g_string_append_c(out, (*p < 0x20 || *p == 0x7f) ? '?' : (char) *p);
  g_string_append_c(out, '\n');
}

static char *evidence(const pl_analysis *a, const pl_pc_item *it) {
  GString *s = g_string_new(NULL);
  if (it->line)
    g_string_append_printf(s, "%s:%" G_GUINT64_FORMAT ", ", pl_source_base(a, it->source), it->line);
  g_string_append(s, _(pl_pc_confidence_name(it->conf)));
  if (it->note) g_string_append_printf(s, "; %s", _(it->note));
  return g_string_free(s, FALSE);
}

/* writes "\t# evidence\n\tkey=value\n" when the value passes the check */
static void key(GString *out, const pl_analysis *a, const pl_pc_item *it, const char *name, const char *value,
                bool (*valid)(const char *)) {
  char *ev = evidence(a, it);
  if (valid && !valid(value)) {
    char *c = g_strdup_printf(_("%s: a value was found (%s) but is not a valid setting; left out"), name, ev);
    comment(out, "\t", c);
    g_free(c);
    g_free(ev);
    return;
  }
  char *c = g_strdup_printf("%s: %s", name, ev);
  comment(out, "\t", c);
  g_free(c);
  g_free(ev);
  g_string_append_printf(out, "\t%s=", name);
  pl_conf_value(out, value);
  g_string_append_c(out, '\n');
}

static bool valid_word(const char *s) {
  static const char *const ok[] = {"secret", "rsasig", "ecdsa", "null", "yes", "no", "add", "start", NULL};
  for (int i = 0; ok[i]; i++)
    if (s && !strcmp(s, ok[i])) return true;
  return false;
}

static bool valid_lifetime(const char *s) {
  if (!s || !*s || strlen(s) > 12) return false;
  gsize n = strspn(s, "0123456789");
  return n > 0 && (!s[n] || !strcmp(s + n, "s"));
}

/* a value learnt from the peer that would match anyone (issue 16 item 5):
 * left out, with a warning comment */
static bool wild_key(GString *out, const pl_analysis *a, const pl_pc_item *it, const char *name,
                     bool subnet) {
  const char *v = it->value;
  bool wild =
      subnet ? (!strcmp(v, "0.0.0.0/0") || !strcmp(v, "::/0") || !strcmp(v, "0.0.0.0") || !strcmp(v, "::"))
             : pl_cfg_wild_value(v);
  if (!wild) return false;
  char *ev = evidence(a, it);
  char *t =
      g_strdup_printf(subnet ? _("WARNING: %s: the peer asked for %s (%s); a catch-all selector is never "
                                 "written from a log: agree on the real subnets with the peer")
                             : _("WARNING: %s: the peer sent %s (%s); a wildcard is never written from a "
                                 "log: set the peer's real ID by hand"),
                      name, v, ev);
  comment(out, "\t", t);
  g_free(t);
  g_free(ev);
  return true;
}

/* ike=/esp= from the peer without its weak algorithms (issue 16 item 5) */
static void proposal_key(GString *out, const pl_analysis *a, const pl_pc_item *it, const char *name) {
  GString *dropped = g_string_new(NULL);
  char *safe = pl_cfg_safe_proposals(it->value, dropped);
  if (dropped->len) {
    char *ev = evidence(a, it);
    char *t =
        safe ? g_strdup_printf(_("WARNING: %s: the peer also offers weak algorithms (%s; %s): left out"),
                               name, dropped->str, ev)
             : g_strdup_printf(_("WARNING: %s: the peer proposes only weak algorithms (%s; %s); not written: "
                                 "the peer should move to AES with SHA-2 and modp2048 or stronger"),
                               name, dropped->str, ev);
    comment(out, "\t", t);
    g_free(t);
    g_free(ev);
  }
  if (safe) key(out, a, it, name, safe, pl_pc_valid_token_list);
  g_free(safe);
  g_string_free(dropped, TRUE);
}

static void one_conn(const pl_analysis *a, const pl_output_opts *o, const pl_conn *c, const char *name,
                     GString *out) {
  const pl_peerconf_t *pc = pl_conn_peerconf(c);
  if (!pc) return;
  const pl_pc_item *it = pc->item;
  int target = o && o->target ? o->target : pc->version;
  const char *why_target;
  if (o && o->target) why_target = _("chosen with --target");
  else if (pc->version) why_target = _("the wording of the log");
  else {
    target = 4;
    why_target = _("the log does not show it; Libreswan 4 syntax, --target=5 for 5");
  }
  if (target < 4) target = 4; /* v3 reads the v4 keys used here */

  g_string_append_c(out, '\n');
  char *h = g_strdup_printf(_("connection \"%s\"%s%s: left = this host, right = the peer"), name,
                            c->host ? " on host " : "", c->host ? c->host : "");
  comment(out, "", h);
  g_free(h);
  if (pc->version && !(o && o->target)) {
    char *where =
        g_strdup_printf("%s:%" G_GUINT64_FORMAT, pl_source_base(a, pc->version_source), pc->version_line);
    char *t = g_strdup_printf(_("written for Libreswan %d (%s, %s)"), target, why_target, where);
    g_free(where);
    comment(out, "", t);
    g_free(t);
  } else {
    char *t = g_strdup_printf(_("written for Libreswan %d (%s)"), target, why_target);
    comment(out, "", t);
    g_free(t);
  }
  {
    char *t =
        g_strdup_printf(_("the name \"%s\" is the log's: this section replaces conn %s of this host's "
                          "ipsec.conf (never load both: two conns of one name); with --config=FILE plutolog "
                          "patches the existing conn instead"),
                        name, name);
    comment(out, "", t);
    g_free(t);
  }
  g_string_append_printf(out, "conn %s\n", name);

  /* IKE version */
  const pl_pc_item *kx = &it[PL_PC_KEYEXCHANGE];
  if (kx->value && (!strcmp(kx->value, "ikev1") || !strcmp(kx->value, "ikev2"))) {
    bool v1 = !strcmp(kx->value, "ikev1");
    if (target >= 5) key(out, a, kx, "keyexchange", kx->value, NULL);
    else key(out, a, kx, "ikev2", v1 ? "no" : "insist", NULL);
  } else {
    comment(out, "\t", "IKE version: to be confirmed (the log does not show which one the peer speaks)");
  }

  /* authentication */
  if (it[PL_PC_AUTHBY].value) key(out, a, &it[PL_PC_AUTHBY], "authby", it[PL_PC_AUTHBY].value, valid_word);
  else {
    comment(out, "\t",
            "authby: to be confirmed: the log does not show the peer's method; a pre-shared key "
            "(the usual case) is assumed, use rsasig for certificates or raw RSA keys");
    g_string_append(out, "\tauthby=secret\n");
  }
  if (!it[PL_PC_AUTHBY].value || !strcmp(it[PL_PC_AUTHBY].value, "secret"))
    comment(out, "\t",
            "the pre-shared key is never in a log and never printed here: put it in ipsec.secrets");
  if (pc->psk_mismatch) {
    char *t = g_strdup_printf("the log shows a pre-shared key mismatch (line %" G_GUINT64_FORMAT
                              "): a log cannot reveal the right key; compare both ends' ipsec.secrets",
                              pc->psk_line);
    comment(out, "\t", t);
    g_free(t);
  }

  /* ends */
  if (it[PL_PC_LEFT].value) key(out, a, &it[PL_PC_LEFT], "left", it[PL_PC_LEFT].value, pl_pc_valid_addr);
  else {
    comment(out, "\t",
            "left: to be confirmed (this host's address is not in the log's lines for this connection)");
    g_string_append(out, "\tleft=%defaultroute\n");
  }
  /* the peer's address: never %any from a log (with a pre-shared key it would
   * accept anyone who has the key); unknown, the conn is written inactive */
  bool right_known = it[PL_PC_RIGHT].value && pl_pc_valid_addr(it[PL_PC_RIGHT].value) &&
                     strcmp(it[PL_PC_RIGHT].value, "%any") && strcmp(it[PL_PC_RIGHT].value, "0.0.0.0") &&
                     strcmp(it[PL_PC_RIGHT].value, "::");
  if (right_known) key(out, a, &it[PL_PC_RIGHT], "right", it[PL_PC_RIGHT].value, pl_pc_valid_addr);
  else {
    comment(out, "\t",
            _("right: to be filled in: the peer's address is not in the log; never right=%any with a "
              "pre-shared key (it accepts anyone who has the key)"));
  }
  if (it[PL_PC_LEFTSUBNET].value && !wild_key(out, a, &it[PL_PC_LEFTSUBNET], "leftsubnet", true))
    key(out, a, &it[PL_PC_LEFTSUBNET], "leftsubnet", it[PL_PC_LEFTSUBNET].value, pl_pc_valid_subnet);
  else comment(out, "\t", "leftsubnet: to be confirmed (not in the log)");
  if (it[PL_PC_RIGHTSUBNET].value && !wild_key(out, a, &it[PL_PC_RIGHTSUBNET], "rightsubnet", true))
    key(out, a, &it[PL_PC_RIGHTSUBNET], "rightsubnet", it[PL_PC_RIGHTSUBNET].value, pl_pc_valid_subnet);
  else comment(out, "\t", "rightsubnet: to be confirmed (not in the log)");
  if (it[PL_PC_LEFTID].value && wild_key(out, a, &it[PL_PC_LEFTID], "leftid", false)) {
  } else if (it[PL_PC_LEFTID].value)
    key(out, a, &it[PL_PC_LEFTID], "leftid", it[PL_PC_LEFTID].value, pl_pc_valid_id);
  else comment(out, "\t", "leftid: to be confirmed (the log does not show the ID the peer expects from us)");
  if (it[PL_PC_RIGHTID].value && wild_key(out, a, &it[PL_PC_RIGHTID], "rightid", false)) {
  } else if (it[PL_PC_RIGHTID].value)
    key(out, a, &it[PL_PC_RIGHTID], "rightid", it[PL_PC_RIGHTID].value, pl_pc_valid_id);
  else comment(out, "\t", "rightid: to be confirmed (the peer's ID is not in the log)");

  /* algorithms */
  if (it[PL_PC_IKE].value) proposal_key(out, a, &it[PL_PC_IKE], "ike");
  else comment(out, "\t", "ike: to be confirmed (the log does not show the peer's IKE proposal)");
  if (it[PL_PC_ESP].value) proposal_key(out, a, &it[PL_PC_ESP], "esp");
  else if (pc->v1_phase2_hidden) {
    char *t = g_strdup_printf("esp: the peer's phase-2 proposal was refused (line %" G_GUINT64_FORMAT
                              "), but Libreswan 3.22 and later do not log what an IKEv1 peer proposed: "
                              "ask the peer for its phase-2 settings (or log with plutodebug)",
                              pc->v1_phase2_line);
    comment(out, "\t", t);
    g_free(t);
  } else comment(out, "\t", "esp: to be confirmed (the log does not show the peer's ESP proposal)");
  for (int k = PL_PC_IKE; k <= PL_PC_ESP; k++) {
    const char *v = it[k].value;
    if (v && (strstr(v, "modp1024") || strstr(v, "modp768") || strstr(v, "dh22") || strstr(v, "dh23") ||
              strstr(v, "dh24")))
      comment(out, "\t",
              "the peer uses a DH group (modp1024/modp768/dh22-24) that current Libreswan builds no "
              "longer include: the peer should move to modp2048 or stronger");
  }
  if (it[PL_PC_PFS].value && kx->value && !strcmp(kx->value, "ikev2") && strcmp(it[PL_PC_PFS].value, "yes"))
    /* IKEv2: the Child SA made in IKE_AUTH never carries a DH group, so its
     * proposal cannot show that the peer has no PFS */
    comment(out, "\t",
            _("pfs: not shown by the log: an IKEv2 Child SA made in IKE_AUTH carries no DH group "
              "whatever pfs= says; pfs= applies to CREATE_CHILD_SA (rekeys), left at its default"));
  else if (it[PL_PC_PFS].value) key(out, a, &it[PL_PC_PFS], "pfs", it[PL_PC_PFS].value, valid_word);
  if (kx->value && !strcmp(kx->value, "ikev1") && it[PL_PC_AGGRESSIVE].value &&
      !strcmp(it[PL_PC_AGGRESSIVE].value, "yes"))
    key(out, a, &it[PL_PC_AGGRESSIVE], "aggressive", "yes", valid_word);

  /* liveness, NAT, lifetimes */
  const pl_pc_item *dpd = &it[PL_PC_DPD];
  if (dpd->value) {
    char *ev = evidence(a, dpd);
    char *t = !strcmp(dpd->value, "unsupported")
                  ? g_strdup_printf(_("dpd: the peer does not support DPD (%s): leave dpddelay= unset"), ev)
                  : g_strdup_printf(_("dpd: DPD=%s in the log (%s); DPD works with this peer, "
                                      "dpddelay=/dpdtimeout= values to be confirmed"),
                                    !strcmp(dpd->value, "active") ? "active" : "passive", ev);
    comment(out, "\t", t);
    g_free(t);
    g_free(ev);
  }
  if (it[PL_PC_NAT].value) {
    char *ev = evidence(a, &it[PL_PC_NAT]);
    char *t = g_strdup_printf(_("nat: the peer is behind NAT (%s); NAT traversal is automatic"), ev);
    comment(out, "\t", t);
    g_free(t);
    g_free(ev);
  }
  if (it[PL_PC_IKELIFETIME].value)
    key(out, a, &it[PL_PC_IKELIFETIME], "ikelifetime", it[PL_PC_IKELIFETIME].value, valid_lifetime);
  if (it[PL_PC_SALIFETIME].value)
    key(out, a, &it[PL_PC_SALIFETIME], "salifetime", it[PL_PC_SALIFETIME].value, valid_lifetime);

  for (guint i = 0; i < pc->notes->len; i++) comment(out, "\t", pc->notes->pdata[i]);
  if (pc->dropped) {
    char *t = g_strdup_printf(_("%u value(s) from the log failed validation and were left out"), pc->dropped);
    comment(out, "\t", t);
    g_free(t);
  }
  if (!right_known) {
    comment(out, "\t",
            _("auto: ignore: this conn stays inactive until right= holds the peer's address; then "
              "auto=add"));
    g_string_append(out, "\tauto=ignore\n");
    return;
  }
  if (it[PL_PC_AUTO].value && !strcmp(it[PL_PC_AUTO].value, "start")) {
    char *ev = evidence(a, &it[PL_PC_AUTO]);
    char *t =
        g_strdup_printf(_("auto: this host started the connection (%s); add lets the peer start it"), ev);
    comment(out, "\t", t);
    g_free(t);
    g_free(ev);
  } else comment(out, "\t", "auto: add (wait for the peer)");
  g_string_append(out, "\tauto=add\n");
}

/* config setup, when the log proves a change there (ikev1-policy): the
 * config's section printed whole with the change, or a new section (also
 * without --config: cfg NULL) */
static void setup_section(const pl_analysis *a, const pl_output_opts *o, const pl_config *cfg, GString *out) {
  pl_cfg_section scratch;
  const pl_cfg_section *sec = cfg ? pl_config_setup_section(cfg, "ikev1-policy", &scratch) : NULL;
  if (!cfg) {
    memset(&scratch, 0, sizeof scratch);
    scratch.kind = PL_CFG_SETUP;
    sec = &scratch;
  }
  GPtrArray *ch = pl_config_setup_changes(a, cfg, sec);
  if (ch->len) {
    g_string_append_c(out, '\n');
    if (sec->line) {
      const pl_cfg_file *f = cfg->files->pdata[sec->file];
      char *t = g_strdup_printf(_("config setup of %s:%u, printed whole: it replaces that section"), f->path,
                                sec->line);
      comment(out, "", t);
      g_free(t);
    } else if (cfg) {
      const pl_cfg_file *f = cfg->files->pdata[0];
      char *t = g_strdup_printf(_("the config has no config setup section: put this one at the top of %s"),
                                f->path);
      comment(out, "", t);
      g_free(t);
    } else {
      comment(out, "",
              _("config setup: merge this key into the config setup section of this host's ipsec.conf"));
    }
    pl_config_render_conn(cfg, sec, ch, out);
    pl_output_flush(o, out);
  }
  g_ptr_array_unref(ch);
}

/* -f conf --config: each conn of the log that the config has, printed whole
 * from its file with the changes the log proves (src/passes/configpatch.c). */
static void conf_with_config(const pl_analysis *a, const pl_output_opts *o, const pl_config *cfg,
                             GString *out) {
  GPtrArray *conns = pl_analysis_sorted_conns(a);
  GHashTable *done = g_hash_table_new(g_str_hash, g_str_equal);
  comment(out, "",
          _("ipsec.conf sections from this host's config, with the changes the log proves; every "
            "changed key says why"));
  guint n = 0;
  setup_section(a, o, cfg, out);
  for (guint i = 0; i < conns->len; i++) {
    const pl_conn *c = conns->pdata[i];
    if (!c->name || !*c->name) continue;
    const pl_cfg_section *sec = pl_config_conn(cfg, c->name);
    if (g_hash_table_contains(done, c->name)) continue;
    g_hash_table_add(done, (gpointer) c->name);
    g_string_append_c(out, '\n');
    if (!sec) {
      char *t = g_strdup_printf(_("connection \"%s\" of the log is not in the config: not written (-f conf "
                                  "without --config rebuilds it from the log)"),
                                c->name);
      comment(out, "", t);
      g_free(t);
      continue;
    }
    const pl_cfg_file *f = cfg->files->pdata[sec->file];
    GPtrArray *ch = pl_config_changes(a, o, c, cfg, sec);
    guint nval = 0;
    for (guint k = 0; k < ch->len; k++) nval += ((pl_cfg_change *) ch->pdata[k])->value != NULL;
    char *t = g_strdup_printf(_("conn %s of %s:%u, printed whole: it replaces that section (never keep both: "
                                "two conns of one name)"),
                              sec->name, f->path, sec->line);
    comment(out, "", t);
    g_free(t);
    if (!nval) comment(out, "", _("the log proves no key of this conn wrong: nothing changed"));
    for (guint k = 0; k < sec->kvs->len; k++) {
      const pl_cfg_kv *kv = sec->kvs->pdata[k];
      if (strcmp(kv->canon, "also")) continue;
      t = g_strdup_printf(_("also=%s: that section stays needed beside this one"), kv->value);
      comment(out, "", t);
      g_free(t);
    }
    pl_config_render_conn(cfg, sec, ch, out);
    g_ptr_array_unref(ch);
    n++;
    pl_output_flush(o, out);
  }
  if (!n) comment(out, "", _("no connection of the log is in the config"));
  g_hash_table_destroy(done);
  g_ptr_array_unref(conns);
}

void pl_fmt_conf(const pl_analysis *a, const pl_output_opts *o, GString *out) {
  if (pl_config_current()) {
    conf_with_config(a, o, pl_config_current(), out);
    return;
  }
  GPtrArray *conns = pl_analysis_sorted_conns(a);
  GHashTable *names = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  comment(out, "", N_("ipsec.conf sections written by plutolog from pluto logs."));
  comment(out, "", N_("Each accepts what the peer sent; check every \"to be confirmed\" line."));
  guint n = 0;
  setup_section(a, o, NULL, out);
  for (guint i = 0; i < conns->len; i++) {
    const pl_conn *c = conns->pdata[i];
    if (!c->name || !*c->name || !pl_conn_peerconf(c)) continue;
    char *name = pl_pc_conn_name(c->name);
    if (g_hash_table_contains(names, name) && c->host) {
      char *h = pl_pc_conn_name(c->host);
      char *n2 = g_strdup_printf("%s-%s", name, h);
      g_free(h);
      g_free(name);
      name = n2;
    }
    for (int k = 2; g_hash_table_contains(names, name) && k < 1000; k++) {
      char *n2 = g_strdup_printf("%s-%d", name, k);
      if (!g_hash_table_contains(names, n2)) {
        g_free(name);
        name = n2;
        break;
      }
      g_free(n2);
    }
    one_conn(a, o, c, name, out);
    g_hash_table_add(names, name);
    n++;
  }
  if (!n) g_string_append(out, "# no connection found in the input\n");
  g_hash_table_destroy(names);
  g_ptr_array_unref(conns);
}
