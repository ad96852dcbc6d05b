/* Phrases the passes test, found by the grammar (include/phrases.def).
 *
 * The grammar scans the message text of every pluto line once
 * (grammar/phrases.c) and keeps one bit per phrase in pl_event.phrases;
 * the passes ask PL_PH(ev, ID).  This is how a message family the grammar
 * does not type yet, or a word that refines a typed kind, reaches the
 * diagnosis without a text search in the passes. */
#ifndef PL_PHRASES_H
#define PL_PHRASES_H

#include "plutolog.h"

typedef enum {
#define P(id, text) PL_PH_##id,
#include "phrases.def"
#undef P
  PL_PH_N
} pl_phrase;

G_STATIC_ASSERT(PL_PH_N <= 64 * PL_PHRASE_WORDS);

/* Fills ev->phrases from the event's message text.  The scan runs on the
 * first question, not for every line: the passes ask about the few events
 * the timeline keeps, and most lines are never asked about. */
void pl_phrase_fill(pl_event *ev);

static inline bool pl_ph(const pl_event *ev, pl_phrase p) {
  /* the bits are a cache of the text, so filling them on a const event
   * changes nothing the caller can see but the time */
  if (!ev->phrases_known) pl_phrase_fill((pl_event *) ev);
  return (ev->phrases[p / 64] >> (p % 64)) & 1;
}
#define PL_PH(ev, id) pl_ph((ev), PL_PH_##id)

/* the phrase as written in phrases.def */
const char *pl_phrase_text(pl_phrase p);

/* The text that follows the first occurrence of phrase p in the event's
 * message (NULL when the event does not contain it): the value a message
 * names after a fixed phrase ("remote proposals X", "claiming to be from
 * X").  The grammar owns the message text; this reads it for the passes. */
const char *pl_phrase_after(const pl_event *ev, pl_phrase p);

/* The text between the first `open` of the event's message and the next
 * `close` after it ('x', [x]), newly allocated, or NULL: a value a message
 * quotes, for the passes. */
char *pl_text_enclosed(const pl_event *ev, char open, char close);

/* The scanner: pl_phrase_fill keeps one per thread. */
typedef struct pl_phrase_scanner pl_phrase_scanner;
pl_phrase_scanner *pl_phrase_scanner_new(void);
void pl_phrase_scanner_free(pl_phrase_scanner *s);
/* Sets ev->phrases from the event's message text (its text, or its text
 * field when the text is empty). */
void pl_phrase_scan_event(pl_phrase_scanner *s, pl_event *ev);
/* The message changed (a continuation joined it): scan again when asked. */
static inline void pl_phrase_forget(pl_event *ev) { ev->phrases_known = false; }
/* The bits of any text, for tests: out has PL_PHRASE_WORDS words. */
void pl_phrase_scan(pl_phrase_scanner *s, const char *text, gsize len, guint64 *out);

#endif
