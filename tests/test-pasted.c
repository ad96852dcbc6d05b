/* test-pasted — logs as users paste them: quoted in e-mail or Markdown
 * ("> ", ">> "), inside ``` fences and <pre> blocks, indented, hard-wrapped
 * in the middle of an {...} group, cut off by syslog, with other programs'
 * lines and prose in between.  Checks the full line accounting
 * (lines == pluto + other, pluto == recognised + unrecognised + debug,
 * joined continuation lines counted in other) and that wrapped lines are
 * joined (the joined event carries the whole xfrm=) only where that is
 * certain.  Fixture: corpus/pasted/ticket.txt (written for this test).
 *
 * Then every shape of issue 13 (fixture corpus/pasted/shapes.txt): the
 * "[pluto]" tag, hosts glued to the program, prefixes cut at the end,
 * serial-only lines, backticks, diff lines, JSON records, status output,
 * systemd/kernel/audit lines about pluto, cut last lines, soft and
 * mid-word wraps, and what users type around a paste. */
#include "plutolog.h"
#include "unknown.h"

#include <string.h>

static pl_analysis *analyse_text(const char *name, const char *buf, gsize len) {
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  guint32 src = pl_analysis_add_source(a, name);
  g_assert_true(pl_analysis_feed_bytes(a, src, buf, len));
  pl_analysis_finish(a);
  return a;
}

static pl_analysis *analyse_fixture(const char *name) {
  char *path = g_build_filename(PL_SRCDIR, "corpus", "pasted", name, NULL);
  char *buf = NULL;
  gsize len = 0;
  GError *err = NULL;
  if (!g_file_get_contents(path, &buf, &len, &err)) g_error("%s: %s", path, err->message);
  pl_analysis *a = analyse_text(name, buf, len);
  g_free(buf);
  g_free(path);
  return a;
}

static void check_invariants(const pl_stats *st) {
  g_assert_cmpuint(st->lines, ==, st->pluto + st->other);
  g_assert_cmpuint(st->pluto, ==, st->recognised + st->unrecognised + st->debug);
  g_assert_cmpuint(st->joined, <=, st->other);
}

static pl_sa *find_sa(pl_analysis *a, const char *conn, gint64 serial) {
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *c = a->conns->pdata[i];
    if (g_strcmp0(c->name, conn) == 0) return pl_conn_find_sa(c, serial);
  }
  return NULL;
}

/* the kept event of one kind of an SA */
static const pl_event *sa_event(const pl_sa *sa, pl_event_kind k) {
  for (guint i = 0; i < sa->events->len; i++) {
    const pl_event *ev = sa->events->pdata[i];
    if (ev->kind == k) return ev;
  }
  return NULL;
}

static void test_ticket_accounting(void) {
  pl_analysis *a = analyse_fixture("ticket.txt");
  const pl_stats *st = &a->stats;
  check_invariants(st);
  g_assert_cmpuint(st->lines, ==, 39);
  /* 9 quoted lines of "office" (the kernel line between them is other),
   * 5 fenced lines of "branch", 4 <pre> lines of "legacy" */
  g_assert_cmpuint(st->pluto, ==, 18);
  g_assert_cmpuint(st->other, ==, 21);
  g_assert_cmpuint(st->joined, ==, 2);
  /* the line syslog cut after "sent Quick Mode rep" */
  g_assert_cmpuint(st->unrecognised, ==, 1);
  g_assert_cmpuint(st->recognised, ==, 17);
  g_assert_cmpuint(st->kinds[PL_EV_CHILD_ESTABLISHED], ==, 3);
  g_assert_cmpuint(st->kinds[PL_EV_DAEMON], ==, 0); /* the prose is not pluto */
  pl_analysis_free(a);
}

/* "{ESP=>0xd6a277d1 <0x10fd9e2a" + "xfrm=... DPD=active}": wrapped at a space */
static void test_ticket_joined_at_space(void) {
  pl_analysis *a = analyse_fixture("ticket.txt");
  pl_sa *sa = find_sa(a, "office", 199);
  g_assert_nonnull(sa);
  g_assert_true(sa->established);
  g_assert_cmpint(sa->parent, ==, 194);
  const pl_event *ev = sa_event(sa, PL_EV_CHILD_ESTABLISHED);
  g_assert_nonnull(ev);
  g_assert_cmpuint(ev->line, ==, 15);
  g_assert_cmpstr(pl_event_str(ev, PL_F_SPI_IN), ==, "0x10fd9e2a");
  g_assert_cmpstr(pl_event_str(ev, PL_F_XFRM), ==, "AES_CBC_128-HMAC_SHA2_256_128");
  g_assert_cmpstr(pl_event_str(ev, PL_F_DPD), ==, "active");
  pl_analysis_free(a);
}

/* the field guide's cut "xfrm=AES_CBC_128-HMA" + "C_SHA2_256_128 DPD=passive}" */
static void test_ticket_joined_mid_word(void) {
  pl_analysis *a = analyse_fixture("ticket.txt");
  pl_sa *sa = find_sa(a, "branch", 19572);
  g_assert_nonnull(sa);
  g_assert_false(sa->is_ike);
  g_assert_cmpint(sa->parent, ==, 19570);
  const pl_event *ev = sa_event(sa, PL_EV_CHILD_ESTABLISHED);
  g_assert_nonnull(ev);
  g_assert_cmpuint(ev->line, ==, 25);
  g_assert_cmpstr(pl_event_str(ev, PL_F_XFRM), ==, "AES_CBC_128-HMAC_SHA2_256_128");
  g_assert_cmpstr(pl_event_str(ev, PL_F_DPD), ==, "passive");
  g_assert_cmpstr(pl_event_str(ev, PL_F_REMOTE_TS), ==, "192.168.161.0-192.168.161.255:0-65535 0");
  pl_analysis_free(a);
}

