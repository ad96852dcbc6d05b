/* test-timeline — the timeline pass: IKE SAs and Child SAs of the field
 * guide's connection "test" (parents, replacements, kinds, roles,
 * established), processes and hosts kept apart, and bounded memory when a
 * connection negotiates thousands of SAs.
 *
 * The log excerpts are the field guide's lines (seed/libreswan-log-guide.txt),
 * with its placeholder addresses replaced by documentation addresses. */
#include "plutolog.h"
#include "diagnose.h"

#include <string.h>

/* ---- helpers ------------------------------------------------------------ */

static pl_analysis *analyse(const char *log) {
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  guint32 src = pl_analysis_add_source(a, "test.log");
  g_assert_true(pl_analysis_feed_bytes(a, src, log, strlen(log)));
  pl_analysis_finish(a);
  return a;
}

static pl_conn *find_conn(pl_analysis *a, const char *host, const char *name) {
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *c = a->conns->pdata[i];
    if (g_strcmp0(c->host, host) == 0 && g_strcmp0(c->name, name) == 0) return c;
  }
  return NULL;
}

static guint count_conns(pl_analysis *a, const char *name) {
  guint n = 0;
  for (guint i = 0; i < a->conns->len; i++)
    if (g_strcmp0(((pl_conn *) a->conns->pdata[i])->name, name) == 0) n++;
  return n;
}

typedef struct {
  gint64 serial;
  bool is_ike;
  pl_role role;
  int ike_version;
  const char *mode;
  gint64 parent, replaces;
  bool established;
  const char *last_state; /* NULL: not checked */
} sa_want;

static void check_sa(const pl_conn *c, const sa_want *w) {
  pl_sa *sa = pl_conn_find_sa(c, w->serial);
  g_test_message("SA #%" G_GINT64_FORMAT, w->serial);
  g_assert_nonnull(sa);
  if (!sa) return;
  g_assert_cmpint(sa->is_ike, ==, w->is_ike);
  g_assert_true(sa->kind_known);
  g_assert_cmpstr(pl_role_name(sa->role), ==, pl_role_name(w->role));
  g_assert_cmpint(sa->ike_version, ==, w->ike_version);
  g_assert_cmpstr(pl_exchange_name(sa->mode), ==, w->mode);
  g_assert_cmpint(sa->parent, ==, w->parent);
  g_assert_cmpint(sa->replaces, ==, w->replaces);
  g_assert_cmpint(sa->established, ==, w->established);
  if (w->last_state) g_assert_cmpstr(sa->last_state, ==, w->last_state);
}

/* ---- the field guide ------------------------------------------------------ */

/* initiator, IKEv1: Main Mode #194, Quick Mode #199 on isakmp#198 (the guide
 * shows the Quick Mode of a later run), then the rekey pair #233/#234 */
static const char guide_v1_initiator[] =
    "pluto[2219]: \"test\" #194: initiating IKEv1 Main Mode connection\n"
    "pluto[2219]: \"test\" #194: sent Main Mode request\n"
    "pluto[2219]: \"test\" #194: WARNING: connection test PSK length of 8 bytes is too short for "
    "HMAC_SHA2_256 PRF in FIPS mode (16 bytes required)\n"
    "pluto[2219]: \"test\" #194: sent Main Mode I2\n"
    "pluto[2219]: \"test\" #194: sent Main Mode I3\n"
    "pluto[2219]: \"test\" #194: Peer ID is ID_IPV4_ADDR: '192.0.2.45'\n"
    "pluto[2219]: \"test\" #194: IKE SA established {auth=PRESHARED_KEY cipher=AES_CBC_128 "
    "integ=HMAC_SHA2_256 group=MODP1024}\n"
    "pluto[2219]: \"test\" #199: initiating Quick Mode IKEv1+PSK+ENCRYPT+TUNNEL+UP+ESN_NO+ESN_YES "
    "{using isakmp#198 msgid:72ade70d proposal=AES_CBC_128-HMAC_SHA2_256_128 pfsgroup=no-pfs}\n"
    "pluto[2219]: \"test\" #199: sent Quick Mode request\n"
    "pluto[2219]: \"test\" #199: IPsec SA established tunnel mode {ESP=>0xd6a277d1 <0x10fd9e2a "
    "xfrm=AES_CBC_128-HMAC_SHA2_256_128 DPD=active}\n"
    "pluto[2219]: \"test\": terminating SAs using this connection\n"
    "pluto[2219]: \"test\" #233: initiating IKEv1 Main Mode connection to replace #232\n"
    "pluto[2219]: \"test\" #233: sent Main Mode request, replacing #232\n"
    "pluto[2219]: \"test\" #233: sent Main Mode I2\n"
    "pluto[2219]: \"test\" #233: sent Main Mode I3\n"
    "pluto[2219]: \"test\" #233: Peer ID is ID_IPV4_ADDR: '192.0.2.45'\n"
    "pluto[2219]: \"test\" #233: IKE SA established {auth=PRESHARED_KEY cipher=AES_CBC_128 "
    "integ=HMAC_SHA2_256 group=MODP1024}\n"
    "pluto[2219]: \"test\" #234: initiating Quick Mode IKEv1+PSK+ENCRYPT+TUNNEL+UP+ESN_NO+ESN_YES "
    "to replace #231 {using isakmp#233 msgid:22b65fd2 proposal=AES_CBC_128-HMAC_SHA2_256_128 "
    "pfsgroup=no-pfs}\n"
    "pluto[2219]: \"test\" #234: sent Quick Mode request, to replace #231\n"
    "pluto[2219]: \"test\" #234: IPsec SA established tunnel mode {ESP=>0xa4c3f9f2 <0x32a86927 "
    "xfrm=AES_CBC_128-HMAC_SHA2_256_128 DPD=active}\n";

