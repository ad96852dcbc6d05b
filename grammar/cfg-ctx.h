/* State shared by the ipsec.conf lexer (cfg-lexer.l), its grammar
 * (cfg-parser.y) and the reader (grammar/config.c). */
#ifndef PL_CFG_CTX_H
#define PL_CFG_CTX_H

#include "config.h"

/* A token: a slice of the file's buffer and the line it starts on. */
typedef struct {
  const char *s;
  guint32 n;
  guint32 line;
  char quote; /* values: 0, '"' or '{'; keys: 'x' for an x- comment key */
} pl_cfg_tok;

typedef void *pl_cfg_scan_t;

typedef struct pl_cfg_pctx {
  pl_cfg_scan_t scanner;
  guint32 line;      /* lexer: the current line (1-based) */
  bool need_eol;     /* lexer: a token was returned since the last end of line */
  bool eof;          /* lexer: end of input seen */
  pl_cfg_tok tok;    /* lexer: the token being returned */
  guint32 err_line;  /* grammar: the line of the first error token */
  const char *err_s; /* ... and its text, for the message */
  guint32 err_n;
  /* reader */
  pl_config *cfg;
  guint32 file;        /* index in cfg->files */
  int depth;           /* include depth (1 = top file) */
  pl_cfg_section *cur; /* the section key=value lines go to */
} pl_cfg_pctx;

/* cfg-lexer.l */
int pl_cfg_lex_init(pl_cfg_pctx *px, const char *buf, gsize len);
int pl_cfg_lex(pl_cfg_pctx *px);
void pl_cfg_lex_free(pl_cfg_pctx *px);
/* cfg-parser.y */
int pl_cfg_parse(pl_cfg_pctx *px);
/* grammar/config.c: grammar actions */
void pl_cfg_act_setup(pl_cfg_pctx *px, guint32 line);
void pl_cfg_act_conn(pl_cfg_pctx *px, const pl_cfg_tok *name);
void pl_cfg_act_include(pl_cfg_pctx *px, const pl_cfg_tok *pat);
void pl_cfg_act_kv(pl_cfg_pctx *px, const pl_cfg_tok *key, const pl_cfg_tok *val);
void pl_cfg_act_error(pl_cfg_pctx *px, guint32 line);
void pl_cfg_diag_add(pl_config *cfg, pl_cfg_level lv, guint32 file, guint32 line, const char *fmt, ...)
    G_GNUC_PRINTF(5, 6);

#endif