/* a line cut by syslog inside {...}, followed by a line with its own
 * envelope: never joined */
static void test_ticket_cut_not_joined(void) {
  pl_analysis *a = analyse_fixture("ticket.txt");
  pl_sa *sa = find_sa(a, "legacy", 27);
  g_assert_nonnull(sa);
  const pl_event *ev = sa_event(sa, PL_EV_CHILD_ESTABLISHED);
  g_assert_nonnull(ev);
  g_assert_cmpstr(pl_event_str(ev, PL_F_SPI_OUT), ==, "0x9d18");
  g_assert_null(pl_event_str(ev, PL_F_XFRM));
  g_assert_nonnull(sa_event(sa, PL_EV_TRAFFIC));
  g_assert_cmpint(sa->bytes_in, ==, 134);
  pl_analysis_free(a);
}

/* one line in its envelope -> (pluto?, kind) */
typedef struct {
  int line;
  const char *text;
  bool pluto;
  pl_event_kind kind;
} env_row;

static const env_row env_rows[] = {
    {__LINE__, "> pluto[7]: \"c\" #1: sent Main Mode request", true, PL_EV_SENT},
    {__LINE__, ">> > pluto[7]: \"c\" #1: sent Main Mode I2", true, PL_EV_SENT},
    {__LINE__, ">>pluto[7]: \"c\" #1: sent Main Mode I3", true, PL_EV_SENT},
    {__LINE__, "        Mar  3 10:00:01 gw pluto[7]: \"c\" #1: sent Main Mode request", true, PL_EV_SENT},
    {__LINE__, "\tpluto[7]: \"c\" #1: sent Main Mode request", true, PL_EV_SENT},
    {__LINE__, "<pre>pluto[7]: \"c\" #1: sent Main Mode request</pre>", true, PL_EV_SENT},
    {__LINE__, "<PRE><CODE>\"c\" #1: sent Main Mode request", true, PL_EV_SENT},
    {__LINE__, "> \"c\" #5: STATE_QUICK_I1: retransmission; will wait 0.5 seconds for response", true,
     PL_EV_RETRANSMIT},
    {__LINE__, "```", false, PL_EV_UNKNOWN},
    {__LINE__, "```text", false, PL_EV_UNKNOWN},
    {__LINE__, "~~~", false, PL_EV_UNKNOWN},
    {__LINE__, "<pre>", false, PL_EV_UNKNOWN},
    {__LINE__, "</pre>", false, PL_EV_UNKNOWN},
    {__LINE__, ">", false, PL_EV_UNKNOWN},
    {__LINE__, "> ", false, PL_EV_UNKNOWN},
    {__LINE__, "Hello support, the tunnel is down again", false, PL_EV_UNKNOWN},
    {__LINE__, "> Thanks for the quick reply.", false, PL_EV_UNKNOWN},
    {__LINE__, "> Mar  3 10:00:02 gw kernel: eth0: link up", false, PL_EV_UNKNOWN},
};

static void test_envelope(gconstpointer data) {
  const env_row *r = data;
  g_test_message("row at %s:%d: %s", __FILE__, r->line, r->text);
  pl_analysis *a = analyse_text("row", r->text, strlen(r->text));
  const pl_stats *st = &a->stats;
  check_invariants(st);
  g_assert_cmpuint(st->lines, ==, 1);
  g_assert_cmpuint(st->pluto, ==, r->pluto ? 1 : 0);
  if (r->pluto) g_assert_cmpuint(st->kinds[r->kind], ==, 1);
  pl_analysis_free(a);
}

/* a continuation that does not close the group, or that is not the very
 * next line, is not joined */
static void test_not_certain(void) {
  static const char *const logs[] = {
      "pluto[7]: \"c\" #2: IPsec SA established tunnel mode {ESP=>0x1a2b3c4d <0x5e6f xfrm=AES\n"
      "some words without the closing brace\n",
      "pluto[7]: \"c\" #2: IPsec SA established tunnel mode {ESP=>0x1a2b3c4d <0x5e6f xfrm=AES\n"
      "\n"
      "_128-HMAC_SHA1 DPD=none}\n",
      "pluto[7]: \"c\" #2: IPsec SA established tunnel mode {ESP=>0x1a2b3c4d <0x5e6f xfrm=AES\n"
      "pluto[7]: \"c\" #2: ESP traffic information: in=0B out=0B}\n",
  };
  for (gsize i = 0; i < G_N_ELEMENTS(logs); i++) {
    pl_analysis *a = analyse_text("x", logs[i], strlen(logs[i]));
    check_invariants(&a->stats);
    g_assert_cmpuint(a->stats.joined, ==, 0);
    g_assert_cmpuint(a->stats.kinds[PL_EV_CHILD_ESTABLISHED], ==, 1);
    pl_analysis_free(a);
  }
}

/* a wrapped line that was unknown alone is recognised once joined: the
 * counts move from unrecognised to recognised */
