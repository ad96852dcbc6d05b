/* The reader (src/input/reader.c), batch naming (src/cli/batch.c) and the redactor
 * (src/input/redact.c).  Fixtures are written with libarchive into a temporary
 * directory. */
#include "batch.h"
#include "reader.h"
#include "lines.h"
#include "redact.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <string.h>

static char *tmpdir;

/* ---- fixtures -------------------------------------------------------------------- */

static char *fixture_path(const char *name) { return g_build_filename(tmpdir, name, NULL); }

/* Writes MEMBERS (name, text, name, text, ..., NULL) as an archive of the given
 * format and filter; with format raw, one compressed file. */
static char *write_archive(const char *name, int format, int filter, const char *const *members) {
  char *path = fixture_path(name);
  struct archive *w = archive_write_new();
  g_assert_cmpint(archive_write_set_format(w, format), ==, ARCHIVE_OK);
  g_assert_cmpint(archive_write_add_filter(w, filter), ==, ARCHIVE_OK);
  g_assert_cmpint(archive_write_open_filename(w, path), ==, ARCHIVE_OK);
  for (const char *const *m = members; *m; m += 2) {
    struct archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, m[0]);
    archive_entry_set_size(e, (la_int64_t) strlen(m[1]));
    archive_entry_set_filetype(e, AE_IFREG);
    archive_entry_set_perm(e, 0644);
    archive_entry_set_mtime(e, 1700000000, 0);
    g_assert_cmpint(archive_write_header(w, e), ==, ARCHIVE_OK);
    g_assert_cmpint(archive_write_data(w, m[1], strlen(m[1])), ==, (la_ssize_t) strlen(m[1]));
    archive_entry_free(e);
  }
  archive_write_close(w);
  archive_write_free(w);
  return path;
}

#define LINE1 "Nov 27 10:00:00 east pluto[1]: \"c\": added IKEv2 connection\n"
#define LINE2 "Nov 27 10:00:01 east pluto[1]: \"c\" #1: initiating IKEv2 connection\n"

typedef struct {
  GPtrArray *names;
  GString *text;
  GPtrArray *errors;
} visit_log;

static void collect_line(const char *line, gsize len, gpointer user) {
  visit_log *v = user;
  g_string_append_len(v->text, line, (gssize) len);
  g_string_append_c(v->text, '|');
}

static void collect(const pl_source_info *info, pl_stream *s, gpointer user) {
  visit_log *v = user;
  g_ptr_array_add(v->names, g_strdup(info->name));
  GError *e = NULL;
  if (!pl_stream_lines(s, collect_line, v, &e)) {
    g_ptr_array_add(v->errors, g_strdup(e->message));
    g_error_free(e);
  }
}

static visit_log *visit_new(void) {
  visit_log *v = g_new0(visit_log, 1);
  v->names = g_ptr_array_new_with_free_func(g_free);
  v->errors = g_ptr_array_new_with_free_func(g_free);
  v->text = g_string_new(NULL);
  return v;
}

static void visit_free(visit_log *v) {
  g_ptr_array_unref(v->names);
  g_ptr_array_unref(v->errors);
  g_string_free(v->text, TRUE);
  g_free(v);
}

/* ---- reader ---------------------------------------------------------------------- */

static void test_compressed(void) {
  static const struct {
    const char *name;
    int filter;
  } rows[] = {{"a.log.gz", ARCHIVE_FILTER_GZIP},
              {"a.log.bz2", ARCHIVE_FILTER_BZIP2},
              {"a.log.xz", ARCHIVE_FILTER_XZ},
              {"a.log.zst", ARCHIVE_FILTER_ZSTD},
              {"a.log", ARCHIVE_FILTER_NONE}};
  const char *const m[] = {"data", LINE1 LINE2, NULL};
  for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
    char *p = write_archive(rows[i].name, ARCHIVE_FORMAT_RAW, rows[i].filter, m);
    visit_log *v = visit_new();
    GError *e = NULL;
    g_assert_true(pl_read_file(p, NULL, collect, v, &e));
    g_assert_no_error(e);
    g_assert_cmpuint(v->names->len, ==, 1);
    g_assert_cmpstr(v->names->pdata[0], ==, p); /* a compressed file is named by its path */
    g_assert_cmpuint(strlen(v->text->str), ==, strlen(LINE1 LINE2)); /* two lines, '|' for '\n' */
    g_assert_false(pl_is_archive(p));
    visit_free(v);
    g_free(p);
  }
}

