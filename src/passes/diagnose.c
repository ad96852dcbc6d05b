/* The diagnose pass: the ladder of DESIGN.md, per attempt.
 *
 * An attempt is an IKE SA with its Child SAs (or Child SAs whose IKE SA is
 * not in the log).  Each event of an attempt is first reduced to a signal
 * (what it proves: a stage passed, a cause of failure, a consequence);
 * the kind decides, and for lines the grammar does not type yet the
 * message text does, so the diagnosis does not wait for the grammar.
 *
 * The first cause in log order is the answer: a notification we send
 * after refusing something is a consequence, as is the timeout that ends
 * an attempt.  Weak signals (timeouts, internal errors) decide only when
 * no cause was logged; then the stage is a guess among candidates and the
 * report says which of them only the peer's log can tell apart.
 *
 * Sentences are stored as templates (msgids) with arguments; c->diag gets
 * the English rendering for JSON, the backends translate. */
#include "diagnose.h"
#include "correlate.h"
#include "debug.h"
#include "phrases.h"
#include "states.h"

#include <stdio.h>
#include <string.h>

const pl_stage pl_ladder[PL_LADDER_N] = {
    PL_STAGE_IKE_VERSION,       PL_STAGE_PHASE1_PROPOSAL, PL_STAGE_AUTHENTICATION, PL_STAGE_IDENTITY,
    PL_STAGE_TRAFFIC_SELECTORS, PL_STAGE_PHASE2_PROPOSAL, PL_STAGE_KERNEL_UPDOWN,
};

enum { R_VERSION, R_P1, R_AUTH, R_ID, R_TS, R_P2, R_KERNEL };

const char *pl_reason_name(pl_reason r) {
  static const char *const names[] = {
#define REASON(id, name, meaning) [PL_REASON_##id] = name,
#include "reasons.def"
#undef REASON
  };
  return r > PL_REASON_NONE && r < PL_REASON_N ? names[r] : NULL;
}

const char *pl_reason_meaning(pl_reason r) {
  static const char *const meanings[] = {
#define REASON(id, name, meaning) [PL_REASON_##id] = meaning,
#include "reasons.def"
#undef REASON
  };
  return r > PL_REASON_NONE && r < PL_REASON_N ? meanings[r] : NULL;
}

/* ---- messages ------------------------------------------------------------ */

char *pl_msg_render(const pl_msg *m, bool translate) {
  if (!m || !m->fmt) return NULL;
  const char *fmt = translate ? _(m->fmt) : m->fmt;
  GString *s = g_string_new(NULL);
  for (const char *p = fmt; *p; p++) {
    if (p[0] == '{' && p[1] >= '1' && p[1] <= '0' + PL_MSG_ARGS && p[2] == '}') {
      const char *a = m->args[p[1] - '1'];
      g_string_append(s, a ? a : "?");
      p += 2;
    } else {
      g_string_append_c(s, *p);
    }
  }
  return g_string_free(s, FALSE);
}

static void msg_clear(pl_msg *m) {
  for (int i = 0; i < PL_MSG_ARGS; i++) g_free(m->args[i]);
  memset(m, 0, sizeof *m);
}

static void msg_set(pl_msg *m, const char *fmt, const char *a1, const char *a2, const char *a3,
                    const char *a4) {
  msg_clear(m);
  m->fmt = fmt;
  m->args[0] = g_strdup(a1);
  m->args[1] = g_strdup(a2);
  m->args[2] = g_strdup(a3);
  m->args[3] = g_strdup(a4);
}

static void msg_free(gpointer p) {
  msg_clear(p);
  g_free(p);
}

static void attempt_free(gpointer p) {
  pl_attempt *t = p;
  msg_clear(&t->summary);
  msg_clear(&t->hint);
  msg_clear(&t->peer_hint);
  g_free(t->peer_log);
  g_ptr_array_unref(t->notes);
  g_ptr_array_unref(t->evidence);
  g_free(t);
}

static void fact_free(gpointer p) {
  pl_peer_fact *f = p;
  g_free(f->value);
  g_free(f);
}

static void detail_free(gpointer p) {
  pl_diag_detail *d = p;
  g_ptr_array_unref(d->attempts);
  g_ptr_array_unref(d->facts);
  g_free(d);
}

const pl_diag_detail *pl_diag_detail_of(const pl_conn *c) {
  return c && c->diag_extra_free == detail_free ? c->diag_extra : NULL;
}

const char *pl_host_conn_label(const pl_conn *c) {
  const pl_diag_detail *d = pl_diag_detail_of(c);
  pl_stage st = d && d->main ? d->main->stage : PL_STAGE_NONE;
  if (st == PL_STAGE_DAEMON) return N_("(the pluto daemon)");
  if (st == PL_STAGE_CONFIG) return N_("(this host's configuration)");
  return N_("(packets without a connection)");
}

/* ---- signals ------------------------------------------------------------- */

typedef enum {
  S_NONE,
  S_INIT,
  S_RESP, /* phase 1 started */
  S_INIT_P2,
  S_RESP_P2, /* phase 2 started (responding = TS and proposal accepted) */
  S_P1_OK,   /* peer's or our proposal accepted */
  S_KE_OK,   /* key exchange done (MI3/MR2 sent) */
  S_PEER_ID, /* the peer's ID decrypted: the keys agree */
  S_IKE_EST,
  S_P2_OK,
  S_CHILD_EST,
  S_REFUSED, /* one refused transform (a fact, not the cause) */
  S_F_VERSION,
  S_F_P1,
  S_F_P2,
  S_F_PFS,
  S_F_DH,   /* the DH shared secret could not be computed (the peer's KE) */
  S_F_MODE, /* tunnel vs transport: the ends want different modes */
  S_F_AUTH_MALFORMED,
  S_F_AUTH,
  S_F_NO_PSK,
  S_F_ID,
  S_F_AGGR_ID,
  S_F_TS,
  S_F_POOL, /* no address in the pool for the client (ModeCFG / IKEv2 CP) */
  S_F_KERNEL,
  S_F_UPDOWN,
  S_F_ROUTE,
  S_INTERNAL, /* "had internal error": weak */
  S_NOTIFY_RX,
  S_NOTIFY_TX,
  S_RETRANSMIT,
  S_TIMEOUT,
  S_DPD_NO_P1,
  S_DPD_DEAD,
  S_DELETE_RX,
  S_DELETE,
  S_TRAFFIC,
  S_EXPIRED,
  S_TERMINATE,
  S_NO_CONN_PKT,
  S_F_UNREACH, /* ICMP: port unreachable / no route to the peer */
  S_F_CONFIG,  /* the connection could not be loaded */
  S_REVIVE,    /* pluto starts the connection again by itself */
} sig;

/* A field value (a proposal, an algorithm or action name) that contains a
 * word.  Message text is never searched here: the grammar's phrase bits
 * (PL_PH, include/phrases.def) say what a message contains. */
static bool val_has(const char *s, const char *needle) { return s && needle && strstr(s, needle); }

static const char *ev_text(const pl_event *ev) {
  const char *t = ev->text;
  if (!t || !*t) t = pl_event_str(ev, PL_F_TEXT);
  return t ? t : "";
}

static const char *known_notify(const char *s) {
  static const char *const names[] = {
      "NO_PROPOSAL_CHOSEN",       "INVALID_ID_INFORMATION",   "AUTHENTICATION_FAILED",
      "TS_UNACCEPTABLE",          "INVALID_KEY_INFORMATION",  "PAYLOAD_MALFORMED",
      "INVALID_HASH_INFORMATION", "INVALID_MAJOR_VERSION",    "NO_PROPOSAL_CHOSEN",
      "SINGLE_PAIR_REQUIRED",     "INTERNAL_ADDRESS_FAILURE", "FAILED_CP_REQUIRED",
      "BAD_PROPOSAL_SYNTAX"};
  for (gsize i = 0; s && i < G_N_ELEMENTS(names); i++)
    if (strstr(s, names[i])) return names[i];
  return NULL;
}

/* The notification a message names, by the grammar's phrase bits (in the
 * order of known_notify's list). */
static const char *text_notify(const pl_event *ev) {
  static const struct {
    pl_phrase ph;
    const char *name;
  } names[] = {
      {PL_PH_N_NO_PROPOSAL_CHOSEN, "NO_PROPOSAL_CHOSEN"},
      {PL_PH_N_INVALID_ID_INFORMATION, "INVALID_ID_INFORMATION"},
      {PL_PH_N_AUTHENTICATION_FAILED, "AUTHENTICATION_FAILED"},
      {PL_PH_N_TS_UNACCEPTABLE, "TS_UNACCEPTABLE"},
      {PL_PH_N_INVALID_KEY_INFORMATION, "INVALID_KEY_INFORMATION"},
      {PL_PH_N_PAYLOAD_MALFORMED, "PAYLOAD_MALFORMED"},
      {PL_PH_N_INVALID_HASH_INFORMATION, "INVALID_HASH_INFORMATION"},
      {PL_PH_N_INVALID_MAJOR_VERSION, "INVALID_MAJOR_VERSION"},
      {PL_PH_N_SINGLE_PAIR_REQUIRED, "SINGLE_PAIR_REQUIRED"},
      {PL_PH_N_INTERNAL_ADDRESS_FAILURE, "INTERNAL_ADDRESS_FAILURE"},
      {PL_PH_N_FAILED_CP_REQUIRED, "FAILED_CP_REQUIRED"},
      {PL_PH_N_BAD_PROPOSAL_SYNTAX, "BAD_PROPOSAL_SYNTAX"},
  };
  for (gsize i = 0; i < G_N_ELEMENTS(names); i++)
    if (pl_ph(ev, names[i].ph)) return names[i].name;
  return NULL;
}

/* A kernel error that matters: installing, not deleting a gone SA. */
static bool kernel_error_text(const pl_event *ev) {
  if (!(PL_PH(ev, NETLINK) || PL_PH(ev, XFRM_LC) || PL_PH(ev, XFRM_UC) || PL_PH(ev, KERNEL_COLON) ||
        PL_PH(ev, PFKEY) || PL_PH(ev, NETKEY)))
    return false;
  if (!PL_PH(ev, ERRNO) && !PL_PH(ev, FAILED)) return false;
  if (PL_PH(ev, DEL_SA) || PL_PH(ev, GET_SA) || PL_PH(ev, DELPOLICY) || PL_PH(ev, DELETE_RESPONSE) ||
      PL_PH(ev, GETSA) || PL_PH(ev, DELSA))
    return false;
  return true;
}

/* Lines the grammar does not type yet (a generic ERROR, WARNING, packet or
 * informational line, or no kind at all): the message text decides, first
 * row that matches wins.  A row matches when its text (and its second
 * text, if any) occurs in the message.  Each row is a message family the
 * grammar should type one day (pluto-messages.md). */
typedef struct {
  pl_phrase text, also; /* also: PL_PH_N for none */
  sig s;
} text_signal;

static const text_signal text_signals[] = {
    {PL_PH_NO_LOCAL_PROPOSAL, PL_PH_ESP_COLON, S_F_P2},
    {PL_PH_NO_LOCAL_PROPOSAL, PL_PH_AH_COLON, S_F_P2},
    {PL_PH_NO_LOCAL_PROPOSAL, PL_PH_N, S_F_P1},
    {PL_PH_NO_OAKLEY, PL_PH_N, S_F_P1},
    {PL_PH_NO_IPSEC_PROPOSAL, PL_PH_N, S_F_P2},
    {PL_PH_REQUIRE_PFS, PL_PH_N, S_F_PFS},
    {PL_PH_TRANSFORM_BRACKET, PL_PH_REFUSED, S_REFUSED},
    {PL_PH_PSK_MISMATCH, PL_PH_N, S_F_AUTH_MALFORMED},
    {PL_PH_NO_PSK_FOUND, PL_PH_N, S_F_NO_PSK},
    {PL_PH_NO_PSK, PL_PH_N, S_F_NO_PSK},
    {PL_PH_AUTH_FAILED_LC, PL_PH_N, S_F_AUTH},
    {PL_PH_AUTH_FAILED_UC, PL_PH_N, S_F_AUTH},
    {PL_PH_AUTH_MISMATCH, PL_PH_N, S_F_AUTH},
    {PL_PH_CLAIMING_FROM, PL_PH_NO_CONNECTION, S_F_AGGR_ID},
    {PL_PH_MISMATCHED_FIRST, PL_PH_N, S_F_ID},
    {PL_PH_NO_SUITABLE_PEER, PL_PH_N, S_F_ID},
    {PL_PH_PEER_MISMATCH_FIRST, PL_PH_N, S_F_ID},
    {PL_PH_IKE_SA_INIT_RECEIVED, PL_PH_NO_SUITABLE_CONN, S_NO_CONN_PKT},
    {PL_PH_PARENT_SA_RECEIVED, PL_PH_NO_SUITABLE_CONN, S_NO_CONN_PKT},
    {PL_PH_INITIAL_MAIN, PL_PH_NO_CONNECTION, S_NO_CONN_PKT},
    {PL_PH_INITIAL_AGGR, PL_PH_NO_WILDCARD_CONN, S_NO_CONN_PKT},
    {PL_PH_IKEV1_DROP, PL_PH_N, S_F_VERSION},
    {PL_PH_IKEV1_DISABLED, PL_PH_N, S_F_VERSION},
    {PL_PH_IKEV2_NOT_AUTH, PL_PH_N, S_F_VERSION},
    {PL_PH_CANNOT_RESPOND_IPSEC, PL_PH_N, S_F_TS},
    {PL_PH_COMPATIBLE_TS, PL_PH_N, S_F_TS},
    {PL_PH_NO_PERMANENT_V2, PL_PH_N, S_F_TS},
    {PL_PH_SUBNET_RETURNED, PL_PH_N, S_F_TS},
    {PL_PH_LEASING_IPV, PL_PH_ADDRESS_FAILED, S_F_POOL},
    {PL_PH_LEASE_AN_ADDRESS_FAILURE, PL_PH_N, S_F_POOL},
    {PL_PH_LEASE_UNAVAILABLE, PL_PH_N, S_F_POOL},
    {PL_PH_HAD_INTERNAL_ERROR, PL_PH_N, S_INTERNAL},
    {PL_PH_COMMAND_EXITED, PL_PH_N, S_F_UPDOWN},
    {PL_PH_EXITED_STATUS, PL_PH_N, S_F_UPDOWN},
    {PL_PH_EXITED_SIGNAL, PL_PH_N, S_F_UPDOWN},
    {PL_PH_UNABLE_POPEN, PL_PH_N, S_F_UPDOWN},
    {PL_PH_CANNOT_ROUTE, PL_PH_N, S_F_ROUTE},
    {PL_PH_CANNOT_INSTALL_EROUTE, PL_PH_N, S_F_ROUTE},
    {PL_PH_CANNOT_INSTALL_ROUTE, PL_PH_N, S_F_ROUTE},
};

/* ... after the kernel's own errors (kernel_error_text): */
static const text_signal late_text_signals[] = {
    {PL_PH_NO_NEWEST_P1, PL_PH_N, S_DPD_NO_P1},      {PL_PH_PEER_DEAD, PL_PH_N, S_DPD_DEAD},
    {PL_PH_NOT_RESPONDED_IN, PL_PH_N, S_DPD_DEAD},   {PL_PH_TIMEOUT_EXCEEDED, PL_PH_N, S_TIMEOUT},
    {PL_PH_MAX_RETRANSMISSIONS, PL_PH_N, S_TIMEOUT}, {PL_PH_RETRANSMISSION_WAIT, PL_PH_N, S_RETRANSMIT},
    {PL_PH_RETRANSMITTING, PL_PH_N, S_RETRANSMIT},
};

static sig classify(const pl_event *ev, const char **notify) {
  pl_exchange x = pl_event_exchange(ev);
  *notify = NULL;
  pl_event_kind k = ev->kind;
  if (k == PL_EV_INITIATE) {
    if (pl_exchange_child(x)) return S_INIT_P2;
    return S_INIT;
  }
  if (k == PL_EV_RESPOND) {
    if (pl_exchange_child(x)) return S_RESP_P2;
    return S_RESP;
  }
  if (k == PL_EV_SENT || k == PL_EV_STATE_STORY) {
    pl_story_steps st = pl_story_steps_of(pl_event_str(ev, PL_F_STORY), pl_event_str(ev, PL_F_STATE));
    if (st.p1 || PL_PH(ev, IKE_SA_INIT_REPLY) || PL_PH(ev, IKE_SA_INIT_RESPONSE) ||
        PL_PH(ev, IKE_AUTH_REQUEST))
      return st.ke ? S_KE_OK : S_P1_OK;
    if (st.ke) return S_KE_OK;
    if (st.reply && (x == PL_EXCHANGE_QUICK || PL_PH(ev, QUICK_MODE_REPLY))) return S_P2_OK;
    if (PL_PH(ev, QUICK_MODE_REPLY) || PL_PH(ev, QR1)) return S_P2_OK;
    return S_NONE;
  }
  if (k == PL_EV_PROPOSAL_CHOSEN) {
    const char *p = pl_event_str(ev, PL_F_PROPOSAL);
    return val_has(p, "ESP") || val_has(p, "AH") ? S_P2_OK : S_P1_OK;
  }
  if (k == PL_EV_IKE_ESTABLISHED) return S_IKE_EST;
  if (k == PL_EV_CHILD_ESTABLISHED) return S_CHILD_EST;
  if (k == PL_EV_AUTHENTICATED) return S_PEER_ID;
  if (k == PL_EV_PEER_ID) return S_PEER_ID;
  if (k == PL_EV_QM_ENDS || k == PL_EV_CHILD_NEGOTIATED) return S_P2_OK;
  if (k == PL_EV_TRANSFORM_REFUSED || k == PL_EV_ATTRIBUTE_REFUSED) return S_REFUSED;
  if (PL_PH(ev, REQUIRE_PFS) || PL_PH(ev, PFS_REQUIRED)) return S_F_PFS;
  if (k == PL_EV_NO_ACCEPTABLE) {
    const char *w = pl_event_str(ev, PL_F_WHAT);
    return val_has(w, "ipsec") || val_has(w, "IPsec") || val_has(w, "pfs") || PL_PH(ev, IPSEC_SA) ||
                   PL_PH(ev, PFS)
               ? S_F_P2
               : S_F_P1;
  }
  if (k == PL_EV_PROPOSAL_NOMATCH) {
    const char *nn = pl_event_str(ev, PL_F_NOTIFY);
    if (nn && !pl_event_str(ev, PL_F_PROPOSALS) && !PL_PH(ev, REMOTE_PROPOSALS)) {
      *notify = known_notify(nn);
      /* "response for Child SA #2 was rejected (...)": this end refused the answer */
      bool here = !g_strcmp0(pl_event_str(ev, PL_F_ACTION), "refused-here");
      if (*notify) return here || PL_PH(ev, RESPONDING) || PL_PH(ev, SENDING) ? S_NOTIFY_TX : S_NOTIFY_RX;
    }
    const char *p = pl_event_str(ev, PL_F_PROPOSALS);
    if (!p) return PL_PH(ev, ESP_COLON) || PL_PH(ev, AH_COLON) ? S_F_P2 : S_F_P1;
    return val_has(p, ":ESP") || val_has(p, ":AH") ? S_F_P2 : S_F_P1;
  }
  if (k == PL_EV_ID_MISMATCH) return S_F_ID;
  /* "peer rejected Child SA (...) and IKE SA does not have policy UP" */
  bool by_peer = !g_strcmp0(pl_event_str(ev, PL_F_ACTION), "rejected-by-peer");
  if (k == PL_EV_AUTH_FAILED) {
    if (by_peer || PL_PH(ev, REJECTED_BY_PEER) || PL_PH(ev, RESPONSE_REJECTED) ||
        (pl_event_str(ev, PL_F_NOTIFY) && known_notify(pl_event_str(ev, PL_F_NOTIFY)))) {
      *notify = text_notify(ev) ? text_notify(ev) : "AUTHENTICATION_FAILED";
      return S_NOTIFY_RX;
    }
    return S_F_AUTH;
  }
  if (k == PL_EV_MALFORMED_PAYLOAD) return S_F_AUTH_MALFORMED;
  if (k == PL_EV_DH_FAILED) return S_F_DH;
  if (k == PL_EV_MODE_MISMATCH) return S_F_MODE;
  if (k == PL_EV_NO_PSK) return S_F_NO_PSK;
  if (k == PL_EV_TS_UNACCEPTABLE &&
      (by_peer || PL_PH(ev, RESPONSE_REJECTED) || PL_PH(ev, REJECTED_BY_PEER))) {
    *notify = "TS_UNACCEPTABLE"; /* the peer refused our Child SA */
    return S_NOTIFY_RX;
  }
  if (k == PL_EV_NO_CONNECTION_FOR || k == PL_EV_SUBNET_MISMATCH || k == PL_EV_TS_UNACCEPTABLE) return S_F_TS;
  if (k == PL_EV_PEER_PROPOSED) return S_NONE;
  if (k == PL_EV_NOTIFY_SENT || k == PL_EV_NOTIFY_RECEIVED) {
    const char *n = pl_event_str(ev, PL_F_NOTIFY);
    *notify = n ? known_notify(n) : text_notify(ev);
    if (!*notify) return S_NONE;
    return k == PL_EV_NOTIFY_SENT ? S_NOTIFY_TX : S_NOTIFY_RX;
  }
  if (k == PL_EV_RETRANSMIT) return S_RETRANSMIT;
  if (k == PL_EV_TIMEOUT) return S_TIMEOUT;
  if (k == PL_EV_DPD) {
    const char *a = pl_event_str(ev, PL_F_ACTION);
    if (val_has(a, "no-phase1") || PL_PH(ev, NO_NEWEST_P1)) return S_DPD_NO_P1;
    if (PL_PH(ev, PEER_DEAD) || PL_PH(ev, NOT_RESPONDED)) return S_DPD_DEAD;
    return S_NONE;
  }
  if (k == PL_EV_DELETE_RECEIVED) return S_DELETE_RX;
  if (k == PL_EV_REVIVAL) {
    /* "... which received a Delete/Notify but must remain up per local policy" */
    if (!g_strcmp0(pl_event_str(ev, PL_F_REASON), "peer-delete") || PL_PH(ev, RECEIVED_A_DELETE))
      return S_DELETE_RX;
    return S_REVIVE;
  }
  if (k == PL_EV_DELETE_STATE) {
    /* "deleting incomplete state after 15 seconds": the responder's timeout */
    if (PL_PH(ev, INCOMPLETE_STATE) || val_has(pl_event_str(ev, PL_F_REASON), "state after"))
      return S_TIMEOUT;
    return S_DELETE;
  }
  if (k == PL_EV_TRAFFIC) return S_TRAFFIC;
  if (k == PL_EV_EXPIRED) return S_EXPIRED;
  if (k == PL_EV_CONN_TERMINATING) return S_TERMINATE;
  if (k == PL_EV_UPDOWN_FAILED) return S_F_UPDOWN;
  if (k == PL_EV_CONN_ADD_FAILED) return S_F_CONFIG;
  if (k == PL_EV_UPDOWN_OUTPUT && !g_strcmp0(pl_event_str(ev, PL_F_REASON), "error")) return S_F_UPDOWN;
  if (k == PL_EV_KERNEL_ERROR) return kernel_error_text(ev) || !PL_PH(ev, DEL) ? S_F_KERNEL : S_NONE;
  if (k == PL_EV_ROUTE_CONFLICT) return S_F_ROUTE;
  if (k == PL_EV_NO_CONN_PACKET) {
    if (PL_PH(ev, CLAIMING_FROM) || val_has(pl_event_str(ev, PL_F_REASON), "claiming to be from"))
      return S_F_AGGR_ID;
    return S_NO_CONN_PKT;
  }
  if (k == PL_EV_IKE_VERSION) return S_F_VERSION;
  if (k == PL_EV_TRANSITION_FAILED) {
    if (PL_PH(ev, INTERNAL_ERROR)) return S_INTERNAL;
    *notify = text_notify(ev);
    return *notify ? S_NOTIFY_TX : S_NONE;
  }

  if (PL_PH(ev, ASYNC_NET_ERROR) || PL_PH(ev, NO_ROUTE_TO_HOST) || PL_PH(ev, NET_UNREACHABLE) ||
      PL_PH(ev, HOST_UNREACHABLE))
    return S_F_UNREACH;
  if (k == PL_EV_REKEY && (PL_PH(ev, REKEYED) || PL_PH(ev, ESTABLISHED))) return S_IKE_EST;
  if (PL_PH(ev, DELETING_INCOMPLETE)) return S_TIMEOUT;

  /* Lines the grammar does not type (yet): the message text decides. */
  if (k != PL_EV_UNKNOWN && k != PL_EV_ERROR && k != PL_EV_WARNING && k != PL_EV_PACKET &&
      k != PL_EV_INFORMATIONAL && k != PL_EV_MESSAGE)
    return S_NONE;
  for (gsize i = 0; i < G_N_ELEMENTS(text_signals); i++)
    if (pl_ph(ev, text_signals[i].text) &&
        (text_signals[i].also == PL_PH_N || pl_ph(ev, text_signals[i].also)))
      return text_signals[i].s;
  if (kernel_error_text(ev)) return S_F_KERNEL;
  for (gsize i = 0; i < G_N_ELEMENTS(late_text_signals); i++)
    if (pl_ph(ev, late_text_signals[i].text) &&
        (late_text_signals[i].also == PL_PH_N || pl_ph(ev, late_text_signals[i].also)))
      return late_text_signals[i].s;
  const char *n = text_notify(ev);
  if (n) {
    *notify = n;
    if (PL_PH(ev, RESPONDING_TO) || PL_PH(ev, SENDING)) return S_NOTIFY_TX;
    return S_NOTIFY_RX;
  }
  return S_NONE;
}

