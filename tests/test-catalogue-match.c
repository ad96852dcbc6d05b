/* test-catalogue-match — the fallback recogniser (grammar/catalogue.c).
 *
 * Small hand-made tables check the matcher itself: each class of hole takes
 * what it should and refuses what it should not, a near miss does not
 * match, the template with the most literal bytes wins whatever the order
 * of the table, and hostile text (a megabyte, NUL bytes, invalid UTF-8,
 * text built to make the backtracking work hard) comes back without a
 * crash.  Then the generated table (grammar/catalogue-table.inc): its
 * anchors are sorted and really in their templates, and through the line
 * driver a line the grammar does not know becomes kind message with where
 * it comes from in pluto, while a line the grammar knows keeps its kind. */
#include "plutolog.h"
#include "catalogue.h"

#include <string.h>

/* a table of up to 8 templates written with '@' for the hole byte 0x01 */
typedef struct {
  pl_cat_tmpl t[8];
  char enc[8][128];
  pl_cat_anchor a[64];
  gsize na;
  int n;
} table;

static int anchor_cmp(const void *x, const void *y) {
  const pl_cat_anchor *a = x, *b = y;
  if (a->key != b->key) return a->key < b->key ? -1 : 1;
  return a->tmpl - b->tmpl;
}

/* every four literal bytes at a word start is an anchor here (the generator
 * keeps one; more only costs time) */
static void add(table *tb, const char *tmpl, const char *where) {
  g_assert_cmpint(tb->n, <, 8);
  int i = tb->n++;
  gsize len = strlen(tmpl), lit = 0;
  g_assert_cmpuint(len, <, sizeof tb->enc[i]);
  for (gsize k = 0; k < len; k++) {
    tb->enc[i][k] = tmpl[k] == '@' ? '\001' : tmpl[k];
    if (tmpl[k] == '@') k++, tb->enc[i][k] = tmpl[k];
    else lit++;
  }
  const char *e = tb->enc[i];
  for (gsize k = 0; k + 4 <= len; k++) {
    bool start = k == 0 || e[k - 1] == ' '; /* (a hole's class byte is never a blank) */
    if (!start || memchr(e + k, '\001', 4)) continue;
    g_assert_cmpuint(tb->na, <, G_N_ELEMENTS(tb->a));
    const unsigned char *u = (const unsigned char *) e + k;
    tb->a[tb->na].key = (guint32) u[0] << 24 | (guint32) u[1] << 16 | (guint32) u[2] << 8 | u[3];
    tb->a[tb->na++].tmpl = (guint16) i;
  }
  tb->t[i] = (pl_cat_tmpl){tb->enc[i], (guint16) len, (guint16) lit, where};
  qsort(tb->a, tb->na, sizeof tb->a[0], anchor_cmp);
}

static int last_steps;

static const char *findn(const table *tb, const char *s, gsize n) {
  int t = pl_catalogue_find_in(tb->t, tb->n, tb->a, tb->na, s, n, &last_steps);
  g_assert_cmpint(last_steps, >=, 0);
  g_assert_cmpint(last_steps, <=, PL_CAT_LINE_BUDGET);
  return t < 0 ? NULL : tb->t[t].where;
}

static const char *find(const table *tb, const char *s) { return findn(tb, s, strlen(s)); }

