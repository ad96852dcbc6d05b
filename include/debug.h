/* The plutodebug sublanguage: the "| ..." lines pluto writes with
 * plutodebug=all/base.
 *
 * The line driver (grammar/driver.c) hands every debug line to
 * pl_debug_line() and every plain pluto line's event to pl_debug_plain().
 * A scanner of its own (grammar/debug-lexer.l) classifies the line; the
 * assembler here (grammar/debug.c) follows the payload dumps across lines (a
 * header "***parse X:" opens a structure at depth 3, its indented "name:
 * value" fields and "[n is NAME]" enum lines fill it) and turns them into
 * events:
 *   debug-proposals  the proposals of an SA payload, in the IKEv2 dump syntax
 *                    of the plain lines ("1:ESP:ENCR=AES_CBC_256;INTEG=...;DH=..."),
 *                    so src/base/algs.c turns them into esp=/ike= like plain lines;
 *   debug-ts         traffic selectors (IKEv2 TSi/TSr, IKEv1 Quick Mode client IDs);
 *   debug-id         ID payloads;
 *   debug-notify     status notifications;
 *   debug-match      the connection a packet was matched to (fc_try, ts:);
 * and, as the kinds plain lines give, notify-sent / notify-received (error
 * notifications), retransmit, state (state changes) and transition-failed.
 * A fact of an existing kind is held back a few lines and dropped when a
 * plain line of the same kind and state says it too, so a debug log does
 * not count a retransmit or a notification twice.
 *
 * Memory: one assembler per parser, bounded (at most PL_DEBUG_MAX_PROPS
 * proposals of PL_DEBUG_MAX_TRANSFORMS transforms, a few held events); no
 * allocation per line once warm.  Plain logs never create it. */
#ifndef PL_DEBUG_H
#define PL_DEBUG_H

#include "plutolog.h"

G_BEGIN_DECLS

typedef struct pl_debug pl_debug;

/* A debug line: env is the line's event with its envelope (source, line,
 * time, host, pid); s..e the text after the '|' marker. *d is created on
 * the first call. */
void pl_debug_line(pl_debug **d, pl_analysis *a, const pl_event *env, const char *s, const char *e);
/* A plain pluto line's event (after a debug line was seen): closes open
 * dumps, cancels held facts the plain line repeats, learns #serial ->
 * connection. */
void pl_debug_plain(pl_debug *d, pl_analysis *a, const pl_event *ev);
/* End of the input: delivers what is still held. */
void pl_debug_finish(pl_debug *d, pl_analysis *a);
void pl_debug_free(pl_debug *d);

/* ---- what the dumps proved, per connection (for the diagnosis) ----------
 *
 * pl_debug_facts_of() reads the connection's kept debug events (after the
 * timeline is finished).  Every string is owned by the struct; NULL when
 * the dumps did not show it.  *_line are (source, line) of the proof. */
typedef struct {
  bool any;       /* the connection has debug facts at all */
  char *peer_esp; /* the peer's ESP/AH proposals as an esp= list ("aes256-sha2_512;modp2048") */
  char *peer_ike; /* the peer's IKE proposals as an ike= list */
  char *our_esp;  /* what we proposed / answered (emitted SA payloads) */
  char *our_ike;
  char *peer_pfsgroup;   /* the DH group of the peer's phase-2 proposals ("modp2048"), NULL: none seen */
  bool peer_pfs_none;    /* the peer's phase-2 proposals carry no DH group */
  char *peer_ts;         /* the peer's side of the traffic selectors ("198.51.100.0/24") */
  char *our_ts;          /* our side, as the peer asked for it */
  char *peer_id;         /* the ID the peer sent ("@west", "192.0.2.45") */
  char *our_id;          /* the ID we sent */
  char *notify_received; /* the last error notification received, sent */
  char *notify_sent;
  guint32 esp_source, ts_source, id_source;
  guint64 esp_line, ts_line, id_line;
} pl_debug_facts;

void pl_debug_facts_of(const pl_conn *c, pl_debug_facts *out);
void pl_debug_facts_clear(pl_debug_facts *f);

/* ---- pieces, exported for the tests ------------------------------------ */

/* The debug scanner's classes of one line (grammar/debug-lexer.l). */
typedef enum {
  PL_DL_OTHER = 0,
  PL_DL_HEADER,     /* "***parse ISAKMP Proposal Payload:"  (depth = number of '*') */
  PL_DL_FIELD,      /* "   name: value" inside a dump */
  PL_DL_ENUM,       /* "   [7 is AUTH_ALGORITHM_HMAC_SHA2_512]" */
  PL_DL_HEX,        /* "  c6 33 64 00   ...." a hex dump line */
  PL_DL_STATE,      /* "child state #2: UNDEFINED(ignore) => QUICK_R0(...)", "#11 STATE_XAUTH_R0: ..." */
  PL_DL_PROCESSING, /* "processing: start state #5 connection "c" ..." / "start processing: state #1 ..." */
  PL_DL_EVENT,      /* "handling event EVENT_v1_RETRANSMIT for parent state #5" */
  PL_DL_CLIENT,     /* "peer client is subnet 198.51.100.0/24" / "our client is ..." */
  PL_DL_TS_LABEL,   /* "TS IP start" / "TS IP end" (the address follows as a hex line) */
  PL_DL_TS_DIR,     /* "TSi: parsing 1 traffic selectors" / "TSr: emitting ..." */
  PL_DL_ID,         /* "initiator ID is ID_FQDN: '@west'" / "peer ID is ..." */
  PL_DL_TS_NARROW,  /* "ts: ... narrow range: ... TSi[0]=a-b ==> ..." */
  PL_DL_MATCH,      /* "fc_try test gives test" / "ts: connection "a" best by "b"" */
  PL_DL_STATE_CONN, /* "duplicating state object #1 "test" as #4" */
  PL_DL_FAILED,     /* "state transition function for STATE_QUICK_R0 failed: NO_PROPOSAL_CHOSEN" */
  PL_DL_LEASE,      /* "internal address 192.168.5.2/32 from lease" (ModeCfg) */
  PL_DL__COUNT
} pl_dl_class;

/* Classifies s[0..n) (the text after '|'): the class, and in a, an and
 * b, bn the slices the class defines (header: the struct name and the verb;
 * field: name and value; enum: the name; others: the rest of the line). */
typedef struct pl_dl_scanner pl_dl_scanner;
pl_dl_scanner *pl_dl_new(void);
void pl_dl_free(pl_dl_scanner *sc);
pl_dl_class pl_dl_scan(pl_dl_scanner *sc, const char *s, gsize n, int *depth, const char **a, gsize *an,
                       const char **b, gsize *bn);
const char *pl_dl_class_name(pl_dl_class c);
/* back to the TOP start condition (a plain line ends any dump) */
void pl_dl_top(pl_dl_scanner *sc);

G_END_DECLS
#endif
