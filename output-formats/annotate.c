/* -f annotate: the log reproduced line for line, with the field guide's
 * arrow notes under the lines that matter (see include/annotate.h).
 *
 * Notes are made while reading (a line sink), from the line's event and
 * what earlier lines said: the role of each SA, whether its phase 1 is up,
 * the address the peer's packets come from.  Nothing here waits for the
 * diagnosis, so the view can be streamed; the diagnosis closes it.
 *
 * Which note a kind of event gets is a table indexed by kind, not a
 * switch: kinds added to events.def later simply get no note until one is
 * written (their lines are still reproduced).
 *
 * Folding: a run of lines without tunnel events (debug, other programs,
 * pluto start-up) gets one note with the count; an event that repeats
 * itself for the same SA (retransmissions, the same notification, the same
 * warning) is annotated once, and the repeats are counted in one note that
 * comes when the SA moves on, or at the end. */
#include "annotate.h"
#include "algs.h"
#include "phrases.h"
#include "diagnose.h"

#include <string.h>

#define C_RED "\033[31m"
#define C_GREEN "\033[32m"
#define C_YELLOW "\033[33m"
#define C_CYAN "\033[36m"
#define C_DIM "\033[2m"
#define C_BOLD "\033[1m"
#define C_OFF "\033[0m"

/* the column notes start in: under the text, past the line number */
#define NOTE_INDENT "          "
#define MAX_FOLDS 32
#define MAX_SAS 8192

typedef enum { T_INFO, T_OK, T_WARN, T_BAD, T_DIM } tone;

/* ---- state ----------------------------------------------------------------- */

typedef struct {
  const char *host;
  gint64 proc, serial;
} sa_key;

typedef struct {
  pl_role role;
  bool child; /* an IPsec / Child SA */
  bool established;
  bool p2_context; /* a phase-2 question was raised on it (proposed subnets, refused ESP) */
  gint64 parent;
} sa_info;

typedef struct {
  const char *host, *conn, *instance;
} conn_key;

typedef struct {
  const char *peer; /* interned: the address the peer's packets come from */
} conn_info;

typedef struct {
  sa_key k;
  const char *conn;
  pl_event_kind kind;
  char *what; /* what repeats: a state, a notification, a text */
  guint32 source;
  guint64 first, last;
  guint count;
  double secs_first, secs_last;
} fold;

typedef struct {
  pl_analysis *a;
  pl_output_opts o;
  FILE *stream;
  GString *doc; /* the view so far (memory mode) */
  GString *cur; /* what one line adds (stream mode) */
  guint32 source;
  bool any_line;
  /* a run of lines without tunnel events */
  guint32 noise_source;
  guint64 noise_first, noise_last;
  guint noise_n, noise_debug, noise_other, noise_daemon, noise_empty;
  GHashTable *sas;   /* sa_key* -> sa_info* */
  GHashTable *conns; /* conn_key* -> conn_info* */
  GPtrArray *folds;  /* fold*, oldest first */
  bool told_updown;  /* the _updown reminder is given once */
} annot;

static guint sa_hash(gconstpointer p) {
  const sa_key *k = p;
  guint64 h = (guint64) (guintptr) k->host * 0x9E3779B97F4A7C15ull ^
              (guint64) k->proc * 0xC2B2AE3D27D4EB4Full ^ (guint64) k->serial * 0x165667B19E3779F9ull;
  return (guint) (h ^ (h >> 31));
}
static gboolean sa_equal(gconstpointer a, gconstpointer b) {
  const sa_key *x = a, *y = b;
  return x->host == y->host && x->proc == y->proc && x->serial == y->serial;
}
static guint conn_hash(gconstpointer p) {
  const conn_key *k = p;
  guint64 h = (guint64) (guintptr) k->host * 0x9E3779B97F4A7C15ull ^
              (guint64) (guintptr) k->conn * 0xC2B2AE3D27D4EB4Full ^
              (guint64) (guintptr) k->instance * 0x165667B19E3779F9ull;
  return (guint) (h ^ (h >> 31));
}
static gboolean conn_equal(gconstpointer a, gconstpointer b) {
  const conn_key *x = a, *y = b;
  return x->host == y->host && x->conn == y->conn && x->instance == y->instance;
}

static sa_key key_of(const pl_event *ev) {
  sa_key k = {ev->host, ev->pid >= 0 ? ev->pid : -1 - (gint64) ev->source, ev->serial};
  return k;
}

static sa_info *sa_get_key(annot *x, const sa_key *kp) {
  sa_key k = *kp;
  sa_info *s = g_hash_table_lookup(x->sas, &k);
  if (s) return s;
  /* bounded: SAs are forgotten when deleted; a log that never says so
   * only costs the roles of old SAs */
  if (g_hash_table_size(x->sas) >= MAX_SAS) g_hash_table_remove_all(x->sas);
  s = g_new0(sa_info, 1);
  g_hash_table_insert(x->sas, g_memdup2(&k, sizeof k), s);
  return s;
}

static sa_info *sa_get(annot *x, const pl_event *ev) {
  if (ev->serial <= 0) return NULL;
  sa_key k = key_of(ev);
  return sa_get_key(x, &k);
}

static conn_info *conn_get(annot *x, const pl_event *ev) {
  conn_key k = {ev->host, ev->conn, ev->instance};
  conn_info *c = g_hash_table_lookup(x->conns, &k);
  if (c) return c;
  if (g_hash_table_size(x->conns) >= MAX_SAS) g_hash_table_remove_all(x->conns);
  c = g_new0(conn_info, 1);
  g_hash_table_insert(x->conns, g_memdup2(&k, sizeof k), c);
  return c;
}

static void fold_free(gpointer p) {
  fold *f = p;
  g_free(f->what);
  g_free(f);
}

/* ---- notes ------------------------------------------------------------------- */

const char *pl_ann_topic_label(pl_ann_topic t) {
  static const char *const labels[PL_ANN__COUNT] = {
      [PL_ANN_NONE] = NULL,
      [PL_ANN_PEER_ADDR] = N_("the peer's address and NAT"),
      [PL_ANN_PEER_ID] = N_("the peer's ID"),
      [PL_ANN_P1] = N_("the peer's phase 1 settings"),
      [PL_ANN_P2] = N_("the peer's phase 2 settings"),
      [PL_ANN_SUBNETS] = N_("the peer's subnets"),
      [PL_ANN_ESTABLISHED] = N_("established"),
      [PL_ANN_FAILURE] = N_("cause of failure"),
      [PL_ANN_LIFETIME] = N_("lifetime"),
      [PL_ANN_OURS] = N_("this side's setting"),
  };
  return t < PL_ANN__COUNT ? labels[t] : NULL;
}

static const char *tone_color(tone t) {
  switch (t) {
  case T_OK: return C_GREEN;
  case T_WARN: return C_YELLOW;
  case T_BAD: return C_RED;
  case T_DIM: return C_DIM;
  case T_INFO: return C_CYAN;
  }
  return C_CYAN;
}

/* A template (msgid) with {1}..{4}; arguments are log text, made safe. */
static void render(GString *out, const char *msgid, const char *a1, const char *a2, const char *a3,
                   const char *a4) {
  const char *args[4] = {a1, a2, a3, a4};
  for (const char *p = _(msgid); *p; p++) {
    if (p[0] == '{' && p[1] >= '1' && p[1] <= '4' && p[2] == '}') {
      const char *v = args[p[1] - '1'];
      pl_term_safe(out, v ? v : "?", -1);
      p += 2;
    } else {
      g_string_append_c(out, *p);
    }
  }
}

/* The buffer the current line's output goes to. */
static GString *sink_buf(annot *x) { return x->stream ? x->cur : x->doc; }

/* One note line: "↑ [stage] topic: text ↑".  stage and topic may be NULL. */
static void note(annot *x, tone t, pl_stage stage, pl_ann_topic topic, const char *msgid, const char *a1,
                 const char *a2, const char *a3, const char *a4) {
  GString *out = sink_buf(x);
  g_string_append(out, NOTE_INDENT);
  if (x->o.color) g_string_append(out, tone_color(t));
  g_string_append(out, "↑ ");
  if (stage) {
    g_string_append_c(out, '[');
    g_string_append(out, _(pl_stage_label(stage)));
    g_string_append(out, "] ");
  }
  const char *label = pl_ann_topic_label(topic);
  if (label) {
    g_string_append(out, _(label));
    g_string_append(out, _(": "));
  }
  render(out, msgid, a1, a2, a3, a4);
  g_string_append(out, " ↑");
  if (x->o.color) g_string_append(out, C_OFF);
  g_string_append_c(out, '\n');
}

static const char *S(const pl_event *ev, pl_field_id f) { return pl_event_str(ev, f); }

/* The exchange as pluto's own messages name it. */
static const char *exchange_name(pl_exchange x) { return x ? pl_exchange_pluto_name(x) : "IKE"; }

/* "192.168.200.0/24===192.0.2.1[+S?C]" -> the subnet; *gw gets the gateway part. */
static char *ts_subnet(const char *s, bool local, char **gw) {
  *gw = NULL;
  if (!s) return NULL;
  const char *sep = local ? strstr(s, "===") : g_strrstr(s, "===");
  if (!sep) return g_strdup(s);
  char *g = local ? g_strdup(sep + 3) : g_strndup(s, (gsize) (sep - s));
  char *br = strchr(g, '[');
  if (br) *br = 0;
  *gw = g;
  return local ? g_strndup(s, (gsize) (sep - s)) : g_strdup(sep + 3);
}

static bool has(const char *s, const char *needle) { return s && strstr(s, needle); }

static char *num(gint64 v) { return g_strdup_printf("%" G_GINT64_FORMAT, v); }

/* "3600.01 s" / "1 h 0 min" */
static char *duration(double s) {
  if (s >= 3600) return g_strdup_printf("%.0f s (%.1f h)", s, s / 3600);
  if (s >= 60) return g_strdup_printf("%.0f s (%.1f min)", s, s / 60);
  return g_strdup_printf("%.3g s", s);
}

