/* The plutodebug sublanguage (grammar/debug-lexer.l, grammar/debug.c):
 *   /debug/scan          one table row per construct: the class and slices of a line
 *   /debug/scan-dump     the TOP/DUMP start conditions: fields only inside a dump
 *   /debug/v1-phase2     an IKEv1 Quick Mode dump (Libreswan 4.10, lab): the peer's ESP
 *                        transform with its PFS group, client IDs, notify, no repeats
 *   /debug/v2-child      an IKEv2 IKE_AUTH dump (4.10, lab): ESP proposal, TSi/TSr, peer ID
 *   /debug/v1-oakley     IKEv1 Oakley attributes given as numbers only
 *   /debug/timer         "handling event EVENT_v1_RETRANSMIT" (3.x) as retransmit
 *   /debug/dedupe        a fact a plain line also states is reported once
 *   /debug/debug-only    an excerpt of debug lines alone still yields events
 *   /debug/conn-later    a state whose connection is named later is filed under it
 *   /debug/facts         pl_debug_facts_of: what the dumps proved, as esp=/subnets/ID
 *   /debug/peerconf      -f conf settings from a debug log: esp= with the PFS group, subnets
 *   /debug/hostile       control characters and overlong values never reach a field
 *   /debug/field-dev     the real debug excerpts 017 and 045 (skipped loudly without them) */
#include "debug.h"
#include "peerconf.h"

#include <string.h>

/* ---- scanner table ------------------------------------------------------- */

typedef struct {
  int line;
  const char *text; /* after the '|' */
  pl_dl_class cls;
  int depth; /* headers */
  const char *a, *b;
} scan_row;

static const scan_row rows[] = {
    {__LINE__, " ****parse ISAKMP Proposal Payload:", PL_DL_HEADER, 4, "ISAKMP Proposal Payload", "parse"},
    {__LINE__, " *****parse ISAKMP Transform Payload (ESP):", PL_DL_HEADER, 5,
     "ISAKMP Transform Payload (ESP)", "parse"},
    {__LINE__, " **parse IKEv2 Traffic Selector - Initiator - Payload:", PL_DL_HEADER, 2,
     "IKEv2 Traffic Selector - Initiator - Payload", "parse"},
    {__LINE__, " ***emit IKEv2 Notify Payload:", PL_DL_HEADER, 3, "IKEv2 Notify Payload", "emit"},
    {__LINE__, "    ESP transform ID: ESP_AES (0xc)", PL_DL_FIELD, 0, "ESP transform ID", "ESP_AES (0xc)"},
    {__LINE__, "    Notify Message Type: v2N_NO_PROPOSAL_CHOSEN (0xe)", PL_DL_FIELD, 0, "Notify Message Type",
     "v2N_NO_PROPOSAL_CHOSEN (0xe)"},
    {__LINE__, "    af+type: AF+KEY_LENGTH (0x8006)", PL_DL_FIELD, 0, "af+type", "AF+KEY_LENGTH (0x8006)"},
    {__LINE__, "    [7 is AUTH_ALGORITHM_HMAC_SHA2_512]", PL_DL_ENUM, 0, "AUTH_ALGORITHM_HMAC_SHA2_512",
     NULL},
    {__LINE__, "    [14 is OAKLEY_GROUP_MODP2048]", PL_DL_ENUM, 0, "OAKLEY_GROUP_MODP2048", NULL},
    {__LINE__, "   c6 33 64 00                                          .3d.", PL_DL_HEX, 0, NULL, NULL},
    {__LINE__, " child state #2: UNDEFINED(ignore) => QUICK_R0(established CHILD SA)", PL_DL_STATE, 0,
     "child state #2: UNDEFINED(ignore) => QUICK_R0(established CHILD SA)", NULL},
    {__LINE__, " parent state #1: PARENT_R1(half-open IKE SA) => ESTABLISHED_IKE_SA(established IKE SA)",
     PL_DL_STATE, 0, NULL, NULL},
    {__LINE__, " #11 STATE_XAUTH_R0: retransmits: cleared", PL_DL_STATE, 0, NULL, NULL},
    {__LINE__, " processing: start state #5 connection \"c\" 192.0.2.1 (in process_md() at demux.c:397)",
     PL_DL_PROCESSING, 0, NULL, NULL},
    {__LINE__, " start processing: state #2 connection \"westnet\" from 192.1.2.45:500", PL_DL_PROCESSING, 0,
     NULL, NULL},
    {__LINE__, " handling event EVENT_v1_RETRANSMIT for parent state #12", PL_DL_EVENT, 0, NULL, NULL},
    {__LINE__, " peer client is subnet 198.51.100.0/24", PL_DL_CLIENT, 0, NULL, NULL},
    {__LINE__, " our client is 192.168.5.2/32", PL_DL_CLIENT, 0, NULL, NULL},
    {__LINE__, " TS IP start", PL_DL_TS_LABEL, 0, NULL, NULL},
    {__LINE__, " TSi: parsing 1 traffic selectors", PL_DL_TS_DIR, 0, NULL, NULL},
    {__LINE__, " initiator ID is ID_IPV4_ADDR: '192.0.2.45'", PL_DL_ID, 0, NULL, NULL},
    {__LINE__,
     " ts:         narrow range: END initiator.client.selector=198.51.100.0/24 EQUALS TS "
     "TSi[0]=198.51.100.0-198.51.100.255 ==> 198.51.100.0-198.51.100.255 (must match)",
     PL_DL_TS_NARROW, 0, NULL, NULL},
    {__LINE__, " ts:   connection \"test\" $1 best by \"test\" $1", PL_DL_MATCH, 0, NULL, NULL},
    {__LINE__,
     "     tsi[0]=198.51.100.0/198.51.100.255 proto=0 portrange 0-65535, tsr[0]=203.0.113.0/203.0.113.255 "
     "proto=0 portrange 0-65535",
     PL_DL_TS_NARROW, 0, NULL, NULL},
    {__LINE__, " ts:   searching host_pair 192.0.2.45->192.0.2.23", PL_DL_OTHER, 0, NULL, NULL},
    {__LINE__, "   fc_try test gives test", PL_DL_MATCH, 0, NULL, NULL},
    {__LINE__, " duplicating state object #1 \"test\" as #4 for IPSEC SA", PL_DL_STATE_CONN, 0, NULL, NULL},
    {__LINE__, " state transition function for STATE_QUICK_R0 failed: NO_PROPOSAL_CHOSEN", PL_DL_FAILED, 0,
     NULL, NULL},
    {__LINE__, " internal address 192.168.5.2/32 from lease", PL_DL_LEASE, 0, NULL, NULL},
    {__LINE__, " spent 1.46 (1.46) milliseconds in process_iface_packet()", PL_DL_OTHER, 0, NULL, NULL},
    {__LINE__, "", PL_DL_OTHER, 0, NULL, NULL},
    {__LINE__, " added IDr payload to packet", PL_DL_OTHER, 0, NULL, NULL}, /* "ad" is not a hex byte */
};