static void test_archive_members(void) {
  const char *const m[] = {"var/log/east.log", LINE1, "west.log", LINE2, NULL};
  static const struct {
    const char *name;
    int format, filter;
  } rows[] = {{"l.tar.gz", ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_GZIP},
              {"l.tar.xz", ARCHIVE_FORMAT_TAR_USTAR, ARCHIVE_FILTER_XZ},
              {"l.zip", ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE}};
  for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
    char *p = write_archive(rows[i].name, rows[i].format, rows[i].filter, m);
    visit_log *v = visit_new();
    g_assert_true(pl_read_file(p, NULL, collect, v, NULL));
    g_assert_cmpuint(v->names->len, ==, 2);
    char *n0 = g_strdup_printf("%s:var/log/east.log", p), *n1 = g_strdup_printf("%s:west.log", p);
    g_assert_cmpstr(v->names->pdata[0], ==, n0);
    g_assert_cmpstr(v->names->pdata[1], ==, n1);
    g_assert_true(pl_is_archive(p));
    g_free(n0), g_free(n1);
    visit_free(v);
    g_free(p);
  }
}

static void test_truncated(void) {
  GString *big = g_string_new(NULL);
  for (int i = 0; i < 20000; i++) g_string_append_printf(big, "Nov 27 10:00:00 east pluto[1]: line %d\n", i);
  const char *const m[] = {"data", big->str, NULL};
  char *p = write_archive("t.log.gz", ARCHIVE_FORMAT_RAW, ARCHIVE_FILTER_GZIP, m);
  gchar *data;
  gsize len;
  g_assert_true(g_file_get_contents(p, &data, &len, NULL));
  g_assert_true(g_file_set_contents(p, data, (gssize) (len / 2), NULL));
  visit_log *v = visit_new();
  g_assert_false(pl_read_file(p, NULL, collect, v, NULL));
  g_assert_cmpuint(v->errors->len, ==, 1);
  g_assert_nonnull(strstr(v->errors->pdata[0], p));
  g_assert_nonnull(strstr(v->errors->pdata[0], "read up to line"));
  g_assert_cmpuint(v->text->len, >, 1000); /* what came before is kept */
  visit_free(v);
  g_free(data);
  g_free(p);
  g_string_free(big, TRUE);
}

static void test_binary(void) {
  guint8 bin[2048];
  for (gsize i = 0; i < sizeof bin; i++) bin[i] = (guint8) (i * 7);
  g_assert_true(pl_looks_binary(bin, sizeof bin));
  const char *text = LINE1 LINE2;
  g_assert_false(pl_looks_binary((const guint8 *) text, strlen(text)));
  /* a few NULs and some Latin-1 in a log are still a log */
  char mixed[1024];
  memset(mixed, 'a', sizeof mixed);
  mixed[100] = '\0', mixed[500] = '\xe9', mixed[700] = '\n';
  g_assert_false(pl_looks_binary((const guint8 *) mixed, sizeof mixed));
  g_assert_false(pl_looks_binary((const guint8 *) "", 0));
  /* pl_feed_stream refuses it and adds no source */
  GBytes *b = g_bytes_new(bin, sizeof bin);
  pl_stream *s = pl_stream_new_bytes(b, NULL);
  pl_analysis *a = pl_analysis_new();
  pl_source_info info = {"x.zip:core", "x.zip", "core", -1};
  GError *e = NULL;
  g_assert_false(pl_feed_stream(a, &info, s, NULL, &e));
  g_assert_error(e, PL_READ_ERROR, PL_READ_ERROR_NOT_TEXT);
  g_assert_nonnull(strstr(e->message, "x.zip:core"));
  g_assert_cmpuint(a->sources->len, ==, 0);
  g_error_free(e);
  pl_analysis_free(a);
  pl_stream_free(s);
  g_bytes_unref(b);
}

