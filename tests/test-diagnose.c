/* Diagnosis tests.
 *
 *   /diagnose/guide/<fixture>   the corpus/guide logs, expected stage, reason and
 *                               verdict in tests/diagnose/guide.tsv
 *   /diagnose/lab/<scenario>/<host>
 *                               real pluto logs from corpus/lab with the stage
 *                               of tests/lab/expected.tsv: the host that can see
 *                               the cause must name the stage; the other either
 *                               names it too or says only the peer's log can
 *                               tell, with the stage among its candidates
 *   /diagnose/i18n/...          catalogue complete, placeholders kept, zh_TW
 *                               really switches
 *   /diagnose/markdown/...      hostile log text cannot break the report */
#include "diagnose.h"
#include "reader.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef PL_SRCDIR
#define PL_SRCDIR "."
#endif

typedef struct {
  char *file, *stage, *reason, *verdict;
} guide_case;

typedef struct {
  char *scenario, *host, *stage;
  bool secondary; /* this host only sees a consequence */
  char *cause;    /* the stage the scenario's primary row names */
} lab_case;

static pl_analysis *analyse(const char *path) {
  pl_analysis *a = pl_analysis_new();
  GError *err = NULL;
  if (!pl_read_path(a, path, &err)) {
    g_test_message("cannot read %s: %s", path, err ? err->message : "?");
    g_clear_error(&err);
  }
  pl_analysis_finish(a);
  return a;
}

static void test_guide(gconstpointer data) {
  const guide_case *gc = data;
  char *path = g_build_filename(PL_SRCDIR, "corpus", "guide", gc->file, NULL);
  g_assert_true(g_file_test(path, G_FILE_TEST_IS_REGULAR));
  pl_analysis *a = analyse(path);
  const pl_conn *c = pl_diagnose_primary(a);
  g_assert_nonnull(c);
  g_test_message("%s: verdict=%s stage=%s reason=%s", gc->file, pl_verdict_name(c->diag.verdict),
                 pl_stage_name(c->diag.stage), c->diag.reason);
  g_assert_cmpstr(pl_stage_name(c->diag.stage), ==, gc->stage);
  g_assert_cmpstr(c->diag.reason, ==, gc->reason);
  if (gc->verdict) g_assert_cmpstr(pl_verdict_name(c->diag.verdict), ==, gc->verdict);
  /* every diagnosis says something and proves it */
  g_assert_nonnull(c->diag.summary);
  g_assert_nonnull(c->diag.evidence);
  g_assert_cmpuint(c->diag.evidence->len, >, 0);
  /* the text view renders it */
  GString *out = g_string_new(NULL);
  pl_output_opts o = {0};
  o.lang = "en";
  pl_fmt_text(a, &o, out);
  g_assert_nonnull(strstr(out->str, c->diag.reason));
  g_assert_null(strchr(out->str, '\033'));
  g_string_free(out, TRUE);
  pl_analysis_free(a);
  g_free(path);
}

static bool in_candidates(const pl_attempt *t, const char *stage) {
  for (int i = 0; t && t->candidates[i]; i++)
    if (!strcmp(pl_stage_name(t->candidates[i]), stage)) return true;
  return false;
}

static void test_lab(gconstpointer data) {
  const lab_case *lc = data;
  char *name = g_strdup_printf("%s.log", lc->host);
  char *path = g_build_filename(PL_SRCDIR, "corpus", "lab", lc->scenario, name, NULL);
  g_free(name);
  if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
    g_test_skip("this log was not produced by the lab run");
    g_free(path);
    return;
  }
  pl_analysis *a = analyse(path);
  const pl_conn *c = pl_diagnose_primary(a);
  const pl_diag_detail *d = pl_diag_detail_of(c);
  const pl_attempt *t = d ? d->main : NULL;
  const char *stage = c ? pl_stage_name(c->diag.stage) : NULL;
  g_test_message("%s/%s: verdict=%s stage=%s reason=%s peer-log=%d (expected %s%s%s)", lc->scenario, lc->host,
                 c ? pl_verdict_name(c->diag.verdict) : "-", stage, c ? c->diag.reason : "-",
                 t ? t->needs_peer_log : 0, lc->stage, lc->secondary ? ", secondary; real cause " : "",
                 lc->secondary ? (lc->cause ? lc->cause : "?") : "");
  if (!lc->secondary) {
    g_assert_cmpstr(stage, ==, lc->stage);
  } else {
    /* this host cannot see the cause: what it shows, or honest about it */
    bool ok = stage && (!strcmp(stage, lc->stage) || (lc->cause && !strcmp(stage, lc->cause)));
    bool honest =
        t && t->needs_peer_log && (in_candidates(t, lc->stage) || (lc->cause && in_candidates(t, lc->cause)));
    if (!ok && !honest) {
      g_test_message("%s/%s names %s: neither %s nor 'only the peer's log can tell'", lc->scenario, lc->host,
                     stage, lc->stage);
      g_test_fail();
    }
  }
  pl_analysis_free(a);
  g_free(path);
}

