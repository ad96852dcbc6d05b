/* The phrase scanner (grammar/phrases.c, include/phrases.def) against the
 * plain definition it replaces: a phrase is in a text exactly when the
 * bytes of the phrase occur in it.  Checked on made-up texts built to trip
 * the scanner (overlaps, prefixes, repeats, ends, NUL bytes) and on every
 * line of the logs in corpus/. */
#include "phrases.h"

#include <string.h>

static bool occurs(const char *t, gsize n, const char *w) {
  gsize wn = strlen(w);
  for (gsize i = 0; i + wn <= n; i++)
    if (memcmp(t + i, w, wn) == 0) return true;
  return false;
}

/* the number of phrases whose bit differs from occurs(); prints them */
static int check(pl_phrase_scanner *s, const char *t, gsize n, const char *where) {
  guint64 bits[PL_PHRASE_WORDS];
  pl_phrase_scan(s, t, n, bits);
  int bad = 0;
  for (int p = 0; p < PL_PH_N; p++) {
    bool got = (bits[p / 64] >> (p % 64)) & 1;
    bool want = occurs(t, n, pl_phrase_text(p));
    if (got != want) {
      if (bad < 5)
        g_printerr("%s: phrase \"%s\": scanner says %d, the text says %d: %.*s\n", where, pl_phrase_text(p),
                   got, want, (int) MIN(n, 200), t);
      bad++;
    }
  }
  return bad;
}

static void test_made_up(void) {
  pl_phrase_scanner *s = pl_phrase_scanner_new();
  static const char *const texts[] = {
      "",
      "e",
      "errno 93",
      "errno 9",
      "netlink response for Add SA esp.1@192.0.2.1 included errno 93: Protocol not supported",
      "erro errno errno 22 errno 93 errno",
      "no local proposal matches remote proposals 1:IKE:ENCR=AES_CBC",
      "no local proposal matches remote proposal", /* cut one byte short */
      "Del SA Del Delete DELSA DELPOLICY GETSA",
      "has not responded in 30 seconds; declaring peer dead",
      "IKE_SA_INIT_REPLY IKE_SA_INIT reply IKE_SA_INIT response",
      "NO_PROPOSAL_CHOSENNO_PROPOSAL_CHOSEN",
      "v2N_NO_PROPOSAL_CHOSEN v2N_TS_UNACCEPTABLE v2N_BAD_PROPOSAL_SYNTAX",
      "Quick Mode reply QR1 QR",
      "policy=policy policy authby=authby ",
      "nononono no connection no (wildcard) connection no suitable connection for peer",
      "retransmission; will waitretransmitting",
      "FQDN 'x' ID_FQDN",
  };
  int bad = 0;
  for (gsize i = 0; i < G_N_ELEMENTS(texts); i++) bad += check(s, texts[i], strlen(texts[i]), "made-up");
  /* every phrase alone, twice glued, cut by one byte at either end, and
   * behind a NUL byte */
  for (int p = 0; p < PL_PH_N; p++) {
    const char *w = pl_phrase_text(p);
    gsize n = strlen(w);
    char *two = g_strconcat(w, w, NULL);
    bad += check(s, w, n, "alone");
    bad += check(s, two, 2 * n, "twice");
    bad += check(s, w + 1, n - 1, "head cut");
    bad += check(s, w, n - 1, "tail cut");
    char *nul = g_malloc(n + 3);
    nul[0] = 'x';
    nul[1] = '\0';
    memcpy(nul + 2, w, n);
    bad += check(s, nul, n + 2, "after NUL");
    g_free(nul);
    g_free(two);
  }
  g_assert_cmpint(bad, ==, 0);
  pl_phrase_scanner_free(s);
}

static void scan_file(pl_phrase_scanner *s, const char *path, int *bad, guint64 *lines, guint64 *hits) {
  char *buf = NULL;
  gsize len = 0;
  g_assert_true(g_file_get_contents(path, &buf, &len, NULL));
  const char *p = buf, *e = buf + len;
  while (p < e) {
    const char *nl = memchr(p, '\n', (gsize) (e - p));
    const char *end = nl ? nl : e;
    guint64 bits[PL_PHRASE_WORDS];
    pl_phrase_scan(s, p, (gsize) (end - p), bits);
    for (int w = 0; w < PL_PHRASE_WORDS; w++)
      if (bits[w]) (*hits)++;
    *bad += check(s, p, (gsize) (end - p), path);
    (*lines)++;
    p = end + 1;
  }
  g_free(buf);
}

