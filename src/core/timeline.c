/* The timeline pass: events -> connections -> IKE SAs and Child SAs.
 *
 * SAs are keyed by process (host + pid, or the source when the prefix has
 * no pid) and serial, because serials restart with every pluto start.
 * Connections are keyed by host, name and instance.  Every SA is kept
 * until all SAs together hold PL_MAX_KEPT_EVENTS units (an event kept is
 * one unit, an SA itself one more: its own memory is about that of an
 * event; each SA keeps at most PL_SA_MAX_EVENTS events, the first half
 * and the newest); only
 * then are SAs folded into their connection's counters, the SAs that ended
 * first (deleted or failed, sa_done) before the oldest live ones (sa_fifo).
 * An ordinary log, a few thousand SAs, is never folded. */
#include "plutolog.h"
#include "i18n.h"
#include "states.h"

#include <stdio.h>
#include <string.h>

static void sa_free(pl_sa *sa) {
  if (!sa) return;
  if (sa->events) g_ptr_array_unref(sa->events);
  g_free(sa);
}

void pl_conn_free(pl_conn *c) {
  if (!c) return;
  if (c->sas) g_ptr_array_unref(c->sas);
  if (c->events) g_ptr_array_unref(c->events);
  g_free(c->diag.summary);
  g_free(c->diag.hint);
  if (c->diag.evidence) g_array_unref(c->diag.evidence);
  if (c->peerconf && c->peerconf_free) c->peerconf_free(c->peerconf);
  if (c->diag_extra && c->diag_extra_free) c->diag_extra_free(c->diag_extra);
  g_free(c);
}

pl_sa *pl_conn_find_sa(const pl_conn *c, gint64 serial) {
  for (guint i = c->sas->len; i-- > 0;) {
    pl_sa *sa = c->sas->pdata[i];
    if (sa->serial == serial) return sa;
  }
  return NULL;
}

static gint64 proc_id(const pl_event *ev) { return ev->pid >= 0 ? ev->pid : -1 - (gint64) ev->source; }

guint pl_key_hash(gconstpointer k) {
  const pl_key *x = k;
  guint64 h = (guint64) (guintptr) x->p1 * 0x9E3779B97F4A7C15ull;
  h ^= (guint64) (guintptr) x->p2 * 0xC2B2AE3D27D4EB4Full;
  h ^= (guint64) (guintptr) x->p3 * 0x165667B19E3779F9ull;
  h ^= (guint64) x->n1 * 0x27D4EB2F165667C5ull;
  h ^= (guint64) x->n2 * 0x94D049BB133111EBull;
  return (guint) (h ^ (h >> 29) ^ (h >> 47));
}

gboolean pl_key_equal(gconstpointer a, gconstpointer b) {
  const pl_key *x = a, *y = b;
  return x->p1 == y->p1 && x->p2 == y->p2 && x->p3 == y->p3 && x->n1 == y->n1 && x->n2 == y->n2;
}

static pl_key sa_key(const char *host, gint64 proc, gint64 serial) {
  pl_key k = {host, NULL, NULL, proc, serial};
  return k;
}

static pl_conn *new_conn(pl_analysis *a, const pl_event *ev, const pl_key *k);

static pl_conn *get_conn(pl_analysis *a, const pl_event *ev) {
  /* no host in the prefix (pluto's logfile=): each source is its own host */
  pl_key key = {ev->host, ev->conn, ev->instance, ev->host ? 0 : (gint64) ev->source + 1, 0};
  /* fold_instance clears the cache when it frees the connection it names */
  if (a->tl_last.conn && a->tl_last.host == key.p1 && a->tl_last.name == key.p2 &&
      a->tl_last.instance == key.p3 && a->tl_last.source == key.n1)
    return a->tl_last.conn;
  pl_conn *c = g_hash_table_lookup(a->conn_index, &key);
  if (!c) c = new_conn(a, ev, &key);
  a->tl_last.host = key.p1;
  a->tl_last.name = key.p2;
  a->tl_last.instance = key.p3;
  a->tl_last.source = key.n1;
  a->tl_last.conn = c;
  return c;
}

