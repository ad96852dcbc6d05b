/* The sequence model that -f dot and -f mermaid draw (include/seq.h),
 * moved here from src/passes/correlate.c: the views layer, between the
 * passes and the backends (docs/architecture.md).
 *
 * Why a model between the events and the backends: pluto logs what it
 * sends ("sent Main Mode R1") and only implies what it received (sending
 * Main Mode I2 means Main Mode R1 arrived).  Turning a log into arrows is
 * the same reasoning for every picture format, and when both peers' logs
 * are read together the arrows of one side must be merged with the other
 * side's; doing that once here keeps DOT and Mermaid telling one story.
 *
 * Event kinds are a shared, growing list: they are tested with if/else
 * here, never with an exhaustive switch. */
#include "seq.h"
#include "diagnose.h" /* _(), stage and verdict labels */
#include "states.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static bool streq(const char *a, const char *b) { return a && b && !strcmp(a, b); }

/* ======================================================================
 * sequence model
 * ====================================================================== */

/* Message identities and how they read.  Keys are compared across hosts. */
static const struct {
  const char *key, *text;
} msg_names[] = {
    {"MI1", "Main Mode I1"},
    {"MR1", "Main Mode R1"},
    {"MI2", "Main Mode I2"},
    {"MR2", "Main Mode R2"},
    {"MI3", "Main Mode I3"},
    {"MR3", "Main Mode R3"},
    {"AI1", "Aggressive Mode I1"},
    {"AR1", "Aggressive Mode R1"},
    {"AI2", "Aggressive Mode I2"},
    {"QI1", "Quick Mode I1"},
    {"QR1", "Quick Mode R1"},
    {"QI2", "Quick Mode I2"},
    {"V2INIT_REQ", "IKE_SA_INIT request"},
    {"V2INIT_RSP", "IKE_SA_INIT response"},
    {"V2AUTH_REQ", "IKE_AUTH request"},
    {"V2AUTH_RSP", "IKE_AUTH response"},
    {"V2CHILD_REQ", "CREATE_CHILD_SA request"},
    {"V2CHILD_RSP", "CREATE_CHILD_SA response"},
    {"DELETE", "Delete"},
};

static const char *msg_text(const char *key) {
  for (gsize i = 0; i < G_N_ELEMENTS(msg_names); i++)
    if (!strcmp(msg_names[i].key, key)) return msg_names[i].text;
  return key;
}

/* Reaching a state means: `recv` arrived from the peer, then we sent `send`. */
static const struct {
  const char *state, *recv, *send;
} reach_table[] = {
    {"MAIN_I1", NULL, "MI1"},
    {"MAIN_I2", "MR1", "MI2"},
    {"MAIN_I3", "MR2", "MI3"},
    {"MAIN_I4", "MR3", NULL},
    {"MAIN_R1", "MI1", "MR1"},
    {"MAIN_R2", "MI2", "MR2"},
    {"MAIN_R3", "MI3", "MR3"},
    {"AGGR_I1", NULL, "AI1"},
    {"AGGR_I2", "AR1", "AI2"},
    {"AGGR_R1", "AI1", "AR1"},
    {"AGGR_R2", "AI2", NULL},
    {"QUICK_I1", NULL, "QI1"},
    {"QUICK_I2", "QR1", "QI2"},
    {"QUICK_R1", "QI1", "QR1"},
    {"QUICK_R2", "QI2", NULL},
    {"PARENT_I1", NULL, "V2INIT_REQ"},
    {"PARENT_I2", "V2INIT_RSP", "V2AUTH_REQ"},
    {"PARENT_I3", "V2AUTH_RSP", NULL},
    {"PARENT_R1", "V2INIT_REQ", "V2INIT_RSP"},
    {"PARENT_R2", "V2AUTH_REQ", "V2AUTH_RSP"},
    {"IKE_SA_INIT_I", NULL, "V2INIT_REQ"},
    {"IKE_SA_INIT_R", "V2INIT_REQ", "V2INIT_RSP"},
    {"IKE_AUTH_I", "V2INIT_RSP", "V2AUTH_REQ"},
    {"EST_IKE_I", "V2AUTH_RSP", NULL},
    {"EST_IKE_R", "V2AUTH_REQ", "V2AUTH_RSP"},
    {"EST_CHILD_I", "V2CHILD_RSP", NULL},
    {"EST_CHILD_R", "V2CHILD_REQ", "V2CHILD_RSP"},
    /* IKEv2 rekeys and new Child SAs travel in CREATE_CHILD_SA (v3 state names) */
    {"REKEY_IKE_I", NULL, "V2CHILD_REQ"},
    {"REKEY_IKE_R", "V2CHILD_REQ", "V2CHILD_RSP"},
    {"REKEY_CHILD_I", NULL, "V2CHILD_REQ"},
    {"REKEY_CHILD_R", "V2CHILD_REQ", "V2CHILD_RSP"},
    {"CREATE_I", NULL, "V2CHILD_REQ"},
    {"CREATE_R", "V2CHILD_REQ", "V2CHILD_RSP"},
};

typedef struct {
  const pl_analysis *a;
  pl_seq *s;
  GPtrArray *steps;
  int L, P; /* lanes of this log's host and of its peer */
  int side;
  const pl_event *prev; /* previous event of this connection */
  GHashTable *drawn;    /* "sa-pointer|key" present */
  GHashTable *pending;  /* sa -> GPtrArray of detail lines for its next send */
  GHashTable *v2child;  /* sa -> 1: created by CREATE_CHILD_SA */
} builder;

static void step_free(pl_step *st) {
  if (!st) return;
  g_free(st->label);
  if (st->detail) g_ptr_array_unref(st->detail);
  g_free(st);
}

void pl_seq_free(pl_seq *s) {
  if (!s) return;
  g_free(s->lane[0]);
  g_free(s->lane[1]);
  g_free(s->host[0]);
  g_free(s->host[1]);
  g_free(s->title);
  g_ptr_array_unref(s->steps);
  g_free(s);
}

static void add_detail(pl_step *st, char *line /* owned */) {
  if (!line) return;
  if (!*line) {
    g_free(line);
    return;
  }
  if (!st->detail) st->detail = g_ptr_array_new_with_free_func(g_free);
  for (guint i = 0; i < st->detail->len; i++)
    if (!strcmp(st->detail->pdata[i], line)) {
      g_free(line);
      return;
    }
  g_ptr_array_add(st->detail, line);
}