static void test_join_recounts(void) {
  static const char log[] =
      "> pluto[7]: \"c\" #3: initiating Quick Mode IKEv1+PSK+ENCRYPT+TUNNEL+UP {using isakmp#2\n"
      "> msgid:72ade70d proposal=AES_CBC_128-HMAC_SHA2_256_128 pfsgroup=no-pfs}\n";
  pl_analysis *a = analyse_text("x", log, strlen(log));
  const pl_stats *st = &a->stats;
  check_invariants(st);
  g_assert_cmpuint(st->joined, ==, 1);
  g_assert_cmpuint(st->pluto, ==, 1);
  g_assert_cmpuint(st->other, ==, 1);
  g_assert_cmpuint(st->kinds[PL_EV_INITIATE], ==, 1);
  pl_sa *sa = find_sa(a, "c", 3);
  g_assert_nonnull(sa);
  g_assert_cmpint(sa->parent, ==, 2);
  const pl_event *ev = sa_event(sa, PL_EV_INITIATE);
  g_assert_nonnull(ev);
  g_assert_cmpstr(pl_event_str(ev, PL_F_PFSGROUP), ==, "no-pfs");
  g_assert_cmpstr(pl_event_str(ev, PL_F_MSGID), ==, "72ade70d");
  pl_analysis_free(a);
}

/* --unknown / --strict: unrecognised lines grouped by shape */
static void test_unknown_report(void) {
  static const char log[] =
      "> pluto[7]: \"c\" #3: frobnicating SA 0x1a2b3c4d with 192.0.2.1:500 after 1.5s\n"
      "> pluto[7]: \"c\" #4: frobnicating SA 0xdeadbeef with 198.51.100.7:4500 after 12s\n"
      "pluto[7]: \"c\" #5: sent Main Mode request\n"
      "pluto[7]: \"d\" #9: frobnicating SA 0x01 with [2001:db8::1]:500 after 3s\n"
      "pluto[7]: \"c\": unheard-of message 'x' \"y\"\n";
  pl_analysis *a = pl_analysis_new();
  a->collect_unknown = true;
  guint32 src = pl_analysis_add_source(a, "mail.txt");
  g_assert_true(pl_analysis_feed_bytes(a, src, log, strlen(log)));
  pl_analysis_finish(a);
  g_assert_cmpuint(a->stats.unrecognised, ==, 4);
  g_assert_cmpuint(pl_unknown_count(a), ==, 4);
  GString *r = g_string_new(NULL);
  pl_unknown_report(a, r);
  g_test_message("%s", r->str);
  g_assert_true(g_str_has_prefix(r->str, "unrecognised pluto lines: 4 in 3 shapes\n"
                                         "      2  frobnicating SA 0xH with ADDR after Ns\n"
                                         "         e.g. mail.txt:1: frobnicating SA 0x1a2b3c4d"));
  g_assert_nonnull(strstr(r->str, "      1  frobnicating SA 0xH with ADDR6:N after Ns\n"));
  g_assert_nonnull(strstr(r->str, "      1  unheard-of message 'Q' \"Q\"\n"));
  GString *l = g_string_new(NULL);
  pl_unknown_list(a, l);
  g_assert_cmpstr(l->str, ==,
                  "mail.txt:1: unrecognised: frobnicating SA 0x1a2b3c4d with 192.0.2.1:500 after 1.5s\n"
                  "mail.txt:2: unrecognised: frobnicating SA 0xdeadbeef with 198.51.100.7:4500 after 12s\n"
                  "mail.txt:4: unrecognised: frobnicating SA 0x01 with [2001:db8::1]:500 after 3s\n"
                  "mail.txt:5: unrecognised: unheard-of message 'x' \"y\"\n");
  g_string_free(r, TRUE);
  g_string_free(l, TRUE);
  pl_unknown_reset(a);
  pl_analysis_free(a);
}

static void test_unknown_shape(void) {
  GString *s = g_string_new(NULL);
  const char *t = "x #12 0xdead 192.0.2.1/24 10.1.0.0/16:0/0 '@a b' \"q\" 5.5s STATE_MAIN_I1 DH19";
  pl_unknown_shape(s, t, strlen(t));
  g_assert_cmpstr(s->str, ==, "x #N 0xH ADDR ADDR 'Q' \"Q\" Ns STATE_MAIN_I1 DH19");
  pl_analysis *a = pl_analysis_new(); /* off by default: nothing collected */
  guint32 src = pl_analysis_add_source(a, "x");
  g_assert_true(pl_analysis_feed_bytes(a, src, "pluto[1]: zzz\n", 14));
  g_assert_cmpuint(a->stats.unrecognised, ==, 1);
  g_assert_cmpuint(pl_unknown_count(a), ==, 0);
  pl_analysis_free(a);
  g_string_free(s, TRUE);
}

/* ---- the shapes of issue 13 (corpus/pasted/shapes.txt has them all) ------ */

/* one line through the line driver -> class, kind, envelope and one field */
typedef struct {
  int line;
  const char *text;
  pl_line_class cls;
  pl_event_kind kind;
  const char *host;  /* NULL: not checked */
  gint64 pid;        /* -2: not checked */
  const char *conn;  /* NULL: not checked */
  gint64 serial;     /* -1: not checked */
  pl_field_id field; /* PL_F__COUNT: none */
  const char *value; /* the field's value as text; NULL: the field is absent */
} shape_row;