static const char *role_words(pl_role r) {
  if (r == PL_ROLE_INITIATOR) return _("initiator (we connect out)");
  if (r == PL_ROLE_RESPONDER) return _("responder (the peer connects in)");
  return _("role not known yet");
}

static pl_role role_of(const pl_event *ev, const sa_info *sa) {
  pl_role r = pl_event_role(ev);
  if (r) return r;
  const char *st = S(ev, PL_F_STATE);
  if (st) {
    gsize n = strlen(st);
    for (gsize i = n; i-- > 0;)
      if (st[i] == '_') {
        if (st[i + 1] == 'I') return PL_ROLE_INITIATOR;
        if (st[i + 1] == 'R') return PL_ROLE_RESPONDER;
        break;
      }
  }
  return sa ? sa->role : PL_ROLE_UNKNOWN;
}

/* "AES_CBC_128 / HMAC_SHA2_256 / MODP1024" plus the ike= it means. */
static char *p1_text(const pl_event *ev) {
  GString *s = g_string_new(NULL);
  const char *auth = S(ev, PL_F_AUTH), *cipher = S(ev, PL_F_CIPHER), *integ = S(ev, PL_F_INTEG),
             *prf = S(ev, PL_F_PRF), *group = S(ev, PL_F_GROUP);
  if (integ && (!strcmp(integ, "n/a") || !strcmp(integ, "none"))) integ = NULL; /* AEAD */
  gint64 keylen = pl_event_int_or(ev, PL_F_KEYLEN, 0);
  if (auth) g_string_append_printf(s, "%s, ", auth);
  if (cipher) {
    g_string_append(s, cipher);
    if (keylen > 0) g_string_append_printf(s, " %" G_GINT64_FORMAT, keylen);
  }
  if (integ) g_string_append_printf(s, "%s%s", s->len ? " / " : "", integ);
  if (prf && g_strcmp0(prf, integ)) g_string_append_printf(s, "%s%s", s->len ? " / " : "", prf);
  if (group) g_string_append_printf(s, "%s%s", s->len ? " / " : "", group);
  char *ike = cipher ? pl_alg_ike(cipher, keylen, prf, integ, group, NULL) : NULL;
  if (ike) g_string_append_printf(s, " (ike=%s)", ike);
  g_free(ike);
  return g_string_free(s, FALSE);
}

/* "AES_CBC_128-HMAC_SHA2_256_128 (esp=aes128-sha2_256)" */
static char *p2_text(const char *xfrm) {
  if (!xfrm) return NULL;
  char *dh = NULL;
  char *esp = pl_alg_esp(xfrm, &dh, NULL);
  char *r =
      esp ? g_strdup_printf("%s (esp=%s%s%s)", xfrm, esp, dh ? ", pfs " : "", dh ? dh : "") : g_strdup(xfrm);
  g_free(esp);
  g_free(dh);
  return r;
}

static const char *notify_meaning(const char *n) {
  static const struct {
    const char *name, *meaning;
  } t[] = {
      {"NO_PROPOSAL_CHOSEN", N_("none of the proposals is acceptable")},
      {"INVALID_ID_INFORMATION", N_("the ID (phase 1) or the subnets (phase 2) are not accepted")},
      {"AUTHENTICATION_FAILED", N_("authentication failed: pre-shared keys or certificates differ")},
      {"TS_UNACCEPTABLE", N_("the subnets are not accepted")},
      {"INVALID_KE_PAYLOAD", N_("another DH group is wanted; the initiator retries with it")},
      {"INITIAL_CONTACT", N_("the peer has no other SA with us (first contact or a restart): normal")},
      {"PAYLOAD_MALFORMED", N_("the message could not be read: often different pre-shared keys")},
      {"INVALID_PAYLOAD_TYPE", N_("the message could not be read: often different pre-shared keys")},
      {"INVALID_HASH_INFORMATION", N_("the keys do not match")},
      {"INVALID_KEY_INFORMATION", N_("the keys do not match")},
      {"INVALID_MAJOR_VERSION", N_("the IKE version is not accepted")},
      {"R_U_THERE", N_("dead peer detection (DPD) probe")},
      {"SINGLE_PAIR_REQUIRED", N_("only one pair of subnets is accepted")},
      {"INTERNAL_ADDRESS_FAILURE", N_("no address could be assigned (ModeCfg / CP)")},
      {"FAILED_CP_REQUIRED", N_("the peer requires an address assignment (CP) we did not ask for")},
  };
  for (gsize i = 0; n && i < G_N_ELEMENTS(t); i++)
    if (strstr(n, t[i].name)) return t[i].meaning;
  return NULL;
}

static bool notify_is_error(const char *n) {
  return n && !has(n, "INITIAL_CONTACT") && !has(n, "R_U_THERE") && !has(n, "NAT_DETECTION") &&
         !has(n, "COOKIE") && !has(n, "REDIRECT") && !has(n, "USE_TRANSPORT") && !has(n, "ESP_TFC") &&
         !has(n, "FRAGMENTATION") && !has(n, "SIGNATURE_HASH") && !has(n, "IPCOMP");
}

/* The ladder stage a notification speaks of. */
static pl_stage notify_stage(const char *n, const sa_info *sa) {
  bool p2 = sa && (sa->child || sa->established || sa->p2_context);
  if (has(n, "NO_PROPOSAL_CHOSEN")) return p2 ? PL_STAGE_PHASE2_PROPOSAL : PL_STAGE_PHASE1_PROPOSAL;
  if (has(n, "INVALID_ID_INFORMATION")) return p2 ? PL_STAGE_TRAFFIC_SELECTORS : PL_STAGE_IDENTITY;
  if (has(n, "AUTHENTICATION_FAILED") || has(n, "PAYLOAD_MALFORMED") || has(n, "INVALID_HASH") ||
      has(n, "INVALID_KEY_INFO"))
    return PL_STAGE_AUTHENTICATION;
  if (has(n, "TS_UNACCEPTABLE") || has(n, "SINGLE_PAIR")) return PL_STAGE_TRAFFIC_SELECTORS;
  if (has(n, "INVALID_MAJOR_VERSION")) return PL_STAGE_IKE_VERSION;
  if (has(n, "R_U_THERE")) return PL_STAGE_LIVENESS;
  return PL_STAGE_NONE;
}

/* What a retransmission / timeout in this state means, and its stage. */
static const char *wait_meaning(const char *state, pl_stage *stage) {
  const char *s = state ? state : "";
  if (g_str_has_prefix(s, "STATE_")) s += 6;
  if (g_str_has_prefix(s, "V2_")) s += 3;
  if (!strcmp(s, "MAIN_I1") || !strcmp(s, "AGGR_I1") || !strcmp(s, "PARENT_I1") ||
      !strcmp(s, "IKE_SA_INIT_I")) {
    *stage = PL_STAGE_REACHABILITY;
    return N_(
        "no answer to our first message: the peer is unreachable (UDP 500/4500 blocked, wrong address), "
        "or it silently refuses our IKE version or phase 1 proposal");
  }
  if (!strcmp(s, "MAIN_I2")) {
    *stage = PL_STAGE_AUTHENTICATION;
    return N_("the peer stopped answering after the key exchange");
  }
  if (!strcmp(s, "MAIN_I3") || !strcmp(s, "PARENT_I2") || !strcmp(s, "IKE_AUTH_I")) {
    *stage = PL_STAGE_AUTHENTICATION;
    return N_("no answer to our encrypted message (ID and proof of the key): the pre-shared keys differ, "
              "or the peer does not accept our ID");
  }
  if (!strcmp(s, "QUICK_I1")) {
    *stage = PL_STAGE_TRAFFIC_SELECTORS;
    return N_("no answer to our phase 2 request: the peer refuses our subnets or our phase 2 proposal "
              "(the peer's log says which)");
  }
  if (!strcmp(s, "MAIN_R2") || !strcmp(s, "AGGR_R1")) {
    *stage = PL_STAGE_AUTHENTICATION;
    return N_("the peer did not continue after our key exchange: it could not read our answer, "
              "often because the pre-shared keys differ");
  }
  if (!strcmp(s, "MAIN_R1")) {
    *stage = PL_STAGE_PHASE1_PROPOSAL;
    return N_("the peer did not continue after we accepted its proposal");
  }
  *stage = PL_STAGE_NONE;
  return N_("the peer did not answer");
}

/* ---- the notes of each kind ------------------------------------------------------ */

typedef struct {
  annot *x;
  const pl_event *ev;
  sa_info *sa;
  conn_info *ci;
} ctx;

typedef void (*note_fn)(ctx *c);

#define N(t, stage, topic, msgid, a1, a2, a3, a4) note(c->x, t, stage, topic, msgid, a1, a2, a3, a4)

static void n_conn_added(ctx *c) {
  char *v = num(pl_event_int_or(c->ev, PL_F_IKE_VERSION, 0));
  if (pl_event_int_or(c->ev, PL_F_IKE_VERSION, 0) > 0)
    N(T_INFO, PL_STAGE_IKE_VERSION, PL_ANN_OURS,
      N_("connection loaded, IKEv{1}: the peer must use the same IKE version"), v, NULL, NULL, NULL);
  else N(T_INFO, PL_STAGE_IKE_VERSION, PL_ANN_OURS, N_("connection loaded"), NULL, NULL, NULL, NULL);
  g_free(v);
}

static void n_conn_proposal(ctx *c) {
  N(T_INFO, PL_STAGE_NONE, PL_ANN_OURS, N_("this side offers {1} (our ike=/esp=)"), S(c->ev, PL_F_PROPOSAL),
    NULL, NULL, NULL);
}

static void n_conn_terminating(ctx *c) {
  (void) c;
  N(T_WARN, PL_STAGE_DELETED, PL_ANN_NONE,
    N_("we take the connection down ourselves (ipsec down, or the connection was replaced)"), NULL, NULL,
    NULL, NULL);
}

