/* The comparison of a conn of the host's ipsec.conf with what the log
 * shows of the peer (include/config.h, "comparison with a log").
 *
 * Each finding names the canonical key, the local effective value and its
 * line, the value the peer sent (as an ipsec.conf value, from peerconf)
 * and its line, and the relation.  Proposal lists are compared part by
 * part (cipher, integrity/PRF, DH group; '+' alternatives): a local part
 * that is absent takes any value, as Libreswan's defaults are wide.  When
 * the diagnosis says the connection failed at that stage, the relation is
 * a mismatch whatever the comparison says: the log is the proof. */
#include "config.h"
#include "configpatch.h"
#include "diagnose.h"
#include "peerconf.h"

#include <json-glib/json-glib.h>
#include <string.h>

const char *pl_cfg_relation_name(pl_cfg_relation r) {
  switch (r) {
  case PL_CFGREL_MATCH: return "match";
  case PL_CFGREL_INTERSECTION: return "intersection";
  case PL_CFGREL_MISMATCH: return "mismatch";
  case PL_CFGREL_MISSING_KEY: return "missing-in-config";
  case PL_CFGREL_CONN_NOT_IN_CONFIG: return "conn-missing-in-config";
  case PL_CFGREL_CONN_NOT_IN_LOG: return "conn-missing-in-log";
  }
  return "?";
}

static void finding_free(gpointer p) {
  pl_cfg_finding *f = p;
  g_free(f->key);
  g_free(f->local);
  g_free(f->peer);
  g_free(f->common);
  g_free(f->why);
  g_free(f);
}

static pl_cfg_finding *add(GPtrArray *out, const char *key, const pl_cfg_kv *kv, const char *local,
                           const pl_pc_item *it, pl_cfg_relation rel, const char *why) {
  pl_cfg_finding *f = g_new0(pl_cfg_finding, 1);
  f->key = g_strdup(key);
  f->local = g_strdup(kv ? kv->value : local);
  f->peer = it ? g_strdup(it->value) : NULL;
  f->rel = rel;
  if (kv) f->cfg_file = kv->file, f->cfg_line = kv->line;
  if (it) f->log_source = it->source, f->log_line = it->line;
  f->why = g_strdup(why);
  g_ptr_array_add(out, f);
  return f;
}

/* the same stage test as the patching (src/passes/configpatch.c) */
static bool failed_at(const pl_conn *c, pl_stage s) {
  if (c->diag.stage && c->diag.stage == s && c->diag.verdict && c->diag.verdict != PL_VERDICT_ESTABLISHED)
    return true;
  const pl_diag_detail *d = pl_diag_detail_of(c);
  if (!d || !d->attempts) return false;
  int idx = -1;
  for (int i = 0; i < PL_LADDER_N; i++)
    if (pl_ladder[i] == s) idx = i;
  for (guint i = 0; i < d->attempts->len; i++) {
    const pl_attempt *t = d->attempts->pdata[i];
    if (idx >= 0 && t->marks[idx] == PL_MARK_FAILED) return true;
    if (t->stage && t->stage == s && t->verdict && t->verdict != PL_VERDICT_ESTABLISHED) return true;
  }
  return false;
}

/* ---- proposals ---------------------------------------------------------------- */

typedef struct {
  char **cipher, **integ, **dh; /* NULL: the part is absent (any) */
} prop;

static char **alts(const char *s) {
  if (!s || !*s) return NULL;
  return g_strsplit(s, "+", -1);
}

static prop prop_parse(const char *s) {
  prop p = {0};
  char *x = g_ascii_strdown(s, -1);
  g_strstrip(x);
  char *semi = strchr(x, ';');
  if (semi) {
    *semi = '\0';
    p.dh = alts(semi + 1);
  }
  char *dash = strchr(x, '-');
  if (dash) {
    *dash = '\0';
    char *d2 = strchr(dash + 1, '-'); /* cipher-integ-dh (5.x spelling) */
    if (d2 && !p.dh) {
      *d2 = '\0';
      p.dh = alts(d2 + 1);
    }
    p.integ = alts(dash + 1);
  }
  p.cipher = alts(x);
  g_free(x);
  return p;
}

static void prop_free(prop *p) {
  g_strfreev(p->cipher);
  g_strfreev(p->integ);
  g_strfreev(p->dh);
}

static bool part_ok(char **local, char **peer) {
  if (!local || !peer) return true;
  for (int i = 0; local[i]; i++)
    for (int j = 0; peer[j]; j++)
      if (!strcmp(local[i], peer[j])) return true;
  return false;
}

