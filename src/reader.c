/* Inputs through libarchive (see include/reader.h for the three levels).
 *
 * Why libarchive for plain files too: one code path detects gzip, bzip2,
 * xz, zstd, ... by content, not by name, so a rotated "auth.log.2" that
 * logrotate compressed without renaming is still read.  mtree is left out
 * of the formats on purpose: it bids on plain text and would take a log
 * for a file list. */
#include "reader.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

G_DEFINE_QUARK(plutolog-read-error-quark, pl_read_error)

/* Same limit as the analysis' own splitter: longer lines are cut. */
#define PL_READ_MAX_LINE (16u * 1024u * 1024u)
/* Bytes looked at before reading: the text check and the first time stamp. */
#define PL_HEAD (64u * 1024u)
#define PL_BINARY_PROBE 1024u
/* A plain file: the bytes looked at before deciding it is one (libarchive's
 * own read-ahead), then blocks of this size. */
#define PL_PLAIN_PROBE (128u * 1024u)
#define PL_PLAIN_BLOCK (128u * 1024u)

struct pl_stream {
  struct archive *ar; /* NULL for a buffer stream */
  GBytes *bytes;
  gsize pos;
  const char *name;
  GByteArray *head; /* bytes read ahead by stream_peek, returned first */
  gsize head_pos;
  bool eof;
  char *why;     /* a data error met, delivered after the data before it */
  bool failed;   /* the data error was delivered to the reader */
  bool fatal;    /* ... and the archive cannot go on */
  guint64 lines; /* lines delivered so far, for messages */
  bool plain;    /* read with read(2) from fd (see plain_file) */
  bool plain_end; /* ... and the next read(2) would return 0 */
  int fd;
  guint8 *fbuf;
  char *(*at_end)(gpointer); /* a fd stream's writer: its data error, if any */
  gpointer at_end_user;
};

pl_stream *pl_stream_new_bytes(GBytes *bytes, const char *why) {
  pl_stream *s = g_new0(pl_stream, 1);
  s->bytes = g_bytes_ref(bytes);
  s->name = "";
  s->why = g_strdup(why);
  return s;
}

pl_stream *pl_stream_new_fd(int fd, char *(*at_end)(gpointer user), gpointer user) {
  pl_stream *s = g_new0(pl_stream, 1);
  s->plain = true;
  s->fd = fd;
  s->name = "";
  s->at_end = at_end;
  s->at_end_user = user;
  return s;
}

void pl_stream_free(pl_stream *s) {
  if (!s) return;
  if (s->bytes) g_bytes_unref(s->bytes);
  if (s->head) g_byte_array_unref(s->head);
  g_free(s->fbuf);
  g_free(s->why);
  g_free(s);
}

/* The next block of raw data: >0 bytes, or 0 at the end or on an error
 * (s->why then says which). */
static gssize fetch(pl_stream *s, const guint8 **buf) {
  if (s->eof) return 0;
  if (s->plain) {
    if (s->plain_end) {
      s->eof = true;
      return 0;
    }
    if (!s->fbuf) s->fbuf = g_malloc(PL_PLAIN_BLOCK);
    for (;;) {
      ssize_t r = read(s->fd, s->fbuf, PL_PLAIN_BLOCK);
      if (r < 0 && errno == EINTR) continue;
      if (r < 0) {
        s->why = g_strdup(g_strerror(errno));
        s->fatal = true;
      }
      if (r == 0 && s->at_end && !s->why) s->why = s->at_end(s->at_end_user);
      if (r <= 0) {
        s->eof = true;
        return 0;
      }
      *buf = s->fbuf;
      return (gssize) r;
    }
  }
  if (!s->ar) {
    gsize n;
    const guint8 *d = g_bytes_get_data(s->bytes, &n);
    if (s->pos >= n) {
      s->eof = true;
      return 0;
    }
    gsize take = MIN(n - s->pos, (gsize) 1 << 18);
    *buf = d + s->pos;
    s->pos += take;
    return (gssize) take;
  }
  for (;;) {
    const void *b;
    size_t size;
    la_int64_t off;
    int r = archive_read_data_block(s->ar, &b, &size, &off);
    if (r == ARCHIVE_EOF) {
      s->eof = true;
      return 0;
    }
    if (r < ARCHIVE_WARN) {
      const char *why = archive_error_string(s->ar);
      s->why = g_strdup(why ? why : "read error");
      s->fatal = r == ARCHIVE_FATAL;
      s->eof = true;
      return 0;
    }
    if (size == 0) continue;
    *buf = b;
    return (gssize) size;
  }
}

