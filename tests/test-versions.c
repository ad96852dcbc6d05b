/* test-versions — SA linking across pluto's wordings, one golden table per
 * version family.  Each fixture in corpus/versions/ (written for these tests
 * from the wording in docs/pluto-messages.md, with documentation addresses)
 * holds both peers' logs: "west" initiates, "east" responds, an IKEv1
 * connection "v1net" (Main + Quick Mode, phase-1 and phase-2 replace,
 * delete) and an IKEv2 connection "v2net" (IKE_SA_INIT/IKE_AUTH, Child SA,
 * CREATE_CHILD_SA rekey where the version has one, delete).
 *
 * For every SA the table fixes: kind (IKE or Child), parent, replaces,
 * role, established, deleted and last_state.  Links that the log never
 * states (2.6/v3 IKEv2 children, pre-v5 Quick Mode responders) are the
 * timeline's inference: the newest IKE SA of the same connection and
 * process; an IKE SA whose child was established counts as established. */
#include "plutolog.h"

#include <string.h>

typedef struct {
  const char *host, *conn;
  gint64 serial;
  bool is_ike;
  gint64 parent, replaces;
  pl_role role;
  bool established, deleted;
  const char *last_state;
} sa_row;

static const sa_row rows_openswan_2_6[] = {
    {"west", "v1net", 1, true, 0, 0, PL_ROLE_INITIATOR, true, true, "STATE_MAIN_I4"},
    {"west", "v1net", 2, false, 1, 0, PL_ROLE_INITIATOR, true, true, "STATE_QUICK_I2"},
    {"west", "v1net", 3, true, 0, 1, PL_ROLE_INITIATOR, true, false, "STATE_MAIN_I4"},
    {"west", "v1net", 4, false, 3, 2, PL_ROLE_INITIATOR, true, false, "STATE_QUICK_I2"},
    {"east", "v1net", 1, true, 0, 0, PL_ROLE_RESPONDER, true, true, "STATE_MAIN_R3"},
    {"east", "v1net", 2, false, 1, 0, PL_ROLE_RESPONDER, true, true, "STATE_QUICK_R2"},
    {"west", "v2net", 5, true, 0, 0, PL_ROLE_INITIATOR, true, true, "STATE_PARENT_I2"},
    {"west", "v2net", 6, false, 5, 0, PL_ROLE_INITIATOR, true, true, "STATE_PARENT_I3"},
    {"west", "v2net", 7, true, 0, 5, PL_ROLE_INITIATOR, true, false, "STATE_PARENT_I1"},
    {"west", "v2net", 8, false, 7, 0, PL_ROLE_INITIATOR, true, false, "STATE_PARENT_I3"},
    {"east", "v2net", 3, true, 0, 0, PL_ROLE_RESPONDER, true, false, "STATE_PARENT_R1"},
    {"east", "v2net", 4, false, 3, 0, PL_ROLE_RESPONDER, true, false, "STATE_PARENT_R2"},
    {NULL}};
static const sa_row rows_libreswan_3_20[] = {
    {"west", "v1net", 1, true, 0, 0, PL_ROLE_INITIATOR, true, true, "STATE_MAIN_I4"},
    {"west", "v1net", 2, false, 1, 0, PL_ROLE_INITIATOR, true, true, "STATE_QUICK_I2"},
    {"west", "v1net", 3, true, 0, 1, PL_ROLE_INITIATOR, true, false, "STATE_MAIN_I4"},
    {"west", "v1net", 4, false, 3, 2, PL_ROLE_INITIATOR, true, false, "STATE_QUICK_I2"},
    {"east", "v1net", 1, true, 0, 0, PL_ROLE_RESPONDER, true, true, "STATE_MAIN_R3"},
    {"east", "v1net", 2, false, 1, 0, PL_ROLE_RESPONDER, true, true, "STATE_QUICK_R2"},
    {"west", "v2net", 5, true, 0, 0, PL_ROLE_INITIATOR, true, true, "STATE_PARENT_I3"},
    {"west", "v2net", 6, false, 5, 0, PL_ROLE_INITIATOR, true, true, "STATE_V2_IPSEC_I"},
    {"west", "v2net", 7, false, 5, 0, PL_ROLE_INITIATOR, true, true, "STATE_V2_IPSEC_I"},
    {"east", "v2net", 3, true, 0, 0, PL_ROLE_RESPONDER, true, true, "STATE_PARENT_R2"},
    {"east", "v2net", 4, false, 3, 0, PL_ROLE_RESPONDER, true, true, "STATE_V2_IPSEC_R"},
    {NULL}};
