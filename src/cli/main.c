/* plutolog — command line (DESIGN.md "Command-line contract"). */
#include "batch.h"
#include "plutolog.h"
#include "config.h"
#include "reader.h"
#include "unknown.h"
#include "annotate.h"
#include "follow.h"
#include "redact.h"
#include "escape.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PL_VERSION
#define PL_VERSION "0.1"
#endif

static char *opt_format = NULL;
static char *opt_output = NULL;
static char **opt_conns = NULL;
static int opt_jobs = 0;
static gboolean opt_redact = FALSE;
static gboolean opt_redact_names = FALSE;
static char *opt_redact_map = NULL;
static char *opt_lang = NULL;
static int opt_year = 0;
static gboolean opt_strict = FALSE;
static gboolean opt_unknown = FALSE;
static gboolean opt_follow = FALSE;
static gboolean opt_quiet = FALSE;
static gboolean opt_version = FALSE;
static int opt_target = 0;
static char *opt_since = NULL, *opt_until = NULL, *opt_color = NULL; /* issue 19 (newuser) */
static char **opt_peers = NULL;
static char **opt_configs = NULL;

static const GOptionEntry entries[] = {
    {"format", 'f', 0, G_OPTION_ARG_STRING, &opt_format,
     "text (default), markdown, conf, dot, mermaid, json, events, annotate; with -o DIR a comma list", "FMT"},
    {"output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
     "Write to FILE, or one report per log into DIR (batch mode)", "PATH"},
    {"conn", 'c', 0, G_OPTION_ARG_STRING_ARRAY, &opt_conns, "Only this connection (repeatable)", "NAME"},
    {"jobs", 'j', 0, G_OPTION_ARG_INT, &opt_jobs,
     "Threads: batch mode analyses N sources at once; one analysis parses its lines on N threads (default: number of CPUs)",
     "N"},
    {"redact", 0, 0, G_OPTION_ARG_NONE, &opt_redact, "Pseudonymise addresses, IDs, host names, SPIs", NULL},
    {"redact-names", 0, 0, G_OPTION_ARG_NONE, &opt_redact_names, "--redact, and connection names too", NULL},
    {"redact-map", 0, 0, G_OPTION_ARG_FILENAME, &opt_redact_map,
     "--redact, and write the mapping back to the originals to FILE (JSON)", "FILE"},
    {"lang", 0, 0, G_OPTION_ARG_STRING, &opt_lang, "Language of the report: en or zh_TW", "LANG"},
    {"year", 0, 0, G_OPTION_ARG_INT, &opt_year, "Year for time stamps that have none", "YYYY"},
    {"strict", 0, 0, G_OPTION_ARG_NONE, &opt_strict,
     "Exit 1 if any pluto line was not recognised, and list those lines", NULL},
    {"follow", 0, 0, G_OPTION_ARG_NONE, &opt_follow,
     "Follow one growing log (like tail -F; - reads a pipe) with a live status per connection; "
     "Ctrl-C prints the diagnosis",
     NULL},
    {"unknown", 0, 0, G_OPTION_ARG_NONE, &opt_unknown,
     "List unrecognised pluto lines grouped by shape on standard error", NULL},
    {"quiet", 'q', 0, G_OPTION_ARG_NONE, &opt_quiet, "No progress or summary on standard error", NULL},
    {"target", 0, 0, G_OPTION_ARG_INT, &opt_target,
     "-f conf: write ipsec.conf for Libreswan 4 or 5 (default: the version the log reveals)", "4|5"},
    {"since", 0, 0, G_OPTION_ARG_STRING, &opt_since, "Only the lines from this time on (UTC)", "TIME"},
    {"until", 0, 0, G_OPTION_ARG_STRING, &opt_until, "Only the lines up to this time (UTC)", "TIME"},
    {"peer", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt_peers,
     "Only connections to this peer address (repeatable)", "ADDR"},
    {"color", 0, 0, G_OPTION_ARG_STRING, &opt_color, "Colour: auto (a terminal, no NO_COLOR), always, never",
     "WHEN"},
    {"config", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &opt_configs,
     "This host's ipsec.conf (repeatable): compared with the log; -f conf/-f diff patch its conns", "FILE"},
    {"version", 'V', 0, G_OPTION_ARG_NONE, &opt_version, "Print the version and exit", NULL},
    {NULL, 0, 0, 0, NULL, NULL, NULL},
};

