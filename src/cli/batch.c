/* Batch mode: see include/batch.h. */
#include "batch.h"
#include "pl-json.h"
#include "annotate.h"
#include "escape.h"
#include "diagnose.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>

/* Small sources handed over as bytes (plain files read whole by
 * pl_stream_whole, archive members and standard input up to this size):
 * the producer reads ahead of the workers by at most this much (peak RSS).
 * A bigger member (or standard input) is streamed to its worker through a
 * socket pair as it is decompressed, never held whole.  The environment
 * variable PLUTOLOG_BATCH_READAHEAD (bytes) overrides the cap: the tests
 * stream small members so. */
#define PL_BATCH_READAHEAD (4u * 1024u * 1024u)

typedef struct {
  char *name, *instance, *host, *peer;
  pl_verdict verdict;
  pl_stage stage;
  char *reason;
} conn_row;

typedef struct {
  guint index;
  char *name;    /* source name as read */
  char *path;    /* whole-file job: the file to open; else NULL */
  char *shown;   /* its shown name (spooled stdin) */
  GBytes *bytes; /* archive member job */
  int fd;        /* streamed member job: the worker's end, else -1 */
  char *why;     /* a data error after those bytes (streamed: set by the
                     producer under the lock before it closes its end) */
  gint64 mtime;
  guint64 size;
  /* results */
  char *out_name;     /* the name in outputs (redacted with --redact) */
  char *rel;          /* output path without the format extension */
  GPtrArray *outputs; /* relative paths written */
  GPtrArray *keys;    /* ... their keys in the index (static strings) */
  GPtrArray *errors;  /* messages */
  const char *status; /* ok | read-error | not-text | write-error */
  GArray *conns;      /* conn_row, until render_job */
  guint64 lines, pluto, unrecognised;
  /* its part of index.json (the source's object, indented for its place)
   * and of index.md (its rows): rendered by the worker when the job ends,
   * so the index does not hold a JSON tree of every source at the end */
  char *json_part, *md_part;
} job;

/* What stays in memory of a finished source: where its parts are in the
 * spill file (index.json object, index.md rows, messages NUL-terminated,
 * the --strict message). */
typedef struct {
  guint64 off;
  guint32 jlen, mlen, elen, slen;
} job_rec;

/* Sources queued for the workers at most (besides the read-ahead bytes): a
 * directory or an archive of 200 000 tiny logs is not queued whole. */
#define PL_BATCH_QUEUED 512u

typedef struct {
  const pl_batch_opts *o;
  char *outdir;
  guint njobs;  /* sources so far, in input order */
  GArray *recs; /* job_rec per source (under lock) */
  int spill_fd; /* the finished sources' parts; -1 until the first */
  guint64 spill_len;
  char *spill_err;      /* the spill file could not be written */
  guint queued;         /* sources pushed and not finished */
  GPtrArray *errors;    /* producer messages (archives), in order */
  GHashTable *rels;     /* output names taken: their 64-bit hashes */
  bool conn_matched;    /* -c: some log has one of the names */
  guint analysed;       /* sources analysed (-c: the message says how many) */
  GHashTable *left_out; /* -c: the names the logs have (bounded) */
  GMutex lock;
  GCond cond;
  guint64 inflight;
  guint64 readahead; /* PL_BATCH_READAHEAD or PLUTOLOG_BATCH_READAHEAD */
  guint done;
  bool total_known;
  guint64 bytes_done;
  gint64 t0;
  GThreadPool *pool;
} batch;

char *pl_batch_relpath(const char *name) {
  GString *out = g_string_new(NULL);
  /* the archive separator is a directory level */
  char *n = g_strdup(name);
  for (char *p = n; *p; p++) {
    if (*p == ':') *p = '/';
    else if ((guchar) *p < 0x20 || *p == 0x7f || *p == '\\') *p = '_';
  }
  char **parts = g_strsplit(n, "/", -1);
  for (char **c = parts; *c; c++) {
    if (!**c || strcmp(*c, ".") == 0 || strcmp(*c, "..") == 0) continue;
    if (out->len) g_string_append_c(out, '/');
    if (**c == '.') g_string_append_c(out, '_'); /* no hidden files */
    if (!g_utf8_validate(*c, -1, NULL)) {
      for (const char *q = *c; *q; q++) g_string_append_c(out, (guchar) *q < 0x80 ? *q : '_');
    } else g_string_append(out, *c);
  }
  g_strfreev(parts);
  g_free(n);
  if (!out->len) g_string_append(out, "log");
  if (strcmp(out->str, "index") == 0) g_string_append(out, "_");
  return g_string_free(out, FALSE);
}

/* Directories made (or checked) by this run: a batch writes thousands of
 * files into few directories. */
static GMutex made_lock;
static GHashTable *made_dirs;

