/* The ipsec.conf reader (include/config.h): one table row per construct
 * (sections, %default, also=, include with globs, comments, quoting,
 * braces, indentation, x- comments, aliases, errors with FILE:LINE), the
 * lookups through also= and %default, the Libreswan test-suite configs of
 * ../shared/corpus, and the patching of conns (-f conf / -f diff
 * --config; see the cases at the end). */
#include "config.h"
#include "configpatch.h"
#include "diagnose.h"

#include <glob.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <stdlib.h>
#include <unistd.h>

/* the parse as text: "[conn NAME]" / "[setup]" / "[default]" headers with
 * their line, "canon=value" rows (q for quote), then "E|W LINE" per diag */
static char *dump(const pl_config *c) {
  GString *g = g_string_new(NULL);
  for (guint i = 0; i < c->sections->len; i++) {
    const pl_cfg_section *s = c->sections->pdata[i];
    if (s->kind == PL_CFG_SETUP) g_string_append_printf(g, "[setup@%u]", s->line);
    else g_string_append_printf(g, "[%s@%u]", s->name, s->line);
    for (guint j = 0; j < s->kvs->len; j++) {
      const pl_cfg_kv *kv = s->kvs->pdata[j];
      g_string_append_printf(g, " %s=%s%s", kv->canon, kv->quote ? (kv->quote == '"' ? "q:" : "b:") : "",
                             kv->value);
    }
    g_string_append_c(g, '\n');
  }
  for (guint i = 0; i < c->diags->len; i++) {
    const pl_cfg_diag *d = c->diags->pdata[i];
    g_string_append_printf(g, "%c%u ", d->level == PL_CFG_ERROR ? 'E' : 'W', d->line);
  }
  return g_string_free(g, FALSE);
}

typedef struct {
  int line;
  const char *what;
  const char *text;
  const char *want; /* dump() */
} row;

static const row rows[] = {
    {__LINE__, "empty file", "", ""},
    {__LINE__, "only comments and blanks", "# a\n\n   # b\n\t\n", ""},
    {__LINE__, "config setup", "config setup\n\tlogfile=/var/log/pluto.log\n",
     "[setup@1] logfile=/var/log/pluto.log\n"},
    {__LINE__, "conn with keys, spaces around =", "conn a\n  left = 1.2.3.4\n  right=5.6.7.8\n",
     "[a@1] left=1.2.3.4 right=5.6.7.8\n"},
    {__LINE__, "no newline at the end", "conn a\n\tauto=add", "[a@1] auto=add\n"},
    {__LINE__, "CRLF line ends", "conn a\r\n\tauto=add\r\n", "[a@1] auto=add\n"},
    {__LINE__, "%default", "conn %default\n\tikelifetime=1h\nconn b\n\tauto=add\n",
     "[%default@1] ikelifetime=1h\n[b@3] auto=add\n"},
    {__LINE__, "double quotes keep blanks and #", "conn a\n\tleftid=\"C=CH, O=x # y\"\n",
     "[a@1] leftid=q:C=CH, O=x # y\n"},
    {__LINE__, "braces", "conn a\n\tleftsubnets={10.0.1.0/24 10.0.2.0/24}\n",
     "[a@1] leftsubnets=b:10.0.1.0/24 10.0.2.0/24\n"},
    {__LINE__, "trailing comment after a value", "conn a\n\tike=aes128-sha1 # old peer\n",
     "[a@1] ike=aes128-sha1\n"},
    {__LINE__, "# inside a bare value is part of it", "conn a\n\tleftid=@#0a0b\n", "[a@1] leftid=@#0a0b\n"},
    {__LINE__, "empty value", "conn a\n\tleftsubnet=\n", "[a@1] leftsubnet=\n"},
    {__LINE__, "blank line inside a section keeps the section", "conn a\n\tauto=add\n\n\tike=aes128\n",
     "[a@1] auto=add ike=aes128\n"},
    {__LINE__, "indented comment inside a section", "conn a\n    # note\n\tauto=add\n", "[a@1] auto=add\n"},
    {__LINE__, "version line", "version 2.0\nconfig setup\n", "[setup@2]\n"},
    {__LINE__, "alias phase2alg -> esp", "conn a\n\tphase2alg=aes128-sha1\n", "[a@1] esp=aes128-sha1\n"},
    {__LINE__, "alias aggrmode, keylife, ikev1-dpdtimeout",
     "conn a\n\taggrmode=yes\n\tkeylife=1h\n\tikev1-dpdtimeout=30\n",
     "[a@1] aggressive=yes salifetime=1h dpdtimeout=30\n"},
    {__LINE__, "left/right keys and the xauthusername alias",
     "conn a\n\trightxauthusername=u\n\tleftsubnets={a b}\n", "[a@1] rightusername=u leftsubnets=b:a b\n"},
    {__LINE__, "4.x and 5.x version keys", "conn a\n\tikev2=insist\nconn b\n\tkeyexchange=ikev1\n",
     "[a@1] ikev2=insist\n[b@3] keyexchange=ikev1\n"},
    {__LINE__, "ikev1-policy in config setup", "config setup\n\tikev1-policy=drop\n",
     "[setup@1] ikev1-policy=drop\n"},
    {__LINE__, "x- comments, with and without =", "conn a\n\tx-note=any text = here\n\tX_other\n\tauto=add\n",
     "[a@1] auto=add\n"},
    {__LINE__, "unknown keyword: a warning, kept", "conn a\n\tfoo=bar\n", "[a@1] foo=bar\nW2 "},
    {__LINE__, "obsolete keyword: a warning", "config setup\n\tplutostderrlog=/x\n",
     "[setup@1] plutostderrlog=/x\nW2 "},
    {__LINE__, "setup key in a conn: a warning", "conn a\n\tlogfile=/x\n", "[a@1] logfile=/x\nW2 "},
    {__LINE__, "duplicate key: a warning", "conn a\n\tauto=add\n\tauto=start\n",
     "[a@1] auto=add auto=start\nW3 "},
    {__LINE__, "also= may repeat", "conn a\n\talso=b\n\talso=c\n", "[a@1] also=b also=c\n"},
    {__LINE__, "key at column 0: an error, next lines read", "conn a\nauto=add\n\tike=aes128\n",
     "[a@1] ike=aes128\nE2 "},
    {__LINE__, "key before any section", "\tauto=add\nconn a\n", "[a@2]\nE1 "},
    {__LINE__, "unterminated quote", "conn a\n\tleftid=\"abc\n\tauto=add\n", "[a@1] auto=add\nE2 "},
    {__LINE__, "unterminated brace", "conn a\n\tleftsubnets={a b\n\tauto=add\n", "[a@1] auto=add\nE2 "},
    {__LINE__, "two values", "conn a\n\tike=a b\n\tauto=add\n", "[a@1] auto=add\nE2 "},
    {__LINE__, "missing =", "conn a\n\tauto add\n\tpfs=no\n", "[a@1] pfs=no\nE2 "},
    {__LINE__, "conn without a name", "conn\n\tauto=add\n", "E1 E2 "},
    {__LINE__, "config without setup", "config\n\tauto=add\n", "E1 E2 "},
    {__LINE__, "a stray quote at column 0", "\"x\nconn a\n", "[a@2]\nE1 "},
    {__LINE__, "NUL bytes and controls are text, not the end", "conn a\n\tleftid=@a\001b\nconn b\n",
     "[a@1] leftid=@a\001b\n[b@3]\n"},
};

