/* The changes the log proves for a conn of the host's own ipsec.conf, and
 * their rendering: the conn printed whole with the changed lines
 * (-f conf --config, output-formats/conf.c) or a unified diff of the files
 * that hold the conns (-f diff --config, output-formats/diff.c).
 *
 * Which keys change is decided by the stage at which the diagnosis says the
 * connection fails (a proposal stage changes ike=/esp=, the identity stage
 * rightid=/leftid=, the traffic-selector stage the subnets, ...) and by what
 * the log proves of the peer (peerconf, "seen" values), compared with the
 * conn's effective value (own line, also=, %default).  Keys the log says
 * nothing against are kept as they are.  A proposal is added to the local
 * list, not put in its place.  Values learnt from the peer that would
 * weaken the conn (wildcards, 0.0.0.0/0, null encryption, MD5, (3)DES,
 * modp768/1024) are never written: a warning comment says why. */
#include "config.h"
#include "configpatch.h"
#include "diagnose.h"
#include "peerconf.h"

#include <string.h>

static void change_free(gpointer p) {
  pl_cfg_change *c = p;
  g_free(c->value);
  g_free(c->comment);
  g_free(c);
}

/* "east.log:141" */
static char *where(const pl_analysis *a, const pl_pc_item *it) {
  if (!it->line) return g_strdup(_("no line"));
  return g_strdup_printf("%s:%" G_GUINT64_FORMAT, pl_source_base(a, it->source), it->line);
}

static void add(GPtrArray *out, const char *key, char *value, const pl_cfg_kv *old, char *comment) {
  pl_cfg_change *c = g_new0(pl_cfg_change, 1);
  c->key = g_intern_string(key);
  c->value = value;
  c->old = old;
  c->comment = comment;
  g_ptr_array_add(out, c);
}

/* the conn's own line for canonical key (NULL when inherited or unset) */
static const pl_cfg_kv *own_line(const pl_cfg_section *sec, const char *canon) {
  const char *c = g_intern_string(canon);
  const pl_cfg_kv *r = NULL;
  for (guint i = 0; i < sec->kvs->len; i++) {
    const pl_cfg_kv *kv = sec->kvs->pdata[i];
    if (kv->canon == c) r = kv;
  }
  return r;
}

/* ---- weak values ------------------------------------------------------------ */

bool pl_cfg_weak_token(const char *t) {
  static const char *const weak[] = {
      "null", "md5", "des", "3des", "modp768", "modp1024", "dh1", "dh2", "dh22", "null_auth_aes_gmac", NULL};
  for (int i = 0; weak[i]; i++)
    if (!g_ascii_strcasecmp(t, weak[i])) return true;
  if (!g_ascii_strncasecmp(t, "3des", 4) || !g_ascii_strncasecmp(t, "des_", 4)) return true;
  return false;
}

/* The proposals of an ike=/esp= list without the weak algorithms: a weak
 * alternative ('+') is dropped, a proposal with nothing left in a part is
 * dropped.  The names of what was dropped go to *dropped. */
char *pl_cfg_safe_proposals(const char *list, GString *dropped) {
  GString *out = g_string_new(NULL);
  char **props = g_strsplit(list, ",", -1);
  for (int i = 0; props[i]; i++) {
    GString *p = g_string_new(NULL);
    bool ok = true;
    const char *s = props[i];
    while (*s) {
      gsize n = strcspn(s, "-;");
      char *part = g_strndup(s, n);
      char **alts = g_strsplit(part, "+", -1);
      GString *keep = g_string_new(NULL);
      for (int j = 0; alts[j]; j++) {
        if (!*alts[j]) continue;
        if (pl_cfg_weak_token(alts[j])) {
          if (dropped && !strstr(dropped->str, alts[j])) {
            if (dropped->len) g_string_append(dropped, ", ");
            g_string_append(dropped, alts[j]);
          }
          continue;
        }
        if (keep->len) g_string_append_c(keep, '+');
        g_string_append(keep, alts[j]);
      }
      if (!keep->len) ok = false;
      g_string_append(p, keep->str);
      if (s[n]) g_string_append_c(p, s[n]);
      g_string_free(keep, TRUE);
      g_strfreev(alts);
      g_free(part);
      s += n + (s[n] ? 1 : 0);
    }
    if (ok && p->len) {
      if (out->len) g_string_append_c(out, ',');
      g_string_append(out, p->str);
    }
    g_string_free(p, TRUE);
  }
  g_strfreev(props);
  if (!out->len) {
    g_string_free(out, TRUE);
    return NULL;
  }
  return g_string_free(out, FALSE);
}