/* Creates DIR/REL's parent directories, refusing symbolic links. */
static bool make_parents(const char *dir, const char *rel, GError **err) {
  char *parent = g_path_get_dirname(rel);
  g_mutex_lock(&made_lock);
  bool known = made_dirs && g_hash_table_contains(made_dirs, parent);
  g_mutex_unlock(&made_lock);
  if (known) {
    g_free(parent);
    return true;
  }
  char **parts = g_strsplit(rel, "/", -1);
  guint n = g_strv_length(parts);
  char *cur = g_strdup(dir);
  bool ok = true;
  for (guint i = 0; i + 1 < n && ok; i++) {
    char *next = g_build_filename(cur, parts[i], NULL);
    g_free(cur);
    cur = next;
    if (mkdir(cur, 0755) != 0 && errno != EEXIST) {
      int e = errno;
      g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(e), "%s: %s", cur, g_strerror(e));
      ok = false;
      break;
    }
    struct stat st;
    if (lstat(cur, &st) != 0 || !S_ISDIR(st.st_mode)) {
      g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_EXIST,
                  "%s: not a directory (symbolic links are not followed)", cur);
      ok = false;
    }
  }
  g_free(cur);
  g_strfreev(parts);
  g_mutex_lock(&made_lock);
  if (ok) {
    if (!made_dirs) made_dirs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    g_hash_table_add(made_dirs, parent);
    parent = NULL;
  }
  g_mutex_unlock(&made_lock);
  g_free(parent);
  return ok;
}

/* Temp file + rename in the same directory: readers never see half a
 * report, and a symbolic link at the target is replaced, never followed.
 * No fsync per file: a batch writes thousands (g_file_set_contents would
 * sync each one), and a crashed batch is simply run again.  The index is
 * written in many small pieces: gathered in 64 kB writes. */
typedef struct {
  char *full, *tmp;
  int fd, err;
  GString *buf;
} awriter;

static bool aw_open(awriter *w, const char *dir, const char *rel, GError **err) {
  memset(w, 0, sizeof *w);
  w->fd = -1;
  if (!make_parents(dir, rel, err)) return false;
  w->full = g_build_filename(dir, rel, NULL);
  char *dn = g_path_get_dirname(w->full), *bn = g_path_get_basename(w->full);
  w->tmp = g_strdup_printf("%s/.%s.XXXXXX", dn, bn); /* hidden while incomplete */
  g_free(dn);
  g_free(bn);
  w->fd = g_mkstemp_full(w->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (w->fd < 0) {
    int e = errno;
    g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(e), "%s: %s", w->full, g_strerror(e));
    g_free(w->full);
    g_free(w->tmp);
    return false;
  }
  w->buf = g_string_sized_new(65536);
  return true;
}

static void aw_drain(awriter *w, const char *d, gsize n) {
  while (n && !w->err) {
    ssize_t r = write(w->fd, d, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) {
      w->err = r < 0 ? errno : EIO;
      break;
    }
    d += r, n -= (gsize) r;
  }
}

static void aw_put(awriter *w, const char *d, gsize n) {
  if (w->buf->len + n > 65536) {
    aw_drain(w, w->buf->str, w->buf->len);
    g_string_truncate(w->buf, 0);
  }
  if (n >= 65536) aw_drain(w, d, n);
  else g_string_append_len(w->buf, d, (gssize) n);
}

static void aw_puts(awriter *w, const char *s) { aw_put(w, s, strlen(s)); }

/* Writes what is left, closes, renames into place (or removes the
 * temporary file: OK false, or an error). */
static bool aw_close(awriter *w, bool ok, GError **err) {
  aw_drain(w, w->buf->str, w->buf->len);
  g_string_free(w->buf, TRUE);
  int e = w->err;
  if (close(w->fd) != 0 && !e) e = errno;
  if (ok && !e && rename(w->tmp, w->full) != 0) e = errno;
  if (e || !ok) unlink(w->tmp);
  if (e) g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(e), "%s: %s", w->full, g_strerror(e));
  g_free(w->tmp);
  g_free(w->full);
  return ok && !e;
}

static bool write_atomic(const char *dir, const char *rel, const char *data, gsize len, GError **err) {
  awriter w;
  if (!aw_open(&w, dir, rel, err)) return false;
  aw_put(&w, data, len);
  return aw_close(&w, true, err);
}

/* ---- progress ------------------------------------------------------------------ */

static void progress_locked(batch *b, bool final) {
  if (!b->o->progress) return;
  if (final) {
    g_printerr("\r\033[K");
    return;
  }
  double secs = (double) (g_get_monotonic_time() - b->t0) / 1e6;
  double mbs = secs > 0 ? (double) b->bytes_done / 1e6 / secs : 0;
  GString *s = g_string_new(NULL);
  g_string_printf(s, "\r\033[Kplutolog: %u", b->done);
  if (b->total_known) g_string_append_printf(s, "/%u", b->njobs);
  g_string_append_printf(s, " sources, %.1f MB/s", mbs);
  if (b->total_known && b->done && b->done < b->njobs) {
    int eta = (int) (secs / b->done * (b->njobs - b->done));
    g_string_append_printf(s, ", ETA %d:%02d", eta / 60, eta % 60);
  }
  g_printerr("%s", s->str);
  g_string_free(s, TRUE);
}

/* ---- a worker ------------------------------------------------------------------------ */

typedef struct {
  batch *b;
  job *j;
  pl_analysis *a;
} work_ctx;

static pl_analysis *new_analysis(const pl_batch_opts *o) {
  pl_analysis *a = pl_analysis_new();
  if (o->read.year) a->default_year = o->read.year;
  if (o->only_conns) a->only_conns = g_strdupv(o->only_conns);
  /* --since/--until/--peer: checked by pl_batch_run before any source */
  if (!pl_timeline_filters(a, o->since, o->until, o->peers, NULL)) g_assert_not_reached();
  for (const pl_format **f = o->formats; *f; f++)
    if (!strcmp((*f)->name, "annotate")) pl_annotate_begin(a, &o->out, NULL);
  return a;
}

