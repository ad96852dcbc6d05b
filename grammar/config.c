/* The ipsec.conf reader: grammar actions, includes, the keyword table and
 * the lookups (include/config.h).  The lexer and grammar are
 * grammar/cfg-lexer.l and grammar/cfg-parser.y. */
#include "config.h"
#include "cfg-ctx.h"

#include <errno.h>
#include <glob.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- keyword table ------------------------------------------------------
 * The keys of Libreswan 3.x to 5.x (lib/libipsecconf/keywords.c and, from
 * 5.x, lib/libswan/ipsecconf/{conn,setup}.c), with aliases mapped to the
 * name this program compares (canon).  Keys that only older Openswan and
 * FreeS/WAN knew are kept as obsolete so that old files read cleanly. */

typedef struct {
  const char *name;
  const char *canon; /* NULL: the name itself */
  bool obsolete;
} kw;

/* conn keys that take a left/right prefix ("" is left= / right=) */
static const kw kw_side[] = {
    {"", NULL, 0},
    {"addresspool", NULL, 0},
    {"auth", NULL, 0},
    {"autheap", NULL, 0},
    {"ca", NULL, 0},
    {"cat", NULL, 0},
    {"cert", NULL, 0},
    {"ckaid", NULL, 0},
    {"ecdsakey", NULL, 0},
    {"eddsakey", NULL, 0},
    {"groundhog", NULL, 0},
    {"id", NULL, 0},
    {"ikeport", NULL, 0},
    {"interface-ip", NULL, 0},
    {"modecfgclient", NULL, 0},
    {"modecfgserver", NULL, 0},
    {"nexthop", NULL, 0},
    {"protoport", NULL, 0},
    {"pubkey", NULL, 0},
    {"rsasigkey", NULL, 0},
    {"rsasigkey2", NULL, 0},
    {"sendcert", NULL, 0},
    {"sourceip", NULL, 0},
    {"subnet", NULL, 0},
    {"subnets", NULL, 0},
    {"updown", NULL, 0},
    {"updown-config", NULL, 0},
    {"username", NULL, 0},
    {"vti", NULL, 0},
    {"xauthclient", NULL, 0},
    {"xauthname", "username", 0},
    {"xauthserver", NULL, 0},
    {"xauthusername", "username", 0},
    {"firewall", NULL, 1},
    {"rsasigkey", NULL, 0},
    {"srcip", "sourceip", 0},
    {"natip", NULL, 1},
    {"subnetwithin", NULL, 1},
    {"clientaddrfamily", NULL, 1},
    {"ikeport", NULL, 0},
    {"intermediate", NULL, 0},
    {"sourceip6", NULL, 1},
    {"id2", NULL, 1},
    {"cert2", NULL, 1},
};

