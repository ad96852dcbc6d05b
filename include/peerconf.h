/* The peerconf pass: what one connection's log reveals about the settings
 * that would make the local host (left) accept what the peer (right) sent.
 *
 * Every setting carries a confidence and the line that proves it.  Values
 * are validated when they are collected (a subnet is a subnet, an ID is an
 * ID of the characters IDs use, algorithm lists come from the algorithm
 * table): text a peer put into the log never reaches a value unchecked. */
#ifndef PL_PEERCONF_H
#define PL_PEERCONF_H

#include "plutolog.h"

G_BEGIN_DECLS

typedef enum {
  PL_PC_KEYEXCHANGE, /* ikev1 | ikev2 */
  PL_PC_AUTHBY,      /* secret | rsasig | ... */
  PL_PC_LEFT,        /* our address */
  PL_PC_RIGHT,       /* the peer's address */
  PL_PC_LEFTSUBNET,
  PL_PC_RIGHTSUBNET,
  PL_PC_LEFTID,
  PL_PC_RIGHTID,
  PL_PC_IKE,
  PL_PC_ESP,
  PL_PC_PFS,         /* yes | no */
  PL_PC_AGGRESSIVE,  /* yes | no */
  PL_PC_DPD,         /* active | passive | unsupported (as logged) */
  PL_PC_NAT,         /* yes when the peer was behind NAT (port 4500) */
  PL_PC_IKELIFETIME, /* seconds */
  PL_PC_SALIFETIME,  /* seconds */
  PL_PC_AUTO,        /* add | start */
  PL_PC__COUNT
} pl_pc_key;

typedef enum { PL_CONF_UNKNOWN = 0, PL_CONF_INFERRED, PL_CONF_SEEN } pl_pc_confidence;

typedef struct {
  char *value; /* validated; NULL = unknown */
  pl_pc_confidence conf;
  guint32 source;
  guint64 line; /* 0 = no line */
  char *note;   /* plain words for the comment, may be NULL */
} pl_pc_item;

typedef struct {
  pl_pc_item item[PL_PC__COUNT];
  int version; /* Libreswan major version the wording shows (3, 4, 5), 0 unknown */
  guint64 version_line;
  guint32 version_source;
  bool psk_mismatch; /* the log points at a PSK mismatch: not fixable from the log */
  guint64 psk_line;
  bool v1_phase2_hidden; /* IKEv1 phase-2 refused, proposals not logged (3.22+) */
  guint64 v1_phase2_line;
  GPtrArray *notes; /* char*: other plain-words remarks for the conf comment */
  guint dropped;    /* values dropped because they failed validation */
} pl_peerconf_t;

const char *pl_pc_key_name(pl_pc_key k);
const char *pl_pc_confidence_name(pl_pc_confidence c);
/* The peerconf of a connection (NULL before the pass ran). */
const pl_peerconf_t *pl_conn_peerconf(const pl_conn *c);

/* Validators (also used by the conf backend before printing). */
bool pl_pc_valid_subnet(const char *s); /* a.b.c.d/n, v6/n, or a bare address */
bool pl_pc_valid_addr(const char *s);
bool pl_pc_valid_id(const char *s);         /* @fqdn, user@fqdn, address, DN, @#hex */
bool pl_pc_valid_token_list(const char *s); /* ike=/esp= list characters only */
/* "conn" names: letters, digits, '-', '_', '.'; a copy made valid. */
char *pl_pc_conn_name(const char *name);

G_END_DECLS
#endif