static void feed(work_ctx *w, const pl_source_info *info, pl_stream *s) {
  job *j = w->j;
  if (w->a) return; /* one source per job */
  w->a = new_analysis(w->b->o);
  GError *e = NULL;
  if (!pl_feed_stream(w->a, info, s, &w->b->o->read, &e)) {
    j->status = g_error_matches(e, PL_READ_ERROR, PL_READ_ERROR_NOT_TEXT) ? "not-text" : "read-error";
    g_ptr_array_add(j->errors, g_strdup(e->message));
    g_error_free(e);
  }
}

static void file_visit(const pl_source_info *info, pl_stream *s, gpointer user) { feed(user, info, s); }

/* The file name extension of format F's reports: its own, unless an
 * earlier format of the list has the same (-f text,annotate: NAME.txt and
 * NAME.annotate.txt), so no report overwrites another. */
char *pl_batch_ext(const pl_format *const *formats, const pl_format *f) {
  for (const pl_format *const *g = formats; *g && *g != f; g++)
    if (strcmp((*g)->ext, f->ext) == 0) return g_strdup_printf("%s.%s", f->name, f->ext);
  return g_strdup(f->ext);
}

static void emit_outputs(work_ctx *w) {
  const pl_batch_opts *o = w->b->o;
  job *j = w->j;
  for (const pl_format **f = o->formats; *f; f++) {
    GString *s = g_string_new(NULL);
    (*f)->emit(w->a, &o->out, s);
    char *ext = pl_batch_ext(o->formats, *f);
    char *rel = g_strdup_printf("%s.%s", j->rel, ext);
    const char *key = strcmp(ext, (*f)->ext) ? (*f)->name : (*f)->ext;
    g_free(ext);
    GError *e = NULL;
    if (write_atomic(w->b->outdir, rel, s->str, s->len, &e)) {
      g_ptr_array_add(j->outputs, rel);
      g_ptr_array_add(j->keys, (gpointer) key);
    } else {
      g_ptr_array_add(j->errors, g_strdup_printf("cannot write %s", e->message));
      j->status = "write-error";
      g_error_free(e);
      g_free(rel);
    }
    g_string_free(s, TRUE);
  }
}

static char *dup_or_null(const char *s) { return s ? g_strdup(s) : NULL; }

static void conns_clear(job *j) {
  for (guint k = 0; k < j->conns->len; k++) {
    conn_row *r = &g_array_index(j->conns, conn_row, k);
    g_free(r->name), g_free(r->instance), g_free(r->host), g_free(r->peer);
    g_free(r->reason);
  }
  g_array_set_size(j->conns, 0);
}

static void summarise(work_ctx *w) {
  job *j = w->j;
  const pl_analysis *a = w->a;
  j->lines = a->stats.lines;
  j->pluto = a->stats.pluto;
  j->unrecognised = a->stats.unrecognised;
  GPtrArray *conns = pl_analysis_sorted_conns(a);
  for (guint i = 0; i < conns->len; i++) {
    const pl_conn *c = conns->pdata[i];
    conn_row r = {dup_or_null(c->name),
                  dup_or_null(c->instance),
                  dup_or_null(c->host),
                  dup_or_null(c->peer),
                  c->diag.verdict ? c->diag.verdict : PL_VERDICT_UNKNOWN,
                  c->diag.stage,
                  dup_or_null(c->diag.reason)};
    g_array_append_val(j->conns, r);
  }
  g_ptr_array_unref(conns);
}

static void render_job(job *j);
static void job_free(job *j);

/* -c: did this source have one of the names?  Else the names it has. */
static void note_conns(batch *b, const pl_analysis *a) {
  if (!b->o->only_conns) return;
  char *unmatched = pl_conns_unmatched(a);
  g_mutex_lock(&b->lock);
  b->analysed++;
  if (!unmatched) b->conn_matched = true;
  else if (a->conns_left_out && !b->conn_matched) {
    GHashTableIter it;
    gpointer k;
    g_hash_table_iter_init(&it, a->conns_left_out);
    while (g_hash_table_iter_next(&it, &k, NULL) && g_hash_table_size(b->left_out) < 10000)
      if (!g_hash_table_contains(b->left_out, k)) g_hash_table_add(b->left_out, g_strdup(k));
  }
  g_mutex_unlock(&b->lock);
  g_free(unmatched);
}

static bool pwrite_all(int fd, const char *d, gsize n, guint64 off) {
  while (n) {
    ssize_t w = pwrite(fd, d, n, (off_t) off);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    d += w, n -= (gsize) w, off += (guint64) w;
  }
  return true;
}

static bool pread_all(int fd, char *d, gsize n, guint64 off) {
  while (n) {
    ssize_t r = pread(fd, d, n, (off_t) off);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    d += r, n -= (gsize) r, off += (guint64) r;
  }
  return true;
}

/* A temporary file without a name (unlinked at once). */
static int open_spill(GError **err) {
  char *path = NULL;
  int fd = g_file_open_tmp("plutolog-index-XXXXXX", &path, err);
  if (fd < 0) return -1;
  g_unlink(path);
  g_free(path);
  return fd;
}

/* A finished source: its index parts and messages go to the spill file,
 * only their offsets stay; the job is freed (called under b->lock). */