static pl_conn *add_conn(pl_analysis *a, const pl_key *k, guint32 source, guint64 line) {
  pl_conn *c = g_new0(pl_conn, 1);
  c->host = k->p1;
  c->name = k->p2;
  c->instance = k->p3;
  c->source = source;
  c->first_line = line;
  c->sas = g_ptr_array_new_with_free_func((GDestroyNotify) sa_free);
  c->events = g_ptr_array_new_with_free_func((GDestroyNotify) pl_event_free);
  g_ptr_array_add(a->conns, c);
  g_hash_table_insert(a->conn_index, g_memdup2(k, sizeof *k), c);
  return c;
}

static void fold_sa(pl_analysis *a, pl_conn *c, guint victim);

/* Folds the instance connection c into its template connection (created if
 * the log never named it alone) and frees it. */
static void fold_instance(pl_analysis *a, pl_conn *c) {
  pl_key tk = {c->host, c->name, NULL, c->host ? 0 : (gint64) c->source + 1, 0};
  pl_conn *t = g_hash_table_lookup(a->conn_index, &tk);
  if (!t) t = add_conn(a, &tk, c->source, c->first_line);
  bool established = c->folded_established > 0, failed = c->folded_failed > 0;
  for (guint i = 0; i < c->sas->len; i++) {
    const pl_sa *sa = c->sas->pdata[i];
    if (sa->established) established = true;
    if (sa->failed) failed = true;
  }
  t->folded_instances++;
  if (established) t->folded_inst_established++;
  else if (failed) t->folded_inst_failed++;
  if (!t->folded_inst_first_line || c->first_line < t->folded_inst_first_line)
    t->folded_inst_first_line = c->first_line;
  if (c->last_line > t->folded_inst_last_line) t->folded_inst_last_line = c->last_line;
  while (c->sas->len) fold_sa(a, c, c->sas->len - 1);
  if (c->inst_link) g_queue_delete_link(&a->inst_fifo, c->inst_link);
  c->inst_link = NULL;
  pl_key ck = {c->host, c->name, c->instance, c->host ? 0 : (gint64) c->source + 1, 0};
  if (g_hash_table_lookup(a->conn_index, &ck) == c) g_hash_table_remove(a->conn_index, &ck);
  if (a->tl_last.conn == c) a->tl_last.conn = NULL;
  g_ptr_array_remove(a->conns, c); /* frees it */
}

static pl_conn *new_conn(pl_analysis *a, const pl_event *ev, const pl_key *k) {
  /* keep the number of connections bounded: fold the oldest instance */
  while (a->conns->len >= PL_MAX_CONNS && a->inst_fifo.head) fold_instance(a, a->inst_fifo.head->data);
  if (a->conns->len >= PL_MAX_CONNS && !k->p3) {
    /* still full, and no instance to fold: a log that names more distinct
     * connections than that (a hostile or generated log) shares one
     * connection per host, so memory stays bounded */
    pl_key ok = {k->p1, pl_intern(PL_OTHER_CONNS, strlen(PL_OTHER_CONNS)), NULL, k->n1, 0};
    pl_conn *o = g_hash_table_lookup(a->conn_index, &ok);
    if (!o) o = add_conn(a, &ok, ev->source, ev->line);
    o->folded_names++;
    return o;
  }
  pl_conn *c = add_conn(a, k, ev->source, ev->line);
  c->peer = ev->peer;
  if (c->instance) {
    g_queue_push_tail(&a->inst_fifo, c);
    c->inst_link = a->inst_fifo.tail;
  }
  return c;
}

/* Keeps the first half and the newest events of a bounded list. */
static void keep_event(const pl_analysis *a, GPtrArray *list, guint max, const pl_event *ev,
                       guint32 *dropped) {
  pl_event *old = NULL;
  if (list->len >= max) {
    old = g_ptr_array_steal_index(list, max / 2); /* its block is reused */
    ++*dropped;
  }
  g_ptr_array_add(list, pl_event_copy_hint(old, ev, a->line_plain));
}

/* What a state name says about the SA: IKE or Child, version, role
 * (src/core/states.c). */
static void learn_state(pl_sa *sa, const char *st) {
  pl_state_facts f = pl_state_facts_of(st);
  if (f.child && !sa->kind_known) sa->is_ike = false, sa->kind_known = true;
  else if (f.ike && !sa->kind_known) sa->is_ike = true, sa->kind_known = true;
  if (f.version == 1) sa->ike_version = 1;
  else if (f.version == 2) sa->ike_version = sa->ike_version ? sa->ike_version : 2;
  if (f.role && !sa->role) sa->role = f.role;
}