static void test_scan(void) {
  pl_dl_scanner *sc = pl_dl_new();
  /* one header first: the field and enum rows are only fields inside a dump */
  for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
    const scan_row *r = &rows[i];
    int depth = -1;
    const char *a, *b;
    gsize an, bn;
    if (r->cls == PL_DL_FIELD || r->cls == PL_DL_ENUM)
      pl_dl_scan(sc, " ***parse X Payload:", 20, &depth, &a, &an, &b, &bn);
    pl_dl_class c = pl_dl_scan(sc, r->text, strlen(r->text), &depth, &a, &an, &b, &bn);
    if (c != r->cls)
      g_error("row at line %d: \"%s\" scanned as %s, expected %s", r->line, r->text, pl_dl_class_name(c),
              pl_dl_class_name(r->cls));
    if (r->cls == PL_DL_HEADER) g_assert_cmpint(depth, ==, r->depth);
    if (r->a) {
      char *x = g_strndup(a, an);
      if (strcmp(x, r->a)) g_error("row at line %d: slice a \"%s\", expected \"%s\"", r->line, x, r->a);
      g_free(x);
    }
    if (r->b) {
      char *x = g_strndup(b, bn);
      if (strcmp(x, r->b)) g_error("row at line %d: slice b \"%s\", expected \"%s\"", r->line, x, r->b);
      g_free(x);
    }
  }
  pl_dl_free(sc);
}

static void test_scan_dump(void) {
  pl_dl_scanner *sc = pl_dl_new();
  int depth;
  const char *a, *b;
  gsize an, bn;
  const char *field = "    ID type: ID_FQDN (0x2)";
  /* outside a dump an indented "name: value" is prose */
  g_assert_cmpint(pl_dl_scan(sc, field, strlen(field), &depth, &a, &an, &b, &bn), ==, PL_DL_OTHER);
  const char *hdr = " ***parse ISAKMP Identification Payload:";
  g_assert_cmpint(pl_dl_scan(sc, hdr, strlen(hdr), &depth, &a, &an, &b, &bn), ==, PL_DL_HEADER);
  g_assert_cmpint(depth, ==, 3);
  g_assert_cmpint(pl_dl_scan(sc, field, strlen(field), &depth, &a, &an, &b, &bn), ==, PL_DL_FIELD);
  /* a state change ends the dump */
  const char *st = " child state #2: UNDEFINED(ignore) => QUICK_R0(established CHILD SA)";
  g_assert_cmpint(pl_dl_scan(sc, st, strlen(st), &depth, &a, &an, &b, &bn), ==, PL_DL_STATE);
  g_assert_cmpint(pl_dl_scan(sc, field, strlen(field), &depth, &a, &an, &b, &bn), ==, PL_DL_OTHER);
  /* and so does a plain line (pl_dl_top) */
  pl_dl_scan(sc, hdr, strlen(hdr), &depth, &a, &an, &b, &bn);
  pl_dl_top(sc);
  g_assert_cmpint(pl_dl_scan(sc, field, strlen(field), &depth, &a, &an, &b, &bn), ==, PL_DL_OTHER);
  pl_dl_free(sc);
}

/* ---- the assembler through a whole analysis ------------------------------ */

typedef struct {
  GPtrArray *evs; /* pl_event copies, in delivery order */
} sink_t;

static void sink(const pl_event *ev, gpointer user) {
  sink_t *s = user;
  g_ptr_array_add(s->evs, pl_event_copy(ev));
}

static pl_analysis *run(const char *text, sink_t *s) {
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  s->evs = g_ptr_array_new_with_free_func((GDestroyNotify) pl_event_free);
  a->sink = sink;
  a->sink_user = s;
  guint32 src = pl_analysis_add_source(a, "test.log");
  pl_analysis_feed_bytes(a, src, text, strlen(text));
  pl_analysis_finish(a);
  return a;
}

static int count_kind(const sink_t *s, pl_event_kind k) {
  int n = 0;
  for (guint i = 0; i < s->evs->len; i++)
    if (((pl_event *) s->evs->pdata[i])->kind == k) n++;
  return n;
}

static const pl_event *first_kind(const sink_t *s, pl_event_kind k) {
  for (guint i = 0; i < s->evs->len; i++)
    if (((pl_event *) s->evs->pdata[i])->kind == k) return s->evs->pdata[i];
  return NULL;
}