static pl_step *new_step(builder *b, const pl_event *ev, const pl_sa *sa, pl_step_kind k) {
  pl_step *st = g_new0(pl_step, 1);
  st->kind = k;
  st->count = 1;
  st->sa = sa;
  st->side = b->side;
  st->source = ev ? ev->source : 0;
  st->line = ev ? ev->line : 0;
  st->time = ev ? ev->time : -1;
  g_ptr_array_add(b->steps, st);
  return st;
}

static char *serial_label(const pl_sa *sa, const char *text) {
  if (sa && sa->serial > 0) return g_strdup_printf("#%" G_GINT64_FORMAT " %s", sa->serial, text);
  return g_strdup(text);
}

static void take_pending(builder *b, const pl_sa *sa, pl_step *st) {
  if (!sa) return;
  GPtrArray *p = g_hash_table_lookup(b->pending, sa);
  if (!p) return;
  for (guint i = 0; i < p->len; i++) add_detail(st, g_strdup(p->pdata[i]));
  g_hash_table_remove(b->pending, sa);
}

static void pend(builder *b, const pl_sa *sa, char *line) {
  if (!sa || !line) {
    g_free(line);
    return;
  }
  GPtrArray *p = g_hash_table_lookup(b->pending, sa);
  if (!p) {
    p = g_ptr_array_new_with_free_func(g_free);
    g_hash_table_insert(b->pending, (gpointer) sa, p);
  }
  g_ptr_array_add(p, line);
}

/* A message arrow.  out: we sent it (else the peer did).  Returns the step,
 * or the earlier step it merges into. */
static pl_step *msg(builder *b, const pl_event *ev, const pl_sa *sa, bool out, const char *key,
                    bool implied) {
  char dk[64];
  snprintf(dk, sizeof dk, "%p|%s", (const void *) sa, key);
  bool keyed = key[0] != 'N' || key[1] != ':';
  if (sa && keyed && g_hash_table_contains(b->drawn, dk)) {
    /* already drawn for this SA: return it so callers may add details */
    for (guint i = b->steps->len; i-- > 0;) {
      pl_step *st = b->steps->pdata[i];
      if (st->sa == sa && st->key && !strcmp(st->key, key)) return st;
    }
    return NULL;
  }
  /* a receive right after the same receive (another serial of the same
   * exchange, e.g. "the peer proposed" then "responding to Quick Mode") */
  if (!out && b->steps->len) {
    pl_step *last = b->steps->pdata[b->steps->len - 1];
    if (last->kind == PL_STEP_MSG && last->key && !strcmp(last->key, key) && last->to == b->L && keyed) {
      if (sa && sa != last->sa) {
        g_hash_table_add(b->drawn, g_strdup(dk));
        last->sa = sa;
        g_free(last->label);
        last->label = serial_label(sa, msg_text(key));
      }
      if (!implied) last->implied = false;
      return last;
    }
  }
  pl_step *st = new_step(b, ev, sa, PL_STEP_MSG);
  st->from = out ? b->L : b->P;
  st->to = out ? b->P : b->L;
  st->key = key;
  st->implied = implied;
  st->label = serial_label(sa, msg_text(key));
  if (sa && keyed) g_hash_table_add(b->drawn, g_strdup(dk));
  if (out) take_pending(b, sa, st);
  return st;
}

/* A note over our lifeline; repeats of the same note nearby collapse. */
static pl_step *note(builder *b, const pl_event *ev, const pl_sa *sa, pl_step_tone tone,
                     char *text /* owned */) {
  for (guint i = b->steps->len, n = 0; i-- > 0 && n < 6; n++) {
    pl_step *st = b->steps->pdata[i];
    if (st->kind == PL_STEP_NOTE && st->from == b->L && !strcmp(st->label, text)) {
      st->count += ev && ev->repeat > 1 ? ev->repeat : 1;
      g_free(text);
      return st;
    }
  }
  pl_step *st = new_step(b, ev, sa, PL_STEP_NOTE);
  st->from = st->to = b->L;
  st->tone = tone;
  st->label = text;
  if (ev && ev->repeat > 1) st->count = ev->repeat;
  return st;
}

/* A notification arrow; repeats nearby collapse into ×N. */
static pl_step *notify(builder *b, const pl_event *ev, const pl_sa *sa, bool out, const char *name) {
  char *tmpkey = g_strconcat("N:", name, NULL);
  const char *key = pl_intern(tmpkey, -1); /* copies */
  g_free(tmpkey);
  for (guint i = b->steps->len, n = 0; i-- > 0 && n < 6; n++) {
    pl_step *st = b->steps->pdata[i];
    if (st->kind == PL_STEP_MSG && st->key == key && st->from == (out ? b->L : b->P)) {
      st->count += ev->repeat > 1 ? ev->repeat : 1;
      return st;
    }
  }
  pl_step *st = msg(b, ev, sa, out, key, false);
  g_free(st->label);
  st->label = g_strdup(name);
  bool info = strstr(name, "INITIAL_CONTACT") || strstr(name, "R_U_THERE") || strstr(name, "REPLAY_STATUS") ||
              strstr(name, "COOKIE");
  st->tone = info ? PL_TONE_PLAIN : PL_TONE_BAD;
  if (ev->repeat > 1) st->count = ev->repeat;
  return st;
}

static const char *short_state(const char *st) {
  if (!st) return NULL;
  if (g_str_has_prefix(st, "STATE_")) st += 6;
  if (g_str_has_prefix(st, "V2_")) st += 3;
  return st;
}

static pl_step *reach(builder *b, const pl_event *ev, const pl_sa *sa, const char *state, bool implied_recv,
                      pl_step **sent) {
  if (sent) *sent = NULL;
  const char *s = short_state(state);
  if (!s) return NULL;
  for (gsize i = 0; i < G_N_ELEMENTS(reach_table); i++) {
    if (strcmp(reach_table[i].state, s)) continue;
    pl_step *r = NULL;
    if (reach_table[i].recv) r = msg(b, ev, sa, false, reach_table[i].recv, implied_recv);
    if (reach_table[i].send) {
      pl_step *o = msg(b, ev, sa, true, reach_table[i].send, false);
      if (sent) *sent = o;
    }
    return r;
  }
  return NULL;
}

/* The state a v4+ story line ("sent Main Mode I2") reached. */
static const char *story_state(const pl_sa *sa, const pl_event *ev) {
  const char *st = pl_event_str(ev, PL_F_STATE);
  if (st) return st;
  pl_exchange ex = pl_event_exchange(ev);
  const char *story = pl_event_str(ev, PL_F_STORY);
  pl_role role = pl_event_role(ev);
  bool resp = role ? role == PL_ROLE_RESPONDER : sa && sa->role == PL_ROLE_RESPONDER;
  const char *full = pl_story_state(ex, story, resp);
  /* the diagrams name a state without "STATE_" and "V2_" */
  if (full && g_str_has_prefix(full, "STATE_")) full += 6;
  if (full && g_str_has_prefix(full, "V2_")) full += 3;
  return full;
}