/* an ID or address that matches anyone */
bool pl_cfg_wild_value(const char *v) {
  static const char *const wild[] = {"%any",      "%any6", "0.0.0.0", "::", "0.0.0.0/0", "::/0",
                                     "%fromcert", "%none", "@",       "",   NULL};
  if (!v) return true;
  for (int i = 0; wild[i]; i++)
    if (!g_ascii_strcasecmp(v, wild[i])) return true;
  return false;
}

/* proposals compared without case and blanks; true when every proposal of
 * b is in a */
static bool list_has_all(const char *a, const char *b) {
  if (!a || !b) return false;
  char **pa = g_strsplit(a, ",", -1), **pb = g_strsplit(b, ",", -1);
  bool all = true;
  for (int i = 0; pb[i] && all; i++) {
    bool found = false;
    for (int j = 0; pa[j] && !found; j++) found = !g_ascii_strcasecmp(g_strstrip(pa[j]), g_strstrip(pb[i]));
    all = found;
  }
  g_strfreev(pa);
  g_strfreev(pb);
  return all;
}

/* ---- the changes ---------------------------------------------------------------- */

/* the connection failed at stage s: its verdict, or any attempt of it (a
 * Quick Mode refused and then the peer's delete ends the verdict at
 * "deleted", but the attempt still failed at the traffic selectors) */
static bool stage_is(const pl_conn *c, pl_stage s) {
  if (c->diag.stage && c->diag.stage == s) return true;
  const pl_diag_detail *d = pl_diag_detail_of(c);
  if (!d || !d->attempts) return false;
  int idx = -1;
  for (int i = 0; i < PL_LADDER_N; i++)
    if (pl_ladder[i] == s) idx = i;
  for (guint i = 0; i < d->attempts->len; i++) {
    const pl_attempt *t = d->attempts->pdata[i];
    if (t->stage && t->stage == s && t->verdict && t->verdict != PL_VERDICT_ESTABLISHED) return true;
    if (idx >= 0 && t->marks[idx] == PL_MARK_FAILED) return true;
  }
  return false;
}

static bool reason_is(const pl_conn *c, const char *s) {
  if (c->diag.reason && !strcmp(c->diag.reason, s)) return true;
  const pl_diag_detail *d = pl_diag_detail_of(c);
  if (!d || !d->attempts) return false;
  for (guint i = 0; i < d->attempts->len; i++) {
    const pl_attempt *t = d->attempts->pdata[i];
    if (t->reason && !strcmp(t->reason, s)) return true;
  }
  return false;
}

static int target_of(const pl_output_opts *o, const pl_peerconf_t *pc) {
  int t = o && o->target ? o->target : pc->version;
  return t >= 5 ? 5 : 4;
}

/* the DH part of one proposal ("aes128-sha1;modp2048" -> "modp2048"), or NULL */
static char *prop_dh(const char *p) {
  const char *semi = strchr(p, ';');
  if (semi) return g_strstrip(g_strdup(semi + 1));
  /* cipher-integ-dh: a last dash part that names a group */
  const char *dash = strrchr(p, '-');
  if (dash && dash != strchr(p, '-')) {
    const char *d = dash + 1;
    if (!g_ascii_strncasecmp(d, "modp", 4) || !g_ascii_strncasecmp(d, "ecp", 3) ||
        !g_ascii_strncasecmp(d, "dh", 2) || !g_ascii_strncasecmp(d, "curve", 5) ||
        !g_ascii_strcasecmp(d, "none"))
      return g_strdup(d);
  }
  return NULL;
}

/* one proposal with DH group dh ("aes128-sha1" + "modp2048"); its own group replaced */
static void prop_with_dh(GString *out, const char *p, const char *dh) {
  char *own = prop_dh(p);
  gsize n = strlen(p);
  if (own) {
    const char *semi = strchr(p, ';');
    n = semi ? (gsize) (semi - p) : (gsize) (strrchr(p, '-') - p);
  }
  g_string_append_len(out, p, n);
  g_string_append_printf(out, ";%s", dh);
  g_free(own);
}

/* local,added as one esp= list that pluto loads: Libreswan refuses an ESP
 * list where some proposals name a DH group and others do not ("either all
 * or no ESP proposals should specify DH"), and IKEv1 Quick Mode allows one
 * group only.  When a group is needed, the peer's (else the local one) is
 * given to every proposal that lacks it (IKEv1: to every proposal); *dh
 * gets the group when proposals were changed. */
