/* lexbench — the lexer and grammar alone: every line of the input through
 * pl_parser_line(), no timeline, no passes, no output.  The difference to
 * `plutolog -f json` on the same file is the cost of everything after the
 * parser.
 *
 *   lexbench FILE     prints: lines bytes seconds MB/s lines/s, then counts
 *                     per line class */
#include "plutolog.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: lexbench FILE\n");
    return 2;
  }
  int fd = open(argv[1], O_RDONLY);
  if (fd < 0) {
    fprintf(stderr, "lexbench: %s: %s\n", argv[1], strerror(errno));
    return 1;
  }
  pl_analysis *a = pl_analysis_new();
  a->default_year = 2026;
  pl_parser *p = pl_parser_new(a);
  enum { CHUNK = 1 << 20 };
  char *buf = g_malloc(CHUNK);
  GByteArray *carry = g_byte_array_new();
  guint64 lines = 0, bytes = 0, cls[4] = {0};
  gint64 t0 = g_get_monotonic_time();
  for (;;) {
    ssize_t r = read(fd, buf, CHUNK);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      fprintf(stderr, "lexbench: read: %s\n", strerror(errno));
      return 1;
    }
    if (r == 0) break;
    bytes += (guint64) r;
    char *s = buf, *e = buf + r;
    while (s < e) {
      char *nl = memchr(s, '\n', (size_t) (e - s));
      if (!nl) {
        g_byte_array_append(carry, (guint8 *) s, (guint) (e - s));
        break;
      }
      char *line = s;
      gsize n = (gsize) (nl - s);
      if (carry->len) {
        g_byte_array_append(carry, (guint8 *) s, (guint) n);
        line = (char *) carry->data;
        n = carry->len;
      }
      cls[pl_parser_line(p, 0, ++lines, line, n)]++;
      g_byte_array_set_size(carry, 0);
      s = nl + 1;
    }
  }
  if (carry->len) cls[pl_parser_line(p, 0, ++lines, (char *) carry->data, carry->len)]++;
  double secs = (double) (g_get_monotonic_time() - t0) / 1e6;
  printf("%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %.3f %.1f %.0f\n", lines, bytes, secs,
         secs > 0 ? (double) bytes / 1e6 / secs : 0.0, secs > 0 ? (double) lines / secs : 0.0);
  printf("pluto %" G_GUINT64_FORMAT " debug %" G_GUINT64_FORMAT " other %" G_GUINT64_FORMAT
         " empty %" G_GUINT64_FORMAT "\n",
         cls[PL_LINE_PLUTO], cls[PL_LINE_DEBUG], cls[PL_LINE_OTHER], cls[PL_LINE_EMPTY]);
  g_byte_array_unref(carry);
  g_free(buf);
  close(fd);
  pl_parser_free(p);
  pl_analysis_free(a);
  return 0;
}
