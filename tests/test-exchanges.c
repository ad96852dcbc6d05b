/* The exchanges and roles of the model (include/exchanges.def,
 * include/roles.def, src/core/exchanges.c): every row has a name of its own
 * that reads back to it, pluto's name and the mode come from the row, and
 * what the timeline, the diagrams and the diagnosis ask of an exchange (is
 * it a child's, which mode does its SA get) holds for the exchanges the
 * grammar writes.  Lines through the whole analysis then give SAs and
 * connections the enums, written by their JSON names. */
#include <string.h>

#include "plutolog.h"

static void test_exchange_rows(void) {
  g_assert_null(pl_exchange_name(PL_EXCHANGE_NONE));
  g_assert_null(pl_exchange_pluto_name(PL_EXCHANGE_NONE));
  g_assert_null(pl_exchange_name(PL_EXCHANGE_N));
  g_assert_cmpint(PL_EXCHANGE_N, >=, 10);
  GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
  for (int x = PL_EXCHANGE_NONE + 1; x < PL_EXCHANGE_N; x++) {
    const char *n = pl_exchange_name(x);
    g_assert_nonnull(n);
    g_assert_cmpuint(strlen(n), >, 0);
    g_assert_false(g_hash_table_contains(seen, n));
    g_hash_table_add(seen, (gpointer) n);
    g_assert_cmpint(pl_exchange_of(n), ==, x);
    g_assert_nonnull(pl_exchange_pluto_name(x));
    /* the mode of an SA is a row, and a mode is its own mode */
    pl_exchange m = pl_exchange_mode(x);
    g_assert_cmpint(m, >, PL_EXCHANGE_NONE);
    g_assert_cmpint(m, <, PL_EXCHANGE_N);
    g_assert_cmpint(pl_exchange_mode(m), ==, m);
  }
  g_hash_table_destroy(seen);
  g_assert_cmpint(pl_exchange_of(NULL), ==, PL_EXCHANGE_NONE);
  g_assert_cmpint(pl_exchange_of(""), ==, PL_EXCHANGE_NONE);
  g_assert_cmpint(pl_exchange_of("Main"), ==, PL_EXCHANGE_NONE);
  g_assert_cmpint(pl_exchange_of("mai"), ==, PL_EXCHANGE_NONE);
  g_assert_cmpint(pl_exchange_of("main "), ==, PL_EXCHANGE_NONE);
}

static void test_exchange_facts(void) {
  /* the names the JSON and the grammar use */
  g_assert_cmpstr(pl_exchange_name(PL_EXCHANGE_MAIN), ==, "main");
  g_assert_cmpstr(pl_exchange_name(PL_EXCHANGE_IKE_SA_INIT), ==, "ike_sa_init");
  g_assert_cmpstr(pl_exchange_name(PL_EXCHANGE_IKEV2), ==, "ikev2");
  /* as pluto's messages name them; otherwise the JSON name */
  g_assert_cmpstr(pl_exchange_pluto_name(PL_EXCHANGE_AGGRESSIVE), ==, "Aggressive Mode");
  g_assert_cmpstr(pl_exchange_pluto_name(PL_EXCHANGE_CREATE_CHILD_SA), ==, "CREATE_CHILD_SA");
  g_assert_cmpstr(pl_exchange_pluto_name(PL_EXCHANGE_INFORMATIONAL), ==, "informational");
  /* a child's exchange: Quick Mode, CREATE_CHILD_SA, a child the line does not name */
  static const pl_exchange child[] = {PL_EXCHANGE_QUICK, PL_EXCHANGE_CREATE_CHILD_SA, PL_EXCHANGE_CHILD};
  int n_child = 0;
  for (int x = PL_EXCHANGE_NONE; x < PL_EXCHANGE_N; x++) {
    bool want = false;
    for (gsize i = 0; i < G_N_ELEMENTS(child); i++) want = want || (int) child[i] == x;
    g_assert_cmpint(pl_exchange_child(x), ==, want);
    n_child += want;
  }
  g_assert_cmpint(n_child, ==, 3);
  /* the mode of an SA first seen in the exchange */
  g_assert_cmpint(pl_exchange_mode(PL_EXCHANGE_MAIN), ==, PL_EXCHANGE_MAIN);
  g_assert_cmpint(pl_exchange_mode(PL_EXCHANGE_QUICK), ==, PL_EXCHANGE_QUICK);
  g_assert_cmpint(pl_exchange_mode(PL_EXCHANGE_IKE_AUTH), ==, PL_EXCHANGE_IKEV2);
  g_assert_cmpint(pl_exchange_mode(PL_EXCHANGE_IKE_REKEY), ==, PL_EXCHANGE_IKEV2);
  g_assert_cmpint(pl_exchange_mode(PL_EXCHANGE_CREATE_CHILD_SA), ==, PL_EXCHANGE_CHILD);
  g_assert_cmpint(pl_exchange_mode(PL_EXCHANGE_NONE), ==, PL_EXCHANGE_NONE);
}