static char *merge_esp(const char *local, const char *added, bool v1, char **dh) {
  *dh = NULL;
  char **pl = g_strsplit(local, ",", -1), **pa = g_strsplit(added, ",", -1);
  char *want = NULL;
  bool some_without = false, other_group = false;
  for (int pass = 0; pass < 2; pass++)
    for (char **v = pass ? pl : pa; *v; v++) {
      g_strstrip(*v);
      if (!**v) continue;
      char *g = prop_dh(*v);
      if (!g) some_without = true;
      else if (!want) want = g_strdup(g);
      else if (g_ascii_strcasecmp(g, want)) other_group = true;
      g_free(g);
    }
  GString *r = g_string_new(NULL);
  bool change = want && (some_without || (v1 && other_group));
  for (int pass = 0; pass < 2; pass++)
    for (char **v = pass ? pa : pl; *v; v++) {
      if (!**v) continue;
      if (r->len) g_string_append_c(r, ',');
      char *g = prop_dh(*v);
      if (change && (!g || v1)) prop_with_dh(r, *v, want);
      else g_string_append(r, *v);
      g_free(g);
    }
  if (change) *dh = want;
  else g_free(want);
  g_strfreev(pl);
  g_strfreev(pa);
  return g_string_free(r, FALSE);
}

static void proposals(GPtrArray *out, const pl_analysis *a, const pl_config *cfg, const pl_cfg_section *sec,
                      const pl_pc_item *it, const char *canon, const char *what, bool v1) {
  if (!it->value) {
    add(out, canon, NULL, NULL,
        g_strdup_printf(
            _("%s: the log does not show the peer's %s proposal: nothing to add; ask the peer for "
              "its settings"),
            canon, what));
    return;
  }
  const pl_cfg_kv *cur = pl_config_get(cfg, sec, canon);
  const pl_cfg_kv *mine = own_line(sec, canon);
  GString *dropped = g_string_new(NULL);
  char *safe = pl_cfg_safe_proposals(it->value, dropped);
  char *ev = where(a, it);
  if (!safe) {
    add(out, canon, NULL, NULL,
        g_strdup_printf(_("WARNING: %s: the peer proposes only weak algorithms (%s; %s); not written: the "
                          "peer should move to AES with SHA-2 and modp2048 or stronger"),
                        canon, dropped->str, ev));
  } else if (cur && list_has_all(cur->value, safe)) {
    /* already there: nothing to change */
  } else {
    char *dh = NULL;
    char *value = !(cur && cur->value[0]) ? g_strdup(safe)
                  : !strcmp(canon, "esp") ? merge_esp(cur->value, safe, v1, &dh)
                                          : g_strconcat(cur->value, ",", safe, NULL);
    char *c;
    if (cur && cur->value[0])
      c = g_strdup_printf(_("%s: the peer's %s proposal (%s, seen) is added to the local list, which refused "
                            "it; both are accepted"),
                          canon, what, ev);
    else
      c = g_strdup_printf(_("%s: the default proposals refused the peer's %s proposal (%s, seen): the "
                            "peer's proposal is set"),
                          canon, what, ev);
    if (dh) {
      char *w =
          g_strdup_printf(v1 ? _("%s; every proposal gets the PFS group %s (pluto loads an esp= list only "
                                 "when all or none name a group, and IKEv1 allows one group)")
                             : _("%s; every proposal gets the DH group %s (pluto loads an esp= list only "
                                 "when all or none name a group)"),
                          c, dh);
      g_free(c);
      c = w;
      g_free(dh);
    }
    if (dropped->len) {
      char *w = g_strdup_printf(_("%s; WARNING: left out the peer's weak algorithms (%s)"), c, dropped->str);
      g_free(c);
      c = w;
    }
    add(out, mine ? mine->key : canon, value, mine, c);
  }
  g_free(ev);
  g_free(safe);
  g_string_free(dropped, TRUE);
}

static void one_value(GPtrArray *out, const pl_analysis *a, const pl_config *cfg, const pl_cfg_section *sec,
                      const pl_pc_item *it, const char *canon, const char *why, bool (*valid)(const char *)) {
  if (!it->value || it->conf != PL_CONF_SEEN) return;
  const pl_cfg_kv *cur = pl_config_get(cfg, sec, canon);
  if (cur && !strcmp(cur->value, it->value)) return;
  char *ev = where(a, it);
  if (pl_cfg_wild_value(it->value) || (valid && !valid(it->value))) {
    add(out, canon, NULL, NULL,
        g_strdup_printf(_("WARNING: %s: the peer sent %s (%s); a wildcard or invalid value is never written "
                          "from a log: set the peer's real value by hand"),
                        canon, pl_cfg_wild_value(it->value) ? it->value : "?", ev));
    g_free(ev);
    return;
  }
  const pl_cfg_kv *mine = own_line(sec, canon);
  add(out, mine ? mine->key : canon, g_strdup(it->value), mine,
      g_strdup_printf(_("%s: %s (%s, seen); was %s"), canon, why, ev, cur ? cur->value : _("unset")));
  g_free(ev);
}

