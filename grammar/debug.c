/* The plutodebug assembler: follows the debug lines of one pluto across
 * lines and turns what they show into events (see include/debug.h).
 *
 * The scanner (grammar/debug-lexer.l) gives each line a class; this file
 * is a deterministic machine over those classes:
 *
 *   context    the state a line talks about: "child state #4: A => B",
 *              "processing: start state #5 connection "c"", "duplicating
 *              state object #1 "c" as #4", and every plain line's #serial;
 *              #serial -> connection is learnt from the same lines.
 *   SA dumps   "Security Association Payload" opens an SA; "Proposal"
 *              headers open a proposal, "Transform" headers a transform,
 *              "attribute" headers an attribute of it; their fields and
 *              enum lines fill them.  The SA closes at the next SA header,
 *              a header of another structure no deeper than its proposals,
 *              a change of direction (parse/emit), a state change, a plain
 *              line or the end; then one debug-proposals event carries all
 *              its proposals in the dump syntax of the plain IKEv2 lines.
 *   TS         "TSi: parsing" / "TS IP start" + hex line; "ts: ... narrow
 *              range ... TSi[0]=a-b"; IKEv1 "peer client is" / "our client is".
 *   IDs        "initiator ID is ID_FQDN: '@west'" and the like.
 *   notify     "Notify Message Type: v2N_X (0xe)" inside a Notify dump:
 *              errors as notify-sent / notify-received, status as debug-notify.
 *   timers     "handling event EVENT_v1_RETRANSMIT ... #5" as retransmit.
 *
 * Facts of kinds the plain lines also give (notify-*, retransmit, state,
 * transition-failed) are held back until HOLD_LINES lines later; a plain
 * line of the same kind and state in between cancels them.
 *
 * Everything a peer wrote reaches an event only through pl_intern_sanitised
 * (valid UTF-8, no controls), and algorithm names only as names: the
 * esp=/ike= tokens are made later by src/base/algs.c. */
#include "debug.h"
#include "algs.h"

#include <arpa/inet.h>
#include <string.h>

#define HOLD_LINES 64
#define MAX_HELD 16
#define MAX_PROPS 16      /* proposals kept per SA payload */
#define MAX_TRANSFORMS 24 /* transforms kept per proposal */
#define MAP_SIZE 64       /* #serial -> connection entries */
#define SEEN_SIZE 64      /* status notifications already reported */
#define NAME_MAX_LEN 48

typedef enum { T_NONE, T_ENCR, T_PRF, T_INTEG, T_DH, T_ESN, T_OTHER } tr_type;

typedef struct {
  tr_type type;
  char name[NAME_MAX_LEN]; /* as logged: ESP_AES, AES_CBC, KEY_IKE, PRF_HMAC_SHA2_256 */
  gint64 keylen;
  /* IKEv1 transforms carry the rest as attributes */
  char auth[NAME_MAX_LEN];  /* v1 ESP AUTH_ALGORITHM / Oakley hash */
  char group[NAME_MAX_LEN]; /* v1 GROUP_DESCRIPTION / Oakley group */
  char encr[NAME_MAX_LEN];  /* v1 Oakley encryption */
} transform;

typedef struct {
  char proto[8]; /* IKE | ESP | AH */
  int ntr;
  transform tr[MAX_TRANSFORMS];
} proposal;

typedef struct {
  bool open;
  bool sent;
  int version;
  int depth; /* depth of its proposal headers */
  gint64 serial;
  pl_event env; /* envelope of the line that opened it */
  int nprops;
  proposal props[MAX_PROPS];
  char attr[NAME_MAX_LEN]; /* the attribute whose value lines follow */
  bool in_attr;
  guint64 last_line; /* its last proposal/transform/attribute line */
} sa_acc;

typedef struct {
  bool response; /* MSG_RESPONSE flag (IKEv2) */
  int version;
  char exchange[32];
} msg_ctx;

typedef struct {
  const char *host;
  gint64 pid;
  gint64 serial;
  const char *conn, *instance, *peer;
} map_ent;

typedef struct {
  pl_event *ev;
  guint64 deadline;
  bool conn_level; /* goes out without its serial once the connection is known */
} held_ev;

struct pl_debug {
  pl_dl_scanner *sc;
  /* context */
  guint32 source;
  gint64 serial;
  map_ent map[MAP_SIZE];
  guint map_next;
  guint map_last; /* the entry map_find found or map_set took last */
  msg_ctx rx, tx;
  int cur_struct; /* what the last header opened (S_*) */
  bool cur_sent;
  /* assembly */
  sa_acc sa;
  /* traffic selectors */
  char ts_which; /* 'i' | 'r' | 0 */
  bool ts_sent;
  int ts_label; /* 1 start, 2 end: the next hex line holds it */
  char ts_start[48];
  char tsi[100], tsr[100];
  gint64 ts_serial;
  char narrow_tsi[100], narrow_tsr[100];
  gint64 narrow_serial;
  char peer_client[100];
  pl_event client_env; /* the line of the peer client, for a lone one */
  gint64 client_serial;
  /* the last state reported per serial (repeats are not reported) */
  struct {
    gint64 serial;
    const char *state;
  } last_state[8];
  guint last_state_next;
  /* status notifications reported: (serial, interned name, dir) */
  struct {
    gint64 serial;
    const char *name;
    bool sent;
  } seen[SEEN_SIZE];
  guint seen_next;
  held_ev held[MAX_HELD];
  int nheld;
  /* the last plain facts of the held kinds: a debug fact after them is a repeat */
  pl_event *recent[MAX_HELD];
  guint recent_next;
  /* scratch for one event's strings */
  GString *scratch;
};

enum { S_NONE, S_MSG, S_SA, S_PROP, S_TRANS, S_ATTR, S_NOTIFY, S_TS, S_ID, S_OTHER };

/* ---- small string helpers ---------------------------------------------- */

static bool has_n(const char *s, gsize n, const char *needle) {
  return g_strstr_len(s, (gssize) n, needle) != NULL;
}

static bool starts(const char *s, gsize n, const char *lit) {
  gsize l = strlen(lit);
  return n >= l && memcmp(s, lit, l) == 0;
}

/* the first word of s (up to a blank or '('), bounded, into out */
static void word_into(char *out, gsize cap, const char *s, gsize n) {
  gsize i = 0;
  while (i < n && s[i] != ' ' && s[i] != '(' && s[i] != ',' && i + 1 < cap) {
    out[i] = s[i];
    i++;
  }
  out[i] = '\0';
}

static gint64 leading_num(const char *s, gsize n) {
  gint64 v = 0;
  gsize i = 0;
  while (i < n && s[i] == ' ') i++;
  bool any = false;
  while (i < n && g_ascii_isdigit(s[i]) && v < (G_GINT64_CONSTANT(1) << 40))
    v = v * 10 + (s[i++] - '0'), any = true;
  return any ? v : -1;
}

/* "#12" anywhere after "state #" / first "#N" in s */
static gint64 serial_after(const char *s, gsize n, const char *after) {
  const char *p = after ? g_strstr_len(s, (gssize) n, after) : s;
  if (!p) return 0;
  const char *e = s + n;
  p = memchr(p, '#', (gsize) (e - p));
  if (!p) return 0;
  gint64 v = leading_num(p + 1, (gsize) (e - p - 1));
  return v > 0 ? v : 0;
}

/* the text between the first pair of '"' after from */
static bool quoted(const char *s, gsize n, const char **q, gsize *qn) {
  const char *a = memchr(s, '"', n);
  if (!a) return false;
  const char *b = memchr(a + 1, '"', (gsize) (s + n - a - 1));
  if (!b || b == a + 1) return false;
  *q = a + 1;
  *qn = (gsize) (b - a - 1);
  return true;
}

