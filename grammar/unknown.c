/* Unrecognised lines grouped by shape, for --unknown and --strict.
 * Memory is bounded: at most PL_UNKNOWN_MAX_SHAPES shapes (later new shapes
 * are counted under one "(other shapes)" row) and PL_UNKNOWN_MAX_LINES
 * listed lines. */
#include "unknown.h"
#include "escape.h"

#include <string.h>

typedef struct {
  char *shape;
  guint64 count;
  guint64 order; /* first seen */
  guint32 source;
  guint64 line;
  char *example;
} u_shape;

typedef struct {
  GHashTable *shapes; /* shape -> u_shape* */
  GArray *lines;      /* of u_line */
  guint64 total, overflow_shapes, overflow_lines;
  GArray *cut; /* of u_line: lines cut short at the end of a source */
  guint64 overflow_cut;
  /* the line noted last (the one a cut may take back) */
  guint32 last_source;
  guint64 last_line;
  char *last_text;
} u_coll;

typedef struct {
  guint32 source;
  guint64 line;
  char *text;
} u_line;

static void shape_free(gpointer p) {
  u_shape *s = p;
  g_free(s->shape);
  g_free(s->example);
  g_free(s);
}

static void coll_free(gpointer p) {
  u_coll *u = p;
  if (!u) return;
  g_hash_table_destroy(u->shapes);
  for (guint i = 0; i < u->lines->len; i++) g_free(g_array_index(u->lines, u_line, i).text);
  g_array_unref(u->lines);
  for (guint i = 0; i < u->cut->len; i++) g_free(g_array_index(u->cut, u_line, i).text);
  g_array_unref(u->cut);
  g_free(u->last_text);
  g_free(u);
}

void pl_unknown_reset(pl_analysis *a) {
  if (a->unknown) coll_free(a->unknown);
  a->unknown = NULL;
  a->unknown_free = NULL;
}

static bool hexd(char c) { return g_ascii_isxdigit(c); }

/* an address at s: IPv4 (1.2.3.4[/n][:port]) or IPv6 ([x:y::z] or x:y::z) */
static gsize addr_len(const char *s, const char *e, bool *v6) {
  const char *p = s;
  int dots = 0;
  while (p < e && (g_ascii_isdigit(*p) || *p == '.')) dots += *p++ == '.';
  if (dots == 3 && p > s && g_ascii_isdigit(p[-1])) {
    *v6 = false;
    if (p < e && *p == '/')
      for (p++; p < e && g_ascii_isdigit(*p); p++) {
      }
    if (p + 1 < e && *p == ':' && g_ascii_isalnum(p[1]))
      for (p++; p < e && (g_ascii_isalnum(*p) || *p == '/'); p++) {
      }
    return (gsize) (p - s);
  }
  p = s;
  bool br = p < e && *p == '[';
  if (br) p++;
  int colons = 0;
  const char *q = p;
  while (q < e && (hexd(*q) || *q == ':' || *q == '.')) colons += *q++ == ':';
  if (colons >= 2 && q > p) {
    if (br && q < e && *q == ']') q++;
    else if (br) return 0;
    if (q < e && *q == '/')
      for (q++; q < e && g_ascii_isdigit(*q); q++) {
      }
    *v6 = true;
    return (gsize) (q - s);
  }
  return 0;
}