static bool is_wide_subnet(const char *s) {
  return !strcmp(s, "0.0.0.0/0") || !strcmp(s, "::/0") || !strcmp(s, "0.0.0.0") || !strcmp(s, "::");
}

static void subnet(GPtrArray *out, const pl_analysis *a, const pl_config *cfg, const pl_cfg_section *sec,
                   const pl_pc_item *it, const char *side) {
  if (!it->value || it->conf != PL_CONF_SEEN) return;
  char *one = g_strconcat(side, "subnet", NULL), *many = g_strconcat(side, "subnets", NULL);
  const pl_cfg_kv *cur = pl_config_get(cfg, sec, one), *curs = pl_config_get(cfg, sec, many);
  char *ev = where(a, it);
  if (is_wide_subnet(it->value) || !pl_pc_valid_subnet(it->value)) {
    add(out, one, NULL, NULL,
        g_strdup_printf(
            _("WARNING: %s: the peer asked for %s (%s); a catch-all selector is never written from "
              "a log: agree on the real subnets with the peer"),
            one, is_wide_subnet(it->value) ? it->value : "?", ev));
  } else if (curs) {
    char **words = g_strsplit_set(curs->value, " \t,", -1);
    bool there = false;
    for (int i = 0; words[i]; i++) there |= !strcmp(words[i], it->value);
    g_strfreev(words);
    if (!there) {
      const pl_cfg_kv *mine = own_line(sec, many);
      add(out, many, g_strdup_printf("{%s %s}", curs->value, it->value), mine,
          g_strdup_printf(_("%s: the peer asked for %s (%s, seen), added to the list"), many, it->value, ev));
    }
  } else if (!cur || strcmp(cur->value, it->value)) {
    const pl_cfg_kv *mine = own_line(sec, one);
    add(out, mine ? mine->key : one, g_strdup(it->value), mine,
        g_strdup_printf(_("%s: the peer asked for %s (%s, seen); was %s"), one, it->value, ev,
                        cur ? cur->value : _("unset")));
  }
  g_free(ev);
  g_free(one);
  g_free(many);
}

