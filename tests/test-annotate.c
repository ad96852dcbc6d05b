/* The annotate view (-f annotate) and what --follow relies on.
 *
 *   /annotate/guide/en, /annotate/guide/zh_TW
 *       the acceptance test: every line of the field guide that the guide
 *       itself annotates — a "(…)" note on the next line, usually "(↑…↑)" —
 *       gets a note of the same kind: the kind is read from the guide's own
 *       note (對方的連線IP → the peer's address/NAT, 加密方式 → phase 1 or 2
 *       algorithms, 網段 → subnets, 建立成功 → established, ID → the peer's
 *       ID).  In zh_TW the note must carry the translated label and Chinese
 *       text (the msgstr is used, not the English msgid).
 *   /annotate/lines       nothing dropped: every input line, in order, with
 *                         its own number and text
 *   /annotate/fold        repeated retransmissions get one note with a count
 *   /annotate/escape      ANSI escapes and control characters from the log
 *                         never reach the terminal
 *   /annotate/stream      streaming to a FILE* gives the same view as memory
 *   /annotate/lab/...     real pluto logs: every line kept, diagnosis at the end
 *   /annotate/no-begin    without the line sink: says so, still the diagnosis
 *   /follow/diagnose-twice  pl_diagnose can run again on a growing analysis
 *                           (what --follow does) with the same result */
#include "annotate.h"
#include "diagnose.h"
#include "reader.h"

#include <stdio.h>
#include <string.h>

#ifndef PL_SRCDIR
#define PL_SRCDIR "."
#endif

static char *guide_path(void) {
  const char *cands[] = {PL_SRCDIR "/../shared/seed/libreswan-log-guide.txt",
                         "/work/shared/seed/libreswan-log-guide.txt"};
  for (gsize i = 0; i < G_N_ELEMENTS(cands); i++)
    if (g_file_test(cands[i], G_FILE_TEST_IS_REGULAR)) return g_strdup(cands[i]);
  return NULL;
}

static char *locale_dir(void) { return g_build_filename(PL_SRCDIR, "build", "locale", NULL); }

/* Runs the annotate view over a file (memory mode). */
static char *annotate_file(const char *path, const char *lang) {
  pl_output_opts o = {0};
  o.lang = lang;
  pl_analysis *a = pl_analysis_new();
  pl_annotate_begin(a, &o, NULL);
  GError *err = NULL;
  if (!pl_read_path(a, path, &err)) {
    g_test_message("cannot read %s: %s", path, err ? err->message : "?");
    g_clear_error(&err);
  }
  pl_analysis_finish(a);
  GString *s = g_string_new(NULL);
  pl_fmt_annotate(a, &o, s);
  pl_annotate_end(a);
  pl_analysis_free(a);
  return g_string_free(s, FALSE);
}

static char *annotate_text(const char *text, const char *lang, FILE *stream) {
  pl_output_opts o = {0};
  o.lang = lang;
  pl_analysis *a = pl_analysis_new();
  guint32 src = pl_analysis_add_source(a, "mem.log");
  pl_annotate_begin(a, &o, stream);
  pl_analysis_feed_bytes(a, src, text, strlen(text));
  pl_analysis_finish(a);
  GString *s = g_string_new(NULL);
  pl_fmt_annotate(a, &o, s);
  pl_annotate_end(a);
  pl_analysis_free(a);
  return g_string_free(s, FALSE);
}

/* Output line "   123  text" -> 123 (and *text), else 0. */
static guint64 numbered(const char *l, const char **text) {
  const char *p = l;
  while (*p == ' ') p++;
  if (!g_ascii_isdigit(*p)) return 0;
  guint64 n = g_ascii_strtoull(p, (char **) &p, 10);
  if (p[0] != ' ' || p[1] != ' ') return 0;
  if (text) *text = p + 2;
  return n;
}

static bool is_note(const char *l) {
  const char *p = l;
  while (*p == ' ') p++;
  return g_str_has_prefix(p, "↑ ");
}

