/* test-pasted — logs as users paste them: quoted in e-mail or Markdown
 * ("> ", ">> "), inside ``` fences and <pre> blocks, indented, hard-wrapped
 * in the middle of an {...} group, cut off by syslog, with other programs'
 * lines and prose in between.  Checks the full line accounting
 * (lines == pluto + other, pluto == recognised + unrecognised + debug,
 * joined continuation lines counted in other) and that wrapped lines are
 * joined (the joined event carries the whole xfrm=) only where that is
 * certain.  Fixture: corpus/pasted/ticket.txt (written for this test). */
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

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/pasted/ticket/accounting", test_ticket_accounting);
  g_test_add_func("/pasted/ticket/joined-at-space", test_ticket_joined_at_space);
  g_test_add_func("/pasted/ticket/joined-mid-word", test_ticket_joined_mid_word);
  g_test_add_func("/pasted/ticket/cut-not-joined", test_ticket_cut_not_joined);
  g_test_add_func("/pasted/join/not-certain", test_not_certain);
  g_test_add_func("/pasted/join/recounts", test_join_recounts);
  g_test_add_func("/pasted/unknown/report", test_unknown_report);
  g_test_add_func("/pasted/unknown/shape", test_unknown_shape);
  for (gsize i = 0; i < G_N_ELEMENTS(env_rows); i++) {
    char *path = g_strdup_printf("/pasted/envelope/%02u", (unsigned) i);
    g_test_add_data_func(path, &env_rows[i], test_envelope);
    g_free(path);
  }
  return g_test_run();
}