/* The fields the timeline reads, found in one pass over the event's
 * fields (as pl_event_str / pl_event_int would: by id and type). */
typedef struct {
  const char *exchange, *story, *role, *state, *peer, *proposal;
  bool has_version, has_parent, has_replaces, has_bytes_in, has_bytes_out;
  gint64 version, parent, replaces, bytes_in, bytes_out;
} tl_fields;

static void gather(const pl_event *ev, tl_fields *x) {
  memset(x, 0, sizeof *x);
  for (int i = 0; i < ev->nfields; i++) {
    const pl_field *f = &ev->f[i];
    if (f->type == PL_T_STR) {
      switch (f->id) {
      case PL_F_EXCHANGE: x->exchange = f->v.s; break;
      case PL_F_STORY: x->story = f->v.s; break;
      case PL_F_ROLE: x->role = f->v.s; break;
      case PL_F_STATE: x->state = f->v.s; break;
      case PL_F_PEER: x->peer = f->v.s; break;
      case PL_F_PROPOSAL: x->proposal = f->v.s; break;
      default: break;
      }
    } else if (f->type == PL_T_INT) {
      switch (f->id) {
      case PL_F_IKE_VERSION: x->has_version = true, x->version = f->v.i; break;
      case PL_F_PARENT: x->has_parent = true, x->parent = f->v.i; break;
      case PL_F_REPLACES: x->has_replaces = true, x->replaces = f->v.i; break;
      case PL_F_BYTES_IN: x->has_bytes_in = true, x->bytes_in = f->v.i; break;
      case PL_F_BYTES_OUT: x->has_bytes_out = true, x->bytes_out = f->v.i; break;
      default: break;
      }
    }
  }
}

/* v4+ lines carry no state name: name the state the story means. */
static const char *story_state(const pl_sa *sa, const pl_event *ev, const tl_fields *x) {
  const char *story = x->story;
  bool resp = sa->role == PL_ROLE_RESPONDER;
  switch (ev->kind) {
  case PL_EV_SENT:
    if (!x->exchange || !story) return NULL;
    return pl_story_state(pl_exchange_of(x->exchange), story, resp);
  case PL_EV_IKE_ESTABLISHED:
    if (sa->ike_version == 2) return "STATE_V2_ESTABLISHED_IKE_SA";
    if (sa->mode == PL_EXCHANGE_AGGRESSIVE) return resp ? "STATE_AGGR_R2" : "STATE_AGGR_I2";
    return resp ? "STATE_MAIN_R3" : "STATE_MAIN_I4";
  case PL_EV_CHILD_ESTABLISHED:
    if (sa->ike_version == 2) return "STATE_V2_ESTABLISHED_CHILD_SA";
    return resp ? "STATE_QUICK_R2" : "STATE_QUICK_I2";
  default: return NULL;
  }
}

/* An SA that has ended: the first to fold when the budget is reached. */
static bool sa_ended(const pl_sa *sa) { return sa->deleted || sa->failed; }

/* Folds c->sas[victim] into the connection's counters and frees it. */
static void fold_sa(pl_analysis *a, pl_conn *c, guint victim) {
  pl_sa *sa = c->sas->pdata[victim];
  a->kept_events -= sa->events->len + 1; /* its events and itself */
  /* its link is in sa_done once it ended (sa_end moved it there) */
  if (sa->fifo_link) g_queue_delete_link(sa_ended(sa) ? &a->sa_done : &a->sa_fifo, sa->fifo_link);
  sa->fifo_link = NULL;
  c->folded_sas++;
  if (sa->established) c->folded_established++;
  if (sa->failed && !sa->established) c->folded_failed++;
  /* drop its index entry (a later SA with the same key may have replaced it) */
  if (sa->index_key && g_hash_table_lookup(a->sa_index, sa->index_key) == sa)
    g_hash_table_remove(a->sa_index, sa->index_key);
  if (a->tl_last.sa == sa) a->tl_last.sa = NULL;
  g_ptr_array_remove_index(c->sas, victim);
}

/* The SA has just ended: it moves from the live queue to the ended one. */
static void sa_end(pl_analysis *a, pl_sa *sa) {
  if (!sa->fifo_link) return;
  g_queue_unlink(&a->sa_fifo, sa->fifo_link);
  g_queue_push_tail_link(&a->sa_done, sa->fifo_link);
}