/* line number -> the notes under it, joined by '\n' */
static GHashTable *notes_by_line(const char *out) {
  GHashTable *h = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) g_free);
  char **lines = g_strsplit(out, "\n", -1);
  gint64 cur = 0;
  for (char **l = lines; *l; l++) {
    guint64 n = numbered(*l, NULL);
    if (n) cur = (gint64) n;
    else if (cur && is_note(*l)) {
      char *old = g_hash_table_lookup(h, &cur);
      char *v = old ? g_strconcat(old, "\n", *l, NULL) : g_strdup(*l);
      g_hash_table_replace(h, g_memdup2(&cur, sizeof cur), v);
    }
  }
  g_strfreev(lines);
  return h;
}

static bool has_cjk(const char *s) {
  for (const char *p = s; *p; p = g_utf8_next_char(p)) {
    gunichar u = g_utf8_get_char(p);
    if (u >= 0x4e00 && u <= 0x9fff) return true;
  }
  return false;
}

/* The kinds of note the guide's own "(…)" note asks for. */
static guint expected_topics(const char *note, const char *logline) {
  guint t = 0;
  if (strstr(note, "IP") || strstr(note, "NAT")) t |= 1u << PL_ANN_PEER_ADDR;
  else if (strstr(note, "ID")) t |= 1u << PL_ANN_PEER_ID;
  if (strstr(note, "網")) t |= 1u << PL_ANN_SUBNETS;
  if (strstr(note, "建立成功")) t |= 1u << PL_ANN_ESTABLISHED;
  if (strstr(note, "加密")) {
    int phase = strstr(note, "phase 1") ? 1 : strstr(note, "phase 2") ? 2 : 0;
    if (!phase)
      phase = strstr(logline, "IKE SA") || strstr(logline, "IKE_SA") || strstr(logline, "IKE_AUTH") ? 1 : 2;
    t |= 1u << (phase == 1 ? PL_ANN_P1 : PL_ANN_P2);
  }
  return t;
}

static void check_guide(const char *lang) {
  char *path = guide_path();
  if (!path) {
    g_test_skip("the field guide (shared/seed/libreswan-log-guide.txt) is not next to the checkout");
    return;
  }
  char *text = NULL;
  g_assert_true(g_file_get_contents(path, &text, NULL, NULL));
  char **in = g_strsplit(text, "\n", -1);
  char *out = annotate_file(path, lang);
  GHashTable *notes = notes_by_line(out);
  guint checked = 0, failed = 0;
  for (guint i = 1; in[i]; i++) {
    if (in[i][0] != '(' || !strstr(in[i - 1], "pluto[")) continue;
    guint want = expected_topics(in[i], in[i - 1]);
    if (!want) continue;
    gint64 lineno = i; /* in[i - 1] is line i */
    const char *got = g_hash_table_lookup(notes, &lineno);
    for (int t = 1; t < PL_ANN__COUNT; t++) {
      if (!(want & (1u << t))) continue;
      checked++;
      const char *msgid = pl_ann_topic_label((pl_ann_topic) t);
      const char *label = _(msgid);
      char *needle = g_strconcat(label, _(": "), NULL);
      const char *hit = got ? strstr(got, needle) : NULL;
      if (!hit) {
        g_test_message("line %u (%s): no \"%s\" note; the guide says %s; notes:\n%s", i, in[i - 1], label,
                       in[i], got ? got : "(none)");
        failed++;
      } else if (!strcmp(lang, "zh_TW")) {
        const char *eol = strchr(hit, '\n');
        char *note = eol ? g_strndup(hit, (gsize) (eol - hit)) : g_strdup(hit);
        if (!strcmp(label, msgid) || !has_cjk(label) || !has_cjk(note + strlen(needle))) {
          g_test_message("line %u: the zh_TW note is not translated: %s", i, note);
          failed++;
        }
        g_free(note);
      }
      g_free(needle);
    }
  }
  g_test_message("%s: %u guide notes checked", lang, checked);
  g_assert_cmpuint(checked, >=, 12);
  g_assert_cmpuint(failed, ==, 0);
  g_hash_table_destroy(notes);
  g_free(out);
  g_strfreev(in);
  g_free(text);
  g_free(path);
}