GPtrArray *pl_config_changes(const pl_analysis *a, const pl_output_opts *o, const pl_conn *c,
                             const pl_config *cfg, const pl_cfg_section *sec) {
  GPtrArray *out = g_ptr_array_new_with_free_func(change_free);
  const pl_peerconf_t *pc = pl_conn_peerconf(c);
  if (!pc || !cfg || !sec) return out;
  const pl_pc_item *it = pc->item;
  int target = target_of(o, pc);

  /* IKE version: the version of the peer's packets, when it is not the conn's */
  const pl_pc_item *kx = &it[PL_PC_KEYEXCHANGE];
  if (kx->value && kx->conf == PL_CONF_SEEN && (!strcmp(kx->value, "ikev1") || !strcmp(kx->value, "ikev2"))) {
    int want = !strcmp(kx->value, "ikev1") ? 1 : 2;
    const pl_cfg_kv *dec = NULL;
    int have = pl_config_ike_version(cfg, sec, &dec);
    if (have != want) {
      const pl_cfg_kv *mine_kx = own_line(sec, "keyexchange"), *mine_v2 = own_line(sec, "ikev2");
      char *ev = where(a, kx);
      char *cm = g_strdup_printf(_("IKE version: the peer speaks IKEv%d (%s, seen); the conn spoke IKEv%d"),
                                 want, ev, have);
      if (mine_kx && (mine_kx == dec || !mine_v2))
        add(out, "keyexchange", g_strdup(want == 1 ? "ikev1" : "ikev2"), mine_kx, cm);
      else if (mine_v2)
        add(out, "ikev2", g_strdup(want == 1 ? "no" : (target >= 5 ? "yes" : "insist")), mine_v2, cm);
      else if (target >= 5) add(out, "keyexchange", g_strdup(want == 1 ? "ikev1" : "ikev2"), NULL, cm);
      else add(out, "ikev2", g_strdup(want == 1 ? "no" : "insist"), NULL, cm);
      g_free(ev);
      if (want == 1) {
        const pl_cfg_kv *pol = pl_config_setup_get(cfg, "ikev1-policy");
        if ((pol && strcmp(pol->value, "accept")) || (!pol && target >= 5)) {
          char *w = pol ? g_strdup_printf(_("WARNING: config setup sets ikev1-policy=%s (%s:%u): IKEv1 stays "
                                            "refused until it is ikev1-policy=accept"),
                                          pol->value, ((pl_cfg_file *) cfg->files->pdata[pol->file])->path,
                                          pol->line)
                        : g_strdup(_("WARNING: Libreswan 5 refuses IKEv1 unless config setup has "
                                     "ikev1-policy=accept"));
          add(out, "ikev1-policy", NULL, NULL, w);
        }
      }
    }
  }

  bool v1 = kx->value && !strcmp(kx->value, "ikev1");
  if (stage_is(c, PL_STAGE_PHASE1_PROPOSAL)) proposals(out, a, cfg, sec, &it[PL_PC_IKE], "ike", "IKE", v1);
  /* a PFS mismatch: the diagnosis says so, or phase 2 failed and the peer's
   * proposal (seen in a plutodebug dump) has another pfs= than the conn */
  const pl_pc_item *pfs = &it[PL_PC_PFS];
  const pl_cfg_kv *pfs_kv = pl_config_get(cfg, sec, "pfs");
  bool pfs_differs =
      pfs->value && pfs->conf == PL_CONF_SEEN && strcmp(pfs_kv ? pfs_kv->value : "yes", pfs->value);
  bool pfs_mismatch =
      reason_is(c, "pfs-mismatch") || (stage_is(c, PL_STAGE_PHASE2_PROPOSAL) && pfs_differs && v1);
  if (stage_is(c, PL_STAGE_PHASE2_PROPOSAL) && !pfs_mismatch) {
    if (!it[PL_PC_ESP].value && pc->v1_phase2_hidden)
      add(out, "esp", NULL, NULL,
          g_strdup(
              _("esp: an IKEv1 peer's phase-2 proposal is not in the log (Libreswan 3.22 and later do not "
                "log it): ask the peer for its esp= settings")));
    else proposals(out, a, cfg, sec, &it[PL_PC_ESP], "esp", "ESP", v1);
  }
  if (pfs_mismatch && it[PL_PC_PFS].value && it[PL_PC_PFS].conf == PL_CONF_SEEN &&
      !(kx->value && !strcmp(kx->value, "ikev2"))) {
    const pl_cfg_kv *cur = pl_config_get(cfg, sec, "pfs");
    const char *have = cur ? cur->value : "yes";
    if (strcmp(have, it[PL_PC_PFS].value)) {
      char *ev = where(a, &it[PL_PC_PFS]);
      const pl_cfg_kv *mine = own_line(sec, "pfs");
      bool weaker = !strcmp(it[PL_PC_PFS].value, "no");
      add(out, "pfs", g_strdup(it[PL_PC_PFS].value), mine,
          weaker
              ? g_strdup_printf(_("pfs: the peer's phase 2 has no PFS (%s, seen); WARNING: pfs=no accepts it "
                                  "but gives up perfect forward secrecy: better enable PFS on the peer"),
                                ev)
              : g_strdup_printf(_("pfs: the peer's phase 2 uses PFS (%s, seen)"), ev));
      g_free(ev);
    }
  }
  if (stage_is(c, PL_STAGE_IDENTITY)) {
    one_value(out, a, cfg, sec, &it[PL_PC_RIGHTID], "rightid", _("the peer's ID"), pl_pc_valid_id);
    one_value(out, a, cfg, sec, &it[PL_PC_LEFTID], "leftid", _("the ID the peer expects from this host"),
              pl_pc_valid_id);
  }
  if (stage_is(c, PL_STAGE_TRAFFIC_SELECTORS)) {
    subnet(out, a, cfg, sec, &it[PL_PC_LEFTSUBNET], "left");
    subnet(out, a, cfg, sec, &it[PL_PC_RIGHTSUBNET], "right");
  }
  if (stage_is(c, PL_STAGE_AUTHENTICATION)) {
    if (pc->psk_mismatch || reason_is(c, "psk-mismatch"))
      add(out, "authby", NULL, NULL,
          g_strdup(
              _("the log shows a pre-shared key mismatch: no log can show the right key; compare both ends' "
                "ipsec.secrets (never printed here)")));
    else
      one_value(out, a, cfg, sec, &it[PL_PC_AUTHBY], "authby", _("the peer's authentication method"), NULL);
  }
  return out;
}

/* ---- config setup ------------------------------------------------------------ */

/* the first line of the log where pluto dropped an IKEv1 packet because of
 * ikev1-policy (Libreswan 5: "ignoring IKEv1 packet as policy is set to
 * silently drop all IKEv1 packets"), or NULL */