static void test_role_rows(void) {
  g_assert_null(pl_role_name(PL_ROLE_UNKNOWN));
  g_assert_null(pl_role_name(PL_ROLE_N));
  g_assert_cmpint(PL_ROLE_N, ==, 3);
  for (int r = PL_ROLE_UNKNOWN + 1; r < PL_ROLE_N; r++) {
    g_assert_nonnull(pl_role_name(r));
    g_assert_cmpint(pl_role_of(pl_role_name(r)), ==, r);
  }
  g_assert_cmpstr(pl_role_name(PL_ROLE_INITIATOR), ==, "initiator");
  g_assert_cmpstr(pl_role_name(PL_ROLE_RESPONDER), ==, "responder");
  g_assert_cmpint(pl_role_of(NULL), ==, PL_ROLE_UNKNOWN);
  g_assert_cmpint(pl_role_of("peer"), ==, PL_ROLE_UNKNOWN);
}

/* The grammar writes the names; the model holds the enums. */
static void test_through_the_analysis(void) {
  static const char log[] =
      "Jan  5 10:00:00 west pluto[100]: \"t\" #1: initiating Main Mode\n"
      "Jan  5 10:00:01 west pluto[100]: \"t\" #1: STATE_MAIN_I4: ISAKMP SA established "
      "{auth=PRESHARED_KEY cipher=aes_128 integ=sha2_256 group=MODP2048}\n"
      "Jan  5 10:00:02 west pluto[100]: \"t\" #2: initiating Quick Mode PSK+ENCRYPT+TUNNEL+PFS+UP "
      "{using isakmp#1 msgid:1d3c5c5e proposal=AES_CBC_128-HMAC_SHA2_256_128 pfsgroup=MODP2048}\n"
      "Jan  5 10:00:03 west pluto[100]: \"t\" #2: STATE_QUICK_I2: IPsec SA established tunnel mode "
      "{ESP=>0xd6a277d1 <0x10fd9e2a xfrm=AES_CBC_128-HMAC_SHA2_256_128 NATOA=none NATD=none DPD=passive}\n";
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  guint32 src = pl_analysis_add_source(a, "x.log");
  g_assert_true(pl_analysis_feed_bytes(a, src, log, sizeof log - 1));
  pl_analysis_finish(a);
  g_assert_cmpuint(a->conns->len, ==, 1);
  pl_conn *c = a->conns->pdata[0];
  g_assert_cmpint(c->mode, ==, PL_EXCHANGE_MAIN);
  g_assert_cmpint(c->role, ==, PL_ROLE_INITIATOR);
  g_assert_cmpuint(c->sas->len, ==, 2);
  pl_sa *ike = c->sas->pdata[0], *child = c->sas->pdata[1];
  g_assert_cmpint(ike->mode, ==, PL_EXCHANGE_MAIN);
  g_assert_cmpint(child->mode, ==, PL_EXCHANGE_QUICK);
  g_assert_false(child->is_ike);
  pl_analysis_free(a);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/exchanges/rows", test_exchange_rows);
  g_test_add_func("/exchanges/facts", test_exchange_facts);
  g_test_add_func("/roles/rows", test_role_rows);
  g_test_add_func("/exchanges/analysis", test_through_the_analysis);
  return g_test_run();
}
