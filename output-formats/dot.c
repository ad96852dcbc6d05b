/* -f dot: a Graphviz sequence diagram per connection, or per pair of
 * connections when both peers' logs were read together.
 *
 * Layout technique: every step of the sequence is one rank (rank=same)
 * holding five nodes, left to right:
 *
 *     n (notes of lane 0) | l (lifeline 0) | m (message text) | p (lifeline 1) | q (notes of lane 1)
 *
 * joined by flat edges in that order, which dot keeps left to right.  An
 * arrow is the two flat edges l-m-p (the text sits between them, so labels
 * can never overlap an arrow or each other); the l and p columns are
 * chained down with heavy edges, which draws the lifelines and keeps every
 * column straight.  Node names are generated (s0_l3); text from the log only
 * ever appears inside escaped labels.  splines=false keeps arrows straight. */
#include "seq.h"
#include "i18n.h"
#include "plutolog.h"

#include <string.h>

#define WRAP 52

static const char *const COL_GOOD = "#1a7f37", *const FILL_GOOD = "#e6f4ea";
static const char *const COL_BAD = "#cf222e", *const FILL_BAD = "#fde8e8";
static const char *const COL_PLAIN = "#57606a", *const FILL_PLAIN = "#f6f8fa";

/* Appends s escaped, broken into lines of at most WRAP bytes at a space,
 * comma, semicolon, dash, slash or '=' when one is near; each line ends with `eol` ("\\n" or
 * "\\l"). */
static void wrapped(GString *out, const char *s, const char *eol) {
  if (!s) return;
  gchar **lines = g_strsplit(s, "\n", -1);
  for (gchar **ln = lines; *ln; ln++) {
    const char *p = *ln;
    gsize n = strlen(p);
    while (n > WRAP) {
      gsize cut = 0;
      for (gsize i = WRAP; i > WRAP / 2; i--)
        if (p[i] == ' ' || strchr(",;-=/", p[i - 1])) {
          cut = i;
          break;
        }
      if (!cut) {
        /* no break character: cut at a UTF-8 boundary */
        cut = WRAP;
        while (cut < n && ((unsigned char) p[cut] & 0xC0) == 0x80) cut++;
      }
      char *part = g_strndup(p, cut);
      pl_dot_escape(out, part);
      g_free(part);
      g_string_append(out, eol);
      p += cut;
      n -= cut;
      while (*p == ' ') p++, n--;
    }
    pl_dot_escape(out, p);
    g_string_append(out, eol);
  }
  g_strfreev(lines);
}

static void node(GString *out, int k, char col, guint row, const char *attrs) {
  g_string_append_printf(out, "    s%d_%c%u [%s];\n", k, col, row, attrs);
}

static const char *tone_color(pl_step_tone t) {
  return t == PL_TONE_GOOD ? COL_GOOD : t == PL_TONE_BAD ? COL_BAD : COL_PLAIN;
}

static const char *tone_fill(pl_step_tone t) {
  return t == PL_TONE_GOOD ? FILL_GOOD : t == PL_TONE_BAD ? FILL_BAD : FILL_PLAIN;
}

/* Estimated width in inches of an escaped label (lines end in \\n or \\l)
 * at a font size: dot has no "column width", so every node of a column is
 * given the width of the widest one and the lifelines stay straight. */
static double label_width(const char *lab, double pt) {
  double best = 0, cur = 0;
  for (const char *p = lab; *p;) {
    if (p[0] == '\\' && (p[1] == 'n' || p[1] == 'l')) {
      best = MAX(best, cur), cur = 0, p += 2;
      continue;
    }
    if (p[0] == '\\' && p[1]) p++;
    gunichar c = g_utf8_get_char_validated(p, -1);
    if (c == (gunichar) -1 || c == (gunichar) -2) c = '?', p++;
    else p = g_utf8_next_char(p);
    cur += g_unichar_iswide(c) ? 1.0 : g_ascii_isupper((char) c) || c == 'm' || c == 'w' ? 0.68 : 0.55;
  }
  best = MAX(best, cur);
  return best * pt / 72.0 + 0.3;
}

/* Fonts: Traditional Chinese needs a font with CJK glyphs (Debian's
 * fonts-wqy-zenhei), or dot draws boxes. */
#define CJK_FONT "WenQuanYi Zen Hei"
static bool cjk(const pl_output_opts *o) { return o && o->lang && !strcmp(o->lang, "zh_TW"); }
static const char *font_bold(const pl_output_opts *o) { return cjk(o) ? CJK_FONT : "Helvetica-Bold"; }
static const char *font_plain(const pl_output_opts *o) { return cjk(o) ? CJK_FONT : "Helvetica"; }

