/* fuzz_log — libFuzzer target: the input buffer is one whole log.  It goes
 * through the analysis as a file would (line splitting, lexer, grammar,
 * timeline, passes) and then through every output format, the JSON one
 * first.  The same bytes then go through the parallel line path (-j 2,
 * chunks of 64 bytes: src/core/pipeline.c), whose JSON must be the same.
 * Built and run by tests/fuzz/run-fuzz.sh (`make fuzz`, target "log");
 * tests/fuzz/fuzz_parse.c is the parsing alone (docs/fuzzing.md). */
#include "plutolog.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* the JSON of the input analysed with JOBS threads */
static GString *parallel_json(const uint8_t *data, size_t size, int jobs) {
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  pl_analysis_set_jobs(a, jobs);
  guint32 src = pl_analysis_add_source(a, "fuzz.log");
  pl_analysis_feed_bytes(a, src, (const char *) data, size);
  pl_analysis_finish(a);
  pl_output_opts o = {.lang = "en", .title = "fuzz"};
  GString *out = g_string_new(NULL);
  pl_fmt_json(a, &o, out);
  pl_analysis_free(a);
  return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  setenv("PLUTOLOG_PIPE_CHUNK", "64", 0);
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
  g_string_truncate(out, 0);
  pl_fmt_json(a, &o, out);
  pl_analysis_free(a);
  GString *par = parallel_json(data, size, 2);
  if (par->len != out->len || memcmp(par->str, out->str, out->len) != 0) __builtin_trap();
  g_string_free(par, TRUE);
  g_string_free(out, TRUE);
  pl_intern_reset(); /* interned strings would otherwise grow across runs */
  return 0;
}