/* Reads ahead until N bytes are buffered (or the end, or an error). */
static void stream_peek(pl_stream *s, gsize n) {
  if (!s->head) s->head = g_byte_array_new();
  while (s->head->len < n) {
    const guint8 *b;
    gssize r = fetch(s, &b);
    if (r <= 0) break;
    g_byte_array_append(s->head, b, (guint) r);
  }
}

/* the next bytes: what is left of the probed head, then the source's */
static gssize head_or_fetch(pl_stream *s, const guint8 **buf) {
  if (s->head && s->head_pos < s->head->len) {
    *buf = s->head->data + s->head_pos;
    gsize n = s->head->len - s->head_pos;
    s->head_pos = s->head->len;
    return (gssize) n;
  }
  return fetch(s, buf);
}

static gssize stream_block(pl_stream *s, const guint8 **buf, GError **err) {
  gssize r = head_or_fetch(s, buf);
  if (r > 0) return r;
  if (s->why) {
    s->failed = true;
    g_set_error(err, PL_READ_ERROR, PL_READ_ERROR_DATA, "%s: %s (read up to line %" G_GUINT64_FORMAT ")",
                s->name, s->why, s->lines);
    g_clear_pointer(&s->why, g_free);
    return -1;
  }
  return 0;
}

gssize pl_stream_read(pl_stream *s, const guint8 **buf, GError **err) {
  gssize r = head_or_fetch(s, buf);
  if (r > 0) return r;
  if (!s->why) return 0;
  /* the bare reason: whoever reads these bytes reports it with a line number */
  s->failed = true;
  g_set_error_literal(err, PL_READ_ERROR, PL_READ_ERROR_DATA, s->why);
  g_clear_pointer(&s->why, g_free);
  return -1;
}

bool pl_stream_slurp(pl_stream *s, GByteArray *out, GError **err) {
  const guint8 *b;
  gssize r;
  while ((r = pl_stream_read(s, &b, err)) > 0) g_byte_array_append(out, b, (guint) r);
  return r == 0;
}

bool pl_stream_fatal(const pl_stream *s) { return s->fatal; }

GBytes *pl_stream_whole(pl_stream *s) {
  if (!s->plain || !s->plain_end || !s->head || s->head_pos || s->eof || s->lines) return NULL;
  return g_bytes_new(s->head->data, s->head->len);
}

bool pl_stream_lines(pl_stream *s, pl_line_fn fn, gpointer user, GError **err) {
  GByteArray *pend = g_byte_array_new();
  bool cut = false, ok = true;
  for (;;) {
    const guint8 *b;
    gssize r = stream_block(s, &b, err);
    if (r < 0) {
      ok = false;
      break;
    }
    if (r == 0) break;
    const char *p = (const char *) b, *e = p + r;
    while (p < e) {
      const char *nl = memchr(p, '\n', (gsize) (e - p));
      const char *end = nl ? nl : e;
      gsize n = (gsize) (end - p);
      if (!nl || pend->len || cut) {
        gsize room = PL_READ_MAX_LINE - pend->len;
        if (n > room) cut = true;
        g_byte_array_append(pend, (const guint8 *) p, (guint) MIN(n, room));
        if (nl) {
          s->lines++;
          fn((const char *) pend->data, pend->len, user);
          g_byte_array_set_size(pend, 0);
          cut = false;
        }
      } else {
        s->lines++;
        fn(p, MIN(n, PL_READ_MAX_LINE), user);
      }
      p = nl ? nl + 1 : e;
    }
  }
  if (pend->len || cut) { /* a last line without a newline still counts */
    s->lines++;
    fn((const char *) pend->data, pend->len, user);
  }
  g_byte_array_unref(pend);
  return ok;
}