static void retire_locked(batch *b, job *j) {
  GString *e = g_string_new(NULL), *st = g_string_new(NULL);
  for (guint k = 0; k < j->errors->len; k++)
    g_string_append_len(e, j->errors->pdata[k], (gssize) strlen(j->errors->pdata[k]) + 1);
  if (b->o->strict && j->unrecognised)
    g_string_printf(st, "%s: %" G_GUINT64_FORMAT " pluto line(s) not recognised (--strict)", j->out_name,
                    j->unrecognised);
  const char *parts[] = {j->json_part, j->md_part, e->str, st->str};
  gsize lens[] = {strlen(j->json_part), strlen(j->md_part), e->len, st->len};
  job_rec *r = &g_array_index(b->recs, job_rec, j->index);
  r->off = b->spill_len;
  r->jlen = (guint32) lens[0], r->mlen = (guint32) lens[1], r->elen = (guint32) lens[2],
  r->slen = (guint32) lens[3];
  GError *err = NULL;
  if (b->spill_fd < 0 && !b->spill_err && (b->spill_fd = open_spill(&err)) < 0) {
    b->spill_err = g_strdup_printf("a temporary file for the index: %s", err->message);
    g_error_free(err);
  }
  for (int i = 0; i < 4 && !b->spill_err; i++) {
    if (lens[i] > G_MAXUINT32 || !pwrite_all(b->spill_fd, parts[i], lens[i], b->spill_len)) {
      int en = errno;
      b->spill_err = g_strdup_printf("a temporary file for the index: %s", g_strerror(en ? en : EFBIG));
      break;
    }
    b->spill_len += lens[i];
  }
  g_string_free(e, TRUE);
  g_string_free(st, TRUE);
  job_free(j);
}

typedef struct {
  batch *b;
  job *j;
} why_ctx;

/* A streamed member's end: the producer's data error, if any (set before
 * it closed its end, so before the worker saw the end). */
static char *stream_why(gpointer user) {
  why_ctx *c = user;
  g_mutex_lock(&c->b->lock);
  char *why = g_steal_pointer(&c->j->why);
  g_mutex_unlock(&c->b->lock);
  return why;
}

static void worker(gpointer data, gpointer user) {
  job *j = data;
  batch *b = user;
  work_ctx w = {b, j, NULL};
  if (j->path) {
    GError *e = NULL;
    if (!pl_read_file(j->path, j->shown, file_visit, &w, &e) && e)
      g_ptr_array_add(j->errors, g_strdup(e->message));
    g_clear_error(&e);
    if (j->errors->len && !strcmp(j->status, "ok")) j->status = "read-error";
  } else if (j->fd >= 0) {
    why_ctx wc = {b, j};
    pl_stream *s = pl_stream_new_fd(j->fd, stream_why, &wc);
    pl_source_info info = {j->name, j->shown, NULL, j->mtime};
    feed(&w, &info, s);
    pl_stream_free(s);
    /* the producer goes on reading (and dropping) what was not taken */
    close(j->fd);
    j->fd = -1;
  } else {
    pl_stream *s = pl_stream_new_bytes(j->bytes, j->why);
    pl_source_info info = {j->name, j->shown, NULL, j->mtime};
    feed(&w, &info, s);
    pl_stream_free(s);
  }
  if (w.a && strcmp(j->status, "not-text")) {
    pl_analysis_finish(w.a);
    emit_outputs(&w);
    summarise(&w);
    note_conns(b, w.a);
  }
  if (w.a) pl_annotate_end(w.a);
  pl_analysis_free(w.a);
  render_job(j);
  g_mutex_lock(&b->lock);
  if (j->bytes) {
    b->inflight -= g_bytes_get_size(j->bytes);
    g_clear_pointer(&j->bytes, g_bytes_unref);
    g_cond_broadcast(&b->cond);
  }
  b->done++;
  b->bytes_done += j->size;
  b->queued--;
  g_cond_broadcast(&b->cond);
  progress_locked(b, false);
  retire_locked(b, j);
  g_mutex_unlock(&b->lock);
}

/* ---- the producer ----------------------------------------------------------------- */

/* An output name's key in b->rels: its 64-bit FNV-1a hash (never 0), so
 * the names taken cost a few bytes each; two names with one hash (never
 * seen) would only give the second a "~2". */
static gpointer rel_key(const char *s) {
  guint64 h = 0xcbf29ce484222325ull;
  for (const guchar *p = (const guchar *) s; *p; p++) h = (h ^ *p) * 0x100000001b3ull;
  return (gpointer) (guintptr) (h ? h : 1);
}

static guint rel_hash(gconstpointer k) {
  guint64 h = (guint64) (guintptr) k;
  return (guint) (h ^ (h >> 32));
}

/* Waits while too many sources are queued or too many bytes read ahead,
 * then counts SIZE and one more source in. */
static void admit(batch *b, guint64 size) {
  g_mutex_lock(&b->lock);
  while ((b->inflight && b->inflight + size > b->readahead) || b->queued >= PL_BATCH_QUEUED)
    g_cond_wait(&b->cond, &b->lock);
  b->inflight += size;
  b->queued++;
  g_mutex_unlock(&b->lock);
}