#define NOF PL_F__COUNT, NULL
#define NOENV NULL, -2, NULL, -1
static const shape_row shape_rows[] = {
    /* NetworkManager-libreswan's "[pluto]" tag */
    {__LINE__, "Jul 31 21:03:49 [pluto] \"office\" #11: initiating IKEv2 connection", PL_LINE_PLUTO,
     PL_EV_INITIATE, NULL, -1, "office", 11, NOF},
    {__LINE__, "Jul 31 21:03:49 [charon] 12[IKE] initiating IKE_SA", PL_LINE_OTHER, PL_EV_UNKNOWN, NOENV,
     NOF},
    /* host glued to the program, or a stray dot */
    {__LINE__,
     "Mar 18 05:54:08 gw7.pluto[2851]: \"office\" #12: IKE_SA_INIT_I: retransmission; will wait 8 seconds for response",
     PL_LINE_PLUTO, PL_EV_RETRANSMIT, "gw7", 2851, "office", 12, NOF},
    {__LINE__, "Mar 18 05:54:08 gw7pluto[2851]: \"office\" #12: sent IKE_SA_INIT request", PL_LINE_PLUTO,
     PL_EV_SENT, "gw7", 2851, "office", 12, NOF},
    {__LINE__, "Mar 18 05:54:08 gw7. pluto[2851]: \"office\" #12: sent IKE_SA_INIT request", PL_LINE_PLUTO,
     PL_EV_SENT, "gw7", 2851, "office", 12, NOF},
    {__LINE__, "Mar 18 05:54:08 gw7 notpluto-helper[2851]: sent IKE_SA_INIT request", PL_LINE_OTHER,
     PL_EV_UNKNOWN, NOENV, NOF},
    /* pluto's output relayed by another program under a [pluto] tag; whack output echoed by
     * another program stays its (pluto logged the same line itself); journal variants */
    {__LINE__, "Nov 27 10:00:00 gw nm-libreswan-service[9]: [pluto] \"c\" #1: initiating Main Mode",
     PL_LINE_PLUTO, PL_EV_INITIATE, "gw", -1, "c", 1, NOF},
    {__LINE__, "Nov 27 10:00:00 gw NetworkManager[9]: 002 \"c\" #1: initiating Main Mode", PL_LINE_OTHER,
     PL_EV_UNKNOWN, NOENV, NOF},
    {__LINE__, "Nov 27 10:00:00 gw NetworkManager[9]: \"c\"[2] 192.0.2.4 #1: sent Main Mode request",
     PL_LINE_OTHER, PL_EV_UNKNOWN, NOENV, NOF},
    {__LINE__, "Nov 27 10:00:00 gw NetworkManager[9]: \"c\": a message without a serial", PL_LINE_OTHER,
     PL_EV_UNKNOWN, NOENV, NOF},
    {__LINE__, "Nov 27 10:00:00 gw pluto[123]: [pluto] \"c\" #1: sent Main Mode request", PL_LINE_PLUTO,
     PL_EV_SENT, "gw", 123, "c", 1, NOF},
    {__LINE__, "[ 1234.567890] gw pluto[123]: \"c\" #1: sent Main Mode request", PL_LINE_PLUTO, PL_EV_SENT,
     "gw", 123, "c", 1, NOF},
    {__LINE__, "[ 1234.567890] pluto[123]: segfault at 0 ip 00007f1e2b3c4d5e sp 00007ffd1a2b3c40 error 4",
     PL_LINE_PLUTO, PL_EV_DAEMON, NULL, 123, NULL, -1, PL_F_ACTION, "crash"},
    /* a prefix cut at the end of the paste: pluto's when it names pluto */
    {__LINE__, "Feb 12 12:08:55 vx pluto[7129", PL_LINE_PLUTO, PL_EV_UNKNOWN, "vx", -1, NULL, -1, NOF},
    {__LINE__, "Feb 12 12:08:55 vx pluto", PL_LINE_PLUTO, PL_EV_UNKNOWN, "vx", -1, NULL, -1, NOF},
    {__LINE__, "Feb 12 12:08:55 vx plu", PL_LINE_OTHER, PL_EV_UNKNOWN, NOENV, NOF},
    {__LINE__, "Sep 17 04:10:53.119566", PL_LINE_OTHER, PL_EV_UNKNOWN, NOENV, NOF},
    {__LINE__, "Jul 11 15:35:12 gw pluto[28304]:", PL_LINE_PLUTO, PL_EV_UNKNOWN, "gw", 28304, NULL, -1, NOF},
    /* serial-only prefixes */
    {__LINE__,
     "#43427: netlink response for Add SA esp.1234abcd@192.0.2.7 included errno 22: Invalid argument",
     PL_LINE_PLUTO, PL_EV_KERNEL_ERROR, NULL, -1, NULL, 43427, PL_F_ERRNO, "22"},
    {__LINE__, "#15:   initiating v2 parent SA", PL_LINE_PLUTO, PL_EV_INITIATE, NULL, -1, NULL, 15, NOF},
    {__LINE__, "  #15: sent IKE_SA_INIT request", PL_LINE_PLUTO, PL_EV_SENT, NULL, -1, NULL, 15, NOF},
    {__LINE__, "# --- excerpt boundary ---", PL_LINE_OTHER, PL_EV_UNKNOWN, NOENV, NOF},
    /* `inline code`, diff lines, JSON records */
    {__LINE__, "`Jul 23 00:49:40 gw7 pluto[2851]: \"office\" #12: sent IKE_SA_INIT request`", PL_LINE_PLUTO,
     PL_EV_SENT, "gw7", 2851, "office", 12, NOF},
    {__LINE__, "+\"office\" #16: IKE_SA_INIT_I: retransmission; will wait 0.5 seconds for response",
     PL_LINE_PLUTO, PL_EV_RETRANSMIT, NULL, -1, "office", 16, NOF},
    {__LINE__, "-Jan  3 10:00:00 gw pluto[7]: \"office\" #16: sent IKE_SA_INIT request", PL_LINE_PLUTO,
     PL_EV_SENT, "gw", 7, "office", 16, NOF},
    {__LINE__, "--- before.txt", PL_LINE_OTHER, PL_EV_UNKNOWN, NOENV, NOF},
    {__LINE__, "+++ after.txt", PL_LINE_OTHER, PL_EV_UNKNOWN, NOENV, NOF},
    {__LINE__, "@@ -52,9 +52,8 @@", PL_LINE_OTHER, PL_EV_UNKNOWN, NOENV, NOF},
    {__LINE__, "-a line the user removed", PL_LINE_OTHER, PL_EV_UNKNOWN, NOENV, NOF},
    {__LINE__,
     "`{\"process\":\"pluto\",\"output\":\"Nov 15 10:52:23.946268: \\\"peer2\\\" #2: IKEv2 mode peer ID is ID_IPV4_ADDR: '192.168.68.4'\"}`",
     PL_LINE_PLUTO, PL_EV_PEER_ID, NULL, -1, "peer2", 2, PL_F_ID, "192.168.68.4"},
    {__LINE__,
     "{\"MESSAGE\":\"\\\"office\\\" #14: sent IKE_SA_INIT request\",\"SYSLOG_IDENTIFIER\":\"pluto\",\"_PID\":\"2851\"}",
     PL_LINE_PLUTO, PL_EV_SENT, NULL, 2851, "office", 14, NOF},
    {__LINE__, "{\"MESSAGE\":\"listening for IKE messages\",\"SYSLOG_IDENTIFIER\":\"pluto\",\"_PID\":\"9\"}",
     PL_LINE_PLUTO, PL_EV_DAEMON, NULL, 9, NULL, -1, NOF},
    {__LINE__, "{\"MESSAGE\":\"listening for IKE messages\",\"SYSLOG_IDENTIFIER\":\"NetworkManager\"}",
     PL_LINE_OTHER, PL_EV_UNKNOWN, NOENV, NOF},
    {__LINE__, "{\"level\":\"info\",\"note\":\"no message here\"}", PL_LINE_OTHER, PL_EV_UNKNOWN, NOENV, NOF},
    {__LINE__,
     "Aug  7 06:15:40.978266: \"hub\" #32:     **us: 192.168.243.0/24===192.168.243.5[203.0.113.105]  them: 203.0.113.104===10.114.227.0/24**",
     PL_LINE_PLUTO, PL_EV_QM_ENDS, NULL, -1, "hub", 32, NOF},
    /* status output pasted in the middle */
    {__LINE__, "000 \"hq\":   ike_life: 3600s; ipsec_life: 8h; rekey_margin: 540s; keyingtries: 3;",
     PL_LINE_PLUTO, PL_EV_STATUS, NULL, -1, "hq", -1, PL_F_IPSEC_LIFE, "28800"},
    {__LINE__, "000 \"hq\":   ike_life: 3600s; ipsec_life: 8h; rekey_margin: 540s; keyingtries: 3;",
     PL_LINE_PLUTO, PL_EV_STATUS, NULL, -1, "hq", -1, PL_F_MAX_ATTEMPTS, "3"},
    {__LINE__, "000 \"hq\":   policy: PSK+ENCRYPT+TUNNEL+UP+IKEv2ALLOW+SAREFTRACK+lKOD+rKOD; prio: 32,32;",
     PL_LINE_PLUTO, PL_EV_STATUS, NULL, -1, "hq", -1, PL_F_IKE_ALLOW, "1+2"},
    {__LINE__, "000 \"hq\":   policy: PSK+ENCRYPT+TUNNEL+UP+IKEv2ALLOW+SAREFTRACK+lKOD+rKOD; prio: 32,32;",
     PL_LINE_PLUTO, PL_EV_STATUS, NULL, -1, "hq", -1, PL_F_AUTH, "secret"},
    {__LINE__, "000 \"hq\":   policy: RSASIG+ENCRYPT+TUNNEL+PFS+UP+IKEV1_ALLOW+SAREF_TRACK;", PL_LINE_PLUTO,
     PL_EV_STATUS, NULL, -1, "hq", -1, PL_F_IKE_VERSION, "1"},
    {__LINE__, "\"hq\":   policy: IKEv2+PSK+ENCRYPT+TUNNEL+PFS+IKE_FRAG_ALLOW+ESN_NO;", PL_LINE_PLUTO,
     PL_EV_STATUS, NULL, -1, "hq", -1, PL_F_IKE_ALLOW, "2"},
    {__LINE__, "\"hq\":   our auth:rsasig(RSASIG+RSASIG_v1_5), their auth:RSASIG, our autheap:none;",
     PL_LINE_PLUTO, PL_EV_STATUS, NULL, -1, "hq", -1, PL_F_AUTH, "rsasig"},
    {__LINE__, "\"hq\":   our idtype: ID_FQDN; our id=@hq; their idtype: ID_FQDN; their id=@branch",
     PL_LINE_PLUTO, PL_EV_STATUS, NULL, -1, "hq", -1, PL_F_ID, "@branch"},
    {__LINE__,
     "000 \"hq\": 10.1.0.0/16===192.0.2.1<192.0.2.1>[@hq]...198.51.100.9===10.2.0.0/16; unrouted; eroute owner: #0",
     PL_LINE_PLUTO, PL_EV_STATUS, NULL, -1, "hq", -1, PL_F_WHAT, "topology"},
    {__LINE__, "000 #2: \"hq\":500 STATE_MAIN_I1 (sent MI1, expecting MR1); EVENT_v1_RETRANSMIT in 9s; idle;",
     PL_LINE_PLUTO, PL_EV_STATUS, NULL, -1, "hq", 0, PL_F_STATE, "STATE_MAIN_I1"},
    {__LINE__, "#2: \"hq\", type=ESP, add_time=1234567890, inBytes=0, outBytes=0, maxBytes=2^63B, id='@east'",
     PL_LINE_PLUTO, PL_EV_STATUS, NULL, -1, "hq", 0, PL_F_TARGET, "2"},
    {__LINE__,
     "000 \"c\": 192.0.1.0/24===2001:db8:1:2::45<2001:db8:1:2::45>[@west]...2001:db8:1:2::23<2001:db8:1:2::23>[@east]===192.0.2.0/24",
     PL_LINE_PLUTO, PL_EV_STATUS, NULL, -1, "c", -1, PL_F_WHAT, "topology"},
    {__LINE__, "000 Total IPsec connections: loaded 1, active 0", PL_LINE_PLUTO, PL_EV_STATUS, NULL, -1, NULL,
     -1, PL_F_WHAT, "global"},
    {__LINE__, "000 \"hq\" #13: starting keying attempt 2 of an unlimited number, but releasing whack",
     PL_LINE_PLUTO, PL_EV_KEYING_ATTEMPT, NULL, -1, "hq", 13, NOF},
    /* systemd, the kernel, audit: lines about pluto */
    {__LINE__,
     "Aug 17 21:04:29 gw7 systemd[1]: ipsec.service: Main process exited, code=killed, status=6/ABRT",
     PL_LINE_PLUTO, PL_EV_DAEMON, "gw7", -1, NULL, -1, PL_F_STATUS, "6"},
    {__LINE__,
     "Aug 17 21:04:30 gw7 systemd[1]: ipsec.service: Scheduled restart job, restart counter is at 5.",
     PL_LINE_PLUTO, PL_EV_DAEMON, "gw7", -1, NULL, -1, PL_F_COUNT, "5"},
    {__LINE__, "Aug 17 21:04:30 gw7 systemd[1]: ipsec.service: Failed with result 'signal'.", PL_LINE_PLUTO,
     PL_EV_DAEMON, "gw7", -1, NULL, -1, PL_F_REASON, "signal"},
    {__LINE__,
     "Aug 17 21:04:30 gw7 systemd[1]: Failed to start Internet Key Exchange (IKE) Protocol Daemon for IPsec.",
     PL_LINE_PLUTO, PL_EV_DAEMON, "gw7", -1, NULL, -1, PL_F_ACTION, "start-failed"},
    {__LINE__, "Aug 17 21:04:30 gw7 systemd[1]: Started Session 4 of user root.", PL_LINE_OTHER,
     PL_EV_UNKNOWN, NOENV, NOF},
    {__LINE__,
     "Aug 17 21:04:29 gw7 kernel: pluto[2851]: segfault at 0 ip 00007f1e2b3c4d5e sp 00007ffd1a2b3c40 error 4",
     PL_LINE_PLUTO, PL_EV_DAEMON, "gw7", 2851, NULL, -1, PL_F_ACTION, "crash"},
    {__LINE__,
     "type=ANOM_ABEND msg=audit(1565112345.123:456): auid=4294967295 uid=0 gid=0 ses=4294967295 pid=2851 comm=\"pluto\" exe=\"/usr/libexec/ipsec/pluto\" sig=6 res=1",
     PL_LINE_PLUTO, PL_EV_DAEMON, NULL, 2851, NULL, -1, PL_F_STATUS, "6"},
    {__LINE__, "type=ANOM_ABEND msg=audit(1565112345.123:456): pid=77 comm=\"sshd\" sig=6 res=1",
     PL_LINE_OTHER, PL_EV_UNKNOWN, NOENV, NOF},
    /* a line cut at the end of the paste is the event it begins */
    {__LINE__, "Aug 17 21:05:01 gw7 pluto[3010]: \"office\" #18: STATE_QUICK_I2: sent QI2, IPsec SA establ",
     PL_LINE_PLUTO, PL_EV_CHILD_ESTABLISHED, "gw7", 3010, "office", 18, NOF},
    {__LINE__, "004 \"peerconn\" #14: STATE_QUICK_I2: sent QI2, IPsec", PL_LINE_PLUTO,
     PL_EV_CHILD_ESTABLISHED, NULL, -1, "peerconn", 14, NOF},
    {__LINE__, "\"c\" #1: transitio", PL_LINE_PLUTO, PL_EV_STATE_STORY, NULL, -1, "c", 1, PL_F_STATE, NULL},
    {__LINE__, "\"c\" #1: transition from state STATE_MAIN_I1 to", PL_LINE_PLUTO, PL_EV_STATE_STORY, NULL, -1,
     "c", 1, PL_F_STATE, NULL},
    /* but not where the cut took the word that decides (refused? accepted?) */
    {__LINE__, "\"partner\" #13992: Oakley Transform [OAKL", PL_LINE_PLUTO, PL_EV_UNKNOWN, NULL, -1,
     "partner", 13992, NOF},
    {__LINE__, "\"c\" #1: frobnicat", PL_LINE_PLUTO, PL_EV_UNKNOWN, NULL, -1, "c", 1, NOF},
    /* what users type around the paste is not pluto's */
    {__LINE__, "[pi@gwbox libreswan]$ tail -f /var/log/pluto.log ", PL_LINE_OTHER, PL_EV_UNKNOWN, NOENV, NOF},
    {__LINE__, "In the secure log", PL_LINE_OTHER, PL_EV_UNKNOWN, NOENV, NOF},
    {__LINE__, "and this is ipsec auto --status", PL_LINE_OTHER, PL_EV_UNKNOWN, NOENV, NOF},
    {__LINE__, "ipsec auto --up hqTun", PL_LINE_OTHER, PL_EV_UNKNOWN, NOENV, NOF},
    {__LINE__, "alpha #", PL_LINE_OTHER, PL_EV_UNKNOWN, NOENV, NOF},
};