/* ---- attempts -------------------------------------------------------------- */

typedef struct {
  const pl_event *ev;
  sig s;
  const char *notify;
  const pl_sa *sa;
} item;

static int item_cmp(gconstpointer a, gconstpointer b) {
  const item *x = a, *y = b;
  if (x->ev->source != y->ev->source) return x->ev->source < y->ev->source ? -1 : 1;
  if (x->ev->line != y->ev->line) return x->ev->line < y->ev->line ? -1 : 1;
  return 0;
}

static bool sa_looks_child(const pl_sa *sa) {
  if (!sa->is_ike) return true;
  bool ike = false, child = false;
  for (guint i = 0; sa->events && i < sa->events->len; i++) {
    const pl_event *ev = sa->events->pdata[i];
    const char *n;
    sig s = classify(ev, &n);
    if (s == S_INIT || s == S_RESP || s == S_P1_OK || s == S_KE_OK || s == S_IKE_EST || s == S_PEER_ID)
      ike = true;
    if (ev->kind == PL_EV_PEER_PROPOSED || s == S_F_P2 || s == S_F_MODE || s == S_F_TS || s == S_P2_OK ||
        s == S_CHILD_EST || s == S_INIT_P2 || s == S_RESP_P2 || s == S_F_KERNEL || PL_PH(ev, CHILD_SA))
      child = true;
  }
  if (!sa->kind_known) return child;
  return child && !ike;
}

typedef struct {
  const pl_sa *ike;
  GPtrArray *sas; /* const pl_sa* */
  guint32 source;
  guint64 first_line;
  guint64 last_line;
  GArray *items;
  bool overlaps; /* began while an earlier established IKE SA was alive: a rekey */
} group;

typedef struct {
  guint32 source;
  guint64 line;
  gint64 pid;
} src_line;

typedef struct {
  bool has_v1, has_v2;      /* connections loaded on the host, by IKE version */
  const GArray *shutdowns;  /* src_line: "Pluto is shutting down", every log */
  const GArray *runs;       /* src_line: per log, the newest pluto process and its first line */
  const GPtrArray *secrets; /* pl_event*: what pluto said of a line of a secrets file, every log */
} host_conf;

/* What the state name of a timeout says about where the exchange stood. */
typedef enum {
  T_FIRST,
  T_MAIN_I2,
  T_AUTH_I,
  T_MAIN_R1,
  T_AUTH_R,
  T_AGGR_R,
  T_QUICK_I,
  T_QUICK_R,
  T_ESTABLISHED,
  T_OTHER
} tstate;

static tstate timeout_state(const pl_event *ev, const pl_sa *sa) {
  const char *st = pl_event_str(ev, PL_F_STATE);
  if (!st && !PL_PH(ev, STATE_PREFIX) && sa && sa->last_state) st = sa->last_state;
  /* the state the line names, else the one its text names */
  pl_state_class c = st ? pl_state_class_of(st) : pl_state_class_of_text(ev);
  switch (c) {
  case PL_SC_FIRST: return T_FIRST;
  case PL_SC_MAIN_I2: return T_MAIN_I2;
  case PL_SC_AUTH_I: return T_AUTH_I;
  case PL_SC_MAIN_R1: return T_MAIN_R1;
  case PL_SC_AUTH_R: return T_AUTH_R;
  case PL_SC_AGGR_R: return T_AGGR_R;
  case PL_SC_CHILD_I: return T_QUICK_I;
  case PL_SC_CHILD_R: return T_QUICK_R;
  case PL_SC_ESTABLISHED: return T_ESTABLISHED;
  case PL_SC_OTHER: break;
  }
  return T_OTHER;
}

static gint ev_ptr_cmp(gconstpointer pa, gconstpointer pb) {
  const pl_event *x = *(const pl_event *const *) pa, *y = *(const pl_event *const *) pb;
  if (x->source != y->source) return x->source < y->source ? -1 : 1;
  return x->line < y->line ? -1 : x->line > y->line;
}

static void add_evidence(pl_attempt *t, const pl_event *ev) {
  if (!ev) return;
  for (guint i = 0; i < t->evidence->len; i++)
    if (t->evidence->pdata[i] == ev) return;
  if (t->evidence->len >= 10) return;
  g_ptr_array_add(t->evidence, (gpointer) ev);
}

static void set_candidates(pl_attempt *t, pl_stage c1, pl_stage c2, pl_stage c3, pl_stage c4) {
  pl_stage v[] = {c1, c2, c3, c4};
  int n = 0;
  for (int i = 0; i < 4; i++)
    if (v[i]) t->candidates[n++] = v[i];
  t->candidates[n] = PL_STAGE_NONE;
  t->needs_peer_log = n > 0;
}

static void add_note(pl_attempt *t, const char *fmt, const char *a1, const char *a2) {
  pl_msg *m = g_new0(pl_msg, 1);
  msg_set(m, fmt, a1, a2, NULL, NULL);
  g_ptr_array_add(t->notes, m);
}

static char *fmt_transform(const pl_event *ev) {
  const char *c = pl_event_str(ev, PL_F_CIPHER);
  if (!c) {
    char *br = pl_text_enclosed(ev, '[', ']');
    return br ? br : g_strdup(ev_text(ev));
  }
  GString *s = g_string_new(c);
  gint64 kl;
  if (pl_event_int(ev, PL_F_KEYLEN, &kl) && kl > 0) g_string_append_printf(s, "_%" G_GINT64_FORMAT, kl);
  const char *f[] = {pl_event_str(ev, PL_F_PRF), pl_event_str(ev, PL_F_INTEG), pl_event_str(ev, PL_F_GROUP)};
  for (int i = 0; i < 3; i++)
    if (f[i]) g_string_append_printf(s, "-%s", f[i]);
  return g_string_free(s, FALSE);
}

/* "remote proposals X" out of an IKEv2 proposal line. */
static char *remote_proposals(const pl_event *ev) {
  const char *p = pl_event_str(ev, PL_F_PROPOSALS);
  if (p) return g_strdup(p);
  const char *r = pl_phrase_after(ev, PL_PH_REMOTE_PROPOSALS);
  return r && *r == ' ' ? g_strdup(r + 1) : NULL;
}

/* 'x' out of a line that quotes an ID. */
static char *quoted_id(const pl_event *ev) {
  const char *id = pl_event_str(ev, PL_F_ID);
  if (id) return g_strdup(id);
  char *q = pl_text_enclosed(ev, '\'', '\'');
  if (q) return q;
  const char *c = pl_phrase_after(ev, PL_PH_CLAIMING_FROM), *why = pl_event_str(ev, PL_F_REASON);
  if (c && *c == ' ') c++;
  else if (why && (c = strstr(why, "claiming to be from ")) != NULL) c += strlen("claiming to be from ");
  if (c) {
    const char *sp = strchr(c, ' ');
    return sp ? g_strndup(c, (gsize) (sp - c)) : g_strdup(c);
  }
  return NULL;
}

static const char *peer_of(const pl_event *ev) {
  const char *p = pl_event_str(ev, PL_F_PEER);
  return p ? p : ev->peer;
}

/* What to do about an algorithm this Libreswan will not use, by what the
 * releases changed (Libreswan's CHANGES): modp1024 left the IKEv1 default
 * proposals in 3.19 and was no longer built from 3.30 (RFC 8247); MD5 left
 * the IKEv1 defaults in 3.20; SHA1 left the IKEv2 defaults in 3.28; 5.0
 * limited the IKEv1 defaults to AES/3DES, SHA2/SHA1, MODP2048/1536, DH19/31. */
static void algorithm_advice(pl_msg *hint, const char *alg) {
  char *low = g_ascii_strdown(alg, -1);
  if (val_has(low, "modp1024") || !strcmp(low, "dh2") || val_has(low, "group_modp1024"))
    msg_set(
        hint,
        N_("{1} (DH group 2) is obsolete: Libreswan left it out of the default IKEv1 proposals in 3.19 and "
           "builds without it from 3.30 on (RFC 8247). Move both sides to DH group 14 (modp2048) or "
           "stronger: on the peer, and here in ike=/esp= (for example ike=aes256-sha2_256;modp2048)."),
        alg, NULL, NULL, NULL);
  else if (val_has(low, "md5"))
    msg_set(hint,
            N_("{1} is no longer in Libreswan's default proposals (since 3.20) and is refused in FIPS mode. "
               "Use sha2_256 on both sides: on the peer, and here in ike=/esp=."),
            alg, NULL, NULL, NULL);
  else if (val_has(low, "sha1") || !strcmp(low, "sha"))
    msg_set(hint,
            N_("{1} left Libreswan's default IKEv2 proposals in 3.28. Best: use sha2_256 on both sides. "
               "Meanwhile this side can still accept it when ike= lists it explicitly (for example "
               "ike=aes256-sha1;modp2048)."),
            alg, NULL, NULL, NULL);
  else if (val_has(low, "des") || val_has(low, "modp768"))
    msg_set(hint,
            N_("{1} is too weak for current Libreswan (and refused in FIPS mode): use aes256 with sha2_256 "
               "and modp2048 or stronger on both sides."),
            alg, NULL, NULL, NULL);
  else
    msg_set(hint,
            N_("This Libreswan does not support {1}: pick an algorithm both sides support (for example "
               "aes256-sha2_256 with modp2048), on the peer and in ike=/esp= here; ipsec algparse lists what "
               "this build accepts."),
            alg, NULL, NULL, NULL);
  g_free(low);
}

/* A plutodebug dump showed the peer's phase 2 proposal: the hint names it
 * instead of asking for debug logs (grammar/debug.c). */
static void debug_esp_hint(const pl_conn *c, pl_attempt *t) {
  pl_debug_facts df;
  pl_debug_facts_of(c, &df);
  if (df.any && df.peer_esp) {
    msg_set(
        &t->hint,
        df.peer_pfsgroup
            ? N_("The plutodebug dump shows the peer's phase 2 proposal: esp={1} with PFS group {2}. Add it "
                 "to esp= here and set pfs=yes, or change the peer's phase 2 settings to ours.")
            : N_("The plutodebug dump shows the peer's phase 2 proposal: esp={1} without PFS. Add it to esp= "
                 "here (pfs=no), or change the peer's phase 2 settings to ours."),
        df.peer_esp, df.peer_pfsgroup, NULL, NULL);
    t->needs_peer_log = false;
    t->candidates[0] = PL_STAGE_NONE;
  }
  pl_debug_facts_clear(&df);
}

/* A delete logged by a pluto process after it said it is shutting down. */
static bool deleted_by_shutdown(const host_conf *hc, const pl_event *ev) {
  for (guint i = 0; hc && hc->shutdowns && i < hc->shutdowns->len; i++) {
    const src_line *sd = &g_array_index(hc->shutdowns, src_line, i);
    if (sd->source == ev->source && sd->line < ev->line && sd->pid == ev->pid) return true;
  }
  return false;
}

/* A state name that only an established SA has. */
static bool state_is_established(const char *st) { return pl_state_established(st); }

/* A Delete from the peer ends the tunnel when it names the newest
 * established SA (or names none, or deletes the IKE SA). */
static bool delete_hits(const item *del, const item *newest_child) {
  gint64 target;
  if (!newest_child || !newest_child->sa || !pl_event_int(del->ev, PL_F_TARGET, &target) || target <= 0)
    return true;
  return target == newest_child->sa->serial;
}

/* ---- the rules ------------------------------------------------------------------
 *
 * An attempt is decided in two steps.  fold_attempt() reads its items once
 * and folds them into facts: the cause (the first failure line), the weak
 * signal (a timeout or internal error), the liveness failure, what passed,
 * and a set of boolean facts (F_*).  diagnose_group() then walks the tables in
 * the order of the field guide: the first row whose key and facts match
 * wins.  A row names the stage (a rung of the ladder, or a stage beside
 * it), the reason code, the summary and the hint (msgids), the facts that
 * fill their {1}/{2} (A_*), the lines that prove it (E_*) and, when only
 * the peer's log can tell, the candidate stages.
 *
 * Tables: notify_rules (a notification we sent or received is the cause),
 * cause_rules (a failure line of this log), dpd_rules, silence_rules (no
 * cause, only timeouts: keyed by the state the exchange stood in) and
 * outcome_rules (nothing failed: established, deleted, in progress). */

/* Boolean facts of an attempt (bits of a guint64). */
#define F_IKE_EST (G_GUINT64_CONSTANT(1) << 0)    /* phase 1 established (or proven by "using isakmp#N") */
#define F_CHILD_EST (G_GUINT64_CONSTANT(1) << 1)  /* a phase 2 (IPsec / Child) SA established */
#define F_P2_STARTED (G_GUINT64_CONSTANT(1) << 2) /* a phase 2 exchange started */
#define F_GOT_REPLY (G_GUINT64_CONSTANT(1) << 3)  /* the peer answered something */
#define F_REKEY (G_GUINT64_CONSTANT(1) << 4)      /* the attempt replaces an earlier SA */
#define F_ANY_REKEY (G_GUINT64_CONSTANT(1) << 29) /* ... or the SA that failed does */
#define F_NO_GIVE_UP                                                                                         \
  (G_GUINT64_CONSTANT(1) << 30) /* only retransmissions: the log ends before pluto gives up */
#define F_N_SYNTAX (G_GUINT64_CONSTANT(1) << 31) /* the notification is BAD_PROPOSAL_SYNTAX */
#define F_DEL_RX (G_GUINT64_CONSTANT(1) << 5)    /* the peer sent a Delete */
#define F_TERMINATE (G_GUINT64_CONSTANT(1) << 6) /* taken down on this side (ipsec down) */
#define F_EXPIRED (G_GUINT64_CONSTANT(1) << 7)   /* an SA lifetime ended */
#define F_DELETED (G_GUINT64_CONSTANT(1) << 8)   /* this side deleted an SA */
#define F_IDLE (G_GUINT64_CONSTANT(1) << 9)      /* traffic in=0 out=0 after a minute or more */
#define F_ONE_WAY (G_GUINT64_CONSTANT(1) << 10)  /* traffic out, nothing in */
#define F_DEL_HITS (G_GUINT64_CONSTANT(1) << 11) /* the peer's Delete names the newest Child SA (or none) */
#define F_SHUTDOWN_DEL (G_GUINT64_CONSTANT(1) << 12) /* the last delete came while pluto was shutting down */
#define F_WAS_UP (G_GUINT64_CONSTANT(1) << 13)       /* the deleted SA's state is an established one */
#define F_REMOTE_P1 (G_GUINT64_CONSTANT(1) << 14)    /* the peer's phase 1 proposals are logged */
#define F_REMOTE_P2 (G_GUINT64_CONSTANT(1) << 15)    /* the cause line lists the peer's phase 2 proposals */
#define F_REFUSED (G_GUINT64_CONSTANT(1) << 16)      /* refused transforms are logged */
#define F_IKEV2 (G_GUINT64_CONSTANT(1) << 17)
#define F_AGGRESSIVE (G_GUINT64_CONSTANT(1) << 18) /* IKEv1 Aggressive Mode */
#define F_ERRNO93 (G_GUINT64_CONSTANT(1) << 19)    /* the kernel error is "Protocol not supported" */
#define F_PSK_WORDS                                                                                          \
  (G_GUINT64_CONSTANT(1) << 20)                 /* the authentication failure speaks of the hash or the PSK */
#define F_TS_PAIR (G_GUINT64_CONSTANT(1) << 21) /* the peer's proposed subnets are logged */
#define F_RX (G_GUINT64_CONSTANT(1) << 22)     /* the deciding notification was received (the peer refused) */
#define F_N_TS (G_GUINT64_CONSTANT(1) << 23)   /* ... and it is TS_UNACCEPTABLE */
#define F_N_AUTH (G_GUINT64_CONSTANT(1) << 24) /* ... and it is AUTHENTICATION_FAILED */
#define F_CFG_ALG (G_GUINT64_CONSTANT(1) << 25)    /* the conn did not load: an algorithm */
#define F_CFG_PFS (G_GUINT64_CONSTANT(1) << 26)    /* ... a DH group in esp= with pfs=no */
#define F_CFG_CERT (G_GUINT64_CONSTANT(1) << 27)   /* ... a certificate not in NSS */
#define F_CFG_NO_END (G_GUINT64_CONSTANT(1) << 28) /* ... neither end is this host */
#define F_P2PROP (G_GUINT64_CONSTANT(1) << 32)     /* our phase 2 proposal is logged */
#define F_HAS_ID (G_GUINT64_CONSTANT(1) << 33)     /* the ID the peer sent is logged */

/* What fills a template's {1} and {2}. */
typedef enum {
  A_NONE,
  A_NOTIFY,
  A_TEXT,
  A_NRET,
  A_NRETX,
  A_P2PROP,
  A_ID,
  A_LTS,
  A_RTS,
  A_REMOTE_P1,
  A_REMOTE_P2,
  A_REFUSED,
  A_IKE_TOKEN,
  A_OLD_SA,
  A_AGE,
  A_OUT_BYTES,
  A_STATE,
  A_WHY,
  A_N
} arg_slot;

/* Lines a row adds to the evidence. */
typedef enum {
  E_NONE,
  E_P2_INIT,
  E_CHILD_EST,
  E_IDLE,
  E_ONE_WAY,
  E_DEL_RX,
  E_TERMINATE,
  E_IKE_EST,
  E_EXPIRED,
  E_LAST_DELETE,
  E_END
} ev_slot;

/* Rows of the silence table are keyed by this state; an internal error has
 * its own key. */
#define T_INTERNAL (T_OTHER + 1)

typedef struct dctx dctx;

typedef struct {
  guint64 on;         /* signals (or states) the row applies to; 0: any */
  guint64 need, deny; /* facts that must hold / must not */
  int fail;           /* RUNG(the ladder rung that failed), or 0 */
  pl_stage stage;     /* a stage beside the ladder, or NONE */
  pl_reason reason;
  pl_verdict verdict;         /* NONE: the table's rule */
  const char *summary, *hint; /* msgids, NULL for none */
  arg_slot sarg[2], harg[2];
  ev_slot ev[2];
  pl_stage cand[4];      /* stages only the peer's log can tell apart */
  void (*extra)(dctx *); /* notes and hints computed from the facts */
} rule;

#define ON(x) (G_GUINT64_CONSTANT(1) << (x))
#define RUNG(r) ((r) + 1)

struct dctx {
  const pl_conn *c;
  const host_conf *hc;
  pl_attempt *t;
  GArray *it;
  /* folded facts */
  guint64 f;
  int reached, version, retransmits;
  const item *cause, *weak, *dpd, *del_rx, *terminate, *last_child_est, *expired, *last_delete, *retx_last;
  const pl_event *peer_id_ev, *proposed_ev, *remote_list_ev, *p2_init_ev, *traffic_zero, *traffic_oneway;
  GPtrArray *refused;
  double child_age;
  bool established_before_cause;
  item refused_cause;
  sig s;     /* the cause, after a notification is resolved to what it refuses */
  tstate ts; /* where a timed-out exchange stood */
  /* argument values, computed on first use */
  char *arg[A_N];
  bool arg_done[A_N];
};