static const kw kw_conn[] = {
    {"accept-redirect", NULL, 0},
    {"accept-redirect-to", NULL, 0},
    {"aggressive", NULL, 0},
    {"aggrmode", "aggressive", 0},
    {"ah", NULL, 0},
    {"also", NULL, 0},
    {"alsoflip", NULL, 0},
    {"authby", NULL, 0},
    {"auto", NULL, 0},
    {"cisco-split", NULL, 0},
    {"cisco-unity", NULL, 0},
    {"cisco_unity", "cisco-unity", 0},
    {"clones", NULL, 0},
    {"compress", NULL, 0},
    {"connalias", NULL, 0},
    {"debug", NULL, 0},
    {"decap-dscp", NULL, 0},
    {"disablearrivalcheck", NULL, 1},
    {"dns-match-id", NULL, 0},
    {"dpddelay", NULL, 0},
    {"dpdtimeout", NULL, 0},
    {"ikev1-dpdtimeout", "dpdtimeout", 0},
    {"enable-tcp", NULL, 0},
    {"encap-dscp", NULL, 0},
    {"encapsulation", NULL, 0},
    {"esn", NULL, 0},
    {"esp", NULL, 0},
    {"phase2alg", "esp", 0},
    {"failureshunt", NULL, 0},
    {"fake-strongswan", NULL, 0},
    {"fragmentation", NULL, 0},
    {"ike-frag", "fragmentation", 0},
    {"ike_frag", "fragmentation", 0},
    {"hostaddrfamily", NULL, 0},
    {"ignore-peer-dns", NULL, 0},
    {"ike", NULL, 0},
    {"ikelifetime", NULL, 0},
    {"ikepad", NULL, 0},
    {"ikev2", NULL, 0},
    {"initial-contact", NULL, 0},
    {"initial_contact", "initial-contact", 0},
    {"intermediate", NULL, 0},
    {"ipsec-interface", NULL, 0},
    {"salifetime", NULL, 0},
    {"ipsec-lifetime", "salifetime", 0},
    {"keylife", "salifetime", 0},
    {"lifetime", "salifetime", 0},
    {"ipsec-max-bytes", NULL, 0},
    {"ipsec-max-packets", NULL, 0},
    {"iptfs", NULL, 0},
    {"iptfs-drop-time", NULL, 0},
    {"iptfs-fragmentation", NULL, 0},
    {"iptfs-init-delay", NULL, 0},
    {"iptfs-max-queue-size", NULL, 0},
    {"iptfs-packet-size", NULL, 0},
    {"iptfs-reorder-window", NULL, 0},
    {"keyexchange", NULL, 0},
    {"keyingtries", NULL, 0},
    {"mark", NULL, 0},
    {"mark-in", NULL, 0},
    {"mark-out", NULL, 0},
    {"metric", NULL, 0},
    {"mobike", NULL, 0},
    {"modecfgbanner", NULL, 0},
    {"modecfgdns", NULL, 0},
    {"modecfgdns1", NULL, 0},
    {"modecfgdns2", NULL, 1},
    {"modecfgdomain", NULL, 0},
    {"modecfgdomains", NULL, 0},
    {"modecfgpull", NULL, 0},
    {"modecfgwins1", NULL, 1},
    {"modecfgwins2", NULL, 1},
    {"ms-dh-downgrade", NULL, 0},
    {"mtu", NULL, 0},
    {"narrowing", NULL, 0},
    {"nat-ikev1-method", NULL, 0},
    {"nat-keepalive", NULL, 0},
    {"nat_keepalive", "nat-keepalive", 0},
    {"negotiationshunt", NULL, 0},
    {"nflog-group", NULL, 0},
    {"nflog", "nflog-group", 0},
    {"nic-offload", NULL, 0},
    {"nm-configured", NULL, 0},
    {"nm_configured", "nm-configured", 0},
    {"nopmtudisc", NULL, 0},
    {"overlapip", NULL, 0},
    {"pam-authorize", NULL, 0},
    {"pfs", NULL, 0},
    {"pfs-rekey-workaround", NULL, 0},
    {"phase2", NULL, 0},
    {"sec-label", NULL, 0},
    {"policy-label", "sec-label", 0},
    {"policy_label", "sec-label", 0},
    {"ppk", NULL, 0},
    {"ppk-ids", NULL, 0},
    {"priority", NULL, 0},
    {"reauth", NULL, 0},
    {"redirect-to", NULL, 0},
    {"reject-simultaneous-ike-auth", NULL, 0},
    {"rekey", NULL, 0},
    {"rekeyfuzz", NULL, 0},
    {"rekeymargin", NULL, 0},
    {"remote-peer-type", NULL, 0},
    {"remote_peer_type", "remote-peer-type", 0},
    {"replay-window", NULL, 0},
    {"reqid", NULL, 0},
    {"require-id-on-certificate", NULL, 0},
    {"retransmit-interval", NULL, 0},
    {"retransmit-timeout", NULL, 0},
    {"sareftrack", NULL, 0},
    {"send-esp-tfc-padding-not-supported", NULL, 0},
    {"send-no-esp-tfc", "send-esp-tfc-padding-not-supported", 0},
    {"send-redirect", NULL, 0},
    {"send-supported-auth-methods", NULL, 0},
    {"send-vendorid", NULL, 0},
    {"send_vendorid", "send-vendorid", 0},
    {"sendca", NULL, 0},
    {"session-resumption", NULL, 0},
    {"sha2-truncbug", NULL, 0},
    {"sha2_truncbug", "sha2-truncbug", 0},
    {"share-lease", NULL, 0},
    {"tcp-remoteport", NULL, 0},
    {"tfc", NULL, 0},
    {"type", NULL, 0},
    {"vti-interface", NULL, 0},
    {"vti-routing", NULL, 0},
    {"vti-shared", NULL, 0},
    {"xauthby", NULL, 0},
    {"xauthfail", NULL, 0},
    {"nat-keepalive", NULL, 0},
    {"remote-peer-type", NULL, 0},
    /* obsolete: read and ignored by Libreswan */
    {"clientaddrfamily", NULL, 1},
    {"connaddrfamily", NULL, 1},
    {"dpdaction", NULL, 1},
    {"forceencaps", NULL, 1},
    {"labeled-ipsec", NULL, 1},
    {"labeled_ipsec", NULL, 1},
    {"rekeymargin", NULL, 0},
    {"keyingtries", NULL, 0},
    {"auth", NULL, 1},
    {"pfsgroup", NULL, 1},
    {"authproto", NULL, 1},
    {"ikelifetime", NULL, 0},
    {"modecfgwins", NULL, 1},
};