/* Keeps memory flat whatever the number of SAs and connections: past the
 * budget, the SA that ended first is folded, whichever connection it is in;
 * when none has ended, the live SA created longest ago.  The SA of the line
 * being read is never folded. */
static void enforce_budget(pl_analysis *a, const pl_sa *current) {
  while (a->kept_events > PL_MAX_KEPT_EVENTS) {
    GQueue *q = &a->sa_done;
    if (!q->head || (q->head->data == current && !q->head->next)) q = &a->sa_fifo;
    GList *l = q->head;
    if (l && l->data == current) l = l->next;
    if (!l) break;
    pl_sa *old = l->data;
    pl_conn *c = old->conn;
    guint idx;
    if (!g_ptr_array_find(c->sas, old, &idx)) { /* cannot happen: unlink and go on */
      g_queue_delete_link(q, l);
      old->fifo_link = NULL;
      continue;
    }
    fold_sa(a, c, idx);
  }
}

static pl_sa *new_sa(pl_analysis *a, pl_conn *c, const pl_event *ev, const pl_key *k);

static pl_sa *get_sa(pl_analysis *a, pl_conn *c, const pl_event *ev) {
  pl_key key = sa_key(ev->host, proc_id(ev), ev->serial);
  /* the last SA found, unless folded since (fold_sa clears it) */
  if (a->tl_last.sa && a->tl_last.sa_host == key.p1 && a->tl_last.sa_proc == key.n1 &&
      a->tl_last.sa_serial == key.n2)
    return a->tl_last.sa;
  pl_sa *sa = g_hash_table_lookup(a->sa_index, &key);
  if (!sa) sa = new_sa(a, c, ev, &key);
  a->tl_last.sa_host = key.p1;
  a->tl_last.sa_proc = key.n1;
  a->tl_last.sa_serial = key.n2;
  a->tl_last.sa = sa;
  return sa;
}

static pl_sa *new_sa(pl_analysis *a, pl_conn *c, const pl_event *ev, const pl_key *k) {
  pl_sa *sa = g_new0(pl_sa, 1);
  sa->serial = ev->serial;
  sa->is_ike = true;
  sa->first_line = ev->line;
  sa->source = ev->source;
  sa->first_time = ev->time;
  sa->events = g_ptr_array_new_with_free_func((GDestroyNotify) pl_event_free);
  sa->conn = c;
  sa->bytes_in = sa->bytes_out = -1;
  c->n_sas++;
  a->kept_events++; /* the SA itself counts as one unit of the budget */
  g_ptr_array_add(c->sas, sa);
  g_queue_push_tail(&a->sa_fifo, sa);
  sa->fifo_link = a->sa_fifo.tail;
  sa->index_key = g_memdup2(k, sizeof *k);
  g_hash_table_insert(a->sa_index, sa->index_key, sa);
  return sa;
}

/* An event that names another SA (using isakmp#N) tells us that one is IKE. */
static void mark_parent(pl_analysis *a, const pl_event *ev, gint64 parent) {
  pl_key key = sa_key(ev->host, proc_id(ev), parent);
  pl_sa *p = g_hash_table_lookup(a->sa_index, &key);
  if (p && !p->kind_known) p->is_ike = true, p->kind_known = true;
}

