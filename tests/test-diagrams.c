/* Sequence diagrams (-f dot, -f mermaid) and the two-host correlation.
 *
 *   golden:  tests/diagrams/<case>.{dot,mmd} against the backends' output for
 *            field-guide excerpts (tests/diagrams/guide-*.log) and lab pairs
 *            (corpus/lab/<scenario>/{west,east}.log).  PLUTOLOG_UPDATE=1
 *            rewrites the golden files instead of comparing (review the diff).
 *   render:  every DOT output must pass `dot -Tsvg` with nothing on stderr;
 *            every Mermaid output must pass tests/mermaid/check.js (Mermaid's
 *            own parser).  Without graphviz or without `npm install` in
 *            tests/mermaid these checks are skipped, loudly.
 *   hostile: peer IDs made to break out of a label or a statement must stay
 *            text: DOT keeps exactly the generated nodes, Mermaid exactly the
 *            generated participants and one statement per line written.
 *   correlate: the two logs of a lab pair are matched, SA with SA. */
#include "correlate.h"
#include "plutolog.h"

#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define DIR PL_SRCDIR "/tests/diagrams"
#define LAB PL_SRCDIR "/corpus/lab"
#define MMD_CHECK PL_SRCDIR "/tests/mermaid/check.js"
#define MMD_MODULES PL_SRCDIR "/tests/mermaid/node_modules/mermaid"

static void skip_loudly(const char *why) {
  g_printerr("\n##########  SKIPPED: %s  ##########\n", why);
  g_test_skip(why);
}

static bool have_dot(void) {
  char *p = g_find_program_in_path("dot");
  g_free(p);
  return p != NULL;
}

static bool have_mermaid(void) {
  char *p = g_find_program_in_path("node");
  g_free(p);
  return p && g_file_test(MMD_MODULES, G_FILE_TEST_IS_DIR);
}

/* Reads the inputs (paths) into one analysis, as `plutolog a b` does. */
static pl_analysis *analyse(const char *const *paths, const char *const *names) {
  pl_analysis *a = pl_analysis_new();
  for (int i = 0; paths[i]; i++) {
    char *buf = NULL;
    gsize n = 0;
    GError *err = NULL;
    if (!g_file_get_contents(paths[i], &buf, &n, &err)) g_error("%s", err->message);
    guint32 s = pl_analysis_add_source(a, names[i]);
    pl_analysis_feed_bytes(a, s, buf, n);
    g_free(buf);
  }
  pl_analysis_finish(a);
  return a;
}

static char *render(pl_analysis *a, bool dot) {
  pl_output_opts o = {.lang = "en"};
  GString *out = g_string_new(NULL);
  if (dot) pl_fmt_dot(a, &o, out);
  else pl_fmt_mermaid(a, &o, out);
  return g_string_free(out, FALSE);
}

/* Runs argv with `input` on stdin; returns the exit status, stdout, stderr. */
static int run(const char *const *argv, const char *input, char **out, char **err) {
  char *tmp = NULL;
  GError *e = NULL;
  int fd = g_file_open_tmp("plutolog-diagram-XXXXXX", &tmp, &e);
  g_assert_no_error(e);
  g_assert_true(g_file_set_contents(tmp, input, -1, &e));
  close(fd);
  GPtrArray *args = g_ptr_array_new();
  for (int i = 0; argv[i]; i++) g_ptr_array_add(args, (char *) (strcmp(argv[i], "@") ? argv[i] : tmp));
  g_ptr_array_add(args, NULL);
  int status = -1;
  g_assert_true(g_spawn_sync(NULL, (char **) args->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, out, err,
                             &status, &e));
  g_assert_no_error(e);
  g_ptr_array_unref(args);
  unlink(tmp);
  g_free(tmp);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 255;
}

static void check_dot_renders(const char *dot) {
  if (!have_dot()) {
    skip_loudly("graphviz `dot` not installed: DOT output not rendered (apt-get install graphviz)");
    return;
  }
  char *out = NULL, *err = NULL;
  const char *argv[] = {"dot", "-Tsvg", "@", NULL};
  int rc = run(argv, dot, &out, &err);
  if (rc != 0 || (err && *err)) g_printerr("dot -Tsvg said (exit %d):\n%s\n", rc, err);
  g_assert_cmpint(rc, ==, 0);
  g_assert_cmpstr(err, ==, "");
  g_free(out), g_free(err);
}

