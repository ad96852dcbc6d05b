/* The peerconf pass and -f conf:
 *   /peerconf/fixtures   the logs in corpus/peerconf -> expected settings
 *   /peerconf/hostile    IDs and names with quotes, '#', '=', "also=" never add a key
 *   /peerconf/checkconfig  every conn written for the fixtures, the field guide
 *                        and the lab logs passes `ipsec addconn --checkconfig`
 *                        (skipped loudly without Libreswan) */
#include "peerconf.h"

#include <string.h>
#include <unistd.h>

static pl_analysis *analyse(const char *path) {
  char *full = g_build_filename(PL_SRCDIR, path, NULL);
  char *buf = NULL;
  gsize len = 0;
  GError *e = NULL;
  if (!g_file_get_contents(full, &buf, &len, &e)) g_error("%s: %s", full, e->message);
  pl_analysis *a = pl_analysis_new();
  guint32 s = pl_analysis_add_source(a, full);
  pl_analysis_feed_bytes(a, s, buf, len);
  pl_analysis_finish(a);
  g_free(buf);
  g_free(full);
  return a;
}

static const pl_conn *conn_named(const pl_analysis *a, const char *name) {
  for (guint i = 0; i < a->conns->len; i++) {
    const pl_conn *c = a->conns->pdata[i];
    if (c->name && !strcmp(c->name, name)) return c;
  }
  return NULL;
}

typedef struct {
  int line;
  const char *file, *conn;
  pl_pc_key key;
  const char *value; /* NULL: must stay unknown */
} expect;

static const expect expects[] = {
    {__LINE__, "corpus/peerconf/v1-refused.log", "office", PL_PC_KEYEXCHANGE, "ikev1"},
    {__LINE__, "corpus/peerconf/v1-refused.log", "office", PL_PC_IKE,
     "aes256-sha2_512;modp4096,3des-sha1;modp2048"},
    {__LINE__, "corpus/peerconf/v1-refused.log", "office", PL_PC_RIGHT, "198.51.100.7"},
    {__LINE__, "corpus/peerconf/v1-refused.log", "office", PL_PC_NAT, "yes"},
    {__LINE__, "corpus/peerconf/v1-refused.log", "office", PL_PC_AGGRESSIVE, "no"},
    {__LINE__, "corpus/peerconf/v1-refused.log", "office", PL_PC_AUTHBY, NULL},
    {__LINE__, "corpus/peerconf/v1-ok.log", "test", PL_PC_AUTHBY, "secret"},
    {__LINE__, "corpus/peerconf/v1-ok.log", "test", PL_PC_RIGHTID, "@branch"},
    {__LINE__, "corpus/peerconf/v1-ok.log", "test", PL_PC_LEFTSUBNET, "192.168.200.0/24"},
    {__LINE__, "corpus/peerconf/v1-ok.log", "test", PL_PC_RIGHTSUBNET, "192.168.100.0/24"},
    {__LINE__, "corpus/peerconf/v1-ok.log", "test", PL_PC_LEFT, "203.0.113.1"},
    {__LINE__, "corpus/peerconf/v1-ok.log", "test", PL_PC_RIGHT, "198.51.100.9"},
    {__LINE__, "corpus/peerconf/v1-ok.log", "test", PL_PC_IKE, "aes128-sha2_256;modp2048"},
    {__LINE__, "corpus/peerconf/v1-ok.log", "test", PL_PC_ESP, "aes128-sha2_256"},
    {__LINE__, "corpus/peerconf/v1-ok.log", "test", PL_PC_DPD, "active"},
    {__LINE__, "corpus/peerconf/v2-ok.log", "net", PL_PC_KEYEXCHANGE, "ikev2"},
    {__LINE__, "corpus/peerconf/v2-ok.log", "net", PL_PC_IKE,
     "aes128-sha2_256;modp2048,aes_gcm256-sha2_512;dh19"},
    {__LINE__, "corpus/peerconf/v2-ok.log", "net", PL_PC_ESP, "aes128-sha2_256,aes_gcm256"},
    {__LINE__, "corpus/peerconf/v2-ok.log", "net", PL_PC_PFS, "no"},
    {__LINE__, "corpus/peerconf/v2-ok.log", "net", PL_PC_RIGHTID, "@branch"},
    {__LINE__, "corpus/peerconf/v2-ok.log", "net", PL_PC_LEFTSUBNET, "192.168.16.0/24"},
    {__LINE__, "corpus/peerconf/v2-ok.log", "net", PL_PC_RIGHTSUBNET, "192.168.161.0/24"},
    {__LINE__, "corpus/peerconf/version.log", "test", PL_PC_KEYEXCHANGE, "ikev1"},
    {__LINE__, "corpus/peerconf/version.log", "test", PL_PC_AUTHBY, "secret"},
    {__LINE__, "corpus/peerconf/version.log", "test", PL_PC_RIGHT, "192.0.2.45"},
    {__LINE__, "corpus/peerconf/v5.log", "site", PL_PC_RIGHTID, "@west"},
    {__LINE__, "corpus/peerconf/v5.log", "site", PL_PC_LEFTSUBNET, "192.0.2.0/24"},
    {__LINE__, "corpus/peerconf/v5.log", "site", PL_PC_RIGHTSUBNET, "192.0.1.0/24"},
    {__LINE__, "corpus/peerconf/v5.log", "site", PL_PC_ESP, NULL},
};

