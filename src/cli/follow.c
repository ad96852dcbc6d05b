/* --follow: see include/follow.h.
 *
 * One loop, no threads: read what is there, feed it line by line to the
 * analysis, then (when a pluto event arrived) re-run the diagnosis and show
 * what changed.  At the end of a regular file the loop sleeps a little and
 * looks whether the path now names another file (rotation) or a shorter
 * one (truncation).  A pipe is waited on with poll().  Signals only set a
 * flag; poll() and the sleeps return early on them (no SA_RESTART).
 *
 * The diagnosis is re-run on the live analysis (pl_diagnose frees and
 * rebuilds every c->diag and c->diag_extra).  Its per-attempt details point
 * into the timeline's kept events, which feeding more lines may free, so
 * they are read only right after a diagnosis, never across a read. */
#include "follow.h"
#include "escape.h"
#include "reader.h"
#include "lines.h"
#include "annotate.h"
#include "diagnose.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#define POLL_MS 200
#define CHUNK (1 << 16)

static volatile sig_atomic_t stop_flag = 0;

static void on_signal(int sig) {
  (void) sig;
  stop_flag = 1;
}

typedef struct {
  const char *host, *conn, *instance;
} ckey;

/* What this view keeps per connection (the diagnosis is in pl_conn). */
typedef struct {
  pl_event_kind last_kind;
  gint64 last_serial;
  guint64 last_line;
  gint64 last_time;
  guint retransmits; /* of the current attempt */
  bool ended;        /* an attempt-ending event since the last update */
  bool busy;         /* the last event is part of a negotiation still going on */
  char *shown;       /* the status line last printed */
  char *told;        /* verdict|stage|reason|serial of the last diagnosis printed */
} cstate;

typedef struct {
  pl_analysis *a;
  pl_output_opts o;
  int month; /* pl_year_track */
  bool tty;
  FILE *out;
  GHashTable *conns; /* ckey* -> cstate* */
  bool dirty;        /* a pluto event since the last update */
  bool per_line;     /* a few live lines: show the state after each of them */
  guint drawn;       /* lines of the live table on the terminal */
  /* line splitting */
  guint32 source;
  guint64 lineno;
  pl_lines split; /* the one splitter (src/input/lines.c) */
} follow;

static guint ckey_hash(gconstpointer p) {
  const ckey *k = p;
  return g_direct_hash(k->host) ^ (g_direct_hash(k->conn) * 31u) ^ (g_direct_hash(k->instance) * 131u);
}
static gboolean ckey_equal(gconstpointer a, gconstpointer b) {
  const ckey *x = a, *y = b;
  return x->host == y->host && x->conn == y->conn && x->instance == y->instance;
}
static void cstate_free(gpointer p) {
  cstate *s = p;
  g_free(s->shown);
  g_free(s->told);
  g_free(s);
}

static cstate *state_of(follow *f, const char *host, const char *conn, const char *instance) {
  ckey k = {host, conn, instance};
  cstate *s = g_hash_table_lookup(f->conns, &k);
  if (!s) {
    s = g_new0(cstate, 1);
    s->last_time = -1;
    g_hash_table_insert(f->conns, g_memdup2(&k, sizeof k), s);
  }
  return s;
}

static bool ends_attempt(pl_event_kind k) {
  return k == PL_EV_CHILD_ESTABLISHED || k == PL_EV_TIMEOUT || k == PL_EV_DELETE_STATE ||
         k == PL_EV_NO_ACCEPTABLE || k == PL_EV_PROPOSAL_NOMATCH || k == PL_EV_AUTH_FAILED ||
         k == PL_EV_MALFORMED_PAYLOAD || k == PL_EV_ID_MISMATCH || k == PL_EV_NO_CONNECTION_FOR ||
         k == PL_EV_TS_UNACCEPTABLE || k == PL_EV_KERNEL_ERROR || k == PL_EV_UPDOWN_FAILED ||
         k == PL_EV_NO_CONN_PACKET || k == PL_EV_IKE_VERSION || k == PL_EV_TRANSITION_FAILED;
}

