/* Translation: the gettext macros and the catalogue set-up (src/base/i18n.c).
 *
 * English is the msgids themselves; --lang zh_TW (or the locale) selects
 * po/zh_TW.po.  _() translates now, N_() marks a msgid for xgettext and
 * translates nothing (tables of templates rendered later). */
#ifndef PL_I18N_H
#define PL_I18N_H

#include <libintl.h>

#define PL_GETTEXT_DOMAIN "plutolog"
#define _(s) dgettext(PL_GETTEXT_DOMAIN, s)
#define N_(s) (s)

/* gettext set-up for --lang / the locale (src/base/i18n.c). */
void pl_i18n_init(const char *lang);
/* "zh_TW" when the locale asks for Traditional Chinese, else "en". */
const char *pl_default_lang(void);

#endif