static void test_guide_en(void) {
  pl_i18n_init("en");
  check_guide("en");
}

static void test_guide_zh(void) {
  char *dir = locale_dir();
  char *mo = g_build_filename(dir, "zh_TW", "LC_MESSAGES", "plutolog.mo", NULL);
  if (!g_file_test(mo, G_FILE_TEST_IS_REGULAR)) {
    g_test_skip(
        "build/locale/zh_TW/LC_MESSAGES/plutolog.mo is not built (run make): the zh_TW view cannot be checked");
  } else {
    g_setenv("PLUTOLOG_LOCALEDIR", dir, TRUE);
    pl_i18n_init("zh_TW");
    g_assert_cmpstr(_("the peer's subnets"), ==, "對方的網段設定");
    check_guide("zh_TW");
    pl_i18n_init("en");
  }
  g_free(mo);
  g_free(dir);
}

static void test_lines(void) {
  pl_i18n_init("en");
  char *path = guide_path();
  if (!path) {
    g_test_skip("the field guide is not next to the checkout");
    return;
  }
  char *text = NULL;
  g_assert_true(g_file_get_contents(path, &text, NULL, NULL));
  char **in = g_strsplit(text, "\n", -1);
  guint n_in = g_strv_length(in);
  if (n_in && !*in[n_in - 1]) n_in--; /* the last newline ends a line, it does not start one */
  char *out = annotate_file(path, "en");
  char **lines = g_strsplit(out, "\n", -1);
  guint64 expect = 1;
  for (char **l = lines; *l; l++) {
    const char *t;
    guint64 n = numbered(*l, &t);
    if (!n) continue;
    g_assert_cmpuint(n, ==, expect);
    GString *safe = g_string_new(NULL);
    pl_term_safe(safe, in[n - 1], -1);
    g_assert_cmpstr(t, ==, safe->str);
    g_string_free(safe, TRUE);
    expect++;
  }
  g_assert_cmpuint(expect - 1, ==, n_in);
  g_assert_nonnull(strstr(out, _("Diagnosis")));
  g_strfreev(lines);
  g_free(out);
  g_strfreev(in);
  g_free(text);
  g_free(path);
}

static const char retransmits[] =
    "pluto[1]: \"t\" #26: initiating IKEv1 Main Mode connection\n"
    "pluto[1]: \"t\" #26: sent Main Mode request\n"
    "pluto[1]: \"t\" #26: STATE_MAIN_I1: retransmission; will wait 0.5 seconds for response\n"
    "pluto[1]: \"t\" #26: STATE_MAIN_I1: retransmission; will wait 1 seconds for response\n"
    "pluto[1]: \"t\" #26: STATE_MAIN_I1: retransmission; will wait 2 seconds for response\n"
    "pluto[1]: \"t\" #26: STATE_MAIN_I1: retransmission; will wait 4 seconds for response\n"
    "pluto[1]: \"t\" #26: STATE_MAIN_I1: 60 second timeout exceeded after 4 retransmits. No response "
    "(or no acceptable response) to our first IKEv1 message\n";

static void test_fold(void) {
  pl_i18n_init("en");
  char *out = annotate_text(retransmits, "en", NULL);
  GHashTable *notes = notes_by_line(out);
  gint64 l3 = 3, l4 = 4, l5 = 5, l6 = 6, l7 = 7;
  g_assert_nonnull(g_hash_table_lookup(notes, &l3)); /* the first one is explained */
  g_assert_null(g_hash_table_lookup(notes, &l4));    /* the repeats are not */
  g_assert_null(g_hash_table_lookup(notes, &l5));
  const char *fold = g_hash_table_lookup(notes, &l6); /* the fold note ends the run */
  g_assert_nonnull(fold);
  g_assert_nonnull(strstr(fold, "lines 3–6"));
  g_assert_nonnull(strstr(fold, "4 times"));
  const char *timeout = g_hash_table_lookup(notes, &l7);
  g_assert_nonnull(timeout);
  g_assert_nonnull(strstr(timeout, _(pl_stage_label(PL_STAGE_REACHABILITY))));
  g_hash_table_destroy(notes);
  g_free(out);
}

