/* -f events: NDJSON, one object per event, streamed while the input is read
 * (kind, source, line, time, host, pid, conn, instance, serial, payload). */
#include "plutolog.h"

void pl_events_line(const pl_analysis *a, const pl_event *ev, GString *out) {
  g_string_append(out, "{\"kind\":");
  pl_json_string(out, pl_event_kind_name(ev->kind), -1);
  g_string_append(out, ",\"source\":");
  pl_json_string(out, pl_source_name(a, ev->source), -1);
  g_string_append_printf(out, ",\"line\":%" G_GUINT64_FORMAT ",\"time\":", ev->line);
  pl_format_time(out, ev->time);
  g_string_append(out, ",\"host\":");
  pl_json_string(out, ev->host, -1);
  if (ev->pid >= 0) g_string_append_printf(out, ",\"pid\":%" G_GINT64_FORMAT, ev->pid);
  else g_string_append(out, ",\"pid\":null");
  g_string_append(out, ",\"conn\":");
  pl_json_string(out, ev->conn, -1);
  g_string_append(out, ",\"instance\":");
  pl_json_string(out, ev->instance, -1);
  if (ev->serial > 0) g_string_append_printf(out, ",\"serial\":%" G_GINT64_FORMAT, ev->serial);
  else g_string_append(out, ",\"serial\":null");
  if (ev->repeat > 1) g_string_append_printf(out, ",\"repeat\":%u", ev->repeat);
  g_string_append(out, ",\"payload\":{");
  for (int i = 0; i < ev->nfields; i++) {
    const pl_field *f = &ev->f[i];
    if (i) g_string_append_c(out, ',');
    pl_json_string(out, pl_field_name(f->id), -1);
    g_string_append_c(out, ':');
    switch ((pl_field_type) f->type) {
    case PL_T_STR: pl_json_string(out, f->v.s, -1); break;
    case PL_T_INT: g_string_append_printf(out, "%" G_GINT64_FORMAT, f->v.i); break;
    case PL_T_DBL: {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      g_string_append(out, g_ascii_dtostr(buf, sizeof buf, f->v.d));
      break;
    }
    }
  }
  g_string_append(out, "}");
  if (ev->kind == PL_EV_UNKNOWN) {
    g_string_append(out, ",\"text\":");
    pl_json_string(out, ev->text, (gssize) ev->text_len);
  }
  g_string_append(out, "}\n");
}

/* Whole-analysis form (used in batch mode): the events the timeline kept. */
void pl_fmt_events(const pl_analysis *a, const pl_output_opts *o, GString *out) {
  (void) o;
  GPtrArray *conns = pl_analysis_sorted_conns(a);
  for (guint i = 0; i < conns->len; i++) {
    const pl_conn *c = conns->pdata[i];
    for (guint j = 0; j < c->events->len; j++) pl_events_line(a, c->events->pdata[j], out);
    for (guint s = 0; s < c->sas->len; s++) {
      const pl_sa *sa = c->sas->pdata[s];
      for (guint j = 0; j < sa->events->len; j++) pl_events_line(a, sa->events->pdata[j], out);
    }
  }
  g_ptr_array_unref(conns);
}