static void test_lab_missing(void) {
  g_test_skip("############ corpus/lab or tests/lab/expected.tsv is missing: the lab scenarios were "
              "NOT checked (run `make lab` as root to produce them) ############");
}

/* ---- i18n ------------------------------------------------------------------ */

/* msgid -> msgstr of a .po/.pot file (single-line strings, as ours are). */
static GHashTable *read_po(const char *path) {
  char *text = NULL;
  if (!g_file_get_contents(path, &text, NULL, NULL)) return NULL;
  GHashTable *h = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  char **lines = g_strsplit(text, "\n", -1);
  char *id = NULL;
  for (char **l = lines; *l; l++) {
    if (g_str_has_prefix(*l, "msgid \"")) {
      g_free(id);
      id = g_strndup(*l + 7, strlen(*l) - 8);
    } else if (g_str_has_prefix(*l, "msgstr \"") && id) {
      if (*id) g_hash_table_insert(h, id, g_strndup(*l + 8, strlen(*l) - 9));
      else g_free(id);
      id = NULL;
    }
  }
  g_free(id);
  g_strfreev(lines);
  g_free(text);
  return h;
}

static void placeholders(const char *s, char *out) {
  int n = 0;
  for (const char *p = s; *p && n < 15; p++)
    if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') out[n++] = p[1];
  out[n] = 0;
  /* order may change in a translation: compare as sets */
  for (int i = 0; i < n; i++)
    for (int j = i + 1; j < n; j++)
      if (out[j] < out[i]) {
        char x = out[i];
        out[i] = out[j];
        out[j] = x;
      }
}

static void test_catalogue_complete(void) {
  char *pot = g_build_filename(PL_SRCDIR, "po", "plutolog.pot", NULL);
  char *po = g_build_filename(PL_SRCDIR, "po", "zh_TW.po", NULL);
  GHashTable *ids = read_po(pot), *tr = read_po(po);
  g_assert_nonnull(ids);
  g_assert_nonnull(tr);
  g_assert_cmpuint(g_hash_table_size(ids), >, 50);
  GHashTableIter it;
  gpointer k, v;
  guint missing = 0;
  g_hash_table_iter_init(&it, ids);
  while (g_hash_table_iter_next(&it, &k, &v)) {
    const char *s = g_hash_table_lookup(tr, k);
    if (!s || !*s) {
      g_test_message("no zh_TW translation for: %s", (char *) k);
      missing++;
      continue;
    }
    char a[16], b[16];
    placeholders(k, a);
    placeholders(s, b);
    if (strcmp(a, b)) {
      g_test_message("placeholders differ in zh_TW for: %s", (char *) k);
      missing++;
    }
  }
  g_assert_cmpuint(missing, ==, 0);
  g_hash_table_destroy(ids);
  g_hash_table_destroy(tr);
  g_free(pot);
  g_free(po);
}

/* Every template the pass can produce is in the .pot (no stale catalogue). */
static void test_catalogue_current(void) {
  char *pot = g_build_filename(PL_SRCDIR, "po", "plutolog.pot", NULL);
  GHashTable *ids = read_po(pot);
  g_assert_nonnull(ids);
  const char *sample[] = {"IKE version", "Verdict", "Phase 1 and phase 2 are established.",
                          "only the peer's log can tell which of these it is:"};
  for (gsize i = 0; i < G_N_ELEMENTS(sample); i++) g_assert_true(g_hash_table_contains(ids, sample[i]));
  g_hash_table_destroy(ids);
  g_free(pot);
}

