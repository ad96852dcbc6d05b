/* The correlate pass (two hosts, one picture).  See include/correlate.h
 * for the contract; the sequence model the diagrams draw is in
 * src/views/seq.c.
 *
 * Event kinds are a shared, growing list: they are tested with if/else
 * here, never with an exhaustive switch. */
#include "correlate.h"
#include "diagnose.h" /* _(), stage and verdict labels */

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ======================================================================
 * helpers over events
 * ====================================================================== */

static bool streq(const char *a, const char *b) { return a && b && !strcmp(a, b); }

/* A hex SPI normalised: lower case, no 0x.  NULL when absent. */
static char *spi_norm(const char *s) {
  if (!s) return NULL;
  if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s += 2;
  if (!*s) return NULL;
  return g_ascii_strdown(s, -1);
}

/* The last SPI pair an SA logged (established line, or Quick Mode reply). */
static bool sa_spis(const pl_sa *sa, char **out, char **in) {
  *out = *in = NULL;
  for (guint i = sa->events->len; i-- > 0;) {
    const pl_event *ev = sa->events->pdata[i];
    const char *o = pl_event_str(ev, PL_F_SPI_OUT), *n = pl_event_str(ev, PL_F_SPI_IN);
    if (o && n) {
      *out = spi_norm(o);
      *in = spi_norm(n);
      if (*out && *in) return true;
      g_free(*out), g_free(*in);
      *out = *in = NULL;
    }
  }
  return false;
}

static const char *sa_msgid(const pl_sa *sa) {
  for (guint i = 0; i < sa->events->len; i++) {
    const pl_event *ev = sa->events->pdata[i];
    const char *m = pl_event_str(ev, PL_F_MSGID);
    if (m && (ev->kind == PL_EV_INITIATE || ev->kind == PL_EV_RESPOND) && strcmp(m, "00000000")) return m;
  }
  return NULL;
}

/* An address without ":port" (IPv4 only; IPv6 is compared whole). */
char *pl_addr_only(const char *s) {
  if (!s) return NULL;
  const char *c = strchr(s, ':');
  if (c && !strchr(c + 1, ':')) return g_strndup(s, (gsize) (c - s));
  return g_strdup(s);
}

static const char *host_key(const pl_analysis *a, const pl_conn *c, char *buf, gsize n) {
  (void) a;
  if (c->host) return c->host;
  snprintf(buf, n, "\001source %u", c->source);
  return buf;
}

static bool same_host(const pl_analysis *a, const pl_conn *x, const pl_conn *y) {
  char b1[32], b2[32];
  return !strcmp(host_key(a, x, b1, sizeof b1), host_key(a, y, b2, sizeof b2));
}

/* Our own address as a connection shows it, when known. */
static char *conn_local_addr(const pl_conn *c) {
  if (c->local) return pl_addr_only(c->local);
  return NULL;
}

/* ======================================================================
 * correlation
 * ====================================================================== */

static void add_word(GString *by, const char *w) {
  if (strstr(by->str, w)) return;
  if (by->len) g_string_append_c(by, ',');
  g_string_append(by, w);
}

