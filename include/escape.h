/* Escaping for terminals and plain-text reports (src/base/escape.c).  The
 * per-format escapes (JSON, Markdown, DOT, Mermaid, ipsec.conf) are
 * declared in plutolog.h. */
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

G_END_DECLS
#endif