/* the peer proposals (comma list) that some local proposal accepts */
static char *proposal_common(const char *local, const char *peer) {
  GString *common = g_string_new(NULL);
  char **pl = g_strsplit(local, ",", -1), **pp = g_strsplit(peer, ",", -1);
  for (int j = 0; pp[j]; j++) {
    if (!*g_strstrip(pp[j])) continue;
    prop b = prop_parse(pp[j]);
    bool ok = false;
    for (int i = 0; pl[i] && !ok; i++) {
      if (!*g_strstrip(pl[i])) continue;
      prop a = prop_parse(pl[i]);
      ok = part_ok(a.cipher, b.cipher) && part_ok(a.integ, b.integ) && part_ok(a.dh, b.dh);
      prop_free(&a);
    }
    prop_free(&b);
    if (ok) {
      if (common->len) g_string_append_c(common, ',');
      g_string_append(common, pp[j]);
    }
  }
  g_strfreev(pl);
  g_strfreev(pp);
  if (!common->len) {
    g_string_free(common, TRUE);
    return NULL;
  }
  return g_string_free(common, FALSE);
}

static void proposals(GPtrArray *out, const pl_conn *c, const pl_config *cfg, const pl_cfg_section *sec,
                      const pl_pc_item *it, const char *key, pl_stage stage) {
  if (!it->value) return;
  const pl_cfg_kv *kv = pl_config_get(cfg, sec, key);
  bool failed = failed_at(c, stage);
  if (!kv || !kv->value[0]) {
    add(out, key, NULL, NULL, it, failed ? PL_CFGREL_MISSING_KEY : PL_CFGREL_MATCH,
        failed
            ? "the config leaves it to Libreswan's defaults, and the log shows they refused the peer's proposal"
            : "the config leaves it to Libreswan's defaults, which accepted the peer's proposal");
    return;
  }
  char *common = proposal_common(kv->value, it->value);
  pl_cfg_finding *f;
  if (failed)
    f = add(out, key, kv, NULL, it, PL_CFGREL_MISMATCH,
            "the log shows the local list refused the peer's proposal");
  else if (!common)
    f = add(out, key, kv, NULL, it, PL_CFGREL_MISMATCH, "no proposal of the peer is in the local list");
  else if (!strcmp(common, it->value))
    f = add(out, key, kv, NULL, it, PL_CFGREL_MATCH, "the local list accepts every proposal of the peer");
  else
    f = add(out, key, kv, NULL, it, PL_CFGREL_INTERSECTION,
            "the local list accepts some of the peer's proposals");
  f->common = common;
}

/* ---- the rest -------------------------------------------------------------------- */

static bool id_equal(const char *a, const char *b) {
  if (!a || !b) return false;
  if (!g_ascii_strcasecmp(a, b)) return true;
  /* @fqdn and fqdn, quotes of DNs */
  while (*a == '@' || *a == '"') a++;
  while (*b == '@' || *b == '"') b++;
  gsize la = strlen(a), lb = strlen(b);
  while (la && a[la - 1] == '"') la--;
  while (lb && b[lb - 1] == '"') lb--;
  return la == lb && !g_ascii_strncasecmp(a, b, la);
}

static void one_id(GPtrArray *out, const pl_conn *c, const pl_config *cfg, const pl_cfg_section *sec,
                   const pl_pc_item *it, const char *key, const char *host_key) {
  if (!it->value || it->conf == PL_CONF_UNKNOWN) return;
  const pl_cfg_kv *kv = pl_config_get(cfg, sec, key);
  const pl_cfg_kv *host = pl_config_get(cfg, sec, host_key);
  const char *local = kv ? kv->value : host ? host->value : NULL; /* the default ID is the address */
  bool failed = failed_at(c, PL_STAGE_IDENTITY);
  if (local && (!strcmp(local, "%any") || !strcmp(local, "%fromcert")) && !failed) {
    add(out, key, kv, local, it, PL_CFGREL_MATCH, "the local value accepts any ID");
    return;
  }
  if (id_equal(local, it->value) && !failed) {
    add(out, key, kv, local, it, PL_CFGREL_MATCH,
        kv ? "the same ID" : "the default ID (the address) is the peer's");
    return;
  }
  if (id_equal(local, it->value)) return; /* the log's failure is about another ID */
  add(out, key, kv, local, it, kv ? PL_CFGREL_MISMATCH : PL_CFGREL_MISSING_KEY,
      kv ? "the peer's ID is not the one the config expects"
         : "the config does not set it, and the default (the address) is not the peer's ID");
}

