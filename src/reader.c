/* Inputs: files, directories (read in name order), and standard input.
 * Every input becomes a named source of lines for the analysis. */
#include "plutolog.h"
#include "reader.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int name_cmp(gconstpointer a, gconstpointer b) {
  return strcmp(*(char *const *) a, *(char *const *) b);
}

bool pl_read_path(pl_analysis *a, const char *path, GError **err) {
  if (strcmp(path, "-") == 0) {
    guint32 src = pl_analysis_add_source(a, "(stdin)");
    return pl_analysis_feed_fd(a, src, 0, err);
  }
  struct stat st;
  if (stat(path, &st) != 0) {
    int e = errno;
    g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(e), "%s: %s", path, g_strerror(e));
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    GDir *d = g_dir_open(path, 0, err);
    if (!d) return false;
    GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
    const char *n;
    while ((n = g_dir_read_name(d))) g_ptr_array_add(names, g_build_filename(path, n, NULL));
    g_dir_close(d);
    g_ptr_array_sort(names, name_cmp);
    bool ok = true;
    for (guint i = 0; i < names->len; i++) {
      GError *e = NULL;
      if (!pl_read_path(a, names->pdata[i], &e)) {
        g_printerr("plutolog: %s\n", e->message);
        g_error_free(e);
        ok = false;
      }
    }
    g_ptr_array_unref(names);
    if (!ok) g_set_error(err, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: some files could not be read", path);
    return ok;
  }
  int fd = open(path, O_RDONLY);
  if (fd < 0) {
    int e = errno;
    g_set_error(err, G_FILE_ERROR, g_file_error_from_errno(e), "%s: %s", path, g_strerror(e));
    return false;
  }
  guint32 src = pl_analysis_add_source(a, path);
  GError *e = NULL;
  bool ok = pl_analysis_feed_fd(a, src, fd, &e);
  if (!ok) {
    g_set_error(err, G_FILE_ERROR, e->code, "%s: %s", path, e->message);
    g_error_free(e);
  }
  close(fd);
  return ok;
}
