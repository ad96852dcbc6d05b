/* Algorithm names: log spelling -> ipsec.conf token (pluto-messages.md §17).
 *
 * A logged name is normalised before the table lookup: upper case, the
 * enum prefixes of 2.6/v3 (OAKLEY_GROUP_, OAKLEY_, ESP_, AUTH_ALGORITHM_)
 * dropped, the 2.6 transform numbers "(12)" dropped, '-' read as '_'.
 * Then the whole name is looked up; failing that, a trailing "_NNN" is split
 * off and read as the key length of a keyed cipher (AES_CBC_256, aes_128,
 * AES_GCM_16_256) or ignored for fixed-size algorithms (3DES_0, SHA1_160,
 * MD5_128, where the number is the key or ICV size). */
#include "algs.h"

#include <string.h>

typedef struct {
  const char *name; /* normalised spelling */
  pl_alg_type type;
  const char *token;
  bool keyed; /* token + key length ("aes" + "256") */
  bool aead;
  bool removed;
} alg_row;

#define C(n, t)                                                                                              \
  { n, PL_ALG_CIPHER, t, false, false, false }
#define K(n, t)                                                                                              \
  { n, PL_ALG_CIPHER, t, true, false, false }
#define A(n, t)                                                                                              \
  { n, PL_ALG_CIPHER, t, true, true, false }
#define H(n, t)                                                                                              \
  { n, PL_ALG_HASH, t, false, false, false }
#define D(n, t)                                                                                              \
  { n, PL_ALG_DH, t, false, false, false }
#define OLD(n, t)                                                                                            \
  { n, PL_ALG_DH, t, false, false, true }
#define NONE(n)                                                                                              \
  { n, PL_ALG_NONE, "", false, false, false }

static const alg_row rows[] = {
    /* ciphers */
    C("3DES_CBC", "3des"),
    C("3DES", "3des"),
    K("AES_CBC", "aes"),
    K("AES", "aes"),
    K("AES_CTR", "aesctr"),
    A("AES_GCM_16", "aes_gcm"),
    A("AES_GCM_C", "aes_gcm"),
    A("AES_GCM", "aes_gcm"),
    A("AES_GCM_8", "aes_gcm_a"),
    A("AES_GCM_A", "aes_gcm_a"),
    A("AES_GCM_12", "aes_gcm_b"),
    A("AES_GCM_B", "aes_gcm_b"),
    A("AES_CCM_16", "aes_ccm"),
    A("AES_CCM_C", "aes_ccm"),
    A("AES_CCM", "aes_ccm"),
    A("AES_CCM_8", "aes_ccm_a"),
    A("AES_CCM_A", "aes_ccm_a"),
    A("AES_CCM_12", "aes_ccm_b"),
    A("AES_CCM_B", "aes_ccm_b"),
    {"CHACHA20_POLY1305", PL_ALG_CIPHER, "chacha20_poly1305", false, true, false},
    K("CAMELLIA_CBC", "camellia"),
    K("CAMELLIA", "camellia"),
    C("NULL", "null"),
    {"NULL_AUTH_AES_GMAC", PL_ALG_CIPHER, "null_auth_aes_gmac", false, true, false},
    /* PRF / integrity */
    H("MD5", "md5"),
    H("HMAC_MD5", "md5"),
    H("HMAC_MD5_96", "md5"),
    H("SHA", "sha1"),
    H("SHA1", "sha1"),
    H("SHA1_96", "sha1"),
    H("HMAC_SHA1", "sha1"),
    H("HMAC_SHA1_96", "sha1"),
    H("SHA2", "sha2_256"),
    H("SHA256", "sha2_256"),
    H("SHA2_256", "sha2_256"),
    H("HMAC_SHA2_256", "sha2_256"),
    H("HMAC_SHA2_256_128", "sha2_256"),
    H("SHA384", "sha2_384"),
    H("SHA2_384", "sha2_384"),
    H("HMAC_SHA2_384", "sha2_384"),
    H("HMAC_SHA2_384_192", "sha2_384"),
    H("SHA512", "sha2_512"),
    H("SHA2_512", "sha2_512"),
    H("HMAC_SHA2_512", "sha2_512"),
    H("HMAC_SHA2_512_256", "sha2_512"),
    H("AES_XCBC", "aes_xcbc"),
    H("AES_XCBC_96", "aes_xcbc"),
    H("AES_CMAC", "aes_cmac"),
    H("AES_CMAC_96", "aes_cmac"),
    /* key exchange */
    OLD("MODP768", "modp768"),
    OLD("MODP1024", "modp1024"),
    OLD("DH2", "modp1024"),
    D("MODP1536", "modp1536"),
    D("DH5", "modp1536"),
    D("MODP2048", "modp2048"),
    D("DH14", "modp2048"),
    D("MODP3072", "modp3072"),
    D("DH15", "modp3072"),
    D("MODP4096", "modp4096"),
    D("DH16", "modp4096"),
    D("MODP6144", "modp6144"),
    D("DH17", "modp6144"),
    D("MODP8192", "modp8192"),
    D("DH18", "modp8192"),
    D("ECP_256", "dh19"),
    D("ECP256", "dh19"),
    D("DH19", "dh19"),
    D("ECP_384", "dh20"),
    D("ECP384", "dh20"),
    D("DH20", "dh20"),
    D("ECP_521", "dh21"),
    D("ECP521", "dh21"),
    D("DH21", "dh21"),
    D("CURVE25519", "dh31"),
    D("DH31", "dh31"),
    OLD("DH22", "dh22"),
    OLD("DH23", "dh23"),
    OLD("DH24", "dh24"),
    OLD("ML_KEM_512", "ml_kem_512"), /* v5.4; not in 4.x */
    OLD("ML_KEM_768", "ml_kem_768"),
    OLD("ML_KEM_1024", "ml_kem_1024"),
    /* nothing */
    NONE("NONE"),
    NONE("NO_PFS"),
    NONE("N/A"),
    NONE("DH0"),
};