/* ---- connection of a serial --------------------------------------------- */

static map_ent *map_find(pl_debug *d, const pl_event *env, gint64 serial) {
  if (serial <= 0) return NULL;
  /* most lines name the serial the line before named: the entry found or
   * set last (keys are unique, so which one is found does not depend on
   * the order of the search) */
  map_ent *last = &d->map[d->map_last];
  if (last->serial == serial && last->host == env->host && last->pid == env->pid && last->conn) return last;
  for (guint i = 0; i < MAP_SIZE; i++) {
    map_ent *m = &d->map[i];
    if (m->serial == serial && m->host == env->host && m->pid == env->pid && m->conn) {
      d->map_last = i;
      return m;
    }
  }
  return NULL;
}

static void map_set(pl_debug *d, const pl_event *env, gint64 serial, const char *conn, const char *instance,
                    const char *peer, bool weak) {
  if (serial <= 0 || !conn) return;
  map_ent *m = map_find(d, env, serial);
  if (m) {
    if (weak) return; /* a plain line said it better */
  } else {
    d->map_last = d->map_next;
    m = &d->map[d->map_next];
    d->map_next = (d->map_next + 1) % MAP_SIZE;
  }
  m->host = env->host;
  m->pid = env->pid;
  m->serial = serial;
  m->conn = conn;
  m->instance = instance;
  m->peer = peer;
}

/* ---- delivery ----------------------------------------------------------- */

static bool conn_selected(const pl_analysis *a, const pl_event *ev) {
  if (!a->only_conns || !ev->conn) return true;
  for (char **c = a->only_conns; *c; c++)
    if (strcmp(*c, ev->conn) == 0) return true;
  return false;
}

static void deliver(pl_analysis *a, const pl_event *ev) {
  if (!a) return;
  a->stats.kinds[ev->kind]++;
  if (!conn_selected(a, ev)) return;
  bool plain = a->line_plain;
  a->line_plain = false; /* the event's text is not the current line */
  pl_timeline_event(a, ev);
  if (a->sink) a->sink(ev, a->sink_user);
  a->line_plain = plain;
}

static map_ent *map_find(pl_debug *d, const pl_event *env, gint64 serial);

/* An event of a state whose connection is not known yet is held until a
 * line names it; one still unknown then goes out without its serial (the
 * timeline files SAs by serial alone, so a serial under the wrong
 * connection would move that state's plain events there too). */
static void resolve(pl_debug *d, pl_event *ev) {
  if (ev->serial <= 0 || ev->conn) return;
  map_ent *m = map_find(d, ev, ev->serial);
  if (m) {
    ev->conn = m->conn;
    ev->instance = m->instance;
    ev->peer = m->peer;
  } else ev->serial = 0;
}

/* like resolve, but an unknown connection leaves the event as it is */
static void resolve_keep(pl_debug *d, pl_event *ev) {
  if (ev->serial <= 0 || ev->conn) return;
  map_ent *m = map_find(d, ev, ev->serial);
  if (m) {
    ev->conn = m->conn;
    ev->instance = m->instance;
    ev->peer = m->peer;
  }
}

static void flush_held(pl_debug *d, pl_analysis *a, guint32 source, guint64 line, bool all) {
  int k = 0;
  for (int i = 0; i < d->nheld; i++) {
    held_ev *h = &d->held[i];
    if (all || h->ev->source != source || line >= h->deadline) {
      resolve(d, h->ev);
      if (h->conn_level) h->ev->serial = 0;
      deliver(a, h->ev);
      pl_event_free(h->ev);
    } else d->held[k++] = *h;
  }
  d->nheld = k;
}

static bool same_fact(const pl_event *held, const pl_event *ev);
static void hold(pl_debug *d, pl_analysis *a, const pl_event *ev);

/* a connection-level fact of the current state's connection: held while
 * that connection is unknown */
static void emit_conn(pl_debug *d, pl_analysis *a, pl_event *ev, gint64 serial) {
  if (ev->conn || serial <= 0) {
    deliver(a, ev);
    return;
  }
  ev->serial = serial;
  hold(d, a, ev);
  d->held[d->nheld - 1].conn_level = true;
}

/* a debug event: out now, or held while its connection is unknown */
static void emit(pl_debug *d, pl_analysis *a, const pl_event *ev) {
  if (ev->serial > 0 && !ev->conn) hold(d, a, ev);
  else deliver(a, ev);
}

static void hold(pl_debug *d, pl_analysis *a, const pl_event *ev) {
  for (guint i = 0; i < MAX_HELD; i++) {
    const pl_event *r = d->recent[i];
    if (r && r->source == ev->source && r->line + HOLD_LINES >= ev->line && same_fact(ev, r)) return;
  }
  if (d->nheld == MAX_HELD) { /* the oldest goes out now */
    resolve(d, d->held[0].ev);
    if (d->held[0].conn_level) d->held[0].ev->serial = 0;
    deliver(a, d->held[0].ev);
    pl_event_free(d->held[0].ev);
    memmove(&d->held[0], &d->held[1], sizeof d->held[0] * (MAX_HELD - 1));
    d->nheld--;
  }
  d->held[d->nheld].ev = pl_event_copy(ev);
  d->held[d->nheld].deadline = ev->line + HOLD_LINES;
  d->held[d->nheld].conn_level = false;
  d->nheld++;
}

/* ---- building an event -------------------------------------------------- */

static void ev_begin(pl_debug *d, pl_event *ev, const pl_event *env, pl_event_kind k, gint64 serial,
                     const char *text, gsize text_len) {
  memset(ev, 0, sizeof *ev);
  ev->kind = k;
  ev->source = env->source;
  ev->line = env->line;
  ev->time = env->time;
  ev->host = env->host;
  ev->prog = env->prog;
  ev->pid = env->pid;
  ev->repeat = 1;
  ev->serial = serial;
  map_ent *m = map_find(d, env, serial);
  if (m) {
    ev->conn = m->conn;
    ev->instance = m->instance;
    ev->peer = m->peer;
  }
  ev->text = text ? text : "";
  ev->text_len = text ? text_len : 0;
  ev->phrases_known = true; /* a dump's words are not a message's phrases */
}

/* a connection-level event (no serial) of the current state's connection */
static void conn_of(pl_debug *d, pl_event *ev, const pl_event *env) {
  map_ent *m = map_find(d, env, d->serial);
  if (m) {
    ev->conn = m->conn;
    ev->instance = m->instance;
    ev->peer = m->peer;
  }
}

static void f_str(pl_event *ev, pl_field_id id, const char *s, gssize n) {
  if (!s || ev->nfields >= PL_MAX_FIELDS) return;
  pl_field *f = &ev->f[ev->nfields++];
  f->id = (guint16) id;
  f->type = PL_T_STR;
  f->v.s = pl_intern_sanitised(s, n);
}

static void f_int(pl_event *ev, pl_field_id id, gint64 v) {
  if (ev->nfields >= PL_MAX_FIELDS) return;
  pl_field *f = &ev->f[ev->nfields++];
  f->id = (guint16) id;
  f->type = PL_T_INT;
  f->v.i = v;
}

/* ---- SA payloads -------------------------------------------------------- */

/* IKEv1 Oakley attribute values (RFC 2409 appendix A) as the names the
 * algorithm table knows; the enum line, when pluto prints one, wins. */