static void n_conn_warning(ctx *c) {
  const char *t = S(c->ev, PL_F_TEXT);
  N(T_WARN, PL_STAGE_NONE, PL_ANN_OURS, N_("configuration warning: {1}"), t ? t : c->ev->text, NULL, NULL,
    NULL);
}

static void n_conn_add_failed(ctx *c) {
  const char *t = S(c->ev, PL_F_REASON);
  if (!t) t = S(c->ev, PL_F_TEXT);
  N(T_BAD, PL_STAGE_NONE, PL_ANN_FAILURE, N_("the connection could not be loaded: {1}"), t ? t : c->ev->text,
    NULL, NULL, NULL);
}

static void n_initiate(ctx *c) {
  const pl_event *ev = c->ev;
  pl_exchange x = pl_event_exchange(ev);
  char *rep = pl_event_int(ev, PL_F_REPLACES, NULL) ? num(pl_event_int_or(ev, PL_F_REPLACES, 0)) : NULL;
  char *par = pl_event_int(ev, PL_F_PARENT, NULL) ? num(pl_event_int_or(ev, PL_F_PARENT, 0)) : NULL;
  if (pl_exchange_child(x)) {
    const char *pfs = S(ev, PL_F_PFSGROUP);
    N(T_INFO, PL_STAGE_TRAFFIC_SELECTORS, PL_ANN_NONE,
      N_("we connect out, phase 2: we ask the peer for an IPsec SA over IKE SA #{1}"), par, NULL, NULL, NULL);
    if (S(ev, PL_F_PROPOSAL))
      N(T_INFO, PL_STAGE_NONE, PL_ANN_OURS, N_("our phase 2 proposal: {1}, PFS: {2}"), S(ev, PL_F_PROPOSAL),
        pfs ? pfs : "?", NULL, NULL);
  } else {
    const char *peer = S(ev, PL_F_PEER);
    if (x == PL_EXCHANGE_AGGRESSIVE)
      N(T_INFO, PL_STAGE_IKE_VERSION, PL_ANN_NONE,
        N_("we connect out, phase 1 in Aggressive Mode: our proposal and our ID go out together, "
           "so the peer checks the ID first"),
        NULL, NULL, NULL, NULL);
    else {
      if (!peer) peer = c->ci->peer;
      if (peer)
        N(T_INFO, PL_STAGE_IKE_VERSION, PL_ANN_NONE,
          N_("we connect out: we start phase 1 ({1}) with the peer {2}"), exchange_name(x), peer, NULL, NULL);
      else
        N(T_INFO, PL_STAGE_IKE_VERSION, PL_ANN_NONE, N_("we connect out: we start phase 1 ({1})"),
          exchange_name(x), NULL, NULL, NULL);
    }
  }
  if (rep)
    N(T_INFO, PL_STAGE_REKEY, PL_ANN_NONE,
      N_("this replaces #{1} (rekey: the old SA is near the end of its lifetime)"), rep, NULL, NULL, NULL);
  g_free(rep);
  g_free(par);
}

static void n_respond(ctx *c) {
  const pl_event *ev = c->ev;
  pl_exchange x = pl_event_exchange(ev);
  const char *peer = S(ev, PL_F_PEER);
  if (pl_exchange_child(x))
    N(T_OK, PL_STAGE_TRAFFIC_SELECTORS, PL_ANN_NONE,
      N_("the peer connects in, phase 2: it asks for an IPsec SA and we accept its subnets and proposal"),
      NULL, NULL, NULL, NULL);
  else if (peer || c->ci->peer)
    N(T_INFO, PL_STAGE_IKE_VERSION, PL_ANN_NONE,
      N_("the peer {1} connects in: it starts phase 1 ({2}) and we answer, so the IKE version matches"),
      peer ? peer : c->ci->peer, exchange_name(x), NULL, NULL);
  else
    N(T_INFO, PL_STAGE_IKE_VERSION, PL_ANN_NONE,
      N_("the peer connects in: it starts phase 1 ({1}) and we answer, so the IKE version matches"),
      exchange_name(x), NULL, NULL, NULL);
}

static void n_sent(ctx *c) {
  const pl_event *ev = c->ev;
  pl_exchange x = pl_event_exchange(ev);
  const char *st = S(ev, PL_F_STORY);
  if (!x || !st) return;
  bool v1 = x == PL_EXCHANGE_MAIN || x == PL_EXCHANGE_AGGRESSIVE;
  if (v1 && !strcmp(st, "request")) {
    N(T_INFO, PL_STAGE_PHASE1_PROPOSAL, PL_ANN_NONE,
      N_("we sent our phase 1 proposal; the peer must accept one of its transforms"), NULL, NULL, NULL, NULL);
  } else if (v1 && !strcmp(st, "I2")) {
    N(T_OK, PL_STAGE_PHASE1_PROPOSAL, PL_ANN_NONE,
      N_("the peer accepted our phase 1 proposal; we sent the key exchange"), NULL, NULL, NULL, NULL);
  } else if (v1 && !strcmp(st, "I3")) {
    N(T_INFO, PL_STAGE_AUTHENTICATION, PL_ANN_NONE,
      N_("key exchange done; we sent our ID and the proof of our pre-shared key, encrypted: "
         "if the keys differ the peer cannot read it"),
      NULL, NULL, NULL, NULL);
  } else if (v1 && !strcmp(st, "R1")) {
    N(T_OK, PL_STAGE_PHASE1_PROPOSAL, PL_ANN_NONE, N_("we accepted the peer's phase 1 proposal and answered"),
      NULL, NULL, NULL, NULL);
  } else if (v1 && !strcmp(st, "R2")) {
    N(T_INFO, PL_STAGE_AUTHENTICATION, PL_ANN_NONE,
      N_("we sent our key exchange; the peer's next message (its ID) is encrypted with the pre-shared key"),
      NULL, NULL, NULL, NULL);
  } else if (v1 && (!strcmp(st, "response") || !strcmp(st, "R1"))) {
    N(T_OK, PL_STAGE_IDENTITY, PL_ANN_NONE,
      N_("we accepted the peer's proposal and ID and answered with ours"), NULL, NULL, NULL, NULL);
  } else if (x == PL_EXCHANGE_QUICK && !strcmp(st, "request")) {
    N(T_INFO, PL_STAGE_TRAFFIC_SELECTORS, PL_ANN_NONE,
      N_("we sent our phase 2 request (subnets and proposal); the peer checks both"), NULL, NULL, NULL, NULL);
  } else if (x == PL_EXCHANGE_QUICK) {
    char *p2 = p2_text(S(ev, PL_F_XFRM));
    if (p2)
      N(T_OK, PL_STAGE_PHASE2_PROPOSAL, PL_ANN_P2,
        N_("{1} — accepted; SPI to the peer {2}, from the peer {3}"), p2, S(ev, PL_F_SPI_OUT),
        S(ev, PL_F_SPI_IN), NULL);
    N(T_INFO, PL_STAGE_PHASE2_PROPOSAL, PL_ANN_NONE,
      N_("we answered the peer's phase 2 request and installed the inbound SA; waiting for its confirmation"),
      NULL, NULL, NULL, NULL);
    g_free(p2);
  } else if ((x == PL_EXCHANGE_IKE_SA_INIT || x == PL_EXCHANGE_IKE_AUTH) && S(ev, PL_F_CIPHER)) {
    char *p1 = p1_text(ev);
    N(T_OK, PL_STAGE_PHASE1_PROPOSAL, PL_ANN_P1, N_("{1} — agreed"), p1, NULL, NULL, NULL);
    g_free(p1);
    if (x == PL_EXCHANGE_IKE_AUTH)
      N(T_INFO, PL_STAGE_AUTHENTICATION, PL_ANN_NONE,
        N_("we sent IKE_AUTH: our ID, our authentication and our phase 2 proposal"), NULL, NULL, NULL, NULL);
  } else if (x == PL_EXCHANGE_IKE_SA_INIT && !strcmp(st, "request")) {
    N(T_INFO, PL_STAGE_PHASE1_PROPOSAL, PL_ANN_NONE,
      N_("we sent IKE_SA_INIT: our phase 1 proposal and key exchange"), NULL, NULL, NULL, NULL);
  } else if (x == PL_EXCHANGE_IKE_AUTH) {
    N(T_INFO, PL_STAGE_AUTHENTICATION, PL_ANN_NONE, N_("IKE_AUTH: ID and authentication"), NULL, NULL, NULL,
      NULL);
  }
}

static void n_processing(ctx *c) {
  if (pl_event_exchange(c->ev) == PL_EXCHANGE_IKE_AUTH)
    N(T_INFO, PL_STAGE_AUTHENTICATION, PL_ANN_NONE,
      N_("we could decrypt the peer's IKE_AUTH: the keys of phase 1 agree; now its ID and authentication are checked"),
      NULL, NULL, NULL, NULL);
}

static void n_transform_refused(ctx *c) {
  bool p2 = pl_event_exchange(c->ev) == PL_EXCHANGE_QUICK || (c->sa && c->sa->child);
  char *t = p1_text(c->ev);
  N(T_WARN, p2 ? PL_STAGE_PHASE2_PROPOSAL : PL_STAGE_PHASE1_PROPOSAL, p2 ? PL_ANN_P2 : PL_ANN_P1,
    N_("{1} — refused here (this is what the peer is configured with)"), t, NULL, NULL, NULL);
  g_free(t);
}

static void n_attribute_refused(ctx *c) {
  N(T_WARN, PL_STAGE_PHASE1_PROPOSAL, PL_ANN_NONE, N_("an attribute of the peer's proposal is refused: {1}"),
    c->ev->text, NULL, NULL, NULL);
}