static void ex_p2_debug(dctx *d) { debug_esp_hint(d->c, d->t); }

static void ex_ts_order(dctx *d) {
  add_note(d->t,
           N_("Older Libreswan versions checked the phase 2 proposal before the subnets: after fixing "
              "the subnets, a phase 2 proposal mismatch may show up next."),
           NULL, NULL);
}

/* The peer offers an algorithm current Libreswan no longer uses. */
static void ex_old_alg(dctx *d) {
  const pl_event *r = d->refused->pdata[0];
  const char *weak_alg[] = {pl_event_str(r, PL_F_GROUP), pl_event_str(r, PL_F_PRF),
                            pl_event_str(r, PL_F_INTEG), pl_event_str(r, PL_F_CIPHER)};
  for (gsize w = 0; w < G_N_ELEMENTS(weak_alg); w++) {
    char *low = weak_alg[w] ? g_ascii_strdown(weak_alg[w], -1) : NULL;
    bool old_alg = low && (val_has(low, "modp1024") || val_has(low, "md5") || val_has(low, "des") ||
                           val_has(low, "modp768"));
    g_free(low);
    if (!old_alg) continue;
    pl_msg *m = g_new0(pl_msg, 1);
    algorithm_advice(m, weak_alg[w]);
    g_ptr_array_add(d->t->notes, m);
    break;
  }
}

/* A key that could not be found: what pluto said of its secrets file on
 * the same host (a line it could not read holds no key). */
static void ex_secrets(dctx *d) {
  const pl_event *first = NULL;
  for (guint i = 0; d->hc->secrets && i < d->hc->secrets->len; i++) {
    const pl_event *ev = d->hc->secrets->pdata[i];
    if (ev->host != d->c->host || (!ev->host && ev->source != d->c->source)) continue;
    if (!first) first = ev;
    add_evidence(d->t, ev);
  }
  if (first)
    add_note(d->t,
             N_("pluto said of a line of its secrets file: {1}. A line it cannot read loads no key: fix "
                "it, then reload the secrets (ipsec secrets)."),
             ev_text(first), NULL);
}

/* The key exchange failed: the attempt shows test-suite fault injection
 * (IMPAIR:) before it, the likely source of the broken KE. */
static void ex_dh(dctx *d) {
  for (guint i = 0; i < d->it->len; i++) {
    const pl_event *ev = g_array_index(d->it, item, i).ev;
    if (ev->kind != PL_EV_IMPAIR || ev->source != d->cause->ev->source || ev->line > d->cause->ev->line)
      continue;
    add_evidence(d->t, ev);
    add_note(d->t,
             N_("This pluto runs with test-suite fault injection (impair=): {1}. A deliberately broken KE "
                "explains the failure; remove the impair= settings for a real tunnel."),
             ev_text(ev), NULL);
    break;
  }
}

static void ex_cfg_alg(dctx *d) { algorithm_advice(&d->t->hint, pl_event_str(d->cause->ev, PL_F_PROPOSAL)); }

/* Sentences that several rows share (msgids). */
#define M_WIDEN_POOL                                                                                         \
  N_("Widen the address pool the clients get their addresses from (leftaddresspool= or "                     \
     "rightaddresspool=, on this host's end) or end the clients that are gone (ipsec trafficstatus lists "   \
     "who holds a lease); a client that asks for a fixed address gets it only while no other ID holds it.")
#define M_THE_PEER_ANSWERED_NO                                                                               \
  N_("The peer answered NO_PROPOSAL_CHOSEN: it accepts none of our phase 1 (IKE) proposals. This "           \
     "log cannot show which algorithms the peer wants.")
#define M_COMPARE_IKE_ON_BOTH                                                                                \
  N_("Compare ike= on both sides. The peer's log shows exactly which of our transforms it "                  \
     "refused: ask for it, or for the peer's phase 1 settings.")
#define M_COMPARE_ESP_PHASE2ALG_AND                                                                          \
  N_("Compare esp= (phase2alg=) and pfs= on both sides. Older Libreswan versions checked the "               \
     "phase 2 proposal before the subnets, so also compare leftsubnet=/rightsubnet=. The peer's "            \
     "log says which one it refused.")
#define M_CHECK_LEFTID_HERE_AGAINST                                                                          \
  N_("Check leftid= here against the remote ID (rightid=) configured on the peer. The peer's log "           \
     "shows the ID it received.")
#define M_PHASE_1_IS_UP                                                                                      \
  N_("Phase 1 is up, but the peer rejected our subnets ({1} in phase 2). This log cannot show "              \
     "which subnets the peer expects.")
#define M_COMPARE_LEFTSUBNET_RIGHTSUBNET_HERE                                                                \
  N_("Compare leftsubnet=/rightsubnet= here with the peer's local and remote networks (they must "           \
     "mirror each other). The peer's log shows the subnets it received.")
#define M_THE_PEER_REJECTED_OUR                                                                              \
  N_("The peer rejected our authentication ({1}): the pre-shared keys (or certificates) do not "             \
     "match.")
#define M_SET_THE_SAME_PRE                                                                                   \
  N_("Set the same pre-shared key on both sides (ipsec.secrets here, the PSK on the peer) and "              \
     "check authby=; a PSK should be at least 16 characters.")
#define M_USE_THE_SAME_IKE N_("Use the same IKE version on both sides (keyexchange=ikev1 or ikev2).")
#define M_AUTHENTICATION_OF_THE_PEER N_("Authentication of the peer failed here: {1}")
#define M_SET_THE_SAME_PRE_2                                                                                 \
  N_("Set the same pre-shared key (or matching certificates and authby=) on both sides.")
#define M_AGGRESSIVE_MODE_THE_PEER                                                                           \
  N_("Aggressive Mode: the peer says it is {1}, and no connection here accepts that ID. "                    \
     "Aggressive Mode checks the ID before anything else.")
#define M_SET_RIGHTID_1_IN                                                                                   \
  N_("Set rightid={1} in this connection, or change the peer's local ID to what rightid= says "              \
     "here.")
#define M_MAKE_ESP_PHASE2ALG_AND                                                                             \
  N_("Make esp= (phase2alg=) and pfs= the same on both sides; compare the peer's phase 2 "                   \
     "settings, or turn on plutodebug to see its proposal.")
#define M_NEGOTIATION_WITH_THE_PEER                                                                          \
  N_("Negotiation with the peer succeeded, but the kernel refused to install the IPsec SA: {1}")
#define M_THE_SA_IS_NEGOTIATED                                                                               \
  N_("The SA is negotiated, but the _updown step failed ({1}): routes or firewall rules may be "             \
     "missing, so traffic can fail although the log says established.")
#define M_LOOK_AT_THE_UPDOWN                                                                                 \
  N_("Look at the _updown output just before this line; check leftupdown=, leftsourceip= and "               \
     "routes that overlap the remote subnet.")
#define M_PLUTO_REFUSED_TO_LOAD                                                                              \
  N_("pluto refused to load this connection ({1}): it was never added, so it cannot negotiate at "           \
     "all.")
#define M_CHECK_THE_PATH_TO                                                                                  \
  N_("Check the path to the peer (UDP 500/4500) and whether the peer restarted; its log shows why "          \
     "it went silent.")
#define M_CHECK_RIGHT_THE_PEER                                                                               \
  N_("Check right= (the peer address) and that UDP 500 and 4500 pass both ways. Ask for the "                \
     "peer's log: if it shows our packet, it says why it did not answer.")
#define M_THE_PEER_NEVER_ANSWERED                                                                            \
  N_("The peer never answered our first encrypted message ({1} retransmits): possible "                      \
     "authentication failure, most often different pre-shared keys, sometimes an ID the peer does "          \
     "not accept.")
#define M_SET_THE_SAME_PRE_3                                                                                 \
  N_("Set the same pre-shared key on both sides and compare leftid=/rightid= with the peer. The "            \
     "peer's log tells which: a malformed payload means the keys differ.")
#define M_NOTHING_TO_CHANGE_HERE                                                                             \
  N_("Nothing to change here if the peer was shut down or its SA lifetime ended; otherwise the "             \
     "peer's log says why it deleted the tunnel.")
#define M_NOTHING_FAILED_AS_FAR                                                                              \
  N_("Nothing failed as far as this log goes. If the tunnel carries no traffic, look for the "               \
     "phase 2 lines later in this log or in the peer's log.")
#define M_THIS_SIDE_DELETED_THE                                                                              \
  N_("This side deleted the SA (it was established: {1}), usually at the end of its lifetime or "            \
     "for a rekey.")
#define M_THIS_SIDE_DELETED_THE_2                                                                            \
  N_("This side deleted the SA before it was established (still in {1}): the end of an attempt "             \
     "that got no answer or was given up.")

/* A notification is the cause: what it refuses.  {1} is the notification. */
static const rule notify_rules[] = {
    /* a notification that is not a refusal we know */
    {.on = ON(S_NONE),
     .stage = PL_STAGE_UNKNOWN,
     .reason = PL_REASON_PEER_NOTIFICATION,
     .summary = N_("The exchange stopped on a {1} notification."),
     .sarg = {A_NOTIFY}},
    /* INTERNAL_ADDRESS_FAILURE: no address in the pool for the client */
    {.on = ON(S_F_POOL),
     .need = F_RX,
     .fail = RUNG(R_TS),
     .reason = PL_REASON_ADDRESS_POOL,
     .summary = N_("Phase 1 is up, but the peer had no address to lease to this host ({1})."),
     .sarg = {A_NOTIFY},
     .hint = N_("The peer's address pool is used up, or the address this host asks for is leased to another "
                "ID: on the peer, widen leftaddresspool= (or rightaddresspool=) or end the clients that are "
                "gone; here, do not ask for a fixed address.")},
    {.on = ON(S_F_POOL),
     .fail = RUNG(R_TS),
     .reason = PL_REASON_ADDRESS_POOL,
     .summary =
         N_("Phase 1 is up, but this host had no address from its address pool to lease to the peer ({1})."),
     .sarg = {A_NOTIFY},
     .hint = M_WIDEN_POOL},
    /* the peer refused: this log cannot show what the peer wanted */
    {.on = ON(S_F_P1),
     .need = F_RX | F_N_SYNTAX,
     .fail = RUNG(R_P1),
     .reason = PL_REASON_PROPOSAL_SYNTAX,
     .summary =
         N_("The peer answered BAD_PROPOSAL_SYNTAX: it cannot parse our phase 1 (IKE) proposal, most often "
            "a cipher without an explicit key length or a transform it does not know."),
     .hint = N_("Write ike= with explicit key lengths and algorithms both sides know (for example "
                "ike=aes256-sha2_256;modp2048), then compare it with the peer's phase 1 settings.")},
    {.on = ON(S_F_P1),
     .need = F_RX | F_IKEV2,
     .fail = RUNG(R_P1),
     .reason = PL_REASON_IKE_PROPOSAL_MISMATCH,
     .summary = M_THE_PEER_ANSWERED_NO,
     .hint = M_COMPARE_IKE_ON_BOTH,
     /* Libreswan also answers NO_PROPOSAL_CHOSEN when no IKEv2 conn fits the peer */
     .cand = {PL_STAGE_PHASE1_PROPOSAL, PL_STAGE_NO_CONNECTION, PL_STAGE_IKE_VERSION}},
    {.on = ON(S_F_P1),
     .need = F_RX,
     .fail = RUNG(R_P1),
     .reason = PL_REASON_IKE_PROPOSAL_MISMATCH,
     .summary = M_THE_PEER_ANSWERED_NO,
     .hint = M_COMPARE_IKE_ON_BOTH,
     .cand = {PL_STAGE_PHASE1_PROPOSAL}},
    {.on = ON(S_F_P2),
     .need = F_RX | F_N_SYNTAX,
     .fail = RUNG(R_P2),
     .reason = PL_REASON_PROPOSAL_SYNTAX,
     .summary =
         N_("Phase 1 is up, but the peer answered BAD_PROPOSAL_SYNTAX: it cannot parse our phase 2 (ESP) "
            "proposal, most often a cipher without an explicit key length or a transform it does not know."),
     .hint = N_("Write esp= with explicit key lengths and algorithms both sides know (for example "
                "esp=aes256-sha2_256), then compare it and pfs= with the peer's phase 2 settings.")},
    {.on = ON(S_F_P2),
     .need = F_RX | F_P2PROP,
     .fail = RUNG(R_P2),
     .reason = PL_REASON_ESP_PROPOSAL_MISMATCH,
     .summary = N_("Phase 1 is up, but the peer answered NO_PROPOSAL_CHOSEN to our phase 2 proposal ({1}): "
                   "it accepts none of our ESP settings. This log cannot show what the peer wants."),
     .sarg = {A_P2PROP},
     .hint = M_COMPARE_ESP_PHASE2ALG_AND,
     .ev = {E_P2_INIT},
     .extra = ex_p2_debug,
     .cand = {PL_STAGE_PHASE2_PROPOSAL, PL_STAGE_TRAFFIC_SELECTORS}},
    {.on = ON(S_F_P2),
     .need = F_RX,
     .fail = RUNG(R_P2),
     .reason = PL_REASON_ESP_PROPOSAL_MISMATCH,
     .summary = N_("Phase 1 is up, but the peer answered NO_PROPOSAL_CHOSEN to our phase 2 proposal: "
                   "it accepts none of our ESP settings. This log cannot show what the peer wants."),
     .hint = M_COMPARE_ESP_PHASE2ALG_AND,
     .ev = {E_P2_INIT},
     .extra = ex_p2_debug,
     .cand = {PL_STAGE_PHASE2_PROPOSAL, PL_STAGE_TRAFFIC_SELECTORS}},
    {.on = ON(S_F_ID),
     .need = F_RX | F_IKEV2,
     .fail = RUNG(R_ID),
     .reason = PL_REASON_ID_MISMATCH,
     .summary =
         N_("The peer rejected our identity with {1} during IKE_AUTH: it expects a different ID from us."),
     .sarg = {A_NOTIFY},
     .hint = M_CHECK_LEFTID_HERE_AGAINST,
     .cand = {PL_STAGE_IDENTITY}},
    {.on = ON(S_F_ID),
     .need = F_RX,
     .fail = RUNG(R_ID),
     .reason = PL_REASON_ID_MISMATCH,
     .summary = N_("The peer rejected our identity with INVALID_ID_INFORMATION during phase 1 (Main Mode): "
                   "it expects a different ID from us."),
     .hint = M_CHECK_LEFTID_HERE_AGAINST,
     .cand = {PL_STAGE_IDENTITY}},
    {.on = ON(S_F_TS),
     .need = F_RX | F_N_TS,
     .fail = RUNG(R_TS),
     .reason = PL_REASON_TS_MISMATCH,
     .summary = M_PHASE_1_IS_UP,
     .sarg = {A_NOTIFY},
     .hint = M_COMPARE_LEFTSUBNET_RIGHTSUBNET_HERE,
     .cand = {PL_STAGE_TRAFFIC_SELECTORS, PL_STAGE_KERNEL_UPDOWN}},
    {.on = ON(S_F_TS),
     .need = F_RX,
     .fail = RUNG(R_TS),
     .reason = PL_REASON_TS_MISMATCH,
     .summary = M_PHASE_1_IS_UP,
     .sarg = {A_NOTIFY},
     .hint = M_COMPARE_LEFTSUBNET_RIGHTSUBNET_HERE,
     .cand = {PL_STAGE_TRAFFIC_SELECTORS}},
    {.on = ON(S_F_AUTH),
     .need = F_RX | F_N_AUTH,
     .fail = RUNG(R_AUTH),
     .reason = PL_REASON_PSK_MISMATCH,
     .summary = M_THE_PEER_REJECTED_OUR,
     .sarg = {A_NOTIFY},
     .hint = M_SET_THE_SAME_PRE,
     .cand = {PL_STAGE_AUTHENTICATION, PL_STAGE_IDENTITY}},
    {.on = ON(S_F_AUTH),
     .need = F_RX,
     .fail = RUNG(R_AUTH),
     .reason = PL_REASON_AUTH_FAILED,
     .summary = M_THE_PEER_REJECTED_OUR,
     .sarg = {A_NOTIFY},
     .hint = M_SET_THE_SAME_PRE,
     .cand = {PL_STAGE_AUTHENTICATION, PL_STAGE_IDENTITY}},
    {.on = ON(S_F_VERSION),
     .need = F_RX,
     .stage = PL_STAGE_IKE_VERSION,
     .reason = PL_REASON_IKE_VERSION_MISMATCH,
     .summary = N_("The peer does not speak our IKE version (INVALID_MAJOR_VERSION)."),
     .hint = M_USE_THE_SAME_IKE},
    /* we refused, and no more specific line before it says why */
    {.on = ON(S_F_P1),
     .fail = RUNG(R_P1),
     .reason = PL_REASON_IKE_PROPOSAL_MISMATCH,
     .summary = N_("We refused the peer's phase 1 (IKE) proposal (NO_PROPOSAL_CHOSEN sent)."),
     .hint = N_("Make ike= match the peer's phase 1 settings.")},
    {.on = ON(S_F_P2),
     .fail = RUNG(R_P2),
     .reason = PL_REASON_ESP_PROPOSAL_MISMATCH,
     .summary = N_("We refused the peer's phase 2 (ESP) proposal (NO_PROPOSAL_CHOSEN sent)."),
     .hint = N_("Make esp= (phase2alg=) and pfs= match the peer's phase 2 settings.")},
    {.on = ON(S_F_ID),
     .fail = RUNG(R_ID),
     .reason = PL_REASON_ID_MISMATCH,
     .summary = N_("We rejected the peer's identity (INVALID_ID_INFORMATION sent)."),
     .hint = N_("Make rightid= here match the ID the peer sends.")},
    {.on = ON(S_F_TS),
     .fail = RUNG(R_TS),
     .reason = PL_REASON_TS_MISMATCH,
     .summary = N_("We rejected the peer's subnets ({1} sent)."),
     .sarg = {A_NOTIFY},
     .hint = N_("Make leftsubnet=/rightsubnet= mirror the peer's networks.")},
    {.on = ON(S_F_AUTH),
     .fail = RUNG(R_AUTH),
     .reason = PL_REASON_PSK_MISMATCH,
     .summary = N_("The peer's authentication did not verify here ({1} sent)."),
     .sarg = {A_NOTIFY},
     .hint = N_("Set the same pre-shared key on both sides and check authby=.")},
    {.on = ON(S_F_VERSION),
     .stage = PL_STAGE_IKE_VERSION,
     .reason = PL_REASON_IKE_VERSION_MISMATCH,
     .summary = N_("The peer's packet has an IKE version we do not accept."),
     .hint = M_USE_THE_SAME_IKE},
};

