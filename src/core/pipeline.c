/* The parallel line path of one analysis (include/pipeline.h).
 *
 * The feeding thread copies lines into chunks of about PIPE_CHUNK bytes.
 * A chunk ends before a line that no continuation rule can join to the
 * one before it (pl_parser_fresh_start: it has a log prefix of its own),
 * so a worker that parses the chunk from a fresh parser gets what the one
 * sequential parser would have got.  A worker changes nothing in the
 * analysis: each line becomes a record (its event copied into the chunk's
 * arena, its facts), and so do a diagnostic and a line joined with its
 * continuation (the parser's hooks).  The feeding thread applies the
 * records of each chunk in input order: the plutodebug assembler, the
 * counts, the timeline, the sinks, as pl_analysis_parse_line would.
 *
 * A chunk that grows past eight times the size without such a line (a
 * paste with no prefixes) is cut anyway; the next one is then not fresh.
 * When the line before it was left waiting for a continuation, the
 * records of that chunk are dropped and the feeding thread parses it
 * again itself, from that waiting state.
 *
 * Interned strings keep one pointer: the workers intern into the analysis
 * thread's table, which locks while it is lent (pl_intern_share). */
#include "pipeline.h"

#include <string.h>
#include <time.h>

enum { ARENA_BLOCK = 256 * 1024 };

typedef struct {
  gsize off;
  guint32 source, len;
  guint64 lineno;
  int year; /* the analysis's default year when the line was read */
} pline;

/* a diagnostic made while the chunk was filled, before line BEFORE */
typedef struct {
  guint32 before, source;
  guint64 line;
  char *msg;
} pdiag;

typedef enum { R_LINE, R_DIAG, R_AMEND } rkind;

typedef struct {
  guint8 kind, cls;
  bool unwrapped;
  pl_line_facts f;
  pl_event_kind old; /* R_AMEND: the kind before the join */
  guint32 source;
  int year;
  guint64 lineno;
  pl_event *ev;    /* R_LINE (pluto and debug lines), R_AMEND: in the arena */
  const char *msg; /* R_DIAG */
} rec;

typedef struct {
  gsize used, cap;
  char data[];
} ablock;

typedef struct {
  ablock **b;
  guint n, cur;
} arena;

typedef struct {
  char *text;
  gsize len, cap;
  GArray *lines; /* pline */
  GArray *diags; /* pdiag */
  GArray *recs;  /* rec */
  arena ar;
  bool fresh;     /* its first line parses the same whatever came before */
  bool keep_join; /* the next chunk is not fresh: keep the waiting state */
  pl_parser *end; /* that state, when a line was left waiting */
  bool submitted;
  gint state; /* C_FILLING, C_QUEUED, C_TAKEN (a thread parses it), C_DONE */
} chunk;

/* A queued chunk may be popped after its turn (the feeding thread parsed
 * it): the thread finds it in another state, and leaves it. */
enum { C_FILLING, C_QUEUED, C_TAKEN, C_DONE };

typedef struct {
  pl_parser *p;
  pl_parser_hooks h;
  chunk *c;
  pl_pipe *pp;
} worker;

struct pl_pipe {
  pl_analysis *a;
  pl_parser *consumer;
  int jobs;
  guint window;
  gsize chunk_bytes, max_bytes;
  bool started;       /* the threads run */
  GAsyncQueue *queue; /* chunks to parse; the pipe itself tells a thread to end */
  GPtrArray *threads; /* GThread*, joined at the end */
  GPtrArray *all_workers;
  worker *self; /* the feeding thread's, for a chunk it parses rather than wait */
  gpointer table;
  GMutex lock;
  GCond cond;
  GQueue pending; /* submitted chunks, oldest first */
  chunk *cur;     /* being filled */
  GPtrArray *spare;
  bool consuming;
  /* the state after the last chunk applied: a line waiting for its continuation */
  pl_parser *prev_state;
  bool prev_owned;           /* prev_state is a chunk's end state (to free) */
  guint64 n_chunks, n_again; /* chunks applied; of them, parsed again here */
};

/* ---- chunks ---------------------------------------------------------------- */