static void check_mermaid_parses(const char *mmd) {
  if (!have_mermaid()) {
    skip_loudly("Mermaid parser not installed: run `npm ci` (or `npm install`) in tests/mermaid");
    return;
  }
  char *out = NULL, *err = NULL;
  const char *argv[] = {"node", MMD_CHECK, "@", NULL};
  int rc = run(argv, mmd, &out, &err);
  if (rc != 0) g_printerr("check.js said:\n%s\n--- input ---\n%s\n", err, mmd);
  g_assert_cmpint(rc, ==, 0);
  g_free(out), g_free(err);
}

static void golden_compare(const char *name, const char *ext, const char *got) {
  char *path = g_strdup_printf("%s/%s.%s", DIR, name, ext);
  if (g_getenv("PLUTOLOG_UPDATE")) {
    GError *e = NULL;
    g_assert_true(g_file_set_contents(path, got, -1, &e));
    g_printerr("updated %s\n", path);
    g_free(path);
    return;
  }
  char *want = NULL;
  if (!g_file_get_contents(path, &want, NULL, NULL)) {
    g_printerr("missing golden %s (run with PLUTOLOG_UPDATE=1 to create it)\n", path);
    g_assert_not_reached();
  }
  if (strcmp(want, got)) {
    char *tmp = g_strdup_printf("%s/plutolog-got-%s.%s", g_get_tmp_dir(), name, ext);
    g_file_set_contents(tmp, got, -1, NULL);
    char *diff = NULL;
    const char *argv[] = {"diff", "-u", path, tmp, NULL};
    g_spawn_sync(NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &diff, NULL, NULL, NULL);
    g_printerr("%s differs from the output (PLUTOLOG_UPDATE=1 rewrites it):\n%s\n", path, diff ? diff : "");
    g_free(diff);
    g_free(tmp);
  }
  g_assert_cmpstr(got, ==, want);
  g_free(want);
  g_free(path);
}

/* ---- golden cases ------------------------------------------------------ */

typedef struct {
  const char *name;
  const char *lab; /* lab scenario (both logs), or NULL for DIR/<name>.log */
} gcase;

static const gcase cases[] = {
    {"guide-main-initiator", NULL},
    {"guide-main-responder", NULL},
    {"guide-p1-proposal-responder", NULL},
    {"guide-p2-proposal-initiator", NULL},
    {"guide-timeout-initiator", NULL},
    {"guide-psk-responder", NULL},
    {"guide-id-responder", NULL},
    {"guide-ikev2", NULL},
    {"lab-ikev1-main-ok", "ikev1-main-ok"},
    {"lab-ikev1-psk-mismatch", "ikev1-psk-mismatch"},
    {"lab-ikev2-ts-mismatch", "ikev2-ts-mismatch"},
};

static pl_analysis *case_analysis(const gcase *c, bool *skipped) {
  *skipped = false;
  if (c->lab) {
    char *w = g_strdup_printf("%s/%s/west.log", LAB, c->lab);
    char *e = g_strdup_printf("%s/%s/east.log", LAB, c->lab);
    if (!g_file_test(w, G_FILE_TEST_EXISTS) || !g_file_test(e, G_FILE_TEST_EXISTS)) {
      char *why = g_strdup_printf("lab logs corpus/lab/%s missing (make lab)", c->lab);
      skip_loudly(why);
      g_free(why), g_free(w), g_free(e);
      *skipped = true;
      return NULL;
    }
    const char *paths[] = {w, e, NULL}, *names[] = {"west.log", "east.log", NULL};
    pl_analysis *a = analyse(paths, names);
    g_free(w), g_free(e);
    return a;
  }
  char *p = g_strdup_printf("%s/%s.log", DIR, c->name);
  char *n = g_strdup_printf("%s.log", c->name);
  const char *paths[] = {p, NULL}, *names[] = {n, NULL};
  pl_analysis *a = analyse(paths, names);
  g_free(p), g_free(n);
  return a;
}

static void test_golden_dot(gconstpointer data) {
  const gcase *c = data;
  bool skipped;
  pl_analysis *a = case_analysis(c, &skipped);
  if (skipped) return;
  char *dot = render(a, true);
  golden_compare(c->name, "dot", dot);
  check_dot_renders(dot);
  g_free(dot);
  pl_analysis_free(a);
}

static void test_golden_mermaid(gconstpointer data) {
  const gcase *c = data;
  bool skipped;
  pl_analysis *a = case_analysis(c, &skipped);
  if (skipped) return;
  char *mmd = render(a, false);
  golden_compare(c->name, "mmd", mmd);
  check_mermaid_parses(mmd);
  g_free(mmd);
  pl_analysis_free(a);
}

