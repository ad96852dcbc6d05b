/* -f json: one document per analysis (schema plutolog/1, DESIGN.md). */
#include "pl-json.h"
#include "config.h"
#include "correlate.h"
#include "diagnose.h"

#include <string.h>

static void add_str(JsonBuilder *b, const char *k, const char *v) {
  json_builder_set_member_name(b, k);
  if (v) json_builder_add_string_value(b, v);
  else json_builder_add_null_value(b);
}

static void add_int(JsonBuilder *b, const char *k, gint64 v) {
  json_builder_set_member_name(b, k);
  json_builder_add_int_value(b, v);
}

void pl_event_json_members(const pl_analysis *a, const pl_event *ev, JsonBuilder *b) {
  add_str(b, "kind", pl_event_kind_name(ev->kind));
  add_str(b, "source", pl_source_name(a, ev->source));
  add_int(b, "line", (gint64) ev->line);
  json_builder_set_member_name(b, "time");
  if (ev->time >= 0) {
    GString *t = g_string_new(NULL);
    pl_format_time(t, ev->time);
    g_string_erase(t, 0, 1);
    g_string_truncate(t, t->len - 1);
    json_builder_add_string_value(b, t->str);
    g_string_free(t, TRUE);
  } else json_builder_add_null_value(b);
  add_str(b, "host", ev->host);
  json_builder_set_member_name(b, "pid");
  if (ev->pid >= 0) json_builder_add_int_value(b, ev->pid);
  else json_builder_add_null_value(b);
  add_str(b, "conn", ev->conn);
  add_str(b, "instance", ev->instance);
  json_builder_set_member_name(b, "serial");
  if (ev->serial > 0) json_builder_add_int_value(b, ev->serial);
  else json_builder_add_null_value(b);
  json_builder_set_member_name(b, "payload");
  json_builder_begin_object(b);
  for (int i = 0; i < ev->nfields; i++) {
    const pl_field *f = &ev->f[i];
    json_builder_set_member_name(b, pl_field_name(f->id));
    switch ((pl_field_type) f->type) {
    case PL_T_STR: json_builder_add_string_value(b, f->v.s); break;
    case PL_T_INT: json_builder_add_int_value(b, f->v.i); break;
    case PL_T_DBL: json_builder_add_double_value(b, f->v.d); break;
    }
  }
  json_builder_end_object(b);
}

static void add_evidence(const pl_analysis *a, JsonBuilder *b, GArray *ev) {
  json_builder_set_member_name(b, "evidence");
  json_builder_begin_array(b);
  for (guint i = 0; ev && i < ev->len; i++) {
    pl_evidence *e = &g_array_index(ev, pl_evidence, i);
    json_builder_begin_object(b);
    add_str(b, "source", pl_source_name(a, e->source));
    add_int(b, "line", (gint64) e->line);
    json_builder_end_object(b);
  }
  json_builder_end_array(b);
}