static const char *oakley_encr(gint64 v) {
  switch (v) {
  case 1: return "DES_CBC";
  case 5: return "3DES_CBC";
  case 7: return "AES_CBC";
  case 8: return "CAMELLIA_CBC";
  default: return NULL;
  }
}
static const char *oakley_hash(gint64 v) {
  switch (v) {
  case 1: return "MD5";
  case 2: return "SHA1";
  case 4: return "SHA2_256";
  case 5: return "SHA2_384";
  case 6: return "SHA2_512";
  default: return NULL;
  }
}
/* IPsec DOI AUTH_ALGORITHM values (RFC 2407, 4868) */
static const char *esp_auth(gint64 v) {
  switch (v) {
  case 1: return "HMAC_MD5";
  case 2: return "HMAC_SHA1";
  case 5: return "HMAC_SHA2_256";
  case 6: return "HMAC_SHA2_384";
  case 7: return "HMAC_SHA2_512";
  case 9: return "AES_XCBC";
  default: return NULL;
  }
}

static void group_name(char *out, gsize cap, gint64 v) {
  if (v > 0 && v < 1000) g_snprintf(out, cap, "DH%" G_GINT64_FORMAT, v);
  else out[0] = '\0';
}

/* a logged name without the prefixes of the IKEv2 enum names the table
 * does not strip (AUTH_HMAC_SHA2_512_256, PRF_HMAC_SHA2_256) */
static const char *bare(const char *n) {
  if (g_str_has_prefix(n, "AUTH_ALGORITHM_")) return n + 15;
  if (g_str_has_prefix(n, "AUTH_") && strcmp(n, "AUTH_NONE")) return n + 5;
  if (g_str_has_prefix(n, "PRF_")) return n + 4;
  if (!strcmp(n, "AUTH_NONE")) return "NONE";
  return n;
}

static void append_encr(GString *o, const char *name, gint64 keylen) {
  g_string_append(o, bare(name));
  if (keylen > 0) {
    /* "AES_CBC_256"; a name that ends in its key length already keeps it */
    char tail[24];
    g_snprintf(tail, sizeof tail, "_%" G_GINT64_FORMAT, keylen);
    if (!g_str_has_suffix(name, tail)) g_string_append(o, tail);
  }
}

/* One SA's proposals in the plain IKEv2 dump syntax:
 * "1:ESP:ENCR=AES_CBC_256;INTEG=HMAC_SHA2_512;DH=DH14 2:ESP:...".
 * IKEv1: each transform is a complete alternative, so each is one entry. */
static void sa_dump(const sa_acc *sa, GString *o, char **pfsgroup, const char **proto_out) {
  int n = 0;
  const char *proto = NULL;
  bool all_dh = true, any = false;
  char first_dh[NAME_MAX_LEN] = "";
  bool same_dh = true;
  for (int p = 0; p < sa->nprops; p++) {
    const proposal *pr = &sa->props[p];
    if (!pr->proto[0] || !pr->ntr) continue;
    if (!proto) proto = pr->proto;
    if (sa->version == 1) {
      for (int t = 0; t < pr->ntr; t++) {
        const transform *tr = &pr->tr[t];
        bool ike = !strcmp(pr->proto, "IKE");
        /* an emitted IKEv1 transform shows its attributes as raw bytes only */
        if (ike ? !tr->encr[0] : !tr->name[0]) continue;
        if (o->len) g_string_append_c(o, ' ');
        g_string_append_printf(o, "%d:%s:ENCR=", ++n, pr->proto);
        append_encr(o, ike ? tr->encr : tr->name, tr->keylen);
        if (tr->auth[0]) g_string_append_printf(o, ";%s=%s", ike ? "PRF" : "INTEG", bare(tr->auth));
        if (tr->group[0]) g_string_append_printf(o, ";DH=%s", tr->group);
        any = true;
        if (!tr->group[0]) all_dh = false;
        else if (!first_dh[0]) g_strlcpy(first_dh, tr->group, sizeof first_dh);
        else if (strcmp(first_dh, tr->group)) same_dh = false;
      }
    } else {
      if (o->len) g_string_append_c(o, ' ');
      g_string_append_printf(o, "%d:%s:", ++n, pr->proto);
      bool first = true, dh = false;
      for (int t = 0; t < pr->ntr; t++) {
        const transform *tr = &pr->tr[t];
        const char *k = tr->type == T_ENCR    ? "ENCR"
                        : tr->type == T_PRF   ? "PRF"
                        : tr->type == T_INTEG ? "INTEG"
                        : tr->type == T_DH    ? "DH"
                        : tr->type == T_ESN   ? "ESN"
                                              : NULL;
        if (!k || !tr->name[0]) continue;
        if (!first) g_string_append_c(o, ';');
        first = false;
        g_string_append_printf(o, "%s=", k);
        if (tr->type == T_ENCR) append_encr(o, tr->name, tr->keylen);
        else if (tr->type == T_ESN)
          g_string_append(o, g_str_has_prefix(tr->name, "ESN_") ? tr->name + 4 : tr->name);
        else g_string_append(o, bare(tr->name));
        if (tr->type == T_DH && strcmp(tr->name, "NONE")) {
          dh = true;
          if (!first_dh[0]) g_strlcpy(first_dh, tr->name, sizeof first_dh);
          else if (strcmp(first_dh, tr->name)) same_dh = false;
        }
      }
      any = true;
      if (!dh) all_dh = false;
    }
  }
  *proto_out = proto;
  *pfsgroup = NULL;
  if (any && all_dh && same_dh && first_dh[0] && proto && strcmp(proto, "IKE")) {
    const char *tok = pl_alg_token(first_dh, 0);
    if (tok && *tok) *pfsgroup = g_strdup(tok);
  }
}

static void sa_close(pl_debug *d, pl_analysis *a) {
  sa_acc *sa = &d->sa;
  if (!sa->open) return;
  sa->open = false;
  if (!sa->nprops) return;
  GString *o = d->scratch;
  g_string_truncate(o, 0);
  char *pfs = NULL;
  const char *proto = NULL;
  sa_dump(sa, o, &pfs, &proto);
  if (o->len && proto) {
    pl_event ev;
    const char *dump = pl_intern_sanitised(o->str, (gssize) o->len);
    ev_begin(d, &ev, &sa->env, PL_EV_DEBUG_PROPOSALS, sa->serial, dump, strlen(dump));
    f_str(&ev, PL_F_DIRECTION, sa->sent ? "sent" : "received", -1);
    f_str(&ev, PL_F_PROPOSALS, dump, -1);
    f_str(&ev, PL_F_PROTO, proto, -1);
    if (sa->version) f_int(&ev, PL_F_IKE_VERSION, sa->version);
    const msg_ctx *m = sa->sent ? &d->tx : &d->rx;
    if (m->exchange[0]) f_str(&ev, PL_F_EXCHANGE, m->exchange, -1);
    if (pfs) f_str(&ev, PL_F_PFSGROUP, pfs, -1);
    emit(d, a, &ev);
  }
  g_free(pfs);
  sa->nprops = 0;
}

static void sa_open(pl_debug *d, pl_analysis *a, const pl_event *env, bool sent, int version, int depth) {
  sa_close(d, a);
  sa_acc *sa = &d->sa;
  sa->open = true;
  sa->sent = sent;
  sa->version = version;
  sa->depth = depth;
  sa->serial = d->serial;
  sa->env = *env;
  sa->env.nfields = 0;
  sa->nprops = 0;
  sa->in_attr = false;
}

static proposal *cur_prop(pl_debug *d) {
  sa_acc *sa = &d->sa;
  return sa->open && sa->nprops ? &sa->props[sa->nprops - 1] : NULL;
}

static transform *cur_tr(pl_debug *d) {
  proposal *p = cur_prop(d);
  return p && p->ntr ? &p->tr[p->ntr - 1] : NULL;
}

/* ---- the lines ---------------------------------------------------------- */