static const kw kw_setup[] = {
    {"audit-log", NULL, 0},
    {"crl-strict", NULL, 0},
    {"crl_strict", "crl-strict", 0},
    {"strictcrlpolicy", "crl-strict", 0},
    {"crl-timeout", NULL, 0},
    {"curl-timeout", "crl-timeout", 0},
    {"curl_timeout", "crl-timeout", 0},
    {"crlcheckinterval", NULL, 0},
    {"curl-iface", NULL, 0},
    {"curl_iface", "curl-iface", 0},
    {"ddos-ike-threshold", NULL, 0},
    {"ddos-mode", NULL, 0},
    {"dns-resolver", NULL, 0},
    {"dnssec-anchors", NULL, 0},
    {"dnssec-enable", NULL, 0},
    {"dnssec-rootkey-file", NULL, 0},
    {"drop-oppo-null", NULL, 0},
    {"dumpdir", NULL, 0},
    {"exampledir", NULL, 0},
    {"expire-lifetime", NULL, 0},
    {"xfrmlifetime", "expire-lifetime", 0},
    {"expire-shunt-interval", NULL, 0},
    {"fragicmp", NULL, 1},
    {"global-redirect", NULL, 0},
    {"global-redirect-to", NULL, 0},
    {"hidetos", NULL, 1},
    {"ike-socket-bufsize", NULL, 0},
    {"ike-socket-errqueue", NULL, 0},
    {"ikeport", NULL, 0},
    {"ikev1-policy", NULL, 0},
    {"ipsec-interface-managed", NULL, 0},
    {"ipsecdir", NULL, 0},
    {"keep-alive", NULL, 0},
    {"keep_alive", "keep-alive", 0},
    {"klipsdebug", NULL, 1},
    {"listen", NULL, 0},
    {"listen-tcp", NULL, 0},
    {"listen-udp", NULL, 0},
    {"logappend", NULL, 0},
    {"logfile", NULL, 0},
    {"logip", NULL, 0},
    {"loglimit", NULL, 0},
    {"logstderr", NULL, 0},
    {"logtime", NULL, 0},
    {"max-halfopen-ike", NULL, 0},
    {"myvendorid", NULL, 0},
    {"nat-ikeport", NULL, 0},
    {"nat_ikeport", "nat-ikeport", 0},
    {"nflog-all", NULL, 0},
    {"nhelpers", NULL, 0},
    {"nssdir", NULL, 0},
    {"ocsp-cache-max-age", NULL, 0},
    {"ocsp-cache-min-age", NULL, 0},
    {"ocsp-cache-size", NULL, 0},
    {"ocsp-enable", NULL, 0},
    {"ocsp_enable", "ocsp-enable", 0},
    {"ocsp-method", NULL, 0},
    {"ocsp-strict", NULL, 0},
    {"ocsp_strict", "ocsp-strict", 0},
    {"ocsp-timeout", NULL, 0},
    {"ocsp_timeout", "ocsp-timeout", 0},
    {"ocsp-trustname", NULL, 0},
    {"ocsp_trust_name", "ocsp-trustname", 0},
    {"ocsp-uri", NULL, 0},
    {"ocsp_uri", "ocsp-uri", 0},
    {"overridemtu", NULL, 1},
    {"perpeerlog", NULL, 1},
    {"perpeerlogdir", NULL, 1},
    {"plutodebug", NULL, 0},
    {"plutostderrlog", NULL, 1},
    {"plutostderrlogtime", NULL, 1},
    {"protostack", NULL, 0},
    {"rundir", NULL, 0},
    {"seccomp", NULL, 0},
    {"secctx-attr-type", NULL, 1},
    {"ikev1-secctx-attr-type", NULL, 1},
    {"secctx-attr-value", NULL, 1},
    {"secctx_attr_value", NULL, 1},
    {"secretsfile", NULL, 0},
    {"seedbits", NULL, 0},
    {"seeddev", NULL, 0},
    {"shuntlifetime", NULL, 0},
    {"statsbin", NULL, 0},
    {"syslog", NULL, 1},
    {"uniqueids", NULL, 0},
    {"virtual-private", NULL, 0},
    {"virtual_private", "virtual-private", 0},
    {"interfaces", NULL, 1},
    /* Openswan / FreeS/WAN and early Libreswan setup keys */
    {"nat_traversal", NULL, 1},
    {"disable_port_floating", NULL, 1},
    {"force_keepalive", NULL, 1},
    {"forwardcontrol", NULL, 1},
    {"rp_filter", NULL, 1},
    {"oe", NULL, 1},
    {"plutoopts", NULL, 1},
    {"plutowait", NULL, 1},
    {"prepluto", NULL, 1},
    {"postpluto", NULL, 1},
    {"pluto", NULL, 1},
    {"plutofork", NULL, 1},
    {"plutorestartoncrash", NULL, 1},
    {"nocrsend", NULL, 1},
    {"force-busy", NULL, 1},
    {"plutoload", NULL, 1},
    {"plutostart", NULL, 1},
    {"keep_alive", "keep-alive", 0},
    {"nhelpers", NULL, 0},
};

