/* The algorithm table: every spelling of pluto-messages.md §17 maps to its
 * ipsec.conf token; the ike=/esp= builders give the expected strings; and,
 * when Libreswan is installed, every string they build is accepted by
 * `ipsec algparse` (IKEv2 and, where the peer was IKEv1, IKEv1). */
#include "algs.h"

#include <string.h>

typedef struct {
  int line;
  const char *name;
  gint64 keylen;
  const char *token;
} spelling;

/* columns (a) (b) (c) (d) (e) (x) of §17, row by row */
static const spelling spellings[] = {
    /* 3DES */
    {__LINE__, "OAKLEY_3DES_CBC", 192, "3des"},
    {__LINE__, "oakley_3des_cbc_192", 0, "3des"},
    {__LINE__, "3des_cbc_192", 0, "3des"},
    {__LINE__, "3DES_CBC", 0, "3des"},
    {__LINE__, "3DES", 0, "3des"},
    {__LINE__, "3DES_0", 0, "3des"},
    {__LINE__, "3DES(3)_192", 0, "3des"},
    {__LINE__, "ESP_3DES", 0, "3des"},
    /* AES-CBC */
    {__LINE__, "OAKLEY_AES_CBC", 128, "aes128"},
    {__LINE__, "OAKLEY_AES_CBC", 256, "aes256"},
    {__LINE__, "OAKLEY_AES_CBC (256)", 0, "aes256"},
    {__LINE__, "AES_CBC", 256, "aes256"},
    {__LINE__, "aes_128", 0, "aes128"},
    {__LINE__, "aes_256", 0, "aes256"},
    {__LINE__, "AES_CBC_128", 0, "aes128"},
    {__LINE__, "AES_CBC_256", 0, "aes256"},
    {__LINE__, "AES_128", 0, "aes128"},
    {__LINE__, "AES(12)_128", 0, "aes128"},
    {__LINE__, "AES(12)_256", 0, "aes256"},
    {__LINE__, "ESP_AES", 128, "aes128"},
    /* AES-CTR */
    {__LINE__, "OAKLEY_AES_CTR", 128, "aesctr128"},
    {__LINE__, "aes_ctr", 0, "aesctr"},
    {__LINE__, "AES_CTR_128", 0, "aesctr128"},
    /* AES-GCM ICV16 */
    {__LINE__, "aes_gcm_16_256", 0, "aes_gcm256"},
    {__LINE__, "AES_GCM_16_256", 0, "aes_gcm256"},
    {__LINE__, "AES_GCM_C_256", 0, "aes_gcm256"},
    {__LINE__, "ESP_AES_GCM_C", 256, "aes_gcm256"},
    {__LINE__, "AES_GCM_16_128", 0, "aes_gcm128"},
    /* AES-GCM ICV8/12 */
    {__LINE__, "AES_GCM_8_128", 0, "aes_gcm_a128"},
    {__LINE__, "AES_GCM_12_256", 0, "aes_gcm_b256"},
    {__LINE__, "AES_GCM_A_128", 0, "aes_gcm_a128"},
    {__LINE__, "AES_GCM_B_256", 0, "aes_gcm_b256"},
    /* AES-CCM */
    {__LINE__, "AES_CCM_16_128", 0, "aes_ccm128"},
    {__LINE__, "AES_CCM_8_128", 0, "aes_ccm_a128"},
    {__LINE__, "AES_CCM_12_256", 0, "aes_ccm_b256"},
    {__LINE__, "AES_CCM_C_128", 0, "aes_ccm128"},
    /* ChaCha20, Camellia, NULL */
    {__LINE__, "CHACHA20_POLY1305", 0, "chacha20_poly1305"},
    {__LINE__, "camellia", 128, "camellia128"},
    {__LINE__, "CAMELLIA_CBC_128", 0, "camellia128"},
    {__LINE__, "CAMELLIA_128", 0, "camellia128"},
    {__LINE__, "null", 0, "null"},
    {__LINE__, "NULL", 0, "null"},
    {__LINE__, "NULL_0", 0, "null"},
    {__LINE__, "NULL_AUTH_AES_GMAC", 128, "null_auth_aes_gmac"},
    /* MD5 */
    {__LINE__, "OAKLEY_MD5", 0, "md5"},
    {__LINE__, "oakley_md5", 0, "md5"},
    {__LINE__, "md5", 0, "md5"},
    {__LINE__, "HMAC_MD5", 0, "md5"},
    {__LINE__, "HMAC_MD5_96", 0, "md5"},
    {__LINE__, "MD5(1)_128", 0, "md5"},
    /* SHA1 */
    {__LINE__, "OAKLEY_SHA1", 0, "sha1"},
    {__LINE__, "oakley_sha", 0, "sha1"},
    {__LINE__, "sha", 0, "sha1"},
    {__LINE__, "sha1_96", 0, "sha1"},
    {__LINE__, "HMAC_SHA1", 0, "sha1"},
    {__LINE__, "HMAC_SHA1_96", 0, "sha1"},
    {__LINE__, "SHA1(2)_160", 0, "sha1"},
    {__LINE__, "AUTH_ALGORITHM_HMAC_SHA1", 0, "sha1"},
    /* SHA2 */
    {__LINE__, "OAKLEY_SHA2_256", 0, "sha2_256"},
    {__LINE__, "sha2_256", 0, "sha2_256"},
    {__LINE__, "HMAC_SHA2_256", 0, "sha2_256"},
    {__LINE__, "HMAC_SHA2_256_128", 0, "sha2_256"},
    {__LINE__, "OAKLEY_SHA2_384", 0, "sha2_384"},
    {__LINE__, "sha2_384", 0, "sha2_384"},
    {__LINE__, "HMAC_SHA2_384", 0, "sha2_384"},
    {__LINE__, "HMAC_SHA2_384_192", 0, "sha2_384"},
    {__LINE__, "OAKLEY_SHA2_512", 0, "sha2_512"},
    {__LINE__, "sha2_512", 0, "sha2_512"},
    {__LINE__, "HMAC_SHA2_512", 0, "sha2_512"},
    {__LINE__, "HMAC_SHA2_512_256", 0, "sha2_512"},
    /* XCBC */
    {__LINE__, "aes_xcbc", 0, "aes_xcbc"},
    {__LINE__, "AES_XCBC", 0, "aes_xcbc"},
    {__LINE__, "AES_XCBC_96", 0, "aes_xcbc"},
    /* AEAD integrity, no PFS */
    {__LINE__, "NONE", 0, ""},
    {__LINE__, "no-pfs", 0, ""},
    {__LINE__, "n/a", 0, ""},
    /* MODP */
    {__LINE__, "OAKLEY_GROUP_MODP1024", 0, "modp1024"},
    {__LINE__, "modp1024", 0, "modp1024"},
    {__LINE__, "MODP1024", 0, "modp1024"},
    {__LINE__, "OAKLEY_GROUP_MODP1536", 0, "modp1536"},
    {__LINE__, "modp1536", 0, "modp1536"},
    {__LINE__, "MODP2048", 0, "modp2048"},
    {__LINE__, "MODP3072", 0, "modp3072"},
    {__LINE__, "OAKLEY_GROUP_MODP4096", 0, "modp4096"},
    {__LINE__, "MODP6144", 0, "modp6144"},
    {__LINE__, "MODP8192", 0, "modp8192"},
    /* ECP, Curve25519, RFC 5114 */
    {__LINE__, "OAKLEY_GROUP_ECP_256", 0, "dh19"},
    {__LINE__, "DH19", 0, "dh19"},
    {__LINE__, "ECP_256", 0, "dh19"},
    {__LINE__, "ECP_384", 0, "dh20"},
    {__LINE__, "DH20", 0, "dh20"},
    {__LINE__, "OAKLEY_GROUP_ECP_521", 0, "dh21"},
    {__LINE__, "ECP_521", 0, "dh21"},
    {__LINE__, "DH21", 0, "dh21"},
    {__LINE__, "CURVE25519", 0, "dh31"},
    {__LINE__, "DH31", 0, "dh31"},
    {__LINE__, "OAKLEY_GROUP_DH22", 0, "dh22"},
    {__LINE__, "DH23", 0, "dh23"},
    {__LINE__, "DH24", 0, "dh24"},
    {__LINE__, "ML_KEM_768", 0, "ml_kem_768"},
};