static void lane_box(GString *out, int k, char col, guint row, const char *title, const char *font) {
  GString *a = g_string_new("shape=box, style=\"rounded,filled\", fillcolor=\"#ddf4ff\", "
                            "color=\"#0969da\", fontname=\"");
  g_string_append_printf(a, "%s\", label=\"", font);
  wrapped(a, title, "\\n");
  g_string_append_c(a, '"');
  node(out, k, col, row, a->str);
  g_string_free(a, TRUE);
}

static char *step_label(const pl_step *st) {
  const char *eol = st->kind == PL_STEP_MSG ? "\\n" : "\\l";
  GString *lab = g_string_new(NULL);
  GString *head = g_string_new(st->label);
  if (st->count > 1) g_string_append_c(head, ' '), pl_step_repeat(st, head);
  wrapped(lab, head->str, eol);
  g_string_free(head, TRUE);
  for (guint i = 0; st->detail && i < st->detail->len; i++) {
    if (st->kind == PL_STEP_NOTE) g_string_append(lab, "  ");
    wrapped(lab, st->detail->pdata[i], eol);
  }
  return g_string_free(lab, FALSE);
}

/* an invisible spacer that holds a column's width */
static void spacer(GString *out, int k, char col, guint row, double w) {
  g_string_append_printf(out,
                         "    s%d_%c%u [shape=box, style=invis, label=\"\", width=%.2f, "
                         "height=0.02, fixedsize=true];\n",
                         k, col, row, w);
}

