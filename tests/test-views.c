/* test-views — what the views (text, Markdown, DOT, Mermaid, JSON) draw
 * must agree with the log (issues 19 and 20):
 *
 *   guide:   the whole field guide keeps every SA in every view; its "test"
 *            #34 (Quick Mode to replace #33 using isakmp#31) is in the JSON
 *            with its links and in both diagrams;
 *   rekey:   an IKEv2 IKE SA rekey is a CREATE_CHILD_SA exchange, never a
 *            fresh IKE_SA_INIT + IKE_AUTH (lab pair ikev2-rekey);
 *   demo:    the make-demo pair has no empty "(no connection)" lane and draws
 *            each retransmission once (the initiator's ×6, not again as the
 *            responder's new exchanges, not twice in Mermaid's loop). */
#include "correlate.h"
#include "plutolog.h"

#include <json-glib/json-glib.h>
#include <string.h>

#define SEED PL_SRCDIR "/../shared/seed/libreswan-log-guide.txt"
#define LAB PL_SRCDIR "/corpus/lab"
#define DEMO PL_SRCDIR "/corpus/demo"

/* Reads the files into one analysis, named by their base names. */
static pl_analysis *analyse_files(const char *const *paths) {
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  for (int i = 0; paths[i]; i++) {
    char *buf = NULL;
    gsize n = 0;
    GError *err = NULL;
    if (!g_file_get_contents(paths[i], &buf, &n, &err)) g_error("%s", err->message);
    char *base = g_path_get_basename(paths[i]);
    guint32 s = pl_analysis_add_source(a, base);
    g_free(base);
    pl_analysis_feed_bytes(a, s, buf, n);
    g_free(buf);
  }
  pl_analysis_finish(a);
  return a;
}

static char *emit(const pl_analysis *a, pl_backend_fn fn, const char *lang) {
  pl_output_opts o = {.lang = lang ? lang : "en"};
  GString *out = g_string_new(NULL);
  fn(a, &o, out);
  return g_string_free(out, FALSE);
}

static guint count(const char *hay, const char *needle) {
  guint n = 0;
  for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle)) n++;
  return n;
}

/* ---- the field guide --------------------------------------------------- */

static void test_guide_every_sa(void) {
  if (!g_file_test(SEED, G_FILE_TEST_EXISTS)) {
    g_printerr("\n##########  SKIPPED: %s is absent  ##########\n", SEED);
    g_test_skip("the field guide is not next to the tree (../shared/seed)");
    return;
  }
  const char *paths[] = {SEED, NULL};
  pl_analysis *a = analyse_files(paths);
  char *json = emit(a, pl_fmt_json, NULL);
  JsonParser *p = json_parser_new();
  GError *err = NULL;
  g_assert_true(json_parser_load_from_data(p, json, -1, &err));
  g_assert_no_error(err);
  JsonObject *root = json_node_get_object(json_parser_get_root(p));
  JsonArray *conns = json_object_get_array_member(root, "connections");
  guint sas = 0, folded = 0;
  bool found = false;
  for (guint i = 0; i < json_array_get_length(conns); i++) {
    JsonObject *c = json_array_get_object_element(conns, i);
    JsonArray *list = json_object_get_array_member(c, "sas");
    JsonObject *h = json_object_get_object_member(c, "history");
    folded += (guint) json_object_get_int_member(h, "folded");
    sas += json_array_get_length(list);
    for (guint k = 0; k < json_array_get_length(list); k++) {
      JsonObject *sa = json_array_get_object_element(list, k);
      if (json_object_get_int_member(sa, "serial") != 34 ||
          g_strcmp0(json_object_get_string_member(c, "name"), "test"))
        continue;
      found = true;
      g_assert_cmpint(json_object_get_int_member(sa, "parent"), ==, 31);
      g_assert_cmpint(json_object_get_int_member(sa, "replaces"), ==, 33);
      g_assert_cmpstr(json_object_get_string_member(sa, "mode"), ==, "quick");
    }
  }
  g_assert_true(found);
  g_assert_cmpuint(sas, ==, 30);
  g_assert_cmpuint(folded, ==, 0);
  g_object_unref(p);
  g_free(json);

  char *dot = emit(a, pl_fmt_dot, NULL);
  g_assert_nonnull(strstr(dot, "#34 Quick Mode I1"));
  g_assert_nonnull(strstr(dot, "replaces #33"));
  g_free(dot);
  char *mmd = emit(a, pl_fmt_mermaid, NULL);
  g_assert_nonnull(strstr(mmd, "#35;34 Quick Mode I1"));
  g_assert_nonnull(strstr(mmd, "replaces #35;33"));
  g_free(mmd);
  char *md = emit(a, pl_fmt_markdown, NULL);
  g_assert_nonnull(strstr(md, "#35;34 Quick Mode I1"));
  g_free(md);
  pl_analysis_free(a);
}