/* A failure line of this log is the cause. */
static const rule cause_rules[] = {
    {.on = ON(S_F_VERSION),
     .fail = RUNG(R_VERSION),
     .reason = PL_REASON_IKE_VERSION_MISMATCH,
     .summary = N_("The peer's packet uses an IKE version this side refuses: {1}"),
     .sarg = {A_TEXT},
     .hint = N_("Use the same IKE version on both sides: keyexchange=ikev1 or keyexchange=ikev2 (ikev2= on "
                "older versions), and allow IKEv1 globally (ikev1-policy=accept) if it is needed.")},
    {.on = ON(S_F_P1),
     .need = F_REMOTE_P1,
     .fail = RUNG(R_P1),
     .reason = PL_REASON_IKE_PROPOSAL_MISMATCH,
     .summary = N_("None of our phase 1 (IKE) proposals matches what the peer offered: {1}."),
     .sarg = {A_REMOTE_P1},
     .hint = N_("Add one of the peer's proposals to ike= here (for example the first one above), or "
                "change the peer's phase 1 settings to one of ours.")},
    {.on = ON(S_F_P1),
     .need = F_REFUSED,
     .fail = RUNG(R_P1),
     .reason = PL_REASON_IKE_PROPOSAL_MISMATCH,
     .summary = N_("We refused every phase 1 (IKE) transform the peer offered: {1}."),
     .sarg = {A_REFUSED},
     .hint = N_("Add one of the peer's transforms to ike= here (for example ike={1}), or change the "
                "peer's phase 1 settings to match ours."),
     .harg = {A_IKE_TOKEN},
     .extra = ex_old_alg},
    {.on = ON(S_F_P1),
     .fail = RUNG(R_P1),
     .reason = PL_REASON_IKE_PROPOSAL_MISMATCH,
     .summary = N_("We found no acceptable phase 1 (IKE) transform in the peer's proposal."),
     .hint = N_("Make ike= match the peer's phase 1 settings. This Libreswan logs the refused "
                "transforms only when ike= is set; set it to see what the peer offers.")},
    {.on = ON(S_F_DH),
     .fail = RUNG(R_P1),
     .reason = PL_REASON_DH_FAILED,
     .summary =
         N_("The phase 1 proposal was agreed, but the key exchange failed: pluto could not compute the "
            "Diffie-Hellman shared secret from the peer's KE payload; NSS said: {1}"),
     .sarg = {A_WHY},
     .hint =
         N_("The peer sent a public DH value (KE) that cannot be used: zero, out of range or of the wrong "
            "size for the DH group, from a broken or deliberately faulty (impair=) peer. Check the peer's "
            "software and its log; if it persists, agree on another DH group in ike= on both sides (for "
            "example modp2048 or ecp256). If every peer fails this way, check this host's NSS (ipsec "
            "checknss, FIPS mode)."),
     .extra = ex_dh},
    {.on = ON(S_F_AUTH_MALFORMED),
     .fail = RUNG(R_AUTH),
     .reason = PL_REASON_PSK_MISMATCH,
     .summary = N_("The peer's encrypted phase 1 message could not be decrypted (malformed payload): the "
                   "pre-shared keys of the two sides almost certainly differ."),
     .hint = N_("Set the same pre-shared key on both sides (ipsec.secrets here, the PSK on the peer); in "
                "FIPS mode it must be at least 16 characters.")},
    {.on = ON(S_F_NO_PSK),
     .fail = RUNG(R_AUTH),
     .reason = PL_REASON_NO_PSK,
     .summary = M_AUTHENTICATION_OF_THE_PEER,
     .sarg = {A_TEXT},
     .hint = N_("Add a pre-shared key for this pair of IDs to ipsec.secrets (or fix leftid=/rightid= so "
                "the existing one is found)."),
     .extra = ex_secrets},
    {.on = ON(S_F_AUTH),
     .need = F_PSK_WORDS,
     .fail = RUNG(R_AUTH),
     .reason = PL_REASON_PSK_MISMATCH,
     .summary = M_AUTHENTICATION_OF_THE_PEER,
     .sarg = {A_TEXT},
     .hint = M_SET_THE_SAME_PRE_2},
    {.on = ON(S_F_AUTH),
     .fail = RUNG(R_AUTH),
     .reason = PL_REASON_AUTH_FAILED,
     .summary = M_AUTHENTICATION_OF_THE_PEER,
     .sarg = {A_TEXT},
     .hint = M_SET_THE_SAME_PRE_2},
    {.on = ON(S_F_AGGR_ID),
     .need = F_HAS_ID,
     .fail = RUNG(R_ID),
     .reason = PL_REASON_ID_MISMATCH,
     .summary = M_AGGRESSIVE_MODE_THE_PEER,
     .sarg = {A_ID},
     .hint = M_SET_RIGHTID_1_IN,
     .harg = {A_ID}},
    {.on = ON(S_F_ID),
     .need = F_AGGRESSIVE | F_HAS_ID,
     .fail = RUNG(R_ID),
     .reason = PL_REASON_ID_MISMATCH,
     .summary = M_AGGRESSIVE_MODE_THE_PEER,
     .sarg = {A_ID},
     .hint = M_SET_RIGHTID_1_IN,
     .harg = {A_ID}},
    {.on = ON(S_F_ID),
     .need = F_HAS_ID | F_IKEV2,
     .fail = RUNG(R_ID),
     .reason = PL_REASON_ID_MISMATCH,
     .summary = N_("The peer identified itself as {1} (in IKE_AUTH), which is not the ID this connection "
                   "expects."),
     .sarg = {A_ID},
     .hint = M_SET_RIGHTID_1_IN,
     .harg = {A_ID}},
    {.on = ON(S_F_ID) | ON(S_F_AGGR_ID),
     .deny = F_HAS_ID,
     .fail = RUNG(R_ID),
     .reason = PL_REASON_ID_MISMATCH,
     .summary =
         N_("The peer's identity is not the one this connection expects (this log does not show the ID "
            "it sent)."),
     .hint =
         N_("Set rightid= here to the ID the peer sends (its log shows it), or change the peer's local ID "
            "to what rightid= says here.")},
    {.on = ON(S_F_ID),
     .need = F_HAS_ID,
     .fail = RUNG(R_ID),
     .reason = PL_REASON_ID_MISMATCH,
     .summary = N_("The peer identified itself as {1} (Main Mode), which is not the ID this connection "
                   "expects."),
     .sarg = {A_ID},
     .hint = M_SET_RIGHTID_1_IN,
     .harg = {A_ID}},
    {.on = ON(S_F_TS),
     .need = F_TS_PAIR,
     .fail = RUNG(R_TS),
     .reason = PL_REASON_TS_MISMATCH,
     .summary = N_("Phase 1 is up, but the peer proposed the subnets {1} (this side) <-> {2} (peer side), "
                   "and no connection here has them."),
     .sarg = {A_LTS, A_RTS},
     .hint = N_("Set leftsubnet={1} and rightsubnet={2} here, or change the peer's local and remote "
                "networks to mirror ours."),
     .harg = {A_LTS, A_RTS},
     .extra = ex_ts_order},
    {.on = ON(S_F_TS),
     .fail = RUNG(R_TS),
     .reason = PL_REASON_TS_MISMATCH,
     .summary = N_("Phase 1 is up, but the subnets (traffic selectors) do not match: {1}"),
     .sarg = {A_TEXT},
     .hint = N_("Make leftsubnet=/rightsubnet= here mirror the peer's local and remote networks."),
     .extra = ex_ts_order},
    {.on = ON(S_F_POOL),
     .fail = RUNG(R_TS),
     .reason = PL_REASON_ADDRESS_POOL,
     .summary =
         N_("Phase 1 is up, but this host had no address from its address pool to lease to the peer: {1}"),
     .sarg = {A_TEXT},
     .hint = M_WIDEN_POOL},
    {.on = ON(S_F_PFS),
     .fail = RUNG(R_P2),
     .reason = PL_REASON_PFS_MISMATCH,
     .summary = N_("Phase 1 is up, but this side requires PFS and the peer's phase 2 proposal has none."),
     .hint = N_("The peer proposes phase 2 without PFS: turn PFS on at the peer (pfs=yes, with the same DH "
                "group), or set pfs=no here."),
     .extra = ex_p2_debug},
    {.on = ON(S_F_MODE),
     .fail = RUNG(R_P2),
     .reason = PL_REASON_MODE_MISMATCH,
     .summary = N_("Phase 1 is up, but the two ends want different IPsec modes (tunnel or transport): {1}"),
     .sarg = {A_TEXT},
     .hint = N_("Set the same type= on both sides: type=tunnel (the default) or type=transport.")},
    {.on = ON(S_F_P2),
     .need = F_REMOTE_P2,
     .fail = RUNG(R_P2),
     .reason = PL_REASON_ESP_PROPOSAL_MISMATCH,
     .summary = N_("Phase 1 is up, but no ESP proposal matches what the peer offered: {1}."),
     .sarg = {A_REMOTE_P2},
     .hint = M_MAKE_ESP_PHASE2ALG_AND,
     .extra = ex_p2_debug},
    {.on = ON(S_F_P2),
     .need = F_REFUSED,
     .fail = RUNG(R_P2),
     .reason = PL_REASON_ESP_PROPOSAL_MISMATCH,
     .summary = N_("Phase 1 is up, but we refused the peer's phase 2 transforms: {1}."),
     .sarg = {A_REFUSED},
     .hint = M_MAKE_ESP_PHASE2ALG_AND,
     .extra = ex_p2_debug},
    {.on = ON(S_F_P2),
     .fail = RUNG(R_P2),
     .reason = PL_REASON_ESP_PROPOSAL_MISMATCH,
     .summary = N_("Phase 1 is up, but none of the peer's phase 2 (ESP) proposals is acceptable here. "
                   "Since Libreswan 3.22 the refused ESP transforms are not logged."),
     .hint = M_MAKE_ESP_PHASE2ALG_AND,
     .extra = ex_p2_debug},
    {.on = ON(S_F_KERNEL),
     .need = F_ERRNO93,
     .fail = RUNG(R_KERNEL),
     .reason = PL_REASON_KERNEL_ERROR,
     .summary = M_NEGOTIATION_WITH_THE_PEER,
     .sarg = {A_TEXT},
     .hint = N_("This host's kernel has no ESP/XFRM support for this SA (errno 93): load the IPsec "
                "modules (esp4/esp6, xfrm_user, the cipher modules) or run on a kernel that has them.")},
    {.on = ON(S_F_KERNEL),
     .fail = RUNG(R_KERNEL),
     .reason = PL_REASON_KERNEL_ERROR,
     .summary = M_NEGOTIATION_WITH_THE_PEER,
     .sarg = {A_TEXT},
     .hint = N_("Fix the kernel side on this host: check that the IPsec modules are loaded and that the "
                "kernel supports the negotiated algorithms (or choose others with esp=).")},
    {.on = ON(S_F_ROUTE),
     .fail = RUNG(R_KERNEL),
     .reason = PL_REASON_ROUTE_CONFLICT,
     .summary = M_THE_SA_IS_NEGOTIATED,
     .sarg = {A_TEXT},
     .hint = M_LOOK_AT_THE_UPDOWN},
    {.on = ON(S_F_UPDOWN),
     .fail = RUNG(R_KERNEL),
     .reason = PL_REASON_UPDOWN_ERROR,
     .summary = M_THE_SA_IS_NEGOTIATED,
     .sarg = {A_TEXT},
     .hint = M_LOOK_AT_THE_UPDOWN},
    {.on = ON(S_NO_CONN_PKT), .stage = PL_STAGE_NO_CONNECTION, .reason = PL_REASON_NO_CONNECTION_CONFIGURED},
    {.on = ON(S_F_CONFIG),
     .need = F_CFG_ALG,
     .stage = PL_STAGE_CONFIG,
     .reason = PL_REASON_ALGORITHM_UNSUPPORTED,
     .summary = M_PLUTO_REFUSED_TO_LOAD,
     .sarg = {A_WHY},
     .extra = ex_cfg_alg},
    {.on = ON(S_F_CONFIG),
     .need = F_CFG_PFS,
     .stage = PL_STAGE_CONFIG,
     .reason = PL_REASON_PFS_DISABLED,
     .summary = M_PLUTO_REFUSED_TO_LOAD,
     .sarg = {A_WHY},
     .hint = N_("esp= names a DH group but pfs=no: either set pfs=yes (the peer must then use PFS with "
                "that group too) or remove the DH group from esp=.")},
    {.on = ON(S_F_CONFIG),
     .need = F_CFG_CERT,
     .stage = PL_STAGE_CONFIG,
     .reason = PL_REASON_CERTIFICATE_MISSING,
     .summary = M_PLUTO_REFUSED_TO_LOAD,
     .sarg = {A_WHY},
     .hint = N_("Import the certificate (and its private key) into the NSS database (ipsec import "
                "file.p12, or certutil -d sql:/var/lib/ipsec/nss), and check that leftcert= names it "
                "exactly as certutil -L lists it.")},
    {.on = ON(S_F_CONFIG),
     .need = F_CFG_NO_END,
     .stage = PL_STAGE_CONFIG,
     .reason = PL_REASON_NO_LOCAL_END,
     .summary = M_PLUTO_REFUSED_TO_LOAD,
     .sarg = {A_WHY},
     .hint = N_("Neither left= nor right= is an address of this host: set left= to this host's address "
                "(or %defaultroute) and right= to the peer; after a change of address, restart ipsec.")},
    {.on = ON(S_F_CONFIG),
     .stage = PL_STAGE_CONFIG,
     .reason = PL_REASON_LOAD_FAILED,
     .summary = M_PLUTO_REFUSED_TO_LOAD,
     .sarg = {A_WHY},
     .hint = N_("Fix the key the message names in this conn, then check it with ipsec addconn "
                "--checkconfig and load it again (ipsec auto --add NAME).")},
    {.on = ON(S_F_UNREACH),
     .stage = PL_STAGE_REACHABILITY,
     .reason = PL_REASON_PEER_UNREACHABLE,
     .summary =
         N_("Our packets to the peer are answered by an ICMP error ({1}): the peer's IKE daemon is not "
            "running there or the path is down."),
     .sarg = {A_TEXT},
     .hint = N_("Check that the peer's IPsec service is running and listening on UDP 500/4500, and that "
                "right= is its address; then check routing between the two.")},
};

/* Dead Peer Detection cleared the tunnel. */
static const rule dpd_rules[] = {
    {.on = ON(S_DPD_NO_P1),
     .stage = PL_STAGE_LIVENESS,
     .reason = PL_REASON_DPD_NO_PHASE1,
     .verdict = PL_VERDICT_FAILED,
     .summary = N_("Dead Peer Detection could not find the phase 1 (ISAKMP) SA of this tunnel, so the tunnel "
                   "was cleared: the phase 1 SA had expired or been deleted without a replacement."),
     .hint = N_("Keep phase 1 alive: check that phase 1 rekeys (ikelifetime= longer than salifetime=, "
                "rekey=yes) and that dpddelay=/dpdtimeout= are set the same on both sides.")},
    {.stage = PL_STAGE_LIVENESS,
     .reason = PL_REASON_DPD_TIMEOUT,
     .verdict = PL_VERDICT_FAILED,
     .summary = N_("The peer stopped answering Dead Peer Detection, so the tunnel was cleared."),
     .hint = M_CHECK_THE_PATH_TO},
};

/* No cause, only silence: keyed by the state the exchange stood in. */
static const rule silence_rules[] = {
    {.on = ON(T_INTERNAL),
     .fail = RUNG(R_KERNEL),
     .reason = PL_REASON_INTERNAL_ERROR,
     .summary =
         N_("A state transition failed with an internal error: usually the kernel or the _updown script "
            "failed just before it."),
     .hint = N_("Look at the lines just before this one for the kernel or _updown message.")},
    {.on = ON(T_ESTABLISHED),
     .stage = PL_STAGE_LIVENESS,
     .reason = PL_REASON_LIVENESS_TIMEOUT,
     .summary =
         N_("The established tunnel stopped getting answers from the peer ({1} retransmits), so it was "
            "torn down."),
     .sarg = {A_NRET},
     .hint = M_CHECK_THE_PATH_TO},
    {.need = F_ANY_REKEY,
     .stage = PL_STAGE_REKEY,
     .reason = PL_REASON_REKEY_NO_RESPONSE,
     .verdict = PL_VERDICT_FAILED,
     .summary = N_("The tunnel was up, but the peer never answered the rekey that replaces {1} ({2} "
                   "retransmits, then timeout)."),
     .sarg = {A_OLD_SA, A_NRET},
     .hint = N_("The peer no longer answers for this connection: it may have restarted, lost its phase 1 "
                "state or changed its settings. Check the peer and its log at this time; compare "
                "ikelifetime=/salifetime= and rekey= on both sides.")},
    {.on = ON(T_FIRST),
     .need = F_NO_GIVE_UP,
     .deny = F_GOT_REPLY,
     .stage = PL_STAGE_REACHABILITY,
     .reason = PL_REASON_NO_RESPONSE,
     .summary =
         N_("The peer has not answered our first message ({1} retransmits logged; the log ends before "
            "pluto gives up): it is unreachable, UDP 500/4500 is blocked, or it silently ignores us (no "
            "matching connection, other IKE version, refused proposal)."),
     .sarg = {A_NRET},
     .hint = M_CHECK_RIGHT_THE_PEER,
     .cand = {PL_STAGE_REACHABILITY, PL_STAGE_NO_CONNECTION, PL_STAGE_IKE_VERSION, PL_STAGE_PHASE1_PROPOSAL}},
    {.on = ON(T_FIRST),
     .deny = F_GOT_REPLY,
     .stage = PL_STAGE_REACHABILITY,
     .reason = PL_REASON_NO_RESPONSE,
     .summary = N_("The peer never answered our first message ({1} retransmits, then timeout): it is "
                   "unreachable, UDP 500/4500 is blocked, or it silently ignores us (no matching connection, "
                   "other IKE version, refused proposal)."),
     .sarg = {A_NRET},
     .hint = M_CHECK_RIGHT_THE_PEER,
     .cand = {PL_STAGE_REACHABILITY, PL_STAGE_NO_CONNECTION, PL_STAGE_IKE_VERSION, PL_STAGE_PHASE1_PROPOSAL}},
    {.on = ON(T_AUTH_I) | ON(T_MAIN_I2),
     .need = F_IKEV2,
     .fail = RUNG(R_AUTH),
     .reason = PL_REASON_AUTH_NO_RESPONSE,
     .summary = M_THE_PEER_NEVER_ANSWERED,
     .sarg = {A_NRET},
     .hint = M_SET_THE_SAME_PRE_3,
     .cand = {PL_STAGE_AUTHENTICATION, PL_STAGE_IDENTITY, PL_STAGE_TRAFFIC_SELECTORS,
              PL_STAGE_PHASE2_PROPOSAL}},
    {.on = ON(T_AUTH_I) | ON(T_MAIN_I2),
     .fail = RUNG(R_AUTH),
     .reason = PL_REASON_PSK_MISMATCH,
     .summary = M_THE_PEER_NEVER_ANSWERED,
     .sarg = {A_NRET},
     .hint = M_SET_THE_SAME_PRE_3,
     .cand = {PL_STAGE_AUTHENTICATION, PL_STAGE_IDENTITY}},
    {.on = ON(T_MAIN_R1),
     .deny = F_IKE_EST,
     .stage = PL_STAGE_REACHABILITY,
     .reason = PL_REASON_REPLY_UNANSWERED,
     .summary = N_("We answered the peer's first Main Mode message, but its next message never came ({1} "
                   "retransmits of our reply): our reply does not reach the peer, or the peer drops it."),
     .sarg = {A_NRET},
     .hint =
         N_("Check that UDP 500 and 4500 pass in both directions between the two gateways (firewall, NAT, "
            "the peer's public address); the peer's log shows whether our reply arrived."),
     .cand = {PL_STAGE_REACHABILITY, PL_STAGE_PHASE1_PROPOSAL}},
    {.on = ON(T_AUTH_R) | ON(T_AGGR_R) | ON(T_MAIN_R1),
     .fail = RUNG(R_AUTH),
     .reason = PL_REASON_PEER_SILENT,
     .summary = N_("We answered the peer, but its next message never came ({1} retransmits): the peer "
                   "rejected our reply, usually because of different pre-shared keys or an ID it does not "
                   "accept."),
     .sarg = {A_NRET},
     .hint = N_("Compare the pre-shared key and leftid=/rightid= with the peer; its log says which."),
     .cand = {PL_STAGE_AUTHENTICATION, PL_STAGE_IDENTITY}},
    /* no notification came back: a peer that refuses our subnets or our
     * proposal says so (INVALID_ID_INFORMATION, NO_PROPOSAL_CHOSEN, as the
     * guide shows); silence means our request, or its answer, is lost */
    {.on = ON(T_QUICK_I),
     .stage = PL_STAGE_REACHABILITY,
     .reason = PL_REASON_CHILD_NO_RESPONSE,
     .summary = N_("Phase 1 is up, but the peer never answers our phase 2 (Quick Mode) request ({1} "
                   "retransmits) and sends no refusal either: the request or its answer is lost on the way, "
                   "or the peer drops it without a word."),
     .sarg = {A_NRET},
     .hint =
         N_("Check what sits between the two gateways (firewall, NAT, a second tunnel) for UDP 500/4500 "
            "and ESP, then ask for the peer's log of this moment: if it received the request, it says why "
            "it did not answer (subnets, phase 2 proposal, PFS)."),
     .ev = {E_P2_INIT},
     .cand = {PL_STAGE_REACHABILITY, PL_STAGE_TRAFFIC_SELECTORS, PL_STAGE_PHASE2_PROPOSAL,
              PL_STAGE_KERNEL_UPDOWN}},
    {.on = ON(T_QUICK_R),
     .fail = RUNG(R_KERNEL),
     .reason = PL_REASON_CHILD_NO_CONFIRMATION,
     .summary =
         N_("We answered the peer's phase 2 request, but it never confirmed ({1} retransmits): the peer "
            "probably failed to install the SA."),
     .sarg = {A_NRET},
     .hint = N_("Ask for the peer's log: its kernel or _updown lines say why."),
     .cand = {PL_STAGE_KERNEL_UPDOWN}},
    {.stage = PL_STAGE_REACHABILITY,
     .reason = PL_REASON_TIMEOUT,
     .summary = N_("The exchange timed out: {1}"),
     .sarg = {A_TEXT},
     .hint = N_("Ask for the peer's log of this moment."),
     .cand = {PL_STAGE_REACHABILITY}},
};

