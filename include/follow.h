/* --follow: a live view of a growing log.
 *
 * Reads FILE like `tail -F` (from its start, then whatever is appended;
 * when the file is rotated — renamed and recreated, or truncated — the new
 * file is read from its start), or standard input ("-": a pipe such as
 * `journalctl -f -u ipsec -o short-iso | plutolog --follow`), into one
 * long-lived analysis.  After each batch of lines the diagnosis is run
 * again and every connection's live status is shown: the verdict so far,
 * the ladder stage, the last event and the retransmissions of the current
 * attempt.  On a terminal the status table is redrawn in place; otherwise
 * one status line is printed per change, with "[verdict=… stage=…]" codes
 * for scripts.  When an attempt ends (established, failed, timed out,
 * deleted) its diagnosis is printed.  Ctrl-C (SIGINT) or SIGTERM, or the
 * end of a pipe, prints the final diagnosis of every connection; the
 * status is 0.
 *
 * Memory stays flat however long it runs: the timeline keeps a bounded
 * number of SAs and events per connection; this view keeps one status per
 * connection. */
#ifndef PL_FOLLOW_H
#define PL_FOLLOW_H

#include "plutolog.h"

G_BEGIN_DECLS

/* Returns the exit status: 0 after Ctrl-C or the end of a pipe, 1 if the
 * input cannot be read at all.  default_year: for time stamps without a
 * year (0 = this year). */
int pl_follow_run(const char *path_or_dash, const pl_output_opts *o, int default_year);

G_END_DECLS

#endif