static bool subnet_in(const char *list, const char *s) {
  if (!list) return false;
  char **w = g_strsplit_set(list, " \t,{}", -1);
  bool r = false;
  for (int i = 0; w[i]; i++) r |= !strcmp(w[i], s);
  g_strfreev(w);
  return r;
}

static void one_subnet(GPtrArray *out, const pl_conn *c, const pl_config *cfg, const pl_cfg_section *sec,
                       const pl_pc_item *it, const char *side) {
  if (!it->value || it->conf != PL_CONF_SEEN) return;
  char *one = g_strconcat(side, "subnet", NULL), *many = g_strconcat(side, "subnets", NULL);
  const pl_cfg_kv *kv = pl_config_get(cfg, sec, one), *kvs = pl_config_get(cfg, sec, many);
  const pl_cfg_kv *use = kvs ? kvs : kv;
  bool in = use && subnet_in(use->value, it->value);
  bool failed = failed_at(c, PL_STAGE_TRAFFIC_SELECTORS);
  if (in && !failed) add(out, use == kvs ? many : one, use, NULL, it, PL_CFGREL_MATCH, "the same subnet");
  else if (!in)
    add(out, use == kvs ? many : one, use, NULL, it, use ? PL_CFGREL_MISMATCH : PL_CFGREL_MISSING_KEY,
        use ? "the peer asked for another subnet"
            : "the config sets no subnet (host to host); the peer asked for one");
  g_free(one);
  g_free(many);
}

GPtrArray *pl_config_check(const pl_analysis *a, const pl_conn *c, const pl_config *cfg) {
  (void) a;
  GPtrArray *out = g_ptr_array_new_with_free_func(finding_free);
  if (!cfg || !c || !c->name || !*c->name) return out;
  const pl_cfg_section *sec = pl_config_conn(cfg, c->name);
  if (!sec) {
    pl_cfg_finding *f = add(out, NULL, NULL, NULL, NULL, PL_CFGREL_CONN_NOT_IN_CONFIG,
                            "the log names this connection, the config has no conn of that name");
    f->log_source = c->source;
    f->log_line = c->first_line;
    return out;
  }
  const pl_peerconf_t *pc = pl_conn_peerconf(c);
  if (!pc) return out;
  const pl_pc_item *it = pc->item;

  const pl_pc_item *kx = &it[PL_PC_KEYEXCHANGE];
  int peer_v = kx->value ? (!strcmp(kx->value, "ikev1") ? 1 : !strcmp(kx->value, "ikev2") ? 2 : 0) : 0;
  if (peer_v && kx->conf == PL_CONF_SEEN) {
    const pl_cfg_kv *kv = NULL;
    int v = pl_config_ike_version(cfg, sec, &kv);
    pl_cfg_finding *f = add(out, kv ? kv->canon : "keyexchange", kv, v == 1 ? "ikev1" : "ikev2", kx,
                            v == peer_v ? PL_CFGREL_MATCH : PL_CFGREL_MISMATCH,
                            v == peer_v ? "the same IKE version" : "the peer speaks the other IKE version");
    if (!kv) {
      g_free(f->local);
      f->local = g_strdup("ikev2 (default)");
    }
    if (peer_v == 1) {
      const pl_cfg_kv *pol = pl_config_setup_get(cfg, "ikev1-policy");
      if (pol && strcmp(pol->value, "accept"))
        add(out, "ikev1-policy", pol, NULL, kx, PL_CFGREL_MISMATCH,
            "config setup refuses IKEv1 peers (ikev1-policy), and this peer speaks IKEv1");
      else if (!pol && pc->version >= 5)
        add(out, "ikev1-policy", NULL, "drop (default of Libreswan 5)", kx, PL_CFGREL_MISSING_KEY,
            "Libreswan 5 drops IKEv1 unless config setup has ikev1-policy=accept");
    }
  }
  proposals(out, c, cfg, sec, &it[PL_PC_IKE], "ike", PL_STAGE_PHASE1_PROPOSAL);
  proposals(out, c, cfg, sec, &it[PL_PC_ESP], "esp", PL_STAGE_PHASE2_PROPOSAL);
  if (it[PL_PC_PFS].value && it[PL_PC_PFS].conf == PL_CONF_SEEN && peer_v != 2) {
    const pl_cfg_kv *kv = pl_config_get(cfg, sec, "pfs");
    const char *local = kv ? kv->value : "yes";
    bool same = !strcmp(local, it[PL_PC_PFS].value);
    add(out, "pfs", kv, kv ? NULL : "yes (default)", &it[PL_PC_PFS],
        same ? PL_CFGREL_MATCH : PL_CFGREL_MISMATCH,
        same ? "the same PFS setting" : "the peer's phase 2 and the local pfs= differ");
  }
  one_id(out, c, cfg, sec, &it[PL_PC_RIGHTID], "rightid", "right");
  one_id(out, c, cfg, sec, &it[PL_PC_LEFTID], "leftid", "left");
  one_subnet(out, c, cfg, sec, &it[PL_PC_LEFTSUBNET], "left");
  one_subnet(out, c, cfg, sec, &it[PL_PC_RIGHTSUBNET], "right");
  if (it[PL_PC_AUTHBY].value && it[PL_PC_AUTHBY].conf == PL_CONF_SEEN) {
    const pl_cfg_kv *kv = pl_config_get(cfg, sec, "authby");
    const char *local = kv ? kv->value : "rsasig (default)";
    bool in = kv ? subnet_in(kv->value, it[PL_PC_AUTHBY].value) : !strcmp(it[PL_PC_AUTHBY].value, "rsasig");
    if (!in && kv && !strcmp(it[PL_PC_AUTHBY].value, "rsasig")) in = subnet_in(kv->value, "rsa-sha2");
    add(out, "authby", kv, local, &it[PL_PC_AUTHBY], in ? PL_CFGREL_MATCH : PL_CFGREL_MISMATCH,
        in ? "the local authby= allows the peer's method"
           : "the peer authenticates with a method authby= does not allow");
  }
  return out;
}

