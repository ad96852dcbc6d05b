/* test-linear — every line is scanned in time linear in its length.
 *
 * A generator builds 64 KB lines out of long runs of each character (and
 * short group) the lexer treats specially — blanks, the trailing
 * punctuation ': , ; . ) ! ?', openers and closers, quotes, '#', digits,
 * letters, '=', '<', '|', prefixes that restart the scan — after each of
 * the envelopes that lead into a different start condition.  For every
 * line two guards:
 *
 *   - a deterministic one: the scanner's work (pl_parser_scan_work: the
 *     characters flex's DFA read, re-reads after yyless included) is at most
 *     WORK_PER_BYTE times the line's length plus a constant.  A rule that
 *     hands a run back one character at a time is quadratic and fails this
 *     by orders of magnitude (the 16 KB ")))" line of issue 16 read ~1.3e8
 *     characters);
 *   - a coarse one over the whole line driver (paste envelope, joins,
 *     grammar, event): doubling the length from 32 KB to 64 KB at most
 *     about doubles the time (RATIO_MAX, generous for a loaded machine; a
 *     quadratic path quadruples), checked only when the 64 KB line takes
 *     long enough to measure (a quadratic one takes seconds), and an absolute ceiling per line. */
#include "plutolog.h"
#include "parser-ctx.h"

#include <string.h>

#define WORK_PER_BYTE 4 /* each byte read at most ~3 times today */
#define WORK_SLACK 512
#define RATIO_MAX 3.5 /* t(64K) / t(32K); linear is ~2, quadratic ~4 */
#define MEASURABLE                                                                                           \
  0.2               /* seconds: below this the ratio is noise (a linear 64 KB line takes
                             ~0.5 ms, ~20 ms under ASan; a quadratic one ~20 s) */
#define CEILING 2.0 /* seconds for one 64 KB line, whatever the machine (and ASan) */

static const char *const units[] = {
    " ",
    "\t",
    "\r",
    ":",
    ",",
    ";",
    ".",
    ")",
    "!",
    "?",
    "-",
    "(",
    "[",
    "]",
    "{",
    "}",
    "'",
    "\"",
    "#",
    "0",
    "a",
    "A",
    "_",
    "=",
    "/",
    "<",
    ">",
    "|",
    "@",
    "*",
    "\\",
    "x)",
    "a:",
    "#1:",
    "1.",
    "A_",
    "a=",
    "0x",
    "===",
    "...",
    "->",
    " a",
    " )",
    " (",
    " \"",
    "' ",
    "\" ",
    "[1]",
    " #1",
    "{a",
    "\"c\" ",
    "\"c\"[1] ",
    " 1.2.3.4",
    "message repeated 1 times: [ ",
    "packet from 1.2.3.4: ",
    "WARNING: ",
    "| ",
    "000 ",
    "Jan  1 ",
    "pluto[1]: ",
    "a b ",
    "1:IKE=",
    "\xc3\xa9",
    "1 ",
    "N(",
    "v2N_",
    ")a",
    "a)",
    "#",
    "> ",
    "`",
    "+",
    "000 \"c\":   ",
    "#1: ",
    "[pluto] ",
    "h.pluto[1]: ",
    "IPsec SA establ",
    "\"c\" #1: ",
};

static const char *const prefixes[] = {
    "",
    "\"c\" #1: ",
    "Jan  1 00:00:00 h pluto[1]: ",
    "Jan  1 00:00:00 h pluto[1]: \"c\" #1: x ",
    "000 ",
    "000 \"c\":   policy: ",
    "Jan  1 00:00:00 ",
    "Jan  1 00:00:00 [pluto] ",
    "Jan  1 00:00:00 h.pluto[1]: ",
    "2026-01-01T00:00:00 h ",
    "#43427: ",
    " pluto[5715]: ",
    "> ",
    "`",
    "+",
    "Jan  1 00:00:00 h pluto[1]: message repeated 2 times: [ ",
    "Jan  1 00:00:00 h kernel: pluto[1]: ",
    "Jan  1 00:00:00 h systemd[1]: ",
    "type=ANOM_ABEND msg=audit(1.2:3): ",
};

