/* The reader's test hook (src/input/reader.c): with PLUTOLOG_TEST_READ_SIZE=N
 * a stream hands its bytes on in blocks of at most N, all of them, in order.
 * tests/run-cases.sh relies on it to feed every case in reads of 1, 2, 5, 12
 * and 1024 bytes; if the hook did nothing those runs would prove nothing. */
#include "reader.h"

#include <string.h>

#define HOOK_SIZE 5

static void test_blocks(void) {
  GString *in = g_string_new(NULL);
  for (int i = 0; i < 200; i++)
    g_string_append_printf(in, "Nov 27 10:00:%02d gw pluto[7]: \"c\" #%d: line %d\n", i % 60, i, i);
  GBytes *b = g_bytes_new(in->str, in->len);
  pl_stream *s = pl_stream_new_bytes(b, NULL);
  GString *out = g_string_new(NULL);
  const guint8 *d;
  gssize n;
  guint blocks = 0;
  GError *err = NULL;
  while ((n = pl_stream_read(s, &d, &err)) > 0) {
    g_assert_cmpint(n, <=, HOOK_SIZE);
    g_string_append_len(out, (const char *) d, n);
    blocks++;
  }
  g_assert_no_error(err);
  g_assert_cmpint(n, ==, 0);
  g_assert_cmpuint(out->len, ==, in->len);
  g_assert_true(memcmp(out->str, in->str, in->len) == 0);
  g_assert_cmpuint(blocks, ==, (in->len + HOOK_SIZE - 1) / HOOK_SIZE);
  pl_stream_free(s);
  g_bytes_unref(b);
  g_string_free(in, TRUE);
  g_string_free(out, TRUE);
}

int main(int argc, char **argv) {
  /* before the reader reads it (it does once, at the first read) */
  g_setenv("PLUTOLOG_TEST_READ_SIZE", G_STRINGIFY(HOOK_SIZE), TRUE);
  g_test_init(&argc, &argv, NULL);
  g_test_add_func("/read-hook/blocks-of-at-most-n", test_blocks);
  return g_test_run();
}