static void test_spellings(void) {
  for (gsize i = 0; i < G_N_ELEMENTS(spellings); i++) {
    const spelling *s = &spellings[i];
    const char *t = pl_alg_token(s->name, s->keylen);
    if (!t || strcmp(t, s->token))
      g_error("line %d: %s (%" G_GINT64_FORMAT ") -> %s, expected %s", s->line, s->name, s->keylen,
              t ? t : "(null)", s->token);
  }
}

static void test_unknown(void) {
  static const char *const bad[] = {"", "FOO", "AES_CBC_256\n", "aes;256", "MODP2048 x=1", "also=x", NULL};
  for (int i = 0; bad[i]; i++) g_assert_null(pl_alg_token(bad[i], 0));
  g_assert_null(pl_alg_token(NULL, 0));
}

typedef struct {
  int line;
  const char *cipher;
  gint64 keylen;
  const char *prf, *integ, *dh;
  const char *want;
} ike_row;

static const ike_row ike_rows[] = {
    {__LINE__, "AES_CBC_256", 0, "HMAC_SHA2_256", NULL, "MODP2048", "aes256-sha2_256;modp2048"},
    {__LINE__, "AES_CBC", 256, "HMAC_SHA2_512", NULL, "MODP4096", "aes256-sha2_512;modp4096"},
    {__LINE__, "OAKLEY_AES_CBC", 256, "OAKLEY_SHA1", NULL, "OAKLEY_GROUP_MODP1536", "aes256-sha1;modp1536"},
    {__LINE__, "3DES_CBC", 192, "HMAC_SHA1", NULL, "MODP2048", "3des-sha1;modp2048"},
    {__LINE__, "oakley_3des_cbc_192", 0, "oakley_md5", NULL, "modp1536", "3des-md5;modp1536"},
    {__LINE__, "aes_256", 0, "sha", NULL, "MODP2048", "aes256-sha1;modp2048"},
    {__LINE__, "AES_GCM_16_256", 0, "HMAC_SHA2_512", "n/a", "MODP2048", "aes_gcm256-sha2_512;modp2048"},
    {__LINE__, "AES_CBC_128", 0, NULL, "HMAC_SHA2_256", "DH19", "aes128-sha2_256;dh19"},
    {__LINE__, "AES_GCM_16_256", 0, "HMAC_SHA2_512", NULL, "CURVE25519", "aes_gcm256-sha2_512;dh31"},
};

