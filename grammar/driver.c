/* The line driver: scans one line with the lexer, pushes its tokens into the
 * bison push parser, and turns the result into a pl_event for the analysis.
 * Also the px_* helpers that grammar actions use to fill event fields. */
#include "parser-ctx.h"
#include "parser.h"
#include "unknown.h"
#include "catalogue.h"
#include "debug.h"
#include "phrases.h"

#include <stdlib.h>
#include <string.h>

/* The last envelope strings and what pl_intern made of them: consecutive
 * lines mostly share host, program, connection and peer, so the intern
 * table (a hash of the whole string) is asked only when the bytes are none
 * of the IC_WAYS last seen in that place (a gateway's syslog alternates
 * pluto, sshd, kernel, CRON, ... line by line). */
typedef struct {
  char *s;
  guint32 n, cap;
  guint gen;     /* pl_intern_generation() when v was looked up */
  const char *v; /* NULL: empty */
} icache;

enum { IC_HOST, IC_PROG, IC_CONN, IC_INST, IC_PEER, IC_RC, IC__N };
enum { IC_WAYS = 8 };
typedef struct {
  icache w[IC_WAYS];
  guint last, next; /* the way that answered last; the next one refilled */
} icset;

struct pl_parser {
  pl_pctx px;
  icset ic[IC__N];
  /* the last pluto line when it ended inside an unclosed {..} or [..] group:
   * the candidate first part of a hard-wrapped line (see join_candidate) */
  GString *prev;
  guint32 prev_source;
  guint64 prev_lineno;
  char prev_close; /* the closer it waits for, 0: none (cleared every line) */
  char prev_char_close;
  pl_event_kind prev_kind;
  int prev_why;   /* JOIN_*: why the last pluto line looks cut (cleared every line) */
  int prev_joins; /* continuation lines joined to it so far */
  bool in_fence;  /* inside a ``` / ~~~ fenced block */
  pl_debug *dbg;  /* the plutodebug assembler, from the first debug line (grammar/debug.c) */
  /* a line unwrapped from a JSON record, and what the record said */
  GString *wrap;
  bool wrap_pluto;
  gint64 wrap_pid;
  /* a cut line completed for the grammar */
  GString *cut;
  /* a parser of the parallel line path (src/core/pipeline.c): it changes
   * nothing in the analysis; what the sequential parser does to it (a
   * diagnostic, an amended event) goes to these hooks, and the year of a
   * time stamp without one is the line's own (set per line) */
  const pl_parser_hooks *hooks;
  int year;
  bool unwrapped; /* the last line's text was decoded from a JSON record or markup */
};

pl_parser *pl_parser_new(pl_analysis *a) {
  pl_parser *p = g_new0(pl_parser, 1);
  p->px.a = a;
  pl_yylex_init_extra(&p->px.cx, &p->px.scanner);
  p->px.pstate = pl_yypstate_new();
  return p;
}

void pl_parser_free(pl_parser *p) {
  if (!p) return;
  pl_lex_destroy_buffer(&p->px.cx, p->px.scanner);
  pl_yylex_destroy(p->px.scanner);
  pl_yypstate_delete(p->px.pstate);
  g_free(p->px.arena);
  g_free(p->px.buf);
  if (p->prev) g_string_free(p->prev, TRUE);
  if (p->wrap) g_string_free(p->wrap, TRUE);
  if (p->cut) g_string_free(p->cut, TRUE);
  for (int i = 0; i < IC__N; i++)
    for (int w = 0; w < IC_WAYS; w++) g_free(p->ic[i].w[w].s);
  pl_debug_free(p->dbg);
  g_free(p);
}

/* ---- scratch arena ----------------------------------------------------- */

const char *px_str(pl_pctx *px, const char *s, gsize n) {
  if (px->arena_len + n + 1 > px->arena_cap) {
    /* The arena is sized per line in pl_parser_line; running out means a
     * rule copied more than expected: truncate rather than move memory that
     * earlier fields point into. */
    gsize room = px->arena_cap > px->arena_len + 1 ? px->arena_cap - px->arena_len - 1 : 0;
    if (room == 0) return "";
    n = room;
  }
  char *d = px->arena + px->arena_len;
  memcpy(d, s, n);
  d[n] = '\0';
  px->arena_len += n + 1;
  return d;
}

static pl_field *field_slot(pl_event *ev, pl_field_id f) {
  for (int i = 0; i < ev->nfields; i++)
    if (ev->f[i].id == f) return &ev->f[i];
  if (ev->nfields >= PL_MAX_FIELDS) return NULL;
  pl_field *x = &ev->f[ev->nfields++];
  x->id = (guint16) f;
  return x;
}

void px_kind(pl_pctx *px, pl_event_kind k) { px->ev.kind = k; }

void px_lit(pl_pctx *px, pl_field_id f, const char *lit) {
  pl_field *x = field_slot(&px->ev, f);
  if (!x) return;
  x->type = PL_T_STR;
  x->v.s = lit;
}

void px_s(pl_pctx *px, pl_field_id f, const char *s, gsize n) {
  if (!s) return;
  px_lit(px, f, px_str(px, s, n));
}

void px_i(pl_pctx *px, pl_field_id f, gint64 v) {
  pl_field *x = field_slot(&px->ev, f);
  if (!x) return;
  x->type = PL_T_INT;
  x->v.i = v;
}

void px_d(pl_pctx *px, pl_field_id f, double v) {
  pl_field *x = field_slot(&px->ev, f);
  if (!x) return;
  x->type = PL_T_DBL;
  x->v.d = v;
}

void px_q(pl_pctx *px, pl_field_id f, const pl_tok *t) {
  const char *s = t->s;
  gsize n = t->n;
  if (n && (s[0] == '\'' || s[0] == '"')) s++, n--;
  if (n && (s[n - 1] == '\'' || s[n - 1] == '"')) n--;
  px_s(px, f, s, n);
}

pl_tok px_span(const pl_tok *a, const pl_tok *b) {
  pl_tok t = *a;
  t.n = (guint32) ((b->s + b->n) - a->s);
  return t;
}

/* "1.2KB" / "134B" / "0B" -> bytes */
static gint64 humber(const char *s, gsize n) {
  char tmp[48];
  if (n >= sizeof tmp) n = sizeof tmp - 1;
  memcpy(tmp, s, n);
  tmp[n] = '\0';
  char *end;
  double v = g_ascii_strtod(tmp, &end);
  switch (*end) {
  case 'K': v *= 1024.0; break;
  case 'M': v *= 1024.0 * 1024.0; break;
  case 'G': v *= 1024.0 * 1024.0 * 1024.0; break;
  case 'T': v *= 1024.0 * 1024.0 * 1024.0 * 1024.0; break;
  default: break;
  }
  return (gint64) v;
}

static void set_value(pl_pctx *px, pl_field_id f, const char *v, gsize n) {
  switch (pl_field_type_of(f)) {
  case PL_T_STR: px_s(px, f, v, n); break;
  case PL_T_INT: {
    if (n > 2 && v[0] == '0' && v[1] == 'x') {
      px_i(px, f, (gint64) g_ascii_strtoull(v + 2, NULL, 16));
    } else px_i(px, f, humber(v, n));
    break;
  }
  case PL_T_DBL: {
    char tmp[48];
    gsize m = n < sizeof tmp - 1 ? n : sizeof tmp - 1;
    memcpy(tmp, v, m);
    tmp[m] = '\0';
    px_d(px, f, g_ascii_strtod(tmp, NULL));
    break;
  }
  }
}

void px_kv(pl_pctx *px, pl_field_id f, const pl_tok *t) {
  const char *eq = memchr(t->s, '=', t->n);
  if (!eq) {
    set_value(px, f, t->s, t->n);
    return;
  }
  set_value(px, f, eq + 1, (gsize) (t->s + t->n - eq - 1));
}

/* Keys of {k=v ...} groups, across versions. */
static const struct {
  const char *key;
  pl_field_id f;
} brace_keys[] = {
    {"auth", PL_F_AUTH},   {"cipher", PL_F_CIPHER}, {"integ", PL_F_INTEG},       {"prf", PL_F_PRF},
    {"group", PL_F_GROUP}, {"ke", PL_F_GROUP},      {"xfrm", PL_F_XFRM},         {"DPD", PL_F_DPD},
    {"NATOA", PL_F_NATOA}, {"NATD", PL_F_NATD},     {"proposal", PL_F_PROPOSAL}, {"pfsgroup", PL_F_PFSGROUP},
    {"msgid", PL_F_MSGID}, {"username", PL_F_USER},
};

/* {using isakmp#198 msgid:72ade70d proposal=... pfsgroup=no-pfs}
 * {ESP=>0x9d188d43 <0xaa47b62d xfrm=AES_CBC_128-HMAC_SHA2_256_128 DPD=active}
 * {auth=PRESHARED_KEY cipher=AES_CBC_128 integ=HMAC_SHA2_256 group=MODP1024} */
void px_brace(pl_pctx *px, const pl_tok *t) {
  const char *p = t->s, *e = t->s + t->n;
  if (p < e && *p == '{') p++;
  if (e > p && e[-1] == '}') e--;
  while (p < e) {
    while (p < e && *p == ' ') p++;
    const char *w = p;
    while (p < e && *p != ' ') p++;
    gsize n = (gsize) (p - w);
    if (!n) break;
    const char *arrow = NULL;
    for (const char *q = memchr(w, '=', n); q && q + 1 < w + n;
         q = memchr(q + 1, '=', (gsize) (w + n - q - 1)))
      if (q[1] == '>') {
        arrow = q;
        break;
      }
    if (arrow) { /* ESP=>0x.. / ESP/ESN=>0x.. / ESPinUDP=>0x.. */
      px_s(px, PL_F_PROTO, w, (gsize) (arrow - w));
      px_s(px, PL_F_SPI_OUT, arrow + 2, (gsize) (w + n - arrow - 2));
      continue;
    }
    if (w[0] == '<' && n > 1) {
      px_s(px, PL_F_SPI_IN, w + 1, n - 1);
      continue;
    }
    if (n > 7 && memcmp(w, "isakmp#", 7) == 0) {
      px_i(px, PL_F_PARENT, g_ascii_strtoll(w + 7, NULL, 10));
      continue;
    }
    if (w[0] == '#' && n > 1) { /* "{using #1}" */
      px_i(px, PL_F_PARENT, g_ascii_strtoll(w + 1, NULL, 10));
      continue;
    }
    const char *sep = NULL;
    for (const char *q = w; q < w + n; q++)
      if (*q == '=' || *q == ':') {
        sep = q;
        break;
      }
    if (!sep) continue;
    gsize kl = (gsize) (sep - w);
    for (gsize i = 0; i < G_N_ELEMENTS(brace_keys); i++)
      if (strlen(brace_keys[i].key) == kl && memcmp(brace_keys[i].key, w, kl) == 0) {
        set_value(px, brace_keys[i].f, sep + 1, (gsize) (w + n - sep - 1));
        break;
      }
  }
}

/* [AES_CBC (128), HMAC_SHA2_256, MODP1024] */
void px_transform(pl_pctx *px, const pl_tok *t) {
  const char *p = t->s, *e = t->s + t->n;
  if (p < e && *p == '[') p++;
  if (e > p && e[-1] == ']') e--;
  int idx = 0;
  while (p < e && idx < 3) {
    while (p < e && *p == ' ') p++;
    const char *w = p;
    while (p < e && *p != ',') p++;
    const char *we = p;
    if (p < e) p++;
    while (we > w && we[-1] == ' ') we--;
    if (idx == 0) {
      const char *par = memchr(w, '(', (gsize) (we - w));
      if (par) {
        const char *ce = par;
        while (ce > w && ce[-1] == ' ') ce--;
        px_s(px, PL_F_CIPHER, w, (gsize) (ce - w));
        px_i(px, PL_F_KEYLEN, g_ascii_strtoll(par + 1, NULL, 10));
      } else px_s(px, PL_F_CIPHER, w, (gsize) (we - w));
    } else if (idx == 1) px_s(px, PL_F_PRF, w, (gsize) (we - w));
    else px_s(px, PL_F_GROUP, w, (gsize) (we - w));
    idx++;
  }
}

