/* Inputs through libarchive (see include/reader.h for the three levels).
 *
 * Why libarchive for plain files too: one code path detects gzip, bzip2,
 * xz, zstd, ... by content, not by name, so a rotated "auth.log.2" that
 * logrotate compressed without renaming is still read.  mtree is left out
 * of the formats on purpose: it bids on plain text and would take a log
 * for a file list. */
#include "reader.h"
#include "escape.h"
#include "lines.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <string.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

G_DEFINE_QUARK(plutolog - read - error - quark, pl_read_error)

/* The one splitter's limit (include/lines.h): longer lines are cut. */
#define PL_READ_MAX_LINE PL_MAX_LINE
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
  char *why;        /* a data error met, delivered after the data before it */
  bool failed;      /* the data error was delivered to the reader */
  bool fatal;       /* ... and the archive cannot go on */
  guint64 lines;    /* lines delivered so far, for messages */
  gsize line_whole; /* the line being delivered: its length before a cut (0: longer, unknown) */
  guint64 nuls;     /* NUL bytes skipped */
  guint64 nul_line; /* ... the first in this line */
  GByteArray *nulbuf;
  bool plain;     /* read with read(2) from fd (see plain_file) */
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
  if (s->nulbuf) g_byte_array_unref(s->nulbuf);
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

/* Test hook, not an option: PLUTOLOG_TEST_READ_SIZE=N hands the input on in
 * blocks of at most N bytes (through the head buffer), so tests/cases/run.sh
 * runs every case with lines cut between reads at every place. */
static gsize test_read_size(void) {
  static gsize k; /* the size + 1, once read */
  if (g_once_init_enter(&k)) {
    const char *v = g_getenv("PLUTOLOG_TEST_READ_SIZE");
    g_once_init_leave(&k, (v && *v ? (gsize) g_ascii_strtoull(v, NULL, 10) : 0) + 1);
  }
  return k - 1;
}