static void on_header(pl_debug *d, pl_analysis *a, const pl_event *env, int depth, const char *name, gsize nn,
                      const char *verb, gsize vn) {
  bool sent = starts(verb, vn, "emit");
  int version = starts(name, nn, "IKEv2") ? 2 : starts(name, nn, "ISAKMP") ? 1 : 0;
  d->cur_sent = sent;
  sa_acc *sa = &d->sa;
  bool sa_part = has_n(name, nn, "Proposal") || has_n(name, nn, "Transform") ||
                 has_n(name, nn, "attribute") || has_n(name, nn, "Attribute") || has_n(name, nn, "DOI SIT");
  /* a structure that is not part of the SA, no deeper than its proposals,
   * or the other direction: the SA dump is over */
  if (sa->open && ((!sa_part && depth <= sa->depth) || sa->sent != sent)) sa_close(d, a);

  if (starts(name, nn, "ISAKMP Message")) {
    d->cur_struct = S_MSG;
    msg_ctx *m = sent ? &d->tx : &d->rx;
    memset(m, 0, sizeof *m);
    d->ts_which = 0;
  } else if (has_n(name, nn, "Security Association Payload")) {
    d->cur_struct = S_SA;
    sa_open(d, a, env, sent, version, depth + 1);
  } else if (has_n(name, nn, "Proposal")) {
    d->cur_struct = S_PROP;
    if (!sa->open) sa_open(d, a, env, sent, version, depth);
    if (!sa->version) sa->version = version;
    sa->depth = depth;
    if (sa->nprops < MAX_PROPS) {
      proposal *p = &sa->props[sa->nprops++];
      memset(p->proto, 0, sizeof p->proto);
      p->ntr = 0;
    }
    sa->in_attr = false;
  } else if (has_n(name, nn, "Transform")) {
    d->cur_struct = S_TRANS;
    proposal *p = cur_prop(d);
    if (p && p->ntr < MAX_TRANSFORMS) {
      transform *t = &p->tr[p->ntr++];
      memset(t, 0, sizeof *t);
      /* "(ESP)" / "(AH)" / "(ISAKMP)" in IKEv1 names */
      if (!p->proto[0]) {
        if (has_n(name, nn, "(ESP)")) strcpy(p->proto, "ESP");
        else if (has_n(name, nn, "(AH)")) strcpy(p->proto, "AH");
        else if (has_n(name, nn, "(ISAKMP)")) strcpy(p->proto, "IKE");
      }
    }
    sa->in_attr = false;
  } else if (has_n(name, nn, "attribute") || has_n(name, nn, "Attribute")) {
    d->cur_struct = S_ATTR;
    sa->in_attr = true;
    sa->attr[0] = '\0';
  } else if (has_n(name, nn, "Notif")) {
    d->cur_struct = S_NOTIFY;
  } else if (has_n(name, nn, "Traffic Selector")) {
    d->cur_struct = S_TS;
    if (has_n(name, nn, "Initiator")) d->ts_which = 'i', d->ts_sent = sent;
    else if (has_n(name, nn, "Responder")) d->ts_which = 'r', d->ts_sent = sent;
  } else if (has_n(name, nn, "Identification")) {
    d->cur_struct = S_ID;
  } else if (has_n(name, nn, "DOI SIT")) {
    /* part of an IKEv1 SA payload */
  } else d->cur_struct = S_OTHER;
}

static void notify(pl_debug *d, pl_analysis *a, const pl_event *env, const char *v, gsize vn) {
  char name[64];
  word_into(name, sizeof name, v, vn);
  const char *n = name;
  if (g_str_has_prefix(n, "v2N_") || g_str_has_prefix(n, "v1N_")) n += 4;
  if (!*n) return;
  /* the number in "(0xe)": errors are below 8192 (IKEv1) / 16384 (IKEv2) */
  const char *par = memchr(v, '(', vn);
  gint64 num = -1;
  if (par && par + 3 < v + vn && par[1] == '0' && par[2] == 'x') num = g_ascii_strtoll(par + 3, NULL, 16);
  int version = d->cur_sent ? d->tx.version : d->rx.version;
  /* 2.6/3.x print the name alone: the error names say what failed */
  bool error = num >= 0 ? num < (version == 1 ? 8192 : 16384)
                        : (strstr(n, "INVALID") || strstr(n, "NO_PROPOSAL") || strstr(n, "FAILED") ||
                           strstr(n, "UNACCEPTABLE") || strstr(n, "MALFORMED") ||
                           strstr(n, "NOT_SUPPORTED") || strstr(n, "REQUIRED") || strstr(n, "UNSUPPORTED") ||
                           strstr(n, "BAD_") || strstr(n, "NO_ADDITIONAL_SAS") || strstr(n, "SITUATION_NOT"));
  pl_event ev;
  if (error) {
    ev_begin(d, &ev, env, d->cur_sent ? PL_EV_NOTIFY_SENT : PL_EV_NOTIFY_RECEIVED, d->serial, n, strlen(n));
    f_str(&ev, PL_F_NOTIFY, n, -1);
    f_str(&ev, PL_F_DIRECTION, d->cur_sent ? "sent" : "received", -1);
    if (version) f_int(&ev, PL_F_IKE_VERSION, version);
    hold(d, a, &ev);
    return;
  }
  const char *in = pl_intern_sanitised(n, -1);
  for (guint i = 0; i < SEEN_SIZE; i++)
    if (d->seen[i].name == in && d->seen[i].serial == d->serial && d->seen[i].sent == d->cur_sent) return;
  d->seen[d->seen_next].name = in;
  d->seen[d->seen_next].serial = d->serial;
  d->seen[d->seen_next].sent = d->cur_sent;
  d->seen_next = (d->seen_next + 1) % SEEN_SIZE;
  ev_begin(d, &ev, env, PL_EV_DEBUG_NOTIFY, d->serial, in, strlen(in));
  f_str(&ev, PL_F_NOTIFY, in, -1);
  f_str(&ev, PL_F_DIRECTION, d->cur_sent ? "sent" : "received", -1);
  if (version) f_int(&ev, PL_F_IKE_VERSION, version);
  emit(d, a, &ev);
}

