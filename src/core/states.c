/* pluto's states, one table (include/states.h). */
#include "states.h"

#include "phrases.h"

#include <string.h>

/* A name belongs to the first row whose text it contains (pluto's state
 * names across versions: STATE_MAIN_I1, STATE_V2_PARENT_I1,
 * STATE_V2_IKE_SA_INIT_I, ...).  The phrase is the same text, for a line
 * that names its state in its message. */
static const struct {
  const char *text;
  pl_phrase ph;
  pl_state_class cls;
  bool established; /* only an established SA is in it */
} states[] = {
    {"MAIN_I1", PL_PH_ST_MAIN_I1, PL_SC_FIRST, false},
    {"AGGR_I1", PL_PH_ST_AGGR_I1, PL_SC_FIRST, false},
    {"PARENT_I1", PL_PH_ST_PARENT_I1, PL_SC_FIRST, false},
    {"IKE_SA_INIT_I", PL_PH_ST_IKE_SA_INIT_I, PL_SC_FIRST, false},
    {"MAIN_I2", PL_PH_ST_MAIN_I2, PL_SC_MAIN_I2, false},
    {"MAIN_I3", PL_PH_ST_MAIN_I3, PL_SC_AUTH_I, false},
    {"PARENT_I2", PL_PH_ST_PARENT_I2, PL_SC_AUTH_I, false},
    {"IKE_AUTH_I", PL_PH_ST_IKE_AUTH_I, PL_SC_AUTH_I, false},
    {"MAIN_R1", PL_PH_ST_MAIN_R1, PL_SC_MAIN_R1, false},
    {"MAIN_R2", PL_PH_ST_MAIN_R2, PL_SC_AUTH_R, false},
    {"AGGR_R1", PL_PH_ST_AGGR_R1, PL_SC_AGGR_R, false},
    {"QUICK_I1", PL_PH_ST_QUICK_I1, PL_SC_CHILD_I, false},
    {"NEW_CHILD_I", PL_PH_ST_NEW_CHILD_I, PL_SC_CHILD_I, false},
    {"REKEY_CHILD_I", PL_PH_ST_REKEY_CHILD_I, PL_SC_CHILD_I, false},
    {"V2_CREATE_I", PL_PH_ST_V2_CREATE_I, PL_SC_CHILD_I, false},
    {"QUICK_R1", PL_PH_ST_QUICK_R1, PL_SC_CHILD_R, false},
    {"ESTABLISHED", PL_PH_ST_ESTABLISHED, PL_SC_ESTABLISHED, true},
    {"MAIN_I4", PL_PH_ST_MAIN_I4, PL_SC_ESTABLISHED, true},
    {"MAIN_R3", PL_PH_ST_MAIN_R3, PL_SC_ESTABLISHED, true},
    {"PARENT_I3", PL_PH_ST_PARENT_I3, PL_SC_ESTABLISHED, true},
    {"PARENT_R2", PL_PH_ST_PARENT_R2, PL_SC_ESTABLISHED, true},
    /* "... our IKEv2 message" (a 3.x responder done with IKE_AUTH) */
    {"our IKEv2 message", PL_PH_OUR_IKEV2_MESSAGE, PL_SC_ESTABLISHED, false},
    {"AGGR_I2", PL_PH_ST_AGGR_I2, PL_SC_OTHER, true},
    {"AGGR_R2", PL_PH_ST_AGGR_R2, PL_SC_OTHER, true},
    {"QUICK_I2", PL_PH_ST_QUICK_I2, PL_SC_OTHER, true},
    {"QUICK_R2", PL_PH_ST_QUICK_R2, PL_SC_OTHER, true},
    {"V2_IPSEC", PL_PH_ST_V2_IPSEC, PL_SC_OTHER, true},
};

pl_state_class pl_state_class_of(const char *name) {
  for (gsize i = 0; name && i < G_N_ELEMENTS(states); i++)
    if (states[i].cls != PL_SC_OTHER && strstr(name, states[i].text)) return states[i].cls;
  return PL_SC_OTHER;
}