static const alg_row *find_row(const char *n) {
  for (gsize i = 0; i < G_N_ELEMENTS(rows); i++)
    if (!strcmp(rows[i].name, n)) return &rows[i];
  return NULL;
}

static void strip_prefix(GString *s, const char *p) {
  gsize n = strlen(p);
  if (s->len > n && !strncmp(s->str, p, n)) g_string_erase(s, 0, (gssize) n);
}

bool pl_alg_lookup(const char *name, gint64 keylen, pl_alg *out) {
  if (!name || !*name || strlen(name) > 64) return false;
  GString *s = g_string_new(NULL);
  gint64 len_in_name = 0;
  for (const char *p = name; *p; p++) {
    char c = *p;
    if (c == '(') {
      /* "(12)" transform number of 2.6, or " (256)" key length */
      const char *q = p + 1;
      gint64 v = 0;
      while (g_ascii_isdigit(*q)) v = v * 10 + (*q++ - '0');
      if (*q != ')') break;
      if (s->len && s->str[s->len - 1] == ' ') {
        g_string_truncate(s, s->len - 1);
        len_in_name = v;
      }
      p = q;
      continue;
    }
    if (c == '-') c = '_';
    if (!(g_ascii_isalnum(c) || c == '_' || c == '/' || c == ' ')) {
      g_string_free(s, TRUE);
      return false;
    }
    g_string_append_c(s, g_ascii_toupper(c));
  }
  g_strstrip(s->str);
  g_string_set_size(s, strlen(s->str));
  strip_prefix(s, "OAKLEY_GROUP_");
  strip_prefix(s, "OAKLEY_");
  strip_prefix(s, "ESP_");
  strip_prefix(s, "AUTH_ALGORITHM_");
  strip_prefix(s, "IKEV2_");

  const alg_row *r = find_row(s->str);
  if (!r) {
    char *us = strrchr(s->str, '_');
    if (us && us[1] && strspn(us + 1, "0123456789") == strlen(us + 1)) {
      gint64 v = g_ascii_strtoll(us + 1, NULL, 10);
      *us = '\0';
      r = find_row(s->str);
      if (r && r->keyed && !len_in_name) len_in_name = v;
    }
  }
  g_string_free(s, TRUE);
  if (!r) return false;
  if (keylen <= 0) keylen = len_in_name;
  static GHashTable *keyed_tokens; /* interned "aes256" strings: tokens stay const */
  const char *tok = r->token;
  if (r->keyed && keylen > 0) {
    if (keylen > 4096) return false;
    char buf[64];
    g_snprintf(buf, sizeof buf, "%s%" G_GINT64_FORMAT, r->token, keylen);
    G_LOCK_DEFINE_STATIC(keyed);
    G_LOCK(keyed);
    if (!keyed_tokens) keyed_tokens = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    tok = g_hash_table_lookup(keyed_tokens, buf);
    if (!tok) {
      char *k = g_strdup(buf);
      g_hash_table_insert(keyed_tokens, k, k);
      tok = k;
    }
    G_UNLOCK(keyed);
  }
  if (out) {
    out->type = r->type;
    out->token = tok;
    out->aead = r->aead;
    out->removed = r->removed;
  }
  return true;
}