static void done(pl_analysis *a, sink_t *s) {
  g_ptr_array_free(s->evs, TRUE);
  pl_analysis_free(a);
}

static const pl_conn *conn_named(const pl_analysis *a, const char *name) {
  for (guint i = 0; i < a->conns->len; i++) {
    const pl_conn *c = a->conns->pdata[i];
    if (c->name && !strcmp(c->name, name)) return c;
  }
  return NULL;
}

/* Libreswan 4.10, east of the lab's ikev1-p2-proposal-debug (trimmed to the
 * lines of one Quick Mode attempt) */
static const char v1_phase2[] =
    "Dec  7 13:32:37.132603: | State DB: found IKEv1 state #1 in MAIN_R3 (find_state_ikev1)\n"
    "Dec  7 13:32:37.132730: | ***parse ISAKMP Identification Payload (IPsec DOI):\n"
    "Dec  7 13:32:37.132737: |    ID type: ID_IPV4_ADDR_SUBNET (0x4)\n"
    "Dec  7 13:32:37.132848: | peer client is subnet 198.51.100.0/24\n"
    "Dec  7 13:32:37.132868: | our client is subnet 203.0.113.0/24\n"
    "Dec  7 13:32:37.132874: \"test\" #1: the peer proposed: 203.0.113.0/24 -<all>-> 198.51.100.0/24\n"
    "Dec  7 13:32:37.132919: |   fc_try test gives test\n"
    "Dec  7 13:32:37.132976: | duplicating state object #1 \"test\" as #4 for IPSEC SA\n"
    "Dec  7 13:32:37.133015: | child state #4: UNDEFINED(ignore) => QUICK_R0(established CHILD SA)\n"
    "Dec  7 13:32:37.133019: | ****parse IPsec DOI SIT:\n"
    "Dec  7 13:32:37.133022: |    IPsec DOI SIT: SIT_IDENTITY_ONLY (0x1)\n"
    "Dec  7 13:32:37.133025: | ****parse ISAKMP Proposal Payload:\n"
    "Dec  7 13:32:37.133028: |    next payload type: ISAKMP_NEXT_NONE (0x0)\n"
    "Dec  7 13:32:37.133033: |    proposal number: 0 (00)\n"
    "Dec  7 13:32:37.133036: |    protocol ID: PROTO_IPSEC_ESP (0x3)\n"
    "Dec  7 13:32:37.133041: |    number of transforms: 1 (01)\n"
    "Dec  7 13:32:37.133043: | parsing 4 raw bytes of ISAKMP Proposal Payload into SPI\n"
    "Dec  7 13:32:37.133048: |   c7 ac b0 91                                          ....\n"
    "Dec  7 13:32:37.133052: | *****parse ISAKMP Transform Payload (ESP):\n"
    "Dec  7 13:32:37.133060: |    ESP transform number: 0 (00)\n"
    "Dec  7 13:32:37.133062: |    ESP transform ID: ESP_AES (0xc)\n"
    "Dec  7 13:32:37.133067: | ******parse ISAKMP IPsec DOI attribute:\n"
    "Dec  7 13:32:37.133070: |    af+type: AF+GROUP_DESCRIPTION (0x8003)\n"
    "Dec  7 13:32:37.133072: |    length/value: 14 (00 0e)\n"
    "Dec  7 13:32:37.133076: |    [14 is OAKLEY_GROUP_MODP2048]\n"
    "Dec  7 13:32:37.133079: | ******parse ISAKMP IPsec DOI attribute:\n"
    "Dec  7 13:32:37.133082: |    af+type: AF+ENCAPSULATION_MODE (0x8004)\n"
    "Dec  7 13:32:37.133084: |    length/value: 1 (00 01)\n"
    "Dec  7 13:32:37.133087: |    [1 is ENCAPSULATION_MODE_TUNNEL]\n"
    "Dec  7 13:32:37.133090: | NAT-T non-encap: Installing IPsec SA without ENCAP, st->hidden_variables.st_nat_traversal is none\n"
    "Dec  7 13:32:37.133112: | ******parse ISAKMP IPsec DOI attribute:\n"
    "Dec  7 13:32:37.133115: |    af+type: AF+AUTH_ALGORITHM (0x8005)\n"
    "Dec  7 13:32:37.133117: |    length/value: 7 (00 07)\n"
    "Dec  7 13:32:37.133141: |    [7 is AUTH_ALGORITHM_HMAC_SHA2_512]\n"
    "Dec  7 13:32:37.133144: | ******parse ISAKMP IPsec DOI attribute:\n"
    "Dec  7 13:32:37.133147: |    af+type: AF+KEY_LENGTH (0x8006)\n"
    "Dec  7 13:32:37.133149: |    length/value: 256 (01 00)\n"
    "Dec  7 13:32:37.133154: \"test\" #4: no acceptable Proposal in IPsec SA\n"
    "Dec  7 13:32:37.133270: \"test\" #4: sending encrypted notification NO_PROPOSAL_CHOSEN to 192.0.2.45:500\n"
    "Dec  7 13:32:37.133276: | **emit ISAKMP Message:\n"
    "Dec  7 13:32:37.133287: |    ISAKMP version: ISAKMP Version 1.0 (rfc2407) (0x10)\n"
    "Dec  7 13:32:37.133290: |    exchange type: ISAKMP_XCHG_INFO (0x5)\n"
    "Dec  7 13:32:37.133320: | ***emit ISAKMP Notification Payload:\n"
    "Dec  7 13:32:37.133332: |    Notify Message Type: v1N_NO_PROPOSAL_CHOSEN (0xe)\n"
    "Dec  7 13:32:37.133419: | state transition function for STATE_QUICK_R0 failed: NO_PROPOSAL_CHOSEN\n"
    "Dec  7 13:32:37.133427: \"test\" #4: deleting state (STATE_QUICK_R0) aged 0.000473s and NOT sending notification\n"
    "Dec  7 13:32:37.133475: | child state #4: QUICK_R0(established CHILD SA) => UNDEFINED(ignore)\n";