static job *new_job(batch *b, const pl_source_info *info) {
  job *j = g_new0(job, 1);
  g_mutex_lock(&b->lock);
  j->index = b->njobs++;
  g_array_set_size(b->recs, b->njobs);
  g_mutex_unlock(&b->lock);
  j->name = g_strdup(info->name);
  j->mtime = info->mtime;
  j->outputs = g_ptr_array_new_with_free_func(g_free);
  j->keys = g_ptr_array_new();
  j->errors = g_ptr_array_new_with_free_func(g_free);
  j->conns = g_array_new(FALSE, TRUE, sizeof(conn_row));
  j->status = "ok";
  j->fd = -1;
  j->out_name = b->o->read.redactor ? pl_redact_str(b->o->read.redactor, info->name) : g_strdup(info->name);
  char *rel = pl_batch_relpath(j->out_name);
  /* two sources may sanitise to one name */
  char *u = g_strdup(rel);
  for (int k = 2; g_hash_table_contains(b->rels, rel_key(u)); k++) {
    g_free(u);
    u = g_strdup_printf("%s~%d", rel, k);
  }
  g_free(rel);
  j->rel = u;
  g_hash_table_add(b->rels, rel_key(u));
  return j;
}

typedef struct {
  batch *b;
  const char *file; /* the file opened */
  const char *shown;
} produce_ctx;

/* Writes all of D to FD unless the reader went away (*gone, then true: the
 * worker took what it needed).  Never raises SIGPIPE. */
static void send_all(int fd, const guint8 *d, gsize n, bool *gone) {
  while (n && !*gone) {
    ssize_t w = send(fd, d, n, MSG_NOSIGNAL);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) {
      *gone = true;
      break;
    }
    d += w;
    n -= (gsize) w;
  }
}

/* A member bigger than the read-ahead cap (BUF holds its first bytes):
 * streamed to its worker through a socket pair while it is decompressed.
 * Cannot deadlock: the job is queued behind jobs that need nothing from the
 * producer (whole files, bytes, earlier streams already ended), so a
 * worker takes it even when all are busy now; the producer only writes. */
static void stream_member(batch *b, job *j, pl_stream *s, GByteArray *buf) {
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
    /* cannot stream: read it whole as before */
    GError *e = NULL;
    if (!pl_stream_slurp(s, buf, &e)) {
      j->why = g_strdup(e->message);
      g_error_free(e);
    }
    j->size = buf->len;
    j->bytes = g_byte_array_free_to_bytes(buf);
    g_mutex_lock(&b->lock);
    b->inflight += j->size;
    b->queued++;
    g_mutex_unlock(&b->lock);
    g_thread_pool_push(b->pool, j, NULL);
    return;
  }
  int big = 1 << 20; /* fewer wake-ups; the kernel may cap it */
  (void) setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &big, sizeof big);
  j->fd = sv[1];
  admit(b, 0);
  g_thread_pool_push(b->pool, j, NULL);
  bool gone = false;
  guint64 size = buf->len;
  send_all(sv[0], buf->data, buf->len, &gone);
  g_byte_array_unref(buf);
  const guint8 *d;
  gssize r;
  GError *e = NULL;
  /* after the worker is gone (not text) the rest is still read: a data
   * error in it ends the archive as before */
  while ((r = pl_stream_read(s, &d, &e)) > 0) {
    size += (guint64) r;
    send_all(sv[0], d, (gsize) r, &gone);
  }
  g_mutex_lock(&b->lock);
  if (r < 0) j->why = g_strdup(e->message);
  j->size = size;
  g_mutex_unlock(&b->lock);
  g_clear_error(&e);
  close(sv[0]);
}

static void produce_visit(const pl_source_info *info, pl_stream *s, gpointer user) {
  produce_ctx *pc = user;
  batch *b = pc->b;
  job *j = new_job(b, info);
  GBytes *whole = !info->member && strcmp(pc->file, "-") ? pl_stream_whole(s) : NULL;
  if (whole) {
    /* a small plain file, already read whole to see what it is: its bytes
     * go to the worker, which does not open it again */
    j->size = g_bytes_get_size(whole);
    j->bytes = whole;
    j->shown = g_strdup(info->name);
    admit(b, j->size);
  } else if (!info->member && strcmp(pc->file, "-")) {
    /* a whole file: the worker opens it */
    j->path = g_strdup(pc->file);
    j->shown = dup_or_null(pc->shown);
    struct stat st;
    if (stat(pc->file, &st) == 0) j->size = (guint64) st.st_size;
    admit(b, 0);
  } else {
    /* an archive member or standard input: read in order, here */
    GByteArray *buf = g_byte_array_new();
    GError *e = NULL;
    const guint8 *d;
    gssize r = 0;
    while (buf->len <= b->readahead && (r = pl_stream_read(s, &d, &e)) > 0)
      g_byte_array_append(buf, d, (guint) r);
    j->shown = g_strdup(info->name);
    if (r > 0) {
      stream_member(b, j, s, buf);
      return;
    }
    if (r < 0) {
      j->why = g_strdup(e->message);
      g_error_free(e);
    }
    j->size = buf->len;
    j->bytes = g_byte_array_free_to_bytes(buf);
    admit(b, j->size);
  }
  g_thread_pool_push(b->pool, j, NULL);
}

/* ---- the index ------------------------------------------------------------------------ */

static void md_link(GString *out, const char *text, const char *rel) {
  g_string_append_c(out, '[');
  pl_md_escape(out, text);
  g_string_append(out, "](");
  char *esc = g_uri_escape_string(rel, "/", FALSE);
  g_string_append(out, esc);
  g_free(esc);
  g_string_append_c(out, ')');
}