static void test_zh_tw_switches(void) {
  char *dir = g_build_filename(PL_SRCDIR, "build", "locale", NULL);
  char *mo = g_build_filename(dir, "zh_TW", "LC_MESSAGES", "plutolog.mo", NULL);
  if (!g_file_test(mo, G_FILE_TEST_IS_REGULAR)) {
    g_test_skip("build/locale/zh_TW/LC_MESSAGES/plutolog.mo not built (run make)");
    g_free(dir);
    g_free(mo);
    return;
  }
  g_setenv("PLUTOLOG_LOCALEDIR", dir, TRUE);
  pl_i18n_init("zh_TW");
  g_assert_cmpstr(_("Verdict"), ==, "結果");
  char *path = g_build_filename(PL_SRCDIR, "corpus", "guide", "responder-subnet.log", NULL);
  pl_analysis *a = analyse(path);
  GString *out = g_string_new(NULL);
  pl_output_opts o = {0};
  o.lang = "zh_TW";
  pl_fmt_text(a, &o, out);
  g_assert_nonnull(strstr(out->str, "網段"));
  g_assert_nonnull(strstr(out->str, "192.168.84.0/24"));
  pl_i18n_init("en");
  g_assert_cmpstr(_("Verdict"), ==, "Verdict");
  g_string_free(out, TRUE);
  pl_analysis_free(a);
  g_free(path);
  g_free(dir);
  g_free(mo);
}

/* ---- markdown ---------------------------------------------------------------- */

static void test_markdown_hostile(void) {
  const char *log =
      "pluto[1]: \"x|y\" #1: responding to Main Mode\n"
      "pluto[1]: \"x|y\" #1: sent Main Mode R1\n"
      "pluto[1]: \"x|y\" #1: sent Main Mode R2\n"
      "pluto[1]: \"x|y\" #1: Peer ID is ID_FQDN: '@a|b<img src=x>[l](http://e)````\n"
      "pluto[1]: \"x|y\" #1: Peer ID '@a|b<img src=x>[l](http://e)````' mismatched on first found "
      "connection and no better connection found\n";
  pl_analysis *a = pl_analysis_new();
  guint32 src = pl_analysis_add_source(a, "evil|name.log");
  pl_analysis_feed_bytes(a, src, log, strlen(log));
  pl_analysis_finish(a);
  GString *out = g_string_new(NULL);
  pl_output_opts o = {0};
  o.lang = "en";
  pl_fmt_markdown(a, &o, out);
  g_test_message("%s", out->str);
  /* table rows keep their column count: no unescaped '|' from the log */
  char **lines = g_strsplit(out->str, "\n", -1);
  bool in_fence = false, mermaid = false;
  gsize fence = 0;
  int header_bars = 0;
  for (char **l = lines; *l; l++) {
    if (!in_fence && g_str_has_prefix(*l, "```")) {
      in_fence = true;
      fence = strspn(*l, "`");
      /* log text verbatim: longer than the ```` in the ID; a diagram escapes backticks */
      mermaid = !strcmp(*l + fence, "mermaid");
      if (!mermaid) g_assert_cmpuint(fence, >=, 5);
      continue;
    }
    if (in_fence && mermaid && !(strspn(*l, "`") >= fence && (*l)[strspn(*l, "`")] == 0))
      g_assert_null(strchr(*l, '`'));
    if (in_fence) {
      if (strspn(*l, "`") >= fence && (*l)[strspn(*l, "`")] == 0) in_fence = false;
      continue;
    }
    /* outside code blocks, log text cannot make HTML or links */
    g_assert_null(strstr(*l, "<img"));
    g_assert_null(strstr(*l, "](http"));
    int bars = 0;
    for (const char *p = *l; *p; p++)
      if (*p == '|' && (p == *l || p[-1] != '\\')) bars++;
    if ((*l)[0] == '|') {
      /* every row of a table has as many cell borders as its header */
      if (!header_bars) header_bars = bars;
      g_assert_cmpint(bars, ==, header_bars);
    } else {
      header_bars = 0;
    }
  }
  g_assert_false(in_fence);
  g_strfreev(lines);
  g_string_free(out, TRUE);
  pl_analysis_free(a);
}

/* ---- both logs in one run ----------------------------------------------------------- */

typedef struct {
  char *scenario, *stage; /* the stage of the scenario's primary (non-secondary) row */
} pair_case;

static pl_analysis *analyse_two(const char *w, const char *e) {
  pl_analysis *a = pl_analysis_new();
  const char *paths[] = {w, e};
  for (int i = 0; i < 2; i++) {
    GError *err = NULL;
    if (!pl_read_path(a, paths[i], &err)) {
      g_test_message("cannot read %s: %s", paths[i], err ? err->message : "?");
      g_clear_error(&err);
    }
  }
  pl_analysis_finish(a);
  return a;
}

/* The connections of one log that have a result. */
static GPtrArray *failing_of(const pl_analysis *a, guint32 source) {
  GPtrArray *v = g_ptr_array_new();
  for (guint i = 0; i < a->conns->len; i++) {
    const pl_conn *c = a->conns->pdata[i];
    if (c->source != source || !c->diag.reason || !c->diag.verdict) continue;
    if (c->diag.verdict != PL_VERDICT_FAILED && c->diag.verdict != PL_VERDICT_PARTIAL) continue;
    g_ptr_array_add(v, (gpointer) c);
  }
  return v;
}