static void n_no_acceptable(ctx *c) {
  const char *w = S(c->ev, PL_F_WHAT);
  if (has(w, "ipsec") || (c->sa && c->sa->child))
    N(T_BAD, PL_STAGE_PHASE2_PROPOSAL, PL_ANN_FAILURE,
      N_("none of the peer's phase 2 proposals is acceptable: phase 2 fails here (compare esp= and pfs=)"),
      NULL, NULL, NULL, NULL);
  else
    N(T_BAD, PL_STAGE_PHASE1_PROPOSAL, PL_ANN_FAILURE,
      N_("none of the peer's phase 1 proposals is acceptable: phase 1 fails here; the refused transforms above "
         "are the peer's ike="),
      NULL, NULL, NULL, NULL);
}

static bool proposal_is_esp(const pl_event *ev) {
  const char *p = S(ev, PL_F_PROPOSAL), *r = S(ev, PL_F_PROPOSALS);
  return has(p, "ESP") || has(p, "AH=") || has(r, ":ESP") || has(r, ":AH");
}

static void n_proposal_chosen(ctx *c) {
  bool esp = proposal_is_esp(c->ev);
  char *conf = pl_alg_v2_proposals(S(c->ev, PL_F_PROPOSALS), esp ? "ESP" : "IKE", NULL, NULL);
  char *offer =
      conf ? g_strdup_printf("%s=%s", esp ? "esp" : "ike", conf) : g_strdup(S(c->ev, PL_F_PROPOSALS));
  N(T_OK, esp ? PL_STAGE_PHASE2_PROPOSAL : PL_STAGE_PHASE1_PROPOSAL, esp ? PL_ANN_P2 : PL_ANN_P1,
    N_("the peer offers {1}; we chose {2}"), offer, S(c->ev, PL_F_PROPOSAL), NULL, NULL);
  g_free(conf);
  g_free(offer);
}

static void n_proposal_nomatch(ctx *c) {
  bool esp = proposal_is_esp(c->ev);
  char *conf = pl_alg_v2_proposals(S(c->ev, PL_F_PROPOSALS), esp ? "ESP" : "IKE", NULL, NULL);
  char *offer =
      conf ? g_strdup_printf("%s=%s", esp ? "esp" : "ike", conf) : g_strdup(S(c->ev, PL_F_PROPOSALS));
  N(T_BAD, esp ? PL_STAGE_PHASE2_PROPOSAL : PL_STAGE_PHASE1_PROPOSAL, esp ? PL_ANN_P2 : PL_ANN_P1,
    N_("the peer offers {1} — none of it matches our proposals: this phase fails here"), offer, NULL, NULL,
    NULL);
  g_free(conf);
  g_free(offer);
}

static void n_invalid_ke(ctx *c) {
  (void) c;
  N(T_INFO, PL_STAGE_PHASE1_PROPOSAL, PL_ANN_NONE,
    N_("the responder wants another DH group; the exchange is retried with it (normal once, a problem if it repeats)"),
    NULL, NULL, NULL, NULL);
}

static void n_ike_established(ctx *c) {
  const pl_event *ev = c->ev;
  char *ser = num(ev->serial);
  N(T_OK, PL_STAGE_IDENTITY, PL_ANN_ESTABLISHED, N_("phase 1 is up (IKE SA #{1}), we are the {2}"), ser,
    role_words(role_of(ev, c->sa)), NULL, NULL);
  g_free(ser);
  if (S(ev, PL_F_CIPHER)) {
    char *p1 = p1_text(ev);
    N(T_OK, PL_STAGE_PHASE1_PROPOSAL, PL_ANN_P1, N_("{1} — agreed"), p1, NULL, NULL, NULL);
    g_free(p1);
  }
  if (S(ev, PL_F_ID)) {
    const char *auth = S(ev, PL_F_AUTH);
    N(T_OK, PL_STAGE_IDENTITY, PL_ANN_PEER_ID,
      N_("{1} '{2}', authenticated with authby={3} (our rightid= matches it)"), S(ev, PL_F_ID_TYPE),
      S(ev, PL_F_ID), auth ? auth : "?", NULL);
  }
}

static void n_child_established(ctx *c) {
  const pl_event *ev = c->ev;
  char *ser = num(ev->serial);
  gint64 par = pl_event_int_or(ev, PL_F_PARENT, c->sa ? c->sa->parent : 0);
  char *p = par > 0 ? g_strdup_printf(" (IKE SA #%" G_GINT64_FORMAT ")", par) : g_strdup("");
  const char *mode = S(ev, PL_F_MODE);
  N(T_OK, PL_STAGE_KERNEL_UPDOWN, PL_ANN_ESTABLISHED,
    N_("phase 2 is up: IPsec SA #{1}{2}, {3} mode, we are the {4}"), ser, p, mode ? mode : "?",
    role_words(role_of(ev, c->sa)));
  char *p2 = p2_text(S(ev, PL_F_XFRM));
  if (p2)
    N(T_OK, PL_STAGE_PHASE2_PROPOSAL, PL_ANN_P2, N_("{1}; SPI to the peer {2}, from the peer {3}"), p2,
      S(ev, PL_F_SPI_OUT), S(ev, PL_F_SPI_IN), NULL);
  const char *l = S(ev, PL_F_LOCAL_TS), *r = S(ev, PL_F_REMOTE_TS);
  if (l && r)
    N(T_OK, PL_STAGE_TRAFFIC_SELECTORS, PL_ANN_SUBNETS, N_("its side {1} <-> our side {2}"), r, l, NULL,
      NULL);
  if (!c->x->told_updown)
    N(T_DIM, PL_STAGE_NONE, PL_ANN_NONE,
      N_("if traffic still does not pass, look at the _updown script and routes (the guide: established in the log, failing in fact)"),
      NULL, NULL, NULL, NULL);
  c->x->told_updown = true;
  g_free(p2);
  g_free(p);
  g_free(ser);
}

static void n_child_negotiated(ctx *c) {
  const char *l = S(c->ev, PL_F_LOCAL_TS), *r = S(c->ev, PL_F_REMOTE_TS);
  if (l && r)
    N(T_OK, PL_STAGE_TRAFFIC_SELECTORS, PL_ANN_SUBNETS, N_("its side {1} <-> our side {2}"), r, l, NULL,
      NULL);
}

static void n_authenticated(ctx *c) {
  const char *a = S(c->ev, PL_F_AUTH);
  N(T_OK, PL_STAGE_AUTHENTICATION, PL_ANN_NONE, N_("the peer is authenticated ({1})"), a ? a : "?", NULL,
    NULL, NULL);
}

static bool is_address_id(const char *type) { return has(type, "IPV4_ADDR") || has(type, "IPV6_ADDR"); }

static void n_peer_id(ctx *c) {
  const char *type = S(c->ev, PL_F_ID_TYPE), *id = S(c->ev, PL_F_ID);
  N(T_OK, PL_STAGE_IDENTITY, PL_ANN_PEER_ID, N_("{1} '{2}' — our rightid= must match it"), type ? type : "?",
    id, NULL, NULL);
  if (!is_address_id(type) || !id) return;
  const char *from = c->ci->peer;
  gsize n = from ? strcspn(from, ":") : 0;
  if (from && has(from, ".") && (strlen(id) != n || strncmp(id, from, n)))
    N(T_WARN, PL_STAGE_IDENTITY, PL_ANN_PEER_ADDR,
      N_("the peer calls itself {1}, but its packets come from {2}: it is behind NAT (or uses another address as ID)"),
      id, from, NULL, NULL);
  else if (from && has(from, "."))
    N(T_OK, PL_STAGE_IDENTITY, PL_ANN_PEER_ADDR,
      N_("{1}, the address its packets come from: no NAT in between"), id, NULL, NULL, NULL);
  else
    N(T_INFO, PL_STAGE_IDENTITY, PL_ANN_PEER_ADDR,
      N_("the peer's own IP is {1}; if the peer is behind NAT this is its inside address, not the one its packets come from"),
      id, NULL, NULL, NULL);
}

static void n_id_mismatch(ctx *c) {
  const char *id = S(c->ev, PL_F_ID);
  N(T_BAD, PL_STAGE_IDENTITY, PL_ANN_PEER_ID,
    N_("'{1}' matches no connection here: set rightid={1} here, or change the peer's local ID"),
    id ? id : "?", NULL, NULL, NULL);
}

static void n_auth_failed(ctx *c) {
  const char *r = S(c->ev, PL_F_REASON);
  if (!r) r = c->ev->text;
  if (PL_PH(c->ev, REJECTED_BY_PEER) || has(S(c->ev, PL_F_REASON), "rejected by peer"))
    N(T_BAD, PL_STAGE_AUTHENTICATION, PL_ANN_FAILURE,
      N_("the peer rejected our authentication: the pre-shared keys differ, or it expects another ID or certificate from us"),
      NULL, NULL, NULL, NULL);
  else
    N(T_BAD, PL_STAGE_AUTHENTICATION, PL_ANN_FAILURE, N_("the peer's authentication failed here: {1}"), r,
      NULL, NULL, NULL);
}

static void n_malformed(ctx *c) {
  (void) c;
  N(T_BAD, PL_STAGE_AUTHENTICATION, PL_ANN_FAILURE,
    N_("the peer's encrypted message cannot be read: the pre-shared keys differ (or are too short)"), NULL,
    NULL, NULL, NULL);
}

static void n_psk_warning(ctx *c) {
  char *n = num(pl_event_int_or(c->ev, PL_F_COUNT, 0));
  N(T_DIM, PL_STAGE_AUTHENTICATION, PL_ANN_NONE,
    N_("only a warning (it matters in FIPS mode only): the pre-shared key has {1} bytes, fewer than this PRF wants; a longer key is safer (the guide: at least 16 characters)"),
    n, NULL, NULL, NULL);
  g_free(n);
}

static void n_no_psk(ctx *c) {
  (void) c;
  N(T_BAD, PL_STAGE_AUTHENTICATION, PL_ANN_FAILURE, N_("no pre-shared key for this peer in ipsec.secrets"),
    NULL, NULL, NULL, NULL);
}