/* Nothing failed as far as the log goes. */
static const rule outcome_rules[] = {
    {.need = F_CHILD_EST | F_IDLE,
     .fail = RUNG(R_KERNEL),
     .reason = PL_REASON_NO_TRAFFIC,
     .verdict = PL_VERDICT_PARTIAL,
     .summary =
         N_("The IPsec SA was established and up for {1}, but carried no traffic at all (in=0B out=0B): "
            "it looks up but is not used."),
     .sarg = {A_AGE},
     .hint = N_("Check that traffic is routed into the tunnel on both sides (routes, leftsourceip=, "
                "firewall/NAT exemptions for the subnets) and that _updown ran."),
     .ev = {E_CHILD_EST, E_IDLE}},
    {.need = F_CHILD_EST | F_ONE_WAY,
     .fail = RUNG(R_KERNEL),
     .reason = PL_REASON_NO_RETURN_TRAFFIC,
     .verdict = PL_VERDICT_PARTIAL,
     .summary =
         N_("The IPsec SA was established and sent {1}, but nothing came back (in=0B): the peer drops, "
            "or does not route back, our traffic."),
     .sarg = {A_OUT_BYTES},
     .hint = N_("Check the peer's firewall, routes and NAT exemptions for our subnet; ask for the peer's "
                "traffic counters."),
     .ev = {E_CHILD_EST, E_ONE_WAY}},
    {.need = F_CHILD_EST | F_DEL_RX | F_DEL_HITS,
     .stage = PL_STAGE_DELETED,
     .reason = PL_REASON_PEER_DELETE,
     .verdict = PL_VERDICT_ESTABLISHED,
     .summary = N_("The tunnel was established; later the peer deleted it (Delete SA received)."),
     .hint = M_NOTHING_TO_CHANGE_HERE,
     .ev = {E_CHILD_EST, E_DEL_RX}},
    {.need = F_CHILD_EST | F_TERMINATE,
     .stage = PL_STAGE_DELETED,
     .reason = PL_REASON_LOCAL_DELETE,
     .verdict = PL_VERDICT_ESTABLISHED,
     .summary = N_("The tunnel was established, then taken down on this side (ipsec down)."),
     .ev = {E_CHILD_EST, E_TERMINATE}},
    {.need = F_CHILD_EST | F_REKEY,
     .reason = PL_REASON_ESTABLISHED,
     .verdict = PL_VERDICT_ESTABLISHED,
     .summary = N_("Phase 1 and phase 2 are established; the tunnel was also rekeyed successfully."),
     .ev = {E_CHILD_EST}},
    {.need = F_CHILD_EST,
     .reason = PL_REASON_ESTABLISHED,
     .verdict = PL_VERDICT_ESTABLISHED,
     .summary = N_("Phase 1 and phase 2 are established."),
     .ev = {E_CHILD_EST}},
    {.need = F_IKE_EST | F_REKEY,
     .deny = F_DEL_RX,
     .stage = PL_STAGE_REKEY,
     .reason = PL_REASON_IKE_REKEYED,
     .verdict = PL_VERDICT_ESTABLISHED,
     .summary =
         N_("Phase 1 was rekeyed successfully (a new IKE SA replaced the old one); the Child SAs carry on "
            "under it."),
     .ev = {E_IKE_EST}},
    {.need = F_IKE_EST | F_DEL_RX | F_P2_STARTED,
     .stage = PL_STAGE_DELETED,
     .reason = PL_REASON_PEER_DELETE,
     .verdict = PL_VERDICT_PARTIAL,
     .summary =
         N_("Phase 1 was established; our phase 2 request had no answer yet ({1} retransmits) when the "
            "peer deleted the IKE SA (Delete received)."),
     .sarg = {A_NRETX},
     .hint = N_("The peer ended the tunnel: ask why (ipsec down or a restart there, or a failure its log "
                "shows). If phase 2 keeps getting no answer, compare leftsubnet=/rightsubnet=, esp= and pfs= "
                "with the peer."),
     .ev = {E_DEL_RX, E_P2_INIT}},
    {.need = F_IKE_EST | F_DEL_RX,
     .stage = PL_STAGE_DELETED,
     .reason = PL_REASON_PEER_DELETE,
     .verdict = PL_VERDICT_PARTIAL,
     .summary = N_("Phase 1 was established; later the peer deleted it (Delete received)."),
     .hint = M_NOTHING_TO_CHANGE_HERE,
     .ev = {E_DEL_RX}},
    /* phase 1 came up and is gone now */
    {.need = F_IKE_EST | F_EXPIRED,
     .deny = F_P2_STARTED,
     .stage = PL_STAGE_DELETED,
     .reason = PL_REASON_EXPIRED,
     .verdict = PL_VERDICT_ESTABLISHED,
     .summary = N_("Phase 1 was established; later its lifetime ended (IKE SA expired) and it was deleted."),
     .ev = {E_EXPIRED}},
    {.need = F_IKE_EST | F_DELETED,
     .deny = F_P2_STARTED,
     .stage = PL_STAGE_DELETED,
     .reason = PL_REASON_LOCAL_DELETE,
     .verdict = PL_VERDICT_ESTABLISHED,
     .summary = N_("Phase 1 was established; later this side deleted it."),
     .ev = {E_LAST_DELETE}},
    {.need = F_IKE_EST | F_P2_STARTED,
     .reason = PL_REASON_CHILD_IN_PROGRESS,
     .verdict = PL_VERDICT_ESTABLISHED,
     .summary = N_("Phase 1 is established; phase 2 (Quick Mode / Child SA) was started, and the log ends "
                   "before its result."),
     .hint = M_NOTHING_FAILED_AS_FAR,
     .ev = {E_IKE_EST, E_P2_INIT}},
    {.need = F_IKE_EST,
     .reason = PL_REASON_IKE_ESTABLISHED,
     .verdict = PL_VERDICT_ESTABLISHED,
     .summary = N_("Phase 1 is established; this log shows no phase 2 (IPsec) SA after it."),
     .hint = M_NOTHING_FAILED_AS_FAR,
     .ev = {E_IKE_EST}},
    {.need = F_DEL_RX,
     .stage = PL_STAGE_DELETED,
     .reason = PL_REASON_PEER_DELETE,
     .verdict = PL_VERDICT_UNKNOWN,
     .summary =
         N_("The peer deleted this tunnel's SA (Delete SA received); the log does not show it being set "
            "up."),
     .hint = M_NOTHING_TO_CHANGE_HERE,
     .ev = {E_DEL_RX, E_EXPIRED}},
    {.need = F_TERMINATE,
     .stage = PL_STAGE_DELETED,
     .reason = PL_REASON_LOCAL_DELETE,
     .verdict = PL_VERDICT_UNKNOWN,
     .summary = N_("The connection was taken down on this side (ipsec down or a restart)."),
     .ev = {E_TERMINATE}},
    {.need = F_DELETED | F_SHUTDOWN_DEL,
     .deny = F_EXPIRED,
     .reason = PL_REASON_SHUTDOWN,
     .verdict = PL_VERDICT_UNKNOWN,
     .summary =
         N_("pluto was shutting down (ipsec stop or a restart) and deleted this unfinished SA; it says "
            "nothing about the tunnel."),
     .ev = {E_LAST_DELETE}},
    {.need = F_EXPIRED | F_WAS_UP,
     .stage = PL_STAGE_DELETED,
     .reason = PL_REASON_EXPIRED,
     .verdict = PL_VERDICT_ESTABLISHED,
     .summary = M_THIS_SIDE_DELETED_THE,
     .sarg = {A_STATE},
     .ev = {E_EXPIRED}},
    {.need = F_DELETED | F_WAS_UP,
     .stage = PL_STAGE_DELETED,
     .reason = PL_REASON_LOCAL_DELETE,
     .verdict = PL_VERDICT_ESTABLISHED,
     .summary = M_THIS_SIDE_DELETED_THE,
     .sarg = {A_STATE},
     .ev = {E_LAST_DELETE}},
    {.need = F_EXPIRED,
     .stage = PL_STAGE_DELETED,
     .reason = PL_REASON_EXPIRED,
     .verdict = PL_VERDICT_UNKNOWN,
     .summary = M_THIS_SIDE_DELETED_THE_2,
     .sarg = {A_STATE},
     .ev = {E_EXPIRED}},
    {.need = F_DELETED,
     .stage = PL_STAGE_DELETED,
     .reason = PL_REASON_LOCAL_DELETE,
     .verdict = PL_VERDICT_UNKNOWN,
     .summary = M_THIS_SIDE_DELETED_THE_2,
     .sarg = {A_STATE},
     .ev = {E_LAST_DELETE}},
    {.reason = PL_REASON_IN_PROGRESS,
     .verdict = PL_VERDICT_UNKNOWN,
     .summary = N_("The negotiation started, but the log ends before any result.")},
};

/* What a notification refuses: before phase 1 is up it is about phase 1,
 * after it (or on a Child SA exchange) about phase 2, as the guide says. */
static const struct {
  const char *notify;
  sig before, after;
  bool child_exchange_counts; /* an IKE_AUTH/Child SA exchange counts as "after" */
} notify_means[] = {
    {"NO_PROPOSAL_CHOSEN", S_F_P1, S_F_P2, true},
    {"INVALID_ID_INFORMATION", S_F_ID, S_F_TS, false},
    {"TS_UNACCEPTABLE", S_F_TS, S_F_TS, false},
    {"INTERNAL_ADDRESS_FAILURE", S_F_POOL, S_F_POOL, false},
    {"AUTHENTICATION_FAILED", S_F_AUTH, S_F_AUTH, false},
    {"INVALID_KEY_INFORMATION", S_F_AUTH, S_F_AUTH, false},
    {"PAYLOAD_MALFORMED", S_F_AUTH, S_F_AUTH, false},
    {"INVALID_HASH_INFORMATION", S_F_AUTH, S_F_AUTH, false},
    {"INVALID_MAJOR_VERSION", S_F_VERSION, S_F_VERSION, false},
    {"BAD_PROPOSAL_SYNTAX", S_F_P1, S_F_P2, true},
};

static sig resolve_notify(const dctx *d) {
  const pl_event *ev = d->cause->ev;
  const char *n = d->cause->notify;
  pl_exchange exn = pl_event_exchange(ev);
  bool child_exchange = PL_PH(ev, IKE_AUTH) || PL_PH(ev, CHILD_SA) || PL_PH(ev, CREATE_CHILD_SA) ||
                        exn == PL_EXCHANGE_IKE_AUTH || pl_exchange_child(exn);
  for (gsize i = 0; i < G_N_ELEMENTS(notify_means); i++) {
    if (strcmp(n, notify_means[i].notify)) continue;
    bool after = d->established_before_cause || (notify_means[i].child_exchange_counts && child_exchange);
    return after ? notify_means[i].after : notify_means[i].before;
  }
  return S_NONE;
}

static char *refused_list(const dctx *d) {
  GString *list = g_string_new(NULL);
  for (guint i = 0; i < d->refused->len; i++) {
    char *tr = fmt_transform(d->refused->pdata[i]);
    if (list->len) g_string_append(list, ", ");
    g_string_append(list, tr);
    g_free(tr);
  }
  return g_string_free(list, FALSE);
}

/* The first refused transform in ipsec.conf spelling (ike=aes128-sha1;modp1024). */
static char *ike_token(const dctx *d) {
  const pl_event *r = d->refused->pdata[0];
  const char *ci = pl_event_str(r, PL_F_CIPHER), *pr = pl_event_str(r, PL_F_PRF),
             *gr = pl_event_str(r, PL_F_GROUP);
  gint64 kl = pl_event_int_or(r, PL_F_KEYLEN, 0);
  if (!ci) return refused_list(d);
  GString *k = g_string_new(NULL);
  if (val_has(ci, "AES_CBC")) g_string_append_printf(k, "aes%" G_GINT64_FORMAT, kl ? kl : 128);
  else if (val_has(ci, "3DES")) g_string_append(k, "3des");
  else g_string_append(k, ci);
  if (pr) {
    char *low = g_ascii_strdown(pr, -1);
    const char *p = low;
    if (g_str_has_prefix(p, "hmac_")) p += 5;
    if (g_str_has_prefix(p, "oakley_")) p += 7;
    g_string_append_printf(k, "-%s", !strcmp(p, "sha") ? "sha1" : p);
    g_free(low);
  }
  if (gr) {
    char *low = g_ascii_strdown(gr, -1);
    const char *p = low;
    if (g_str_has_prefix(p, "oakley_group_")) p += 13;
    g_string_append_printf(k, ";%s", p);
    g_free(low);
  }
  return g_string_free(k, FALSE);
}

static const item *deciding(const dctx *d) { return d->cause ? d->cause : d->dpd ? d->dpd : d->weak; }

static char *arg_value(dctx *d, arg_slot a) {
  const item *w = deciding(d);
  switch (a) {
  case A_NONE:
  case A_N: return NULL;
  case A_NOTIFY: return g_strdup(d->cause ? d->cause->notify : NULL);
  case A_TEXT: return w ? g_strdup(ev_text(w->ev)) : NULL;
  case A_NRET:
    return g_strdup_printf("%" G_GINT64_FORMAT, pl_event_int_or(w->ev, PL_F_RETRANSMITS, d->retransmits));
  case A_NRETX: return g_strdup_printf("%d", d->retransmits);
  case A_P2PROP: return g_strdup(d->p2_init_ev ? pl_event_str(d->p2_init_ev, PL_F_PROPOSAL) : NULL);
  case A_ID: {
    char *id = quoted_id(d->cause->ev);
    if (!id && d->peer_id_ev) id = quoted_id(d->peer_id_ev);
    return id;
  }
  case A_LTS: return d->proposed_ev ? g_strdup(pl_event_str(d->proposed_ev, PL_F_LOCAL_TS)) : NULL;
  case A_RTS: return d->proposed_ev ? g_strdup(pl_event_str(d->proposed_ev, PL_F_REMOTE_TS)) : NULL;
  case A_REMOTE_P1: {
    char *remote = d->remote_list_ev ? remote_proposals(d->remote_list_ev) : NULL;
    if (!remote && PL_PH(d->cause->ev, REMOTE_PROPOSALS)) remote = remote_proposals(d->cause->ev);
    return remote;
  }
  case A_REMOTE_P2: return PL_PH(d->cause->ev, REMOTE_PROPOSALS) ? remote_proposals(d->cause->ev) : NULL;
  case A_REFUSED: return refused_list(d);
  case A_IKE_TOKEN: return ike_token(d);
  case A_OLD_SA: {
    const pl_sa *sa = w->sa;
    return g_strdup_printf("#%" G_GINT64_FORMAT, sa && sa->replaces ? sa->replaces : 0);
  }
  case A_AGE: return g_strdup_printf("%.0f s", d->child_age);
  case A_OUT_BYTES:
    return g_strdup_printf("%" G_GINT64_FORMAT "B", pl_event_int_or(d->traffic_oneway, PL_F_BYTES_OUT, 0));
  case A_STATE: {
    const item *del = d->last_delete ? d->last_delete : d->expired;
    return g_strdup(pl_event_str(del->ev, PL_F_STATE));
  }
  case A_WHY: {
    const char *why = pl_event_str(d->cause->ev, PL_F_REASON);
    return g_strdup(why ? why : ev_text(d->cause->ev));
  }
  }
  return NULL;
}

static const char *arg(dctx *d, arg_slot a) {
  if (a == A_NONE) return NULL;
  if (!d->arg_done[a]) d->arg[a] = arg_value(d, a), d->arg_done[a] = true;
  return d->arg[a];
}

static void add_slot_evidence(dctx *d, ev_slot e) {
  pl_attempt *t = d->t;
  switch (e) {
  case E_NONE:
  case E_END: break;
  case E_P2_INIT: add_evidence(t, d->p2_init_ev); break;
  case E_CHILD_EST: add_evidence(t, d->last_child_est ? d->last_child_est->ev : NULL); break;
  case E_IDLE: add_evidence(t, d->traffic_zero); break;
  case E_ONE_WAY: add_evidence(t, d->traffic_oneway); break;
  case E_DEL_RX: add_evidence(t, d->del_rx ? d->del_rx->ev : NULL); break;
  case E_TERMINATE: add_evidence(t, d->terminate ? d->terminate->ev : NULL); break;
  case E_EXPIRED: add_evidence(t, d->expired ? d->expired->ev : NULL); break;
  case E_LAST_DELETE: add_evidence(t, d->last_delete ? d->last_delete->ev : NULL); break;
  case E_IKE_EST:
    for (guint i = 0; i < d->it->len; i++)
      if (g_array_index(d->it, item, i).s == S_IKE_EST) add_evidence(t, g_array_index(d->it, item, i).ev);
    break;
  }
}

/* The first row of a table that applies. */
static const rule *match(const rule *rows, gsize n, int key, guint64 facts) {
  for (gsize i = 0; i < n; i++) {
    const rule *r = &rows[i];
    if (r->on && !(key >= 0 && key < 64 && (r->on & ON(key)))) continue;
    if ((facts & r->need) != r->need || (facts & r->deny)) continue;
    return r;
  }
  return NULL;
}

/* Applies a row: stage, reason, sentences, evidence, candidates. */
static void apply(dctx *d, const rule *r, int *fail, pl_stage *stage, const char **reason,
                  pl_verdict *verdict) {
  pl_attempt *t = d->t;
  if (r->fail) *fail = r->fail - 1;
  if (r->stage) *stage = r->stage;
  *reason = pl_reason_name(r->reason);
  if (r->verdict) *verdict = r->verdict;
  if (r->summary) msg_set(&t->summary, r->summary, arg(d, r->sarg[0]), arg(d, r->sarg[1]), NULL, NULL);
  if (r->hint) msg_set(&t->hint, r->hint, arg(d, r->harg[0]), arg(d, r->harg[1]), NULL, NULL);
  for (int i = 0; i < 2; i++) add_slot_evidence(d, r->ev[i]);
  if (r->extra) r->extra(d);
  if (r->cand[0]) set_candidates(t, r->cand[0], r->cand[1], r->cand[2], r->cand[3]);
}

/* Reads the items of an attempt once: what passed, the cause, the facts. */
static void fold_attempt(dctx *d, group *g) {
  GArray *it = g->items;
  const pl_conn *c = d->c;
  pl_attempt *t = d->t;
  bool initiator = false, p1_proven = false, ike_est = false;
  d->reached = -1;
  d->version = c->ike_version;
  d->refused = g_ptr_array_new();
  for (guint i = 0; i < it->len; i++) {
    const item *x = &g_array_index(it, item, i);
    const pl_event *ev = x->ev;
    gint64 v;
    if (pl_event_int(ev, PL_F_IKE_VERSION, &v) && (v == 1 || v == 2)) d->version = (int) v;
    if (pl_event_exchange(ev) == PL_EXCHANGE_AGGRESSIVE) d->f |= F_AGGRESSIVE;
    switch (x->s) {
    case S_INIT: initiator = true; break;
    case S_RESP: d->reached = MAX(d->reached, R_VERSION); break;
    case S_P1_OK:
    case S_KE_OK:
      d->f |= F_GOT_REPLY;
      d->reached = MAX(d->reached, R_P1);
      break;
    case S_PEER_ID:
      d->f |= F_GOT_REPLY;
      d->reached = MAX(d->reached, R_AUTH);
      if (!d->peer_id_ev) d->peer_id_ev = ev;
      break;
    case S_IKE_EST:
      ike_est = true;
      d->f |= F_GOT_REPLY;
      d->reached = MAX(d->reached, R_ID);
      break;
    case S_INIT_P2:
      d->f |= F_P2_STARTED, p1_proven = true;
      if (!d->p2_init_ev) d->p2_init_ev = ev;
      break;
    case S_RESP_P2:
      d->f |= F_P2_STARTED, p1_proven = true;
      d->reached = MAX(d->reached, R_P2);
      break;
    case S_P2_OK:
      d->f |= F_P2_STARTED;
      d->reached = MAX(d->reached, R_P2);
      break;
    case S_CHILD_EST:
      d->f |= F_CHILD_EST;
      d->last_child_est = x;
      d->reached = MAX(d->reached, R_KERNEL);
      break;
    case S_REFUSED: g_ptr_array_add(d->refused, (gpointer) ev); break;
    case S_RETRANSMIT:
      d->retransmits++;
      d->retx_last = x;
      break;
    case S_TRAFFIC: {
      gint64 in = pl_event_int_or(ev, PL_F_BYTES_IN, -1), out = pl_event_int_or(ev, PL_F_BYTES_OUT, -1);
      if (in == 0 && out == 0) d->traffic_zero = ev;
      else if (in == 0 && out > 0) d->traffic_oneway = ev;
      break;
    }
    case S_DELETE: {
      double age;
      if (pl_event_dbl(ev, PL_F_AGE, &age) && age > d->child_age) d->child_age = age;
      d->last_delete = x;
      break;
    }
    case S_DPD_NO_P1:
    case S_DPD_DEAD:
      if (!d->dpd) d->dpd = x;
      break;
    case S_DELETE_RX:
      if (!d->del_rx) d->del_rx = x;
      break;
    case S_TERMINATE:
      if (!d->terminate) d->terminate = x;
      break;
    case S_REVIVE: break;
    case S_TIMEOUT:
    case S_INTERNAL:
      if (!d->weak) d->weak = x;
      break;
    case S_NOTIFY_RX:
    case S_NOTIFY_TX:
      if (!d->cause) {
        /* INITIAL_CONTACT and friends are not known_notify(); these are refusals */
        d->cause = x;
        d->established_before_cause = ike_est || p1_proven;
        if (x->s == S_NOTIFY_RX) d->f |= F_GOT_REPLY;
      }
      break;
    case S_F_VERSION:
    case S_F_P1:
    case S_F_P2:
    case S_F_PFS:
    case S_F_DH:
    case S_F_MODE:
    case S_F_AUTH_MALFORMED:
    case S_F_AUTH:
    case S_F_NO_PSK:
    case S_F_ID:
    case S_F_AGGR_ID:
    case S_F_TS:
    case S_F_POOL:
    case S_F_KERNEL:
    case S_F_UPDOWN:
    case S_F_ROUTE:
    case S_NO_CONN_PKT:
    case S_F_UNREACH:
    case S_F_CONFIG:
      /* a typed cause beats a notification we sent on the same grounds */
      if (!d->cause || (d->cause->s == S_NOTIFY_TX && x->ev->line - d->cause->ev->line <= 1 &&
                        d->cause->ev->source == x->ev->source)) {
        d->cause = x;
        d->established_before_cause = ike_est || p1_proven;
      }
      break;
    case S_EXPIRED:
      if (!d->expired) d->expired = x;
      break;
    case S_NONE: break;
    }
    if (ev->kind == PL_EV_PEER_PROPOSED && (!d->cause || !d->proposed_ev))
      d->proposed_ev = ev; /* the one before the cause */
    if (ev->kind == PL_EV_PROPOSAL_CHOSEN || ev->kind == PL_EV_PROPOSAL_NOMATCH ||
        PL_PH(ev, REMOTE_PROPOSALS))
      d->remote_list_ev = ev;
  }
  if (initiator && (d->f & F_GOT_REPLY)) d->reached = MAX(d->reached, R_VERSION);
  if (p1_proven) {
    d->reached = MAX(d->reached, R_ID);
    ike_est = true;
  }
  if (ike_est) d->f |= F_IKE_EST;
  /* Every transform the peer offered was refused, and the excerpt ends
   * before pluto's "no acceptable ..." line: the proposal stage failed. */
  bool p2 = d->f & F_P2_STARTED;
  if (!d->cause && d->refused->len && d->reached < R_P1 + (p2 ? R_P2 - R_P1 : 0)) {
    for (guint i = 0; i < it->len; i++) {
      const item *x = &g_array_index(it, item, i);
      if (x->ev != d->refused->pdata[d->refused->len - 1]) continue;
      d->refused_cause = *x;
      d->refused_cause.s = p2 ? S_F_P2 : S_F_P1;
      d->cause = &d->refused_cause;
      d->established_before_cause = ike_est;
    }
  }
  /* Retransmissions without pluto's final timeout (the excerpt ends first)
   * say the same as the timeout would, when the story ends there: a Delete,
   * an expiry or a newer success after them says what happened instead. */
  if (!d->cause && !d->weak && d->retx_last) {
    const item *after[] = {d->del_rx, d->last_delete, d->expired, d->terminate, d->last_child_est};
    bool later = false;
    for (gsize i = 0; i < G_N_ELEMENTS(after); i++)
      if (after[i] && after[i]->ev->source == d->retx_last->ev->source &&
          after[i]->ev->line > d->retx_last->ev->line)
        later = true;
    if (!later) d->weak = d->retx_last, d->f |= F_NO_GIVE_UP;
  }

  t->rekey = g->overlaps || (g->ike && g->ike->replaces);
  for (guint i = 0; i < g->sas->len; i++)
    if (((const pl_sa *) g->sas->pdata[i])->replaces) t->rekey = true;
  if (t->rekey) d->f |= F_REKEY | F_ANY_REKEY;
  const item *w = d->cause ? d->cause : d->weak;
  if (w && w->sa && w->sa->replaces) d->f |= F_ANY_REKEY;

  /* facts the rows test */
  if (d->version == 2) d->f |= F_IKEV2;
  if (d->refused->len) d->f |= F_REFUSED;
  if (d->del_rx) d->f |= F_DEL_RX;
  if (d->terminate) d->f |= F_TERMINATE;
  if (d->expired) d->f |= F_EXPIRED;
  if (d->last_delete) d->f |= F_DELETED;
  if (d->traffic_zero && d->child_age >= 60) d->f |= F_IDLE;
  if (d->traffic_oneway) d->f |= F_ONE_WAY;
  if (d->del_rx && delete_hits(d->del_rx, d->last_child_est)) d->f |= F_DEL_HITS;
  if (d->last_delete && deleted_by_shutdown(d->hc, d->last_delete->ev)) d->f |= F_SHUTDOWN_DEL;
  if (d->last_delete || d->expired) {
    const item *del = d->last_delete ? d->last_delete : d->expired;
    if (state_is_established(pl_event_str(del->ev, PL_F_STATE))) d->f |= F_WAS_UP;
  }
  if (d->cause) {
    const pl_event *ev = d->cause->ev;
    if (arg(d, A_REMOTE_P1)) d->f |= F_REMOTE_P1;
    if (arg(d, A_REMOTE_P2)) d->f |= F_REMOTE_P2;
    if (PL_PH(ev, ERRNO_93) || PL_PH(ev, PROTO_NOT_SUPPORTED)) d->f |= F_ERRNO93;
    if (PL_PH(ev, HASH) || PL_PH(ev, PSK) || PL_PH(ev, PRESHARED)) d->f |= F_PSK_WORDS;
    if (d->proposed_ev && pl_event_str(d->proposed_ev, PL_F_LOCAL_TS) &&
        pl_event_str(d->proposed_ev, PL_F_REMOTE_TS))
      d->f |= F_TS_PAIR;
    if (d->cause->s == S_NOTIFY_RX) d->f |= F_RX;
    if (d->cause->notify && !strcmp(d->cause->notify, "TS_UNACCEPTABLE")) d->f |= F_N_TS;
    if (d->cause->notify && !strcmp(d->cause->notify, "AUTHENTICATION_FAILED")) d->f |= F_N_AUTH;
    if (d->cause->notify && !strcmp(d->cause->notify, "BAD_PROPOSAL_SYNTAX")) d->f |= F_N_SYNTAX;
    if (arg(d, A_P2PROP)) d->f |= F_P2PROP;
    if (arg(d, A_ID)) d->f |= F_HAS_ID;
    const char *what = pl_event_str(ev, PL_F_WHAT);
    if (!g_strcmp0(what, "algorithm") && pl_event_str(ev, PL_F_PROPOSAL)) d->f |= F_CFG_ALG;
    if (!g_strcmp0(what, "pfs-disabled")) d->f |= F_CFG_PFS;
    if (!g_strcmp0(what, "certificate")) d->f |= F_CFG_CERT;
    if (!g_strcmp0(what, "no-local-end")) d->f |= F_CFG_NO_END;
  }
}