/* "0x9d188d43" -> "0x9d18…" */
static void spi_short(GString *g, const char *spi) {
  if (!spi) {
    g_string_append(g, "?");
    return;
  }
  gsize n = strlen(spi);
  if (n > 6 && spi[0] == '0' && spi[1] == 'x') {
    g_string_append_len(g, spi, 6);
    g_string_append(g, "\xe2\x80\xa6");
  } else g_string_append(g, spi);
}

static char *spi_line(const pl_event *ev) {
  const char *o = pl_event_str(ev, PL_F_SPI_OUT), *i = pl_event_str(ev, PL_F_SPI_IN);
  if (!o && !i) return NULL;
  GString *g = g_string_new(pl_event_str(ev, PL_F_PROTO) ? pl_event_str(ev, PL_F_PROTO) : "ESP");
  g_string_append(g, " out ");
  spi_short(g, o);
  g_string_append(g, " in ");
  spi_short(g, i);
  return g_string_free(g, FALSE);
}

static char *algs_line(const pl_event *ev) {
  static const pl_field_id ids[] = {PL_F_AUTH, PL_F_CIPHER, PL_F_INTEG, PL_F_PRF, PL_F_GROUP, PL_F_XFRM};
  GString *g = g_string_new(NULL);
  for (gsize i = 0; i < G_N_ELEMENTS(ids); i++) {
    const char *v = pl_event_str(ev, ids[i]);
    if (!v || !strcmp(v, "n/a")) continue;
    if (g->len) g_string_append_c(g, ' ');
    if (ids[i] == PL_F_AUTH) g_string_append(g, "auth=");
    g_string_append(g, v);
  }
  return g_string_free(g, g->len == 0);
}

static char *ts_line(const pl_event *ev) {
  const char *l = pl_event_str(ev, PL_F_LOCAL_TS), *r = pl_event_str(ev, PL_F_REMOTE_TS);
  if (!l && !r) return NULL;
  return g_strdup_printf("%s -> %s", l ? l : "?", r ? r : "?");
}

static char *id_line(const pl_event *ev) {
  const char *id = pl_event_str(ev, PL_F_ID);
  if (!id) return NULL;
  return g_strdup_printf("ID %s", id);
}

static bool sa_is_v2(const pl_sa *sa, const pl_conn *c) {
  if (sa && sa->ike_version) return sa->ike_version == 2;
  return c->ike_version == 2;
}

/* An IKEv2 IKE SA that replaced another: negotiated by CREATE_CHILD_SA over
 * the old one, never by IKE_SA_INIT + IKE_AUTH. */
static bool sa_v2_rekey(const pl_sa *sa, const pl_conn *c) {
  return sa && sa->is_ike && sa->replaces > 0 && sa_is_v2(sa, c);
}

static bool sa_aggr(const pl_sa *sa, const pl_conn *c) {
  if (sa && sa->mode) return sa->mode == PL_EXCHANGE_AGGRESSIVE;
  return c->mode == PL_EXCHANGE_AGGRESSIVE;
}

static bool ev_responder(const pl_event *ev, const pl_sa *sa) {
  pl_role role = pl_event_role(ev);
  if (role) return role == PL_ROLE_RESPONDER;
  return sa && sa->role == PL_ROLE_RESPONDER;
}

/* The message of an exchange name, for packets without state. */
static const char *first_msg_of(pl_exchange ex) {
  if (ex == PL_EXCHANGE_AGGRESSIVE) return "AI1";
  if (ex == PL_EXCHANGE_IKE_SA_INIT) return "V2INIT_REQ";
  return "MI1";
}