bool pl_looks_binary(const guint8 *buf, gsize len) {
  gsize n = MIN(len, PL_BINARY_PROBE), nul = 0, bad = 0;
  if (n == 0) return false;
  for (gsize i = 0; i < n; i++)
    if (buf[i] == 0) nul++;
  const char *p = (const char *) buf, *e = p + n;
  while (p < e) {
    const char *end;
    if (g_utf8_validate(p, e - p, &end)) break;
    /* a sequence cut by the probe's end is not an error */
    if (e - end < 4 && g_utf8_get_char_validated(end, e - end) == (gunichar) -2) break;
    bad++;
    p = end + 1;
  }
  /* a few NULs happen in real logs (a crash, a disk full); a binary file has
   * them everywhere */
  return nul * 16 > n || bad * 4 > n;
}

/* ---- the first time stamp of a log, through the real grammar -------------- */

typedef struct {
  pl_analysis *a;
  guint32 src;
  guint64 lineno;
  gint64 t;
} first_time_ctx;

static void first_time_sink(const pl_event *ev, gpointer user) {
  first_time_ctx *c = user;
  if (c->t < 0 && ev->time >= 0) c->t = ev->time;
}

static gint64 head_first_time(const guint8 *buf, gsize len, bool complete, int year) {
  first_time_ctx c = {pl_analysis_new(), 0, 0, -1};
  c.a->default_year = year;
  c.a->sink = first_time_sink;
  c.a->sink_user = &c;
  c.src = pl_analysis_add_source(c.a, "(head)");
  const char *p = (const char *) buf, *e = p + len;
  while (p < e && c.t < 0) {
    const char *nl = memchr(p, '\n', (gsize) (e - p));
    if (!nl && !complete) break;
    const char *end = nl ? nl : e;
    pl_analysis_feed_line(c.a, c.src, ++c.lineno, p, (gsize) (end - p));
    p = nl ? nl + 1 : e;
  }
  pl_analysis_free(c.a);
  return c.t;
}

static int year_of(gint64 secs) {
  GDateTime *d = g_date_time_new_from_unix_local(secs);
  if (!d) return 0;
  int y = g_date_time_get_year(d);
  g_date_time_unref(d);
  return y;
}

/* The year for time stamps without one: --year, else the file's mtime; a
 * log whose first line would lie after its mtime began the year before
 * (a December log rotated in January). */
static int source_year(const pl_read_opts *o, const pl_source_info *info, pl_stream *s,
                       int dflt) {
  if (o && o->year) return o->year;
  if (info->mtime < 0) return dflt;
  int y = year_of(info->mtime);
  if (!y) return dflt;
  gint64 t = head_first_time(s->head->data, s->head->len, s->eof, y);
  if (t >= 0 && t / 1000000 > info->mtime + 2 * 86400) y--;
  return y;
}

/* ---- feeding an analysis ------------------------------------------------------ */

typedef struct {
  pl_analysis *a;
  guint32 src;
  guint64 lineno;
  pl_redactor *r;
  GString *tmp;
} feed_ctx;

static void feed_one(const char *line, gsize len, gpointer user) {
  feed_ctx *c = user;
  c->lineno++;
  if (len >= PL_READ_MAX_LINE) {
    pl_analysis_diag(c->a, c->src, c->lineno, "line longer than %u bytes cut", PL_READ_MAX_LINE);
    c->a->stats.truncated++;
  }
  if (c->r) {
    g_string_truncate(c->tmp, 0);
    pl_redact(c->r, line, len, c->tmp);
    pl_analysis_feed_line(c->a, c->src, c->lineno, c->tmp->str, c->tmp->len);
  } else pl_analysis_feed_line(c->a, c->src, c->lineno, line, len);
}

bool pl_feed_stream(pl_analysis *a, const pl_source_info *info, pl_stream *s,
                    const pl_read_opts *o, GError **err) {
  s->name = info->name;
  stream_peek(s, PL_HEAD);
  if (pl_looks_binary(s->head->data, s->head->len)) {
    g_set_error(err, PL_READ_ERROR, PL_READ_ERROR_NOT_TEXT,
                "%s: not a text log (binary data), skipped", info->name);
    return false;
  }
  int saved_year = a->default_year;
  a->default_year = source_year(o, info, s, saved_year);
  feed_ctx c = {a, 0, 0, o ? o->redactor : NULL, NULL};
  if (c.r) {
    char *rn = pl_redact_str(c.r, info->name);
    c.src = pl_analysis_add_source(a, rn);
    g_free(rn);
    c.tmp = g_string_sized_new(512);
  } else c.src = pl_analysis_add_source(a, info->name);
  bool ok = pl_stream_lines(s, feed_one, &c, err);
  if (c.tmp) g_string_free(c.tmp, TRUE);
  a->default_year = saved_year;
  return ok;
}

