/* test-lexer — the line envelope: every prefix shape pluto lines arrive in
 * (syslog, journald, RFC 3339/5424, pluto's logfile=, whack, rsyslog
 * repeats), other programs' lines, debug lines, and the object prefix
 * ("conn"[inst] peer #serial:).  One table row per shape; a failure names
 * the row's line in this file.
 *
 * Each row is one line through pl_parser_line(); the event's envelope fields
 * are compared with the row.  Time is compared as an ISO 8601 UTC string so
 * a wrong zone or a lost fraction shows plainly.  Rows assume --year 2026. */
#include "plutolog.h"

#include <string.h>
#include <time.h>

#define NOPID (-1)
#define ANY_TIME "*" /* row does not check the time */

typedef struct {
  int line;         /* __LINE__ of the row */
  const char *name; /* test path component */
  const char *input;
  pl_line_class cls;
  const char *host; /* NULL: none */
  gint64 pid;       /* NOPID: none */
  const char *time; /* "2026-11-07T04:45:35.000000Z", NULL: none */
  const char *conn;
  const char *instance;
  const char *peer;     /* object-prefix peer */
  gint64 serial;        /* 0: none */
  guint32 repeat;       /* 0 means 1 (not repeated) */
  const char *rc;       /* whack result code */
  const char *pkt_peer; /* PL_F_PEER from "packet from A:" */
} prefix_row;

#define MSG "\"test\" #206: sent Main Mode request"