static bool cites(const pl_conn *c, guint32 source) {
  for (guint i = 0; c->diag.evidence && i < c->diag.evidence->len; i++)
    if (g_array_index(c->diag.evidence, pl_evidence, i).source == source) return true;
  return false;
}

/* The stage a log gives alone, and whether it said only the peer's log can tell. */
static const char *alone(const char *path, bool *peer_log) {
  pl_analysis *a = analyse(path);
  const pl_conn *c = pl_diagnose_primary(a);
  const pl_diag_detail *d = pl_diag_detail_of(c);
  *peer_log = d && d->main && d->main->needs_peer_log;
  const char *st = c && c->diag.stage ? g_intern_string(pl_stage_name(c->diag.stage)) : NULL;
  pl_analysis_free(a);
  return st;
}

static void test_pair(gconstpointer data) {
  const pair_case *pc = data;
  char *w = g_build_filename(PL_SRCDIR, "corpus", "lab", pc->scenario, "west.log", NULL);
  char *e = g_build_filename(PL_SRCDIR, "corpus", "lab", pc->scenario, "east.log", NULL);
  pl_analysis *a = analyse_two(w, e);
  GPtrArray *fw = failing_of(a, 0), *fe = failing_of(a, 1);
  g_assert_cmpuint(fw->len, >, 0);
  g_assert_cmpuint(fe->len, >, 0);
  bool w_peer, e_peer;
  const char *w_alone = alone(w, &w_peer), *e_alone = alone(e, &e_peer);
  GPtrArray *sides[2] = {fw, fe};
  bool needs[2] = {w_peer || g_strcmp0(w_alone, pc->stage), e_peer || g_strcmp0(e_alone, pc->stage)};
  for (int s = 0; s < 2; s++)
    for (guint i = 0; i < sides[s]->len; i++) {
      const pl_conn *c = sides[s]->pdata[i];
      g_test_message("%s %s: stage=%s reason=%s (alone: %s%s) summary=%s", pc->scenario, s ? "east" : "west",
                     pl_stage_name(c->diag.stage), c->diag.reason, s ? e_alone : w_alone,
                     (s ? e_peer : w_peer) ? ", peer's log needed" : "", c->diag.summary);
      /* both hosts name the same stage, the scenario's */
      g_assert_cmpstr(pl_stage_name(c->diag.stage), ==, pc->stage);
      /* a host that could not tell alone now cites the other host's line */
      if (needs[s]) g_assert_true(cites(c, s ? 0 : 1));
    }
  g_ptr_array_unref(fw);
  g_ptr_array_unref(fe);
  pl_analysis_free(a);
  g_free(w);
  g_free(e);
}

/* ---- markdown through a real GFM parser --------------------------------------------- */

static char *render_gfm(const char *md, bool *ran) {
  char *argv[] = {"cmark-gfm", "-e", "table", "--unsafe", NULL};
  GError *err = NULL;
  GSubprocess *p = g_subprocess_newv((const char *const *) argv,
                                     G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &err);
  *ran = p != NULL;
  if (!p) {
    g_clear_error(&err);
    return NULL;
  }
  char *html = NULL;
  g_subprocess_communicate_utf8(p, md, NULL, &html, NULL, &err);
  g_assert_no_error(err);
  g_object_unref(p);
  return html;
}

static guint count(const char *s, const char *needle) {
  guint n = 0;
  for (const char *p = s; (p = strstr(p, needle)); p += strlen(needle)) n++;
  return n;
}

/* Every Markdown table is a table for cmark-gfm, every row has the header's
 * cells, no HTML comes through, and failing connections carry a diagram. */
static void check_gfm(const char *md, guint want_mermaid) {
  bool ran;
  char *html = render_gfm(md, &ran);
  if (!ran) {
    g_test_skip("############ cmark-gfm is not installed: the Markdown tables were NOT checked "
                "(apt-get install cmark-gfm) ############");
    return;
  }
  guint md_tables = 0;
  char **lines = g_strsplit(md, "\n", -1);
  for (char **l = lines; *l; l++)
    if (g_str_has_prefix(*l, "|---")) md_tables++;
  g_strfreev(lines);
  g_assert_cmpuint(md_tables, >, 0);
  g_assert_cmpuint(count(html, "<table>"), ==, md_tables);
  /* cells per row = cells of the header row, table by table */
  for (const char *t = strstr(html, "<table>"); t; t = strstr(t + 1, "<table>")) {
    const char *end = strstr(t, "</table>");
    g_assert_nonnull(end);
    char *tab = g_strndup(t, (gsize) (end - t));
    guint head = count(tab, "<th>");
    guint rows = count(tab, "<tr>");
    guint cells = count(tab, "<td>");
    g_assert_cmpuint(head, >, 0);
    g_assert_cmpuint(cells, ==, head * (rows - 1));
    g_free(tab);
  }
  g_assert_null(strstr(html, "<img"));
  g_assert_null(strstr(html, "<a href"));
  g_assert_cmpuint(count(html, "class=\"language-mermaid\""), ==, want_mermaid);
  g_free(html);
}