static void test_lines(void) {
  /* CRLF stays for the analysis to count; a last line without newline counts */
  static const struct {
    int line;
    const char *in, *out;
  } rows[] = {{__LINE__, "a\nb\n", "a|b|"},
              {__LINE__, "a\nb", "a|b|"},
              {__LINE__, "", ""},
              {__LINE__, "\n\n", "||"},
              {__LINE__, "a\r\nb\r\n", "a\r|b\r|"}};
  for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
    GBytes *b = g_bytes_new_static(rows[i].in, strlen(rows[i].in));
    pl_stream *s = pl_stream_new_bytes(b, NULL);
    visit_log *v = visit_new();
    g_assert_true(pl_stream_lines(s, collect_line, v, NULL));
    if (strcmp(v->text->str, rows[i].out)) g_error("row at line %d: got '%s'", rows[i].line, v->text->str);
    visit_free(v);
    pl_stream_free(s);
    g_bytes_unref(b);
  }
  /* a buffer stream with an error after its bytes: lines first, then the error */
  GBytes *b = g_bytes_new_static("a\nb\n", 4);
  pl_stream *s = pl_stream_new_bytes(b, "truncated gzip input");
  visit_log *v = visit_new();
  GError *e = NULL;
  g_assert_false(pl_stream_lines(s, collect_line, v, &e));
  g_assert_cmpstr(v->text->str, ==, "a|b|");
  g_assert_error(e, PL_READ_ERROR, PL_READ_ERROR_DATA);
  g_assert_nonnull(strstr(e->message, "read up to line 2"));
  g_error_free(e);
  visit_free(v);
  pl_stream_free(s);
  g_bytes_unref(b);
}

static void test_rotation_key(void) {
  static const struct {
    int line;
    const char *path, *key;
    gint64 rank;
  } rows[] = {
      {__LINE__, "/var/log/auth.log", "/var/log/auth.log", G_MININT64},
      {__LINE__, "/var/log/auth.log.1", "/var/log/auth.log", 1},
      {__LINE__, "/var/log/auth.log.2.gz", "/var/log/auth.log", 2},
      {__LINE__, "/var/log/secure-20240101", "/var/log/secure", 100000000 - 20240101},
      {__LINE__, "pluto.log.xz", "./pluto.log", G_MININT64},
  };
  for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
    gint64 rank;
    char *k = pl_rotation_key(rows[i].path, &rank);
    if (strcmp(k, rows[i].key) || rank != rows[i].rank)
      g_error("row at line %d: %s -> %s %" G_GINT64_FORMAT, rows[i].line, rows[i].path, k, rank);
    g_free(k);
  }
}

static void test_order_rotated(void) {
  /* names say one order, the time stamps another: time wins */
  char *dir = fixture_path("rot");
  g_mkdir(dir, 0755);
  const char *const m0[] = {"d", "Nov 19 10:00:00 east pluto[1]: \"c\": added IKEv2 connection\n", NULL};
  const char *const m1[] = {"d", "Nov 21 10:00:00 east pluto[1]: \"c\": added IKEv2 connection\n", NULL};
  const char *const m2[] = {"d", "Nov 20 10:00:00 east pluto[1]: \"c\": added IKEv2 connection\n", NULL};
  char *a = write_archive("rot/auth.log", ARCHIVE_FORMAT_RAW, ARCHIVE_FILTER_NONE, m0);
  char *b = write_archive("rot/auth.log.1", ARCHIVE_FORMAT_RAW, ARCHIVE_FILTER_NONE, m1);
  char *c = write_archive("rot/auth.log.2.gz", ARCHIVE_FORMAT_RAW, ARCHIVE_FILTER_GZIP, m2);
  char *other = write_archive("rot/other.log", ARCHIVE_FORMAT_RAW, ARCHIVE_FILTER_NONE, m0);
  GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
  GPtrArray *errors = g_ptr_array_new_with_free_func((GDestroyNotify) g_error_free);
  pl_expand_path(dir, files, errors);
  g_assert_cmpuint(errors->len, ==, 0);
  g_assert_cmpuint(files->len, ==, 4);
  g_assert_cmpstr(files->pdata[0], ==, a); /* name order first */
  pl_read_opts o = {.year = 2024};
  pl_order_rotated(files, &o);
  g_assert_cmpstr(files->pdata[0], ==, a); /* Nov 19 */
  g_assert_cmpstr(files->pdata[1], ==, c); /* Nov 20 */
  g_assert_cmpstr(files->pdata[2], ==, b); /* Nov 21 */
  g_assert_cmpstr(files->pdata[3], ==, other);
  g_ptr_array_unref(files);
  g_ptr_array_unref(errors);
  g_free(a), g_free(b), g_free(c), g_free(other), g_free(dir);
}