void pl_timeline_event(pl_analysis *a, const pl_event *ev) {
  /* --since/--until: a line without a time stamp cannot be placed: it stays */
  if (ev->time >= 0 && ((a->since && ev->time < a->since) || (a->until && ev->time > a->until))) return;
  pl_conn *c = get_conn(a, ev);
  c->last_line = ev->line;
  if (!c->peer && ev->peer) c->peer = ev->peer;
  tl_fields x;
  gather(ev, &x);
  if (x.has_version && !c->ike_version) c->ike_version = (int) x.version;
  if (ev->kind == PL_EV_CONN_ADDED && x.has_version) c->ike_version = (int) x.version;

  if (ev->serial <= 0) {
    keep_event(a, c->events, PL_CONN_MAX_EVENTS, ev, &c->dropped_events);
    if (!c->peer) {
      const char *p = x.peer;
      if (p && ev->kind == PL_EV_NO_CONN_PACKET) c->peer = pl_intern(p, -1);
    }
    return;
  }

  pl_sa *sa = get_sa(a, c, ev);
  sa->n_events++;
  sa->last_line = ev->line;
  if (ev->time >= 0) sa->last_time = ev->time;
  guint before = sa->events->len;
  keep_event(a, sa->events, PL_SA_MAX_EVENTS, ev, &sa->dropped);
  a->kept_events += sa->events->len - before;
  if (a->kept_events > PL_MAX_KEPT_EVENTS) enforce_budget(a, sa);

  const pl_exchange ex = pl_exchange_of(x.exchange);
  const pl_role role = pl_role_of(x.role);
  if (x.has_version) sa->ike_version = (int) x.version;
  if (role && ev->kind != PL_EV_SENT) sa->role = role;
  else if (role && !sa->role) sa->role = role;
  if (ex && (ev->kind == PL_EV_INITIATE || ev->kind == PL_EV_RESPOND || ev->kind == PL_EV_SENT)) {
    if (!sa->kind_known || ev->kind != PL_EV_SENT) {
      sa->is_ike = !pl_exchange_child(ex);
      sa->kind_known = true;
    }
    if (!sa->mode) sa->mode = pl_exchange_mode(ex);
  }
  if (x.has_parent && x.parent > 0) {
    gint64 v = x.parent;
    /* The first IKE SA named is the one that negotiated this SA; later lines
     * name the SA a Delete travels over (v5 "... using ISAKMP SA #3") or the
     * IKE SA the children moved to after an IKE rekey. */
    if (!sa->parent) sa->parent = v;
    if (!sa->kind_known) sa->is_ike = false, sa->kind_known = true;
    mark_parent(a, ev, v);
  }
  if (x.has_replaces && x.replaces > 0) sa->replaces = x.replaces;

  const bool ended_before = sa_ended(sa);
  const char *st = x.state;
  if (st) {
    learn_state(sa, st);
    /* an interned string equal to st is what pl_intern would return */
    if (!sa->last_state || strcmp(sa->last_state, st)) sa->last_state = pl_intern(st, -1);
  }

  switch (ev->kind) {
  case PL_EV_IKE_ESTABLISHED:
    sa->is_ike = true, sa->kind_known = true;
    sa->established = true;
    break;
  case PL_EV_CHILD_ESTABLISHED:
    sa->is_ike = false, sa->kind_known = true;
    sa->established = true;
    /* 2.6/v3 IKEv2 children first appear in the IKE_AUTH story line */
    if (!sa->mode || sa->mode == PL_EXCHANGE_IKEV2) sa->mode = PL_EXCHANGE_CHILD;
    break;
  case PL_EV_PROPOSAL_CHOSEN: {
    const char *p = x.proposal;
    if (p && !sa->kind_known) {
      sa->is_ike = strstr(p, ":IKE") != NULL; /* the proposal names its protocol */
      sa->kind_known = true;
    }
    break;
  }
  case PL_EV_TRAFFIC:
    if (!sa->kind_known) sa->is_ike = false, sa->kind_known = true;
    if (x.has_bytes_in) sa->bytes_in = x.bytes_in;
    if (x.has_bytes_out) sa->bytes_out = x.bytes_out;
    break;
  case PL_EV_DELETE_STATE:
  case PL_EV_DELETE_SENT: /* v4 "deleting established Child SA using IKE SA #5", v5 "sent
                           * INFORMATIONAL request to delete IKE SA": the SA deletes itself */
    sa->deleted = true;
    break;
  case PL_EV_TIMEOUT:
  case PL_EV_MALFORMED_PAYLOAD:
  case PL_EV_NO_ACCEPTABLE:
  case PL_EV_TRANSITION_FAILED:
  case PL_EV_AUTH_FAILED:
  case PL_EV_ID_MISMATCH:
  case PL_EV_NO_CONNECTION_FOR:
  case PL_EV_TS_UNACCEPTABLE:
  case PL_EV_PROPOSAL_NOMATCH:
  case PL_EV_KERNEL_ERROR: sa->failed = true; break;
  default: break;
  }
  if (!ended_before && sa_ended(sa)) sa_end(a, sa);
  if (!st) {
    const char *s2 = story_state(sa, ev, &x);
    if (s2 && (!sa->last_state || strcmp(sa->last_state, s2))) sa->last_state = pl_intern(s2, -1);
  }

  if (sa->is_ike && sa->kind_known) {
    if (sa->role) c->role = sa->role;
    if (sa->mode && sa->mode != PL_EXCHANGE_QUICK && sa->mode != PL_EXCHANGE_CHILD) c->mode = sa->mode;
    if (sa->ike_version) c->ike_version = sa->ike_version;
  }
  if (!c->peer) {
    const char *p = x.peer;
    if (p && (ev->kind == PL_EV_RESPOND || ev->kind == PL_EV_INITIATE)) c->peer = pl_intern(p, -1);
  }
}