static void test_v1_phase2(void) {
  sink_t s;
  pl_analysis *a = run(v1_phase2, &s);
  g_assert_cmpint(count_kind(&s, PL_EV_DEBUG_PROPOSALS), ==, 1);
  const pl_event *p = first_kind(&s, PL_EV_DEBUG_PROPOSALS);
  g_assert_cmpstr(pl_event_str(p, PL_F_PROPOSALS), ==,
                  "1:ESP:ENCR=ESP_AES_256;INTEG=HMAC_SHA2_512;DH=OAKLEY_GROUP_MODP2048");
  g_assert_cmpstr(pl_event_str(p, PL_F_DIRECTION), ==, "received");
  g_assert_cmpstr(pl_event_str(p, PL_F_PFSGROUP), ==, "modp2048");
  g_assert_cmpstr(p->conn, ==, "test");
  g_assert_cmpint(p->serial, ==, 4);
  g_assert_cmpint(p->line, ==, 12); /* the proposal header */
  const pl_event *ts = first_kind(&s, PL_EV_DEBUG_TS);
  g_assert_nonnull(ts);
  g_assert_cmpstr(pl_event_str(ts, PL_F_REMOTE_TS), ==, "198.51.100.0/24");
  g_assert_cmpstr(pl_event_str(ts, PL_F_LOCAL_TS), ==, "203.0.113.0/24");
  g_assert_cmpstr(pl_event_str(first_kind(&s, PL_EV_DEBUG_MATCH), PL_F_WHAT), ==, "test");
  /* the plain "sending encrypted notification" said it: no second notify-sent,
   * and the transition failure with the same notification is not repeated */
  g_assert_cmpint(count_kind(&s, PL_EV_NOTIFY_SENT), ==, 1);
  g_assert_cmpint(count_kind(&s, PL_EV_TRANSITION_FAILED), ==, 0);
  /* the state change to QUICK_R0 (not the one to UNDEFINED) */
  g_assert_cmpint(count_kind(&s, PL_EV_STATE_STORY), ==, 1);
  g_assert_cmpstr(pl_event_str(first_kind(&s, PL_EV_STATE_STORY), PL_F_STATE), ==, "STATE_QUICK_R0");
  /* counted among the kinds, and the debug lines still count as debug */
  g_assert_cmpint(a->stats.kinds[PL_EV_DEBUG_PROPOSALS], ==, 1);
  g_assert_cmpint(a->stats.debug, ==, 43);
  done(a, &s);
}