static void test_markdown_gfm_pair(void) {
  char *w = g_build_filename(PL_SRCDIR, "corpus", "lab", "ikev1-subnet-mismatch", "west.log", NULL);
  char *e = g_build_filename(PL_SRCDIR, "corpus", "lab", "ikev1-subnet-mismatch", "east.log", NULL);
  if (!g_file_test(w, G_FILE_TEST_IS_REGULAR) || !g_file_test(e, G_FILE_TEST_IS_REGULAR)) {
    g_test_skip("############ corpus/lab/ikev1-subnet-mismatch missing: NOT checked ############");
    g_free(w);
    g_free(e);
    return;
  }
  pl_analysis *a = analyse_two(w, e);
  GString *out = g_string_new(NULL);
  pl_output_opts o = {0};
  o.lang = "en";
  pl_fmt_markdown(a, &o, out);
  /* both connections fail: a diagram each, and the peer's settings */
  g_assert_nonnull(strstr(out->str, "```mermaid\nsequenceDiagram"));
  g_assert_true(strstr(out->str, "| rightsubnet= |") || strstr(out->str, "| rightid= |"));
  g_assert_nonnull(strstr(out->str, "\"test\" \\(west.log\\)"));
  check_gfm(out->str, 2);
  g_string_free(out, TRUE);
  pl_analysis_free(a);
  g_free(w);
  g_free(e);
}

static void test_markdown_gfm_hostile(void) {
  const char *log = "pluto[1]: \"x|y\" #1: responding to Main Mode\n"
                    "pluto[1]: \"x|y\" #1: sent Main Mode R1\n"
                    "pluto[1]: \"x|y\" #1: sent Main Mode R2\n"
                    "pluto[1]: \"x|y\" #1: Peer ID is ID_FQDN: '@a|b<img src=x>[l](http://e)|\n"
                    "pluto[1]: \"x|y\" #1: Peer ID '@a|b<img src=x>[l](http://e)|' mismatched on first found "
                    "connection and no better connection found\n";
  pl_analysis *a = pl_analysis_new();
  guint32 src = pl_analysis_add_source(a, "evil|<b>name.log");
  pl_analysis_feed_bytes(a, src, log, strlen(log));
  pl_analysis_finish(a);
  GString *out = g_string_new(NULL);
  pl_output_opts o = {0};
  o.lang = "en";
  pl_fmt_markdown(a, &o, out);
  g_assert_nonnull(strstr(out->str, "```mermaid"));
  check_gfm(out->str, 1);
  g_string_free(out, TRUE);
  pl_analysis_free(a);
}

/* ---- the text view -------------------------------------------------------------------- */

static void test_text_guide(void) {
  char *path = g_build_filename(PL_SRCDIR, "..", "shared", "seed", "libreswan-log-guide.txt", NULL);
  if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
    g_free(path);
    path = g_strdup("/work/shared/seed/libreswan-log-guide.txt");
  }
  if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
    g_test_skip("############ the field guide (shared/seed/libreswan-log-guide.txt) is not next to the "
                "checkout: its text view was NOT checked ############");
    g_free(path);
    return;
  }
  pl_analysis *a = analyse(path);
  GString *out = g_string_new(NULL);
  pl_output_opts o = {0};
  o.lang = "en";
  pl_fmt_text(a, &o, out);
  g_test_message("%s", out->str);
  char **lines = g_strsplit(out->str, "\n", -1);
  guint peer_id_lines = 0, evidence = 0;
  bool in_ev = false;
  for (char **l = lines; *l; l++) {
    if (g_str_has_prefix(*l, "    peer ID: ")) peer_id_lines++;
    if (g_str_has_prefix(*l, "  Evidence:")) in_ev = true, evidence = 0;
    else if (in_ev && g_str_has_prefix(*l, "    ")) evidence++;
    else in_ev = false;
    g_assert_cmpuint(evidence, <=, 7); /* 6 lines and a "(N more)" */
  }
  /* the peer's IDs are one line per connection, each value once */
  guint blocks = 0;
  for (char **l = lines; *l; l++)
    if ((*l)[0] == '"' || g_str_has_prefix(*l, "(packets")) blocks++;
  g_assert_cmpuint(peer_id_lines, <=, blocks);
  g_strfreev(lines);
  g_string_free(out, TRUE);
  pl_analysis_free(a);
  g_free(path);
}

