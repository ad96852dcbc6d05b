/* plutolog — the ipsec.conf grammar.
 *
 * Line oriented, as Libreswan reads the file: a section header at column 0,
 * then the section's indented key=value lines.  The grammar only shapes the
 * lines; the actions (grammar/config.c) build sections, resolve includes and
 * check keys.  Pure and reentrant (all state in pl_cfg_pctx); the lexer is
 * called through pl_cfg_lex.
 *
 * Recovery: "line: error CT_EOL": a line the grammar refuses is reported as
 * FILE:LINE with its first bad token and skipped; the next line starts
 * clean.  %expect 0. */

%code requires {
#include "cfg-ctx.h"
}

%code {
#include <string.h>
static int pl_cfgyylex(PL_CFGYYSTYPE *lval, pl_cfg_pctx *px) {
  int t = pl_cfg_lex(px);
  *lval = px->tok;
  if (t == CT_BAD && !px->err_line) {
    px->err_line = px->tok.line;
    px->err_s = px->tok.s;
    px->err_n = px->tok.n;
  }
  return t;
}
static void pl_cfgyyerror(pl_cfg_pctx *px, const char *msg) {
  (void) msg;
  if (!px->err_line) {
    px->err_line = px->tok.line;
    px->err_s = px->tok.s;
    px->err_n = px->tok.n;
  }
}
}

%define api.pure full
%define api.value.type {pl_cfg_tok}
%define api.prefix {pl_cfgyy}
%define api.token.prefix {}
%define parse.error simple
%param {pl_cfg_pctx *px}
%expect 0

%token CT_EOL CT_INDENT CT_CONFIG CT_SETUP CT_CONN CT_INCLUDE CT_VERSION CT_KEY CT_XKEY CT_VALUE CT_BAD

%%

file:
    %empty
  | file line
  ;

line:
    CT_EOL
  | CT_CONFIG CT_SETUP CT_EOL               { pl_cfg_act_setup(px, $1.line); }
  | CT_CONN CT_VALUE CT_EOL                 { pl_cfg_act_conn(px, &$2); }
  | CT_INCLUDE CT_VALUE CT_EOL              { pl_cfg_act_include(px, &$2); }
  | CT_VERSION CT_VALUE CT_EOL
  | CT_INDENT CT_EOL
  | CT_INDENT CT_KEY '=' CT_VALUE CT_EOL    { pl_cfg_act_kv(px, &$2, &$4); }
  | CT_INDENT CT_KEY '=' CT_EOL             { pl_cfg_tok e = $4; e.n = 0; e.quote = 0;
                                              pl_cfg_act_kv(px, &$2, &e); }
  | CT_INDENT CT_XKEY CT_EOL                /* x- comments: read and ignored */
  | CT_INDENT CT_XKEY '=' CT_VALUE CT_EOL
  | CT_INDENT CT_XKEY '=' CT_EOL
  | error CT_EOL                            { pl_cfg_act_error(px, px->err_line ? px->err_line : $2.line);
                                              px->err_line = 0; px->err_s = NULL; px->err_n = 0;
                                              yyerrok; }
  ;

%%

int pl_cfg_parse(pl_cfg_pctx *px) {
  return pl_cfgyyparse(px);
}