/* ---- batch naming ------------------------------------------------------------------ */

static void test_relpath(void) {
  static const struct {
    int line;
    const char *name, *rel;
  } rows[] = {
      {__LINE__, "logs.tar.gz:var/log/auth.log", "logs.tar.gz/var/log/auth.log"},
      {__LINE__, "logs.tar.gz:../../x.log", "logs.tar.gz/x.log"},
      {__LINE__, "a.zip:/etc/passwd", "a.zip/etc/passwd"},
      {__LINE__, "/var/log/auth.log", "var/log/auth.log"},
      {__LINE__, "../shared/east.log", "shared/east.log"},
      {__LINE__, "a.tar:.hidden/.x", "a.tar/_.hidden/_.x"},
      {__LINE__, "a\nb\x01.log", "a_b_.log"},
      {__LINE__, "..", "log"},
      {__LINE__, "index", "index_"},
  };
  for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
    char *r = pl_batch_relpath(rows[i].name);
    if (strcmp(r, rows[i].rel)) g_error("row at line %d: %s -> %s", rows[i].line, rows[i].name, r);
    g_free(r);
  }
}

/* ---- redaction ----------------------------------------------------------------------- */

static char *redact_all(pl_redactor *r, const char *const *lines, gsize n, gsize which) {
  GString *o = g_string_new(NULL);
  pl_redact(r, lines[which], strlen(lines[which]), o);
  (void) n;
  return g_string_free(o, FALSE);
}

static void test_redact(void) {
  const char *const lines[] = {
      "Nov 27 10:00:00 gw1 pluto[1]: \"office\" #2: 10.1.2.0/24===10.1.2.7[@hq]...203.0.113.77[user@b.example.net]===10.9.0.0/16",
      "Nov 27 10:00:01 gw1 pluto[1]: \"office\" #2: IPsec SA established {ESP=>0x1a2b3c4d <0x5e6f7a8b} from 2001:db8:1:2::45",
      "Nov 27 10:00:02 gw1 pluto[1]: \"office\" #3: ID_DER_ASN1_DN 'C=CA, O=Acme, CN=vpn.acme.ca' mac 00:11:22:33:44:55 mask 255.255.255.0 any 0.0.0.0/0",
  };
  pl_redactor *r = pl_redactor_new(true);
  /* scanned in reverse order: the pseudonyms must not depend on it */
  for (gsize i = G_N_ELEMENTS(lines); i-- > 0;) pl_redactor_scan(r, lines[i], strlen(lines[i]));
  pl_redactor_freeze(r);
  char *l0 = redact_all(r, lines, 3, 0), *l1 = redact_all(r, lines, 3, 1), *l2 = redact_all(r, lines, 3, 2);
  g_assert_cmpstr(
      l0, ==,
      "Nov 27 10:00:00 host1 pluto[1]: \"conn1\" #2: 192.0.2.0/24===192.0.2.7[@peer1]...198.51.100.77"
      "[user1@peer1.example]===198.18.0.0/16");
  g_assert_cmpstr(l1, ==,
                  "Nov 27 10:00:01 host1 pluto[1]: \"conn1\" #2: IPsec SA established {ESP=>0xe0000001 "
                  "<0xe0000002} from 2001:db8::45");
  g_assert_cmpstr(
      l2, ==,
      "Nov 27 10:00:02 host1 pluto[1]: \"conn1\" #3: ID_DER_ASN1_DN 'CN=peer1' mac 02:00:00:00:00:01 "
      "mask 255.255.255.0 any 0.0.0.0/0");
  /* the same line twice gives the same text */
  char *again = redact_all(r, lines, 3, 0);
  g_assert_cmpstr(again, ==, l0);
  char *map = fixture_path("map.json");
  g_assert_true(pl_redactor_write_map(r, map, NULL));
  gchar *text;
  g_assert_true(g_file_get_contents(map, &text, NULL, NULL));
  g_assert_nonnull(strstr(text, "\"192.0.2.7\" : \"10.1.2.7\""));
  g_assert_nonnull(strstr(text, "\"192.0.2.0/24\" : \"10.1.2.0/24\""));
  g_free(text), g_free(map);
  g_free(l0), g_free(l1), g_free(l2), g_free(again);
  pl_redactor_free(r);
}