GPtrArray *pl_config_unused_conns(const pl_analysis *a, const pl_config *cfg) {
  GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
  if (!cfg) return out;
  GHashTable *named = g_hash_table_new(g_str_hash, g_str_equal);
  for (guint i = 0; i < a->conns->len; i++) {
    const pl_conn *c = a->conns->pdata[i];
    if (c->name && *c->name) g_hash_table_add(named, (gpointer) c->name);
  }
  GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
  for (guint i = 0; i < cfg->sections->len; i++) {
    const pl_cfg_section *s = cfg->sections->pdata[i];
    if (s->kind != PL_CFG_CONN || g_hash_table_contains(named, s->name) ||
        g_hash_table_contains(seen, s->name))
      continue;
    const pl_cfg_kv *au = pl_config_get(cfg, s, "auto");
    if (!au || !strcmp(au->value, "ignore")) continue; /* also= templates, conns never loaded */
    g_hash_table_add(seen, s->name);
    g_ptr_array_add(out, g_strdup(s->name));
  }
  g_hash_table_destroy(seen);
  g_hash_table_destroy(named);
  return out;
}

/* ---- renderings ------------------------------------------------------------------ */

static const char *file_of(const pl_config *cfg, guint32 f) {
  return f < cfg->files->len ? ((const pl_cfg_file *) cfg->files->pdata[f])->path : "?";
}

/* printable, one line */
static void clean(GString *out, const char *s) {
  for (const unsigned char *p = (const unsigned char *) (s ? s : ""); *p; p++)
    g_string_append_c(out, (*p < 0x20 || *p == 0x7f) ? '?' : (char) *p);
}

void pl_config_check_text(const pl_analysis *a, const pl_conn *c, GString *out) {
  const pl_config *cfg = pl_config_current();
  if (!cfg) return;
  GPtrArray *fs = pl_config_check(a, c, cfg);
  if (fs->len) g_string_append_printf(out, "  %s\n", _("This host's config (--config):"));
  for (guint i = 0; i < fs->len; i++) {
    const pl_cfg_finding *f = fs->pdata[i];
    g_string_append(out, "    ");
    if (f->rel == PL_CFGREL_CONN_NOT_IN_CONFIG) {
      g_string_append(out, _("the config has no conn of this name"));
      g_string_append_c(out, '\n');
      continue;
    }
    clean(out, f->key);
    g_string_append(out, "= ");
    const char *rel = f->rel == PL_CFGREL_MATCH          ? _("match")
                      : f->rel == PL_CFGREL_INTERSECTION ? _("intersection")
                      : f->rel == PL_CFGREL_MISMATCH     ? _("MISMATCH")
                                                         : _("not set in the config");
    g_string_append_printf(out, "[%s] ", rel);
    g_string_append(out, _("local"));
    g_string_append(out, " ");
    clean(out, f->local ? f->local : _("(unset)"));
    if (f->cfg_line) g_string_append_printf(out, " (%s:%u)", file_of(cfg, f->cfg_file), f->cfg_line);
    g_string_append(out, ", ");
    g_string_append(out, _("peer"));
    g_string_append(out, " ");
    clean(out, f->peer);
    if (f->log_line)
      g_string_append_printf(out, " (%s:%" G_GUINT64_FORMAT ")", pl_source_name(a, f->log_source),
                             f->log_line);
    if (f->common) {
      g_string_append(out, "; ");
      g_string_append(out, _("common"));
      g_string_append(out, " ");
      clean(out, f->common);
    }
    g_string_append_c(out, '\n');
  }
  g_ptr_array_unref(fs);
}

