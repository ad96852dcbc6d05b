/* Event kinds, payload fields, interning, and event copies. */
#include "plutolog.h"

#include <stddef.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static const struct {
  const char *name, *doc;
} kinds[] = {
#define X(id, name, doc) {name, doc},
#include "events.def"
#undef X
};

static const struct {
  const char *name;
  pl_field_type type;
} fields[] = {
#define STR PL_T_STR
#define INT PL_T_INT
#define DBL PL_T_DBL
#define X(id, name, type) {name, type},
#include "fields.def"
#undef X
#undef STR
#undef INT
#undef DBL
};

const char *pl_event_kind_name(pl_event_kind k) { return (unsigned) k < PL_EV__COUNT ? kinds[k].name : "?"; }
const char *pl_event_kind_doc(pl_event_kind k) { return (unsigned) k < PL_EV__COUNT ? kinds[k].doc : "?"; }
bool pl_event_kind_from_name(const char *name, pl_event_kind *out) {
  for (int i = 0; i < PL_EV__COUNT; i++)
    if (strcmp(kinds[i].name, name) == 0) {
      *out = (pl_event_kind) i;
      return true;
    }
  return false;
}
const char *pl_field_name(pl_field_id f) { return (unsigned) f < PL_F__COUNT ? fields[f].name : "?"; }
pl_field_type pl_field_type_of(pl_field_id f) {
  return (unsigned) f < PL_F__COUNT ? fields[f].type : PL_T_STR;
}

/* ---- interning --------------------------------------------------------------
 *
 * Two levels.  While a thread has a live analysis (pl_intern_scope_begin /
 * _end, called by pl_analysis_new / _free), its strings go to a table of
 * that thread alone: no lock on the line path of -j N, and the table and
 * its strings are freed when the thread's last analysis is (a batch worker
 * starts every job empty, so the corpus does not pile up).  Outside any
 * analysis (tests, fuzzers, start-up) they go to one process-wide table
 * under a mutex; a thread table that misses asks that one first, so a
 * string interned before an analysis keeps its pointer inside it.
 *
 * The parallel line path (src/core/pipeline.c) lends a thread's table to
 * its parse workers (pl_intern_share, pl_intern_adopt): while it is lent,
 * every lookup and insertion takes the table's own lock, so a string has
 * one pointer whichever thread interned it.
 *
 * A table: open addressing over (hash, length, bytes), the strings packed
 * in chunks freed at once. */

typedef struct ichunk {
  struct ichunk *next;
  gsize used, cap;
  char data[];
} ichunk;

typedef struct {
  const char *s;
  guint32 h, n;
} ient;

typedef struct {
  ient *slots;
  guint32 mask, count;
  ichunk *chunks;
  bool shared; /* lent to other threads: under lock */
  GMutex lock;
} itable;

#define ICHUNK (64u * 1024u - 64u)

static guint32 ihash(const char *s, gsize n) {
  guint64 h = 0x9E3779B97F4A7C15ull ^ ((guint64) n * 0xff51afd7ed558ccdull);
  while (n >= 8) {
    guint64 w;
    memcpy(&w, s, 8);
    h = (h ^ w) * 0x9E3779B97F4A7C15ull;
    h ^= h >> 29;
    s += 8;
    n -= 8;
  }
  if (n) {
    guint64 w = 0;
    memcpy(&w, s, n);
    h = (h ^ w) * 0x9E3779B97F4A7C15ull;
  }
  h ^= h >> 32;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 29;
  return (guint32) h;
}

static itable *itable_new(void) {
  itable *t = g_new0(itable, 1);
  t->mask = 255;
  t->slots = g_new0(ient, t->mask + 1);
  return t;
}

static void itable_free(itable *t) {
  if (!t) return;
  for (ichunk *c = t->chunks, *n; c; c = n) {
    n = c->next;
    g_free(c);
  }
  g_free(t->slots);
  g_free(t);
}

static const char *itable_find(const itable *t, const char *s, guint32 n, guint32 h) {
  for (guint32 i = h & t->mask;; i = (i + 1) & t->mask) {
    const ient *e = &t->slots[i];
    if (!e->s) return NULL;
    if (e->h == h && e->n == n && memcmp(e->s, s, n) == 0) return e->s;
  }
}

