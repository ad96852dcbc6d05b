#ifndef PL_READER_H
#define PL_READER_H
#include "plutolog.h"
/* Reads a file, a directory, or "-" (stdin) into the analysis. */
bool pl_read_path(pl_analysis *a, const char *path, GError **err);
#endif