static const char *description =
    "INPUT: a log file (plain, gzip, bzip2, xz, zstd), an archive (tar, zip), a\n"
    "directory, or - for standard input (the default).  All inputs are one\n"
    "analysis; with -o DIR each log is its own, plus index.md and index.json\n"
    "(-c, --since, --until and --peer apply to each log; --lang to the index).\n"
    "\n"
    "  plutolog /var/log/auth.log\n"
    "  plutolog -f markdown -o ticket.md east.log west.log\n"
    "  plutolog -o reports/ -f markdown,json logs.tar.gz\n"
    "\n"
    "Exit status: 0 analysed; 1 an input could not be read or yielded no line,\n"
    "an output could not be written (or --strict); 2 usage error, or an output\n"
    "path that is an input or another output.  Everything else: man plutolog\n"
    "(docs/plutolog.1).";

typedef struct {
  pl_analysis *a;
  FILE *out;
  GString *buf;
} stream_sink;

static void events_sink(const pl_event *ev, gpointer user) {
  stream_sink *s = user;
  pl_events_line(s->a, ev, s->buf);
  if (s->buf->len > (1u << 16)) {
    fwrite(s->buf->str, 1, s->buf->len, s->out);
    g_string_truncate(s->buf, 0);
  }
}

/* -o PATH is a directory of reports (batch mode) when it ends with '/',
 * or when an input is a directory or an archive, or there are several
 * inputs and PATH has no file extension (-o ticket.md east.log west.log
 * stays one report of both peers). */
static bool batch_mode(const char *out, char *const *inputs, int n) {
  if (g_str_has_suffix(out, "/")) return true;
  for (int i = 0; i < n; i++) {
    struct stat st;
    if (strcmp(inputs[i], "-") && stat(inputs[i], &st) == 0 && S_ISDIR(st.st_mode)) return true;
    if (pl_is_archive(inputs[i])) return true;
  }
  char *base = g_path_get_basename(out);
  bool ext = strchr(base + 1, '.') != NULL;
  g_free(base);
  return n > 1 && !ext;
}

/* --redact reads its input twice: standard input is kept in a temporary
 * file that has no name (O_TMPFILE, or unlinked at once), so an
 * interrupted or killed run leaves no unredacted copy behind.  It is
 * reopened through /proc/self/fd (the path returned); *FD stays open. */
static char *spool_stdin(int *fd_out, GError **err) {
  const char *dir = g_get_tmp_dir();
  int fd = -1;
#ifdef O_TMPFILE
  fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
#endif
  if (fd < 0) {
    char *path = NULL;
    fd = g_file_open_tmp("plutolog-stdin-XXXXXX", &path, err);
    if (fd < 0) return NULL;
    g_unlink(path);
    g_free(path);
  }
  char buf[1 << 16];
  for (;;) {
    ssize_t r = read(0, buf, sizeof buf);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) break;
    gsize off = 0;
    while (off < (gsize) r) {
      ssize_t w = write(fd, buf + off, (gsize) r - off);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) {
        int e = w < 0 ? errno : ENOSPC;
        g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(e), "a temporary file in %s: %s", dir,
                    g_strerror(e));
        close(fd);
        return NULL;
      }
      off += (gsize) w;
    }
  }
  *fd_out = fd;
  return g_strdup_printf("/proc/self/fd/%d", fd);
}

static void scan_line(const char *line, gsize len, gpointer user) { pl_redactor_scan(user, line, len); }

static void scan_visit(const pl_source_info *info, pl_stream *s, gpointer user) {
  pl_redactor_scan(user, info->name, strlen(info->name));
  pl_stream_lines(s, scan_line, user, NULL);
}

/* --redact, pass 1: every line of the run, before anything is parsed. */
static void redact_scan(pl_redactor *r, char *const *inputs, int n, const pl_read_opts *ro) {
  GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
  GPtrArray *errors = g_ptr_array_new_with_free_func((GDestroyNotify) g_error_free);
  for (int i = 0; i < n; i++) pl_expand_path(inputs[i], files, errors);
  for (guint i = 0; i < files->len; i++) {
    const char *shown, *file = pl_input_file(files->pdata[i], ro, &shown);
    pl_read_file(file, shown, scan_visit, r, NULL); /* problems are reported by pass 2 */
  }
  g_ptr_array_unref(files);
  g_ptr_array_unref(errors);
}

/* ---- outputs that never destroy an input ------------------------------------ */