static void *arena_alloc(arena *ar, gsize size) {
  size = (size + 7) & ~(gsize) 7;
  for (;;) {
    if (ar->cur < ar->n) {
      ablock *b = ar->b[ar->cur];
      if (b->cap - b->used >= size) {
        void *m = b->data + b->used;
        b->used += size;
        return m;
      }
      if (ar->cur + 1 < ar->n) {
        ar->cur++;
        continue;
      }
    }
    gsize cap = size > ARENA_BLOCK ? size : ARENA_BLOCK;
    ablock *nb = g_malloc(sizeof *nb + cap);
    nb->used = 0;
    nb->cap = cap;
    ar->b = g_renew(ablock *, ar->b, ar->n + 1);
    ar->b[ar->n++] = nb;
    ar->cur = ar->n - 1;
  }
}

static void arena_reset(arena *ar) {
  guint k = 0;
  for (guint i = 0; i < ar->n; i++) {
    if (ar->b[i]->cap > ARENA_BLOCK) g_free(ar->b[i]); /* one big line's block: not kept */
    else {
      ar->b[i]->used = 0;
      ar->b[k++] = ar->b[i];
    }
  }
  ar->n = k;
  ar->cur = 0;
}

static void arena_clear(arena *ar) {
  for (guint i = 0; i < ar->n; i++) g_free(ar->b[i]);
  g_free(ar->b);
  *ar = (arena){0};
}

static chunk *chunk_get(pl_pipe *pp) {
  if (pp->spare->len) return g_ptr_array_steal_index(pp->spare, pp->spare->len - 1);
  chunk *c = g_new0(chunk, 1);
  c->lines = g_array_new(FALSE, FALSE, sizeof(pline));
  c->diags = g_array_new(FALSE, FALSE, sizeof(pdiag));
  c->recs = g_array_new(FALSE, FALSE, sizeof(rec));
  return c;
}

static void chunk_reset(chunk *c) {
  c->len = 0;
  g_array_set_size(c->lines, 0);
  for (guint i = 0; i < c->diags->len; i++) g_free(g_array_index(c->diags, pdiag, i).msg);
  g_array_set_size(c->diags, 0);
  g_array_set_size(c->recs, 0);
  arena_reset(&c->ar);
  c->fresh = c->keep_join = c->submitted = false;
  g_clear_pointer(&c->end, pl_parser_free);
  g_atomic_int_set(&c->state, C_FILLING);
}

static void chunk_free(chunk *c) {
  if (!c) return;
  chunk_reset(c);
  g_free(c->text);
  g_array_free(c->lines, TRUE);
  g_array_free(c->diags, TRUE);
  g_array_free(c->recs, TRUE);
  arena_clear(&c->ar);
  g_free(c);
}

/* ---- the workers --------------------------------------------------------------- */

static void *chunk_alloc(gpointer user, gsize size) { return arena_alloc(&((chunk *) user)->ar, size); }

static pl_event *ev_copy(chunk *c, const pl_event *ev, bool text_plain) {
  return pl_event_copy_raw(ev, text_plain, chunk_alloc, c);
}

static void rec_diag(chunk *c, guint32 source, guint64 line, const char *msg) {
  gsize n = strlen(msg) + 1;
  char *m = arena_alloc(&c->ar, n);
  memcpy(m, msg, n);
  rec r = {.kind = R_DIAG, .source = source, .lineno = line, .msg = m};
  g_array_append_val(c->recs, r);
}

static void hook_diag(gpointer user, guint32 source, guint64 line, const char *msg) {
  worker *w = user;
  rec_diag(w->c, source, line, msg);
}

static void hook_amend(gpointer user, const pl_event *ev, pl_event_kind old) {
  worker *w = user;
  rec r = {
      .kind = R_AMEND, .source = ev->source, .lineno = ev->line, .old = old, .ev = ev_copy(w->c, ev, false)};
  g_array_append_val(w->c->recs, r);
}