static void emit_seq(const pl_analysis *a, const pl_output_opts *o, const pl_seq *s, int k, GString *out) {
  (void) a;
  guint n = s->steps->len;
  guint last = n + 1; /* the row where the lifelines end */
  char **labs = g_new0(char *, n + 1);
  double wm = 1.2, wn = 0.05, wq = 0.05;
  for (guint r = 1; r <= n; r++) {
    const pl_step *st = s->steps->pdata[r - 1];
    labs[r] = step_label(st);
    double w = label_width(labs[r], 10);
    if (st->kind == PL_STEP_MSG) wm = MAX(wm, w);
    else if (st->from == 0) wn = MAX(wn, w);
    else wq = MAX(wq, w);
  }
  g_string_append_printf(out, "  subgraph cluster_%d {\n    label=\"", k);
  wrapped(out, s->title, "\\n");
  g_string_append_printf(out,
                         "\";\n    labelloc=t; fontname=\"%s\"; fontsize=14; "
                         "color=\"#d0d7de\"; style=rounded;\n",
                         font_bold(o));
  /* header row */
  spacer(out, k, 'n', 0, wn);
  lane_box(out, k, 'l', 0, s->lane[0], font_bold(o));
  spacer(out, k, 'm', 0, wm);
  lane_box(out, k, 'p', 0, s->lane[1], font_bold(o));
  spacer(out, k, 'q', 0, wq);

  for (guint r = 1; r <= n; r++) {
    const pl_step *st = s->steps->pdata[r - 1];
    node(out, k, 'l', r, "shape=point, width=0.06, color=\"#8c959f\"");
    node(out, k, 'p', r, "shape=point, width=0.06, color=\"#8c959f\"");
    if (st->kind == PL_STEP_MSG) {
      /* the message text, between the two halves of the arrow */
      g_string_append_printf(out,
                             "    s%d_m%u [shape=plaintext, fontsize=10, fontcolor=\"%s\", "
                             "margin=\"0.04,0.02\", label=\"%s\"];\n",
                             k, r, st->tone == PL_TONE_BAD ? COL_BAD : "#1f2328", labs[r]);
      spacer(out, k, 'n', r, wn);
      spacer(out, k, 'q', r, wq);
    } else {
      char side = st->from == 0 ? 'n' : 'q';
      g_string_append_printf(out,
                             "    s%d_%c%u [shape=note, style=filled, fontsize=10, color=\"%s\", "
                             "fillcolor=\"%s\", width=%.2f, label=\"%s\"];\n",
                             k, side, r, tone_color(st->tone), tone_fill(st->tone), side == 'n' ? wn : wq,
                             labs[r]);
      if (side == 'n') spacer(out, k, 'q', r, wq);
      else spacer(out, k, 'n', r, wn);
      spacer(out, k, 'm', r, wm);
    }
  }
  spacer(out, k, 'n', last, wn);
  node(out, k, 'l', last, "shape=point, width=0.06, color=\"#8c959f\"");
  spacer(out, k, 'm', last, wm);
  node(out, k, 'p', last, "shape=point, width=0.06, color=\"#8c959f\"");
  spacer(out, k, 'q', last, wq);

  /* legend: the diagnosis of each log's connection, below the lifelines */
  GString *leg = g_string_new(NULL);
  char *t0 = pl_seq_legend(s->conn[0]), *t1 = s->conn[1] ? pl_seq_legend(s->conn[1]) : NULL;
  if (!t1 || !strcmp(t0, t1)) wrapped(leg, t0, "\\l"); /* one diagnosis: say it once */
  else
    for (int i = 0; i < 2; i++) {
      char *h = g_strdup_printf("%s: %s", s->host[i] ? s->host[i] : "?", i ? t1 : t0);
      wrapped(leg, h, "\\l");
      g_free(h);
    }
  g_free(t0), g_free(t1);
  wrapped(leg, _("solid arrow: logged by the sender; dashed: implied by what the receiver did next"), "\\l");
  if (s->conn[1]) wrapped(leg, _("bold: seen in both logs"), "\\l");
  g_string_append_printf(out,
                         "    s%d_legend [shape=box, style=\"rounded,filled\", fillcolor=\"#fff8c5\", "
                         "color=\"#9a6700\", fontsize=10, label=\"%s\"];\n",
                         k, leg->str);
  g_string_append_printf(out, "    s%d_m%u -> s%d_legend [style=invis];\n", k, last, k);
  g_string_free(leg, TRUE);

  /* rows: same rank, flat edges left to right */
  for (guint r = 0; r <= last; r++) {
    const pl_step *st = r >= 1 && r <= n ? s->steps->pdata[r - 1] : NULL;
    g_string_append_printf(out, "    { rank=same; s%d_n%u; s%d_l%u; s%d_m%u; s%d_p%u; s%d_q%u; }\n", k, r, k,
                           r, k, r, k, r, k, r);
    g_string_append_printf(out, "    s%d_n%u -> s%d_l%u [style=invis];\n", k, r, k, r);
    if (st && st->kind == PL_STEP_MSG) {
      const char *col = st->tone == PL_TONE_BAD ? COL_BAD : "#1f2328";
      const char *style = st->implied ? "dashed" : st->both ? "bold" : "solid";
      bool right = st->from == 0;
      g_string_append_printf(out, "    s%d_l%u -> s%d_m%u [dir=%s, color=\"%s\", style=%s];\n", k, r, k, r,
                             right ? "none" : "back", col, style);
      g_string_append_printf(out, "    s%d_m%u -> s%d_p%u [dir=%s, color=\"%s\", style=%s];\n", k, r, k, r,
                             right ? "forward" : "none", col, style);
    } else {
      g_string_append_printf(out, "    s%d_l%u -> s%d_m%u [style=invis];\n", k, r, k, r);
      g_string_append_printf(out, "    s%d_m%u -> s%d_p%u [style=invis];\n", k, r, k, r);
    }
    g_string_append_printf(out, "    s%d_p%u -> s%d_q%u [style=invis];\n", k, r, k, r);
  }
  /* columns: lifelines drawn, the others invisible */
  for (guint r = 0; r < last; r++) {
    g_string_append_printf(out, "    s%d_l%u -> s%d_l%u [dir=none, color=\"#8c959f\", weight=100];\n", k, r,
                           k, r + 1);
    g_string_append_printf(out, "    s%d_p%u -> s%d_p%u [dir=none, color=\"#8c959f\", weight=100];\n", k, r,
                           k, r + 1);
    g_string_append_printf(out, "    s%d_n%u -> s%d_n%u [style=invis, weight=100];\n", k, r, k, r + 1);
    g_string_append_printf(out, "    s%d_m%u -> s%d_m%u [style=invis, weight=100];\n", k, r, k, r + 1);
    g_string_append_printf(out, "    s%d_q%u -> s%d_q%u [style=invis, weight=100];\n", k, r, k, r + 1);
  }
  g_string_append(out, "  }\n");
  for (guint r = 0; r <= n; r++) g_free(labs[r]);
  g_free(labs);
}

void pl_fmt_dot(const pl_analysis *a, const pl_output_opts *o, GString *out) {
  pl_correlation *cor = NULL;
  GPtrArray *seqs = pl_seq_all(a, &cor);
  g_string_append_printf(out,
                         "digraph plutolog {\n"
                         "  graph [rankdir=TB, splines=false, nodesep=0.25, ranksep=0.22, "
                         "newrank=true, fontname=\"%s\", bgcolor=white];\n"
                         "  node [fontname=\"%s\", fontsize=11];\n"
                         "  edge [arrowsize=0.7, penwidth=1.2];\n",
                         font_plain(o), font_plain(o));
  if (!seqs->len)
    g_string_append_printf(out, "  empty [shape=plaintext, label=\"%s\"];\n",
                           _("no IKE exchange in the input"));
  for (guint k = 0; k < seqs->len; k++) {
    emit_seq(a, o, seqs->pdata[k], (int) k, out);
    if (k > 0) {
      /* stack the diagrams: previous legend above this header */
      g_string_append_printf(out, "  s%u_legend -> s%u_m0 [style=invis, weight=10];\n", k - 1, k);
    }
  }
  g_string_append(out, "}\n");
  g_ptr_array_unref(seqs);
  pl_correlation_free(cor);
}
