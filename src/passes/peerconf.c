/* The peerconf pass: rebuilds, per connection, the settings that let the
 * local host (left) accept what the peer (right) sent, each with the line
 * that shows it and a confidence:
 *   seen      the log states it (the peer's refused transform, its ID, ...)
 *   inferred  it follows from what happened (an SA was replaced after N s)
 *   unknown   nothing in the log says it
 *
 * Events are read in (source, line) order; later evidence of the same or a
 * higher confidence replaces earlier evidence, so the newest attempt wins.
 * Algorithm lists keep every distinct proposal the peer made, in its order. */
#include "peerconf.h"
#include "i18n.h"
#include "debug.h"
#include "phrases.h"

#include "algs.h"
#include "pl-json.h"

#include <arpa/inet.h>
#include <string.h>

static const char *const key_names[PL_PC__COUNT] = {
    [PL_PC_KEYEXCHANGE] = "keyexchange",
    [PL_PC_AUTHBY] = "authby",
    [PL_PC_LEFT] = "left",
    [PL_PC_RIGHT] = "right",
    [PL_PC_LEFTSUBNET] = "leftsubnet",
    [PL_PC_RIGHTSUBNET] = "rightsubnet",
    [PL_PC_LEFTID] = "leftid",
    [PL_PC_RIGHTID] = "rightid",
    [PL_PC_IKE] = "ike",
    [PL_PC_ESP] = "esp",
    [PL_PC_PFS] = "pfs",
    [PL_PC_AGGRESSIVE] = "aggressive",
    [PL_PC_DPD] = "dpd",
    [PL_PC_NAT] = "nat",
    [PL_PC_IKELIFETIME] = "ikelifetime",
    [PL_PC_SALIFETIME] = "salifetime",
    [PL_PC_AUTO] = "auto",
};

const char *pl_pc_key_name(pl_pc_key k) { return k < PL_PC__COUNT ? key_names[k] : "?"; }

const char *pl_pc_confidence_name(pl_pc_confidence c) {
  return c == PL_CONF_SEEN ? "seen" : c == PL_CONF_INFERRED ? "inferred" : "unknown";
}

const pl_peerconf_t *pl_conn_peerconf(const pl_conn *c) { return c ? c->peerconf : NULL; }

/* ---- validation ------------------------------------------------------- */

bool pl_pc_valid_addr(const char *s) {
  if (!s || !*s || strlen(s) > 45) return false;
  unsigned char buf[16];
  return inet_pton(AF_INET, s, buf) == 1 || inet_pton(AF_INET6, s, buf) == 1;
}

bool pl_pc_valid_subnet(const char *s) {
  if (!s || strlen(s) > 50) return false;
  const char *sl = strchr(s, '/');
  if (!sl) return pl_pc_valid_addr(s);
  char addr[64];
  g_strlcpy(addr, s, MIN(sizeof addr, (gsize) (sl - s) + 1));
  if (!pl_pc_valid_addr(addr)) return false;
  const char *p = sl + 1;
  if (!*p || strlen(p) > 3 || strspn(p, "0123456789") != strlen(p)) return false;
  int n = atoi(p);
  return n <= (strchr(addr, ':') ? 128 : 32);
}

bool pl_pc_valid_id(const char *s) {
  if (!s || !*s || strlen(s) > 200) return false;
  if (pl_pc_valid_addr(s)) return true;
  if (s[0] == '%') return !strcmp(s, "%any") || !strcmp(s, "%fromcert");
  bool dn = strchr(s, '=') != NULL;
  for (const unsigned char *p = (const unsigned char *) s; *p; p++) {
    if (g_ascii_isalnum(*p) || strchr("@.-_:", *p)) continue;
    if (*p == '#' && p == (const unsigned char *) s + 1 && s[0] == '@') continue; /* @#hex key id */
    if (dn && strchr(" ,=+/'()", *p)) continue;                                   /* DN text */
    return false;
  }
  /* a DN needs type=value pairs; keep "also=x" or "=x" from posing as one */
  if (dn) {
    if (s[0] == '=' || strncmp(s, "also", 4) == 0) return false;
    if (!strchr(s, ',') && !g_regex_match_simple("^[A-Za-z]{1,8}=", s, 0, 0)) return false;
  }
  return true;
}

bool pl_pc_valid_token_list(const char *s) {
  if (!s || !*s || strlen(s) > 1000) return false;
  for (const char *p = s; *p; p++)
    if (!(g_ascii_islower(*p) || g_ascii_isdigit(*p) || strchr("_-;+,", *p))) return false;
  return true;
}

char *pl_pc_conn_name(const char *name) {
  GString *o = g_string_new(NULL);
  for (const char *p = name ? name : ""; *p && o->len < 60; p++)
    g_string_append_c(o, (g_ascii_isalnum(*p) || *p == '-' || *p == '_' || *p == '.') ? *p : '_');
  if (!o->len || !g_ascii_isalpha(o->str[0])) g_string_prepend(o, "c-");
  if (!strcmp(o->str, "default") || !strcmp(o->str, "setup")) g_string_append(o, "-1");
  return g_string_free(o, FALSE);
}

/* ---- collection -------------------------------------------------------- */

typedef struct {
  pl_peerconf_t *pc;
  GPtrArray *ike_v1; /* char*: IKEv1 transforms (refused or established), in order */
  guint64 ike_v1_line;
  guint32 ike_v1_source;
  bool ike_v1_refused; /* at least one came from a refused line */
  GPtrArray *esp_v1;   /* ESP transforms of IKEv1 (refused ≤3.20, established) */
  guint64 esp_v1_line;
  guint32 esp_v1_source;
  bool ike_established;
  bool initiated;
} acc;