static void parse_lines(pl_pipe *pp, worker *w, chunk *c) {
  w->c = c;
  pl_parser_join_copy(w->p, NULL); /* the chunk starts fresh */
  const pdiag *pd = (const pdiag *) (void *) c->diags->data;
  guint di = 0;
  for (guint i = 0; i < c->lines->len; i++) {
    for (; di < c->diags->len && pd[di].before <= i; di++)
      rec_diag(c, pd[di].source, pd[di].line, pd[di].msg);
    const pline *l = &g_array_index(c->lines, pline, i);
    gsize len = l->len;
    char *copy;
    rec r = {.kind = R_LINE, .source = l->source, .lineno = l->lineno, .year = l->year};
    char *work = (char *) pl_line_prep(c->text + l->off, &len, &copy, &r.f);
    if (r.f.nul) rec_diag(c, l->source, l->lineno, PL_DIAG_NUL_LINE);
    pl_parser_set_year(w->p, l->year);
    pl_line_class cls = pl_parser_line(w->p, l->source, l->lineno, work, len);
    r.cls = (guint8) cls;
    r.unwrapped = pl_parser_unwrapped(w->p);
    if (cls == PL_LINE_PLUTO || cls == PL_LINE_DEBUG)
      r.ev = ev_copy(c, pl_parser_event(w->p), r.f.plain && !r.unwrapped);
    g_array_append_val(c->recs, r);
    g_free(copy);
  }
  for (; di < c->diags->len; di++) rec_diag(c, pd[di].source, pd[di].line, pd[di].msg);
  if (c->keep_join && pl_parser_join_pending(w->p)) {
    c->end = pl_parser_new(pp->a);
    pl_parser_join_copy(c->end, w->p);
  }
  w->c = NULL;
  g_mutex_lock(&pp->lock);
  g_atomic_int_set(&c->state, C_DONE);
  g_cond_broadcast(&pp->cond);
  g_mutex_unlock(&pp->lock);
}

/* A parse thread: each chunk it pops, unless the feeding thread took it
 * first; it ends when it pops the pipe itself. */
static gpointer parse_thread(gpointer data) {
  worker *w = data;
  pl_pipe *pp = w->pp;
  gpointer own_table = pl_intern_adopt(pp->table);
  for (;;) {
    gpointer item = g_async_queue_pop(pp->queue);
    if (item == (gpointer) pp) break;
    chunk *c = item;
    if (g_atomic_int_compare_and_exchange(&c->state, C_QUEUED, C_TAKEN)) parse_lines(pp, w, c);
  }
  pl_intern_adopt(own_table);
  return NULL;
}

/* ---- the feeding thread ------------------------------------------------------------ */

pl_pipe *pl_pipe_new(pl_analysis *a, pl_parser *consumer, int jobs) {
  pl_pipe *pp = g_new0(pl_pipe, 1);
  pp->a = a;
  pp->consumer = consumer;
  pp->jobs = jobs;
  pp->window = (guint) jobs * 2 + 2;
  pp->chunk_bytes = 256 * 1024;
  /* PLUTOLOG_PIPE_CHUNK: the chunk size in bytes (tests cut at every line) */
  const char *env = g_getenv("PLUTOLOG_PIPE_CHUNK");
  if (env && *env) pp->chunk_bytes = (gsize) MAX(g_ascii_strtoll(env, NULL, 10), 1);
  pp->max_bytes = pp->chunk_bytes * 8;
  g_mutex_init(&pp->lock);
  g_cond_init(&pp->cond);
  g_queue_init(&pp->pending);
  pp->spare = g_ptr_array_new();
  pp->cur = chunk_get(pp);
  pp->cur->fresh = true; /* the start of the input */
  return pp;
}

static void start_workers(pl_pipe *pp) {
  pp->table = pl_intern_share(true);
  pp->queue = g_async_queue_new();
  pp->threads = g_ptr_array_new();
  pp->all_workers = g_ptr_array_new();
  /* JOBS threads in all: this one is one of them */
  for (int i = 0; i < pp->jobs; i++) {
    worker *w = g_new0(worker, 1);
    w->pp = pp;
    w->p = pl_parser_new(pp->a);
    w->h = (pl_parser_hooks){hook_diag, hook_amend, w};
    pl_parser_set_hooks(w->p, &w->h);
    g_ptr_array_add(pp->all_workers, w);
    if (i == 0) pp->self = w;
    else g_ptr_array_add(pp->threads, g_thread_new("plutolog-parse", parse_thread, w));
  }
  pp->started = true;
}