static void test_rows(void) {
  for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
    pl_config *c = pl_config_new();
    pl_config_load_text(c, "t.conf", rows[i].text, strlen(rows[i].text));
    char *d = dump(c);
    if (strcmp(d, rows[i].want))
      g_error("row at line %d (%s):\n got  <%s>\n want <%s>", rows[i].line, rows[i].what, d, rows[i].want);
    g_free(d);
    pl_config_free(c);
  }
}

static void test_nul(void) {
  static const char t[] = "conn a\n\tleftid=@a\0b\n\tauto=add\n";
  pl_config *c = pl_config_new();
  pl_config_load_text(c, "t.conf", t, sizeof t - 1);
  const pl_cfg_section *s = pl_config_conn(c, "a");
  g_assert_nonnull(s);
  g_assert_nonnull(pl_config_get(c, s, "auto"));
  g_assert_cmpstr(pl_config_get(c, s, "leftid")->value, ==, "@a?b"); /* NUL read as '?' */
  g_assert_cmpuint(c->diags->len, ==, 1);
  g_assert_cmpuint(((pl_cfg_diag *) c->diags->pdata[0])->line, ==, 2);
  pl_config_free(c);
}

static void test_diag_text(void) {
  pl_config *c = pl_config_new();
  const char *t = "conn a\nauto=add\n";
  pl_config_load_text(c, "dir/x.conf", t, strlen(t));
  g_assert_cmpuint(c->diags->len, ==, 1);
  char *s = pl_config_diag_text(c, c->diags->pdata[0]);
  g_assert_true(g_str_has_prefix(s, "dir/x.conf:2: error: "));
  g_free(s);
  pl_config_free(c);
}

/* also= chains, %default, the last conn of a name, the IKE version */
static void test_lookup(void) {
  const char *t = "conn %default\n\tike=aes128-sha1\n\tpfs=no\n"
                  "conn base\n\tauthby=secret\n\talso=more\n"
                  "conn more\n\tauthby=rsasig\n\tesp=aes256\n"
                  "conn a\n\talso=base\n\tpfs=yes\n"
                  "conn loop1\n\talso=loop2\nconn loop2\n\talso=loop1\n"
                  "conn v1\n\tikev2=no\nconn v1b\n\tkeyexchange=ikev1\nconn v2\n\tikev2=insist\n";
  pl_config *c = pl_config_new();
  pl_config_load_text(c, "t.conf", t, strlen(t));
  const pl_cfg_section *a = pl_config_conn(c, "a");
  g_assert_nonnull(a);
  g_assert_cmpstr(pl_config_get(c, a, "pfs")->value, ==, "yes");         /* own */
  g_assert_cmpstr(pl_config_get(c, a, "authby")->value, ==, "secret");   /* also=base before base's also */
  g_assert_cmpstr(pl_config_get(c, a, "esp")->value, ==, "aes256");      /* base -> more */
  g_assert_cmpstr(pl_config_get(c, a, "ike")->value, ==, "aes128-sha1"); /* %default */
  g_assert_null(pl_config_get(c, a, "leftid"));
  g_assert_cmpstr(pl_config_get(c, pl_config_conn(c, "loop1"), "ike")->value, ==, "aes128-sha1");
  g_assert_cmpint(pl_config_ike_version(c, pl_config_conn(c, "v1"), NULL), ==, 1);
  g_assert_cmpint(pl_config_ike_version(c, pl_config_conn(c, "v1b"), NULL), ==, 1);
  g_assert_cmpint(pl_config_ike_version(c, pl_config_conn(c, "v2"), NULL), ==, 2);
  g_assert_cmpint(pl_config_ike_version(c, a, NULL), ==, 2);
  g_assert_null(pl_config_conn(c, "nosuch"));
  pl_config_free(c);
}

static void write_file(const char *path, const char *text) {
  GError *e = NULL;
  g_assert_true(g_file_set_contents(path, text, -1, &e));
}

/* include with a glob relative to the including file, nested, a loop cut at 10 levels */
static void test_include(void) {
  char *dir = g_dir_make_tmp("plcfg-XXXXXX", NULL);
  g_assert_nonnull(dir);
  char *sub = g_build_filename(dir, "ipsec.d", NULL);
  mkdir(sub, 0700);
  char *top = g_build_filename(dir, "ipsec.conf", NULL);
  char *f1 = g_build_filename(sub, "a.conf", NULL);
  char *f2 = g_build_filename(sub, "b.conf", NULL);
  char *f3 = g_build_filename(sub, "c.secrets", NULL);
  char *loop = g_build_filename(dir, "loop.conf", NULL);
  write_file(top, "config setup\n\tlogtime=yes\ninclude ipsec.d/*.conf\nconn last\n\tauto=add\n");
  write_file(f1, "conn a\n\tike=aes128\ninclude c.secrets\n");
  write_file(f2, "conn b\n\tesp=aes256\n");
  write_file(f3, "conn c\n\tauto=ignore\n");
  write_file(loop, "include loop.conf\n");
  pl_config *c = pl_config_new();
  g_assert_true(pl_config_load(c, top));
  char *d = dump(c);
  g_assert_cmpstr(
      d, ==,
      "[setup@1] logtime=yes\n[a@1] ike=aes128\n[c@1] auto=ignore\n[b@1] esp=aes256\n[last@4] auto=add\n");
  g_free(d);
  const pl_cfg_section *b = pl_config_conn(c, "b");
  g_assert_cmpstr(((pl_cfg_file *) c->files->pdata[b->file])->path, ==, f2);
  pl_config_free(c);

  c = pl_config_new();
  g_assert_true(pl_config_load(c, loop));
  g_assert_cmpuint(c->files->len, ==, 10);
  g_assert_cmpuint(c->diags->len, ==, 1);
  pl_config_free(c);

  c = pl_config_new();
  g_assert_false(pl_config_load(c, "/nonexistent/ipsec.conf"));
  g_assert_cmpuint(c->diags->len, ==, 1);
  pl_config_free(c);
  for (const char *const *p = (const char *const[]){f1, f2, f3, top, loop, NULL}; *p; p++) unlink(*p);
  rmdir(sub);
  rmdir(dir);
  g_free(top), g_free(f1), g_free(f2), g_free(f3), g_free(loop), g_free(sub), g_free(dir);
}

/* Every Libreswan test-suite config parses.  The ones that do not are
 * listed with the reason; the known ones are the test-suite's own
 * deliberately broken files (addconn-04: "Just here to throw an error"). */