static void diagnose_group(const pl_conn *c, group *g, const host_conf *hc, pl_attempt *t) {
  dctx dd = {.c = c, .hc = hc, .t = t, .it = g->items};
  dctx *d = &dd;
  fold_attempt(d, g);

  pl_stage stage = PL_STAGE_NONE;
  const char *reason = NULL;
  pl_verdict verdict = PL_VERDICT_NONE;
  int fail = -1;
  bool deleted_after = false;
  const item *cause = d->cause;

  if (cause) {
    const pl_event *ev = cause->ev;
    add_evidence(t, d->peer_id_ev && (cause->s == S_F_ID || cause->s == S_F_AUTH) ? d->peer_id_ev : NULL);
    for (guint i = 0; i < d->refused->len && i < 4; i++) add_evidence(t, d->refused->pdata[i]);
    if (d->proposed_ev && (cause->s == S_F_TS || cause->s == S_F_P2 || cause->s == S_NOTIFY_TX))
      add_evidence(t, d->proposed_ev);
    add_evidence(t, ev);
    const rule *r;
    if (cause->s == S_NOTIFY_RX || cause->s == S_NOTIFY_TX) {
      d->s = resolve_notify(d);
      r = match(notify_rules, G_N_ELEMENTS(notify_rules), d->s, d->f);
    } else {
      d->s = cause->s;
      r = match(cause_rules, G_N_ELEMENTS(cause_rules), d->s, d->f);
    }
    if (r) apply(d, r, &fail, &stage, &reason, &verdict);
    if (fail >= 0 || stage) verdict = (d->f & F_IKE_EST) ? PL_VERDICT_PARTIAL : PL_VERDICT_FAILED;
    if (fail == R_KERNEL && (d->f & F_CHILD_EST)) verdict = PL_VERDICT_PARTIAL;
  } else if (d->dpd) {
    add_evidence(t, d->dpd->ev);
    apply(d, match(dpd_rules, G_N_ELEMENTS(dpd_rules), d->dpd->s, d->f), &fail, &stage, &reason, &verdict);
  } else if (d->weak && !((d->f & F_CHILD_EST) && timeout_state(d->weak->ev, d->weak->sa) == T_QUICK_R)) {
    add_evidence(t, d->weak->ev);
    int key = d->weak->s == S_INTERNAL ? T_INTERNAL : (int) timeout_state(d->weak->ev, d->weak->sa);
    const rule *r = match(silence_rules, G_N_ELEMENTS(silence_rules), key, d->f);
    verdict = (d->f & (F_IKE_EST | F_CHILD_EST)) ? PL_VERDICT_PARTIAL : PL_VERDICT_FAILED;
    apply(d, r, &fail, &stage, &reason, &verdict);
  } else {
    if (d->f & F_CHILD_EST) d->reached = R_KERNEL;
    apply(d, match(outcome_rules, G_N_ELEMENTS(outcome_rules), -1, d->f), &fail, &stage, &reason, &verdict);
  }
  /* The peer deleted the established IKE SA well after phase 2 failed: what
   * ended the tunnel is the peer's Delete; the phase 2 failure becomes a note.
   * A Delete right after the failure (same second) is its consequence. */
  const item *del_rx = d->del_rx;
  if (cause && del_rx && (d->f & F_IKE_EST) && d->established_before_cause &&
      del_rx->ev->source == cause->ev->source && del_rx->ev->line > cause->ev->line &&
      verdict == PL_VERDICT_PARTIAL) {
    const pl_event *ce = cause->ev, *de = del_rx->ev;
    bool consequence =
        ce->time >= 0 && de->time >= 0 ? de->time - ce->time < G_USEC_PER_SEC : de->line - ce->line <= 3;
    if (!consequence) {
      pl_msg *m = g_new0(pl_msg, 1);
      *m = t->summary; /* moved: the phase 2 failure, in its own words */
      memset(&t->summary, 0, sizeof t->summary);
      g_ptr_array_insert(t->notes, 0, m);
      char gap[32] = "?";
      if (ce->time >= 0 && de->time >= 0)
        g_snprintf(gap, sizeof gap, "%.1f s", (double) (de->time - ce->time) / G_USEC_PER_SEC);
      msg_set(
          &t->summary,
          ce->time >= 0 && de->time >= 0
              ? N_("Phase 1 was established and phase 2 failed (see the note); {1} later the peer deleted "
                   "the IKE SA (Delete received).")
              : N_("Phase 1 was established and phase 2 failed (see the note); later the peer deleted the "
                   "IKE SA (Delete received)."),
          gap, NULL, NULL, NULL);
      add_evidence(t, de);
      deleted_after = true;
      set_candidates(t, PL_STAGE_NONE, PL_STAGE_NONE, PL_STAGE_NONE,
                     PL_STAGE_NONE); /* the stage is decided: deleted */
    }
  }

  /* "state spd requires a block": a selector of ours the peer did not
   * accept gets a block policy (Libreswan 5) */
  for (guint i = 0; i < d->it->len; i++) {
    const pl_event *ev = g_array_index(d->it, item, i).ev;
    if (ev->kind != PL_EV_DAEMON || g_strcmp0(pl_event_str(ev, PL_F_ACTION), "block")) continue;
    add_evidence(t, ev);
    add_note(
        t,
        N_("pluto installed a block policy for a subnet of this connection that the peer did not accept: "
           "traffic to it is dropped. Compare leftsubnets=/rightsubnets= with the peer's, or narrow them "
           "to what the peer accepts."),
        NULL, NULL);
    break;
  }
  int reached = d->reached;
  if (fail >= 0) stage = pl_ladder[fail];
  t->verdict = verdict ? verdict : PL_VERDICT_UNKNOWN;
  if (deleted_after) stage = PL_STAGE_DELETED, reason = pl_reason_name(PL_REASON_PEER_DELETE);
  t->reason = reason;
  if (fail >= 0) reached = MIN(reached, fail - 1);
  if (!stage) stage = reached >= 0 ? pl_ladder[reached] : PL_STAGE_NONE;
  t->stage = stage;
  t->reached = reached >= 0 ? pl_ladder[reached] : PL_STAGE_NONE;
  for (int r = 0; r < PL_LADDER_N; r++)
    t->marks[r] = r <= reached ? PL_MARK_PASSED : r == fail ? PL_MARK_FAILED : PL_MARK_NOT_REACHED;
  if (t->rekey && t->verdict == PL_VERDICT_ESTABLISHED)
    add_note(t, N_("This attempt replaced an earlier SA (rekey)."), NULL, NULL);
  t->cause_ev = cause ? cause->ev : d->dpd ? d->dpd->ev : d->weak ? d->weak->ev : del_rx ? del_rx->ev : NULL;
  g_ptr_array_sort(t->evidence, ev_ptr_cmp);
  for (int i = 0; i < A_N; i++) g_free(d->arg[i]);
  g_ptr_array_unref(d->refused);
}

/* What a FATAL ERROR at start-up names, first row that matches (the last
 * row, without text, is the rest). */
static const struct {
  pl_phrase text; /* PL_PH_N: any other */
  pl_reason reason;
  const char *hint;
} fatal_causes[] = {
    {PL_PH_BCAST_SOCKET, PL_REASON_NO_XFRM,
     N_("This kernel, or this container, gives pluto no XFRM netlink socket: load the IPsec modules "
        "(modprobe xfrm_user esp4), or in a container run with CAP_NET_ADMIN on a host kernel with XFRM; "
        "then start ipsec again.")},
    {PL_PH_CONFIG_XFRM, PL_REASON_NO_XFRM,
     N_("This kernel, or this container, gives pluto no XFRM netlink socket: load the IPsec modules "
        "(modprobe xfrm_user esp4), or in a container run with CAP_NET_ADMIN on a host kernel with XFRM; "
        "then start ipsec again.")},
    /* "NSS: could not authenticate slot": the database opened, its password did not */
    {PL_PH_AUTHENTICATE_SLOT, PL_REASON_NSS_INIT,
     N_("pluto opened its NSS database but could not log in to it: the database has a password and pluto "
        "does not have the right one. Put it in the nsspassword file (/etc/ipsec.d/nsspassword, a line "
        "\"NSS Certificate DB:password\"), or set an empty one (certutil -W -d sql:/var/lib/ipsec/nss), then start ipsec again.")},
    /* "pluto in FIPS mode but NSS library is not", "NSS: FIPS mode could not be determined" */
    {PL_PH_FIPS_MODE, PL_REASON_DAEMON_FATAL,
     N_("The host's FIPS mode and the NSS library disagree: pluto runs in FIPS mode only with an NSS "
        "database in FIPS mode. Either turn FIPS off for the host (fips-mode-setup --disable, then "
        "reboot) or put the NSS database in FIPS mode (modutil -fips true -dbdir sql:/var/lib/ipsec/nss), "
        "then start ipsec again.")},
    {PL_PH_NSS, PL_REASON_NSS_INIT,
     N_("pluto cannot open its NSS database: create it (ipsec initnss, or ipsec checknss), check the owner "
        "and the SELinux labels of the directory the line names (restorecon -R), then start ipsec again.")},
    {PL_PH_N, PL_REASON_DAEMON_FATAL,
     N_("Fix what the line names (ipsec addconn --checkconfig checks the configuration), then start ipsec "
        "again and check ipsec status.")},
};

/* Host-level lines (no connection): packets nobody is configured for. */
static void diagnose_hostlevel(const pl_conn *c, const host_conf *hc, pl_attempt *t) {
  const pl_event *first = NULL;
  sig fs = S_NONE;
  for (guint i = 0; i < c->events->len; i++) {
    const pl_event *ev = c->events->pdata[i];
    const char *n;
    sig s = classify(ev, &n);
    if (s == S_NO_CONN_PKT || s == S_F_VERSION) {
      if (!first) first = ev, fs = s;
      add_evidence(t, ev);
    }
  }
  if (!first) {
    /* the daemon itself: a pluto bug (EXPECTATION / ASSERTION FAILED) */
    for (guint i = 0; i < c->events->len && !first; i++) {
      const pl_event *ev = c->events->pdata[i];
      if (ev->kind == PL_EV_PLUTO_FAILURE) first = ev;
    }
    if (!first) {
      t->verdict = PL_VERDICT_UNKNOWN;
      t->reason = NULL;
      return;
    }
    /* a FATAL ERROR, when there is one, is what stopped the daemon */
    for (guint i = 0; i < c->events->len; i++) {
      const pl_event *ev = c->events->pdata[i];
      if (ev->kind == PL_EV_PLUTO_FAILURE && !g_strcmp0(pl_event_str(ev, PL_F_WHAT), "fatal")) {
        first = ev;
        break;
      }
    }
    add_evidence(t, first);
    t->source = first->source;
    t->first_line = first->line;
    t->cause_ev = first;
    t->first_time = t->last_time = first->time;
    t->verdict = PL_VERDICT_FAILED;
    t->stage = PL_STAGE_DAEMON;
    t->reason = pl_reason_name(PL_REASON_PLUTO_BUG);
    if (!g_strcmp0(pl_event_str(first, PL_F_WHAT), "fatal")) {
      gsize k = 0;
      while (fatal_causes[k].text != PL_PH_N && !pl_ph(first, fatal_causes[k].text)) k++;
      t->reason = pl_reason_name(fatal_causes[k].reason);
      /* v3.x names the database on the line before "FATAL: NSS initialization failure" */
      for (guint i = 0; fatal_causes[k].reason == PL_REASON_NSS_INIT && i < c->events->len; i++) {
        const pl_event *ev = c->events->pdata[i];
        if (ev->kind == PL_EV_ERROR && ev->source == first->source && ev->line < first->line &&
            !g_strcmp0(pl_event_str(ev, PL_F_WHAT), "nss"))
          add_evidence(t, ev);
      }
      g_ptr_array_sort(t->evidence, ev_ptr_cmp);
      msg_set(&t->summary,
              N_("pluto stopped with a fatal error at start-up ({1}): the daemon is not running, so no "
                 "connection on this host can come up."),
              ev_text(first), NULL, NULL, NULL);
      msg_set(&t->hint, fatal_causes[k].hint, NULL, NULL, NULL, NULL);
      return;
    }
    msg_set(
        &t->summary,
        N_("pluto reported a failed internal check ({1}): a bug in this pluto version, not a configuration "
           "error. The tunnels themselves may still work."),
        ev_text(first), NULL, NULL, NULL);
    msg_set(&t->hint,
            N_("Upgrade Libreswan (or report the line to its developers with the version); if pluto aborted, "
               "it restarted and the tunnels were set up again."),
            NULL, NULL, NULL, NULL);
    return;
  }
  t->source = first->source;
  t->first_line = first->line;
  t->cause_ev = first;
  t->first_time = t->last_time = first->time;
  t->verdict = PL_VERDICT_FAILED;
  bool v2pkt = PL_PH(first, IKEV2) || PL_PH(first, IKE_SA_INIT) || PL_PH(first, PARENT_SA);
  bool v1pkt = PL_PH(first, MAIN_MODE) || PL_PH(first, AGGRESSIVE_MODE) || PL_PH(first, IKEV1);
  const char *peer = peer_of(first);
  if (fs == S_F_VERSION && !g_strcmp0(pl_event_str(first, PL_F_REASON), "ikev1-policy")) {
    /* Libreswan 5: IKEv1 is off for the whole daemon */
    t->stage = PL_STAGE_IKE_VERSION;
    t->reason = pl_reason_name(PL_REASON_IKEV1_DISABLED);
    t->marks[0] = PL_MARK_FAILED;
    msg_set(&t->summary,
            N_("The peer {1} speaks IKEv1, and this pluto drops every IKEv1 packet (ikev1-policy=drop, the "
               "default since Libreswan 5.0)."),
            peer ? peer : "?", NULL, NULL, NULL);
    msg_set(&t->hint,
            N_("Either move the peer to IKEv2 (best), or allow IKEv1 here: ikev1-policy=accept in the config "
               "setup section, then restart ipsec. keyexchange=ikev1 in the conn alone does not do it."),
            NULL, NULL, NULL, NULL);
    return;
  }
  if (fs == S_F_VERSION || (v2pkt && hc->has_v1 && !hc->has_v2) || (v1pkt && hc->has_v2 && !hc->has_v1)) {
    t->stage = PL_STAGE_IKE_VERSION;
    t->reason = pl_reason_name(PL_REASON_IKE_VERSION_MISMATCH);
    t->marks[0] = PL_MARK_FAILED;
    msg_set(&t->summary,
            N_("The peer {1} sent an IKEv{2} packet, but the connections on this host are IKEv{3} only."),
            peer ? peer : "?", v2pkt ? "2" : "1", v2pkt ? "1" : "2", NULL);
    msg_set(&t->hint,
            N_("Use the same IKE version on both sides: keyexchange=ikev1 or keyexchange=ikev2 in the conn "
               "(ikev2=no/insist on older versions)."),
            NULL, NULL, NULL, NULL);
    return;
  }
  t->stage = PL_STAGE_NO_CONNECTION;
  t->reason = pl_reason_name(PL_REASON_NO_CONNECTION_CONFIGURED);
  const char *auth = pl_event_str(first, PL_F_AUTH);
  char *authbuf = NULL;
  if (!auth) {
    const char *p = pl_phrase_after(first, PL_PH_AUTHBY_EQ);
    if (!p) p = pl_phrase_after(first, PL_PH_AUTHBY_SP);
    if (!p) p = pl_phrase_after(first, PL_PH_POLICY_SP);
    if (!p) p = pl_phrase_after(first, PL_PH_POLICY_EQ);
    if (p) {
      gsize n = strcspn(p, " ,");
      authbuf = g_strndup(p, n);
      auth = authbuf;
    }
  }
  const char *what = PL_PH(first, AGGRESSIVE)  ? "IKEv1 Aggressive Mode"
                     : PL_PH(first, MAIN_MODE) ? "IKEv1 Main Mode"
                     : v2pkt                   ? "IKEv2"
                                               : "IKE";
  msg_set(&t->summary,
          N_("An {1} request arrived from {2}, but no connection on this host is configured for that peer "
             "(authentication: {3})."),
          what, peer ? peer : "?", auth ? auth : "?", NULL);
  msg_set(
      &t->hint,
      N_("Add or fix a conn for this peer: right= must be its address ({2}) (a road warrior needs the wildcard address), "
         "and authby=/the IKE version must match what it sends."),
      what, peer ? peer : "?", NULL, NULL);
  g_free(authbuf);
}

/* ---- peer facts ---------------------------------------------------------- */

static void fact(GPtrArray *facts, const char *label, const char *value, const pl_event *ev) {
  if (!value || !*value) return;
  for (guint i = 0; i < facts->len; i++) {
    pl_peer_fact *f = facts->pdata[i];
    if (f->label == label && !strcmp(f->value, value)) return;
  }
  if (facts->len >= 24) return;
  pl_peer_fact *f = g_new0(pl_peer_fact, 1);
  f->label = label;
  f->value = g_strdup(value);
  f->ev = ev;
  g_ptr_array_add(facts, f);
}

static void facts_from_event(GPtrArray *facts, const pl_event *ev) {
  const char *n;
  sig s = classify(ev, &n);
  if (ev->kind == PL_EV_PEER_ID || s == S_F_ID || s == S_F_AGGR_ID ||
      (ev->kind == PL_EV_IKE_ESTABLISHED && pl_event_str(ev, PL_F_ID))) {
    char *id = quoted_id(ev);
    fact(facts, N_("peer ID"), id, ev);
    g_free(id);
  }
  if (s == S_REFUSED) {
    char *tr = fmt_transform(ev);
    fact(facts, N_("transform the peer offered (refused here)"), tr, ev);
    g_free(tr);
  }
  if (ev->kind == PL_EV_PROPOSAL_CHOSEN || ev->kind == PL_EV_PROPOSAL_NOMATCH ||
      PL_PH(ev, REMOTE_PROPOSALS)) {
    char *r = remote_proposals(ev);
    fact(facts, N_("proposals the peer offered"), r, ev);
    g_free(r);
  }
  if (ev->kind == PL_EV_PEER_PROPOSED) {
    const char *l = pl_event_str(ev, PL_F_LOCAL_TS), *r = pl_event_str(ev, PL_F_REMOTE_TS);
    if (l && r) {
      char *v = g_strdup_printf("%s <-> %s", l, r);
      fact(facts, N_("subnets the peer proposed (this side <-> peer side)"), v, ev);
      g_free(v);
    }
  }
  if (ev->kind == PL_EV_IKE_ESTABLISHED) {
    GString *v = g_string_new(NULL);
    const char *f[] = {pl_event_str(ev, PL_F_AUTH), pl_event_str(ev, PL_F_CIPHER),
                       pl_event_str(ev, PL_F_INTEG), pl_event_str(ev, PL_F_PRF),
                       pl_event_str(ev, PL_F_GROUP)};
    const char *k[] = {"auth", "cipher", "integ", "prf", "group"};
    for (int i = 0; i < 5; i++)
      if (f[i]) g_string_append_printf(v, "%s%s=%s", v->len ? " " : "", k[i], f[i]);
    fact(facts, N_("phase 1 agreed with the peer"), v->str, ev);
    g_string_free(v, TRUE);
  }
  if (ev->kind == PL_EV_CHILD_ESTABLISHED) {
    const char *x = pl_event_str(ev, PL_F_XFRM);
    fact(facts, N_("phase 2 agreed with the peer"), x, ev);
    const char *l = pl_event_str(ev, PL_F_LOCAL_TS), *r = pl_event_str(ev, PL_F_REMOTE_TS);
    if (l && r) {
      char *v = g_strdup_printf("%s <-> %s", l, r);
      fact(facts, N_("subnets agreed (this side <-> peer side)"), v, ev);
      g_free(v);
    }
  }
  if (ev->kind == PL_EV_NO_CONN_PACKET || s == S_NO_CONN_PKT) {
    const char *p = peer_of(ev);
    fact(facts, N_("peer address"), p, ev);
    const char *a = pl_event_str(ev, PL_F_AUTH);
    fact(facts, N_("authentication the peer uses"), a, ev);
  }
}

/* ---- the pass -------------------------------------------------------------- */