/* ---- one file: plain, compressed, or an archive ------------------------------ */

static struct archive *open_archive(const char *path, GError **err) {
  struct archive *ar = archive_read_new();
  archive_read_support_filter_all(ar);
  /* every archive format but mtree (see the top of this file); the return
   * values only say that a format lacks an optional library */
  (void) archive_read_support_format_7zip(ar);
  (void) archive_read_support_format_ar(ar);
  (void) archive_read_support_format_cab(ar);
  (void) archive_read_support_format_cpio(ar);
  (void) archive_read_support_format_empty(ar);
  (void) archive_read_support_format_iso9660(ar);
  (void) archive_read_support_format_lha(ar);
  (void) archive_read_support_format_rar(ar);
  (void) archive_read_support_format_rar5(ar);
  (void) archive_read_support_format_tar(ar);
  (void) archive_read_support_format_xar(ar);
  (void) archive_read_support_format_zip(ar);
  (void) archive_read_support_format_raw(ar);
  int r = strcmp(path, "-") == 0 ? archive_read_open_fd(ar, 0, 1 << 17)
                                 : archive_read_open_filename(ar, path, 1 << 17);
  if (r != ARCHIVE_OK) {
    const char *why = archive_error_string(ar);
    g_set_error(err, PL_READ_ERROR, PL_READ_ERROR_OPEN, "%s: %s", path, why ? why : "cannot open");
    archive_read_free(ar);
    return NULL;
  }
  return ar;
}

/* Printable ASCII, tabs and line ends only, and nothing that one of
 * libarchive's text-looking formats or filters would bid on (ar, ASCII
 * cpio, WARC, uuencode, the magic of bzip2 / lzip / lrzip): libarchive
 * would take these bytes as format raw, filter none, i.e. as they are. */
static bool plain_probe(const guint8 *b, gsize n) {
  for (gsize i = 0; i < n; i++) {
    guint8 c = b[i];
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c >= 0x7f) return false;
  }
  static const char *const magic[] = {"!<arch>", "!<thin>", "0707", "WARC/", "BZh", "LZIP", "LRZI", "GRZip"};
  for (gsize k = 0; k < G_N_ELEMENTS(magic); k++) {
    gsize m = strlen(magic[k]);
    if (n >= m && memcmp(b, magic[k], m) == 0) return false;
  }
  return !g_strstr_len((const char *) b, (gssize) n, "begin");
}

/* A regular plain-text file is read with read(2): libarchive's setup and
 * format bidding cost more than a small log's analysis (a batch over
 * thousands of files).  Returns 1 / 0 (pl_read_file's result) when it
 * read the file, -1 when libarchive must (not plain, or cannot open:
 * libarchive then says why). */
static int plain_file(const char *path, const char *shown, gint64 mtime, pl_visit_fn fn, gpointer user) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  GByteArray *head = g_byte_array_sized_new(PL_PLAIN_PROBE);
  g_byte_array_set_size(head, PL_PLAIN_PROBE);
  gsize n = 0;
  bool end = false;
  while (n < PL_PLAIN_PROBE) {
    ssize_t r = read(fd, head->data + n, PL_PLAIN_PROBE - n);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      g_byte_array_unref(head);
      close(fd);
      return -1;
    }
    if (r == 0) {
      end = true;
      break;
    }
    n += (gsize) r;
  }
  g_byte_array_set_size(head, (guint) n);
  if (n == 0 || !plain_probe(head->data, n)) {
    g_byte_array_unref(head);
    close(fd);
    return -1;
  }
  pl_stream s = {0};
  s.plain = true;
  s.plain_end = end;
  s.fd = fd;
  s.head = head;
  pl_source_info info = {shown, path, NULL, mtime};
  s.name = info.name;
  fn(&info, &s, user);
  if (s.head) g_byte_array_unref(s.head);
  g_free(s.fbuf);
  g_free(s.why);
  close(fd);
  return s.failed ? 0 : 1;
}