static int conn_score(const pl_conn *x, const pl_conn *y, GString *by) {
  int score = 0;
  /* SPIs seen inverted */
  for (guint i = 0; i < x->sas->len; i++) {
    const pl_sa *sx = x->sas->pdata[i];
    char *xo, *xi;
    if (sx->is_ike || !sa_spis(sx, &xo, &xi)) continue;
    for (guint j = 0; j < y->sas->len; j++) {
      const pl_sa *sy = y->sas->pdata[j];
      char *yo, *yi;
      if (sy->is_ike || !sa_spis(sy, &yo, &yi)) continue;
      if (!strcmp(xo, yi) && !strcmp(xi, yo)) score += 100, add_word(by, "spi");
      g_free(yo), g_free(yi);
    }
    g_free(xo), g_free(xi);
  }
  /* Quick Mode msgids */
  for (guint i = 0; i < x->sas->len; i++) {
    const char *mx = sa_msgid(x->sas->pdata[i]);
    if (!mx) continue;
    for (guint j = 0; j < y->sas->len; j++)
      if (streq(mx, sa_msgid(y->sas->pdata[j]))) score += 50, add_word(by, "msgid");
  }
  /* addresses: our local is their peer */
  char *xl = conn_local_addr(x), *yl = conn_local_addr(y);
  char *xp = pl_addr_only(x->peer), *yp = pl_addr_only(y->peer);
  if (xl && yp && !strcmp(xl, yp)) score += 20, add_word(by, "address");
  if (yl && xp && !strcmp(yl, xp)) score += 20, add_word(by, "address");
  g_free(xl), g_free(yl), g_free(xp), g_free(yp);
  if (streq(x->name, y->name) && *x->name) score += 10, add_word(by, "name");
  /* complementary IKE roles that overlap in time */
  if (x->role && y->role && x->role != y->role) {
    gint64 x0 = G_MAXINT64, x1 = -1, y0 = G_MAXINT64, y1 = -1;
    for (guint i = 0; i < x->sas->len; i++) {
      const pl_sa *s = x->sas->pdata[i];
      if (s->first_time >= 0) x0 = MIN(x0, s->first_time), x1 = MAX(x1, s->last_time);
    }
    for (guint i = 0; i < y->sas->len; i++) {
      const pl_sa *s = y->sas->pdata[i];
      if (s->first_time >= 0) y0 = MIN(y0, s->first_time), y1 = MAX(y1, s->last_time);
    }
    if (x1 >= 0 && y1 >= 0 && x0 <= y1 + 5000000 && y0 <= x1 + 5000000) score += 5, add_word(by, "time");
  }
  return score;
}

static const pl_sa *matched(const GArray *sas, const pl_sa *s, bool left) {
  for (guint i = 0; i < sas->len; i++) {
    const pl_sa_match *m = &g_array_index(sas, pl_sa_match, i);
    if (left ? m->a == s : m->b == s) return left ? m->b : m->a;
  }
  return NULL;
}

static void sa_add(GArray *sas, const pl_sa *a, const pl_sa *b, const char *by) {
  pl_sa_match m = {a, b, by};
  g_array_append_val(sas, m);
}

static bool roles_fit(const pl_sa *a, const pl_sa *b) { return !a->role || !b->role || a->role != b->role; }

static gint sa_match_cmp(gconstpointer p, gconstpointer q) {
  const pl_sa_match *x = p, *y = q;
  if (x->a->source != y->a->source) return x->a->source < y->a->source ? -1 : 1;
  if (x->a->first_line != y->a->first_line) return x->a->first_line < y->a->first_line ? -1 : 1;
  return 0;
}

static void match_sas(pl_conn_match *m) {
  const pl_conn *x = m->a, *y = m->b;
  GArray *sas = m->sas;
  /* 1. Child SAs by inverted SPIs, 2. by Quick Mode msgid */
  for (guint i = 0; i < x->sas->len; i++) {
    const pl_sa *sx = x->sas->pdata[i];
    if (sx->is_ike) continue;
    char *xo, *xi;
    bool hx = sa_spis(sx, &xo, &xi);
    const char *mx = sa_msgid(sx);
    for (guint j = 0; j < y->sas->len; j++) {
      const pl_sa *sy = y->sas->pdata[j];
      if (sy->is_ike || matched(sas, sy, false)) continue;
      char *yo, *yi;
      bool ok = false;
      const char *by = NULL;
      if (hx && sa_spis(sy, &yo, &yi)) {
        ok = !strcmp(xo, yi) && !strcmp(xi, yo);
        by = "spi";
        g_free(yo), g_free(yi);
      }
      if (!ok && mx && streq(mx, sa_msgid(sy))) ok = true, by = "msgid";
      if (ok) {
        sa_add(sas, sx, sy, by);
        break;
      }
    }
    if (hx) g_free(xo), g_free(xi);
  }
  /* 3. the IKE SAs the matched children use */
  guint n = sas->len;
  for (guint i = 0; i < n; i++) {
    const pl_sa_match *cm = &g_array_index(sas, pl_sa_match, i);
    if (!cm->a->parent || !cm->b->parent) continue;
    const pl_sa *px = pl_conn_find_sa(x, cm->a->parent), *py = pl_conn_find_sa(y, cm->b->parent);
    if (px && py && !matched(sas, px, true) && !matched(sas, py, false)) sa_add(sas, px, py, "parent");
  }
  /* 4. the rest: same kind, complementary roles, nearest in time (5 s) */
  for (guint i = 0; i < x->sas->len; i++) {
    const pl_sa *sx = x->sas->pdata[i];
    if (matched(sas, sx, true) || sx->first_time < 0) continue;
    const pl_sa *best = NULL;
    gint64 bestd = 5000001;
    for (guint j = 0; j < y->sas->len; j++) {
      const pl_sa *sy = y->sas->pdata[j];
      if (matched(sas, sy, false) || sy->first_time < 0 || sy->is_ike != sx->is_ike) continue;
      if (!roles_fit(sx, sy)) continue;
      if (sx->ike_version && sy->ike_version && sx->ike_version != sy->ike_version) continue;
      gint64 d = sx->first_time - sy->first_time;
      if (d < 0) d = -d;
      if (d < bestd) bestd = d, best = sy;
    }
    if (best) sa_add(sas, sx, best, "time");
  }
  g_array_sort(sas, sa_match_cmp);
}

