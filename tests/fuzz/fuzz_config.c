/* fuzz_config — libFuzzer (and AFL++) target for the ipsec.conf reader
 * (grammar/cfg-lexer.l, grammar/cfg-parser.y, grammar/config.c) and the conn
 * printer of src/passes/configpatch.c: the input is one config file (includes are
 * reported, not followed).
 *
 * Invariants:
 *   1. every diagnostic and every key line lies inside the file, every key
 *      inside its section (header line < key line <= last_line);
 *   2. reading the same bytes twice gives the same sections, keys and
 *      diagnostics (no hidden state);
 *   3. each conn printed with no change is its lines as they are, and the
 *      diff with no change is empty;
 *   4. each conn printed with one change (ike= replaced or added) reads
 *      back, alone, with ike= set to the new value, and the other keys of
 *      the section unchanged;
 *   5. lookups through also= and %default end (cycles included).
 *
 * Built and run by tests/fuzz/run-fuzz.sh (`make fuzz`, target "config"). */
#include "config.h"
#include "configpatch.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(c)                                                                                             \
  do {                                                                                                       \
    if (!(c)) {                                                                                              \
      fprintf(stderr, "fuzz_config: invariant failed: %s (%s:%d)\n", #c, __FILE__, __LINE__);                \
      __builtin_trap();                                                                                      \
    }                                                                                                        \
  } while (0)

static pl_config *read_text(const char *text, size_t len) {
  pl_config *c = pl_config_new();
  c->no_includes = true;
  pl_config_load_text(c, "fuzz.conf", text, len);
  return c;
}

static char *dump(const pl_config *c) {
  GString *g = g_string_new(NULL);
  for (guint i = 0; i < c->sections->len; i++) {
    const pl_cfg_section *s = c->sections->pdata[i];
    g_string_append_printf(g, "[%d %s %u %u]", s->kind, s->name ? s->name : "", s->line, s->last_line);
    for (guint j = 0; j < s->kvs->len; j++) {
      const pl_cfg_kv *kv = s->kvs->pdata[j];
      g_string_append_printf(g, "%s=%s|%c|%u;", kv->key, kv->value, kv->quote ? kv->quote : '-', kv->line);
    }
  }
  for (guint i = 0; i < c->diags->len; i++) {
    const pl_cfg_diag *d = c->diags->pdata[i];
    g_string_append_printf(g, "{%d %u %s}", d->level, d->line, d->msg);
  }
  return g_string_free(g, FALSE);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *text = (const char *) data;
  guint32 nlines = 1;
  for (size_t i = 0; i < size; i++) nlines += data[i] == '\n';
  pl_config *c = read_text(text, size);
  /* 1 */
  for (guint i = 0; i < c->diags->len; i++) {
    const pl_cfg_diag *d = c->diags->pdata[i];
    CHECK(d->line <= nlines);
    CHECK(d->file < c->files->len);
    char *t = pl_config_diag_text(c, d);
    for (const char *p = t; *p; p++) CHECK((unsigned char) *p >= 0x20 && *p != 0x7f);
    g_free(t);
  }
  for (guint i = 0; i < c->sections->len; i++) {
    const pl_cfg_section *s = c->sections->pdata[i];
    CHECK(s->line >= 1 && s->line <= s->last_line && s->last_line <= nlines);
    for (guint j = 0; j < s->kvs->len; j++) {
      const pl_cfg_kv *kv = s->kvs->pdata[j];
      CHECK(kv->line > s->line && kv->line <= s->last_line);
      CHECK(kv->canon != NULL);
    }
  }
  /* 2 */
  pl_config *c2 = read_text(text, size);
  char *d1 = dump(c), *d2 = dump(c2);
  CHECK(!strcmp(d1, d2));
  g_free(d1);
  g_free(d2);
  pl_config_free(c2);
  /* 3, 4, 5 */
  GPtrArray *none = g_ptr_array_new();
  for (guint i = 0; i < c->sections->len && i < 64; i++) {
    const pl_cfg_section *s = c->sections->pdata[i];
    if (s->kind != PL_CFG_CONN) continue;
    (void) pl_config_get(c, s, "ike");
    (void) pl_config_ike_version(c, s, NULL);
    GString *out = g_string_new(NULL);
    pl_config_render_conn(c, s, none, out);
    /* the same lines as in the file (a last line without '\n' gets one) */
    const pl_cfg_file *f = c->files->pdata[s->file];
    const char *p = f->text;
    for (guint32 ln = 1; ln < s->line; ln++) p = (const char *) memchr(p, '\n', f->text + f->len - p) + 1;
    const char *q = p;
    for (guint32 ln = s->line; ln <= s->last_line; ln++) {
      const char *nl = memchr(q, '\n', f->text + f->len - q);
      q = nl ? nl + 1 : f->text + f->len;
    }
    gsize n = (gsize) (q - p);
    CHECK(out->len == n + (n && p[n - 1] != '\n'));
    CHECK(!memcmp(out->str, p, n));
    GPtrArray *secs = g_ptr_array_new(), *chs = g_ptr_array_new();
    g_ptr_array_add(secs, (gpointer) s);
    g_ptr_array_add(chs, none);
    GString *diff = g_string_new(NULL);
    pl_config_diff_file(c, s->file, secs, chs, diff);
    CHECK(diff->len == 0);
    /* one change */
    const char *ike = g_intern_string("ike");
    const pl_cfg_kv *old = NULL;
    for (guint j = 0; j < s->kvs->len; j++)
      if (((const pl_cfg_kv *) s->kvs->pdata[j])->canon == ike) old = s->kvs->pdata[j];
    pl_cfg_change ch = {old ? old->key : "ike", g_strdup("aes128-sha2_256;modp2048"),
                        g_strdup("fuzz\ncomment\x01"), old};
    GPtrArray *one = g_ptr_array_new();
    g_ptr_array_add(one, &ch);
    g_string_truncate(out, 0);
    pl_config_render_conn(c, s, one, out);
    pl_config *back = read_text(out->str, out->len);
    const pl_cfg_section *bs = back->sections->len ? back->sections->pdata[0] : NULL;
    CHECK(bs && bs->kind == PL_CFG_CONN && !strcmp(bs->name, s->name));
    const pl_cfg_kv *nk = pl_config_get(back, bs, "ike");
    CHECK(nk && !strcmp(nk->value, "aes128-sha2_256;modp2048"));
    CHECK(bs->kvs->len == s->kvs->len + (old ? 0 : 1));
    pl_config_free(back);
    g_string_truncate(diff, 0);
    chs->pdata[0] = one;
    pl_config_diff_file(c, s->file, secs, chs, diff);
    CHECK(g_str_has_prefix(diff->str, "--- fuzz.conf\n+++ fuzz.conf\n@@ -"));
    g_string_free(diff, TRUE);
    g_ptr_array_unref(one);
    g_free(ch.value);
    g_free(ch.comment);
    g_ptr_array_unref(secs);
    g_ptr_array_unref(chs);
    g_string_free(out, TRUE);
  }
  g_ptr_array_unref(none);
  pl_config_free(c);
  return 0;
}