/* ---- the guide's excerpts, exactly as printed ------------------------------------- */

static char *guide_path(void) {
  char *path = g_build_filename(PL_SRCDIR, "..", "shared", "seed", "libreswan-log-guide.txt", NULL);
  if (!g_file_test(path, G_FILE_TEST_IS_REGULAR)) {
    g_free(path);
    path = g_strdup("/work/shared/seed/libreswan-log-guide.txt");
  }
  if (g_file_test(path, G_FILE_TEST_IS_REGULAR)) return path;
  g_free(path);
  return NULL;
}

typedef struct {
  char *heading, *result;
} excerpt_case;

/* The guide is headings, each followed by its pluto lines and remarks
 * ("(↑...↑)"); the excerpt of a heading is everything up to the next one. */
static void test_guide_excerpt(gconstpointer data) {
  const excerpt_case *xc = data;
  char *gp = guide_path();
  if (!gp) {
    g_test_skip("############ the field guide (shared/seed/libreswan-log-guide.txt) is not next to the "
                "checkout: its excerpts were NOT checked ############");
    return;
  }
  char *text = NULL;
  g_assert_true(g_file_get_contents(gp, &text, NULL, NULL));
  char **lines = g_strsplit(text, "\n", -1);
  GString *ex = g_string_new(NULL);
  bool in = false, found = false;
  for (char **l = lines; *l; l++) {
    bool body = strstr(*l, "pluto[") || (*l)[0] == '(';
    if (!body) {
      if (in) break;
      char *h = g_strstrip(g_strdup(*l));
      in = !strcmp(h, xc->heading);
      g_free(h);
      found |= in;
      continue;
    }
    if (in) g_string_append_printf(ex, "%s\n", *l);
  }
  g_assert_true(found);
  g_assert_cmpuint(ex->len, >, 0);
  char *tmp = NULL;
  int fd = g_file_open_tmp("plutolog-guide-XXXXXX.log", &tmp, NULL);
  g_assert_cmpint(fd, >=, 0);
  g_assert_true(g_file_set_contents(tmp, ex->str, (gssize) ex->len, NULL));
  close(fd);
  pl_analysis *a = analyse(tmp);
  pl_outcome o = pl_diagnose_outcome(a);
  g_test_message("%s: %s (%s)", xc->heading, pl_outcome_name(&o), o.conn ? o.conn->diag.summary : "");
  g_assert_cmpstr(pl_outcome_name(&o), ==, xc->result);
  /* a verdict of failed or partial cites a line */
  if (o.conn && o.conn->diag.verdict &&
      (o.conn->diag.verdict == PL_VERDICT_FAILED || o.conn->diag.verdict == PL_VERDICT_PARTIAL))
    g_assert_true(o.conn->diag.evidence && o.conn->diag.evidence->len > 0);
  pl_analysis_free(a);
  g_unlink(tmp);
  g_free(tmp);
  g_string_free(ex, TRUE);
  g_strfreev(lines);
  g_free(text);
  g_free(gp);
}

/* corpus/rules: one excerpt per rule, outcome and reason in tests/diagnose/rules.tsv */
static void test_rule(gconstpointer data) {
  const excerpt_case *xc = data; /* heading: the file; result: "outcome reason" */
  char *path = g_build_filename(PL_SRCDIR, "corpus", "rules", xc->heading, NULL);
  g_assert_true(g_file_test(path, G_FILE_TEST_IS_REGULAR));
  pl_analysis *a = analyse(path);
  pl_outcome o = pl_diagnose_outcome(a);
  char **want = g_strsplit(xc->result, " ", 2);
  g_test_message("%s: %s %s (%s)", xc->heading, pl_outcome_name(&o), o.conn ? o.conn->diag.reason : "-",
                 o.conn ? o.conn->diag.summary : "");
  g_assert_cmpstr(pl_outcome_name(&o), ==, want[0]);
  g_assert_cmpstr(o.conn ? o.conn->diag.reason : "-", ==, want[1]);
  /* a failure cites its line, and a hint never carries a placeholder */
  if (o.conn && o.conn->diag.verdict == PL_VERDICT_FAILED) {
    g_assert_true(o.conn->diag.evidence && o.conn->diag.evidence->len > 0);
    g_assert_nonnull(o.conn->diag.hint);
  }
  if (o.conn && o.conn->diag.hint) g_assert_null(strstr(o.conn->diag.hint, "(?)"));
  if (o.conn && o.conn->diag.summary) g_assert_null(strstr(o.conn->diag.summary, "{"));
  g_strfreev(want);
  pl_analysis_free(a);
  g_free(path);
}