/* ---- units: connections, split per log when the log has no host ------- */

static void view_free(pl_conn *v) {
  g_ptr_array_unref(v->sas);
  g_ptr_array_unref(v->events);
  g_free(v);
}

static pl_conn *view_of(const pl_conn *c, guint32 src) {
  pl_conn *v = g_new0(pl_conn, 1);
  *v = *c; /* shallow: names, diagnosis; not owned */
  v->source = src;
  v->peerconf = NULL, v->peerconf_free = NULL, v->diag_extra = NULL, v->diag_extra_free = NULL;
  v->sas = g_ptr_array_new();
  v->events = g_ptr_array_new();
  v->peer = NULL;
  v->role = PL_ROLE_UNKNOWN;
  v->first_line = G_MAXUINT64;
  for (guint i = 0; i < c->sas->len; i++) {
    pl_sa *sa = c->sas->pdata[i];
    if (sa->source != src) continue;
    g_ptr_array_add(v->sas, sa);
    v->first_line = MIN(v->first_line, sa->first_line);
    if (sa->is_ike && sa->role) v->role = sa->role;
    for (guint j = 0; j < sa->events->len && !v->peer; j++) {
      const pl_event *ev = sa->events->pdata[j];
      if (ev->peer) v->peer = ev->peer;
      else if ((ev->kind == PL_EV_RESPOND || ev->kind == PL_EV_INITIATE) && pl_event_str(ev, PL_F_PEER))
        v->peer = pl_intern(pl_event_str(ev, PL_F_PEER), -1);
    }
  }
  for (guint i = 0; i < c->events->len; i++) {
    pl_event *ev = c->events->pdata[i];
    if (ev->source != src) continue;
    g_ptr_array_add(v->events, ev);
    v->first_line = MIN(v->first_line, ev->line);
    if (!v->peer && ev->peer) v->peer = ev->peer;
  }
  v->n_sas = v->sas->len;
  return v;
}

static void add_units(pl_correlation *cor, const pl_conn *c) {
  GArray *srcs = g_array_new(FALSE, FALSE, sizeof(guint32));
  if (!c->host) {
    for (guint i = 0; i < c->sas->len; i++) {
      guint32 s = ((pl_sa *) c->sas->pdata[i])->source;
      bool seen = false;
      for (guint k = 0; k < srcs->len; k++) seen |= g_array_index(srcs, guint32, k) == s;
      if (!seen) g_array_append_val(srcs, s);
    }
    for (guint i = 0; i < c->events->len; i++) {
      guint32 s = ((pl_event *) c->events->pdata[i])->source;
      bool seen = false;
      for (guint k = 0; k < srcs->len; k++) seen |= g_array_index(srcs, guint32, k) == s;
      if (!seen) g_array_append_val(srcs, s);
    }
  }
  if (srcs->len < 2) {
    g_ptr_array_add(cor->units, (gpointer) c);
  } else {
    for (guint i = 1; i < srcs->len; i++) /* sources in order */
      for (guint k = i; k > 0 && g_array_index(srcs, guint32, k - 1) > g_array_index(srcs, guint32, k); k--) {
        guint32 t = g_array_index(srcs, guint32, k);
        g_array_index(srcs, guint32, k) = g_array_index(srcs, guint32, k - 1);
        g_array_index(srcs, guint32, k - 1) = t;
      }
    for (guint k = 0; k < srcs->len; k++) {
      pl_conn *v = view_of(c, g_array_index(srcs, guint32, k));
      g_ptr_array_add(cor->views, v);
      g_ptr_array_add(cor->units, v);
    }
  }
  g_array_unref(srcs);
}

