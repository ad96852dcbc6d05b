/* The diagnose pass.  First cut: a verdict from the timeline alone; the
 * stage ladder of DESIGN.md replaces it. */
#include "plutolog.h"

void pl_diagnose(pl_analysis *a) {
  for (guint i = 0; i < a->conns->len; i++) {
    pl_conn *c = a->conns->pdata[i];
    bool ike_up = false, child_up = false, failed = false;
    for (guint s = 0; s < c->sas->len; s++) {
      const pl_sa *sa = c->sas->pdata[s];
      if (sa->established && sa->is_ike) ike_up = true;
      if (sa->established && !sa->is_ike) child_up = true;
      if (sa->failed) failed = true;
    }
    if (ike_up && child_up) c->diag.verdict = "established";
    else if (ike_up) c->diag.verdict = "partial";
    else if (failed) c->diag.verdict = "failed";
    else c->diag.verdict = "unknown";
  }
}
