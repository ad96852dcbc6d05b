/* --redact: pseudonymise a run's logs before the lexer sees them.
 *
 * Every IPv4/IPv6 address and subnet, host name, ID (@fqdn, user@fqdn, DN,
 * @#0x key id), MAC address and SPI is replaced, consistently across all
 * sources and outputs of one run, so redacted output diagnoses exactly as
 * the original does.  Two passes: pl_redactor_scan() sees every line of the
 * run first; pl_redactor_freeze() then assigns pseudonyms from the sorted
 * set of originals (deterministic, whatever the order or threads of the
 * second pass), which is also what keeps subnet containment: a /24 and the
 * addresses inside it are mapped together, host bits kept.
 *
 * Addresses go to 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 (blocks
 * that hold an original address are skipped), then 198.18.0.0/15 and, for
 * prefixes shorter than /15, 240.0.0.0/4; IPv6 to 2001:db8::/32.  0.0.0.0,
 * 0.0.0.0/0, ::, ::/0, 127.0.0.0/8 and ::1 are kept. */
#ifndef PL_REDACT_H
#define PL_REDACT_H
#include <glib.h>
#include <stdbool.h>

G_BEGIN_DECLS

typedef struct pl_redactor pl_redactor;

/* NAMES: also replace connection names ("conn" -> "conn1"). */
pl_redactor *pl_redactor_new(bool names);
void pl_redactor_free(pl_redactor *r);
/* Pass 1 (one thread): notes the originals in a line. */
void pl_redactor_scan(pl_redactor *r, const char *line, gsize len);
/* Between the passes: assigns every pseudonym. */
void pl_redactor_freeze(pl_redactor *r);
/* Pass 2 (any thread): appends the redacted line to OUT.  Something not seen
 * by the scan still gets a pseudonym (assigned under a lock). */
void pl_redact(pl_redactor *r, const char *line, gsize len, GString *out);
/* Redacts a string (source names): newly allocated. */
char *pl_redact_str(pl_redactor *r, const char *s);
/* Writes the mapping as JSON: {"schema": "plutolog-redact/1",
 * "map": {"pseudonym": "original", ...}, "kinds": {"pseudonym": "ipv4"...}}. */
bool pl_redactor_write_map(pl_redactor *r, const char *path, GError **err);

G_END_DECLS
#endif