void pl_unknown_shape(GString *out, const char *s, gsize n) {
  const char *p = s, *e = s + n;
  while (p < e) {
    char c = *p;
    if (c == '\'' || c == '"') {
      const char *q = memchr(p + 1, c, (gsize) (e - p - 1));
      if (q) {
        g_string_append_c(out, c);
        g_string_append_c(out, 'Q');
        g_string_append_c(out, c);
        p = q + 1;
        continue;
      }
    }
    bool word_start = p == s || !(g_ascii_isalnum(p[-1]) || p[-1] == '_');
    if (c == '#' && p + 1 < e && g_ascii_isdigit(p[1])) {
      g_string_append(out, "#N");
      for (p++; p < e && g_ascii_isdigit(*p); p++) {
      }
      continue;
    }
    if (word_start && c == '0' && p + 2 < e && p[1] == 'x' && hexd(p[2])) {
      g_string_append(out, "0xH");
      for (p += 2; p < e && hexd(*p); p++) {
      }
      continue;
    }
    if (word_start) {
      bool v6 = false;
      gsize al = addr_len(p, e, &v6);
      if (al) {
        g_string_append(out, v6 ? "ADDR6" : "ADDR");
        p += al;
        continue;
      }
    }
    if (word_start && g_ascii_isdigit(c)) { /* not inside STATE_MAIN_I1, DH19 */
      g_string_append_c(out, 'N');
      while (p < e && (g_ascii_isdigit(*p) || (*p == '.' && p + 1 < e && g_ascii_isdigit(p[1])))) p++;
      continue;
    }
    g_string_append_c(out, c);
    p++;
  }
}

void pl_unknown_note(pl_analysis *a, const pl_event *ev) {
  u_coll *u = a->unknown;
  if (!u) {
    u = g_new0(u_coll, 1);
    u->shapes = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, shape_free);
    u->lines = g_array_new(FALSE, FALSE, sizeof(u_line));
    u->cut = g_array_new(FALSE, FALSE, sizeof(u_line));
    a->unknown = u;
    a->unknown_free = coll_free;
  }
  u->total++;
  gsize n = ev->text_len > 4096 ? 4096 : ev->text_len;
  GString *sh = g_string_sized_new(n + 16);
  pl_unknown_shape(sh, ev->text, n);
  u_shape *s = g_hash_table_lookup(u->shapes, sh->str);
  if (!s && g_hash_table_size(u->shapes) >= PL_UNKNOWN_MAX_SHAPES) {
    u->overflow_shapes++;
  } else if (!s) {
    s = g_new0(u_shape, 1);
    s->shape = g_string_free(sh, FALSE);
    sh = NULL;
    s->order = u->total;
    s->source = ev->source;
    s->line = ev->line;
    s->example = g_strndup(ev->text, n);
    g_hash_table_insert(u->shapes, s->shape, s);
  }
  if (s) s->count++;
  if (sh) g_string_free(sh, TRUE);
  if (u->lines->len < PL_UNKNOWN_MAX_LINES) {
    u_line l = {ev->source, ev->line, g_strndup(ev->text, n)};
    g_array_append_val(u->lines, l);
  } else u->overflow_lines++;
  g_free(u->last_text);
  u->last_source = ev->source;
  u->last_line = ev->line;
  u->last_text = g_strndup(ev->text, n);
}

guint64 pl_unknown_count(const pl_analysis *a) {
  const u_coll *u = a->unknown;
  return u ? u->total : 0;
}

static gint by_count(gconstpointer pa, gconstpointer pb) {
  const u_shape *x = *(u_shape *const *) pa, *y = *(u_shape *const *) pb;
  if (x->count != y->count) return x->count > y->count ? -1 : 1;
  return strcmp(x->shape, y->shape);
}

static void cut_lines(const pl_analysis *a, GString *out, const char *lead) {
  const u_coll *u = a->unknown;
  if (!u) return;
  for (guint i = 0; i < u->cut->len; i++) {
    const u_line *l = &g_array_index(u->cut, u_line, i);
    g_string_append(out, lead);
    pl_term_escape_name(out, pl_source_name(a, l->source));
    g_string_append_printf(out, ":%" G_GUINT64_FORMAT ": cut short: ", l->line);
    pl_term_escape_name(out, *l->text ? l->text : "(no message after the line's envelope)");
    g_string_append_c(out, '\n');
  }
  if (u->overflow_cut)
    g_string_append_printf(out, "%s... and %" G_GUINT64_FORMAT " more cut lines\n", lead, u->overflow_cut);
}