static void on_event(const pl_event *ev, gpointer user) {
  follow *f = user;
  f->dirty = true;
  cstate *s = state_of(f, ev->host, ev->conn, ev->instance);
  if (ev->kind == PL_EV_DAEMON) return; /* start-up chatter is not news about a tunnel */
  s->last_kind = ev->kind;
  s->last_serial = ev->serial;
  s->last_line = ev->line;
  if (ev->time >= 0) s->last_time = ev->time;
  if (ev->kind == PL_EV_INITIATE || ev->kind == PL_EV_RESPOND || ev->kind == PL_EV_IKE_ESTABLISHED ||
      ev->kind == PL_EV_CHILD_ESTABLISHED)
    s->retransmits = 0;
  if (ev->kind == PL_EV_RETRANSMIT) s->retransmits += ev->repeat ? ev->repeat : 1;
  if (ends_attempt(ev->kind)) s->ended = true;
  pl_event_kind k = ev->kind;
  s->busy = k == PL_EV_INITIATE || k == PL_EV_RESPOND || k == PL_EV_SENT || k == PL_EV_STATE_STORY ||
            k == PL_EV_PROCESSING || k == PL_EV_RETRANSMIT || k == PL_EV_PEER_ID ||
            k == PL_EV_PROPOSAL_CHOSEN || k == PL_EV_PEER_PROPOSED || k == PL_EV_QM_ENDS ||
            k == PL_EV_KEYING_ATTEMPT || k == PL_EV_IKE_ESTABLISHED || k == PL_EV_INVALID_KE ||
            k == PL_EV_AUTHENTICATED;
}

/* ---- output ------------------------------------------------------------------ */

static guint term_width(void) {
  struct winsize w;
  if (ioctl(1, TIOCGWINSZ, &w) == 0 && w.ws_col > 20) return w.ws_col;
  return 100;
}

/* Cuts s to `cols` terminal columns (wide characters count two). */
static void fit(GString *s, guint cols) {
  guint w = 0;
  for (const char *p = s->str; *p; p = g_utf8_next_char(p)) {
    if (*p == '\033') { /* our own colour codes: no width */
      const char *m = strchr(p, 'm');
      if (m) {
        p = m;
        continue;
      }
    }
    gunichar u = g_utf8_get_char(p);
    guint cw = g_unichar_iswide(u) ? 2 : 1;
    if (w + cw > cols - 1) {
      g_string_truncate(s, (gsize) (p - s->str));
      g_string_append(s, "…");
      return;
    }
    w += cw;
  }
}

static void erase_table(follow *f) {
  if (!f->tty || !f->drawn) return;
  fprintf(f->out, "\033[%uF\033[J", f->drawn);
  f->drawn = 0;
}

static const char *verdict_color(pl_verdict v) {
  if (!v) return "\033[33m";
  if (v == PL_VERDICT_ESTABLISHED) return "\033[32m";
  if (v == PL_VERDICT_FAILED) return "\033[31m";
  return "\033[33m";
}

static void status_line(follow *f, const pl_conn *c, const cstate *s, bool codes, GString *out) {
  pl_verdict v = c->diag.verdict ? c->diag.verdict : PL_VERDICT_UNKNOWN;
  if (s->last_time >= 0) {
    GDateTime *dt = g_date_time_new_from_unix_utc(s->last_time / 1000000);
    if (dt) {
      char *t = g_date_time_format(dt, "%m-%d %H:%M:%S");
      g_string_append_printf(out, "[%s] ", t);
      g_free(t);
      g_date_time_unref(dt);
    }
  }
  pl_term_conn_name(out, c);
  if (c->host) {
    g_string_append_c(out, ' ');
    pl_term_safe(out, c->host, -1);
  }
  g_string_append(out, ": ");
  if (s->busy) g_string_append_printf(out, "%s, ", _("negotiating"));
  if (f->o.color) g_string_append(out, verdict_color(v));
  g_string_append(out, _(pl_verdict_label(v)));
  if (f->o.color) g_string_append(out, "\033[0m");
  if (c->diag.stage) {
    g_string_append_printf(out, " — %s: ", _("stage"));
    g_string_append(out, _(pl_stage_label(c->diag.stage)));
  }
  if (s->last_kind != PL_EV_UNKNOWN || s->last_line) {
    g_string_append_printf(out, " — %s: %s", _("last"), pl_event_kind_name(s->last_kind));
    if (s->last_serial > 0) g_string_append_printf(out, " #%" G_GINT64_FORMAT, s->last_serial);
    g_string_append_printf(out, " (%s %" G_GUINT64_FORMAT ")", _("line"), s->last_line);
  }
  if (s->retransmits) g_string_append_printf(out, " — %s: %u", _("retransmits"), s->retransmits);
  if (codes)
    g_string_append_printf(out, "  [verdict=%s stage=%s]", pl_verdict_name(v),
                           c->diag.stage ? pl_stage_name(c->diag.stage) : "none");
}