static void one_event(builder *b, const pl_conn *c, const pl_event *ev) {
  const pl_sa *sa = ev->serial > 0 ? pl_conn_find_sa(c, ev->serial) : NULL;
  pl_event_kind k = ev->kind;
  const pl_event *prev = b->prev;
  b->prev = ev;

  if (k == PL_EV_INITIATE) {
    pl_exchange ex = pl_event_exchange(ev);
    gint64 v;
    if (pl_event_int(ev, PL_F_REPLACES, &v) && v > 0)
      pend(b, sa, g_strdup_printf(_("replaces #%lld"), (long long) v));
    const char *p = pl_event_str(ev, PL_F_PROPOSAL), *pfs = pl_event_str(ev, PL_F_PFSGROUP);
    if (p) pend(b, sa, g_strdup_printf(_("proposal %s%s%s"), p, pfs ? " pfs " : "", pfs ? pfs : ""));
    const char *m = pl_event_str(ev, PL_F_MSGID);
    if (m) pend(b, sa, g_strdup_printf("msgid %s", m));
    if (sa && (ex == PL_EXCHANGE_CREATE_CHILD_SA || ex == PL_EXCHANGE_CHILD))
      g_hash_table_insert(b->v2child, (gpointer) sa, GINT_TO_POINTER(1));
    return;
  }
  if (k == PL_EV_RESPOND) {
    pl_exchange ex = pl_event_exchange(ev);
    pl_step *st = NULL;
    if (ex == PL_EXCHANGE_MAIN) st = msg(b, ev, sa, false, "MI1", false);
    else if (ex == PL_EXCHANGE_AGGRESSIVE) st = msg(b, ev, sa, false, "AI1", false);
    else if (ex == PL_EXCHANGE_QUICK) st = msg(b, ev, sa, false, "QI1", false);
    else if (ex == PL_EXCHANGE_IKE_SA_INIT) st = msg(b, ev, sa, false, "V2INIT_REQ", false);
    else if (ex == PL_EXCHANGE_CREATE_CHILD_SA || ex == PL_EXCHANGE_CHILD) {
      if (sa) g_hash_table_insert(b->v2child, (gpointer) sa, GINT_TO_POINTER(1));
      st = msg(b, ev, sa, false, "V2CHILD_REQ", false);
    }
    const char *m = pl_event_str(ev, PL_F_MSGID);
    if (st && m) add_detail(st, g_strdup_printf("msgid %s", m));
    return;
  }
  if (k == PL_EV_SENT || k == PL_EV_STATE_STORY) {
    pl_exchange ex = pl_event_exchange(ev);
    pl_step *sent = NULL;
    if (ex == PL_EXCHANGE_CREATE_CHILD_SA || ex == PL_EXCHANGE_CHILD || ex == PL_EXCHANGE_IKE_REKEY) {
      if (ev_responder(ev, sa)) {
        msg(b, ev, sa, false, "V2CHILD_REQ", true);
        sent = msg(b, ev, sa, true, "V2CHILD_RSP", false);
      } else sent = msg(b, ev, sa, true, "V2CHILD_REQ", false);
      if (sa) g_hash_table_insert(b->v2child, (gpointer) sa, GINT_TO_POINTER(1));
    } else {
      const char *st = k == PL_EV_SENT ? story_state(sa, ev) : pl_event_str(ev, PL_F_STATE);
      reach(b, ev, sa, st, true, &sent);
    }
    if (sent) {
      add_detail(sent, algs_line(ev));
      add_detail(sent, spi_line(ev));
    }
    return;
  }
  if (k == PL_EV_PEER_ID || k == PL_EV_AUTHENTICATED) {
    const char *key;
    bool resp = ev_responder(ev, sa);
    if (sa_is_v2(sa, c)) key = resp ? "V2AUTH_REQ" : "V2AUTH_RSP";
    else if (sa_aggr(sa, c)) key = resp ? "AI1" : "AR1";
    else key = resp ? "MI3" : "MR3";
    pl_step *st = msg(b, ev, sa, false, key, true);
    if (st) add_detail(st, id_line(ev));
    return;
  }
  if (k == PL_EV_IKE_ESTABLISHED) {
    bool resp = ev_responder(ev, sa);
    const char *st = pl_event_str(ev, PL_F_STATE);
    const char *s = short_state(st);
    if (!s || !strncmp(s, "ESTABLISHED", 11) || !strcmp(s, "PARENT_I3") || !strcmp(s, "PARENT_R2")) {
      if (sa_v2_rekey(sa, c)) st = resp ? "EST_CHILD_R" : "EST_CHILD_I";
      else if (sa_is_v2(sa, c)) st = resp ? "EST_IKE_R" : "EST_IKE_I";
      else if (!s && sa_aggr(sa, c)) st = resp ? "AGGR_R2" : "AGGR_I2";
      else if (!s) st = resp ? "MAIN_R3" : "MAIN_I4";
    }
    pl_step *sent = NULL;
    pl_step *r = reach(b, ev, sa, st, true, &sent);
    if (r) add_detail(r, id_line(ev));
    char *algs = algs_line(ev);
    char *rk =
        sa_v2_rekey(sa, c) ? g_strdup_printf(_(", rekey of #%lld"), (long long) sa->replaces) : g_strdup("");
    note(b, ev, sa, PL_TONE_GOOD,
         g_strdup_printf(_("%s SA #%lld established%s%s%s"), sa_is_v2(sa, c) ? "IKE" : "ISAKMP",
                         (long long) ev->serial, rk, algs ? "\n" : "", algs ? algs : ""));
    g_free(rk);
    g_free(algs);
    return;
  }
  if (k == PL_EV_CHILD_ESTABLISHED || k == PL_EV_CHILD_NEGOTIATED) {
    bool resp = ev_responder(ev, sa);
    if (!sa_is_v2(sa, c)) reach(b, ev, sa, resp ? "QUICK_R2" : "QUICK_I2", true, NULL);
    else if (sa && g_hash_table_contains(b->v2child, sa))
      reach(b, ev, sa, resp ? "EST_CHILD_R" : "EST_CHILD_I", true, NULL);
    GString *g = g_string_new(NULL);
    const char *mode = pl_event_str(ev, PL_F_MODE);
    g_string_append_printf(g, "IPsec SA #%" G_GINT64_FORMAT " established%s%s", ev->serial, mode ? " " : "",
                           mode ? mode : "");
    char *x;
    if ((x = spi_line(ev))) g_string_append_printf(g, "\n%s", x), g_free(x);
    if ((x = ts_line(ev))) g_string_append_printf(g, "\n%s", x), g_free(x);
    const char *xf = pl_event_str(ev, PL_F_XFRM);
    if (xf) g_string_append_printf(g, "\n%s", xf);
    note(b, ev, sa, PL_TONE_GOOD, g_string_free(g, FALSE));
    return;
  }
  if (k == PL_EV_PROPOSAL_CHOSEN || k == PL_EV_PROPOSAL_NOMATCH) {
    const char *p = pl_event_str(ev, PL_F_PROPOSAL);
    const char *ps = pl_event_str(ev, PL_F_PROPOSALS);
    bool ike = (p && strstr(p, "IKE")) || (ps && strstr(ps, ":IKE"));
    pl_step *st = NULL;
    if (ike) st = msg(b, ev, sa, false, sa_v2_rekey(sa, c) ? "V2CHILD_REQ" : "V2INIT_REQ", true);
    else if (b->steps->len) {
      pl_step *last = b->steps->pdata[b->steps->len - 1];
      if (last->kind == PL_STEP_MSG && last->to == b->L) st = last;
    }
    if (k == PL_EV_PROPOSAL_CHOSEN) {
      char *t = g_strdup_printf(_("chose %s"), p ? p : "?");
      if (st) add_detail(st, t);
      else note(b, ev, sa, PL_TONE_PLAIN, t);
    } else {
      if (st && ps) add_detail(st, g_strdup_printf(_("offered %s"), ps));
      note(b, ev, sa, PL_TONE_BAD, g_strdup(_("no local proposal matches the peer's")));
    }
    return;
  }
  if (k == PL_EV_PROCESSING) {
    pl_exchange ex = pl_event_exchange(ev);
    bool resp = ev_responder(ev, sa);
    const char *key = NULL;
    if (ex == PL_EXCHANGE_IKE_AUTH) key = resp ? "V2AUTH_REQ" : "V2AUTH_RSP";
    else if (ex == PL_EXCHANGE_IKE_SA_INIT) key = resp ? "V2INIT_REQ" : "V2INIT_RSP";
    else if (ex == PL_EXCHANGE_CREATE_CHILD_SA) key = resp ? "V2CHILD_REQ" : "V2CHILD_RSP";
    if (!key) return;
    pl_step *st = msg(b, ev, sa, false, key, false);
    if (st) {
      st->implied = false;
      const char *t = pl_event_str(ev, PL_F_TEXT);
      if (t) add_detail(st, g_strdup(t));
    }
    return;
  }
  if (k == PL_EV_PEER_PROPOSED || k == PL_EV_QM_ENDS) {
    pl_step *st = msg(b, ev, sa, false, "QI1", true);
    if (st && (k == PL_EV_PEER_PROPOSED || !st->detail)) add_detail(st, ts_line(ev));
    return;
  }
  if (k == PL_EV_TRANSFORM_REFUSED || k == PL_EV_ATTRIBUTE_REFUSED) {
    char *t;
    if (k == PL_EV_TRANSFORM_REFUSED) {
      gint64 kl = pl_event_int_or(ev, PL_F_KEYLEN, 0);
      const char *ci = pl_event_str(ev, PL_F_CIPHER), *pr = pl_event_str(ev, PL_F_PRF),
                 *in = pl_event_str(ev, PL_F_INTEG), *gr = pl_event_str(ev, PL_F_GROUP);
      GString *g = g_string_new(_("refused "));
      g_string_append(g, ci ? ci : "?");
      if (kl) g_string_append_printf(g, "(%" G_GINT64_FORMAT ")", kl);
      if (pr || in) g_string_append_printf(g, " %s", pr ? pr : in);
      if (gr) g_string_append_printf(g, " %s", gr);
      t = g_string_free(g, FALSE);
    } else {
      const char *r = pl_event_str(ev, PL_F_REASON);
      t = g_strdup_printf(_("refused attribute%s%s"), r ? ": " : "", r ? r : "");
    }
    /* all refusals of one message go into one note */
    if (b->steps->len) {
      pl_step *last = b->steps->pdata[b->steps->len - 1];
      if (last->kind == PL_STEP_NOTE && last->sa == sa &&
          g_str_has_prefix(last->label, _("peer offered, we refused:"))) {
        add_detail(last, t);
        return;
      }
    }
    pl_step *st = note(b, ev, sa, PL_TONE_BAD, g_strdup(_("peer offered, we refused:")));
    add_detail(st, t);
    return;
  }
  if (k == PL_EV_NO_ACCEPTABLE) {
    const char *w = pl_event_str(ev, PL_F_WHAT);
    note(b, ev, sa, PL_TONE_BAD,
         g_strdup(streq(w, "ipsec") ? _("no acceptable Proposal in IPsec SA (phase 2)")
                                    : _("no acceptable Oakley Transform (phase 1)")));
    return;
  }
  if (k == PL_EV_NOTIFY_SENT || k == PL_EV_NOTIFY_RECEIVED) {
    const char *n = pl_event_str(ev, PL_F_NOTIFY);
    if (!n) return;
    /* "ignoring informational payload X, msgid=…" is followed by
     * "received and ignored notification payload: X": one message */
    if (k == PL_EV_NOTIFY_RECEIVED && prev && prev->kind == PL_EV_NOTIFY_RECEIVED &&
        streq(pl_event_str(prev, PL_F_NOTIFY), n) && pl_event_str(prev, PL_F_MSGID) &&
        !pl_event_str(ev, PL_F_MSGID))
      return;
    notify(b, ev, sa, k == PL_EV_NOTIFY_SENT, n);
    return;
  }
  if (k == PL_EV_RETRANSMIT) {
    for (guint i = b->steps->len; i-- > 0;) {
      pl_step *st = b->steps->pdata[i];
      if (st->kind == PL_STEP_MSG && st->sa == sa && st->from == b->L && st->key &&
          strncmp(st->key, "N:", 2)) {
        st->count += ev->repeat > 1 ? ev->repeat : 1;
        double w;
        if (pl_event_dbl(ev, PL_F_SECONDS, &w)) st->wait += w * (ev->repeat > 1 ? ev->repeat : 1);
        return;
      }
    }
    note(b, ev, sa, PL_TONE_PLAIN, g_strdup(_("retransmission")));
    return;
  }
  if (k == PL_EV_TIMEOUT) {
    double s = 0;
    pl_event_dbl(ev, PL_F_SECONDS, &s);
    gint64 r = pl_event_int_or(ev, PL_F_RETRANSMITS, 0);
    note(b, ev, sa, PL_TONE_BAD,
         g_strdup_printf(_("timeout: no answer after %lld retransmissions (%g s)"), (long long) r, s));
    return;
  }
  if (k == PL_EV_KEYING_ATTEMPT) {
    gint64 n = pl_event_int_or(ev, PL_F_ATTEMPT, 0), m = pl_event_int_or(ev, PL_F_MAX_ATTEMPTS, 0);
    if (m > 0)
      note(b, ev, sa, PL_TONE_PLAIN,
           g_strdup_printf(_("keying attempt %lld of %lld"), (long long) n, (long long) m));
    else note(b, ev, sa, PL_TONE_PLAIN, g_strdup_printf(_("keying attempt %lld (no limit)"), (long long) n));
    return;
  }
  if (k == PL_EV_MALFORMED_PAYLOAD) {
    if (!pl_event_str(ev, PL_F_REASON)) return;
    /* each undecryptable packet is the peer's next message, arriving again */
    const char *key = NULL, *ls = short_state(sa ? sa->last_state : NULL);
    if (streq(ls, "MAIN_R2")) key = "MI3";
    else if (streq(ls, "MAIN_I3")) key = "MR3";
    if (key) {
      pl_step *st = NULL;
      for (guint i = b->steps->len; i-- > 0 && !st;) {
        pl_step *x = b->steps->pdata[i];
        if (x->sa == sa && x->key && !strcmp(x->key, key)) st = x;
      }
      if (st) st->count++;
      else {
        st = msg(b, ev, sa, false, key, true);
        if (st) st->tone = PL_TONE_BAD, add_detail(st, g_strdup(_("could not be decrypted")));
      }
    }
    note(b, ev, sa, PL_TONE_BAD,
         g_strdup(_("peer's message could not be decrypted:\nprobable pre-shared key mismatch")));
    return;
  }
  if (k == PL_EV_ID_MISMATCH) {
    const char *id = pl_event_str(ev, PL_F_ID);
    note(b, ev, sa, PL_TONE_BAD, g_strdup_printf(_("peer ID %s matches no connection"), id ? id : "?"));
    return;
  }
  if (k == PL_EV_AUTH_FAILED) {
    note(b, ev, sa, PL_TONE_BAD, g_strdup(_("authentication failed")));
    return;
  }
  if (k == PL_EV_NO_CONNECTION_FOR) {
    const char *t = pl_event_str(ev, PL_F_TEXT);
    pl_step *st = note(b, ev, sa, PL_TONE_BAD, g_strdup(_("no connection for the proposed subnets")));
    if (t) add_detail(st, g_strdup(t));
    return;
  }
  if (k == PL_EV_TS_UNACCEPTABLE || k == PL_EV_SUBNET_MISMATCH) {
    note(b, ev, sa, PL_TONE_BAD,
         g_strdup(k == PL_EV_TS_UNACCEPTABLE ? "traffic selectors unacceptable"
                                             : "peer answered with other subnets"));
    return;
  }
  if (k == PL_EV_INVALID_KE) {
    note(b, ev, sa, PL_TONE_PLAIN, g_strdup(_("INVALID_KE_PAYLOAD: DH group guess redone")));
    return;
  }
  if (k == PL_EV_TRANSITION_FAILED) {
    const char *n = pl_event_str(ev, PL_F_NOTIFY), *r = pl_event_str(ev, PL_F_REASON);
    note(b, ev, sa, PL_TONE_BAD,
         g_strdup_printf(_("state transition failed%s%s"), n || r ? ": " : "",
                         n   ? n
                         : r ? r
                             : ""));
    return;
  }
  if (k == PL_EV_DELETE_RECEIVED) {
    pl_step *st = msg(b, ev, sa, false, "DELETE", false);
    if (!st) return;
    gint64 t = pl_event_int_or(ev, PL_F_TARGET, 0);
    const char *w = pl_event_str(ev, PL_F_WHAT);
    if (t) add_detail(st, g_strdup_printf(_("for %s #%lld"), w ? w : "SA", (long long) t));
    return;
  }
  if (k == PL_EV_DELETE_SENT) {
    msg(b, ev, sa, true, "DELETE", false);
    return;
  }
  if (k == PL_EV_DELETE_STATE) {
    const char *n = pl_event_str(ev, PL_F_NOTIFICATION);
    const char *st = pl_event_str(ev, PL_F_STATE);
    if (streq(n, "sending")) {
      pl_step *m = msg(b, ev, sa, true, "DELETE", false);
      if (m && st) add_detail(m, g_strdup_printf(_("from %s"), st));
    } else {
      note(
          b, ev, sa, PL_TONE_PLAIN,
          g_strdup_printf(_("#%lld deleted%s%s"), (long long) ev->serial, st ? _(" in ") : "", st ? st : ""));
    }
    return;
  }
  if (k == PL_EV_EXPIRED) {
    note(b, ev, sa, PL_TONE_PLAIN, g_strdup_printf(_("#%lld expired"), (long long) ev->serial));
    return;
  }
  if (k == PL_EV_DPD) {
    const char *act = pl_event_str(ev, PL_F_ACTION);
    note(b, ev, sa, PL_TONE_PLAIN, g_strdup_printf("DPD%s%s", act ? ": " : "", act ? act : ""));
    return;
  }
  if (k == PL_EV_KERNEL_ERROR) {
    gint64 e = pl_event_int_or(ev, PL_F_ERRNO, 0);
    const char *t = pl_event_str(ev, PL_F_TEXT);
    GString *g = g_string_new(_("kernel refused the SA"));
    if (e) g_string_append_printf(g, " (errno %" G_GINT64_FORMAT ")", e);
    pl_step *st = note(b, ev, sa, PL_TONE_BAD, g_string_free(g, FALSE));
    if (t && st->count == 1) add_detail(st, g_strdup(t));
    return;
  }
  if (k == PL_EV_UPDOWN_FAILED || k == PL_EV_ROUTE_CONFLICT) {
    const char *v = pl_event_str(ev, PL_F_VERB);
    note(b, ev, sa, PL_TONE_BAD,
         g_strdup_printf("%s%s%s", k == PL_EV_UPDOWN_FAILED ? _("_updown failed") : _("route conflict"),
                         v ? ": " : "", v ? v : ""));
    return;
  }
  if (k == PL_EV_NO_CONN_PACKET || k == PL_EV_IKE_VERSION) {
    msg(b, ev, sa, false, first_msg_of(pl_event_exchange(ev)), false);
    const char *au = pl_event_str(ev, PL_F_AUTH);
    note(b, ev, sa, PL_TONE_BAD,
         k == PL_EV_IKE_VERSION ? g_strdup(_("IKE version refused by policy"))
                                : g_strdup_printf(_("no connection configured for it%s%s"),
                                                  au ? _(", peer uses ") : "", au ? au : ""));
    return;
  }
  if (k == PL_EV_INFORMATIONAL) {
    msg(b, ev, sa, false, "INFORMATIONAL", false);
    return;
  }
  if (k == PL_EV_REKEY) {
    note(b, ev, sa, PL_TONE_PLAIN, g_strdup(_("rekey")));
    return;
  }
  /* everything else (warnings, vendor IDs, proposals at load...) is text-only */
}