static void test_corpus(void) {
  const char *root = PL_SRCDIR "/../shared/corpus/libreswan-tests";
  if (!g_file_test(root, G_FILE_TEST_IS_DIR)) {
    g_test_skip("../shared/corpus/libreswan-tests is not there: the corpus check cannot run");
    return;
  }
  char *pat = g_strdup_printf("%s/*/*/*.conf", root);
  glob_t g;
  g_assert_cmpint(glob(pat, 0, NULL, &g), ==, 0);
  g_free(pat);
  guint bad = 0, unexpected = 0;
  for (size_t i = 0; i < g.gl_pathc; i++) {
    pl_config *c = pl_config_new();
    pl_config_load(c, g.gl_pathv[i]);
    bool err = false;
    for (guint j = 0; j < c->diags->len; j++) {
      const pl_cfg_diag *d = c->diags->pdata[j];
      if (d->level != PL_CFG_ERROR) continue;
      char *t = pl_config_diag_text(c, d);
      bool known = strstr(g.gl_pathv[i], "/addconn-04") != NULL;
      g_test_message("%s%s", known ? "(expected) " : "", t);
      if (!known) unexpected++;
      g_free(t);
      err = true;
    }
    bad += err;
    pl_config_free(c);
  }
  g_test_message("%zu configs, %u with errors, %u unexpected", g.gl_pathc, bad, unexpected);
  g_assert_cmpuint(g.gl_pathc, >, 1000);
  g_assert_cmpuint(unexpected, ==, 0); /* threshold: none besides the deliberately broken ones */
  g_assert_cmpuint(bad, <=, 10);
  globfree(&g);
}

/* ---- patching -------------------------------------------------------------- */

static pl_analysis *analyse(const char *path) {
  char *buf = NULL;
  gsize len = 0;
  GError *e = NULL;
  if (!g_file_get_contents(path, &buf, &len, &e)) g_error("%s: %s", path, e->message);
  pl_analysis *a = pl_analysis_new();
  guint32 s = pl_analysis_add_source(a, path);
  pl_analysis_feed_bytes(a, s, buf, len);
  pl_analysis_finish(a);
  g_free(buf);
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
  const char *scenario; /* corpus/lab/<scenario>/east.{conf,log} */
  const char *key;      /* canonical key that must change (NULL: nothing may change) */
  const char *value;    /* its new effective value */
  const char *key2, *value2;
  const char *from, *to; /* east.conf with this text replaced (NULL: as it is) */
} patch_row;

static const patch_row patch_rows[] = {
    {__LINE__, "ikev1-p1-proposal", "ike", "aes128-sha1;modp2048,aes256-sha2_512;modp4096", NULL, NULL, NULL,
     NULL},
    {__LINE__, "ikev2-p1-proposal", "ike", "aes128-sha1;modp2048,aes256-sha2_512;modp4096", NULL, NULL, NULL,
     NULL},
    {__LINE__, "ikev2-p2-proposal", "esp", "aes128-sha1,aes256-sha2_512", NULL, NULL, NULL, NULL},
    {__LINE__, "ikev1-id-mismatch-main", "rightid", "@west", NULL, NULL, NULL, NULL},
    {__LINE__, "ikev2-id-mismatch", "rightid", "@west", NULL, NULL, NULL, NULL},
    {__LINE__, "ikev1-subnet-mismatch", "leftsubnet", "203.0.113.0/24", "rightsubnet", "198.51.100.0/24",
     NULL, NULL},
    {__LINE__, "ikev1-version-mismatch", "ikev2", "insist", NULL, NULL, NULL, NULL},
    {__LINE__, "ikev2-version-mismatch", "ikev2", "no", NULL, NULL, NULL, NULL},
    /* nothing the log proves wrong: no diff at all */
    {__LINE__, "ikev2-ok", NULL, NULL, NULL, NULL, NULL, NULL},
    {__LINE__, "ikev1-main-ok", NULL, NULL, NULL, NULL, NULL, NULL},
    {__LINE__, "ikev1-psk-mismatch", NULL, NULL, NULL, NULL, NULL, NULL},
    {__LINE__, "ikev1-p2-proposal", NULL, NULL, NULL, NULL, NULL,
     NULL}, /* the v1 peer's phase 2 is not in the log */
    /* the plutodebug dump shows it: pluto loads an esp= list only when all or
     * none of its proposals name a DH group, and IKEv1 allows one group */
    {__LINE__, "ikev1-p2-proposal-debug", "esp", "aes128-sha1;modp2048,aes256-sha2_512;modp2048", NULL, NULL,
     NULL, NULL},
    {__LINE__, "ikev1-p2-proposal-debug", "esp", "aes128-sha1;modp2048,aes256-sha2_512;modp2048", NULL, NULL,
     "esp=aes128-sha1", "esp=aes128-sha1;modp1536"},
    {__LINE__, "ikev1-pfs-mismatch-debug", "pfs", "no", NULL, NULL, NULL, NULL},
    {__LINE__, "ikev2-p2-proposal", "esp", "aes128-sha1;modp2048,aes256-sha2_512;modp2048", NULL, NULL,
     "esp=aes128-sha1", "esp=aes128-sha1;modp2048"},
    /* IPv6 endpoints and subnets (tests/roundtrip/run.sh --v6, real pluto logs) */
    {__LINE__, "tests/roundtrip/ipv6/ikev2-ike-proposal-v6", "ike",
     "aes128-sha1;modp2048,aes256-sha2_512;modp4096", NULL, NULL, NULL, NULL},
    {__LINE__, "tests/roundtrip/ipv6/ikev1-subnets-v6", "leftsubnet", "2001:db8:23::/64", "rightsubnet",
     "2001:db8:45::/64", NULL, NULL},
    {__LINE__, "ikev2-p2-proposal", "esp",
     "aes128-sha1;modp1536,aes256-sha2_512;modp2048,aes256-sha2_512;modp1536", NULL, NULL, "esp=aes128-sha1",
     "esp=aes128-sha1;modp1536,aes256-sha2_512;modp2048"},
};