static void set_diag_from(pl_conn *c, const pl_attempt *t) {
  c->diag.verdict = t->verdict;
  c->diag.stage = t->stage;
  c->diag.reached = t->reached;
  c->diag.reason = t->reason;
  g_free(c->diag.summary);
  g_free(c->diag.hint);
  char *s = pl_msg_render(&t->summary, false);
  if (t->needs_peer_log) {
    GString *g = g_string_new(s);
    g_string_append(g, " Only the peer's log can tell which stage failed: ");
    for (int i = 0; t->candidates[i]; i++)
      g_string_append_printf(g, "%s%s", i ? ", " : "", pl_stage_name(t->candidates[i]));
    g_string_append_c(g, '.');
    g_free(s);
    s = g_string_free(g, FALSE);
  }
  c->diag.summary = s;
  c->diag.hint = pl_msg_render(&t->hint, false);
  if (!c->diag.hint && t->peer_hint.fmt && t->peer_log) {
    char *ph = pl_msg_render(&t->peer_hint, false);
    c->diag.hint = g_strdup_printf("On the peer (%s): %s", t->peer_log, ph);
    g_free(ph);
  }
  if (c->diag.evidence) g_array_unref(c->diag.evidence);
  c->diag.evidence = g_array_new(FALSE, FALSE, sizeof(pl_evidence));
  for (guint i = 0; i < t->evidence->len; i++) {
    const pl_event *ev = t->evidence->pdata[i];
    pl_evidence e = {ev->source, ev->line};
    g_array_append_val(c->diag.evidence, e);
  }
}

static pl_attempt *attempt_new(void) {
  pl_attempt *t = g_new0(pl_attempt, 1);
  t->notes = g_ptr_array_new_with_free_func(msg_free);
  t->evidence = g_ptr_array_new();
  t->first_time = t->last_time = -1;
  return t;
}

static void add_items(GArray *items, const pl_sa *sa, GPtrArray *events) {
  for (guint i = 0; events && i < events->len; i++) {
    item x = {0};
    x.ev = events->pdata[i];
    x.sa = sa;
    x.s = classify(x.ev, &x.notify);
    g_array_append_val(items, x);
  }
}

static void diagnose_conn(pl_conn *c, const host_conf *hc) {
  pl_diag_detail *d = g_new0(pl_diag_detail, 1);
  d->attempts = g_ptr_array_new_with_free_func(attempt_free);
  d->facts = g_ptr_array_new_with_free_func(fact_free);
  if (c->diag_extra && c->diag_extra_free) c->diag_extra_free(c->diag_extra);
  c->diag_extra = d;
  c->diag_extra_free = detail_free;

  for (guint i = 0; i < c->events->len; i++) facts_from_event(d->facts, c->events->pdata[i]);
  for (guint s = 0; s < c->sas->len; s++) {
    const pl_sa *sa = c->sas->pdata[s];
    for (guint i = 0; sa->events && i < sa->events->len; i++)
      facts_from_event(d->facts, sa->events->pdata[i]);
  }

  if (!c->name) {
    pl_attempt *t = attempt_new();
    diagnose_hostlevel(c, hc, t);
    /* SAs whose lines name no connection ("#15: ..." in a hand-abridged
     * paste) are an attempt of their own when nothing host-level decided */
    if (t->verdict != PL_VERDICT_UNKNOWN || !c->sas->len) {
      g_ptr_array_add(d->attempts, t);
      d->main = t;
      if (t->verdict == PL_VERDICT_FAILED) d->n_failed++;
      set_diag_from(c, t);
      return;
    }
    attempt_free(t);
  }

  /* group SAs into attempts */
  GPtrArray *groups = g_ptr_array_new();
  for (guint s = 0; s < c->sas->len; s++) {
    const pl_sa *sa = c->sas->pdata[s];
    group *g = NULL;
    if (sa_looks_child(sa)) {
      for (guint k = groups->len; k-- > 0 && !g;) {
        group *h = groups->pdata[k];
        if (h->ike && sa->parent && h->ike->serial == sa->parent && h->source == sa->source) g = h;
      }
      for (guint k = groups->len; !sa->parent && k-- > 0 && !g;) {
        group *h = groups->pdata[k];
        if (h->source == sa->source && h->first_line <= sa->first_line) g = h;
      }
      if (!g && sa->parent) {
        for (guint k = groups->len; k-- > 0 && !g;) {
          group *h = groups->pdata[k];
          if (h->source == sa->source && h->first_line <= sa->first_line) g = h;
        }
      }
    }
    /* an IKE SA that a Child SA named before it appeared ("using isakmp#N"
     * in an excerpt that begins with the Quick Mode) joins that attempt */
    for (guint k = 0; !g && !sa_looks_child(sa) && k < groups->len; k++) {
      group *h = groups->pdata[k];
      if (h->ike || h->source != sa->source) continue;
      for (guint j = 0; j < h->sas->len && !g; j++)
        if (((const pl_sa *) h->sas->pdata[j])->parent == sa->serial) g = h;
      if (g) g->ike = sa;
    }
    if (!g) {
      g = g_new0(group, 1);
      g->sas = g_ptr_array_new();
      g->items = g_array_new(FALSE, FALSE, sizeof(item));
      g->source = sa->source;
      g->first_line = sa->first_line;
      if (!sa_looks_child(sa)) g->ike = sa;
      g_ptr_array_add(groups, g);
    }
    g_ptr_array_add(g->sas, (gpointer) sa);
    g->last_line = MAX(g->last_line, MAX(sa->last_line, sa->first_line));
    add_items(g->items, sa, sa->events);
  }
  /* A connection with no SA in the log can still have failed or ended
   * (_updown errors, a route conflict, ipsec down): its connection-level
   * lines are then the attempt. */
  if (!groups->len) {
    bool telling = false;
    for (guint i = 0; i < c->events->len && !telling; i++) {
      const char *n;
      switch (classify(c->events->pdata[i], &n)) {
      case S_F_UPDOWN:
      case S_F_ROUTE:
      case S_F_KERNEL:
      case S_TERMINATE:
      case S_DELETE_RX:
      case S_DPD_NO_P1:
      case S_F_CONFIG:
      case S_DPD_DEAD: telling = true; break;
      default: break;
      }
    }
    if (telling) {
      const pl_event *ev0 = c->events->pdata[0];
      group *g = g_new0(group, 1);
      g->sas = g_ptr_array_new();
      g->items = g_array_new(FALSE, FALSE, sizeof(item));
      g->source = ev0->source;
      g->first_line = ev0->line;
      g->last_line = ev0->line;
      g_ptr_array_add(groups, g);
    }
  }
  /* connection-level lines go to the attempt they follow (a line before
   * every attempt, to the first one after it: an excerpt that begins with
   * "reviving connection which received Delete" explains what comes next) */
  for (guint i = 0; i < c->events->len; i++) {
    const pl_event *ev = c->events->pdata[i];
    group *g = NULL;
    for (guint k = groups->len; k-- > 0 && !g;) {
      group *h = groups->pdata[k];
      if (h->source == ev->source && h->first_line <= ev->line) g = h;
    }
    for (guint k = 0; k < groups->len && !g; k++) {
      group *h = groups->pdata[k];
      if (h->source == ev->source) g = h;
    }
    if (!g) continue;
    item x = {0};
    x.ev = ev;
    x.s = classify(ev, &x.notify);
    if (x.s != S_NONE) g_array_append_val(g->items, x);
  }

  for (guint k = 0; k < groups->len; k++) {
    group *g = groups->pdata[k];
    for (guint j = 0; j < k && g->ike; j++) {
      const group *p = groups->pdata[j];
      if (p->ike && p->ike->established && p->source == g->source && p->ike->last_line > g->first_line)
        g->overlaps = true;
    }
  }
  for (guint k = 0; k < groups->len; k++) {
    group *g = groups->pdata[k];
    g_array_sort(g->items, item_cmp);
    pl_attempt *t = attempt_new();
    t->serial = g->ike ? g->ike->serial : g->sas->len ? ((const pl_sa *) g->sas->pdata[0])->serial : 0;
    t->source = g->source;
    t->first_line = g->first_line;
    t->first_time = t->last_time = -1;
    for (guint i = 0; i < g->sas->len; i++) {
      const pl_sa *sa = g->sas->pdata[i];
      if (sa->first_time >= 0 && (t->first_time < 0 || sa->first_time < t->first_time))
        t->first_time = sa->first_time;
      if (sa->last_time > t->last_time) t->last_time = sa->last_time;
    }
    diagnose_group(c, g, hc, t);
    for (guint i = 0; i < g->items->len; i++) {
      const item *x = &g_array_index(g->items, item, i);
      if (x->s == S_REVIVE || (x->s == S_DELETE_RX && x->ev->kind == PL_EV_REVIVAL)) t->revived = true;
      if (x->s == S_TERMINATE) t->interrupted = true;
    }
    /* a shutdown after the attempt began and before the next one: cut short */
    guint64 next_first = G_MAXUINT64;
    for (guint j = k + 1; j < groups->len && next_first == G_MAXUINT64; j++)
      if (((group *) groups->pdata[j])->source == g->source)
        next_first = ((group *) groups->pdata[j])->first_line;
    for (guint i = 0; hc->shutdowns && i < hc->shutdowns->len; i++) {
      const src_line *sd = &g_array_index(hc->shutdowns, src_line, i);
      if (sd->source == g->source && sd->line > g->first_line && sd->line < next_first) t->interrupted = true;
    }
    g_ptr_array_add(d->attempts, t);
    if (t->verdict == PL_VERDICT_FAILED || t->verdict == PL_VERDICT_PARTIAL) d->n_failed++;
    if (t->verdict == PL_VERDICT_ESTABLISHED) d->n_established++;
    g_array_unref(g->items);
    g_ptr_array_unref(g->sas);
    g_free(g);
  }
  g_ptr_array_unref(groups);

  /* the verdict comes from the newest attempt with a result */
  pl_attempt *main = NULL;
  for (guint k = d->attempts->len; k-- > 0 && !main;) {
    pl_attempt *t = d->attempts->pdata[k];
    if (t->verdict != PL_VERDICT_UNKNOWN) main = t;
  }
  if (!main && d->attempts->len) main = d->attempts->pdata[d->attempts->len - 1];
  /* An attempt that pluto started again by itself (revival) and that a local
   * shutdown or ipsec down then cut short says less than the attempt whose
   * end made pluto start it: take that one, unless the new one finished. */
  for (;;) {
    guint k;
    if (!main || !main->interrupted || main->verdict == PL_VERDICT_FAILED ||
        main->verdict == PL_VERDICT_ESTABLISHED || !g_ptr_array_find(d->attempts, main, &k) || k == 0)
      break;
    pl_attempt *prev = d->attempts->pdata[k - 1];
    if (!prev->revived || prev->source != main->source || prev->verdict == PL_VERDICT_UNKNOWN) break;
    char ser[32];
    g_snprintf(ser, sizeof ser, "#%" G_GINT64_FORMAT, main->serial);
    add_note(prev,
             N_("pluto then started the connection again ({1}); a local shutdown cut that attempt short."),
             ser, NULL);
    main = prev;
  }
  /* pluto restarted after this attempt (a new process in the same log) and
   * the connection is there in the new run: today's verdict is the new
   * run's, the old result is history */
  const src_line *run = NULL;
  for (guint i = 0; main && hc->runs && i < hc->runs->len; i++) {
    const src_line *r = &g_array_index(hc->runs, src_line, i);
    if (r->source == main->source && r->pid >= 0 && main->first_line < r->line) run = r;
  }
  bool in_run = false;
  for (guint i = 0; run && i < c->events->len && !in_run; i++) {
    const pl_event *ev = c->events->pdata[i];
    in_run = ev->source == run->source && ev->pid == run->pid;
  }
  for (guint i = 0; run && i < c->sas->len && !in_run; i++) {
    const pl_sa *sa = c->sas->pdata[i];
    in_run = sa->source == run->source && sa->first_line >= run->line;
  }
  const pl_attempt *since = NULL; /* an attempt of the new run, without a result yet */
  for (guint k = 0; run && k < d->attempts->len && !since; k++) {
    const pl_attempt *e = d->attempts->pdata[k];
    if (e->source == run->source && e->first_line >= run->line) since = e;
  }
  if (run && since && main->verdict != PL_VERDICT_UNKNOWN) {
    char ln[32], ser[32];
    g_snprintf(ln, sizeof ln, "%" G_GUINT64_FORMAT, run->line);
    g_snprintf(ser, sizeof ser, "#%" G_GINT64_FORMAT, since->serial);
    add_note(main,
             N_("pluto restarted at line {1}; the attempt since then ({2}) has no result yet in this log, so "
                "this verdict is the one from before the restart."),
             ln, ser);
  } else if (run && in_run && main->verdict != PL_VERDICT_UNKNOWN) {
    char ln[32];
    g_snprintf(ln, sizeof ln, "%" G_GUINT64_FORMAT, run->line);
    pl_msg *old = g_new0(pl_msg, 1);
    *old = main->summary;
    memset(&main->summary, 0, sizeof main->summary);
    g_ptr_array_insert(main->notes, 0, old);
    msg_set(&main->summary,
            N_("pluto restarted (line {1}); since then this log shows no negotiation for this connection. "
               "What happened before the restart is in the note."),
            ln, NULL, NULL, NULL);
    msg_clear(&main->hint);
    main->verdict = PL_VERDICT_UNKNOWN;
    main->stage = PL_STAGE_NONE;
    main->reason = pl_reason_name(PL_REASON_RESTARTED);
    main->needs_peer_log = false;
    main->candidates[0] = PL_STAGE_NONE;
  }
  d->main = main;
  if (!main) {
    c->diag.verdict = PL_VERDICT_UNKNOWN;
    c->diag.reason = pl_reason_name(PL_REASON_NO_ACTIVITY);
    g_free(c->diag.summary);
    c->diag.summary = g_strdup("The connection was loaded, but this log shows no negotiation for it.");
    return;
  }
  for (guint k = d->attempts->len; k-- > 0;) {
    const pl_attempt *e = d->attempts->pdata[k];
    if (e == main || e->first_line > main->first_line || !e->reason || e->verdict == PL_VERDICT_ESTABLISHED ||
        e->verdict == PL_VERDICT_UNKNOWN || !main->reason || !strcmp(e->reason, main->reason))
      continue;
    char ser[32];
    g_snprintf(ser, sizeof ser, "#%" G_GINT64_FORMAT, e->serial);
    add_note(main, N_("An earlier attempt ({1}) stopped with: {2}."), ser, e->reason);
    break;
  }
  if (main->verdict == PL_VERDICT_ESTABLISHED && d->n_failed) {
    char n[16];
    g_snprintf(n, sizeof n, "%u", d->n_failed);
    add_note(main, N_("{1} earlier attempt(s) of this connection failed; the newest one is shown."), n, NULL);
  }
  set_diag_from(c, main);
}

/* ---- both sides in one run ------------------------------------------------ */

/* An attempt whose own log names the cause: it can explain the other side. */
static bool attempt_definite(const pl_attempt *t) {
  if (!t || t->needs_peer_log || !t->cause_ev || !t->stage || !t->verdict) return false;
  if (t->verdict != PL_VERDICT_FAILED && t->verdict != PL_VERDICT_PARTIAL) return false;
  static const pl_stage weak_stages[] = {PL_STAGE_DELETED, PL_STAGE_REKEY, PL_STAGE_REACHABILITY,
                                         PL_STAGE_LIVENESS, PL_STAGE_UNKNOWN};
  for (gsize i = 0; i < G_N_ELEMENTS(weak_stages); i++)
    if (t->stage == weak_stages[i]) return false;
  return true;
}

/* The host a connection belongs to: its name, or its log without a host. */
static gconstpointer host_key(const pl_conn *c) {
  return c->host ? (gconstpointer) c->host : GUINT_TO_POINTER(c->source + 1);
}

static char *host_label(const pl_analysis *a, const pl_conn *c, const pl_attempt *t) {
  if (c->host) return g_strdup(c->host);
  return g_path_get_basename(pl_source_name(a, t ? t->source : c->source));
}

/* The attempt of conn y that happened during attempt t (2 s either side), or,
 * when the logs have no times and y is t's matched connection, y's main one. */
static const pl_attempt *peer_attempt(const pl_attempt *t, const pl_conn *y, bool paired) {
  const pl_diag_detail *d = pl_diag_detail_of(y);
  if (!d) return NULL;
  const gint64 slack = 2 * G_USEC_PER_SEC;
  const pl_attempt *best = NULL;
  /* the cause in the window; failing that, another line of the same
   * evidence (a peer's packets refused one after the other while we made
   * one keying attempt after the other) */
  for (int pass = 0; pass < 2 && !best; pass++) {
    for (guint i = 0; i < d->attempts->len && !best; i++) {
      const pl_attempt *u = d->attempts->pdata[i];
      if (!attempt_definite(u) || t->first_time < 0) continue;
      for (guint e = 0; e <= (pass ? u->evidence->len : 0) && !best; e++) {
        const pl_event *ue = e == 0 ? u->cause_ev : u->evidence->pdata[e - 1];
        gint64 ut = ue->time;
        if (ut >= 0 && ut >= t->first_time - slack && ut <= MAX(t->last_time, t->first_time) + slack)
          best = u;
      }
    }
  }
  if (!best && paired && t->first_time < 0 && attempt_definite(d->main) && d->main->cause_ev->time < 0)
    best = d->main;
  return best;
}

static const char *explain_template(pl_stage stage) {
  static const struct {
    pl_stage stage;
    const char *fmt;
  } t[] = {
      {PL_STAGE_TRAFFIC_SELECTORS, N_("The peer's log ({1}) shows that it refused our subnets: {2}")},
      {PL_STAGE_PHASE2_PROPOSAL, N_("The peer's log ({1}) shows that it refused our phase 2 proposal: {2}")},
      {PL_STAGE_PHASE1_PROPOSAL,
       N_("The peer's log ({1}) shows that it refused our phase 1 (IKE) proposal: {2}")},
      {PL_STAGE_AUTHENTICATION, N_("The peer's log ({1}) shows that authentication failed there: {2}")},
      {PL_STAGE_IDENTITY, N_("The peer's log ({1}) shows that the IDs do not match: {2}")},
      {PL_STAGE_KERNEL_UPDOWN,
       N_("The peer's log ({1}) shows that it accepted the negotiation, but its kernel could not install the "
          "IPsec SA: {2}")},
      {PL_STAGE_IKE_VERSION, N_("The peer's log ({1}) shows that it does not accept our IKE version: {2}")},
      {PL_STAGE_NO_CONNECTION,
       N_("The peer's log ({1}) shows that it has no connection configured for us: {2}")},
  };
  for (gsize i = 0; i < G_N_ELEMENTS(t); i++)
    if (stage == t[i].stage) return t[i].fmt;
  return N_("The peer's log ({1}) shows where it stopped: {2}");
}

static char *line_text(const pl_event *ev) {
  const char *tx = ev_text(ev);
  if (g_utf8_strlen(tx, -1) > 240) {
    char *cut = g_utf8_substring(tx, 0, 240);
    char *r = g_strconcat(cut, "…", NULL);
    g_free(cut);
    return r;
  }
  return g_strdup(tx);
}

static void msg_copy(pl_msg *dst, const pl_msg *src) {
  msg_clear(dst);
  dst->fmt = src->fmt;
  for (int i = 0; i < PL_MSG_ARGS; i++) dst->args[i] = g_strdup(src->args[i]);
}

/* The ladder stage an attempt failed at when its stage names what came
 * after (a Delete received), with the line that shows it; NULL if none. */
static pl_stage ladder_failure(const pl_attempt *t, const pl_event **line) {
  *line = NULL;
  if (!t || t->stage != PL_STAGE_DELETED) return PL_STAGE_NONE;
  for (int i = 0; i < PL_LADDER_N; i++) {
    if (t->marks[i] != PL_MARK_FAILED) continue;
    /* the deciding line is the failure's (the Delete is only evidence) */
    *line = t->cause_ev ? t->cause_ev : t->evidence->len ? t->evidence->pdata[0] : NULL;
    return *line ? pl_ladder[i] : PL_STAGE_NONE;
  }
  return PL_STAGE_NONE;
}

/* The reason code of a ladder stage when only the stage is known. */
static const char *ladder_reason(pl_stage stage) {
  static const struct {
    pl_stage stage;
    pl_reason r;
  } t[] = {
      {PL_STAGE_IKE_VERSION, PL_REASON_IKE_VERSION_MISMATCH},
      {PL_STAGE_PHASE1_PROPOSAL, PL_REASON_IKE_PROPOSAL_MISMATCH},
      {PL_STAGE_AUTHENTICATION, PL_REASON_AUTH_FAILED},
      {PL_STAGE_IDENTITY, PL_REASON_ID_MISMATCH},
      {PL_STAGE_TRAFFIC_SELECTORS, PL_REASON_TS_MISMATCH},
      {PL_STAGE_PHASE2_PROPOSAL, PL_REASON_ESP_PROPOSAL_MISMATCH},
      {PL_STAGE_KERNEL_UPDOWN, PL_REASON_KERNEL_ERROR},
  };
  for (gsize i = 0; i < G_N_ELEMENTS(t); i++)
    if (stage == t[i].stage) return pl_reason_name(t[i].r);
  return NULL;
}

/* What one side's attempt tells the other: how firm it is, the stage and
 * reason it stands for, and the line that shows it. */
/* WEAK: a guess from silence, a timeout or an ICMP error; FIRM: a stage on
 * the ladder without a deciding line (no traffic, a log that ends): kept,
 * but it explains nothing to the other side; ESTABLISHED: the log shows
 * the SA up; NOTIFIED: a refusal the peer sent, which its own log may
 * explain better; DEFINITE: this host's own log names the cause. */
typedef enum { SIDE_WEAK = 0, SIDE_FIRM, SIDE_ESTABLISHED, SIDE_NOTIFIED, SIDE_DEFINITE } side_strength;

static bool weak_stage(const pl_attempt *t) {
  static const pl_stage weak[] = {PL_STAGE_DELETED, PL_STAGE_REKEY, PL_STAGE_REACHABILITY, PL_STAGE_LIVENESS,
                                  PL_STAGE_UNKNOWN};
  if (t->needs_peer_log || t->stage == PL_STAGE_NONE) return true;
  for (gsize i = 0; i < G_N_ELEMENTS(weak); i++)
    if (t->stage == weak[i]) return true;
  return false;
}

typedef struct {
  pl_conn *c;
  pl_attempt *t;
  side_strength strength;
  bool promoted; /* a ✗ on the ladder under a later "deleted" */
  pl_verdict verdict;
  pl_stage stage;
  const char *reason;
  const pl_event *line;
} side;