static gint ev_cmp(gconstpointer p, gconstpointer q) {
  const pl_event *x = *(const pl_event *const *) p, *y = *(const pl_event *const *) q;
  if (x->source != y->source) return x->source < y->source ? -1 : 1;
  if (x->line != y->line) return x->line < y->line ? -1 : 1;
  return 0;
}

static GPtrArray *conn_steps(const pl_analysis *a, pl_seq *s, const pl_conn *c, int side, int local_lane) {
  builder b = {0};
  b.a = a;
  b.s = s;
  b.steps = g_ptr_array_new_with_free_func((GDestroyNotify) step_free);
  b.L = local_lane;
  b.P = 1 - local_lane;
  b.side = side;
  b.drawn = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  b.pending = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  b.v2child = g_hash_table_new(g_direct_hash, g_direct_equal);
  GPtrArray *evs = g_ptr_array_new();
  for (guint i = 0; i < c->events->len; i++) g_ptr_array_add(evs, c->events->pdata[i]);
  for (guint i = 0; i < c->sas->len; i++) {
    const pl_sa *sa = c->sas->pdata[i];
    for (guint j = 0; j < sa->events->len; j++) g_ptr_array_add(evs, sa->events->pdata[j]);
  }
  g_ptr_array_sort(evs, ev_cmp);
  for (guint i = 0; i < evs->len; i++) one_event(&b, c, evs->pdata[i]);
  g_ptr_array_unref(evs);
  g_hash_table_unref(b.drawn);
  g_hash_table_unref(b.pending);
  g_hash_table_unref(b.v2child);
  return b.steps;
}

