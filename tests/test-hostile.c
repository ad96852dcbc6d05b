/* test-hostile — input that a real log can contain and a careless parser
 * dies on: random bytes, NUL bytes, a 5 MB line, no final newline, CRLF,
 * invalid UTF-8 in IDs and names, every truncation of valid lines,
 * interleaved processes and other daemons, an empty file.
 *
 * For every input: no crash (ASan/UBSan builds check memory too), the line
 * accounting adds up to the number of lines in the input
 *   lines == pluto + other,  pluto == recognised + unrecognised + cut + debug,
 *   sum of per-kind counts == recognised + unrecognised,
 * every output format runs, and the JSON document parses with json-glib and
 * carries the same counts. */
#include "plutolog.h"

#include <json-glib/json-glib.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

/* Lines in a byte buffer as a reader sees them: one per '\n', plus a last
 * one without a newline. */
static guint64 count_lines(const char *buf, gsize len) {
  guint64 n = 0;
  for (gsize i = 0; i < len; i++)
    if (buf[i] == '\n') n++;
  if (len && buf[len - 1] != '\n') n++;
  return n;
}

static void check_json(const pl_analysis *a) {
  GString *out = g_string_new(NULL);
  pl_output_opts o = {.lang = "en"};
  pl_fmt_json(a, &o, out);
  JsonParser *p = json_parser_new();
  GError *err = NULL;
  gboolean ok = json_parser_load_from_data(p, out->str, (gssize) out->len, &err);
  if (!ok) g_test_message("JSON does not parse: %s", err ? err->message : "?");
  g_assert_no_error(err);
  g_assert_true(ok);
  g_assert_true(g_utf8_validate(out->str, (gssize) out->len, NULL));
  if (ok) {
    JsonNode *root = json_parser_get_root(p);
    g_assert_nonnull(root);
    g_assert_cmpint(JSON_NODE_TYPE(root), ==, JSON_NODE_OBJECT);
    JsonObject *doc = json_node_get_object(root);
    g_assert_cmpstr(json_object_get_string_member(doc, "schema"), ==, "plutolog/1");
    JsonObject *st = json_object_get_object_member(doc, "stats");
    g_assert_nonnull(st);
    if (st) {
      g_assert_cmpint(json_object_get_int_member(st, "lines"), ==, (gint64) a->stats.lines);
      g_assert_cmpint(json_object_get_int_member(st, "pluto"), ==, (gint64) a->stats.pluto);
      g_assert_cmpint(json_object_get_int_member(st, "other"), ==, (gint64) a->stats.other);
      g_assert_cmpint(json_object_get_int_member(st, "recognised"), ==, (gint64) a->stats.recognised);
    }
    g_assert_true(json_object_has_member(doc, "connections"));
  }
  g_object_unref(p);
  g_string_free(out, TRUE);
}

/* Every registered backend must cope with whatever the analysis holds. */
static void run_all_formats(const pl_analysis *a) {
  gsize n = 0;
  const pl_format *f = pl_formats(&n);
  g_assert_cmpuint(n, >, 0);
  for (gsize i = 0; i < n; i++) {
    GString *out = g_string_new(NULL);
    pl_output_opts o = {.lang = "en", .title = "hostile"};
    f[i].emit(a, &o, out);
    g_string_free(out, TRUE);
  }
}

static void check_stats(const pl_analysis *a, guint64 want_lines) {
  const pl_stats *s = &a->stats;
  g_assert_cmpuint(s->lines, ==, want_lines);
  g_assert_cmpuint(s->lines, ==, s->pluto + s->other);
  g_assert_cmpuint(s->pluto, ==, s->recognised + s->unrecognised + s->cut + s->debug);
  g_assert_cmpuint(s->empty, <=, s->other);
  guint64 kinds = 0;
  for (int k = 0; k < PL_EV__COUNT; k++) kinds += s->kinds[k];
  g_assert_cmpuint(kinds, ==, s->recognised + s->unrecognised);
  g_assert_cmpuint(s->kinds[PL_EV_UNKNOWN], ==, s->unrecognised);
}

/* Analyses a buffer fed in one piece; checks everything; returns the
 * analysis for more checks (caller frees). */