static const kw *kw_find(const kw *t, gsize n, const char *key) {
  for (gsize i = 0; i < n; i++)
    if (!strcmp(t[i].name, key)) return &t[i];
  return NULL;
}

const char *pl_config_canon(const char *key, bool setup, bool *obsolete) {
  bool dummy;
  if (!obsolete) obsolete = &dummy;
  *obsolete = false;
  if (!key) return NULL;
  if (setup) {
    const kw *k = kw_find(kw_setup, G_N_ELEMENTS(kw_setup), key);
    if (!k) return NULL;
    *obsolete = k->obsolete;
    return g_intern_string(k->canon ? k->canon : k->name);
  }
  const kw *k = kw_find(kw_conn, G_N_ELEMENTS(kw_conn), key);
  if (k) {
    *obsolete = k->obsolete;
    return g_intern_string(k->canon ? k->canon : k->name);
  }
  const char *side = NULL, *rest = NULL;
  if (!strncmp(key, "left", 4)) side = "left", rest = key + 4;
  else if (!strncmp(key, "right", 5)) side = "right", rest = key + 5;
  if (!side) return NULL;
  k = kw_find(kw_side, G_N_ELEMENTS(kw_side), rest);
  if (!k) return NULL;
  *obsolete = k->obsolete;
  if (!k->canon) return g_intern_string(key);
  char *c = g_strconcat(side, k->canon, NULL);
  const char *r = g_intern_string(c);
  g_free(c);
  return r;
}

/* ---- diagnostics ----------------------------------------------------------- */

void pl_cfg_diag_add(pl_config *cfg, pl_cfg_level lv, guint32 file, guint32 line, const char *fmt, ...) {
  if (cfg->diags->len >= 10000) return; /* a hostile file cannot fill memory with messages */
  pl_cfg_diag *d = g_new0(pl_cfg_diag, 1);
  d->level = lv;
  d->file = file;
  d->line = line;
  va_list ap;
  va_start(ap, fmt);
  d->msg = g_strdup_vprintf(fmt, ap);
  va_end(ap);
  g_ptr_array_add(cfg->diags, d);
}

