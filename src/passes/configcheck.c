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
static bool failed_at(const pl_conn *c, const char *s) {
  if (c->diag.stage && !strcmp(c->diag.stage, s) && c->diag.verdict && strcmp(c->diag.verdict, "established"))
    return true;
  const pl_diag_detail *d = pl_diag_detail_of(c);
  if (!d || !d->attempts) return false;
  int idx = -1;
  for (int i = 0; i < PL_LADDER_N; i++)
    if (!strcmp(pl_ladder[i], s)) idx = i;
  for (guint i = 0; i < d->attempts->len; i++) {
    const pl_attempt *t = d->attempts->pdata[i];
    if (idx >= 0 && t->marks[idx] == PL_MARK_FAILED) return true;
    if (t->stage && !strcmp(t->stage, s) && t->verdict && strcmp(t->verdict, "established")) return true;
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
                      const pl_pc_item *it, const char *key, const char *stage) {
  if (!it->value) return;
  const pl_cfg_kv *kv = pl_config_get(cfg, sec, key);
  bool failed = failed_at(c, stage);
  if (!kv || !kv->value[0]) {
    add(out, key, NULL, NULL, it, failed ? PL_CFGREL_MISSING_KEY : PL_CFGREL_MATCH,
        failed ? "the config leaves it to Libreswan's defaults, and the log shows they refused the peer's proposal"
               : "the config leaves it to Libreswan's defaults, which accepted the peer's proposal");
    return;
  }
  char *common = proposal_common(kv->value, it->value);
  pl_cfg_finding *f;
  if (failed)
    f = add(out, key, kv, NULL, it, PL_CFGREL_MISMATCH, "the log shows the local list refused the peer's proposal");
  else if (!common)
    f = add(out, key, kv, NULL, it, PL_CFGREL_MISMATCH, "no proposal of the peer is in the local list");
  else if (!strcmp(common, it->value))
    f = add(out, key, kv, NULL, it, PL_CFGREL_MATCH, "the local list accepts every proposal of the peer");
  else
    f = add(out, key, kv, NULL, it, PL_CFGREL_INTERSECTION, "the local list accepts some of the peer's proposals");
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
  bool failed = failed_at(c, "identity");
  if (local && (!strcmp(local, "%any") || !strcmp(local, "%fromcert")) && !failed) {
    add(out, key, kv, local, it, PL_CFGREL_MATCH, "the local value accepts any ID");
    return;
  }
  if (id_equal(local, it->value) && !failed) {
    add(out, key, kv, local, it, PL_CFGREL_MATCH, kv ? "the same ID" : "the default ID (the address) is the peer's");
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
  bool failed = failed_at(c, "traffic-selectors");
  if (in && !failed) add(out, use == kvs ? many : one, use, NULL, it, PL_CFGREL_MATCH, "the same subnet");
  else if (!in)
    add(out, use == kvs ? many : one, use, NULL, it, use ? PL_CFGREL_MISMATCH : PL_CFGREL_MISSING_KEY,
        use ? "the peer asked for another subnet" : "the config sets no subnet (host to host); the peer asked for one");
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
  proposals(out, c, cfg, sec, &it[PL_PC_IKE], "ike", "phase1-proposal");
  proposals(out, c, cfg, sec, &it[PL_PC_ESP], "esp", "phase2-proposal");
  if (it[PL_PC_PFS].value && it[PL_PC_PFS].conf == PL_CONF_SEEN && peer_v != 2) {
    const pl_cfg_kv *kv = pl_config_get(cfg, sec, "pfs");
    const char *local = kv ? kv->value : "yes";
    bool same = !strcmp(local, it[PL_PC_PFS].value);
    add(out, "pfs", kv, kv ? NULL : "yes (default)", &it[PL_PC_PFS], same ? PL_CFGREL_MATCH : PL_CFGREL_MISMATCH,
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
        in ? "the local authby= allows the peer's method" : "the peer authenticates with a method authby= does not allow");
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
    if (s->kind != PL_CFG_CONN || g_hash_table_contains(named, s->name) || g_hash_table_contains(seen, s->name))
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
      g_string_append_printf(out, " (%s:%" G_GUINT64_FORMAT ")", pl_source_name(a, f->log_source), f->log_line);
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
#define STR(k, v)                                                                                                      \
  do {                                                                                                                 \
    json_builder_set_member_name(b, k);                                                                                \
    if (v) json_builder_add_string_value(b, v);                                                                        \
    else json_builder_add_null_value(b);                                                                               \
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