const char *pl_alg_token(const char *name, gint64 keylen) {
  pl_alg a;
  return pl_alg_lookup(name, keylen, &a) ? a.token : NULL;
}

static void set_why(char **why, const char *fmt, const char *what) {
  if (why && !*why) *why = g_strdup_printf(fmt, what);
}

/* a name that may be missing or say "n/a" */
static bool absent(const char *s) {
  return !s || !*s || !g_ascii_strcasecmp(s, "n/a") || !g_ascii_strcasecmp(s, "none");
}

char *pl_alg_ike(const char *cipher, gint64 keylen, const char *prf, const char *integ, const char *dh,
                 char **why) {
  pl_alg c, p, d;
  if (!pl_alg_lookup(cipher, keylen, &c) || c.type != PL_ALG_CIPHER) {
    set_why(why, "unknown cipher %s", cipher ? cipher : "(none)");
    return NULL;
  }
  const char *h = !absent(prf) ? prf : (!absent(integ) ? integ : NULL);
  bool have_p = false;
  if (h) {
    if (!pl_alg_lookup(h, 0, &p) || p.type != PL_ALG_HASH) {
      set_why(why, "unknown PRF %s", h);
      return NULL;
    }
    have_p = true;
  }
  bool have_d = false;
  if (!absent(dh)) {
    if (!pl_alg_lookup(dh, 0, &d) || (d.type != PL_ALG_DH && d.type != PL_ALG_NONE)) {
      set_why(why, "unknown DH group %s", dh);
      return NULL;
    }
    have_d = d.type == PL_ALG_DH;
  }
  GString *o = g_string_new(c.token);
  if (have_p) g_string_append_printf(o, "-%s", p.token);
  if (have_d) g_string_append_printf(o, ";%s", d.token);
  return g_string_free(o, FALSE);
}

char *pl_alg_esp(const char *xfrm, char **dh, char **why) {
  if (dh) *dh = NULL;
  if (!xfrm || !*xfrm) {
    set_why(why, "%s", "no xfrm");
    return NULL;
  }
  char **parts = g_strsplit(xfrm, "-", 0);
  guint n = g_strv_length(parts);
  char *res = NULL;
  pl_alg c, i, d;
  if (n < 1 || n > 3 || !pl_alg_lookup(parts[0], 0, &c) || c.type != PL_ALG_CIPHER) {
    set_why(why, "cannot read the cipher of xfrm=%s", xfrm);
    goto out;
  }
  GString *o = g_string_new(c.token);
  if (n >= 2) {
    /* in an xfrm, "AES_CBC" (x column) in second place is AES-XCBC-MAC */
    const char *in = parts[1];
    bool ok = pl_alg_lookup(in, 0, &i);
    if (ok && i.type == PL_ALG_CIPHER && !g_ascii_strncasecmp(in, "AES", 3))
      i.type = PL_ALG_HASH, i.token = "aes_xcbc";
    if (!ok || (i.type != PL_ALG_HASH && i.type != PL_ALG_NONE)) {
      set_why(why, "cannot read the integrity algorithm of xfrm=%s (truncated line?)", xfrm);
      g_string_free(o, TRUE);
      goto out;
    }
    if (i.type == PL_ALG_HASH && !c.aead) g_string_append_printf(o, "-%s", i.token);
  }
  if (n == 3) {
    if (!pl_alg_lookup(parts[2], 0, &d) || (d.type != PL_ALG_DH && d.type != PL_ALG_NONE)) {
      set_why(why, "cannot read the DH group of xfrm=%s", xfrm);
      g_string_free(o, TRUE);
      goto out;
    }
    if (d.type == PL_ALG_DH && dh) *dh = g_strdup(d.token);
  }
  if (n == 1 && !c.aead) {
    set_why(why, "xfrm=%s names no integrity algorithm", xfrm);
    g_string_free(o, TRUE);
    goto out;
  }
  res = g_string_free(o, FALSE);
out:
  g_strfreev(parts);
  return res;
}