static const pl_event *ikev1_dropped(const pl_analysis *a) {
  const pl_event *best = NULL;
  for (guint i = 0; i < a->conns->len; i++) {
    const pl_conn *c = a->conns->pdata[i];
    for (guint k = 0; k < c->events->len; k++) {
      const pl_event *ev = c->events->pdata[k];
      if (g_strcmp0(pl_event_str(ev, PL_F_REASON), "ikev1-policy")) continue;
      if (!best || ev->source < best->source || (ev->source == best->source && ev->line < best->line))
        best = ev;
      break;
    }
  }
  return best;
}

const pl_cfg_section *pl_config_setup_section(const pl_config *cfg, const char *key,
                                              pl_cfg_section *scratch) {
  const pl_cfg_kv *kv = key ? pl_config_setup_get(cfg, key) : NULL;
  const pl_cfg_section *last = NULL;
  for (guint i = 0; i < cfg->sections->len; i++) {
    const pl_cfg_section *sec = cfg->sections->pdata[i];
    if (sec->kind != PL_CFG_SETUP) continue;
    last = sec;
    if (kv)
      for (guint k = 0; k < sec->kvs->len; k++)
        if (sec->kvs->pdata[k] == kv) return sec;
  }
  if (last) return last;
  memset(scratch, 0, sizeof *scratch);
  scratch->kind = PL_CFG_SETUP;
  scratch->kvs = NULL; /* line 0: a new section at the top of the first file */
  return scratch;
}

GPtrArray *pl_config_setup_changes(const pl_analysis *a, const pl_config *cfg, const pl_cfg_section *setup) {
  GPtrArray *out = g_ptr_array_new_with_free_func(change_free);
  if (!setup) return out;
  const pl_event *ev = ikev1_dropped(a);
  if (!ev) return out;
  const pl_cfg_kv *cur = cfg ? pl_config_setup_get(cfg, "ikev1-policy") : NULL; /* no cfg: -f conf alone */
  /* the line to replace: only one of this section (another section's line
   * is read before or after it: the key is then added here, last wins) */
  const pl_cfg_kv *mine = NULL;
  if (setup->line && cur)
    for (guint k = 0; k < setup->kvs->len; k++)
      if (setup->kvs->pdata[k] == cur) mine = cur;
  pl_pc_item it = {0};
  it.source = ev->source;
  it.line = ev->line;
  char *where_ = where(a, &it);
  if (cur && !strcmp(cur->value, "accept")) {
    add(out, "ikev1-policy", NULL, NULL,
        g_strdup_printf(
            _("ikev1-policy: pluto dropped IKEv1 packets (%s, seen), but config setup already has "
              "ikev1-policy=accept (%s:%u): restart pluto so that it reads it"),
            where_, ((pl_cfg_file *) cfg->files->pdata[cur->file])->path, cur->line));
  } else {
    add(out, "ikev1-policy", g_strdup("accept"), mine,
        g_strdup_printf(
            _("ikev1-policy: pluto dropped the peer's IKEv1 packets (%s, seen); was %s; WARNING: "
              "IKEv1 is obsolete: moving the peer to IKEv2 is better; restart pluto after the change"),
            where_,
            cur   ? cur->value
            : cfg ? _("unset (Libreswan 5 drops IKEv1)")
                  : _("drop, or unset (Libreswan 5 drops IKEv1)")));
  }
  g_free(where_);
  return out;
}

/* ---- rendering ---------------------------------------------------------------- */

/* lines of a file: starts (index 0 = line 1) and lengths without '\n' */
typedef struct {
  GArray *start, *len;
  bool noeol; /* the last line has no '\n' */
} lines_t;

static void split_lines(const pl_cfg_file *f, lines_t *L) {
  L->start = g_array_new(FALSE, FALSE, sizeof(gsize));
  L->len = g_array_new(FALSE, FALSE, sizeof(gsize));
  L->noeol = false;
  gsize i = 0;
  while (i < f->len) {
    const char *nl = memchr(f->text + i, '\n', f->len - i);
    gsize n = nl ? (gsize) (nl - (f->text + i)) : f->len - i;
    g_array_append_val(L->start, i);
    g_array_append_val(L->len, n);
    if (!nl) L->noeol = true;
    i += n + 1;
  }
}

static void lines_free(lines_t *L) {
  g_array_unref(L->start);
  g_array_unref(L->len);
}

static void comment_line(GString *out, const char *indent, const char *text) {
  g_string_append(out, indent);
  g_string_append(out, "# ");
  for (const unsigned char *p = (const unsigned char *) text; *p; p++)
    g_string_append_c(out, (*p < 0x20 || *p == 0x7f) ? '?' : (char) *p);
  g_string_append_c(out, '\n');
}