void pl_config_check_json(const pl_analysis *a, const pl_conn *c, struct _JsonBuilder *b) {
  const pl_config *cfg = pl_config_current();
  const pl_cfg_section *sec = cfg && c->name ? pl_config_conn(cfg, c->name) : NULL;
  json_builder_begin_object(b);
  json_builder_set_member_name(b, "file");
  if (sec) json_builder_add_string_value(b, file_of(cfg, sec->file));
  else json_builder_add_null_value(b);
  json_builder_set_member_name(b, "line");
  if (sec) json_builder_add_int_value(b, sec->line);
  else json_builder_add_null_value(b);
  json_builder_set_member_name(b, "findings");
  json_builder_begin_array(b);
  GPtrArray *fs = pl_config_check(a, c, cfg);
  for (guint i = 0; i < fs->len; i++) {
    const pl_cfg_finding *f = fs->pdata[i];
    json_builder_begin_object(b);
#define STR(k, v)                                                                                            \
  do {                                                                                                       \
    json_builder_set_member_name(b, k);                                                                      \
    if (v) json_builder_add_string_value(b, v);                                                              \
    else json_builder_add_null_value(b);                                                                     \
  } while (0)
    STR("key", f->key);
    STR("relation", pl_cfg_relation_name(f->rel));
    STR("local", f->local);
    STR("peer", f->peer);
    STR("common", f->common);
    STR("config_file", f->cfg_line ? file_of(cfg, f->cfg_file) : NULL);
    json_builder_set_member_name(b, "config_line");
    if (f->cfg_line) json_builder_add_int_value(b, f->cfg_line);
    else json_builder_add_null_value(b);
    STR("log_source", f->log_line ? pl_source_name(a, f->log_source) : NULL);
    json_builder_set_member_name(b, "log_line");
    if (f->log_line) json_builder_add_int_value(b, (gint64) f->log_line);
    else json_builder_add_null_value(b);
    STR("why", f->why);
#undef STR
    json_builder_end_object(b);
  }
  g_ptr_array_unref(fs);
  json_builder_end_array(b);
  json_builder_end_object(b);
}

/* ---- definite hints (--config) ----------------------------------------------------- *
 *
 * With the host's conn at hand, the hint of a failed attempt says what the
 * conn has and what the log proves the peer sends, and names the change
 * (the one -f conf/-f diff --config write), instead of "compare X on both
 * sides".  Where the log cannot show the peer's side (the peer refused
 * ours), the hint still says what this conn sends.  The sentences are
 * templates with values only as arguments, so each output language gets
 * its own (and JSON the English). */

typedef struct {
  pl_stage stage;
  const char *keys[5]; /* canonical keys the stage decides on */
} stage_keys_t;

static const stage_keys_t stage_keys[] = {
    {PL_STAGE_PHASE1_PROPOSAL, {"ike", NULL}},
    {PL_STAGE_PHASE2_PROPOSAL, {"esp", "pfs", NULL}},
    {PL_STAGE_IDENTITY, {"rightid", "leftid", NULL}},
    {PL_STAGE_TRAFFIC_SELECTORS, {"leftsubnet", "rightsubnet", "leftsubnets", "rightsubnets", NULL}},
    {PL_STAGE_AUTHENTICATION, {"authby", NULL}},
    {PL_STAGE_IKE_VERSION, {"keyexchange", "ikev2", NULL}},
};

/* what this end sends for a stage when the peer refused it */
static const char *const sent_keys[][3] = {
    {"ike", NULL},
    {"esp", "pfs", NULL},
    {"leftid", NULL},
    {"leftsubnet", "rightsubnet", NULL},
    {NULL}, /* authentication: the pre-shared key or the IDs; the config does not decide */
    {"keyexchange", NULL},
};