static void n_peer_proposed(ctx *c) {
  const char *l = S(c->ev, PL_F_LOCAL_TS), *r = S(c->ev, PL_F_REMOTE_TS);
  N(T_INFO, PL_STAGE_TRAFFIC_SELECTORS, PL_ANN_SUBNETS,
    N_("its side {1} <-> our side {2} (on the peer: leftsubnet={1}, rightsubnet={2})"), r, l, NULL, NULL);
}

static void n_no_connection_for(ctx *c) {
  const char *t = S(c->ev, PL_F_TEXT);
  N(T_BAD, PL_STAGE_TRAFFIC_SELECTORS, PL_ANN_FAILURE,
    N_("no connection here accepts these subnets ({1}): compare leftsubnet=/rightsubnet= with the peer"),
    t ? t : "?", NULL, NULL, NULL);
}

static void n_qm_ends(ctx *c) {
  char *lgw, *rgw;
  char *l = ts_subnet(S(c->ev, PL_F_LOCAL_TS), true, &lgw),
       *r = ts_subnet(S(c->ev, PL_F_REMOTE_TS), false, &rgw);
  if (rgw && *rgw)
    N(T_OK, PL_STAGE_TRAFFIC_SELECTORS, PL_ANN_SUBNETS,
      N_("its side {1} (behind its gateway {3}) <-> our side {2} — accepted"), r, l, rgw, NULL);
  else
    N(T_OK, PL_STAGE_TRAFFIC_SELECTORS, PL_ANN_SUBNETS, N_("its side {1} <-> our side {2} — accepted"), r, l,
      NULL, NULL);
  g_free(l);
  g_free(r);
  g_free(lgw);
  g_free(rgw);
}

static void n_ts_unacceptable(ctx *c) {
  (void) c;
  N(T_BAD, PL_STAGE_TRAFFIC_SELECTORS, PL_ANN_FAILURE,
    N_("the subnets were not accepted (TS_UNACCEPTABLE): leftsubnet=/rightsubnet= must mirror the peer's"),
    NULL, NULL, NULL, NULL);
}

static void n_subnet_mismatch(ctx *c) {
  N(T_BAD, PL_STAGE_TRAFFIC_SELECTORS, PL_ANN_FAILURE,
    N_("the peer answered with other subnets than we proposed: {1}"), c->ev->text, NULL, NULL, NULL);
}

static void n_notify_sent(ctx *c) {
  const char *n = S(c->ev, PL_F_NOTIFY), *m = notify_meaning(n), *peer = S(c->ev, PL_F_PEER);
  N(notify_is_error(n) ? T_WARN : T_INFO, notify_stage(n, c->sa), PL_ANN_NONE,
    N_("we tell the peer {1} {2}: {3}"), peer ? peer : "", n ? n : "?", m ? _(m) : "", NULL);
}

static void n_notify_received(ctx *c) {
  const char *n = S(c->ev, PL_F_NOTIFY), *m = notify_meaning(n), *act = S(c->ev, PL_F_ACTION);
  if (has(act, "ignored") && notify_is_error(n))
    N(T_WARN, notify_stage(n, c->sa), PL_ANN_NONE,
      N_("the peer says {1}: {2} — pluto ignores it (not authenticated), the answer never comes: retransmissions follow"),
      n ? n : "?", m ? _(m) : "", NULL, NULL);
  else
    N(notify_is_error(n) ? T_WARN : T_INFO, notify_stage(n, c->sa), PL_ANN_NONE, N_("the peer says {1}: {2}"),
      n ? n : "?", m ? _(m) : "", NULL, NULL);
}

static void n_transition_failed(ctx *c) {
  const char *r = S(c->ev, PL_F_REASON);
  N(T_BAD, PL_STAGE_NONE, PL_ANN_NONE, N_("pluto could not go on with this exchange: {1}"),
    r ? r : c->ev->text, NULL, NULL, NULL);
}

static void n_retransmit(ctx *c) {
  pl_stage stage = PL_STAGE_NONE;
  const char *m = wait_meaning(S(c->ev, PL_F_STATE), &stage);
  N(T_WARN, stage, PL_ANN_NONE, N_("no answer yet, we send our last message again: {1}"), _(m), NULL, NULL,
    NULL);
}

static void n_timeout(ctx *c) {
  pl_stage stage = PL_STAGE_NONE;
  const char *m = wait_meaning(S(c->ev, PL_F_STATE), &stage);
  char *n = num(pl_event_int_or(c->ev, PL_F_RETRANSMITS, 0));
  N(T_BAD, stage, PL_ANN_FAILURE, N_("given up after {1} retransmissions: {2}"), n, _(m), NULL, NULL);
  g_free(n);
}

static void n_keying_attempt(ctx *c) {
  gint64 max = pl_event_int_or(c->ev, PL_F_MAX_ATTEMPTS, 0);
  char *n = num(pl_event_int_or(c->ev, PL_F_ATTEMPT, 0)), *m = max > 0 ? num(max) : g_strdup(_("unlimited"));
  N(T_INFO, PL_STAGE_NONE, PL_ANN_NONE, N_("pluto tries again: attempt {1} of {2}"), n, m, NULL, NULL);
  g_free(n);
  g_free(m);
}

static bool state_established(const char *st) {
  return has(st, "MAIN_R3") || has(st, "MAIN_I4") || has(st, "AGGR_R2") || has(st, "AGGR_I2") ||
         has(st, "QUICK_R2") || has(st, "QUICK_I2") || has(st, "ESTABLISHED");
}

static void n_delete(ctx *c) {
  const pl_event *ev = c->ev;
  const char *st = S(ev, PL_F_STATE), *notif = S(ev, PL_F_NOTIFICATION);
  bool p2 = has(st, "QUICK") || has(st, "CHILD") || has(st, "IPSEC") || (c->sa && c->sa->child);
  double age = -1;
  pl_event_dbl(ev, PL_F_AGE, &age);
  char *d = age >= 0 ? duration(age) : NULL; /* no "?" placeholders: a variant without it */
  const char *what = p2 ? _("phase 2 (IPsec SA)") : _("phase 1 (IKE SA)");
  const char *tell = has(notif, "NOT") ? _("without telling the peer") : _("and we tell the peer (Delete)");
  if (state_established(st) && d)
    N(T_INFO, PL_STAGE_DELETED, PL_ANN_LIFETIME, N_("{1} of the {2} deleted after {3}, {4}"), what,
      role_words(role_of(ev, c->sa)), d, tell);
  else if (state_established(st))
    N(T_INFO, PL_STAGE_DELETED, PL_ANN_LIFETIME, N_("{1} of the {2} deleted, {3}"), what,
      role_words(role_of(ev, c->sa)), tell, NULL);
  else if (st && d)
    N(T_WARN, PL_STAGE_DELETED, PL_ANN_NONE, N_("{1} given up before it was established ({2}), after {3}"),
      what, st, d, NULL);
  else if (st)
    N(T_WARN, PL_STAGE_DELETED, PL_ANN_NONE, N_("{1} given up before it was established ({2})"), what, st,
      NULL, NULL);
  else if (d)
    N(T_WARN, PL_STAGE_DELETED, PL_ANN_NONE, N_("{1} given up before it was established, after {2}"), what, d,
      NULL, NULL);
  else
    N(T_WARN, PL_STAGE_DELETED, PL_ANN_NONE, N_("{1} given up before it was established"), what, NULL, NULL,
      NULL);
  g_free(d);
}

static void n_delete_received(ctx *c) {
  const char *w = S(c->ev, PL_F_WHAT);
  gint64 t = pl_event_int_or(c->ev, PL_F_TARGET, 0);
  char *tt = t > 0 ? g_strdup_printf("#%" G_GINT64_FORMAT, t) : g_strdup("");
  N(T_WARN, PL_STAGE_DELETED, PL_ANN_NONE,
    N_("the peer asks us to delete its {1} SA {2} (the peer ends the tunnel or rekeys)"), w ? w : "", tt,
    NULL, NULL);
  g_free(tt);
}

static void n_delete_sent(ctx *c) {
  (void) c;
  N(T_INFO, PL_STAGE_DELETED, PL_ANN_NONE, N_("we tell the peer to delete the SA"), NULL, NULL, NULL, NULL);
}

static void n_expired(ctx *c) {
  const char *w = S(c->ev, PL_F_WHAT);
  N(T_INFO, PL_STAGE_DELETED, PL_ANN_LIFETIME,
    N_("the {1} SA reached the end of its lifetime (ikelifetime=/salifetime=)"), w ? w : "", NULL, NULL,
    NULL);
}

static void n_traffic(ctx *c) {
  gint64 in = pl_event_int_or(c->ev, PL_F_BYTES_IN, -1), out = pl_event_int_or(c->ev, PL_F_BYTES_OUT, -1);
  char *i = num(in), *o = num(out);
  if (in == 0 && out == 0)
    N(T_WARN, PL_STAGE_KERNEL_UPDOWN, PL_ANN_NONE, N_("no traffic at all went through this tunnel"), NULL,
      NULL, NULL, NULL);
  else if (in == 0 && out > 0)
    N(T_WARN, PL_STAGE_KERNEL_UPDOWN, PL_ANN_NONE, N_("{1} bytes sent, nothing came back from the peer"), o,
      NULL, NULL, NULL);
  else if (out == 0 && in > 0)
    N(T_WARN, PL_STAGE_KERNEL_UPDOWN, PL_ANN_NONE,
      N_("{1} bytes came from the peer, nothing went back: look at routes and _updown on this side"), i, NULL,
      NULL, NULL);
  else
    N(T_INFO, PL_STAGE_NONE, PL_ANN_NONE, N_("traffic through this tunnel: {1} bytes in, {2} bytes out"), i,
      o, NULL, NULL);
  g_free(i);
  g_free(o);
}

static void n_revival(ctx *c) {
  (void) c;
  N(T_INFO, PL_STAGE_NONE, PL_ANN_NONE, N_("the connection should stay up: pluto will bring it back"), NULL,
    NULL, NULL, NULL);
}