static const sa_row rows_libreswan_3_32[] = {
    {"west", "v1net", 1, true, 0, 0, PL_ROLE_INITIATOR, true, true, "STATE_MAIN_I4"},
    {"west", "v1net", 2, false, 1, 0, PL_ROLE_INITIATOR, true, true, "STATE_QUICK_I2"},
    {"west", "v1net", 3, true, 0, 1, PL_ROLE_INITIATOR, true, false, "STATE_MAIN_I4"},
    {"west", "v1net", 4, false, 3, 2, PL_ROLE_INITIATOR, true, false, "STATE_QUICK_I2"},
    {"east", "v1net", 1, true, 0, 0, PL_ROLE_RESPONDER, true, true, "STATE_MAIN_R3"},
    {"east", "v1net", 2, false, 1, 0, PL_ROLE_RESPONDER, true, true, "STATE_QUICK_R2"},
    {"west", "v2net", 5, true, 0, 0, PL_ROLE_INITIATOR, true, true, "STATE_PARENT_I3"},
    {"west", "v2net", 6, false, 5, 0, PL_ROLE_INITIATOR, true, true, "STATE_V2_IPSEC_I"},
    {"west", "v2net", 7, false, 5, 6, PL_ROLE_INITIATOR, true, true, "STATE_V2_IPSEC_I"},
    {"east", "v2net", 3, true, 0, 0, PL_ROLE_RESPONDER, true, true, "STATE_PARENT_R2"},
    {"east", "v2net", 4, false, 3, 0, PL_ROLE_RESPONDER, true, true, "STATE_V2_IPSEC_R"},
    {NULL}};
static const sa_row rows_libreswan_4[] = {
    {"west", "v1net", 1, true, 0, 0, PL_ROLE_INITIATOR, true, true, "STATE_MAIN_I4"},
    {"west", "v1net", 2, false, 1, 0, PL_ROLE_INITIATOR, true, true, "STATE_QUICK_I2"},
    {"west", "v1net", 3, true, 0, 1, PL_ROLE_INITIATOR, true, false, "STATE_MAIN_I4"},
    {"west", "v1net", 4, false, 3, 2, PL_ROLE_INITIATOR, true, false, "STATE_QUICK_I2"},
    {"east", "v1net", 1, true, 0, 0, PL_ROLE_RESPONDER, true, true, "STATE_MAIN_R3"},
    {"east", "v1net", 2, false, 1, 0, PL_ROLE_RESPONDER, true, true, "STATE_QUICK_R2"},
    {"west", "v2net", 5, true, 0, 0, PL_ROLE_INITIATOR, true, true, "STATE_V2_ESTABLISHED_IKE_SA"},
    {"west", "v2net", 6, false, 5, 0, PL_ROLE_INITIATOR, true, true, "STATE_V2_ESTABLISHED_CHILD_SA"},
    {"west", "v2net", 7, false, 5, 6, PL_ROLE_INITIATOR, true, true, "STATE_V2_ESTABLISHED_CHILD_SA"},
    {"west", "v2net", 8, true, 0, 5, PL_ROLE_INITIATOR, true, true, "STATE_V2_ESTABLISHED_IKE_SA"},
    {"east", "v2net", 3, true, 0, 0, PL_ROLE_RESPONDER, true, true, "STATE_V2_ESTABLISHED_IKE_SA"},
    {"east", "v2net", 4, false, 3, 0, PL_ROLE_RESPONDER, true, true, "STATE_V2_ESTABLISHED_CHILD_SA"},
    {NULL}};