bool pl_read_file(const char *path, const char *shown, pl_visit_fn fn, gpointer user, GError **err) {
  bool is_stdin = strcmp(path, "-") == 0;
  if (!shown) shown = is_stdin ? "(stdin)" : path;
  gint64 mtime = -1;
  struct stat st;
  if (!is_stdin) {
    if (stat(path, &st) != 0) {
      int e = errno;
      g_set_error(err, PL_READ_ERROR, PL_READ_ERROR_OPEN, "%s: %s", path, g_strerror(e));
      return false;
    }
    mtime = (gint64) st.st_mtime;
    if (S_ISREG(st.st_mode) && st.st_size > 0) {
      int r = plain_file(path, shown, mtime, fn, user);
      if (r >= 0) return r > 0;
    }
  }
  struct archive *ar = open_archive(path, err);
  if (!ar) return false;
  bool ok = true;
  guint seen = 0, retries = 0;
  const char *last = NULL;
  char *last_copy = NULL;
  for (;;) {
    struct archive_entry *ent;
    int r = archive_read_next_header(ar, &ent);
    if (r == ARCHIVE_EOF) break;
    if (r != ARCHIVE_OK && r != ARCHIVE_WARN) {
      /* RETRY (a damaged tar header) and FAILED (an unreadable entry) let
       * the rest be read: report the first, go on; FATAL ends the archive */
      if (ok) {
        const char *why = archive_error_string(ar);
        if (last)
          g_set_error(err, PL_READ_ERROR, PL_READ_ERROR_DATA, "%s: %s (after member %s)", shown,
                      why ? why : "damaged archive", last);
        else
          g_set_error(err, PL_READ_ERROR, PL_READ_ERROR_DATA, "%s: %s", shown, why ? why : "damaged archive");
      }
      ok = false;
      if (r == ARCHIVE_FATAL || ++retries > 64) break;
      continue;
    }
    bool raw = archive_format(ar) == ARCHIVE_FORMAT_RAW;
    pl_source_info info = {NULL, path, NULL, mtime};
    char *name = NULL;
    if (raw) {
      info.name = shown;
    } else {
      if (archive_entry_filetype(ent) != AE_IFREG) continue;
      const char *m = archive_entry_pathname_utf8(ent);
      if (!m) m = archive_entry_pathname(ent);
      if (!m) m = "?";
      info.member = m;
      info.name = name = g_strdup_printf("%s:%s", shown, m);
      if (archive_entry_mtime_is_set(ent)) info.mtime = (gint64) archive_entry_mtime(ent);
      g_free(last_copy);
      last = last_copy = g_strdup(m);
    }
    pl_stream s = {0};
    s.ar = ar;
    s.name = info.name;
    seen++;
    fn(&info, &s, user);
    if (s.head) g_byte_array_unref(s.head);
    g_free(s.why);
    g_free(name);
    if (s.failed) {
      ok = false;
      if (s.fatal) break; /* reported by the visitor; the rest is unreadable */
    }
    if (raw) break;
  }
  if (ok && seen == 0 && archive_format(ar) == ARCHIVE_FORMAT_EMPTY) {
    /* an empty file is still a (silent) log source */
    GBytes *none = g_bytes_new_static("", 0);
    pl_stream *s = pl_stream_new_bytes(none, NULL);
    pl_source_info info = {shown, path, NULL, mtime};
    fn(&info, s, user);
    pl_stream_free(s);
    g_bytes_unref(none);
  }
  g_free(last_copy);
  archive_read_free(ar);
  return ok;
}

bool pl_is_archive(const char *path) {
  if (strcmp(path, "-") == 0) return false;
  struct archive *ar = open_archive(path, NULL);
  if (!ar) return false;
  struct archive_entry *ent;
  bool yes = archive_read_next_header(ar, &ent) >= ARCHIVE_WARN && archive_format(ar) != ARCHIVE_FORMAT_RAW;
  archive_read_free(ar);
  return yes;
}

/* ---- the file system ---------------------------------------------------------- */

static int name_cmp(gconstpointer a, gconstpointer b) {
  return strcmp(*(char *const *) a, *(char *const *) b);
}