static pl_analysis *run_buf(const char *buf, gsize len) {
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  guint32 src = pl_analysis_add_source(a, "hostile.log");
  g_assert_true(pl_analysis_feed_bytes(a, src, buf, len));
  pl_analysis_finish(a);
  check_stats(a, count_lines(buf, len));
  check_json(a);
  run_all_formats(a);
  return a;
}

static void run_and_free(const char *buf, gsize len) { pl_analysis_free(run_buf(buf, len)); }

/* Through a file descriptor: lines that span read() chunks. */
static pl_analysis *run_fd(const char *buf, gsize len) {
  char *path = NULL;
  GError *err = NULL;
  int tmp = g_file_open_tmp("plutolog-hostile-XXXXXX", &path, &err);
  g_assert_no_error(err);
  close(tmp);
  /* g_file_set_contents() replaces the file: open it again afterwards */
  g_assert_true(g_file_set_contents(path, buf, (gssize) len, &err));
  g_assert_no_error(err);
  int fd = open(path, O_RDONLY);
  g_assert_cmpint(fd, >=, 0);
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  guint32 src = pl_analysis_add_source(a, path);
  g_assert_true(pl_analysis_feed_fd(a, src, fd, &err));
  g_assert_no_error(err);
  close(fd);
  unlink(path);
  g_free(path);
  pl_analysis_finish(a);
  check_stats(a, count_lines(buf, len));
  check_json(a);
  run_all_formats(a);
  return a;
}

/* ---- valid lines used as material ---------------------------------------- */

static const char *const good[] = {
    "Nov  7 04:45:35 UTM authpriv.warn pluto[2219]: \"test\" #206: initiating IKEv1 Main Mode "
    "connection",
    "pluto[2219]: \"test\" #199: initiating Quick Mode IKEv1+PSK+ENCRYPT+TUNNEL+UP+ESN_NO+ESN_YES "
    "{using isakmp#198 msgid:72ade70d proposal=AES_CBC_128-HMAC_SHA2_256_128 pfsgroup=no-pfs}",
    "pluto[2219]: \"test\" #13: Oakley Transform [AES_CBC (128), HMAC_SHA2_256, MODP1024] refused",
    "pluto[32031]: \"test\" #32: IPsec SA established tunnel mode {ESP=>0x9d188d43 <0xaa47b62d "
    "xfrm=AES_CBC_128-HMAC_SHA2_256_128 DPD=active}",
    "Jun 03 11:42:08 host pluto[1]: \"test\" #19572: initiator established Child SA using #19570; "
    "IPsec tunnel [192.168.16.0-192.168.16.255:0-65535 0] -> [192.168.161.0-192.168.161.255:0-65535 "
    "0] {ESP/ESN=>0x97a0fd13 <0x58707730 xfrm=AES_CBC_128-HMAC_SHA2_256_128 DPD=passive}",
    "pluto[1677]: \"test\" #195: cannot respond to IPsec SA request because no connection is known "
    "for 192.168.84.0/24===192.0.2.1[+S?C]...192.0.2.2[+S?C]===192.168.22.0/24",
    "Nov  7 04:45:35 UTM pluto[2219]: message repeated 4 times: [ \"office\"[2] 203.0.113.45 #3: "
    "discarding initial packet; already STATE_MAIN_R0]",
    "Nov 27 17:56:14.820464: \"private-or-clear#192.1.2.0/24\"[1] ...192.1.2.23 #1: sent "
    "IKE_SA_INIT request to 192.1.2.23:500",
    "<34>1 2026-11-27T10:00:00.123Z host pluto 2219 - - \"t\" #5: STATE_MAIN_I1: 60 second timeout "
    "exceeded after 7 retransmits. No response (or no acceptable response) to our first IKEv1 "
    "message",
    "2026-11-27T10:00:00+0100 host pluto[1]: packet from 192.0.2.45:500: initial Aggressive Mode "
    "message from 192.0.2.45:500 but no (wildcard) connection has been configured with authby PSK",
    "pluto[1677]: \"test\" #196: Peer ID '@111' mismatched on first found connection and no better "
    "connection found",
    "pluto[32031]: \"test\" #20: deleting state (STATE_QUICK_R2) aged 3599.763442s and sending "
    "notification",
    "1v2 \"x\" #1: sent IKE_SA_INIT request",
};