/* JSON text of NODE as json-glib writes it in the whole document: pretty,
 * two spaces a level, at a depth of DEPTH levels (every line but the first
 * indented by that much; string values have no raw newline). */
static void json_part(GString *out, JsonNode *node, guint depth) {
  pl_json_emit_indented(out, node, (int) depth * 2);
}

/* A string value in index.json: names come from the file system and from
 * archives, in any bytes; invalid UTF-8 would make the document invalid. */
static void add_text(JsonBuilder *jb, const char *s) {
  if (g_utf8_validate(s, -1, NULL)) {
    json_builder_add_string_value(jb, s);
    return;
  }
  char *v = g_utf8_make_valid(s, -1);
  json_builder_add_string_value(jb, v);
  g_free(v);
}

/* A source's status in index.md (index.json keeps the identifier). */
static const char *status_label(const char *status) {
  if (!strcmp(status, "read-error")) return _("read error");
  if (!strcmp(status, "not-text")) return _("not a text log");
  if (!strcmp(status, "write-error")) return _("write error");
  return "";
}

/* The job's object in index.json's "sources" and its rows in index.md. */
static void render_job(job *j) {
  JsonBuilder *jb = json_builder_new();
  json_builder_begin_object(jb);
  json_builder_set_member_name(jb, "name");
  add_text(jb, j->out_name);
  json_builder_set_member_name(jb, "status");
  json_builder_add_string_value(jb, j->status);
  json_builder_set_member_name(jb, "lines");
  json_builder_add_int_value(jb, (gint64) j->lines);
  json_builder_set_member_name(jb, "pluto");
  json_builder_add_int_value(jb, (gint64) j->pluto);
  json_builder_set_member_name(jb, "unrecognised");
  json_builder_add_int_value(jb, (gint64) j->unrecognised);
  json_builder_set_member_name(jb, "outputs");
  json_builder_begin_object(jb);
  for (guint k = 0; k < j->outputs->len; k++) {
    const char *rel = j->outputs->pdata[k];
    json_builder_set_member_name(jb, j->keys->pdata[k]);
    add_text(jb, rel);
  }
  json_builder_end_object(jb);
  json_builder_set_member_name(jb, "errors");
  json_builder_begin_array(jb);
  for (guint k = 0; k < j->errors->len; k++) add_text(jb, j->errors->pdata[k]);
  json_builder_end_array(jb);
  json_builder_set_member_name(jb, "connections");
  json_builder_begin_array(jb);
  for (guint k = 0; k < j->conns->len; k++) {
    conn_row *r = &g_array_index(j->conns, conn_row, k);
    json_builder_begin_object(jb);
    const char *keys[] = {"name", "instance", "host", "peer", "verdict", "stage", "reason"};
    const char *vals[] = {
        r->name,  r->instance, r->host, r->peer, pl_verdict_name(r->verdict), pl_stage_name(r->stage),
        r->reason};
    for (int f = 0; f < 7; f++) {
      json_builder_set_member_name(jb, keys[f]);
      if (vals[f]) add_text(jb, vals[f]);
      else json_builder_add_null_value(jb);
    }
    json_builder_end_object(jb);
  }
  json_builder_end_array(jb);
  json_builder_end_object(jb);
  JsonNode *root = json_builder_get_root(jb);
  GString *js = g_string_new("    ");
  json_part(js, root, 2);
  json_node_unref(root);
  g_object_unref(jb);
  j->json_part = g_string_free(js, FALSE);

  /* Markdown: one row per connection; the source and its reports on the first */
  GString *md = g_string_new(NULL);
  GString *links = g_string_new(NULL);
  for (guint k = 0; k < j->outputs->len; k++) {
    const char *rel = j->outputs->pdata[k];
    if (k) g_string_append(links, " ");
    md_link(links, j->keys->pdata[k], rel);
  }
  guint rows = MAX(j->conns->len, 1);
  for (guint k = 0; k < rows; k++) {
    g_string_append(md, "| ");
    if (k == 0) pl_md_escape(md, j->out_name);
    g_string_append(md, " | ");
    if (j->conns->len) {
      conn_row *r = &g_array_index(j->conns, conn_row, k);
      pl_md_escape(md, r->name && *r->name ? r->name : _("(no connection)"));
      if (r->instance) pl_md_escape(md, r->instance);
      g_string_append(md, " | ");
      pl_md_escape(md, r->peer ? r->peer : "");
      g_string_append(md, " | ");
      pl_md_escape(md, _(pl_verdict_label(r->verdict)));
      g_string_append(md, " | ");
      pl_md_escape(md, r->stage ? _(pl_stage_label(r->stage)) : "");
    } else {
      g_string_append(md, strcmp(j->status, "ok") ? "" : _("(no pluto connection)"));
      g_string_append(md, " |  | ");
      pl_md_escape(md, status_label(j->status));
      g_string_append(md, " | ");
    }
    g_string_append(md, " | ");
    if (k == 0) g_string_append(md, links->str);
    g_string_append(md, " |\n");
  }
  g_string_free(links, TRUE);
  j->md_part = g_string_free(md, FALSE);
  conns_clear(j);
}

/* Part K (0 index.json, 1 index.md, 2 messages, 3 --strict) of source I,
 * read back from the spill file into BUF. */