static void walk(pl_phrase_scanner *s, const char *dir, int *bad, guint64 *lines, guint64 *hits) {
  GDir *d = g_dir_open(dir, 0, NULL);
  if (!d) return;
  const char *name;
  GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
  while ((name = g_dir_read_name(d))) g_ptr_array_add(names, g_build_filename(dir, name, NULL));
  g_dir_close(d);
  for (guint i = 0; i < names->len; i++) {
    const char *path = names->pdata[i];
    if (g_file_test(path, G_FILE_TEST_IS_DIR)) walk(s, path, bad, lines, hits);
    else if (g_str_has_suffix(path, ".log")) scan_file(s, path, bad, lines, hits);
  }
  g_ptr_array_free(names, TRUE);
}

static void test_corpus(void) {
  pl_phrase_scanner *s = pl_phrase_scanner_new();
  int bad = 0;
  guint64 lines = 0, hits = 0;
  char *dir = g_build_filename(PL_SRCDIR, "corpus", NULL);
  walk(s, dir, &bad, &lines, &hits);
  g_free(dir);
  g_test_message("%" G_GUINT64_FORMAT " corpus lines, %" G_GUINT64_FORMAT " with a phrase", lines, hits);
  /* the corpus is there and the scanner finds something in it */
  g_assert_cmpuint(lines, >, 1000);
  g_assert_cmpuint(hits, >, 100);
  g_assert_cmpint(bad, ==, 0);
  pl_phrase_scanner_free(s);
}

/* The bits are filled on the first question (pl_ph), from the text the
 * event has then; a joined continuation makes them be read again; and
 * threads each use a scanner of their own. */
static void test_lazy(void) {
  pl_event ev = {0};
  const char *t1 = "no local proposal matches remote proposals 1:IKE:ENCR=AES_CBC";
  ev.text = t1;
  ev.text_len = strlen(t1);
  g_assert_false(ev.phrases_known);
  g_assert_true(PL_PH(&ev, NO_LOCAL_PROPOSAL));
  g_assert_true(ev.phrases_known);
  g_assert_false(PL_PH(&ev, ERRNO));
  /* the text changes (a continuation line was joined): asked again */
  const char *t2 = "netlink response for Add SA included errno 93: Protocol not supported";
  ev.text = t2;
  ev.text_len = strlen(t2);
  g_assert_true(PL_PH(&ev, NO_LOCAL_PROPOSAL)); /* the cache still answers for t1 */
  pl_phrase_forget(&ev);
  g_assert_false(PL_PH(&ev, NO_LOCAL_PROPOSAL));
  g_assert_true(PL_PH(&ev, ERRNO));
  /* an event marked known (a debug dump) is not scanned */
  pl_event dump = {.text = t1, .text_len = strlen(t1), .phrases_known = true};
  g_assert_false(PL_PH(&dump, NO_LOCAL_PROPOSAL));
}

static gpointer lazy_thread(gpointer data) {
  const char *t = data;
  int got = 0;
  for (int i = 0; i < 2000; i++) {
    pl_event ev = {.text = t, .text_len = strlen(t)};
    got += PL_PH(&ev, ERRNO);
  }
  return GINT_TO_POINTER(got);
}

static void test_lazy_threads(void) {
  GThread *a = g_thread_new("a", lazy_thread, (gpointer) "Add SA included errno 93: x");
  GThread *b = g_thread_new("b", lazy_thread, (gpointer) "no local proposal matches remote proposals");
  g_assert_cmpint(GPOINTER_TO_INT(g_thread_join(a)), ==, 2000);
  g_assert_cmpint(GPOINTER_TO_INT(g_thread_join(b)), ==, 0);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/phrases/made-up", test_made_up);
  g_test_add_func("/phrases/corpus", test_corpus);
  g_test_add_func("/phrases/lazy", test_lazy);
  g_test_add_func("/phrases/lazy-threads", test_lazy_threads);
  return g_test_run();
}
