/* The line driver: scans one line with the lexer, pushes its tokens into the
 * bison push parser, and turns the result into a pl_event for the analysis.
 * Also the px_* helpers that grammar actions use to fill event fields. */
#include "parser-ctx.h"
#include "parser.h"
#include "unknown.h"

#include <stdlib.h>
#include <string.h>

/* The previous line's envelope strings and what pl_intern made of them:
 * consecutive lines mostly share host, program, connection and peer, so
 * the intern table (a mutex and a hash per string) is asked only when the
 * bytes change. */
typedef struct {
  char *s;
  guint32 n, cap;
  guint gen;        /* pl_intern_generation() when v was looked up */
  const char *v;    /* NULL: empty */
} icache;

enum { IC_HOST, IC_PROG, IC_CONN, IC_INST, IC_PEER, IC_RC, IC__N };

struct pl_parser {
  pl_pctx px;
  icache ic[IC__N];
  /* the last pluto line when it ended inside an unclosed {..} or [..] group:
   * the candidate first part of a hard-wrapped line (see join_candidate) */
  GString *prev;
  guint32 prev_source;
  guint64 prev_lineno;
  char prev_close;   /* the closer it waits for, 0: none (cleared every line) */
  char prev_char_close;
  pl_event_kind prev_kind;
  bool in_fence;     /* inside a ``` / ~~~ fenced block */
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
  for (int i = 0; i < IC__N; i++) g_free(p->ic[i].s);
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
    {"auth", PL_F_AUTH},        {"cipher", PL_F_CIPHER},   {"integ", PL_F_INTEG},
    {"prf", PL_F_PRF},          {"group", PL_F_GROUP},     {"ke", PL_F_GROUP},
    {"xfrm", PL_F_XFRM},        {"DPD", PL_F_DPD},         {"NATOA", PL_F_NATOA},
    {"NATD", PL_F_NATD},        {"proposal", PL_F_PROPOSAL}, {"pfsgroup", PL_F_PFSGROUP},
    {"msgid", PL_F_MSGID},      {"username", PL_F_USER},
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
    for (const char *q = memchr(w, '=', n); q && q + 1 < w + n; q = memchr(q + 1, '=', (gsize) (w + n - q - 1)))
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
  pl_yypush_parse(px->pstate, tok, &v, px);
}