static void test_redact_skips_original_blocks(void) {
  /* an original in 192.0.2.0/24: that block is not used for pseudonyms */
  const char *line = "Nov 27 10:00:00 gw pluto[1]: from 192.0.2.45 to 10.0.0.1";
  pl_redactor *r = pl_redactor_new(false);
  pl_redactor_scan(r, line, strlen(line));
  pl_redactor_freeze(r);
  char *s = pl_redact_str(r, line);
  g_assert_null(strstr(s, "192.0.2."));
  g_assert_cmpstr(s, ==, "Nov 27 10:00:00 host1 pluto[1]: from 203.0.113.45 to 198.51.100.1");
  g_free(s);
  pl_redactor_free(r);
}

/* A line of exactly PL_MAX_LINE bytes is whole; one byte more is cut, and
 * the diagnostic says so (the splitter decides, not the length). */
static void test_max_line(void) {
  for (int extra = 0; extra <= 1; extra++) {
    gsize n = PL_MAX_LINE + (gsize) extra;
    GString *t = g_string_new("pluto[1]: \"c\" #1: ");
    gsize head = t->len;
    g_string_set_size(t, n);
    memset(t->str + head, 'x', n - head);
    g_string_append(t, "\npluto[1]: \"c\" #1: sent Main Mode request\n");
    char *path = fixture_path(extra ? "max-plus-one.log" : "max.log");
    g_assert_true(g_file_set_contents(path, t->str, (gssize) t->len, NULL));
    pl_analysis *a = pl_analysis_new();
    GError *e = NULL;
    g_assert_true(pl_read_path(a, path, &e));
    g_assert_no_error(e);
    g_assert_cmpuint(a->stats.truncated, ==, (guint) extra);
    g_assert_cmpuint(a->stats.lines, ==, 2);
    bool said = false;
    for (guint i = 0; i < a->diags->len; i++) {
      const pl_diag *d = a->diags->pdata[i];
      if (strstr(d->message, "cut")) {
        said = true;
        /* its length when one read held it, else "longer than" the limit */
        g_assert_true(strstr(d->message, "16777217 bytes") || strstr(d->message, "longer than 16777216"));
      }
    }
    g_assert_cmpint(said, ==, extra);
    pl_analysis_free(a);
    g_free(path);
    g_string_free(t, TRUE);
  }
}

static void rm_rf(const char *path) {
  GDir *d = g_dir_open(path, 0, NULL);
  if (d) {
    const char *n;
    while ((n = g_dir_read_name(d))) {
      char *p = g_build_filename(path, n, NULL);
      if (g_file_test(p, G_FILE_TEST_IS_DIR) && !g_file_test(p, G_FILE_TEST_IS_SYMLINK)) rm_rf(p);
      else g_unlink(p);
      g_free(p);
    }
    g_dir_close(d);
  }
  g_rmdir(path);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp("plutolog-test-reader-XXXXXX", NULL);
  g_assert_nonnull(tmpdir);
  g_test_add_func("/reader/compressed", test_compressed);
  g_test_add_func("/reader/archive-members", test_archive_members);
  g_test_add_func("/reader/truncated", test_truncated);
  g_test_add_func("/reader/max-line", test_max_line);
  g_test_add_func("/reader/binary", test_binary);
  g_test_add_func("/reader/lines", test_lines);
  g_test_add_func("/reader/rotation-key", test_rotation_key);
  g_test_add_func("/reader/order-rotated", test_order_rotated);
  g_test_add_func("/batch/relpath", test_relpath);
  g_test_add_func("/redact/lines", test_redact);
  g_test_add_func("/redact/skip-original-blocks", test_redact_skips_original_blocks);
  int rc = g_test_run();
  rm_rf(tmpdir);
  g_free(tmpdir);
  return rc;
}