/* The IKE SA a child at c->sas[i] belongs to when no line named it: the
 * newest IKE SA of the same connection and pluto process with a lower
 * serial.  Used for the lines that never say it: IKEv1 Quick Mode
 * responders before v5 ("responding to Quick Mode proposal {msgid:..}") and
 * 2.6/v3 IKEv2 children (their IKE_AUTH story is logged on the child).
 * SAs are in order of first appearance, so a serial higher than the
 * child's, met going back, is an earlier pluto process: stop there. */
static pl_sa *infer_parent(const pl_conn *c, guint i) {
  const pl_sa *child = c->sas->pdata[i];
  for (guint j = i; j-- > 0;) {
    pl_sa *s = c->sas->pdata[j];
    if (s->serial >= child->serial || s->source != child->source) return NULL;
    if (s->is_ike && s->kind_known) return s;
  }
  return NULL;
}

/* The SA with this serial in the same process as c->sas[i] (searching back
 * from it, then forward for a parent logged later). */
static pl_sa *same_process_sa(const pl_conn *c, guint i, gint64 serial) {
  const pl_sa *from = c->sas->pdata[i];
  for (guint j = i; j-- > 0;) {
    pl_sa *s = c->sas->pdata[j];
    if (s->source != from->source || s->serial > from->serial) break;
    if (s->serial == serial) return s;
  }
  for (guint j = i + 1; j < c->sas->len; j++) {
    pl_sa *s = c->sas->pdata[j];
    if (s->source != from->source || s->serial < from->serial) break;
    if (s->serial == serial) return s;
  }
  return NULL;
}

/* --peer ADDR: the connection's peer is ADDR, with or without its port
 * ("192.0.2.45:500", "[2001:db8::1]:500"). */
static bool peer_is(const char *peer, const char *want) {
  if (!peer) return false;
  gsize n = strlen(want);
  if (!strcmp(peer, want)) return true;
  if (peer[0] == '[' && !strncmp(peer + 1, want, n) && peer[n + 1] == ']') return true;
  if (strncmp(peer, want, n) || peer[n] != ':' || !peer[n + 1]) return false;
  for (const char *p = peer + n + 1; *p; p++)
    if (!g_ascii_isdigit(*p)) return false;
  return !strchr(want, ':') || want[0] == '['; /* an IPv6 address needs its brackets */
}

/* The host of a Quick Mode line's "them:" end (remote_ts
 * "[hop---]ADDR[ID]===SUBNET", or ADDR alone); NULL when none. */
static char *them_host(const pl_event *ev) {
  const char *ts = ev->kind == PL_EV_QM_ENDS ? pl_event_str(ev, PL_F_REMOTE_TS) : NULL;
  if (!ts) return NULL;
  const char *end = strstr(ts, "===");
  if (!end) end = ts + strlen(ts);
  for (const char *h; (h = g_strstr_len(ts, end - ts, "---"));) ts = h + 3;
  const char *id = memchr(ts, '[', (gsize) (end - ts));
  if (id && id > ts) end = id;
  return end > ts && !memchr(ts, '/', (gsize) (end - ts)) ? g_strndup(ts, (gsize) (end - ts)) : NULL;
}

/* A line that names want as the peer: its instance address, the peer
 * field (sent ... to ADDR, received from ADDR, notification to ADDR), or the
 * "them:" end of a Quick Mode responder line. */
static bool event_names_peer(const pl_event *ev, const char *want) {
  if (peer_is(ev->peer, want) || peer_is(pl_event_str(ev, PL_F_PEER), want)) return true;
  char *h = them_host(ev);
  bool r = peer_is(h, want);
  g_free(h);
  return r;
}