static void item_free(pl_pc_item *it) {
  g_free(it->value);
  g_free(it->note);
  it->value = it->note = NULL;
}

static void peerconf_free(gpointer p) {
  pl_peerconf_t *pc = p;
  if (!pc) return;
  for (int i = 0; i < PL_PC__COUNT; i++) item_free(&pc->item[i]);
  if (pc->notes) g_ptr_array_free(pc->notes, TRUE);
  g_free(pc);
}

static void set(pl_peerconf_t *pc, pl_pc_key k, const char *v, pl_pc_confidence conf, const pl_event *ev,
                const char *note) {
  pl_pc_item *it = &pc->item[k];
  if (!v) return;
  if (it->value && it->conf > conf) return;
  item_free(it);
  it->value = g_strdup(v);
  it->conf = conf;
  it->source = ev ? ev->source : 0;
  it->line = ev ? ev->line : 0;
  it->note = note ? g_strdup(note) : NULL;
}

static void add_note(pl_peerconf_t *pc, const pl_event *ev, const char *fmt, const char *arg) {
  char *s = g_strdup_printf(fmt, arg);
  char *n = ev ? g_strdup_printf("%s (line %" G_GUINT64_FORMAT ")", s, ev->line) : g_strdup(s);
  for (guint i = 0; i < pc->notes->len; i++)
    if (g_str_has_prefix(pc->notes->pdata[i], s)) {
      g_free(n);
      g_free(s);
      return;
    }
  g_free(s);
  if (pc->notes->len < 16) g_ptr_array_add(pc->notes, n);
  else g_free(n);
}

static void add_unique(GPtrArray *l, const char *s) {
  for (guint i = 0; i < l->len; i++)
    if (!strcmp(l->pdata[i], s)) return;
  if (l->len < 12) g_ptr_array_add(l, g_strdup(s));
}

static void version_hint(pl_peerconf_t *pc, const pl_event *ev, int v) {
  if (v > pc->version || !pc->version) {
    pc->version = v;
    pc->version_line = ev->line;
    pc->version_source = ev->source;
  }
}

/* "a.b.c.d-w.x.y.z:0-65535 0", "a/24:0/0", "a/24===host" -> CIDR; NULL if not one */
static char *ts_subnet(const char *ts) {
  if (!ts) return NULL;
  char *s = g_strdup(ts);
  char *sp = strchr(s, ' ');
  if (sp) *sp = '\0';
  char *eq = strstr(s, "===");
  if (eq) *eq = '\0';
  /* IPv4 ":port" / ":proto/port" suffix */
  if (!strchr(s, '[')) {
    char *colon = strchr(s, ':');
    if (colon && !strchr(colon + 1, ':') && strchr(s, '.')) *colon = '\0';
  }
  char *res = NULL;
  char *dash = strchr(s, '-');
  if (dash) {
    *dash = '\0';
    struct in_addr a, b;
    struct in6_addr a6, b6;
    /* IPv6: "lo-hi:0-65535" (ports after the last ':' before a second '-') */
    char *hi6 = g_strdup(dash + 1), *d2 = strchr(hi6, '-');
    if (d2) {
      *d2 = '\0';
      char *c = strrchr(hi6, ':');
      if (c) *c = '\0'; /* "2001:db8::" + ":0" -> "2001:db8::" */
    }
    bool v6 = inet_pton(AF_INET6, s, &a6) == 1 && inet_pton(AF_INET6, hi6, &b6) == 1;
    g_free(hi6);
    if (v6) {
      /* an IPv6 range that is one prefix: the same first bits, then all
       * zeros in the low end and all ones in the high end */
      int bits = 0;
      while (bits < 128 && ((a6.s6_addr[bits / 8] ^ b6.s6_addr[bits / 8]) & (0x80 >> (bits % 8))) == 0)
        bits++;
      bool ok = true;
      for (int i = bits; i < 128 && ok; i++) {
        int m = 0x80 >> (i % 8);
        ok = !(a6.s6_addr[i / 8] & m) && (b6.s6_addr[i / 8] & m);
      }
      if (ok) res = g_strdup_printf("%s/%d", s, bits);
    } else if (inet_pton(AF_INET, s, &a) == 1 && inet_pton(AF_INET, dash + 1, &b) == 1) {
      guint32 lo = ntohl(a.s_addr), hi = ntohl(b.s_addr), span = hi - lo + 1;
      if (hi >= lo && (span & (span - 1)) == 0 && (lo & (span - 1)) == 0) {
        int bits = 32;
        for (guint32 x = span; x > 1; x >>= 1) bits--;
        if (span == 0) bits = 0;                 /* 0.0.0.0-255.255.255.255 */
        res = g_strdup_printf("%s/%d", s, bits); /* a host too: addconn wants the "/" */
      }
    }
  } else if (pl_pc_valid_subnet(s)) {
    /* a bare host: addconn wants the "/" */
    res = strchr(s, '/') ? g_strdup(s) : g_strdup_printf("%s/%d", s, strchr(s, ':') ? 128 : 32);
  }
  g_free(s);
  if (res && !pl_pc_valid_subnet(res)) {
    g_free(res);
    res = NULL;
  }
  return res;
}

/* the host part of "subnet===host[id]" or "host[id]===subnet" */
static char *ts_host(const char *end, bool host_first) {
  if (!end) return NULL;
  char *s = g_strdup(end);
  char *eq = strstr(s, "===");
  char *h = s;
  if (eq) {
    if (host_first) *eq = '\0';
    else h = eq + 3;
  }
  char *br = strpbrk(h, "[<");
  if (br) *br = '\0';
  char *res = pl_pc_valid_addr(h) ? g_strdup(h) : NULL;
  g_free(s);
  return res;
}