void pl_unknown_report(const pl_analysis *a, GString *out) {
  const u_coll *u = a->unknown;
  if (a->stats.cut) {
    g_string_append_printf(out, "pluto lines cut short at the end of the input: %" G_GUINT64_FORMAT "\n",
                           a->stats.cut);
    cut_lines(a, out, "         ");
  }
  if (!u || !u->total) {
    g_string_append(out, "unrecognised pluto lines: none\n");
    return;
  }
  GPtrArray *v = g_ptr_array_new();
  GHashTableIter it;
  gpointer k, val;
  g_hash_table_iter_init(&it, u->shapes);
  while (g_hash_table_iter_next(&it, &k, &val)) g_ptr_array_add(v, val);
  g_ptr_array_sort(v, by_count);
  g_string_append_printf(out, "unrecognised pluto lines: %" G_GUINT64_FORMAT " in %u shapes\n", u->total,
                         v->len);
  for (guint i = 0; i < v->len; i++) {
    const u_shape *s = v->pdata[i];
    /* log text is shown, never passed, to the terminal */
    g_string_append_printf(out, "%7" G_GUINT64_FORMAT "  ", s->count);
    pl_term_escape_name(out, s->shape);
    g_string_append(out, "\n         e.g. ");
    pl_term_escape_name(out, pl_source_name(a, s->source));
    g_string_append_printf(out, ":%" G_GUINT64_FORMAT ": ", s->line);
    pl_term_escape_name(out, s->example);
    g_string_append_c(out, '\n');
  }
  if (u->overflow_shapes)
    g_string_append_printf(out, "%7" G_GUINT64_FORMAT "  (lines of further shapes, not kept)\n",
                           u->overflow_shapes);
  g_ptr_array_unref(v);
}

void pl_unknown_list(const pl_analysis *a, GString *out) {
  const u_coll *u = a->unknown;
  if (!u) return;
  cut_lines(a, out, "");
  for (guint i = 0; i < u->lines->len; i++) {
    const u_line *l = &g_array_index(u->lines, u_line, i);
    pl_term_escape_name(out, pl_source_name(a, l->source));
    g_string_append_printf(out, ":%" G_GUINT64_FORMAT ": unrecognised: ", l->line);
    pl_term_escape_name(out, l->text);
    g_string_append_c(out, '\n');
  }
  if (u->overflow_lines)
    g_string_append_printf(out, "... and %" G_GUINT64_FORMAT " more unrecognised lines\n", u->overflow_lines);
}

/* ---- pluto lines cut short by the end of the input -------------------------
 *
 * A pasted excerpt often ends in the middle of a line: "pluto[7129",
 * `"l2tp-rw"[1] 203.0.113.105 #10:` with no message, `Oakley Transform
 * [OAKL`.  Such a line is neither a message the grammar missed nor one it
 * knows: it is counted as `cut` (stats.cut, its own list in --unknown and
 * --strict) instead of unrecognised, but only when all of these hold:
 *   - the grammar did not recognise it (a cut line it still knows, or that
 *     the driver completed, stays recognised);
 *   - it is the last pluto line of its source: only non-pluto lines (a
 *     blank, a shell prompt) follow it, and no continuation was joined to it;
 *   - it looks cut: no message after the envelope, or the message ends
 *     inside an open quote or bracket, or it is a state line
 *     ("STATE_QUICK_R1: s") whose one word after the state is cut, or it
 *     is a row of a column-aligned table (the start-up algorithm tables:
 *     the first column, then a run of blanks; the event's text starts
 *     after the row's leading blanks) ending in a word.
 * Anywhere else the same text is an unrecognised line like any other. */