static int run_cmd(const char *cmd) {
  int st = system(cmd);
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void test_patch(void) {
  bool have_patch = run_cmd("command -v patch >/dev/null 2>&1") == 0;
  bool have_ipsec = run_cmd("command -v ipsec >/dev/null 2>&1") == 0;
  if (!have_patch) g_test_message("patch(1) is missing: the diffs are checked but not applied");
  char *cwd = g_get_current_dir();
  for (gsize i = 0; i < G_N_ELEMENTS(patch_rows); i++) {
    const patch_row *r = &patch_rows[i];
    /* corpus/lab/<scenario>, or a folder of the tree (tests/roundtrip/ipv6/...) */
    const char *in = strchr(r->scenario, '/') ? "" : "corpus/lab/";
    char *log = g_strdup_printf("%s/%s%s/east.log", PL_SRCDIR, in, r->scenario);
    char *conf = g_strdup_printf("%s/%s%s/east.conf", PL_SRCDIR, in, r->scenario);
    pl_analysis *a = analyse(log);
    const pl_conn *c = conn_named(a, "test");
    g_assert_nonnull(c);
    char *dir = g_dir_make_tmp("plcfgpatch-XXXXXX", NULL);
    g_assert_true(chdir(dir) == 0);
    char *text = NULL;
    gsize len = 0;
    g_assert_true(g_file_get_contents(conf, &text, &len, NULL));
    if (r->from) {
      g_assert_nonnull(strstr(text, r->from));
      char **parts = g_strsplit(text, r->from, 2);
      g_free(text);
      text = g_strjoinv(r->to, parts);
      g_strfreev(parts);
    }
    write_file("east.conf", text);
    pl_config *cfg = pl_config_new();
    g_assert_true(pl_config_load(cfg, "east.conf"));
    const pl_cfg_section *sec = pl_config_conn(cfg, "test");
    g_assert_nonnull(sec);
    GPtrArray *ch = pl_config_changes(a, NULL, c, cfg, sec);
    /* the whole conn: one "conn test", every changed key after its comment */
    GString *whole = g_string_new(NULL);
    pl_config_render_conn(cfg, sec, ch, whole);
    g_assert_true(g_str_has_prefix(whole->str, "conn test\n"));
    g_assert_null(strstr(whole->str + 1, "\nconn "));
    guint nval = 0;
    for (guint k = 0; k < ch->len; k++) {
      const pl_cfg_change *x = ch->pdata[k];
      g_assert_nonnull(x->comment);
      if (!x->value) continue;
      nval++;
      char *l = g_strdup_printf("\n\t%s=%s\n", x->key, x->value);
      char *p = strstr(whole->str, l);
      if (!p) g_error("%s (line %d): %s missing from\n%s", r->scenario, r->line, l, whole->str);
      /* the line before is its comment */
      const char *q = p;
      while (q > whole->str && q[-1] != '\n') q--;
      g_assert_true(g_str_has_prefix(q, "\t# "));
      g_free(l);
    }
    if (!r->key && nval)
      g_error("%s (line %d): changes where none are proven:\n%s", r->scenario, r->line, whole->str);
    /* the diff */
    GPtrArray *secs = g_ptr_array_new(), *chs = g_ptr_array_new();
    g_ptr_array_add(secs, (gpointer) sec);
    GPtrArray *vals = g_ptr_array_new();
    for (guint k = 0; k < ch->len; k++)
      if (((pl_cfg_change *) ch->pdata[k])->value) g_ptr_array_add(vals, ch->pdata[k]);
    g_ptr_array_add(chs, vals);
    GString *diff = g_string_new(NULL);
    pl_config_diff_file(cfg, sec->file, secs, chs, diff);
    if (!r->key) {
      g_assert_cmpuint(diff->len, ==, 0);
    } else {
      g_assert_true(g_str_has_prefix(diff->str, "--- east.conf\n+++ east.conf\n@@ -"));
      write_file("east.diff", diff->str);
      if (have_patch) {
        if (run_cmd("patch -p0 --batch --quiet --no-backup-if-mismatch < east.diff >patch.out 2>&1"))
          g_error("%s: patch -p0 refused:\n%s", r->scenario, diff->str);
        pl_config *p2 = pl_config_new();
        g_assert_true(pl_config_load(p2, "east.conf"));
        const pl_cfg_section *s2 = pl_config_conn(p2, "test");
        g_assert_nonnull(s2);
        const pl_cfg_kv *kv = pl_config_get(p2, s2, r->key);
        g_assert_nonnull(kv);
        g_assert_cmpstr(kv->value, ==, r->value);
        if (r->key2) g_assert_cmpstr(pl_config_get(p2, s2, r->key2)->value, ==, r->value2);
        for (guint d = 0; d < p2->diags->len; d++)
          g_assert_cmpint(((pl_cfg_diag *) p2->diags->pdata[d])->level, !=, PL_CFG_ERROR);
        pl_config_free(p2);
        if (have_ipsec && run_cmd("ipsec addconn --checkconfig --config east.conf >/dev/null 2>&1"))
          g_error("%s: ipsec addconn --checkconfig refuses the patched file", r->scenario);
      }
    }
    g_string_free(diff, TRUE);
    g_ptr_array_unref(vals);
    g_ptr_array_unref(secs);
    g_ptr_array_unref(chs);
    g_string_free(whole, TRUE);
    g_ptr_array_unref(ch);
    pl_config_free(cfg);
    unlink("east.conf"), unlink("east.diff"), unlink("patch.out");
    g_assert_true(chdir(cwd) == 0);
    rmdir(dir);
    g_free(dir), g_free(text), g_free(log), g_free(conf);
    pl_analysis_free(a);
  }
  if (!have_ipsec) g_test_message("ipsec is missing: addconn --checkconfig not run on the patched files");
  g_free(cwd);
}

/* Libreswan 5's ikev1-policy=drop: the log shows pluto dropping IKEv1, the
 * config setup section gets ikev1-policy=accept (the line replaced, added
 * to the section, or a new section before the first one) */
static void test_ikev1_policy(void) {
  static const struct {
    int line;
    const char *conf;
    bool change;           /* a value is written */
    const char *first_add; /* the first added line of the diff */
  } t[] = {
      {__LINE__,
       "config setup\n\tikev1-policy=drop\n\tlogfile=/tmp/p.log\n\nconn test\n\tleft=192.0.2.1\n\tright=198.51.100.7\n\tikev2=no\n\tauthby=secret\n\tauto=add\n",
       true, "+\t# ikev1-policy: "},
      {__LINE__,
       "config setup\n\tlogfile=/tmp/p.log\n\nconn test\n\tleft=192.0.2.1\n\tright=198.51.100.7\n\tikev2=no\n\tauthby=secret\n\tauto=add\n",
       true, "+\t# ikev1-policy: "},
      {__LINE__,
       "version 2\n# no config setup\n\nconn test\n\tleft=192.0.2.1\n\tright=198.51.100.7\n\tikev2=no\n\tauthby=secret\n\tauto=add\n",
       true, "+config setup\n"},
      {__LINE__, "# no section, no newline at the end", true,
       "-# no section, no newline at the end\n\\ No newline at end of file\n+# no section, no newline at the end\n+\n+config setup\n"},
      {__LINE__, "config setup\n\tikev1-policy=accept\n", false, NULL}, /* already: restart pluto */
  };
  bool have_patch = run_cmd("command -v patch >/dev/null 2>&1") == 0;
  bool have_ipsec = run_cmd("command -v ipsec >/dev/null 2>&1") == 0;
  char *log = g_strdup_printf("%s/corpus/rules/ikev1-policy-drop.log", PL_SRCDIR);
  char *ok_log = g_strdup_printf("%s/corpus/lab/ikev1-main-ok/east.log", PL_SRCDIR);
  pl_analysis *a = analyse(log), *ok = analyse(ok_log);
  char *cwd = g_get_current_dir();
  for (gsize i = 0; i < G_N_ELEMENTS(t); i++) {
    char *dir = g_dir_make_tmp("plcfgpol-XXXXXX", NULL);
    g_assert_true(chdir(dir) == 0);
    write_file("ipsec.conf", t[i].conf);
    pl_config *cfg = pl_config_new();
    g_assert_true(pl_config_load(cfg, "ipsec.conf"));
    pl_cfg_section scratch;
    const pl_cfg_section *setup = pl_config_setup_section(cfg, "ikev1-policy", &scratch);
    /* a log without the drop changes nothing */
    GPtrArray *none = pl_config_setup_changes(ok, cfg, setup);
    g_assert_cmpuint(none->len, ==, 0);
    g_ptr_array_unref(none);
    GPtrArray *ch = pl_config_setup_changes(a, cfg, setup);
    g_assert_cmpuint(ch->len, ==, 1);
    const pl_cfg_change *x = ch->pdata[0];
    g_assert_cmpstr(x->key, ==, "ikev1-policy");
    g_assert_true(strstr(x->comment, "ikev1-policy-drop.log:1") != NULL);
    GString *whole = g_string_new(NULL);
    pl_config_render_conn(cfg, setup, ch, whole);
    g_assert_true(g_str_has_prefix(whole->str, "config setup\n"));
    if (!t[i].change) {
      g_assert_null(x->value);
      g_assert_nonnull(strstr(x->comment, "restart pluto"));
    } else {
      g_assert_cmpstr(x->value, ==, "accept");
      g_assert_nonnull(strstr(whole->str, "\n\tikev1-policy=accept\n"));
      GPtrArray *secs = g_ptr_array_new(), *chs = g_ptr_array_new();
      g_ptr_array_add(secs, (gpointer) setup);
      g_ptr_array_add(chs, ch);
      GString *diff = g_string_new(NULL);
      pl_config_diff_file(cfg, 0, secs, chs, diff);
      if (!strstr(diff->str, t[i].first_add))
        g_error("line %d: no %s in\n%s", t[i].line, t[i].first_add, diff->str);
      write_file("d.diff", diff->str);
      if (have_patch) {
        if (run_cmd("patch -p0 --batch --quiet --no-backup-if-mismatch < d.diff >patch.out 2>&1"))
          g_error("line %d: patch -p0 refused:\n%s", t[i].line, diff->str);
        pl_config *p2 = pl_config_new();
        g_assert_true(pl_config_load(p2, "ipsec.conf"));
        const pl_cfg_kv *kv = pl_config_setup_get(p2, "ikev1-policy");
        g_assert_nonnull(kv);
        g_assert_cmpstr(kv->value, ==, "accept");
        if (strstr(t[i].conf, "conn test")) g_assert_nonnull(pl_config_conn(p2, "test"));
        for (guint d = 0; d < p2->diags->len; d++)
          g_assert_cmpint(((pl_cfg_diag *) p2->diags->pdata[d])->level, !=, PL_CFG_ERROR);
        pl_config_free(p2);
        if (have_ipsec && run_cmd("ipsec addconn --checkconfig --config ipsec.conf >/dev/null 2>&1"))
          g_error("line %d: ipsec addconn --checkconfig refuses the patched file", t[i].line);
      }
      g_string_free(diff, TRUE);
      g_ptr_array_unref(secs);
      g_ptr_array_unref(chs);
    }
    g_string_free(whole, TRUE);
    g_ptr_array_unref(ch);
    pl_config_free(cfg);
    unlink("ipsec.conf"), unlink("d.diff"), unlink("patch.out");
    g_assert_true(chdir(cwd) == 0);
    rmdir(dir);
    g_free(dir);
  }
  /* -f conf without --config: a config setup section too */
  GPtrArray *ch = pl_config_setup_changes(a, NULL, &(pl_cfg_section){.kind = PL_CFG_SETUP});
  g_assert_cmpuint(ch->len, ==, 1);
  g_assert_cmpstr(((pl_cfg_change *) ch->pdata[0])->value, ==, "accept");
  g_ptr_array_unref(ch);
  if (!have_patch) g_test_message("patch(1) is missing: the diffs are checked but not applied");
  pl_analysis_free(a);
  pl_analysis_free(ok);
  g_free(cwd);
  g_free(log);
  g_free(ok_log);
}

/* -f conf (without --config) from IPv6 logs: the endpoints without their
 * [brackets] and port, IKEv2 traffic selector ranges as prefixes, a host as
 * /128 (and /32), and the file passes ipsec addconn --checkconfig */
static void test_conf_ipv6(void) {
  static const char log_text[] =
      "Nov 27 10:00:05 west pluto[9651]: \"v6\" #1: initiator established IKE SA; authenticated peer using "
      "authby=secret and ID_IPV6_ADDR '2001:db8:0:1::23'\n"
      "Nov 27 10:00:05 west pluto[9651]: \"v6\" #2: initiator established Child SA using #1; IPsec tunnel "
      "[2001:db8:45::-2001:db8:45:0:ffff:ffff:ffff:ffff:0-65535 0] -> "
      "[2001:db8:23::-2001:db8:23:0:ffff:ffff:ffff:ffff:0-65535 0] {ESP/ESN=>0x12345678 <0x9abcdef0 "
      "xfrm=AES_CBC_256-HMAC_SHA2_256_128 DPD=passive}\n"
      "Nov 27 10:00:06 west pluto[9651]: \"v6h\" #3: initiator established Child SA using #1; IPsec tunnel "
      "[2001:db8:0:3:1::-2001:db8:0:3:1:::0-65535 0] -> [192.0.2.7-192.0.2.7:0-65535 0] {ESP/ESN=>0x12345678 "
      "<0x9abcdef0 xfrm=AES_CBC_256-HMAC_SHA2_256_128 DPD=passive}\n";
  static const struct {
    const char *log; /* NULL: log_text */
    const char *conn;
    const char *want[4]; /* lines that must be in the conn */
  } t[] = {
      {NULL,
       "v6",
       {"\tright=2001:db8:0:1::23\n", "\tleftsubnet=2001:db8:45::/64\n", "\trightsubnet=2001:db8:23::/64\n",
        NULL}},
      {NULL, "v6h", {"\tleftsubnet=2001:db8:0:3:1::/128\n", "\trightsubnet=192.0.2.7/32\n", NULL, NULL}},
      /* a real IKEv2 responder log: the peer's address came as [2001:db8:0:1::45]:500 */
      {"tests/roundtrip/ipv6/ikev2-ike-proposal-v6/east.log",
       "test",
       {"\tright=2001:db8:0:1::45\n", NULL, NULL, NULL}},
      {"tests/roundtrip/ipv6/ikev1-subnets-v6/east.log",
       "test",
       {"\tleft=2001:db8:0:1::23\n", "\tright=2001:db8:0:1::45\n", "\tleftsubnet=2001:db8:23::/64\n",
        "\trightsubnet=2001:db8:45::/64\n"}},
  };
  bool have_ipsec = run_cmd("command -v ipsec >/dev/null 2>&1") == 0;
  char *dir = g_dir_make_tmp("plcfgv6-XXXXXX", NULL);
  for (gsize i = 0; i < G_N_ELEMENTS(t); i++) {
    pl_analysis *a;
    if (t[i].log) {
      char *path = g_strdup_printf("%s/%s", PL_SRCDIR, t[i].log);
      a = analyse(path);
      g_free(path);
    } else {
      a = pl_analysis_new();
      guint32 src = pl_analysis_add_source(a, "v6.log");
      pl_analysis_feed_bytes(a, src, log_text, sizeof log_text - 1);
      pl_analysis_finish(a);
    }
    pl_output_opts o = {0};
    o.lang = "en";
    GString *out = g_string_new("config setup\n\tlogfile=/tmp/plutolog-v6-test.log\n\n");
    pl_fmt_conf(a, &o, out);
    char *head = g_strdup_printf("\nconn %s\n", t[i].conn);
    const char *sec = strstr(out->str, head);
    if (!sec) g_error("case %zu: no conn %s in\n%s", i, t[i].conn, out->str);
    const char *next = strstr(sec + 1, "\nconn ");
    char *body = next ? g_strndup(sec, next - sec + 1) : g_strdup(sec);
    for (int k = 0; k < 4 && t[i].want[k]; k++)
      if (!strstr(body, t[i].want[k])) g_error("case %zu: no %s in\n%s", i, t[i].want[k], body);
    g_assert_null(strstr(body, "=["));
    g_assert_null(strstr(body, "]:"));
    if (have_ipsec) {
      char *path = g_build_filename(dir, "v6.conf", NULL);
      write_file(path, out->str);
      char *cmd = g_strdup_printf("ipsec addconn --checkconfig --config %s >%s.err 2>&1", path, path);
      if (run_cmd(cmd)) {
        char *err = NULL;
        g_file_get_contents(g_strdup_printf("%s.err", path), &err, NULL, NULL);
        g_error("case %zu: ipsec addconn --checkconfig refuses -f conf:\n%s\n%s", i, out->str, err);
      }
      g_free(cmd);
      char *errp = g_strdup_printf("%s.err", path);
      unlink(errp), unlink(path);
      g_free(errp), g_free(path);
    }
    g_free(body), g_free(head);
    g_string_free(out, TRUE);
    pl_analysis_free(a);
  }
  rmdir(dir);
  g_free(dir);
  if (!have_ipsec)
    g_test_message("ipsec is missing: addconn --checkconfig not run on the IPv6 -f conf output");
}

/* weak algorithms and wildcards never come from the peer into a config */
static void test_safety(void) {
  static const struct {
    const char *in, *out, *dropped;
  } t[] = {
      {"aes256-sha2_256;modp2048", "aes256-sha2_256;modp2048", ""},
      {"3des-md5;modp1024", NULL, "3des, md5, modp1024"},
      {"aes128-sha1;modp1024+modp2048", "aes128-sha1;modp2048", "modp1024"},
      {"null-sha1,aes128-sha1", "aes128-sha1", "null"},
      {"aes128-md5,aes256-sha2_512", "aes256-sha2_512", "md5"},
      {"des-sha1;modp768", NULL, "des, modp768"},
      {"aes_gcm256-none", "aes_gcm256-none", ""}, /* AEAD: no integrity is not weak */
      {"null_auth_aes_gmac-none", NULL, "null_auth_aes_gmac"},
  };
  for (gsize i = 0; i < G_N_ELEMENTS(t); i++) {
    GString *d = g_string_new(NULL);
    char *o = pl_cfg_safe_proposals(t[i].in, d);
    g_assert_cmpstr(o, ==, t[i].out);
    g_assert_cmpstr(d->str, ==, t[i].dropped);
    g_free(o);
    g_string_free(d, TRUE);
  }
  static const char *const wild[] = {"%any", "0.0.0.0", "::", "0.0.0.0/0", "::/0", "%fromcert", NULL};
  for (int i = 0; wild[i]; i++) g_assert_true(pl_cfg_wild_value(wild[i]));
  g_assert_false(pl_cfg_wild_value("@west"));
  g_assert_false(pl_cfg_wild_value("192.0.2.45"));
}

/* issue 19: -f conf without --config that can be dropped into ipsec.d */
static void test_conf_safe(void) {
  pl_output_opts o = {0};
  o.lang = "en";
  /* an initiator's log that never shows the peer's address: no active
   * right=%any PSK conn */
  char *log = g_strdup_printf("%s/corpus/lab/ikev1-p1-proposal/west.log", PL_SRCDIR);
  pl_analysis *a = analyse(log);
  GString *out = g_string_new(NULL);
  pl_fmt_conf(a, &o, out);
  g_assert_null(strstr(out->str, "\n\tright=%any"));
  g_assert_nonnull(strstr(out->str, "\n\tauto=ignore\n"));
  g_assert_null(strstr(out->str, "\n\tauto=add\n"));
  /* the reused name is said */
  g_assert_nonnull(strstr(out->str, "# the name \"test\" is the log's: this section replaces conn test"));
  g_string_free(out, TRUE);
  pl_analysis_free(a);
  g_free(log);
  /* IKEv2: no pfs=no from an IKE_AUTH Child SA */
  log = g_strdup_printf("%s/corpus/lab/ikev2-p2-proposal/east.log", PL_SRCDIR);
  a = analyse(log);
  out = g_string_new(NULL);
  pl_fmt_conf(a, &o, out);
  g_assert_null(strstr(out->str, "\tpfs=no"));
  g_assert_nonnull(strstr(out->str, "# pfs: not shown by the log"));
  g_assert_nonnull(strstr(out->str, "\n\tright=192.0.2.45\n"));
  g_string_free(out, TRUE);
  pl_analysis_free(a);
  g_free(log);
}

/* the comparison API: relation per key, against the lab's real configs */
static pl_cfg_relation rel_of(GPtrArray *fs, const char *key) {
  for (guint i = 0; i < fs->len; i++) {
    const pl_cfg_finding *f = fs->pdata[i];
    if (f->key && !strcmp(f->key, key)) return f->rel;
  }
  return (pl_cfg_relation) -1;
}

static GPtrArray *check(const char *scenario, const char *conf_text, pl_analysis **ap, pl_config **cp) {
  char *log = g_strdup_printf("%s/corpus/lab/%s/east.log", PL_SRCDIR, scenario);
  char *conf = g_strdup_printf("%s/corpus/lab/%s/east.conf", PL_SRCDIR, scenario);
  *ap = analyse(log);
  *cp = pl_config_new();
  if (conf_text) pl_config_load_text(*cp, "east.conf", conf_text, strlen(conf_text));
  else g_assert_true(pl_config_load(*cp, conf));
  const pl_conn *c = conn_named(*ap, "test");
  g_assert_nonnull(c);
  g_free(log);
  g_free(conf);
  return pl_config_check(*ap, c, *cp);
}

static void test_check(void) {
  pl_analysis *a;
  pl_config *cfg;
  GPtrArray *fs = check("ikev1-p1-proposal", NULL, &a, &cfg);
  g_assert_cmpint(rel_of(fs, "ike"), ==, PL_CFGREL_MISMATCH);
  g_assert_cmpint(rel_of(fs, "ikev2"), ==, PL_CFGREL_MATCH);
  for (guint i = 0; i < fs->len; i++) {
    const pl_cfg_finding *f = fs->pdata[i];
    if (!strcmp(f->key, "ike")) {
      g_assert_cmpstr(f->local, ==, "aes128-sha1;modp2048");
      g_assert_cmpstr(f->peer, ==, "aes256-sha2_512;modp4096");
      g_assert_cmpuint(f->cfg_line, ==, 18);
      g_assert_cmpuint(f->log_line, >, 0);
    }
  }
  g_ptr_array_unref(fs), pl_config_free(cfg), pl_analysis_free(a);

  fs = check("ikev2-id-mismatch", NULL, &a, &cfg);
  g_assert_cmpint(rel_of(fs, "rightid"), ==, PL_CFGREL_MISMATCH);
  g_ptr_array_unref(fs), pl_config_free(cfg), pl_analysis_free(a);

  fs = check("ikev1-subnet-mismatch", NULL, &a, &cfg);
  g_assert_cmpint(rel_of(fs, "leftsubnet"), ==, PL_CFGREL_MISMATCH);
  g_assert_cmpint(rel_of(fs, "rightsubnet"), ==, PL_CFGREL_MISMATCH);
  g_ptr_array_unref(fs), pl_config_free(cfg), pl_analysis_free(a);

  fs = check("ikev2-version-mismatch", NULL, &a, &cfg);
  g_assert_cmpint(rel_of(fs, "ikev2"), ==, PL_CFGREL_MISMATCH);
  g_ptr_array_unref(fs), pl_config_free(cfg), pl_analysis_free(a);

  /* a working tunnel: nothing is a mismatch */
  fs = check("ikev2-ok", NULL, &a, &cfg);
  g_assert_cmpuint(fs->len, >, 2);
  for (guint i = 0; i < fs->len; i++)
    g_assert_cmpint(((pl_cfg_finding *) fs->pdata[i])->rel, ==, PL_CFGREL_MATCH);
  g_ptr_array_unref(fs), pl_config_free(cfg), pl_analysis_free(a);

  /* a local ike= list that shares one proposal with the peer's; authby the peer does not use;
   * ikev1-policy=drop against an IKEv1 peer */
  fs = check("ikev2-ok",
             "conn test\n\tleft=192.0.2.23\n\tright=192.0.2.45\n\tauthby=rsasig\n"
             "\tike=aes256-sha2_512;modp2048,aes128-sha1;modp1536\n",
             &a, &cfg);
  g_assert_cmpint(rel_of(fs, "ike"), ==, PL_CFGREL_INTERSECTION);
  g_assert_cmpint(rel_of(fs, "authby"), ==, PL_CFGREL_MISMATCH);
  g_ptr_array_unref(fs), pl_config_free(cfg), pl_analysis_free(a);
  fs = check("ikev1-main-ok", "config setup\n\tikev1-policy=drop\nconn test\n\tikev2=no\n", &a, &cfg);
  g_assert_cmpint(rel_of(fs, "ikev1-policy"), ==, PL_CFGREL_MISMATCH);
  g_ptr_array_unref(fs), pl_config_free(cfg), pl_analysis_free(a);

  /* the conn is not in the config; a config conn the log never names */
  fs = check("ikev2-ok", "conn other\n\tauto=add\nconn tmpl\n\tauto=ignore\n", &a, &cfg);
  g_assert_cmpuint(fs->len, ==, 1);
  g_assert_cmpint(((pl_cfg_finding *) fs->pdata[0])->rel, ==, PL_CFGREL_CONN_NOT_IN_CONFIG);
  GPtrArray *unused = pl_config_unused_conns(a, cfg);
  g_assert_cmpuint(unused->len, ==, 1);
  g_assert_cmpstr(unused->pdata[0], ==, "other");
  g_ptr_array_unref(unused);
  g_ptr_array_unref(fs), pl_config_free(cfg), pl_analysis_free(a);
}

/* issue 19: -f conf comments in Traditional Chinese under --lang zh_TW,
 * with and without --config */
static void test_conf_zh(void) {
  char *dir = g_build_filename(PL_SRCDIR, "build", "locale", NULL);
  char *mo = g_build_filename(dir, "zh_TW", "LC_MESSAGES", "plutolog.mo", NULL);
  if (!g_file_test(mo, G_FILE_TEST_IS_REGULAR)) {
    g_test_skip(
        "build/locale/zh_TW/LC_MESSAGES/plutolog.mo is not built (run make): zh_TW -f conf not checked");
    g_free(mo), g_free(dir);
    return;
  }
  g_setenv("PLUTOLOG_LOCALEDIR", dir, TRUE);
  pl_i18n_init("zh_TW");
  pl_output_opts o = {0};
  o.lang = "zh_TW";
  char *log = g_strdup_printf("%s/corpus/lab/ikev1-p1-proposal/west.log", PL_SRCDIR);
  pl_analysis *a = analyse(log);
  GString *out = g_string_new(NULL);
  pl_fmt_conf(a, &o, out);
  /* every comment line is Chinese (a CJK character in it) */
  char **lines = g_strsplit(out->str, "\n", -1);
  guint ncomments = 0;
  for (int i = 0; lines[i]; i++) {
    const char *l = lines[i];
    while (*l == '\t') l++;
    if (l[0] != '#') continue;
    ncomments++;
    bool cjk = false;
    for (const char *p = l; *p; p = g_utf8_next_char(p)) {
      gunichar u = g_utf8_get_char(p);
      cjk |= u >= 0x4e00 && u <= 0x9fff;
    }
    if (!cjk) g_error("an English -f conf comment under zh_TW: %s", l);
  }
  g_assert_cmpuint(ncomments, >, 10);
  g_strfreev(lines);
  /* with --config: the changed key's comment */
  pl_config *cfg = pl_config_new();
  char *conf = g_strdup_printf("%s/corpus/lab/ikev1-p1-proposal/east.conf", PL_SRCDIR);
  char *elog = g_strdup_printf("%s/corpus/lab/ikev1-p1-proposal/east.log", PL_SRCDIR);
  g_assert_true(pl_config_load(cfg, conf));
  pl_analysis *e = analyse(elog);
  GPtrArray *ch = pl_config_changes(e, &o, conn_named(e, "test"), cfg, pl_config_conn(cfg, "test"));
  g_assert_cmpuint(ch->len, ==, 1);
  g_assert_nonnull(strstr(((pl_cfg_change *) ch->pdata[0])->comment, "記錄可見"));
  g_ptr_array_unref(ch);
  pl_analysis_free(e);
  pl_config_free(cfg);
  g_free(conf), g_free(elog);
  pl_i18n_init("en");
  g_string_free(out, TRUE);
  pl_analysis_free(a);
  g_free(log), g_free(mo), g_free(dir);
}

/* --config as main.c loads it (the process-wide config), and the text
 * rendering the lead's text view calls; runs last: it leaves the config set */
static void test_current(void) {
  g_assert_null(pl_config_current());
  char *conf = g_strdup_printf("%s/corpus/lab/ikev1-p1-proposal/east.conf", PL_SRCDIR);
  char *missing = g_strdup_printf("%s/corpus/lab/no-such.conf", PL_SRCDIR);
  char *paths[] = {conf, missing, NULL};
  g_assert_cmpint(pl_config_use(paths, true), ==, 1); /* one unreadable, the other read */
  g_assert_nonnull(pl_config_current());
  char *log = g_strdup_printf("%s/corpus/lab/ikev1-p1-proposal/east.log", PL_SRCDIR);
  pl_analysis *a = analyse(log);
  /* the hint is definite: what the conn has, what the peer sends, the change */
  const pl_conn *tc = conn_named(a, "test");
  g_assert_nonnull(tc->diag.hint);
  if (!strstr(tc->diag.hint, "Your conn \"test\" (") ||
      !strstr(tc->diag.hint, "east.conf:8) has ike=aes128-sha1;modp2048 (") ||
      !strstr(tc->diag.hint,
              "the peer sends ike=aes256-sha2_512;modp4096, which the conn refuses: change it to "
              "ike=aes128-sha1;modp2048,aes256-sha2_512;modp4096 (-f diff --config"))
    g_error("hint not definite: %s", tc->diag.hint);
  g_assert_cmpstr(pl_diagnose_outcome(a).conn->diag.hint, ==, tc->diag.hint);
  /* the initiator's log (the peer refused ours): what this conn sends */
  char *wlog = g_strdup_printf("%s/corpus/lab/ikev1-p1-proposal/west.log", PL_SRCDIR);
  pl_analysis *w = analyse(wlog);
  const pl_conn *wc = conn_named(w, "test");
  if (!wc->diag.hint || !strstr(wc->diag.hint, "has ike=aes128-sha1;modp2048 (") ||
      !strstr(wc->diag.hint, "the two ends did not agree on it, and this log cannot show what the peer has: "
                             "compare with the peer's ike="))
    g_error("initiator hint: %s", wc->diag.hint ? wc->diag.hint : "(none)");
  pl_analysis_free(w);
  g_free(wlog);
  /* the peer's proposal is already in the conn: pluto has not loaded it */
  char *olog = g_strdup_printf("%s/corpus/lab/ikev2-p1-proposal/east.log", PL_SRCDIR);
  pl_analysis *ov = analyse(olog);
  const pl_conn *oc = conn_named(ov, "test");
  if (!oc->diag.hint || !strstr(oc->diag.hint, "Your conn \"test\" (") ||
      !strstr(oc->diag.hint, "change it to ike=aes128-sha1;modp2048,aes256-sha2_512;modp4096"))
    g_error("IKEv2 hint: %s", oc->diag.hint ? oc->diag.hint : "(none)");
  pl_analysis_free(ov);
  g_free(olog);
  GString *out = g_string_new(NULL);
  pl_config_check_text(a, conn_named(a, "test"), out);
  g_assert_true(g_str_has_prefix(out->str, "  This host's config (--config):\n"));
  g_assert_nonnull(strstr(out->str, "    ike= [MISMATCH] local aes128-sha1;modp2048 ("));
  g_assert_nonnull(strstr(out->str, "east.conf:18), peer aes256-sha2_512;modp4096 ("));
  g_assert_nonnull(strstr(out->str, "/east.log:136)\n"));
  /* -f conf now prints the config's conn; -f diff has a hunk */
  g_string_truncate(out, 0);
  pl_output_opts o = {0};
  o.lang = "en";
  pl_fmt_conf(a, &o, out);
  g_assert_nonnull(strstr(out->str, "\nconn test\n\tleft=192.0.2.23\n"));
  g_string_truncate(out, 0);
  pl_fmt_diff(a, &o, out);
  g_assert_nonnull(strstr(out->str, "\n+\tike=aes128-sha1;modp2048,aes256-sha2_512;modp4096\n"));
  /* a log where pluto drops IKEv1: this config already has ikev1-policy=accept
   * (a pluto that has not read it): -f conf says so, -f diff has nothing */
  char *drop = g_strdup_printf("%s/corpus/rules/ikev1-policy-drop.log", PL_SRCDIR);
  pl_analysis *b = analyse(drop);
  g_string_truncate(out, 0);
  pl_fmt_conf(b, &o, out);
  g_assert_nonnull(strstr(out->str, "\n# config setup of "));
  g_assert_nonnull(strstr(out->str, "\nconfig setup\n"));
  g_assert_nonnull(strstr(out->str, "config setup already has ikev1-policy=accept ("));
  /* and the host-level hint says so */
  const pl_conn *host = NULL;
  for (guint i = 0; i < b->conns->len; i++)
    if (!((const pl_conn *) b->conns->pdata[i])->name) host = b->conns->pdata[i];
  g_assert_nonnull(host);
  if (!host->diag.hint || !strstr(host->diag.hint, "Your config setup already has ikev1-policy=accept ("))
    g_error("ikev1-policy hint: %s", host->diag.hint ? host->diag.hint : "(none)");
  g_string_truncate(out, 0);
  pl_fmt_diff(b, &o, out);
  g_assert_cmpstr(out->str, ==, "");
  pl_analysis_free(b);
  g_free(drop);
  g_string_free(out, TRUE);
  pl_analysis_free(a);
  g_free(log), g_free(conf), g_free(missing);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/config/rows", test_rows);
  g_test_add_func("/config/nul", test_nul);
  g_test_add_func("/config/diag-text", test_diag_text);
  g_test_add_func("/config/lookup", test_lookup);
  g_test_add_func("/config/include", test_include);
  g_test_add_func("/config/corpus", test_corpus);
  g_test_add_func("/config/patch", test_patch);
  g_test_add_func("/config/ikev1-policy", test_ikev1_policy);
  g_test_add_func("/config/conf-ipv6", test_conf_ipv6);
  g_test_add_func("/config/safety", test_safety);
  g_test_add_func("/config/conf-safe", test_conf_safe);
  g_test_add_func("/config/check", test_check);
  g_test_add_func("/config/conf-zh", test_conf_zh);
  g_test_add_func("/config/current", test_current); /* last: sets the process-wide config */
  return g_test_run();
}