static void set_subnets(acc *A, const pl_event *ev, const char *ours, const char *theirs,
                        pl_pc_confidence conf, const char *note) {
  char *l = ts_subnet(ours), *r = ts_subnet(theirs);
  if (l) set(A->pc, PL_PC_LEFTSUBNET, l, conf, ev, note);
  else if (ours) A->pc->dropped++;
  if (r) set(A->pc, PL_PC_RIGHTSUBNET, r, conf, ev, note);
  else if (theirs) A->pc->dropped++;
  g_free(l);
  g_free(r);
}

static void set_peer_addr(acc *A, const pl_event *ev, const char *peer, pl_pc_confidence conf) {
  if (!peer) return;
  char *s = g_strdup(peer);
  int port = 0;
  char *colon = strrchr(s, ':');
  if (colon && strchr(s, '.') && !strchr(s, '[')) {
    port = atoi(colon + 1);
    *colon = '\0';
  } else if (s[0] == '[' && strchr(s, ']')) { /* IPv6: "[2001:db8::1]:500" */
    char *end = strchr(s, ']');
    if (end[1] == ':') port = atoi(end + 2);
    *end = '\0';
    memmove(s, s + 1, strlen(s));
  }
  if (pl_pc_valid_addr(s)) {
    set(A->pc, PL_PC_RIGHT, s, conf, ev, NULL);
    if (port == 4500 || (port && port != 500))
      set(A->pc, PL_PC_NAT, "yes", PL_CONF_INFERRED, ev,
          N_("the peer's packets came from a port other than 500"));
  }
  g_free(s);
}

static void set_id(acc *A, const pl_event *ev, const char *id, const char *note) {
  if (!id) return;
  if (pl_pc_valid_id(id)) set(A->pc, PL_PC_RIGHTID, id, PL_CONF_SEEN, ev, note);
  else {
    A->pc->dropped++;
    add_note(A->pc, ev, "%s",
             "the peer's ID contains characters an ipsec.conf value cannot hold; it was left out");
  }
}

static void set_authby(acc *A, const pl_event *ev, const char *auth) {
  if (!auth) return;
  const char *v = NULL;
  if (!g_ascii_strcasecmp(auth, "PRESHARED_KEY") || !g_ascii_strcasecmp(auth, "OAKLEY_PRESHARED_KEY") ||
      !g_ascii_strcasecmp(auth, "secret") || !g_ascii_strcasecmp(auth, "PSK") ||
      !g_ascii_strcasecmp(auth, "shared-key-mac"))
    v = "secret";
  else if (!g_ascii_strcasecmp(auth, "RSA_SIG") || !g_ascii_strcasecmp(auth, "OAKLEY_RSA_SIG") ||
           !g_ascii_strcasecmp(auth, "rsasig") || !g_ascii_strcasecmp(auth, "RSASIG") ||
           g_str_has_prefix(auth, "RSA"))
    v = "rsasig";
  else if (!g_ascii_strcasecmp(auth, "ecdsa")) v = "ecdsa";
  else if (!g_ascii_strcasecmp(auth, "null")) v = "null";
  if (v) set(A->pc, PL_PC_AUTHBY, v, PL_CONF_SEEN, ev, NULL);
}

static void set_version(acc *A, const pl_event *ev, gint64 v, pl_pc_confidence conf, const char *note) {
  if (v == 1) set(A->pc, PL_PC_KEYEXCHANGE, "ikev1", conf, ev, note);
  else if (v == 2) set(A->pc, PL_PC_KEYEXCHANGE, "ikev2", conf, ev, note);
}

static void v2_dump(acc *A, const pl_event *ev, int version) {
  const char *d = pl_event_str(ev, PL_F_PROPOSALS);
  char *from_text = NULL;
  if (!d) { /* a line the grammar left as text: the list ends the line */
    const char *p = pl_phrase_after(ev, PL_PH_REMOTE_PROPOSALS);
    if (p && *p == ' ') from_text = g_strdup(p + 1);
    d = from_text;
  }
  if (!d) return;
  set_version(A, ev, version, PL_CONF_SEEN, NULL);
  char *why = NULL;
  int pfs = -1;
  if (strstr(d, ":IKE:")) {
    char *l = pl_alg_v2_proposals(d, "IKE", NULL, &why);
    if (l && pl_pc_valid_token_list(l))
      set(A->pc, PL_PC_IKE, l, PL_CONF_SEEN, ev, N_("the peer's IKE proposals, in its order"));
    g_free(l);
  }
  if (strstr(d, ":ESP:")) {
    char *l = pl_alg_v2_proposals(d, "ESP", &pfs, &why);
    if (l && pfs == 0) { /* proposals without DH: the ;dh parts would be ignored */
      char **parts = g_strsplit(l, ",", 0);
      for (char **p = parts; *p; p++) {
        char *semi = strchr(*p, ';');
        if (semi) *semi = '\0';
      }
      g_free(l);
      l = g_strjoinv(",", parts);
      g_strfreev(parts);
    }
    if (l && pl_pc_valid_token_list(l)) {
      set(A->pc, PL_PC_ESP, l, PL_CONF_SEEN, ev,
          ev->kind == PL_EV_DEBUG_PROPOSALS
              ? N_("the peer's ESP proposals as the plutodebug dump shows them, with its PFS group")
              : N_("the peer's ESP proposals, in its order"));
      if (pfs >= 0) set(A->pc, PL_PC_PFS, pfs ? "yes" : "no", PL_CONF_SEEN, ev, NULL);
    }
    g_free(l);
  }
  if (why) add_note(A->pc, ev, "%s", why);
  g_free(why);
  g_free(from_text);
}