static int failed_stage(const pl_attempt *t) {
  if (!t || t->verdict == PL_VERDICT_ESTABLISHED) return -1;
  for (gsize i = 0; i < G_N_ELEMENTS(stage_keys); i++)
    if (t->stage && t->stage == stage_keys[i].stage) return (int) i;
  for (gsize i = 0; i < G_N_ELEMENTS(stage_keys); i++)
    for (int k = 0; k < PL_LADDER_N; k++)
      if (pl_ladder[k] == stage_keys[i].stage && t->marks[k] == PL_MARK_FAILED) return (int) i;
  return -1;
}

static bool key_in(const char *canon, const char *const *keys) {
  for (int i = 0; keys[i]; i++)
    if (!strcmp(canon, keys[i])) return true;
  return false;
}

static void hint_set(pl_msg *m, const char *fmt, char *a1, char *a2, char *a3, char *a4) {
  for (int i = 0; i < PL_MSG_ARGS; i++) g_free(m->args[i]);
  memset(m, 0, sizeof *m);
  m->fmt = fmt;
  m->args[0] = a1, m->args[1] = a2, m->args[2] = a3, m->args[3] = a4;
}

/* "key=value (file:line)" of a line, "key=" when unset */
static void kv_text(GString *g, const pl_config *cfg, const char *key, const pl_cfg_kv *kv) {
  if (g->len) g_string_append(g, ", ");
  g_string_append_printf(g, "%s=", key);
  if (!kv) return;
  clean(g, kv->value);
  g_string_append_printf(g, " (%s:%u)", file_of(cfg, kv->file), kv->line);
}

static char *conn_text(const pl_config *cfg, const pl_cfg_section *sec) {
  GString *g = g_string_new("\"");
  clean(g, sec->name);
  g_string_append_printf(g, "\" (%s:%u)", file_of(cfg, sec->file), sec->line);
  return g_string_free(g, FALSE);
}

static bool version_key(const char *k) { return !strcmp(k, "keyexchange") || !strcmp(k, "ikev2"); }

/* case 1 of refine(): the changes of keys the log proves (ch: the conn's
 * changes, fs: its findings); true when the hint was set */
static bool hint_change(const pl_config *cfg, const pl_cfg_section *sec, const char *const *keys,
                        pl_attempt *t, GPtrArray *ch, GPtrArray *fs) {
  bool changed = false;
  GString *have = g_string_new(NULL), *peer = g_string_new(NULL), *want = g_string_new(NULL),
          *unset = g_string_new(NULL);
  guint n_set = 0;
  for (guint i = 0; i < ch->len; i++) {
    const pl_cfg_change *x = ch->pdata[i];
    const char *canon = x->old ? x->old->canon : pl_config_canon(x->key, false, NULL);
    if (!x->value || !canon || !key_in(canon, keys)) continue;
    const pl_cfg_kv *cur = pl_config_get(cfg, sec, canon);
    if (cur) n_set++, kv_text(have, cfg, x->key, cur);
    else g_string_append_printf(unset, "%s%s=", unset->len ? ", " : "", x->key);
    if (want->len) g_string_append(want, ", ");
    g_string_append_printf(want, "%s=", x->key);
    clean(want, x->value);
    for (guint k = 0; k < fs->len; k++) {
      const pl_cfg_finding *f = fs->pdata[k];
      if (!f->key || !f->peer) continue;
      bool ver = version_key(canon) && version_key(f->key);
      if (!ver && strcmp(f->key, canon)) continue;
      /* the version as the peer's packets show it: keyexchange=ikev1 */
      g_string_append_printf(peer, "%s%s=", peer->len ? ", " : "", ver ? "keyexchange" : x->key);
      clean(peer, f->peer);
      break;
    }
  }
  if (want->len) {
    if (!peer->len) g_string_append(peer, "?");
    if (n_set) {
      if (unset->len) g_string_append_printf(have, ", %s", unset->str);
      hint_set(
          &t->hint,
          N_("Your conn {1} has {2}, and the log proves that the peer sends {3}, which the conn refuses: change "
             "it to {4} (-f diff --config writes this change)."),
          conn_text(cfg, sec), g_strdup(have->str), g_strdup(peer->str), g_strdup(want->str));
    } else {
      hint_set(
          &t->hint,
          N_("Your conn {1} does not set {2}, and the log proves that Libreswan's defaults refuse what the "
             "peer sends ({3}): set {4} (-f diff --config writes this change)."),
          conn_text(cfg, sec), g_strdup(unset->str), g_strdup(peer->str), g_strdup(want->str));
    }
    changed = true;
  }

  g_string_free(have, TRUE);
  g_string_free(peer, TRUE);
  g_string_free(want, TRUE);
  g_string_free(unset, TRUE);
  return changed;
}