static void set_prev(pl_pipe *pp, pl_parser *state, bool owned) {
  if (pp->prev_owned) pl_parser_free(pp->prev_state);
  pp->prev_state = state;
  pp->prev_owned = owned;
}

/* The chunk's lines through the analysis in order. */
static void consume(pl_pipe *pp, chunk *c) {
  pl_analysis *a = pp->a;
  int year = a->default_year;
  pp->consuming = true;
  bool waiting = pp->prev_state && pl_parser_join_pending(pp->prev_state);
  pp->n_chunks++;
  if (c->submitted && !c->fresh && waiting) pp->n_again++;
  if (!c->submitted || (!c->fresh && waiting)) {
    /* parsed here, after the line that waits for its continuation */
    if (c->fresh) pl_parser_join_copy(pp->consumer, NULL);
    else if (pp->prev_state != pp->consumer) pl_parser_join_copy(pp->consumer, pp->prev_state);
    const pdiag *pd = (const pdiag *) (void *) c->diags->data;
    guint di = 0;
    for (guint i = 0; i < c->lines->len; i++) {
      for (; di < c->diags->len && pd[di].before <= i; di++)
        pl_analysis_diag(a, pd[di].source, pd[di].line, "%s", pd[di].msg);
      const pline *l = &g_array_index(c->lines, pline, i);
      a->default_year = l->year;
      pl_analysis_parse_line(a, pp->consumer, l->source, l->lineno, c->text + l->off, l->len);
    }
    for (; di < c->diags->len; di++) pl_analysis_diag(a, pd[di].source, pd[di].line, "%s", pd[di].msg);
    set_prev(pp, pp->consumer, false);
  } else {
    for (guint i = 0; i < c->recs->len; i++) {
      const rec *r = &g_array_index(c->recs, rec, i);
      switch ((rkind) r->kind) {
      case R_DIAG: pl_analysis_diag(a, r->source, r->lineno, "%s", r->msg); break;
      case R_AMEND: pl_analysis_amend(a, r->ev, r->old); break;
      case R_LINE: {
        a->default_year = r->year;
        a->line_plain = r->f.plain && !r->unwrapped;
        pl_line_class cls = (pl_line_class) r->cls;
        if (r->ev) pl_parser_effects(pp->consumer, a, cls, r->ev, r->ev->text, r->ev->text + r->ev->text_len);
        pl_analysis_line_done(a, r->source, r->lineno, NULL, 0, cls, r->ev, &r->f);
        break;
      }
      }
    }
    set_prev(pp, c->end, c->end != NULL);
    c->end = NULL;
  }
  pp->consuming = false;
  a->default_year = year;
  chunk_reset(c);
  g_ptr_array_add(pp->spare, c);
}

/* The oldest chunk, applied.  While it is not parsed, this thread parses
 * it, or a later one no thread has taken, rather than wait. */
static void consume_head(pl_pipe *pp) {
  chunk *c = pp->pending.head->data;
  while (g_atomic_int_get(&c->state) != C_DONE) {
    chunk *take = NULL;
    for (GList *l = pp->pending.head; l && !take; l = l->next)
      if (g_atomic_int_compare_and_exchange(&((chunk *) l->data)->state, C_QUEUED, C_TAKEN)) take = l->data;
    if (take) {
      parse_lines(pp, pp->self, take);
      continue;
    }
    g_mutex_lock(&pp->lock);
    while (g_atomic_int_get(&c->state) != C_DONE) g_cond_wait(&pp->cond, &pp->lock);
    g_mutex_unlock(&pp->lock);
  }
  g_queue_pop_head(&pp->pending);
  consume(pp, c);
}

static void submit(pl_pipe *pp, chunk *c) {
  if (!pp->started) start_workers(pp);
  c->submitted = true;
  g_atomic_int_set(&c->state, C_QUEUED);
  g_queue_push_tail(&pp->pending, c);
  g_async_queue_push(pp->queue, c);
  /* a bounded window; and what is parsed already is applied now */
  while (pp->pending.length > pp->window) consume_head(pp);
  while (pp->pending.length && g_atomic_int_get(&((chunk *) pp->pending.head->data)->state) == C_DONE)
    consume_head(pp);
}