/* plutodebug facts (grammar/debug.c): only what the peer sent describes the peer */
static void debug_fact(acc *A, const pl_event *ev) {
  const char *dir = pl_event_str(ev, PL_F_DIRECTION);
  gint64 v = pl_event_int_or(ev, PL_F_IKE_VERSION, 0);
  if (!dir || strcmp(dir, "received")) return;
  switch (ev->kind) {
  case PL_EV_DEBUG_PROPOSALS:
    /* the dump syntax of the plain IKEv2 lines: the same reading, the same table */
    v2_dump(A, ev, v == 1 ? 1 : 2);
    break;
  case PL_EV_DEBUG_TS:
    set_subnets(A, ev, pl_event_str(ev, PL_F_LOCAL_TS), pl_event_str(ev, PL_F_REMOTE_TS), PL_CONF_SEEN,
                v == 1 ? N_("the peer's Quick Mode IDs, from the plutodebug dump")
                       : N_("the peer's traffic selectors (TSi/TSr), from the plutodebug dump"));
    break;
  case PL_EV_DEBUG_ID:
    set_id(A, ev, pl_event_str(ev, PL_F_ID), N_("the ID payload the peer sent, from the plutodebug dump"));
    break;
  case PL_EV_DEBUG_NOTIFY: {
    const char *n = pl_event_str(ev, PL_F_NOTIFY);
    if (n && !strcmp(n, "USE_TRANSPORT_MODE"))
      add_note(A->pc, ev, "%s", "the peer asked for transport mode (USE_TRANSPORT_MODE): type=transport");
    break;
  }
  default: break;
  }
}