static bool state_head_cut(const char *s, const char *e) {
  if (e - s < 7 || memcmp(s, "STATE_", 6) != 0) return false;
  const char *p = s + 6;
  while (p < e && (g_ascii_isupper(*p) || g_ascii_isdigit(*p) || *p == '_')) p++;
  if (e - p < 3 || p[0] != ':' || p[1] != ' ') return false;
  for (p += 2; p < e; p++)
    if (!g_ascii_isalnum(*p)) return false;
  return true;
}

static bool table_row_cut(const char *s, const char *e) {
  if (e - s < 4 || !g_ascii_isalnum(e[-1])) return false;
  const char *p = s;
  while (p < e && *p == ' ') p++;
  while (p < e && *p != ' ') p++; /* the first column */
  return e - p > 2 && p[0] == ' ' && p[1] == ' ';
}

bool pl_unknown_looks_cut(const char *s, gsize n) {
  if (!s || !n) return true;
  const char *e = s + n;
  if (state_head_cut(s, e) || table_row_cut(s, e)) return true;
  bool quote = false;
  int depth = 0;
  for (const char *p = s; p < e; p++) {
    if (*p == '"') quote = !quote;
    else if (quote) continue;
    else if (*p == '[' || *p == '(' || *p == '{') depth++;
    else if ((*p == ']' || *p == ')' || *p == '}') && depth > 0) depth--;
  }
  return quote || depth > 0;
}

/* the candidate becomes a cut line: out of the unrecognised count and list */
static void cut_commit(pl_analysis *a) {
  a->cut_cand.set = false;
  if (!a->stats.unrecognised) return;
  a->stats.unrecognised--;
  a->stats.cut++;
  if (a->stats.kinds[PL_EV_UNKNOWN])
    a->stats.kinds[PL_EV_UNKNOWN]--; /* kinds sum to recognised + unrecognised */
  u_coll *u = a->unknown;
  if (!u || !u->last_text || u->last_source != a->cut_cand.source || u->last_line != a->cut_cand.line) return;
  u->total--;
  GString *sh = g_string_new(NULL);
  pl_unknown_shape(sh, u->last_text, strlen(u->last_text));
  u_shape *s = g_hash_table_lookup(u->shapes, sh->str);
  g_string_free(sh, TRUE);
  if (!s) {
    if (u->overflow_shapes) u->overflow_shapes--;
  } else if (--s->count == 0) g_hash_table_remove(u->shapes, s->shape);
  u_line *l = u->lines->len ? &g_array_index(u->lines, u_line, u->lines->len - 1) : NULL;
  if (l && l->source == u->last_source && l->line == u->last_line) {
    g_free(l->text);
    g_array_set_size(u->lines, u->lines->len - 1);
  } else if (u->overflow_lines) u->overflow_lines--;
  if (u->cut->len < PL_UNKNOWN_MAX_LINES) {
    u_line c = {u->last_source, u->last_line, u->last_text};
    g_array_append_val(u->cut, c);
  } else {
    u->overflow_cut++;
    g_free(u->last_text);
  }
  u->last_text = NULL;
}

void pl_unknown_cut_step(pl_analysis *a, guint32 source, pl_line_class cls, const pl_event *ev) {
  if (a->cut_cand.set) {
    if (a->cut_cand.joined != a->stats.joined) a->cut_cand.set = false; /* a continuation */
    else if (a->cut_cand.source != source) cut_commit(a);
    else if (cls == PL_LINE_PLUTO || cls == PL_LINE_DEBUG) a->cut_cand.set = false;
  }
  if (cls == PL_LINE_PLUTO && ev && ev->kind == PL_EV_UNKNOWN &&
      pl_unknown_looks_cut(ev->text, ev->text_len)) {
    a->cut_cand.set = true;
    a->cut_cand.source = source;
    a->cut_cand.line = ev->line;
    a->cut_cand.joined = a->stats.joined;
  }
}

void pl_unknown_cut_finish(pl_analysis *a) {
  if (!a->cut_cand.set) return;
  if (a->cut_cand.joined != a->stats.joined) a->cut_cand.set = false;
  else cut_commit(a);
}