static const char *intern_cached(icache *c, const char *s, guint32 n) {
  guint gen = pl_intern_generation();
  if (c->v && c->n == n && c->gen == gen && (n == 0 || memcmp(c->s, s, n) == 0)) return c->v;
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
static pl_line_class parse_line(pl_parser *p, guint32 source, guint64 lineno, const char *line,
                                gsize len) {
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

  pl_event *ev = &px->ev;
  ev->source = source;
  ev->line = lineno;
  ev->time = line_time(cx, px->a ? px->a->default_year : 1970);
  ev->pid = cx->pid;
  ev->repeat = cx->repeat;
  ev->serial = cx->serial;
  icache *ic = p->ic;
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

  if (cls != PL_LINE_PLUTO) return cls;
  if (!px->matched) {
    ev->kind = PL_EV_UNKNOWN;
    switch (cx->marker) {
    case PL_MARK_WARNING: ev->kind = PL_EV_WARNING; break;
    case PL_MARK_ERROR: ev->kind = PL_EV_ERROR; break;
    case PL_MARK_IMPAIR: ev->kind = PL_EV_IMPAIR; break;
    case PL_MARK_NONE: break;
    }
    if (ev->kind != PL_EV_UNKNOWN) px_s(px, PL_F_TEXT, ev->text, ev->text_len);
  }
  /* A bare line (no program in its prefix, no logfile time) counts as pluto
   * only when it looks like one: an object prefix, a result code, a packet
   * prefix, or a message the grammar knows. */
  bool bare = !cx->prog_s && !(cx->has_time && !cx->host_s);
  bool naked = bare && !cx->conn_s && !cx->pkt_s && !cx->rc_s && !cx->serial;
  if (naked && ev->kind == PL_EV_UNKNOWN) return len == 0 ? PL_LINE_EMPTY : PL_LINE_OTHER;
  /* the start-up banner rules end in free text: on a line with no envelope
   * at all they would take prose ("Hello support, ...") for pluto */
  if (naked && ev->kind == PL_EV_DAEMON) return PL_LINE_OTHER;
  if (len == 0) return PL_LINE_EMPTY;
  if (ev->kind == PL_EV_UNKNOWN && px->a && px->a->collect_unknown) pl_unknown_note(px->a, ev);
  return PL_LINE_PLUTO;
}

const pl_event *pl_parser_event(const pl_parser *p) { return &p->px.ev; }

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
    if (s < e && *s == '<') /* every tag starts with '<' */
      for (gsize i = 0; i < G_N_ELEMENTS(tags); i++)
        if (ci_prefix(s, e, tags[i])) s += strlen(tags[i]);
    if (s == before) break;
  }
  for (;;) {
    const char *before = e;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r')) e--;
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

pl_line_class pl_parser_line(pl_parser *p, guint32 source, guint64 lineno, char *line,
                             gsize len) {
  const char *s = line, *e = line + len;
  bool fence = false;
  strip_paste(&s, &e, &fence);
  bool stripped = s != line || e != line + len;
  bool joinable = p->prev_close && p->prev_source == source && p->prev_lineno + 1 == lineno;
  p->prev_close = 0;

  if (fence || (stripped && s == e)) {
    /* markup only: a fence, "<pre>", a bare ">" quote line */
    if (fence) p->in_fence = !p->in_fence;
    pl_event *ev = &p->px.ev;
    memset(ev, 0, sizeof *ev);
    ev->source = source;
    ev->line = lineno;
    return len == 0 ? PL_LINE_EMPTY : PL_LINE_OTHER;
  }

  if (joinable && !has_envelope(s, e) && memchr(s, p->prev_char_close, (gsize) (e - s))) {
    pl_analysis *a = p->px.a;
    GString *j = p->prev;
    if (!glue_without_space(j, s, e)) g_string_append_c(j, ' ');
    g_string_append_len(j, s, e - s);
    pl_event_kind old = p->prev_kind;
    bool collect = a && a->collect_unknown;
    if (collect) a->collect_unknown = false; /* the first part was noted already */
    pl_line_class cls = parse_line(p, source, p->prev_lineno, j->str, j->len);
    if (collect) a->collect_unknown = true;
    if (cls == PL_LINE_PLUTO && a) {
      pl_event *ev = &p->px.ev;
      pl_stats *st = &a->stats;
      if (ev->kind != old) {
        if (st->kinds[old]) st->kinds[old]--;
        st->kinds[ev->kind]++;
        if (old == PL_EV_UNKNOWN && ev->kind != PL_EV_UNKNOWN && st->unrecognised)
          st->unrecognised--, st->recognised++;
        else if (old != PL_EV_UNKNOWN && ev->kind == PL_EV_UNKNOWN && st->recognised)
          st->recognised--, st->unrecognised++;
      }
      st->joined++;
      pl_timeline_amend(a, ev);
    }
    g_string_truncate(p->prev, 0);
    pl_event *ev = &p->px.ev;
    memset(ev, 0, sizeof *ev);
    ev->source = source;
    ev->line = lineno;
    return PL_LINE_OTHER;
  }

  pl_line_class cls = parse_line(p, source, lineno, s, (gsize) (e - s));
  if (cls == PL_LINE_PLUTO && p->px.cx.msg_s) {
    char close = open_group(p->px.cx.msg_s, p->px.cx.line_end);
    if (close) {
      if (!p->prev) p->prev = g_string_new(NULL);
      g_string_assign(p->prev, "");
      g_string_append_len(p->prev, s, e - s);
      p->prev_source = source;
      p->prev_lineno = lineno;
      p->prev_close = close;
      p->prev_char_close = close;
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

static bool wserial(tword w, gint64 *out) {
  w = wtrim(w);
  if (w.n < 2 || w.s[0] != '#') return false;
  for (gsize i = 1; i < w.n; i++)
    if (w.s[i] < '0' || w.s[i] > '9') return false;
  *out = g_ascii_strtoll(w.s + 1, NULL, 10);
  return true;
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
  return w.n && ((w.s[0] >= '0' && w.s[0] <= '9') || w.s[0] == '[' ||
                 (w.n > 1 && w.s[0] == ':' && w.s[1] == ':'));
}

static bool wid_type(tword w) {
  static const char *const types[] = {"FQDN", "USER_FQDN", "IPV4_ADDR", "IPV6_ADDR", "DER_ASN1_DN",
                                      "KEY_ID", "NULL", "DN", "IPV4_ADDR_SUBNET", "IPV6_ADDR_SUBNET"};
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
void px_tail(pl_pctx *px, const pl_tok *t, unsigned what) {
  if (!t->s || !t->n) return;
  tword w[96];
  int nw = 0;
  const char *p = t->s, *e = t->s + t->n;
  while (p < e && nw < (int) G_N_ELEMENTS(w)) {
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
    nw++;
  }
  bool ike_rekey = false, ts_local = false;
  gint64 v;
  for (int i = 0; i < nw; i++) {
    tword x = w[i];
    if ((what & PX_BRACE) && x.s[0] == '{') {
      pl_tok bt = {x.s, (guint32) x.n, {0}};
      px_brace(px, &bt);
      continue;
    }
    if ((what & PX_TS) && x.s[0] == '[' && x.n > 2) {
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
    if ((what & PX_PEER) && (weq(&x, "to") || weq(&x, "from")) && i + 1 < nw &&
        waddr(w[i + 1]) && !px_has(px, PL_F_PEER)) {
      tword a = wtrim(w[i + 1]);
      px_s(px, PL_F_PEER, a.s, a.n);
      continue;
    }
    if ((what & PX_REPLACES) &&
        (weq(&x, "replace") || weq(&x, "rekey") || weq(&x, "replacing") || weq(&x, "rekeyed"))) {
      for (int k = i + 1; k < nw && k <= i + 4; k++) {
        tword y = wtrim(w[k]);
        if (weq(&y, "IKE") || weq(&y, "ISAKMP")) ike_rekey = true;
        if (wserial(w[k], &v)) {
          if (!px_has(px, PL_F_REPLACES)) px_i(px, PL_F_REPLACES, v);
          i = k;
          break;
        }
      }
      continue;
    }
    if ((what & PX_PARENT) && weq(&x, "using") && i + 1 < nw) {
      tword y = wtrim(w[i + 1]);
      if (wserial(y, &v)) {
        if (!ike_rekey && !px_has(px, PL_F_PARENT)) px_i(px, PL_F_PARENT, v);
        continue;
      }
      if (y.n > 7 && memcmp(y.s, "isakmp#", 7) == 0) {
        if (!px_has(px, PL_F_PARENT)) px_i(px, PL_F_PARENT, g_ascii_strtoll(y.s + 7, NULL, 10));
        continue;
      }
      /* using IKE SA #N / using ISAKMP SA "conn" #N */
      for (int k = i + 1; k < nw && k <= i + 4; k++)
        if (wserial(w[k], &v)) {
          if (!ike_rekey && !px_has(px, PL_F_PARENT)) px_i(px, PL_F_PARENT, v);
          break;
        }
      continue;
    }
    if ((what & PX_TARGET) && weq(&x, "Child") && i + 2 < nw && weq(&w[i + 1], "SA") &&
        wserial(w[i + 2], &v) && !px_has(px, PL_F_TARGET)) {
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
    if ((what & PX_ERRNO) && weq(&(tword){wtrim(x).s, wtrim(x).n}, "errno") && i + 1 < nw &&
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
    if ((what & PX_ID) && wid_type(x) && i + 1 < nw && w[i + 1].s[0] == '\'' &&
        !px_has(px, PL_F_ID)) {
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
  if (c == 'M') px_lit(px, PL_F_EXCHANGE, "main");
  else if (c == 'A') px_lit(px, PL_F_EXCHANGE, "aggressive");
  else if (c == 'Q') px_lit(px, PL_F_EXCHANGE, "quick");
  if (c == 'M' || c == 'A' || c == 'Q') {
    px_i(px, PL_F_IKE_VERSION, 1);
    px_lit(px, PL_F_ROLE, a->s[1] == 'R' ? "responder" : "initiator");
  }
}

/* 2.6/v3 IKEv2 stories: "sent v2I1" (IKE_SA_INIT request), "sent v2I2"
 * (IKE_AUTH request), "received v2I1, sent v2R1" (IKE_SA_INIT reply) */
void px_v2story(pl_pctx *px, const pl_tok *w, bool responder) {
  px_i(px, PL_F_IKE_VERSION, 2);
  px_lit(px, PL_F_ROLE, responder ? "responder" : "initiator");
  bool two = w->n >= 4 && w->s[w->n - 1] == '2';
  px_lit(px, PL_F_EXCHANGE, two ? "ike_auth" : "ike_sa_init");
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
  const char *ex = pl_event_str(&px->ev, PL_F_EXCHANGE);
  px_kind(px, PL_EV_SENT);
  px_lit(px, PL_F_ROLE, dir->i == 0 ? "initiator" : "responder");
  px_lit(px, PL_F_STORY, dir->i == 0 ? "request" : "response");
  if (ex && !strcmp(ex, "informational") && tok_has(rest, "delete")) {
    px_kind(px, PL_EV_DELETE_SENT);
    px_tail(px, rest, PX_PEER | PX_PARENT);
    return;
  }
  if (ex && !strcmp(ex, "create_child_sa")) {
    /* "to rekey IKE SA #1": a new IKE SA, not a child */
    if (tok_has(rest, "rekey IKE SA") || tok_has(rest, "rekey ISAKMP")) px_lit(px, PL_F_EXCHANGE, "ike_rekey");
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
    px_lit(px, PL_F_EXCHANGE, "ike_rekey");
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