static void event(acc *A, const pl_conn *c, const pl_event *ev) {
  pl_peerconf_t *pc = A->pc;
  pl_event_kind k = ev->kind;
  gint64 v = 0;
  pl_exchange ex = pl_event_exchange(ev);
  bool has_v = pl_event_int(ev, PL_F_IKE_VERSION, &v);

  /* wording of the Libreswan version */
  if (k == PL_EV_CONN_ADDED) {
    if (PL_PH(ev, ADDED_V2_CONN) || PL_PH(ev, ADDED_V1_CONN)) version_hint(pc, ev, 4);
    else if (PL_PH(ev, ADDED_CONN_DESC)) version_hint(pc, ev, 3);
    if (PL_PH(ev, ADDED_ORIENTED) || PL_PH(ev, ADDED_UNORIENTED)) version_hint(pc, ev, 5);
  }
  if (k == PL_EV_IKE_ESTABLISHED && has_v && v == 1) {
    if (PL_PH(ev, STATE_PREFIX)) version_hint(pc, ev, 3);
    else if (PL_PH(ev, ISAKMP_ESTABLISHED)) version_hint(pc, ev, 5);
    else if (PL_PH(ev, IKE_ESTABLISHED)) version_hint(pc, ev, 4);
  }
  if ((k == PL_EV_PEER_ID || k == PL_EV_IKE_ESTABLISHED) && PL_PH(ev, FQDN_QUOTE) && !PL_PH(ev, ID_FQDN))
    version_hint(pc, ev, 5);
  if (PL_PH(ev, UDP500) || PL_PH(ev, UDP4500)) version_hint(pc, ev, 5);

  if (k == PL_EV_RESPOND) {
    if (has_v) set_version(A, ev, v, PL_CONF_SEEN, N_("the peer started this exchange"));
    if (ex == PL_EXCHANGE_AGGRESSIVE) set(pc, PL_PC_AGGRESSIVE, "yes", PL_CONF_SEEN, ev, NULL);
    else if (ex == PL_EXCHANGE_MAIN) set(pc, PL_PC_AGGRESSIVE, "no", PL_CONF_SEEN, ev, NULL);
    set_peer_addr(A, ev, pl_event_str(ev, PL_F_PEER), PL_CONF_SEEN);
  } else if (k == PL_EV_INITIATE) {
    if (!pl_event_int(ev, PL_F_REPLACES, &v) && ex && ex != PL_EXCHANGE_QUICK && ex != PL_EXCHANGE_CHILD)
      A->initiated = true;
    if (pl_event_int(ev, PL_F_IKE_VERSION, &v))
      set_version(A, ev, v, PL_CONF_INFERRED, N_("our side initiated with this version"));
    if (ex == PL_EXCHANGE_AGGRESSIVE) set(pc, PL_PC_AGGRESSIVE, "yes", PL_CONF_INFERRED, ev, NULL);
  } else if (k == PL_EV_NO_CONN_PACKET || k == PL_EV_IKE_VERSION) {
    if (has_v) set_version(A, ev, v, PL_CONF_SEEN, N_("the version of the peer's packet"));
    else if (PL_PH(ev, IKEV2) || PL_PH(ev, IKE_SA_INIT))
      set_version(A, ev, 2, PL_CONF_SEEN, N_("the peer sent IKEv2"));
    else if (PL_PH(ev, MAIN_MODE) || PL_PH(ev, AGGRESSIVE_MODE) || PL_PH(ev, IKEV1))
      set_version(A, ev, 1, PL_CONF_SEEN, N_("the peer sent IKEv1"));
    if (ex == PL_EXCHANGE_AGGRESSIVE) set(pc, PL_PC_AGGRESSIVE, "yes", PL_CONF_SEEN, ev, NULL);
    else if (ex == PL_EXCHANGE_MAIN) set(pc, PL_PC_AGGRESSIVE, "no", PL_CONF_SEEN, ev, NULL);
    set_authby(A, ev, pl_event_str(ev, PL_F_AUTH));
    set_peer_addr(A, ev, pl_event_str(ev, PL_F_PEER), PL_CONF_SEEN);
    const char *id = pl_event_str(ev, PL_F_ID);
    if (id) set_id(A, ev, id, N_("the ID the peer's packet claimed"));
  } else if (k == PL_EV_TRANSFORM_REFUSED || k == PL_EV_ALG_WARNING) {
    if (k == PL_EV_ALG_WARNING) return; /* our own list, not the peer's */
    const char *ci = pl_event_str(ev, PL_F_CIPHER);
    gint64 kl = pl_event_int_or(ev, PL_F_KEYLEN, 0);
    if (pl_event_str(ev, PL_F_GROUP) || pl_event_str(ev, PL_F_PRF)) {
      char *why = NULL;
      char *t = pl_alg_ike(ci, kl, pl_event_str(ev, PL_F_PRF), NULL, pl_event_str(ev, PL_F_GROUP), &why);
      if (t && pl_pc_valid_token_list(t)) {
        add_unique(A->ike_v1, t);
        A->ike_v1_refused = true;
        if (!A->ike_v1_line) A->ike_v1_line = ev->line, A->ike_v1_source = ev->source;
      } else if (why) add_note(pc, ev, "a refused transform could not be read: %s", why);
      g_free(t);
      g_free(why);
      set_version(A, ev, 1, PL_CONF_SEEN, NULL);
    } else if (ci) {
      const char *in = pl_event_str(ev, PL_F_INTEG);
      char *x = g_strdup_printf("%s%s%s", ci, in ? "-" : "", in ? in : "");
      char *e = pl_alg_esp(x, NULL, NULL);
      if (e && pl_pc_valid_token_list(e)) {
        add_unique(A->esp_v1, e);
        if (!A->esp_v1_line) A->esp_v1_line = ev->line, A->esp_v1_source = ev->source;
      }
      g_free(e);
      g_free(x);
    }
  } else if (k == PL_EV_ATTRIBUTE_REFUSED) {
    if (PL_PH(ev, PRESHARED_KEY))
      set(pc, PL_PC_AUTHBY, "secret", PL_CONF_SEEN, ev, N_("the peer used a pre-shared key"));
    else if (PL_PH(ev, RSA_SIG))
      set(pc, PL_PC_AUTHBY, "rsasig", PL_CONF_SEEN, ev, N_("the peer used RSA signatures"));
    else if (PL_PH(ev, NOT_SUPPORTED))
      add_note(pc, ev, "%s",
               "the peer proposed an algorithm this Libreswan does not support; the peer must change it");
    if (PL_PH(ev, XAUTH)) add_note(pc, ev, "%s", "the peer uses XAUTH");
  } else if (k == PL_EV_PROPOSAL_CHOSEN || k == PL_EV_PROPOSAL_NOMATCH ||
             ((k == PL_EV_UNKNOWN || k == PL_EV_MESSAGE) && PL_PH(ev, REMOTE_PROPOSALS))) {
    v2_dump(A, ev, 2);
  } else if (k == PL_EV_DEBUG_PROPOSALS || k == PL_EV_DEBUG_TS || k == PL_EV_DEBUG_ID ||
             k == PL_EV_DEBUG_NOTIFY) {
    debug_fact(A, ev);
  } else if (k == PL_EV_IKE_ESTABLISHED) {
    A->ike_established = true;
    if (has_v) set_version(A, ev, v, PL_CONF_SEEN, NULL);
    set_authby(A, ev, pl_event_str(ev, PL_F_AUTH));
    const char *id = pl_event_str(ev, PL_F_ID);
    if (id) set_id(A, ev, id, N_("the ID the peer authenticated with"));
    const char *ci = pl_event_str(ev, PL_F_CIPHER);
    if (ci) {
      char *t = pl_alg_ike(ci, pl_event_int_or(ev, PL_F_KEYLEN, 0),
                           v == 1 ? pl_event_str(ev, PL_F_INTEG) : pl_event_str(ev, PL_F_PRF),
                           pl_event_str(ev, PL_F_INTEG), pl_event_str(ev, PL_F_GROUP), NULL);
      if (t && pl_pc_valid_token_list(t)) {
        if (v == 1 || !has_v) {
          add_unique(A->ike_v1, t);
          if (!A->ike_v1_line) A->ike_v1_line = ev->line, A->ike_v1_source = ev->source;
        } else set(pc, PL_PC_IKE, t, PL_CONF_INFERRED, ev, N_("the algorithms negotiated"));
      }
      g_free(t);
    }
  } else if (k == PL_EV_SENT || k == PL_EV_AUTHENTICATED) {
    const char *ci = pl_event_str(ev, PL_F_CIPHER);
    if (ci && has_v && v == 2) {
      char *t = pl_alg_ike(ci, pl_event_int_or(ev, PL_F_KEYLEN, 0), pl_event_str(ev, PL_F_PRF),
                           pl_event_str(ev, PL_F_INTEG), pl_event_str(ev, PL_F_GROUP), NULL);
      if (t && pl_pc_valid_token_list(t))
        set(pc, PL_PC_IKE, t, PL_CONF_INFERRED, ev, N_("the algorithms negotiated"));
      g_free(t);
    }
    if (k == PL_EV_AUTHENTICATED) {
      set_authby(A, ev, pl_event_str(ev, PL_F_AUTH));
      const char *id = pl_event_str(ev, PL_F_ID);
      if (id) set_id(A, ev, id, N_("the ID the peer authenticated with"));
    }
    const char *peer = pl_event_str(ev, PL_F_PEER);
    if (peer && k == PL_EV_SENT) set_peer_addr(A, ev, peer, PL_CONF_SEEN);
  } else if (k == PL_EV_PEER_ID) {
    set_id(A, ev, pl_event_str(ev, PL_F_ID), N_("the ID the peer sent"));
  } else if (k == PL_EV_ID_MISMATCH) {
    set_id(A, ev, pl_event_str(ev, PL_F_ID), N_("the ID the peer sent (no connection accepted it)"));
  } else if (k == PL_EV_PEER_PROPOSED) {
    set_subnets(A, ev, pl_event_str(ev, PL_F_LOCAL_TS), pl_event_str(ev, PL_F_REMOTE_TS), PL_CONF_SEEN,
                N_("the peer's Quick Mode IDs (first = our side)"));
    set_version(A, ev, 1, PL_CONF_SEEN, NULL);
  } else if (k == PL_EV_QM_ENDS) {
    const char *us = pl_event_str(ev, PL_F_LOCAL_TS), *them = pl_event_str(ev, PL_F_REMOTE_TS);
    if (us && strstr(us, "===")) set_subnets(A, ev, us, NULL, PL_CONF_SEEN, NULL);
    if (them && strstr(them, "===")) {
      const char *e = strstr(them, "===") + 3;
      char *r = ts_subnet(e);
      if (r) set(pc, PL_PC_RIGHTSUBNET, r, PL_CONF_SEEN, ev, NULL);
      g_free(r);
    }
    char *l = ts_host(us, false), *r = ts_host(them, true);
    if (us && !strstr(us, "===")) g_free(l), l = ts_host(us, true);
    if (l) set(pc, PL_PC_LEFT, l, PL_CONF_SEEN, ev, NULL);
    if (r) set(pc, PL_PC_RIGHT, r, PL_CONF_SEEN, ev, NULL);
    g_free(l);
    g_free(r);
  } else if (k == PL_EV_NO_CONNECTION_FOR) {
    const char *t = pl_event_str(ev, PL_F_TEXT);
    const char *dots = t ? strstr(t, "...") : NULL;
    if (dots) {
      char *ours = g_strndup(t, (gsize) (dots - t));
      const char *theirs = dots + 3;
      char *os = strstr(ours, "===") ? ts_subnet(ours) : NULL;
      const char *te = strstr(theirs, "===");
      char *ts = te ? ts_subnet(te + 3) : NULL;
      const char *note = N_("the subnets the peer asked for");
      if (os) set(pc, PL_PC_LEFTSUBNET, os, PL_CONF_SEEN, ev, note);
      if (ts) set(pc, PL_PC_RIGHTSUBNET, ts, PL_CONF_SEEN, ev, note);
      char *lh = ts_host(ours, strstr(ours, "===") == NULL);
      if (lh) set(pc, PL_PC_LEFT, lh, PL_CONF_SEEN, ev, NULL);
      g_free(lh);
      g_free(os);
      g_free(ts);
      g_free(ours);
    }
  } else if (k == PL_EV_AUTH_FAILED) {
    if (PL_PH(ev, PEER_ATTEMPTED_PSK))
      set(pc, PL_PC_AUTHBY, "secret", PL_CONF_SEEN, ev, N_("the peer used a pre-shared key"));
    else if (PL_PH(ev, PSK) || PL_PH(ev, HASH_MISMATCH) || PL_PH(ev, AUTH_MISMATCH)) {
      if (!pc->psk_mismatch) pc->psk_line = ev->line;
      pc->psk_mismatch = true;
    }
    const char *id = pl_event_str(ev, PL_F_ID);
    if (id) set_id(A, ev, id, N_("the ID the peer sent"));
  } else if (k == PL_EV_MALFORMED_PAYLOAD) {
    const char *r = pl_event_str(ev, PL_F_REASON);
    if ((r && strstr(r, "PSK")) || PL_PH(ev, PRESHARED)) {
      if (!pc->psk_mismatch) pc->psk_line = ev->line;
      pc->psk_mismatch = true;
    }
  } else if (k == PL_EV_NO_PSK) {
    add_note(pc, ev, "%s", "no pre-shared key was found for the two IDs: add one to ipsec.secrets");
  } else if (k == PL_EV_NO_ACCEPTABLE) {
    const char *w = pl_event_str(ev, PL_F_WHAT);
    if (w && !g_ascii_strcasecmp(w, "ipsec") && !A->esp_v1->len && !pc->item[PL_PC_ESP].value) {
      if (!pc->v1_phase2_hidden) pc->v1_phase2_line = ev->line;
      pc->v1_phase2_hidden = true;
    }
  } else if (k == PL_EV_DPD) {
    if (PL_PH(ev, DID_NOT_ADVERTISE) || PL_PH(ev, NOT_ENABLED_PEER))
      set(pc, PL_PC_DPD, "unsupported", PL_CONF_SEEN, ev, N_("the peer did not advertise DPD"));
  } else if (k == PL_EV_NAT) {
    if (PL_PH(ev, PEER_IS_NATED) || PL_PH(ev, BOTH_NATED) || PL_PH(ev, THEY_NATED))
      set(pc, PL_PC_NAT, "yes", PL_CONF_SEEN, ev, N_("the peer is behind NAT"));
  } else if (k == PL_EV_REVIVAL) {
    set(pc, PL_PC_AUTO, "start", PL_CONF_INFERRED, ev, N_("our side keeps the connection up"));
  } else if (k == PL_EV_NOTIFY_SENT) {
    set_peer_addr(A, ev, pl_event_str(ev, PL_F_PEER), PL_CONF_SEEN);
  }

  /* Child SA details (both the Quick Mode reply and the established line) */
  const char *xfrm = pl_event_str(ev, PL_F_XFRM);
  if (xfrm && (k == PL_EV_CHILD_ESTABLISHED || k == PL_EV_SENT)) {
    char *dh = NULL, *why = NULL;
    char *e = pl_alg_esp(xfrm, &dh, &why);
    if (e && pl_pc_valid_token_list(e)) {
      if (c->ike_version == 2 || (has_v && v == 2)) {
        char *full = dh ? g_strdup_printf("%s;%s", e, dh) : g_strdup(e);
        set(pc, PL_PC_ESP, full, PL_CONF_INFERRED, ev, N_("the algorithms negotiated"));
        g_free(full);
      } else {
        add_unique(A->esp_v1, e);
        if (!A->esp_v1_line) A->esp_v1_line = ev->line, A->esp_v1_source = ev->source;
      }
      if (dh) set(pc, PL_PC_PFS, "yes", PL_CONF_SEEN, ev, NULL);
    } else if (why) add_note(pc, ev, "the ESP algorithms could not be read: %s", why);
    g_free(e);
    g_free(dh);
    g_free(why);
    const char *dpd = pl_event_str(ev, PL_F_DPD);
    if (dpd && (!strcmp(dpd, "active") || !strcmp(dpd, "passive") || !strcmp(dpd, "unsupported")))
      set(pc, PL_PC_DPD, dpd, PL_CONF_SEEN, ev, NULL);
    const char *proto = pl_event_str(ev, PL_F_PROTO), *natd = pl_event_str(ev, PL_F_NATD);
    if ((proto && (strstr(proto, "inUDP") || strstr(proto, "/NAT"))) || (natd && strcmp(natd, "none")))
      set(pc, PL_PC_NAT, "yes", PL_CONF_SEEN, ev, N_("ESP is encapsulated in UDP"));
    const char *mode = pl_event_str(ev, PL_F_MODE);
    if (mode && !strcmp(mode, "transport"))
      add_note(pc, ev, "%s", "the SA is in transport mode: type=transport");
    if (k == PL_EV_CHILD_ESTABLISHED) {
      const char *lt = pl_event_str(ev, PL_F_LOCAL_TS), *rt = pl_event_str(ev, PL_F_REMOTE_TS);
      if (lt || rt) set_subnets(A, ev, lt, rt, PL_CONF_SEEN, N_("the negotiated traffic selectors"));
    }
  }
}

