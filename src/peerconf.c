/* The peerconf pass.  First cut: nothing is inferred yet. */
#include "pl-json.h"

void pl_peerconf(pl_analysis *a) { (void) a; }

void pl_peerconf_json(const pl_conn *c, JsonBuilder *b) {
  (void) c;
  (void) b;
}
