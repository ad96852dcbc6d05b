/* The grammar's context: the lexer state of the line, the event being
 * built and a per-line scratch arena for the strings its fields point to. */
#ifndef PL_PARSER_CTX_H
#define PL_PARSER_CTX_H

#include "plutolog.h"
#include "lexer-ctx.h"

#define PX_MAX_TOKS 160

typedef struct pl_pctx {
  pl_lexctx cx;
  yyscan_t scanner;
  void *pstate; /* bison push-parser state */
  pl_event ev;  /* the event of the current line */
  bool matched; /* a message rule reduced */
  bool errored; /* error recovery ran on this line */
  /* scratch arena for field strings of the current line */
  char *arena;
  gsize arena_len, arena_cap;
  /* the line buffer (line, the '\n' sentinel, 2 NULs) */
  char *buf;
  gsize buf_cap;
  pl_analysis *a;
  /* the tokens the grammar was given on this line, in order (px_tail reads
   * a message's tail from them); more than PX_MAX_TOKS: ntoks says so */
  struct {
    const char *s;
    guint32 n;
    int kind;
  } toks[PX_MAX_TOKS];
  int ntoks;
} pl_pctx;

/* copies s[0..n) into the line arena, NUL-terminated */
const char *px_str(pl_pctx *px, const char *s, gsize n);
/* field setters used by grammar actions */
void px_kind(pl_pctx *px, pl_event_kind k);
void px_s(pl_pctx *px, pl_field_id f, const char *s, gsize n); /* slice, copied */
void px_lit(pl_pctx *px, pl_field_id f, const char *lit);      /* static string */
void px_i(pl_pctx *px, pl_field_id f, gint64 v);
void px_d(pl_pctx *px, pl_field_id f, double v);
/* a quoted token without its quotes */
void px_q(pl_pctx *px, pl_field_id f, const pl_tok *t);
/* {k=v k:v ...} groups: known keys become fields */
void px_brace(pl_pctx *px, const pl_tok *t);
/* [a (n), b, c] transform lists: cipher, keylen, prf/integ, group */
void px_transform(pl_pctx *px, const pl_tok *t);
/* "[192.0.1.0-192.0.1.255:0-65535 0]" or "[192.0.1.0/24===192.0.2.0/24]" */
void px_ts(pl_pctx *px, pl_field_id f, const pl_tok *t);
/* the slice from token a to the end of token b */
pl_tok px_span(const pl_tok *a, const pl_tok *b);
/* "authby=secret" -> value */
void px_kv(pl_pctx *px, pl_field_id f, const pl_tok *t);
/* "STATE_MAIN_I1" -> exchange/role/version guesses for the state field */
void px_state(pl_pctx *px, const pl_tok *t);

/* t's text is one of the '|'-separated words of list */
bool px_in(const pl_tok *t, const char *list);
/* the event already has field f */
bool px_has(const pl_pctx *px, pl_field_id f);
/* fields from a free-text tail (see driver.c); what: PX_* flags */
enum {
  PX_PEER = 1u << 0,
  PX_BRACE = 1u << 1,
  PX_TS = 1u << 2,
  PX_PARENT = 1u << 3,
  PX_REPLACES = 1u << 4,
  PX_TARGET = 1u << 5,
  PX_NOTIFY = 1u << 6,
  PX_ERRNO = 1u << 7,
  PX_STATUS = 1u << 8,
  PX_AUTH = 1u << 9,
  PX_ID = 1u << 10,
  PX_ALL = 0x7ffu,
};
void px_tail(pl_pctx *px, const pl_tok *t, unsigned what);
/* per-family helpers of grammar actions (driver.c) */
void px_obj(pl_pctx *px, const pl_tok *conn, const pl_tok *serial);
void px_story(pl_pctx *px, const pl_tok *a, const pl_tok *b);
void px_v2story(pl_pctx *px, const pl_tok *w, bool responder);
void px_spec(pl_pctx *px, const pl_tok *t);
void px_notify_fail(pl_pctx *px, const pl_tok *t);
void px_del_what(pl_pctx *px, const pl_tok *noun, const pl_tok *inner);
void px_reason(pl_pctx *px, const pl_tok *t);
void px_v2sent(pl_pctx *px, const pl_tok *dir, const pl_tok *rest);
void px_auth(pl_pctx *px, const pl_tok *t);
void px_child(pl_pctx *px, const pl_tok *t);
void px_unauth(pl_pctx *px, const pl_tok *t);
void px_transition(pl_pctx *px, const pl_tok *t);
void px_msgid(pl_pctx *px, const pl_tok *t);
void px_noconn(pl_pctx *px, const pl_tok *t);
void px_delete_received(pl_pctx *px, const pl_tok *sa, const pl_tok *t);
void px_rekey_kind(pl_pctx *px, const pl_tok *t);
void px_command(pl_pctx *px, const pl_tok *verb, const pl_tok *t);
void px_unable(pl_pctx *px, const pl_tok *t);
void px_xauth(pl_pctx *px, const pl_tok *t);
void px_cert(pl_pctx *px, const pl_tok *t);
bool px_contains(const pl_tok *t, const char *needle);

/* the scanner's work on the last line parsed (pl_lexctx.work): tests bound
 * it by the line's length */
guint64 pl_parser_scan_work(const pl_parser *p);

#endif
