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

#include <stdio.h>
#include <string.h>

const char *const pl_ladder[PL_LADDER_N] = {
    "ike-version", "phase1-proposal", "authentication", "identity",
    "traffic-selectors", "phase2-proposal", "kernel-updown",
};

enum { R_VERSION, R_P1, R_AUTH, R_ID, R_TS, R_P2, R_KERNEL };


const char *pl_stage_label(const char *stage) {
  static const struct { const char *id, *label; } t[] = {
      {"ike-version", N_("IKE version")},
      {"phase1-proposal", N_("phase 1 proposal")},
      {"authentication", N_("authentication (PSK/RSA)")},
      {"identity", N_("identity (ID)")},
      {"traffic-selectors", N_("subnets (traffic selectors)")},
      {"phase2-proposal", N_("phase 2 proposal")},
      {"kernel-updown", N_("kernel SA / _updown")},
      {"reachability", N_("reachability")},
      {"no-connection", N_("no matching connection")},
      {"liveness", N_("liveness (DPD)")},
      {"rekey", N_("rekey")},
      {"deleted", N_("deleted")},
      {"daemon", N_("the pluto daemon")},
      {"config", N_("configuration (load time)")},
  };
  for (gsize i = 0; i < G_N_ELEMENTS(t); i++)
    if (stage && !strcmp(stage, t[i].id)) return t[i].label;
  return stage ? stage : N_("none");
}

