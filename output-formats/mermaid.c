/* -f mermaid: not written yet (see the open issues); says so instead of
 * printing something that looks like a result. */
#include "plutolog.h"

void pl_fmt_mermaid(const pl_analysis *a, const pl_output_opts *o, GString *out) {
  (void) a;
  (void) o;
  (void) out;
  g_printerr("plutolog: -f mermaid is not implemented yet\n");
}