static void n_dpd(ctx *c) {
  const char *t = S(c->ev, PL_F_TEXT);
  if (!t) t = S(c->ev, PL_F_ACTION);
  N(T_WARN, PL_STAGE_LIVENESS, PL_ANN_NONE, N_("dead peer detection (DPD): {1}"), t ? t : c->ev->text, NULL,
    NULL, NULL);
}

static void n_nat(ctx *c) {
  N(T_INFO, PL_STAGE_NONE, PL_ANN_PEER_ADDR, N_("NAT-Traversal: {1}"), c->ev->text, NULL, NULL, NULL);
}

static void n_vendor_id(ctx *c) {
  N(T_DIM, PL_STAGE_NONE, PL_ANN_NONE, N_("the peer's software announces itself: {1}"), c->ev->text, NULL,
    NULL, NULL);
}

static void n_updown_failed(ctx *c) {
  N(T_BAD, PL_STAGE_KERNEL_UPDOWN, PL_ANN_FAILURE,
    N_("the _updown script failed: the tunnel may be up in the log and still carry no traffic"), NULL, NULL,
    NULL, NULL);
}

static void n_updown_output(ctx *c) {
  const char *t = S(c->ev, PL_F_TEXT);
  N(T_DIM, PL_STAGE_KERNEL_UPDOWN, PL_ANN_NONE, N_("the _updown script says: {1}"), t ? t : c->ev->text, NULL,
    NULL, NULL);
}

static void n_kernel_error(ctx *c) {
  const char *t = S(c->ev, PL_F_TEXT);
  N(T_BAD, PL_STAGE_KERNEL_UPDOWN, PL_ANN_FAILURE, N_("the kernel refused the SA or its policy: {1}"),
    t ? t : c->ev->text, NULL, NULL, NULL);
}

static void n_route_conflict(ctx *c) {
  N(T_BAD, PL_STAGE_KERNEL_UPDOWN, PL_ANN_FAILURE,
    N_("the route or policy is taken by another connection: {1}"), c->ev->text, NULL, NULL, NULL);
}

static void n_no_conn_packet(ctx *c) {
  const char *peer = S(c->ev, PL_F_PEER), *auth = S(c->ev, PL_F_AUTH);
  pl_exchange x = pl_event_exchange(c->ev);
  N(T_BAD, PL_STAGE_NO_CONNECTION, PL_ANN_PEER_ADDR,
    N_("a {1} request from {2} (authby {3}) matches no connection here: add one, or fix right=/authby=/the IKE version"),
    exchange_name(x), peer ? peer : "?", auth ? auth : "?", NULL);
}

static void n_ike_version(ctx *c) {
  N(T_BAD, PL_STAGE_IKE_VERSION, PL_ANN_FAILURE, N_("the peer uses an IKE version this side refuses: {1}"),
    c->ev->text, NULL, NULL, NULL);
}

static void n_cert(ctx *c) {
  N(T_INFO, PL_STAGE_AUTHENTICATION, PL_ANN_NONE, N_("certificate: {1}"), c->ev->text, NULL, NULL, NULL);
}

static void n_error(ctx *c) {
  N(T_BAD, PL_STAGE_NONE, PL_ANN_NONE, N_("pluto reports an error: {1}"), c->ev->text, NULL, NULL, NULL);
}

static void n_unknown(ctx *c) {
  (void) c;
  N(T_DIM, PL_STAGE_NONE, PL_ANN_NONE, N_("plutolog does not know this pluto message yet"), NULL, NULL, NULL,
    NULL);
}

static void n_daemon(ctx *c) {
  const char *t = c->ev->text;
  if (PL_PH(c->ev, STARTING_PLUTO_UC) || PL_PH(c->ev, STARTING_PLUTO_LC))
    N(T_INFO, PL_STAGE_NONE, PL_ANN_OURS, N_("pluto starts: {1}"), t, NULL, NULL, NULL);
}

static void n_conn_switched(ctx *c) {
  N(T_INFO, PL_STAGE_NONE, PL_ANN_NONE, N_("the SA moves to a better matching connection: {1}"), c->ev->text,
    NULL, NULL, NULL);
}

/* ---- catalogue (issue 21) kinds ---- */

static void n_pluto_failure(ctx *c) {
  const char *w = S(c->ev, PL_F_WHAT);
  if (w && strcmp(w, "fatal") == 0)
    N(T_BAD, PL_STAGE_NONE, PL_ANN_FAILURE,
      N_("pluto stops here with a fatal error: nothing runs until it starts again: {1}"), S(c->ev, PL_F_TEXT),
      NULL, NULL, NULL);
  else if (w && strcmp(w, "assertion") == 0)
    N(T_BAD, PL_STAGE_NONE, PL_ANN_FAILURE,
      N_("pluto's own assertion failed and pluto aborts (a pluto bug): {1}"), S(c->ev, PL_F_TEXT), NULL, NULL,
      NULL);
  else
    N(T_WARN, PL_STAGE_NONE, PL_ANN_NONE, N_("pluto's own check failed (a pluto bug); it carries on: {1}"),
      S(c->ev, PL_F_TEXT), NULL, NULL, NULL);
}

static void n_mode_mismatch(ctx *c) {
  (void) c;
  N(T_BAD, PL_STAGE_PHASE2_PROPOSAL, PL_ANN_FAILURE,
    N_("tunnel vs transport mode differs: both ends need the same type= (tunnel or transport)"), NULL, NULL,
    NULL, NULL);
}

static void n_ppk_failed(ctx *c) {
  (void) c;
  N(T_BAD, PL_STAGE_AUTHENTICATION, PL_ANN_FAILURE,
    N_("this connection insists on a PPK (ppk=insist) and no usable PPK was found: check ppk-ids and the PPK secrets on both ends"),
    NULL, NULL, NULL, NULL);
}

static void n_mobike(ctx *c) {
  N(T_INFO, PL_STAGE_REACHABILITY, PL_ANN_PEER_ADDR, N_("MOBIKE: {1}"), S(c->ev, PL_F_TEXT), NULL, NULL,
    NULL);
}

static void n_initiate_failed(ctx *c) {
  N(T_BAD, PL_STAGE_REACHABILITY, PL_ANN_FAILURE, N_("pluto cannot initiate this connection: {1}"),
    S(c->ev, PL_F_REASON), NULL, NULL, NULL);
}

/* the DH shared secret could not be computed from the peer's KE */
static void n_dh_failed(ctx *c) {
  N(T_BAD, PL_STAGE_PHASE1_PROPOSAL, PL_ANN_FAILURE,
    N_("the key exchange fails: no DH shared secret from the peer's KE ({1}); a zero or invalid KE value, or a fault-injecting peer"),
    S(c->ev, PL_F_REASON), NULL, NULL, NULL);
}

/* a message plutolog knows only from pluto's catalogue (grammar/catalogue.c) */
static void n_message(ctx *c) {
  N(T_DIM, PL_STAGE_NONE, PL_ANN_NONE, N_("a pluto message plutolog knows only from pluto's source ({1})"),
    S(c->ev, PL_F_WHERE), NULL, NULL, NULL);
}

/* One entry per kind; kinds without an entry get no note. */
static const note_fn notes[PL_EV__COUNT] = {
    [PL_EV_UNKNOWN] = n_unknown,
    [PL_EV_CONN_ADDED] = n_conn_added,
    [PL_EV_CONN_PROPOSAL] = n_conn_proposal,
    [PL_EV_CONN_TERMINATING] = n_conn_terminating,
    [PL_EV_CONN_WARNING] = n_conn_warning,
    [PL_EV_CONN_ADD_FAILED] = n_conn_add_failed,
    [PL_EV_CONN_SWITCHED] = n_conn_switched,
    [PL_EV_INITIATE] = n_initiate,
    [PL_EV_RESPOND] = n_respond,
    [PL_EV_SENT] = n_sent,
    [PL_EV_PROCESSING] = n_processing,
    [PL_EV_TRANSFORM_REFUSED] = n_transform_refused,
    [PL_EV_ATTRIBUTE_REFUSED] = n_attribute_refused,
    [PL_EV_NO_ACCEPTABLE] = n_no_acceptable,
    [PL_EV_PROPOSAL_CHOSEN] = n_proposal_chosen,
    [PL_EV_PROPOSAL_NOMATCH] = n_proposal_nomatch,
    [PL_EV_INVALID_KE] = n_invalid_ke,
    [PL_EV_IKE_ESTABLISHED] = n_ike_established,
    [PL_EV_CHILD_ESTABLISHED] = n_child_established,
    [PL_EV_CHILD_NEGOTIATED] = n_child_negotiated,
    [PL_EV_AUTHENTICATED] = n_authenticated,
    [PL_EV_PEER_ID] = n_peer_id,
    [PL_EV_ID_MISMATCH] = n_id_mismatch,
    [PL_EV_AUTH_FAILED] = n_auth_failed,
    [PL_EV_MALFORMED_PAYLOAD] = n_malformed,
    [PL_EV_PSK_WARNING] = n_psk_warning,
    [PL_EV_NO_PSK] = n_no_psk,
    [PL_EV_PEER_PROPOSED] = n_peer_proposed,
    [PL_EV_NO_CONNECTION_FOR] = n_no_connection_for,
    [PL_EV_QM_ENDS] = n_qm_ends,
    [PL_EV_TS_UNACCEPTABLE] = n_ts_unacceptable,
    [PL_EV_SUBNET_MISMATCH] = n_subnet_mismatch,
    [PL_EV_NOTIFY_SENT] = n_notify_sent,
    [PL_EV_NOTIFY_RECEIVED] = n_notify_received,
    [PL_EV_TRANSITION_FAILED] = n_transition_failed,
    [PL_EV_RETRANSMIT] = n_retransmit,
    [PL_EV_TIMEOUT] = n_timeout,
    [PL_EV_KEYING_ATTEMPT] = n_keying_attempt,
    [PL_EV_EXPIRED] = n_expired,
    [PL_EV_DELETE_STATE] = n_delete,
    [PL_EV_DELETE_RECEIVED] = n_delete_received,
    [PL_EV_DELETE_SENT] = n_delete_sent,
    [PL_EV_TRAFFIC] = n_traffic,
    [PL_EV_REVIVAL] = n_revival,
    [PL_EV_DPD] = n_dpd,
    [PL_EV_NAT] = n_nat,
    [PL_EV_VENDOR_ID] = n_vendor_id,
    [PL_EV_UPDOWN_OUTPUT] = n_updown_output,
    [PL_EV_UPDOWN_FAILED] = n_updown_failed,
    [PL_EV_KERNEL_ERROR] = n_kernel_error,
    [PL_EV_ROUTE_CONFLICT] = n_route_conflict,
    [PL_EV_NO_CONN_PACKET] = n_no_conn_packet,
    [PL_EV_IKE_VERSION] = n_ike_version,
    [PL_EV_ERROR] = n_error,
    [PL_EV_DAEMON] = n_daemon,
    [PL_EV_CERT] = n_cert,
    /* catalogue (issue 21) */
    [PL_EV_PLUTO_FAILURE] = n_pluto_failure,
    [PL_EV_MODE_MISMATCH] = n_mode_mismatch,
    [PL_EV_PPK_FAILED] = n_ppk_failed,
    [PL_EV_MOBIKE] = n_mobike,
    [PL_EV_INITIATE_FAILED] = n_initiate_failed,
    [PL_EV_MESSAGE] = n_message,
    [PL_EV_DH_FAILED] = n_dh_failed,
};

