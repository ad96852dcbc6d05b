/* The line driver: scans one line with the lexer, pushes its tokens into the
 * bison push parser, and turns the result into a pl_event for the analysis.
 * Also the px_* helpers that grammar actions use to fill event fields. */
#include "parser-ctx.h"
#include "parser.h"

#include <stdlib.h>
#include <string.h>

struct pl_parser {
  pl_pctx px;
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
    const char *arrow = g_strstr_len(w, (gssize) n, "=>");
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

void px_state(pl_pctx *px, const pl_tok *t) { px_s(px, PL_F_STATE, t->s, t->n); }

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
  pl_tok v = {px->cx.tok_s, px->cx.tok_n, px->cx.tok_i, px->cx.tok_d};
  if (tok == T_EOL) v.s = px->cx.line_end, v.n = 0;
  pl_yypush_parse(px->pstate, tok, &v, px);
}

/* buf[0..len) holds the line, already free of its newline; the driver owns
 * a copy with two NULs after it. */
pl_line_class pl_parser_line(pl_parser *p, guint32 source, guint64 lineno, char *line,
                             gsize len) {
  pl_pctx *px = &p->px;
  if (px->buf_cap < len + 2) {
    px->buf_cap = len + 2 + len / 2 + 256;
    g_free(px->buf);
    px->buf = g_malloc(px->buf_cap);
  }
  memcpy(px->buf, line, len);
  px->buf[len] = px->buf[len + 1] = '\0';
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
  ev->host = cx->host_s ? pl_intern_sanitised(cx->host_s, cx->host_n) : NULL;
  ev->prog = cx->prog_s ? pl_intern_sanitised(cx->prog_s, cx->prog_n) : NULL;
  ev->conn = cx->conn_s ? pl_intern_sanitised(cx->conn_s, cx->conn_n) : NULL;
  ev->instance = cx->inst_s ? pl_intern_sanitised(cx->inst_s, cx->inst_n) : NULL;
  ev->peer = cx->peer_s ? pl_intern_sanitised(cx->peer_s, cx->peer_n) : NULL;
  ev->rc = cx->rc_s ? pl_intern(cx->rc_s, cx->rc_n) : NULL;
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
  if (bare && ev->kind == PL_EV_UNKNOWN && !cx->conn_s && !cx->pkt_s && !cx->rc_s && !cx->serial)
    return len == 0 ? PL_LINE_EMPTY : PL_LINE_OTHER;
  if (len == 0) return PL_LINE_EMPTY;
  return PL_LINE_PLUTO;
}

const pl_event *pl_parser_event(const pl_parser *p) { return &p->px.ev; }