/* Libreswan 4.10, east of ikev2-p2-proposal-debug: IKE_AUTH request */
static const char v2_child[] =
    "Dec  7 13:32:55.449182: | process_v2_request_no_skeyseed_continue() for #1 STATE_V2_PARENT_R1: calculating g^{xy}, sending R2\n"
    "Dec  7 13:32:55.449700: | #1 STATE_V2_PARENT_R1: retransmits: cleared\n"
    "Dec  7 13:32:55.449747: | **parse IKEv2 Identification - Initiator - Payload:\n"
    "Dec  7 13:32:55.449759: |    ID type: ID_IPV4_ADDR (0x1)\n"
    "Dec  7 13:32:55.449904: | initiator ID is ID_IPV4_ADDR: '192.0.2.45'\n"
    "Dec  7 13:32:55.450125: \"test\" #1: responder established IKE SA; authenticated peer using authby=secret and ID_IPV4_ADDR '192.0.2.45'\n"
    "Dec  7 13:32:55.450467: | **emit ISAKMP Message:\n"
    "Dec  7 13:32:55.450478: |    ISAKMP version: IKEv2 version 2.0 (rfc4306/rfc5996) (0x20)\n"
    "Dec  7 13:32:55.450481: |    exchange type: ISAKMP_v2_IKE_AUTH (0x23)\n"
    "Dec  7 13:32:55.450484: |    flags: ISAKMP_FLAG_v2_MSG_RESPONSE (0x20)\n"
    "Dec  7 13:32:55.450737: | duplicating state object #1 \"test\" as #2 for IPSEC SA\n"
    "Dec  7 13:32:55.450769: | child state #2: UNDEFINED(ignore) => IKE_AUTH_CHILD_R0(ignore)\n"
    "Dec  7 13:32:55.450777: | TSi: parsing 1 traffic selectors\n"
    "Dec  7 13:32:55.450780: | ***parse IKEv2 Traffic Selector Header:\n"
    "Dec  7 13:32:55.450783: |    TS type: IKEv2_TS_IPV4_ADDR_RANGE (0x7)\n"
    "Dec  7 13:32:55.450799: | parsing 4 raw bytes of IKEv2 Traffic Selector Header into TS IP start\n"
    "Dec  7 13:32:55.450802: | TS IP start\n"
    "Dec  7 13:32:55.450804: |   c6 33 64 00                                          .3d.\n"
    "Dec  7 13:32:55.450807: | parsing 4 raw bytes of IKEv2 Traffic Selector Header into TS IP end\n"
    "Dec  7 13:32:55.450809: | TS IP end\n"
    "Dec  7 13:32:55.450811: |   c6 33 64 ff                                          .3d.\n"
    "Dec  7 13:32:55.450816: | TSi: parsed 1 traffic selectors\n"
    "Dec  7 13:32:55.450818: | TSr: parsing 1 traffic selectors\n"
    "Dec  7 13:32:55.450821: | ***parse IKEv2 Traffic Selector Header:\n"
    "Dec  7 13:32:55.450839: | TS IP start\n"
    "Dec  7 13:32:55.450842: |   cb 00 71 00                                          ..q.\n"
    "Dec  7 13:32:55.450846: | TS IP end\n"
    "Dec  7 13:32:55.450849: |   cb 00 71 ff                                          ..q.\n"
    "Dec  7 13:32:55.450851: | TSr: parsed 1 traffic selectors\n"
    "Dec  7 13:32:55.450897: | ts:         narrow range: END initiator.client.selector=198.51.100.0/24 EQUALS TS TSi[0]=198.51.100.0-198.51.100.255 ==> 198.51.100.0-198.51.100.255 (must match)\n"
    "Dec  7 13:32:55.450915: | ts:         narrow range: END responder.client.selector=203.0.113.0/24 EQUALS TS TSr[0]=203.0.113.0-203.0.113.255 ==> 203.0.113.0-203.0.113.255 (must match)\n"
    "Dec  7 13:32:55.450937: | ts:   connection \"test\" $1 best by \"test\" $1\n"
    "Dec  7 13:32:55.450961: | ***parse IKEv2 Proposal Substructure Payload:\n"
    "Dec  7 13:32:55.450969: |    prop #: 1 (01)\n"
    "Dec  7 13:32:55.450971: |    proto ID: IKEv2_SEC_PROTO_ESP (0x3)\n"
    "Dec  7 13:32:55.450990: | ****parse IKEv2 Transform Substructure Payload:\n"
    "Dec  7 13:32:55.450997: |    IKEv2 transform type: TRANS_TYPE_ENCR (0x1)\n"
    "Dec  7 13:32:55.451000: |    IKEv2 transform ID: AES_CBC (0xc)\n"
    "Dec  7 13:32:55.451005: | *****parse IKEv2 Attribute Substructure Payload:\n"
    "Dec  7 13:32:55.451007: |    af+type: AF+IKEv2_KEY_LENGTH (0x800e)\n"
    "Dec  7 13:32:55.451010: |    length/value: 256 (01 00)\n"
    "Dec  7 13:32:55.451014: | ****parse IKEv2 Transform Substructure Payload:\n"
    "Dec  7 13:32:55.451021: |    IKEv2 transform type: TRANS_TYPE_INTEG (0x3)\n"
    "Dec  7 13:32:55.451023: |    IKEv2 transform ID: AUTH_HMAC_SHA2_512_256 (0xe)\n"
    "Dec  7 13:32:55.451026: | ****parse IKEv2 Transform Substructure Payload:\n"
    "Dec  7 13:32:55.451033: |    IKEv2 transform type: TRANS_TYPE_ESN (0x5)\n"
    "Dec  7 13:32:55.451035: |    IKEv2 transform ID: ESN_ENABLED (0x1)\n"
    "Dec  7 13:32:55.451039: | remote proposal 1 transform 2 (ESN=ENABLED) matches local proposal 1 type 5 (ESN) transform 0\n"
    "Dec  7 13:32:55.451059: \"test\" #2: no local proposal matches remote proposals 1:ESP:ENCR=AES_CBC_256;INTEG=HMAC_SHA2_512_256;ESN=ENABLED\n"
    "Dec  7 13:32:55.451211: | ****emit IKEv2 Notify Payload:\n"
    "Dec  7 13:32:55.451224: |    Notify Message Type: v2N_NO_PROPOSAL_CHOSEN (0xe)\n";

static void test_v2_child(void) {
  sink_t s;
  pl_analysis *a = run(v2_child, &s);
  const pl_event *id = first_kind(&s, PL_EV_DEBUG_ID);
  g_assert_nonnull(id);
  g_assert_cmpstr(pl_event_str(id, PL_F_ID), ==, "192.0.2.45");
  g_assert_cmpstr(pl_event_str(id, PL_F_ID_TYPE), ==, "ID_IPV4_ADDR");
  g_assert_cmpstr(id->conn, ==, "test"); /* held until the plain line named #1's connection */
  g_assert_cmpint(id->serial, ==, 1);
  /* TSi/TSr from the hex dumps; the narrow-range lines repeat it: one event */
  g_assert_cmpint(count_kind(&s, PL_EV_DEBUG_TS), ==, 1);
  const pl_event *ts = first_kind(&s, PL_EV_DEBUG_TS);
  /* a request from the peer: TSi is the peer's side */
  g_assert_cmpstr(pl_event_str(ts, PL_F_REMOTE_TS), ==, "198.51.100.0-198.51.100.255");
  g_assert_cmpstr(pl_event_str(ts, PL_F_LOCAL_TS), ==, "203.0.113.0-203.0.113.255");
  g_assert_cmpint(ts->serial, ==, 2);
  const pl_event *p = first_kind(&s, PL_EV_DEBUG_PROPOSALS);
  g_assert_nonnull(p);
  g_assert_cmpstr(pl_event_str(p, PL_F_PROPOSALS), ==,
                  "1:ESP:ENCR=AES_CBC_256;INTEG=HMAC_SHA2_512_256;ESN=ENABLED");
  g_assert_null(pl_event_str(p, PL_F_PFSGROUP));
  /* the error notification we sent: notify-sent, as the plain lines give it */
  const pl_event *n = first_kind(&s, PL_EV_NOTIFY_SENT);
  g_assert_nonnull(n);
  g_assert_cmpstr(pl_event_str(n, PL_F_NOTIFY), ==, "NO_PROPOSAL_CHOSEN");
  g_assert_cmpstr(n->conn, ==, "test");
  done(a, &s);
}