static void test_guide_v1_initiator(void) {
  pl_analysis *a = analyse(guide_v1_initiator);
  g_assert_cmpuint(a->stats.lines, ==, 20);
  g_assert_cmpuint(a->stats.unrecognised, ==, 0);
  g_assert_cmpuint(count_conns(a, "test"), ==, 1);
  pl_conn *c = find_conn(a, NULL, "test");
  g_assert_nonnull(c);
  if (!c) goto out;
  g_assert_cmpuint(c->sas->len, ==, 4);
  g_assert_cmpuint(c->n_sas, ==, 4);
  const sa_want want[] = {
      {194, true, PL_ROLE_INITIATOR, 1, "main", 0, 0, true, "STATE_MAIN_I4"},
      {199, false, PL_ROLE_INITIATOR, 1, "quick", 198, 0, true, "STATE_QUICK_I2"},
      {233, true, PL_ROLE_INITIATOR, 1, "main", 0, 232, true, "STATE_MAIN_I4"},
      {234, false, PL_ROLE_INITIATOR, 1, "quick", 233, 231, true, "STATE_QUICK_I2"},
  };
  for (gsize i = 0; i < G_N_ELEMENTS(want); i++) check_sa(c, &want[i]);
  g_assert_cmpint(c->ike_version, ==, 1);
  g_assert_cmpstr(pl_exchange_name(c->mode), ==, "main");
  g_assert_cmpstr(pl_role_name(c->role), ==, pl_role_name(PL_ROLE_INITIATOR));
  /* the terminating line has no serial: a connection-level event */
  g_assert_cmpuint(c->events->len, >=, 1);
out:
  pl_analysis_free(a);
}

/* responder, IKEv1: Main Mode #31, Quick Mode #32 */
static const char guide_v1_responder[] =
    "pluto[32031]: \"test\" #31: responding to Main Mode\n"
    "pluto[32031]: \"test\" #31: sent Main Mode R1\n"
    "pluto[32031]: \"test\" #31: sent Main Mode R2\n"
    "pluto[32031]: \"test\" #31: ignoring informational payload IPSEC_INITIAL_CONTACT, "
    "msgid=00000000, length=28\n"
    "pluto[32031]: \"test\" #31: Peer ID is ID_IPV4_ADDR: '192.0.2.45'\n"
    "pluto[32031]: \"test\" #31: IKE SA established {auth=PRESHARED_KEY cipher=AES_CBC_128 "
    "integ=HMAC_SHA2_256 group=MODP1024}\n"
    "pluto[32031]: \"test\" #31: the peer proposed: 192.168.200.0/24 -<all>-> 192.168.100.0/24\n"
    "pluto[32031]: \"test\" #32: responding to Quick Mode proposal {msgid:6fb993a9}\n"
    "pluto[32031]: \"test\" #32: us: 192.168.200.0/24===192.0.2.23[+S?C] them: "
    "192.0.2.45[+S?C]===192.168.100.0/24\n"
    "pluto[32031]: \"test\" #32: sent Quick Mode reply, inbound IPsec SA installed, expecting "
    "confirmation tunnel mode {ESP=>0x9d188d43 <0xaa47b62d xfrm=AES_CBC_128-HMAC_SHA2_256_128 "
    "DPD=active}\n"
    "pluto[32031]: \"test\" #32: IPsec SA established tunnel mode {ESP=>0x9d188d43 <0xaa47b62d "
    "xfrm=AES_CBC_128-HMAC_SHA2_256_128 DPD=active}\n";

static void test_guide_v1_responder(void) {
  pl_analysis *a = analyse(guide_v1_responder);
  pl_conn *c = find_conn(a, NULL, "test");
  g_assert_nonnull(c);
  if (!c) goto out;
  const sa_want want[] = {
      {31, true, PL_ROLE_RESPONDER, 1, "main", 0, 0, true, "STATE_MAIN_R3"},
      /* no "using isakmp#": the Quick Mode ran on the one ISAKMP SA, #31 */
      {32, false, PL_ROLE_RESPONDER, 1, "quick", 31, 0, true, "STATE_QUICK_R2"},
  };
  for (gsize i = 0; i < G_N_ELEMENTS(want); i++) check_sa(c, &want[i]);
  g_assert_cmpstr(pl_role_name(c->role), ==, pl_role_name(PL_ROLE_RESPONDER));
  g_assert_cmpint(c->ike_version, ==, 1);
out:
  pl_analysis_free(a);
}