static gint cmp_events(gconstpointer a, gconstpointer b) {
  const pl_event *x = *(const pl_event *const *) a, *y = *(const pl_event *const *) b;
  if (x->source != y->source) return x->source < y->source ? -1 : 1;
  return x->line < y->line ? -1 : x->line > y->line ? 1 : 0;
}

/* lifetimes: an established SA that a later SA replaced lived about as long
 * as the shorter lifetime of the two ends */
static void lifetimes(acc *A, const pl_conn *c) {
  for (guint i = 0; i < c->sas->len; i++) {
    const pl_sa *old = c->sas->pdata[i];
    if (!old->established) continue;
    bool replaced = false;
    for (guint j = 0; j < c->sas->len; j++) {
      const pl_sa *n = c->sas->pdata[j];
      if (n->replaces == old->serial && n->source == old->source) replaced = true;
    }
    if (!replaced) continue;
    for (guint e = 0; e < old->events->len; e++) {
      const pl_event *ev = old->events->pdata[e];
      double age;
      if (ev->kind != PL_EV_DELETE_STATE || !pl_event_dbl(ev, PL_F_AGE, &age) || age < 1) continue;
      char buf[32];
      g_snprintf(buf, sizeof buf, "%ds", (int) (age + 0.5));
      set(A->pc, old->is_ike ? PL_PC_IKELIFETIME : PL_PC_SALIFETIME, buf, PL_CONF_INFERRED, ev,
          N_("the SA was replaced and deleted at this age (the shorter lifetime of the two ends)"));
    }
  }
}