/* text from the file, made printable and short, for a message */
static char *shown_max(const char *s, gsize n, gsize max) {
  GString *g = g_string_new(NULL);
  for (gsize i = 0; i < n && i < max; i++) {
    unsigned char c = (unsigned char) s[i];
    if (c < 0x20 || c >= 0x7f) g_string_append_printf(g, "\\x%02x", c);
    else g_string_append_c(g, (char) c);
  }
  if (n > max) g_string_append(g, "...");
  return g_string_free(g, FALSE);
}

static char *shown(const char *s, gsize n) { return shown_max(s, n, 60); }

char *pl_config_diag_text(const pl_config *cfg, const pl_cfg_diag *d) {
  const char *path = d->file < cfg->files->len ? ((pl_cfg_file *) cfg->files->pdata[d->file])->path : "?";
  char *p = shown_max(path, strlen(path), 1024);
  char *m = shown_max(d->msg, strlen(d->msg), 400);
  char *r = d->line ? g_strdup_printf("%s:%u: %s: %s", p, d->line,
                                      d->level == PL_CFG_ERROR ? "error" : "warning", m)
                    : g_strdup_printf("%s: %s: %s", p, d->level == PL_CFG_ERROR ? "error" : "warning", m);
  g_free(p);
  g_free(m);
  return r;
}

/* ---- model ------------------------------------------------------------------ */

static void kv_free(gpointer p) {
  pl_cfg_kv *kv = p;
  g_free(kv->key);
  g_free(kv->value);
  g_free(kv);
}

static void section_free(gpointer p) {
  pl_cfg_section *s = p;
  g_free(s->name);
  g_ptr_array_unref(s->kvs);
  g_free(s);
}

static void file_free(gpointer p) {
  pl_cfg_file *f = p;
  g_free(f->path);
  g_free(f->text);
  g_free(f);
}

static void diag_free(gpointer p) {
  pl_cfg_diag *d = p;
  g_free(d->msg);
  g_free(d);
}

pl_config *pl_config_new(void) {
  pl_config *cfg = g_new0(pl_config, 1);
  cfg->files = g_ptr_array_new_with_free_func(file_free);
  cfg->sections = g_ptr_array_new_with_free_func(section_free);
  cfg->diags = g_ptr_array_new_with_free_func(diag_free);
  cfg->unknown_keys = g_string_chunk_new(256);
  return cfg;
}

void pl_config_free(pl_config *cfg) {
  if (!cfg) return;
  g_ptr_array_unref(cfg->files);
  g_ptr_array_unref(cfg->sections);
  g_ptr_array_unref(cfg->diags);
  g_string_chunk_free(cfg->unknown_keys);
  g_free(cfg);
}

/* ---- grammar actions -------------------------------------------------------- */

static pl_cfg_section *section_new(pl_cfg_pctx *px, pl_cfg_kind kind, const char *name, guint32 line) {
  pl_cfg_section *s = g_new0(pl_cfg_section, 1);
  s->kind = kind;
  s->name = name ? g_strdup(name) : NULL;
  s->file = px->file;
  s->line = s->last_line = line;
  s->kvs = g_ptr_array_new_with_free_func(kv_free);
  g_ptr_array_add(px->cfg->sections, s);
  px->cur = s;
  return s;
}

void pl_cfg_act_setup(pl_cfg_pctx *px, guint32 line) { section_new(px, PL_CFG_SETUP, NULL, line); }

static bool valid_conn_name(const char *s, gsize n) {
  if (!n) return false;
  for (gsize i = 0; i < n; i++) {
    unsigned char c = (unsigned char) s[i];
    if (c <= 0x20 || c == 0x7f) return false;
  }
  return true;
}

