/* The one line splitter (src/input/lines.c): the same bytes give the same
 * lines whatever the sizes of the reads (1, 2, 5, 12, 1024 bytes and whole),
 * a line longer than PL_MAX_LINE is cut to it and says so (its length when
 * it came in one read, 0 when it spanned reads), a last line without '\n'
 * counts, and the pending state is reported. */
#include "lines.h"

#include <string.h>

typedef struct {
  GPtrArray *lines; /* "len/whole:text" for short lines, "len/whole" for cut ones */
} got;

static void on_line(const char *line, gsize len, gsize whole, gpointer user) {
  got *g = user;
  if (len > 64) g_ptr_array_add(g->lines, g_strdup_printf("%zu/%zu", len, whole));
  else g_ptr_array_add(g->lines, g_strdup_printf("%zu/%zu:%.*s", len, whole, (int) len, line));
}

static GPtrArray *split(const char *buf, gsize len, gsize step) {
  got g = {g_ptr_array_new_with_free_func(g_free)};
  pl_lines l;
  pl_lines_init(&l);
  for (gsize i = 0; i < len; i += step) pl_lines_feed(&l, buf + i, MIN(step, len - i), on_line, &g);
  pl_lines_finish(&l, on_line, &g);
  g_assert_false(pl_lines_pending(&l));
  pl_lines_clear(&l);
  return g.lines;
}

static char *joined(GPtrArray *v) {
  GString *s = g_string_new(NULL);
  for (guint i = 0; i < v->len; i++) g_string_append_printf(s, "%s|", (char *) v->pdata[i]);
  return g_string_free(s, FALSE);
}

static void test_reads(void) {
  static const char text[] = "a\n\nbc\r\nd\0e\nlast without newline";
  const gsize len = sizeof text - 1;
  GPtrArray *whole = split(text, len, len);
  char *w = joined(whole);
  g_assert_cmpstr(w, ==, "1/1:a|0/0:|3/3:bc\r|3/3:d|20/20:last without newline|");
  const gsize steps[] = {1, 2, 5, 12, 1024};
  for (gsize i = 0; i < G_N_ELEMENTS(steps); i++) {
    GPtrArray *v = split(text, len, steps[i]);
    char *j = joined(v);
    g_assert_cmpstr(j, ==, w);
    g_free(j);
    g_ptr_array_unref(v);
  }
  g_free(w);
  g_ptr_array_unref(whole);
}

static void test_pending(void) {
  got g = {g_ptr_array_new_with_free_func(g_free)};
  pl_lines l;
  pl_lines_init(&l);
  g_assert_false(pl_lines_pending(&l));
  pl_lines_feed(&l, "ab", 2, on_line, &g);
  g_assert_true(pl_lines_pending(&l));
  g_assert_cmpuint(g.lines->len, ==, 0);
  pl_lines_feed(&l, "c\nd", 3, on_line, &g);
  g_assert_cmpuint(g.lines->len, ==, 1);
  g_assert_cmpstr(g.lines->pdata[0], ==, "3/3:abc");
  g_assert_true(pl_lines_pending(&l));
  pl_lines_finish(&l, on_line, &g);
  g_assert_cmpstr(g.lines->pdata[1], ==, "1/1:d");
  g_assert_false(pl_lines_pending(&l));
  pl_lines_clear(&l);
  g_ptr_array_unref(g.lines);
}

static void test_cut(void) {
  /* a line of PL_MAX_LINE + 10 bytes, then "x": in one read its length is
   * known; in reads of 1 MiB it is not (0) */
  gsize n = PL_MAX_LINE + 10;
  char *buf = g_malloc(n + 3);
  memset(buf, 'y', n);
  memcpy(buf + n, "\nx", 3);
  GPtrArray *one = split(buf, n + 2, n + 2);
  char *o = joined(one);
  char *want = g_strdup_printf("%u/%zu|1/1:x|", PL_MAX_LINE, n);
  g_assert_cmpstr(o, ==, want);
  GPtrArray *many = split(buf, n + 2, 1u << 20);
  char *m = joined(many);
  char *want2 = g_strdup_printf("%u/0|1/1:x|", PL_MAX_LINE);
  g_assert_cmpstr(m, ==, want2);
  /* exactly PL_MAX_LINE bytes is not cut, in one read or many */
  buf[PL_MAX_LINE] = '\n';
  GPtrArray *exact = split(buf, PL_MAX_LINE + 1, 4096);
  char *x = joined(exact);
  char *want3 = g_strdup_printf("%u/%u|", PL_MAX_LINE, PL_MAX_LINE);
  g_assert_cmpstr(x, ==, want3);
  g_free(x), g_free(want3), g_ptr_array_unref(exact);
  g_free(m), g_free(want2), g_ptr_array_unref(many);
  g_free(o), g_free(want), g_ptr_array_unref(one);
  g_free(buf);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/lines/reads", test_reads);
  g_test_add_func("/lines/pending", test_pending);
  g_test_add_func("/lines/cut", test_cut);
  return g_test_run();
}
