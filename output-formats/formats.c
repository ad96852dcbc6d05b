/* The output formats, one backend per file in output-formats/. */
#include "plutolog.h"

/* -f diff (output-formats/diff.c; declared here, not in plutolog.h) */
void pl_fmt_diff(const pl_analysis *a, const pl_output_opts *o, GString *out);

#include <string.h>

static const pl_format formats[] = {
    {"text", "txt", pl_fmt_text, "per-connection diagnosis for a terminal (default)"},
    {"markdown", "md", pl_fmt_markdown, "a report for a ticket (GitHub/GitLab Markdown)"},
    {"conf", "conf", pl_fmt_conf, "ipsec.conf conn sections rebuilt from the log (with --config: patched)"},
    {"diff", "diff", pl_fmt_diff, "with --config: a unified diff of the config files (patch -p0)"},
    {"dot", "dot", pl_fmt_dot, "Graphviz sequence diagram"},
    {"mermaid", "mmd", pl_fmt_mermaid, "Mermaid sequence diagram"},
    {"json", "json", pl_fmt_json, "one JSON document (schema plutolog/1)"},
    {"events", "ndjson", pl_fmt_events, "NDJSON, one object per event"},
    {"annotate", "txt", pl_fmt_annotate, "the log line by line, with what each line means"},
};

const pl_format *pl_format_find(const char *name) {
  for (gsize i = 0; i < G_N_ELEMENTS(formats); i++)
    if (strcmp(formats[i].name, name) == 0) return &formats[i];
  return NULL;
}

const pl_format *pl_formats(gsize *n) {
  *n = G_N_ELEMENTS(formats);
  return formats;
}

void pl_output_flush(const pl_output_opts *o, GString *out) {
  if (!o || !o->flush || out->len < 65536) return;
  o->flush(out, o->flush_user);
  g_string_truncate(out, 0);
}