static char *field_text(const pl_event *ev, pl_field_id f) {
  for (int i = 0; i < ev->nfields; i++) {
    const pl_field *x = &ev->f[i];
    if (x->id != f) continue;
    switch (x->type) {
    case PL_T_STR: return g_strdup(x->v.s);
    case PL_T_INT: return g_strdup_printf("%" G_GINT64_FORMAT, x->v.i);
    case PL_T_DBL: return g_strdup_printf("%g", x->v.d);
    }
  }
  return NULL;
}

static const char *cls_name(pl_line_class c) {
  static const char *const n[] = {"pluto", "debug", "other", "empty"};
  return c <= PL_LINE_EMPTY ? n[c] : "?";
}

static void test_shape(gconstpointer data) {
  const shape_row *r = data;
  g_test_message("row at %s:%d: %s", __FILE__, r->line, r->text);
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  pl_parser *p = pl_parser_new(a);
  char *buf = g_strdup(r->text);
  pl_line_class cls = pl_parser_line(p, 0, 1, buf, strlen(buf));
  const pl_event *ev = pl_parser_event(p);
  g_assert_cmpstr(cls_name(cls), ==, cls_name(r->cls));
  if (cls == PL_LINE_PLUTO && r->cls == PL_LINE_PLUTO) {
    g_assert_cmpstr(pl_event_kind_name(ev->kind), ==, pl_event_kind_name(r->kind));
    if (r->host) g_assert_cmpstr(ev->host, ==, r->host);
    if (r->pid != -2) g_assert_cmpint(ev->pid, ==, r->pid);
    if (r->conn) g_assert_cmpstr(ev->conn, ==, r->conn);
    if (r->serial != -1) g_assert_cmpint(ev->serial, ==, r->serial);
    if (r->field != PL_F__COUNT) {
      char *v = field_text(ev, r->field);
      g_assert_cmpstr(v, ==, r->value);
      g_free(v);
    }
  }
  g_free(buf);
  pl_parser_free(p);
  pl_analysis_free(a);
}