static void expand(const char *path, bool inner, GPtrArray *files, GPtrArray *errors) {
  struct stat st;
  if (lstat(path, &st) != 0 || (S_ISLNK(st.st_mode) && stat(path, &st) != 0)) {
    int e = errno;
    g_ptr_array_add(errors, g_error_new(PL_READ_ERROR, PL_READ_ERROR_OPEN, "%s: %s", path, g_strerror(e)));
    return;
  }
  if (!S_ISDIR(st.st_mode)) {
    g_ptr_array_add(files, g_strdup(path));
    return;
  }
  struct stat lst;
  if (inner && lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)) return; /* no loops */
  GError *e = NULL;
  GDir *d = g_dir_open(path, 0, &e);
  if (!d) {
    g_ptr_array_add(errors, g_error_new(PL_READ_ERROR, PL_READ_ERROR_OPEN, "%s: %s", path, e->message));
    g_error_free(e);
    return;
  }
  GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
  const char *n;
  while ((n = g_dir_read_name(d)))
    if (n[0] != '.') g_ptr_array_add(names, g_strdup(n));
  g_dir_close(d);
  g_ptr_array_sort(names, name_cmp);
  for (guint i = 0; i < names->len; i++) {
    char *p = g_build_filename(path, names->pdata[i], NULL);
    expand(p, true, files, errors);
    g_free(p);
  }
  g_ptr_array_unref(names);
}

void pl_expand_path(const char *path, GPtrArray *files, GPtrArray *errors) {
  if (strcmp(path, "-") == 0) {
    g_ptr_array_add(files, g_strdup(path));
    return;
  }
  guint before = files->len, errs = errors->len;
  expand(path, false, files, errors);
  if (files->len == before && errors->len == errs) /* an empty directory: say so */
    g_ptr_array_add(errors, g_error_new(PL_READ_ERROR, PL_READ_ERROR_OPEN, "%s: no files to read in this directory", path));
}

static bool all_digits(const char *s, gsize n) {
  if (n == 0) return false;
  for (gsize i = 0; i < n; i++)
    if (!g_ascii_isdigit(s[i])) return false;
  return true;
}

char *pl_rotation_key(const char *path, gint64 *rank) {
  static const char *const zext[] = {".gz", ".bz2", ".xz", ".zst", ".zstd", ".lz4", ".lzma", ".Z"};
  char *dir = g_path_get_dirname(path);
  char *base = g_path_get_basename(path);
  gsize n = strlen(base);
  for (gsize i = 0; i < G_N_ELEMENTS(zext); i++) {
    gsize k = strlen(zext[i]);
    if (n > k && strcmp(base + n - k, zext[i]) == 0) {
      n -= k;
      break;
    }
  }
  base[n] = '\0';
  *rank = G_MININT64; /* the live file is the newest */
  char *dot = strrchr(base, '.'), *dash = strrchr(base, '-');
  if (dot && dot != base && all_digits(dot + 1, strlen(dot + 1)) && strlen(dot + 1) <= 4) {
    *rank = g_ascii_strtoll(dot + 1, NULL, 10);
    *dot = '\0';
  } else if (dash && dash != base && strlen(dash + 1) == 8 && all_digits(dash + 1, 8)) {
    *rank = 100000000 - g_ascii_strtoll(dash + 1, NULL, 10); /* older dates rank higher */
    *dash = '\0';
  }
  char *key = g_build_filename(dir, base, NULL);
  g_free(dir);
  g_free(base);
  return key;
}

typedef struct {
  char *path;
  gint64 rank;
  gint64 t;
  guint pos;
  int year; /* --year, 0: from the mtime */
} rot_file;

static void time_visit(const pl_source_info *info, pl_stream *s, gpointer user) {
  rot_file *f = user;
  if (info->member) return; /* an archive: no single first line */
  s->name = info->name;
  stream_peek(s, PL_HEAD);
  int y = f->year ? f->year : info->mtime >= 0 ? year_of(info->mtime) : 1970;
  f->t = head_first_time(s->head->data, s->head->len, s->eof, y);
}

static int rot_cmp_rank(gconstpointer pa, gconstpointer pb) {
  const rot_file *x = *(rot_file *const *) pa, *y = *(rot_file *const *) pb;
  if (x->rank != y->rank) return x->rank > y->rank ? -1 : 1;
  return strcmp(x->path, y->path);
}

static int rot_cmp_time(gconstpointer pa, gconstpointer pb) {
  const rot_file *x = *(rot_file *const *) pa, *y = *(rot_file *const *) pb;
  if (x->t != y->t) return x->t < y->t ? -1 : 1;
  return rot_cmp_rank(pa, pb);
}