/* per host: how many named connections it has and its unnamed ones (the
 * packets no connection took), gathered once for all connections */
typedef struct {
  guint named;
  GPtrArray *unnamed; /* const pl_conn* */
} host_conns;

static void host_conns_free(gpointer p) {
  host_conns *h = p;
  g_ptr_array_free(h->unnamed, TRUE);
  g_free(h);
}

static void run_conn(pl_conn *c, GHashTable *hosts) {
  pl_peerconf_t *pc = g_new0(pl_peerconf_t, 1);
  pc->notes = g_ptr_array_new_with_free_func(g_free);
  acc A = {.pc = pc,
           .ike_v1 = g_ptr_array_new_with_free_func(g_free),
           .esp_v1 = g_ptr_array_new_with_free_func(g_free)};
  GPtrArray *evs = g_ptr_array_new();
  for (guint i = 0; i < c->events->len; i++) g_ptr_array_add(evs, c->events->pdata[i]);
  for (guint i = 0; i < c->sas->len; i++) {
    const pl_sa *sa = c->sas->pdata[i];
    for (guint j = 0; j < sa->events->len; j++) g_ptr_array_add(evs, sa->events->pdata[j]);
  }
  /* packets no connection took: they belong to this one when they came from
   * its peer, or when the host has this one connection only */
  const host_conns *hc = g_hash_table_lookup(hosts, c->host ? c->host : "");
  guint named = hc ? hc->named : 0;
  for (guint i = 0; hc && i < hc->unnamed->len; i++) {
    const pl_conn *o = hc->unnamed->pdata[i];
    if (o == c) continue;
    for (guint j = 0; j < o->events->len; j++) {
      const pl_event *ev = o->events->pdata[j];
      if (ev->kind != PL_EV_NO_CONN_PACKET && ev->kind != PL_EV_IKE_VERSION && ev->kind != PL_EV_NOTIFY_SENT)
        continue;
      const char *p = pl_event_str(ev, PL_F_PEER);
      bool mine = named == 1;
      if (p && c->peer && g_str_has_prefix(p, c->peer)) mine = true;
      if (mine) g_ptr_array_add(evs, (gpointer) ev);
    }
  }
  g_ptr_array_sort(evs, cmp_events);
  for (guint i = 0; i < evs->len; i++) event(&A, c, evs->pdata[i]);
  g_ptr_array_free(evs, TRUE);

  if (A.ike_v1->len && !pc->item[PL_PC_IKE].value) {
    g_ptr_array_add(A.ike_v1, NULL);
    char *l = g_strjoinv(",", (char **) A.ike_v1->pdata);
    pl_event fake = {.source = A.ike_v1_source, .line = A.ike_v1_line};
    set(pc, PL_PC_IKE, l, PL_CONF_SEEN, &fake,
        A.ike_v1_refused ? N_("the peer's IKE transforms (refused ones and the accepted one)")
                         : N_("the IKE transforms the peer used"));
    g_free(l);
  }
  if (A.esp_v1->len && !pc->item[PL_PC_ESP].value) {
    g_ptr_array_add(A.esp_v1, NULL);
    char *l = g_strjoinv(",", (char **) A.esp_v1->pdata);
    pl_event fake = {.source = A.esp_v1_source, .line = A.esp_v1_line};
    set(pc, PL_PC_ESP, l, PL_CONF_SEEN, &fake, N_("the ESP transforms the peer used"));
    g_free(l);
  }
  lifetimes(&A, c);
  if (!pc->item[PL_PC_RIGHT].value && c->peer) {
    char *s = g_strdup(c->peer);
    if (pl_pc_valid_addr(s)) set(pc, PL_PC_RIGHT, s, PL_CONF_SEEN, NULL, N_("the instance's peer address"));
    g_free(s);
  }
  const char *rid = pc->item[PL_PC_RIGHTID].value;
  if (!pc->item[PL_PC_RIGHT].value && rid && pl_pc_valid_addr(rid)) {
    pl_event fake = {.source = pc->item[PL_PC_RIGHTID].source, .line = pc->item[PL_PC_RIGHTID].line};
    set(pc, PL_PC_RIGHT, rid, PL_CONF_INFERRED, &fake,
        N_("the peer's ID is an address, by default its own; behind NAT use %any"));
  }
  if (!pc->item[PL_PC_LEFT].value && c->local && pl_pc_valid_addr(c->local))
    set(pc, PL_PC_LEFT, c->local, PL_CONF_SEEN, NULL, NULL);
  if (!pc->item[PL_PC_AUTO].value && A.initiated)
    set(pc, PL_PC_AUTO, "start", PL_CONF_INFERRED, NULL, N_("our side initiated"));
  g_ptr_array_free(A.ike_v1, TRUE);
  g_ptr_array_free(A.esp_v1, TRUE);

  if (c->peerconf && c->peerconf_free) c->peerconf_free(c->peerconf);
  c->peerconf = pc;
  c->peerconf_free = peerconf_free;
}