static void test_ike(void) {
  for (gsize i = 0; i < G_N_ELEMENTS(ike_rows); i++) {
    const ike_row *r = &ike_rows[i];
    char *got = pl_alg_ike(r->cipher, r->keylen, r->prf, r->integ, r->dh, NULL);
    if (g_strcmp0(got, r->want)) g_error("line %d: got %s, want %s", r->line, got, r->want);
    g_free(got);
  }
  char *why = NULL;
  g_assert_null(pl_alg_ike("FOO_CBC", 0, "HMAC_SHA1", NULL, "MODP2048", &why));
  g_assert_nonnull(why);
  g_free(why);
}

typedef struct {
  int line;
  const char *xfrm, *want, *dh;
} esp_row;

static const esp_row esp_rows[] = {
    {__LINE__, "AES_CBC_128-HMAC_SHA2_256_128", "aes128-sha2_256", NULL},
    {__LINE__, "AES_CBC_128-HMAC_SHA1_96-MODP2048", "aes128-sha1", "modp2048"},
    {__LINE__, "AES_GCM_16_256-NONE", "aes_gcm256", NULL},
    {__LINE__, "AES_GCM_16_256-NONE-DH19", "aes_gcm256", "dh19"},
    {__LINE__, "AES_GCM_16_256", "aes_gcm256", NULL},
    {__LINE__, "3DES(3)_192-MD5(1)_128", "3des-md5", NULL},
    {__LINE__, "AES_128-HMAC_SHA1", "aes128-sha1", NULL},
    {__LINE__, "AES(12)_256-SHA1(2)_160", "aes256-sha1", NULL},
    {__LINE__, "AES_128-AES_CBC", "aes128-aes_xcbc", NULL},
    {__LINE__, "3DES_CBC-HMAC_SHA2_256_128", "3des-sha2_256", NULL},
    {__LINE__, "AES_CBC_128-HMA", NULL, NULL}, /* truncated by syslog */
};