/* IKEv2, both roles in one process (the guide's host talks to itself) */
static const char guide_v2[] =
    "pluto[25600]: \"test\": added IKEv2 connection\n"
    "pluto[25600]: \"test\" #19570: initiating IKEv2 connection\n"
    "pluto[25600]: \"test\" #19570: sent IKE_SA_INIT request to 192.0.2.45:500\n"
    "pluto[25600]: \"test\" #19571: proposal "
    "1:IKE=AES_CBC_128-HMAC_SHA2_256-HMAC_SHA2_256_128-MODP1024 chosen from remote proposals "
    "1:IKE:ENCR=AES_CBC_128;PRF=HMAC_SHA2_256;INTEG=HMAC_SHA2_256_128;DH=MODP1024[first-match]\n"
    "pluto[25600]: \"test\" #19570: sent IKE_AUTH request {cipher=AES_CBC_128 "
    "integ=HMAC_SHA2_256_128 prf=HMAC_SHA2_256 group=MODP1024}\n"
    "pluto[25600]: \"test\" #19571: sent IKE_SA_INIT reply {cipher=AES_CBC_128 "
    "integ=HMAC_SHA2_256_128 prf=HMAC_SHA2_256 group=MODP1024}\n"
    "pluto[25600]: \"test\" #19570: initiator established IKE SA; authenticated peer using "
    "authby=secret and ID_IPV4_ADDR '192.0.2.45'\n"
    "pluto[25600]: \"test\" #19572: initiator established Child SA using #19570; IPsec tunnel "
    "[192.168.16.0-192.168.16.255:0-65535 0] -> [192.168.161.0-192.168.161.255:0-65535 0] "
    "{ESP/ESN=>0x97a0fd13 <0x58707730 xfrm=AES_CBC_128-HMAC_SHA2_256_128 DPD=passive}\n"
    "pluto[25600]: \"test\" #19571: processing decrypted IKE_AUTH request: SK{IDi,AUTH,SA,TSi,TSr}\n"
    "pluto[25600]: \"test\" #19571: responder established IKE SA; authenticated peer using "
    "authby=secret and ID_IPV4_ADDR '192.0.2.45'\n"
    "pluto[25600]: \"test\" #19574: proposal "
    "1:ESP=AES_CBC_128-HMAC_SHA2_256_128-ENABLED SPI=f4cb0b42 chosen from remote proposals "
    "1:ESP:ENCR=AES_CBC_128;INTEG=HMAC_SHA2_256_128;ESN=ENABLED;ESN=DISABLED[first-match]\n"
    "pluto[25600]: \"test\" #19574: responder established Child SA using #19571; IPsec tunnel "
    "[192.168.16.0-192.168.16.255:0-65535 0] -> [192.168.161.0-192.168.161.255:0-65535 0] "
    "{ESP/ESN=>0xf4cb0b42 <0xe01e4f1d xfrm=AES_CBC_128-HMAC_SHA2_256_128 DPD=passive}\n";

static void test_guide_v2(void) {
  pl_analysis *a = analyse(guide_v2);
  pl_conn *c = find_conn(a, NULL, "test");
  g_assert_nonnull(c);
  if (!c) goto out;
  g_assert_cmpint(c->ike_version, ==, 2);
  g_assert_cmpstr(pl_exchange_name(c->mode), ==, "ikev2");
  pl_sa *s;
  s = pl_conn_find_sa(c, 19570);
  g_assert_nonnull(s);
  if (s) {
    g_assert_true(s->is_ike);
    g_assert_true(s->established);
    g_assert_cmpint(s->ike_version, ==, 2);
    g_assert_cmpstr(pl_role_name(s->role), ==, pl_role_name(PL_ROLE_INITIATOR));
  }
  s = pl_conn_find_sa(c, 19571);
  g_assert_nonnull(s);
  if (s) {
    g_assert_true(s->is_ike);
    g_assert_true(s->established);
    g_assert_cmpstr(pl_role_name(s->role), ==, pl_role_name(PL_ROLE_RESPONDER));
  }
  s = pl_conn_find_sa(c, 19572);
  g_assert_nonnull(s);
  if (s) {
    g_assert_false(s->is_ike);
    g_assert_cmpint(s->parent, ==, 19570);
    g_assert_true(s->established);
    g_assert_cmpstr(pl_role_name(s->role), ==, pl_role_name(PL_ROLE_INITIATOR));
  }
  s = pl_conn_find_sa(c, 19574);
  g_assert_nonnull(s);
  if (s) {
    g_assert_false(s->is_ike);
    g_assert_cmpint(s->parent, ==, 19571);
    g_assert_true(s->established);
    g_assert_cmpstr(pl_role_name(s->role), ==, pl_role_name(PL_ROLE_RESPONDER));
  }
out:
  pl_analysis_free(a);
}