const char *pl_verdict_label(const char *verdict) {
  if (!verdict) return N_("unknown");
  if (!strcmp(verdict, "established")) return N_("established");
  if (!strcmp(verdict, "failed")) return N_("failed");
  if (!strcmp(verdict, "partial")) return N_("partial");
  return N_("unknown");
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

const char *pl_source_name(const pl_analysis *a, guint32 source) {
  const pl_source *s = source < a->sources->len ? a->sources->pdata[source] : NULL;
  return s ? s->name : "?";
}

/* ---- signals ------------------------------------------------------------- */

typedef enum {
  S_NONE,
  S_INIT, S_RESP,             /* phase 1 started */
  S_INIT_P2, S_RESP_P2,       /* phase 2 started (responding = TS and proposal accepted) */
  S_P1_OK,                    /* peer's or our proposal accepted */
  S_KE_OK,                    /* key exchange done (MI3/MR2 sent) */
  S_PEER_ID,                  /* the peer's ID decrypted: the keys agree */
  S_IKE_EST, S_P2_OK, S_CHILD_EST,
  S_REFUSED,                  /* one refused transform (a fact, not the cause) */
  S_F_VERSION, S_F_P1, S_F_P2, S_F_PFS, S_F_AUTH_MALFORMED, S_F_AUTH, S_F_NO_PSK,
  S_F_ID, S_F_AGGR_ID, S_F_TS, S_F_KERNEL, S_F_UPDOWN, S_F_ROUTE,
  S_INTERNAL,                 /* "had internal error": weak */
  S_NOTIFY_RX, S_NOTIFY_TX,
  S_RETRANSMIT, S_TIMEOUT,
  S_DPD_NO_P1, S_DPD_DEAD,
  S_DELETE_RX, S_DELETE, S_TRAFFIC, S_EXPIRED, S_TERMINATE,
  S_NO_CONN_PKT,
  S_F_UNREACH,                /* ICMP: port unreachable / no route to the peer */
  S_F_CONFIG,                 /* the connection could not be loaded */
  S_REVIVE,                   /* pluto starts the connection again by itself */
} sig;

/* The cause when we sent the refusal and no more specific line says why:
 * the ladder rung (or, with fail < 0, the stage), the reason code and the
 * sentences ({1} is the notification). */
static const struct {
  sig s;
  int fail;
  const char *stage, *reason, *summary, *hint;
} we_refused[] = {
    {S_F_P1, R_P1, NULL, "ike-proposal-mismatch",
     N_("We refused the peer's phase 1 (IKE) proposal (NO_PROPOSAL_CHOSEN sent)."),
     N_("Make ike= match the peer's phase 1 settings.")},
    {S_F_P2, R_P2, NULL, "esp-proposal-mismatch",
     N_("We refused the peer's phase 2 (ESP) proposal (NO_PROPOSAL_CHOSEN sent)."),
     N_("Make esp= (phase2alg=) and pfs= match the peer's phase 2 settings.")},
    {S_F_ID, R_ID, NULL, "id-mismatch", N_("We rejected the peer's identity (INVALID_ID_INFORMATION sent)."),
     N_("Make rightid= here match the ID the peer sends.")},
    {S_F_TS, R_TS, NULL, "ts-mismatch", N_("We rejected the peer's subnets ({1} sent)."),
     N_("Make leftsubnet=/rightsubnet= mirror the peer's networks.")},
    {S_F_AUTH, R_AUTH, NULL, "psk-mismatch", N_("The peer's authentication did not verify here ({1} sent)."),
     N_("Set the same pre-shared key on both sides and check authby=.")},
    {S_F_VERSION, -1, "ike-version", "ike-version-mismatch",
     N_("The peer's packet has an IKE version we do not accept."),
     N_("Use the same IKE version on both sides (keyexchange=ikev1 or ikev2).")},
};

static bool has(const char *s, const char *needle) { return s && needle && strstr(s, needle); }

static const char *ev_text(const pl_event *ev) {
  const char *t = ev->text;
  if (!t || !*t) t = pl_event_str(ev, PL_F_TEXT);
  return t ? t : "";
}

static const char *known_notify(const char *s) {
  static const char *const names[] = {"NO_PROPOSAL_CHOSEN", "INVALID_ID_INFORMATION",
                                      "AUTHENTICATION_FAILED", "TS_UNACCEPTABLE",
                                      "INVALID_KEY_INFORMATION", "PAYLOAD_MALFORMED",
                                      "INVALID_HASH_INFORMATION", "INVALID_MAJOR_VERSION",
                                      "NO_PROPOSAL_CHOSEN", "SINGLE_PAIR_REQUIRED",
                                      "INTERNAL_ADDRESS_FAILURE", "FAILED_CP_REQUIRED"};
  for (gsize i = 0; s && i < G_N_ELEMENTS(names); i++)
    if (strstr(s, names[i])) return names[i];
  return NULL;
}

/* A kernel error that matters: installing, not deleting a gone SA. */
static bool kernel_error_text(const char *t) {
  if (!(has(t, "netlink") || has(t, "xfrm") || has(t, "XFRM") || has(t, "kernel:") ||
        has(t, "pfkey") || has(t, "NETKEY")))
    return false;
  if (!has(t, "errno") && !has(t, "failed")) return false;
  if (has(t, "Del SA") || has(t, "Get SA") || has(t, "DELPOLICY") || has(t, "delete response") ||
      has(t, "GETSA") || has(t, "DELSA"))
    return false;
  return true;
}

static sig classify(const pl_event *ev, const char **notify) {
  const char *t = ev_text(ev);
  const char *x = pl_event_str(ev, PL_F_EXCHANGE);
  *notify = NULL;
  pl_event_kind k = ev->kind;
  if (k == PL_EV_INITIATE) {
    if (has(x, "quick") || has(x, "child") || has(x, "create_child")) return S_INIT_P2;
    return S_INIT;
  }
  if (k == PL_EV_RESPOND) {
    if (has(x, "quick") || has(x, "child")) return S_RESP_P2;
    return S_RESP;
  }
  if (k == PL_EV_SENT || k == PL_EV_STATE_STORY) {
    const char *st = pl_event_str(ev, PL_F_STORY);
    const char *state = pl_event_str(ev, PL_F_STATE);
    if (has(st, "I2") || has(st, "R1") || has(st, "MI2") || has(st, "MR1") || has(st, "IKE_AUTH") ||
        has(st, "AR1") || has(state, "MAIN_I2") || has(state, "MAIN_R1") || has(t, "IKE_SA_INIT reply") ||
        has(t, "IKE_SA_INIT response") || has(t, "IKE_AUTH request"))
      return has(st, "I3") || has(st, "R2") ? S_KE_OK : S_P1_OK;
    if (has(st, "I3") || has(st, "R2") || has(st, "MI3") || has(st, "MR2")) return S_KE_OK;
    if (has(st, "reply") && (has(x, "quick") || has(t, "Quick Mode reply"))) return S_P2_OK;
    if (has(t, "Quick Mode reply") || has(t, "QR1")) return S_P2_OK;
    if (has(st, "established") || has(t, "SA established")) return S_NONE;
    return S_NONE;
  }
  if (k == PL_EV_PROPOSAL_CHOSEN) {
    const char *p = pl_event_str(ev, PL_F_PROPOSAL);
    return has(p, "ESP") || has(p, "AH") ? S_P2_OK : S_P1_OK;
  }
  if (k == PL_EV_IKE_ESTABLISHED) return S_IKE_EST;
  if (k == PL_EV_CHILD_ESTABLISHED) return S_CHILD_EST;
  if (k == PL_EV_AUTHENTICATED) return S_PEER_ID;
  if (k == PL_EV_PEER_ID) return S_PEER_ID;
  if (k == PL_EV_QM_ENDS || k == PL_EV_CHILD_NEGOTIATED) return S_P2_OK;
  if (k == PL_EV_TRANSFORM_REFUSED || k == PL_EV_ATTRIBUTE_REFUSED) return S_REFUSED;
  if (has(t, "we require PFS but") || has(t, "PFS required but")) return S_F_PFS;
  if (k == PL_EV_NO_ACCEPTABLE) {
    const char *w = pl_event_str(ev, PL_F_WHAT);
    return has(w, "ipsec") || has(w, "IPsec") || has(w, "pfs") || has(t, "IPsec SA") || has(t, "PFS")
               ? S_F_P2
               : S_F_P1;
  }
  if (k == PL_EV_PROPOSAL_NOMATCH) {
    const char *nn = pl_event_str(ev, PL_F_NOTIFY);
    if (nn && !pl_event_str(ev, PL_F_PROPOSALS) && !has(t, "remote proposals")) {
      *notify = known_notify(nn);
      if (*notify) return has(t, "responding") || has(t, "sending") ? S_NOTIFY_TX : S_NOTIFY_RX;
    }
    const char *p = pl_event_str(ev, PL_F_PROPOSALS);
    if (!p) p = t;
    return has(p, ":ESP") || has(p, ":AH") ? S_F_P2 : S_F_P1;
  }
  if (k == PL_EV_ID_MISMATCH) return S_F_ID;
  if (k == PL_EV_AUTH_FAILED) {
    if (has(t, "rejected by peer") || has(t, "response rejected") ||
        (pl_event_str(ev, PL_F_NOTIFY) && known_notify(pl_event_str(ev, PL_F_NOTIFY)))) {
      *notify = known_notify(t) ? known_notify(t) : "AUTHENTICATION_FAILED";
      return S_NOTIFY_RX;
    }
    return S_F_AUTH;
  }
  if (k == PL_EV_MALFORMED_PAYLOAD) return S_F_AUTH_MALFORMED;
  if (k == PL_EV_NO_PSK) return S_F_NO_PSK;
  if (k == PL_EV_TS_UNACCEPTABLE && (has(t, "response rejected") || has(t, "rejected by peer"))) {
    *notify = "TS_UNACCEPTABLE"; /* the peer refused our Child SA */
    return S_NOTIFY_RX;
  }
  if (k == PL_EV_NO_CONNECTION_FOR || k == PL_EV_SUBNET_MISMATCH || k == PL_EV_TS_UNACCEPTABLE)
    return S_F_TS;
  if (k == PL_EV_PEER_PROPOSED) return S_NONE;
  if (k == PL_EV_NOTIFY_SENT || k == PL_EV_NOTIFY_RECEIVED) {
    const char *n = pl_event_str(ev, PL_F_NOTIFY);
    *notify = known_notify(n ? n : t);
    if (!*notify) return S_NONE;
    return k == PL_EV_NOTIFY_SENT ? S_NOTIFY_TX : S_NOTIFY_RX;
  }
  if (k == PL_EV_RETRANSMIT) return S_RETRANSMIT;
  if (k == PL_EV_TIMEOUT) return S_TIMEOUT;
  if (k == PL_EV_DPD) {
    const char *a = pl_event_str(ev, PL_F_ACTION);
    if (has(a, "no-phase1") || has(t, "could not find newest phase 1")) return S_DPD_NO_P1;
    if (has(t, "declaring peer dead") || has(t, "has not responded")) return S_DPD_DEAD;
    return S_NONE;
  }
  if (k == PL_EV_DELETE_RECEIVED) return S_DELETE_RX;
  if (k == PL_EV_REVIVAL) {
    /* "... which received a Delete/Notify but must remain up per local policy" */
    if (!g_strcmp0(pl_event_str(ev, PL_F_REASON), "peer-delete") || has(t, "received a Delete"))
      return S_DELETE_RX;
    return S_REVIVE;
  }
  if (k == PL_EV_DELETE_STATE) {
    /* "deleting incomplete state after 15 seconds": the responder's timeout */
    if (has(t, "incomplete state") || has(pl_event_str(ev, PL_F_REASON), "state after")) return S_TIMEOUT;
    return S_DELETE;
  }
  if (k == PL_EV_TRAFFIC) return S_TRAFFIC;
  if (k == PL_EV_EXPIRED) return S_EXPIRED;
  if (k == PL_EV_CONN_TERMINATING) return S_TERMINATE;
  if (k == PL_EV_UPDOWN_FAILED) return S_F_UPDOWN;
  if (k == PL_EV_CONN_ADD_FAILED) return S_F_CONFIG;
  if (k == PL_EV_UPDOWN_OUTPUT && !g_strcmp0(pl_event_str(ev, PL_F_REASON), "error")) return S_F_UPDOWN;
  if (k == PL_EV_KERNEL_ERROR) return kernel_error_text(t) || !has(t, "Del") ? S_F_KERNEL : S_NONE;
  if (k == PL_EV_ROUTE_CONFLICT) return S_F_ROUTE;
  if (k == PL_EV_NO_CONN_PACKET) {
    if (has(t, "claiming to be from") || has(pl_event_str(ev, PL_F_REASON), "claiming to be from"))
      return S_F_AGGR_ID;
    return S_NO_CONN_PKT;
  }
  if (k == PL_EV_IKE_VERSION) return S_F_VERSION;
  if (k == PL_EV_TRANSITION_FAILED) {
    if (has(t, "internal error")) return S_INTERNAL;
    *notify = known_notify(t);
    return *notify ? S_NOTIFY_TX : S_NONE;
  }

  if (has(t, "asynchronous network error report") || has(t, "No route to host") ||
      has(t, "Network is unreachable") || has(t, "Host is unreachable"))
    return S_F_UNREACH;
  if (k == PL_EV_REKEY && (has(t, "rekeyed") || has(t, "established"))) return S_IKE_EST;
  if (has(t, "deleting incomplete state")) return S_TIMEOUT;

  /* Lines the grammar does not type (yet): the message text decides. */
  if (k != PL_EV_UNKNOWN && k != PL_EV_ERROR && k != PL_EV_WARNING && k != PL_EV_PACKET &&
      k != PL_EV_INFORMATIONAL)
    return S_NONE;
  if (has(t, "no local proposal matches remote proposals"))
    return has(t, ":ESP") || has(t, ":AH") ? S_F_P2 : S_F_P1;
  if (has(t, "no acceptable Oakley Transform")) return S_F_P1;
  if (has(t, "no acceptable Proposal in IPsec SA")) return S_F_P2;
  if (has(t, "we require PFS but")) return S_F_PFS;
  if (has(t, "Transform [") && has(t, "refused")) return S_REFUSED;
  if (has(t, "mismatch of preshared secrets")) return S_F_AUTH_MALFORMED;
  if (has(t, "no preshared key found") || has(t, "no PSK found")) return S_F_NO_PSK;
  if (has(t, "authentication failed") || has(t, "Authentication failed") || has(t, "AUTH mismatch"))
    return S_F_AUTH;
  if (has(t, "claiming to be from") && has(t, "no connection")) return S_F_AGGR_ID;
  if (has(t, "mismatched on first found connection") || has(t, "no suitable connection for peer") ||
      has(t, "Peer mismatch on first found"))
    return S_F_ID;
  if (has(t, "IKE_SA_INIT message received") && has(t, "no suitable connection")) return S_NO_CONN_PKT;
  if (has(t, "initial parent SA message received") && has(t, "no suitable connection"))
    return S_NO_CONN_PKT;
  if (has(t, "initial Main Mode message") && has(t, "no connection")) return S_NO_CONN_PKT;
  if (has(t, "initial Aggressive Mode message") && has(t, "no (wildcard) connection"))
    return S_NO_CONN_PKT;
  if (has(t, "policy is set to silently drop all IKEv1") || has(t, "IKEv1 disabled") ||
      has(t, "IKEv2 not authorized"))
    return S_F_VERSION;
  if (has(t, "cannot respond to IPsec SA request") || has(t, "compatible Traffic Selectors") ||
      has(t, "does not match any permanent IKEv2 connection") ||
      has(t, "subnet returned doesn't match my proposal"))
    return S_F_TS;
  if (has(t, "had internal error")) return S_INTERNAL;
  if (has(t, "command exited with") || has(t, "exited with status") || has(t, "exited with signal") ||
      has(t, "unable to popen"))
    return S_F_UPDOWN;
  if (has(t, "cannot route") || has(t, "cannot install eroute") || has(t, "cannot install route"))
    return S_F_ROUTE;
  if (kernel_error_text(t)) return S_F_KERNEL;
  if (has(t, "could not find newest phase 1")) return S_DPD_NO_P1;
  if (has(t, "declaring peer dead") || has(t, "has not responded in")) return S_DPD_DEAD;
  if (has(t, "timeout exceeded") || has(t, "max number of retransmissions")) return S_TIMEOUT;
  if (has(t, "retransmission; will wait") || has(t, "retransmitting")) return S_RETRANSMIT;
  const char *n = known_notify(t);
  if (n) {
    *notify = n;
    if (has(t, "responding to") || has(t, "sending")) return S_NOTIFY_TX;
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
    if (ev->kind == PL_EV_PEER_PROPOSED || s == S_F_P2 || s == S_F_TS || s == S_P2_OK || s == S_CHILD_EST ||
        s == S_INIT_P2 || s == S_RESP_P2 || s == S_F_KERNEL || has(ev_text(ev), "Child SA"))
      child = true;
  }
  if (!sa->kind_known) return child;
  return child && !ike;
}

typedef struct {
  const pl_sa *ike;
  GPtrArray *sas;  /* const pl_sa* */
  guint32 source;
  guint64 first_line;
  guint64 last_line;
  GArray *items;
  bool overlaps;   /* began while an earlier established IKE SA was alive: a rekey */
} group;

typedef struct {
  guint32 source;
  guint64 line;
  gint64 pid;
} src_line;

typedef struct {
  bool has_v1, has_v2; /* connections loaded on the host, by IKE version */
  const GArray *shutdowns; /* src_line: "Pluto is shutting down", every log */
  const GArray *runs;      /* src_line: per log, the newest pluto process and its first line */
} host_conf;

/* What the state name of a timeout says about where the exchange stood. */
typedef enum { T_FIRST, T_MAIN_I2, T_AUTH_I, T_MAIN_R1, T_AUTH_R, T_AGGR_R, T_QUICK_I, T_QUICK_R, T_ESTABLISHED, T_OTHER } tstate;

static tstate timeout_state(const pl_event *ev, const pl_sa *sa) {
  const char *st = pl_event_str(ev, PL_F_STATE);
  const char *t = ev_text(ev);
  if (!st && !has(t, "STATE_") && sa && sa->last_state) st = sa->last_state;
  if (!st) st = t;
  if (has(st, "MAIN_I1") || has(st, "AGGR_I1") || has(st, "PARENT_I1") || has(st, "IKE_SA_INIT_I"))
    return T_FIRST;
  if (has(st, "MAIN_I2")) return T_MAIN_I2;
  if (has(st, "MAIN_I3") || has(st, "PARENT_I2") || has(st, "IKE_AUTH_I")) return T_AUTH_I;
  if (has(st, "MAIN_R1")) return T_MAIN_R1;
  if (has(st, "MAIN_R2")) return T_AUTH_R;
  if (has(st, "AGGR_R1")) return T_AGGR_R;
  if (has(st, "QUICK_I1") || has(st, "NEW_CHILD_I") || has(st, "REKEY_CHILD_I") ||
      has(st, "V2_CREATE_I"))
    return T_QUICK_I;
  if (has(st, "QUICK_R1")) return T_QUICK_R;
  if (has(st, "ESTABLISHED") || has(st, "MAIN_I4") || has(st, "MAIN_R3") || has(st, "PARENT_I3") ||
      has(st, "PARENT_R2") || has(st, "our IKEv2 message"))
    return T_ESTABLISHED;
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

static void set_candidates(pl_attempt *t, const char *c1, const char *c2, const char *c3,
                           const char *c4) {
  const char *v[] = {c1, c2, c3, c4};
  int n = 0;
  for (int i = 0; i < 4; i++)
    if (v[i]) t->candidates[n++] = v[i];
  t->candidates[n] = NULL;
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
    const char *t = ev_text(ev);
    const char *b = strchr(t, '['), *e = b ? strchr(b, ']') : NULL;
    return b && e ? g_strndup(b + 1, (gsize) (e - b - 1)) : g_strdup(t);
  }
  GString *s = g_string_new(c);
  gint64 kl;
  if (pl_event_int(ev, PL_F_KEYLEN, &kl) && kl > 0) g_string_append_printf(s, "_%" G_GINT64_FORMAT, kl);
  const char *f[] = {pl_event_str(ev, PL_F_PRF), pl_event_str(ev, PL_F_INTEG),
                     pl_event_str(ev, PL_F_GROUP)};
  for (int i = 0; i < 3; i++)
    if (f[i]) g_string_append_printf(s, "-%s", f[i]);
  return g_string_free(s, FALSE);
}

/* "remote proposals X" out of an IKEv2 proposal line. */
static char *remote_proposals(const pl_event *ev) {
  const char *p = pl_event_str(ev, PL_F_PROPOSALS);
  if (p) return g_strdup(p);
  const char *t = ev_text(ev), *r = strstr(t, "remote proposals ");
  return r ? g_strdup(r + strlen("remote proposals ")) : NULL;
}

/* 'x' out of a line that quotes an ID. */
static char *quoted_id(const pl_event *ev) {
  const char *id = pl_event_str(ev, PL_F_ID);
  if (id) return g_strdup(id);
  const char *t = ev_text(ev), *b = strchr(t, '\''), *e = b ? strchr(b + 1, '\'') : NULL;
  if (b && e) return g_strndup(b + 1, (gsize) (e - b - 1));
  const char *c = strstr(t, "claiming to be from ");
  if (!c) c = strstr(pl_event_str(ev, PL_F_REASON) ? pl_event_str(ev, PL_F_REASON) : "", "claiming to be from ");
  if (c) {
    c += strlen("claiming to be from ");
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
  if (has(low, "modp1024") || !strcmp(low, "dh2") || has(low, "group_modp1024"))
    msg_set(hint,
            N_("{1} (DH group 2) is obsolete: Libreswan left it out of the default IKEv1 proposals in 3.19 and "
               "builds without it from 3.30 on (RFC 8247). Move both sides to DH group 14 (modp2048) or "
               "stronger: on the peer, and here in ike=/esp= (for example ike=aes256-sha2_256;modp2048)."),
            alg, NULL, NULL, NULL);
  else if (has(low, "md5"))
    msg_set(hint,
            N_("{1} is no longer in Libreswan's default proposals (since 3.20) and is refused in FIPS mode. "
               "Use sha2_256 on both sides: on the peer, and here in ike=/esp=."),
            alg, NULL, NULL, NULL);
  else if (has(low, "sha1") || !strcmp(low, "sha"))
    msg_set(hint,
            N_("{1} left Libreswan's default IKEv2 proposals in 3.28. Best: use sha2_256 on both sides. "
               "Meanwhile this side can still accept it when ike= lists it explicitly (for example "
               "ike=aes256-sha1;modp2048)."),
            alg, NULL, NULL, NULL);
  else if (has(low, "des") || has(low, "modp768"))
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
    msg_set(&t->hint,
            df.peer_pfsgroup
                ? N_("The plutodebug dump shows the peer's phase 2 proposal: esp={1} with PFS group {2}. Add it "
                     "to esp= here and set pfs=yes, or change the peer's phase 2 settings to ours.")
                : N_("The plutodebug dump shows the peer's phase 2 proposal: esp={1} without PFS. Add it to esp= "
                     "here (pfs=no), or change the peer's phase 2 settings to ours."),
            df.peer_esp, df.peer_pfsgroup, NULL, NULL);
    t->needs_peer_log = false;
    t->candidates[0] = NULL;
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
static bool state_is_established(const char *st) {
  return st &&
         (has(st, "MAIN_I4") || has(st, "MAIN_R3") || has(st, "AGGR_I2") || has(st, "AGGR_R2") ||
          has(st, "QUICK_I2") || has(st, "QUICK_R2") || has(st, "ESTABLISHED") || has(st, "PARENT_I3") ||
          has(st, "PARENT_R2") || has(st, "V2_IPSEC"));
}

/* A Delete from the peer ends the tunnel when it names the newest
 * established SA (or names none, or deletes the IKE SA). */
static bool delete_hits(const item *del, const item *newest_child) {
  gint64 target;
  if (!newest_child || !newest_child->sa || !pl_event_int(del->ev, PL_F_TARGET, &target) || target <= 0)
    return true;
  return target == newest_child->sa->serial;
}

static void diagnose_group(const pl_conn *c, group *g, const host_conf *hc, pl_attempt *t) {
  GArray *it = g->items;
  int reached = -1;
  bool ike_est = false, child_est = false, initiator = false, responder = false, aggressive = false;
  bool p2_started = false, got_reply = false;
  int version = c->ike_version;
  const item *cause = NULL, *weak = NULL, *dpd = NULL, *del_rx = NULL, *terminate = NULL;
  const item *last_child_est = NULL;
  const pl_event *peer_id_ev = NULL, *proposed_ev = NULL, *remote_list_ev = NULL, *p2_init_ev = NULL;
  GPtrArray *refused = g_ptr_array_new();
  const pl_event *traffic_zero = NULL, *traffic_oneway = NULL;
  double child_age = 0;
  int retransmits = 0;
  const item *retx_last = NULL; /* the newest retransmission */
  /* phase 1 is proven up when a Quick Mode or Child SA starts on it ("using
   * isakmp#N"), even if the excerpt begins after it was established */
  bool p1_proven = false;
  const item *expired = NULL, *last_delete = NULL;
  bool established_before_cause = false, deleted_after = false;
  const pl_sa *cause_sa = NULL;

  for (guint i = 0; i < it->len; i++) {
    const item *x = &g_array_index(it, item, i);
    const pl_event *ev = x->ev;
    gint64 v;
    if (pl_event_int(ev, PL_F_IKE_VERSION, &v) && (v == 1 || v == 2)) version = (int) v;
    const char *ex = pl_event_str(ev, PL_F_EXCHANGE);
    if (has(ex, "aggressive")) aggressive = true;
    switch (x->s) {
    case S_INIT: initiator = true; break;
    case S_RESP: responder = true; reached = MAX(reached, R_VERSION); break;
    case S_P1_OK: got_reply = true; reached = MAX(reached, R_P1); break;
    case S_KE_OK: got_reply = true; reached = MAX(reached, R_P1); break;
    case S_PEER_ID:
      got_reply = true;
      reached = MAX(reached, R_AUTH);
      if (!peer_id_ev) peer_id_ev = ev;
      break;
    case S_IKE_EST: ike_est = true; got_reply = true; reached = MAX(reached, R_ID); break;
    case S_INIT_P2: p2_started = true; p1_proven = true; if (!p2_init_ev) p2_init_ev = ev; break;
    case S_RESP_P2: p2_started = true; p1_proven = true; reached = MAX(reached, R_P2); break;
    case S_P2_OK: p2_started = true; reached = MAX(reached, R_P2); break;
    case S_CHILD_EST:
      child_est = true;
      last_child_est = x;
      reached = MAX(reached, R_KERNEL);
      break;
    case S_REFUSED: g_ptr_array_add(refused, (gpointer) ev); break;
    case S_RETRANSMIT: retransmits++; retx_last = x; break;
    case S_TRAFFIC: {
      gint64 in = pl_event_int_or(ev, PL_F_BYTES_IN, -1), out = pl_event_int_or(ev, PL_F_BYTES_OUT, -1);
      if (in == 0 && out == 0) traffic_zero = ev;
      else if (in == 0 && out > 0) traffic_oneway = ev;
      break;
    }
    case S_DELETE: {
      double age;
      if (pl_event_dbl(ev, PL_F_AGE, &age) && age > child_age) child_age = age;
      last_delete = x;
      break;
    }
    case S_DPD_NO_P1: case S_DPD_DEAD: if (!dpd) dpd = x; break;
    case S_DELETE_RX: if (!del_rx) del_rx = x; break;
    case S_TERMINATE: if (!terminate) terminate = x; break;
    case S_REVIVE: break;
    case S_TIMEOUT: case S_INTERNAL: if (!weak) weak = x; break;
    case S_NOTIFY_RX: case S_NOTIFY_TX:
      if (!cause) {
        /* INITIAL_CONTACT and friends are not known_notify(); these are refusals */
        cause = x;
        established_before_cause = ike_est || p1_proven;
        if (x->s == S_NOTIFY_RX) got_reply = true;
      }
      break;
    case S_F_VERSION: case S_F_P1: case S_F_P2: case S_F_PFS: case S_F_AUTH_MALFORMED:
    case S_F_AUTH: case S_F_NO_PSK: case S_F_ID: case S_F_AGGR_ID: case S_F_TS:
    case S_F_KERNEL: case S_F_UPDOWN: case S_F_ROUTE: case S_NO_CONN_PKT: case S_F_UNREACH: case S_F_CONFIG:
      if (!cause || cause->s == S_NOTIFY_TX) {
        /* a typed cause beats a notification we sent on the same grounds */
        if (!cause || (x->ev->line - cause->ev->line <= 1 && cause->ev->source == x->ev->source)) {
          cause = x;
          established_before_cause = ike_est || p1_proven;
        }
      }
      break;
    case S_EXPIRED: if (!expired) expired = x; break;
    case S_NONE: break;
    }
    if (ev->kind == PL_EV_PEER_PROPOSED && (!cause || !proposed_ev)) proposed_ev = ev; /* the one before the cause */
    if (ev->kind == PL_EV_PROPOSAL_CHOSEN || ev->kind == PL_EV_PROPOSAL_NOMATCH ||
        has(ev_text(ev), "remote proposals"))
      remote_list_ev = ev;
  }
  if (initiator && got_reply) reached = MAX(reached, R_VERSION);
  if (p1_proven) {
    reached = MAX(reached, R_ID);
    ike_est = true;
  }
  /* Every transform the peer offered was refused, and the excerpt ends
   * before pluto's "no acceptable ..." line: the proposal stage failed. */
  item refused_cause;
  if (!cause && refused->len && reached < R_P1 + (p2_started ? R_P2 - R_P1 : 0)) {
    for (guint i = 0; i < it->len; i++) {
      const item *x = &g_array_index(it, item, i);
      if (x->ev != refused->pdata[refused->len - 1]) continue;
      refused_cause = *x;
      refused_cause.s = p2_started ? S_F_P2 : S_F_P1;
      cause = &refused_cause;
      established_before_cause = ike_est;
    }
  }
  /* Retransmissions without pluto's final timeout (the excerpt ends first)
   * say the same as the timeout would. */
  if (!cause && !weak && retx_last) {
    /* ... only when the story ends there: a Delete, an expiry or a newer
     * success after the retransmissions says what happened instead */
    const item *after[] = {del_rx, last_delete, expired, terminate, last_child_est};
    bool later = false;
    for (gsize i = 0; i < G_N_ELEMENTS(after); i++)
      if (after[i] && after[i]->ev->source == retx_last->ev->source && after[i]->ev->line > retx_last->ev->line)
        later = true;
    if (!later) weak = retx_last;
  }
  if (cause) cause_sa = cause->sa;
  (void) cause_sa;

  t->rekey = g->overlaps || (g->ike && g->ike->replaces);
  for (guint i = 0; i < g->sas->len; i++) {
    const pl_sa *sa = g->sas->pdata[i];
    if (sa->replaces) t->rekey = true;
  }
  bool child_rekey = false;
  if (cause || weak) {
    const item *w = cause ? cause : weak;
    if (w->sa && w->sa->replaces) child_rekey = true;
  }

  const char *stage = NULL, *reason = NULL, *verdict = NULL;
  int fail = -1;
  const item *decisive = cause;
  if (dpd && !cause) decisive = dpd;

  if (cause) {
    const pl_event *ev = cause->ev;
    add_evidence(t, peer_id_ev && (cause->s == S_F_ID || cause->s == S_F_AUTH) ? peer_id_ev : NULL);
    for (guint i = 0; i < refused->len && i < 4; i++) add_evidence(t, refused->pdata[i]);
    if (proposed_ev && (cause->s == S_F_TS || cause->s == S_F_P2 || cause->s == S_NOTIFY_TX))
      add_evidence(t, proposed_ev);
    add_evidence(t, ev);
    sig s = cause->s;
    const char *n = cause->notify;
    if (s == S_NOTIFY_RX || s == S_NOTIFY_TX) {
      bool rx = s == S_NOTIFY_RX;
      const char *tx = ev_text(ev);
      const char *exn = pl_event_str(ev, PL_F_EXCHANGE);
      bool child_exchange = has(tx, "IKE_AUTH") || has(tx, "Child SA") || has(tx, "CREATE_CHILD_SA") ||
                            has(exn, "ike_auth") || has(exn, "child") || has(exn, "quick");
      if (!strcmp(n, "NO_PROPOSAL_CHOSEN"))
        s = (established_before_cause || child_exchange) ? S_F_P2 : S_F_P1;
      else if (!strcmp(n, "INVALID_ID_INFORMATION"))
        s = established_before_cause ? S_F_TS : S_F_ID;
      else if (!strcmp(n, "TS_UNACCEPTABLE")) s = S_F_TS;
      else if (!strcmp(n, "AUTHENTICATION_FAILED") || !strcmp(n, "INVALID_KEY_INFORMATION") ||
               !strcmp(n, "PAYLOAD_MALFORMED") || !strcmp(n, "INVALID_HASH_INFORMATION"))
        s = S_F_AUTH;
      else if (!strcmp(n, "INVALID_MAJOR_VERSION")) s = S_F_VERSION;
      else s = S_NONE;
      if (s == S_NONE) {
        stage = "unknown";
        reason = "peer-notification";
        msg_set(&t->summary, N_("The exchange stopped on a {1} notification."), n, NULL, NULL, NULL);
      } else if (rx) {
        /* the peer refused: this log cannot show what the peer wanted */
        switch (s) {
        case S_F_P1:
          fail = R_P1, reason = "ike-proposal-mismatch";
          msg_set(&t->summary,
                  N_("The peer answered NO_PROPOSAL_CHOSEN: it accepts none of our phase 1 (IKE) proposals. "
                     "This log cannot show which algorithms the peer wants."),
                  NULL, NULL, NULL, NULL);
          msg_set(&t->hint,
                  N_("Compare ike= on both sides. The peer's log shows exactly which of our transforms it "
                     "refused: ask for it, or for the peer's phase 1 settings."),
                  NULL, NULL, NULL, NULL);
          /* Libreswan also answers NO_PROPOSAL_CHOSEN when no IKEv2 conn fits the peer */
          if (version == 2) set_candidates(t, "phase1-proposal", "no-connection", "ike-version", NULL);
          else set_candidates(t, "phase1-proposal", NULL, NULL, NULL);
          break;
        case S_F_P2: {
          fail = R_P2, reason = "esp-proposal-mismatch";
          const char *prop = p2_init_ev ? pl_event_str(p2_init_ev, PL_F_PROPOSAL) : NULL;
          if (p2_init_ev) add_evidence(t, p2_init_ev);
          msg_set(&t->summary,
                  N_("Phase 1 is up, but the peer answered NO_PROPOSAL_CHOSEN to our phase 2 proposal ({1}): "
                     "it accepts none of our ESP settings. This log cannot show what the peer wants."),
                  prop ? prop : "?", NULL, NULL, NULL);
          msg_set(&t->hint,
                  N_("Compare esp= (phase2alg=) and pfs= on both sides. Older Libreswan versions checked "
                     "the phase 2 proposal before the subnets, so also compare leftsubnet=/rightsubnet=. "
                     "The peer's log says which one it refused."),
                  NULL, NULL, NULL, NULL);
          debug_esp_hint(c, t);
          set_candidates(t, "phase2-proposal", "traffic-selectors", NULL, NULL);
          break;
        }
        case S_F_ID:
          fail = R_ID, reason = "id-mismatch";
          msg_set(&t->summary,
                  N_("The peer rejected our identity with INVALID_ID_INFORMATION during phase 1 (Main Mode): "
                     "it expects a different ID from us."),
                  NULL, NULL, NULL, NULL);
          msg_set(&t->hint,
                  N_("Check leftid= here against the remote ID (rightid=) configured on the peer. The peer's "
                     "log shows the ID it received."),
                  NULL, NULL, NULL, NULL);
          set_candidates(t, "identity", NULL, NULL, NULL);
          break;
        case S_F_TS:
          fail = R_TS, reason = "ts-mismatch";
          msg_set(&t->summary,
                  N_("Phase 1 is up, but the peer rejected our subnets ({1} in phase 2). This log cannot show "
                     "which subnets the peer expects."),
                  n, NULL, NULL, NULL);
          msg_set(&t->hint,
                  N_("Compare leftsubnet=/rightsubnet= here with the peer's local and remote networks (they "
                     "must mirror each other). The peer's log shows the subnets it received."),
                  NULL, NULL, NULL, NULL);
          if (!strcmp(n, "TS_UNACCEPTABLE"))
            set_candidates(t, "traffic-selectors", "kernel-updown", NULL, NULL);
          else
            set_candidates(t, "traffic-selectors", NULL, NULL, NULL);
          break;
        case S_F_AUTH:
          fail = R_AUTH, reason = "auth-failed";
          if (!strcmp(n, "AUTHENTICATION_FAILED")) reason = "psk-mismatch";
          msg_set(&t->summary,
                  N_("The peer rejected our authentication ({1}): the pre-shared keys (or certificates) do "
                     "not match."),
                  n, NULL, NULL, NULL);
          msg_set(&t->hint,
                  N_("Set the same pre-shared key on both sides (ipsec.secrets here, the PSK on the peer) and "
                     "check authby=; a PSK should be at least 16 characters."),
                  NULL, NULL, NULL, NULL);
          set_candidates(t, "authentication", "identity", NULL, NULL);
          break;
        case S_F_VERSION:
          stage = "ike-version", reason = "ike-version-mismatch";
          msg_set(&t->summary, N_("The peer does not speak our IKE version (INVALID_MAJOR_VERSION)."),
                  NULL, NULL, NULL, NULL);
          msg_set(&t->hint, N_("Use the same IKE version on both sides (keyexchange=ikev1 or ikev2)."),
                  NULL, NULL, NULL, NULL);
          break;
        default: break;
        }
      } else {
        /* we refused, without a more specific line before it */
        for (gsize k = 0; k < G_N_ELEMENTS(we_refused); k++) {
          if (we_refused[k].s != s) continue;
          if (we_refused[k].fail < 0) stage = we_refused[k].stage;
          else fail = we_refused[k].fail;
          reason = we_refused[k].reason;
          msg_set(&t->summary, we_refused[k].summary, n, NULL, NULL, NULL);
          msg_set(&t->hint, we_refused[k].hint, NULL, NULL, NULL, NULL);
          break;
        }
      }
    } else {
      switch (s) {
      case S_F_VERSION:
        fail = R_VERSION, reason = "ike-version-mismatch";
        msg_set(&t->summary, N_("The peer's packet uses an IKE version this side refuses: {1}"), ev_text(ev),
                NULL, NULL, NULL);
        msg_set(&t->hint,
                N_("Use the same IKE version on both sides: keyexchange=ikev1 or keyexchange=ikev2 (ikev2= on "
                   "older versions), and allow IKEv1 globally (ikev1-policy=accept) if it is needed."),
                NULL, NULL, NULL, NULL);
        break;
      case S_F_P1: {
        fail = R_P1, reason = "ike-proposal-mismatch";
        GString *list = g_string_new(NULL);
        for (guint i = 0; i < refused->len; i++) {
          char *tr = fmt_transform(refused->pdata[i]);
          if (list->len) g_string_append(list, ", ");
          g_string_append(list, tr);
          g_free(tr);
        }
        char *remote = remote_list_ev ? remote_proposals(remote_list_ev) : NULL;
        if (!remote && has(ev_text(ev), "remote proposals")) remote = remote_proposals(ev);
        if (remote) {
          msg_set(&t->summary,
                  N_("None of our phase 1 (IKE) proposals matches what the peer offered: {1}."), remote, NULL,
                  NULL, NULL);
          msg_set(&t->hint,
                  N_("Add one of the peer's proposals to ike= here (for example the first one above), or "
                     "change the peer's phase 1 settings to one of ours."),
                  NULL, NULL, NULL, NULL);
        } else if (list->len) {
          msg_set(&t->summary, N_("We refused every phase 1 (IKE) transform the peer offered: {1}."),
                  list->str, NULL, NULL, NULL);
          msg_set(&t->hint,
                  N_("Add one of the peer's transforms to ike= here (for example ike={1}), or change the "
                     "peer's phase 1 settings to match ours."),
                  list->str, NULL, NULL, NULL);
          /* the hint wants the config spelling of the first transform */
          char *tok = NULL;
          {
            const pl_event *r = refused->pdata[0];
            const char *ci = pl_event_str(r, PL_F_CIPHER), *pr = pl_event_str(r, PL_F_PRF),
                       *gr = pl_event_str(r, PL_F_GROUP);
            gint64 kl = pl_event_int_or(r, PL_F_KEYLEN, 0);
            if (ci) {
              GString *k = g_string_new(NULL);
              if (has(ci, "AES_CBC")) g_string_append_printf(k, "aes%" G_GINT64_FORMAT, kl ? kl : 128);
              else if (has(ci, "3DES")) g_string_append(k, "3des");
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
              tok = g_string_free(k, FALSE);
            }
          }
          if (tok) {
            g_free(t->hint.args[0]);
            t->hint.args[0] = tok;
          }
          /* the peer offers an algorithm current Libreswan no longer uses */
          {
            const pl_event *r = refused->pdata[0];
            const char *weak_alg[] = {pl_event_str(r, PL_F_GROUP), pl_event_str(r, PL_F_PRF),
                                      pl_event_str(r, PL_F_INTEG), pl_event_str(r, PL_F_CIPHER)};
            for (gsize w = 0; w < G_N_ELEMENTS(weak_alg); w++) {
              char *low = weak_alg[w] ? g_ascii_strdown(weak_alg[w], -1) : NULL;
              bool old_alg = low && (has(low, "modp1024") || has(low, "md5") || has(low, "des") ||
                                     has(low, "modp768"));
              g_free(low);
              if (!old_alg) continue;
              pl_msg *m = g_new0(pl_msg, 1);
              algorithm_advice(m, weak_alg[w]);
              g_ptr_array_add(t->notes, m);
              break;
            }
          }
        } else {
          msg_set(&t->summary, N_("We found no acceptable phase 1 (IKE) transform in the peer's proposal."),
                  NULL, NULL, NULL, NULL);
          msg_set(&t->hint,
                  N_("Make ike= match the peer's phase 1 settings. This Libreswan logs the refused "
                     "transforms only when ike= is set; set it to see what the peer offers."),
                  NULL, NULL, NULL, NULL);
        }
        g_free(remote);
        g_string_free(list, TRUE);
        break;
      }
      case S_F_AUTH_MALFORMED:
        fail = R_AUTH, reason = "psk-mismatch";
        msg_set(&t->summary,
                N_("The peer's encrypted phase 1 message could not be decrypted (malformed payload): the "
                   "pre-shared keys of the two sides almost certainly differ."),
                NULL, NULL, NULL, NULL);
        msg_set(&t->hint,
                N_("Set the same pre-shared key on both sides (ipsec.secrets here, the PSK on the peer); in "
                   "FIPS mode it must be at least 16 characters."),
                NULL, NULL, NULL, NULL);
        break;
      case S_F_AUTH: case S_F_NO_PSK: {
        fail = R_AUTH, reason = s == S_F_NO_PSK ? "no-psk" : "auth-failed";
        const char *tx = ev_text(ev);
        if (has(tx, "hash") || has(tx, "PSK") || has(tx, "preshared")) reason = s == S_F_NO_PSK ? "no-psk" : "psk-mismatch";
        char *id = quoted_id(ev);
        msg_set(&t->summary, N_("Authentication of the peer failed here: {1}"), tx, NULL, NULL, NULL);
        if (s == S_F_NO_PSK)
          msg_set(&t->hint,
                  N_("Add a pre-shared key for this pair of IDs to ipsec.secrets (or fix leftid=/rightid= so "
                     "the existing one is found)."),
                  NULL, NULL, NULL, NULL);
        else
          msg_set(&t->hint,
                  N_("Set the same pre-shared key (or matching certificates and authby=) on both sides."),
                  NULL, NULL, NULL, NULL);
        g_free(id);
        break;
      }
      case S_F_ID: case S_F_AGGR_ID: {
        fail = R_ID, reason = "id-mismatch";
        char *id = quoted_id(ev);
        if (!id && peer_id_ev) id = quoted_id(peer_id_ev);
        if (s == S_F_AGGR_ID || aggressive) {
          msg_set(&t->summary,
                  N_("Aggressive Mode: the peer says it is {1}, and no connection here accepts that ID. "
                     "Aggressive Mode checks the ID before anything else."),
                  id ? id : "?", NULL, NULL, NULL);
        } else {
          msg_set(&t->summary,
                  N_("The peer identified itself as {1} (Main Mode), which is not the ID this connection "
                     "expects."),
                  id ? id : "?", NULL, NULL, NULL);
        }
        msg_set(&t->hint,
                N_("Set rightid={1} in this connection, or change the peer's local ID to what rightid= says "
                   "here."),
                id ? id : "?", NULL, NULL, NULL);
        g_free(id);
        break;
      }
      case S_F_TS: {
        fail = R_TS, reason = "ts-mismatch";
        const char *lts = proposed_ev ? pl_event_str(proposed_ev, PL_F_LOCAL_TS) : NULL;
        const char *rts = proposed_ev ? pl_event_str(proposed_ev, PL_F_REMOTE_TS) : NULL;
        if (lts && rts) {
          msg_set(&t->summary,
                  N_("Phase 1 is up, but the peer proposed the subnets {1} (this side) <-> {2} (peer side), "
                     "and no connection here has them."),
                  lts, rts, NULL, NULL);
          msg_set(&t->hint,
                  N_("Set leftsubnet={1} and rightsubnet={2} here, or change the peer's local and remote "
                     "networks to mirror ours."),
                  lts, rts, NULL, NULL);
        } else {
          msg_set(&t->summary, N_("Phase 1 is up, but the subnets (traffic selectors) do not match: {1}"),
                  ev_text(ev), NULL, NULL, NULL);
          msg_set(&t->hint,
                  N_("Make leftsubnet=/rightsubnet= here mirror the peer's local and remote networks."), NULL,
                  NULL, NULL, NULL);
        }
        add_note(t,
                 N_("Older Libreswan versions checked the phase 2 proposal before the subnets: after fixing "
                    "the subnets, a phase 2 proposal mismatch may show up next."),
                 NULL, NULL);
        break;
      }
      case S_F_P2: case S_F_PFS: {
        fail = R_P2, reason = s == S_F_PFS ? "pfs-mismatch" : "esp-proposal-mismatch";
        GString *list = g_string_new(NULL);
        for (guint i = 0; i < refused->len; i++) {
          char *tr = fmt_transform(refused->pdata[i]);
          if (list->len) g_string_append(list, ", ");
          g_string_append(list, tr);
          g_free(tr);
        }
        char *remote = has(ev_text(ev), "remote proposals") ? remote_proposals(ev) : NULL;
        if (s == S_F_PFS)
          msg_set(&t->summary, N_("Phase 1 is up, but this side requires PFS and the peer's phase 2 proposal has none."),
                  NULL, NULL, NULL, NULL);
        else if (remote)
          msg_set(&t->summary, N_("Phase 1 is up, but no ESP proposal matches what the peer offered: {1}."),
                  remote, NULL, NULL, NULL);
        else if (list->len)
          msg_set(&t->summary, N_("Phase 1 is up, but we refused the peer's phase 2 transforms: {1}."),
                  list->str, NULL, NULL, NULL);
        else
          msg_set(&t->summary,
                  N_("Phase 1 is up, but none of the peer's phase 2 (ESP) proposals is acceptable here. "
                     "Since Libreswan 3.22 the refused ESP transforms are not logged."),
                  NULL, NULL, NULL, NULL);
        if (s == S_F_PFS)
          msg_set(&t->hint,
                  N_("The peer proposes phase 2 without PFS: turn PFS on at the peer (pfs=yes, with the same DH "
                     "group), or set pfs=no here."),
                  NULL, NULL, NULL, NULL);
        else
          msg_set(&t->hint,
                  N_("Make esp= (phase2alg=) and pfs= the same on both sides; compare the peer's phase 2 "
                     "settings, or turn on plutodebug to see its proposal."),
                  NULL, NULL, NULL, NULL);
        debug_esp_hint(c, t);
        g_free(remote);
        g_string_free(list, TRUE);
        break;
      }
      case S_F_KERNEL: {
        fail = R_KERNEL, reason = "kernel-error";
        const char *tx = ev_text(ev);
        msg_set(&t->summary,
                N_("Negotiation with the peer succeeded, but the kernel refused to install the IPsec SA: {1}"),
                tx, NULL, NULL, NULL);
        if (has(tx, "errno 93") || has(tx, "Protocol not supported"))
          msg_set(&t->hint,
                  N_("This host's kernel has no ESP/XFRM support for this SA (errno 93): load the IPsec "
                     "modules (esp4/esp6, xfrm_user, the cipher modules) or run on a kernel that has them."),
                  NULL, NULL, NULL, NULL);
        else
          msg_set(&t->hint,
                  N_("Fix the kernel side on this host: check that the IPsec modules are loaded and that the "
                     "kernel supports the negotiated algorithms (or choose others with esp=)."),
                  NULL, NULL, NULL, NULL);
        break;
      }
      case S_F_UPDOWN: case S_F_ROUTE:
        fail = R_KERNEL, reason = s == S_F_ROUTE ? "route-conflict" : "updown-error";
        msg_set(&t->summary,
                N_("The SA is negotiated, but the _updown step failed ({1}): routes or firewall rules may be "
                   "missing, so traffic can fail although the log says established."),
                ev_text(ev), NULL, NULL, NULL);
        msg_set(&t->hint,
                N_("Look at the _updown output just before this line; check leftupdown=, leftsourceip= and "
                   "routes that overlap the remote subnet."),
                NULL, NULL, NULL, NULL);
        break;
      case S_NO_CONN_PKT:
        stage = "no-connection", reason = "no-connection-configured";
        break;
      case S_F_CONFIG: {
        stage = "config", reason = "load-failed";
        const char *what = pl_event_str(ev, PL_F_WHAT), *why = pl_event_str(ev, PL_F_REASON);
        const char *alg = pl_event_str(ev, PL_F_PROPOSAL);
        msg_set(&t->summary,
                N_("pluto refused to load this connection ({1}): it was never added, so it cannot negotiate "
                   "at all."),
                why ? why : ev_text(ev), NULL, NULL, NULL);
        if (!g_strcmp0(what, "algorithm") && alg) {
          reason = "algorithm-unsupported";
          algorithm_advice(&t->hint, alg);
        } else if (!g_strcmp0(what, "pfs-disabled")) {
          reason = "pfs-disabled";
          msg_set(&t->hint,
                  N_("esp= names a DH group but pfs=no: either set pfs=yes (the peer must then use PFS with "
                     "that group too) or remove the DH group from esp=."),
                  NULL, NULL, NULL, NULL);
        } else if (!g_strcmp0(what, "certificate")) {
          reason = "certificate-missing";
          msg_set(&t->hint,
                  N_("Import the certificate (and its private key) into the NSS database (ipsec import "
                     "file.p12, or certutil -d sql:/var/lib/ipsec/nss), and check that leftcert= names it "
                     "exactly as certutil -L lists it."),
                  NULL, NULL, NULL, NULL);
        } else if (!g_strcmp0(what, "no-local-end")) {
          reason = "no-local-end";
          msg_set(&t->hint,
                  N_("Neither left= nor right= is an address of this host: set left= to this host's address "
                     "(or %defaultroute) and right= to the peer; after a change of address, restart ipsec."),
                  NULL, NULL, NULL, NULL);
        } else {
          msg_set(&t->hint,
                  N_("Fix the key the message names in this conn, then check it with ipsec addconn "
                     "--checkconfig and load it again (ipsec auto --add NAME)."),
                  NULL, NULL, NULL, NULL);
        }
        break;
      }
      case S_F_UNREACH:
        stage = "reachability", reason = "peer-unreachable";
        msg_set(&t->summary,
                N_("Our packets to the peer are answered by an ICMP error ({1}): the peer's IKE daemon is not "
                   "running there or the path is down."),
                ev_text(ev), NULL, NULL, NULL);
        msg_set(&t->hint,
                N_("Check that the peer's IPsec service is running and listening on UDP 500/4500, and that "
                   "right= is its address; then check routing between the two."),
                NULL, NULL, NULL, NULL);
        break;
      default: break;
      }
    }
    if (fail >= 0 || stage) verdict = ike_est ? "partial" : "failed";
    if (fail == R_KERNEL && child_est) verdict = "partial";
    if (reason && !strcmp(reason, "ts-mismatch") && !t->needs_peer_log && cause->s == S_NOTIFY_TX) {
      /* nothing */
    }
  } else if (dpd) {
    stage = "liveness";
    add_evidence(t, dpd->ev);
    if (dpd->s == S_DPD_NO_P1) {
      reason = "dpd-no-phase1";
      msg_set(&t->summary,
              N_("Dead Peer Detection could not find the phase 1 (ISAKMP) SA of this tunnel, so the tunnel "
                 "was cleared: the phase 1 SA had expired or been deleted without a replacement."),
              NULL, NULL, NULL, NULL);
      msg_set(&t->hint,
              N_("Keep phase 1 alive: check that phase 1 rekeys (ikelifetime= longer than salifetime=, "
                 "rekey=yes) and that dpddelay=/dpdtimeout= are set the same on both sides."),
              NULL, NULL, NULL, NULL);
    } else {
      reason = "dpd-timeout";
      msg_set(&t->summary, N_("The peer stopped answering Dead Peer Detection, so the tunnel was cleared."),
              NULL, NULL, NULL, NULL);
      msg_set(&t->hint,
              N_("Check the path to the peer (UDP 500/4500) and whether the peer restarted; its log shows "
                 "why it went silent."),
              NULL, NULL, NULL, NULL);
    }
    verdict = "failed";
  } else if (weak && !(child_est && timeout_state(weak->ev, weak->sa) == T_QUICK_R)) {
    const pl_event *ev = weak->ev;
    add_evidence(t, ev);
    char nret[32];
    gint64 rt = pl_event_int_or(ev, PL_F_RETRANSMITS, retransmits);
    g_snprintf(nret, sizeof nret, "%" G_GINT64_FORMAT, rt);
    tstate ts = weak->s == S_INTERNAL ? T_OTHER : timeout_state(ev, weak->sa);
    if (weak->s == S_INTERNAL) {
      fail = R_KERNEL, reason = "internal-error";
      msg_set(&t->summary,
              N_("A state transition failed with an internal error: usually the kernel or the _updown script "
                 "failed just before it."),
              NULL, NULL, NULL, NULL);
      msg_set(&t->hint, N_("Look at the lines just before this one for the kernel or _updown message."),
              NULL, NULL, NULL, NULL);
    } else if (ts == T_ESTABLISHED) {
      stage = "liveness", reason = "liveness-timeout";
      msg_set(&t->summary,
              N_("The established tunnel stopped getting answers from the peer ({1} retransmits), so it was "
                 "torn down."),
              nret, NULL, NULL, NULL);
      msg_set(&t->hint,
              N_("Check the path to the peer (UDP 500/4500) and whether the peer restarted; its log shows why "
                 "it went silent."),
              NULL, NULL, NULL, NULL);
    } else if (t->rekey || child_rekey) {
      stage = "rekey", reason = "rekey-no-response";
      const pl_sa *sa = weak->sa;
      char old[32];
      g_snprintf(old, sizeof old, "#%" G_GINT64_FORMAT, sa && sa->replaces ? sa->replaces : 0);
      msg_set(&t->summary,
              N_("The tunnel was up, but the peer never answered the rekey that replaces {1} ({2} "
                 "retransmits, then timeout)."),
              old, nret, NULL, NULL);
      msg_set(&t->hint,
              N_("The peer no longer answers for this connection: it may have restarted, lost its phase 1 "
                 "state or changed its settings. Check the peer and its log at this time; compare "
                 "ikelifetime=/salifetime= and rekey= on both sides."),
              NULL, NULL, NULL, NULL);
    } else if (ts == T_FIRST && !got_reply) {
      stage = "reachability", reason = "no-response";
      msg_set(&t->summary,
              N_("The peer never answered our first message ({1} retransmits, then timeout): it is "
                 "unreachable, UDP 500/4500 is blocked, or it silently ignores us (no matching connection, "
                 "other IKE version, refused proposal)."),
              nret, NULL, NULL, NULL);
      msg_set(&t->hint,
              N_("Check right= (the peer address) and that UDP 500 and 4500 pass both ways. Ask for the "
                 "peer's log: if it shows our packet, it says why it did not answer."),
              NULL, NULL, NULL, NULL);
      set_candidates(t, "reachability", "no-connection", "ike-version", "phase1-proposal");
    } else if (ts == T_AUTH_I || ts == T_MAIN_I2) {
      fail = R_AUTH, reason = "psk-mismatch";
      if (version == 2) reason = "auth-no-response";
      msg_set(&t->summary,
              N_("The peer never answered our first encrypted message ({1} retransmits): possible "
                 "authentication failure, most often different pre-shared keys, sometimes an ID the peer "
                 "does not accept."),
              nret, NULL, NULL, NULL);
      msg_set(&t->hint,
              N_("Set the same pre-shared key on both sides and compare leftid=/rightid= with the peer. The "
                 "peer's log tells which: a malformed payload means the keys differ."),
              NULL, NULL, NULL, NULL);
      if (version == 2)
        set_candidates(t, "authentication", "identity", "traffic-selectors", "phase2-proposal");
      else
        set_candidates(t, "authentication", "identity", NULL, NULL);
    } else if (ts == T_MAIN_R1 && !ike_est) {
      stage = "reachability", reason = "reply-unanswered";
      msg_set(&t->summary,
              N_("We answered the peer's first Main Mode message, but its next message never came ({1} "
                 "retransmits of our reply): our reply does not reach the peer, or the peer drops it."),
              nret, NULL, NULL, NULL);
      msg_set(&t->hint,
              N_("Check that UDP 500 and 4500 pass in both directions between the two gateways (firewall, NAT, "
                 "the peer's public address); the peer's log shows whether our reply arrived."),
              NULL, NULL, NULL, NULL);
      set_candidates(t, "reachability", "phase1-proposal", NULL, NULL);
    } else if (ts == T_AUTH_R || ts == T_AGGR_R || ts == T_MAIN_R1) {
      fail = R_AUTH, reason = "peer-silent";
      msg_set(&t->summary,
              N_("We answered the peer, but its next message never came ({1} retransmits): the peer "
                 "rejected our reply, usually because of different pre-shared keys or an ID it does not "
                 "accept."),
              nret, NULL, NULL, NULL);
      msg_set(&t->hint,
              N_("Compare the pre-shared key and leftid=/rightid= with the peer; its log says which."), NULL,
              NULL, NULL, NULL);
      set_candidates(t, "authentication", "identity", NULL, NULL);
    } else if (ts == T_QUICK_I) {
      /* no notification came back: a peer that refuses our subnets or our
       * proposal says so (INVALID_ID_INFORMATION, NO_PROPOSAL_CHOSEN, as the
       * guide shows); silence means our request, or its answer, is lost */
      stage = "reachability", reason = "child-no-response";
      if (p2_init_ev) add_evidence(t, p2_init_ev);
      msg_set(&t->summary,
              N_("Phase 1 is up, but the peer never answers our phase 2 (Quick Mode) request ({1} "
                 "retransmits) and sends no refusal either: the request or its answer is lost on the way, "
                 "or the peer drops it without a word."),
              nret, NULL, NULL, NULL);
      msg_set(&t->hint,
              N_("Check what sits between the two gateways (firewall, NAT, a second tunnel) for UDP 500/4500 "
                 "and ESP, then ask for the peer's log of this moment: if it received the request, it says why "
                 "it did not answer (subnets, phase 2 proposal, PFS)."),
              NULL, NULL, NULL, NULL);
      set_candidates(t, "reachability", "traffic-selectors", "phase2-proposal", "kernel-updown");
    } else if (ts == T_QUICK_R) {
      fail = R_KERNEL, reason = "child-no-confirmation";
      msg_set(&t->summary,
              N_("We answered the peer's phase 2 request, but it never confirmed ({1} retransmits): the peer "
                 "probably failed to install the SA."),
              nret, NULL, NULL, NULL);
      msg_set(&t->hint, N_("Ask for the peer's log: its kernel or _updown lines say why."), NULL, NULL, NULL,
              NULL);
      set_candidates(t, "kernel-updown", NULL, NULL, NULL);
    } else {
      stage = "reachability", reason = "timeout";
      msg_set(&t->summary, N_("The exchange timed out: {1}"), ev_text(ev), NULL, NULL, NULL);
      msg_set(&t->hint, N_("Ask for the peer's log of this moment."), NULL, NULL, NULL, NULL);
      set_candidates(t, "reachability", NULL, NULL, NULL);
    }
    verdict = ike_est || child_est ? "partial" : "failed";
    if (stage && !strcmp(stage, "rekey")) verdict = "failed";
  } else if (child_est) {
    add_evidence(t, last_child_est->ev);
    verdict = "established";
    reached = R_KERNEL;
    if (traffic_zero && child_age >= 60) {
      fail = R_KERNEL, reason = "no-traffic", verdict = "partial";
      char age[32];
      g_snprintf(age, sizeof age, "%.0f s", child_age);
      add_evidence(t, traffic_zero);
      msg_set(&t->summary,
              N_("The IPsec SA was established and up for {1}, but carried no traffic at all (in=0B out=0B): "
                 "it looks up but is not used."),
              age, NULL, NULL, NULL);
      msg_set(&t->hint,
              N_("Check that traffic is routed into the tunnel on both sides (routes, leftsourceip=, "
                 "firewall/NAT exemptions for the subnets) and that _updown ran."),
              NULL, NULL, NULL, NULL);
    } else if (traffic_oneway) {
      fail = R_KERNEL, reason = "no-return-traffic", verdict = "partial";
      add_evidence(t, traffic_oneway);
      char out[32];
      g_snprintf(out, sizeof out, "%" G_GINT64_FORMAT "B", pl_event_int_or(traffic_oneway, PL_F_BYTES_OUT, 0));
      msg_set(&t->summary,
              N_("The IPsec SA was established and sent {1}, but nothing came back (in=0B): the peer drops, "
                 "or does not route back, our traffic."),
              out, NULL, NULL, NULL);
      msg_set(&t->hint,
              N_("Check the peer's firewall, routes and NAT exemptions for our subnet; ask for the peer's "
                 "traffic counters."),
              NULL, NULL, NULL, NULL);
    } else if (del_rx && delete_hits(del_rx, last_child_est)) {
      stage = "deleted", reason = "peer-delete";
      add_evidence(t, del_rx->ev);
      msg_set(&t->summary, N_("The tunnel was established; later the peer deleted it (Delete SA received)."),
              NULL, NULL, NULL, NULL);
      msg_set(&t->hint,
              N_("Nothing to change here if the peer was shut down or its SA lifetime ended; otherwise the "
                 "peer's log says why it deleted the tunnel."),
              NULL, NULL, NULL, NULL);
    } else if (terminate) {
      stage = "deleted", reason = "local-delete";
      add_evidence(t, terminate->ev);
      msg_set(&t->summary, N_("The tunnel was established, then taken down on this side (ipsec down)."),
              NULL, NULL, NULL, NULL);
    } else {
      reason = "established";
      msg_set(&t->summary,
              t->rekey ? N_("Phase 1 and phase 2 are established; the tunnel was also rekeyed successfully.")
                       : N_("Phase 1 and phase 2 are established."),
              NULL, NULL, NULL, NULL);
    }
  } else if (ike_est && t->rekey && !del_rx) {
    verdict = "established";
    for (guint i = 0; i < it->len; i++)
      if (g_array_index(it, item, i).s == S_IKE_EST) add_evidence(t, g_array_index(it, item, i).ev);
    stage = "rekey", reason = "ike-rekeyed";
    msg_set(&t->summary,
            N_("Phase 1 was rekeyed successfully (a new IKE SA replaced the old one); the Child SAs carry on "
               "under it."),
            NULL, NULL, NULL, NULL);
  } else if (ike_est && del_rx) {
    verdict = "partial";
    stage = "deleted", reason = "peer-delete";
    add_evidence(t, del_rx->ev);
    if (p2_started) {
      char nret[32];
      g_snprintf(nret, sizeof nret, "%d", retransmits);
      if (p2_init_ev) add_evidence(t, p2_init_ev);
      msg_set(&t->summary,
              N_("Phase 1 was established; our phase 2 request had no answer yet ({1} retransmits) when the "
                 "peer deleted the IKE SA (Delete received)."),
              nret, NULL, NULL, NULL);
      msg_set(&t->hint,
              N_("The peer ended the tunnel: ask why (ipsec down or a restart there, or a failure its log "
                 "shows). If phase 2 keeps getting no answer, compare leftsubnet=/rightsubnet=, esp= and pfs= "
                 "with the peer."),
              NULL, NULL, NULL, NULL);
    } else {
      msg_set(&t->summary, N_("Phase 1 was established; later the peer deleted it (Delete received)."), NULL,
              NULL, NULL, NULL);
      msg_set(&t->hint,
              N_("Nothing to change here if the peer was shut down or its SA lifetime ended; otherwise the "
                 "peer's log says why it deleted the tunnel."),
              NULL, NULL, NULL, NULL);
    }
  } else if (ike_est && (expired || last_delete) && !p2_started) {
    /* phase 1 came up and is gone now */
    verdict = "established";
    stage = "deleted", reason = expired ? "expired" : "local-delete";
    add_evidence(t, (expired ? expired : last_delete)->ev);
    msg_set(&t->summary,
            expired ? N_("Phase 1 was established; later its lifetime ended (IKE SA expired) and it was deleted.")
                    : N_("Phase 1 was established; later this side deleted it."),
            NULL, NULL, NULL, NULL);
  } else if (ike_est) {
    verdict = "established";
    reason = p2_started ? "child-in-progress" : "ike-established";
    for (guint i = 0; i < it->len; i++)
      if (g_array_index(it, item, i).s == S_IKE_EST) add_evidence(t, g_array_index(it, item, i).ev);
    if (p2_init_ev) add_evidence(t, p2_init_ev);
    msg_set(&t->summary,
            p2_started ? N_("Phase 1 is established; phase 2 (Quick Mode / Child SA) was started, and the log ends "
                            "before its result.")
                       : N_("Phase 1 is established; this log shows no phase 2 (IPsec) SA after it."),
            NULL, NULL, NULL, NULL);
    msg_set(&t->hint,
            N_("Nothing failed as far as this log goes. If the tunnel carries no traffic, look for the phase 2 "
               "lines later in this log or in the peer's log."),
            NULL, NULL, NULL, NULL);
  } else if (del_rx) {
    verdict = "unknown";
    stage = "deleted", reason = "peer-delete";
    add_evidence(t, del_rx->ev);
    if (expired) add_evidence(t, expired->ev);
    msg_set(&t->summary,
            N_("The peer deleted this tunnel's SA (Delete SA received); the log does not show it being set "
               "up."),
            NULL, NULL, NULL, NULL);
    msg_set(&t->hint,
            N_("Nothing to change here if the peer was shut down or its SA lifetime ended; otherwise the "
               "peer's log says why it deleted the tunnel."),
            NULL, NULL, NULL, NULL);
  } else if (terminate) {
    verdict = "unknown";
    stage = "deleted", reason = "local-delete";
    add_evidence(t, terminate->ev);
    msg_set(&t->summary, N_("The connection was taken down on this side (ipsec down or a restart)."), NULL,
            NULL, NULL, NULL);
  } else if (last_delete && !expired && deleted_by_shutdown(hc, last_delete->ev)) {
    verdict = "unknown";
    reason = "shutdown";
    add_evidence(t, last_delete->ev);
    msg_set(&t->summary,
            N_("pluto was shutting down (ipsec stop or a restart) and deleted this unfinished SA; it says "
               "nothing about the tunnel."),
            NULL, NULL, NULL, NULL);
  } else if (expired || last_delete) {
    const item *d = expired ? expired : last_delete;
    const char *st = pl_event_str(last_delete ? last_delete->ev : d->ev, PL_F_STATE);
    bool was_up = st && state_is_established(st);
    verdict = was_up ? "established" : "unknown";
    stage = "deleted", reason = expired ? "expired" : "local-delete";
    add_evidence(t, d->ev);
    if (was_up)
      msg_set(&t->summary,
              N_("This side deleted the SA (it was established: {1}), usually at the end of its lifetime or "
                 "for a rekey."),
              st, NULL, NULL, NULL);
    else
      msg_set(&t->summary,
              N_("This side deleted the SA before it was established (still in {1}): the end of an attempt "
                 "that got no answer or was given up."),
              st ? st : "?", NULL, NULL, NULL);
  } else {
    verdict = "unknown";
    reason = "in-progress";
    msg_set(&t->summary, N_("The negotiation started, but the log ends before any result."), NULL, NULL,
            NULL, NULL);
  }
  /* The peer deleted the established IKE SA well after phase 2 failed: what
   * ended the tunnel is the peer's Delete; the phase 2 failure becomes a note.
   * A Delete right after the failure (same second) is its consequence. */
  if (cause && del_rx && ike_est && established_before_cause && del_rx->ev->source == cause->ev->source &&
      del_rx->ev->line > cause->ev->line && !strcmp(verdict ? verdict : "", "partial")) {
    const pl_event *ce = cause->ev, *de = del_rx->ev;
    bool consequence = ce->time >= 0 && de->time >= 0 ? de->time - ce->time < G_USEC_PER_SEC
                                                      : de->line - ce->line <= 3;
    if (!consequence) {
      pl_msg *m = g_new0(pl_msg, 1);
      *m = t->summary; /* moved: the phase 2 failure, in its own words */
      memset(&t->summary, 0, sizeof t->summary);
      g_ptr_array_insert(t->notes, 0, m);
      char gap[32] = "?";
      if (ce->time >= 0 && de->time >= 0)
        g_snprintf(gap, sizeof gap, "%.1f s", (double) (de->time - ce->time) / G_USEC_PER_SEC);
      msg_set(&t->summary,
              ce->time >= 0 && de->time >= 0
                  ? N_("Phase 1 was established and phase 2 failed (see the note); {1} later the peer deleted "
                       "the IKE SA (Delete received).")
                  : N_("Phase 1 was established and phase 2 failed (see the note); later the peer deleted the "
                       "IKE SA (Delete received)."),
              gap, NULL, NULL, NULL);
      add_evidence(t, de);
      deleted_after = true;
      set_candidates(t, NULL, NULL, NULL, NULL); /* the stage is decided: deleted */
    }
  }
  (void) decisive;
  (void) responder;

  if (fail >= 0) stage = pl_ladder[fail];
  t->verdict = verdict ? verdict : "unknown";
  if (deleted_after) stage = "deleted", reason = "peer-delete";
  t->reason = reason;
  if (fail >= 0) reached = MIN(reached, fail - 1);
  if (!stage) stage = reached >= 0 ? pl_ladder[reached] : NULL;
  t->stage = stage;
  t->reached = reached >= 0 ? pl_ladder[reached] : NULL;
  for (int r = 0; r < PL_LADDER_N; r++)
    t->marks[r] = r <= reached ? PL_MARK_PASSED : r == fail ? PL_MARK_FAILED : PL_MARK_NOT_REACHED;
  if (t->rekey && !strcmp(t->verdict, "established"))
    add_note(t, N_("This attempt replaced an earlier SA (rekey)."), NULL, NULL);
  t->cause_ev = cause ? cause->ev : dpd ? dpd->ev : weak ? weak->ev : del_rx ? del_rx->ev : NULL;
  g_ptr_array_sort(t->evidence, ev_ptr_cmp);
  (void) hc;
  g_ptr_array_unref(refused);
}

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
      t->verdict = "unknown";
      t->reason = NULL;
      return;
    }
    add_evidence(t, first);
    t->source = first->source;
    t->first_line = first->line;
    t->cause_ev = first;
    t->first_time = t->last_time = first->time;
    t->verdict = "failed";
    t->stage = "daemon";
    t->reason = "pluto-bug";
    msg_set(&t->summary,
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
  t->verdict = "failed";
  const char *txt = ev_text(first);
  bool v2pkt = has(txt, "IKEv2") || has(txt, "IKE_SA_INIT") || has(txt, "parent SA");
  bool v1pkt = has(txt, "Main Mode") || has(txt, "Aggressive Mode") || has(txt, "IKEv1");
  const char *peer = peer_of(first);
  if (fs == S_F_VERSION && !g_strcmp0(pl_event_str(first, PL_F_REASON), "ikev1-policy")) {
    /* Libreswan 5: IKEv1 is off for the whole daemon */
    t->stage = "ike-version";
    t->reason = "ikev1-disabled";
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
    t->stage = "ike-version";
    t->reason = "ike-version-mismatch";
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
  t->stage = "no-connection";
  t->reason = "no-connection-configured";
  const char *auth = pl_event_str(first, PL_F_AUTH);
  char *authbuf = NULL;
  if (!auth) {
    const char *p = strstr(txt, "authby=");
    if (!p) p = strstr(txt, "authby ");
    if (!p) p = strstr(txt, "policy ");
    if (!p) p = strstr(txt, "policy=");
    if (p) {
      p = strpbrk(p, " =") + 1;
      gsize n = strcspn(p, " ,");
      authbuf = g_strndup(p, n);
      auth = authbuf;
    }
  }
  const char *what = has(txt, "Aggressive") ? "IKEv1 Aggressive Mode" : has(txt, "Main Mode") ? "IKEv1 Main Mode"
                     : v2pkt ? "IKEv2" : "IKE";
  msg_set(&t->summary,
          N_("An {1} request arrived from {2}, but no connection on this host is configured for that peer "
             "(authentication: {3})."),
          what, peer ? peer : "?", auth ? auth : "?", NULL);
  msg_set(&t->hint,
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
      has(ev_text(ev), "remote proposals ")) {
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
      g_string_append_printf(g, "%s%s", i ? ", " : "", t->candidates[i]);
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
    for (guint i = 0; sa->events && i < sa->events->len; i++) facts_from_event(d->facts, sa->events->pdata[i]);
  }

  if (!c->name) {
    pl_attempt *t = attempt_new();
    diagnose_hostlevel(c, hc, t);
    /* SAs whose lines name no connection ("#15: ..." in a hand-abridged
     * paste) are an attempt of their own when nothing host-level decided */
    if (strcmp(t->verdict, "unknown") || !c->sas->len) {
      g_ptr_array_add(d->attempts, t);
      d->main = t;
      if (!strcmp(t->verdict, "failed")) d->n_failed++;
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
      case S_F_UPDOWN: case S_F_ROUTE: case S_F_KERNEL: case S_TERMINATE: case S_DELETE_RX: case S_DPD_NO_P1:
      case S_F_CONFIG:
      case S_DPD_DEAD:
        telling = true;
        break;
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
      if (sa->first_time >= 0 && (t->first_time < 0 || sa->first_time < t->first_time)) t->first_time = sa->first_time;
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
      if (((group *) groups->pdata[j])->source == g->source) next_first = ((group *) groups->pdata[j])->first_line;
    for (guint i = 0; hc->shutdowns && i < hc->shutdowns->len; i++) {
      const src_line *sd = &g_array_index(hc->shutdowns, src_line, i);
      if (sd->source == g->source && sd->line > g->first_line && sd->line < next_first) t->interrupted = true;
    }
    g_ptr_array_add(d->attempts, t);
    if (!strcmp(t->verdict, "failed") || !strcmp(t->verdict, "partial")) d->n_failed++;
    if (!strcmp(t->verdict, "established")) d->n_established++;
    g_array_unref(g->items);
    g_ptr_array_unref(g->sas);
    g_free(g);
  }
  g_ptr_array_unref(groups);

  /* the verdict comes from the newest attempt with a result */
  pl_attempt *main = NULL;
  for (guint k = d->attempts->len; k-- > 0 && !main;) {
    pl_attempt *t = d->attempts->pdata[k];
    if (strcmp(t->verdict, "unknown")) main = t;
  }
  if (!main && d->attempts->len) main = d->attempts->pdata[d->attempts->len - 1];
  /* An attempt that pluto started again by itself (revival) and that a local
   * shutdown or ipsec down then cut short says less than the attempt whose
   * end made pluto start it: take that one, unless the new one finished. */
  for (;;) {
    guint k;
    if (!main || !main->interrupted || !strcmp(main->verdict, "failed") ||
        !strcmp(main->verdict, "established") || !g_ptr_array_find(d->attempts, main, &k) || k == 0)
      break;
    pl_attempt *prev = d->attempts->pdata[k - 1];
    if (!prev->revived || prev->source != main->source || !strcmp(prev->verdict, "unknown")) break;
    char ser[32];
    g_snprintf(ser, sizeof ser, "#%" G_GINT64_FORMAT, main->serial);
    add_note(prev, N_("pluto then started the connection again ({1}); a local shutdown cut that attempt short."),
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
  if (run && since && strcmp(main->verdict, "unknown")) {
    char ln[32], ser[32];
    g_snprintf(ln, sizeof ln, "%" G_GUINT64_FORMAT, run->line);
    g_snprintf(ser, sizeof ser, "#%" G_GINT64_FORMAT, since->serial);
    add_note(main,
             N_("pluto restarted at line {1}; the attempt since then ({2}) has no result yet in this log, so "
                "this verdict is the one from before the restart."),
             ln, ser);
  } else if (run && in_run && strcmp(main->verdict, "unknown")) {
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
    main->verdict = "unknown";
    main->stage = NULL;
    main->reason = "restarted";
    main->needs_peer_log = false;
    main->candidates[0] = NULL;
  }
  d->main = main;
  if (!main) {
    c->diag.verdict = "unknown";
    c->diag.reason = "no-activity";
    g_free(c->diag.summary);
    c->diag.summary = g_strdup("The connection was loaded, but this log shows no negotiation for it.");
    return;
  }
  for (guint k = d->attempts->len; k-- > 0;) {
    const pl_attempt *e = d->attempts->pdata[k];
    if (e == main || e->first_line > main->first_line || !e->reason || !strcmp(e->verdict, "established") ||
        !strcmp(e->verdict, "unknown") || !main->reason || !strcmp(e->reason, main->reason))
      continue;
    char ser[32];
    g_snprintf(ser, sizeof ser, "#%" G_GINT64_FORMAT, e->serial);
    add_note(main, N_("An earlier attempt ({1}) stopped with: {2}."), ser, e->reason);
    break;
  }
  if (!strcmp(main->verdict, "established") && d->n_failed)
  {
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
  if (strcmp(t->verdict, "failed") && strcmp(t->verdict, "partial")) return false;
  static const char *const weak_stages[] = {"deleted", "rekey", "reachability", "liveness", "unknown"};
  for (gsize i = 0; i < G_N_ELEMENTS(weak_stages); i++)
    if (!strcmp(t->stage, weak_stages[i])) return false;
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
        if (ut >= 0 && ut >= t->first_time - slack && ut <= MAX(t->last_time, t->first_time) + slack) best = u;
      }
    }
  }
  if (!best && paired && t->first_time < 0 && attempt_definite(d->main) && d->main->cause_ev->time < 0)
    best = d->main;
  return best;
}

static const char *explain_template(const char *stage) {
  static const struct { const char *stage, *fmt; } t[] = {
      {"traffic-selectors", N_("The peer's log ({1}) shows that it refused our subnets: {2}")},
      {"phase2-proposal", N_("The peer's log ({1}) shows that it refused our phase 2 proposal: {2}")},
      {"phase1-proposal", N_("The peer's log ({1}) shows that it refused our phase 1 (IKE) proposal: {2}")},
      {"authentication", N_("The peer's log ({1}) shows that authentication failed there: {2}")},
      {"identity", N_("The peer's log ({1}) shows that the IDs do not match: {2}")},
      {"kernel-updown",
       N_("The peer's log ({1}) shows that it accepted the negotiation, but its kernel could not install the "
          "IPsec SA: {2}")},
      {"ike-version", N_("The peer's log ({1}) shows that it does not accept our IKE version: {2}")},
      {"no-connection", N_("The peer's log ({1}) shows that it has no connection configured for us: {2}")},
  };
  for (gsize i = 0; i < G_N_ELEMENTS(t); i++)
    if (!strcmp(stage, t[i].stage)) return t[i].fmt;
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

/* t (of conn x) could only guess; u (of conn y, the other host) names the cause. */
static void explain_by_peer(const pl_analysis *a, pl_conn *x, pl_attempt *t, const pl_conn *y,
                            const pl_attempt *u) {
  char *who = host_label(a, y, u);
  char *line = line_text(u->cause_ev);
  /* what this log alone says stays, as the first note */
  pl_msg *old = g_new0(pl_msg, 1);
  *old = t->summary;
  memset(&t->summary, 0, sizeof t->summary);
  g_ptr_array_insert(t->notes, 0, old);
  msg_set(&t->summary, explain_template(u->stage), who, line, NULL, NULL);
  msg_clear(&t->hint); /* our guess is answered: the change is the peer's (below) */
  msg_copy(&t->peer_hint, &u->hint);
  g_free(t->peer_log);
  t->peer_log = who;
  t->needs_peer_log = false;
  t->candidates[0] = NULL;
  t->stage = u->stage;
  t->reason = u->reason;
  memcpy(t->marks, u->marks, sizeof t->marks);
  t->reached = u->reached;
  add_evidence(t, u->cause_ev);
  for (guint i = 0; i < u->evidence->len && i < 3; i++) add_evidence(t, u->evidence->pdata[i]);
  g_ptr_array_sort(t->evidence, ev_ptr_cmp);
  g_free(line);
  set_diag_from(x, t);
}

static void explain_pairs(pl_analysis *a) {
  GHashTable *keys = g_hash_table_new(g_direct_hash, g_direct_equal);
  for (guint i = 0; i < a->conns->len; i++) g_hash_table_add(keys, (gpointer) host_key(a->conns->pdata[i]));
  guint nhosts = g_hash_table_size(keys);
  g_hash_table_destroy(keys);
  if (nhosts < 2) return;
  pl_correlation *tmp = NULL;
  const pl_correlation *cor = pl_correlation_get(a, &tmp);
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *x = a->conns->pdata[i];
    pl_diag_detail *d = x->diag_extra_free == detail_free ? x->diag_extra : NULL;
    pl_attempt *t = d ? d->main : NULL;
    if (!x->name || !t || !t->needs_peer_log) continue;
    const pl_conn_match *m = pl_correlation_find(cor, x);
    const pl_conn *y = m ? (m->a == x ? m->b : m->a) : NULL;
    const pl_attempt *u = y && host_key(y) != host_key(x) ? peer_attempt(t, y, true) : NULL;
    /* packets the other host had no connection for are not paired: match by time */
    for (guint k = 0; !u && k < a->conns->len; k++) {
      const pl_conn *z = a->conns->pdata[k];
      if (z == x || host_key(z) == host_key(x) || (z->name && pl_correlation_find(cor, z))) continue;
      u = peer_attempt(t, z, false);
      if (u) y = z;
    }
    if (u) explain_by_peer(a, x, t, y, u);
  }
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
  for (guint i = 0; i < a->conns->len; i++) {
    const pl_conn *c = a->conns->pdata[i];
    for (guint k = 0; !c->name && k < c->events->len; k++) {
      const pl_event *ev = c->events->pdata[k];
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
      g_hash_table_insert(hosts, (gpointer) key, hc);
    }
    int v = c->ike_version;
    for (guint k = 0; k < c->events->len; k++) {
      const pl_event *ev = c->events->pdata[k];
      gint64 iv;
      if (ev->kind == PL_EV_CONN_ADDED && pl_event_int(ev, PL_F_IKE_VERSION, &iv)) v = (int) iv;
      else if (ev->kind == PL_EV_CONN_ADDED && has(ev_text(ev), "IKEv1")) v = 1;
      else if (ev->kind == PL_EV_CONN_ADDED && has(ev_text(ev), "IKEv2")) v = 2;
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
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *c = a->conns->pdata[i];
    host_conf *hc = g_hash_table_lookup(hosts, host_key(c));
    diagnose_conn(c, hc ? hc : &none);
  }
  g_hash_table_destroy(hosts);
  g_array_unref(shutdowns);
  g_array_unref(runs);
  explain_pairs(a);
}

static int verdict_rank(const char *v) {
  if (!v) return 4;
  if (!strcmp(v, "failed")) return 0;
  if (!strcmp(v, "partial")) return 1;
  if (!strcmp(v, "established")) return 2;
  return 3;
}

/* How much a connection says about "what happened", for the outcome:
 * 0 failed or partial, 2 deleted, 3 established, 4 in progress, 5 nothing. */
static int outcome_rank(const pl_conn *c) {
  const char *v = c->diag.verdict ? c->diag.verdict : "unknown";
  if (!strcmp(v, "failed") || !strcmp(v, "partial")) return 0;
  if (c->diag.stage && !strcmp(c->diag.stage, "deleted")) return 2;
  if (!strcmp(v, "established")) return 3;
  if (c->diag.reason && !strcmp(c->diag.reason, "in-progress")) return 4;
  return 5;
}

/* Host-level lines that show a negotiation going on (a peer's packets). */
static bool host_negotiating(const pl_conn *c) {
  for (guint i = 0; i < c->events->len; i++) {
    const pl_event *ev = c->events->pdata[i];
    switch (ev->kind) {
    case PL_EV_VENDOR_ID: case PL_EV_PACKET: case PL_EV_NAT: case PL_EV_RESPOND: case PL_EV_INITIATE:
    case PL_EV_PEER_ID: case PL_EV_NOTIFY_RECEIVED: case PL_EV_INFORMATIONAL:
      return true;
    default: break;
    }
  }
  return false;
}

pl_outcome pl_diagnose_outcome(const pl_analysis *a) {
  pl_outcome o = {"none", NULL};
  const pl_conn *best = NULL, *host = NULL;
  int br = 6;
  for (guint i = 0; i < a->conns->len; i++) {
    const pl_conn *c = a->conns->pdata[i];
    if (!c->name) {
      if (!host || (c->diag.verdict && !strcmp(c->diag.verdict, "failed"))) host = c;
      continue;
    }
    int r = outcome_rank(c);
    /* the same rank: the newer connection (a restart's run is today's) */
    if (r < br || (r == br && r > 0 && best && c->last_line >= best->last_line && c->source >= best->source))
      best = c, br = r;
  }
  bool host_failed = host && host->diag.verdict && !strcmp(host->diag.verdict, "failed") && host->diag.stage;
  if (best && br == 0) {
    o.result = best->diag.stage ? best->diag.stage : "unknown";
    o.conn = best;
  } else if (host_failed) {
    o.result = host->diag.stage;
    o.conn = host;
  } else if (best && br == 2) {
    o.result = "deleted", o.conn = best;
  } else if (best && br == 3) {
    o.result = "established", o.conn = best;
  } else if ((best && br == 4) || (host && host_negotiating(host))) {
    o.result = "in-progress", o.conn = best && br == 4 ? best : NULL;
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