/* PATH made absolute with its symbolic links resolved, also when it does not
 * exist yet (its nearest existing ancestor is resolved). */
static char *canon_path_depth(const char *path, int depth);
static char *canon_path(const char *path) { return canon_path_depth(path, 0); }

static char *canon_path_depth(const char *path, int depth) {
  gsize len = strlen(path);
  while (len > 1 && path[len - 1] == '/') len--; /* "rep/" is "rep" */
  if (path[len]) {
    char *p = g_strndup(path, len);
    char *c = canon_path_depth(p, depth);
    g_free(p);
    return c;
  }
  char *r = realpath(path, NULL);
  if (r) {
    char *c = g_strdup(r);
    free(r);
    return c;
  }
  char *dir = g_path_get_dirname(path), *base = g_path_get_basename(path);
  char *c;
  char *link = depth < 40 ? g_file_read_link(path, NULL) : NULL; /* a dangling link: where it points */
  if (link) {
    char *to = g_path_is_absolute(link) ? g_strdup(link) : g_build_filename(dir, link, NULL);
    c = canon_path_depth(to, depth + 1);
    g_free(to);
    g_free(link);
  } else if (strcmp(dir, path) == 0 || strcmp(base, "/") == 0) c = g_strdup(path);
  else {
    char *cd = canon_path_depth(dir, depth + 1);
    c = strcmp(base, ".") == 0 ? g_strdup(cd) : g_build_filename(cd, base, NULL);
    g_free(cd);
  }
  g_free(dir);
  g_free(base);
  return c;
}

/* CHILD (canonical) is PARENT or lies under it */
static bool path_within(const char *child, const char *parent) {
  if (strcmp(parent, "/") == 0) return true;
  gsize n = strlen(parent);
  return strncmp(child, parent, n) == 0 && (child[n] == '\0' || child[n] == '/');
}

typedef struct {
  dev_t dev;
  ino_t ino;
  char *shown; /* as given (or found in a directory) */
  char *canon;
  bool dir;
} file_id;

static void ids_clear(gpointer p) {
  file_id *f = p;
  g_free(f->shown);
  g_free(f->canon);
}

static void add_id(GArray *ids, const char *path, bool dir) {
  struct stat st;
  if (stat(path, &st) != 0) return; /* reported when it is read */
  file_id f = {st.st_dev, st.st_ino, g_strdup(path), canon_path(path), dir};
  g_array_append_val(ids, f);
}

static const file_id *same_file(GArray *ids, const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) return NULL;
  for (guint i = 0; i < ids->len; i++) {
    const file_id *f = &g_array_index(ids, file_id, i);
    if (f->dev == st.st_dev && f->ino == st.st_ino) return f;
  }
  return NULL;
}

/* Two output paths are one file: the same inode, or the same path once
 * resolved when they do not exist yet. */
static bool same_output(const char *x, const char *y) {
  struct stat a, b;
  if (stat(x, &a) == 0 && stat(y, &b) == 0) return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
  char *cx = canon_path(x), *cy = canon_path(y);
  bool same = strcmp(cx, cy) == 0;
  g_free(cx);
  g_free(cy);
  return same;
}

/* Refuses (false, after a message) an output path that is an input or
 * another output: -o FILE, --redact-map, and -o DIR of a batch (no input
 * inside it, and it not inside an input directory: reports would replace
 * logs, and the next run would read the reports as logs). */
