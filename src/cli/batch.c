/* Batch mode: see include/batch.h. */
#include "batch.h"
#include "pl-json.h"
#include "annotate.h"
#include "escape.h"

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
  char *name, *instance, *host, *peer, *verdict, *stage, *reason;
} conn_row;

typedef struct {
  guint index;
  char *name;     /* source name as read */
  char *path;     /* whole-file job: the file to open; else NULL */
  char *shown;    /* its shown name (spooled stdin) */
  GBytes *bytes;  /* archive member job */
  int fd;         /* streamed member job: the worker's end, else -1 */
  char *why;      /* a data error after those bytes (streamed: set by the
                     producer under the lock before it closes its end) */
  gint64 mtime;
  guint64 size;
  /* results */
  char *out_name; /* the name in outputs (redacted with --redact) */
  char *rel;      /* output path without the format extension */
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

typedef struct {
  const pl_batch_opts *o;
  char *outdir;
  GPtrArray *jobs; /* job*, in input order */
  GPtrArray *errors; /* producer messages (archives), in order */
  GHashTable *rels;  /* output names taken */
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
    if (*p == ':' ) *p = '/';
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
 * sync each one), and a crashed batch is simply run again. */
static bool write_atomic_parts(const char *dir, const char *rel, const char *const *parts,
                               const gsize *lens, guint nparts, GError **err) {
  if (!make_parents(dir, rel, err)) return false;
  char *full = g_build_filename(dir, rel, NULL);
  char *dn = g_path_get_dirname(full), *bn = g_path_get_basename(full);
  char *tmp = g_strdup_printf("%s/.%s.XXXXXX", dn, bn); /* hidden while incomplete */
  g_free(dn);
  g_free(bn);
  bool ok = false;
  int fd = g_mkstemp_full(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    int e = errno;
    g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(e), "%s: %s", full, g_strerror(e));
  } else {
    /* the index comes in thousands of small parts: gathered in 64 kB writes */
    int e = 0;
    GString *buf = g_string_sized_new(nparts > 1 ? 65536 : 0);
    for (guint i = 0; i <= nparts && !e; i++) {
      const char *data = i < nparts ? parts[i] : NULL;
      gsize len = i < nparts ? lens[i] : 0;
      if (i < nparts && nparts > 1 && len < 65536 && buf->len + len <= 65536) {
        g_string_append_len(buf, data, (gssize) len);
        continue;
      }
      for (int pass = 0; pass < 2 && !e; pass++) {
        const char *d = pass ? data : buf->str;
        gsize n = pass ? len : buf->len, off = 0;
        if (pass && i < nparts && nparts > 1 && len < 65536) { /* starts the next buffer */
          g_string_truncate(buf, 0);
          g_string_append_len(buf, data, (gssize) len);
          break;
        }
        while (off < n) {
          ssize_t w = write(fd, d + off, n - off);
          if (w < 0 && errno == EINTR) continue;
          if (w <= 0) break;
          off += (gsize) w;
        }
        if (off < n) e = errno ? errno : EIO;
        if (!pass) g_string_truncate(buf, 0);
      }
    }
    g_string_free(buf, TRUE);
    if (close(fd) != 0 && !e) e = errno;
    if (!e && rename(tmp, full) != 0) e = errno;
    if (e) {
      g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(e), "%s: %s", full, g_strerror(e ? e : EIO));
      unlink(tmp);
    } else ok = true;
  }
  g_free(tmp);
  g_free(full);
  return ok;
}

static bool write_atomic(const char *dir, const char *rel, const char *data, gsize len, GError **err) {
  return write_atomic_parts(dir, rel, &data, &len, 1, err);
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
  if (b->total_known) g_string_append_printf(s, "/%u", b->jobs->len);
  g_string_append_printf(s, " sources, %.1f MB/s", mbs);
  if (b->total_known && b->done && b->done < b->jobs->len) {
    int eta = (int) (secs / b->done * (b->jobs->len - b->done));
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

static void file_visit(const pl_source_info *info, pl_stream *s, gpointer user) {
  feed(user, info, s);
}

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
    }
    else {
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
    g_free(r->verdict), g_free(r->stage), g_free(r->reason);
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
    conn_row r = {dup_or_null(c->name),  dup_or_null(c->instance),
                  dup_or_null(c->host),  dup_or_null(c->peer),
                  g_strdup(c->diag.verdict ? c->diag.verdict : "unknown"),
                  dup_or_null(c->diag.stage), dup_or_null(c->diag.reason)};
    g_array_append_val(j->conns, r);
  }
  g_ptr_array_unref(conns);
}