static bool shown_conn(const pl_conn *c) { return c->name || c->diag.reason; }

static void update(follow *f, bool force) {
  if (!f->dirty && !force) return;
  f->dirty = false;
  pl_timeline_finish(f->a);
  pl_diagnose(f->a);
  GPtrArray *conns = pl_analysis_sorted_conns(f->a);
  GString *msgs = g_string_new(NULL), *lines = g_string_new(NULL), *one = g_string_new(NULL);
  guint cols = f->tty ? term_width() : 0, nlines = 0;
  for (guint i = 0; i < conns->len; i++) {
    const pl_conn *c = conns->pdata[i];
    if (!shown_conn(c)) continue;
    cstate *s = state_of(f, c->host, c->name, c->instance);
    /* an attempt ended: its diagnosis, once per distinct result */
    if (s->ended) {
      s->ended = false;
      const pl_diag_detail *d = pl_diag_detail_of(c);
      char *told = g_strdup_printf("%d|%d|%s|%" G_GINT64_FORMAT, (int) c->diag.verdict, (int) c->diag.stage,
                                   c->diag.reason, d && d->main ? d->main->serial : 0);
      if (g_strcmp0(told, s->told)) {
        g_string_append(msgs, "── ");
        g_string_append(msgs, _("Diagnosis"));
        g_string_append(msgs, " ──\n");
        pl_annotate_conn_summary(f->a, c, &f->o, true, msgs);
        g_free(s->told);
        s->told = told;
      } else g_free(told);
    }
    g_string_truncate(one, 0);
    status_line(f, c, s, !f->tty, one);
    if (f->tty) {
      fit(one, cols);
      g_string_append_len(lines, one->str, (gssize) one->len);
      g_string_append_c(lines, '\n');
      nlines++;
    } else if (g_strcmp0(one->str, s->shown)) {
      g_string_append_len(lines, one->str, (gssize) one->len);
      g_string_append_c(lines, '\n');
    }
    g_free(s->shown);
    s->shown = g_strdup(one->str);
  }
  if (f->tty) {
    erase_table(f);
    fputs(msgs->str, f->out);
    fputs(lines->str, f->out);
    f->drawn = nlines;
  } else {
    fputs(msgs->str, f->out);
    fputs(lines->str, f->out);
  }
  fflush(f->out);
  g_string_free(msgs, TRUE);
  g_string_free(lines, TRUE);
  g_string_free(one, TRUE);
  /* the analysis folds old road-warrior instances (PL_MAX_CONNS): forget the
   * view's state of connections it no longer has, so days of following a
   * busy server stay in bounded memory */
  if (g_hash_table_size(f->conns) > 2 * conns->len + 64) {
    GHashTable *live = g_hash_table_new(ckey_hash, ckey_equal);
    ckey *keys = g_new(ckey, conns->len ? conns->len : 1);
    for (guint i = 0; i < conns->len; i++) {
      const pl_conn *c = conns->pdata[i];
      keys[i] = (ckey){c->host, c->name, c->instance};
      g_hash_table_add(live, &keys[i]);
    }
    GHashTableIter it;
    gpointer k;
    g_hash_table_iter_init(&it, f->conns);
    while (g_hash_table_iter_next(&it, &k, NULL))
      if (!g_hash_table_contains(live, k)) g_hash_table_iter_remove(&it);
    g_hash_table_destroy(live);
    g_free(keys);
  }
  g_ptr_array_unref(conns);
}

static void final_report(follow *f) {
  erase_table(f);
  pl_analysis_finish(f->a);
  GPtrArray *conns = pl_analysis_sorted_conns(f->a);
  GString *out = g_string_new(NULL);
  g_string_append(out, "══ ");
  g_string_append(out, _("Diagnosis"));
  g_string_append(out, " ══\n");
  guint n = 0;
  for (guint i = 0; i < conns->len; i++) {
    const pl_conn *c = conns->pdata[i];
    if (!shown_conn(c)) continue;
    pl_annotate_conn_summary(f->a, c, &f->o, true, out);
    n++;
  }
  if (!n) g_string_append_printf(out, "%s\n", _("No IPsec connection found in the input."));
  char *line = pl_stats_sentence(&f->a->stats);
  g_string_append_printf(out, "%s\n", line);
  g_free(line);
  fputs(out->str, f->out);
  fflush(f->out);
  g_string_free(out, TRUE);
  g_ptr_array_unref(conns);
}