static void excerpt_case_free(gpointer p) {
  excerpt_case *c = p;
  g_free(c->heading), g_free(c->result), g_free(c);
}

/* ---- registration -------------------------------------------------------------- */

static void guide_case_free(gpointer p) {
  guide_case *c = p;
  g_free(c->file), g_free(c->stage), g_free(c->reason), g_free(c->verdict), g_free(c);
}
static void lab_case_free(gpointer p) {
  lab_case *c = p;
  g_free(c->scenario), g_free(c->host), g_free(c->stage), g_free(c->cause), g_free(c);
}
static void pair_case_free(gpointer p) {
  pair_case *c = p;
  g_free(c->scenario), g_free(c->stage), g_free(c);
}

static GPtrArray *read_tsv(const char *path) {
  char *text = NULL;
  if (!g_file_get_contents(path, &text, NULL, NULL)) return NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func((GDestroyNotify) g_strfreev);
  char **lines = g_strsplit(text, "\n", -1);
  for (char **l = lines; *l; l++) {
    g_strstrip(*l);
    if (!**l || **l == '#') continue;
    g_ptr_array_add(rows, g_strsplit(*l, "\t", -1));
  }
  g_strfreev(lines);
  g_free(text);
  return rows;
}

static bool is_stage(const char *s) {
  const char *extra[] = {"reachability", "no-connection", "liveness", "rekey", "deleted"};
  for (int i = 0; i < PL_LADDER_N; i++)
    if (!strcmp(s, pl_stage_name(pl_ladder[i]))) return true;
  for (gsize i = 0; i < G_N_ELEMENTS(extra); i++)
    if (!strcmp(s, extra[i])) return true;
  return false;
}