/* ---- the tests -------------------------------------------------------------- */

static void test_empty(void) {
  pl_analysis *a = run_buf("", 0);
  g_assert_cmpuint(a->stats.lines, ==, 0);
  g_assert_cmpuint(a->conns->len, ==, 0);
  pl_analysis_free(a);
  a = run_fd("", 0);
  g_assert_cmpuint(a->stats.lines, ==, 0);
  pl_analysis_free(a);
  /* only newlines: empty lines are "other" */
  a = run_buf("\n\n\n", 3);
  g_assert_cmpuint(a->stats.other, ==, 3);
  g_assert_cmpuint(a->stats.empty, ==, 3);
  pl_analysis_free(a);
}

static void test_no_final_newline(void) {
  GString *s = g_string_new(NULL);
  g_string_append_printf(s, "%s\n%s", good[0], good[2]); /* last line has no '\n' */
  pl_analysis *a = run_buf(s->str, s->len);
  g_assert_cmpuint(a->stats.lines, ==, 2);
  g_assert_cmpuint(a->stats.kinds[PL_EV_TRANSFORM_REFUSED], ==, 1);
  pl_analysis_free(a);
  a = run_fd(s->str, s->len);
  g_assert_cmpuint(a->stats.kinds[PL_EV_TRANSFORM_REFUSED], ==, 1);
  pl_analysis_free(a);
  g_string_free(s, TRUE);
}

static void test_crlf(void) {
  GString *s = g_string_new(NULL);
  for (gsize i = 0; i < G_N_ELEMENTS(good); i++) g_string_append_printf(s, "%s\r\n", good[i]);
  pl_analysis *crlf = run_buf(s->str, s->len);
  g_string_free(s, TRUE);
  s = g_string_new(NULL);
  for (gsize i = 0; i < G_N_ELEMENTS(good); i++) g_string_append_printf(s, "%s\n", good[i]);
  pl_analysis *lf = run_buf(s->str, s->len);
  g_string_free(s, TRUE);
  /* a CR before the newline changes nothing but the crlf counter */
  g_assert_cmpuint(crlf->stats.crlf, ==, G_N_ELEMENTS(good));
  g_assert_cmpuint(lf->stats.crlf, ==, 0);
  g_assert_cmpuint(crlf->stats.recognised, ==, lf->stats.recognised);
  g_assert_cmpuint(crlf->stats.unrecognised, ==, lf->stats.unrecognised);
  for (int k = 0; k < PL_EV__COUNT; k++) g_assert_cmpuint(crlf->stats.kinds[k], ==, lf->stats.kinds[k]);
  pl_analysis_free(crlf);
  pl_analysis_free(lf);
}

static void test_nul_bytes(void) {
  GString *s = g_string_new(NULL);
  for (gsize i = 0; i < G_N_ELEMENTS(good); i++) {
    gsize at = s->len + strlen(good[i]) / 2;
    g_string_append_printf(s, "%s\n", good[i]);
    s->str[at] = '\0'; /* a NUL in the middle of every line */
  }
  g_string_append_len(s, "\0\0\0\n", 4);                    /* a line of NULs */
  g_string_append_len(s, "pluto[1]: \"a\0b\" #1: x\n", 22); /* NUL in a conn name */
  pl_analysis *a = run_buf(s->str, s->len);
  g_assert_cmpuint(a->stats.nul_lines, ==, G_N_ELEMENTS(good) + 2);
  pl_analysis_free(a);
  g_string_free(s, TRUE);
}

static void test_huge_line(void) {
  const gsize big = 5u * 1024u * 1024u;
  GString *s = g_string_new(good[0]);
  g_string_append_c(s, '\n');
  /* a pluto prefix, then 5 MB of words, then normal lines */
  g_string_append(s, "pluto[2219]: \"test\" #206: sent Main Mode request ");
  while (s->len < big) g_string_append(s, "AES_CBC_128 {x=1} [a, b] 192.0.2.1:500 #7 ");
  g_string_append_c(s, '\n');
  g_string_append_printf(s, "%s\n", good[2]);
  /* and a 5 MB line of one character, last, without newline */
  gsize at = s->len;
  g_string_set_size(s, at + big);
  memset(s->str + at, 'A', big);
  pl_analysis *a = run_buf(s->str, s->len);
  g_assert_cmpuint(a->stats.kinds[PL_EV_TRANSFORM_REFUSED], ==, 1);
  pl_analysis_free(a);
  a = run_fd(s->str, s->len);
  g_assert_cmpuint(a->stats.kinds[PL_EV_TRANSFORM_REFUSED], ==, 1);
  pl_analysis_free(a);
  g_string_free(s, TRUE);
}