static bool outputs_safe(char *const *inputs, int n, bool batch) {
  const char *out = opt_output && strcmp(opt_output, "-") ? opt_output : NULL;
  const char *map = opt_redact_map && strcmp(opt_redact_map, "-") ? opt_redact_map : NULL;
  if (!out && !map) return true;
  GArray *ids = g_array_new(FALSE, FALSE, sizeof(file_id));
  g_array_set_clear_func(ids, ids_clear);
  for (int i = 0; i < n; i++) {
    if (strcmp(inputs[i], "-") == 0) continue;
    struct stat st;
    if (stat(inputs[i], &st) == 0 && S_ISDIR(st.st_mode)) {
      add_id(ids, inputs[i], true);
      GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
      GPtrArray *errors = g_ptr_array_new_with_free_func((GDestroyNotify) g_error_free);
      pl_expand_path(inputs[i], files, errors);
      for (guint k = 0; k < files->len; k++) add_id(ids, files->pdata[k], false);
      g_ptr_array_unref(files);
      g_ptr_array_unref(errors);
    } else add_id(ids, inputs[i], false);
  }
  bool ok = true;
  const file_id *f;
  if (out && !batch && (f = same_file(ids, out))) {
    g_printerr("plutolog: -o %s is the input %s: refusing to overwrite an input\n", pl_term_str(out),
               pl_term_str(f->shown));
    ok = false;
  }
  if (ok && map && (f = same_file(ids, map))) {
    g_printerr("plutolog: --redact-map %s is the input %s: refusing to overwrite an input\n",
               pl_term_str(map), pl_term_str(f->shown));
    ok = false;
  }
  if (ok && out && map && !batch && same_output(out, map)) {
    g_printerr("plutolog: --redact-map and -o are the same file %s: the map of original values would "
               "replace the redacted report\n",
               pl_term_str(out));
    ok = false;
  }
  if (ok && out && batch) {
    char *d = canon_path(out);
    for (guint i = 0; i < ids->len && ok; i++) {
      f = &g_array_index(ids, file_id, i);
      if (f->dir && path_within(d, f->canon)) {
        g_printerr("plutolog: -o %s is inside the input directory %s: reports would replace logs and be "
                   "read as logs by the next run; choose a directory outside the inputs\n",
                   pl_term_str(out), pl_term_str(f->shown));
        ok = false;
      } else if (!f->dir && path_within(f->canon, d)) {
        g_printerr("plutolog: the input %s is inside the output directory %s: a report could replace it, "
                   "and the next run would read the reports as logs; choose another -o DIR\n",
                   pl_term_str(f->shown), pl_term_str(out));
        ok = false;
      }
    }
    if (ok && map) {
      char *m = canon_path(map);
      if (path_within(m, d)) {
        g_printerr("plutolog: --redact-map %s is inside the output directory %s: the map holds the original "
                   "values and must not be shipped with the redacted reports\n",
                   pl_term_str(map), pl_term_str(out));
        ok = false;
      }
      g_free(m);
    }
    g_free(d);
  }
  g_array_unref(ids);
  return ok;
}

/* -o FILE: a regular file (or a new one) is written to a temporary file
 * next to it and renamed over it when complete, so a failed run never
 * leaves half a report nor truncates what was there; a device or a FIFO
 * (/dev/null, /dev/full, a pipe) is written directly. */
typedef struct {
  FILE *f;
  char *tmp;    /* the temporary file, or NULL when written directly */
  char *target; /* what it is renamed to (a symbolic link's target) */
  int err;
} pl_outfile;

/* An interrupted run removes its temporary output (the target is left as
 * it was); the signal then does what it would have done. */
static char *volatile tmp_to_remove;

static void remove_tmp_and_die(int sig) {
  char *t = tmp_to_remove;
  if (t) unlink(t);
  signal(sig, SIG_DFL);
  raise(sig);
}

static void remove_tmp_on_signals(char *tmp) {
  tmp_to_remove = tmp;
  static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
  for (gsize i = 0; i < G_N_ELEMENTS(sigs); i++) {
    struct sigaction sa = {0};
    sa.sa_handler = tmp ? remove_tmp_and_die : SIG_DFL;
    sigemptyset(&sa.sa_mask);
    sigaction(sigs[i], &sa, NULL);
  }
}

static FILE *pl_outfile_open(pl_outfile *o, const char *path) {
  struct stat st;
  bool exists = stat(path, &st) == 0;
  if (exists && !S_ISREG(st.st_mode)) {
    o->f = fopen(path, "w");
    if (!o->f) o->err = errno;
    return o->f;
  }
  o->target = canon_path(path);
  char *dn = g_path_get_dirname(o->target), *bn = g_path_get_basename(o->target);
  o->tmp = g_strdup_printf("%s/.%s.XXXXXX", dn, bn);
  g_free(dn);
  g_free(bn);
  int fd = g_mkstemp_full(o->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) {
    o->err = errno;
    g_clear_pointer(&o->tmp, g_free);
    return NULL;
  }
  if (exists) (void) fchmod(fd, st.st_mode & 07777);
  else {
    mode_t um = umask(0);
    umask(um);
    (void) fchmod(fd, 0666 & ~um);
  }
  o->f = fdopen(fd, "w");
  if (!o->f) {
    o->err = errno;
    close(fd);
    g_unlink(o->tmp);
  } else remove_tmp_on_signals(o->tmp);
  return o->f;
}