/* ---- hostile IDs ------------------------------------------------------- */

static const char *const hostile[] = {
    "@x\"];evil[label=\"pwn",
    "@back\\slash\\l\\N\\",
    "@semi;colon#35;hash#",
    "@end",
    "end",
    "@a-->>b: injected",
    "@]]>]]}}%%{init: {\"theme\":\"dark\"}}%%",
    "@x\r\nparticipant Z as evil",
    "@<script>alert(1)</script>&amp;",
    "@x\" -> evil; evil [label=\"",
    "@}subgraph cluster_x{evil}",
    "@Note over H1: injected",
};

static char *hostile_log(const char *id) {
  GString *g = g_string_new(NULL);
  g_string_append(g, "Nov 27 10:00:01 east pluto[100]: \"test\" #1: responding to Main Mode\n"
                     "Nov 27 10:00:02 east pluto[100]: \"test\" #1: sent Main Mode R1\n"
                     "Nov 27 10:00:03 east pluto[100]: \"test\" #1: sent Main Mode R2\n");
  g_string_append_printf(g, "Nov 27 10:00:04 east pluto[100]: \"test\" #1: Peer ID is ID_FQDN: '%s'\n", id);
  g_string_append_printf(g,
                         "Nov 27 10:00:05 east pluto[100]: \"test\" #1: Peer ID '%s' mismatched "
                         "on first found connection and no better connection found\n",
                         id);
  g_string_append(g, "Nov 27 10:00:06 east pluto[100]: \"test\" #1: sending encrypted "
                     "notification INVALID_ID_INFORMATION to 192.0.2.45:500\n");
  return g_string_free(g, FALSE);
}

static pl_analysis *hostile_analysis(const char *id) {
  char *log = hostile_log(id);
  pl_analysis *a = pl_analysis_new();
  guint32 s = pl_analysis_add_source(a, "hostile.log");
  pl_analysis_feed_bytes(a, s, log, strlen(log));
  pl_analysis_finish(a);
  g_free(log);
  return a;
}

static void test_hostile_dot(gconstpointer data) {
  const char *id = data;
  pl_analysis *a = hostile_analysis(id);
  char *dot = render(a, true);
  g_assert_nonnull(strstr(dot, "digraph"));
  /* every raw '"' of the ID arrives escaped */
  g_assert_null(strstr(dot, "@x\"]"));
  if (!have_dot()) {
    skip_loudly("graphviz `dot` not installed: hostile DOT not parsed (apt-get install graphviz)");
  } else {
    check_dot_renders(dot);
    /* every node dot knows is one we generated */
    char *out = NULL, *err = NULL;
    const char *argv[] = {"dot", "-Tplain", "@", NULL};
    g_assert_cmpint(run(argv, dot, &out, &err), ==, 0);
    GRegex *ok = g_regex_new("^(s[0-9]+_([nlmpq][0-9]+|legend)|empty)$", 0, 0, NULL);
    gchar **lines = g_strsplit(out, "\n", -1);
    int nodes = 0;
    for (gchar **l = lines; *l; l++) {
      if (!g_str_has_prefix(*l, "node ")) continue;
      char *name = g_strndup(*l + 5, strcspn(*l + 5, " "));
      if (!g_regex_match(ok, name, 0, NULL)) g_printerr("injected node: %s\n", name);
      g_assert_true(g_regex_match(ok, name, 0, NULL));
      g_free(name);
      nodes++;
    }
    g_assert_cmpint(nodes, >, 5);
    g_strfreev(lines);
    g_regex_unref(ok);
    g_free(out), g_free(err);
  }
  g_free(dot);
  pl_analysis_free(a);
}

