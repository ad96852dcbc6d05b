/* Rendering of the changes of pl_config_changes() (src/passes/configpatch.c). */
#ifndef PL_CONFIGPATCH_H
#define PL_CONFIGPATCH_H

#include "config.h"

G_BEGIN_DECLS

/* The section's lines as in its file, with the changes applied (changed
 * lines replaced, new keys appended, each with its comment). */
void pl_config_render_conn(const pl_config *cfg, const pl_cfg_section *sec, const GPtrArray *changes,
                           GString *out);
/* A unified diff ("--- NAME" / "+++ NAME", names for patch -p0) of one
 * file: secs[i] (pl_cfg_section*, all in that file) with changes[i]
 * (GPtrArray of pl_cfg_change*).  Nothing when there is nothing to change. */
void pl_config_diff_file(const pl_config *cfg, guint32 file, GPtrArray *secs, GPtrArray *changes,
                         GString *out);
/* Algorithm names never written from a peer (null, md5, des, 3des, modp768, modp1024, ...). */
bool pl_cfg_weak_token(const char *t);
/* An ike=/esp= list without its weak algorithms (NULL when nothing is left). */
char *pl_cfg_safe_proposals(const char *list, GString *dropped);
/* %any, 0.0.0.0, ::, 0.0.0.0/0, %fromcert ... */
bool pl_cfg_wild_value(const char *v);

G_END_DECLS
#endif