/* Closes; KEEP: rename the temporary file into place (else it is removed).
 * False (o->err) when a write, the close or the rename failed: the target
 * is then left as it was. */
static bool pl_outfile_close(pl_outfile *o, bool keep) {
  bool ok = true;
  if (fflush(o->f) != 0) o->err = errno, ok = false;
  else if (ferror(o->f)) o->err = EIO, ok = false;
  if (fclose(o->f) != 0 && ok) o->err = errno, ok = false;
  if (o->tmp) {
    if (ok && keep && rename(o->tmp, o->target) != 0) o->err = errno, ok = false;
    if (!ok || !keep) g_unlink(o->tmp);
    remove_tmp_on_signals(NULL);
  }
  g_free(o->tmp);
  g_free(o->target);
  return ok;
}

/* Standard output is flushed and closed here, so that a full disk or a
 * closed pipe is an error (exit 1), not a silently truncated report. */
static bool stdout_done(void) {
  int e = 0;
  if (fflush(stdout) != 0) e = errno;
  else if (ferror(stdout)) e = EIO;
  if (fclose(stdout) != 0 && !e) e = errno;
  if (e == EPIPE) return false; /* the reader went away: quietly */
  if (e) g_printerr("plutolog: cannot write standard output: %s\n", g_strerror(e));
  return e == 0;
}

/* All inputs are one analysis, written to standard output or -o FILE. */
/* pl_output_opts.flush for the single-analysis output: to the output file */
static void write_out(GString *buf, gpointer user) { fwrite(buf->str, 1, buf->len, (FILE *) user); }

static int single(char *const *inputs, int n, const pl_format *fmt, const pl_read_opts *ro,
                  pl_output_opts *o) {
  FILE *out = stdout;
  pl_outfile of = {0};
  if (opt_output && strcmp(opt_output, "-")) {
    out = pl_outfile_open(&of, opt_output);
    if (!out) {
      g_printerr("plutolog: cannot write %s: %s\n", pl_term_str(opt_output), g_strerror(of.err));
      return 1;
    }
  }
  o->color = out == stdout && isatty(1) && !g_getenv("NO_COLOR");
  if (opt_color && strcmp(opt_color, "auto")) o->color = !strcmp(opt_color, "always");
  pl_analysis *a = pl_analysis_new();
  if (opt_year) a->default_year = opt_year;
  if (opt_conns) a->only_conns = g_strdupv(opt_conns);
  GError *fe = NULL;
  if (!pl_timeline_filters(a, opt_since, opt_until, opt_peers, &fe)) { /* --since, --until, --peer */
    g_printerr("plutolog: %s\n", fe->message);
    g_error_free(fe);
    pl_analysis_free(a);
    if (out != stdout) fclose(out);
    return 2;
  }
  a->collect_unknown = opt_unknown || opt_strict;
  stream_sink sink = {a, out, g_string_new(NULL)};
  bool streaming = strcmp(fmt->name, "events") == 0;
  if (streaming) {
    a->sink = events_sink;
    a->sink_user = &sink;
  }
  bool annotate = strcmp(fmt->name, "annotate") == 0;
  if (annotate) pl_annotate_begin(a, o, out); /* lines go to out as they are read */
  /* -j N: the lines are parsed on N threads (not for annotate: it sees each
   * line as it is read) */
  pl_analysis_set_jobs(a, opt_jobs > 0 ? opt_jobs : (int) g_get_num_processors());
  /* -j N: the lines are parsed on N threads (not for annotate: it sees each
   * line as it is read) */
  pl_analysis_set_jobs(a, opt_jobs > 0 ? opt_jobs : (int) g_get_num_processors());
  int status = pl_read_paths(a, inputs, n, ro) ? 0 : 1;
  pl_analysis_finish(a);
  if (streaming) {
    fwrite(sink.buf->str, 1, sink.buf->len, out);
  } else {
    GString *s = g_string_new(NULL);
    pl_output_opts oo = *o;
    oo.flush = write_out;
    oo.flush_user = out;
    fmt->emit(a, &oo, s);
    fwrite(s->str, 1, s->len, out);
    g_string_free(s, TRUE);
  }
  g_string_free(sink.buf, TRUE);
  if (annotate) pl_annotate_end(a);
  for (guint i = 0; i < a->diags->len; i++) {
    const pl_diag *d = a->diags->pdata[i];
    if (opt_quiet) break;
    g_printerr("plutolog: %s:%" G_GUINT64_FORMAT ": %s\n", pl_term_str(pl_source_name(a, d->source)), d->line,
               pl_term_str(d->message));
  }
  if (opt_unknown) {
    GString *u = g_string_new(NULL);
    pl_unknown_report(a, u);
    fputs(u->str, stderr);
    g_string_free(u, TRUE);
  }
  if (opt_strict && a->stats.unrecognised) {
    if (!opt_quiet) {
      GString *u = g_string_new(NULL);
      pl_unknown_list(a, u);
      fputs(u->str, stderr);
      g_string_free(u, TRUE);
      g_printerr("plutolog: %" G_GUINT64_FORMAT " pluto line(s) not recognised (--strict)\n",
                 a->stats.unrecognised);
    }
    status = 1;
  }
  char *unmatched = pl_conns_unmatched(a); /* -c names that matched nothing */
  if (unmatched) g_printerr("plutolog: %s\n", pl_term_str(unmatched)), status = 1;
  g_free(unmatched);
  if (out != stdout) {
    if (!pl_outfile_close(&of, status == 0 || status == 1)) {
      g_printerr("plutolog: cannot write %s: %s\n", pl_term_str(opt_output), g_strerror(of.err));
      status = 1;
    }
  } else if (!stdout_done()) status = 1;
  pl_analysis_free(a);
  return status;
}