static side side_of(pl_conn *c, pl_attempt *t) {
  side s = {c, t, SIDE_WEAK, false, t->verdict, t->stage, t->reason, t->cause_ev};
  const pl_event *ev;
  pl_stage ls;
  if (attempt_definite(t)) {
    s.strength = SIDE_DEFINITE;
  } else if ((ls = ladder_failure(t, &ev)) != PL_STAGE_NONE) {
    s.strength = SIDE_DEFINITE, s.promoted = true;
    s.stage = ls, s.reason = ladder_reason(ls), s.line = ev;
  } else if (t->verdict == PL_VERDICT_ESTABLISHED && (t->cause_ev || t->evidence->len)) {
    s.strength = SIDE_ESTABLISHED;
    if (!s.line) s.line = t->evidence->pdata[t->evidence->len - 1];
  } else {
    if (!weak_stage(t)) s.strength = SIDE_FIRM;
    if (!s.line && t->evidence->len) s.line = t->evidence->pdata[t->evidence->len - 1];
  }
  if (s.strength == SIDE_DEFINITE && s.line && s.line->kind != PL_EV_NOTIFY_SENT &&
      pl_event_str(s.line, PL_F_NOTIFY))
    s.strength = SIDE_NOTIFIED;
  return s;
}

/* "file:line" of an event, by the log's base name. */
static char *line_ref(const pl_analysis *a, const pl_event *ev) {
  char *base = g_path_get_basename(pl_source_name(a, ev->source));
  char *r = g_strdup_printf("%s:%" G_GUINT64_FORMAT, base, (guint64) ev->line);
  g_free(base);
  return r;
}

/* A "deleted" attempt whose ladder shows where it failed before the Delete
 * reports that stage, as the other log does. */
static void promote_side(const pl_analysis *a, const side *s, const side *other) {
  pl_attempt *t = s->t;
  t->stage = s->stage;
  if (s->reason) t->reason = s->reason;
  if (other->line) {
    char *ref = line_ref(a, other->line);
    char *line = line_text(other->line);
    add_note(t, N_("The peer's log ({1}) shows its side of this failure: {2}"), ref, line);
    add_evidence(t, other->line);
    g_ptr_array_sort(t->evidence, ev_ptr_cmp);
    g_free(line);
    g_free(ref);
  }
  set_diag_from(s->c, t);
}

typedef struct {
  side me, other;
  bool distant;            /* the other attempt is not from the time of ours */
  const pl_event *stopped; /* the other pluto's shutdown between the two */
} pair_view;

static bool spans_meet(const pl_attempt *t, const pl_attempt *u) {
  const gint64 slack = 2 * G_USEC_PER_SEC;
  if (t->first_time < 0 || u->first_time < 0) return true; /* no times: the matched pair is all we know */
  return u->first_time <= MAX(t->last_time, t->first_time) + slack &&
         MAX(u->last_time, u->first_time) >= t->first_time - slack;
}

/* The other host's "Pluto is shutting down" after its attempt u began and
 * before our attempt t ended: what our failure met, not the tunnel's fault. */
static const pl_event *peer_stopped(const pl_analysis *a, const pl_attempt *t, const pl_attempt *u) {
  const gint64 slack = 2 * G_USEC_PER_SEC;
  gint64 until = t->cause_ev && t->cause_ev->time >= 0 ? t->cause_ev->time : MAX(t->last_time, t->first_time);
  const pl_event *best = NULL;
  if (until < 0 || u->first_time < 0) return NULL;
  for (guint i = 0; i < a->conns->len; i++) {
    const pl_conn *c = a->conns->pdata[i];
    for (guint k = 0; !c->name && k < c->events->len; k++) {
      const pl_event *ev = c->events->pdata[k];
      if (ev->kind != PL_EV_DAEMON || ev->source != u->source ||
          g_strcmp0(pl_event_str(ev, PL_F_ACTION), "shutdown"))
        continue;
      if (ev->time >= u->first_time && ev->time <= until + slack && (!best || ev->time > best->time))
        best = ev;
    }
  }
  return best;
}

/* x's attempt (side me) could only guess; the other host's log (side
 * other, conn y) shows firmer: x takes its verdict, stage and reason and
 * cites its line. */
static void explain_by_peer(const pl_analysis *a, const pair_view *v) {
  const side *me = &v->me, *other = &v->other;
  pl_attempt *t = me->t;
  const pl_attempt *u = other->t;
  char *who = host_label(a, other->c, u);
  char *line = line_text(other->line);
  /* what this log alone says stays, as the first note */
  pl_msg *old = g_new0(pl_msg, 1);
  *old = t->summary;
  memset(&t->summary, 0, sizeof t->summary);
  g_ptr_array_insert(t->notes, 0, old);
  if (other->strength == SIDE_ESTABLISHED)
    msg_set(&t->summary, N_("The peer's log ({1}) shows that the negotiation succeeded there: {2}"), who,
            line, NULL, NULL);
  else msg_set(&t->summary, explain_template(other->stage), who, line, NULL, NULL);
  if (v->stopped) {
    char *ref = line_ref(a, v->stopped);
    add_note(
        t, N_("The peer's pluto was shutting down when this attempt failed ({1}): what it met was the stop."),
        ref, NULL);
    add_evidence(t, v->stopped);
    g_free(ref);
  }
  msg_clear(&t->hint); /* our guess is answered: the change is the peer's (below) */
  if (other->strength != SIDE_ESTABLISHED) msg_copy(&t->peer_hint, &u->hint); /* nothing to change there */
  g_free(t->peer_log);
  t->peer_log = who;
  t->needs_peer_log = false;
  t->candidates[0] = PL_STAGE_NONE;
  t->verdict = other->verdict;
  t->stage = other->stage;
  t->reason = other->reason;
  memcpy(t->marks, u->marks, sizeof t->marks);
  t->reached = u->reached;
  add_evidence(t, other->line);
  if (u->cause_ev) add_evidence(t, u->cause_ev);
  for (guint i = 0; i < u->evidence->len && i < 3; i++) add_evidence(t, u->evidence->pdata[i]);
  g_ptr_array_sort(t->evidence, ev_ptr_cmp);
  g_free(line);
  set_diag_from(me->c, t);
}

/* Neither log is firmer, and this one asked for the other: cite what the
 * other log shows instead of asking for it. */
static void cite_peer(const pl_analysis *a, const side *me, const side *other) {
  pl_attempt *t = me->t;
  if (!t->needs_peer_log || !other->line) return;
  char *ref = line_ref(a, other->line);
  char *line = line_text(other->line);
  const gint64 slack = 2 * G_USEC_PER_SEC, at = other->line->time;
  if (at >= 0 && t->first_time >= 0 &&
      (at < t->first_time - slack || at > MAX(t->last_time, t->first_time) + slack))
    add_note(t,
             N_("The peer's log is given, and has no line from the time of this attempt: the request did not "
                "reach its pluto, or pluto dropped it without a word (its own newest attempt: {1})."),
             ref, NULL);
  else add_note(t, N_("The peer's log is given ({1}) and names no refusal either: {2}"), ref, line);
  /* a hint that asks for the peer's log is answered: say what it showed */
  bool silent = at >= 0 && t->first_time >= 0 &&
                (at < t->first_time - slack || at > MAX(t->last_time, t->first_time) + slack);
  if (t->hint.fmt && strstr(t->hint.fmt, "peer's log")) {
    msg_clear(&t->hint);
    if (silent)
      msg_set(
          &t->hint,
          N_("Our packets did not reach the peer's pluto (its log is silent then): check right= (the peer "
             "address), the routing, and that UDP 500 and 4500 (and ESP) pass both ways between the two "
             "hosts."),
          NULL, NULL, NULL, NULL);
    else
      msg_set(
          &t->hint,
          N_("Neither log names a refusal: turn on plutodebug on both sides and compare what each one sent "
             "and received at this moment."),
          NULL, NULL, NULL, NULL);
  }
  t->needs_peer_log = false;
  t->candidates[0] = PL_STAGE_NONE;
  add_evidence(t, other->line);
  g_ptr_array_sort(t->evidence, ev_ptr_cmp);
  g_free(line);
  g_free(ref);
  set_diag_from(me->c, t);
}

/* Two ends of a tunnel: two host names, or two logs (a line without a
 * host name in a log whose other lines have one is the same host). */
static bool other_host(const pl_conn *x, const pl_conn *y) {
  if (host_key(x) == host_key(y)) return false;
  return (x->host && y->host) || x->source != y->source;
}

static void explain_pairs(pl_analysis *a) {
  GHashTable *keys = g_hash_table_new(g_direct_hash, g_direct_equal);
  for (guint i = 0; i < a->conns->len; i++) g_hash_table_add(keys, (gpointer) host_key(a->conns->pdata[i]));
  guint nhosts = g_hash_table_size(keys);
  g_hash_table_destroy(keys);
  if (nhosts < 2) return;
  pl_correlation *tmp = NULL;
  const pl_correlation *cor = pl_correlation_get(a, &tmp);
  /* every side is read before any is changed: the answer does not depend
   * on which log comes first */
  GArray *views = g_array_new(FALSE, FALSE, sizeof(pair_view));
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *x = a->conns->pdata[i];
    pl_diag_detail *d = x->diag_extra_free == detail_free ? x->diag_extra : NULL;
    pl_attempt *t = d ? d->main : NULL;
    if (!x->name || !t) continue;
    const pl_conn_match *m = pl_correlation_find(cor, x);
    const pl_conn *y = m ? (m->a == x ? m->b : m->a) : NULL;
    if (y && !other_host(x, y)) y = NULL;
    const pl_attempt *u = y ? peer_attempt(t, y, true) : NULL;
    /* packets the other host had no connection for are not paired: match by time */
    for (guint k = 0; !u && k < a->conns->len; k++) {
      const pl_conn *z = a->conns->pdata[k];
      if (z == x || !other_host(x, z) || (z->name && pl_correlation_find(cor, z))) continue;
      u = peer_attempt(t, z, false);
      if (u) y = z;
    }
    /* else the main attempt of the matched connection, whenever it was */
    if (!u && y && pl_diag_detail_of(y)) u = pl_diag_detail_of(y)->main;
    if (!u) continue;
    pair_view v = {side_of(x, t), side_of((pl_conn *) y, (pl_attempt *) u), !spans_meet(t, u), NULL};
    if (v.distant) v.stopped = peer_stopped(a, t, u);
    g_array_append_val(views, v);
  }
  for (guint i = 0; i < views->len; i++) {
    const pair_view *v = &g_array_index(views, pair_view, i);
    if (!v->me.line) continue; /* a connection that did nothing here takes no stage */
    bool firmer = (v->me.strength == SIDE_WEAK && v->other.strength >= SIDE_ESTABLISHED) ||
                  (v->me.strength == SIDE_NOTIFIED && v->other.strength == SIDE_DEFINITE);
    /* an answer from another time holds only when the other pluto stopped
     * in between (the end of a test, a maintenance): else it may be stale */
    if (v->distant && !v->stopped) firmer = false;
    if (firmer && v->me.stage != v->other.stage) explain_by_peer(a, v);
    else if (v->me.promoted) promote_side(a, &v->me, &v->other);
    else if (v->me.t->needs_peer_log && v->other.strength >= SIDE_ESTABLISHED)
      explain_by_peer(a, v); /* same stage, but this log only guessed it */
    else cite_peer(a, &v->me, &v->other);
  }
  g_array_unref(views);
  if (tmp) pl_correlation_free(tmp);
}

/* Calls f on every kept event of the analysis. */
static void each_event(const pl_analysis *a, void (*f)(const pl_event *, gpointer), gpointer data) {
  for (guint i = 0; i < a->conns->len; i++) {
    const pl_conn *c = a->conns->pdata[i];
    for (guint k = 0; k < c->events->len; k++) f(c->events->pdata[k], data);
    for (guint s = 0; s < c->sas->len; s++) {
      const GPtrArray *evs = ((const pl_sa *) c->sas->pdata[s])->events;
      for (guint k = 0; evs && k < evs->len; k++) f(evs->pdata[k], data);
    }
  }
}

static src_line *run_of(GArray *runs, guint32 source) {
  for (guint j = 0; j < runs->len; j++)
    if (g_array_index(runs, src_line, j).source == source) return &g_array_index(runs, src_line, j);
  return NULL;
}

/* pass 1: per log, the pid of its last line (line = that line) */
static void run_last_pid(const pl_event *ev, gpointer data) {
  GArray *runs = data;
  if (ev->pid < 0) return;
  src_line *r = run_of(runs, ev->source);
  if (!r) {
    src_line nr = {ev->source, ev->line, ev->pid};
    g_array_append_val(runs, nr);
  } else if (ev->line >= r->line) {
    r->line = ev->line, r->pid = ev->pid;
  }
}

/* pass 2: the newest process starts after the last line of any other pid */
typedef struct {
  GArray *runs;
  GArray *before; /* guint64 per run: the last line of another pid, 0 none */
} run_scan;

static void run_other_pid(const pl_event *ev, gpointer data) {
  run_scan *rs = data;
  if (ev->pid < 0) return;
  for (guint j = 0; j < rs->runs->len; j++) {
    const src_line *r = &g_array_index(rs->runs, src_line, j);
    guint64 *b = &g_array_index(rs->before, guint64, j);
    if (r->source == ev->source && ev->pid != r->pid && ev->line > *b) *b = ev->line;
  }
}

/* Per log with more than one pluto process: the newest one and the first
 * line after the last line of the others (a restart). */
static GArray *newest_runs(const pl_analysis *a) {
  GArray *last = g_array_new(FALSE, FALSE, sizeof(src_line));
  each_event(a, run_last_pid, last);
  run_scan rs = {last, g_array_new(FALSE, TRUE, sizeof(guint64))};
  g_array_set_size(rs.before, last->len);
  each_event(a, run_other_pid, &rs);
  GArray *runs = g_array_new(FALSE, FALSE, sizeof(src_line));
  for (guint j = 0; j < last->len; j++) {
    guint64 b = g_array_index(rs.before, guint64, j);
    if (!b) continue;
    src_line r = g_array_index(last, src_line, j);
    r.line = b + 1;
    g_array_append_val(runs, r);
  }
  g_array_unref(rs.before);
  g_array_unref(last);
  return runs;
}

void pl_diagnose(pl_analysis *a) {
  /* which IKE versions the loaded connections use, per host */
  /* a host is its name, or its log when the prefix has none (two peers'
   * logfile= logs are two hosts) */
  GHashTable *hosts = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, g_free);
  GArray *shutdowns = g_array_new(FALSE, FALSE, sizeof(src_line));
  GArray *runs = newest_runs(a);
  GPtrArray *secrets = g_ptr_array_new();
  for (guint i = 0; i < a->conns->len; i++) {
    const pl_conn *c = a->conns->pdata[i];
    for (guint k = 0; !c->name && k < c->events->len; k++) {
      const pl_event *ev = c->events->pdata[k];
      if (PL_PH(ev, SECRETS_LINE)) g_ptr_array_add(secrets, (gpointer) ev);
      if (ev->kind == PL_EV_DAEMON && !g_strcmp0(pl_event_str(ev, PL_F_ACTION), "shutdown")) {
        src_line sl = {ev->source, ev->line, ev->pid};
        g_array_append_val(shutdowns, sl);
      }
    }
  }
  for (guint i = 0; i < a->conns->len; i++) {
    const pl_conn *c = a->conns->pdata[i];
    if (!c->name) continue;
    gconstpointer key = host_key(c);
    host_conf *hc = g_hash_table_lookup(hosts, key);
    if (!hc) {
      hc = g_new0(host_conf, 1);
      hc->shutdowns = shutdowns;
      hc->runs = runs;
      hc->secrets = secrets;
      g_hash_table_insert(hosts, (gpointer) key, hc);
    }
    int v = c->ike_version;
    for (guint k = 0; k < c->events->len; k++) {
      const pl_event *ev = c->events->pdata[k];
      gint64 iv;
      if (ev->kind == PL_EV_CONN_ADDED && pl_event_int(ev, PL_F_IKE_VERSION, &iv)) v = (int) iv;
      else if (ev->kind == PL_EV_CONN_ADDED && PL_PH(ev, IKEV1)) v = 1;
      else if (ev->kind == PL_EV_CONN_ADDED && PL_PH(ev, IKEV2)) v = 2;
    }
    if (v == 1) hc->has_v1 = true;
    if (v == 2) hc->has_v2 = true;
    /* a connection that negotiated with a version accepts that version */
    for (guint k = 0; k < c->sas->len; k++) {
      const pl_sa *sa = c->sas->pdata[k];
      if (sa->ike_version == 1) hc->has_v1 = true;
      if (sa->ike_version == 2) hc->has_v2 = true;
    }
  }
  host_conf none = {0};
  none.shutdowns = shutdowns;
  none.runs = runs;
  none.secrets = secrets;
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *c = a->conns->pdata[i];
    host_conf *hc = g_hash_table_lookup(hosts, host_key(c));
    diagnose_conn(c, hc ? hc : &none);
  }
  g_hash_table_destroy(hosts);
  g_array_unref(shutdowns);
  g_array_unref(runs);
  g_ptr_array_unref(secrets);
  explain_pairs(a);
}

static int verdict_rank(pl_verdict v) {
  if (!v) return 4;
  if (v == PL_VERDICT_FAILED) return 0;
  if (v == PL_VERDICT_PARTIAL) return 1;
  if (v == PL_VERDICT_ESTABLISHED) return 2;
  return 3;
}

/* How much a connection says about "what happened", for the outcome:
 * 0 failed or partial, 2 deleted, 3 established, 4 in progress, 5 nothing. */
static int outcome_rank(const pl_conn *c) {
  pl_verdict v = c->diag.verdict;
  if (v == PL_VERDICT_FAILED || v == PL_VERDICT_PARTIAL) return 0;
  if (c->diag.stage == PL_STAGE_DELETED) return 2;
  if (v == PL_VERDICT_ESTABLISHED) return 3;
  if (c->diag.reason && !strcmp(c->diag.reason, "in-progress")) return 4;
  return 5;
}

/* Host-level lines that show a negotiation going on (a peer's packets). */
static bool host_negotiating(const pl_conn *c) {
  for (guint i = 0; i < c->events->len; i++) {
    const pl_event *ev = c->events->pdata[i];
    switch (ev->kind) {
    case PL_EV_VENDOR_ID:
    case PL_EV_PACKET:
    case PL_EV_NAT:
    case PL_EV_RESPOND:
    case PL_EV_INITIATE:
    case PL_EV_PEER_ID:
    case PL_EV_NOTIFY_RECEIVED:
    case PL_EV_INFORMATIONAL: return true;
    default: break;
    }
  }
  return false;
}

static const char *const outcome_names[] = {
#define OUTCOME(id, name) [PL_OUTCOME_##id] = name,
#include "outcomes.def"
#undef OUTCOME
};

const char *pl_outcome_name(const pl_outcome *o) {
  if (o->result == PL_OUTCOME_STAGE) return pl_stage_name(o->stage);
  return (unsigned) o->result < G_N_ELEMENTS(outcome_names) ? outcome_names[o->result] : NULL;
}

pl_outcome pl_diagnose_outcome(const pl_analysis *a) {
  pl_outcome o = {PL_OUTCOME_NONE, PL_STAGE_NONE, NULL};
  const pl_conn *best = NULL, *host = NULL;
  int br = 6;
  for (guint i = 0; i < a->conns->len; i++) {
    const pl_conn *c = a->conns->pdata[i];
    if (!c->name) {
      if (!host || c->diag.verdict == PL_VERDICT_FAILED) host = c;
      continue;
    }
    int r = outcome_rank(c);
    /* the same rank: the newer connection (a restart's run is today's) */
    if (r < br || (r == br && r > 0 && best && c->last_line >= best->last_line && c->source >= best->source))
      best = c, br = r;
  }
  bool host_failed = host && host->diag.verdict == PL_VERDICT_FAILED && host->diag.stage;
  if (best && br == 0) {
    o.result = PL_OUTCOME_STAGE, o.stage = best->diag.stage ? best->diag.stage : PL_STAGE_UNKNOWN;
    o.conn = best;
  } else if (host_failed) {
    o.result = PL_OUTCOME_STAGE, o.stage = host->diag.stage;
    o.conn = host;
  } else if (best && br == 2) {
    o.result = PL_OUTCOME_STAGE, o.stage = PL_STAGE_DELETED, o.conn = best;
  } else if (best && br == 3) {
    o.result = PL_OUTCOME_ESTABLISHED, o.conn = best;
  } else if ((best && br == 4) || (host && host_negotiating(host))) {
    o.result = PL_OUTCOME_IN_PROGRESS, o.conn = best && br == 4 ? best : NULL;
  }
  return o;
}

const pl_conn *pl_diagnose_primary(const pl_analysis *a) {
  const pl_conn *best = NULL;
  for (guint i = 0; i < a->conns->len; i++) {
    const pl_conn *c = a->conns->pdata[i];
    if (!best || verdict_rank(c->diag.verdict) < verdict_rank(best->diag.verdict)) best = c;
  }
  return best;
}

char *pl_stats_sentence(const pl_stats *st) {
  pl_msg l = {N_("{1} lines: {2} pluto ({3} recognised, {4} not recognised)."), {NULL}};
  l.args[0] = g_strdup_printf("%" G_GUINT64_FORMAT, st->lines);
  l.args[1] = g_strdup_printf("%" G_GUINT64_FORMAT, st->pluto);
  l.args[2] = g_strdup_printf("%" G_GUINT64_FORMAT, st->recognised);
  l.args[3] = g_strdup_printf("%" G_GUINT64_FORMAT, st->unrecognised);
  char *line = pl_msg_render(&l, true);
  for (int i = 0; i < 4; i++) g_free(l.args[i]);
  return line;
}

char *pl_folded_instances_sentence(const pl_conn *c) {
  if (!c->folded_instances) return NULL;
  pl_msg l = {N_("{1} older instances of this connection (from line {2}) are no longer kept in detail: "
                 "{3} established, {4} failed."),
              {NULL}};
  l.args[0] = g_strdup_printf("%u", c->folded_instances);
  l.args[1] = g_strdup_printf("%" G_GUINT64_FORMAT, c->folded_inst_first_line);
  l.args[2] = g_strdup_printf("%u", c->folded_inst_established);
  l.args[3] = g_strdup_printf("%u", c->folded_inst_failed);
  char *line = pl_msg_render(&l, true);
  for (int i = 0; i < 4; i++) g_free(l.args[i]);
  return line;
}