/* appends tok to a '+' list unless it is there already */
static void add_alt(GString *l, const char *tok) {
  char **have = g_strsplit(l->str, "+", 0);
  bool dup = false;
  for (char **h = have; *h; h++)
    if (!strcmp(*h, tok)) dup = true;
  g_strfreev(have);
  if (dup) return;
  if (l->len) g_string_append_c(l, '+');
  g_string_append(l, tok);
}

char *pl_alg_v2_proposals(const char *dump, const char *proto, int *pfs, char **why) {
  if (pfs) *pfs = -1;
  if (!dump || !proto) return NULL;
  char **props = g_strsplit(dump, " ", 0);
  GString *all = g_string_new(NULL);
  int with_dh = 0, without_dh = 0;
  for (char **pp = props; *pp; pp++) {
    char *p = *pp;
    if (!*p) continue;
    char *tag = strchr(p, '[');
    if (tag) *tag = '\0';
    char *c1 = strchr(p, ':');
    char *c2 = c1 ? strchr(c1 + 1, ':') : NULL;
    if (!c1 || !c2) continue;
    *c2 = '\0';
    if (g_ascii_strcasecmp(c1 + 1, proto)) continue;
    GString *enc = g_string_new(NULL), *prf = g_string_new(NULL), *integ = g_string_new(NULL),
            *ke = g_string_new(NULL);
    bool aead = false, bad = false, ke_none = false;
    char **attrs = g_strsplit(c2 + 1, ";", 0);
    for (char **a = attrs; *a && !bad; a++) {
      char *eq = strchr(*a, '=');
      if (!eq) continue;
      *eq = '\0';
      const char *type = *a, *val = eq + 1;
      pl_alg al;
      if (!strcmp(type, "ESN")) continue;
      if (!pl_alg_lookup(val, 0, &al)) {
        set_why(why, "unknown algorithm %s in the peer's proposals", val);
        bad = true;
        break;
      }
      if (!strcmp(type, "ENCR") && al.type == PL_ALG_CIPHER) {
        add_alt(enc, al.token);
        aead = aead || al.aead;
      } else if (!strcmp(type, "PRF") && al.type == PL_ALG_HASH) add_alt(prf, al.token);
      else if (!strcmp(type, "INTEG") && al.type == PL_ALG_HASH) add_alt(integ, al.token);
      else if (!strcmp(type, "INTEG") && al.type == PL_ALG_NONE) continue;
      else if ((!strcmp(type, "DH") || !strcmp(type, "KE")) && al.type == PL_ALG_DH) add_alt(ke, al.token);
      else if ((!strcmp(type, "DH") || !strcmp(type, "KE")) && al.type == PL_ALG_NONE) ke_none = true;
      else {
        set_why(why, "unexpected transform %s in the peer's proposals", type);
        bad = true;
      }
    }
    g_strfreev(attrs);
    if (!bad && enc->len) {
      GString *one = g_string_new(enc->str);
      bool is_ike = !g_ascii_strcasecmp(proto, "IKE");
      const char *h = is_ike ? (prf->len ? prf->str : integ->str) : (aead ? "" : integ->str);
      if (*h) g_string_append_printf(one, "-%s", h);
      if (ke->len) g_string_append_printf(one, ";%s", ke->str);
      if (ke->len && !ke_none) with_dh++;
      else without_dh++;
      /* drop a proposal identical to an earlier one */
      char **have = g_strsplit(all->str, ",", 0);
      bool dup = false;
      for (char **x = have; *x; x++)
        if (!strcmp(*x, one->str)) dup = true;
      g_strfreev(have);
      if (!dup) {
        if (all->len) g_string_append_c(all, ',');
        g_string_append(all, one->str);
      }
      g_string_free(one, TRUE);
    }
    g_string_free(enc, TRUE);
    g_string_free(prf, TRUE);
    g_string_free(integ, TRUE);
    g_string_free(ke, TRUE);
  }
  g_strfreev(props);
  if (pfs && g_ascii_strcasecmp(proto, "IKE") && (with_dh || without_dh)) *pfs = without_dh ? 0 : 1;
  if (!all->len) {
    g_string_free(all, TRUE);
    return NULL;
  }
  return g_string_free(all, FALSE);
}