static void test_fixtures(void) {
  for (gsize i = 0; i < G_N_ELEMENTS(expects); i++) {
    const expect *x = &expects[i];
    pl_analysis *a = analyse(x->file);
    const pl_conn *c = conn_named(a, x->conn);
    if (!c) g_error("line %d: %s has no conn %s", x->line, x->file, x->conn);
    const pl_peerconf_t *pc = pl_conn_peerconf(c);
    g_assert_nonnull(pc);
    const char *got = pc->item[x->key].value;
    if (g_strcmp0(got, x->value))
      g_error("line %d: %s %s: %s = %s, want %s", x->line, x->file, x->conn, pl_pc_key_name(x->key),
              got ? got : "(unknown)", x->value ? x->value : "(unknown)");
    if (got) g_assert_cmpint(pc->item[x->key].conf, !=, PL_CONF_UNKNOWN);
    pl_analysis_free(a);
  }
}

static char *conf_of(const char *path, int target) {
  pl_analysis *a = analyse(path);
  pl_output_opts o = {.lang = "en", .target = target};
  GString *out = g_string_new(NULL);
  pl_fmt_conf(a, &o, out);
  pl_analysis_free(a);
  return g_string_free(out, FALSE);
}

static const char *const allowed_keys[] = {
    "keyexchange", "ikev2",       "authby",     "left", "right", "leftsubnet",
    "rightsubnet", "leftid",      "rightid",    "ike",  "esp",   "pfs",
    "aggressive",  "ikelifetime", "salifetime", "auto", NULL};

/* every line is empty, a comment, "conn NAME", or "\tKEY=VALUE" with an allowed
 * key, each key at most once per conn; values have no quote inside */
static void check_shape(const char *conf, const char *what) {
  char **lines = g_strsplit(conf, "\n", 0);
  GHashTable *seen = NULL;
  for (char **l = lines; *l; l++) {
    const char *s = *l;
    if (!*s) continue;
    if (s[0] == '#' || g_str_has_prefix(s, "\t# ")) continue;
    if (g_str_has_prefix(s, "conn ")) {
      const char *n = s + 5;
      g_assert_true(*n && g_ascii_isalpha(*n));
      for (const char *p = n; *p; p++)
        if (!(g_ascii_isalnum(*p) || strchr("-_.", *p))) g_error("%s: bad conn name in '%s'", what, s);
      if (seen) g_hash_table_destroy(seen);
      seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
      continue;
    }
    if (s[0] != '\t' || !strchr(s, '=')) g_error("%s: unexpected line '%s'", what, s);
    g_assert_nonnull(seen);
    char *k = g_strndup(s + 1, (gsize) (strchr(s, '=') - s - 1));
    bool ok = false;
    for (int i = 0; allowed_keys[i]; i++)
      if (!strcmp(k, allowed_keys[i])) ok = true;
    if (!ok) g_error("%s: key '%s' not allowed: '%s'", what, k, s);
    if (g_hash_table_contains(seen, k)) g_error("%s: key '%s' twice", what, k);
    const char *v = strchr(s, '=') + 1;
    if (strstr(v, "also") || strchr(v, '#') || (strchr(v, '"') && v[0] != '"'))
      g_error("%s: suspicious value in '%s'", what, s);
    g_hash_table_add(seen, k);
  }
  if (seen) g_hash_table_destroy(seen);
  g_strfreev(lines);
}

static void test_hostile(void) {
  char *conf = conf_of("corpus/peerconf/hostile.log", 0);
  check_shape(conf, "hostile.log");
  g_assert_null(strstr(conf, "\talso"));
  g_assert_null(strstr(conf, "also=%any\n"));
  g_assert_nonnull(strstr(conf, "\trightid=@good.example\n"));
  g_free(conf);
  /* validators */
  g_assert_false(pl_pc_valid_id("@a\" also=x"));
  g_assert_false(pl_pc_valid_id("also=foo"));
  g_assert_false(pl_pc_valid_id("@x\nauto=start"));
  g_assert_false(pl_pc_valid_id("@x#y"));
  g_assert_true(pl_pc_valid_id("@west"));
  g_assert_true(pl_pc_valid_id("192.0.2.45"));
  g_assert_true(pl_pc_valid_id("C=US, O=Example, CN=gw"));
  g_assert_false(pl_pc_valid_subnet("10.0.0.0/24\"also=x"));
  g_assert_false(pl_pc_valid_subnet("10.0.0.0/33"));
  g_assert_true(pl_pc_valid_subnet("2001:db8::/32"));
  g_assert_false(pl_pc_valid_token_list("aes128;also=x"));
  char *n = pl_pc_conn_name("evil\" also=x #c");
  g_assert_cmpstr(n, ==, "evil__also_x__c");
  g_free(n);
  n = pl_pc_conn_name("%default");
  g_assert_true(g_ascii_isalpha(n[0]));
  g_free(n);
}