/* ---- IKEv2 rekey ------------------------------------------------------- */

static void check_rekey(const char *out, const char *sa3) {
  char *want = g_strdup_printf("%s CREATE_CHILD_SA request", sa3);
  char *init = g_strdup_printf("%s IKE_SA_INIT", sa3);
  char *auth = g_strdup_printf("%s IKE_AUTH", sa3);
  g_assert_nonnull(strstr(out, want));
  g_assert_null(strstr(out, init));
  g_assert_null(strstr(out, auth));
  g_free(want), g_free(init), g_free(auth);
}

static void test_ikev2_rekey(void) {
  const char *one[] = {LAB "/ikev2-rekey/west.log", NULL};
  const char *both[] = {LAB "/ikev2-rekey/west.log", LAB "/ikev2-rekey/east.log", NULL};
  const char *const *sets[] = {one, both};
  for (int i = 0; i < 2; i++) {
    pl_analysis *a = analyse_files(sets[i]);
    char *dot = emit(a, pl_fmt_dot, NULL), *mmd = emit(a, pl_fmt_mermaid, NULL);
    check_rekey(dot, "#3");
    check_rekey(mmd, "#35;3");
    g_assert_nonnull(strstr(mmd, "IKE SA #35;3 established, rekey of #35;1"));
    /* the first IKE SA still has its IKE_SA_INIT */
    g_assert_nonnull(strstr(mmd, "#35;1 IKE_SA_INIT request"));
    g_free(dot), g_free(mmd);
    pl_analysis_free(a);
  }
}

/* ---- the demo pair ----------------------------------------------------- */

static void test_demo(void) {
  const char *both[] = {DEMO "/west.log", DEMO "/east.log", NULL};
  pl_analysis *a = analyse_files(both);
  char *dot = emit(a, pl_fmt_dot, NULL), *mmd = emit(a, pl_fmt_mermaid, NULL);
  /* no host-level diagram whose messages the tunnel's diagram already shows */
  g_assert_null(strstr(dot, "(no connection)"));
  g_assert_null(strstr(mmd, "(no connection)"));
  g_assert_cmpuint(count(mmd, "participant "), ==, 2);
  /* west sent Main Mode I1 six times for #1 and once for #2: two arrows */
  g_assert_cmpuint(count(mmd, "Main Mode I1"), ==, 2);
  g_assert_cmpuint(count(dot, "Main Mode I1"), ==, 2);
  /* ×6 said once (the loop), not again in the arrow's text */
  g_assert_cmpuint(count(mmd, "\xc3\x97"
                              "6"),
                   ==, 1);
  g_assert_cmpuint(count(dot, "\xc3\x97"
                              "6"),
                   ==, 1);
  g_assert_cmpuint(count(mmd, "NO_PROPOSAL_CHOSEN"), ==, 1);
  g_free(dot), g_free(mmd);
  pl_analysis_free(a);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_set_nonfatal_assertions();
  g_test_add_func("/views/guide/every-sa", test_guide_every_sa);
  g_test_add_func("/views/ikev2-rekey", test_ikev2_rekey);
  g_test_add_func("/views/demo", test_demo);
  return g_test_run();
}