/* each class of hole */
static void test_holes(void) {
  table tb = {0};
  add(&tb, "sent @i bytes to @t for @# via @C (@s)", "sent");
  add(&tb, "cookie @x has weight @d and mark @c here", "cookie");
  add(&tb, "peer ID is @f at last", "peer");
  g_assert_cmpstr(find(&tb, "sent 12 bytes to 192.0.2.1 for #5 via \"west\" (a b)"), ==, "sent");
  g_assert_cmpstr(find(&tb, "sent -3 bytes to x for #12 via \"rw\"[2] 198.51.100.7 ()"), ==, "sent");
  g_assert_cmpstr(find(&tb, "sent 1 bytes to x for #1 via \"rw\"[2][1] (x)"), ==, "sent");
  g_assert_null(find(&tb, "sent 12a bytes to 192.0.2.1 for #5 via \"west\" (a)"));  /* int */
  g_assert_null(find(&tb, "sent 12 bytes to 192.0.2.1 x for #5 via \"west\" (a)")); /* token: a blank */
  g_assert_null(find(&tb, "sent 12 bytes to 192.0.2.1 for 5 via \"west\" (a)"));    /* serial */
  g_assert_null(find(&tb, "sent 12 bytes to 192.0.2.1 for #5 via west (a)"));       /* conn: no quotes */
  g_assert_null(find(&tb, "sent 12 bytes to 192.0.2.1 for #5 via \"w\"[x] (a)"));   /* conn: [N] */
  g_assert_null(find(&tb, "sent 12 bytes to 192.0.2.1 for #5 via \"w\" a b (a)"));  /* conn: two words */
  g_assert_cmpstr(find(&tb, "cookie 0badCAFE has weight 1.5 and mark q here"), ==, "cookie");
  g_assert_null(find(&tb, "cookie 0xbad has weight 1.5 and mark q here")); /* hex */
  g_assert_null(find(&tb, "cookie bad has weight 1.x and mark q here"));   /* dec */
  g_assert_null(find(&tb, "cookie bad has weight 1.5 and mark qq here"));  /* char */
  g_assert_cmpstr(find(&tb, "peer ID is C=CA, O=Libreswan, CN=east at last"), ==, "peer");
  g_assert_null(find(&tb, "peer ID is  at last")); /* f: not empty */
}

/* a near miss: one literal byte off, more or less text than the template */
static void test_near_miss(void) {
  table tb = {0};
  add(&tb, "leasing IPv@i address failed:@s", "lease"); /* as gen-table.py writes "failed: " */
  add(&tb, "received @t request; packet dropped", "old");
  g_assert_cmpstr(find(&tb, "leasing IPv4 address failed: address pool exhausted"), ==, "lease");
  g_assert_cmpstr(find(&tb, "leasing IPv4 address failed:"), ==, "lease");   /* s may be empty */
  g_assert_cmpstr(find(&tb, "leasing IPv4 address failed:  "), ==, "lease"); /* trailing blanks trimmed */
  g_assert_cmpstr(find(&tb, "received old request; packet dropped \t"), ==, "old");
  g_assert_null(find(&tb, "leasing IPv4 adress failed: address pool exhausted"));
  g_assert_null(find(&tb, "Leasing IPv4 address failed: address pool exhausted"));
  g_assert_null(find(&tb, "leasing IPv4 address failed"));
  g_assert_cmpstr(find(&tb, "received old request; packet dropped"), ==, "old");
  g_assert_null(find(&tb, "received old request; packet dropped."));
  g_assert_null(find(&tb, "received old request; packet droppe"));
  g_assert_null(find(&tb, "xreceived old request; packet dropped"));
  g_assert_null(find(&tb, ""));
  g_assert_null(find(&tb, "rec"));
}

/* several templates match: the most literal bytes win, then the first in
 * the table; the order of the table does not change which text wins */
static void test_ambiguity(void) {
  const char *line = "peer west said no proposal chosen and refused";
  table a = {0}, b = {0};
  add(&a, "peer @s refused", "short");
  add(&a, "peer @s said @s refused", "long");
  add(&a, "peer @t said @s and refused", "longest");
  add(&b, "peer @t said @s and refused", "longest");
  add(&b, "peer @s said @s refused", "long");
  add(&b, "peer @s refused", "short");
  g_assert_cmpstr(find(&a, line), ==, "longest");
  g_assert_cmpstr(find(&b, line), ==, "longest");
  g_assert_cmpstr(find(&a, "peer 1 2 said x refused"), ==, "long"); /* t takes no blank */
  g_assert_cmpstr(find(&b, "peer 1 2 said x refused"), ==, "long");
  g_assert_cmpstr(find(&a, "peer x refused"), ==, "short");
  /* a tie in literal bytes: the first in the table */
  table c = {0};
  add(&c, "state @t went @s", "first");
  add(&c, "state @s went @t", "second");
  g_assert_cmpstr(find(&c, "state A went B"), ==, "first");
}