static bool conn_names_peer(const pl_conn *c, const char *want) {
  if (peer_is(c->peer, want)) return true;
  for (guint k = 0; k < c->events->len; k++)
    if (event_names_peer(c->events->pdata[k], want)) return true;
  for (guint s = 0; s < c->sas->len; s++) {
    const GPtrArray *evs = ((const pl_sa *) c->sas->pdata[s])->events;
    for (guint k = 0; evs && k < evs->len; k++)
      if (event_names_peer(evs->pdata[k], want)) return true;
  }
  return false;
}

static bool peer_selected(const pl_analysis *a, const pl_conn *c) {
  if (!a->only_peers) return true;
  for (char **p = a->only_peers; *p; p++)
    if (conn_names_peer(c, *p)) return true;
  return false;
}

/* Drops a connection left out by --peer, with its SAs (indexes, queues). */
static void drop_conn(pl_analysis *a, pl_conn *c) {
  while (c->sas->len) fold_sa(a, c, c->sas->len - 1);
  if (c->inst_link) g_queue_delete_link(&a->inst_fifo, c->inst_link);
  c->inst_link = NULL;
  pl_key ck = {c->host, c->name, c->instance, c->host ? 0 : (gint64) c->source + 1, 0};
  if (g_hash_table_lookup(a->conn_index, &ck) == c) g_hash_table_remove(a->conn_index, &ck);
  if (a->tl_last.conn == c) a->tl_last.conn = NULL;
  g_ptr_array_remove(a->conns, c); /* frees it */
}

static gint64 parse_when(const char *s, GError **err) {
  char *t = g_strdup(s);
  g_strstrip(t);
  for (char *p = t; *p; p++)
    if (*p == ' ') *p = 'T';
  GTimeZone *utc = g_time_zone_new_utc();
  GDateTime *dt = g_date_time_new_from_iso8601(t, utc);
  if (!dt) {
    /* a date alone, or hours and minutes without seconds */
    char *more = strchr(t, 'T') ? g_strconcat(t, ":00", NULL) : g_strconcat(t, "T00:00:00", NULL);
    dt = g_date_time_new_from_iso8601(more, utc);
    g_free(more);
  }
  g_time_zone_unref(utc);
  g_free(t);
  if (!dt) {
    g_set_error(err, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                "'%s' is not a time (2026-11-27, 2026-11-27T19:01, \"2026-11-27 19:01:02\")", s);
    return -1;
  }
  gint64 us = g_date_time_to_unix(dt) * 1000000 + g_date_time_get_microsecond(dt);
  g_date_time_unref(dt);
  return us;
}

bool pl_timeline_filters(pl_analysis *a, const char *since, const char *until, char **peers, GError **err) {
  if (since && (a->since = parse_when(since, err)) < 0) return false;
  if (until && (a->until = parse_when(until, err)) < 0) return false;
  if (a->since == 0 && since) a->since = 1; /* the epoch itself: still a bound */
  if (peers && peers[0]) a->only_peers = g_strdupv(peers);
  return true;
}

void pl_timeline_finish(pl_analysis *a) {
  for (guint i = a->conns->len; a->only_peers && i-- > 0;)
    if (!peer_selected(a, a->conns->pdata[i])) drop_conn(a, a->conns->pdata[i]);
  /* IKEv2 children announced as "Child SA #N" by their parent keep their
   * kind; everything else was decided on the fly. */
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *c = a->conns->pdata[i];
    if (!c->mode && c->ike_version == 2) c->mode = PL_EXCHANGE_IKEV2;
    for (guint k = 0; k < c->sas->len; k++) {
      pl_sa *sa = c->sas->pdata[k];
      if (sa->is_ike || !sa->kind_known) continue;
      pl_sa *p = NULL;
      if (sa->parent) p = same_process_sa(c, k, sa->parent);
      else if ((p = infer_parent(c, k))) sa->parent = p->serial;
      /* a Child SA is only ever established under an established IKE SA,
       * even when the IKE SA's own "established" line was never logged
       * (2.6/v3 IKEv2, v4.0-4.4 "authenticated using ...") */
      if (p && p->is_ike && sa->established) p->established = true;
    }
  }
}

static bool amend_in(GPtrArray *list, const pl_event *ev) {
  for (guint i = list->len; i-- > 0;) {
    pl_event *k = list->pdata[i];
    if (k->source == ev->source && k->line == ev->line) {
      list->pdata[i] = pl_event_copy(ev);
      pl_event_free(k);
      return true;
    }
  }
  return false;
}

