/* -f annotate: not written yet; says so instead of printing a result. */
#include "plutolog.h"

void pl_fmt_annotate(const pl_analysis *a, const pl_output_opts *o, GString *out) {
  (void) a;
  (void) o;
  (void) out;
  g_printerr("plutolog: -f annotate is not implemented yet\n");
}
