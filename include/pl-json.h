/* json-glib hooks that passes implement so the JSON backend can embed
 * their results without knowing their internals. */
#ifndef PL_JSON_H
#define PL_JSON_H
#include "plutolog.h"
#include <json-glib/json-glib.h>

/* Adds the members of "peer_config" (an object is already open). */
void pl_peerconf_json(const pl_conn *c, JsonBuilder *b);
/* Adds one event as a JSON object (an object is already open). */
void pl_event_json_members(const pl_analysis *a, const pl_event *ev, JsonBuilder *b);
/* root as json-glib writes it (pretty, two spaces a level), every line after
 * the first indented by `indent` spaces, appended to out
 * (output-formats/json.c; batch mode's index.json uses it too). */
void pl_json_emit_indented(GString *out, JsonNode *root, int indent);
#endif