/* S[0..N) is not in T yet. */
static const char *itable_add(itable *t, const char *s, guint32 n, guint32 h) {
  if ((t->count + 1) * 4 > (t->mask + 1) * 3) {
    guint32 nmask = t->mask * 2 + 1;
    ient *ns = g_new0(ient, (gsize) nmask + 1);
    for (guint32 i = 0; i <= t->mask; i++) {
      const ient *e = &t->slots[i];
      if (!e->s) continue;
      guint32 j = e->h & nmask;
      while (ns[j].s) j = (j + 1) & nmask;
      ns[j] = *e;
    }
    g_free(t->slots);
    t->slots = ns;
    t->mask = nmask;
  }
  gsize need = (gsize) n + 1;
  ichunk *c = t->chunks;
  if (!c || c->cap - c->used < need) {
    gsize cap = need > ICHUNK / 4 ? need : ICHUNK;
    ichunk *nc = g_malloc(sizeof(ichunk) + cap);
    nc->used = 0;
    nc->cap = cap;
    if (c && cap != ICHUNK) { /* a big one: keep filling the current chunk */
      nc->next = c->next;
      c->next = nc;
    } else {
      nc->next = c;
      t->chunks = nc;
    }
    c = nc;
  }
  char *copy = c->data + c->used;
  c->used += need;
  memcpy(copy, s, n);
  copy[n] = '\0';
  guint32 i = h & t->mask;
  while (t->slots[i].s) i = (i + 1) & t->mask;
  t->slots[i] = (ient){copy, h, n};
  t->count++;
  return copy;
}

static GMutex intern_lock;
static itable *global_table; /* under intern_lock */
static gint global_count;    /* its size, read without the lock */
static gint intern_gen = 1;  /* bumped by pl_intern_reset */
static _Thread_local itable *tl_table;
static _Thread_local guint tl_live; /* live analyses of this thread */

guint pl_intern_generation(void) { return (guint) g_atomic_int_get(&intern_gen); }

void pl_intern_scope_begin(void) {
  if (tl_live++ == 0 && !tl_table) tl_table = itable_new();
}

void pl_intern_scope_end(void) {
  if (tl_live && --tl_live == 0) g_clear_pointer(&tl_table, itable_free);
}

static const char *global_lookup(const char *s, guint32 n, guint32 h, bool add) {
  g_mutex_lock(&intern_lock);
  const char *hit = global_table ? itable_find(global_table, s, n, h) : NULL;
  if (!hit && add) {
    if (!global_table) global_table = itable_new();
    hit = itable_add(global_table, s, n, h);
    g_atomic_int_set(&global_count, (gint) global_table->count);
  }
  g_mutex_unlock(&intern_lock);
  return hit;
}

static const char *table_lookup(itable *t, const char *s, guint32 n, guint32 h) {
  const char *hit = itable_find(t, s, n, h);
  if (hit) return hit;
  if (g_atomic_int_get(&global_count) && (hit = global_lookup(s, n, h, false))) return hit;
  return itable_add(t, s, n, h);
}

static const char *intern_raw(const char *s, gssize len) {
  guint32 n = (guint32) len, h = ihash(s, (gsize) len);
  itable *t = tl_table;
  if (!t) return global_lookup(s, n, h, true);
  if (G_LIKELY(!t->shared)) return table_lookup(t, s, n, h);
  g_mutex_lock(&t->lock);
  const char *hit = table_lookup(t, s, n, h);
  g_mutex_unlock(&t->lock);
  return hit;
}

gpointer pl_intern_share(bool on) {
  itable *t = tl_table;
  if (t) t->shared = on;
  return t;
}

gpointer pl_intern_adopt(gpointer table) {
  itable *old = tl_table;
  tl_table = table;
  return old;
}

/* Valid UTF-8 with control characters replaced: safe for every backend.
 * Every interned string goes through here, so nothing a log carries can
 * reach an output unchecked through the intern table. */
const char *pl_intern_sanitised(const char *s, gssize len) {
  if (!s) return NULL;
  if (len < 0) len = (gssize) strlen(s);
  if (pl_text_plain(s, (gsize) len)) return intern_raw(s, len);
  bool clean = g_utf8_validate(s, len, NULL);
  for (gssize i = 0; clean && i < len; i++)
    if ((unsigned char) s[i] < 0x20 || s[i] == 0x7f) clean = false;
  if (clean) return intern_raw(s, len);
  char *v = g_utf8_make_valid(s, len);
  for (char *p = v; *p; p++)
    if ((unsigned char) *p < 0x20 || *p == 0x7f) *p = '?';
  const char *r = intern_raw(v, (gssize) strlen(v));
  g_free(v);
  return r;
}

const char *pl_intern(const char *s, gssize len) { return pl_intern_sanitised(s, len); }

void pl_intern_reset(void) {
  g_mutex_lock(&intern_lock);
  g_clear_pointer(&global_table, itable_free);
  g_atomic_int_set(&global_count, 0);
  g_atomic_int_inc(&intern_gen);
  g_mutex_unlock(&intern_lock);
  if (!tl_live) g_clear_pointer(&tl_table, itable_free);
}

/* ---- fields ---------------------------------------------------------------- */