/* A failed Main Mode: retransmits, timeout, next attempt; not established. */
static void test_guide_timeout(void) {
  GString *log =
      g_string_new("pluto[32031]: \"test\" #26: initiating IKEv1 Main Mode connection to replace #19\n"
                   "pluto[32031]: \"test\" #26: sent Main Mode request, replacing #19\n");
  for (int w = 1; w <= 32; w *= 2)
    g_string_append_printf(
        log,
        "pluto[32031]: \"test\" #26: STATE_MAIN_I1: retransmission; will wait %d seconds for "
        "response\n",
        w);
  g_string_append(log, "pluto[32031]: \"test\" #26: STATE_MAIN_I1: 60 second timeout exceeded "
                       "after 7 retransmits. No response (or no acceptable response) to our first "
                       "IKEv1 message\n"
                       "pluto[32031]: \"test\" #26: starting keying attempt 2 of an unlimited "
                       "number\n");
  pl_analysis *a = analyse(log->str);
  g_string_free(log, TRUE);
  pl_conn *c = find_conn(a, NULL, "test");
  g_assert_nonnull(c);
  if (c) {
    pl_sa *s = pl_conn_find_sa(c, 26);
    g_assert_nonnull(s);
    if (s) {
      g_assert_false(s->established);
      g_assert_true(s->failed);
      g_assert_cmpint(s->replaces, ==, 19);
      g_assert_cmpstr(s->last_state, ==, "STATE_MAIN_I1");
      g_assert_cmpuint(s->n_events, ==, 10);
    }
  }
  pl_analysis_free(a);
}

/* ---- processes and hosts ---------------------------------------------------- */

/* pluto restarted: serial #1 again, in another process.  Two SAs, not one. */
static void test_two_processes(void) {
  const char *log = "Nov 27 10:00:00 gw pluto[100]: \"test\" #1: initiating IKEv1 Main Mode connection\n"
                    "Nov 27 10:00:01 gw pluto[100]: \"test\" #1: STATE_MAIN_I1: 60 second timeout exceeded "
                    "after 7 retransmits\n"
                    "Nov 27 10:05:00 gw pluto[200]: \"test\" #1: responding to Main Mode\n"
                    "Nov 27 10:05:01 gw pluto[200]: \"test\" #1: IKE SA established {auth=PRESHARED_KEY "
                    "cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}\n";
  pl_analysis *a = analyse(log);
  pl_conn *c = find_conn(a, "gw", "test");
  g_assert_nonnull(c);
  if (c) {
    g_assert_cmpuint(c->sas->len, ==, 2);
    g_assert_cmpuint(c->n_sas, ==, 2);
    if (c->sas->len == 2) {
      pl_sa *first = c->sas->pdata[0], *second = c->sas->pdata[1];
      g_assert_cmpint(first->serial, ==, 1);
      g_assert_cmpint(second->serial, ==, 1);
      g_assert_cmpstr(pl_role_name(first->role), ==, pl_role_name(PL_ROLE_INITIATOR));
      g_assert_false(first->established);
      g_assert_true(first->failed);
      g_assert_cmpstr(pl_role_name(second->role), ==, pl_role_name(PL_ROLE_RESPONDER));
      g_assert_true(second->established);
      g_assert_cmpuint(first->n_events, ==, 2);
      g_assert_cmpuint(second->n_events, ==, 2);
    }
  }
  pl_analysis_free(a);
}

/* Two hosts' logs read together (west and east), same connection name, same
 * pid and serials: two connections, each with its own SA. */
static void test_two_hosts(void) {
  const char *log = "Nov 27 10:00:00 west pluto[500]: \"test\" #1: initiating IKEv1 Main Mode connection\n"
                    "Nov 27 10:00:00 east pluto[500]: \"test\" #1: responding to Main Mode\n"
                    "Nov 27 10:00:01 east pluto[500]: \"test\" #1: IKE SA established {auth=PRESHARED_KEY "
                    "cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}\n"
                    "Nov 27 10:00:01 west pluto[500]: \"test\" #1: IKE SA established {auth=PRESHARED_KEY "
                    "cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}\n";
  pl_analysis *a = analyse(log);
  g_assert_cmpuint(count_conns(a, "test"), ==, 2);
  pl_conn *w = find_conn(a, "west", "test"), *e = find_conn(a, "east", "test");
  g_assert_nonnull(w);
  g_assert_nonnull(e);
  if (w && e) {
    g_assert_cmpuint(w->sas->len, ==, 1);
    g_assert_cmpuint(e->sas->len, ==, 1);
    pl_sa *ws = pl_conn_find_sa(w, 1), *es = pl_conn_find_sa(e, 1);
    g_assert_true(ws != es);
    g_assert_cmpstr(pl_role_name(ws->role), ==, pl_role_name(PL_ROLE_INITIATOR));
    g_assert_cmpstr(pl_role_name(es->role), ==, pl_role_name(PL_ROLE_RESPONDER));
    g_assert_cmpuint(ws->n_events, ==, 2);
    g_assert_cmpuint(es->n_events, ==, 2);
  }
  /* sorted output: by host, so east before west */
  GPtrArray *sorted = pl_analysis_sorted_conns(a);
  g_assert_cmpuint(sorted->len, ==, 2);
  g_assert_cmpstr(((pl_conn *) sorted->pdata[0])->host, ==, "east");
  g_assert_cmpstr(((pl_conn *) sorted->pdata[1])->host, ==, "west");
  g_ptr_array_unref(sorted);
  pl_analysis_free(a);
}