static void test_invalid_utf8(void) {
  const char *log =
      "pluto[1677]: \"t\xc3(st\" #196: responding to Main Mode\n"
      "pluto[1677]: \"t\xc3(st\" #196: Peer ID is ID_FQDN: '@\xff\xfe\xfd'\n"
      "pluto[1677]: \"t\xc3(st\" #196: Peer ID '@\xff\xfe\xfd' mismatched on first found "
      "connection and no better connection found\n"
      "Nov  7 04:45:35 h\xe9te pluto[2219]: \"caf\xe9\"[1] 10.0.0.\xff #9: sent Main Mode request\n"
      "pluto[1]: \"ok\" #1: Peer ID is ID_DER_ASN1_DN: 'CN=\xed\xa0\x80, O=\xc0\xaf'\n"
      "pluto[1]: \"\x01\x1b[31mred\x7f\" #2: sent Main Mode I2\n";
  pl_analysis *a = run_buf(log, strlen(log));
  g_assert_cmpuint(a->stats.invalid_utf8, >=, 5);
  /* names that reach the output are valid UTF-8 */
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *c = a->conns->pdata[i];
    if (c->name) g_assert_true(g_utf8_validate(c->name, -1, NULL));
    if (c->host) g_assert_true(g_utf8_validate(c->host, -1, NULL));
    if (c->peer) g_assert_true(g_utf8_validate(c->peer, -1, NULL));
  }
  pl_analysis_free(a);
}

/* Every prefix of every valid line: syslog cuts lines anywhere. */
static void test_truncations(void) {
  GString *s = g_string_new(NULL);
  guint64 n = 0;
  for (gsize i = 0; i < G_N_ELEMENTS(good); i++) {
    gsize len = strlen(good[i]);
    for (gsize k = 0; k <= len; k++) {
      g_string_append_len(s, good[i], (gssize) k);
      g_string_append_c(s, '\n');
      n++;
    }
  }
  pl_analysis *a = run_buf(s->str, s->len);
  g_assert_cmpuint(a->stats.lines, ==, n);
  pl_analysis_free(a);
  /* and each prefix alone, as the last line of a file without a newline */
  for (gsize i = 0; i < G_N_ELEMENTS(good); i++) {
    gsize len = strlen(good[i]);
    for (gsize k = 1; k <= len; k += 7) run_and_free(good[i], k);
  }
  g_string_free(s, TRUE);
}

/* Two pluto processes with the same serials, other daemons in between. */
static void test_interleaved(void) {
  GString *s = g_string_new(NULL);
  for (int i = 1; i <= 50; i++) {
    g_string_append_printf(s,
                           "Nov 27 10:00:%02d gw pluto[100]: \"a\" #%d: initiating IKEv1 Main Mode "
                           "connection\n"
                           "Nov 27 10:00:%02d gw sshd[7]: Connection closed by 192.0.2.9 port %d\n"
                           "Nov 27 10:00:%02d gw pluto[200]: \"a\" #%d: responding to Main Mode\n"
                           "Nov 27 10:00:%02d gw kernel: [%d.000] eth0: link up\n"
                           "Nov 27 10:00:%02d gw pluto[100]: | debug for #%d\n"
                           "Nov 27 10:00:%02d gw charon: 09[IKE] <a|1> initiating\n",
                           i % 60, i, i % 60, 40000 + i, i % 60, i, i % 60, i, i % 60, i, i % 60);
  }
  pl_analysis *a = run_buf(s->str, s->len);
  g_string_free(s, TRUE);
  g_assert_cmpuint(a->stats.lines, ==, 300);
  g_assert_cmpuint(a->stats.other, ==, 150);
  g_assert_cmpuint(a->stats.debug, ==, 50);
  g_assert_cmpuint(a->stats.recognised, ==, 100);
  guint64 sas = 0;
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *c = a->conns->pdata[i];
    if (g_strcmp0(c->name, "a") == 0) sas += c->n_sas;
  }
  g_assert_cmpuint(sas, ==, 100); /* 50 serials in each of two processes */
  pl_analysis_free(a);
}