static void test_hostile_mermaid(gconstpointer data) {
  const char *id = data;
  pl_analysis *a = hostile_analysis(id);
  char *mmd = render(a, false);
  /* one statement per line; none starts with log text */
  gchar **lines = g_strsplit(mmd, "\n", -1);
  int statements = 0;
  GRegex *stmt = g_regex_new("^(sequenceDiagram|  participant H[0-9]+ as |  Note (over|left of|right "
                             "of) H[0-9]+(,H[0-9]+)?: |  (  )?H[0-9]+(->>|-->>|-x|--x)H[0-9]+: "
                             "|  loop |  end$|$)",
                             0, 0, NULL);
  /* what we write ourselves: entity codes and line breaks */
  GRegex *ours = g_regex_new("#[0-9]+;|<br/>", 0, 0, NULL);
  for (gchar **l = lines; *l; l++) {
    if (!g_regex_match(stmt, *l, 0, NULL)) g_printerr("unexpected line: %s\n", *l);
    g_assert_true(g_regex_match(stmt, *l, 0, NULL));
    /* text never carries what Mermaid would read */
    const char *colon = strstr(*l, ": ");
    if (colon) {
      char *bare = g_regex_replace(ours, colon + 2, -1, 0, "", 0, NULL);
      if (strpbrk(bare, ";#\"<>%\r")) g_printerr("raw Mermaid syntax in: %s\n", *l);
      g_assert_null(strpbrk(bare, ";#\"<>%\r"));
      g_free(bare);
    }
    if (**l && !g_str_has_prefix(*l, "sequenceDiagram") && !strstr(*l, "participant")) statements++;
  }
  g_strfreev(lines);
  g_regex_unref(stmt);
  g_regex_unref(ours);
  if (!have_mermaid()) {
    skip_loudly("Mermaid parser not installed: run `npm ci` (or `npm install`) in tests/mermaid");
  } else {
    char *out = NULL, *err = NULL;
    const char *argv[] = {"node", MMD_CHECK, "--print", "@", NULL};
    int rc = run(argv, mmd, &out, &err);
    if (rc) g_printerr("check.js: %s\n%s\n", err, mmd);
    g_assert_cmpint(rc, ==, 0);
    /* the parser saw our participants and exactly our statements */
    int parts = 0, msgs = 0;
    gchar **pl = g_strsplit(out, "\n", -1);
    for (gchar **l = pl; *l; l++) {
      if (g_str_has_prefix(*l, "{\"participant\":\"H")) parts++;
      else if (g_str_has_prefix(*l, "{\"participant\"")) {
        g_printerr("injected participant: %s\n", *l);
        g_assert_not_reached();
      } else if (g_str_has_prefix(*l, "{\"type\"")) msgs++;
    }
    g_strfreev(pl);
    g_assert_cmpint(parts, ==, 2);
    g_assert_cmpint(msgs, ==, statements);
    g_free(out), g_free(err);
  }
  g_free(mmd);
  pl_analysis_free(a);
}

/* ---- escaping ---------------------------------------------------------- */

static void test_escape_dot(void) {
  GString *g = g_string_new(NULL);
  pl_dot_escape(g, "a\"b\\c\nd\re\x01"
                   "f\xff");
  g_assert_cmpstr(g->str, ==,
                  "a\\\"b\\\\c\\nde"
                  "f\xef\xbf\xbd");
  g_string_free(g, TRUE);
}

static void test_escape_mermaid(void) {
  GString *g = g_string_new(NULL);
  pl_mermaid_escape(g, "a;b#c:d\"e<f>g%h\ni end -->> x");
  g_assert_cmpstr(g->str, ==, "a#59;b#35;c#58;d#34;e#60;f#62;g#37;h i end --#62;#62; x");
  g_string_free(g, TRUE);
}

/* ---- correlation ------------------------------------------------------- */

static void test_correlate_lab(void) {
  char *w = g_strdup_printf("%s/ikev1-main-ok/west.log", LAB);
  char *e = g_strdup_printf("%s/ikev1-main-ok/east.log", LAB);
  if (!g_file_test(w, G_FILE_TEST_EXISTS) || !g_file_test(e, G_FILE_TEST_EXISTS)) {
    skip_loudly("lab logs corpus/lab/ikev1-main-ok missing (make lab)");
    g_free(w), g_free(e);
    return;
  }
  const char *paths[] = {w, e, NULL}, *names[] = {"west.log", "east.log", NULL};
  pl_analysis *a = analyse(paths, names);
  pl_correlation *c = pl_correlation_compute(a);
  g_assert_cmpuint(c->pairs->len, ==, 1);
  const pl_conn_match *m = c->pairs->pdata[0];
  g_assert_nonnull(strstr(m->by, "msgid"));
  /* IKE SA #1 with #1, Quick Mode #2 with #2 */
  g_assert_cmpuint(m->sas->len, >=, 2);
  bool child = false;
  for (guint i = 0; i < m->sas->len; i++) {
    const pl_sa_match *s = &g_array_index(m->sas, pl_sa_match, i);
    g_assert_cmpint(s->a->is_ike, ==, s->b->is_ike);
    if (!s->a->is_ike) {
      child = true;
      g_assert_cmpstr(s->by, ==, "msgid");
    }
  }
  g_assert_true(child);
  /* JSON member */
  JsonBuilder *b = json_builder_new();
  json_builder_begin_object(b);
  pl_correlation_json(a, b);
  json_builder_end_object(b);
  JsonNode *root = json_builder_get_root(b);
  JsonArray *arr = json_object_get_array_member(json_node_get_object(root), "correlation");
  g_assert_cmpuint(json_array_get_length(arr), ==, 1);
  json_node_unref(root);
  g_object_unref(b);
  pl_correlation_free(c);
  pl_analysis_free(a);
  g_free(w), g_free(e);
}

