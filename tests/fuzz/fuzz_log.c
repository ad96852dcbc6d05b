/* fuzz_log — libFuzzer target: the input buffer is one whole log.  It goes
 * through the analysis as a file would (line splitting, lexer, grammar,
 * timeline, passes) and then through every output format, the JSON one
 * first.  Built and run by tests/fuzz/run-fuzz.sh (`make fuzz`, target
 * "log"); tests/fuzz/fuzz_parse.c is the parsing alone (docs/fuzzing.md). */
#include "plutolog.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  guint32 src = pl_analysis_add_source(a, "fuzz.log");
  pl_analysis_feed_bytes(a, src, (const char *) data, size);
  pl_analysis_finish(a);
  /* the accounting must add up whatever the input */
  if (a->stats.lines != a->stats.pluto + a->stats.other ||
      a->stats.pluto != a->stats.recognised + a->stats.unrecognised + a->stats.cut + a->stats.debug)
    __builtin_trap();
  pl_output_opts o = {.lang = "en", .title = "fuzz"};
  GString *out = g_string_new(NULL);
  pl_fmt_json(a, &o, out);
  if (!g_utf8_validate(out->str, (gssize) out->len, NULL)) __builtin_trap();
  gsize n = 0;
  const pl_format *f = pl_formats(&n);
  for (gsize i = 0; i < n; i++) {
    g_string_truncate(out, 0);
    f[i].emit(a, &o, out);
  }
  g_string_free(out, TRUE);
  pl_analysis_free(a);
  pl_intern_reset(); /* interned strings would otherwise grow across runs */
  return 0;
}
