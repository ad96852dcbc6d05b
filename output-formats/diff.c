/* -f diff --config: a unified diff of the host's config files that makes
 * each conn of the log accept what the log proves the peer sends (the
 * changes of src/passes/configpatch.c).  File names are written for patch -p0 (or
 * git apply -p0) run in the directory the --config paths are relative to
 * (for absolute paths: in /).  Nothing at all when nothing needs to change;
 * changes that are only warnings (a value never written) are not a diff:
 * -f conf --config shows them. */
#include "config.h"
#include "configpatch.h"

#include <string.h>

void pl_fmt_diff(const pl_analysis *a, const pl_output_opts *o, GString *out) {
  const pl_config *cfg = pl_config_current();
  if (!cfg) return;
  GPtrArray *conns = pl_analysis_sorted_conns(a);
  GHashTable *done = g_hash_table_new(g_str_hash, g_str_equal);
  /* per file: the sections and their changes */
  GPtrArray *secs = g_ptr_array_new(),
            *chs = g_ptr_array_new_with_free_func((GDestroyNotify) g_ptr_array_unref);
  /* config setup (ikev1-policy) */
  pl_cfg_section scratch;
  const pl_cfg_section *setup = pl_config_setup_section(cfg, "ikev1-policy", &scratch);
  GPtrArray *sch = pl_config_setup_changes(a, cfg, setup);
  for (guint k = sch->len; k-- > 0;)
    if (!((pl_cfg_change *) sch->pdata[k])->value) g_ptr_array_remove_index(sch, k);
  if (sch->len) {
    g_ptr_array_add(secs, (gpointer) setup);
    g_ptr_array_add(chs, sch);
  } else g_ptr_array_unref(sch);
  for (guint i = 0; i < conns->len; i++) {
    const pl_conn *c = conns->pdata[i];
    if (!c->name || !*c->name || g_hash_table_contains(done, c->name)) continue;
    const pl_cfg_section *sec = pl_config_conn(cfg, c->name);
    if (!sec) continue;
    g_hash_table_add(done, (gpointer) c->name);
    GPtrArray *ch = pl_config_changes(a, o, c, cfg, sec);
    /* warnings alone are no change */
    for (guint k = ch->len; k-- > 0;)
      if (!((pl_cfg_change *) ch->pdata[k])->value) g_ptr_array_remove_index(ch, k);
    if (!ch->len) {
      g_ptr_array_unref(ch);
      continue;
    }
    g_ptr_array_add(secs, (gpointer) sec);
    g_ptr_array_add(chs, ch);
  }
  for (guint f = 0; f < cfg->files->len; f++) {
    GPtrArray *fs = g_ptr_array_new(), *fc = g_ptr_array_new();
    for (guint i = 0; i < secs->len; i++)
      if (((const pl_cfg_section *) secs->pdata[i])->file == f) {
        g_ptr_array_add(fs, secs->pdata[i]);
        g_ptr_array_add(fc, chs->pdata[i]);
      }
    if (fs->len) pl_config_diff_file(cfg, f, fs, fc, out);
    g_ptr_array_unref(fs);
    g_ptr_array_unref(fc);
  }
  g_ptr_array_unref(secs);
  g_ptr_array_unref(chs);
  g_hash_table_destroy(done);
  g_ptr_array_unref(conns);
}