/* Logs without pids (pluto's logfile=): two sources are two processes. */
static void test_two_sources_no_pid(void) {
  const char *l1 = "Nov 27 10:00:00.000001: \"test\" #1: initiating IKEv1 Main Mode connection\n";
  const char *l2 = "Nov 27 11:00:00.000001: \"test\" #1: responding to Main Mode\n";
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  guint32 s1 = pl_analysis_add_source(a, "a.log"), s2 = pl_analysis_add_source(a, "b.log");
  pl_analysis_feed_bytes(a, s1, l1, strlen(l1));
  pl_analysis_feed_bytes(a, s2, l2, strlen(l2));
  pl_analysis_finish(a);
  /* one connection or one per source: either way two SAs #1, one per file */
  guint sas = 0, n_sas = 0;
  guint32 sources = 0;
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *c = a->conns->pdata[i];
    if (g_strcmp0(c->name, "test") != 0) continue;
    sas += c->sas->len;
    n_sas += c->n_sas;
    for (guint j = 0; j < c->sas->len; j++) {
      pl_sa *sa = c->sas->pdata[j];
      g_assert_cmpint(sa->serial, ==, 1);
      sources |= 1u << sa->source;
    }
  }
  g_assert_cmpuint(sas, ==, 2);
  g_assert_cmpuint(n_sas, ==, 2);
  g_assert_cmpuint(sources, ==, (1u << s1) | (1u << s2));
  pl_analysis_free(a);
}

/* ---- bounded memory ------------------------------------------------------- */

#define N_BIG 6000

static void test_folding(void) {
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  guint32 src = pl_analysis_add_source(a, "big.log");
  GString *chunk = g_string_new(NULL);
  guint64 fed = 0;
  /* even serials: an IKE SA that is established then deleted; odd: one that
   * times out.  Fed in pieces, as a file would be. */
  for (int i = 1; i <= N_BIG; i++) {
    if (i % 2 == 0) {
      g_string_append_printf(
          chunk,
          "pluto[9]: \"big\" #%d: initiating IKEv1 Main Mode connection\n"
          "pluto[9]: \"big\" #%d: IKE SA established {auth=PRESHARED_KEY cipher=AES_CBC_256 "
          "integ=HMAC_SHA2_256 group=MODP2048}\n"
          "pluto[9]: \"big\" #%d: deleting state (STATE_MAIN_I4) aged 1.0s and sending "
          "notification\n",
          i, i, i);
      fed += 3;
    } else {
      g_string_append_printf(chunk,
                             "pluto[9]: \"big\" #%d: initiating IKEv1 Main Mode connection\n"
                             "pluto[9]: \"big\" #%d: STATE_MAIN_I1: 60 second timeout exceeded "
                             "after 7 retransmits\n",
                             i, i);
      fed += 2;
    }
    if (chunk->len > 65536) {
      pl_analysis_feed_bytes(a, src, chunk->str, chunk->len);
      g_string_truncate(chunk, 0);
    }
  }
  /* and many connection-level lines */
  for (int i = 0; i < 500; i++) {
    g_string_append(chunk, "pluto[9]: \"big\": terminating SAs using this connection\n");
    fed++;
  }
  pl_analysis_feed_bytes(a, src, chunk->str, chunk->len);
  g_string_free(chunk, TRUE);
  pl_analysis_finish(a);

  g_assert_cmpuint(a->stats.lines, ==, fed);
  g_assert_cmpuint(a->stats.unrecognised, ==, 0);
  pl_conn *c = find_conn(a, NULL, "big");
  g_assert_nonnull(c);
  if (!c) goto out;
  /* 6 000 SAs of two or three events each stay under the budget:
   * none is folded (issue 20: only the memory budget folds) */
  g_assert_cmpuint(c->sas->len, ==, N_BIG);
  g_assert_cmpuint(c->folded_sas, ==, 0);
  g_assert_cmpuint(c->n_sas, ==, N_BIG);
  g_assert_cmpuint(c->folded_sas + c->sas->len, ==, N_BIG);
  guint kept_est = 0, kept_failed = 0;
  for (guint i = 0; i < c->sas->len; i++) {
    pl_sa *sa = c->sas->pdata[i];
    if (sa->established) kept_est++;
    if (sa->failed && !sa->established) kept_failed++;
    g_assert_cmpuint(sa->events->len, <=, PL_SA_MAX_EVENTS);
  }
  g_assert_cmpuint(c->folded_established + kept_est, ==, N_BIG / 2);
  g_assert_cmpuint(c->folded_failed + kept_failed, ==, N_BIG / 2);
  /* the newest SA is kept */
  g_assert_nonnull(pl_conn_find_sa(c, N_BIG));
  /* the SA index holds only kept SAs */
  g_assert_cmpuint(g_hash_table_size(a->sa_index), ==, c->sas->len);
  g_assert_cmpuint(c->events->len, <=, PL_CONN_MAX_EVENTS);
  g_assert_cmpuint(c->events->len + c->dropped_events, ==, 500);
out:
  pl_analysis_free(a);
}