void pl_cfg_act_conn(pl_cfg_pctx *px, const pl_cfg_tok *name) {
  if (!valid_conn_name(name->s, name->n) || memchr(name->s, '\0', name->n)) {
    char *sh = shown(name->s, name->n);
    pl_cfg_diag_add(px->cfg, PL_CFG_ERROR, px->file, name->line, "conn name '%s' is not valid", sh);
    g_free(sh);
    px->cur = NULL;
    return;
  }
  char *n = g_strndup(name->s, name->n);
  section_new(px, !strcmp(n, "%default") ? PL_CFG_DEFAULT : PL_CFG_CONN, n, name->line);
  g_free(n);
}

static void load_file(pl_config *cfg, const char *path, char *text, gsize len, int depth);

void pl_cfg_act_include(pl_cfg_pctx *px, const pl_cfg_tok *pat) {
  px->cur = NULL; /* an include ends the section, as in Libreswan */
  if (!pat->n || memchr(pat->s, '\0', pat->n)) {
    pl_cfg_diag_add(px->cfg, PL_CFG_ERROR, px->file, pat->line, "include without a file name");
    return;
  }
  char *p = g_strndup(pat->s, pat->n);
  const char *self = ((pl_cfg_file *) px->cfg->files->pdata[px->file])->path;
  char *full;
  if (g_path_is_absolute(p)) full = g_strdup(p);
  else {
    char *dir = g_path_get_dirname(self);
    full = strcmp(dir, ".") ? g_build_filename(dir, p, NULL) : g_strdup(p);
    g_free(dir);
  }
  if (px->cfg->no_includes) {
    pl_cfg_diag_add(px->cfg, PL_CFG_WARNING, px->file, pat->line, "include '%s' not followed", p);
    g_free(p);
    g_free(full);
    return;
  }
  if (px->depth >= 10) {
    pl_cfg_diag_add(px->cfg, PL_CFG_ERROR, px->file, pat->line,
                    "include '%s' is nested more than 10 levels deep; not read", p);
    g_free(p);
    g_free(full);
    return;
  }
  glob_t g;
  int r = glob(full, 0, NULL, &g);
  if (r == GLOB_NOMATCH || (r == 0 && g.gl_pathc == 0)) {
    if (!strpbrk(p, "*?["))
      pl_cfg_diag_add(px->cfg, PL_CFG_WARNING, px->file, pat->line, "include '%s': no such file", p);
  } else if (r != 0) {
    pl_cfg_diag_add(px->cfg, PL_CFG_WARNING, px->file, pat->line, "include '%s' could not be read", p);
  } else {
    for (size_t i = 0; i < g.gl_pathc; i++) {
      char *text = NULL;
      gsize len = 0;
      GError *err = NULL;
      if (!g_file_get_contents(g.gl_pathv[i], &text, &len, &err)) {
        pl_cfg_diag_add(px->cfg, PL_CFG_WARNING, px->file, pat->line, "include '%s' cannot be read",
                        g.gl_pathv[i]);
        g_error_free(err);
        continue;
      }
      load_file(px->cfg, g.gl_pathv[i], text, len, px->depth + 1);
    }
  }
  if (r == 0 || r == GLOB_NOMATCH) globfree(&g);
  g_free(p);
  g_free(full);
}

void pl_cfg_act_kv(pl_cfg_pctx *px, const pl_cfg_tok *key, const pl_cfg_tok *val) {
  char *k = g_strndup(key->s, key->n);
  if (!px->cur) {
    pl_cfg_diag_add(px->cfg, PL_CFG_ERROR, px->file, key->line,
                    "'%s=' is not inside a 'config setup' or 'conn' section", k);
    g_free(k);
    return;
  }
  if (key->quote == 'x') { /* x-comment keys: ignored, as Libreswan does */
    g_free(k);
    return;
  }
  bool setup = px->cur->kind == PL_CFG_SETUP, obsolete = false;
  const char *canon = pl_config_canon(k, setup, &obsolete);
  if (!canon) {
    char *sh = shown(key->s, key->n);
    bool other = setup ? pl_config_canon(k, false, NULL) != NULL : pl_config_canon(k, true, NULL) != NULL;
    pl_cfg_diag_add(px->cfg, PL_CFG_WARNING, px->file, key->line,
                    other ? "'%s' belongs in a %s section" : "unknown keyword '%s'", sh,
                    setup ? "conn" : "config setup");
    g_free(sh);
    canon = g_string_chunk_insert_const(px->cfg->unknown_keys, k);
  } else if (obsolete) {
    pl_cfg_diag_add(px->cfg, PL_CFG_WARNING, px->file, key->line,
                    "'%s' is obsolete (current Libreswan ignores it)", k);
  }
  if (strcmp(canon, "also"))
    for (guint i = 0; i < px->cur->kvs->len; i++) {
      const pl_cfg_kv *o = px->cur->kvs->pdata[i];
      if (o->canon == canon) {
        pl_cfg_diag_add(px->cfg, PL_CFG_WARNING, px->file, key->line,
                        "'%s' is set twice in this section (first on line %u)", k, o->line);
        break;
      }
    }
  pl_cfg_kv *kv = g_new0(pl_cfg_kv, 1);
  kv->key = k;
  kv->canon = canon;
  kv->value = g_strndup(val->s, val->n);
  kv->quote = val->quote;
  kv->file = px->file;
  kv->line = key->line;
  g_ptr_array_add(px->cur->kvs, kv);
  px->cur->last_line = key->line;
}

