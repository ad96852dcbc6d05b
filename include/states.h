/* pluto's states: one table for what a state name, or a v4+ story line
 * that names no state, says about an exchange (src/core/states.c).  The
 * timeline, the sequence view and the diagnosis all read it. */
#ifndef PL_STATES_H
#define PL_STATES_H

#include "plutolog.h"

/* Where an exchange stands, by the state it is in (or was in when a
 * timeout or a deletion hit it). */
typedef enum {
  PL_SC_OTHER,
  PL_SC_FIRST,       /* the initiator sent its first message (MAIN_I1, AGGR_I1, PARENT_I1) */
  PL_SC_MAIN_I2,     /* Main Mode initiator after the key exchange */
  PL_SC_AUTH_I,      /* initiator sent its authentication (MAIN_I3, PARENT_I2) */
  PL_SC_MAIN_R1,     /* Main Mode responder after the first reply */
  PL_SC_AUTH_R,      /* Main Mode responder after the key exchange (MAIN_R2) */
  PL_SC_AGGR_R,      /* Aggressive Mode responder after its reply */
  PL_SC_CHILD_I,     /* Quick Mode / CREATE_CHILD_SA initiator */
  PL_SC_CHILD_R,     /* Quick Mode responder */
  PL_SC_ESTABLISHED, /* an established IKE SA (or child) */
} pl_state_class;

/* The class of a state name ("STATE_MAIN_I2", "MAIN_I2", "STATE_V2_PARENT_I1"). */
pl_state_class pl_state_class_of(const char *name);
/* The same for a line that names its state in its text. */
pl_state_class pl_state_class_of_text(const pl_event *ev);
/* A state only an established SA has (MAIN_I4, QUICK_R2, ...). */
bool pl_state_established(const char *name);

/* The state a v4+ story line means, by its exchange and story (Main Mode
 * + "I2" -> "STATE_MAIN_I2"); NULL when the story names none. */
const char *pl_story_state(pl_exchange exchange, const char *story, bool responder);

/* What a state story line ("sent MI2, expecting MR2", "I3") proves about
 * phase 1: a reply came back (the first exchange passed), the key
 * exchange / authentication step was reached, or it is a reply. */
typedef struct {
  bool p1;    /* I2/R1 (or MAIN_I2/MAIN_R1, IKE_AUTH, AR1) */
  bool ke;    /* I3/R2 */
  bool reply; /* the story is "reply" */
} pl_story_steps;
pl_story_steps pl_story_steps_of(const char *story, const char *state);

/* What a state name says about its SA: a Child SA or an IKE SA, the IKE
 * version (0: cannot tell) and the role (_I / _R suffix). */
typedef struct {
  bool child, ike;
  int version;
  pl_role role;
} pl_state_facts;
pl_state_facts pl_state_facts_of(const char *name);

#endif