void pl_pipe_take(pl_pipe *pp, guint32 source, guint64 lineno, const char *line, gsize len) {
  chunk *c = pp->cur;
  if (c->lines->len && c->len >= pp->chunk_bytes) {
    /* a fresh line starts the next chunk; the check is made on the line
     * the parser will read (no CR at the end; one with NUL bytes never) */
    gsize n = len && line[len - 1] == '\r' ? len - 1 : len;
    bool fresh = !memchr(line, '\0', len) && pl_parser_fresh_start(line, n);
    if (fresh || c->len >= pp->max_bytes) {
      c->keep_join = !fresh;
      submit(pp, c);
      c = pp->cur = chunk_get(pp);
      c->fresh = fresh;
    }
  }
  if (!c->text || c->len + len > c->cap) { /* never NULL, even for empty lines */
    c->cap = MAX(c->cap * 2, c->len + len + pp->chunk_bytes + 4096);
    c->text = g_realloc(c->text, c->cap);
  }
  if (len) memcpy(c->text + c->len, line, len);
  pline l = {c->len, source, (guint32) len, lineno, pp->a->default_year};
  g_array_append_val(c->lines, l);
  c->len += len;
}

bool pl_pipe_defer_diag(pl_pipe *pp, guint32 source, guint64 line, char *msg) {
  if (pp->consuming || (!pp->cur->lines->len && !pp->pending.length)) return false;
  pdiag d = {pp->cur->lines->len, source, line, msg};
  g_array_append_val(pp->cur->diags, d);
  return true;
}

void pl_pipe_drain(pl_pipe *pp) {
  chunk *c = pp->cur;
  if (c->lines->len || c->diags->len) {
    pp->cur = chunk_get(pp);
    pp->cur->fresh = true;
    if (pp->started && c->lines->len) {
      c->keep_join = false;
      submit(pp, c);
    } else {
      while (pp->pending.length) consume_head(pp);
      consume(pp, c); /* a short input: no thread for it */
    }
  }
  while (pp->pending.length) consume_head(pp);
  set_prev(pp, NULL, false);
}

void pl_pipe_free(pl_pipe *pp) {
  if (!pp) return;
  /* PLUTOLOG_PIPE_STATS: what the path did (the tests check it was taken),
   * and the CPU time of this thread against the process's (bench/) */
  if (g_getenv("PLUTOLOG_PIPE_STATS")) {
    struct timespec self = {0}, all = {0};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &self);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &all);
    g_printerr(
        "plutolog: parallel line path: %" G_GUINT64_FORMAT " chunks, %d parse threads%s, %" G_GUINT64_FORMAT
        " parsed again after a waiting line; CPU %.2f s in this thread, %.2f s in all\n",
        pp->n_chunks, pp->jobs, pp->started ? "" : " (not started: a short input)", pp->n_again,
        (double) self.tv_sec + (double) self.tv_nsec / 1e9, (double) all.tv_sec + (double) all.tv_nsec / 1e9);
  }
  if (pp->started) {
    /* queued chunks first (an analysis freed unfinished), then one end each */
    for (guint i = 0; i < pp->threads->len; i++) g_async_queue_push(pp->queue, pp);
    for (guint i = 0; i < pp->threads->len; i++) g_thread_join(pp->threads->pdata[i]);
    g_ptr_array_free(pp->threads, TRUE);
    for (guint i = 0; i < pp->all_workers->len; i++) {
      worker *w = pp->all_workers->pdata[i];
      pl_parser_free(w->p);
      g_free(w);
    }
    g_ptr_array_free(pp->all_workers, TRUE);
    g_async_queue_unref(pp->queue);
    pl_intern_share(false);
  }
  for (GList *l = pp->pending.head; l; l = l->next) chunk_free(l->data);
  g_queue_clear(&pp->pending);
  chunk_free(pp->cur);
  for (guint i = 0; i < pp->spare->len; i++) chunk_free(pp->spare->pdata[i]);
  g_ptr_array_free(pp->spare, TRUE);
  set_prev(pp, NULL, false);
  g_mutex_clear(&pp->lock);
  g_cond_clear(&pp->cond);
  g_free(pp);
}
