/* plutolog — command line (DESIGN.md "Command-line contract"). */
#include "plutolog.h"
#include "reader.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#ifndef PL_VERSION
#define PL_VERSION "0.1"
#endif

static char *opt_format = NULL;
static char *opt_output = NULL;
static char **opt_conns = NULL;
static int opt_jobs = 0;
static gboolean opt_redact = FALSE;
static char *opt_redact_map = NULL;
static char *opt_lang = NULL;
static int opt_year = 0;
static gboolean opt_strict = FALSE;
static gboolean opt_quiet = FALSE;
static gboolean opt_version = FALSE;
static int opt_target = 0;

static const GOptionEntry entries[] = {
    {"format", 'f', 0, G_OPTION_ARG_STRING, &opt_format,
     "Output format: text (default), markdown, conf, dot, mermaid, json, events", "FMT"},
    {"output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output, "Write to PATH instead of standard output",
     "PATH"},
    {"conn", 'c', 0, G_OPTION_ARG_STRING_ARRAY, &opt_conns, "Only this connection (repeatable)", "NAME"},
    {"jobs", 'j', 0, G_OPTION_ARG_INT, &opt_jobs, "Batch parallelism (default: number of CPUs)", "N"},
    {"redact", 0, 0, G_OPTION_ARG_NONE, &opt_redact, "Pseudonymise addresses, IDs and host names", NULL},
    {"redact-map", 0, 0, G_OPTION_ARG_FILENAME, &opt_redact_map, "Keep the redaction mapping in FILE",
     "FILE"},
    {"lang", 0, 0, G_OPTION_ARG_STRING, &opt_lang, "Language of the report: en or zh_TW", "LANG"},
    {"year", 0, 0, G_OPTION_ARG_INT, &opt_year, "Year for time stamps that have none", "YYYY"},
    {"strict", 0, 0, G_OPTION_ARG_NONE, &opt_strict, "Exit 1 if any pluto line was not recognised", NULL},
    {"quiet", 'q', 0, G_OPTION_ARG_NONE, &opt_quiet, "No progress or summary on standard error", NULL},
    {"target", 0, 0, G_OPTION_ARG_INT, &opt_target,
     "-f conf: write ipsec.conf for Libreswan 4 or 5 (default: the version the log reveals)", "4|5"},
    {"version", 'V', 0, G_OPTION_ARG_NONE, &opt_version, "Print the version and exit", NULL},
    {NULL, 0, 0, 0, NULL, NULL, NULL},
};

static const char *description =
    "Reads logs of the IPsec IKE daemon pluto (Libreswan, Openswan, FreeS/WAN) and\n"
    "tells what happened to each tunnel, where a failing one stops, what the peer\n"
    "is configured with, and what to change.\n"
    "\n"
    "INPUT is a log file, a directory of logs, or - for standard input (the\n"
    "default).  Any prefix is understood: syslog, journalctl, RFC 3339/5424,\n"
    "pluto's own logfile=, whack/console output, or bare messages.\n"
    "All inputs together are one analysis: give both peers' logs, or a host's\n"
    "rotated logs, in one run.\n"
    "\n"
    "Examples:\n"
    "  plutolog /var/log/auth.log                 diagnosis on the terminal\n"
    "  journalctl -u ipsec | plutolog             the same, from the journal\n"
    "  plutolog -f markdown -o ticket.md east.log west.log\n"
    "  plutolog -f conf -c office responder.log   a conn section for the peer\n"
    "  plutolog -f json pluto.log | jq .connections\n"
    "\n"
    "Exit status: 0 analysed (whatever the tunnels did); 1 an input could not be\n"
    "read, or --strict and a pluto line was not recognised; 2 usage error.";

typedef struct {
  pl_analysis *a;
  FILE *out;
  GString *buf;
} stream_sink;

static void events_sink(const pl_event *ev, gpointer user) {
  stream_sink *s = user;
  pl_events_line(s->a, ev, s->buf);
  if (s->buf->len > (1u << 16)) {
    fwrite(s->buf->str, 1, s->buf->len, s->out);
    g_string_truncate(s->buf, 0);
  }
}