/* the hint of one connection's main attempt; true when it changed */
static bool refine(const pl_analysis *a, pl_conn *c, const pl_config *cfg) {
  const pl_diag_detail *d = pl_diag_detail_of(c);
  pl_attempt *t = d ? d->main : NULL;
  if (!t) return false;
  if ((!c->name || !*c->name) && t->stage == PL_STAGE_IKE_VERSION && g_strcmp0(t->reason, "ikev1-disabled")) {
    /* host level: the peer's packets had another IKE version than every
     * conn; the conn of the config that the log proves it was meant for */
    const stage_keys_t *sk = NULL;
    for (gsize i = 0; i < G_N_ELEMENTS(stage_keys); i++)
      if (stage_keys[i].stage == PL_STAGE_IKE_VERSION) sk = &stage_keys[i];
    for (guint i = 0; i < a->conns->len; i++) {
      const pl_conn *o = a->conns->pdata[i];
      const pl_cfg_section *sec = o->name && *o->name ? pl_config_conn(cfg, o->name) : NULL;
      if (!sec) continue;
      GPtrArray *ch = pl_config_changes(a, NULL, o, cfg, sec);
      GPtrArray *fs = pl_config_check(a, o, cfg);
      bool done = hint_change(cfg, sec, sk->keys, t, ch, fs);
      g_ptr_array_unref(ch);
      g_ptr_array_unref(fs);
      if (done) return true;
    }
    return false;
  }
  if (!c->name || !*c->name) {
    /* host level: Libreswan 5 drops IKEv1 for the whole daemon */
    if (!t->reason || strcmp(t->reason, "ikev1-disabled")) return false;
    pl_cfg_section scratch;
    const pl_cfg_section *setup = pl_config_setup_section(cfg, "ikev1-policy", &scratch);
    GPtrArray *ch = pl_config_setup_changes(a, cfg, setup);
    const pl_cfg_kv *cur = pl_config_setup_get(cfg, "ikev1-policy");
    bool done = ch->len > 0;
    if (done && cur && !strcmp(cur->value, "accept")) {
      GString *g = g_string_new(NULL);
      kv_text(g, cfg, "ikev1-policy", cur);
      hint_set(
          &t->hint,
          N_("Your config setup already has {1}, but the running pluto drops IKEv1: restart pluto so that it "
             "reads its config (or better, move the peer to IKEv2)."),
          g_string_free(g, FALSE), NULL, NULL, NULL);
    } else if (done) {
      GString *g = g_string_new(NULL);
      if (cur) kv_text(g, cfg, "ikev1-policy", cur);
      hint_set(
          &t->hint,
          cur ? N_("Your config setup has {1}, and the log proves that pluto drops the peer's IKEv1 packets: "
                   "better move the peer to IKEv2; else set ikev1-policy=accept and restart pluto (-f diff "
                   "--config writes this change).")
              : N_("Your config setup does not set ikev1-policy=, and Libreswan 5 drops IKEv1 by default, as "
                   "the log proves: better move the peer to IKEv2; else set ikev1-policy=accept and restart "
                   "pluto (-f diff --config writes this change)."),
          cur ? g_string_free(g, FALSE) : (g_string_free(g, TRUE), NULL), NULL, NULL, NULL);
    }
    g_ptr_array_unref(ch);
    return done;
  }
  int si = failed_stage(t);
  if (si < 0) return false;
  const pl_cfg_section *sec = pl_config_conn(cfg, c->name);
  if (!sec) return false;
  const char *const *keys = stage_keys[si].keys;
  bool changed = false;

  /* 1. the log proves what the peer sends, and the conn refuses it: the change */
  GPtrArray *ch = pl_config_changes(a, NULL, c, cfg, sec);
  GPtrArray *fs = pl_config_check(a, c, cfg);
  changed = hint_change(cfg, sec, keys, t, ch, fs);

  /* 2. the conn already accepts what the log proves the peer sent: the
   *    running pluto has another version of it */
  if (!changed && si <= 1) {
    const char *key = keys[0]; /* ike or esp */
    const pl_cfg_kv *cur = pl_config_get(cfg, sec, key);
    for (guint k = 0; cur && k < fs->len; k++) {
      const pl_cfg_finding *f = fs->pdata[k];
      if (!f->key || strcmp(f->key, key) || !f->peer || !f->common || strcmp(f->common, f->peer)) continue;
      GString *g = g_string_new(NULL);
      kv_text(g, cfg, key, cur);
      GString *p2 = g_string_new(NULL);
      clean(p2, f->peer);
      GString *nm = g_string_new(NULL);
      clean(nm, sec->name);
      hint_set(
          &t->hint,
          N_("Your conn {1} has {2}, which accepts what the log shows the peer sends ({3}), yet pluto refused "
             "it: the running pluto has not loaded this config; load it again (ipsec auto --replace {4}) or "
             "restart pluto."),
          conn_text(cfg, sec), g_string_free(g, FALSE), g_string_free(p2, FALSE), g_string_free(nm, FALSE));
      changed = true;
      break;
    }
  }

  /* 3. the peer refused ours and this log cannot show what it wants: what this conn sends */
  if (!changed) {
    bool peer_known = false;
    for (guint k = 0; k < fs->len; k++) {
      const pl_cfg_finding *f = fs->pdata[k];
      if (f->key && key_in(f->key, keys) && f->peer && f->rel != PL_CFGREL_MATCH) peer_known = true;
    }
    bool warned = false; /* -f conf --config says why nothing is written (weak, wildcard) */
    for (guint i = 0; i < ch->len; i++) {
      const pl_cfg_change *x = ch->pdata[i];
      if (!x->value && key_in(x->key, keys) && strstr(x->comment, "WARNING")) warned = true;
    }
    /* the stage's keys, or those of every stage the diagnosis names as
     * possible (only the peer's log can tell which) */
    const char *klist[16];
    int nk = 0;
    for (int c_i = -1; c_i < PL_LADDER_N + 1; c_i++) {
      int s_i = si;
      if (c_i >= 0) {
        if (!t->needs_peer_log || !t->candidates[c_i]) break;
        s_i = -1;
        for (gsize k = 0; k < G_N_ELEMENTS(stage_keys); k++)
          if (stage_keys[k].stage == t->candidates[c_i]) s_i = (int) k;
        if (s_i < 0 || s_i == si) continue;
      }
      for (int i = 0; sent_keys[s_i][i] && nk < 15; i++) {
        bool dup = false;
        for (int k = 0; k < nk; k++) dup |= !strcmp(klist[k], sent_keys[s_i][i]);
        if (!dup) klist[nk++] = sent_keys[s_i][i];
      }
    }
    klist[nk] = NULL;
    if (!peer_known && !warned && nk) {
      GString *g = g_string_new(NULL), *names = g_string_new(NULL);
      guint n = 0;
      for (int i = 0; klist[i]; i++) {
        const char *key = klist[i];
        const pl_cfg_kv *cur = pl_config_get(cfg, sec, key);
        if (!strcmp(key, "keyexchange")) {
          /* the version: keyexchange= or ikev2= */
          const pl_cfg_kv *dec = NULL;
          pl_config_ike_version(cfg, sec, &dec);
          cur = dec;
          if (dec) key = dec->key;
        }
        g_string_append_printf(names, "%s%s=", names->len ? ", " : "", key);
        if (cur) n++, kv_text(g, cfg, key, cur);
      }
      char *nm = g_string_free(names, FALSE);
      if (n)
        hint_set(
            &t->hint,
            N_("Your conn {1} has {2}; the two ends did not agree on it, and this log cannot show what the "
               "peer has: compare with the peer's {3} (its log, its admin or plutodebug=all can tell), then "
               "add what it sends."),
            conn_text(cfg, sec), g_string_free(g, FALSE), nm, NULL);
      else {
        g_string_free(g, TRUE);
        hint_set(
            &t->hint,
            N_("Your conn {1} does not set {2}, so it uses Libreswan's defaults; the two ends did not agree, "
               "and this log cannot show what the peer has: compare with the peer's {3} (its log, its admin "
               "or plutodebug=all can tell)."),
            conn_text(cfg, sec), g_strdup(nm), nm, NULL);
      }
      changed = true;
    }
  }
  g_ptr_array_unref(ch);
  g_ptr_array_unref(fs);
  return changed;
}

void pl_config_refine_hints(pl_analysis *a) {
  const pl_config *cfg = pl_config_current();
  if (!cfg || !a) return;
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *c = a->conns->pdata[i];
    if (!refine(a, c, cfg)) continue;
    g_free(c->diag.hint);
    c->diag.hint = pl_msg_render(&pl_diag_detail_of(c)->main->hint, false);
  }
}