static void test_esp(void) {
  for (gsize i = 0; i < G_N_ELEMENTS(esp_rows); i++) {
    const esp_row *r = &esp_rows[i];
    char *dh = NULL;
    char *got = pl_alg_esp(r->xfrm, &dh, NULL);
    if (g_strcmp0(got, r->want) || g_strcmp0(dh, r->dh))
      g_error("line %d: %s -> %s ;%s, want %s ;%s", r->line, r->xfrm, got, dh, r->want, r->dh);
    g_free(got);
    g_free(dh);
  }
}

typedef struct {
  int line;
  const char *dump, *proto, *want;
  int pfs;
} v2_row;

static const v2_row v2_rows[] = {
    {__LINE__, "1:IKE:ENCR=AES_CBC_128;PRF=HMAC_SHA2_256;INTEG=HMAC_SHA2_256_128;DH=MODP1024[first-match]",
     "IKE", "aes128-sha2_256;modp1024", -1},
    {__LINE__,
     "1:IKE:ENCR=AES_CBC_256;PRF=HMAC_SHA2_512;INTEG=HMAC_SHA2_512_256;DH=MODP4096 "
     "2:IKE:ENCR=AES_GCM_C_256;PRF=HMAC_SHA2_512;PRF=HMAC_SHA2_256;DH=MODP2048;DH=ECP_256",
     "IKE", "aes256-sha2_512;modp4096,aes_gcm256-sha2_512+sha2_256;modp2048+dh19", -1},
    {__LINE__,
     "1:IKE:ENCR=AES_GCM_16_256;PRF=HMAC_SHA2_512;KE=DH19 2:IKE:ENCR=AES_CBC_128;PRF=HMAC_SHA1;KE=MODP2048",
     "IKE", "aes_gcm256-sha2_512;dh19,aes128-sha1;modp2048", -1},
    {__LINE__, "1:ESP:ENCR=AES_CBC_128;ENCR=AES_CBC_256;INTEG=HMAC_SHA1_96;ESN=YES;ESN=NO", "ESP",
     "aes128+aes256-sha1", 0},
    {__LINE__, "1:ESP:ENCR=AES_CBC_128;INTEG=HMAC_SHA2_256_128;ESN=ENABLED;ESN=DISABLED[first-match]", "ESP",
     "aes128-sha2_256", 0},
    {__LINE__,
     "1:ESP:ENCR=AES_GCM_C_256;INTEG=NONE;DH=MODP2048;ESN=DISABLED 2:ESP:ENCR=AES_CBC_256;INTEG=HMAC_SHA2_512_256;DH=MODP2048",
     "ESP", "aes_gcm256;modp2048,aes256-sha2_512;modp2048", 1},
    /* the IKE list of a mixed dump is not taken for ESP */
    {__LINE__, "1:IKE:ENCR=AES_CBC_128;PRF=HMAC_SHA1;DH=MODP2048", "ESP", NULL, -1},
};

static void test_v2(void) {
  for (gsize i = 0; i < G_N_ELEMENTS(v2_rows); i++) {
    const v2_row *r = &v2_rows[i];
    int pfs = 99;
    char *got = pl_alg_v2_proposals(r->dump, r->proto, &pfs, NULL);
    if (g_strcmp0(got, r->want) || pfs != r->pfs)
      g_error("line %d: got %s pfs=%d, want %s pfs=%d", r->line, got, pfs, r->want, r->pfs);
    g_free(got);
  }
}

/* ---- ipsec algparse ------------------------------------------------------ */

static char *ipsec_path(void) { return g_find_program_in_path("ipsec"); }