int main(int argc, char **argv) {
  setlocale(LC_ALL, "");
  /* Big buffers (a report being built, the batch index) straight from mmap:
   * realloc is then mremap, with no copy next to the old block, and free
   * hands them back at once.  glibc's sliding threshold would move them
   * into the heap after the first one is freed (peak RSS, -j N above all). */
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);
  GOptionContext *ctx = g_option_context_new("[INPUT…]");
  g_option_context_set_summary(ctx, "Explain what pluto's log says about each IPsec tunnel.");
  g_option_context_set_description(ctx, description);
  g_option_context_add_main_entries(ctx, entries, NULL);
  GError *err = NULL;
  if (!g_option_context_parse(ctx, &argc, &argv, &err)) {
    g_printerr("plutolog: %s\nTry 'plutolog --help'.\n", pl_term_str(err->message));
    g_error_free(err);
    g_option_context_free(ctx);
    return 2;
  }
  g_option_context_free(ctx);
  if (opt_version) {
    printf("plutolog %s\n", PL_VERSION);
    return 0;
  }
  /* -f: one format, or a comma list for batch mode */
  char **fmt_names = g_strsplit(opt_format ? opt_format : "text", ",", -1);
  guint nfmt = g_strv_length(fmt_names);
  g_autofree const pl_format **fmts = g_new0(const pl_format *, nfmt + 1);
  for (guint i = 0; i < nfmt; i++) {
    g_strstrip(fmt_names[i]);
    fmts[i] = pl_format_find(fmt_names[i]);
    if (!fmts[i]) {
      g_printerr(
          "plutolog: unknown format '%s' (text, markdown, conf, dot, mermaid, json, events, annotate)\n",
          pl_term_str(fmt_names[i]));
      g_strfreev(fmt_names);
      return 2;
    }
  }
  g_strfreev(fmt_names);
  if (nfmt == 0) {
    g_printerr("plutolog: -f needs a format\n");
    return 2;
  }
  const pl_format *fmt = fmts[0];
  if (opt_lang && strcmp(opt_lang, "en") && strcmp(opt_lang, "zh_TW")) {
    g_printerr("plutolog: --lang must be en or zh_TW, not '%s'\n", pl_term_str(opt_lang));
    return 2;
  }
  if (opt_color && strcmp(opt_color, "auto") && strcmp(opt_color, "always") && strcmp(opt_color, "never")) {
    g_printerr("plutolog: --color must be auto, always or never, not '%s'\n", pl_term_str(opt_color));
    return 2;
  }
  if (opt_target && opt_target != 4 && opt_target != 5) {
    g_printerr("plutolog: --target must be 4 or 5, not %d\n", opt_target);
    return 2;
  }
  bool conf = false;
  for (guint i = 0; i < nfmt; i++) conf |= !strcmp(fmts[i]->name, "conf");
  if (opt_target && !conf) g_printerr("plutolog: --target is for -f conf only: ignored\n");
  if (opt_year && (opt_year < 1970 || opt_year > 9999)) {
    g_printerr("plutolog: --year %d is out of range\n", opt_year);
    return 2;
  }
  if (opt_jobs < 0) {
    g_printerr("plutolog: --jobs must be 1 or more\n");
    return 2;
  }
  if (opt_redact_names || opt_redact_map) opt_redact = TRUE;

  char *const stdin_only[] = {"-"};
  char *const *inputs = argc < 2 ? stdin_only : argv + 1;
  int ninputs = argc < 2 ? 1 : argc - 1;

  bool batch = opt_output && strcmp(opt_output, "-") && batch_mode(opt_output, inputs, ninputs);
  if (opt_output && !batch) {
    struct stat st;
    if (stat(opt_output, &st) == 0 && S_ISDIR(st.st_mode)) batch = true;
  }
  if (!outputs_safe(inputs, ninputs, batch)) return 2;
  if (!batch && nfmt > 1) {
    g_printerr("plutolog: several formats (-f %s) need -o DIR\n", pl_term_str(opt_format));
    return 2;
  }
  if (batch) {
    struct stat st;
    if (stat(opt_output, &st) == 0 && !S_ISDIR(st.st_mode)) {
      g_printerr("plutolog: -o %s: not a directory (several inputs, a directory or an archive are "
                 "written one report per log into a directory)\n",
                 pl_term_str(opt_output));
      return 2;
    }
  }

  pl_output_opts o = {0};
  o.lang = opt_lang ? opt_lang : pl_default_lang();
  o.redact = opt_redact;
  o.target = opt_target;
  pl_i18n_init(o.lang);
  if (!opt_configs && !strcmp(fmt->name, "diff")) {
    g_printerr("plutolog: -f diff needs --config=FILE (the ipsec.conf to patch)\n");
    return 2;
  }
  pl_config_use(opt_configs, opt_quiet); /* config errors are reported, the analysis goes on */

  if (opt_follow) {
    if (ninputs != 1 || opt_output || opt_redact) {
      g_printerr("plutolog: --follow reads one file (or -) to the terminal; no -o, --redact or several "
                 "inputs\n");
      return 2;
    }
    o.color = isatty(1) && !g_getenv("NO_COLOR");
    if (opt_color && strcmp(opt_color, "auto")) o.color = !strcmp(opt_color, "always");
    return pl_follow_run(inputs[0], &o, opt_year);
  }

  pl_read_opts ro = {0};
  ro.year = opt_year;
  char *spool = NULL;
  int spool_fd = -1;
  int status = 0;
  if (argc < 2 && isatty(0) && !opt_quiet)
    g_printerr("plutolog: reading a log from standard input (Ctrl-D to end; --help for usage)\n");
  if (opt_redact) {
    /* two passes over the input: standard input is kept in a temporary file */
    for (int i = 0; i < ninputs && !spool; i++)
      if (strcmp(inputs[i], "-") == 0) {
        GError *e = NULL;
        spool = spool_stdin(&spool_fd, &e);
        if (!spool) {
          g_printerr("plutolog: standard input: %s\n", pl_term_str(e->message));
          g_error_free(e);
          return 1;
        }
      }
    ro.stdin_file = spool;
    ro.redactor = pl_redactor_new(opt_redact_names);
    redact_scan(ro.redactor, inputs, ninputs, &ro);
    pl_redactor_freeze(ro.redactor);
  }

  if (batch) {
    pl_batch_opts bo = {0};
    bo.outdir = opt_output;
    bo.formats = fmts;
    bo.jobs = opt_jobs;
    bo.progress = !opt_quiet && isatty(2);
    bo.strict = opt_strict;
    bo.only_conns = opt_conns;
    bo.since = opt_since, bo.until = opt_until, bo.peers = opt_peers; /* each log filtered as one alone */
    bo.read = ro;
    bo.out = o;
    status = pl_batch_run(inputs, ninputs, &bo);
  } else {
    ro.progress = !opt_quiet && isatty(2);
    status = single(inputs, ninputs, fmt, &ro, &o);
  }
  if (ro.redactor) {
    GError *e = NULL;
    if (opt_redact_map && !pl_redactor_write_map(ro.redactor, opt_redact_map, &e)) {
      g_printerr("plutolog: cannot write %s: %s\n", pl_term_str(opt_redact_map), pl_term_str(e->message));
      g_error_free(e);
      status = 1;
    }
    pl_redactor_free(ro.redactor);
  }
  if (spool) {
    close(spool_fd);
    g_free(spool);
  }

  return status;
}