static void on_field(pl_debug *d, pl_analysis *a, const pl_event *env, const char *k, gsize kn, const char *v,
                     gsize vn) {
  sa_acc *sa = &d->sa;
  switch (d->cur_struct) {
  case S_MSG: {
    msg_ctx *m = d->cur_sent ? &d->tx : &d->rx;
    if (starts(k, kn, "exchange type")) {
      char w[48];
      word_into(w, sizeof w, v, vn);
      const char *x = w;
      if (g_str_has_prefix(x, "ISAKMP_v2_")) x += 10;
      else if (g_str_has_prefix(x, "ISAKMP_XCHG_")) x += 12;
      static const struct {
        const char *log, *ex;
      } ex[] = {{"IDPROT", "main"},
                {"AGGR", "aggressive"},
                {"QUICK", "quick"},
                {"INFO", "informational"},
                {"IKE_SA_INIT", "ike_sa_init"},
                {"IKE_AUTH", "ike_auth"},
                {"CREATE_CHILD_SA", "create_child_sa"},
                {"INFORMATIONAL", "informational"},
                {"MODE_CFG", "modecfg"}};
      m->exchange[0] = '\0';
      for (gsize i = 0; i < G_N_ELEMENTS(ex); i++)
        if (!strcmp(x, ex[i].log)) g_strlcpy(m->exchange, ex[i].ex, sizeof m->exchange);
    } else if (starts(k, kn, "ISAKMP version")) {
      m->version = has_n(v, vn, "IKEv2") || has_n(v, vn, "2.0") ? 2 : 1;
    } else if (starts(k, kn, "flags")) {
      m->response = has_n(v, vn, "MSG_RESPONSE");
    }
    break;
  }
  case S_PROP: {
    proposal *p = cur_prop(d);
    if (p && (starts(k, kn, "protocol ID") || starts(k, kn, "proto ID"))) {
      if (has_n(v, vn, "ESP")) strcpy(p->proto, "ESP");
      else if (has_n(v, vn, "_AH")) strcpy(p->proto, "AH");
      else if (has_n(v, vn, "ISAKMP") || has_n(v, vn, "_IKE")) strcpy(p->proto, "IKE");
    }
    break;
  }
  case S_TRANS: {
    transform *t = cur_tr(d);
    if (!t) break;
    if (has_n(k, kn, "transform type")) {
      t->type = has_n(v, vn, "ENCR")                         ? T_ENCR
                : has_n(v, vn, "PRF")                        ? T_PRF
                : has_n(v, vn, "INTEG")                      ? T_INTEG
                : has_n(v, vn, "_DH") || has_n(v, vn, "_KE") ? T_DH
                : has_n(v, vn, "ESN")                        ? T_ESN
                                                             : T_OTHER;
    } else if (has_n(k, kn, "transform ID")) {
      word_into(t->name, sizeof t->name, v, vn);
      if (sa->version == 1 && !t->type) t->type = T_ENCR;
    }
    break;
  }
  case S_ATTR: {
    transform *t = cur_tr(d);
    if (!t) break;
    if (starts(k, kn, "af+type")) {
      const char *p = v;
      gsize n = vn;
      if (starts(p, n, "AF+")) p += 3, n -= 3;
      word_into(sa->attr, sizeof sa->attr, p, n);
    } else if (starts(k, kn, "length/value")) {
      gint64 x = leading_num(v, vn);
      const char *at = sa->attr;
      if (g_str_has_suffix(at, "KEY_LENGTH")) t->keylen = x;
      else if (!strcmp(at, "AUTH_ALGORITHM") && esp_auth(x)) g_strlcpy(t->auth, esp_auth(x), sizeof t->auth);
      else if (!strcmp(at, "GROUP_DESCRIPTION") || !strcmp(at, "OAKLEY_GROUP_DESCRIPTION"))
        group_name(t->group, sizeof t->group, x);
      else if (!strcmp(at, "OAKLEY_ENCRYPTION_ALGORITHM") && oakley_encr(x))
        g_strlcpy(t->encr, oakley_encr(x), sizeof t->encr);
      else if (!strcmp(at, "OAKLEY_HASH_ALGORITHM") && oakley_hash(x))
        g_strlcpy(t->auth, oakley_hash(x), sizeof t->auth);
    }
    break;
  }
  case S_NOTIFY:
    if (starts(k, kn, "Notify Message Type")) notify(d, a, env, v, vn);
    break;
  default: break;
  }
}

/* "[7 is AUTH_ALGORITHM_HMAC_SHA2_512]": the name of the attribute value */
static void on_enum(pl_debug *d, const char *v, gsize vn) {
  transform *t = cur_tr(d);
  if (!t || d->cur_struct != S_ATTR) return;
  const char *at = d->sa.attr;
  char name[NAME_MAX_LEN];
  word_into(name, sizeof name, v, vn);
  if (!strcmp(at, "AUTH_ALGORITHM")) g_strlcpy(t->auth, name, sizeof t->auth);
  else if (g_str_has_suffix(at, "GROUP_DESCRIPTION")) g_strlcpy(t->group, name, sizeof t->group);
  else if (!strcmp(at, "OAKLEY_ENCRYPTION_ALGORITHM")) g_strlcpy(t->encr, name, sizeof t->encr);
  else if (!strcmp(at, "OAKLEY_HASH_ALGORITHM")) g_strlcpy(t->auth, name, sizeof t->auth);
}

