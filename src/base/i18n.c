/* gettext set-up for --lang / the locale.
 *
 * The catalogue is looked up, in order, in $PLUTOLOG_LOCALEDIR, in
 * build/locale (and locale) next to the running executable — so
 * ./plutolog in the source tree finds the freshly built zh_TW catalogue —
 * and in PL_LOCALEDIR, where `make install` puts it.
 *
 * The language is chosen with LANGUAGE, which gettext honours only when
 * the LC_MESSAGES locale is not "C": if the user's locale is C/POSIX (or
 * zh_TW.UTF-8 is not generated), LC_MESSAGES is switched to a UTF-8 locale
 * that exists (zh_TW.UTF-8, C.UTF-8, en_US.UTF-8). Messages are output as
 * UTF-8 whatever the locale's charset. */
#include "i18n.h"

#include <glib.h>
#include <stdbool.h>

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef PL_LOCALEDIR
#define PL_LOCALEDIR "/usr/local/share/locale"
#endif

const char *pl_default_lang(void) {
  const char *vars[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};
  for (gsize i = 0; i < G_N_ELEMENTS(vars); i++) {
    const char *v = g_getenv(vars[i]);
    if (!v || !*v) continue;
    if (g_str_has_prefix(v, "zh_TW") || g_str_has_prefix(v, "zh_HK") || g_str_has_prefix(v, "zh_Hant"))
      return "zh_TW";
    /* LANGUAGE is a list and only counts when set; the others decide at the first set one */
    if (i > 0) return "en";
  }
  return "en";
}

static bool catalogue_in(const char *dir) {
  char *p = g_build_filename(dir, "zh_TW", "LC_MESSAGES", PL_GETTEXT_DOMAIN ".mo", NULL);
  bool ok = g_file_test(p, G_FILE_TEST_IS_REGULAR);
  g_free(p);
  return ok;
}

static char *find_localedir(void) {
  const char *env = g_getenv("PLUTOLOG_LOCALEDIR");
  if (env && *env) return g_strdup(env);
  char *exe = g_file_read_link("/proc/self/exe", NULL);
  if (exe) {
    char *dir = g_path_get_dirname(exe);
    const char *tries[] = {"build/locale", "locale", "../locale", "../build/locale"};
    for (gsize i = 0; i < G_N_ELEMENTS(tries); i++) {
      char *p = g_build_filename(dir, tries[i], NULL);
      if (catalogue_in(p)) {
        g_free(dir);
        g_free(exe);
        return p;
      }
      g_free(p);
    }
    g_free(dir);
    g_free(exe);
  }
  return g_strdup(PL_LOCALEDIR);
}

static bool is_c_locale(const char *l) { return !l || !strcmp(l, "C") || !strcmp(l, "POSIX"); }

void pl_i18n_init(const char *lang) {
  if (!lang) lang = pl_default_lang();
  char *dir = find_localedir();
  bindtextdomain(PL_GETTEXT_DOMAIN, dir);
  bind_textdomain_codeset(PL_GETTEXT_DOMAIN, "UTF-8");
  g_free(dir);
  if (!strcmp(lang, "zh_TW")) {
    g_setenv("LANGUAGE", "zh_TW", TRUE);
    const char *cur = setlocale(LC_MESSAGES, NULL);
    if (is_c_locale(cur)) {
      const char *tries[] = {"zh_TW.UTF-8", "zh_TW.utf8", "C.UTF-8", "C.utf8", "en_US.UTF-8"};
      for (gsize i = 0; i < G_N_ELEMENTS(tries); i++)
        if (setlocale(LC_MESSAGES, tries[i])) break;
    }
  } else {
    /* English is the msgids themselves: make sure no catalogue is used */
    g_setenv("LANGUAGE", "en", TRUE);
  }
  /* textdomain() also tells gettext its cached translations are stale */
  textdomain(PL_GETTEXT_DOMAIN);
}