/* Libreswan 3.x: the responder's view of the peer's TSi/TSr in one line */
static void test_v3_ts(void) {
  static const char log[] =
      "Mar  1 10:00:00 east pluto[11]: \"c\" #2: processing IKE_AUTH request\n"
      "Mar  1 10:00:00 east pluto[11]: | processing: start state #2 connection \"c\" 192.0.2.45 (in process_md() at demux.c:397)\n"
      "Mar  1 10:00:00 east pluto[11]: |     tsi[0]=198.51.100.0/198.51.100.255 proto=0 portrange 0-65535, tsr[0]=203.0.113.0/203.0.113.255 proto=0 portrange 0-65535\n"
      "Mar  1 10:00:00 east pluto[11]: |     tsi[0]=198.51.100.0/198.51.100.255 proto=0 portrange 0-65535, tsr[0]=203.0.113.0/203.0.113.255 proto=0 portrange 0-65535\n";
  sink_t s;
  pl_analysis *a = run(log, &s);
  g_assert_cmpint(count_kind(&s, PL_EV_DEBUG_TS), ==, 1); /* the repeat is not reported */
  const pl_event *ts = first_kind(&s, PL_EV_DEBUG_TS);
  g_assert_cmpstr(pl_event_str(ts, PL_F_REMOTE_TS), ==, "198.51.100.0-198.51.100.255");
  g_assert_cmpstr(pl_event_str(ts, PL_F_LOCAL_TS), ==, "203.0.113.0-203.0.113.255");
  g_assert_cmpstr(ts->conn, ==, "c");
  done(a, &s);
}

/* IKEv1 Main Mode: the Oakley attributes are numbers only (4.10) */
static void test_v1_oakley(void) {
  static const char log[] = "| ****parse ISAKMP Proposal Payload:\n"
                            "|    protocol ID: PROTO_ISAKMP (0x1)\n"
                            "| *****parse ISAKMP Transform Payload (ISAKMP):\n"
                            "|    ISAKMP transform ID: KEY_IKE (0x1)\n"
                            "| ******parse ISAKMP Oakley attribute:\n"
                            "|    af+type: AF+OAKLEY_ENCRYPTION_ALGORITHM (0x8001)\n"
                            "|    length/value: 7 (00 07)\n"
                            "| ******parse ISAKMP Oakley attribute:\n"
                            "|    af+type: AF+OAKLEY_HASH_ALGORITHM (0x8002)\n"
                            "|    length/value: 4 (00 04)\n"
                            "| ******parse ISAKMP Oakley attribute:\n"
                            "|    af+type: AF+OAKLEY_GROUP_DESCRIPTION (0x8004)\n"
                            "|    length/value: 14 (00 0e)\n"
                            "| ******parse ISAKMP Oakley attribute:\n"
                            "|    af+type: AF+OAKLEY_KEY_LENGTH (0x800e)\n"
                            "|    length/value: 256 (01 00)\n"
                            "| *****parse ISAKMP Transform Payload (ISAKMP):\n"
                            "|    ISAKMP transform ID: KEY_IKE (0x1)\n"
                            "| ******parse ISAKMP Oakley attribute:\n"
                            "|    af+type: AF+OAKLEY_ENCRYPTION_ALGORITHM (0x8001)\n"
                            "|    length/value: 5 (00 05)\n"
                            "| ******parse ISAKMP Oakley attribute:\n"
                            "|    af+type: AF+OAKLEY_HASH_ALGORITHM (0x8002)\n"
                            "|    length/value: 2 (00 02)\n"
                            "| ******parse ISAKMP Oakley attribute:\n"
                            "|    af+type: AF+OAKLEY_GROUP_DESCRIPTION (0x8004)\n"
                            "|    length/value: 2 (00 02)\n"
                            "| ***emit ISAKMP Vendor ID Payload:\n";
  sink_t s;
  pl_analysis *a = run(log, &s);
  const pl_event *p = first_kind(&s, PL_EV_DEBUG_PROPOSALS);
  g_assert_nonnull(p);
  const char *d = pl_event_str(p, PL_F_PROPOSALS);
  g_assert_cmpstr(d, ==, "1:IKE:ENCR=AES_CBC_256;PRF=SHA2_256;DH=DH14 2:IKE:ENCR=3DES_CBC;PRF=SHA1;DH=DH2");
  /* the one table turns it into ike= */
  pl_debug_facts f;
  const pl_conn *c = a->conns->len ? a->conns->pdata[0] : NULL;
  pl_debug_facts_of(c, &f);
  g_assert_true(f.any);
  g_assert_cmpstr(f.peer_ike, ==, "aes256-sha2_256;modp2048,3des-sha1;modp1024");
  pl_debug_facts_clear(&f);
  done(a, &s);
}

/* Libreswan 3.x (field-dev 045 wording): timer events and processing context */
static void test_timer(void) {
  static const char log[] =
      "Jul  7 16:31:21.411703: | handling event EVENT_v1_RETRANSMIT for parent state #12\n"
      "Jul  7 16:31:21.411714: | processing: start state #12 connection \"EU_APAC/1x1\" 203.0.113.5 (in timer_event_cb() at timer.c:319)\n"
      "Jul  7 16:31:21.411718: | IKEv1 retransmit event\n";
  sink_t s;
  pl_analysis *a = run(log, &s);
  g_assert_cmpint(count_kind(&s, PL_EV_RETRANSMIT), ==, 1);
  const pl_event *r = first_kind(&s, PL_EV_RETRANSMIT);
  g_assert_cmpint(r->serial, ==, 12);
  /* the connection named on the line after is the one it is filed under */
  g_assert_cmpstr(r->conn, ==, "EU_APAC/1x1");
  g_assert_cmpint(a->stats.recognised, ==, 0);
  g_assert_cmpint(a->stats.debug, ==, 3);
  done(a, &s);
}

