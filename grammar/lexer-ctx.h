/* State shared by the lexer (lexer.l), its C helpers (lexsupport.c) and the
 * grammar actions (parser.y) for the line being scanned.  Everything here
 * is reset at the start of each line; slices point into the line buffer. */
#ifndef PL_LEXER_CTX_H
#define PL_LEXER_CTX_H

#include <glib.h>
#include <stdbool.h>

/* PL_MARK_FATAL: pluto exits after the line ("FATAL ERROR: ", lib/libswan/fatal.c) */
typedef enum { PL_MARK_NONE, PL_MARK_WARNING, PL_MARK_ERROR, PL_MARK_IMPAIR, PL_MARK_FATAL } pl_marker;

/* The semantic value of every token: a slice, plus a number when it has one
 * (d for DEC and DUR, i for the others).  24 bytes: bison copies it on every
 * shift and reduce. */
typedef struct {
  const char *s;
  guint32 n;
  union {
    gint64 i;
    double d;
  };
} pl_tok;

typedef struct pl_lexctx {
  /* the line */
  char *line, *line_end;
  bool eol_sent;
  /* envelope */
  int mon, day, year;   /* mon 1..12, 0 = none */
  int hh, mm, ss, usec; /* usec -1 = no fraction */
  bool has_time, has_date;
  int tz_min; /* zone offset in minutes, from ISO stamps */
  bool has_tz;
  bool rfc5424;
  const char *host_s;
  guint32 host_n;
  const char *prog_s;
  guint32 prog_n;
  gint64 pid;
  const char *rc_s;
  guint32 rc_n;
  guint32 repeat;      /* rsyslog message repeated N times */
  bool envelope_other; /* another program's line / not a log line */
  /* object prefix */
  const char *conn_s;
  guint32 conn_n;
  bool file_place; /* the message starts with "FILE" line N: (no connection) */
  const char *inst_s;
  guint32 inst_n; /* "[1][2]" */
  const char *peer_s;
  guint32 peer_n; /* may span several atoms */
  gint64 serial;
  /* the first serial number on the line past 2^63-1 (read as none) */
  const char *serial_range_s;
  guint32 serial_range_n;
  const char *pkt_s;
  guint32 pkt_n; /* "packet from A:" address */
  pl_marker marker;
  const char *msg_s; /* start of the message after prefixes */
  /* the current token */
  const char *tok_s;
  guint32 tok_n;
  gint64 tok_i;
  double tok_d;
  /* characters the scanner read on this line (re-reads included) */
  guint64 work;
  /* reused flex buffer state */
  void *bs;
} pl_lexctx;

typedef void *yyscan_t;

/* lexer.l */
void pl_lex_begin(pl_lexctx *cx, yyscan_t sc, char *buf, gsize len);
void pl_lex_restart(pl_lexctx *cx, yyscan_t sc, char *p, int state);
int pl_lex_state_b_mark(void);
int pl_lex_state_b_start(void);
int pl_lex_state_body(void);
void pl_lex_destroy_buffer(pl_lexctx *cx, yyscan_t sc);

/* lexsupport.c */
int pl_month(const char *s);
void pl_set_date(pl_lexctx *cx, const char *s);
bool pl_is_datestamp(const char *s);                                    /* ISO or 2005:06:16- date at s */
bool pl_set_time(pl_lexctx *cx, const char *s, size_t n);               /* true: ended with ':' */
bool pl_set_prog(pl_lexctx *cx, const char *s, size_t n, bool has_pid); /* false: not pluto */
/* after a time stamp: also "host.pluto[1]:" / "hostpluto[1]:" (host glued on) */
bool pl_set_prog_glued(pl_lexctx *cx, const char *s, size_t n, bool has_pid);
bool pl_set_tag(pl_lexctx *cx, const char *s, size_t n);      /* "[pluto] " */
bool pl_set_prog_cut(pl_lexctx *cx, const char *s, size_t n); /* "pluto[12" at the line's end */
/* another program relaying pluto's output under a "[pluto] " tag */
bool pl_lex_relayed(pl_lexctx *cx, yyscan_t sc, char *after);
/* skips a "[pluto] " tag after the program prefix */
void pl_lex_tag_after(pl_lexctx *cx, yyscan_t sc, char *after);
void pl_set_host(pl_lexctx *cx, const char *s, size_t n);
bool pl_lex_5424(pl_lexctx *cx, yyscan_t sc, char *app, char *after);
int pl_lex_not_a_log_line(pl_lexctx *cx);
int pl_lex_other(pl_lexctx *cx);
bool pl_lex_repeated(pl_lexctx *cx, yyscan_t sc, char *after);
bool pl_lex_packet_from(pl_lexctx *cx, yyscan_t sc, char *word, char *after);
void pl_lex_unhold(yyscan_t sc);
int pl_atom_keep(const char *s, int n);
void pl_obj_instance(pl_lexctx *cx, const char *s, size_t n);
void pl_obj_serial(pl_lexctx *cx, const char *s, size_t n);
bool pl_obj_peer(pl_lexctx *cx, const char *s, size_t n); /* true: prefix ended */
/* s..e starts with " line N:" (after a quoted file name: "/etc/ipsec.secrets" line 4:) */
bool pl_lex_file_line(const char *s, const char *e);
int pl_lex_atom(pl_lexctx *cx, const char *s, size_t n);
int pl_lex_word(pl_lexctx *cx, const char *s, size_t n);   /* [A-Za-z]+ */
int pl_lex_caps(pl_lexctx *cx, const char *s, size_t n);   /* [A-Z][A-Z0-9_]* */
int pl_lex_serial(pl_lexctx *cx, const char *s, size_t n); /* #[0-9]+ */
/* the serial number in the digits s[0..n): false (and noted in
 * cx->serial_range_s) when it is past 2^63-1 */
bool pl_serial_digits(pl_lexctx *cx, const char *s, size_t n, gint64 *out);
int pl_lex_num(pl_lexctx *cx, const char *s, size_t n); /* [0-9]+ */
void pl_lex_reset(pl_lexctx *cx, char *line, gsize len);
int pl_keyword_completions(const char *w, size_t n, const char **out, int max);

/* the generated scanner */
int pl_yylex(yyscan_t sc);
int pl_yylex_init_extra(pl_lexctx *cx, yyscan_t *sc);
int pl_yylex_destroy(yyscan_t sc);
char *pl_yyget_text(yyscan_t sc);
int pl_yyget_leng(yyscan_t sc);

#endif