static void add_conn(const pl_analysis *a, JsonBuilder *b, const pl_conn *c) {
  json_builder_begin_object(b);
  add_str(b, "name", c->name);
  add_str(b, "instance", c->instance);
  add_str(b, "host", c->host);
  add_str(b, "source", pl_source_name(a, c->source));
  add_str(b, "local", c->local);
  add_str(b, "peer", c->peer);
  json_builder_set_member_name(b, "ike_version");
  if (c->ike_version) json_builder_add_int_value(b, c->ike_version);
  else json_builder_add_null_value(b);
  add_str(b, "mode", pl_exchange_name(c->mode));
  add_str(b, "role", pl_role_name(c->role));
  add_str(b, "verdict", c->diag.verdict ? pl_verdict_name(c->diag.verdict) : "unknown");
  add_str(b, "stage", pl_stage_name(c->diag.stage));
  add_str(b, "reason", c->diag.reason);
  add_str(b, "summary", c->diag.summary);
  add_str(b, "hint", c->diag.hint);
  /* the notes of the attempt the verdict is taken from (text and Markdown: "Note:") */
  const pl_diag_detail *dd = pl_diag_detail_of(c);
  json_builder_set_member_name(b, "notes");
  json_builder_begin_array(b);
  for (guint i = 0; dd && dd->main && i < dd->main->notes->len; i++) {
    char *n = pl_msg_render(dd->main->notes->pdata[i], false);
    if (n) json_builder_add_string_value(b, n);
    g_free(n);
  }
  json_builder_end_array(b);
  add_evidence(a, b, c->diag.evidence);
  json_builder_set_member_name(b, "peer_config");
  json_builder_begin_object(b);
  pl_peerconf_json(c, b);
  json_builder_end_object(b);
  if (pl_config_current()) { /* --config: the comparison with this host's conn (src/passes/configcheck.c) */
    json_builder_set_member_name(b, "config");
    pl_config_check_json(a, c, b);
  }
  json_builder_set_member_name(b, "history");
  json_builder_begin_object(b);
  add_int(b, "sas", c->n_sas);
  add_int(b, "folded", c->folded_sas);
  add_int(b, "folded_established", c->folded_established);
  add_int(b, "folded_failed", c->folded_failed);
  if (c->folded_instances) { /* instances of this template no longer kept (PL_MAX_CONNS) */
    json_builder_set_member_name(b, "folded_instances");
    json_builder_begin_object(b);
    add_int(b, "count", c->folded_instances);
    add_int(b, "established", c->folded_inst_established);
    add_int(b, "failed", c->folded_inst_failed);
    add_int(b, "first_line", (gint64) c->folded_inst_first_line);
    add_int(b, "last_line", (gint64) c->folded_inst_last_line);
    json_builder_end_object(b);
  }
  json_builder_end_object(b);
  json_builder_set_member_name(b, "sas");
  json_builder_begin_array(b);
  for (guint i = 0; i < c->sas->len; i++) {
    const pl_sa *sa = c->sas->pdata[i];
    json_builder_begin_object(b);
    add_int(b, "serial", sa->serial);
    add_str(b, "kind", sa->is_ike ? "ike" : "child");
    json_builder_set_member_name(b, "parent");
    if (sa->parent) json_builder_add_int_value(b, sa->parent);
    else json_builder_add_null_value(b);
    json_builder_set_member_name(b, "replaces");
    if (sa->replaces) json_builder_add_int_value(b, sa->replaces);
    else json_builder_add_null_value(b);
    add_str(b, "role", pl_role_name(sa->role));
    json_builder_set_member_name(b, "ike_version");
    if (sa->ike_version) json_builder_add_int_value(b, sa->ike_version);
    else json_builder_add_null_value(b);
    add_str(b, "mode", pl_exchange_name(sa->mode));
    json_builder_set_member_name(b, "established");
    json_builder_add_boolean_value(b, sa->established);
    json_builder_set_member_name(b, "deleted");
    json_builder_add_boolean_value(b, sa->deleted);
    add_str(b, "last_state", sa->last_state);
    add_int(b, "events", sa->n_events);
    add_str(b, "source", pl_source_name(a, sa->source));
    add_int(b, "first_line", (gint64) sa->first_line);
    add_int(b, "last_line", (gint64) sa->last_line);
    if (sa->bytes_in >= 0 || sa->bytes_out >= 0) {
      add_int(b, "bytes_in", sa->bytes_in);
      add_int(b, "bytes_out", sa->bytes_out);
    }
    json_builder_end_object(b);
  }
  json_builder_end_array(b);
  json_builder_end_object(b);
}

/* Generates root as json-glib writes it (pretty, two spaces a level), every
 * line after the first indented by `indent` spaces, and appends it to out. */
void pl_json_emit_indented(GString *out, JsonNode *root, int indent) {
  JsonGenerator *g = json_generator_new();
  json_generator_set_pretty(g, TRUE);
  json_generator_set_indent(g, 2);
  json_generator_set_root(g, root);
  gsize n;
  char *s = json_generator_to_data(g, &n);
  static const char blanks[] = "                ";
  const char *p = s;
  for (const char *nl; (nl = strchr(p, '\n')); p = nl + 1) {
    g_string_append_len(out, p, nl + 1 - p);
    g_string_append_len(out, blanks, indent < 16 ? indent : 16);
    for (int i = 16; i < indent; i++) g_string_append_c(out, ' ');
  }
  g_string_append(out, p);
  g_free(s);
  g_object_unref(g);
}

static void emit_node(GString *out, JsonBuilder *b, int indent) {
  JsonNode *root = json_builder_get_root(b);
  pl_json_emit_indented(out, root, indent);
  json_node_unref(root);
}

/* The document is written member by member, and the connections one at a
 * time, so the JSON tree of a big analysis never exists whole in memory. */
