/* Batch mode (-o DIR): one analysis per log source, in parallel.
 *
 * The main thread walks the inputs in order and hands each log source to a
 * GThreadPool: a whole file by its path (the worker opens it itself, so
 * decompression is parallel too), a small plain file as the bytes read to
 * see what it is, an archive member (or standard input) as its bytes when
 * it is small, else through a socket pair that the main thread writes as
 * it decompresses (an archive can only be read in order; the bytes read
 * ahead are bounded, 4 MB, so a big log in an archive is never held whole:
 * peak RSS stays that of the analyses).  Each worker also
 * renders its source's part of the index, so the index is written from
 * small pieces at the end.
 * Workers write every requested format atomically under DIR; index.md and
 * index.json are written last, in input order, so the outcome does not
 * depend on -j.  A finished source's index parts and messages go to a
 * spill file (no name, in the temporary directory) and only their offsets
 * stay in memory (24 bytes a source), so a batch over 200 000 archive
 * members stays small; the producer also waits while too many sources are
 * queued. */
#ifndef PL_BATCH_H
#define PL_BATCH_H
#include "plutolog.h"
#include "reader.h"

G_BEGIN_DECLS

typedef struct {
  const char *outdir;
  const pl_format **formats; /* NULL-terminated */
  int jobs;                  /* <= 0: the number of processors */
  bool progress;             /* a progress line on standard error */
  bool strict;
  char **only_conns;         /* -c: in every log (a name no log has: exit 1) */
  const char *since, *until; /* --since/--until (NULL: none), checked by pl_batch_run */
  char **peers;              /* --peer (NULL: all) */
  pl_read_opts read;
  pl_output_opts out;
} pl_batch_opts;

/* Runs the batch; returns the exit status (0, or 1 when a source could not
 * be read, was not text, could not be written, --strict failed, or -c names
 * a connection that no log has; 2 when --since/--until is not a time). */
int pl_batch_run(char *const *inputs, int n, const pl_batch_opts *o);

/* The path under the output directory for source NAME ("a.tar.gz:x/y.log"
 * -> "a.tar.gz/x/y.log"): no absolute path, no "..", no empty or hidden
 * component, no control characters.  Newly allocated. */
char *pl_batch_relpath(const char *name);

/* The extension of format F's reports among FORMATS (NULL-terminated):
 * F's own, or "NAME.EXT" when an earlier format has the same.  Newly
 * allocated. */
char *pl_batch_ext(const pl_format *const *formats, const pl_format *f);

G_END_DECLS
#endif
