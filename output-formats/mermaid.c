/* -f mermaid: the sequence model (src/passes/correlate.c) as one Mermaid
 * sequenceDiagram.  Each connection (or pair of connections from both
 * peers' logs) is a block opened by a title note and closed by a legend
 * note with the diagnosis.
 *
 * Participants are named by aliases generated here (H1, H2, ...), never by
 * log text; a lifeline title that is the same in two blocks (the log's own
 * host) is one participant.  All text from the log goes through
 * pl_mermaid_escape, so a peer ID such as `@x"];evil` or one holding "end",
 * "-->>", '#', ';' or a newline stays text. */
#include "seq.h"
#include "i18n.h"
#include "plutolog.h"

#include <string.h>

/* Escaped text with "\n" turned into <br/> (our own markup, after escaping). */
static void text(GString *out, const char *s) {
  if (!s) return;
  gchar **lines = g_strsplit(s, "\n", -1);
  for (gchar **l = lines; *l; l++) {
    if (l != lines) g_string_append(out, "<br/>");
    pl_mermaid_escape(out, *l);
  }
  g_strfreev(lines);
}

typedef struct {
  GHashTable *alias; /* lane title -> "H%u" */
  GPtrArray *order;  /* titles in order of first use (owned by alias) */
  GString *decl;     /* participant lines */
} parts;

static const char *participant(parts *p, const char *title) {
  const char *al = g_hash_table_lookup(p->alias, title);
  if (al) return al;
  char *key = g_strdup(title);
  char *name = g_strdup_printf("H%u", g_hash_table_size(p->alias) + 1);
  g_hash_table_insert(p->alias, key, name);
  g_string_append_printf(p->decl, "  participant %s as ", name);
  text(p->decl, title);
  g_string_append_c(p->decl, '\n');
  return name;
}

static void emit_seq(const pl_seq *s, parts *p, GString *body) {
  const char *lane[2] = {participant(p, s->lane[0]), participant(p, s->lane[1])};
  g_string_append_printf(body, "  Note over %s,%s: ", lane[0], lane[1]);
  text(body, s->title);
  g_string_append_c(body, '\n');
  for (guint i = 0; i < s->steps->len; i++) {
    const pl_step *st = s->steps->pdata[i];
    GString *t = g_string_new(NULL);
    text(t, st->label);
    /* a repeated message is drawn in a loop that says ×N once, not twice */
    bool loop = st->kind == PL_STEP_MSG && st->count > 1 && st->key && strncmp(st->key, "N:", 2);
    if (st->count > 1 && !loop) {
      GString *r = g_string_new(NULL);
      pl_step_repeat(st, r);
      g_string_append_c(t, ' ');
      text(t, r->str);
      g_string_free(r, TRUE);
    }
    for (guint d = 0; st->detail && d < st->detail->len; d++) {
      g_string_append(t, "<br/>");
      text(t, st->detail->pdata[d]);
    }
    if (st->kind == PL_STEP_MSG) {
      const char *arrow =
          st->tone == PL_TONE_BAD ? (st->implied ? "--x" : "-x") : (st->implied ? "-->>" : "->>");
      if (loop) {
        GString *r = g_string_new(NULL);
        pl_step_repeat(st, r);
        g_string_append(body, "  loop ");
        text(body, r->str);
        g_string_append_c(body, '\n');
        g_string_free(r, TRUE);
      }
      g_string_append_printf(body, "  %s%s%s%s: %s\n", loop ? "  " : "", lane[st->from], arrow, lane[st->to],
                             t->str);
      if (loop) g_string_append(body, "  end\n");
    } else {
      g_string_append_printf(body, "  Note %s of %s: %s%s\n", st->from == 0 ? "left" : "right",
                             lane[st->from],
                             st->tone == PL_TONE_GOOD  ? "\xe2\x9c\x94 "
                             : st->tone == PL_TONE_BAD ? "\xe2\x9c\x98 "
                                                       : "",
                             t->str);
    }
    g_string_free(t, TRUE);
  }
  GString *leg = g_string_new(NULL);
  char *t0 = pl_seq_legend(s->conn[0]), *t1 = s->conn[1] ? pl_seq_legend(s->conn[1]) : NULL;
  if (!t1 || !strcmp(t0, t1)) text(leg, t0); /* one diagnosis: say it once */
  else
    for (int i = 0; i < 2; i++) {
      if (i) g_string_append(leg, "<br/>");
      text(leg, s->host[i] ? s->host[i] : "?");
      g_string_append(leg, "#58; ");
      text(leg, i ? t1 : t0);
    }
  g_free(t0), g_free(t1);
  g_string_append_printf(body, "  Note over %s,%s: %s\n", lane[0], lane[1], leg->str);
  g_string_free(leg, TRUE);
}

static void parts_init(parts *p) {
  p->alias = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  p->decl = g_string_new(NULL);
}

static void parts_done(parts *p) {
  g_hash_table_unref(p->alias);
  g_string_free(p->decl, TRUE);
}

void pl_mermaid_seq(const pl_seq *s, GString *out) {
  parts p;
  parts_init(&p);
  GString *body = g_string_new(NULL);
  emit_seq(s, &p, body);
  g_string_append(out, "sequenceDiagram\n");
  g_string_append(out, p.decl->str);
  g_string_append(out, body->str);
  g_string_free(body, TRUE);
  parts_done(&p);
}

void pl_fmt_mermaid(const pl_analysis *a, const pl_output_opts *o, GString *out) {
  (void) o;
  pl_correlation *cor = NULL;
  GPtrArray *seqs = pl_seq_all(a, &cor);
  parts p;
  parts_init(&p);
  GString *body = g_string_new(NULL);
  for (guint k = 0; k < seqs->len; k++) emit_seq(seqs->pdata[k], &p, body);
  g_string_append(out, "sequenceDiagram\n");
  if (!seqs->len) {
    g_string_append(out, "  participant H1 as plutolog\n  Note over H1: ");
    text(out, _("no IKE exchange in the input"));
    g_string_append_c(out, '\n');
  }
  g_string_append(out, p.decl->str);
  g_string_append(out, body->str);
  g_string_free(body, TRUE);
  parts_done(&p);
  g_ptr_array_unref(seqs);
  pl_correlation_free(cor);
}