typedef struct {
  double secs;
  guint64 work;
  gsize len;
} run;

/* parses prefix + (unit repeated to n bytes) once; the line is rebuilt per
 * run because the driver may write into it */
static run parse_one(pl_parser *p, const char *prefix, const char *unit, gsize n, guint64 lineno) {
  gsize pl = strlen(prefix), ul = strlen(unit);
  char *buf = g_malloc(pl + n + 1);
  memcpy(buf, prefix, pl);
  for (gsize i = 0; i < n; i++) buf[pl + i] = unit[i % ul];
  buf[pl + n] = '\0';
  run r = {0, 0, pl + n};
  gint64 t0 = g_get_monotonic_time();
  pl_parser_line(p, 0, lineno, buf, pl + n);
  r.secs = (double) (g_get_monotonic_time() - t0) / 1e6;
  r.work = pl_parser_scan_work(p);
  g_free(buf);
  return r;
}

/* the best of three: the time a line needs, not the machine's hiccups */
static run best_of(pl_parser *p, const char *prefix, const char *unit, gsize n) {
  run best = {0, 0, 0};
  for (int k = 0; k < 3; k++) {
    run r = parse_one(p, prefix, unit, n, 10 + (guint64) k * 2); /* never consecutive: no joins */
    if (k == 0 || r.secs < best.secs) best = r;
  }
  return best;
}

/* every unit after one prefix: one test case per prefix */
static void test_prefix(gconstpointer data) {
  const char *prefix = data;
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  pl_parser *p = pl_parser_new(a);
  for (gsize j = 0; j < G_N_ELEMENTS(units); j++) {
    const char *unit = units[j];
    char *what = g_strescape(unit, NULL);
    run big = best_of(p, prefix, unit, 65536);
    if (big.work > (guint64) WORK_PER_BYTE * big.len + WORK_SLACK || big.secs >= CEILING)
      g_test_message("unit \"%s\": work %" G_GUINT64_FORMAT " for %zu bytes, %.6fs", what, big.work, big.len,
                     big.secs);
    g_assert_cmpuint(big.work, <=, (guint64) WORK_PER_BYTE * big.len + WORK_SLACK);
    g_assert_cmpfloat(big.secs, <, CEILING);
    if (big.secs >= MEASURABLE) {
      run half = best_of(p, prefix, unit, 32768);
      double floor = half.secs > MEASURABLE / 4 ? half.secs : MEASURABLE / 4;
      if (big.secs / floor >= RATIO_MAX)
        g_test_message("unit \"%s\": 64K %.6fs, 32K %.6fs", what, big.secs, half.secs);
      g_assert_cmpfloat(big.secs / floor, <, RATIO_MAX);
    }
    g_free(what);
  }
  pl_parser_free(p);
  pl_analysis_free(a);
}

/* The counter would catch the quadratic hand-back: the same shape scanned
 * twice as long reads about twice as much, not four times. */
static void test_doubling(void) {
  pl_analysis *a = pl_analysis_new();
  pl_parser *p = pl_parser_new(a);
  static const char *const worst[] = {")", ".", ":", "a)", "x!?", "#1:"};
  for (gsize i = 0; i < G_N_ELEMENTS(worst); i++) {
    run r1 = parse_one(p, "\"c\" #1: ", worst[i], 16384, 1);
    run r2 = parse_one(p, "\"c\" #1: ", worst[i], 32768, 3);
    g_test_message("%s: %" G_GUINT64_FORMAT " -> %" G_GUINT64_FORMAT, worst[i], r1.work, r2.work);
    g_assert_cmpuint(r2.work, <=, r1.work * 2 + 64);
    /* and the counter counts: a pluto line is read to its end */
    g_assert_cmpuint(r2.work, >=, (guint64) r2.len);
  }
  pl_parser_free(p);
  pl_analysis_free(a);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_set_nonfatal_assertions();
  for (gsize i = 0; i < G_N_ELEMENTS(prefixes); i++) {
    char *path = g_strdup_printf("/linear/prefix/%zu", i);
    g_test_add_data_func(path, prefixes[i], test_prefix);
    g_free(path);
  }
  g_test_add_func("/linear/doubling", test_doubling);
  return g_test_run();
}