static void render_job(job *j);

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
  progress_locked(b, false);
  g_mutex_unlock(&b->lock);
}

/* ---- the producer ----------------------------------------------------------------- */

static job *new_job(batch *b, const pl_source_info *info) {
  job *j = g_new0(job, 1);
  j->index = b->jobs->len;
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
  for (int k = 2; g_hash_table_contains(b->rels, u); k++) {
    g_free(u);
    u = g_strdup_printf("%s~%d", rel, k);
  }
  g_free(rel);
  j->rel = u;
  g_hash_table_add(b->rels, g_strdup(u));
  g_ptr_array_add(b->jobs, j);
  return j;
}

typedef struct {
  batch *b;
  const char *file;  /* the file opened */
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
    g_mutex_unlock(&b->lock);
    g_thread_pool_push(b->pool, j, NULL);
    return;
  }
  int big = 1 << 20; /* fewer wake-ups; the kernel may cap it */
  (void) setsockopt(sv[0], SOL_SOCKET, SO_SNDBUF, &big, sizeof big);
  j->fd = sv[1];
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
    g_mutex_lock(&b->lock);
    while (b->inflight && b->inflight + j->size > b->readahead) g_cond_wait(&b->cond, &b->lock);
    b->inflight += j->size;
    g_mutex_unlock(&b->lock);
  } else if (!info->member && strcmp(pc->file, "-")) {
    /* a whole file: the worker opens it */
    j->path = g_strdup(pc->file);
    j->shown = dup_or_null(pc->shown);
    struct stat st;
    if (stat(pc->file, &st) == 0) j->size = (guint64) st.st_size;
  } else {
    /* an archive member or standard input: read in order, here */
    GByteArray *buf = g_byte_array_new();
    GError *e = NULL;
    const guint8 *d;
    gssize r = 0;
    while (buf->len <= b->readahead && (r = pl_stream_read(s, &d, &e)) > 0) g_byte_array_append(buf, d, (guint) r);
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
    g_mutex_lock(&b->lock);
    while (b->inflight && b->inflight + j->size > b->readahead) g_cond_wait(&b->cond, &b->lock);
    b->inflight += j->size;
    g_mutex_unlock(&b->lock);
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
    const char *vals[] = {r->name, r->instance, r->host, r->peer, r->verdict, r->stage, r->reason};
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
      pl_md_escape(md, r->name && *r->name ? r->name : "(no connection)");
      if (r->instance) pl_md_escape(md, r->instance);
      g_string_append(md, " | ");
      pl_md_escape(md, r->peer ? r->peer : "");
      g_string_append(md, " | ");
      pl_md_escape(md, r->verdict);
      g_string_append(md, " | ");
      pl_md_escape(md, r->stage ? r->stage : "");
    } else {
      g_string_append(md, strcmp(j->status, "ok") ? "" : "(no pluto connection)");
      g_string_append(md, " |  | ");
      pl_md_escape(md, strcmp(j->status, "ok") ? j->status : "");
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

static void write_index(batch *b, int *status) {
  GPtrArray *js = g_ptr_array_new_with_free_func(g_free); /* what we own */
  GPtrArray *jparts = g_ptr_array_new(), *mparts = g_ptr_array_new();
  GArray *jlens = g_array_new(FALSE, FALSE, sizeof(gsize)), *mlens = g_array_new(FALSE, FALSE, sizeof(gsize));
#define PART(arr, lens, str)                      \
  do {                                            \
    const char *s_ = (str);                       \
    gsize n_ = strlen(s_);                        \
    g_ptr_array_add(arr, (gpointer) s_);          \
    g_array_append_val(lens, n_);                 \
  } while (0)
  char *head = g_strdup_printf("# plutolog batch report\n\n%u log sources.\n\n"
                               "| Source | Connection | Peer | Verdict | Stage | Reports |\n"
                               "|---|---|---|---|---|---|\n",
                               b->jobs->len);
  g_ptr_array_add(js, head);
  PART(mparts, mlens, head);
  PART(jparts, jlens, "{\n  \"schema\" : \"plutolog-index/1\",\n  \"sources\" : [");
  for (guint i = 0; i < b->jobs->len; i++) {
    job *j = b->jobs->pdata[i];
    if (!j->json_part) render_job(j); /* (every job went through a worker) */
    PART(jparts, jlens, i ? ",\n" : "\n");
    PART(jparts, jlens, j->json_part);
    PART(mparts, mlens, j->md_part);
  }
  PART(jparts, jlens, b->jobs->len ? "\n  ],\n  \"errors\" : [" : "],\n  \"errors\" : [");
  GString *tail = g_string_new(NULL), *mdtail = g_string_new(NULL);
  guint nerr = 0;
  bool any_err = b->errors->len > 0;
  for (guint pass = 0; pass < 2; pass++) {
    GPtrArray *errs = pass ? NULL : b->errors;
    for (guint i = 0; i < (pass ? b->jobs->len : 1); i++) {
      if (pass) errs = ((job *) b->jobs->pdata[i])->errors;
      for (guint k = 0; k < errs->len; k++) {
        char *valid = g_utf8_make_valid(errs->pdata[k], -1);
        JsonNode *n = json_node_init_string(json_node_alloc(), valid);
        g_free(valid);
        g_string_append(tail, nerr++ ? ",\n    " : "\n    ");
        json_part(tail, n, 2);
        json_node_unref(n);
        if (pass) any_err = true;
      }
    }
  }
  g_string_append(tail, nerr ? "\n  ]\n}\n" : "]\n}\n");
  if (any_err) {
    g_string_append(mdtail, "\n## Problems\n\n");
    for (guint i = 0; i < b->errors->len; i++) {
      g_string_append(mdtail, "- ");
      pl_md_escape(mdtail, b->errors->pdata[i]);
      g_string_append_c(mdtail, '\n');
    }
    for (guint i = 0; i < b->jobs->len; i++) {
      job *j = b->jobs->pdata[i];
      for (guint k = 0; k < j->errors->len; k++) {
        g_string_append(mdtail, "- ");
        pl_md_escape(mdtail, j->errors->pdata[k]);
        g_string_append_c(mdtail, '\n');
      }
    }
  }
  PART(jparts, jlens, tail->str);
  PART(mparts, mlens, mdtail->str);
#undef PART
  GError *e = NULL;
  if (!write_atomic_parts(b->outdir, "index.json", (const char *const *) jparts->pdata,
                          (const gsize *) (void *) jlens->data, jparts->len, &e) ||
      !write_atomic_parts(b->outdir, "index.md", (const char *const *) mparts->pdata,
                          (const gsize *) (void *) mlens->data, mparts->len, &e)) {
    g_printerr("plutolog: cannot write the index: %s\n", pl_term_str(e->message));
    g_error_free(e);
    *status = 1;
  }
  g_string_free(tail, TRUE);
  g_string_free(mdtail, TRUE);
  g_ptr_array_unref(js);
  g_ptr_array_unref(jparts);
  g_ptr_array_unref(mparts);
  g_array_unref(jlens);
  g_array_unref(mlens);
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
  if (g_mkdir_with_parents(o->outdir, 0755) != 0) {
    g_printerr("plutolog: cannot create %s: %s\n", pl_term_str(o->outdir), g_strerror(errno));
    return 1;
  }
  batch b = {0};
  b.o = o;
  b.outdir = g_strdup(o->outdir);
  b.jobs = g_ptr_array_new_with_free_func((GDestroyNotify) job_free);
  b.errors = g_ptr_array_new_with_free_func(g_free);
  b.rels = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add(b.rels, g_strdup("index"));
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
    if (!pl_read_file(file, shown, produce_visit, &pc, &e) && e) g_ptr_array_add(b.errors, g_strdup(e->message));
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
  for (guint i = 0; i < b.jobs->len; i++) {
    job *j = b.jobs->pdata[i];
    for (guint k = 0; k < j->errors->len; k++) {
      g_printerr("plutolog: %s\n", pl_term_str(j->errors->pdata[k]));
      status = 1;
    }
    if (o->strict && j->unrecognised) {
      g_printerr("plutolog: %s: %" G_GUINT64_FORMAT " pluto line(s) not recognised (--strict)\n", pl_term_str(j->out_name),
                 j->unrecognised);
      status = 1;
    }
  }
  g_ptr_array_unref(b.jobs);
  g_ptr_array_unref(b.errors);
  g_hash_table_destroy(b.rels);
  g_mutex_clear(&b.lock);
  g_cond_clear(&b.cond);
  g_mutex_lock(&made_lock);
  g_clear_pointer(&made_dirs, g_hash_table_destroy);
  g_mutex_unlock(&made_lock);
  g_free(b.outdir);
  return status;
}