/* ---- titles and legend ------------------------------------------------ */

static const char *last_peer_id(const pl_conn *c) {
  const char *id = NULL;
  guint64 best = 0;
  for (guint i = 0; i < c->sas->len; i++) {
    const pl_sa *sa = c->sas->pdata[i];
    for (guint j = 0; j < sa->events->len; j++) {
      const pl_event *ev = sa->events->pdata[j];
      if ((ev->kind == PL_EV_PEER_ID || ev->kind == PL_EV_IKE_ESTABLISHED ||
           ev->kind == PL_EV_AUTHENTICATED) &&
          pl_event_str(ev, PL_F_ID) && ev->line >= best) {
        id = pl_event_str(ev, PL_F_ID);
        best = ev->line;
      }
    }
  }
  return id;
}

/* A host's name: the syslog host, else the log file's name ("west" for
 * corpus/lab/x/west.log), the way an administrator names the two sides. */
static char *host_name(const pl_analysis *a, const pl_conn *c) {
  if (c->host) return g_strdup(c->host);
  char *b = g_path_get_basename(pl_source_name(a, c->source));
  char *dot = strchr(b, '.');
  if (dot && dot != b) *dot = '\0';
  return b;
}

static char *host_title(const pl_analysis *a, const pl_conn *c) {
  char *h = host_name(a, c);
  GString *g = g_string_new(h);
  g_free(h);
  if (c->local) g_string_append_printf(g, "\n%s", c->local);
  return g_string_free(g, FALSE);
}