static void test_dedupe(void) {
  /* the plain retransmission line comes after the debug timer line */
  static const char log[] =
      "Jul  7 16:31:21.411703: | handling event EVENT_v1_RETRANSMIT for parent state #12\n"
      "Jul  7 16:31:21.411714: | processing: start state #12 connection \"c\" 203.0.113.5 (in timer_event_cb() at timer.c:319)\n"
      "Jul  7 16:31:21.411764: \"c\" #12: STATE_MAIN_I1: retransmission; will wait 16 seconds for response\n";
  sink_t s;
  pl_analysis *a = run(log, &s);
  g_assert_cmpint(count_kind(&s, PL_EV_RETRANSMIT), ==, 1);
  g_assert_null(pl_event_str(first_kind(&s, PL_EV_RETRANSMIT), PL_F_WHAT)); /* the plain one */
  done(a, &s);
}

static void test_debug_only(void) {
  static const char log[] =
      "Apr 06 23:55:45 vpn2 pluto[2306214]: | #11 STATE_XAUTH_R0: retransmits: cleared\n"
      "Apr 06 23:55:45 vpn2 pluto[2306214]: | #11 STATE_XAUTH_R0: retransmits: cleared\n"
      "Apr 06 23:55:45 vpn2 pluto[2306214]: | internal address 192.168.5.2/32 from lease\n"
      "Apr 06 23:55:45 vpn2 pluto[2306214]: | peer client is 192.168.5.2/32\n";
  sink_t s;
  pl_analysis *a = run(log, &s);
  g_assert_cmpint(a->stats.debug, ==, 4);
  g_assert_cmpint(count_kind(&s, PL_EV_STATE_STORY), ==, 1); /* the repeat is not reported */
  g_assert_cmpint(count_kind(&s, PL_EV_MODECFG), ==, 1);
  g_assert_cmpstr(pl_event_str(first_kind(&s, PL_EV_MODECFG), PL_F_ADDRESS), ==, "192.168.5.2/32");
  const pl_event *ts = first_kind(&s, PL_EV_DEBUG_TS);
  g_assert_nonnull(ts);
  g_assert_cmpstr(pl_event_str(ts, PL_F_REMOTE_TS), ==, "192.168.5.2/32");
  /* no connection was ever named: the events stay off any state */
  g_assert_cmpint(first_kind(&s, PL_EV_STATE_STORY)->serial, ==, 0);
  g_assert_cmpstr(first_kind(&s, PL_EV_STATE_STORY)->host, ==, "vpn2");
  done(a, &s);
}

static void test_conn_later(void) {
  /* the IKEv2 responder's first state exists before its connection is named */
  static const char log[] =
      "| parent state #1: UNDEFINED(ignore) => PARENT_R0(half-open IKE SA)\n"
      "\"west\" #1: proposal 1:IKE=AES_GCM_C_256-HMAC_SHA2_512-MODP2048 chosen from remote proposals 1:IKE:ENCR=AES_GCM_C_256;PRF=HMAC_SHA2_512;DH=MODP2048[first-match]\n";
  sink_t s;
  pl_analysis *a = run(log, &s);
  const pl_event *st = first_kind(&s, PL_EV_STATE_STORY);
  g_assert_nonnull(st);
  g_assert_cmpstr(st->conn, ==, "west");
  g_assert_cmpint(st->serial, ==, 1);
  /* one SA #1, under "west" */
  const pl_conn *c = conn_named(a, "west");
  g_assert_nonnull(c);
  g_assert_cmpint(c->sas->len, ==, 1);
  g_assert_cmpint(((pl_sa *) c->sas->pdata[0])->n_events, ==, 2);
  done(a, &s);
}

static void test_facts(void) {
  sink_t s;
  pl_analysis *a = run(v1_phase2, &s);
  pl_debug_facts f;
  pl_debug_facts_of(conn_named(a, "test"), &f);
  g_assert_true(f.any);
  g_assert_cmpstr(f.peer_esp, ==, "aes256-sha2_512;modp2048");
  g_assert_cmpstr(f.peer_pfsgroup, ==, "modp2048");
  g_assert_false(f.peer_pfs_none);
  g_assert_cmpstr(f.peer_ts, ==, "198.51.100.0/24");
  g_assert_cmpstr(f.our_ts, ==, "203.0.113.0/24");
  g_assert_cmpuint(f.esp_line, ==, 12);
  pl_debug_facts_clear(&f);
  done(a, &s);

  a = run(v2_child, &s);
  pl_debug_facts_of(conn_named(a, "test"), &f);
  g_assert_cmpstr(f.peer_esp, ==, "aes256-sha2_512");
  g_assert_true(f.peer_pfs_none);
  g_assert_cmpstr(f.peer_id, ==, "192.0.2.45");
  g_assert_cmpstr(f.notify_sent, ==, "NO_PROPOSAL_CHOSEN");
  pl_debug_facts_clear(&f);
  done(a, &s);

  /* a plain log: nothing */
  a = run("\"test\" #1: initiating IKEv2 connection\n", &s);
  pl_debug_facts_of(conn_named(a, "test"), &f);
  g_assert_false(f.any);
  g_assert_null(f.peer_esp);
  pl_debug_facts_clear(&f);
  done(a, &s);
}