static const sa_row rows_libreswan_5_0[] = {
    {"west", "v1net", 1, true, 0, 0, PL_ROLE_INITIATOR, true, true, "MAIN_I4"},
    {"west", "v1net", 2, false, 1, 0, PL_ROLE_INITIATOR, true, true, "QUICK_I2"},
    {"west", "v1net", 3, true, 0, 1, PL_ROLE_INITIATOR, true, false, "STATE_MAIN_I4"},
    {"west", "v1net", 4, false, 3, 2, PL_ROLE_INITIATOR, true, false, "STATE_QUICK_I2"},
    {"east", "v1net", 1, true, 0, 0, PL_ROLE_RESPONDER, true, true, "MAIN_R3"},
    {"east", "v1net", 2, false, 1, 0, PL_ROLE_RESPONDER, true, true, "QUICK_R2"},
    {"west", "v2net", 5, true, 0, 0, PL_ROLE_INITIATOR, true, true, "ESTABLISHED_IKE_SA"},
    {"west", "v2net", 6, false, 5, 0, PL_ROLE_INITIATOR, true, true, "STATE_V2_ESTABLISHED_CHILD_SA"},
    {"west", "v2net", 7, false, 5, 6, PL_ROLE_INITIATOR, true, true, "STATE_V2_ESTABLISHED_CHILD_SA"},
    {"west", "v2net", 8, true, 0, 5, PL_ROLE_INITIATOR, true, true, "STATE_V2_ESTABLISHED_IKE_SA"},
    {"east", "v2net", 3, true, 0, 0, PL_ROLE_RESPONDER, true, true, "ESTABLISHED_IKE_SA"},
    {"east", "v2net", 4, false, 3, 0, PL_ROLE_RESPONDER, true, true, "ESTABLISHED_CHILD_SA"},
    {NULL}};
static const sa_row rows_libreswan_5_4[] = {
    {"west", "v1net", 1, true, 0, 0, PL_ROLE_INITIATOR, true, true, "MAIN_I4"},
    {"west", "v1net", 2, false, 1, 0, PL_ROLE_INITIATOR, true, true, "QUICK_I2"},
    {"west", "v1net", 3, true, 0, 1, PL_ROLE_INITIATOR, true, false, "STATE_MAIN_I4"},
    {"west", "v1net", 4, false, 3, 2, PL_ROLE_INITIATOR, true, false, "STATE_QUICK_I2"},
    {"east", "v1net", 1, true, 0, 0, PL_ROLE_RESPONDER, true, true, "MAIN_R3"},
    {"east", "v1net", 2, false, 1, 0, PL_ROLE_RESPONDER, true, true, "QUICK_R2"},
    {"west", "v2net", 5, true, 0, 0, PL_ROLE_INITIATOR, true, true, "ESTABLISHED_IKE_SA"},
    {"west", "v2net", 6, false, 5, 0, PL_ROLE_INITIATOR, true, true, "STATE_V2_ESTABLISHED_CHILD_SA"},
    {"west", "v2net", 7, false, 5, 6, PL_ROLE_INITIATOR, true, true, "STATE_V2_ESTABLISHED_CHILD_SA"},
    {"west", "v2net", 8, true, 0, 5, PL_ROLE_INITIATOR, true, true, "STATE_V2_ESTABLISHED_IKE_SA"},
    {"west", "v2net", 9, true, 0, 0, PL_ROLE_INITIATOR, false, true, "IKE_SA_INIT_I"},
    {"east", "v2net", 3, true, 0, 0, PL_ROLE_RESPONDER, true, true, "ESTABLISHED_IKE_SA"},
    {"east", "v2net", 4, false, 3, 0, PL_ROLE_RESPONDER, true, true, "ESTABLISHED_CHILD_SA"},
    {NULL}};

typedef struct {
  const char *file;
  const sa_row *rows;
} fixture;