/* A road-warrior server: more instance connections than PL_MAX_CONNS.  The
 * oldest instances are folded into the template connection's counters; the
 * static connection and the newest instances stay; the indexes and the
 * event budget hold only what is kept. */
static void test_instances_folded(void) {
  const int n = PL_MAX_CONNS + 1000;
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  guint32 src = pl_analysis_add_source(a, "rw.log");
  GString *chunk = g_string_new("pluto[9]: \"static\" #1: initiating IKEv1 Main Mode connection\n");
  guint64 fed = 1;
  for (int i = 1; i <= n; i++) {
    const char *p = "pluto[9]: \"rw\"";
    int sn = 1 + 2 * i;
    if (i % 2 == 0) {
      g_string_append_printf(
          chunk,
          "%s[%d] 198.51.%d.%d #%d: responding to Main Mode from unknown peer 198.51.%d.%d:500\n"
          "%s[%d] 198.51.%d.%d #%d: IKE SA established {auth=PRESHARED_KEY cipher=AES_CBC_256 "
          "integ=HMAC_SHA2_256 group=MODP2048}\n",
          p, i, i >> 8, i & 255, sn, i >> 8, i & 255, p, i, i >> 8, i & 255, sn);
    } else {
      g_string_append_printf(
          chunk,
          "%s[%d] 198.51.%d.%d #%d: responding to Main Mode from unknown peer 198.51.%d.%d:500\n"
          "%s[%d] 198.51.%d.%d #%d: STATE_MAIN_R1: 60 second timeout exceeded after 7 "
          "retransmits\n",
          p, i, i >> 8, i & 255, sn, i >> 8, i & 255, p, i, i >> 8, i & 255, sn);
    }
    fed += 2;
    if (chunk->len > 65536) {
      pl_analysis_feed_bytes(a, src, chunk->str, chunk->len);
      g_string_truncate(chunk, 0);
    }
  }
  pl_analysis_feed_bytes(a, src, chunk->str, chunk->len);
  g_string_free(chunk, TRUE);
  pl_analysis_finish(a);

  g_assert_cmpuint(a->stats.lines, ==, fed);
  g_assert_cmpuint(a->stats.unrecognised, ==, 0);
  g_assert_cmpuint(a->conns->len, <=, PL_MAX_CONNS);
  pl_conn *t = NULL, *st = NULL, *newest = NULL;
  guint kept = 0, kept_est = 0, kept_failed = 0, kept_sas = 0;
  guint64 kept_events = 0;
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *c = a->conns->pdata[i];
    for (guint j = 0; j < c->sas->len; j++) kept_events += ((pl_sa *) c->sas->pdata[j])->events->len + 1;
    kept_sas += c->sas->len;
    if (!g_strcmp0(c->name, "static")) st = c;
    if (g_strcmp0(c->name, "rw")) continue;
    if (!c->instance) {
      t = c;
      continue;
    }
    kept++;
    char want[32];
    g_snprintf(want, sizeof want, "[%d]", n);
    if (!g_strcmp0(c->instance, want)) newest = c;
    bool est = false, failed = false;
    for (guint j = 0; j < c->sas->len; j++) {
      pl_sa *sa = c->sas->pdata[j];
      est |= sa->established;
      failed |= sa->failed;
    }
    if (est) kept_est++;
    else if (failed) kept_failed++;
  }
  g_assert_nonnull(st);
  g_assert_nonnull(t);
  g_assert_nonnull(newest);
  if (!t) goto out;
  g_assert_cmpuint(t->folded_instances, >, 0);
  g_assert_cmpuint(t->folded_instances + kept, ==, (guint) n);
  g_assert_cmpuint(t->folded_inst_established + kept_est, ==, (guint) n / 2);
  g_assert_cmpuint(t->folded_inst_failed + kept_failed, ==, (guint) n - n / 2);
  g_assert_cmpuint(t->folded_inst_first_line, >, 0); /* each feed_bytes call numbers from 1 */
  g_assert_cmpuint(t->folded_inst_last_line, >=, t->folded_inst_first_line);
  g_assert_cmpuint(g_queue_get_length(&a->inst_fifo), ==, kept);
  g_assert_cmpuint(g_hash_table_size(a->conn_index), ==, a->conns->len);
  g_assert_cmpuint(g_hash_table_size(a->sa_index), ==, kept_sas);
  g_assert_cmpuint(a->kept_events, ==, kept_events);
  {
    char *s = pl_folded_instances_sentence(t);
    g_assert_nonnull(s);
    char num[16];
    g_snprintf(num, sizeof num, "%u", t->folded_instances);
    g_assert_nonnull(strstr(s, num));
    g_free(s);
  }