int main(int argc, char **argv) {
  setlocale(LC_ALL, "");
  GOptionContext *ctx = g_option_context_new("[INPUT…]");
  g_option_context_set_summary(ctx, "Explain what pluto's log says about each IPsec tunnel.");
  g_option_context_set_description(ctx, description);
  g_option_context_add_main_entries(ctx, entries, NULL);
  GError *err = NULL;
  if (!g_option_context_parse(ctx, &argc, &argv, &err)) {
    g_printerr("plutolog: %s\nTry 'plutolog --help'.\n", err->message);
    g_error_free(err);
    g_option_context_free(ctx);
    return 2;
  }
  g_option_context_free(ctx);
  if (opt_version) {
    printf("plutolog %s\n", PL_VERSION);
    return 0;
  }
  const pl_format *fmt = pl_format_find(opt_format ? opt_format : "text");
  if (!fmt) {
    g_printerr("plutolog: unknown format '%s' (text, markdown, conf, dot, mermaid, json, events)\n",
               opt_format);
    return 2;
  }
  if (opt_lang && strcmp(opt_lang, "en") && strcmp(opt_lang, "zh_TW")) {
    g_printerr("plutolog: --lang must be en or zh_TW, not '%s'\n", opt_lang);
    return 2;
  }
  if (opt_target && opt_target != 4 && opt_target != 5) {
    g_printerr("plutolog: --target must be 4 or 5, not %d\n", opt_target);
    return 2;
  }
  if (opt_year && (opt_year < 1970 || opt_year > 9999)) {
    g_printerr("plutolog: --year %d is out of range\n", opt_year);
    return 2;
  }
  (void) opt_jobs;
  (void) opt_redact;
  (void) opt_redact_map;

  FILE *out = stdout;
  if (opt_output && strcmp(opt_output, "-")) {
    out = fopen(opt_output, "w");
    if (!out) {
      g_printerr("plutolog: cannot write %s: %s\n", opt_output, g_strerror(errno));
      return 1;
    }
  }

  pl_analysis *a = pl_analysis_new();
  if (opt_year) a->default_year = opt_year;
  if (opt_conns) a->only_conns = g_strdupv(opt_conns);
  stream_sink sink = {a, out, g_string_new(NULL)};
  bool streaming = strcmp(fmt->name, "events") == 0;
  if (streaming) {
    a->sink = events_sink;
    a->sink_user = &sink;
  }
  int status = 0;
  if (argc < 2) {
    if (isatty(0) && !opt_quiet)
      g_printerr("plutolog: reading a log from standard input (Ctrl-D to end; --help for usage)\n");
    if (!pl_read_path(a, "-", &err)) {
      g_printerr("plutolog: %s\n", err->message);
      g_clear_error(&err);
      status = 1;
    }
  }
  for (int i = 1; i < argc; i++) {
    if (!pl_read_path(a, argv[i], &err)) {
      g_printerr("plutolog: %s\n", err->message);
      g_clear_error(&err);
      status = 1;
    }
  }
  pl_analysis_finish(a);

  pl_output_opts o = {0};
  o.lang = opt_lang ? opt_lang : pl_default_lang();
  o.color = out == stdout && isatty(1) && !g_getenv("NO_COLOR");
  o.redact = opt_redact;
  o.target = opt_target;
  pl_i18n_init(o.lang);
  if (streaming) {
    fwrite(sink.buf->str, 1, sink.buf->len, out);
  } else {
    GString *s = g_string_new(NULL);
    fmt->emit(a, &o, s);
    fwrite(s->str, 1, s->len, out);
    g_string_free(s, TRUE);
  }
  g_string_free(sink.buf, TRUE);
  for (guint i = 0; i < a->diags->len; i++) {
    const pl_diag *d = a->diags->pdata[i];
    if (opt_quiet) break;
    const pl_source *src = d->source < a->sources->len ? a->sources->pdata[d->source] : NULL;
    g_printerr("plutolog: %s:%" G_GUINT64_FORMAT ": %s\n", src ? src->name : "?", d->line, d->message);
  }
  if (opt_strict && a->stats.unrecognised) {
    if (!opt_quiet)
      g_printerr("plutolog: %" G_GUINT64_FORMAT " pluto line(s) not recognised (--strict)\n",
                 a->stats.unrecognised);
    status = 1;
  }
  if (out != stdout && fclose(out) != 0) status = 1;
  pl_analysis_free(a);
  return status;
}