static pl_field *slot(pl_event *ev, pl_field_id id) {
  for (int i = 0; i < ev->nfields; i++)
    if (ev->f[i].id == id) return &ev->f[i];
  if (ev->nfields >= PL_MAX_FIELDS) return NULL;
  pl_field *f = &ev->f[ev->nfields++];
  f->id = (guint16) id;
  return f;
}

void pl_event_set_str(pl_event *ev, pl_field_id id, const char *s, gssize len) {
  pl_field *f = slot(ev, id);
  if (!f) return;
  f->type = PL_T_STR;
  f->v.s = pl_intern(s, len);
}
void pl_event_set_int(pl_event *ev, pl_field_id id, gint64 v) {
  pl_field *f = slot(ev, id);
  if (!f) return;
  f->type = PL_T_INT;
  f->v.i = v;
}
void pl_event_set_dbl(pl_event *ev, pl_field_id id, double v) {
  pl_field *f = slot(ev, id);
  if (!f) return;
  f->type = PL_T_DBL;
  f->v.d = v;
}

const char *pl_event_str(const pl_event *ev, pl_field_id id) {
  for (int i = 0; i < ev->nfields; i++)
    if (ev->f[i].id == id && ev->f[i].type == PL_T_STR) return ev->f[i].v.s;
  return NULL;
}
bool pl_event_int(const pl_event *ev, pl_field_id id, gint64 *out) {
  for (int i = 0; i < ev->nfields; i++)
    if (ev->f[i].id == id && ev->f[i].type == PL_T_INT) {
      if (out) *out = ev->f[i].v.i;
      return true;
    }
  return false;
}
gint64 pl_event_int_or(const pl_event *ev, pl_field_id id, gint64 dflt) {
  gint64 v;
  return pl_event_int(ev, id, &v) ? v : dflt;
}
bool pl_event_dbl(const pl_event *ev, pl_field_id id, double *out) {
  for (int i = 0; i < ev->nfields; i++)
    if (ev->f[i].id == id && ev->f[i].type == PL_T_DBL) {
      if (out) *out = ev->f[i].v.d;
      return true;
    }
  return false;
}

/* Printable ASCII only: the common case, copied as is.  Sixteen bytes at a
 * time where SSE2 is there (every x86-64), else eight: a byte below 0x20,
 * at 0x7f or above it rejects the block. */
static inline bool word_plain(const char *s) {
  const guint64 ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  guint64 w;
  memcpy(&w, s, 8);
  guint64 low = (w - 0x20 * ones) & ~w;                 /* byte < 0x20 */
  guint64 x = w ^ 0x7f * ones, del7f = (x - ones) & ~x; /* byte == 0x7f */
  return !((w | low | del7f) & high);
}

bool pl_text_plain(const char *s, gsize n) {
  gsize i = 0;
#ifdef __SSE2__
  const __m128i space = _mm_set1_epi8(0x20), del = _mm_set1_epi8(0x7f);
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *) (const void *) (s + i));
    /* signed: bytes >= 0x80 are negative, so below 0x20 too */
    __m128i bad = _mm_or_si128(_mm_cmplt_epi8(v, space), _mm_cmpeq_epi8(v, del));
    if (_mm_movemask_epi8(bad)) return false;
  }
#endif
  for (; i + 8 <= n; i += 8)
    if (!word_plain(s + i)) return false;
  /* the last 1..7 bytes: the word that ends the text (it overlaps bytes
   * already seen, which are plain), byte by byte only in a text shorter
   * than a word */
  if (i < n && n >= 8) return word_plain(s + n - 8);
  for (; i < n; i++) {
    unsigned char c = (unsigned char) s[i];
    if (c < 0x20 || c >= 0x7f) return false;
  }
  return true;
}

/* Valid UTF-8 without control characters (which become spaces). */
static char *clean_dup(const char *s, gssize n) {
  char *t = g_utf8_make_valid(s, n);
  for (char *p = t; *p; p++)
    if ((unsigned char) *p < 0x20 || *p == 0x7f) *p = ' ';
  return t;
}

/* A copy that owns its text and string fields (kept by the timeline).  The
 * usual case (ASCII text) takes one block for the event and all its
 * strings, reused from old when it is big enough (the timeline drops one
 * kept event for each new one on long SAs); anything else is cleaned to
 * valid UTF-8 first. */
pl_event *pl_event_copy_into(pl_event *old, const pl_event *ev) { return pl_event_copy_hint(old, ev, false); }

/* A copy of a plain pl_event_copy_raw block: one memcpy, its pointers
 * moved with it. */
/* A block of NEED bytes for a copy: OLD when it is one big enough (a kept
 * copy being dropped), else a new one (OLD freed); *BLOCK64 its size. */
static pl_event *copy_block(pl_event *old, gsize need, guint16 *block64) {
  if (old && !old->owned && old->block64 && (gsize) old->block64 * 64 >= need) {
    *block64 = old->block64;
    return old;
  }
  pl_event_free(old);
  gsize size = (need + 63) & ~(gsize) 63;
  *block64 = size / 64 <= G_MAXUINT16 ? (guint16) (size / 64) : 0;
  return g_malloc(size);
}

