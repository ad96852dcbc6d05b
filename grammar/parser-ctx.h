/* The grammar's context: the lexer state of the line, the event being
 * built and a per-line scratch arena for the strings its fields point to. */
#ifndef PL_PARSER_CTX_H
#define PL_PARSER_CTX_H

#include "plutolog.h"
#include "lexer-ctx.h"

typedef struct pl_pctx {
  pl_lexctx cx;
  yyscan_t scanner;
  void *pstate;          /* bison push-parser state */
  pl_event ev;           /* the event of the current line */
  bool matched;          /* a message rule reduced */
  bool errored;          /* error recovery ran on this line */
  /* scratch arena for field strings of the current line */
  char *arena;
  gsize arena_len, arena_cap;
  /* the line buffer (line + 2 NULs) */
  char *buf;
  gsize buf_cap;
  pl_analysis *a;
} pl_pctx;

/* copies s[0..n) into the line arena, NUL-terminated */
const char *px_str(pl_pctx *px, const char *s, gsize n);
/* field setters used by grammar actions */
void px_kind(pl_pctx *px, pl_event_kind k);
void px_s(pl_pctx *px, pl_field_id f, const char *s, gsize n);   /* slice, copied */
void px_lit(pl_pctx *px, pl_field_id f, const char *lit);        /* static string */
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

#endif