/* ---- input ------------------------------------------------------------------- */

static void feed_line(follow *f, const char *s, gsize n) {
  pl_year_track(f->a, &f->month, s, n);
  pl_analysis_feed_line(f->a, f->source, ++f->lineno, s, n);
  if (f->per_line) update(f, false);
}

static void split_line(const char *line, gsize len, gsize whole, gpointer user) {
  (void) whole; /* a cut line is fed as cut, without a message */
  feed_line(user, line, len);
}

/* The line begun and not ended (a rotation, the end): it still counts. */
static void flush_pending(follow *f) { pl_lines_finish(&f->split, split_line, f); }

static void feed_chunk(follow *f, const char *buf, gsize len) {
  pl_lines_feed(&f->split, buf, len, split_line, f);
}

/* Sleeps up to ms, or until a signal. */
static void nap(int ms) {
  if (!stop_flag) poll(NULL, 0, ms);
}

/* Opens PATH; a FIFO without a writer blocks here until one comes, but a
 * signal ends the wait (stop_flag).  NONBLOCK: never wait (a rotation that
 * left a FIFO or a device at the path is refused after, not waited on). */
static int open_quiet(const char *path, bool nonblock) {
  int fd;
  do fd = open(path, O_RDONLY | O_CLOEXEC | (nonblock ? O_NONBLOCK : 0));
  while (fd < 0 && errno == EINTR && !stop_flag);
  return fd;
}

/* What can be followed: a regular file, a pipe or socket (the path given
 * once), a terminal on standard input.  A device (/dev/zero, /dev/urandom,
 * a disk) never ends and is no log. */
static const char *not_followable(int fd, const struct stat *st, bool first) {
  if (S_ISREG(st->st_mode)) return NULL;
  if (first && (S_ISFIFO(st->st_mode) || S_ISSOCK(st->st_mode) || isatty(fd))) return NULL;
  if (S_ISFIFO(st->st_mode)) return "was replaced by a FIFO";
  if (S_ISCHR(st->st_mode) || S_ISBLK(st->st_mode)) return "is a device, not a log";
  if (S_ISDIR(st->st_mode)) return "is a directory";
  return "is not a regular file";
}

/* copytruncate followed by a quick regrowth: the size never looks smaller,
 * but the bytes before the offset are no longer those read.  TAIL holds
 * the last bytes read (up to sizeof tail). */
typedef struct {
  guint8 bytes[64];
  gsize len;
} tail_mark;

static void tail_note(tail_mark *t, const char *buf, gsize n) {
  if (n >= sizeof t->bytes) {
    memcpy(t->bytes, buf + n - sizeof t->bytes, sizeof t->bytes);
    t->len = sizeof t->bytes;
    return;
  }
  gsize keep = MIN(t->len, sizeof t->bytes - n);
  memmove(t->bytes, t->bytes + t->len - keep, keep);
  memcpy(t->bytes + keep, buf, n);
  t->len = keep + n;
}

static bool tail_changed(int fd, off_t offset, const tail_mark *t) {
  if (!t->len || offset < (off_t) t->len) return false;
  guint8 now[sizeof t->bytes];
  ssize_t r = pread(fd, now, t->len, offset - (off_t) t->len);
  return r != (ssize_t) t->len || memcmp(now, t->bytes, t->len) != 0;
}

