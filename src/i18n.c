/* gettext set-up.  First cut: English only; the zh_TW catalogue replaces it. */
#include "plutolog.h"

#include <stdlib.h>
#include <string.h>

const char *pl_default_lang(void) {
  const char *v = g_getenv("LC_ALL");
  if (!v || !*v) v = g_getenv("LC_MESSAGES");
  if (!v || !*v) v = g_getenv("LANG");
  if (v && (g_str_has_prefix(v, "zh_TW") || g_str_has_prefix(v, "zh_HK"))) return "zh_TW";
  return "en";
}

void pl_i18n_init(const char *lang) { (void) lang; }