/* the fixture: every line accounted for, nothing unrecognised */
static void test_shapes_accounting(void) {
  pl_analysis *a = analyse_fixture("shapes.txt");
  const pl_stats *st = &a->stats;
  check_invariants(st);
  g_assert_cmpuint(st->lines, ==, 57);
  g_assert_cmpuint(st->pluto, ==, 29);
  g_assert_cmpuint(st->unrecognised, ==, 0);
  g_assert_cmpuint(st->joined, ==, 1);
  g_assert_cmpuint(st->kinds[PL_EV_STATUS], ==, 7);
  g_assert_cmpuint(st->kinds[PL_EV_DAEMON], ==, 7);
  g_assert_cmpuint(st->kinds[PL_EV_CHILD_ESTABLISHED], ==, 1);
  g_assert_cmpuint(st->kinds[PL_EV_TIMEOUT], ==, 1);
  pl_analysis_free(a);
}

/* soft wraps (a blank left at the end of the first part), words cut in the
 * middle, lists cut after a separator: joined where the grammar agrees;
 * prose, prompts and real lines never are */
typedef struct {
  int line;
  const char *log;
  guint64 joined;
  pl_event_kind kind; /* the first line's event after all */
  pl_field_id field;
  const char *value;
} join_row;

static const join_row join_rows[] = {
    {__LINE__,
     "031 \"c\" #13: STATE_PARENT_I1: 10 second timeout exceeded after 5 retransmits.  No response (or no acceptable response) \n"
     "to our first IKEv2 message\n",
     1, PL_EV_TIMEOUT, PL_F__COUNT, NULL},
    {__LINE__,
     "031 \"c\" #13: STATE_PARENT_I1: 10 second timeout exceeded after 5 retransmits.  No response (or no acceptable response) \n"
     "Thanks for looking at this.\n",
     0, PL_EV_TIMEOUT, PL_F__COUNT, NULL},
    {__LINE__,
     "031 \"c\" #13: STATE_PARENT_I1: 10 second timeout exceeded after 5 retransmits.  No response (or no acceptable response) \n"
     "alpha #\n",
     0, PL_EV_TIMEOUT, PL_F__COUNT, NULL},
    {__LINE__,
     "Aug  7 06:15:41 gw pluto[7]: \"hub\" #32: STATE_QUICK_I2: sent QI2, IPsec SA establ\n"
     "ished tunnel mode {ESP=>0x82a07bd9 <0x9ca50118 xfrm=AES_CBC_256-HMAC_SHA2_256_128 DPD=passive}\n",
     1, PL_EV_CHILD_ESTABLISHED, PL_F_XFRM, "AES_CBC_256-HMAC_SHA2_256_128"},
    {__LINE__,
     "Aug  7 06:15:41 gw pluto[7]: \"hub\" #32: STATE_QUICK_I2: sent QI2, IPsec SA establ\n"
     "Aug  7 06:15:42 gw pluto[7]: \"hub\" #33: initiating Quick Mode\n",
     0, PL_EV_CHILD_ESTABLISHED, PL_F__COUNT, NULL},
    {__LINE__,
     "Aug  7 06:15:41 gw pluto[7]: \"hub\" #32: STATE_QUICK_I2: sent QI2, IPsec SA establ\n"
     "\n"
     "ished tunnel mode {ESP=>0x82a07bd9 <0x9ca50118}\n",
     0, PL_EV_CHILD_ESTABLISHED, PL_F_XFRM, NULL},
    {__LINE__,
     "Aug  9 17:24:58: \"c\" #2: proposal 1:IKE=AES_GCM_16_256-HMAC_SHA2_512-ECP_256 chosen from remote proposals 1:IKE:ENCR=AES_GCM_16_256;KE=ECP_256;\n"
     "so this connection should fail.\n",
     0, PL_EV_PROPOSAL_CHOSEN, PL_F__COUNT, NULL},
};