static void conn_match_free(pl_conn_match *m) {
  if (!m) return;
  g_free(m->by);
  g_array_unref(m->sas);
  g_free(m);
}

typedef struct {
  guint i, j;
  int score;
  char *by;
} cand;

static gint cand_cmp(gconstpointer p, gconstpointer q) {
  const cand *x = p, *y = q;
  if (x->score != y->score) return x->score > y->score ? -1 : 1;
  if (x->i != y->i) return x->i < y->i ? -1 : 1;
  return x->j < y->j ? -1 : x->j > y->j;
}

pl_correlation *pl_correlation_compute(const pl_analysis *a) {
  pl_correlation *cor = g_new0(pl_correlation, 1);
  cor->pairs = g_ptr_array_new_with_free_func((GDestroyNotify) conn_match_free);
  cor->units = g_ptr_array_new();
  cor->views = g_ptr_array_new_with_free_func((GDestroyNotify) view_free);
  GPtrArray *sorted = pl_analysis_sorted_conns(a);
  for (guint i = 0; i < sorted->len; i++) add_units(cor, sorted->pdata[i]);
  g_ptr_array_unref(sorted);
  GPtrArray *conns = g_ptr_array_ref(cor->units);
  GHashTable *hosts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < conns->len; i++) {
    char buf[32];
    g_hash_table_add(hosts, g_strdup(host_key(a, conns->pdata[i], buf, sizeof buf)));
  }
  cor->hosts = g_hash_table_size(hosts);
  g_hash_table_unref(hosts);
  if (cor->hosts < 2) {
    g_ptr_array_unref(conns);
    return cor;
  }
  GArray *cands = g_array_new(FALSE, FALSE, sizeof(cand));
  for (guint i = 0; i < conns->len; i++) {
    const pl_conn *x = conns->pdata[i];
    if (!x->name || !*x->name) continue;
    for (guint j = i + 1; j < conns->len; j++) {
      const pl_conn *y = conns->pdata[j];
      if (!y->name || !*y->name || same_host(a, x, y)) continue;
      /* many connections (a whole archive in one run): only pairs that share
       * a name are scored, so the cost stays near-linear */
      if (conns->len > 64 && strcmp(x->name, y->name)) continue;
      GString *by = g_string_new(NULL);
      int s = conn_score(x, y, by);
      if (s >= 10) {
        cand c = {i, j, s, g_string_free(by, FALSE)};
        g_array_append_val(cands, c);
      } else g_string_free(by, TRUE);
    }
  }
  g_array_sort(cands, cand_cmp);
  bool *used = g_new0(bool, conns->len);
  for (guint k = 0; k < cands->len; k++) {
    cand *c = &g_array_index(cands, cand, k);
    if (used[c->i] || used[c->j]) {
      g_free(c->by);
      continue;
    }
    used[c->i] = used[c->j] = true;
    pl_conn_match *m = g_new0(pl_conn_match, 1);
    m->a = conns->pdata[c->i];
    m->b = conns->pdata[c->j];
    m->score = c->score;
    m->by = c->by;
    m->sas = g_array_new(FALSE, FALSE, sizeof(pl_sa_match));
    match_sas(m);
    g_ptr_array_add(cor->pairs, m);
  }
  /* output order: by the first connection's position */
  for (guint k = 1; k < cor->pairs->len; k++)
    for (guint l = k; l > 0; l--) {
      pl_conn_match *p = cor->pairs->pdata[l - 1], *q = cor->pairs->pdata[l];
      guint ip = 0, iq = 0;
      g_ptr_array_find(conns, p->a, &ip);
      g_ptr_array_find(conns, q->a, &iq);
      if (ip <= iq) break;
      cor->pairs->pdata[l - 1] = q, cor->pairs->pdata[l] = p;
    }
  g_free(used);
  g_array_unref(cands);
  g_ptr_array_unref(conns);
  return cor;
}