static const prefix_row rows[] = {
    /* ---- syslog ---- */
    {__LINE__, "syslog/host", "Nov  7 04:45:35 UTM pluto[2219]: " MSG, PL_LINE_PLUTO, "UTM", 2219,
     "2026-11-07T04:45:35.000000Z", "test", NULL, NULL, 206, 0, NULL, NULL},
    {__LINE__, "syslog/facility", "Nov  7 04:45:35 UTM authpriv.warn pluto[2219]: " MSG, PL_LINE_PLUTO, "UTM",
     2219, "2026-11-07T04:45:35.000000Z", "test", NULL, NULL, 206, 0, NULL, NULL},
    {__LINE__, "syslog/tag-after-host", "Nov  7 04:45:35 UTM <10.4> pluto[2219]: " MSG, PL_LINE_PLUTO, "UTM",
     2219, "2026-11-07T04:45:35.000000Z", "test", NULL, NULL, 206, 0, NULL, NULL},
    {__LINE__, "syslog/tag-first", "<10.4> Nov  7 04:45:35 UTM pluto[2219]: " MSG, PL_LINE_PLUTO, "UTM", 2219,
     "2026-11-07T04:45:35.000000Z", "test", NULL, NULL, 206, 0, NULL, NULL},
    {__LINE__, "syslog/no-host", "Nov  7 04:45:35 pluto[2219]: " MSG, PL_LINE_PLUTO, NULL, 2219,
     "2026-11-07T04:45:35.000000Z", "test", NULL, NULL, 206, 0, NULL, NULL},
    {__LINE__, "syslog/two-digit-day", "Nov 17 23:59:59 gw pluto[7]: " MSG, PL_LINE_PLUTO, "gw", 7,
     "2026-11-17T23:59:59.000000Z", "test", NULL, NULL, 206, 0, NULL, NULL},
    {__LINE__, "syslog/no-time", "pluto[32031]: " MSG, PL_LINE_PLUTO, NULL, 32031, NULL, "test", NULL, NULL,
     206, 0, NULL, NULL},
    /* ---- journald ---- */
    {__LINE__, "journald/short", "Jun 03 11:42:08 host pluto[1]: " MSG, PL_LINE_PLUTO, "host", 1,
     "2026-06-03T11:42:08.000000Z", "test", NULL, NULL, 206, 0, NULL, NULL},
    {__LINE__, "journald/short-iso", "2026-11-27T10:00:00+0100 host pluto[1]: " MSG, PL_LINE_PLUTO, "host", 1,
     "2026-11-27T09:00:00.000000Z", "test", NULL, NULL, 206, 0, NULL, NULL},
    {__LINE__, "journald/short-iso-precise", "2026-11-27T10:00:00.123456+0100 host pluto[1]: " MSG,
     PL_LINE_PLUTO, "host", 1, "2026-11-27T09:00:00.123456Z", "test", NULL, NULL, 206, 0, NULL, NULL},
    /* ---- RFC 3339 / RFC 5424 ---- */
    {__LINE__, "rfc3339/offset", "2026-11-27T10:00:00.5+01:00 host pluto[2219]: " MSG, PL_LINE_PLUTO, "host",
     2219, "2026-11-27T09:00:00.500000Z", "test", NULL, NULL, 206, 0, NULL, NULL},
    {__LINE__, "rfc3339/zulu", "2026-11-27T10:00:00Z host pluto[2219]: " MSG, PL_LINE_PLUTO, "host", 2219,
     "2026-11-27T10:00:00.000000Z", "test", NULL, NULL, 206, 0, NULL, NULL},
    {__LINE__, "rfc5424/basic", "<34>1 2026-11-27T10:00:00.123Z host pluto 2219 - - " MSG, PL_LINE_PLUTO,
     "host", 2219, "2026-11-27T10:00:00.123000Z", "test", NULL, NULL, 206, 0, NULL, NULL},
    /* ---- pluto's own logfile= ---- */
    {__LINE__, "logfile/usec", "Nov 27 17:56:14.820464: " MSG, PL_LINE_PLUTO, NULL, NOPID,
     "2026-11-27T17:56:14.820464Z", "test", NULL, NULL, 206, 0, NULL, NULL},
    {__LINE__, "logfile/seconds", "Nov 27 17:56:14: " MSG, PL_LINE_PLUTO, NULL, NOPID,
     "2026-11-27T17:56:14.000000Z", "test", NULL, NULL, 206, 0, NULL, NULL},
    {__LINE__, "logfile/no-time", MSG, PL_LINE_PLUTO, NULL, NOPID, NULL, "test", NULL, NULL, 206, 0, NULL,
     NULL},
    /* ---- whack / console ---- */
    {__LINE__, "whack/rc-002", "002 " MSG, PL_LINE_PLUTO, NULL, NOPID, NULL, "test", NULL, NULL, 206, 0,
     "002", NULL},
    {__LINE__, "whack/rc-1v2", "1v2 \"test\" #1: sent IKE_SA_INIT request", PL_LINE_PLUTO, NULL, NOPID, NULL,
     "test", NULL, NULL, 1, 0, "1v2", NULL},
    /* ---- bare messages ---- */
    {__LINE__, "bare/known", "sent Main Mode request", PL_LINE_PLUTO, NULL, NOPID, NULL, NULL, NULL, NULL, 0,
     0, NULL, NULL},
    {__LINE__, "bare/prose", "the quick brown fox", PL_LINE_OTHER, NULL, NOPID, NULL, NULL, NULL, NULL, 0, 0,
     NULL, NULL},
    {__LINE__, "bare/empty", "", PL_LINE_EMPTY, NULL, NOPID, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL},
    /* ---- rsyslog repeats ---- */
    {__LINE__, "rsyslog/repeated",
     "Nov  7 04:45:35 UTM pluto[2219]: message repeated 4 times: [ \"office\"[2] 203.0.113.45 #3: "
     "discarding initial packet; already STATE_MAIN_R0]",
     PL_LINE_PLUTO, "UTM", 2219, "2026-11-07T04:45:35.000000Z", "office", "[2]", "203.0.113.45", 3, 4, NULL,
     NULL},
    /* ---- other programs, debug ---- */
    {__LINE__, "other/sshd", "Nov  7 04:45:35 UTM sshd[22]: Accepted password for root from 10.0.0.1",
     PL_LINE_OTHER, NULL, NOPID, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL},
    {__LINE__, "other/kernel", "Nov  7 04:45:35 UTM kernel: [  12.5] e1000: eth0 NIC Link is Up",
     PL_LINE_OTHER, NULL, NOPID, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL},
    {__LINE__, "other/charon", "Nov  7 04:45:35 UTM charon: 09[IKE] initiating Main Mode", PL_LINE_OTHER,
     NULL, NOPID, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL},
    {__LINE__, "debug/syslog", "Nov  7 04:45:35 UTM pluto[2219]: | helper 1 processing", PL_LINE_DEBUG, NULL,
     NOPID, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL},
    {__LINE__, "debug/bare", "| ***parse ISAKMP Message:", PL_LINE_DEBUG, NULL, NOPID, NULL, NULL, NULL, NULL,
     0, 0, NULL, NULL},
    /* ---- object prefixes ---- */
    {__LINE__, "object/instance-peer", "\"c\"[1] 1.2.3.4 #5: sent Main Mode request", PL_LINE_PLUTO, NULL,
     NOPID, NULL, "c", "[1]", "1.2.3.4", 5, 0, NULL, NULL},
    {__LINE__, "object/nested-instance", "\"c\"[1][2] 1.2.3.4 #5: sent Main Mode request", PL_LINE_PLUTO,
     NULL, NOPID, NULL, "c", "[1][2]", "1.2.3.4", 5, 0, NULL, NULL},
    {__LINE__, "object/alias", "\"c/1x2\" #2: sent Quick Mode request", PL_LINE_PLUTO, NULL, NOPID, NULL,
     "c/1x2", NULL, NULL, 2, 0, NULL, NULL},
    {__LINE__, "object/opportunistic",
     "\"private-or-clear#192.1.2.0/24\"[1] ...192.1.2.23 #1: sent IKE_SA_INIT request", PL_LINE_PLUTO, NULL,
     NOPID, NULL, "private-or-clear#192.1.2.0/24", "[1]", "...192.1.2.23", 1, 0, NULL, NULL},
    {__LINE__, "object/conn-only", "\"test\": terminating SAs using this connection", PL_LINE_PLUTO, NULL,
     NOPID, NULL, "test", NULL, NULL, 0, 0, NULL, NULL},
    /* a place in a file, not a connection (and "line 4" is no peer) */
    {__LINE__, "object/file-line", "\"/etc/ipsec.secrets\" line 4: WARNING: using a weak secret (PSK)",
     PL_LINE_PLUTO, NULL, NOPID, NULL, NULL, NULL, NULL, 0, 0, NULL, NULL},
    {__LINE__, "object/file-line-syslog",
     "Dec  7 10:00:00 gw pluto[100]: \"/etc/ipsec.d/vpn.secrets\" line 12: unrecognized key format: xyz",
     PL_LINE_PLUTO, "gw", 100, "2026-12-07T10:00:00.000000Z", NULL, NULL, NULL, 0, 0, NULL, NULL},
    /* a connection whose peer happens to be named "line" stays one */
    {__LINE__, "object/conn-line-word", "\"c\" line: x", PL_LINE_PLUTO, NULL, NOPID, NULL, "c", NULL, "line",
     0, 0, NULL, NULL},
    {__LINE__, "object/packet-from",
     "packet from 1.2.3.4:500: initial Main Mode message received on 192.0.2.1:500 but no connection "
     "has been authorized with policy PSK",
     PL_LINE_PLUTO, NULL, NOPID, NULL, NULL, NULL, NULL, 0, 0, NULL, "1.2.3.4:500"},
    {__LINE__, "object/syslog+instance",
     "Nov 27 10:00:00 east pluto[99]: \"road\"[3] 198.51.100.7 #12: IKE SA established "
     "{auth=PRESHARED_KEY cipher=AES_CBC_256 integ=HMAC_SHA2_256 group=MODP2048}",
     PL_LINE_PLUTO, "east", 99, "2026-11-27T10:00:00.000000Z", "road", "[3]", "198.51.100.7", 12, 0, NULL,
     NULL},
};