static void test_join_shape(gconstpointer data) {
  const join_row *r = data;
  g_test_message("row at %s:%d", __FILE__, r->line);
  pl_analysis *a = analyse_text("x", r->log, strlen(r->log));
  const pl_stats *st = &a->stats;
  check_invariants(st);
  g_assert_cmpuint(st->joined, ==, r->joined);
  g_assert_cmpuint(st->kinds[r->kind], ==, 1);
  if (r->field != PL_F__COUNT) {
    const pl_event *ev = NULL;
    for (guint i = 0; i < a->conns->len && !ev; i++) {
      pl_conn *c = a->conns->pdata[i];
      for (guint k = 0; k < c->sas->len && !ev; k++) ev = sa_event(c->sas->pdata[k], r->kind);
    }
    g_assert_nonnull(ev);
    if (ev) g_assert_cmpstr(pl_event_str(ev, r->field), ==, r->value);
  }
  pl_analysis_free(a);
}

/* a chain of pieces is joined up to a bound, and stays linear */
static void test_join_chain_bounded(void) {
  GString *log = g_string_new(
      "031 \"c\" #13: STATE_PARENT_I1: 10 second timeout exceeded after 5 retransmits.  No response ");
  g_string_append(log, "\n");
  for (int i = 0; i < 40; i++) g_string_append(log, "and more words of the same sentence \n");
  pl_analysis *a = analyse_text("x", log->str, log->len);
  check_invariants(&a->stats);
  g_assert_cmpuint(a->stats.joined, <=, 8);
  g_assert_cmpuint(a->stats.joined, >=, 1);
  g_assert_cmpuint(a->stats.pluto, ==, 1);
  pl_analysis_free(a);
  g_string_free(log, TRUE);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_set_nonfatal_assertions();
  g_test_add_func("/pasted/ticket/accounting", test_ticket_accounting);
  g_test_add_func("/pasted/ticket/joined-at-space", test_ticket_joined_at_space);
  g_test_add_func("/pasted/ticket/joined-mid-word", test_ticket_joined_mid_word);
  g_test_add_func("/pasted/ticket/cut-not-joined", test_ticket_cut_not_joined);
  g_test_add_func("/pasted/join/not-certain", test_not_certain);
  g_test_add_func("/pasted/join/recounts", test_join_recounts);
  g_test_add_func("/pasted/unknown/report", test_unknown_report);
  g_test_add_func("/pasted/unknown/shape", test_unknown_shape);
  g_test_add_func("/pasted/shapes/accounting", test_shapes_accounting);
  g_test_add_func("/pasted/shapes/join-chain-bounded", test_join_chain_bounded);
  for (gsize i = 0; i < G_N_ELEMENTS(shape_rows); i++) {
    char *path = g_strdup_printf("/pasted/shapes/line/%02u", (unsigned) i);
    g_test_add_data_func(path, &shape_rows[i], test_shape);
    g_free(path);
  }
  for (gsize i = 0; i < G_N_ELEMENTS(join_rows); i++) {
    char *path = g_strdup_printf("/pasted/shapes/join/%02u", (unsigned) i);
    g_test_add_data_func(path, &join_rows[i], test_join_shape);
    g_free(path);
  }
  for (gsize i = 0; i < G_N_ELEMENTS(env_rows); i++) {
    char *path = g_strdup_printf("/pasted/envelope/%02u", (unsigned) i);
    g_test_add_data_func(path, &env_rows[i], test_envelope);
    g_free(path);
  }
  return g_test_run();
}
