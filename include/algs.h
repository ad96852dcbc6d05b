/* The one table of algorithm names: every spelling pluto has logged
 * (pluto-messages.md §17, columns a b c d e x) mapped to the ipsec.conf
 * token that selects the same algorithm, plus the helpers that turn logged
 * transform sets, xfrm strings and IKEv2 proposal dumps into ike= / esp=.
 *
 * Every token produced here comes from the table, never from the log, so an
 * ike=/esp= value built by these functions cannot carry text a peer sent. */
#ifndef PL_ALGS_H
#define PL_ALGS_H

#include <glib.h>
#include <stdbool.h>

G_BEGIN_DECLS

typedef enum {
  PL_ALG_CIPHER, /* encryption (AEAD or not) */
  PL_ALG_HASH,   /* PRF or integrity: the conf token is the same */
  PL_ALG_DH,     /* key exchange group */
  PL_ALG_NONE,   /* INTEG=NONE, DH=NONE, no-pfs */
} pl_alg_type;

typedef struct {
  pl_alg_type type;
  const char *token; /* conf token, key length included ("aes256"); "" for NONE */
  bool aead;         /* ciphers: needs no integrity algorithm */
  bool removed;      /* known, but no longer built into current Libreswan (modp1024, dh22..24) */
} pl_alg;

/* Looks up one logged spelling.  keylen > 0 overrides a length in the name
 * ("OAKLEY_AES_CBC" + 256).  Returns false for names the table lacks. */
bool pl_alg_lookup(const char *name, gint64 keylen, pl_alg *out);
/* Shortcut: the token, or NULL. */
const char *pl_alg_token(const char *name, gint64 keylen);

/* One IKE transform set (established line, Oakley Transform [...]) ->
 * "aes256-sha2_256;modp2048".  integ is used only when prf is missing.
 * Returns NULL (and why in *why, when given) if a part is unknown. */
char *pl_alg_ike(const char *cipher, gint64 keylen, const char *prf, const char *integ, const char *dh,
                 char **why);

/* An ESP xfrm (AES_CBC_128-HMAC_SHA2_256_128[-MODP2048], AES_GCM_16_256-NONE,
 * 2.6 "AES(12)_256-SHA1(2)_160") -> esp value ("aes128-sha2_256", "aes_gcm256").
 * *dh gets the PFS group token when the xfrm names one (else NULL). */
char *pl_alg_esp(const char *xfrm, char **dh, char **why);

/* An IKEv2 remote proposal dump ("1:IKE:ENCR=...;PRF=...;DH=...[first-match] 2:IKE:...",
 * v5.4 KE=) -> the ike= or esp= list (comma separated, the peer's order,
 * '+' for alternatives in one proposal).  proto is "IKE" or "ESP".
 * For ESP, *pfs is set to 1 when every proposal carries a DH other than
 * NONE, 0 when none does (or some offer NONE), -1 if the list had none. */
char *pl_alg_v2_proposals(const char *dump, const char *proto, int *pfs, char **why);

G_END_DECLS
#endif