static char *peer_title(const pl_conn *c) {
  GString *g = g_string_new(_("peer"));
  if (c->peer) g_string_append_printf(g, "\n%s", c->peer);
  const char *id = last_peer_id(c);
  if (id) g_string_append_printf(g, "\nID %s", id);
  return g_string_free(g, FALSE);
}

static char *conn_title(const pl_conn *c) {
  GString *g = g_string_new(NULL);
  g_string_append_printf(g, "\"%s\"%s", c->name && *c->name ? c->name : _("(no connection)"),
                         c->instance ? c->instance : "");
  if (c->ike_version) g_string_append_printf(g, " IKEv%d", c->ike_version);
  if (c->mode && c->mode != PL_EXCHANGE_IKEV2)
    g_string_append_printf(g, " %s mode", pl_exchange_name(c->mode));
  return g_string_free(g, FALSE);
}

char *pl_seq_legend(const pl_conn *c) {
  const pl_diagnosis *d = &c->diag;
  GString *g = g_string_new(NULL);
  if (!d->verdict) {
    g_string_append(g, _("diagnosis: none"));
    return g_string_free(g, FALSE);
  }
  /* English keeps the codes (verdict, stage id); a translation shows its labels */
  const char *vl = _(pl_verdict_label(d->verdict)), *sl = d->stage ? _(pl_stage_label(d->stage)) : NULL;
  g_string_append_printf(g, _("verdict: %s"),
                         strcmp(vl, pl_verdict_label(d->verdict)) ? vl : pl_verdict_name(d->verdict));
  if (d->stage)
    g_string_append_printf(g, _("\nstage: %s"),
                           strcmp(sl, pl_stage_label(d->stage)) ? sl : pl_stage_name(d->stage));
  if (d->reason) g_string_append_printf(g, " (%s)", d->reason);
  const pl_diag_detail *dd = pl_diag_detail_of(c); /* a translation: the sentences translated too */
  const pl_attempt *t = dd && strcmp(vl, pl_verdict_label(d->verdict)) ? dd->main : NULL;
  char *ts = t ? pl_msg_render(&t->summary, true) : NULL, *th = t ? pl_msg_render(&t->hint, true) : NULL;
  if (ts && t->needs_peer_log) {
    GString *x = g_string_new(ts);
    g_string_append_printf(x, "\n%s", _("only the peer's log can tell which of these it is:"));
    for (int i = 0; t->candidates[i]; i++)
      g_string_append_printf(x, "%s%s", i ? _(", ") : " ", _(pl_stage_label(t->candidates[i])));
    g_free(ts), ts = g_string_free(x, FALSE);
  }
  if (t && !th && t->peer_hint.fmt && t->peer_log) {
    pl_msg lm = {N_("What the peer's log ({1}) advises for that host"), {t->peer_log, NULL, NULL, NULL}};
    char *label = pl_msg_render(&lm, true), *ph = pl_msg_render(&t->peer_hint, true);
    th = g_strdup_printf("%s%s%s", label, _(":"), ph);
    g_free(label), g_free(ph);
  }
  if (ts || d->summary) g_string_append_printf(g, "\n%s", ts ? ts : d->summary);
  if (th || d->hint) g_string_append_printf(g, _("\nchange: %s"), th ? th : d->hint);
  g_free(ts), g_free(th);
  return g_string_free(g, FALSE);
}

void pl_step_repeat(const pl_step *st, GString *out) {
  if (st->count <= 1) return;
  g_string_append_printf(out, "\xc3\x97%u", st->count);
  if (st->wait > 0) g_string_append_printf(out, ", %.4g s", st->wait);
}

pl_seq *pl_seq_for_conn(const pl_analysis *a, const pl_conn *c) {
  pl_seq *s = g_new0(pl_seq, 1);
  s->conn[0] = c;
  s->host[0] = host_name(a, c);
  s->lane[0] = host_title(a, c);
  s->lane[1] = peer_title(c);
  s->title = conn_title(c);
  s->steps = conn_steps(a, s, c, 0, 0);
  return s;
}

/* ---- two logs: merge ---------------------------------------------------- */

static bool time_close(const pl_step *x, const pl_step *y) {
  if (x->time < 0 || y->time < 0) return false;
  gint64 d = x->time - y->time;
  return d > -2000000 && d < 2000000;
}

static bool same_message(const pl_conn_match *m, const pl_step *x, const pl_step *y) {
  if (x->kind != PL_STEP_MSG || y->kind != PL_STEP_MSG || !x->key || !y->key) return false;
  if (strcmp(x->key, y->key) || x->from != y->from) return false;
  const pl_sa *mx = pl_correlation_sa(m, x->sa), *my = pl_correlation_sa(m, y->sa);
  if (x->sa && y->sa && mx == y->sa) return true;
  if ((x->sa && mx) || (y->sa && my)) return false;
  return time_close(x, y);
}

static bool earlier(const pl_step *x, const pl_step *y) {
  if (x->time >= 0 && y->time >= 0 && x->time != y->time) return x->time < y->time;
  return true;
}

/* A message one log sent N times (retransmissions) and the other log
 * received as up to N-1 further exchanges (an IKEv1 responder that deleted
 * its state answers each copy as new): the copies are the sender's
 * retransmissions, already counted in its ×N, not new messages. */
static void drop_retransmits_received(pl_seq *s) {
  GHashTable *used = g_hash_table_new(g_direct_hash, g_direct_equal);
  for (guint i = 0; i < s->steps->len;) {
    pl_step *x = s->steps->pdata[i];
    pl_step *z = NULL;
    bool rcv = x->kind == PL_STEP_MSG && !x->both && x->from != x->side && x->key && strncmp(x->key, "N:", 2);
    for (guint k = i; rcv && k-- > 0 && !z;) {
      pl_step *y = s->steps->pdata[k];
      guint n = GPOINTER_TO_UINT(g_hash_table_lookup(used, y));
      if (y->kind == PL_STEP_MSG && y->side != x->side && y->from == x->from && y->key &&
          !strcmp(y->key, x->key) && y->count > 1 && n + 1 < y->count &&
          (x->time < 0 || y->time < 0 ||
           (x->time >= y->time && x->time <= y->time + (gint64) ((y->wait + 2) * 1e6))))
        z = y;
    }
    if (!z) {
      i++;
      continue;
    }
    g_hash_table_insert(used, z, GUINT_TO_POINTER(GPOINTER_TO_UINT(g_hash_table_lookup(used, z)) + 1));
    z->both = true;
    g_ptr_array_remove_index(s->steps, i); /* frees x */
  }
  g_hash_table_unref(used);
}