void px_ts(pl_pctx *px, pl_field_id f, const pl_tok *t) {
  const char *s = t->s;
  gsize n = t->n;
  if (n && s[0] == '[') s++, n--;
  if (n && s[n - 1] == ']') n--;
  px_s(px, f, s, n);
}

/* "STATE_MAIN_I1:" / "IKE_SA_INIT_I:" prefixes; not "X509:" or "NSS:" */
void px_state(pl_pctx *px, const pl_tok *t) {
  if (memchr(t->s, '_', t->n)) px_s(px, PL_F_STATE, t->s, t->n);
}

/* ---- the line ----------------------------------------------------------- */

static gint64 days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const gint64 era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = (unsigned) (y - era * 400);
  const unsigned doy = (unsigned) ((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (gint64) doe - 719468;
}

static gint64 line_time(const pl_lexctx *cx, int default_year) {
  if (!cx->has_time || cx->mon < 1 || cx->mon > 12 || cx->day < 1 || cx->day > 31) return -1;
  int year = cx->has_date ? cx->year : default_year;
  gint64 days = days_from_civil(year, cx->mon, cx->day);
  gint64 secs = days * 86400 + cx->hh * 3600 + cx->mm * 60 + cx->ss;
  if (cx->has_tz) secs -= (gint64) cx->tz_min * 60;
  return secs * 1000000 + (cx->usec > 0 ? cx->usec : 0);
}

static void push(pl_pctx *px, int tok) {
  pl_tok v;
  v.s = px->cx.tok_s;
  v.n = px->cx.tok_n;
  if (tok == DEC || tok == DUR) v.d = px->cx.tok_d;
  else v.i = px->cx.tok_i;
  if (tok == T_EOL) v.s = px->cx.line_end, v.n = 0;
  else if (px->ntoks < PX_MAX_TOKS) {
    px->toks[px->ntoks].s = v.s;
    px->toks[px->ntoks].n = v.n;
    px->toks[px->ntoks].kind = tok;
    px->ntoks++;
  } else px->ntoks = PX_MAX_TOKS + 1; /* too many: px_tail splits the text */
  pl_yypush_parse(px->pstate, tok, &v, px);
}

static inline bool ic_hit(const icache *c, const char *s, guint32 n, guint gen) {
  return c->v && c->n == n && c->gen == gen && (n == 0 || memcmp(c->s, s, n) == 0);
}

static const char *intern_cached(icset *set, const char *s, guint32 n) {
  guint gen = pl_intern_generation();
  if (ic_hit(&set->w[set->last], s, n, gen)) return set->w[set->last].v;
  for (guint w = 0; w < IC_WAYS; w++)
    if (w != set->last && ic_hit(&set->w[w], s, n, gen)) {
      set->last = w;
      return set->w[w].v;
    }
  set->last = set->next;
  set->next = (set->next + 1) % IC_WAYS;
  icache *c = &set->w[set->last];
  if (n > c->cap) {
    c->cap = n + 64;
    g_free(c->s);
    c->s = g_malloc(c->cap);
  }
  if (n) memcpy(c->s, s, n);
  c->n = n;
  c->gen = gen;
  c->v = pl_intern_sanitised(s, n);
  return c->v;
}

/* line[0..len) holds the line, already free of its newline (a reader splits
 * lines at '\n', so the line holds none); the driver owns a copy followed by
 * a '\n' sentinel and two NULs. */
static pl_line_class parse_line(pl_parser *p, guint32 source, guint64 lineno, const char *line, gsize len) {
  /* (an unrecognised line is noted for --unknown by the caller, once the
   * paste envelope, status lines and cut lines have had their chance) */
  pl_pctx *px = &p->px;
  if (px->buf_cap < len + 3) {
    px->buf_cap = len + 3 + len / 2 + 256;
    g_free(px->buf);
    px->buf = g_malloc(px->buf_cap);
  }
  memcpy(px->buf, line, len);
  /* the '\n' sentinel the lexer ends at, then flex's two end-of-buffer NULs */
  px->buf[len] = '\n';
  px->buf[len + 1] = px->buf[len + 2] = '\0';
  gsize need = 2 * len + 1024;
  if (px->arena_cap < need) {
    g_free(px->arena);
    px->arena_cap = need + need / 2;
    px->arena = g_malloc(px->arena_cap);
  }
  px->arena_len = 0;
  px->ntoks = 0;
  memset(&px->ev, 0, sizeof px->ev);
  px->matched = px->errored = false;

  pl_lexctx *cx = &px->cx;
  pl_lex_reset(cx, px->buf, len);
  pl_lex_begin(cx, px->scanner, px->buf, len);

  int tok;
  bool in_body = false;
  pl_line_class cls = PL_LINE_PLUTO;
  for (;;) {
    tok = pl_yylex(px->scanner);
    if (tok == T_DEBUG) {
      cls = PL_LINE_DEBUG;
      pl_lex_unhold(px->scanner); /* the text after the marker, for grammar/debug.c */
      cx->msg_s = cx->tok_s + 1;
      break;
    }
    if (tok == T_OTHER) {
      cls = PL_LINE_OTHER;
      break;
    }
    if (tok == 0) break;
    if (!in_body) {
      in_body = true;
      cx->msg_s = tok == T_EOL ? cx->line_end : cx->tok_s;
    }
    push(px, tok);
    if (tok == T_EOL) break;
  }

  /* the scan stopped early: put back the byte flex replaced by NUL after
   * the last token, so the whole line can be read (about_pluto) */
  if (cls == PL_LINE_OTHER) pl_lex_unhold(px->scanner);
  pl_event *ev = &px->ev;
  ev->source = source;
  ev->line = lineno;
  ev->time = line_time(cx, p->hooks ? p->year : px->a ? px->a->default_year : 1970);
  ev->pid = cx->pid;
  ev->repeat = cx->repeat;
  ev->serial = cx->serial;
  icset *ic = p->ic;
  ev->host = cx->host_s ? intern_cached(&ic[IC_HOST], cx->host_s, cx->host_n) : NULL;
  ev->prog = cx->prog_s ? intern_cached(&ic[IC_PROG], cx->prog_s, cx->prog_n) : NULL;
  ev->conn = cx->conn_s ? intern_cached(&ic[IC_CONN], cx->conn_s, cx->conn_n) : NULL;
  ev->instance = cx->inst_s ? intern_cached(&ic[IC_INST], cx->inst_s, cx->inst_n) : NULL;
  ev->peer = cx->peer_s ? intern_cached(&ic[IC_PEER], cx->peer_s, cx->peer_n) : NULL;
  ev->rc = cx->rc_s ? intern_cached(&ic[IC_RC], cx->rc_s, cx->rc_n) : NULL;
  ev->text = cx->msg_s ? cx->msg_s : cx->line_end;
  ev->text_len = (gsize) (cx->line_end - ev->text);
  if (!px->matched) ev->nfields = 0; /* partial reductions before an error */
  if (cx->pkt_s) px_s(px, PL_F_PEER, cx->pkt_s, cx->pkt_n);

  if (cx->serial_range_s) {
    /* a serial field the grammar filled from such a number says nothing */
    int k = 0;
    for (int i = 0; i < ev->nfields; i++) {
      const pl_field *f = &ev->f[i];
      if ((f->id == PL_F_PARENT || f->id == PL_F_REPLACES || f->id == PL_F_TARGET) && f->type == PL_T_INT &&
          f->v.i == 0)
        continue;
      ev->f[k++] = ev->f[i];
    }
    ev->nfields = k;
  }
  if (cx->serial_range_s && (px->a || p->hooks)) {
    guint32 dn = cx->serial_range_n;
    char *m = g_strdup_printf("serial number #%.*s%s is past 2^63-1: the line is read without it",
                              (int) MIN(dn, 40), cx->serial_range_s, dn > 40 ? "..." : "");
    if (p->hooks) p->hooks->diag(p->hooks->user, source, lineno, m);
    else pl_analysis_diag(px->a, source, lineno, "%s", m);
    g_free(m);
  }
  if (cls != PL_LINE_PLUTO) return cls;
  if (!px->matched) {
    ev->kind = PL_EV_UNKNOWN;
    switch (cx->marker) {
    case PL_MARK_WARNING: ev->kind = PL_EV_WARNING; break;
    case PL_MARK_ERROR: ev->kind = PL_EV_ERROR; break;
    case PL_MARK_IMPAIR: ev->kind = PL_EV_IMPAIR; break;
    case PL_MARK_FATAL: /* below */
    case PL_MARK_NONE: break;
    }
    if (ev->kind != PL_EV_UNKNOWN) px_s(px, PL_F_TEXT, ev->text, ev->text_len);
  }
  if (cx->marker == PL_MARK_FATAL) {
    /* pluto exits after this line, whatever the message says */
    ev->kind = PL_EV_PLUTO_FAILURE;
    ev->nfields = 0;
    px_lit(px, PL_F_WHAT, "fatal");
    px_s(px, PL_F_TEXT, ev->text, ev->text_len);
  }
  /* A bare line (no program in its prefix, no logfile time) counts as pluto
   * only when it looks like one: an object prefix, a result code, a packet
   * prefix, or a message the grammar knows. */
  if (p->wrap_pluto && !cx->prog_s) { /* a JSON record that names pluto as its program */
    ev->prog = pl_intern("pluto", 5);
    ev->pid = p->wrap_pid;
  }
  bool bare = !cx->prog_s && !(cx->has_time && !cx->host_s) && !p->wrap_pluto;
  bool naked = bare && !cx->conn_s && !cx->pkt_s && !cx->rc_s && !cx->serial && !cx->file_place;
  if (naked && ev->kind == PL_EV_UNKNOWN) return len == 0 ? PL_LINE_EMPTY : PL_LINE_OTHER;
  /* the start-up banner rules end in free text: on a line with no envelope
   * at all they would take prose ("Hello support, ...") for pluto */
  if (naked && ev->kind == PL_EV_DAEMON) return PL_LINE_OTHER;
  if (len == 0) return PL_LINE_EMPTY;
  /* a paste cut right after a time stamp ("Sep 17 04:10:53.119566"): no
   * program, no object, no message — nothing says it is pluto's */
  if (ev->kind == PL_EV_UNKNOWN && !cx->prog_s && !cx->conn_s && !cx->pkt_s && !cx->rc_s && !cx->serial &&
      ev->text_len == 0 && !p->wrap_pluto)
    return PL_LINE_OTHER;
  return PL_LINE_PLUTO;
}

const pl_event *pl_parser_event(const pl_parser *p) { return &p->px.ev; }

void pl_parser_finish(pl_parser *p) { pl_debug_finish(p->dbg, p->px.a); }
guint64 pl_parser_scan_work(const pl_parser *p) { return p->px.cx.work; }

/* ---- pasted logs: the paste envelope and hard-wrapped lines ---------------
 *
 * Logs reach us quoted in e-mail or Markdown ("> ", ">> "), inside ``` or ~~~
 * fences or <pre> blocks, indented, and hard-wrapped by mail clients.  The
 * quote markers, indentation and <pre>/<code> tags are an envelope around
 * the line, stripped here before the lexer sees it; fence lines and lines
 * that are only markup are not log lines ("other").
 *
 * A wrapped line is joined only where that is certain: the previous line
 * (same source, the line just before) was a pluto line whose message ends
 * inside an unclosed {...} or [...] group, and this line has no envelope of
 * its own (no time stamp, program, object prefix or result code) and closes
 * that group.  The joined text is parsed as the first line (its line
 * number); its event replaces the first part's in the timeline and in the
 * counts.  The continuation line itself is counted as `other` and as
 * `joined` (lines == pluto + other holds; joined <= other).  The NDJSON
 * stream (-f events) has already written the first part and keeps it. */

static bool ci_prefix(const char *s, const char *e, const char *lit) {
  gsize n = strlen(lit);
  return (gsize) (e - s) >= n && g_ascii_strncasecmp(s, lit, n) == 0;
}

/* Strips quote markers, indentation and <pre>/<code> tags.  *fence is set
 * for a fence line ("```", "```text", "~~~"). */
static void strip_paste(const char **ps, const char **pe, bool *fence) {
  const char *s = *ps, *e = *pe;
  static const char *const tags[] = {"<pre>", "</pre>", "<code>", "</code>", "<pre><code>"};
  for (;;) {
    const char *before = s;
    while (s < e && (*s == ' ' || *s == '\t')) s++;
    if (s < e && *s == '>') {
      s++;
      continue;
    }
    /* `inline code` (a single backtick; "```" is a fence) */
    if (e - s >= 2 && *s == '`' && s[1] != '`') {
      s++;
      continue;
    }
    if (s < e && *s == '<') /* every tag starts with '<' */
      for (gsize i = 0; i < G_N_ELEMENTS(tags); i++)
        if (ci_prefix(s, e, tags[i])) s += strlen(tags[i]);
    if (s == before) break;
  }
  for (;;) {
    const char *before = e;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
    if (e - s >= 2 && e[-1] == '`' && e[-2] != '`') e--;
    for (gsize i = 0; e > s && e[-1] == '>' && i < G_N_ELEMENTS(tags); i++) {
      gsize n = strlen(tags[i]);
      if ((gsize) (e - s) >= n && g_ascii_strncasecmp(e - n, tags[i], n) == 0) e -= n;
    }
    if (e == before) break;
  }
  *fence = (e - s >= 3 && (memcmp(s, "```", 3) == 0 || memcmp(s, "~~~", 3) == 0));
  *ps = s;
  *pe = e;
}

/* The closer an unclosed group at the end of the text waits for. */
static bool unclosed(const char *s, const char *e, char open, char close) {
  /* closers before the first opener never count */
  const char *p = memchr(s, open, (gsize) (e - s));
  if (!p) return false;
  /* from one opener or closer to the next with memchr, not byte by byte */
  const char *no = p, *nc = memchr(p, close, (gsize) (e - p));
  int depth = 0;
  for (;;) {
    if (!no) no = e;
    if (!nc) nc = e;
    if (no < nc) {
      depth++;
      no = memchr(no + 1, open, (gsize) (e - no - 1));
    } else if (nc < e) {
      if (depth > 0) depth--;
      nc = memchr(nc + 1, close, (gsize) (e - nc - 1));
    } else break;
  }
  return depth > 0;
}

static char open_group(const char *s, const char *e) {
  return unclosed(s, e, '{', '}') ? '}' : unclosed(s, e, '[', ']') ? ']' : 0;
}

static bool is_month(const char *s, const char *e) {
  static const char *const m[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (e - s < 4 || s[3] != ' ') return false;
  for (gsize i = 0; i < G_N_ELEMENTS(m); i++)
    if (memcmp(s, m[i], 3) == 0) return true;
  return false;
}

/* Does the line start the way a log line does (its own envelope)? */
static bool has_envelope(const char *s, const char *e) {
  if (s >= e) return true;
  if (*s == '"' || *s == '|' || *s == '<' || *s == '#') return true;
  if (is_month(s, e)) return true;
  if (e - s >= 5 && g_ascii_isdigit(s[0]) && g_ascii_isdigit(s[1]) && g_ascii_isdigit(s[2]) &&
      g_ascii_isdigit(s[3]) && (s[4] == '-' || s[4] == ':'))
    return true; /* 2018-03-12T.. / 2005:06:16-.. */
  if (e - s >= 4 && g_ascii_isdigit(s[0]) &&
      ((g_ascii_isdigit(s[1]) && g_ascii_isdigit(s[2]) && s[3] == ' ') ||
       (s[1] == 'v' && g_ascii_isdigit(s[2]) && s[3] == ' ')))
    return true; /* whack "002 " / "1v2 " */
  if (ci_prefix(s, e, "packet from ") || ci_prefix(s, e, "connection from ")) return true;
  /* prog[pid]: or host prog[pid]: in the first two words */
  const char *w = s;
  for (int k = 0; k < 2 && w < e; k++) {
    const char *x = w;
    while (x < e && *x != ' ' && *x != '[' && *x != ':') x++;
    if (x < e && *x == '[' && x > w) {
      const char *y = x + 1;
      while (y < e && g_ascii_isdigit(*y)) y++;
      if (y + 1 < e && y > x + 1 && y[0] == ']' && y[1] == ':') return true;
    }
    while (x < e && *x != ' ') x++;
    while (x < e && *x == ' ') x++;
    w = x;
  }
  return false;
}

/* Whether the continuation glues on without a space: a word cut in the
 * middle ("xfrm=AES_CBC_128-HMA" + "C_SHA2_256_128", "<0x5e6f" + "7a8b").
 * A new word (k=v, k:v, <0x.., a group) after a break, or a break after a
 * complete number or after punctuation, gets back the space the mail
 * client took away. */
static bool glue_without_space(const GString *prev, const char *s, const char *e) {
  if (!prev->len || prev->str[prev->len - 1] == ' ') return true;
  char last = prev->str[prev->len - 1];
  if (strchr(",;:}])", last)) return false;
  if (strchr("<{[(", *s)) return false;
  for (const char *w = s; w < e && *w != ' '; w++)
    if (*w == '=' || *w == ':' || *w == '<' || *w == '{' || *w == '[') return false;
  const char *lw = prev->str + prev->len;
  while (lw > prev->str && lw[-1] != ' ') lw--;
  if (lw[0] == '<') lw++;
  bool hex = lw[0] == '0' && lw[1] == 'x';
  if (!hex && g_ascii_isdigit(last) && g_ascii_isalpha(*s)) return false; /* "isakmp#2" "msgid" */
  return true;
}

/* ---- more paste envelopes: diff lines, JSON records ------------------------ */

/* memmem (a GNU extension): needles here are short literals, so the
 * first-byte scan with memchr keeps this linear in the haystack */
static const char *mem_find(const char *h, gsize hn, const char *nd, gsize nn) {
  if (!nn) return h;
  const char *e = h + hn;
  for (const char *p = h; (gsize) (e - p) >= nn;) {
    p = memchr(p, nd[0], (gsize) (e - p) - nn + 1);
    if (!p) return NULL;
    if (memcmp(p, nd, nn) == 0) return p;
    p++;
  }
  return NULL;
}

/* "+Jan  1 ..." / "-\"c\" #1: ..." in a pasted diff: the marker goes when
 * what follows has a log line's own envelope ("+++", "---", "@@" stay). */
static void strip_diff(const char **ps, const char *e) {
  const char *s = *ps;
  if (e - s < 2 || (*s != '+' && *s != '-') || s[1] == s[0]) return;
  const char *t = s + 1;
  while (t < e && *t == ' ') t++;
  if (t < e && has_envelope(t, e)) *ps = t;
}

/* The string value of "key" in a one-line JSON object, unescaped into out
 * (control characters become blanks).  False when the key has no string. */
static bool json_str(const char *s, const char *e, const char *key, GString *out) {
  gsize kn = strlen(key);
  for (const char *p = s; p < e;) {
    const char *k = mem_find(p, (gsize) (e - p), key, kn);
    if (!k) return false;
    p = k + kn;
    if (k == s || k[-1] != '"' || p >= e || *p != '"') continue;
    const char *v = p + 1;
    while (v < e && *v == ' ') v++;
    if (v >= e || *v != ':') continue;
    v++;
    while (v < e && *v == ' ') v++;
    if (v >= e || *v != '"') continue;
    g_string_truncate(out, 0);
    for (v++; v < e && *v != '"'; v++) {
      char c = *v;
      if (c == '\\' && v + 1 < e) {
        c = *++v;
        switch (c) {
        case 'n':
        case 'r':
        case 't':
        case 'b':
        case 'f': c = ' '; break;
        case 'u': {
          guint32 u = 0;
          int i = 0;
          for (; i < 4 && v + 1 < e && g_ascii_isxdigit(v[1]); i++)
            u = u * 16 + (guint32) g_ascii_xdigit_value(*++v);
          if (u < 0x20 || (u >= 0xd800 && u < 0xe000)) u = ' ';
          char b[8];
          g_string_append_len(out, b, g_unichar_to_utf8(u, b));
          continue;
        }
        default: break; /* \" \\ \/ */
        }
      } else if ((unsigned char) c < 0x20) c = ' ';
      g_string_append_c(out, c);
    }
    return true;
  }
  return false;
}

/* A log line inside a one-line JSON record: docker/k8s log drivers
 * ({"output":"..."}, {"log":"..."}), journalctl -o json ({"MESSAGE":...,
 * "SYSLOG_IDENTIFIER":"pluto","_PID":"123"}), other shippers ("message",
 * "msg").  The record's program, when it names pluto, stands in for the
 * prefix the message lacks. */
static bool unwrap_json(pl_parser *p, const char **ps, const char **pe) {
  const char *s = *ps, *e = *pe;
  if (e - s < 8 || *s != '{' || e[-1] != '}') return false;
  static const char *const msg_keys[] = {"MESSAGE", "output", "message", "msg", "log"};
  if (!p->wrap) p->wrap = g_string_new(NULL);
  bool found = false;
  for (gsize i = 0; i < G_N_ELEMENTS(msg_keys) && !found; i++) found = json_str(s, e, msg_keys[i], p->wrap);
  if (!found) return false;
  GString *id = g_string_new(NULL);
  static const char *const prog_keys[] = {"SYSLOG_IDENTIFIER", "process", "program", "ident", "_COMM"};
  p->wrap_pluto = false;
  p->wrap_pid = -1;
  for (gsize i = 0; i < G_N_ELEMENTS(prog_keys); i++)
    if (json_str(s, e, prog_keys[i], id)) {
      p->wrap_pluto = strcmp(id->str, "pluto") == 0;
      break;
    }
  if (p->wrap_pluto && (json_str(s, e, "_PID", id) || json_str(s, e, "SYSLOG_PID", id)) && id->len &&
      id->len < 12 && strspn(id->str, "0123456789") == id->len)
    p->wrap_pid = g_ascii_strtoll(id->str, NULL, 10);
  g_string_free(id, TRUE);
  *ps = p->wrap->str;
  *pe = p->wrap->str + p->wrap->len;
  return true;
}

/* ---- status lines: ipsec status / whack --status pasted in the middle ----- */

static bool seg_key(const char *k, gsize kn, const char *lit) {
  return kn == strlen(lit) && memcmp(k, lit, kn) == 0;
}

/* the seconds of "3600s" / "8h" / "28800" */
static double seconds_of(const char *v, gsize n) {
  char tmp[32];
  if (n >= sizeof tmp) n = sizeof tmp - 1;
  memcpy(tmp, v, n);
  tmp[n] = '\0';
  char *end;
  double d = g_ascii_strtod(tmp, &end);
  if (*end == 'm') d *= 60;
  else if (*end == 'h') d *= 3600;
  else if (*end == 'd') d *= 86400;
  return d;
}

/* The facts of a policy: "PSK+ENCRYPT+TUNNEL+UP+IKEv2ALLOW+SAREFTRACK",
 * "IKEv2+RSASIG+ENCRYPT+TUNNEL+PFS", "IKEV1_ALLOW+IKEV2_ALLOW+...". */
static void status_policy(pl_pctx *px, const char *v, gsize n) {
  px_s(px, PL_F_POLICY, v, n);
  bool v1 = false, v2 = false, v1_off = false, openswan_v2 = false;
  const char *auth = NULL;
  for (const char *f = v, *end = v + n; f < end;) {
    const char *x = memchr(f, '+', (gsize) (end - f));
    if (!x) x = end;
    gsize fn = (gsize) (x - f);
#define FLAG(lit) (fn == sizeof(lit) - 1 && memcmp(f, lit, fn) == 0)
    if (FLAG("IKEv1") || FLAG("IKEV1_ALLOW") || FLAG("IKEv1ALLOW")) v1 = true;
    else if (FLAG("IKEv2") || FLAG("IKEV2_ALLOW")) v2 = true;
    else if (FLAG("IKEv2ALLOW") || FLAG("IKEv2Init")) v2 = openswan_v2 = true;
    else if (FLAG("IKEV1_DISABLE") || FLAG("IKEv1DISABLE") || FLAG("IKEv2ONLY")) v1_off = true;
    else if (FLAG("PSK") && !auth) auth = "secret";
    else if ((FLAG("RSASIG") || FLAG("RSASIG_v1_5")) && !auth) auth = "rsasig";
    else if (FLAG("ECDSA") && !auth) auth = "ecdsa";
    else if ((FLAG("AUTH_NULL") || FLAG("AUTHNULL")) && !auth) auth = "null";
#undef FLAG
    f = x + 1;
  }
  /* Openswan's IKEv2ALLOW adds IKEv2 to IKEv1, which needs no flag there */
  if (openswan_v2 && !v1_off) v1 = true;
  if (auth) px_lit(px, PL_F_AUTH, auth);
  if (v1 || v2) {
    px_lit(px, PL_F_IKE_ALLOW, v1 && v2 ? "1+2" : v1 ? "1" : "2");
    if (v1 != v2) px_i(px, PL_F_IKE_VERSION, v1 ? 1 : 2);
  }
}

/* "key: value; key: value; key=value" — the fields a diagnosis can use */
static void status_fields(pl_pctx *px, const char *s, const char *e) {
  bool first = true;
  while (s < e) {
    while (s < e && (*s == ' ' || *s == ';')) s++;
    if (s >= e) break;
    const char *se = memchr(s, ';', (gsize) (e - s));
    if (!se) se = e;
    const char *k = s, *sep = s;
    while (sep < se && *sep != ':' && *sep != '=') sep++;
    if (sep < se) {
      gsize kn = (gsize) (sep - k);
      const char *v = sep + 1, *ve = se;
      while (v < ve && *v == ' ') v++;
      while (ve > v && ve[-1] == ' ') ve--;
      gsize vn = (gsize) (ve - v);
      if (first) px_s(px, PL_F_WHAT, k, kn);
      first = false;
      if (seg_key(k, kn, "policy")) status_policy(px, v, vn);
      else if (seg_key(k, kn, "ike_life")) px_d(px, PL_F_IKE_LIFE, seconds_of(v, vn));
      else if (seg_key(k, kn, "ipsec_life")) px_d(px, PL_F_IPSEC_LIFE, seconds_of(v, vn));
      else if (seg_key(k, kn, "keyingtries")) px_i(px, PL_F_MAX_ATTEMPTS, g_ascii_strtoll(v, NULL, 10));
      else if (seg_key(k, kn, "our auth") && !px_has(px, PL_F_AUTH)) {
        gsize an = 0;
        while (an < vn && v[an] != ',' && v[an] != '(' && v[an] != ' ') an++;
        px_s(px, PL_F_AUTH, v, an);
      } else if (seg_key(k, kn, "dpd") || seg_key(k, kn, "liveness")) px_s(px, PL_F_DPD, v, vn);
      else if (seg_key(k, kn, "IKE algorithms") || seg_key(k, kn, "ESP algorithms") ||
               seg_key(k, kn, "AH algorithms") || seg_key(k, kn, "IKE algorithm newest") ||
               seg_key(k, kn, "ESP algorithm newest"))
        px_s(px, PL_F_PROPOSAL, v, vn);
      else if (seg_key(k, kn, "their idtype")) px_s(px, PL_F_ID_TYPE, v, vn);
      else if (seg_key(k, kn, "their id")) px_s(px, PL_F_ID, v, vn);
      else if (seg_key(k, kn, "local")) px_s(px, PL_F_LOCAL, v, vn);
      else if (seg_key(k, kn, "remote")) px_s(px, PL_F_PEER, v, vn);
    }
    s = se + 1;
  }
}

/* A status line of ipsec status / whack --status / ipsec auto --status, in
 * every version's shape:
 *   000 "c":   policy: PSK+ENCRYPT+...;     "c":   ike_life: 3600s; ...
 *   "c": 10.0.1.0/24===10.0.0.1<10.0.0.1>...10.0.0.2===10.0.2.0/24; erouted; ...
 *   000 #2: "c":500 STATE_QUICK_I2 (sent QI2, IPsec SA established); EVENT_SA_REPLACE ...
 *   #2: "c", type=ESP, add_time=1234567890, inBytes=0, ...
 *   000 Total IPsec connections: loaded 1, active 1     (any other 000 line)
 * Only for lines the grammar did not take.  The event: kind status, what
 * (the first key, "topology", "state" or "global"), text, and the facts. */
static bool status_line(pl_parser *p) {
  pl_pctx *px = &p->px;
  pl_lexctx *cx = &px->cx;
  pl_event *ev = &px->ev;
  if (ev->kind != PL_EV_UNKNOWN || cx->marker != PL_MARK_NONE) return false;
  const char *t = ev->text, *te = ev->text + ev->text_len;
  const char *what = NULL;
  bool keyed = false;
  if (cx->conn_s && !cx->serial && !cx->pkt_s && t - cx->line >= 2 && t[-1] == ' ' && t[-2] == ' ') {
    /* "c":   key: value — two or more blanks, then a key */
    const char *k = t;
    while (k < te && k - t < 40 && (g_ascii_isalnum(*k) || *k == '_' || *k == '-' || *k == ' ')) k++;
    if (k > t && k < te && (*k == ':' || *k == '=') && g_ascii_isalpha(*t)) keyed = true;
  }
  if (!keyed && cx->conn_s && !cx->serial && t < te && (*t == '[' || g_ascii_isalnum(*t) || *t == ':')) {
    /* the topology line: a===b...c===d; (un)routed; */
    const char *w = memchr(t, ' ', (gsize) (te - t));
    if (!w) w = te;
    bool eq = mem_find(t, (gsize) (w - t), "===", 3), dots = mem_find(t, (gsize) (w - t), "...", 3);
    if ((eq || dots) && ((eq && dots) || mem_find(t, (gsize) (te - t), "routed;", 7))) what = "topology";
  }
  if (!keyed && !what && cx->serial && !cx->conn_s && t < te && *t == '"') {
    const char *q = memchr(t + 1, '"', (gsize) (te - t - 1));
    if (q && (mem_find(q, (gsize) (te - q), "STATE_", 6) || mem_find(q, (gsize) (te - q), ", type=", 7) ||
              mem_find(q, (gsize) (te - q), " esp.", 5) || mem_find(q, (gsize) (te - q), " ah.", 4))) {
      what = "state";
      ev->conn = pl_intern_sanitised(t + 1, q - t - 1);
    }
  }
  if (!keyed && !what && cx->rc_s && cx->rc_n == 3 && memcmp(cx->rc_s, "000", 3) == 0) what = "global";
  if (!keyed && !what) return false;
  ev->kind = PL_EV_STATUS;
  ev->nfields = 0;
  /* "#2: ..." lists a state: the serial is what the line is about (target),
   * not an SA this line belongs to (no SA made from a status listing) */
  if (ev->serial) px_i(px, PL_F_TARGET, ev->serial), ev->serial = 0;
  if (keyed) status_fields(px, t, te);
  else {
    px_lit(px, PL_F_WHAT, what);
    const char *st = mem_find(t, (gsize) (te - t), "STATE_", 6);
    if (st && strcmp(what, "state") == 0) {
      const char *se = st;
      while (se < te && (g_ascii_isalnum(*se) || *se == '_')) se++;
      px_s(px, PL_F_STATE, st, (gsize) (se - st));
    }
  }
  px_s(px, PL_F_TEXT, t, ev->text_len);
  return true;
}

/* ---- lines about pluto from systemd, the kernel and audit ----------------- */

static const char *find(const char *s, const char *e, const char *lit) {
  return mem_find(s, (gsize) (e - s), lit, strlen(lit));
}

/* the number after lit in s..e, -1 when none */
static gint64 num_after(const char *s, const char *e, const char *lit) {
  const char *p = find(s, e, lit);
  if (!p) return -1;
  p += strlen(lit);
  if (p >= e || !g_ascii_isdigit(*p)) return -1;
  gint64 v = 0;
  while (p < e && g_ascii_isdigit(*p) && v < G_MAXINT32) v = v * 10 + (*p++ - '0');
  return v;
}

/* "pluto" or "ipsec.service" somewhere in s..e: one scan for their 'p' */
static bool names_pluto(const char *s, const char *e) {
  for (const char *q = s; q < e && (q = memchr(q, 'p', (gsize) (e - q))); q++) {
    if (e - q >= 5 && memcmp(q, "pluto", 5) == 0) return true;
    if (q > s && q[-1] == 'i' && e - q >= 12 && memcmp(q, "psec.service", 12) == 0) return true;
  }
  return false;
}

/* systemd about ipsec.service (restart loops, failed starts), the kernel
 * about a pluto that crashed (segfault, trap), audit's ANOM_ABEND for
 * comm="pluto", systemd-coredump.  The event: kind daemon, with action
 * (exited, control-exited, failed, restart, start-limit, service,
 * start-failed, starting, started, stopping, stopped, crash, core-dump),
 * what ("ipsec.service" or "pluto"), and status, reason, count where the
 * line has them; the event keeps the program that logged it, and pluto's
 * pid when the line names it (never systemd's). */
static bool about_pluto(pl_parser *p, const char *s, const char *e) {
  pl_pctx *px = &p->px;
  pl_event *ev = &px->ev;
  /* most lines of other programs say none of these words: "pluto" and
   * "ipsec.service" both have a 'p' ('i' is in most words), "Internet Key
   * Exchange" a 'K' */
  if (!names_pluto(s, e) && !find(s, e, "Key Exchange")) return false;
  const char *at = NULL, *action = NULL, *what = "pluto";
  gint64 pid = -1, status = -1, count = -1;
  const char *reason = NULL, *reason_e = NULL;
  const char *svc = find(s, e, "ipsec.service: ");
  static const char *const ike_daemon[][2] = {
      {"Failed to start Internet Key Exchange", "start-failed"},
      {"Starting Internet Key Exchange", "starting"},
      {"Started Internet Key Exchange", "started"},
      {"Stopping Internet Key Exchange", "stopping"},
      {"Stopped Internet Key Exchange", "stopped"},
  };
  if (svc) {
    at = svc;
    what = "ipsec.service";
    const char *m = svc + 15;
    if (find(m, e, "Main process exited")) action = "exited";
    else if (find(m, e, "Control process exited")) action = "control-exited";
    else if (find(m, e, "Failed with result")) action = "failed";
    else if (find(m, e, "Scheduled restart job") || find(m, e, "scheduling restart")) action = "restart";
    else if (find(m, e, "Start request repeated too quickly")) action = "start-limit";
    else action = "service";
    const char *c = find(m, e, "code=");
    if (c) {
      reason = c;
      reason_e = c;
      while (reason_e < e && *reason_e != ' ' && *reason_e != '.') reason_e++;
      const char *st = find(reason_e, e, "status=");
      if (st) {
        reason_e = st + 7;
        while (reason_e < e && *reason_e != ' ') reason_e++;
        status = num_after(st, e, "status=");
      }
    }
    const char *r = find(m, e, "result '");
    if (r) {
      reason = r + 8;
      reason_e = memchr(reason, '\'', (gsize) (e - reason));
      if (!reason_e) reason = NULL;
    }
    count = num_after(m, e, "restart counter is at ");
  }
  for (gsize i = 0; !at && i < G_N_ELEMENTS(ike_daemon); i++)
    if ((at = find(s, e, ike_daemon[i][0]))) action = ike_daemon[i][1], what = "ipsec.service";
  if (!at) {
    const char *k = find(s, e, "pluto[");
    if (k && (find(k, e, "]: segfault at ") || find(k, e, "] general protection") || find(k, e, "] trap "))) {
      at = k;
      action = "crash";
      pid = num_after(k, e, "pluto[");
      const char *r = find(k, e, "segfault")             ? "segfault"
                      : find(k, e, "general protection") ? "general protection"
                                                         : "trap";
      reason = r;
      reason_e = r + strlen(r);
    }
  }
  if (!at && find(s, e, "comm=\"pluto\"") && (at = find(s, e, "ANOM_ABEND"))) {
    action = "crash";
    reason = "abend";
    reason_e = reason + 5;
    pid = num_after(s, e, " pid=");
    status = num_after(s, e, " sig=");
  }
  if (!at && (at = find(s, e, " (pluto) of user "))) {
    const char *b = at;
    while (b > s && b[-1] != ' ') b--;
    while (b > s && b[-1] == ' ') b--;
    while (b > s && b[-1] != ' ' && b[-1] != ':') b--; /* "Process 1234" */
    pid = num_after(b, at + 1, " ");
    if (pid < 0 && g_ascii_isdigit(*b)) pid = g_ascii_strtoll(b, NULL, 10);
    at = b;
    action = find(at, e, "dumped core") ? "core-dump" : "crash";
  }
  if (!at) return false;
  ev->nfields = 0;
  ev->kind = PL_EV_DAEMON;
  ev->pid = pid;
  ev->text = at;
  ev->text_len = (gsize) (e - at);
  px_lit(px, PL_F_ACTION, action);
  px_lit(px, PL_F_WHAT, what);
  if (reason && reason_e && reason_e > reason) px_s(px, PL_F_REASON, reason, (gsize) (reason_e - reason));
  if (status >= 0) px_i(px, PL_F_STATUS, status);
  if (count >= 0) px_i(px, PL_F_COUNT, count);
  px_s(px, PL_F_TEXT, at, (gsize) (e - at));
  return true;
}

/* ---- lines cut at the end of a paste ------------------------------------- */

/* Tails that finish the commonest cut heads ("sent QI2, IPsec" -> "... IPsec
 * SA established"), each after the (completed) last word it follows; a
 * placeholder stands for a value the cut took away and never becomes a
 * field.  A word "STATE_" stands for any complete state name. */
#define CUT_MARK "PLUTOLOG_CUT"
static const struct {
  const char *after, *tail;
} cut_tails[] = {
    {"IPsec", " SA established"},
    {"IPSEC", " SA established"},
    {"ISAKMP", " SA established"},
    {"IKE", " SA established"},
    {"Child", " SA established"},
    {"SA", " established"},
    {"transition", " from state STATE_" CUT_MARK " to state STATE_" CUT_MARK},
    {"from", " state STATE_" CUT_MARK " to state STATE_" CUT_MARK},
    {"STATE_", " to state STATE_" CUT_MARK},
    {"to", " state STATE_" CUT_MARK},
    {"state", " STATE_" CUT_MARK},
};

/* drops the fields a completion made up: the placeholder, and a value that
 * is only the cut last word */
static void drop_cut_fields(pl_event *ev, const char *w, gsize wn) {
  while (wn && strchr("[{('\"", *w)) w++, wn--;
  int k = 0;
  for (int i = 0; i < ev->nfields; i++) {
    const pl_field *f = &ev->f[i];
    if (f->type == PL_T_STR && f->v.s &&
        (strstr(f->v.s, CUT_MARK) || (wn && strlen(f->v.s) == wn && memcmp(f->v.s, w, wn) == 0)))
      continue;
    ev->f[k++] = ev->f[i];
  }
  ev->nfields = k;
}

static bool try_cut(pl_parser *p, guint32 source, guint64 lineno, const char *s, gsize keep, const char *add,
                    gsize addn, const char *tail, gsize orig_len, gsize msg_off, const char *w, gsize wn) {
  GString *c = p->cut;
  g_string_truncate(c, 0);
  g_string_append_len(c, s, (gssize) keep);
  g_string_append_len(c, add, (gssize) addn);
  g_string_append(c, tail);
  pl_line_class cls = parse_line(p, source, lineno, c->str, c->len);
  pl_event *ev = &p->px.ev;
  if (cls != PL_LINE_PLUTO || ev->kind == PL_EV_UNKNOWN || !p->px.matched) return false;
  /* the event's text is what the line said, not the completion */
  gsize off = (gsize) (ev->text - p->px.buf);
  if (off != msg_off) return false;
  ev->text_len = orig_len > off ? orig_len - off : 0;
  drop_cut_fields(ev, w, wn);
  return true;
}

/* An unrecognised line whose last word was cut by the paste ("IPsec SA
 * establ", "transitio", "sent QI2, IPsec"): the grammar is asked again
 * with the word completed to a keyword it begins, and/or with the fixed
 * tail that follows that word.  Only short lines (a real pluto line), at
 * most a handful of attempts: linear.  On failure the line is parsed again as it was. */
static bool complete_cut(pl_parser *p, guint32 source, guint64 lineno, const char *s, gsize n) {
  pl_pctx *px = &p->px;
  pl_event *ev = &px->ev;
  if (ev->kind != PL_EV_UNKNOWN || px->cx.marker != PL_MARK_NONE || n > 2048 || !ev->text_len) return false;
  gsize msg_off = (gsize) (ev->text - px->buf);
  const char *w = s + n;
  while (w > s + msg_off && w[-1] != ' ') w--;
  gsize wn = (gsize) (s + n - w), keep = (gsize) (w - s);
  if (!wn || !(g_ascii_isalnum(s[n - 1]) || s[n - 1] == '_')) return false;
  if (!p->cut) p->cut = g_string_new(NULL);
  /* the word as it is, then up to three keywords it begins */
  const char *cand[4] = {NULL};
  gsize cn[4] = {wn};
  int nc = 1 + pl_keyword_completions(w, wn, cand + 1, 3);
  for (int i = 1; i < nc; i++) cn[i] = strlen(cand[i]);
  for (int i = 0; i < nc; i++) {
    const char *c = i ? cand[i] : w;
    if (i && try_cut(p, source, lineno, s, keep, c, cn[i], "", n, msg_off, NULL, 0)) return true;
    for (gsize t = 0; t < G_N_ELEMENTS(cut_tails); t++) {
      const char *after = cut_tails[t].after;
      gsize an = strlen(after);
      bool fits = after[an - 1] == '_' ? cn[i] > an && memcmp(c, after, an) == 0
                                       : cn[i] == an && memcmp(c, after, an) == 0;
      if (fits && try_cut(p, source, lineno, s, keep, c, cn[i], cut_tails[t].tail, n, msg_off, NULL, 0))
        return true;
    }
  }
  parse_line(p, source, lineno, s, n);
  return false;
}

/* ---- hard-wrapped lines ---------------------------------------------------- */

enum { JOIN_NONE, JOIN_GROUP, JOIN_BLANK, JOIN_CUT, JOIN_LIST };
#define JOIN_MAX_LINES 8
#define JOIN_MAX_BYTES 16384

/* A line a continuation may never be: a shell prompt or command, a comment,
 * diff headers, prose that starts a sentence after nothing cut. */
static bool never_continuation(const char *s, const char *e) {
  if (s >= e) return true;
  if (strchr("#$[@>`|<{", *s)) return true;
  if (e - s >= 3 && (memcmp(s, "---", 3) == 0 || memcmp(s, "+++", 3) == 0)) return true;
  static const char *const cmds[] = {"ipsec ", "sudo ", "journalctl", "tail ",
                                     "grep ",  "cat ",  "less ",      "whack "};
  for (gsize i = 0; i < G_N_ELEMENTS(cmds); i++)
    if (ci_prefix(s, e, cmds[i])) return true;
  if (e[-1] == '#' || e[-1] == '$') return true; /* "alpha #", "root@gw:~$" */
  if (e[-1] == ':') return true;                 /* "Then the daemon died:" */
  if (find(s, e, "]$ ") || find(s, e, "]# ") || find(s, e, ":~")) return true;
  return false;
}

/* Why the pluto line just parsed looks cut, for the next line: an unclosed
 * group, a blank the mail client left at the end of a soft wrap, a word cut
 * in the middle of an unrecognised (or completed) long line, or a long line
 * that ends inside a list ("KE=CURVE25519;"). */
static int join_reason(pl_parser *p, const char *raw_end_s, const char *raw_end, bool completed) {
  pl_pctx *px = &p->px;
  const char *m = px->cx.msg_s, *me = px->cx.line_end;
  if (!m || m >= me) return JOIN_NONE;
  char close = open_group(m, me);
  if (close) {
    p->prev_char_close = close;
    return JOIN_GROUP;
  }
  /* beyond groups, only a line with an envelope of its own: a line of
   * prose the grammar happened to take is no evidence of a wrap */
  const pl_lexctx *cx = &px->cx;
  if (!cx->prog_s && !cx->has_time && !cx->conn_s && !cx->rc_s && !cx->serial && !cx->pkt_s) return JOIN_NONE;
  gsize n = (gsize) (me - px->buf);
  if (n >= 40 && raw_end > raw_end_s && (raw_end[-1] == ' ' || raw_end[-1] == '\t')) return JOIN_BLANK;
  char last = me[-1];
  if (n >= 60 && (px->ev.kind == PL_EV_UNKNOWN || completed) && (g_ascii_isalnum(last) || last == '_'))
    return JOIN_CUT;
  if (n >= 60 && strchr(";,=+", last)) return JOIN_LIST;
  return JOIN_NONE;
}

/* joins s..e to p->prev and parses the result as the first line; true when
 * it is taken (the continuation is then counted as other and joined) */
static bool join(pl_parser *p, guint32 source, const char *s, const char *e, bool space, bool checked) {
  pl_analysis *a = p->px.a;
  GString *j = p->prev;
  gsize before = j->len;
  if (space) g_string_append_c(j, ' ');
  g_string_append_len(j, s, e - s);
  pl_event_kind old = p->prev_kind;
  pl_line_class cls = parse_line(p, source, p->prev_lineno, j->str, j->len);
  pl_event *ev = &p->px.ev;
  if (!checked && cls == PL_LINE_PLUTO) px_catalogue(&p->px);
  /* checked: the grammar must know the joined line, as the same event when
   * it knew the first part (prose after a soft wrap changes or breaks it) */
  if (checked &&
      (cls != PL_LINE_PLUTO || ev->kind == PL_EV_UNKNOWN || (old != PL_EV_UNKNOWN && ev->kind != old))) {
    g_string_truncate(j, before);
    return false;
  }
  if (cls == PL_LINE_PLUTO && (a || p->hooks)) {
    pl_phrase_forget(ev);
    if (p->hooks) p->hooks->amend(p->hooks->user, ev, old);
    else pl_analysis_amend(a, ev, old);
  }
  p->prev_kind = ev->kind;
  return true;
}

void pl_parser_effects(pl_parser *p, pl_analysis *a, pl_line_class cls, const pl_event *ev, const char *msg,
                       const char *msg_end) {
  if (cls == PL_LINE_PLUTO && ev->kind == PL_EV_UNKNOWN && a && a->collect_unknown) pl_unknown_note(a, ev);
  /* plutodebug lines: grammar/debug.c (plain lines are shown to it once it exists) */
  if (cls == PL_LINE_DEBUG) pl_debug_line(&p->dbg, a, ev, msg, msg_end);
  else if (p->dbg && cls == PL_LINE_PLUTO) pl_debug_plain(p->dbg, a, ev);
}

void pl_parser_set_hooks(pl_parser *p, const pl_parser_hooks *h) { p->hooks = h; }

void pl_parser_set_year(pl_parser *p, int year) { p->year = year; }

bool pl_parser_unwrapped(const pl_parser *p) { return p->unwrapped; }

bool pl_parser_fresh_start(const char *line, gsize len) {
  const char *s = line, *e = line + len;
  bool fence = false;
  strip_paste(&s, &e, &fence);
  strip_diff(&s, e);
  if (fence || ((s != line || e != line + len) && s == e)) return true;
  return has_envelope(s, e);
}

bool pl_parser_join_pending(const pl_parser *p) { return p->prev_why != JOIN_NONE; }

void pl_parser_join_copy(pl_parser *to, const pl_parser *from) {
  to->prev_why = from ? from->prev_why : JOIN_NONE;
  if (to->prev_why == JOIN_NONE) return;
  if (!to->prev) to->prev = g_string_new(NULL);
  g_string_assign(to->prev, "");
  g_string_append_len(to->prev, from->prev->str, from->prev->len);
  to->prev_source = from->prev_source;
  to->prev_lineno = from->prev_lineno;
  to->prev_close = from->prev_close;
  to->prev_char_close = from->prev_char_close;
  to->prev_kind = from->prev_kind;
  to->prev_joins = from->prev_joins;
}

pl_line_class pl_parser_line(pl_parser *p, guint32 source, guint64 lineno, char *line, gsize len) {
  const char *s = line, *e = line + len;
  bool fence = false;
  strip_paste(&s, &e, &fence);
  strip_diff(&s, e);
  bool stripped = s != line || e != line + len;
  int why = p->prev_why;
  bool joinable =
      why != JOIN_NONE && p->prev_source == source && p->prev_lineno + p->prev_joins + 1 == lineno;
  p->prev_why = JOIN_NONE;
  p->prev_close = 0;
  p->wrap_pluto = false;
  p->unwrapped = false;

  if (fence || (stripped && s == e)) {
    /* markup only: a fence, "<pre>", a bare ">" quote line */
    if (fence) p->in_fence = !p->in_fence;
    pl_event *ev = &p->px.ev;
    memset(ev, 0, sizeof *ev);
    ev->source = source;
    ev->line = lineno;
    return len == 0 ? PL_LINE_EMPTY : PL_LINE_OTHER;
  }

  if (joinable && !has_envelope(s, e) && !(why != JOIN_GROUP && never_continuation(s, e)) &&
      p->prev_joins < JOIN_MAX_LINES && p->prev->len + (gsize) (e - s) < JOIN_MAX_BYTES) {
    bool taken = false;
    switch (why) {
    case JOIN_GROUP:
      if (memchr(s, p->prev_char_close, (gsize) (e - s)))
        taken = join(p, source, s, e, !glue_without_space(p->prev, s, e), false);
      break;
    case JOIN_BLANK: /* the rest of a sentence, not a new one */
      taken = !g_ascii_isupper(*s) && join(p, source, s, e, true, true);
      break;
    case JOIN_LIST: { /* the rest of the list: its first word has a separator */
      const char *w = s;
      while (w < e && *w != ' ' && !strchr(";,=+", *w)) w++;
      taken = g_ascii_isalnum(*s) && w < e && *w != ' ' && join(p, source, s, e, false, true);
      break;
    }
    case JOIN_CUT: /* the grammar decides: the word glued back, or a new word */
      taken = join(p, source, s, e, false, true) || join(p, source, s, e, true, true);
      break;
    default: break;
    }
    if (taken) {
      /* still cut after this piece?  then the next line may continue it */
      int again = join_reason(p, s, line + len, false);
      if (again != JOIN_NONE && again != JOIN_CUT) {
        p->prev_why = again;
        p->prev_joins++;
      } else g_string_truncate(p->prev, 0);
      pl_event *ev = &p->px.ev;
      memset(ev, 0, sizeof *ev);
      ev->source = source;
      ev->line = lineno;
      return PL_LINE_OTHER;
    }
  }

  bool wrapped = unwrap_json(p, &s, &e);
  /* "... #32: **us: 10.0.0.0/24===...**": a forum's bold markup around the
   * message (the line ends in "**"; pluto's never does) */
  if (!wrapped && e - s > 4 && e[-1] == '*' && e[-2] == '*') {
    const char *b = mem_find(s, (gsize) (e - s - 2), "**", 2);
    if (b) {
      if (!p->wrap) p->wrap = g_string_new(NULL);
      g_string_truncate(p->wrap, 0);
      g_string_append_len(p->wrap, s, b - s);
      g_string_append_len(p->wrap, b + 2, e - 2 - (b + 2));
      s = p->wrap->str;
      e = s + p->wrap->len;
      wrapped = true;
    }
  }
  if (wrapped) {
    bool f2;
    strip_paste(&s, &e, &f2);
    /* the text is decoded from the record (\u escapes), not the line's bytes:
     * event copies must scan it (pl_event_copy_hint) */
    p->unwrapped = true;
    if (p->px.a && !p->hooks) p->px.a->line_plain = false;
  }
  gsize n = (gsize) (e - s);
  pl_line_class cls = parse_line(p, source, lineno, s, n);
  bool completed = false, catalogued = false;
  if (cls == PL_LINE_PLUTO) {
    if (p->px.ev.kind == PL_EV_UNKNOWN && !status_line(p) &&
        !about_pluto(p, p->px.cx.line, p->px.cx.line_end))
      completed = complete_cut(p, source, lineno, s, n);
    /* the fallback: pluto's catalogue of messages (grammar/catalogue.c) */
    catalogued = px_catalogue(&p->px);
  } else if (cls == PL_LINE_OTHER && about_pluto(p, p->px.cx.line, p->px.cx.line_end)) cls = PL_LINE_PLUTO;
  pl_analysis *a = p->px.a;
  /* only a pluto message has phrases (they are read when a pass asks) */
  if (cls != PL_LINE_PLUTO) p->px.ev.phrases_known = true;
  if (!p->hooks) pl_parser_effects(p, a, cls, &p->px.ev, p->px.cx.msg_s, p->px.cx.line_end);
  if (cls == PL_LINE_PLUTO && p->px.cx.msg_s && !wrapped) {
    int w = join_reason(p, s, line + len, completed || catalogued);
    if (w != JOIN_NONE) {
      if (!p->prev) p->prev = g_string_new(NULL);
      g_string_assign(p->prev, "");
      g_string_append_len(p->prev, s, e - s);
      p->prev_source = source;
      p->prev_lineno = lineno;
      p->prev_joins = 0;
      p->prev_why = w;
      p->prev_close = w == JOIN_GROUP ? p->prev_char_close : 0;
      p->prev_kind = p->px.ev.kind;
    }
  }
  return cls;
}

/* ---- word lists and free-text tails --------------------------------------- */

bool px_in(const pl_tok *t, const char *list) {
  const char *p = list;
  while (*p) {
    const char *e = strchr(p, '|');
    gsize n = e ? (gsize) (e - p) : strlen(p);
    if (n == t->n && memcmp(p, t->s, n) == 0) return true;
    if (!e) break;
    p = e + 1;
  }
  return false;
}

bool px_has(const pl_pctx *px, pl_field_id f) {
  for (int i = 0; i < px->ev.nfields; i++)
    if (px->ev.f[i].id == f) return true;
  return false;
}

typedef struct {
  const char *s;
  gsize n;
  int kind; /* the token kind of its first token (BRACE, BRACKET, QSTR, ...), 0 if not known */
} tword;

static bool weq(const tword *w, const char *lit) {
  gsize n = strlen(lit);
  return w->n == n && memcmp(w->s, lit, n) == 0;
}

/* strips punctuation that ends a clause: "#3;" "93:" "3)" */
static tword wtrim(tword w) {
  while (w.n && strchr(",;:)", w.s[w.n - 1])) w.n--;
  while (w.n && w.s[0] == '(') w.s++, w.n--;
  return w;
}

/* "#N": false past 2^63-1 too (pl_serial_digits notes it for the driver) */
static bool wserial(pl_pctx *px, tword w, gint64 *out) {
  w = wtrim(w);
  if (w.n < 2 || w.s[0] != '#') return false;
  for (gsize i = 1; i < w.n; i++)
    if (w.s[i] < '0' || w.s[i] > '9') return false;
  return pl_serial_digits(&px->cx, w.s + 1, w.n - 1, out);
}

static bool wnum(tword w, gint64 *out) {
  w = wtrim(w);
  if (!w.n) return false;
  for (gsize i = 0; i < w.n; i++)
    if (w.s[i] < '0' || w.s[i] > '9') return false;
  *out = g_ascii_strtoll(w.s, NULL, 10);
  return true;
}

static bool waddr(tword w) {
  return w.n &&
         ((w.s[0] >= '0' && w.s[0] <= '9') || w.s[0] == '[' || (w.n > 1 && w.s[0] == ':' && w.s[1] == ':'));
}

static bool wid_type(tword w) {
  static const char *const types[] = {
      "FQDN",   "USER_FQDN", "IPV4_ADDR", "IPV6_ADDR",        "DER_ASN1_DN",
      "KEY_ID", "NULL",      "DN",        "IPV4_ADDR_SUBNET", "IPV6_ADDR_SUBNET"};
  if (w.n > 3 && memcmp(w.s, "ID_", 3) == 0) return true;
  for (gsize i = 0; i < G_N_ELEMENTS(types); i++)
    if (weq(&w, types[i])) return true;
  return false;
}

/* Fields from the free-text tail of a message: addresses after to/from,
 * {k=v} groups, [a===b] selectors, using #N / using IKE SA #N (parent),
 * replace/rekey ... #N (replaces), Child SA #N (target), N(NOTIFY), errno N,
 * status N, authby=X and "TYPE 'id'" peer IDs.  Each kind of field only when
 * asked for (flags) and only the first time it is seen. */
/* The words of text s..e split at blanks; a word that starts with {, [ or '
 * runs to its closing character (then to the next blank).  Only for text
 * the lexer handed on as one token (TEXT, after "output:"), or a line with
 * more tokens than the parser context keeps. */
static int text_words(const char *p, const char *e, tword *w, int nw, int max) {
  while (p < e && nw < max) {
    while (p < e && (*p == ' ' || *p == '\t')) p++;
    if (p >= e) break;
    const char *b = p;
    char close = *p == '{' ? '}' : *p == '[' ? ']' : *p == '\'' ? '\'' : 0;
    if (close) {
      const char *c = memchr(p + 1, close, (gsize) (e - p - 1));
      p = c ? c + 1 : e;
      while (p < e && *p != ' ') p++;
    } else
      while (p < e && *p != ' ' && *p != '\t') p++;
    w[nw].s = b;
    w[nw].n = (gsize) (p - b);
    /* what the lexer would have made of the first character */
    w[nw].kind = close == '}' ? BRACE : close == ']' ? BRACKET : close == '\'' ? QSTR : 0;
    nw++;
  }
  return nw;
}

/* The words of the tail t from the tokens the lexer gave the grammar: a
 * word is a run of tokens with no blank between them ("#3:" is SERIAL and
 * ':'; "{...}", "[...]" and '...' are one token each, blanks inside). */
static int tail_words(const pl_pctx *px, const pl_tok *t, tword *w, int max) {
  const char *e = t->s + t->n;
  /* too many tokens kept, or a text that is not this line's */
  if (px->ntoks > PX_MAX_TOKS || t->s < px->buf || e > px->buf + px->buf_cap)
    return text_words(t->s, e, w, 0, max);
  int nw = 0;
  const char *end = NULL; /* the end of the word being built */
  for (int k = 0; k < px->ntoks; k++) {
    const char *s = px->toks[k].s;
    gsize n = px->toks[k].n;
    if (s < t->s || s >= e || !n) continue;
    if (s + n > e) n = (gsize) (e - s);
    if (px->toks[k].kind == TEXT) { /* the rest of the line as one token */
      nw = text_words(s, s + n, w, nw, max);
      end = NULL;
      continue;
    }
    if (end == s && nw > 0) w[nw - 1].n += n;
    else {
      if (nw >= max) break;
      w[nw].s = s;
      w[nw].n = n;
      w[nw].kind = px->toks[k].kind;
      nw++;
    }
    end = s + n;
  }
  return nw ? nw : text_words(t->s, e, w, 0, max);
}

void px_tail(pl_pctx *px, const pl_tok *t, unsigned what) {
  if (!t->s || !t->n) return;
  tword w[96];
  int nw = tail_words(px, t, w, (int) G_N_ELEMENTS(w));
  bool ike_rekey = false, ts_local = false;
  gint64 v;
  for (int i = 0; i < nw; i++) {
    tword x = w[i];
    if ((what & PX_BRACE) && x.kind == BRACE) {
      pl_tok bt = {x.s, (guint32) x.n, {0}};
      px_brace(px, &bt);
      continue;
    }
    if ((what & PX_TS) && x.kind == BRACKET && x.n > 2) {
      tword y = x;
      while (y.n && y.s[y.n - 1] != ']') y.n--;
      const char *eq = g_strstr_len(y.s, (gssize) y.n, "===");
      if (eq && !ts_local) {
        px_s(px, PL_F_LOCAL_TS, y.s + 1, (gsize) (eq - y.s - 1));
        px_s(px, PL_F_REMOTE_TS, eq + 3, (gsize) (y.s + y.n - 1 - eq - 3));
        ts_local = true;
      } else if (!eq && y.n > 2 && y.s[1] >= '0' && y.s[1] <= '9') {
        pl_tok tt = {y.s, (guint32) y.n, {0}};
        if (!ts_local) px_ts(px, PL_F_LOCAL_TS, &tt), ts_local = true;
        else if (!px_has(px, PL_F_REMOTE_TS)) px_ts(px, PL_F_REMOTE_TS, &tt);
      }
      continue;
    }
    if ((what & PX_PEER) && (weq(&x, "to") || weq(&x, "from")) && i + 1 < nw && waddr(w[i + 1]) &&
        !px_has(px, PL_F_PEER)) {
      tword a = wtrim(w[i + 1]);
      px_s(px, PL_F_PEER, a.s, a.n);
      continue;
    }
    if ((what & PX_REPLACES) &&
        (weq(&x, "replace") || weq(&x, "rekey") || weq(&x, "replacing") || weq(&x, "rekeyed"))) {
      for (int k = i + 1; k < nw && k <= i + 4; k++) {
        tword y = wtrim(w[k]);
        if (weq(&y, "IKE") || weq(&y, "ISAKMP")) ike_rekey = true;
        if (wserial(px, w[k], &v)) {
          if (!px_has(px, PL_F_REPLACES)) px_i(px, PL_F_REPLACES, v);
          i = k;
          break;
        }
      }
      continue;
    }
    if ((what & PX_PARENT) && weq(&x, "using") && i + 1 < nw) {
      tword y = wtrim(w[i + 1]);
      if (wserial(px, y, &v)) {
        if (!ike_rekey && !px_has(px, PL_F_PARENT)) px_i(px, PL_F_PARENT, v);
        continue;
      }
      if (y.n > 7 && memcmp(y.s, "isakmp#", 7) == 0) {
        gsize dn = 0;
        while (7 + dn < y.n && y.s[7 + dn] >= '0' && y.s[7 + dn] <= '9') dn++;
        if (!px_has(px, PL_F_PARENT) && pl_serial_digits(&px->cx, y.s + 7, dn, &v)) px_i(px, PL_F_PARENT, v);
        continue;
      }
      /* using IKE SA #N / using ISAKMP SA "conn" #N */
      for (int k = i + 1; k < nw && k <= i + 4; k++)
        if (wserial(px, w[k], &v)) {
          if (!ike_rekey && !px_has(px, PL_F_PARENT)) px_i(px, PL_F_PARENT, v);
          break;
        }
      continue;
    }
    if ((what & PX_TARGET) && weq(&x, "Child") && i + 2 < nw && weq(&w[i + 1], "SA") &&
        wserial(px, w[i + 2], &v) && !px_has(px, PL_F_TARGET)) {
      px_i(px, PL_F_TARGET, v);
      continue;
    }
    if (what & PX_NOTIFY) {
      const char *n = g_strstr_len(x.s, (gssize) x.n, "N(");
      if (n && (n == x.s || !((n[-1] >= 'A' && n[-1] <= 'Z') || (n[-1] >= 'a' && n[-1] <= 'z')))) {
        const char *c = memchr(n, ')', (gsize) (x.s + x.n - n));
        if (c && c > n + 2 && !px_has(px, PL_F_NOTIFY)) px_s(px, PL_F_NOTIFY, n + 2, (gsize) (c - n - 2));
      }
    }
    if ((what & PX_NOTIFY) && weq(&x, "notification") && i + 1 < nw && !px_has(px, PL_F_NOTIFY)) {
      tword y = wtrim(w[i + 1]);
      if (y.n > 2 && y.s[0] >= 'A' && y.s[0] <= 'Z') px_s(px, PL_F_NOTIFY, y.s, y.n);
    }
    if ((what & PX_ERRNO) && weq(&(tword){wtrim(x).s, wtrim(x).n, 0}, "errno") && i + 1 < nw &&
        wnum(w[i + 1], &v) && !px_has(px, PL_F_ERRNO)) {
      px_i(px, PL_F_ERRNO, v);
      continue;
    }
    if ((what & PX_STATUS) && weq(&x, "status") && i + 1 < nw && wnum(w[i + 1], &v) &&
        !px_has(px, PL_F_STATUS)) {
      px_i(px, PL_F_STATUS, v);
      continue;
    }
    if ((what & PX_AUTH) && x.n > 7 && memcmp(x.s, "authby=", 7) == 0 && !px_has(px, PL_F_AUTH)) {
      tword y = wtrim(x);
      px_s(px, PL_F_AUTH, y.s + 7, y.n - 7);
      continue;
    }
    if ((what & PX_ID) && wid_type(x) && i + 1 < nw && w[i + 1].kind == QSTR && !px_has(px, PL_F_ID)) {
      pl_tok q = {w[i + 1].s, (guint32) w[i + 1].n, {0}};
      px_s(px, PL_F_ID_TYPE, x.s, x.n);
      px_q(px, PL_F_ID, &q);
      i++;
      continue;
    }
  }
}

/* ---- helpers of grammar actions (one per message family) ---------------- */

static bool tok_has(const pl_tok *t, const char *needle) {
  return t->s && g_strstr_len(t->s, (gssize) t->n, needle) != NULL;
}

/* ERROR: "conn" #N: ... — the object prefix came after the marker */
void px_obj(pl_pctx *px, const pl_tok *conn, const pl_tok *serial) {
  px->cx.conn_s = conn->s + 1;
  px->cx.conn_n = conn->n >= 2 ? conn->n - 2 : 0;
  if (serial) px->cx.serial = serial->i;
}

/* "sent MI1, expecting MR1": story text from a to b */
void px_story(pl_pctx *px, const pl_tok *a, const pl_tok *b) {
  px_s(px, PL_F_STORY, a->s, (gsize) ((b->s + b->n) - a->s));
  char c = a->n > 1 ? a->s[0] : 0;
  if (c == 'M') px_lit(px, PL_F_EXCHANGE, pl_exchange_name(PL_EXCHANGE_MAIN));
  else if (c == 'A') px_lit(px, PL_F_EXCHANGE, pl_exchange_name(PL_EXCHANGE_AGGRESSIVE));
  else if (c == 'Q') px_lit(px, PL_F_EXCHANGE, pl_exchange_name(PL_EXCHANGE_QUICK));
  if (c == 'M' || c == 'A' || c == 'Q') {
    px_i(px, PL_F_IKE_VERSION, 1);
    px_lit(px, PL_F_ROLE, pl_role_name(a->s[1] == 'R' ? PL_ROLE_RESPONDER : PL_ROLE_INITIATOR));
  }
}

/* 2.6/v3 IKEv2 stories: "sent v2I1" (IKE_SA_INIT request), "sent v2I2"
 * (IKE_AUTH request), "received v2I1, sent v2R1" (IKE_SA_INIT reply) */
void px_v2story(pl_pctx *px, const pl_tok *w, bool responder) {
  px_i(px, PL_F_IKE_VERSION, 2);
  px_lit(px, PL_F_ROLE, pl_role_name(responder ? PL_ROLE_RESPONDER : PL_ROLE_INITIATOR));
  bool two = w->n >= 4 && w->s[w->n - 1] == '2';
  px_lit(px, PL_F_EXCHANGE, pl_exchange_name(two ? PL_EXCHANGE_IKE_AUTH : PL_EXCHANGE_IKE_SA_INIT));
  px_lit(px, PL_F_STORY, responder ? "reply" : "request");
}

/* "a===b" or "a -> b" in one token */
void px_spec(pl_pctx *px, const pl_tok *t) {
  const char *eq = g_strstr_len(t->s, (gssize) t->n, "===");
  if (!eq) {
    px_s(px, PL_F_LOCAL_TS, t->s, t->n);
    return;
  }
  px_s(px, PL_F_LOCAL_TS, t->s, (gsize) (eq - t->s));
  px_s(px, PL_F_REMOTE_TS, eq + 3, (gsize) (t->s + t->n - eq - 3));
}

/* a notification that ends a negotiation: the kind follows its meaning */
void px_notify_fail(pl_pctx *px, const pl_tok *t) {
  const char *s = t->s;
  gsize n = t->n;
  if (n > 4 && memcmp(s, "v2N_", 4) == 0) s += 4, n -= 4;
  px_s(px, PL_F_NOTIFY, s, n);
  pl_tok u = {s, (guint32) n, {0}};
  if (px_in(&u, "TS_UNACCEPTABLE")) px_kind(px, PL_EV_TS_UNACCEPTABLE);
  else if (px_in(&u, "NO_PROPOSAL_CHOSEN")) px_kind(px, PL_EV_PROPOSAL_NOMATCH);
  else if (px_in(&u, "AUTHENTICATION_FAILED")) px_kind(px, PL_EV_AUTH_FAILED);
  else if (px_in(&u, "INVALID_KE_PAYLOAD")) px_kind(px, PL_EV_INVALID_KE);
  else if (px_in(&u, "INVALID_ID_INFORMATION")) px_kind(px, PL_EV_ID_MISMATCH);
  else px_kind(px, PL_EV_NOTIFY_RECEIVED);
}

/* "deleting IKE SA (ESTABLISHED_IKE_SA)" / "(established IKE SA)" /
 * "(sent IKE_SA_INIT request)" */
void px_del_what(pl_pctx *px, const pl_tok *noun, const pl_tok *inner) {
  static const char *const what[] = {"", "IKE", "ISAKMP", "IPsec", "Child"};
  px_lit(px, PL_F_WHAT, what[noun->i >= 1 && noun->i <= 4 ? noun->i : 0]);
  if (!inner) return;
  bool caps = true;
  for (guint32 i = 0; i < inner->n; i++) {
    char c = inner->s[i];
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) caps = false;
  }
  px_s(px, caps ? PL_F_STATE : PL_F_STORY, inner->s, inner->n);
}

/* a human reason after the facts: ".  Possible authentication failure: ..." */
void px_reason(pl_pctx *px, const pl_tok *t) {
  if (!t->s) return;
  const char *s = t->s, *e = t->s + t->n;
  while (s < e && (*s == '.' || *s == ' ' || *s == ':' || *s == ',')) s++;
  if (s < e) px_s(px, PL_F_REASON, s, (gsize) (e - s));
}

/* IKEv2 "sent EXCHANGE request|response ..." (v4/v5 stories) */
void px_v2sent(pl_pctx *px, const pl_tok *dir, const pl_tok *rest) {
  pl_exchange ex = pl_exchange_of(pl_event_str(&px->ev, PL_F_EXCHANGE));
  px_kind(px, PL_EV_SENT);
  px_lit(px, PL_F_ROLE, pl_role_name(dir->i == 0 ? PL_ROLE_INITIATOR : PL_ROLE_RESPONDER));
  px_lit(px, PL_F_STORY, dir->i == 0 ? "request" : "response");
  if (ex == PL_EXCHANGE_INFORMATIONAL && tok_has(rest, "delete")) {
    px_kind(px, PL_EV_DELETE_SENT);
    px_tail(px, rest, PX_PEER | PX_PARENT);
    return;
  }
  if (ex == PL_EXCHANGE_CREATE_CHILD_SA) {
    /* "to rekey IKE SA #1": a new IKE SA, not a child */
    if (tok_has(rest, "rekey IKE SA") || tok_has(rest, "rekey ISAKMP"))
      px_lit(px, PL_F_EXCHANGE, pl_exchange_name(PL_EXCHANGE_IKE_REKEY));
    px_tail(px, rest, PX_PEER | PX_BRACE | PX_TS | PX_PARENT | PX_REPLACES);
    return;
  }
  px_tail(px, rest, PX_PEER | PX_BRACE | PX_TS | PX_TARGET);
}

/* "authenticated using authby=secret" / "... peer using preloaded
 * certificate '@east' and ..." / "... using RSA with SHA2_512" */
void px_auth(pl_pctx *px, const pl_tok *t) {
  px_tail(px, t, PX_AUTH | PX_ID);
  if (px_has(px, PL_F_AUTH) || !t->s) return;
  if (tok_has(t, "certificate") || tok_has(t, "RSA") || tok_has(t, "ECDSA") || tok_has(t, "signature"))
    px_lit(px, PL_F_AUTH, "rsasig");
  else if (tok_has(t, "PSK") || tok_has(t, "secret")) px_lit(px, PL_F_AUTH, "secret");
  else if (tok_has(t, "NULL") || tok_has(t, "null")) px_lit(px, PL_F_AUTH, "null");
  else px_s(px, PL_F_AUTH, t->s, t->n);
}

/* "IPsec tunnel [a===b] {ESP/ESN=>0x... xfrm=...}" after a Child SA line */
void px_child(pl_pctx *px, const pl_tok *t) {
  if (tok_has(t, "transport")) px_lit(px, PL_F_MODE, "transport");
  else if (tok_has(t, "tunnel")) px_lit(px, PL_F_MODE, "tunnel");
  px_tail(px, t, PX_TS | PX_BRACE);
}

/* "received unauthenticated INVALID_KE_PAYLOAD response to DH ..." and
 * "received unauthenticated v2N_NO_PROPOSAL_CHOSEN - ignored" */
void px_unauth(pl_pctx *px, const pl_tok *t) {
  const char *s = t->s ? t->s : "";
  gsize n = 0;
  while (n < t->n && s[n] != ' ') n++;
  pl_tok w = {s, (guint32) n, {0}};
  if (n) px_notify_fail(px, &w);
  else px_kind(px, PL_EV_NOTIFY_RECEIVED);
  px_lit(px, PL_F_ACTION, "unauthenticated");
  if (t->s) px_s(px, PL_F_TEXT, t->s, t->n);
}

/* "state transition 'Responder: process IKE_AUTH request' failed with v2N_X"
 * / "state transition function for STATE_QUICK_R1 had internal error" */
void px_transition(pl_pctx *px, const pl_tok *t) {
  if (!t->s) return;
  px_s(px, PL_F_REASON, t->s, t->n);
  const char *w = g_strstr_len(t->s, (gssize) t->n, "failed with ");
  if (w) {
    w += 12;
    const char *e = w;
    while (e < t->s + t->n && *e != ' ') e++;
    const char *s = w;
    gsize n = (gsize) (e - w);
    if (n > 4 && memcmp(s, "v2N_", 4) == 0) s += 4, n -= 4;
    px_s(px, PL_F_NOTIFY, s, n);
  }
  const char *st = g_strstr_len(t->s, (gssize) t->n, "STATE_");
  if (st) {
    const char *e = st;
    while (e < t->s + t->n && *e != ' ') e++;
    px_s(px, PL_F_STATE, st, (gsize) (e - st));
  }
}

/* "msgid=00000000, length=12" */
void px_msgid(pl_pctx *px, const pl_tok *t) {
  if (!t->s) return;
  const char *m = g_strstr_len(t->s, (gssize) t->n, "msgid=");
  if (!m) return;
  m += 6;
  const char *e = m;
  while (e < t->s + t->n && *e != ',' && *e != ' ') e++;
  px_s(px, PL_F_MSGID, m, (gsize) (e - m));
}

/* "... but no connection has been authorized with policy=PSK" and the
 * like: the peer address and the auth the peer asked for */
void px_noconn(pl_pctx *px, const pl_tok *t) {
  px_tail(px, t, PX_PEER);
  if (!t->s) return;
  static const char *const keys[] = {"authby=", "policy=", "policy ", "authby "};
  for (gsize k = 0; k < G_N_ELEMENTS(keys); k++) {
    const char *p = g_strstr_len(t->s, (gssize) t->n, keys[k]);
    if (!p) continue;
    p += strlen(keys[k]);
    const char *e = p;
    while (e < t->s + t->n && *e != ' ' && *e != ',') e++;
    if (e > p) px_s(px, PL_F_AUTH, p, (gsize) (e - p));
    break;
  }
  if (!px_has(px, PL_F_PEER)) {
    const char *p = g_strstr_len(t->s, (gssize) t->n, "on ");
    if (p) {
      p += 3;
      const char *e = p;
      while (e < t->s + t->n && *e != ' ') e++;
      px_s(px, PL_F_LOCAL, p, (gsize) (e - p));
    }
  }
  px_s(px, PL_F_REASON, t->s, t->n);
}

/* "received Delete SA(0x...) payload: deleting IPSEC State #20",
 * "received Delete SA payload via #1", "... self-deleting ISAKMP State #1" */
void px_delete_received(pl_pctx *px, const pl_tok *sa, const pl_tok *t) {
  (void) sa;
  if (!t->s) return;
  const char *h = NULL;
  for (const char *p = t->s; p < t->s + t->n; p++)
    if (*p == '#' && p + 1 < t->s + t->n && p[1] >= '0' && p[1] <= '9') h = p;
  if (h) px_i(px, PL_F_TARGET, g_ascii_strtoll(h + 1, NULL, 10));
  if (tok_has(t, "ISAKMP") || tok_has(t, "IKE")) px_lit(px, PL_F_WHAT, "ISAKMP");
  else if (tok_has(t, "IPsec") || tok_has(t, "IPSEC")) px_lit(px, PL_F_WHAT, "IPsec");
  px_s(px, PL_F_TEXT, t->s, t->n);
}

/* "initiating rekey to replace IKE SA #1 using IKE SA #1": an IKE rekey is
 * a new IKE SA, not a child */
void px_rekey_kind(pl_pctx *px, const pl_tok *t) {
  if (tok_has(t, "replace IKE SA") || tok_has(t, "replace ISAKMP")) {
    px_lit(px, PL_F_EXCHANGE, pl_exchange_name(PL_EXCHANGE_IKE_REKEY));
    px_lit(px, PL_F_WHAT, "IKE");
  } else px_lit(px, PL_F_WHAT, "Child");
}

/* v5.4 'command "up": exited with status 1' and friends */
void px_command(pl_pctx *px, const pl_tok *verb, const pl_tok *t) {
  px_q(px, PL_F_VERB, verb);
  px_tail(px, t, PX_STATUS);
  if (px_has(px, PL_F_STATUS) || tok_has(t, "signal")) px_kind(px, PL_EV_UPDOWN_FAILED);
  else px_kind(px, PL_EV_UPDOWN_OUTPUT);
  if (t->s) px_s(px, PL_F_TEXT, t->s, t->n);
}

/* "unable to popen up-client command" / "unable to locate my private key" */
void px_unable(pl_pctx *px, const pl_tok *t) {
  if (tok_has(t, "popen")) px_kind(px, PL_EV_UPDOWN_FAILED);
  else if (tok_has(t, "key") || tok_has(t, "cert")) px_kind(px, PL_EV_CERT);
  else px_kind(px, PL_EV_WARNING);
  if (t->s) px_s(px, PL_F_TEXT, t->s, t->n);
}

/* "XAUTH: User x: Authentication Failed ...", "Answering ... user='x'" */
void px_xauth(pl_pctx *px, const pl_tok *t) {
  if (!t->s) return;
  const char *u = g_strstr_len(t->s, (gssize) t->n, "user='");
  if (u) {
    u += 6;
    const char *e = memchr(u, '\'', (gsize) (t->s + t->n - u));
    if (e) px_s(px, PL_F_USER, u, (gsize) (e - u));
  }
  if (tok_has(t, "Failed") || tok_has(t, "failed")) px_lit(px, PL_F_REASON, "xauth failed");
}

/* certificate lines: verified / rejected / revoked */
void px_cert(pl_pctx *px, const pl_tok *t) {
  px_kind(px, PL_EV_CERT);
  if (tok_has(t, "rejected") || tok_has(t, "revoked") || tok_has(t, "invalid") ||
      tok_has(t, "does not match") || tok_has(t, "bogus"))
    px_kind(px, PL_EV_AUTH_FAILED);
  if (t->s) px_s(px, PL_F_TEXT, t->s, t->n);
}

bool px_contains(const pl_tok *t, const char *needle) { return tok_has(t, needle); }