static bool spill_part(batch *b, guint i, int k, GString *buf) {
  const job_rec *r = &g_array_index(b->recs, job_rec, i);
  const guint32 lens[4] = {r->jlen, r->mlen, r->elen, r->slen};
  guint64 off = r->off;
  for (int x = 0; x < k; x++) off += lens[x];
  g_string_set_size(buf, lens[k]);
  if (!lens[k]) return true;
  if (pread_all(b->spill_fd, buf->str, lens[k], off)) return true;
  g_string_truncate(buf, 0);
  return false;
}

static void json_string(awriter *w, const char *s, GString *tmp) {
  char *valid = g_utf8_make_valid(s, -1);
  JsonNode *n = json_node_init_string(json_node_alloc(), valid);
  g_free(valid);
  g_string_truncate(tmp, 0);
  json_part(tmp, n, 2);
  json_node_unref(n);
  aw_put(w, tmp->str, tmp->len);
}

/* index.json and index.md, in input order, from the spill file: the
 * index is never whole in memory. */
static void write_index(batch *b, int *status) {
  if (b->spill_err) {
    g_printerr("plutolog: cannot write the index: %s\n", pl_term_str(b->spill_err));
    *status = 1;
    return;
  }
  GString *part = g_string_new(NULL), *tmp = g_string_new(NULL);
  bool any_job_err = false, readable = true;
  for (guint i = 0; i < b->njobs; i++) any_job_err |= g_array_index(b->recs, job_rec, i).elen > 0;
  GError *e = NULL;
  awriter w;
  bool ok = aw_open(&w, b->outdir, "index.json", &e);
  if (ok) {
    aw_puts(&w, "{\n  \"schema\" : \"plutolog-index/1\",\n  \"sources\" : [");
    for (guint i = 0; i < b->njobs; i++) {
      aw_puts(&w, i ? ",\n" : "\n");
      readable &= spill_part(b, i, 0, part);
      aw_put(&w, part->str, part->len);
    }
    aw_puts(&w, b->njobs ? "\n  ],\n  \"errors\" : [" : "],\n  \"errors\" : [");
    guint nerr = 0;
    for (guint k = 0; k < b->errors->len; k++) {
      aw_puts(&w, nerr++ ? ",\n    " : "\n    ");
      json_string(&w, b->errors->pdata[k], tmp);
    }
    for (guint i = 0; i < b->njobs && any_job_err; i++) {
      readable &= spill_part(b, i, 2, part);
      for (gsize off = 0; off < part->len; off += strlen(part->str + off) + 1) {
        aw_puts(&w, nerr++ ? ",\n    " : "\n    ");
        json_string(&w, part->str + off, tmp);
      }
    }
    aw_puts(&w, nerr ? "\n  ]\n}\n" : "]\n}\n");
    ok = aw_close(&w, readable, &e);
  }
  if (ok && aw_open(&w, b->outdir, "index.md", &e)) {
    g_string_printf(tmp, "# %s\n\n", _("plutolog batch report"));
    g_string_append_printf(tmp, _("%u log sources."), b->njobs);
    g_string_append_printf(tmp, "\n\n| %s | %s | %s | %s | %s | %s |\n|---|---|---|---|---|---|\n",
                           _("Source"), _("Connection"), _("Peer"), _("Verdict"), _("Stage"), _("Reports"));
    aw_put(&w, tmp->str, tmp->len);
    for (guint i = 0; i < b->njobs; i++) {
      readable &= spill_part(b, i, 1, part);
      aw_put(&w, part->str, part->len);
    }
    if (b->errors->len || any_job_err) {
      g_string_printf(tmp, "\n## %s\n\n", _("Problems"));
      aw_put(&w, tmp->str, tmp->len);
      for (guint k = 0; k < b->errors->len; k++) {
        g_string_assign(tmp, "- ");
        pl_md_escape(tmp, b->errors->pdata[k]);
        g_string_append_c(tmp, '\n');
        aw_put(&w, tmp->str, tmp->len);
      }
      for (guint i = 0; i < b->njobs; i++) {
        readable &= spill_part(b, i, 2, part);
        for (gsize off = 0; off < part->len; off += strlen(part->str + off) + 1) {
          g_string_assign(tmp, "- ");
          pl_md_escape(tmp, part->str + off);
          g_string_append_c(tmp, '\n');
          aw_put(&w, tmp->str, tmp->len);
        }
      }
    }
    ok = aw_close(&w, readable, &e);
  } else ok = false;
  if (!ok || !readable) {
    if (e) g_printerr("plutolog: cannot write the index: %s\n", pl_term_str(e->message));
    else g_printerr("plutolog: cannot write the index: its temporary file could not be read back\n");
    g_clear_error(&e);
    *status = 1;
  }
  g_string_free(part, TRUE);
  g_string_free(tmp, TRUE);
}

/* -c names that no log has: exit 1, naming the connections the logs have. */
static void conns_unmatched(batch *b, int *status) {
  if (!b->o->only_conns || b->conn_matched || !b->analysed) return;
  GString *asked = g_string_new(NULL), *have = g_string_new(NULL);
  for (char **n = b->o->only_conns; *n; n++)
    g_string_append_printf(asked, "%s\"%s\"", n == b->o->only_conns ? "" : ", ", pl_term_str(*n));
  guint n = g_hash_table_size(b->left_out);
  if (!n) {
    g_printerr("plutolog: ");
    g_printerr(_("no connection named %s in any of the %u logs, which name no connection"), asked->str,
               b->analysed);
  } else {
    GList *names = g_list_sort(g_hash_table_get_keys(b->left_out), (GCompareFunc) strcmp);
    guint k = 0;
    for (GList *x = names; x; x = x->next, k++) {
      if (k == 40) {
        g_string_append_printf(have, _(" and %u more"), n - k);
        break;
      }
      g_string_append_printf(have, "%s\"%s\"", k ? ", " : "", pl_term_str(x->data));
    }
    g_list_free(names);
    g_printerr("plutolog: ");
    g_printerr(_("no connection named %s in any of the %u logs; their connections: %s"), asked->str,
               b->analysed, have->str);
  }
  g_printerr("\n");
  g_string_free(asked, TRUE);
  g_string_free(have, TRUE);
  *status = 1;
}