void pl_correlation_free(pl_correlation *c) {
  if (!c) return;
  g_ptr_array_unref(c->pairs);
  g_ptr_array_unref(c->units);
  g_ptr_array_unref(c->views);
  g_free(c);
}

void pl_correlate(pl_analysis *a) {
  if (a->correlation && a->correlation_free) a->correlation_free(a->correlation);
  a->correlation = pl_correlation_compute(a);
  a->correlation_free = (GDestroyNotify) pl_correlation_free;
}

const pl_correlation *pl_correlation_get(const pl_analysis *a, pl_correlation **tmp) {
  *tmp = NULL;
  if (a->correlation && a->correlation_free == (GDestroyNotify) pl_correlation_free) return a->correlation;
  return *tmp = pl_correlation_compute(a);
}

const pl_conn_match *pl_correlation_find(const pl_correlation *c, const pl_conn *conn) {
  for (guint i = 0; c && i < c->pairs->len; i++) {
    const pl_conn_match *m = c->pairs->pdata[i];
    if (m->a == conn || m->b == conn) return m;
  }
  return NULL;
}

const pl_sa *pl_correlation_sa(const pl_conn_match *m, const pl_sa *sa) {
  if (!m || !sa) return NULL;
  for (guint i = 0; i < m->sas->len; i++) {
    const pl_sa_match *s = &g_array_index(m->sas, pl_sa_match, i);
    if (s->a == sa) return s->b;
    if (s->b == sa) return s->a;
  }
  return NULL;
}

static void json_conn_ref(const pl_analysis *a, JsonBuilder *b, const char *k, const pl_conn *c) {
  json_builder_set_member_name(b, k);
  json_builder_begin_object(b);
  json_builder_set_member_name(b, "host");
  if (c->host) json_builder_add_string_value(b, c->host);
  else json_builder_add_null_value(b);
  json_builder_set_member_name(b, "source");
  json_builder_add_string_value(
      b, c->source < a->sources->len ? ((pl_source *) a->sources->pdata[c->source])->name : "?");
  json_builder_set_member_name(b, "name");
  json_builder_add_string_value(b, c->name ? c->name : "");
  json_builder_set_member_name(b, "instance");
  if (c->instance) json_builder_add_string_value(b, c->instance);
  else json_builder_add_null_value(b);
  json_builder_end_object(b);
}

void pl_correlation_json(const pl_analysis *a, JsonBuilder *b) {
  pl_correlation *tmp;
  const pl_correlation *cor = pl_correlation_get(a, &tmp);
  json_builder_set_member_name(b, "correlation");
  json_builder_begin_array(b);
  for (guint i = 0; i < cor->pairs->len; i++) {
    const pl_conn_match *m = cor->pairs->pdata[i];
    json_builder_begin_object(b);
    json_conn_ref(a, b, "a", m->a);
    json_conn_ref(a, b, "b", m->b);
    json_builder_set_member_name(b, "score");
    json_builder_add_int_value(b, m->score);
    json_builder_set_member_name(b, "by");
    json_builder_begin_array(b);
    char **w = g_strsplit(m->by, ",", -1);
    for (char **p = w; *p; p++)
      if (**p) json_builder_add_string_value(b, *p);
    g_strfreev(w);
    json_builder_end_array(b);
    json_builder_set_member_name(b, "sas");
    json_builder_begin_array(b);
    for (guint k = 0; k < m->sas->len; k++) {
      const pl_sa_match *s = &g_array_index(m->sas, pl_sa_match, k);
      json_builder_begin_object(b);
      json_builder_set_member_name(b, "a");
      json_builder_add_int_value(b, s->a->serial);
      json_builder_set_member_name(b, "b");
      json_builder_add_int_value(b, s->b->serial);
      json_builder_set_member_name(b, "kind");
      json_builder_add_string_value(b, s->a->is_ike ? "ike" : "child");
      json_builder_set_member_name(b, "by");
      json_builder_add_string_value(b, s->by);
      json_builder_end_object(b);
    }
    json_builder_end_array(b);
    json_builder_end_object(b);
  }
  json_builder_end_array(b);
  pl_correlation_free(tmp);
}