static pl_event *copy_raw_block(pl_event *old, const pl_event *ev) {
  gsize need = ev->raw_size;
  guint16 block64;
  pl_event *c = copy_block(old, need, &block64);
  memcpy(c, ev, need);
  const ptrdiff_t d = (const char *) c - (const char *) ev;
  if (c->text) c->text += d;
  for (int i = 0; i < c->nfields; i++)
    if (c->f[i].type == PL_T_STR && c->f[i].v.s) c->f[i].v.s += d;
  c->owned = false;
  c->block64 = block64;
  c->raw_plain = false;
  c->raw_size = 0;
  return c;
}

/* The bytes a one-block copy of EV takes (head, text, strings; FLEN gets
 * each string's length), and whether all of its text is printable ASCII
 * (TEXT_PLAIN: ev->text is known to be). */
static gsize copy_measure(const pl_event *ev, bool text_plain, gsize *flen, bool *plain) {
  gsize need = offsetof(pl_event, f) + (gsize) ev->nfields * sizeof(pl_field);
  *plain = !ev->text || text_plain || pl_text_plain(ev->text, ev->text_len);
  if (ev->text) need += ev->text_len + 1;
  for (int i = 0; i < ev->nfields; i++)
    if (ev->f[i].type == PL_T_STR && ev->f[i].v.s) {
      flen[i] = strlen(ev->f[i].v.s);
      if (*plain && !pl_text_plain(ev->f[i].v.s, flen[i])) *plain = false;
      need += flen[i] + 1;
    }
  return need;
}

/* EV's head into C, then its text and strings after it, C's pointers to them. */
static void copy_pack(pl_event *c, const pl_event *ev, const gsize *flen) {
  const gsize head = offsetof(pl_event, f) + (gsize) ev->nfields * sizeof(pl_field);
  memcpy(c, ev, head);
  char *p = (char *) c + head;
  if (ev->text) {
    memcpy(p, ev->text, ev->text_len);
    p[ev->text_len] = '\0';
    c->text = p;
    p += ev->text_len + 1;
  }
  for (int i = 0; i < c->nfields; i++)
    if (c->f[i].type == PL_T_STR && c->f[i].v.s) {
      memcpy(p, c->f[i].v.s, flen[i] + 1);
      c->f[i].v.s = p;
      p += flen[i] + 1;
    }
}

pl_event *pl_event_copy_hint(pl_event *old, const pl_event *ev, bool text_plain) {
  if (ev->raw_size && ev->raw_plain) return copy_raw_block(old, ev);
  const gsize head = offsetof(pl_event, f) + (gsize) ev->nfields * sizeof(pl_field);
  gsize flen[PL_MAX_FIELDS] = {0};
  bool ascii;
  gsize need = copy_measure(ev, text_plain, flen, &ascii);
  if (ascii) {
    guint16 block64;
    pl_event *c = copy_block(old, need, &block64);
    copy_pack(c, ev, flen);
    c->owned = false; /* strings live inside this block */
    c->block64 = block64;
    return c;
  }
  pl_event_free(old);
  pl_event *c = g_malloc(head);
  memcpy(c, ev, head);
  c->owned = true;
  c->block64 = 0;
  if (ev->text) {
    char *t = clean_dup(ev->text, (gssize) ev->text_len);
    c->text = t;
    c->text_len = strlen(t);
  }
  for (int i = 0; i < c->nfields; i++)
    if (c->f[i].type == PL_T_STR && c->f[i].v.s) c->f[i].v.s = clean_dup(c->f[i].v.s, -1);
  return c;
}

pl_event *pl_event_copy(const pl_event *ev) { return pl_event_copy_into(NULL, ev); }

pl_event *pl_event_copy_raw(const pl_event *ev, bool text_plain, void *(*alloc)(gpointer user, gsize size),
                            gpointer user) {
  gsize flen[PL_MAX_FIELDS] = {0};
  bool plain;
  gsize need = (copy_measure(ev, text_plain, flen, &plain) + 7) & ~(gsize) 7;
  pl_event *c = alloc(user, need);
  copy_pack(c, ev, flen);
  c->owned = false;
  c->block64 = 0;
  c->raw_plain = plain;
  c->raw_size = need <= G_MAXUINT32 ? (guint32) need : 0;
  return c;
}

void pl_event_free(pl_event *ev) {
  if (!ev) return;
  if (ev->owned) {
    g_free((char *) ev->text);
    for (int i = 0; i < ev->nfields; i++)
      if (ev->f[i].type == PL_T_STR) g_free((char *) ev->f[i].v.s);
  }
  g_free(ev);
}