void pl_cfg_act_error(pl_cfg_pctx *px, guint32 line) {
  if (px->err_s && px->err_n) {
    char *sh = shown(px->err_s, px->err_n);
    pl_cfg_diag_add(px->cfg, PL_CFG_ERROR, px->file, line,
                    "cannot read this line at '%s' (a section starts at column 0, its key=value lines are "
                    "indented)",
                    sh);
    g_free(sh);
  } else {
    pl_cfg_diag_add(px->cfg, PL_CFG_ERROR, px->file, line,
                    "cannot read this line (a section starts at column 0, its key=value lines are indented)");
  }
}

/* ---- loading ------------------------------------------------------------------ */

/* takes text */
static void load_file(pl_config *cfg, const char *path, char *text, gsize len, int depth) {
  if (cfg->files->len >= 4096) {
    g_free(text);
    return;
  }
  pl_cfg_file *f = g_new0(pl_cfg_file, 1);
  f->path = g_strdup(path);
  f->text = text;
  f->len = len;
  g_ptr_array_add(cfg->files, f);
  /* NUL bytes are no text: each becomes '?' (once reported), so that the
   * scanner never meets a NUL that is not its end-of-buffer mark */
  guint32 first_nul = 0, line = 1;
  for (gsize i = 0; i < len; i++) {
    if (text[i] == '\n') line++;
    else if (text[i] == '\0') {
      text[i] = '?';
      if (!first_nul) first_nul = line;
    }
  }
  if (first_nul)
    pl_cfg_diag_add(cfg, PL_CFG_WARNING, cfg->files->len - 1, first_nul,
                    "NUL bytes in the file, read as '?'");
  pl_cfg_pctx px = {0};
  px.cfg = cfg;
  px.file = cfg->files->len - 1;
  px.depth = depth;
  if (pl_cfg_lex_init(&px, text, len)) return;
  pl_cfg_parse(&px);
  pl_cfg_lex_free(&px);
}

bool pl_config_load(pl_config *cfg, const char *path) {
  char *text = NULL;
  gsize len = 0;
  GError *err = NULL;
  FILE *fp = fopen(path, "rb");
  int e = fp ? 0 : errno;
  if (fp) fclose(fp);
  if (!fp || !g_file_get_contents(path, &text, &len, &err)) {
    pl_cfg_file *f = g_new0(pl_cfg_file, 1);
    f->path = g_strdup(path);
    f->text = g_strdup("");
    g_ptr_array_add(cfg->files, f);
    pl_cfg_diag_add(cfg, PL_CFG_ERROR, cfg->files->len - 1, 0, "cannot be read (%s)",
                    e ? g_strerror(e) : "not a readable file");
    if (err) g_error_free(err);
    return false;
  }
  load_file(cfg, path, text, len, 1);
  return true;
}

void pl_config_load_text(pl_config *cfg, const char *name, const char *text, gsize len) {
  char *copy = g_malloc(len + 1);
  memcpy(copy, text, len);
  copy[len] = '\0';
  load_file(cfg, name, copy, len, 1);
}