out:
  pl_analysis_free(a);
}

/* One SA with thousands of events keeps at most PL_SA_MAX_EVENTS of them:
 * the first ones and the newest. */
static void test_sa_events_bounded(void) {
  GString *log = g_string_new("pluto[9]: \"r\" #7: initiating IKEv1 Main Mode connection\n");
  for (int i = 0; i < 3000; i++)
    g_string_append(log, "pluto[9]: \"r\" #7: STATE_MAIN_I1: retransmission; will wait 0.5 "
                         "seconds for response\n");
  g_string_append(log, "pluto[9]: \"r\" #7: STATE_MAIN_I1: 60 second timeout exceeded after "
                       "3000 retransmits\n");
  pl_analysis *a = analyse(log->str);
  g_string_free(log, TRUE);
  pl_conn *c = find_conn(a, NULL, "r");
  g_assert_nonnull(c);
  pl_sa *sa = c ? pl_conn_find_sa(c, 7) : NULL;
  g_assert_nonnull(sa);
  if (sa) {
    g_assert_cmpuint(sa->n_events, ==, 3002);
    g_assert_cmpuint(sa->events->len, ==, PL_SA_MAX_EVENTS);
    g_assert_cmpuint(sa->events->len + sa->dropped, ==, sa->n_events);
    const pl_event *first = sa->events->pdata[0];
    const pl_event *last = sa->events->pdata[sa->events->len - 1];
    g_assert_cmpstr(pl_event_kind_name(first->kind), ==, "initiate");
    g_assert_cmpstr(pl_event_kind_name(last->kind), ==, "timeout");
    g_assert_cmpuint(last->line, ==, 3002);
  }
  pl_analysis_free(a);
}

/* Past the event budget, the SAs that ended (deleted, failed) fold first,
 * oldest first; SAs still alive stay even when they are the oldest; the
 * indexes, the queues and the budget count only what is kept. */
static void test_budget_folds_ended_first(void) {
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  guint32 src = pl_analysis_add_source(a, "budget.log");
  GString *chunk = g_string_new(NULL);
  /* ten live IKE SAs first: established, never deleted */
  for (int i = 1; i <= 10; i++)
    g_string_append_printf(chunk,
                           "pluto[9]: \"live\" #%d: initiating IKEv1 Main Mode connection\n"
                           "pluto[9]: \"live\" #%d: IKE SA established {auth=PRESHARED_KEY "
                           "cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}\n",
                           i, i);
  /* then more ended SAs than the budget holds (three events and the SA: four units) */
  const int n = PL_MAX_KEPT_EVENTS / 4 + 2000;
  for (int i = 0; i < n; i++) {
    int sn = 100 + i;
    g_string_append_printf(chunk,
                           "pluto[9]: \"big\" #%d: initiating IKEv1 Main Mode connection\n"
                           "pluto[9]: \"big\" #%d: IKE SA established {auth=PRESHARED_KEY "
                           "cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}\n"
                           "pluto[9]: \"big\" #%d: deleting state (STATE_MAIN_I4) aged 1.0s and "
                           "sending notification\n",
                           sn, sn, sn);
    if (chunk->len > 65536) {
      pl_analysis_feed_bytes(a, src, chunk->str, chunk->len);
      g_string_truncate(chunk, 0);
    }
  }
  pl_analysis_feed_bytes(a, src, chunk->str, chunk->len);
  g_string_free(chunk, TRUE);
  pl_analysis_finish(a);

  pl_conn *live = find_conn(a, NULL, "live"), *big = find_conn(a, NULL, "big");
  g_assert_nonnull(live);
  g_assert_nonnull(big);
  if (!live || !big) goto out;
  /* the oldest SAs of the log, alive, are all kept */
  g_assert_cmpuint(live->sas->len, ==, 10);
  g_assert_cmpuint(live->folded_sas, ==, 0);
  /* the budget was reached: ended SAs were folded, the oldest of them */
  g_assert_cmpuint(big->folded_sas, >, 0);
  g_assert_cmpuint(big->folded_sas + big->sas->len, ==, (guint) n);
  g_assert_cmpuint(big->folded_established, ==, big->folded_sas);
  g_assert_null(pl_conn_find_sa(big, 100));
  g_assert_nonnull(pl_conn_find_sa(big, 100 + n - 1));
  for (guint i = 1; i < big->sas->len; i++)
    g_assert_cmpint(((pl_sa *) big->sas->pdata[i - 1])->serial, <, ((pl_sa *) big->sas->pdata[i])->serial);
  /* bookkeeping: only what is kept is counted and indexed */
  guint64 kept_events = 0;
  guint kept_sas = 0;
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *c = a->conns->pdata[i];
    kept_sas += c->sas->len;
    for (guint j = 0; j < c->sas->len; j++) kept_events += ((pl_sa *) c->sas->pdata[j])->events->len + 1;
  }
  g_assert_cmpuint(a->kept_events, ==, kept_events);
  g_assert_cmpuint(a->kept_events, <=, PL_MAX_KEPT_EVENTS);
  g_assert_cmpuint(g_hash_table_size(a->sa_index), ==, kept_sas);
  g_assert_cmpuint(g_queue_get_length(&a->sa_fifo) + g_queue_get_length(&a->sa_done), ==, kept_sas);
  g_assert_cmpuint(g_queue_get_length(&a->sa_fifo), ==, 10);