/* 0 accepted, 1 rejected, 2 known but not built into this Libreswan */
static int algparse(const char *ver, bool pfs, const char *what) {
  char *ipsec = ipsec_path();
  const char *argv[] = {ipsec, "algparse", ver, pfs ? "-pfs" : what, pfs ? what : NULL, NULL};
  char *out = NULL, *err = NULL;
  int status = 0;
  GError *e = NULL;
  if (!g_spawn_sync(NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &e))
    g_error("cannot run ipsec algparse: %s", e->message);
  g_free(ipsec);
  int rc = 0;
  if (strstr(out, "ERROR") || strstr(err, "ERROR") || !g_spawn_check_wait_status(status, NULL))
    rc = strstr(out, "is not supported") || strstr(err, "is not supported") ? 2 : 1;
  if (rc) g_test_message("algparse %s %s: %s%s", ver, what, out, err);
  g_free(out);
  g_free(err);
  return rc;
}

static void check_parse(const char *ver, bool pfs, const char *kv, const char *removed_ok) {
  int rc = algparse(ver, pfs, kv);
  if (rc && removed_ok) {
    g_test_message("%s: %s is known but not built into this Libreswan (%s)", kv, removed_ok, ver);
    return;
  }
  if (rc) g_error("ipsec algparse %s rejects %s", ver, kv);
}

static bool have_ipsec(void) {
  char *p = ipsec_path();
  bool ok = p != NULL;
  g_free(p);
  if (!ok) {
    g_printerr(
        "\n### SKIP: 'ipsec' (libreswan) is not installed: ike=/esp= strings NOT checked by algparse ###\n");
    g_test_skip("'ipsec' not installed: algparse checks not run");
  }
  return ok;
}

static void test_algparse(void) {
  if (!have_ipsec()) return;
  /* every cipher, hash and group token of the table in a real proposal */
  for (gsize i = 0; i < G_N_ELEMENTS(spellings); i++) {
    pl_alg a;
    g_assert_true(pl_alg_lookup(spellings[i].name, spellings[i].keylen, &a));
    char *kv = NULL;
    if (a.type == PL_ALG_CIPHER) kv = g_strdup_printf("esp=%s%s", a.token, a.aead ? "" : "-sha2_256");
    else if (a.type == PL_ALG_HASH) kv = g_strdup_printf("esp=aes128-%s", a.token);
    else if (a.type == PL_ALG_DH) kv = g_strdup_printf("ike=aes128-sha2_256;%s", a.token);
    if (!kv) continue;
    check_parse("-v2", false, kv, a.removed ? a.token : NULL);
    g_free(kv);
  }
  for (gsize i = 0; i < G_N_ELEMENTS(ike_rows); i++) {
    char *kv = g_strdup_printf("ike=%s", ike_rows[i].want);
    check_parse("-v2", false, kv, NULL);
    g_free(kv);
  }
  for (gsize i = 0; i < G_N_ELEMENTS(esp_rows); i++) {
    if (!esp_rows[i].want) continue;
    char *kv = g_strdup_printf("esp=%s%s%s", esp_rows[i].want, esp_rows[i].dh ? ";" : "",
                               esp_rows[i].dh ? esp_rows[i].dh : "");
    check_parse("-v2", esp_rows[i].dh != NULL, kv, NULL);
    /* IKEv1 ESP too, except PFS with elliptic groups (IKEv2-only for ESP in Libreswan) */
    if (!esp_rows[i].dh || g_str_has_prefix(esp_rows[i].dh, "modp"))
      check_parse("-v1", esp_rows[i].dh != NULL, kv, NULL);
    g_free(kv);
  }
  for (gsize i = 0; i < G_N_ELEMENTS(v2_rows); i++) {
    if (!v2_rows[i].want) continue;
    char *kv = g_strdup_printf("%s=%s", !strcmp(v2_rows[i].proto, "IKE") ? "ike" : "esp", v2_rows[i].want);
    check_parse("-v2", v2_rows[i].pfs == 1, kv, strstr(kv, "modp1024") ? "modp1024" : NULL);
    g_free(kv);
  }
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/algs/spellings", test_spellings);
  g_test_add_func("/algs/unknown", test_unknown);
  g_test_add_func("/algs/ike", test_ike);
  g_test_add_func("/algs/esp", test_esp);
  g_test_add_func("/algs/v2-proposals", test_v2);
  g_test_add_func("/algs/algparse", test_algparse);
  return g_test_run();
}