static void test_peerconf(void) {
  sink_t s;
  pl_analysis *a = run(v1_phase2, &s);
  const pl_peerconf_t *pc = pl_conn_peerconf(conn_named(a, "test"));
  g_assert_nonnull(pc);
  g_assert_cmpstr(pc->item[PL_PC_ESP].value, ==, "aes256-sha2_512;modp2048");
  g_assert_cmpint(pc->item[PL_PC_ESP].conf, ==, PL_CONF_SEEN);
  g_assert_cmpstr(pc->item[PL_PC_PFS].value, ==, "yes");
  g_assert_cmpstr(pc->item[PL_PC_LEFTSUBNET].value, ==, "203.0.113.0/24");
  g_assert_cmpstr(pc->item[PL_PC_RIGHTSUBNET].value, ==, "198.51.100.0/24");
  g_assert_false(pc->v1_phase2_hidden); /* the dump showed it */
  done(a, &s);

  a = run(v2_child, &s);
  pc = pl_conn_peerconf(conn_named(a, "test"));
  g_assert_cmpstr(pc->item[PL_PC_LEFTSUBNET].value, ==, "203.0.113.0/24");
  g_assert_cmpstr(pc->item[PL_PC_RIGHTSUBNET].value, ==, "198.51.100.0/24");
  g_assert_cmpstr(pc->item[PL_PC_RIGHTID].value, ==, "192.0.2.45");
  done(a, &s);
}

static void test_hostile(void) {
  /* a peer's ID with control characters and quotes; an overlong transform name */
  GString *log = g_string_new(NULL);
  g_string_append(log, "| initiator ID is ID_FQDN: '@evil\x1b[31m\"x'\n");
  g_string_append(
      log, "| ****parse IKEv2 Proposal Substructure Payload:\n|    proto ID: IKEv2_SEC_PROTO_ESP (0x3)\n");
  g_string_append(
      log,
      "| *****parse IKEv2 Transform Substructure Payload:\n|    IKEv2 transform type: TRANS_TYPE_ENCR (0x1)\n");
  g_string_append(log, "|    IKEv2 transform ID: ");
  for (int i = 0; i < 5000; i++) g_string_append_c(log, 'A');
  g_string_append(log, " (0xc)\n| ***emit IKEv2 Notify Payload:\n");
  for (int i = 0; i < 100; i++) /* more proposals than kept */
    g_string_append(
        log, "| ****parse IKEv2 Proposal Substructure Payload:\n|    proto ID: IKEv2_SEC_PROTO_ESP (0x3)\n");
  sink_t s;
  pl_analysis *a = run(log->str, &s);
  for (guint i = 0; i < s.evs->len; i++) {
    const pl_event *ev = s.evs->pdata[i];
    for (int f = 0; f < ev->nfields; f++) {
      if (ev->f[f].type != PL_T_STR) continue;
      const char *v = ev->f[f].v.s;
      g_assert_true(g_utf8_validate(v, -1, NULL));
      for (const char *p = v; *p; p++) g_assert_cmpint((unsigned char) *p, >=, 0x20);
      g_assert_cmpuint(strlen(v), <, 2000);
    }
  }
  g_assert_nonnull(first_kind(&s, PL_EV_DEBUG_ID));
  g_assert_cmpint(a->stats.debug, ==, 207);
  g_string_free(log, TRUE);
  done(a, &s);
}

static void test_field_dev(void) {
  const char *dir = PL_SRCDIR "/../shared/corpus/field-dev";
  char *p17 = g_build_filename(dir, "017.log", NULL), *p45 = g_build_filename(dir, "045.log", NULL);
  char *b17 = NULL, *b45 = NULL;
  if (!g_file_get_contents(p17, &b17, NULL, NULL) || !g_file_get_contents(p45, &b45, NULL, NULL)) {
    g_test_skip("field-dev excerpts 017/045 not found next to the repository (../shared/corpus/field-dev)");
    g_free(p17), g_free(p45), g_free(b17), g_free(b45);
    return;
  }
  sink_t s;
  pl_analysis *a = run(b17, &s);
  /* 017: debug lines only, but for one XAUTH line */
  g_assert_cmpint(a->stats.recognised, ==, 1);
  g_assert_cmpint(count_kind(&s, PL_EV_MODECFG), >=, 1);
  g_assert_cmpint(count_kind(&s, PL_EV_DEBUG_TS), >=, 1);
  const pl_event *st = first_kind(&s, PL_EV_STATE_STORY);
  g_assert_nonnull(st);
  g_assert_cmpstr(st->conn, ==, "remote3");
  g_assert_cmpstr(st->instance, ==, "[2]");
  done(a, &s);
  a = run(b45, &s);
  g_assert_cmpint(count_kind(&s, PL_EV_RETRANSMIT), ==, 1); /* the plain line's; the debug one is a repeat */
  g_assert_cmpstr(first_kind(&s, PL_EV_RETRANSMIT)->conn, ==, "EU_APAC/1x1");
  done(a, &s);
  g_free(p17), g_free(p45), g_free(b17), g_free(b45);
}

int main(int argc, char **argv) {
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/debug/scan", test_scan);
  g_test_add_func("/debug/scan-dump", test_scan_dump);
  g_test_add_func("/debug/v1-phase2", test_v1_phase2);
  g_test_add_func("/debug/v2-child", test_v2_child);
  g_test_add_func("/debug/v1-oakley", test_v1_oakley);
  g_test_add_func("/debug/v3-ts", test_v3_ts);
  g_test_add_func("/debug/timer", test_timer);
  g_test_add_func("/debug/dedupe", test_dedupe);
  g_test_add_func("/debug/debug-only", test_debug_only);
  g_test_add_func("/debug/conn-later", test_conn_later);
  g_test_add_func("/debug/facts", test_facts);
  g_test_add_func("/debug/peerconf", test_peerconf);
  g_test_add_func("/debug/hostile", test_hostile);
  g_test_add_func("/debug/field-dev", test_field_dev);
  return g_test_run();
}
