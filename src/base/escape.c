/* Escaping at the output boundary.  Text from a log is attacker-controlled
 * (a peer chooses its ID), so every backend escapes through these. */
#include "escape.h"

#include <stdbool.h>

#include <string.h>

/* JSON string with quotes; invalid UTF-8 becomes U+FFFD. */
void pl_json_string(GString *out, const char *s, gssize len) {
  if (!s) {
    g_string_append(out, "null");
    return;
  }
  if (len < 0) len = (gssize) strlen(s);
  char *valid = NULL;
  if (!g_utf8_validate(s, len, NULL)) {
    valid = g_utf8_make_valid(s, len);
    s = valid;
    len = (gssize) strlen(valid);
  }
  g_string_append_c(out, '"');
  for (gssize i = 0; i < len; i++) {
    unsigned char c = (unsigned char) s[i];
    switch (c) {
    case '"': g_string_append(out, "\\\""); break;
    case '\\': g_string_append(out, "\\\\"); break;
    case '\n': g_string_append(out, "\\n"); break;
    case '\r': g_string_append(out, "\\r"); break;
    case '\t': g_string_append(out, "\\t"); break;
    default:
      if (c < 0x20 || c == 0x7f) g_string_append_printf(out, "\\u%04x", c);
      else g_string_append_c(out, (char) c);
    }
  }
  g_string_append_c(out, '"');
  g_free(valid);
}

/* Markdown inline text: backslash-escape what GitHub/GitLab would interpret,
 * and neutralise HTML. */
void pl_md_escape(GString *out, const char *s) {
  if (!s) return;
  /* controls, C1, bidi overrides and invalid UTF-8 shown first (\x1b) */
  GString *shown = g_string_new(NULL);
  pl_term_escape(shown, s, -1);
  s = shown->str;
  for (const char *p = s; *p; p++) {
    switch (*p) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '{':
    case '}':
    case '[':
    case ']':
    case '(':
    case ')':
    case '#':
    case '+':
    case '!':
    case '|':
    case '~':
    case '>':
      g_string_append_c(out, '\\');
      g_string_append_c(out, *p);
      break;
    case '<': g_string_append(out, "&lt;"); break;
    case '&': g_string_append(out, "&amp;"); break;
    case '\n':
    case '\r': g_string_append_c(out, ' '); break;
    default: g_string_append_c(out, *p);
    }
  }
  g_string_free(shown, TRUE);
}

/* Inside a DOT double-quoted string.  Quotes and backslashes are escaped
 * (so a log's "\l" or "\N" can never become a Graphviz escape), newlines
 * become \n, other control characters are dropped and invalid UTF-8 is
 * replaced, because dot rejects or warns about both. */
void pl_dot_escape(GString *out, const char *s) {
  if (!s) return;
  char *valid = NULL;
  if (!g_utf8_validate(s, -1, NULL)) s = valid = g_utf8_make_valid(s, -1);
  for (const char *p = s; *p; p++) {
    unsigned char c = (unsigned char) *p;
    if (c == '"' || c == '\\') {
      g_string_append_c(out, '\\');
      g_string_append_c(out, (char) c);
    } else if (c == '\n') {
      g_string_append(out, "\\n");
    } else if (c < 0x20 || c == 0x7f) {
      if (c == '\t') g_string_append_c(out, ' ');
    } else {
      g_string_append_c(out, (char) c);
    }
  }
  g_free(valid);
}

/* Mermaid text (messages, notes, participant titles).  Mermaid decodes
 * "#NN;" entity codes after parsing, so everything its grammar could read
 * (';' ends a statement, '#' starts an entity, ':' separates the text and
 * "wrap:" after it is a directive, '%%' starts a comment and '%%{' a directive,
 * '<' '>' '&' '"' '\'' are HTML, '`' '\\' '{' '}' '|' markdown and
 * directives) becomes a numeric code.  Newlines become spaces (callers that
 * want a line break write <br/> themselves, outside this function).  Letters, digits, spaces
 * and the other punctuation stay readable. */
void pl_mermaid_escape(GString *out, const char *s) {
  if (!s) return;
  char *valid = NULL;
  if (!g_utf8_validate(s, -1, NULL)) s = valid = g_utf8_make_valid(s, -1);
  for (const char *p = s; *p; p++) {
    unsigned char c = (unsigned char) *p;
    if (c == '\n' || c == '\r' || c == '\t') {
      g_string_append_c(out, ' ');
    } else if (c < 0x20 || c == 0x7f) {
      /* dropped */
    } else if (strchr(";#:%<>&\"'`\\{}|", c)) {
      g_string_append_printf(out, "#%d;", c);
    } else {
      g_string_append_c(out, (char) c);
    }
  }
  g_free(valid);
}

/* An ipsec.conf value: plain when safe, else double-quoted with quotes and
 * control characters removed (the config scanner has no escapes). */
void pl_conf_value(GString *out, const char *s) {
  if (!s) return;
  bool plain = *s != '\0';
  for (const char *p = s; *p; p++)
    if (!(g_ascii_isalnum(*p) || strchr("@._-:/,;+=%*", *p))) plain = false;
  if (plain) {
    g_string_append(out, s);
    return;
  }
  g_string_append_c(out, '"');
  for (const char *p = s; *p; p++) {
    unsigned char c = (unsigned char) *p;
    if (c == '"' || c == '\\' || c < 0x20 || c == 0x7f) continue;
    g_string_append_c(out, (char) c);
  }
  g_string_append_c(out, '"');
}