static void test_escape(void) {
  pl_i18n_init("en");
  const char *log =
      "pluto[1]: \"evil\x1b[31m\" #1: responding to Main Mode\n"
      "pluto[1]: \"evil\x1b[31m\" #1: Peer ID is ID_FQDN: '@a\x1b]0;pwned\x07\x1b[2J\x01\xc2\x9b"
      "b'\n"
      "garbage \x1b[1;31mred\x1b[0m \x07 bell\n";
  char *out = annotate_text(log, "en", NULL);
  g_assert_null(strchr(out, '\x1b'));
  g_assert_null(strchr(out, '\x07'));
  g_assert_null(strchr(out, '\x01'));
  g_assert_null(strstr(out, "\xc2\x9b"));
  g_assert_nonnull(strstr(out, "garbage red"));
  g_assert_nonnull(strstr(out, "@a"));
  g_free(out);
  GString *s = g_string_new(NULL);
  pl_term_safe(s,
               "a\tb\x1b[0mc\xe2\x80\xae"
               "d\xff",
               -1);
  g_assert_cmpstr(s->str, ==, "a bc?d\xef\xbf\xbd");
  g_string_free(s, TRUE);
}

static void test_stream(void) {
  pl_i18n_init("en");
  char *mem = annotate_text(retransmits, "en", NULL);
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  g_assert_nonnull(f);
  char *rest = annotate_text(retransmits, "en", f);
  fwrite(rest, 1, strlen(rest), f);
  fclose(f);
  g_assert_cmpstr(buf, ==, mem);
  /* in stream mode, what pl_fmt_annotate returns is only what was still due */
  g_assert_null(strstr(rest, "retransmission; will wait"));
  free(buf);
  g_free(rest);
  g_free(mem);
}

static void test_lab(gconstpointer data) {
  pl_i18n_init("en");
  const char *path = data;
  char *text = NULL;
  g_assert_true(g_file_get_contents(path, &text, NULL, NULL));
  guint n_in = 0;
  for (const char *p = text; *p; p++)
    if (*p == '\n') n_in++;
  char *out = annotate_file(path, "en");
  char **lines = g_strsplit(out, "\n", -1);
  guint n_out = 0, n_notes = 0;
  for (char **l = lines; *l; l++) {
    if (numbered(*l, NULL)) n_out++;
    else if (is_note(*l)) n_notes++;
  }
  g_assert_cmpuint(n_out, ==, n_in);
  /* a log with a tunnel in it gets notes and a block for it */
  if (strstr(text, "\"test\"")) {
    g_assert_cmpuint(n_notes, >=, 1);
    g_assert_nonnull(strstr(out, "\"test\""));
    g_assert_true(strstr(out, "failed") || strstr(out, "partial") || strstr(out, "established") ||
                  strstr(out, "unknown"));
  }
  g_assert_nonnull(strstr(out, "══ Diagnosis ══"));
  g_strfreev(lines);
  g_free(out);
  g_free(text);
}

static void test_no_begin(void) {
  pl_i18n_init("en");
  pl_analysis *a = pl_analysis_new();
  guint32 src = pl_analysis_add_source(a, "mem.log");
  pl_analysis_feed_bytes(a, src, retransmits, strlen(retransmits));
  pl_analysis_finish(a);
  pl_output_opts o = {0};
  o.lang = "en";
  GString *s = g_string_new(NULL);
  pl_fmt_annotate(a, &o, s);
  g_assert_nonnull(strstr(s->str, "not recorded"));
  g_assert_nonnull(strstr(s->str, "\"t\""));
  pl_annotate_end(a); /* harmless without begin */
  g_string_free(s, TRUE);
  pl_analysis_free(a);
}