/* ---- lookups ------------------------------------------------------------------ */

const pl_cfg_section *pl_config_conn(const pl_config *cfg, const char *name) {
  if (!cfg || !name) return NULL;
  for (guint i = cfg->sections->len; i-- > 0;) {
    const pl_cfg_section *s = cfg->sections->pdata[i];
    if (s->kind == PL_CFG_CONN && !strcmp(s->name, name)) return s;
  }
  return NULL;
}

const pl_cfg_kv *pl_config_setup_get(const pl_config *cfg, const char *key) {
  if (!cfg) return NULL;
  const char *c = g_intern_string(key);
  const pl_cfg_kv *r = NULL;
  for (guint i = 0; i < cfg->sections->len; i++) {
    const pl_cfg_section *s = cfg->sections->pdata[i];
    if (s->kind != PL_CFG_SETUP) continue;
    for (guint j = 0; j < s->kvs->len; j++) {
      const pl_cfg_kv *kv = s->kvs->pdata[j];
      if (kv->canon == c) r = kv;
    }
  }
  return r;
}

static const pl_cfg_kv *own(const pl_cfg_section *s, const char *c) {
  const pl_cfg_kv *r = NULL;
  for (guint j = 0; j < s->kvs->len; j++) {
    const pl_cfg_kv *kv = s->kvs->pdata[j];
    if (kv->canon == c) r = kv;
  }
  return r;
}

static const pl_cfg_kv *through_also(const pl_config *cfg, const pl_cfg_section *s, const char *c,
                                     int depth) {
  const pl_cfg_kv *r = own(s, c);
  if (r || depth > 20) return r;
  const char *also = g_intern_string("also");
  for (guint j = 0; j < s->kvs->len; j++) {
    const pl_cfg_kv *kv = s->kvs->pdata[j];
    if (kv->canon != also) continue;
    const pl_cfg_section *t = pl_config_conn(cfg, kv->value);
    if (t && t != s && (r = through_also(cfg, t, c, depth + 1))) return r;
  }
  return NULL;
}

const pl_cfg_kv *pl_config_get(const pl_config *cfg, const pl_cfg_section *conn, const char *key) {
  if (!cfg || !conn || !key) return NULL;
  const char *c = g_intern_string(key);
  const pl_cfg_kv *r = through_also(cfg, conn, c, 0);
  if (r) return r;
  for (guint i = cfg->sections->len; i-- > 0;) {
    const pl_cfg_section *s = cfg->sections->pdata[i];
    if (s->kind == PL_CFG_DEFAULT && (r = through_also(cfg, s, c, 0))) return r;
  }
  return NULL;
}

int pl_config_ike_version(const pl_config *cfg, const pl_cfg_section *conn, const pl_cfg_kv **kvp) {
  const pl_cfg_kv *kx = pl_config_get(cfg, conn, "keyexchange");
  const pl_cfg_kv *v2 = pl_config_get(cfg, conn, "ikev2");
  if (kvp) *kvp = NULL;
  if (kx && !strcmp(kx->value, "ikev1")) {
    if (kvp) *kvp = kx;
    return 1;
  }
  if (kx && !strcmp(kx->value, "ikev2")) {
    if (kvp) *kvp = kx;
    return 2;
  }
  if (v2) {
    if (kvp) *kvp = v2;
    return !strcmp(v2->value, "no") || !strcmp(v2->value, "never") ? 1 : 2;
  }
  return 2;
}

/* ---- --config ----------------------------------------------------------------- */

static pl_config *current;

int pl_config_use(char **paths, bool quiet) {
  if (!paths || !paths[0]) return 0;
  if (!current) current = pl_config_new();
  int bad = 0;
  for (int i = 0; paths[i]; i++)
    if (!pl_config_load(current, paths[i])) bad++;
  if (!quiet)
    for (guint i = 0; i < current->diags->len; i++) {
      char *t = pl_config_diag_text(current, current->diags->pdata[i]);
      g_printerr("plutolog: config: %s\n", t);
      g_free(t);
    }
  return bad;
}

const pl_config *pl_config_current(void) { return current; }