static void job_free(job *j) {
  g_free(j->name);
  g_free(j->path);
  g_free(j->shown);
  if (j->bytes) g_bytes_unref(j->bytes);
  if (j->fd >= 0) close(j->fd);
  g_free(j->why);
  g_free(j->out_name);
  g_free(j->rel);
  g_ptr_array_unref(j->outputs);
  g_ptr_array_unref(j->keys);
  g_ptr_array_unref(j->errors);
  conns_clear(j);
  g_array_unref(j->conns);
  g_free(j->json_part);
  g_free(j->md_part);
  g_free(j);
}

int pl_batch_run(char *const *inputs, int n, const pl_batch_opts *o) {
  int status = 0;
  { /* --since/--until: a time that does not parse is a usage error, before any source */
    pl_analysis *a = pl_analysis_new();
    GError *fe = NULL;
    bool ok = pl_timeline_filters(a, o->since, o->until, o->peers, &fe);
    pl_analysis_free(a);
    if (!ok) {
      g_printerr("plutolog: %s\n", pl_term_str(fe->message));
      g_error_free(fe);
      return 2;
    }
  }
  if (g_mkdir_with_parents(o->outdir, 0755) != 0) {
    g_printerr("plutolog: cannot create %s: %s\n", pl_term_str(o->outdir), g_strerror(errno));
    return 1;
  }
  batch b = {0};
  b.o = o;
  b.outdir = g_strdup(o->outdir);
  b.recs = g_array_new(FALSE, TRUE, sizeof(job_rec));
  b.spill_fd = -1;
  b.errors = g_ptr_array_new_with_free_func(g_free);
  b.rels = g_hash_table_new(rel_hash, g_direct_equal);
  g_hash_table_add(b.rels, rel_key("index"));
  b.left_out = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  g_mutex_init(&b.lock);
  g_cond_init(&b.cond);
  b.t0 = g_get_monotonic_time();
  b.readahead = PL_BATCH_READAHEAD;
  const char *ra = g_getenv("PLUTOLOG_BATCH_READAHEAD"); /* tests: see PL_BATCH_READAHEAD */
  if (ra && *ra) b.readahead = g_ascii_strtoull(ra, NULL, 10);
  int jobs = o->jobs > 0 ? o->jobs : (int) g_get_num_processors();
  b.pool = g_thread_pool_new(worker, &b, jobs, FALSE, NULL);

  GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
  GPtrArray *errors = g_ptr_array_new_with_free_func((GDestroyNotify) g_error_free);
  for (int i = 0; i < n; i++) pl_expand_path(inputs[i], files, errors);
  for (guint i = 0; i < errors->len; i++)
    g_ptr_array_add(b.errors, g_strdup(((GError *) errors->pdata[i])->message));
  for (guint i = 0; i < files->len; i++) {
    const char *shown, *file = pl_input_file(files->pdata[i], &o->read, &shown);
    produce_ctx pc = {&b, file, shown};
    GError *e = NULL;
    if (!pl_read_file(file, shown, produce_visit, &pc, &e) && e)
      g_ptr_array_add(b.errors, g_strdup(e->message));
    g_clear_error(&e);
  }
  g_ptr_array_unref(files);
  g_ptr_array_unref(errors);
  g_mutex_lock(&b.lock);
  b.total_known = true;
  g_mutex_unlock(&b.lock);
  g_thread_pool_free(b.pool, FALSE, TRUE);
  progress_locked(&b, true);

  write_index(&b, &status);
  /* messages in input order, whatever the threads did */
  for (guint i = 0; i < b.errors->len; i++) {
    g_printerr("plutolog: %s\n", pl_term_str(b.errors->pdata[i]));
    status = 1;
  }
  GString *part = g_string_new(NULL);
  for (guint i = 0; i < b.njobs && !b.spill_err; i++) {
    for (int k = 2; k <= 3; k++) {
      if (!spill_part(&b, i, k, part)) status = 1; /* (said by write_index) */
      for (gsize off = 0; off < part->len; off += strlen(part->str + off) + 1) {
        g_printerr("plutolog: %s\n", pl_term_str(part->str + off));
        status = 1;
      }
    }
  }
  g_string_free(part, TRUE);
  conns_unmatched(&b, &status);
  g_array_unref(b.recs);
  if (b.spill_fd >= 0) close(b.spill_fd);
  g_free(b.spill_err);
  g_ptr_array_unref(b.errors);
  g_hash_table_destroy(b.rels);
  g_hash_table_destroy(b.left_out);
  g_mutex_clear(&b.lock);
  g_cond_clear(&b.cond);
  g_mutex_lock(&made_lock);
  g_clear_pointer(&made_dirs, g_hash_table_destroy);
  g_mutex_unlock(&made_lock);
  g_free(b.outdir);
  return status;
}
