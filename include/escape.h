/* Escaping for every output format, terminals and plain-text reports, and
 * the time stamp format (src/base/escape.c).  The base layer: it needs
 * nothing but GLib. */
#ifndef PL_ESCAPE_H
#define PL_ESCAPE_H
#include <glib.h>

G_BEGIN_DECLS

/* Appends S (LEN bytes, -1: up to its NUL) with every control a terminal
 * would act on shown as \xNN or \u{NNNN}: C0 but tab and newline, DEL,
 * invalid UTF-8, C1 (U+0080–U+009F), bidi embeddings / overrides / isolates
 * and marks, line and paragraph separators.  The one escaping function for
 * terminals: --unknown, --strict, -f text, messages, names. */
void pl_term_escape(GString *out, const char *s, gssize len);
/* The same for a name on one line: a newline is shown as \x0a too. */
void pl_term_escape_name(GString *out, const char *s);
/* pl_term_escape_name into a per-thread ring of 8 buffers: for messages
 * (g_printerr("%s", pl_term_str(name))).  Valid until 8 more calls. */
const char *pl_term_str(const char *s);
/* Log text made safe for a terminal the annotate way (-f annotate,
 * --follow): valid UTF-8, ANSI escape sequences removed, other control
 * characters (C0, C1, DEL) and bidirectional overrides shown as '?', tabs
 * as one space.  It replaces the same characters as pl_term_escape (one
 * list, term_hazard in src/base/escape.c), with '?' instead of \u{NNNN}. */
void pl_term_safe(GString *out, const char *s, gssize len);

/* ---- escaping helpers, one per output format ----------------------------- */
void pl_json_string(GString *out, const char *s, gssize len);
void pl_md_escape(GString *out, const char *s);
void pl_dot_escape(GString *out, const char *s);
void pl_mermaid_escape(GString *out, const char *s);
void pl_conf_value(GString *out, const char *s);

/* ---- time --------------------------------------------------------------- */
void pl_format_time(GString *out, gint64 t_us);

G_END_DECLS
#endif