/* a hex dump line as an address (4 or 16 bytes) */
static bool hex_addr(const char *s, gsize n, char *out, gsize cap) {
  guint8 b[16];
  int k = 0;
  gsize i = 0;
  while (i < n && k < 16) {
    while (i < n && s[i] == ' ') i++;
    if (i + 1 >= n || !g_ascii_isxdigit(s[i]) || !g_ascii_isxdigit(s[i + 1])) break;
    if (i + 2 < n && s[i + 2] != ' ') break;
    b[k++] = (guint8) (g_ascii_xdigit_value(s[i]) * 16 + g_ascii_xdigit_value(s[i + 1]));
    i += 2;
    /* the ASCII column starts after three or more blanks */
    if (i + 3 < n && s[i] == ' ' && s[i + 1] == ' ' && s[i + 2] == ' ' && s[i + 3] == ' ') break;
  }
  if (k == 4) {
    g_snprintf(out, cap, "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
    return true;
  }
  if (k == 16) {
    char t[INET6_ADDRSTRLEN];
    if (!inet_ntop(AF_INET6, b, t, sizeof t)) return false;
    g_strlcpy(out, t, cap);
    return true;
  }
  return false;
}

static void ts_event(pl_debug *d, pl_analysis *a, const pl_event *env, const char *tsi, const char *tsr,
                     bool sent, bool response, gint64 serial) {
  /* TSi is the side of the Child SA's initiator: the peer's when the peer
   * sent a request or we sent a response */
  bool tsi_is_peer = sent ? response : !response;
  pl_event ev;
  GString *o = d->scratch;
  g_string_printf(o, "TSi=%s TSr=%s", tsi, tsr);
  const char *txt = pl_intern_sanitised(o->str, (gssize) o->len);
  ev_begin(d, &ev, env, PL_EV_DEBUG_TS, serial, txt, strlen(txt));
  f_str(&ev, PL_F_DIRECTION, sent ? "sent" : "received", -1);
  f_str(&ev, PL_F_LOCAL_TS, tsi_is_peer ? tsr : tsi, -1);
  f_str(&ev, PL_F_REMOTE_TS, tsi_is_peer ? tsi : tsr, -1);
  f_int(&ev, PL_F_IKE_VERSION, 2);
  emit(d, a, &ev);
}

/* "TSi[0]=198.51.100.0-198.51.100.255" in a "ts: ... narrow range" line (4.x),
 * "tsi[0]=198.51.100.0/198.51.100.255 proto=0 portrange 0-65535, tsr[0]=..." (3.x) */
static void on_narrow(pl_debug *d, pl_analysis *a, const pl_event *env, const char *s, gsize n) {
  bool v3 = starts(s, n, "tsi[");
  for (int w = 0; w < 2; w++) {
    const char *key = v3 ? (w ? "tsr[" : "tsi[") : (w ? " TS TSr[" : " TS TSi[");
    const char *p = g_strstr_len(s, (gssize) n, key);
    if (!p) continue;
    p = memchr(p, '=', (gsize) (s + n - p));
    if (!p) continue;
    p++;
    const char *q = p;
    while (q < s + n && *q != ' ') q++;
    char *dst = w ? d->narrow_tsr : d->narrow_tsi;
    char val[sizeof d->narrow_tsi];
    gsize len = MIN((gsize) (q - p), sizeof val - 1);
    if (v3 && len && p[len - 1] == ',') len--;
    memcpy(val, p, len);
    val[len] = '\0';
    if (v3) { /* "low/high" -> "low-high" */
      char *sl = strchr(val, '/');
      if (sl) *sl = '-';
    }
    if (d->narrow_serial != d->serial)
      d->narrow_tsi[0] = d->narrow_tsr[0] = '\0', d->narrow_serial = d->serial;
    if (!strcmp(dst, val)) continue; /* said already */
    memcpy(dst, val, len + 1);
    if (w == 1 && d->narrow_tsi[0])
      ts_event(d, a, env, d->narrow_tsi, d->narrow_tsr, false, false, d->serial);
  }
}

static void on_ts_hex(pl_debug *d, pl_analysis *a, const pl_event *env, const char *s, gsize n) {
  char addr[48];
  int label = d->ts_label;
  d->ts_label = 0;
  if (!d->ts_which || !hex_addr(s, n, addr, sizeof addr)) return;
  if (label == 1) {
    g_strlcpy(d->ts_start, addr, sizeof d->ts_start);
    return;
  }
  char *dst = d->ts_which == 'i' ? d->tsi : d->tsr;
  g_snprintf(dst, sizeof d->tsi, "%s-%s", d->ts_start, addr);
  if (d->ts_which == 'i') {
    d->tsr[0] = '\0';
    d->ts_serial = d->serial;
  } else if (d->tsi[0]) {
    const msg_ctx *m = d->ts_sent ? &d->tx : &d->rx;
    ts_event(d, a, env, d->tsi, d->tsr, d->ts_sent, m->response, d->serial);
    /* the narrow-range lines that follow repeat it */
    g_strlcpy(d->narrow_tsi, d->tsi, sizeof d->narrow_tsi);
    g_strlcpy(d->narrow_tsr, d->tsr, sizeof d->narrow_tsr);
    d->narrow_serial = d->serial;
    d->tsi[0] = d->tsr[0] = '\0';
  }
}

/* "peer client is subnet 198.51.100.0/24", "our client is 192.168.5.2/32" */
static void on_client(pl_debug *d, pl_analysis *a, const pl_event *env, const char *s, gsize n) {
  bool peer = starts(s, n, "peer");
  const char *p = g_strstr_len(s, (gssize) n, " is ");
  if (!p) return;
  p += 4;
  const char *e = s + n;
  /* skip words ("subnet", "host") up to the address */
  while (p < e && !g_ascii_isxdigit(*p) && *p != ':') {
    const char *sp = memchr(p, ' ', (gsize) (e - p));
    if (!sp) return;
    p = sp + 1;
  }
  const char *q = p;
  while (q < e && *q != ' ') q++;
  char val[100];
  g_strlcpy(val, p, MIN((gsize) (q - p) + 1, sizeof val));
  if (peer) {
    g_strlcpy(d->peer_client, val, sizeof d->peer_client);
    d->client_env = *env;
    d->client_env.nfields = 0;
    d->client_serial = d->serial;
    return;
  }
  if (!d->peer_client[0]) return;
  pl_event ev;
  GString *o = d->scratch;
  g_string_printf(o, "peer client %s, our client %s", d->peer_client, val);
  const char *txt = pl_intern_sanitised(o->str, (gssize) o->len);
  ev_begin(d, &ev, env, PL_EV_DEBUG_TS, 0, txt, strlen(txt));
  conn_of(d, &ev, env);
  f_str(&ev, PL_F_DIRECTION, "received", -1);
  f_str(&ev, PL_F_LOCAL_TS, val, -1);
  f_str(&ev, PL_F_REMOTE_TS, d->peer_client, -1);
  f_int(&ev, PL_F_IKE_VERSION, 1);
  emit_conn(d, a, &ev, d->serial);
  d->peer_client[0] = '\0';
}

/* a "peer client is" line with no "our client is" after it (an excerpt
 * cut there, a Quick Mode refused in between) */
static void lone_client(pl_debug *d, pl_analysis *a) {
  if (!d->peer_client[0]) return;
  pl_event ev;
  GString *o = d->scratch;
  g_string_printf(o, "peer client %s", d->peer_client);
  const char *txt = pl_intern_sanitised(o->str, (gssize) o->len);
  ev_begin(d, &ev, &d->client_env, PL_EV_DEBUG_TS, 0, txt, strlen(txt));
  conn_of(d, &ev, &d->client_env);
  f_str(&ev, PL_F_DIRECTION, "received", -1);
  f_str(&ev, PL_F_REMOTE_TS, d->peer_client, -1);
  f_int(&ev, PL_F_IKE_VERSION, 1);
  emit_conn(d, a, &ev, d->client_serial);
  d->peer_client[0] = '\0';
}

/* "internal address 192.168.5.2/32 from lease": the ModeCfg address given out */
static void on_lease(pl_debug *d, pl_analysis *a, const pl_event *env, const char *s, gsize n) {
  const char *p = s + strlen("internal address "), *e = s + n, *q = p;
  while (q < e && *q != ' ') q++;
  if (q == p) return;
  pl_event ev;
  ev_begin(d, &ev, env, PL_EV_MODECFG, d->serial, s, n);
  f_str(&ev, PL_F_ADDRESS, p, q - p);
  hold(d, a, &ev);
}

/* "initiator ID is ID_FQDN: '@west'" (the peer's, as the responder reads it) */
static void on_id(pl_debug *d, pl_analysis *a, const pl_event *env, const char *s, gsize n) {
  const char *p = g_strstr_len(s, (gssize) n, " ID is ");
  if (!p) return;
  p += 7;
  const char *e = s + n;
  const char *colon = memchr(p, ':', (gsize) (e - p));
  const char *q1 = memchr(p, '\'', (gsize) (e - p));
  if (!q1) return;
  const char *q2 = memchr(q1 + 1, '\'', (gsize) (e - q1 - 1));
  if (!q2 || q2 == q1 + 1) return;
  pl_event ev;
  ev_begin(d, &ev, env, PL_EV_DEBUG_ID, d->serial, s, n);
  f_str(&ev, PL_F_DIRECTION, "received", -1);
  f_str(&ev, PL_F_ID, q1 + 1, q2 - q1 - 1);
  if (colon && colon < q1) f_str(&ev, PL_F_ID_TYPE, p, colon - p);
  emit(d, a, &ev);
}

/* "child state #2: UNDEFINED(ignore) => QUICK_R0(established CHILD SA)" */
static void on_state(pl_debug *d, pl_analysis *a, const pl_event *env, const char *s, gsize n) {
  gint64 serial = serial_after(s, n, NULL);
  if (serial) d->serial = serial;
  lone_client(d, a);
  const char *arrow = g_strstr_len(s, (gssize) n, "=> ");
  const char *p, *e = s + n, *q;
  if (arrow) p = arrow + 3;
  else if (s[0] == '#' && (p = g_strstr_len(s, (gssize) n, " STATE_"))) p += 7; /* "#11 STATE_XAUTH_R0:" */
  else return;
  q = p;
  while (q < e && *q != '(' && *q != ' ' && *q != ':') q++;
  if (q == p || starts(p, (gsize) (q - p), "UNDEFINED")) return; /* deletion: the plain line says it */
  char st[64];
  g_snprintf(st, sizeof st, "STATE_%.*s", (int) MIN(q - p, 50), p);
  const char *core = st + 6;
  if (g_str_has_prefix(core, "V2_")) core += 3;
  const char *in = pl_intern_sanitised(core, -1);
  for (guint i = 0; i < G_N_ELEMENTS(d->last_state); i++)
    if (d->last_state[i].serial == serial && d->last_state[i].state == in) return; /* said already */
  d->last_state[d->last_state_next].serial = serial;
  d->last_state[d->last_state_next].state = in;
  d->last_state_next = (d->last_state_next + 1) % G_N_ELEMENTS(d->last_state);
  pl_event ev;
  ev_begin(d, &ev, env, PL_EV_STATE_STORY, serial, s, n);
  f_str(&ev, PL_F_STATE, st, -1);
  hold(d, a, &ev);
}

static void on_processing(pl_debug *d, const pl_event *env, const char *s, gsize n) {
  gint64 serial = serial_after(s, n, "state #");
  if (!serial) return;
  d->serial = serial;
  const char *q;
  gsize qn;
  const char *c = g_strstr_len(s, (gssize) n, "connection \"");
  if (c && quoted(c, (gsize) (s + n - c), &q, &qn)) {
    const char *conn = pl_intern_sanitised(q, (gssize) qn);
    /* "connection "rw"[3] 192.0.2.1": the instance */
    const char *after = q + qn + 1, *e = s + n, *inst = NULL;
    if (after < e && *after == '[') {
      const char *r = after;
      while (r < e && *r == '[') {
        const char *cl = memchr(r, ']', (gsize) (e - r));
        if (!cl) break;
        r = cl + 1;
      }
      inst = pl_intern_sanitised(after, r - after);
    }
    map_set(d, env, serial, conn, inst, NULL, true);
  }
}

/* "handling event EVENT_v1_RETRANSMIT for parent state #12" */
static void on_event(pl_debug *d, pl_analysis *a, const pl_event *env, const char *s, gsize n) {
  gint64 serial = serial_after(s, n, " #");
  if (!serial) serial = serial_after(s, n, "state #");
  if (serial) d->serial = serial;
  if (!has_n(s, n, "_RETRANSMIT ") || !has_n(s, n, " for ")) return;
  pl_event ev;
  ev_begin(d, &ev, env, PL_EV_RETRANSMIT, serial, s, n);
  f_str(&ev, PL_F_WHAT, has_n(s, n, "EVENT_v1") ? "IKEv1" : "IKEv2", -1);
  hold(d, a, &ev);
}

/* "state transition function for STATE_QUICK_R0 failed: NO_PROPOSAL_CHOSEN" */
static void on_failed(pl_debug *d, pl_analysis *a, const pl_event *env, const char *s, gsize n) {
  const char *f = g_strstr_len(s, (gssize) n, " failed: ");
  if (!f) return;
  const char *st = s + strlen("state transition function for ");
  char state[64], why[64];
  word_into(state, sizeof state, st, (gsize) (f - st));
  word_into(why, sizeof why, f + 9, (gsize) (s + n - f - 9));
  pl_event ev;
  ev_begin(d, &ev, env, PL_EV_TRANSITION_FAILED, d->serial, s, n);
  if (state[0]) f_str(&ev, PL_F_STATE, state, -1);
  if (why[0]) f_str(&ev, PL_F_NOTIFY, why, -1);
  hold(d, a, &ev);
}

/* "fc_try test gives test", "ts: connection "test" $1 best by "test" $1" */
static void on_match(pl_debug *d, pl_analysis *a, const pl_event *env, const char *s, gsize n) {
  const char *w = NULL, *e = s + n;
  gsize wn = 0;
  if (starts(s, n, "fc_try ") && has_n(s, n, " gives ")) {
    w = g_strstr_len(s, (gssize) n, " gives ") + 7;
    const char *q = w;
    while (q < e && *q != ' ') q++;
    wn = (gsize) (q - w);
  } else if (has_n(s, n, " best by ")) {
    const char *b = g_strstr_len(s, (gssize) n, " best by ");
    if (!quoted(b, (gsize) (e - b), &w, &wn)) w = NULL;
  }
  if (!w || !wn) return;
  pl_event ev;
  ev_begin(d, &ev, env, PL_EV_DEBUG_MATCH, d->serial, s, n);
  f_str(&ev, PL_F_WHAT, w, (gssize) wn);
  emit(d, a, &ev);
}

/* ---- the driver's calls ------------------------------------------------- */

void pl_debug_line(pl_debug **dp, pl_analysis *a, const pl_event *env, const char *s, const char *e) {
  pl_debug *d = *dp;
  if (!d) {
    d = g_new0(pl_debug, 1);
    d->sc = pl_dl_new();
    d->scratch = g_string_sized_new(256);
    *dp = d;
  }
  if (!s || !e || e < s) return;
  if (d->source != env->source) {
    sa_close(d, a);
    d->source = env->source;
    d->serial = 0;
  }
  flush_held(d, a, env->source, env->line, false);
  if (d->sa.open && env->line > d->sa.last_line + 300) sa_close(d, a); /* a dump that never ended */
  int depth = 0;
  const char *x, *y;
  gsize xn, yn;
  pl_dl_class c = pl_dl_scan(d->sc, s, (gsize) (e - s), &depth, &x, &xn, &y, &yn);
  if (c != PL_DL_HEX) d->ts_label = c == PL_DL_TS_LABEL ? (has_n(x, xn, "start") ? 1 : 2) : 0;
  switch (c) {
  case PL_DL_HEADER:
    on_header(d, a, env, depth, x, xn, y, yn);
    d->sa.last_line = env->line;
    break;
  case PL_DL_FIELD: on_field(d, a, env, x, xn, y, yn); break;
  case PL_DL_ENUM: on_enum(d, x, xn); break;
  case PL_DL_HEX:
    if (d->ts_label) on_ts_hex(d, a, env, x, xn);
    break;
  case PL_DL_STATE:
    sa_close(d, a);
    on_state(d, a, env, x, xn);
    break;
  case PL_DL_PROCESSING: on_processing(d, env, x, xn); break;
  case PL_DL_EVENT:
    sa_close(d, a);
    on_event(d, a, env, x, xn);
    break;
  case PL_DL_CLIENT: on_client(d, a, env, x, xn); break;
  case PL_DL_TS_LABEL: break;
  case PL_DL_TS_DIR:
    d->ts_which = x[2] == 'i' ? 'i' : 'r';
    d->ts_sent = has_n(x, xn, "emit");
    break;
  case PL_DL_ID: on_id(d, a, env, x, xn); break;
  case PL_DL_TS_NARROW: on_narrow(d, a, env, x, xn); break;
  case PL_DL_MATCH: on_match(d, a, env, x, xn); break;
  case PL_DL_STATE_CONN: {
    /* "duplicating state object #1 "test" as #4" */
    const char *q;
    gsize qn;
    gint64 from = serial_after(x, xn, NULL), to = serial_after(x, xn, " as ");
    if (to && quoted(x, xn, &q, &qn)) {
      map_ent *m = map_find(d, env, from);
      map_set(d, env, to, pl_intern_sanitised(q, (gssize) qn), m ? m->instance : NULL, m ? m->peer : NULL,
              true);
      d->serial = to;
    }
    break;
  }
  case PL_DL_FAILED:
    sa_close(d, a);
    on_failed(d, a, env, x, xn);
    break;
  case PL_DL_LEASE: on_lease(d, a, env, x, xn); break;
  case PL_DL_OTHER:
  case PL_DL__COUNT: break;
  }
}

static const char *state_core(const char *s) {
  if (!s) return NULL;
  if (g_str_has_prefix(s, "STATE_")) s += 6;
  if (g_str_has_prefix(s, "V2_")) s += 3;
  return s;
}

static bool held_kind(pl_event_kind k) { return k != PL_EV_UNKNOWN && k != PL_EV_DAEMON; }

static bool same_fact(const pl_event *held, const pl_event *ev) {
  /* a notification a plain line names, whatever the line's kind ("IKE_AUTH
   * response rejected Child SA with NO_PROPOSAL_CHOSEN", "dropping unexpected
   * IKE_SA_INIT message containing ..."): pluto said it already */
  if (held->kind == PL_EV_NOTIFY_SENT || held->kind == PL_EV_NOTIFY_RECEIVED ||
      held->kind == PL_EV_TRANSITION_FAILED) {
    const char *n = pl_event_str(held, PL_F_NOTIFY);
    if (n && strlen(n) >= 6 && ev->text && g_strstr_len(ev->text, (gssize) ev->text_len, n)) return true;
  }
  if (held->kind != ev->kind) {
    /* a plain "sending notification X" is notify-sent; its state
     * transition failure says the same */
    if (!(held->kind == PL_EV_TRANSITION_FAILED && ev->kind == PL_EV_NOTIFY_SENT)) return false;
  }
  if (held->serial && ev->serial && held->serial != ev->serial) return false;
  if (held->kind == PL_EV_NOTIFY_SENT || held->kind == PL_EV_NOTIFY_RECEIVED ||
      held->kind == PL_EV_TRANSITION_FAILED) {
    const char *a = pl_event_str(held, PL_F_NOTIFY), *b = pl_event_str(ev, PL_F_NOTIFY);
    if (a && b && !strstr(b, a) && !strstr(a, b)) return false;
  }
  if (held->kind == PL_EV_STATE_STORY) {
    const char *a = state_core(pl_event_str(held, PL_F_STATE)), *b = state_core(pl_event_str(ev, PL_F_STATE));
    if (!a || !b || strcmp(a, b)) return false;
  }
  return true;
}

void pl_debug_plain(pl_debug *d, pl_analysis *a, const pl_event *ev) {
  if (!d || !ev) return;
  /* a plain line ends a dump's fields (an SA dump goes on: 2.6 and 3.x log
   * each refused transform between its transform dumps) */
  if (!(ev->kind == PL_EV_PEER_PROPOSED)) lone_client(d, a);
  pl_dl_top(d->sc);
  d->ts_label = 0;
  if (ev->serial > 0) {
    d->serial = ev->serial;
    if (ev->conn) map_set(d, ev, ev->serial, ev->conn, ev->instance, ev->peer, false);
  }
  if (held_kind(ev->kind)) {
    d->recent[d->recent_next] = pl_event_copy_hint(d->recent[d->recent_next], ev, a && a->line_plain);
    d->recent_next = (d->recent_next + 1) % MAX_HELD;
  }
  int k = 0;
  for (int i = 0; i < d->nheld; i++) {
    if (d->held[i].ev->source == ev->source && same_fact(d->held[i].ev, ev)) pl_event_free(d->held[i].ev);
    else d->held[k++] = d->held[i];
  }
  d->nheld = k;
  /* the plain line after a held state change is where pluto would have said
   * it: what it did not repeat goes out now, before it (in line order),
   * unless it still waits for its connection */
  k = 0;
  for (int i = 0; i < d->nheld; i++) {
    held_ev *h = &d->held[i];
    resolve_keep(d, h->ev);
    /* notifications, retransmits and failures wait: pluto may log another
     * line before the one that repeats them */
    bool waits = h->ev->kind == PL_EV_NOTIFY_SENT || h->ev->kind == PL_EV_NOTIFY_RECEIVED ||
                 h->ev->kind == PL_EV_RETRANSMIT || h->ev->kind == PL_EV_TRANSITION_FAILED;
    if (!waits && (h->ev->source != ev->source || h->ev->serial <= 0 || h->ev->conn)) {
      if (h->conn_level) h->ev->serial = 0;
      deliver(a, h->ev);
      pl_event_free(h->ev);
    } else d->held[k++] = *h;
  }
  d->nheld = k;
  flush_held(d, a, ev->source, ev->line, false);
}

void pl_debug_finish(pl_debug *d, pl_analysis *a) {
  if (!d) return;
  sa_close(d, a);
  lone_client(d, a);
  flush_held(d, a, 0, 0, true);
}

void pl_debug_free(pl_debug *d) {
  if (!d) return;
  for (int i = 0; i < d->nheld; i++) pl_event_free(d->held[i].ev);
  for (guint i = 0; i < MAX_HELD; i++) pl_event_free(d->recent[i]);
  pl_dl_free(d->sc);
  g_string_free(d->scratch, TRUE);
  g_free(d);
}

/* ---- what the dumps proved ---------------------------------------------- */

static void replace(char **dst, char *v) {
  if (!v) return;
  g_free(*dst);
  *dst = v;
}

static void facts_event(pl_debug_facts *f, const pl_conn *c, const pl_event *ev) {
  const char *dir = pl_event_str(ev, PL_F_DIRECTION);
  bool sent = dir && !strcmp(dir, "sent");
  switch (ev->kind) {
  case PL_EV_DEBUG_PROPOSALS: {
    const char *p = pl_event_str(ev, PL_F_PROPOSALS), *proto = pl_event_str(ev, PL_F_PROTO);
    if (!p || !proto) break;
    f->any = true;
    bool ike = !strcmp(proto, "IKE");
    int pfs = -1;
    char *l = pl_alg_v2_proposals(p, ike ? "IKE" : proto, ike ? NULL : &pfs, NULL);
    if (!l) break;
    if (ike) replace(sent ? &f->our_ike : &f->peer_ike, l);
    else {
      replace(sent ? &f->our_esp : &f->peer_esp, l);
      if (!sent) {
        f->esp_source = ev->source, f->esp_line = ev->line;
        const char *g = pl_event_str(ev, PL_F_PFSGROUP);
        g_free(f->peer_pfsgroup);
        f->peer_pfsgroup = g ? g_strdup(g) : NULL;
        f->peer_pfs_none = pfs == 0;
      }
    }
    break;
  }
  case PL_EV_DEBUG_TS: {
    f->any = true;
    const char *l = pl_event_str(ev, PL_F_LOCAL_TS), *r = pl_event_str(ev, PL_F_REMOTE_TS);
    if (l) replace(&f->our_ts, g_strdup(l));
    if (r) replace(&f->peer_ts, g_strdup(r));
    f->ts_source = ev->source, f->ts_line = ev->line;
    break;
  }
  case PL_EV_DEBUG_ID: {
    f->any = true;
    const char *id = pl_event_str(ev, PL_F_ID);
    if (id) replace(sent ? &f->our_id : &f->peer_id, g_strdup(id));
    if (!sent) f->id_source = ev->source, f->id_line = ev->line;
    break;
  }
  case PL_EV_NOTIFY_SENT:
  case PL_EV_NOTIFY_RECEIVED:
    if (dir) { /* only the debug ones carry a direction */
      f->any = true;
      const char *n = pl_event_str(ev, PL_F_NOTIFY);
      if (n) replace(ev->kind == PL_EV_NOTIFY_SENT ? &f->notify_sent : &f->notify_received, g_strdup(n));
    }
    break;
  case PL_EV_DEBUG_NOTIFY:
  case PL_EV_DEBUG_MATCH: f->any = true; break;
  default: break;
  }
  (void) c;
}

static gint cmp_line(gconstpointer a, gconstpointer b) {
  const pl_event *x = *(const pl_event *const *) a, *y = *(const pl_event *const *) b;
  if (x->source != y->source) return x->source < y->source ? -1 : 1;
  return x->line < y->line ? -1 : x->line > y->line;
}

void pl_debug_facts_of(const pl_conn *c, pl_debug_facts *out) {
  memset(out, 0, sizeof *out);
  if (!c) return;
  GPtrArray *evs = g_ptr_array_new();
  for (guint i = 0; i < c->events->len; i++) g_ptr_array_add(evs, c->events->pdata[i]);
  for (guint i = 0; i < c->sas->len; i++) {
    const pl_sa *sa = c->sas->pdata[i];
    for (guint j = 0; j < sa->events->len; j++) g_ptr_array_add(evs, sa->events->pdata[j]);
  }
  g_ptr_array_sort(evs, cmp_line);
  for (guint i = 0; i < evs->len; i++) facts_event(out, c, evs->pdata[i]);
  g_ptr_array_free(evs, TRUE);
}

void pl_debug_facts_clear(pl_debug_facts *f) {
  g_free(f->peer_esp);
  g_free(f->peer_ike);
  g_free(f->our_esp);
  g_free(f->our_ike);
  g_free(f->peer_pfsgroup);
  g_free(f->peer_ts);
  g_free(f->our_ts);
  g_free(f->peer_id);
  g_free(f->our_id);
  g_free(f->notify_received);
  g_free(f->notify_sent);
  memset(f, 0, sizeof *f);
}
