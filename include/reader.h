/* Inputs: plain and compressed files, archives, directories, standard input.
 *
 * Everything is opened through libarchive (never by shelling out): a plain
 * or singly compressed file (gzip, bzip2, xz, zstd, ...) is one log source
 * named by its path; every regular member of an archive (tar in any
 * compression, zip, ...) is its own source named "archive:member".
 *
 * Two levels, so batch mode can hand whole files to worker threads:
 *   pl_expand_path()  the file system: directories recursively, and rotated
 *                     logs of one host (auth.log.2.gz, auth.log.1, auth.log)
 *                     in time order;
 *   pl_read_file()    one file: calls a visitor for each log source in it
 *                     with an open stream;
 *   pl_feed_stream()  one stream into an analysis: the text check, the year,
 *                     line splitting, redaction.
 * pl_read_path() does all three for the one-analysis mode. */
#ifndef PL_READER_H
#define PL_READER_H
#include "plutolog.h"
#include "redact.h"

G_BEGIN_DECLS

#define PL_READ_ERROR (pl_read_error_quark())
GQuark pl_read_error_quark(void);
typedef enum {
  PL_READ_ERROR_OPEN,     /* cannot open or stat */
  PL_READ_ERROR_NOT_TEXT, /* a binary file or member: skipped */
  PL_READ_ERROR_DATA,     /* truncated / corrupt compressed data or archive */
} pl_read_error;

typedef struct {
  int year;               /* --year; 0: from each file's modification time */
  pl_redactor *redactor;  /* when set, every line is redacted before the lexer */
  const char *stdin_file; /* "-" is read from this file (standard input spooled
                             for the two passes of --redact), still "(stdin)" */
  bool progress;          /* one analysis: a progress line on standard error
                             (a terminal) once a run takes more than 2 s */
} pl_read_opts;

/* One log source as the reader found it. */
typedef struct {
  const char *name;   /* source name: the path, or "archive:member" */
  const char *path;   /* the file on disk; "-" for standard input */
  const char *member; /* the member path inside the archive, NULL otherwise */
  gint64 mtime;       /* seconds since the epoch, -1 when unknown */
} pl_source_info;

typedef struct pl_stream pl_stream;

/* A stream over a buffer (batch mode hands archive members to workers so);
 * WHY, when not NULL, is a data error met after these bytes: the reader
 * meets it at their end, as if it read the archive itself. */
pl_stream *pl_stream_new_bytes(GBytes *bytes, const char *why);
/* A stream reading FD (a pipe or socket; not closed by the stream) to its
 * end.  At the end AT_END(USER), when AT_END is set, returns the data error
 * the writer met (newly allocated; NULL: none), delivered like WHY above:
 * batch mode streams a big archive member to a worker so. */
pl_stream *pl_stream_new_fd(int fd, char *(*at_end)(gpointer user), gpointer user);
void pl_stream_free(pl_stream *s);
/* The next block of what is left (valid until the next call): > 0 bytes,
 * 0 at the end, -1 on a data error (*err the bare reason, as
 * pl_stream_slurp). */
gssize pl_stream_read(pl_stream *s, const guint8 **buf, GError **err);
/* Reads everything that is left; false (and *err) on a data error, with
 * what was read before still in *out. */
bool pl_stream_slurp(pl_stream *s, GByteArray *out, GError **err);
/* After pl_stream_slurp failed: the bare reason (for pl_stream_new_bytes),
 * and whether the archive can go on. */
bool pl_stream_fatal(const pl_stream *s);
/* The stream's whole content when a plain file was already read whole to
 * see what it is (small files), before anything was taken from it; else
 * NULL.  Reading those bytes gives what reading the stream would. */
GBytes *pl_stream_whole(pl_stream *s);

/* The visitor owns nothing; the stream is valid during the call only.  A
 * visitor that does not read the stream simply returns. */
typedef void (*pl_visit_fn)(const pl_source_info *info, pl_stream *s, gpointer user);

/* Opens one file (or "-") and visits its log sources.  Returns false when
 * something could not be read: *err then says what, naming the file (and
 * member), unless the visitor already reported the stream's own error. */
bool pl_read_file(const char *path, const char *shown, pl_visit_fn fn, gpointer user, GError **err);
/* SHOWN, when not NULL, names the file in source names and messages (a
 * spooled standard input).  pl_is_archive: the first entry is an archive
 * member (tar, zip, ...), not a plain or compressed log. */
bool pl_is_archive(const char *path);

/* Expands PATH into files (appended to FILES, g_free'd strings): a directory
 * recursively in name order (hidden entries and symbolic links to
 * directories skipped).  Problems are appended to ERRORS (GError*). */
void pl_expand_path(const char *path, GPtrArray *files, GPtrArray *errors);

/* Reorders FILES so that rotated logs of one host (NAME, NAME.1,
 * NAME.2.gz, NAME-20240101) are read oldest first: by the first time stamp
 * each holds, falling back to the rotation number.  Other files keep their
 * order; a group takes the place of its first member. */
void pl_order_rotated(GPtrArray *files, const pl_read_opts *o);

/* Rotation key of a file name: "auth.log" for "auth.log.2.gz"; *rank is
 * larger for older files (unrotated 0, .1 -> 1, .2.gz -> 2, -20240101 ->
 * -20240101 so later dates are newer).  Returned string is newly allocated. */
char *pl_rotation_key(const char *path, gint64 *rank);

/* True when the first bytes look like a binary file rather than a log:
 * many NUL bytes, or mostly invalid UTF-8. */
bool pl_looks_binary(const guint8 *buf, gsize len);

/* Adds a source named info->name to A and feeds the stream's lines.  A
 * binary stream is refused (PL_READ_ERROR_NOT_TEXT, nothing added).  On a
 * data error the lines read before stay in the analysis. */
bool pl_feed_stream(pl_analysis *a, const pl_source_info *info, pl_stream *s, const pl_read_opts *o,
                    GError **err);

/* Calls LINE for every line of the stream (without its newline; lines
 * longer than the analysis limit are cut).  Used by the redaction scan. */
typedef void (*pl_line_fn)(const char *line, gsize len, gpointer user);
bool pl_stream_lines(pl_stream *s, pl_line_fn line, gpointer user, GError **err);

/* The file to open for an expanded PATH ("-" may be spooled) and the name
 * to show for it (*shown NULL: the path itself). */
const char *pl_input_file(const char *path, const pl_read_opts *o, const char **shown);

/* One analysis from all PATHS (rotated logs among them in time order). */
bool pl_read_paths(pl_analysis *a, char *const *paths, int n, const pl_read_opts *o);

/* One analysis from PATH: a file, an archive, a directory, or "-".  Errors
 * are printed on standard error as they happen; returns false if any. */
bool pl_read_path_opts(pl_analysis *a, const char *path, const pl_read_opts *o);
/* The same with default options; *err summarises the failure. */
bool pl_read_path(pl_analysis *a, const char *path, GError **err);

/* New Year in a log without years: a syslog time stamp ("Dec 31 ...",
 * then "Jan  1 ...") whose month falls back by more than six months moves
 * A's default year on by one.  PREV_MONTH starts at -1. */
void pl_year_track(pl_analysis *a, int *prev_month, const char *line, gsize len);

G_END_DECLS
#endif