static char *fmt_time(gint64 t) {
  if (t < 0) return NULL;
  time_t s = (time_t) (t / 1000000);
  struct tm tm;
  gmtime_r(&s, &tm);
  return g_strdup_printf("%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                         tm.tm_hour, tm.tm_min, tm.tm_sec, (int) (t % 1000000));
}

static const char *cls_name(pl_line_class c) {
  switch (c) {
  case PL_LINE_PLUTO: return "pluto";
  case PL_LINE_DEBUG: return "debug";
  case PL_LINE_OTHER: return "other";
  case PL_LINE_EMPTY: return "empty";
  }
  return "?";
}

static void test_prefix(gconstpointer data) {
  const prefix_row *r = data;
  g_test_message("row at %s:%d: %s", __FILE__, r->line, r->input);
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  pl_parser *p = pl_parser_new(a);
  char *buf = g_strdup(r->input);
  pl_line_class cls = pl_parser_line(p, 0, 1, buf, strlen(buf));
  const pl_event *ev = pl_parser_event(p);

  g_assert_cmpstr(cls_name(cls), ==, cls_name(r->cls));
  if (cls == r->cls && r->cls == PL_LINE_PLUTO) { /* fields only mean something then */
    g_assert_cmpstr(ev->host, ==, r->host);
    g_assert_cmpint(ev->pid, ==, r->pid);
    if (!r->time || strcmp(r->time, ANY_TIME) != 0) {
      char *t = fmt_time(ev->time);
      g_assert_cmpstr(t, ==, r->time);
      g_free(t);
    }
    g_assert_cmpstr(ev->conn, ==, r->conn);
    g_assert_cmpstr(ev->instance, ==, r->instance);
    g_assert_cmpstr(ev->peer, ==, r->peer);
    g_assert_cmpint(ev->serial, ==, r->serial);
    g_assert_cmpuint(ev->repeat ? ev->repeat : 1, ==, r->repeat ? r->repeat : 1);
    g_assert_cmpstr(ev->rc, ==, r->rc);
    if (r->pkt_peer) g_assert_cmpstr(pl_event_str(ev, PL_F_PEER), ==, r->pkt_peer);
  }
  g_free(buf);
  pl_parser_free(p);
  pl_analysis_free(a);
}

/* The class a line gets must not depend on what the lexer saw before. */
static void test_state_reset(void) {
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  pl_parser *p = pl_parser_new(a);
  char l1[] = "Nov  7 04:45:35 UTM pluto[2219]: \"a\"[4] 10.0.0.1 #9: sent Main Mode request";
  char l2[] = "sent Main Mode request";
  pl_parser_line(p, 0, 1, l1, strlen(l1));
  g_assert_cmpint(pl_parser_event(p)->serial, ==, 9);
  pl_line_class c = pl_parser_line(p, 0, 2, l2, strlen(l2));
  const pl_event *ev = pl_parser_event(p);
  g_assert_cmpint(c, ==, PL_LINE_PLUTO);
  g_assert_cmpint(ev->serial, ==, 0);
  g_assert_null(ev->conn);
  g_assert_null(ev->instance);
  g_assert_null(ev->peer);
  g_assert_null(ev->host);
  g_assert_cmpint(ev->pid, ==, -1);
  g_assert_cmpint(ev->time, ==, -1);
  g_assert_cmpuint(ev->line, ==, 2);
  pl_parser_free(p);
  pl_analysis_free(a);
}

/* --year fills in the year only for stamps that have none. */
static void test_year(void) {
  pl_analysis *a = pl_analysis_new();
  pl_parser *p = pl_parser_new(a);
  char l1[] = "Feb 29 12:00:00 h pluto[1]: \"x\" #1: sent Main Mode request";
  a->default_year = 2024;
  pl_parser_line(p, 0, 1, l1, strlen(l1));
  char *t = fmt_time(pl_parser_event(p)->time);
  g_assert_cmpstr(t, ==, "2024-02-29T12:00:00.000000Z");
  g_free(t);
  char l2[] = "2025-01-02T03:04:05Z h pluto[1]: \"x\" #1: sent Main Mode request";
  pl_parser_line(p, 0, 2, l2, strlen(l2));
  t = fmt_time(pl_parser_event(p)->time);
  g_assert_cmpstr(t, ==, "2025-01-02T03:04:05.000000Z");
  g_free(t);
  pl_parser_free(p);
  pl_analysis_free(a);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_set_nonfatal_assertions();
  for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
    char *path = g_strdup_printf("/lexer/prefix/%s", rows[i].name);
    g_test_add_data_func(path, &rows[i], test_prefix);
    g_free(path);
  }
  g_test_add_func("/lexer/state-reset", test_state_reset);
  g_test_add_func("/lexer/year", test_year);
  return g_test_run();
}
