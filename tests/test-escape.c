/* The terminal escapers of src/base/escape.c share one list of the
 * characters a terminal acts on: for every Unicode scalar value beyond
 * ASCII, pl_term_escape_name changes it exactly when pl_term_safe does, and
 * for the ones the list names both change it (\u{NNNN} and '?').  The
 * end-to-end side (-f text, -f annotate, --unknown, --follow) is
 * tests/test-term.sh. */
#include "escape.h"

#include <stdbool.h>
#include <string.h>

/* the characters the list must name (issue 17: pl_term_safe let the last
 * three through) */
static const gunichar must[] = {0x0085, 0x009b, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d,
                                0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x061c, 0x2028, 0x2029};

static bool escape_changes(const char *s) {
  GString *g = g_string_new(NULL);
  pl_term_escape_name(g, s);
  bool changed = strcmp(g->str, s) != 0;
  g_string_free(g, TRUE);
  return changed;
}

static bool safe_changes(const char *s) {
  GString *g = g_string_new(NULL);
  pl_term_safe(g, s, -1);
  bool changed = strcmp(g->str, s) != 0;
  g_string_free(g, TRUE);
  return changed;
}

static void test_named(void) {
  for (gsize i = 0; i < G_N_ELEMENTS(must); i++) {
    char s[16] = "a";
    int n = g_unichar_to_utf8(must[i], s + 1);
    s[1 + n] = 'b';
    s[2 + n] = '\0';
    GString *e = g_string_new(NULL), *f = g_string_new(NULL);
    pl_term_escape_name(e, s);
    pl_term_safe(f, s, -1);
    char want[32];
    g_snprintf(want, sizeof want, "a\\u{%04x}b", (unsigned) must[i]);
    g_assert_cmpstr(e->str, ==, want);
    g_assert_cmpstr(f->str, ==, "a?b");
    g_string_free(e, TRUE);
    g_string_free(f, TRUE);
  }
}

static void test_same_set(void) {
  guint n_changed = 0;
  for (gunichar u = 0x80; u <= 0x10ffff; u++) {
    if (u >= 0xd800 && u <= 0xdfff) continue; /* not scalar values */
    char s[8];
    s[g_unichar_to_utf8(u, s)] = '\0';
    bool e = escape_changes(s), f = safe_changes(s);
    if (e != f)
      g_error("U+%04X: pl_term_escape %s it, pl_term_safe %s it", u, e ? "changes" : "keeps",
              f ? "changes" : "keeps");
    n_changed += e;
  }
  /* the list above and nothing much more: C1 (32), bidi (9), marks (3), separators (2) */
  g_assert_cmpuint(n_changed, ==, 32 + 9 + 3 + 2);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/escape/terminal/named", test_named);
  g_test_add_func("/escape/terminal/same-set", test_same_set);
  return g_test_run();
}