void pl_peerconf(pl_analysis *a) {
  /* host (interned pointer, "" for none) -> host_conns */
  GHashTable *hosts = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, host_conns_free);
  for (guint i = 0; i < a->conns->len; i++) {
    const pl_conn *o = a->conns->pdata[i];
    gpointer key = (gpointer) (o->host ? o->host : "");
    host_conns *h = g_hash_table_lookup(hosts, key);
    if (!h) {
      h = g_new0(host_conns, 1);
      h->unnamed = g_ptr_array_new();
      g_hash_table_insert(hosts, key, h);
    }
    if (o->name && *o->name) h->named++;
    else g_ptr_array_add(h->unnamed, (gpointer) o);
  }
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *c = a->conns->pdata[i];
    if (!c->name || !*c->name) continue;
    run_conn(c, hosts);
  }
  g_hash_table_destroy(hosts);
}

/* ---- JSON -------------------------------------------------------------- */

void pl_peerconf_json(const pl_conn *c, JsonBuilder *b) {
  const pl_peerconf_t *pc = pl_conn_peerconf(c);
  if (!pc) return;
  for (int k = 0; k < PL_PC__COUNT; k++) {
    if (!pc->item[k].value) continue;
    json_builder_set_member_name(b, key_names[k]);
    json_builder_add_string_value(b, pc->item[k].value);
  }
  json_builder_set_member_name(b, "evidence");
  json_builder_begin_object(b);
  for (int k = 0; k < PL_PC__COUNT; k++) {
    const pl_pc_item *it = &pc->item[k];
    if (!it->value) continue;
    json_builder_set_member_name(b, key_names[k]);
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "confidence");
    json_builder_add_string_value(b, pl_pc_confidence_name(it->conf));
    json_builder_set_member_name(b, "line");
    if (it->line) json_builder_add_int_value(b, (gint64) it->line);
    else json_builder_add_null_value(b);
    json_builder_set_member_name(b, "source");
    json_builder_add_int_value(b, it->source);
    if (it->note) {
      json_builder_set_member_name(b, "note");
      json_builder_add_string_value(b, it->note);
    }
    json_builder_end_object(b);
  }
  json_builder_end_object(b);
  if (pc->psk_mismatch) {
    json_builder_set_member_name(b, "psk_mismatch_line");
    json_builder_add_int_value(b, (gint64) pc->psk_line);
  }
  if (pc->v1_phase2_hidden) {
    json_builder_set_member_name(b, "ikev1_phase2_not_logged_line");
    json_builder_add_int_value(b, (gint64) pc->v1_phase2_line);
  }
  if (pc->version) {
    json_builder_set_member_name(b, "libreswan_wording");
    json_builder_add_int_value(b, pc->version);
  }
  if (pc->notes->len) {
    json_builder_set_member_name(b, "notes");
    json_builder_begin_array(b);
    for (guint i = 0; i < pc->notes->len; i++) json_builder_add_string_value(b, pc->notes->pdata[i]);
    json_builder_end_array(b);
  }
}