out:
  pl_analysis_free(a);
}

/* The field guide (the shared workspace's seed/libreswan-log-guide.txt, 224
 * lines, 30 SAs): every SA is kept with its parent and replace links; its
 * "test" #34 is the Quick Mode `to replace #33 {using isakmp#31 ...}`. */
static void test_guide_keeps_every_sa(void) {
  const char *path = PL_SRCDIR "/../shared/seed/libreswan-log-guide.txt";
  gchar *text = NULL;
  gsize len = 0;
  if (!g_file_get_contents(path, &text, &len, NULL)) {
    g_test_skip("the field guide (../shared/seed/libreswan-log-guide.txt) is not next to the tree");
    return;
  }
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  guint32 src = pl_analysis_add_source(a, "libreswan-log-guide.txt");
  g_assert_true(pl_analysis_feed_bytes(a, src, text, len));
  pl_analysis_finish(a);
  g_free(text);
  guint kept = 0, seen = 0;
  pl_conn *test = NULL;
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *c = a->conns->pdata[i];
    g_assert_cmpuint(c->folded_sas, ==, 0);
    kept += c->sas->len;
    seen += c->n_sas;
    pl_sa *sa = pl_conn_find_sa(c, 34);
    if (sa && !g_strcmp0(c->name, "test")) test = c;
  }
  g_assert_cmpuint(kept, ==, seen);
  g_assert_cmpuint(kept, ==, 30);
  g_assert_nonnull(test);
  if (test) {
    sa_want w34 = {34, false, PL_ROLE_INITIATOR, 1, "quick", 31, 33, false, "STATE_QUICK_I1"};
    check_sa(test, &w34);
    pl_sa *p = pl_conn_find_sa(test, 31);
    g_assert_nonnull(p);
    if (p) g_assert_true(p->is_ike);
  }
  pl_analysis_free(a);
}

/* pl_text_plain (src/core/event.c) against the plain definition, for
 * every length 0..40 and a bad byte (control, DEL, high) at every place:
 * the word-at-a-time tails must not miss one. */
static bool plain_bytewise(const char *s, gsize n) {
  for (gsize i = 0; i < n; i++)
    if ((unsigned char) s[i] < 0x20 || (unsigned char) s[i] >= 0x7f) return false;
  return true;
}

static void test_text_plain(void) {
  static const unsigned char bad[] = {0x00, 0x09, 0x1f, 0x7f, 0x80, 0xc3, 0xff};
  char buf[48] = {0};
  int checked = 0;
  for (gsize n = 0; n <= 40; n++) {
    for (gsize k = 0; k < n; k++) buf[k] = (char) ('!' + (k * 7) % 94);
    g_assert_true(pl_text_plain(buf, n));
    for (gsize at = 0; at < n; at++)
      for (gsize b = 0; b < G_N_ELEMENTS(bad); b++) {
        char keep = buf[at];
        buf[at] = (char) bad[b];
        g_assert_cmpint(pl_text_plain(buf, n), ==, plain_bytewise(buf, n));
        g_assert_false(pl_text_plain(buf, n));
        buf[at] = keep;
        checked++;
      }
  }
  g_assert_cmpint(checked, ==, 7 * 820);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_set_nonfatal_assertions();
  g_test_add_func("/timeline/text-plain", test_text_plain);
  g_test_add_func("/timeline/guide/ikev1-initiator", test_guide_v1_initiator);
  g_test_add_func("/timeline/guide/ikev1-responder", test_guide_v1_responder);
  g_test_add_func("/timeline/guide/ikev2", test_guide_v2);
  g_test_add_func("/timeline/guide/timeout", test_guide_timeout);
  g_test_add_func("/timeline/keys/two-processes", test_two_processes);
  g_test_add_func("/timeline/keys/two-hosts", test_two_hosts);
  g_test_add_func("/timeline/keys/two-sources-no-pid", test_two_sources_no_pid);
  g_test_add_func("/timeline/bounded/folding", test_folding);
  g_test_add_func("/timeline/bounded/sa-events", test_sa_events_bounded);
  g_test_add_func("/timeline/bounded/instances", test_instances_folded);
  g_test_add_func("/timeline/bounded/ended-first", test_budget_folds_ended_first);
  g_test_add_func("/timeline/guide/every-sa", test_guide_keeps_every_sa);
  return g_test_run();
}
