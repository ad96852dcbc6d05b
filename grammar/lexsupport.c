/* C helpers of the lexer: envelope fields, object prefix, atom classes and
 * the keyword table.  Called from lexer.l actions; they never allocate
 * (the keyword table is built once). */
#include "plutolog.h"
#include "lexer-ctx.h"
#include "parser.h"

#include <stdlib.h>
#include <string.h>

static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

int pl_month(const char *s) {
  /* the lexer matched one of the names: the first letter picks a short list */
  int from = 0;
  switch (s[0]) {
  case 'F': return 2;
  case 'S': return 9;
  case 'O': return 10;
  case 'N': return 11;
  case 'D': return 12;
  case 'M': from = 2; break; /* Mar May */
  case 'A': from = 3; break; /* Apr Aug */
  case 'J': from = 0; break; /* Jan Jun Jul */
  default: break;
  }
  for (int i = from; i < 12; i++)
    if (memcmp(s, months[i], 3) == 0) return i + 1;
  return 0;
}

static int num2(const char *s) { return (s[0] - '0') * 10 + (s[1] - '0'); }

/* Decimal digits s[0..n) (all digits, n > 0); strtoll's clamping for the
 * rare run too long for a gint64. */
static gint64 dec(const char *s, size_t n) {
  if (n > 18) return g_ascii_strtoll(s, NULL, 10);
  gint64 v = 0;
  for (size_t i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
  return v;
}

/* A serial number is kept exactly or not at all: past 2^63-1 (pluto's own
 * counter never gets there; a forged or corrupted line can) it would merge
 * with every other such serial, so the line is read without it and the
 * driver reports the number once (cx->serial_range_s). */
bool pl_serial_digits(pl_lexctx *cx, const char *s, size_t n, gint64 *out) {
  if (n <= 18) { /* the usual case: below 10^18 whatever the digits */
    *out = dec(s, n);
    return true;
  }
  const char *d = s;
  size_t k = n;
  while (k > 1 && *d == '0') d++, k--;
  if (k > 19 || (k == 19 && memcmp(d, "9223372036854775807", 19) > 0)) {
    if (!cx->serial_range_s) {
      cx->serial_range_s = s;
      cx->serial_range_n = (guint32) MIN(n, G_MAXUINT32);
    }
    *out = 0;
    return false;
  }
  *out = dec(d, k);
  return true;
}

/* the usual case inline, the long digit runs in pl_serial_digits */
static inline gint64 serial_of(pl_lexctx *cx, const char *s, size_t n) {
  gint64 v;
  if (n <= 18) return dec(s, n);
  pl_serial_digits(cx, s, n, &v);
  return v;
}

static gint64 serial_at(pl_lexctx *cx, const char *s) {
  size_t n = 0;
  while (s[n] >= '0' && s[n] <= '9') n++;
  return serial_of(cx, s, n);
}

/* The digits at s (at least one; the lexer's pattern guarantees them). */
static gint64 dec_at(const char *s) {
  size_t n = 0;
  while (s[n] >= '0' && s[n] <= '9') n++;
  return dec(s, n);
}

/* "2018-03-12T" or "2005:06:16-" */
void pl_set_date(pl_lexctx *cx, const char *s) {
  cx->year = num2(s) * 100 + num2(s + 2);
  cx->mon = num2(s + 5);
  cx->day = num2(s + 8);
  cx->has_date = true;
}

/* "2018-03-12T..." or "2005:06:16-..." at s (at least 11 characters) */
bool pl_is_datestamp(const char *s) {
  for (int i = 0; i < 10; i++) {
    bool digit = s[i] >= '0' && s[i] <= '9';
    if ((i == 4 || i == 7) ? digit : !digit) return false;
  }
  if (s[4] != s[7] || (s[4] != '-' && s[4] != ':')) return false;
  return s[4] == '-' ? s[10] == 'T' : s[10] == '-';
}

/* "10:00:00[.123456][Z|+01:00][:] " — returns true when pluto's logfile=
 * form (a ':' right after the time) was seen: no host/program follows. */
bool pl_set_time(pl_lexctx *cx, const char *s, size_t n) {
  cx->hh = num2(s);
  cx->mm = num2(s + 3);
  cx->ss = num2(s + 6);
  cx->has_time = true;
  size_t i = 8;
  cx->usec = -1;
  if (i < n && s[i] == '.') {
    int us = 0, digits = 0;
    for (i++; i < n && s[i] >= '0' && s[i] <= '9'; i++)
      if (digits < 6) us = us * 10 + (s[i] - '0'), digits++;
    while (digits++ < 6) us *= 10;
    cx->usec = us;
  }
  if (i < n && s[i] == 'Z') cx->has_tz = true, cx->tz_min = 0, i++;
  else if (i < n && (s[i] == '+' || s[i] == '-')) {
    int sign = s[i] == '-' ? -1 : 1;
    int h = num2(s + i + 1);
    i += 3;
    if (i < n && s[i] == ':') i++;
    int m = num2(s + i);
    i += 2;
    cx->has_tz = true;
    cx->tz_min = sign * (h * 60 + m);
  }
  return i < n && s[i] == ':';
}

/* "pluto[123]:" or "pluto:" — false when it is another program. */
bool pl_set_prog(pl_lexctx *cx, const char *s, size_t n, bool has_pid) {
  size_t e = 0;
  const char *name = s; /* after the last '/': "/usr/libexec/ipsec/pluto" */
  for (; e < n && s[e] != '[' && s[e] != ':'; e++)
    if (s[e] == '/') name = s + e + 1;
  size_t nlen = (size_t) (s + e - name);
  cx->prog_s = name;
  cx->prog_n = (guint32) nlen;
  if (has_pid) cx->pid = dec_at(s + e + 1);
  return nlen == 5 && memcmp(name, "pluto", 5) == 0;
}

/* The host glued to the program by a mangled paste: "gw.pluto[1]:",
 * "gwpluto[1]:" (no host word before it).  The host is what precedes
 * "pluto", without a trailing '.'. */
bool pl_set_prog_glued(pl_lexctx *cx, const char *s, size_t n, bool has_pid) {
  if (pl_set_prog(cx, s, n, has_pid)) return true;
  const char *name = cx->prog_s;
  size_t nlen = cx->prog_n;
  if (cx->host_s || name != s || nlen <= 5 || memcmp(name + nlen - 5, "pluto", 5) != 0) return false;
  size_t hn = nlen - 5;
  while (hn && name[hn - 1] == '.') hn--;
  if (!hn) return false;
  cx->host_s = name;
  cx->host_n = (guint32) hn;
  cx->prog_s = name + nlen - 5;
  cx->prog_n = 5;
  return true;
}

/* "[pluto] " after the time stamp (NetworkManager-libreswan) */
bool pl_set_tag(pl_lexctx *cx, const char *s, size_t n) {
  if (n < 7 || memcmp(s, "[pluto]", 7) != 0) return false;
  cx->prog_s = s + 1;
  cx->prog_n = 5;
  return true;
}

/* "pluto", "pluto[", "pluto[12" or "pluto[12]" ending the line: a paste cut
 * inside the program prefix.  No pid: a cut one is not the pid. */
bool pl_set_prog_cut(pl_lexctx *cx, const char *s, size_t n) {
  if (s + n != cx->line_end) return false;
  size_t k = 0;
  while (k < n && s[k] != '[') k++;
  if (!pl_set_prog_glued(cx, s, k, false)) return false;
  return true;
}

/* After another program's prefix: pluto's own output relayed under a
 * "[pluto] " tag (NetworkManager-libreswan).  Whack output echoed by another
 * program ("NetworkManager[9]: 002 \"c\" #1: ...") stays that program's:
 * pluto logged the same line itself, and counting it twice would double
 * retransmits and attempts.  The relaying program stays the line's
 * program; its pid is not pluto's. */
bool pl_lex_relayed(pl_lexctx *cx, yyscan_t sc, char *p) {
  (void) sc;
  if (cx->line_end - p < 8 || memcmp(p, "[pluto] ", 8) != 0) return false;
  cx->pid = -1;
  return true;
}

void pl_lex_tag_after(pl_lexctx *cx, yyscan_t sc, char *p) {
  if (cx->line_end - p >= 8 && memcmp(p, "[pluto] ", 8) == 0)
    pl_lex_restart(cx, sc, p + 8, pl_lex_state_b_start());
}

void pl_set_host(pl_lexctx *cx, const char *s, size_t n) {
  while (n && (s[n - 1] == ' ')) n--;
  while (n > 1 && s[n - 1] == '.') n--; /* "host. pluto[1]:" (a mangled paste) */
  if (!cx->host_s) {
    cx->host_s = s;
    cx->host_n = (guint32) n;
  }
  /* a second word is a facility.level such as authpriv.warn: ignored */
}

/* RFC 5424: "pluto 2219 - - msg" or "pluto 2219 MSGID [sd] msg" */
bool pl_set_5424(pl_lexctx *cx, const char *s, size_t n) {
  const char *sp = memchr(s, ' ', n);
  if (!sp) return false;
  cx->prog_s = s;
  cx->prog_n = (guint32) (sp - s);
  while (*sp == ' ') sp++;
  if (*sp >= '0' && *sp <= '9') cx->pid = g_ascii_strtoll(sp, NULL, 10);
  return cx->prog_n == 5 && memcmp(s, "pluto", 5) == 0;
}

/* RFC 5424 after the host: APP-NAME PROCID MSGID STRUCTURED-DATA, then the
 * message.  app..after is the APP-NAME. */
bool pl_lex_5424(pl_lexctx *cx, yyscan_t sc, char *app, char *p) {
  char *e = cx->line_end;
  cx->prog_s = app;
  cx->prog_n = (guint32) (p - app);
  char *f[2];
  for (int k = 0; k < 2; k++) { /* PROCID, MSGID */
    while (p < e && *p == ' ') p++;
    f[k] = p;
    while (p < e && *p != ' ') p++;
    if (p == f[k]) return false;
    if (k == 0 && *f[0] >= '0' && *f[0] <= '9') cx->pid = g_ascii_strtoll(f[0], NULL, 10);
  }
  while (p < e && *p == ' ') p++;
  if (p < e && *p == '-') p++;
  else if (p < e && *p == '[') {
    /* structured data: [id k="v" ...]... with \] escapes inside values */
    while (p < e && *p == '[') {
      bool q = false;
      for (p++; p < e; p++) {
        if (*p == '\\' && p + 1 < e) {
          p++;
          continue;
        }
        if (*p == '"') q = !q;
        else if (*p == ']' && !q) break;
      }
      if (p < e) p++;
    }
  } else return false;
  if (p < e && *p == ' ') p++;
  if (!(cx->prog_n == 5 && memcmp(app, "pluto", 5) == 0)) return false;
  pl_lex_restart(cx, sc, p, pl_lex_state_b_start());
  return true;
}

int pl_lex_not_a_log_line(pl_lexctx *cx) {
  cx->envelope_other = true;
  return T_OTHER;
}

int pl_lex_other(pl_lexctx *cx) {
  cx->envelope_other = true;
  return T_OTHER;
}

/* After "message": " repeated N times: [ " then the real message, whose
 * closing ']' at the end of the line is blanked out. */
bool pl_lex_repeated(pl_lexctx *cx, yyscan_t sc, char *p) {
  static const char rep[] = " repeated ";
  if ((size_t) (cx->line_end - p) < sizeof rep - 1 || memcmp(p, rep, sizeof rep - 1) != 0) return false;
  p += sizeof rep - 1;
  char *q = p;
  guint32 n = 0;
  while (q < cx->line_end && *q >= '0' && *q <= '9') n = n * 10 + (guint32) (*q++ - '0');
  static const char times[] = " times: [";
  if (q == p || (size_t) (cx->line_end - q) < sizeof times - 1 || memcmp(q, times, sizeof times - 1) != 0)
    return false;
  q += sizeof times - 1;
  while (q < cx->line_end && *q == ' ') q++;
  char *e = cx->line_end;
  while (e > q && (e[-1] == ' ' || e[-1] == '\r')) e--;
  if (e > q && e[-1] == ']') e[-1] = ' ';
  cx->repeat = n ? n : 1;
  pl_lex_restart(cx, sc, q, pl_lex_state_b_start());
  return true;
}

/* "packet from ADDR: " / "connection from ADDR: " (v5 TCP) */
bool pl_lex_packet_from(pl_lexctx *cx, yyscan_t sc, char *word, char *p) {
  static const char from[] = " from ";
  if ((size_t) (cx->line_end - p) < sizeof from || memcmp(p, from, sizeof from - 1) != 0) return false;
  char *a = p + sizeof from - 1;
  char *e = a;
  while (e < cx->line_end && *e != ' ') e++;
  if (e == a || e[-1] != ':') return false;
  (void) word;
  cx->pkt_s = a;
  cx->pkt_n = (guint32) (e - 1 - a);
  pl_lex_restart(cx, sc, e, pl_lex_state_b_mark());
  return true;
}

void pl_obj_instance(pl_lexctx *cx, const char *s, size_t n) {
  if (!cx->inst_s) cx->inst_s = s;
  cx->inst_n = (guint32) (s + n - cx->inst_s);
}

void pl_obj_serial(pl_lexctx *cx, const char *s, size_t n) {
  const char *h = memchr(s, '#', n);
  cx->serial = h ? serial_at(cx, h + 1) : 0;
}

/* " 192.1.2.45" / " ...192.1.2.23===?" / " 1.2.3.4:" (last atom of the prefix) */
bool pl_lex_file_line(const char *s, const char *e) {
  if (e - s < 8 || memcmp(s, " line ", 6) != 0) return false;
  const char *p = s + 6;
  if (!g_ascii_isdigit(*p)) return false;
  while (p < e && g_ascii_isdigit(*p)) p++;
  return p < e && *p == ':';
}

bool pl_obj_peer(pl_lexctx *cx, const char *s, size_t n) {
  size_t i = 0;
  while (i < n && s[i] == ' ') i++;
  const char *a = s + i;
  size_t an = n - i;
  bool end = false;
  if (an && a[an - 1] == ':') an--, end = true;
  if (!cx->peer_s) cx->peer_s = a;
  cx->peer_n = (guint32) (a + an - cx->peer_s);
  return end;
}

static inline bool trailing_punct(char c) {
  switch (c) {
  case ':':
  case ',':
  case ';':
  case '.':
  case ')':
  case '!':
  case '?': return true;
  default: return false;
  }
}

/* Length of an atom without its trailing punctuation (which the lexer hands
 * back as separate tokens).  A lone punctuation character stays. */
int pl_atom_keep(const char *s, int n) {
  int k = n;
  /* the first '(' of the atom, looked up once (not once per ')': a run of
   * them would make this quadratic) */
  const char *open = NULL;
  bool looked = false;
  while (k > 1 && trailing_punct(s[k - 1])) {
    if (s[k - 1] == ')') {
      if (!looked) open = memchr(s, '(', (size_t) n), looked = true;
      if (open && open < s + k - 1) break; /* SA(0x9d188d3f) */
    }
    k--;
  }
  /* keep "..." prefixes and a trailing "]" or "}" belong to the atom */
  return k;
}

/* ---- keyword table -------------------------------------------------- */

typedef struct {
  const char *word;
  int tok;
} pl_kw;

static const pl_kw keywords[] = {
#define KW(w, t) {w, t},
#include "keywords.def"
#undef KW
};

/* An open-addressing table over (length, bytes), filled once: the lookup
 * hashes the atom's own slice (no strlen, no strcmp of NUL-terminated
 * strings, no GHashTable call) and compares the length before the bytes. */
#define KW_SLOTS 1024u /* a power of two, more than twice the keywords */

typedef struct {
  const char *word; /* NULL: empty slot */
  guint32 n;
  int tok;
} kw_slot;

static kw_slot kw_table[KW_SLOTS];
static gsize kw_ready;

/* The length and three bytes (first, middle, last) are enough to spread the
 * keywords; the lookup compares the whole slice anyway.  n > 0. */
G_STATIC_ASSERT(KW_SLOTS == 1u << 10);
static inline guint32 kw_hash(const char *s, gsize n) {
  guint64 a = (guint64) (unsigned char) s[0] | (guint64) (unsigned char) s[n >> 1] << 8 |
              (guint64) (unsigned char) s[n - 1] << 16 | (guint64) (n & 0xff) << 24;
  return (guint32) ((a * 0x9E3779B97F4A7C15u) >> 54); /* the top 10 bits */
}

static void kw_init(void) {
  for (size_t i = 0; i < G_N_ELEMENTS(keywords); i++) {
    gsize n = strlen(keywords[i].word);
    guint32 k = kw_hash(keywords[i].word, n) & (KW_SLOTS - 1);
    while (kw_table[k].word) {
      /* a spelling listed twice: the later entry wins, as it did with a
       * GHashTable (keywords.def has none) */
      if (kw_table[k].n == n && memcmp(kw_table[k].word, keywords[i].word, n) == 0) break;
      k = (k + 1) & (KW_SLOTS - 1);
    }
    kw_table[k].word = keywords[i].word; /* replaces a duplicate's token */
    kw_table[k].n = (guint32) n;
    kw_table[k].tok = keywords[i].tok;
  }
}

static inline int kw_lookup(const char *s, gsize n) {
  if (!n) return 0;
  guint32 k = kw_hash(s, n) & (KW_SLOTS - 1);
  for (;;) {
    const kw_slot *e = &kw_table[k];
    if (!e->word) return 0;
    if (e->n == n && e->word[0] == s[0] && memcmp(e->word, s, n) == 0) return e->tok;
    k = (k + 1) & (KW_SLOTS - 1);
  }
}

/* Keywords that w[0..n) is a proper prefix of (a word cut by a paste),
 * at most max of them, in keywords.def order; words shorter than 3 have
 * too many. */
int pl_keyword_completions(const char *w, size_t n, const char **out, int max) {
  int k = 0;
  if (n < 3) return 0;
  for (size_t i = 0; i < G_N_ELEMENTS(keywords) && k < max; i++) {
    const char *kw = keywords[i].word;
    if (strlen(kw) > n && memcmp(kw, w, n) == 0) {
      bool dup = false;
      for (int j = 0; j < k; j++) dup |= strcmp(out[j], kw) == 0;
      if (!dup) out[k++] = kw;
    }
  }
  return k;
}

static bool all_digits(const char *s, size_t n) {
  if (!n) return false;
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

static bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* IPv4 a.b.c.d[/len][:port], IPv6 with at least two ':' (and optional /len) */
static bool looks_addr(const char *s, size_t n) {
  size_t i = 0, dots = 0, colons = 0;
  bool v4 = true, v6 = true;
  for (; i < n && s[i] != '/'; i++) {
    char c = s[i];
    if (c == '.') dots++;
    else if (c == ':') colons++;
    else if (!(c >= '0' && c <= '9')) v4 = false;
    if (!(is_hex(c) || c == ':' || c == '.')) v6 = false;
  }
  if (i < n && !all_digits(s + i + 1, n - i - 1)) return false;
  if (v4 && dots == 3 && colons <= 1) return true;
  return v6 && colons >= 2;
}

static bool is_caps(const char *s, size_t n) {
  bool letter = false;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') letter = true;
    else if (!((c >= '0' && c <= '9') || c == '_')) return false;
  }
  return letter && n > 1;
}

/* The numeric classes: a number, hex, decimal, duration, "1:IKE" proposal.
 * 0 when none applies. */
static int atom_number(pl_lexctx *cx, const char *s, size_t n) {
  if (all_digits(s, n)) {
    cx->tok_i = dec(s, n);
    return NUM;
  }
  if (n > 2 && s[0] == '0' && s[1] == 'x') return HEX;
  size_t i = 0;
  while (i < n && s[i] >= '0' && s[i] <= '9') i++;
  size_t j = i;
  if (j < n && s[j] == '.' && j + 1 < n && s[j + 1] >= '0' && s[j + 1] <= '9') {
    j++;
    while (j < n && s[j] >= '0' && s[j] <= '9') j++;
    if (j == n) {
      cx->tok_d = g_ascii_strtod(s, NULL);
      return DEC;
    }
  }
  if (i < n - 1 && s[i] == ':' && s[i + 1] >= 'A' && s[i + 1] <= 'Z') return PROPS;
  if (j == n - 1 && s[j] == 's') {
    cx->tok_d = g_ascii_strtod(s, NULL);
    return DUR;
  }
  if (j == n - 2 && s[j] == 'm' && s[j + 1] == 's') { /* "500ms" */
    cx->tok_d = g_ascii_strtod(s, NULL) / 1000.0;
    return DUR;
  }
  return 0;
}

/* An atom holding a NUL byte (only when a caller skipped the analysis's NUL
 * replacement): the C-string view of the atom decides, as it always did. */
static int atom_with_nul(const char *s, size_t n) {
  if (strstr(s, "===") || (n > 3 && memcmp(s, "...", 3) == 0)) return SPEC;
  if (looks_addr(s, n)) return ADDR;
  int t = kw_lookup(s, strlen(s));
  if (t) return t;
  if (n > 1 && s[0] == '-' && s[n - 1] == '>') return ARROW;
  if (is_caps(s, n)) return CAPS;
  if (memchr(s, '=', n)) return KV;
  return WORD;
}

/* Character classes of pl_lex_atom's single pass. */
enum {
  CC_V4 = 1u << 0,    /* looks_addr's IPv4 characters: digit . : */
  CC_V6 = 1u << 1,    /* IPv6: hex digit . : */
  CC_CAPS = 1u << 2,  /* is_caps: A-Z 0-9 _ */
  CC_UPPER = 1u << 3, /* A-Z */
  CC_EQ = 1u << 4,    /* = */
  CC_SLASH = 1u << 5, /* / */
  CC_ALL = 0x3fu,
};

#define CC_DIGIT (CC_V4 | CC_V6 | CC_CAPS)
#define CC_HEXUP (CC_V6 | CC_CAPS | CC_UPPER)
#define CC_UP (CC_CAPS | CC_UPPER)
static const unsigned char char_class[256] = {
    ['0'] = CC_DIGIT,      ['1'] = CC_DIGIT,      ['2'] = CC_DIGIT, ['3'] = CC_DIGIT, ['4'] = CC_DIGIT,
    ['5'] = CC_DIGIT,      ['6'] = CC_DIGIT,      ['7'] = CC_DIGIT, ['8'] = CC_DIGIT, ['9'] = CC_DIGIT,
    ['.'] = CC_V4 | CC_V6, [':'] = CC_V4 | CC_V6, ['_'] = CC_CAPS,  ['='] = CC_EQ,    ['/'] = CC_SLASH,
    ['a'] = CC_V6,         ['b'] = CC_V6,         ['c'] = CC_V6,    ['d'] = CC_V6,    ['e'] = CC_V6,
    ['f'] = CC_V6,         ['A'] = CC_HEXUP,      ['B'] = CC_HEXUP, ['C'] = CC_HEXUP, ['D'] = CC_HEXUP,
    ['E'] = CC_HEXUP,      ['F'] = CC_HEXUP,      ['G'] = CC_UP,    ['H'] = CC_UP,    ['I'] = CC_UP,
    ['J'] = CC_UP,         ['K'] = CC_UP,         ['L'] = CC_UP,    ['M'] = CC_UP,    ['N'] = CC_UP,
    ['O'] = CC_UP,         ['P'] = CC_UP,         ['Q'] = CC_UP,    ['R'] = CC_UP,    ['S'] = CC_UP,
    ['T'] = CC_UP,         ['U'] = CC_UP,         ['V'] = CC_UP,    ['W'] = CC_UP,    ['X'] = CC_UP,
    ['Y'] = CC_UP,         ['Z'] = CC_UP,
};

static bool has_triple_eq(const char *s, size_t n) {
  for (size_t i = 0; i + 2 < n; i++)
    if (s[i] == '=' && s[i + 1] == '=' && s[i + 2] == '=') return true;
  return false;
}

/* the token's text in cx (the keyword table is filled on first use) */
static inline void tok_begin(pl_lexctx *cx, const char *s, size_t n) {
  if (g_once_init_enter(&kw_ready)) {
    kw_init();
    g_once_init_leave(&kw_ready, 1);
  }
  cx->tok_s = s;
  cx->tok_n = (guint32) n;
  cx->tok_i = 0;
}

/* One pass over the atom gathers what the classes below ask for, in their
 * order of precedence: SPEC ("===" or a "..." prefix), ADDR (looks_addr),
 * a keyword, ARROW, CAPS (is_caps), KV (an '='), else WORD. */
int pl_lex_atom(pl_lexctx *cx, const char *s, size_t n) {
  tok_begin(cx, s, n);
  char c = s[0];
  if (n == 1 && strchr(":,;.()!?-", c) && c) return c;
  if (c == '#' && all_digits(s + 1, n - 1)) {
    cx->tok_i = serial_of(cx, s + 1, n - 1);
    return SERIAL;
  }
  if (c >= '0' && c <= '9') {
    int t = atom_number(cx, s, n);
    if (t) return t;
  }
  unsigned all = CC_ALL, any = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char u = (unsigned char) s[i];
    if (!u) return atom_with_nul(s, n);
    all &= char_class[u];
    any |= char_class[u];
  }
  if ((any & CC_EQ) && has_triple_eq(s, n)) return SPEC;
  if (n > 3 && memcmp(s, "...", 3) == 0) return SPEC;
  /* without a '/', only an atom made of address characters can be one */
  if (((any & CC_SLASH) || (all & (CC_V4 | CC_V6))) && looks_addr(s, n)) return ADDR;
  int kw = kw_lookup(s, n);
  if (kw) return kw;
  if (n > 1 && s[0] == '-' && s[n - 1] == '>') return ARROW;
  if ((all & CC_CAPS) && (any & CC_UPPER) && n > 1) return CAPS;
  if (any & CC_EQ) return KV;
  return WORD;
}