static void kv_line(GString *out, const char *indent, const char *key, const char *value) {
  g_string_append_printf(out, "%s%s=", indent, key);
  if (value[0] == '{') {
    /* {a b}: braces written as they are, characters checked */
    for (const char *p = value; *p; p++)
      if (g_ascii_isalnum(*p) || strchr("{} ./:-_,", *p)) g_string_append_c(out, *p);
  } else pl_conf_value(out, value);
  g_string_append_c(out, '\n');
}

/* The lines that replace line `ln` (1-based) of the section, or that are
 * added after it (ln = 0: after the last line); NULL when nothing. */
static char *edits_at(const GPtrArray *ch, guint32 ln, const char *indent) {
  GString *s = g_string_new(NULL);
  for (guint i = 0; i < ch->len; i++) {
    const pl_cfg_change *c = ch->pdata[i];
    if (ln ? (c->old && c->old->line == ln) : c->old == NULL) {
      comment_line(s, indent, c->comment);
      if (c->value) kv_line(s, indent, c->key, c->value);
    }
  }
  if (!s->len) {
    g_string_free(s, TRUE);
    return NULL;
  }
  return g_string_free(s, FALSE);
}

static char *indent_of(const char *p, gsize n) {
  gsize i = 0;
  while (i < n && (p[i] == ' ' || p[i] == '\t')) i++;
  return i ? g_strndup(p, i) : g_strdup("\t");
}

void pl_config_render_conn(const pl_config *cfg, const pl_cfg_section *sec, const GPtrArray *ch,
                           GString *out) {
  if (!sec->line) { /* a new section (pl_config_setup_section) */
    char *e = edits_at(ch, 0, "\t");
    if (e)
      g_string_append_printf(out, "%s\n%s", sec->kind == PL_CFG_SETUP ? "config setup" : "conn %default", e);
    g_free(e);
    return;
  }
  const pl_cfg_file *f = cfg->files->pdata[sec->file];
  lines_t L;
  split_lines(f, &L);
  char *indent = g_strdup("\t");
  for (guint32 ln = sec->line; ln <= sec->last_line && ln <= L.start->len; ln++) {
    const char *p = f->text + g_array_index(L.start, gsize, ln - 1);
    gsize n = g_array_index(L.len, gsize, ln - 1);
    if (ln > sec->line) {
      g_free(indent);
      indent = indent_of(p, n);
    }
    char *e = ln > sec->line ? edits_at(ch, ln, indent) : NULL;
    if (e) {
      g_string_append(out, e);
      g_free(e);
    } else {
      g_string_append_len(out, p, (gssize) n);
      g_string_append_c(out, '\n');
    }
  }
  char *e = edits_at(ch, 0, indent);
  if (e) g_string_append(out, e);
  g_free(e);
  g_free(indent);
  lines_free(&L);
}

/* ---- unified diff ---------------------------------------------------------------- */

typedef struct {
  guint32 old_start; /* 1-based first old line replaced; for insertions, the line before which */
  guint32 old_n;
  char *new_text; /* lines, each ending in '\n' */
} edit_t;

static gint edit_cmp(gconstpointer a, gconstpointer b) {
  const edit_t *x = a, *y = b;
  return x->old_start < y->old_start ? -1 : x->old_start > y->old_start;
}

static guint count_lines(const char *s) {
  guint n = 0;
  for (; *s; s++) n += *s == '\n';
  return n;
}

static void out_line(GString *out, char mark, const pl_cfg_file *f, lines_t *L, guint32 ln) {
  g_string_append_c(out, mark);
  g_string_append_len(out, f->text + g_array_index(L->start, gsize, ln - 1),
                      (gssize) g_array_index(L->len, gsize, ln - 1));
  g_string_append_c(out, '\n');
  if (L->noeol && ln == L->start->len) g_string_append(out, "\\ No newline at end of file\n");
}

/* a diff name for patch -p0: the path as given, without a leading '/' */
static const char *diff_name(const char *path) {
  while (path[0] == '/') path++;
  return path;
}