void pl_fmt_json(const pl_analysis *a, const pl_output_opts *o, GString *out) {
  g_string_append(out, "{\n  \"schema\" : \"plutolog/1\",\n  \"sources\" : ");
  JsonBuilder *b = json_builder_new();
  json_builder_begin_array(b);
  for (guint i = 0; i < a->sources->len; i++) {
    const pl_source *s = a->sources->pdata[i];
    json_builder_begin_object(b);
    add_str(b, "name", s->name);
    add_int(b, "lines", (gint64) s->lines);
    json_builder_end_object(b);
  }
  json_builder_end_array(b);
  emit_node(out, b, 2);
  g_object_unref(b);

  const pl_stats *st = &a->stats;
  g_string_append(out, ",\n  \"stats\" : ");
  b = json_builder_new();
  json_builder_begin_object(b);
  add_int(b, "lines", (gint64) st->lines);
  add_int(b, "pluto", (gint64) st->pluto);
  add_int(b, "recognised", (gint64) st->recognised);
  add_int(b, "unrecognised", (gint64) st->unrecognised);
  add_int(b, "debug", (gint64) st->debug);
  add_int(b, "other", (gint64) st->other);
  add_int(b, "empty", (gint64) st->empty);
  add_int(b, "truncated", (gint64) st->truncated);
  add_int(b, "nul_lines", (gint64) st->nul_lines);
  add_int(b, "invalid_utf8", (gint64) st->invalid_utf8);
  add_int(b, "crlf", (gint64) st->crlf);
  add_int(b, "joined", (gint64) st->joined);
  if (st->cut) add_int(b, "cut", (gint64) st->cut); /* only when there are any */
  json_builder_set_member_name(b, "kinds");
  json_builder_begin_object(b);
  for (int k = 0; k < PL_EV__COUNT; k++)
    if (st->kinds[k]) add_int(b, pl_event_kind_name((pl_event_kind) k), (gint64) st->kinds[k]);
  json_builder_end_object(b);
  json_builder_end_object(b);
  emit_node(out, b, 2);
  g_object_unref(b);

  /* the answer for the whole log, then what belongs to no connection */
  pl_outcome oc = pl_diagnose_outcome(a);
  const pl_conn *host = NULL;
  for (guint i = 0; i < a->conns->len && !host; i++)
    if (!((const pl_conn *) a->conns->pdata[i])->name) host = a->conns->pdata[i];
  g_string_append(out, ",\n  \"outcome\" : ");
  b = json_builder_new();
  json_builder_begin_object(b);
  add_str(b, "result", pl_outcome_name(&oc));
  add_str(b, "connection", oc.conn ? oc.conn->name : NULL);
  add_str(b, "instance", oc.conn ? oc.conn->instance : NULL);
  add_str(b, "summary", oc.conn ? oc.conn->diag.summary : NULL);
  add_str(b, "hint", oc.conn ? oc.conn->diag.hint : NULL);
  json_builder_end_object(b);
  emit_node(out, b, 2);
  g_object_unref(b);

  g_string_append(out, ",\n  \"host\" : ");
  if (!host) g_string_append(out, "null");
  b = json_builder_new();
  if (host) {
    json_builder_begin_object(b);
    add_str(b, "verdict", host->diag.verdict ? pl_verdict_name(host->diag.verdict) : "unknown");
    add_str(b, "stage", pl_stage_name(host->diag.stage));
    add_str(b, "reason", host->diag.reason);
    add_str(b, "summary", host->diag.summary);
    add_str(b, "hint", host->diag.hint);
    add_evidence(a, b, host->diag.evidence);
    add_int(b, "events", host->events->len + host->dropped_events);
    json_builder_end_object(b);
    emit_node(out, b, 2);
  }
  g_object_unref(b);

  g_string_append(out, ",\n  \"connections\" : [");
  GPtrArray *conns = pl_analysis_sorted_conns(a);
  guint emitted = 0;
  for (guint i = 0; i < conns->len; i++) {
    const pl_conn *c = conns->pdata[i];
    if (!c->name) continue; /* the host's lines: "host" above */
    g_string_append(out, emitted++ ? ",\n    " : "\n    ");
    b = json_builder_new();
    add_conn(a, b, c);
    emit_node(out, b, 4);
    g_object_unref(b);
    pl_output_flush(o, out);
  }
  g_string_append(out, emitted ? "\n  ]" : "]");
  g_ptr_array_unref(conns);

  /* "correlation": the pass adds a member to an open object; take its value */
  b = json_builder_new();
  json_builder_begin_object(b);
  pl_correlation_json(a, b);
  json_builder_end_object(b);
  {
    JsonNode *root = json_builder_get_root(b);
    JsonObject *obj = json_node_get_object(root);
    GList *members = json_object_get_members(obj);
    for (GList *m = members; m; m = m->next) {
      g_string_append(out, ",\n  ");
      pl_json_string(out, m->data, -1);
      g_string_append(out, " : ");
      pl_json_emit_indented(out, json_object_get_member(obj, m->data), 2);
    }
    g_list_free(members);
    json_node_unref(root);
  }
  g_object_unref(b);

  g_string_append(out, ",\n  \"diagnostics\" : ");
  b = json_builder_new();
  json_builder_begin_array(b);
  for (guint i = 0; i < a->diags->len; i++) {
    const pl_diag *d = a->diags->pdata[i];
    json_builder_begin_object(b);
    add_str(b, "source", pl_source_name(a, d->source));
    add_int(b, "line", (gint64) d->line);
    add_str(b, "message", d->message);
    json_builder_end_object(b);
  }
  json_builder_end_array(b);
  emit_node(out, b, 2);
  g_object_unref(b);
  g_string_append(out, "\n}\n");
}