/* Kinds whose repeats for one SA are folded, and what must be equal. */
static const char *repeat_key(const pl_event *ev, char **owned) {
  *owned = NULL;
  pl_event_kind k = ev->kind;
  if (k == PL_EV_RETRANSMIT) return S(ev, PL_F_STATE) ? S(ev, PL_F_STATE) : "";
  if (k == PL_EV_NOTIFY_RECEIVED || k == PL_EV_NOTIFY_SENT)
    return S(ev, PL_F_NOTIFY) ? S(ev, PL_F_NOTIFY) : "";
  if (k == PL_EV_MALFORMED_PAYLOAD || k == PL_EV_PSK_WARNING || k == PL_EV_DUPLICATE ||
      k == PL_EV_INFORMATIONAL || k == PL_EV_ALG_WARNING || k == PL_EV_WARNING || k == PL_EV_ID_MISMATCH ||
      k == PL_EV_TRANSITION_FAILED || k == PL_EV_VENDOR_ID) {
    const char *r = S(ev, PL_F_REASON);
    if (!r) r = S(ev, PL_F_TEXT);
    if (!r && ev->text) r = *owned = g_strndup(ev->text, MIN(ev->text_len, 80));
    return r ? r : "";
  }
  return NULL;
}

/* ---- folding ------------------------------------------------------------------- */

static void noise_flush(annot *x) {
  if (x->noise_n >= 2) {
    GString *out = sink_buf(x);
    GString *parts = g_string_new(NULL);
    struct {
      guint n;
      const char *label;
    } p[] = {
        {x->noise_daemon, N_("pluto start-up and interfaces")},
        {x->noise_debug, N_("pluto debug")},
        {x->noise_other, N_("other programs")},
        {x->noise_empty, N_("empty")},
    };
    for (gsize i = 0; i < G_N_ELEMENTS(p); i++)
      if (p[i].n) g_string_append_printf(parts, "%s%s %u", parts->len ? ", " : "", _(p[i].label), p[i].n);
    char *a = num((gint64) x->noise_first), *b = num((gint64) x->noise_last), *n = num(x->noise_n);
    g_string_append(out, NOTE_INDENT);
    if (x->o.color) g_string_append(out, C_DIM);
    g_string_append(out, "↑ ");
    render(out, N_("lines {1}–{2}: {3} lines without a tunnel event ({4})"), a, b, n, parts->str);
    g_string_append(out, " ↑");
    if (x->o.color) g_string_append(out, C_OFF);
    g_string_append_c(out, '\n');
    g_free(a);
    g_free(b);
    g_free(n);
    g_string_free(parts, TRUE);
  }
  x->noise_n = x->noise_debug = x->noise_other = x->noise_daemon = x->noise_empty = 0;
}

static void fold_note(annot *x, const fold *f) {
  if (f->count < 2) return;
  GString *out = sink_buf(x);
  char *a = num((gint64) f->first), *b = num((gint64) f->last), *n = num(f->count);
  g_string_append(out, NOTE_INDENT);
  if (x->o.color) g_string_append(out, C_DIM);
  g_string_append(out, "↑ ");
  if (f->kind == PL_EV_RETRANSMIT) {
    char *w = g_strdup_printf("%g–%g s", f->secs_first, f->secs_last);
    render(out, N_("lines {1}–{2}: the same message sent {3} times (waits {4}), no answer"), a, b, n, w);
    g_free(w);
  } else {
    char *what = g_utf8_substring(f->what, 0, MIN(g_utf8_strlen(f->what, -1), 40));
    char *ser = f->k.serial > 0
                    ? g_strdup_printf("#%" G_GINT64_FORMAT " %s%s%s", f->k.serial,
                                      pl_event_kind_name(f->kind), *what ? " " : "", what)
                    : g_strdup_printf("%s%s%s", pl_event_kind_name(f->kind), *what ? " " : "", what);
    g_free(what);
    render(out, N_("lines {1}–{2}: {3} logged {4} times"), a, b, ser, n);
    g_free(ser);
  }
  g_string_append(out, " ↑");
  if (x->o.color) g_string_append(out, C_OFF);
  g_string_append_c(out, '\n');
  g_free(a);
  g_free(b);
  g_free(n);
}

/* Closes the folds of one SA (all when k is NULL). */
static void folds_close(annot *x, const sa_key *k) {
  for (guint i = 0; i < x->folds->len;) {
    fold *f = x->folds->pdata[i];
    if (!k || sa_equal(&f->k, k)) {
      fold_note(x, f);
      g_ptr_array_remove_index(x->folds, i);
    } else i++;
  }
}

/* true: the line repeats an open fold (it gets no note of its own). */
/* Folds of other processes or connections end when this one moves on. */
static void folds_close_others(annot *x, const pl_event *ev) {
  sa_key k = key_of(ev);
  for (guint i = 0; i < x->folds->len;) {
    fold *f = x->folds->pdata[i];
    if (f->k.host != k.host || f->k.proc != k.proc || f->conn != ev->conn) {
      fold_note(x, f);
      g_ptr_array_remove_index(x->folds, i);
    } else i++;
  }
}

static bool fold_line(annot *x, const pl_event *ev) {
  char *owned;
  const char *what = repeat_key(ev, &owned);
  sa_key k = key_of(ev);
  if (ev->kind == PL_EV_PSK_WARNING) k.serial = 0; /* one warning per process, whatever the SA */
  if (!what) {
    folds_close(x, &k);
    folds_close_others(x, ev);
    return false;
  }
  double secs = 0;
  pl_event_dbl(ev, PL_F_SECONDS, &secs);
  for (guint i = 0; i < x->folds->len; i++) {
    fold *f = x->folds->pdata[i];
    if (f->kind == ev->kind && f->source == ev->source && sa_equal(&f->k, &k) && !strcmp(f->what, what)) {
      f->count++;
      f->last = ev->line;
      f->secs_last = secs;
      g_free(owned);
      return true;
    }
  }
  if (x->folds->len >= MAX_FOLDS) {
    fold_note(x, x->folds->pdata[0]);
    g_ptr_array_remove_index(x->folds, 0);
  }
  folds_close_others(x, ev);
  fold *f = g_new0(fold, 1);
  f->k = k;
  f->conn = ev->conn;
  f->kind = ev->kind;
  f->what = owned ? owned : g_strdup(what);
  f->source = ev->source;
  f->first = f->last = ev->line;
  f->count = 1;
  f->secs_first = f->secs_last = secs;
  g_ptr_array_add(x->folds, f);
  return false;
}

/* ---- the line sink ----------------------------------------------------------------- */

static void learn(annot *x, const pl_event *ev, sa_info *sa, conn_info *ci) {
  const char *peer = S(ev, PL_F_PEER);
  if (peer && ev->kind != PL_EV_NO_CONN_PACKET) ci->peer = pl_intern(peer, -1);
  else if (ev->peer && !ci->peer) ci->peer = ev->peer;
  if (!sa) return;
  pl_role r = role_of(ev, sa);
  if (r && (ev->kind == PL_EV_INITIATE || ev->kind == PL_EV_RESPOND || !sa->role)) sa->role = r;
  if ((ev->kind == PL_EV_INITIATE || ev->kind == PL_EV_RESPOND) && pl_exchange_child(pl_event_exchange(ev)))
    sa->child = true;
  gint64 p;
  if (pl_event_int(ev, PL_F_PARENT, &p) && p > 0) {
    sa->parent = p;
    sa->child = true;
    /* an SA used for phase 2 has its phase 1 up */
    sa_key pk = key_of(ev);
    pk.serial = p;
    sa_get_key(x, &pk)->established = true;
  }
  const char *st = S(ev, PL_F_STATE);
  if (ev->kind == PL_EV_CHILD_ESTABLISHED || has(st, "QUICK") || has(st, "CHILD")) sa->child = true;
  if (ev->kind == PL_EV_PEER_PROPOSED || ev->kind == PL_EV_NO_CONNECTION_FOR || ev->kind == PL_EV_QM_ENDS ||
      ev->kind == PL_EV_TS_UNACCEPTABLE ||
      (ev->kind == PL_EV_NO_ACCEPTABLE && has(S(ev, PL_F_WHAT), "ipsec")))
    sa->p2_context = true;
  if (ev->kind == PL_EV_QM_ENDS) {
    char *gw = NULL;
    g_free(ts_subnet(S(ev, PL_F_REMOTE_TS), false, &gw));
    if (gw && *gw && !ci->peer) ci->peer = pl_intern(gw, -1);
    g_free(gw);
  }
}