/* the next bytes: what is left of the probed head, then the source's */
static gssize head_or_fetch(pl_stream *s, const guint8 **buf) {
  gsize k = test_read_size();
  if (k && !(s->head && s->head_pos < s->head->len)) { /* the test hook: refill the head */
    if (s->head) g_byte_array_set_size(s->head, 0), s->head_pos = 0;
    stream_peek(s, 1);
  }
  if (s->head && s->head_pos < s->head->len) {
    *buf = s->head->data + s->head_pos;
    gsize n = MIN(s->head->len - s->head_pos, k ? k : G_MAXSIZE);
    s->head_pos += n;
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
  if (!s->plain || !s->eof || !s->head || s->head_pos || s->lines || s->why) return NULL;
  return g_bytes_new(s->head->data, s->head->len);
}

/* The stream's lines through the one splitter, counted in s->lines. */
typedef struct {
  pl_stream *s;
  pl_line_fn fn;
  gpointer user;
} stream_split;

static void stream_line(const char *line, gsize len, gsize whole, gpointer user) {
  stream_split *x = user;
  x->s->lines++;
  x->s->line_whole = whole; /* a cut line: whole != len (feed_one) */
  x->fn(line, len, x->user);
}

bool pl_stream_lines(pl_stream *s, pl_line_fn fn, gpointer user, GError **err) {
  stream_split x = {s, fn, user};
  pl_lines split;
  pl_lines_init(&split);
  bool ok = true;
  for (;;) {
    const guint8 *b;
    gssize r = stream_block(s, &b, err);
    if (r < 0) {
      ok = false;
      break;
    }
    if (r == 0) break;
    if (memchr(b, 0, (gsize) r)) {
      /* NUL runs are counted and skipped: the text around them is read */
      if (!s->nulbuf) s->nulbuf = g_byte_array_new();
      g_byte_array_set_size(s->nulbuf, 0);
      const guint8 *q = b, *qe = b + r;
      while (q < qe) {
        const guint8 *z = memchr(q, 0, (gsize) (qe - q));
        const guint8 *stop = z ? z : qe;
        g_byte_array_append(s->nulbuf, q, (guint) (stop - q));
        if (!z) break;
        const guint8 *t = z;
        while (t < qe && !*t) t++;
        if (!s->nuls) s->nul_line = s->lines + 1;
        s->nuls += (guint64) (t - z);
        q = t;
      }
      b = s->nulbuf->data;
      r = (gssize) s->nulbuf->len;
    }
    pl_lines_feed(&split, (const char *) b, (gsize) r, stream_line, &x);
  }
  pl_lines_finish(&split, stream_line, &x); /* a last line without a newline still counts */
  pl_lines_clear(&split);
  return ok;
}

bool pl_looks_binary(const guint8 *buf, gsize len) {
  /* NUL runs (a crash, copytruncate, a disk full) are skipped, not judged:
   * the bytes looked at are the first PL_BINARY_PROBE others */
  guint8 probe[PL_BINARY_PROBE];
  gsize n = 0;
  for (gsize i = 0; i < len && n < sizeof probe; i++)
    if (buf[i]) probe[n++] = buf[i];
  if (n == 0) return false;
  gsize bad = 0, ctl = 0;
  for (gsize i = 0; i < n; i++)
    if (probe[i] < 0x20 && !strchr("\t\n\r\f\v\b\x1b", probe[i])) ctl++;
  const char *p = (const char *) probe, *e = p + n;
  while (p < e) {
    const char *end;
    if (g_utf8_validate(p, e - p, &end)) break;
    /* a sequence cut by the probe's end is not an error */
    if (e - end < 4 && g_utf8_get_char_validated(end, e - end) == (gunichar) -2) break;
    bad++;
    p = end + 1;
  }
  /* a binary file has control bytes and invalid UTF-8 everywhere; a log
   * has a few (Latin-1 names, a stray control) */
  return ctl * 8 > n || bad * 4 > n;
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

static void head_line(const char *line, gsize len, gsize whole, gpointer user) {
  (void) whole;
  first_time_ctx *c = user;
  if (c->t < 0) pl_analysis_feed_line(c->a, c->src, ++c->lineno, line, len);
}

static gint64 head_first_time(const guint8 *buf, gsize len, bool complete, int year) {
  first_time_ctx c = {pl_analysis_new(), 0, 0, -1};
  c.a->default_year = year;
  c.a->sink = first_time_sink;
  c.a->sink_user = &c;
  c.src = pl_analysis_add_source(c.a, "(head)");
  pl_lines split;
  pl_lines_init(&split);
  pl_lines_feed(&split, (const char *) buf, len, head_line, &c);
  if (complete) pl_lines_finish(&split, head_line, &c); /* else the last line may be cut by the head's end */
  pl_lines_clear(&split);
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
static int source_year(const pl_read_opts *o, const pl_source_info *info, pl_stream *s, int dflt) {
  if (o && o->year) return o->year;
  if (info->mtime < 0) return dflt;
  int y = year_of(info->mtime);
  if (!y) return dflt;
  gint64 t = head_first_time(s->head->data, s->head->len, s->eof, y);
  if (t >= 0 && t / 1000000 > info->mtime + 2 * 86400) y--;
  return y;
}

/* ---- feeding an analysis ------------------------------------------------------ */

void pl_year_track(pl_analysis *a, int *prev_month, const char *line, gsize len) {
  static const char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
  if (len < 16 || line[3] != ' ' || !g_ascii_isupper(line[0])) return;
  int m = -1;
  for (int k = 0; k < 12; k++)
    if (memcmp(line, months + 3 * k, 3) == 0) {
      m = k;
      break;
    }
  if (m < 0 || !(g_ascii_isdigit(line[5]) && (line[4] == ' ' || g_ascii_isdigit(line[4])) && line[6] == ' '))
    return;
  if (*prev_month >= 0 && *prev_month - m > 6) a->default_year++;
  *prev_month = m;
}

typedef struct {
  pl_analysis *a;
  pl_stream *s;
  guint32 src;
  guint64 lineno;
  pl_redactor *r;
  GString *tmp;
  int month; /* of the last syslog time stamp, for New Year */
  bool progress;
} feed_ctx;

/* the progress line of one analysis (single-threaded) */
static gint64 progress_t0, progress_last;
static guint64 progress_bytes;
static bool progress_shown;

static void progress_note(const pl_analysis *a, gsize len) {
  progress_bytes += len + 1;
  if ((a->stats.lines & 0x3fff) != 0) return;
  gint64 now = g_get_monotonic_time();
  static gint64 after = -1; /* PLUTOLOG_PROGRESS_MS: the tests show it at once */
  if (after < 0) {
    const char *env = g_getenv("PLUTOLOG_PROGRESS_MS");
    after = env && *env ? g_ascii_strtoll(env, NULL, 10) * 1000 : 2000000;
  }
  if (!progress_t0) progress_t0 = progress_last = now - (after ? 0 : 500000);
  if (now - progress_t0 < after || now - progress_last < 500000) return;
  progress_last = now;
  double secs = (double) (now - progress_t0) / 1e6;
  g_printerr("\r\033[Kplutolog: %" G_GUINT64_FORMAT " lines, %.0f MB, %.1f MB/s", a->stats.lines,
             (double) progress_bytes / 1e6, (double) progress_bytes / 1e6 / secs);
  progress_shown = true;
}

static void progress_clear(void) {
  if (progress_shown) g_printerr("\r\033[K");
}

static void progress_end(void) {
  if (progress_shown) g_printerr("\r\033[K");
  progress_shown = false;
  progress_t0 = progress_last = 0;
  progress_bytes = 0;
}

static void feed_one(const char *line, gsize len, gpointer user) {
  feed_ctx *c = user;
  c->lineno++;
  pl_year_track(c->a, &c->month, line, len);
  if (c->progress) progress_note(c->a, len);
  /* the splitter says whether it cut the line (a line of exactly
   * PL_READ_MAX_LINE bytes is whole); the message is the analysis's own */
  gsize whole = c->s->line_whole;
  if (whole != len) {
    if (whole)
      pl_analysis_diag(c->a, c->src, c->lineno, "line of %" G_GSIZE_FORMAT " bytes cut to %u", whole,
                       PL_READ_MAX_LINE);
    else pl_analysis_diag(c->a, c->src, c->lineno, "line longer than %u bytes cut", PL_READ_MAX_LINE);
    c->a->stats.truncated++;
  }
  if (c->r) {
    g_string_truncate(c->tmp, 0);
    pl_redact(c->r, line, len, c->tmp);
    pl_analysis_feed_line(c->a, c->src, c->lineno, c->tmp->str, c->tmp->len);
  } else pl_analysis_feed_line(c->a, c->src, c->lineno, line, len);
}

bool pl_feed_stream(pl_analysis *a, const pl_source_info *info, pl_stream *s, const pl_read_opts *o,
                    GError **err) {
  s->name = info->name;
  stream_peek(s, PL_HEAD);
  if (pl_looks_binary(s->head->data, s->head->len)) {
    g_set_error(err, PL_READ_ERROR, PL_READ_ERROR_NOT_TEXT, "%s: not a text log (binary data), skipped",
                info->name);
    return false;
  }
  int saved_year = a->default_year;
  a->default_year = source_year(o, info, s, saved_year);
  feed_ctx c = {a, s, 0, 0, o ? o->redactor : NULL, NULL, -1, o && o->progress};
  if (c.r) {
    char *rn = pl_redact_str(c.r, info->name);
    c.src = pl_analysis_add_source(a, rn);
    g_free(rn);
    c.tmp = g_string_sized_new(512);
  } else c.src = pl_analysis_add_source(a, info->name);
  bool ok = pl_stream_lines(s, feed_one, &c, err);
  if (s->nuls)
    pl_analysis_diag(a, c.src, s->nul_line,
                     "%" G_GUINT64_FORMAT " NUL byte(s) skipped (the text around them is read)", s->nuls);
  if (c.tmp) g_string_free(c.tmp, TRUE);
  a->default_year = saved_year;
  return ok;
}

/* ---- one file: plain, compressed, or an archive ------------------------------ */

/* What the first bytes are.  Only the magic of a real compressor or
 * archive format sends data through libarchive: text is text, whatever it
 * holds (NUL runs, a "begin 644" line, "070701"...).  libarchive's own
 * bidding would take a log beginning with 512 NUL bytes for an empty tar
 * and a "begin" line for uuencoded data. */
enum { PL_TEXT, PL_COMPRESSED, PL_ARCHIVE };

static bool has(const guint8 *b, gsize n, gsize off, const char *m, gsize mlen) {
  return n >= off + mlen && memcmp(b + off, m, mlen) == 0;
}

/* a tar header: its checksum adds up (v7 tar has no magic) */
static bool tar_header(const guint8 *b, gsize n) {
  if (n < 512 || b[0] == 0) return false;
  if (has(b, n, 257, "ustar", 5)) return true;
  guint64 sum = 0;
  for (gsize i = 0; i < 512; i++) sum += (i >= 148 && i < 156) ? ' ' : b[i];
  guint64 want = 0;
  gsize i = 148;
  while (i < 156 && b[i] == ' ') i++;
  if (i == 156 || b[i] < '0' || b[i] > '7') return false;
  for (; i < 156 && b[i] >= '0' && b[i] <= '7'; i++) want = want * 8 + (guint64) (b[i] - '0');
  return want == sum;
}

static int sniff(const guint8 *b, gsize n) {
  static const struct {
    const char *m;
    gsize len;
  } zmagic[] =
      {
          {"\x1f\x8b", 2}, /* gzip */
          {"\xfd"
           "7zXZ\x00",
           6},                     /* xz */
          {"\x28\xb5\x2f\xfd", 4}, /* zstd */
          {"\x04\x22\x4d\x18", 4}, /* lz4 */
          {"LZIP", 4},             /* lzip */
          {"\x1f\x9d", 2},         /* compress (.Z) */
          {"\x5d\x00\x00", 3},     /* lzma alone */
      },
    amagic[] = {
        {"PK\x03\x04", 4},
        {"PK\x05\x06", 4},
        {"PK\x07\x08", 4},         /* zip */
        {"7z\xbc\xaf\x27\x1c", 6}, /* 7-zip */
        {"Rar!\x1a\x07", 6},       /* rar, rar5 */
        {"!<arch>\n", 8},          /* ar */
        {"\xc7\x71", 2},
        {"\x71\xc7", 2},     /* cpio (binary) */
        {"xar!", 4},         /* xar */
        {"MSCF\0\0\0\0", 8}, /* cab */
    };
  for (gsize k = 0; k < G_N_ELEMENTS(zmagic); k++)
    if (has(b, n, 0, zmagic[k].m, zmagic[k].len)) return PL_COMPRESSED;
  /* bzip2: "BZh", the block size, then a block or the end-of-stream magic */
  if (n >= 10 && has(b, n, 0, "BZh", 3) && b[3] >= '1' && b[3] <= '9' &&
      (has(b, n, 4, "\x31\x41\x59\x26\x53\x59", 6) || has(b, n, 4, "\x17\x72\x45\x38\x50\x90", 6)))
    return PL_COMPRESSED;
  for (gsize k = 0; k < G_N_ELEMENTS(amagic); k++)
    if (has(b, n, 0, amagic[k].m, amagic[k].len)) return PL_ARCHIVE;
  /* ASCII cpio: the magic, then a header of hex (newc) or octal (odc) digits */
  if (has(b, n, 0, "07070", 5) && (b[5] == '1' || b[5] == '2') && n >= 110) {
    gsize i = 6;
    while (i < 110 && g_ascii_isxdigit(b[i])) i++;
    if (i == 110) return PL_ARCHIVE;
  }
  if (has(b, n, 0, "070707", 6) && n >= 76) {
    gsize i = 6;
    while (i < 76 && b[i] >= '0' && b[i] <= '7') i++;
    if (i == 76) return PL_ARCHIVE;
  }
  if (n >= 7 && b[2] == '-' && b[3] == 'l' && (b[4] == 'h' || b[4] == 'z') && b[6] == '-')
    return PL_ARCHIVE;                                 /* lha */
  if (has(b, n, 32769, "CD001", 5)) return PL_ARCHIVE; /* iso9660 */
  if (tar_header(b, n)) return PL_ARCHIVE;
  return PL_TEXT;
}

/* libarchive reads a layer from the stream below it (the file, an archive
 * member, a decompressed stream): a data error below ends the layer with
 * that reason. */
static la_ssize_t chain_read(struct archive *ar, void *user, const void **buf) {
  pl_stream *src = user;
  const guint8 *b;
  gssize r = head_or_fetch(src, &b);
  if (r > 0) {
    *buf = b;
    return r;
  }
  if (src->why) {
    archive_set_error(ar, EIO, "%s", src->why);
    g_clear_pointer(&src->why, g_free);
    src->failed = true;
    return -1;
  }
  return 0;
}

/* The named decompressors that libarchive runs itself (never an external
 * program), and the archive formats (ARCHIVE) or the one raw stream. */
static struct archive *open_layer(pl_stream *src, bool archive, GError **err) {
  struct archive *ar = archive_read_new();
  (void) archive_read_support_filter_gzip(ar);
  (void) archive_read_support_filter_bzip2(ar);
  (void) archive_read_support_filter_xz(ar);
  (void) archive_read_support_filter_lzma(ar);
  (void) archive_read_support_filter_lzip(ar);
  (void) archive_read_support_filter_compress(ar);
  if (archive_read_support_filter_zstd(ar) != ARCHIVE_OK) { /* external program: no */
  }
  if (archive_read_support_filter_lz4(ar) != ARCHIVE_OK) { /* idem */
  }
  if (archive) {
    (void) archive_read_support_format_7zip(ar);
    (void) archive_read_support_format_ar(ar);
    (void) archive_read_support_format_cab(ar);
    (void) archive_read_support_format_cpio(ar);
    (void) archive_read_support_format_iso9660(ar);
    (void) archive_read_support_format_lha(ar);
    (void) archive_read_support_format_rar(ar);
    (void) archive_read_support_format_rar5(ar);
    (void) archive_read_support_format_tar(ar);
    (void) archive_read_support_format_xar(ar);
    (void) archive_read_support_format_zip(ar);
  } else (void) archive_read_support_format_raw(ar);
  if (archive_read_open(ar, src, NULL, chain_read, NULL) != ARCHIVE_OK) {
    const char *why = archive_error_string(ar);
    g_set_error(err, PL_READ_ERROR, PL_READ_ERROR_DATA, "%s: %s", src->name, why ? why : "cannot open");
    archive_read_free(ar);
    return NULL;
  }
  return ar;
}

static void stream_init_fd(pl_stream *s, int fd, const char *name) {
  memset(s, 0, sizeof *s);
  s->plain = true;
  s->fd = fd;
  s->name = name;
}

static void stream_clear(pl_stream *s) {
  if (s->head) g_byte_array_unref(s->head);
  if (s->nulbuf) g_byte_array_unref(s->nulbuf);
  g_free(s->fbuf);
  g_free(s->why);
  memset(s, 0, sizeof *s);
}

/* A file opened as layers: the file, maybe a decompressor, then either
 * one log (single) or an archive's members (members). */
typedef struct {
  pl_stream base;
  struct archive *a1, *a2;
  pl_stream s1;
  struct archive *members;
  pl_stream *single;
} chain;

static bool chain_open(chain *c, int fd, const char *shown, GError **err) {
  memset(c, 0, sizeof *c);
  stream_init_fd(&c->base, fd, shown);
  stream_peek(&c->base, PL_PLAIN_PROBE);
  int kind = sniff(c->base.head->data, c->base.head->len);
  if (kind == PL_TEXT) {
    c->single = &c->base;
    return true;
  }
  c->a1 = open_layer(&c->base, kind == PL_ARCHIVE, err);
  if (!c->a1) return false;
  if (kind == PL_ARCHIVE) {
    c->members = c->a1;
    return true;
  }
  struct archive_entry *ent;
  if (archive_read_next_header(c->a1, &ent) < ARCHIVE_WARN) {
    const char *why = archive_error_string(c->a1);
    g_set_error(err, PL_READ_ERROR, PL_READ_ERROR_DATA, "%s: %s", shown, why ? why : "cannot decompress");
    return false;
  }
  c->s1.ar = c->a1;
  c->s1.name = shown;
  stream_peek(&c->s1, PL_PLAIN_PROBE);
  if (sniff(c->s1.head->data, c->s1.head->len) == PL_ARCHIVE) {
    c->a2 = open_layer(&c->s1, true, err);
    if (!c->a2) return false;
    c->members = c->a2;
  } else c->single = &c->s1;
  return true;
}

static void chain_close(chain *c) {
  if (c->a2) archive_read_free(c->a2);
  if (c->a1) archive_read_free(c->a1);
  stream_clear(&c->s1);
  stream_clear(&c->base);
}

/* Visits one log in stream M (a member, a spooled member): a compressed
 * one (a rotated log in a support bundle: secure.2.gz) is decompressed on
 * the way.  Failure and fatality are left in M. */
static void visit_log(pl_stream *m, const pl_source_info *info, pl_visit_fn fn, gpointer user) {
  m->name = info->name;
  stream_peek(m, PL_PLAIN_PROBE);
  if (sniff(m->head->data, m->head->len) != PL_COMPRESSED) {
    fn(info, m, user);
    return;
  }
  GError *e = NULL;
  struct archive *ar = open_layer(m, false, &e);
  struct archive_entry *ent;
  pl_stream in = {0};
  in.name = info->name;
  if (ar && archive_read_next_header(ar, &ent) >= ARCHIVE_WARN) {
    in.ar = ar;
  } else {
    /* cannot even start: the reader meets the reason as a data error */
    in.bytes = g_bytes_new_static("", 0);
    in.why = g_strdup(e                                ? e->message
                      : ar && archive_error_string(ar) ? archive_error_string(ar)
                                                       : "cannot decompress");
  }
  g_clear_error(&e);
  fn(info, &in, user);
  if (in.failed) m->failed = true;
  if (in.bytes) g_bytes_unref(in.bytes);
  stream_clear(&in);
  if (ar) archive_read_free(ar);
}

static int name_cmp_early(gconstpointer a, gconstpointer b) {
  return strcmp(*(char *const *) a, *(char *const *) b);
}

/* ---- support bundles: rotated logs inside an archive, oldest first ---------- */

typedef struct {
  char *name, *member;
  gint64 mtime, rank;
  int fd;    /* the member's bytes as stored, in an unnamed temporary file */
  char *why; /* a data error met while spooling */
} pending;

static void pending_free(gpointer p) {
  pending *x = p;
  g_free(x->name);
  g_free(x->member);
  if (x->fd >= 0) close(x->fd);
  g_free(x->why);
  g_free(x);
}

static int pending_cmp(gconstpointer pa, gconstpointer pb) {
  const pending *x = *(pending *const *) pa, *y = *(pending *const *) pb;
  if (x->rank != y->rank) return x->rank > y->rank ? -1 : 1; /* larger rank: older */
  return strcmp(x->member, y->member);
}

static int unnamed_tmp(void) {
  int fd = -1;
#ifdef O_TMPFILE
  fd = open(g_get_tmp_dir(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
#endif
  if (fd < 0) {
    char *path = NULL;
    fd = g_file_open_tmp("plutolog-XXXXXX", &path, NULL);
    if (fd >= 0) g_unlink(path);
    g_free(path);
  }
  return fd;
}

static bool write_all(int fd, const guint8 *d, gsize n) {
  while (n) {
    ssize_t w = write(fd, d, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return false;
    d += w;
    n -= (gsize) w;
  }
  return true;
}

/* the members of a rotation group read from their spooled copies, oldest
 * first; false when one failed */
static bool visit_group(GPtrArray *g, const char *path, pl_visit_fn fn, gpointer user) {
  g_ptr_array_sort(g, pending_cmp);
  bool ok = true;
  for (guint i = 0; i < g->len; i++) {
    pending *x = g->pdata[i];
    pl_stream s;
    stream_init_fd(&s, x->fd, x->name);
    s.why = g_steal_pointer(&x->why);
    lseek(x->fd, 0, SEEK_SET);
    pl_source_info info = {x->name, path, x->member, x->mtime};
    visit_log(&s, &info, fn, user);
    if (s.failed) ok = false;
    stream_clear(&s);
  }
  g_ptr_array_set_size(g, 0);
  return ok;
}

typedef struct {
  guint total;     /* regular members with this rotation key */
  GPtrArray *seen; /* pending*, spooled until the last one comes */
} rot_group;

static void rot_group_free(gpointer p) {
  rot_group *g = p;
  g_ptr_array_unref(g->seen);
  g_free(g);
}

/* rotation key -> rot_group, for the keys that several regular members
 * share (a first pass over the headers only).  The pass counts in a
 * table of its own whose keys live in one string chunk, with the count as
 * the value: an archive of 200 000 members with 200 000 keys costs a few
 * megabytes here, not a group (and its array) each. */
static GHashTable *rotation_groups(int fd, const char *shown) {
  lseek(fd, 0, SEEK_SET);
  chain c;
  GHashTable *groups = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, rot_group_free);
  GHashTable *counts = g_hash_table_new(g_str_hash, g_str_equal);
  GStringChunk *keys = g_string_chunk_new(1 << 16);
  if (chain_open(&c, fd, shown, NULL) && c.members) {
    struct archive_entry *ent;
    int r;
    while ((r = archive_read_next_header(c.members, &ent)) != ARCHIVE_EOF && r != ARCHIVE_FATAL) {
      if (r < ARCHIVE_WARN || archive_entry_filetype(ent) != AE_IFREG) continue;
      const char *m = archive_entry_pathname(ent);
      if (!m) continue;
      gint64 rank;
      char *key = pl_rotation_key(m, &rank);
      gpointer k, v;
      if (g_hash_table_lookup_extended(counts, key, &k, &v))
        g_hash_table_insert(counts, k, GUINT_TO_POINTER(GPOINTER_TO_UINT(v) + 1));
      else g_hash_table_insert(counts, g_string_chunk_insert(keys, key), GUINT_TO_POINTER(1));
      g_free(key);
    }
  }
  chain_close(&c);
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init(&it, counts);
  while (g_hash_table_iter_next(&it, &k, &v)) {
    if (GPOINTER_TO_UINT(v) < 2) continue;
    rot_group *g = g_new0(rot_group, 1);
    g->total = GPOINTER_TO_UINT(v);
    g->seen = g_ptr_array_new_with_free_func(pending_free);
    g_hash_table_insert(groups, g_strdup(k), g);
  }
  g_hash_table_destroy(counts);
  g_string_chunk_free(keys);
  return groups;
}

/* Every regular member of an archive, a rotation group (secure,
 * secure.1, secure.2.gz) oldest first in the place of its last member. */
static bool read_members(struct archive *ar, const char *path, const char *shown, gint64 mtime,
                         GHashTable *groups, pl_visit_fn fn, gpointer user, GError **err) {
  bool ok = true;
  guint retries = 0;
  char *last = NULL;
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
    if (archive_entry_filetype(ent) != AE_IFREG) continue;
    const char *m = archive_entry_pathname_utf8(ent);
    if (!m) m = archive_entry_pathname(ent);
    if (!m) m = "?";
    pl_source_info info = {NULL, path, m, mtime};
    char *name = g_strdup_printf("%s:%s", shown, m);
    info.name = name;
    if (archive_entry_mtime_is_set(ent)) info.mtime = (gint64) archive_entry_mtime(ent);
    g_free(last);
    last = g_strdup(m);
    pl_stream s = {0};
    s.ar = ar;
    s.name = name;
    gint64 rank = 0;
    const char *raw = archive_entry_pathname(ent);
    char *key = groups && raw ? pl_rotation_key(raw, &rank) : NULL;
    rot_group *g = key ? g_hash_table_lookup(groups, key) : NULL;
    int fd = g ? unnamed_tmp() : -1;
    if (fd >= 0) {
      /* a rotated log: kept aside (as stored) until its group is complete */
      pending *x = g_new0(pending, 1);
      x->name = name;
      name = NULL;
      x->member = g_strdup(m);
      x->mtime = info.mtime;
      x->rank = rank;
      x->fd = fd;
      const guint8 *d;
      gssize n;
      GError *e = NULL;
      while ((n = pl_stream_read(&s, &d, &e)) > 0)
        if (!write_all(fd, d, (gsize) n)) {
          x->why = g_strdup_printf("a temporary copy: %s", g_strerror(errno));
          break;
        }
      if (n < 0) {
        x->why = g_strdup(e->message);
        g_error_free(e);
      }
      g_ptr_array_add(g->seen, x);
      if (g->seen->len == g->total && !visit_group(g->seen, path, fn, user)) ok = false;
    } else visit_log(&s, &info, fn, user);
    g_free(key);
    g_free(name);
    bool failed = s.failed, fatal = s.fatal;
    stream_clear(&s);
    if (failed) {
      ok = false;
      if (fatal) break; /* reported by the visitor; the rest is unreadable */
    }
  }
  if (groups) { /* a damaged archive: what was kept aside is still read */
    GHashTableIter it;
    gpointer k, v;
    g_hash_table_iter_init(&it, groups);
    GPtrArray *left = g_ptr_array_new();
    while (g_hash_table_iter_next(&it, &k, &v))
      if (((rot_group *) v)->seen->len) g_ptr_array_add(left, k);
    g_ptr_array_sort(left, name_cmp_early);
    for (guint i = 0; i < left->len; i++) {
      rot_group *g = g_hash_table_lookup(groups, left->pdata[i]);
      if (!visit_group(g->seen, path, fn, user)) ok = false;
    }
    g_ptr_array_unref(left);
  }
  g_free(last);
  return ok;
}

/* An input that is not a regular file (standard input, a pipe) and holds
 * an archive or compressed data: copied to an unnamed temporary file so
 * that it can be read twice (rotation groups). */
static int spool_fd(pl_stream *base) {
  int fd = unnamed_tmp();
  if (fd < 0) return -1;
  const guint8 *d;
  gssize n;
  while ((n = head_or_fetch(base, &d)) > 0)
    if (!write_all(fd, d, (gsize) n)) {
      close(fd);
      return -1;
    }
  if (base->why) {
    close(fd);
    return -1;
  }
  return fd;
}

bool pl_read_file(const char *path, const char *shown, pl_visit_fn fn, gpointer user, GError **err) {
  bool is_stdin = strcmp(path, "-") == 0;
  if (!shown) shown = is_stdin ? "(stdin)" : path;
  int fd = is_stdin ? 0 : open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int e = errno;
    g_set_error(err, PL_READ_ERROR, PL_READ_ERROR_OPEN, "%s: %s", path, g_strerror(e));
    return false;
  }
  struct stat st;
  gint64 mtime = -1;
  bool regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  if (!is_stdin && fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      g_set_error(err, PL_READ_ERROR, PL_READ_ERROR_OPEN, "%s: %s", path, g_strerror(EISDIR));
      close(fd);
      return false;
    }
    mtime = (gint64) st.st_mtime;
  }
  bool ok = true;
  pl_stream base;
  stream_init_fd(&base, fd, shown);
  stream_peek(&base, PL_PLAIN_PROBE);
  int kind = sniff(base.head->data, base.head->len);
  if (kind == PL_TEXT) {
    pl_source_info info = {shown, path, NULL, mtime};
    fn(&info, &base, user);
    ok = !base.failed;
    stream_clear(&base);
  } else {
    int cfd = fd;
    if (!regular) {
      cfd = spool_fd(&base);
      if (cfd < 0) {
        g_set_error(err, PL_READ_ERROR, PL_READ_ERROR_DATA, "%s: %s", shown,
                    base.why ? base.why : "cannot keep a temporary copy");
        stream_clear(&base);
        if (!is_stdin) close(fd);
        return false;
      }
    }
    stream_clear(&base);
    GHashTable *groups = rotation_groups(cfd, shown);
    lseek(cfd, 0, SEEK_SET);
    chain c;
    if (!chain_open(&c, cfd, shown, err)) ok = false;
    else if (c.single) {
      pl_source_info info = {shown, path, NULL, mtime};
      fn(&info, c.single, user);
      ok = !c.single->failed;
    } else ok = read_members(c.members, path, shown, mtime, groups, fn, user, err);
    chain_close(&c);
    g_hash_table_destroy(groups);
    if (cfd != fd) close(cfd);
  }
  if (!is_stdin) close(fd);
  return ok;
}

bool pl_is_archive(const char *path) {
  if (strcmp(path, "-") == 0) return false;
  struct stat st;
  if (stat(path, &st) != 0 || !S_ISREG(st.st_mode)) return false; /* a pipe is read once */
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  chain c;
  bool yes = chain_open(&c, fd, path, NULL) && c.members;
  chain_close(&c);
  close(fd);
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
    g_ptr_array_add(errors, g_error_new(PL_READ_ERROR, PL_READ_ERROR_OPEN,
                                        "%s: no files to read in this directory", path));
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
  GHashTable *groups =
      g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
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
    progress_clear();
    g_printerr("plutolog: %s\n", pl_term_str(e->message));
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
  /* each file's argument, to say which one yields no line at all */
  GHashTable *arg_of = g_hash_table_new(NULL, NULL);
  guint64 *arg_lines = g_new0(guint64, (gsize) n + 1);
  bool *arg_failed = g_new0(bool, (gsize) n + 1);
  for (int i = 0; i < n; i++) {
    guint before = files->len, errs = errors->len;
    pl_expand_path(paths[i], files, errors);
    if (errors->len > errs) arg_failed[i] = true;
    for (guint k = before; k < files->len; k++)
      g_hash_table_insert(arg_of, files->pdata[k], GINT_TO_POINTER(i + 1));
  }
  pl_order_rotated(files, o);
  read_ctx c = {a, o, errors->len == 0};
  for (guint i = 0; i < errors->len; i++)
    g_printerr("plutolog: %s\n", pl_term_str(((GError *) errors->pdata[i])->message));
  for (guint i = 0; i < files->len; i++) {
    GError *e = NULL;
    const char *shown, *file = pl_input_file(files->pdata[i], o, &shown);
    int arg = GPOINTER_TO_INT(g_hash_table_lookup(arg_of, files->pdata[i])) - 1;
    guint64 before = a->stats.lines;
    bool ok_before = c.ok;
    c.ok = true;
    if (!pl_read_file(file, shown, feed_visit, &c, &e)) {
      progress_clear();
      if (e) g_printerr("plutolog: %s\n", pl_term_str(e->message));
      g_clear_error(&e);
      c.ok = false;
    }
    if (arg >= 0) {
      arg_lines[arg] += a->stats.lines - before;
      if (!c.ok) arg_failed[arg] = true;
    }
    c.ok = c.ok && ok_before;
  }
  progress_end();
  for (int i = 0; i < n; i++)
    if (!arg_lines[i] && !arg_failed[i]) {
      g_printerr("plutolog: %s: no log line in this input (nothing but NUL bytes, or empty)\n",
                 pl_term_str(strcmp(paths[i], "-") ? paths[i] : "(stdin)"));
      c.ok = false;
    }
  g_hash_table_destroy(arg_of);
  g_free(arg_lines);
  g_free(arg_failed);
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