void pl_order_rotated(GPtrArray *files, const pl_read_opts *o) {
  GHashTable *groups = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_ptr_array_unref);
  GPtrArray *order = g_ptr_array_new(); /* keys, in order of first member */
  rot_file *all = g_new0(rot_file, files->len);
  for (guint i = 0; i < files->len; i++) {
    rot_file *f = &all[i];
    f->path = files->pdata[i];
    f->pos = i;
    f->t = -1;
    f->year = o ? o->year : 0;
    char *key = strcmp(f->path, "-") ? pl_rotation_key(f->path, &f->rank) : g_strdup("-");
    GPtrArray *g = g_hash_table_lookup(groups, key);
    if (!g) {
      g = g_ptr_array_new();
      g_hash_table_insert(groups, key, g);
      g_ptr_array_add(order, key);
    } else g_free(key);
    g_ptr_array_add(g, f);
  }
  GPtrArray *out = g_ptr_array_new();
  for (guint i = 0; i < order->len; i++) {
    GPtrArray *g = g_hash_table_lookup(groups, order->pdata[i]);
    if (g->len > 1) {
      bool all_timed = true;
      for (guint k = 0; k < g->len; k++) {
        rot_file *f = g->pdata[k];
        if (strcmp(f->path, "-")) pl_read_file(f->path, NULL, time_visit, f, NULL);
        if (f->t < 0) all_timed = false;
      }
      g_ptr_array_sort(g, all_timed ? rot_cmp_time : rot_cmp_rank);
    }
    for (guint k = 0; k < g->len; k++) g_ptr_array_add(out, ((rot_file *) g->pdata[k])->path);
  }
  for (guint i = 0; i < out->len; i++) files->pdata[i] = out->pdata[i];
  g_ptr_array_unref(out);
  g_ptr_array_unref(order);
  g_hash_table_destroy(groups);
  g_free(all);
}

/* ---- one analysis --------------------------------------------------------------- */

typedef struct {
  pl_analysis *a;
  const pl_read_opts *o;
  bool ok;
} read_ctx;

static void feed_visit(const pl_source_info *info, pl_stream *s, gpointer user) {
  read_ctx *c = user;
  GError *e = NULL;
  if (!pl_feed_stream(c->a, info, s, c->o, &e)) {
    g_printerr("plutolog: %s\n", e->message);
    g_error_free(e);
    c->ok = false;
  }
}

const char *pl_input_file(const char *path, const pl_read_opts *o, const char **shown) {
  if (strcmp(path, "-") == 0) {
    *shown = "(stdin)";
    return o && o->stdin_file ? o->stdin_file : "-";
  }
  *shown = NULL;
  return path;
}

bool pl_read_paths(pl_analysis *a, char *const *paths, int n, const pl_read_opts *o) {
  GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
  GPtrArray *errors = g_ptr_array_new_with_free_func((GDestroyNotify) g_error_free);
  for (int i = 0; i < n; i++) pl_expand_path(paths[i], files, errors);
  pl_order_rotated(files, o);
  read_ctx c = {a, o, errors->len == 0};
  for (guint i = 0; i < errors->len; i++)
    g_printerr("plutolog: %s\n", ((GError *) errors->pdata[i])->message);
  for (guint i = 0; i < files->len; i++) {
    GError *e = NULL;
    const char *shown, *file = pl_input_file(files->pdata[i], o, &shown);
    if (!pl_read_file(file, shown, feed_visit, &c, &e)) {
      if (e) g_printerr("plutolog: %s\n", e->message);
      g_clear_error(&e);
      c.ok = false;
    }
  }
  g_ptr_array_unref(files);
  g_ptr_array_unref(errors);
  return c.ok;
}

bool pl_read_path_opts(pl_analysis *a, const char *path, const pl_read_opts *o) {
  char *const paths[] = {(char *) path};
  return pl_read_paths(a, paths, 1, o);
}

bool pl_read_path(pl_analysis *a, const char *path, GError **err) {
  pl_read_opts o = {0};
  if (pl_read_path_opts(a, path, &o)) return true;
  g_set_error(err, PL_READ_ERROR, PL_READ_ERROR_DATA, "%s: not everything could be read", path);
  return false;
}