static void after(annot *x, const pl_event *ev, sa_info *sa) {
  if (!sa) return;
  if (ev->kind == PL_EV_IKE_ESTABLISHED || ev->kind == PL_EV_CHILD_ESTABLISHED) sa->established = true;
  if (ev->kind == PL_EV_DELETE_STATE) {
    sa_key k = key_of(ev);
    g_hash_table_remove(x->sas, &k);
  }
}

static bool is_noise(pl_line_class cls, const pl_event *ev) {
  if (cls != PL_LINE_PLUTO) return true;
  if (ev->kind == PL_EV_DAEMON) return !(PL_PH(ev, STARTING_PLUTO_UC) || PL_PH(ev, STARTING_PLUTO_LC));
  return false;
}

static void emit_line_head(annot *x, guint32 source, guint64 lineno, const char *line, gsize len, bool dim) {
  GString *out = sink_buf(x);
  if (!x->any_line || source != x->source) {
    if (x->any_line || x->a->sources->len > 1) {
      g_string_append(out, x->any_line ? "\n==> " : "==> ");
      pl_term_safe(out, pl_source_name(x->a, source), -1);
      g_string_append(out, " <==\n");
    }
    x->source = source;
    x->any_line = true;
  }
  if (dim && x->o.color) g_string_append(out, C_DIM);
  g_string_append_printf(out, "%6" G_GUINT64_FORMAT "  ", lineno);
  pl_term_safe(out, line, (gssize) len);
  if (dim && x->o.color) g_string_append(out, C_OFF);
  g_string_append_c(out, '\n');
}

static void stream_out(annot *x) {
  if (!x->stream || !x->cur->len) return;
  fwrite(x->cur->str, 1, x->cur->len, x->stream);
  g_string_truncate(x->cur, 0);
}

static void on_line(guint32 source, guint64 lineno, const char *line, gsize len, pl_line_class cls,
                    const pl_event *ev, gpointer user) {
  annot *x = user;
  bool noise = is_noise(cls, ev);
  if (x->noise_n && (!noise || source != x->noise_source)) noise_flush(x);
  if (x->any_line && source != x->source) folds_close(x, NULL);
  if (noise) {
    if (!x->noise_n) x->noise_first = lineno;
    x->noise_source = source;
    x->noise_last = lineno;
    x->noise_n++;
    if (cls == PL_LINE_DEBUG) x->noise_debug++;
    else if (cls == PL_LINE_EMPTY) x->noise_empty++;
    else if (cls == PL_LINE_OTHER) x->noise_other++;
    else x->noise_daemon++;
    emit_line_head(x, source, lineno, line, len, true);
    stream_out(x);
    return;
  }
  bool repeat = ev->serial > 0 || ev->kind == PL_EV_PSK_WARNING ? fold_line(x, ev) : false;
  /* the notes of closed folds were written before this line: they belong above it */
  emit_line_head(x, source, lineno, line, len, false);
  if (!repeat) {
    ctx c = {x, ev, sa_get(x, ev), conn_get(x, ev)};
    learn(x, ev, c.sa, c.ci);
    note_fn fn = notes[ev->kind];
    if (fn) fn(&c);
    after(x, ev, c.sa);
  }
  stream_out(x);
}

/* ---- entry points --------------------------------------------------------------------- */

void pl_annotate_begin(pl_analysis *a, const pl_output_opts *o, FILE *stream) {
  annot *x = g_new0(annot, 1);
  x->a = a;
  x->o = *o;
  x->stream = stream;
  x->doc = g_string_new(NULL);
  x->cur = g_string_new(NULL);
  x->sas = g_hash_table_new_full(sa_hash, sa_equal, g_free, g_free);
  x->conns = g_hash_table_new_full(conn_hash, conn_equal, g_free, g_free);
  x->folds = g_ptr_array_new_with_free_func(fold_free);
  a->line_sink = on_line;
  a->line_sink_user = x;
}

static annot *annot_of(const pl_analysis *a) {
  return a && a->line_sink == on_line ? a->line_sink_user : NULL;
}

void pl_annotate_end(pl_analysis *a) {
  annot *x = annot_of(a);
  if (!x) return;
  g_string_free(x->doc, TRUE);
  g_string_free(x->cur, TRUE);
  g_hash_table_destroy(x->sas);
  g_hash_table_destroy(x->conns);
  g_ptr_array_unref(x->folds);
  g_free(x);
  a->line_sink = NULL;
  a->line_sink_user = NULL;
}

static const char *verdict_color(pl_verdict v) {
  if (!v) return C_YELLOW;
  if (v == PL_VERDICT_ESTABLISHED) return C_GREEN;
  if (v == PL_VERDICT_FAILED) return C_RED;
  return C_YELLOW;
}

/* "name"[instance], or the host-level pseudo connection, safe for a terminal */
void pl_term_conn_name(GString *out, const pl_conn *c) {
  if (c->name) {
    g_string_append_c(out, '"');
    pl_term_safe(out, c->name, -1);
    g_string_append_c(out, '"');
    pl_term_safe(out, c->instance, -1);
  } else {
    g_string_append(out, _(pl_host_conn_label(c)));
  }
}

void pl_annotate_conn_summary(const pl_analysis *a, const pl_conn *c, const pl_output_opts *o, bool codes,
                              GString *out) {
  pl_verdict v = c->diag.verdict ? c->diag.verdict : PL_VERDICT_UNKNOWN;
  if (o->color) g_string_append(out, C_BOLD);
  pl_term_conn_name(out, c);
  if (o->color) g_string_append(out, C_OFF);
  if (c->host) {
    g_string_append_c(out, ' ');
    pl_term_safe(out, c->host, -1);
  }
  if (c->ike_version) g_string_append_printf(out, "  IKEv%d", c->ike_version);
  if (c->role) g_string_append_printf(out, ", %s", role_words(c->role));
  g_string_append(out, "\n  ");
  if (o->color) g_string_append(out, verdict_color(v));
  g_string_append(out, _(pl_verdict_label(v)));
  if (c->diag.stage && v != PL_VERDICT_ESTABLISHED) {
    g_string_append_printf(out, " — %s ", _("stops at"));
    g_string_append(out, _(pl_stage_label(c->diag.stage)));
  }
  if (o->color) g_string_append(out, C_OFF);
  if (codes)
    g_string_append_printf(out, "  [verdict=%s stage=%s reason=%s]", pl_verdict_name(v),
                           c->diag.stage ? pl_stage_name(c->diag.stage) : "none",
                           c->diag.reason ? c->diag.reason : "none");
  else if (c->diag.reason) g_string_append_printf(out, "  [%s]", c->diag.reason);
  g_string_append_c(out, '\n');
  const pl_diag_detail *d = pl_diag_detail_of(c);
  const pl_attempt *t = d ? d->main : NULL;
  if (!t) {
    g_string_append_printf(out, "  %s\n",
                           _("The connection was loaded, but this log shows no negotiation for it."));
    return;
  }
  char *s = pl_msg_render(&t->summary, true);
  if (s) {
    g_string_append_printf(out, "  %s: ", _("Summary"));
    pl_term_safe(out, s, -1);
    g_string_append_c(out, '\n');
  }
  g_free(s);
  if (t->needs_peer_log) {
    g_string_append_printf(out, "  %s: %s", _("Ask for the peer's log"),
                           _("only the peer's log can tell which of these it is:"));
    for (int i = 0; t->candidates[i]; i++)
      g_string_append_printf(out, "%s%s", i ? ", " : " ", _(pl_stage_label(t->candidates[i])));
    g_string_append_c(out, '\n');
  }
  s = pl_msg_render(&t->hint, true);
  if (s) {
    g_string_append_printf(out, "  %s: ", _("What to change"));
    pl_term_safe(out, s, -1);
    g_string_append_c(out, '\n');
  }
  g_free(s);
  if (t->evidence->len) {
    g_string_append_printf(out, "  %s:", _("Evidence"));
    for (guint i = 0; i < t->evidence->len; i++) {
      const pl_event *ev = t->evidence->pdata[i];
      g_string_append(out, i ? ", " : " ");
      if (a->sources->len > 1) {
        pl_term_safe(out, pl_source_name(a, ev->source), -1);
        g_string_append_c(out, ':');
      }
      g_string_append_printf(out, "%" G_GUINT64_FORMAT, ev->line);
    }
    g_string_append_c(out, '\n');
  }
}

static void summary(const pl_analysis *a, const pl_output_opts *o, GString *out) {
  GPtrArray *conns = pl_analysis_sorted_conns(a);
  g_string_append(out, "\n══ ");
  g_string_append(out, _("Diagnosis"));
  g_string_append(out, " ══\n");
  guint shown = 0;
  for (guint i = 0; i < conns->len; i++) {
    const pl_conn *c = conns->pdata[i];
    if (!c->name && !c->diag.reason) continue;
    pl_annotate_conn_summary(a, c, o, false, out);
    shown++;
  }
  if (!shown) g_string_append_printf(out, "%s\n", _("No IPsec connection found in the input."));
  g_ptr_array_unref(conns);
}

void pl_fmt_annotate(const pl_analysis *a, const pl_output_opts *o, GString *out) {
  annot *x = annot_of(a);
  if (!x) {
    g_string_append_printf(out, "%s\n",
                           _("(the lines were not recorded while reading: only the diagnosis follows)"));
    summary(a, o, out);
    return;
  }
  noise_flush(x);
  folds_close(x, NULL);
  if (x->stream) stream_out(x);
  else {
    g_string_append_len(out, x->doc->str, (gssize) x->doc->len);
    g_string_truncate(x->doc, 0);
  }
  summary(a, o, out);
}