/* SPIs seen inverted on the two sides match the Child SAs. */
static void test_correlate_spi(void) {
  static const char west[] =
      "Nov 27 10:00:01 west pluto[1]: \"a\" #1: initiating IKEv1 Main Mode connection\n"
      "Nov 27 10:00:01 west pluto[1]: \"a\" #1: sent Main Mode request\n"
      "Nov 27 10:00:02 west pluto[1]: \"a\" #1: IKE SA established {auth=PRESHARED_KEY "
      "cipher=AES_CBC_128 integ=HMAC_SHA2_256 group=MODP1024}\n"
      "Nov 27 10:00:03 west pluto[1]: \"a\" #2: IPsec SA established tunnel mode "
      "{ESP=>0x9d188d43 <0xaa47b62d xfrm=AES_CBC_128-HMAC_SHA2_256_128 DPD=active}\n";
  static const char east[] =
      "Nov 27 10:00:01 east pluto[2]: \"b\" #5: responding to Main Mode\n"
      "Nov 27 10:00:02 east pluto[2]: \"b\" #5: IKE SA established {auth=PRESHARED_KEY "
      "cipher=AES_CBC_128 integ=HMAC_SHA2_256 group=MODP1024}\n"
      "Nov 27 10:00:03 east pluto[2]: \"b\" #6: IPsec SA established tunnel mode "
      "{ESP=>0xaa47b62d <0x9d188d43 xfrm=AES_CBC_128-HMAC_SHA2_256_128 DPD=active}\n";
  pl_analysis *a = pl_analysis_new();
  pl_analysis_feed_bytes(a, pl_analysis_add_source(a, "west.log"), west, sizeof west - 1);
  pl_analysis_feed_bytes(a, pl_analysis_add_source(a, "east.log"), east, sizeof east - 1);
  pl_analysis_finish(a);
  pl_correlation *c = pl_correlation_compute(a);
  g_assert_cmpuint(c->pairs->len, ==, 1);
  const pl_conn_match *m = c->pairs->pdata[0];
  g_assert_nonnull(strstr(m->by, "spi"));
  bool spi = false;
  for (guint i = 0; i < m->sas->len; i++) {
    const pl_sa_match *s = &g_array_index(m->sas, pl_sa_match, i);
    if (!strcmp(s->by, "spi")) {
      spi = true;
      g_assert_cmpint(s->a->serial + s->b->serial, ==, 8);
    }
  }
  g_assert_true(spi);
  pl_correlation_free(c);
  pl_analysis_free(a);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  for (gsize i = 0; i < G_N_ELEMENTS(cases); i++) {
    char *p = g_strdup_printf("/diagrams/golden/dot/%s", cases[i].name);
    g_test_add_data_func(p, &cases[i], test_golden_dot);
    g_free(p);
    p = g_strdup_printf("/diagrams/golden/mermaid/%s", cases[i].name);
    g_test_add_data_func(p, &cases[i], test_golden_mermaid);
    g_free(p);
  }
  for (gsize i = 0; i < G_N_ELEMENTS(hostile); i++) {
    char *p = g_strdup_printf("/diagrams/hostile/dot/%zu", i);
    g_test_add_data_func(p, hostile[i], test_hostile_dot);
    g_free(p);
    p = g_strdup_printf("/diagrams/hostile/mermaid/%zu", i);
    g_test_add_data_func(p, hostile[i], test_hostile_mermaid);
    g_free(p);
  }
  g_test_add_func("/diagrams/escape/dot", test_escape_dot);
  g_test_add_func("/diagrams/escape/mermaid", test_escape_mermaid);
  g_test_add_func("/diagrams/correlate/lab-ikev1-main-ok", test_correlate_lab);
  g_test_add_func("/diagrams/correlate/spi", test_correlate_spi);
  return g_test_run();
}