/* The lexer's fast paths: what pl_lex_atom returns for these shapes. */

/* the token's text in cx; its keyword token, 0 when it is none */
static inline int fast_keyword(pl_lexctx *cx, const char *s, size_t n) {
  tok_begin(cx, s, n);
  return kw_lookup(s, n);
}

/* [A-Za-z]+: a keyword, CAPS (all upper case, two letters or more) or WORD
 * (never SPEC, ADDR, ARROW or KV, and no letter is single punctuation) */
int pl_lex_word(pl_lexctx *cx, const char *s, size_t n) {
  int kw = fast_keyword(cx, s, n);
  if (kw) return kw;
  unsigned lower = 0;
  for (size_t i = 0; i < n; i++) lower |= (unsigned char) s[i] & 0x20u;
  return !lower && n > 1 ? CAPS : WORD;
}

/* [A-Z][A-Z0-9_]*: a keyword, else CAPS (two characters or more) or WORD
 * (never SPEC, ADDR, ARROW or KV: no '=', '.', ':', '/' or '-') */
int pl_lex_caps(pl_lexctx *cx, const char *s, size_t n) {
  int kw = fast_keyword(cx, s, n);
  if (kw) return kw;
  return n > 1 ? CAPS : WORD;
}

/* "#"[0-9]+ */
int pl_lex_serial(pl_lexctx *cx, const char *s, size_t n) {
  cx->tok_s = s;
  cx->tok_n = (guint32) n;
  cx->tok_i = serial_of(cx, s + 1, n - 1);
  return SERIAL;
}

/* [0-9]+ */
int pl_lex_num(pl_lexctx *cx, const char *s, size_t n) {
  cx->tok_s = s;
  cx->tok_n = (guint32) n;
  cx->tok_i = dec(s, n);
  return NUM;
}

void pl_lex_reset(pl_lexctx *cx, char *line, gsize len) {
  void *bs = cx->bs;
  memset(cx, 0, sizeof *cx);
  cx->bs = bs;
  cx->line = line;
  cx->line_end = line + len;
  cx->pid = -1;
  cx->usec = -1;
  cx->repeat = 1;
}