/* Random bytes, and random mixtures of pluto fragments: a cheap fuzzer that
 * runs on every `make check`.  The seed is fixed so a failure repeats. */
static void test_random(void) {
  static const char *const frag[] = {
      "pluto[",
      "]: ",
      "\"",
      "#",
      "[1]",
      " ",
      ":",
      "{",
      "}",
      "[",
      "]",
      "=>",
      "0x",
      "sent ",
      "Main Mode ",
      "IKE SA established ",
      "{auth=",
      "cipher=",
      "STATE_MAIN_I1: ",
      "retransmission; ",
      "will wait ",
      "0.5",
      " seconds",
      "...",
      "===",
      "/24",
      "192.0.2.1:500",
      "-<all>->",
      "'",
      "message repeated 3 times: [ ",
      "packet from ",
      "| ",
      "Nov  7 04:45:35 ",
      "2026-11-27T10:",
      "<34>1 ",
      "002 ",
      "1v2 ",
      "\r",
      "\n",
      "\t",
      "\xff",
      "\xc3",
      "WARNING: ",
      "ERROR: ",
      "Oakley Transform [",
      "(128)",
      ", ",
      "refused",
      "using isakmp#",
      "to replace #",
      "-",
  };
  GRand *r = g_rand_new_with_seed(20261127);
  for (int round = 0; round < 300; round++) {
    gsize len = (gsize) g_rand_int_range(r, 0, 4096);
    GString *s = g_string_sized_new(len);
    if (round % 3 == 0) {
      for (gsize i = 0; i < len; i++) g_string_append_c(s, (char) g_rand_int_range(r, 0, 256));
    } else {
      while (s->len < len) {
        if (g_rand_int_range(r, 0, 8) == 0) g_string_append_c(s, (char) g_rand_int_range(r, 0, 256));
        else g_string_append(s, frag[g_rand_int_range(r, 0, G_N_ELEMENTS(frag))]);
      }
    }
    run_and_free(s->str, s->len);
    g_string_free(s, TRUE);
  }
  g_rand_free(r);
}

/* Lines after a bad line are not lost: the same good line counts the same
 * whatever precedes it. */
static void test_recovery_after_garbage(void) {
  GString *s = g_string_new(NULL);
  for (gsize i = 0; i < G_N_ELEMENTS(good); i++) {
    g_string_append(s, "pluto[1]: \"g\" #1: {{{{ [[[[ ((((( '''' \"\"\" ===...=== -<all>->\n");
    g_string_append_printf(s, "%s\n", good[i]);
  }
  pl_analysis *noisy = run_buf(s->str, s->len);
  g_string_free(s, TRUE);
  s = g_string_new(NULL);
  for (gsize i = 0; i < G_N_ELEMENTS(good); i++) g_string_append_printf(s, "%s\n", good[i]);
  pl_analysis *clean = run_buf(s->str, s->len);
  g_string_free(s, TRUE);
  for (int k = 1; k < PL_EV__COUNT; k++) g_assert_cmpuint(noisy->stats.kinds[k], ==, clean->stats.kinds[k]);
  g_assert_cmpuint(noisy->stats.recognised, ==, clean->stats.recognised);
  pl_analysis_free(noisy);
  pl_analysis_free(clean);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_set_nonfatal_assertions();
  g_test_add_func("/hostile/empty", test_empty);
  g_test_add_func("/hostile/no-final-newline", test_no_final_newline);
  g_test_add_func("/hostile/crlf", test_crlf);
  g_test_add_func("/hostile/nul-bytes", test_nul_bytes);
  g_test_add_func("/hostile/huge-line", test_huge_line);
  g_test_add_func("/hostile/invalid-utf8", test_invalid_utf8);
  g_test_add_func("/hostile/truncations", test_truncations);
  g_test_add_func("/hostile/interleaved", test_interleaved);
  g_test_add_func("/hostile/random", test_random);
  g_test_add_func("/hostile/recovery-after-garbage", test_recovery_after_garbage);
  return g_test_run();
}
