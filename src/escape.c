/* Escaping at the output boundary.  Text from a log is attacker-controlled
 * (a peer chooses its ID), so every backend escapes through these. */
#include "plutolog.h"

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
  for (const char *p = s; *p; p++) {
    switch (*p) {
    case '\\': case '`': case '*': case '_': case '{': case '}': case '[': case ']':
    case '(': case ')': case '#': case '+': case '!': case '|': case '~': case '>':
      g_string_append_c(out, '\\');
      g_string_append_c(out, *p);
      break;
    case '<': g_string_append(out, "&lt;"); break;
    case '&': g_string_append(out, "&amp;"); break;
    case '\n': case '\r': g_string_append_c(out, ' '); break;
    default: g_string_append_c(out, *p);
    }
  }
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