int main(int argc, char **argv) {
  setlocale(LC_ALL, "");
  g_test_init(&argc, &argv, NULL);
  g_test_set_nonfatal_assertions();
  pl_i18n_init("en");

  char *gpath = g_build_filename(PL_SRCDIR, "tests", "diagnose", "guide.tsv", NULL);
  GPtrArray *grows = read_tsv(gpath);
  g_assert_nonnull(grows);
  for (guint i = 0; i < grows->len; i++) {
    char **r = grows->pdata[i];
    if (g_strv_length(r) < 3) continue;
    guide_case *gc = g_new0(guide_case, 1);
    gc->file = g_strdup(r[0]);
    gc->stage = g_strdup(r[1]);
    gc->reason = g_strdup(r[2]);
    gc->verdict = r[3] ? g_strdup(r[3]) : NULL;
    char *base = g_strndup(gc->file, strcspn(gc->file, "."));
    char *tp = g_strdup_printf("/diagnose/guide/%s", base);
    g_test_add_data_func_full(tp, gc, test_guide, guide_case_free);
    g_free(tp);
    g_free(base);
  }

  /* expected.tsv: scenario, host, conn, stage, note; a note that starts
   * with "secondary" marks a host that only sees a consequence */
  char *lpath = g_build_filename(PL_SRCDIR, "tests", "lab", "expected.tsv", NULL);
  char *ldir = g_build_filename(PL_SRCDIR, "corpus", "lab", NULL);
  GPtrArray *lrows = read_tsv(lpath);
  if (!lrows || !g_file_test(ldir, G_FILE_TEST_IS_DIR)) {
    g_test_add_func("/diagnose/lab/missing", test_lab_missing);
  } else {
    for (guint i = 0; i < lrows->len; i++) {
      char **r = lrows->pdata[i];
      if (g_strv_length(r) < 4 || !is_stage(r[3])) continue;
      lab_case *lc = g_new0(lab_case, 1);
      lc->scenario = g_strdup(r[0]);
      lc->host = g_strdup(r[1]);
      lc->stage = g_strdup(r[3]);
      lc->secondary = r[4] && g_str_has_prefix(r[4], "secondary");
      for (guint j = 0; j < lrows->len && lc->secondary; j++) {
        char **q = lrows->pdata[j];
        if (g_strv_length(q) >= 4 && !strcmp(q[0], r[0]) && !(q[4] && g_str_has_prefix(q[4], "secondary")))
          lc->cause = g_strdup(q[3]);
      }
      char *tp = g_strdup_printf("/diagnose/lab/%s/%s", lc->scenario, lc->host);
      g_test_add_data_func_full(tp, lc, test_lab, lab_case_free);
      g_free(tp);
    }
  }
  /* both logs of a failing scenario together: the scenarios whose primary
   * row names a ladder stage or no-connection (rekey, peer-delete and the
   * crash/no-answer ones are different stories on the two hosts) */
  for (guint i = 0; lrows && i < lrows->len; i++) {
    char **r = lrows->pdata[i];
    if (g_strv_length(r) < 4 || (r[4] && g_str_has_prefix(r[4], "secondary"))) continue;
    bool ladder = !strcmp(r[3], "no-connection");
    for (int k = 0; k < PL_LADDER_N; k++) ladder |= !strcmp(r[3], pl_stage_name(pl_ladder[k]));
    if (!ladder) continue;
    char *w = g_build_filename(PL_SRCDIR, "corpus", "lab", r[0], "west.log", NULL);
    char *e = g_build_filename(PL_SRCDIR, "corpus", "lab", r[0], "east.log", NULL);
    GStatBuf sw, se;
    bool both = g_stat(w, &sw) == 0 && g_stat(e, &se) == 0 && sw.st_size > 0 && se.st_size > 0;
    g_free(w);
    g_free(e);
    char *tp = g_strdup_printf("/diagnose/pair/%s", r[0]);
    bool seen = false; /* once per scenario: two primary rows share it */
    for (guint j = 0; j < i; j++) {
      char **q = lrows->pdata[j];
      seen |= g_strv_length(q) >= 4 && !strcmp(q[0], r[0]) && !(q[4] && g_str_has_prefix(q[4], "secondary"));
    }
    if (both && !seen) {
      pair_case *pc = g_new0(pair_case, 1);
      pc->scenario = g_strdup(r[0]);
      pc->stage = g_strdup(r[3]);
      g_test_add_data_func_full(tp, pc, test_pair, pair_case_free);
    }
    g_free(tp);
  }
  char *xpath = g_build_filename(PL_SRCDIR, "tests", "diagnose", "guide-excerpts.tsv", NULL);
  GPtrArray *xrows = read_tsv(xpath);
  g_assert_nonnull(xrows);
  for (guint i = 0; i < xrows->len; i++) {
    char **r = xrows->pdata[i];
    if (g_strv_length(r) < 2) continue;
    excerpt_case *xc = g_new0(excerpt_case, 1);
    xc->heading = g_strdup(r[0]);
    xc->result = g_strdup(r[1]);
    char *tp = g_strdup_printf("/diagnose/guide-excerpt/%02u", i + 1);
    g_test_add_data_func_full(tp, xc, test_guide_excerpt, excerpt_case_free);
    g_free(tp);
  }
  g_ptr_array_unref(xrows);
  g_free(xpath);
  xpath = g_build_filename(PL_SRCDIR, "tests", "diagnose", "rules.tsv", NULL);
  xrows = read_tsv(xpath);
  g_assert_nonnull(xrows);
  for (guint i = 0; i < xrows->len; i++) {
    char **r = xrows->pdata[i];
    if (g_strv_length(r) < 3) continue;
    excerpt_case *xc = g_new0(excerpt_case, 1);
    xc->heading = g_strdup(r[0]);
    xc->result = g_strdup_printf("%s %s", r[1], r[2]);
    char *base = g_strndup(r[0], strcspn(r[0], "."));
    char *tp = g_strdup_printf("/diagnose/rules/%s", base);
    g_test_add_data_func_full(tp, xc, test_rule, excerpt_case_free);
    g_free(tp);
    g_free(base);
  }
  g_ptr_array_unref(xrows);
  g_free(xpath);
  g_test_add_func("/diagnose/markdown/gfm-pair", test_markdown_gfm_pair);
  g_test_add_func("/diagnose/markdown/gfm-hostile", test_markdown_gfm_hostile);
  g_test_add_func("/diagnose/text/field-guide", test_text_guide);
  g_test_add_func("/diagnose/i18n/catalogue-complete", test_catalogue_complete);
  g_test_add_func("/diagnose/i18n/catalogue-current", test_catalogue_current);
  g_test_add_func("/diagnose/i18n/zh-tw-switches", test_zh_tw_switches);
  g_test_add_func("/diagnose/markdown/hostile-text", test_markdown_hostile);
  int rc = g_test_run();
  g_free(gpath);
  g_free(lpath);
  g_free(ldir);
  g_ptr_array_unref(grows);
  if (lrows) g_ptr_array_unref(lrows);
  return rc;
}