pl_state_class pl_state_class_of_text(const pl_event *ev) {
  for (gsize i = 0; i < G_N_ELEMENTS(states); i++)
    if (states[i].cls != PL_SC_OTHER && pl_ph(ev, states[i].ph)) return states[i].cls;
  return PL_SC_OTHER;
}

bool pl_state_established(const char *name) {
  for (gsize i = 0; name && i < G_N_ELEMENTS(states); i++)
    if (states[i].established && strstr(name, states[i].text)) return true;
  return false;
}

/* v4+ story lines name no state: the state their story means. */
const char *pl_story_state(pl_exchange ex, const char *story, bool resp) {
  switch (ex) {
  case PL_EXCHANGE_MAIN:
    if (!story) return NULL;
    if (!strcmp(story, "request") || !strcmp(story, "I1")) return "STATE_MAIN_I1";
    if (!strcmp(story, "I2")) return "STATE_MAIN_I2";
    if (!strcmp(story, "I3")) return "STATE_MAIN_I3";
    if (!strcmp(story, "R1")) return "STATE_MAIN_R1";
    if (!strcmp(story, "R2")) return "STATE_MAIN_R2";
    return NULL;
  case PL_EXCHANGE_AGGRESSIVE: return resp ? "STATE_AGGR_R1" : "STATE_AGGR_I1";
  case PL_EXCHANGE_QUICK: return resp ? "STATE_QUICK_R1" : "STATE_QUICK_I1";
  case PL_EXCHANGE_IKE_SA_INIT: return resp ? "STATE_V2_PARENT_R1" : "STATE_V2_PARENT_I1";
  /* the IKE_AUTH reply: the responder's IKE SA is up */
  case PL_EXCHANGE_IKE_AUTH: return resp ? "STATE_V2_PARENT_R2" : "STATE_V2_PARENT_I2";
  default: return NULL;
  }
}

pl_story_steps pl_story_steps_of(const char *story, const char *state) {
  pl_story_steps s = {false, false, false};
  if (story) {
    s.ke = strstr(story, "I3") || strstr(story, "R2");
    s.p1 = strstr(story, "I2") || strstr(story, "R1") || strstr(story, "IKE_AUTH") || strstr(story, "AR1");
    s.reply = strstr(story, "reply") != NULL;
  }
  if (state && (strstr(state, "MAIN_I2") || strstr(state, "MAIN_R1"))) s.p1 = true;
  return s;
}

pl_state_facts pl_state_facts_of(const char *st) {
  pl_state_facts f = {false, false, 0, PL_ROLE_UNKNOWN};
  if (!st) return f;
  const char *s = st;
  if (g_str_has_prefix(s, "STATE_")) s += 6;
  if (g_str_has_prefix(s, "V2_")) s += 3;
  f.child = g_str_has_prefix(s, "QUICK") || g_str_has_prefix(s, "IPSEC") || strstr(s, "CHILD") ||
            g_str_has_prefix(s, "CREATE");
  f.ike = g_str_has_prefix(s, "MAIN") || g_str_has_prefix(s, "AGGR") || g_str_has_prefix(s, "PARENT") ||
          strstr(s, "IKE_SA") || g_str_has_prefix(s, "IKE_AUTH") || g_str_has_prefix(s, "REKEY_IKE");
  if (g_str_has_prefix(s, "MAIN") || g_str_has_prefix(s, "AGGR") || g_str_has_prefix(s, "QUICK"))
    f.version = 1;
  else if (g_str_has_prefix(st, "STATE_V2") || g_str_has_prefix(s, "PARENT") || g_str_has_prefix(s, "IKE_") ||
           g_str_has_prefix(s, "ESTABLISHED_"))
    f.version = 2;
  /* ..._I1, ..._R2, STATE_V2_IPSEC_I, IKE_SA_INIT_R */
  const char *u = strrchr(s, '_');
  if (u && (u[1] == 'I' || u[1] == 'R') && (u[2] == '\0' || g_ascii_isdigit(u[2])))
    f.role = u[1] == 'I' ? PL_ROLE_INITIATOR : PL_ROLE_RESPONDER;
  return f;
}