int pl_follow_run(const char *path, const pl_output_opts *o, int default_year) {
  bool is_stdin = !path || !strcmp(path, "-");
  follow f = {0};
  f.o = *o;
  f.out = stdout;
  f.tty = isatty(1);
  f.a = pl_analysis_new();
  if (default_year > 0) f.a->default_year = default_year;
  f.source = pl_analysis_add_source(f.a, is_stdin ? "-" : path);
  f.a->sink = on_event;
  f.a->sink_user = &f;
  f.conns = g_hash_table_new_full(ckey_hash, ckey_equal, g_free, cstate_free);
  pl_lines_init(&f.split);
  f.month = -1;

  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  struct sigaction old_int, old_term;
  sigaction(SIGINT, &sa, &old_int);
  sigaction(SIGTERM, &sa, &old_term);
  stop_flag = 0;

  int status = 0;
  int fd = is_stdin ? 0 : open_quiet(path, false);
  tail_mark tail = {{0}, 0};
  bool told_missing = false;
  if (fd < 0 && stop_flag) goto out; /* interrupted while waiting for a FIFO's writer */
  if (fd < 0 && errno != ENOENT) {
    g_printerr("plutolog: %s: %s\n", pl_term_str(path), g_strerror(errno));
    status = 1;
    goto out;
  }
  struct stat cur;
  memset(&cur, 0, sizeof cur);
  if (fd >= 0) fstat(fd, &cur);
  const char *why_not = fd >= 0 ? not_followable(fd, &cur, true) : NULL;
  if (why_not) {
    g_printerr("plutolog: %s %s: --follow reads a regular file or a pipe\n",
               is_stdin ? "standard input" : pl_term_str(path), why_not);
    if (fd > 0) close(fd);
    status = 1;
    goto out;
  }
  bool regular = fd >= 0 && S_ISREG(cur.st_mode);
  off_t offset = 0;
  char *buf = g_malloc(CHUNK);

  while (!stop_flag) {
    if (fd < 0) {
      /* tail -F: the file may appear later */
      if (!told_missing) {
        g_printerr("plutolog: %s: %s; waiting for it to appear\n", pl_term_str(path), g_strerror(ENOENT));
        told_missing = true;
      }
      nap(POLL_MS);
      fd = open_quiet(path, true);
      if (fd >= 0) {
        fstat(fd, &cur);
        if ((why_not = not_followable(fd, &cur, false))) break;
        regular = true;
        offset = 0;
        tail.len = 0;
      }
      continue;
    }
    if (!regular) {
      struct pollfd p = {fd, POLLIN, 0};
      int r = poll(&p, 1, POLL_MS);
      if (r < 0 && errno == EINTR) continue;
      if (r == 0) {
        update(&f, false);
        continue;
      }
    }
    ssize_t r = read(fd, buf, CHUNK);
    if (r < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      g_printerr("plutolog: %s: %s\n", is_stdin ? "standard input" : pl_term_str(path), g_strerror(errno));
      status = 1;
      break;
    }
    if (r > 0) {
      offset += r;
      if (regular) tail_note(&tail, buf, (gsize) r);
      /* a few lines written live: each may move the state; a big read is catching up */
      guint nl = 0;
      for (ssize_t i = 0; i < r && nl <= 256; i++) nl += buf[i] == '\n';
      f.per_line = r < CHUNK && nl <= 256;
      feed_chunk(&f, buf, (gsize) r);
      f.per_line = false;
      if (r == CHUNK) continue; /* more is waiting: read it before showing anything */
      if (!regular) {
        update(&f, false);
        continue;
      }
    }
    if (r == 0 && !regular) break; /* the writer closed the pipe */
    /* a regular file at its end: show what is new, then wait for more */
    update(&f, false);
    nap(POLL_MS);
    if (stop_flag) break;
    struct stat now;
    if (stat(path, &now) != 0) continue; /* renamed away, not recreated yet: keep the old one */
    if (now.st_ino != cur.st_ino || now.st_dev != cur.st_dev) {
      /* rotated: finish the old file, then read the new one from its start */
      while ((r = read(fd, buf, CHUNK)) > 0) feed_chunk(&f, buf, (gsize) r);
      flush_pending(&f);
      close(fd);
      fd = open_quiet(path, true);
      if (fd >= 0) {
        fstat(fd, &cur);
        if ((why_not = not_followable(fd, &cur, false))) break;
        regular = true;
      }
      offset = 0;
      tail.len = 0;
    } else if (now.st_size < offset || tail_changed(fd, offset, &tail)) {
      /* truncated in place (copytruncate), maybe grown again since */
      flush_pending(&f);
      lseek(fd, 0, SEEK_SET);
      offset = 0;
      tail.len = 0;
    }
  }
  g_free(buf);
  if (why_not) {
    g_printerr("plutolog: %s %s: following stopped\n", pl_term_str(path), why_not);
    close(fd);
    fd = -1;
    status = 1;
  }
  flush_pending(&f);
  if (fd > 0) close(fd);
  update(&f, false);
  final_report(&f);

out:
  sigaction(SIGINT, &old_int, NULL);
  sigaction(SIGTERM, &old_term, NULL);
  g_hash_table_destroy(f.conns);
  pl_lines_clear(&f.split);
  pl_analysis_free(f.a);
  return status;
}