static const fixture fixtures[] = {
    {"openswan-2.6.log", rows_openswan_2_6},     {"libreswan-3.20.log", rows_libreswan_3_20},
    {"libreswan-3.32.log", rows_libreswan_3_32}, {"libreswan-4.log", rows_libreswan_4},
    {"libreswan-5.0.log", rows_libreswan_5_0},   {"libreswan-5.4.log", rows_libreswan_5_4},
};

static pl_analysis *analyse_file(const char *name) {
  char *path = g_build_filename(PL_SRCDIR, "corpus", "versions", name, NULL);
  char *buf = NULL;
  gsize len = 0;
  GError *err = NULL;
  if (!g_file_get_contents(path, &buf, &len, &err)) g_error("%s: %s", path, err->message);
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  guint32 src = pl_analysis_add_source(a, name);
  g_assert_true(pl_analysis_feed_bytes(a, src, buf, len));
  pl_analysis_finish(a);
  g_free(buf);
  g_free(path);
  return a;
}

static pl_conn *find_conn(pl_analysis *a, const char *host, const char *name) {
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *c = a->conns->pdata[i];
    if (!g_strcmp0(c->host, host) && !g_strcmp0(c->name, name)) return c;
  }
  return NULL;
}

/* every line is a recognised pluto line, and the accounting adds up */
static void test_lines(gconstpointer data) {
  const fixture *fx = data;
  pl_analysis *a = analyse_file(fx->file);
  const pl_stats *st = &a->stats;
  g_assert_cmpuint(st->lines, >, 40);
  g_assert_cmpuint(st->lines, ==, st->pluto + st->other);
  g_assert_cmpuint(st->pluto, ==, st->recognised + st->unrecognised + st->debug);
  g_assert_cmpuint(st->unrecognised, ==, 0);
  g_assert_cmpuint(st->kinds[PL_EV_IKE_ESTABLISHED] + st->kinds[PL_EV_CHILD_ESTABLISHED], >, 0);
  pl_analysis_free(a);
}

/* the SA table, row by row, and no SA the table does not name */
static void test_sas(gconstpointer data) {
  const fixture *fx = data;
  pl_analysis *a = analyse_file(fx->file);
  guint want = 0;
  for (const sa_row *r = fx->rows; r->host; r++, want++) {
    g_test_message("%s %s #%" G_GINT64_FORMAT, r->host, r->conn, r->serial);
    pl_conn *c = find_conn(a, r->host, r->conn);
    g_assert_nonnull(c);
    pl_sa *sa = pl_conn_find_sa(c, r->serial);
    g_assert_nonnull(sa);
    g_assert_true(sa->kind_known);
    g_assert_cmpstr(sa->is_ike ? "ike" : "child", ==, r->is_ike ? "ike" : "child");
    g_assert_cmpint(sa->parent, ==, r->parent);
    g_assert_cmpint(sa->replaces, ==, r->replaces);
    g_assert_cmpstr(pl_role_name(sa->role), ==, pl_role_name(r->role));
    g_assert_cmpint(sa->established, ==, r->established);
    g_assert_cmpint(sa->deleted, ==, r->deleted);
    g_assert_cmpstr(sa->last_state, ==, r->last_state);
    g_assert_cmpint(sa->ike_version, ==, strcmp(r->conn, "v1net") ? 2 : 1);
  }
  guint have = 0;
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *c = a->conns->pdata[i];
    if (c->name && (!strcmp(c->name, "v1net") || !strcmp(c->name, "v2net"))) have += c->sas->len;
  }
  g_assert_cmpuint(have, ==, want);
  pl_analysis_free(a);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  for (gsize i = 0; i < G_N_ELEMENTS(fixtures); i++) {
    char *base = g_strndup(fixtures[i].file, strlen(fixtures[i].file) - 4);
    char *p1 = g_strdup_printf("/versions/%s/lines", base);
    char *p2 = g_strdup_printf("/versions/%s/sas", base);
    g_test_add_data_func(p1, &fixtures[i], test_lines);
    g_test_add_data_func(p2, &fixtures[i], test_sas);
    g_free(p1);
    g_free(p2);
    g_free(base);
  }
  return g_test_run();
}