/* --follow re-runs the diagnosis while lines keep coming. */
static void test_diagnose_twice(void) {
  pl_i18n_init("en");
  char *path = g_build_filename(PL_SRCDIR, "corpus", "lab", "ikev1-psk-mismatch", "east.log", NULL);
  char *text = NULL;
  if (!g_file_get_contents(path, &text, NULL, NULL)) {
    g_test_skip("corpus/lab/ikev1-psk-mismatch/east.log is missing");
    g_free(path);
    return;
  }
  pl_analysis *one = pl_analysis_new();
  guint32 s1 = pl_analysis_add_source(one, "east.log");
  pl_analysis_feed_bytes(one, s1, text, strlen(text));
  pl_analysis_finish(one);
  const pl_conn *want = pl_diagnose_primary(one);
  g_assert_nonnull(want);

  pl_analysis *live = pl_analysis_new();
  guint32 s2 = pl_analysis_add_source(live, "east.log");
  char **lines = g_strsplit(text, "\n", -1);
  guint64 n = 0;
  for (char **l = lines; *l; l++) {
    if (!l[1] && !**l) break;
    pl_analysis_feed_line(live, s2, ++n, *l, strlen(*l));
    if (n % 7 == 0) {
      pl_timeline_finish(live);
      pl_diagnose(live);
    }
  }
  pl_analysis_finish(live);
  pl_diagnose(live); /* once more: frees and rebuilds every diagnosis */
  const pl_conn *got = pl_diagnose_primary(live);
  g_assert_nonnull(got);
  g_assert_cmpint(got->diag.verdict, ==, want->diag.verdict);
  g_assert_cmpint(got->diag.stage, ==, want->diag.stage);
  g_assert_cmpstr(got->diag.reason, ==, want->diag.reason);
  g_assert_cmpstr(got->diag.summary, ==, want->diag.summary);
  g_assert_cmpuint(got->diag.evidence->len, ==, want->diag.evidence->len);
  g_strfreev(lines);
  pl_analysis_free(live);
  pl_analysis_free(one);
  g_free(text);
  g_free(path);
}

static gint name_cmp(gconstpointer a, gconstpointer b) {
  return g_strcmp0(*(char *const *) a, *(char *const *) b);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/annotate/guide/en", test_guide_en);
  g_test_add_func("/annotate/guide/zh_TW", test_guide_zh);
  g_test_add_func("/annotate/lines", test_lines);
  g_test_add_func("/annotate/fold", test_fold);
  g_test_add_func("/annotate/escape", test_escape);
  g_test_add_func("/annotate/stream", test_stream);
  g_test_add_func("/annotate/no-begin", test_no_begin);
  g_test_add_func("/follow/diagnose-twice", test_diagnose_twice);
  char *lab = g_build_filename(PL_SRCDIR, "corpus", "lab", NULL);
  GDir *d = g_dir_open(lab, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
  for (const char *n; d && (n = g_dir_read_name(d));) g_ptr_array_add(names, g_strdup(n));
  if (d) g_dir_close(d);
  g_ptr_array_sort(names, name_cmp);
  GPtrArray *keep = g_ptr_array_new_with_free_func(g_free);
  for (guint i = 0; i < names->len; i++) {
    const char *hosts[] = {"east", "west"};
    for (int h = 0; h < 2; h++) {
      char *file = g_strdup_printf("%s/%s/%s.log", lab, (char *) names->pdata[i], hosts[h]);
      if (!g_file_test(file, G_FILE_TEST_IS_REGULAR)) {
        g_free(file);
        continue;
      }
      char *tp = g_strdup_printf("/annotate/lab/%s/%s", (char *) names->pdata[i], hosts[h]);
      g_test_add_data_func(tp, file, test_lab);
      g_ptr_array_add(keep, file);
      g_free(tp);
    }
  }
  int r = g_test_run();
  g_ptr_array_unref(keep);
  g_ptr_array_unref(names);
  g_free(lab);
  return r;
}