/* hostile text: no crash, bounded work, no match where none is due */
static void test_hostile(void) {
  table tb = {0};
  add(&tb, "peer @s said @s and @s said @s refused", "deep");
  add(&tb, "value @s end", "value");
  /* a megabyte: past the longest text the fallback reads */
  gsize big = 1 << 20;
  char *s = g_malloc(big);
  memset(s, 'a', big);
  memcpy(s, "value ", 6);
  memcpy(s + big - 4, " end", 4);
  g_assert_null(findn(&tb, s, big));
  g_assert_cmpint(pl_catalogue_find(s, big), ==, -1);
  /* the longest it reads, built to make the holes backtrack: every " said "
   * is a place to try, and each fails only at the int hole far to the right;
   * the steps stop at the template's budget, the line's at the line's
   * (findn checks), and the answer is the same every time */
  table bt = {0};
  add(&bt, "peer @s said @i and @s refused", "bt");
  GString *g = g_string_new("peer ");
  while (g->len < PL_CAT_MAX_TEXT - 32) g_string_append(g, "said ");
  g_string_append(g, "x and y refuse");
  g_assert_null(find(&bt, g->str)); /* not the template's last bytes: refused at once */
  g_assert_cmpint(last_steps, ==, 0);
  g_string_append(g, "d");
  g_assert_cmpuint(g->len, <=, PL_CAT_MAX_TEXT);
  for (int i = 0; i < 3; i++) {
    g_assert_null(find(&bt, g->str));
    g_assert_cmpint(last_steps, >=, 100); /* it did have to work, and stopped */
  }
  /* many templates on one line share the line's budget: six that all
   * backtrack the same way (each refuses "xyz" in its typed hole) */
  table many = {0};
  static const char *const holes[] = {"i", "x", "d", "c", "#", "C"};
  char tmpl[6][64];
  for (int i = 0; i < 6; i++) {
    g_snprintf(tmpl[i], sizeof tmpl[i], "peer @s said @%s and @s refused", holes[i]);
    add(&many, tmpl[i], holes[i]);
  }
  g_string_assign(g, "peer ");
  while (g->len < PL_CAT_MAX_TEXT - 32) g_string_append(g, "said ");
  g_string_append(g, "xyz and y refused");
  g_assert_null(find(&many, g->str));
  g_assert_cmpint(last_steps, ==, PL_CAT_LINE_BUDGET);
  g_string_free(g, TRUE);
  /* NUL bytes and invalid UTF-8 inside a hole: text like any other */
  static const char nul[] = "value a\0b\xff\xfe end";
  g_assert_cmpstr(findn(&tb, nul, sizeof nul - 1), ==, "value");
  static const char bad[] = "valu\xc3 a end";
  g_assert_null(findn(&tb, bad, sizeof bad - 1));
  /* the generated table on the same */
  (void) pl_catalogue_find(nul, sizeof nul - 1);
  (void) pl_catalogue_find(s, PL_CAT_MAX_TEXT);
  g_free(s);
}

/* the generated table: anchors sorted, each in its template at a word start */
static void test_table(void) {
  int nt;
  gsize na;
  const pl_cat_tmpl *t = pl_catalogue_table(&nt);
  const pl_cat_anchor *a = pl_catalogue_anchors(&na);
  g_assert_cmpint(nt, >, 3000);
  g_assert_cmpuint(na, ==, (gsize) nt); /* one anchor each */
  for (gsize i = 0; i < na; i++) {
    if (i) g_assert_cmpuint(a[i - 1].key, <=, a[i].key);
    g_assert_cmpint(a[i].tmpl, <, nt);
    const pl_cat_tmpl *c = &t[a[i].tmpl];
    char k[4] = {(char) (a[i].key >> 24), (char) (a[i].key >> 16), (char) (a[i].key >> 8), (char) a[i].key};
    bool found = false;
    for (gsize j = 0; j + 4 <= c->len && !found; j++)
      found = memcmp(c->enc + j, k, 4) == 0 && (j == 0 || c->enc[j - 1] == ' ');
    if (!found) g_test_fail_printf("anchor %zu not at a word start of its template (%s)", i, c->where);
  }
  for (int i = 0; i < nt; i++) {
    g_assert_cmpuint(t[i].lit, >=, 4);
    g_assert_nonnull(t[i].where);
    g_assert_true(g_str_has_prefix(t[i].where, "programs/pluto/") || g_str_has_prefix(t[i].where, "lib/"));
  }
}