void pl_config_diff_file(const pl_config *cfg, guint32 file, GPtrArray *secs, GPtrArray *changes,
                         GString *out) {
  const pl_cfg_file *f = cfg->files->pdata[file];
  lines_t L;
  split_lines(f, &L);
  guint32 nlines = L.start->len;
  GArray *edits = g_array_new(FALSE, TRUE, sizeof(edit_t));
  for (guint s = 0; s < secs->len; s++) {
    const pl_cfg_section *sec = secs->pdata[s];
    const GPtrArray *ch = changes->pdata[s];
    char *indent = g_strdup("\t");
    for (guint32 ln = sec->line + 1; ln <= sec->last_line && ln <= nlines; ln++) {
      g_free(indent);
      indent =
          indent_of(f->text + g_array_index(L.start, gsize, ln - 1), g_array_index(L.len, gsize, ln - 1));
      char *e = edits_at(ch, ln, indent);
      if (e) {
        edit_t ed = {ln, 1, e};
        g_array_append_val(edits, ed);
      }
    }
    char *e = edits_at(ch, 0, indent);
    g_free(indent);
    if (e && !sec->line) {
      /* a new section (pl_config_setup_section): before the file's first
       * section (after "version 2" and the leading comments), else at its end */
      guint32 before = nlines + 1;
      for (guint k = 0; k < cfg->sections->len; k++) {
        const pl_cfg_section *o = cfg->sections->pdata[k];
        if (o->file == file && o->line && o->line < before) before = o->line;
      }
      char *t = g_strdup_printf("%s%s\n%s\n", before > nlines && nlines ? "\n" : "",
                                sec->kind == PL_CFG_SETUP ? "config setup" : "conn %default", e);
      g_free(e);
      if (L.noeol && before > nlines && nlines > 0) {
        const char *p = f->text + g_array_index(L.start, gsize, nlines - 1);
        char *t2 = g_strdup_printf("%.*s\n%s", (int) g_array_index(L.len, gsize, nlines - 1), p, t);
        g_free(t);
        edit_t ed = {nlines, 1, t2};
        g_array_append_val(edits, ed);
      } else {
        edit_t ed = {before, 0, t};
        g_array_append_val(edits, ed);
      }
    } else if (e) {
      guint32 after = sec->last_line < nlines ? sec->last_line : nlines;
      if (L.noeol && after == nlines && nlines > 0) {
        /* the last line has no newline: replace it by itself plus the additions */
        const char *p = f->text + g_array_index(L.start, gsize, after - 1);
        char *t = g_strdup_printf("%.*s\n%s", (int) g_array_index(L.len, gsize, after - 1), p, e);
        g_free(e);
        edit_t ed = {after, 1, t};
        g_array_append_val(edits, ed);
      } else {
        edit_t ed = {after + 1, 0, e};
        g_array_append_val(edits, ed);
      }
    }
  }
  if (!edits->len) {
    g_array_unref(edits);
    lines_free(&L);
    return;
  }
  g_array_sort(edits, edit_cmp);
  const char *name = diff_name(f->path);
  g_string_append_printf(out, "--- %s\n+++ %s\n", name, name);
  const guint32 C = 3;
  guint i = 0;
  gint64 delta = 0; /* new line number - old line number so far */
  while (i < edits->len) {
    /* a hunk: edits i..j-1 whose gaps are at most 2*C lines */
    guint j = i + 1;
    while (j < edits->len) {
      const edit_t *prev = &g_array_index(edits, edit_t, j - 1), *next = &g_array_index(edits, edit_t, j);
      if (next->old_start > prev->old_start + prev->old_n + 2 * C) break;
      j++;
    }
    const edit_t *first = &g_array_index(edits, edit_t, i), *last = &g_array_index(edits, edit_t, j - 1);
    guint32 from = first->old_start > C ? first->old_start - C : 1;
    guint32 end = last->old_start + last->old_n;              /* first old line after the last edit */
    guint32 to = end + C - 1 < nlines ? end + C - 1 : nlines; /* last old line shown */
    guint32 old_count = to >= from ? to - from + 1 : 0;
    guint32 new_count = old_count;
    for (guint k = i; k < j; k++) {
      const edit_t *e = &g_array_index(edits, edit_t, k);
      new_count = new_count - e->old_n + count_lines(e->new_text);
    }
    gint64 new_from = (gint64) from + delta;
    g_string_append_printf(out, "@@ -%u,%u +%" G_GINT64_FORMAT ",%u @@\n", old_count ? from : from - 1,
                           old_count, new_count ? new_from : new_from - 1, new_count);
    guint32 ln = from;
    for (guint k = i; k < j; k++) {
      const edit_t *e = &g_array_index(edits, edit_t, k);
      for (; ln < e->old_start; ln++) out_line(out, ' ', f, &L, ln);
      for (guint32 m = 0; m < e->old_n; m++, ln++) out_line(out, '-', f, &L, ln);
      for (const char *p = e->new_text; *p;) {
        const char *nl = strchr(p, '\n');
        g_string_append_c(out, '+');
        g_string_append_len(out, p, nl - p + 1);
        p = nl + 1;
      }
      delta += (gint64) count_lines(e->new_text) - e->old_n;
    }
    for (; ln <= to; ln++) out_line(out, ' ', f, &L, ln);
    i = j;
  }
  for (guint k = 0; k < edits->len; k++) g_free(g_array_index(edits, edit_t, k).new_text);
  g_array_unref(edits);
  lines_free(&L);
}