void pl_format_time(GString *out, gint64 t) {
  if (t < 0) {
    g_string_append(out, "null");
    return;
  }
  GDateTime *dt = g_date_time_new_from_unix_utc(t / 1000000);
  if (!dt) {
    g_string_append(out, "null");
    return;
  }
  char *s = g_date_time_format(dt, "%Y-%m-%dT%H:%M:%S");
  g_string_append_printf(out, "\"%s.%06dZ\"", s, (int) (t % 1000000));
  g_free(s);
  g_date_time_unref(dt);
}

/* ---- terminals ------------------------------------------------------------- */

/* The one list of the characters beyond ASCII that a terminal acts on
 * instead of showing: the C1 controls (U+0080–U+009F; U+009B is a CSI),
 * the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), the marks U+200E, U+200F and U+061C (they reorder the
 * text around them), and the line and paragraph separators (U+2028,
 * U+2029: a new line where none is).  Both terminal escapers below use it;
 * tests/test-term.sh feeds each through every terminal path. */
static bool term_hazard(gunichar u) {
  return (u >= 0x80 && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) ||
         u == 0x200e || u == 0x200f || u == 0x061c || u == 0x2028 || u == 0x2029;
}

/* Text for a terminal (and for the plain-text views: --unknown, --strict,
 * -f text, messages naming files and archive members): everything a
 * terminal would act on is shown, never passed: C0 controls but tab and
 * newline, DEL and invalid UTF-8 bytes as \xNN (so ESC is "\x1b" and no
 * escape sequence can set a window title, clear the screen or write the
 * clipboard), C1 controls (U+0080–U+009F), the bidirectional embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), the marks U+200E,
 * U+200F and U+061C, and the line and paragraph separators as \u{NNNN}.
 * A backslash stays a backslash.  NEWLINE: keep '\n' (a block of text) or
 * show it as \x0a (a name, one line). */
static void term_escape(GString *out, const char *s, gssize len, bool newline) {
  if (!s) return;
  if (len < 0) len = (gssize) strlen(s);
  const char *p = s, *e = s + len;
  while (p < e) {
    unsigned char c = (unsigned char) *p;
    if (c < 0x80) {
      if ((c < 0x20 && c != '\t' && !(c == '\n' && newline)) || c == 0x7f)
        g_string_append_printf(out, "\\x%02x", c);
      else g_string_append_c(out, (char) c);
      p++;
      continue;
    }
    gunichar u = g_utf8_get_char_validated(p, e - p);
    if (u == (gunichar) -1 || u == (gunichar) -2) {
      g_string_append_printf(out, "\\x%02x", c);
      p++;
      continue;
    }
    const char *next = g_utf8_next_char(p);
    if (term_hazard(u)) g_string_append_printf(out, "\\u{%04x}", (unsigned) u);
    else g_string_append_len(out, p, next - p);
    p = next;
  }
}

void pl_term_escape(GString *out, const char *s, gssize len) { term_escape(out, s, len, true); }

void pl_term_escape_name(GString *out, const char *s) { term_escape(out, s, -1, false); }

/* pl_term_safe: the annotate view's and --follow's way (strips escape
 * sequences, '?' for controls), moved here from output-formats/annotate.c so
 * the terminal escapers have one home (docs/architecture.md); what it
 * replaces is term_hazard's list, the same as pl_term_escape's. */
void pl_term_safe(GString *out, const char *s, gssize len) {
  if (!s) return;
  if (len < 0) len = (gssize) strlen(s);
  char *v = g_utf8_make_valid(s, len);
  for (const char *p = v; *p;) {
    unsigned char c = (unsigned char) *p;
    if (c == 0x1b) {
      /* ANSI: CSI "ESC [ params final", OSC "ESC ] ... BEL|ST", else ESC + one char */
      p++;
      if (*p == '[') {
        p++;
        while (*p && !((unsigned char) *p >= 0x40 && (unsigned char) *p <= 0x7e)) p++;
        if (*p) p++;
      } else if (*p == ']' || *p == 'P' || *p == '_' || *p == '^') {
        p++;
        while (*p && *p != '\a' && !(p[0] == 0x1b && p[1] == '\\')) p++;
        if (*p == '\a') p++;
        else if (*p) p += 2;
      } else if (*p) {
        p = g_utf8_next_char(p);
      }
      continue;
    }
    if (c == '\t') {
      g_string_append_c(out, ' ');
      p++;
      continue;
    }
    if (c < 0x20 || c == 0x7f) {
      g_string_append_c(out, '?');
      p++;
      continue;
    }
    gunichar u = g_utf8_get_char(p);
    const char *next = g_utf8_next_char(p);
    if (term_hazard(u)) g_string_append_c(out, '?');
    else g_string_append_len(out, p, next - p);
    p = next;
  }
  g_free(v);
}

/* A name for a message: per thread, the last eight results stay valid, so
 * one message may show several names. */
const char *pl_term_str(const char *s) {
  static GPrivate ring_key = G_PRIVATE_INIT(NULL);
  GString **ring = g_private_get(&ring_key);
  if (!ring) {
    ring = g_new0(GString *, 9); /* [8]: the next slot, as an index */
    g_private_set(&ring_key, ring);
  }
  guintptr k = (guintptr) ring[8];
  ring[8] = (GString *) (guintptr) ((k + 1) % 8);
  if (!ring[k]) ring[k] = g_string_new(NULL);
  g_string_truncate(ring[k], 0);
  term_escape(ring[k], s ? s : "(null)", -1, false);
  return ring[k]->str;
}