typedef struct {
  const char *line;
  const char *kind;
  const char *where; /* kind message: where in pluto */
} driver_row;

static const driver_row driver_rows[] = {
    /* known to the grammar: the fallback never sees them */
    {"Dec  7 13:00:00 west pluto[1234]: \"west\" #4: initiating Main Mode", "initiate", NULL},
    {"Dec  7 13:00:00 west pluto[1234]: \"west\": failed to add IKEv1 connection: global ikev1-policy does "
     "not allow IKEv1 connections",
     "conn-add-failed", NULL},
    /* known only to the catalogue */
    {"Dec  7 13:00:00 east pluto[1234]: \"rw\"[1] 192.0.2.9 #2: leasing IPv4 address failed: address pool "
     "exhausted",
     "message", "programs/pluto/ikev2_cp.c:309"},
    {"Dec  7 13:00:00 east pluto[1234]: packet from 192.1.2.45:500: received old IKE_SA_INIT request; packet "
     "dropped",
     "message", "programs/pluto/ikev2_unsecured.c:181"},
    /* neither: a line of pluto's that no template describes */
    {"Dec  7 13:00:00 west pluto[1234]: \"west\" #4: zebra crossing in the moonlight", "unknown", NULL},
    /* no envelope at all: prose is never taken for pluto by the fallback */
    {"leasing IPv4 address failed: address pool exhausted", NULL, NULL},
};

static void test_driver(void) {
  for (gsize i = 0; i < G_N_ELEMENTS(driver_rows); i++) {
    const driver_row *r = &driver_rows[i];
    pl_analysis *a = pl_analysis_new();
    a->default_year = 2026;
    pl_parser *p = pl_parser_new(a);
    char *buf = g_strdup(r->line);
    pl_line_class cls = pl_parser_line(p, 0, 1, buf, strlen(buf));
    const pl_event *ev = pl_parser_event(p);
    if (!r->kind) {
      g_assert_cmpint(cls, ==, PL_LINE_OTHER);
    } else {
      g_assert_cmpint(cls, ==, PL_LINE_PLUTO);
      g_assert_cmpstr(pl_event_kind_name(ev->kind), ==, r->kind);
      g_assert_cmpstr(pl_event_str(ev, PL_F_WHERE), ==, r->where);
      if (r->where) g_assert_nonnull(pl_event_str(ev, PL_F_TEXT));
    }
    g_free(buf);
    pl_parser_free(p);
    pl_analysis_free(a);
  }
}

/* a whole log: the catalogue's lines count as recognised, none is lost */
static void test_stats(void) {
  static const char log[] =
      "Dec  7 13:00:00 east pluto[1234]: \"rw\"[1] 192.0.2.9 #2: leasing IPv4 address "
      "failed: address pool exhausted\n"
      "Dec  7 13:00:01 west pluto[1234]: \"west\" #4: initiating Main Mode\n"
      "Dec  7 13:00:02 west pluto[1234]: \"west\" #4: zebra crossing in the moonlight\n";
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  pl_analysis_feed_bytes(a, 0, log, sizeof log - 1);
  pl_analysis_finish(a);
  g_assert_cmpuint(a->stats.pluto, ==, 3);
  g_assert_cmpuint(a->stats.recognised, ==, 2);
  g_assert_cmpuint(a->stats.unrecognised, ==, 1);
  g_assert_cmpuint(a->stats.kinds[PL_EV_MESSAGE], ==, 1);
  pl_analysis_free(a);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/catalogue-match/holes", test_holes);
  g_test_add_func("/catalogue-match/near-miss", test_near_miss);
  g_test_add_func("/catalogue-match/ambiguity", test_ambiguity);
  g_test_add_func("/catalogue-match/hostile", test_hostile);
  g_test_add_func("/catalogue-match/table", test_table);
  g_test_add_func("/catalogue-match/driver", test_driver);
  g_test_add_func("/catalogue-match/stats", test_stats);
  return g_test_run();
}