bool pl_timeline_amend(pl_analysis *a, const pl_event *ev) {
  for (guint i = a->conns->len; i-- > 0;) {
    pl_conn *c = a->conns->pdata[i];
    if (c->host != ev->host || c->name != ev->conn || c->instance != ev->instance) continue;
    if (ev->serial <= 0) {
      if (amend_in(c->events, ev)) return true;
      continue; /* logs without host: one connection per source */
    }
    for (guint j = c->sas->len; j-- > 0;) {
      pl_sa *sa = c->sas->pdata[j];
      if (sa->serial == ev->serial && sa->source == ev->source && amend_in(sa->events, ev)) {
        /* what the first part could not say: the fields of the tail */
        gint64 v;
        if (!sa->parent && pl_event_int(ev, PL_F_PARENT, &v) && v > 0) sa->parent = v;
        if (!sa->replaces && pl_event_int(ev, PL_F_REPLACES, &v) && v > 0) sa->replaces = v;
        return true;
      }
    }
  }
  return false;
}

/* ---- -c NAME that matches nothing ---------------------------------------- */

void pl_timeline_left_out(pl_analysis *a, const char *name) {
  if (!name) return;
  if (!a->conns_left_out) a->conns_left_out = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  /* a bounded list: a road-warrior log names each instance's template only */
  if (g_hash_table_size(a->conns_left_out) < 10000 && !g_hash_table_contains(a->conns_left_out, name))
    g_hash_table_add(a->conns_left_out, g_strdup(name));
}

/* Log text on a terminal: no control characters, valid UTF-8. */
static void name_safe(GString *out, const char *s) {
  char *v = g_utf8_make_valid(s, -1);
  for (const char *p = v; *p; p++) {
    unsigned char ch = (unsigned char) *p;
    g_string_append_c(out, ch < 0x20 || ch == 0x7f ? '?' : (char) ch);
  }
  g_free(v);
}

char *pl_conns_unmatched(const pl_analysis *a) {
  if (!a->only_conns) return NULL;
  for (guint i = 0; i < a->conns->len; i++) {
    const pl_conn *c = a->conns->pdata[i];
    if (c->name && *c->name) return NULL; /* one of the names matched */
  }
  GString *g = g_string_new(NULL);
  for (char **n = a->only_conns; *n; n++) {
    g_string_append(g, n == a->only_conns ? "\"" : ", \"");
    name_safe(g, *n);
    g_string_append_c(g, '"');
  }
  char *asked = g_string_free(g, FALSE);
  guint n = a->conns_left_out ? g_hash_table_size(a->conns_left_out) : 0;
  char *msg;
  if (!n) {
    msg = g_strdup_printf(_("no connection named %s in the input, which names no connection"), asked);
  } else {
    GList *names = g_list_sort(g_hash_table_get_keys(a->conns_left_out), (GCompareFunc) strcmp);
    GString *l = g_string_new(NULL);
    guint k = 0;
    for (GList *x = names; x; x = x->next, k++) {
      if (k == 40) {
        g_string_append_printf(l, _(" and %u more"), n - k);
        break;
      }
      g_string_append(l, k ? ", \"" : "\"");
      name_safe(l, x->data);
      g_string_append_c(l, '"');
    }
    g_list_free(names);
    msg = g_strdup_printf(_("no connection named %s in the input; its connections: %s"), asked, l->str);
    g_string_free(l, TRUE);
  }
  g_free(asked);
  return msg;
}

gint64 pl_conn_last_time(const pl_conn *c) {
  gint64 t = -1;
  for (guint i = 0; i < c->events->len; i++) t = MAX(t, ((const pl_event *) c->events->pdata[i])->time);
  for (guint i = 0; i < c->sas->len; i++) { /* an SA's last_time stays 0 when no line had a time */
    const pl_sa *sa = c->sas->pdata[i];
    if (sa->last_time > 0) t = MAX(t, sa->last_time);
  }
  return t;
}

void pl_format_when(GString *out, gint64 t) {
  GDateTime *dt = t >= 0 ? g_date_time_new_from_unix_utc(t / 1000000) : NULL;
  if (!dt) {
    g_string_append(out, "-");
    return;
  }
  char *s = g_date_time_format(dt, "%Y-%m-%d %H:%M:%S");
  g_string_append(out, s);
  g_free(s);
  g_date_time_unref(dt);
}