pl_seq *pl_seq_for_pair(const pl_analysis *a, const pl_conn_match *m) {
  pl_seq *s = g_new0(pl_seq, 1);
  s->conn[0] = m->a;
  s->conn[1] = m->b;
  /* each host's lifeline: its name, and the ID the other side saw */
  for (int i = 0; i < 2; i++) {
    const pl_conn *me = s->conn[i], *other = s->conn[1 - i];
    char *h = host_name(a, me);
    GString *g = g_string_new(h);
    s->host[i] = h;
    char *addr = other->peer ? pl_addr_only(other->peer) : NULL;
    if (me->local) g_string_append_printf(g, "\n%s", me->local);
    else if (addr) g_string_append_printf(g, "\n%s", addr);
    g_free(addr);
    const char *id = last_peer_id(other);
    if (id) g_string_append_printf(g, "\nID %s", id);
    s->lane[i] = g_string_free(g, FALSE);
  }
  GString *t = g_string_new(NULL);
  char *t0 = conn_title(m->a), *t1 = conn_title(m->b);
  g_string_append(t, t0);
  if (strcmp(t0, t1)) g_string_append_printf(t, " / %s", t1);
  g_string_append_printf(t, _(" \xe2\x80\x94 both logs, matched by %s"), m->by);
  g_free(t0), g_free(t1);
  s->title = g_string_free(t, FALSE);

  GPtrArray *A = conn_steps(a, s, m->a, 0, 0), *B = conn_steps(a, s, m->b, 1, 1);
  int *anA = g_new(int, A->len + 1), *anB = g_new(int, B->len + 1);
  for (guint i = 0; i < A->len; i++) anA[i] = -1;
  for (guint j = 0; j < B->len; j++) anB[j] = -1;
  int lastj = -1;
  for (guint i = 0; i < A->len; i++)
    for (guint j = (guint) (lastj + 1); j < B->len; j++)
      if (same_message(m, A->pdata[i], B->pdata[j])) {
        anA[i] = (int) j, anB[j] = (int) i, lastj = (int) j;
        break;
      }
  s->steps = g_ptr_array_new_with_free_func((GDestroyNotify) step_free);
  /* move steps out of A and B without freeing them */
  g_ptr_array_set_free_func(A, NULL);
  g_ptr_array_set_free_func(B, NULL);
  guint i = 0, j = 0;
  while (i < A->len || j < B->len) {
    pl_step *x = i < A->len ? A->pdata[i] : NULL, *y = j < B->len ? B->pdata[j] : NULL;
    if (x && y && anA[i] == (int) j) {
      /* one message seen by both: keep the sender's step, add the receiver's details */
      pl_step *snd = x->from == 0 ? x : y, *rcv = snd == x ? y : x;
      for (guint k = 0; rcv->detail && k < rcv->detail->len; k++)
        add_detail(snd, g_strdup(rcv->detail->pdata[k]));
      snd->both = true;
      snd->implied = false;
      if (rcv->tone == PL_TONE_BAD) snd->tone = PL_TONE_BAD;
      if (rcv->count > snd->count && snd->key && !strncmp(snd->key, "N:", 2)) snd->count = rcv->count;
      step_free(rcv);
      g_ptr_array_add(s->steps, snd);
      i++, j++;
    } else if (x && anA[i] < 0 && (!y || anB[j] >= 0 || earlier(x, y))) {
      g_ptr_array_add(s->steps, x), i++;
    } else if (y && anB[j] < 0) {
      g_ptr_array_add(s->steps, y), j++;
    } else if (x) {
      g_ptr_array_add(s->steps, x), i++;
    } else {
      g_ptr_array_add(s->steps, y), j++;
    }
  }
  g_ptr_array_unref(A);
  g_ptr_array_unref(B);
  g_free(anA);
  g_free(anB);
  drop_retransmits_received(s);
  return s;
}

/* A host's lines without a connection ("packet from ...: sending
 * notification X") that a connection's diagram of the same host already
 * shows as its own message X are drawn there only; a host-level diagram
 * left empty is dropped (it would be an empty "(no connection)" lane). */
static void drop_hostlevel_repeats(GPtrArray *seqs) {
  for (guint i = 0; i < seqs->len;) {
    pl_seq *h = seqs->pdata[i];
    if (h->conn[1] || (h->conn[0]->name && *h->conn[0]->name)) {
      i++;
      continue;
    }
    for (guint k = 0; k < h->steps->len;) {
      const pl_step *st = h->steps->pdata[k];
      bool shown = false;
      for (guint j = 0;
           j < seqs->len && !shown && st->kind == PL_STEP_MSG && st->key && !strncmp(st->key, "N:", 2); j++) {
        const pl_seq *o = seqs->pdata[j];
        if (o == h) continue;
        for (int side = 0; side < 2 && !shown; side++) {
          if (!o->host[side] || strcmp(o->host[side], h->host[0])) continue;
          for (guint q = 0; q < o->steps->len && !shown; q++) {
            const pl_step *y = o->steps->pdata[q];
            shown = y->kind == PL_STEP_MSG && y->key == st->key && (y->from == side) == (st->from == 0);
          }
        }
      }
      if (shown) g_ptr_array_remove_index(h->steps, k);
      else k++;
    }
    if (h->steps->len) i++;
    else g_ptr_array_remove_index(seqs, i); /* frees h */
  }
}

GPtrArray *pl_seq_all(const pl_analysis *a, pl_correlation **tmp) {
  GPtrArray *out = g_ptr_array_new_with_free_func((GDestroyNotify) pl_seq_free);
  const pl_correlation *cor = pl_correlation_get(a, tmp);
  for (guint i = 0; i < cor->units->len; i++) {
    const pl_conn *c = cor->units->pdata[i];
    const pl_conn_match *m = pl_correlation_find(cor, c);
    pl_seq *s = NULL;
    if (m && m->a == c) s = pl_seq_for_pair(a, m);
    else if (!m) s = pl_seq_for_conn(a, c);
    if (!s) continue;
    if (!s->steps->len) {
      pl_seq_free(s);
      continue;
    }
    g_ptr_array_add(out, s);
  }
  drop_hostlevel_repeats(out);
  return out;
}