static void test_target(void) {
  char *c4 = conf_of("corpus/peerconf/v5.log", 0);
  g_assert_nonnull(strstr(c4, "\tkeyexchange=ikev1\n")); /* v5 wording */
  g_free(c4);
  char *c = conf_of("corpus/peerconf/v5.log", 4);
  g_assert_nonnull(strstr(c, "\tikev2=no\n"));
  g_assert_nonnull(strstr(c, "do not log what an IKEv1 peer proposed"));
  g_free(c);
  c = conf_of("corpus/peerconf/v1-ok.log", 0);
  g_assert_nonnull(strstr(c, "\tikev2=no\n"));
  g_assert_nonnull(strstr(c, "ipsec.secrets"));
  g_assert_null(strstr(c, "PSK \"")); /* no secret */
  g_free(c);
}

/* ---- addconn --checkconfig ---------------------------------------------- */

static bool checkconfig(const char *conf, const char *what) {
  char *tmp = NULL;
  GError *e = NULL;
  int fd = g_file_open_tmp("plutolog-conf-XXXXXX.conf", &tmp, &e);
  g_assert_no_error(e);
  char *text = g_strdup_printf("config setup\n\tikev1-policy=accept\n%s", conf);
  g_assert_true(g_file_set_contents(tmp, text, -1, NULL));
  close(fd);
  char *ipsec = g_find_program_in_path("ipsec");
  const char *argv[] = {ipsec, "addconn", "--checkconfig", "--config", tmp, NULL};
  char *out = NULL, *err = NULL;
  int status = 0;
  g_assert_true(
      g_spawn_sync(NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, NULL));
  bool ok = g_spawn_check_wait_status(status, NULL);
  if (!ok)
    g_printerr("%s: addconn --checkconfig rejects it:\n%s%s\n--- config ---\n%s\n", what, out, err, text);
  unlink(tmp);
  g_free(tmp);
  g_free(ipsec);
  g_free(text);
  g_free(out);
  g_free(err);
  return ok;
}

static void test_checkconfig(void) {
  char *ipsec = g_find_program_in_path("ipsec");
  if (!ipsec) {
    g_printerr("\n### SKIP: 'ipsec' (libreswan) is not installed: conf output NOT checked by addconn ###\n");
    g_test_skip("'ipsec' not installed: addconn --checkconfig not run");
    return;
  }
  g_free(ipsec);
  GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
  const char *fixed[] = {"corpus/peerconf/v1-refused.log", "corpus/peerconf/v1-ok.log",
                         "corpus/peerconf/v2-ok.log",      "corpus/peerconf/version.log",
                         "corpus/peerconf/hostile.log",    NULL};
  for (int i = 0; fixed[i]; i++) g_ptr_array_add(files, g_strdup(fixed[i]));
  char *guide = g_build_filename(PL_SRCDIR, "..", "shared", "seed", "libreswan-log-guide.txt", NULL);
  if (g_file_test(guide, G_FILE_TEST_EXISTS))
    g_ptr_array_add(files, g_strdup("../shared/seed/libreswan-log-guide.txt"));
  else g_printerr("\n### NOTE: field guide %s not found: not checked ###\n", guide);
  g_free(guide);
  char *labdir = g_build_filename(PL_SRCDIR, "corpus", "lab", NULL);
  GDir *d = g_dir_open(labdir, 0, NULL);
  guint nlab = 0;
  if (d) {
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    const char *n;
    while ((n = g_dir_read_name(d))) g_ptr_array_add(names, g_strdup(n));
    g_dir_close(d);
    g_ptr_array_sort(names, (GCompareFunc) g_strcmp0);
    for (guint i = 0; i < names->len; i++)
      for (int h = 0; h < 2; h++) {
        char *rel = g_strdup_printf("corpus/lab/%s/%s.log", (char *) names->pdata[i], h ? "east" : "west");
        char *full = g_build_filename(PL_SRCDIR, rel, NULL);
        if (g_file_test(full, G_FILE_TEST_EXISTS)) g_ptr_array_add(files, rel), nlab++;
        else g_free(rel);
        g_free(full);
      }
    g_ptr_array_free(names, TRUE);
  }
  if (!nlab)
    g_printerr("\n### NOTE: no lab logs under %s: only fixtures and the guide checked ###\n", labdir);
  g_free(labdir);
  guint bad = 0;
  for (guint i = 0; i < files->len; i++)
    for (int target = 4; target <= 4; target++) {
      char *conf = conf_of(files->pdata[i], 0);
      check_shape(conf, files->pdata[i]);
      if (!checkconfig(conf, files->pdata[i])) bad++;
      g_free(conf);
    }
  g_test_message("%u logs checked (%u lab logs)", files->len, nlab);
  g_ptr_array_free(files, TRUE);
  g_assert_cmpuint(bad, ==, 0);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/peerconf/fixtures", test_fixtures);
  g_test_add_func("/peerconf/hostile", test_hostile);
  g_test_add_func("/peerconf/target", test_target);
  g_test_add_func("/peerconf/checkconfig", test_checkconfig);
  return g_test_run();
}
