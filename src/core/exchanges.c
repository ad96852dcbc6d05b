/* The exchanges and roles of the model (include/exchanges.def,
 * include/roles.def): their JSON names, pluto's names, and what an exchange
 * says about the SA it negotiates.  The grammar writes the names into an
 * event's "exchange" and "role" fields; everything above reads the enums. */
#include <string.h>

#include "plutolog.h"

static const struct {
  const char *name, *pluto;
  pl_exchange mode;
  bool child;
} exchanges[PL_EXCHANGE_N] = {
    [PL_EXCHANGE_NONE] = {NULL, NULL, PL_EXCHANGE_NONE, false},
#define EXCHANGE(id, name, pluto, mode, child) [PL_EXCHANGE_##id] = {name, pluto, PL_EXCHANGE_##mode, child},
#include "exchanges.def"
#undef EXCHANGE
};

static const char *const roles[PL_ROLE_N] = {
    [PL_ROLE_UNKNOWN] = NULL,
#define ROLE(id, name) [PL_ROLE_##id] = name,
#include "roles.def"
#undef ROLE
};

const char *pl_exchange_name(pl_exchange x) {
  return (unsigned) x < PL_EXCHANGE_N ? exchanges[x].name : NULL;
}

const char *pl_exchange_pluto_name(pl_exchange x) {
  if ((unsigned) x >= PL_EXCHANGE_N) return NULL;
  return exchanges[x].pluto ? exchanges[x].pluto : exchanges[x].name;
}

pl_exchange pl_exchange_mode(pl_exchange x) {
  return (unsigned) x < PL_EXCHANGE_N ? exchanges[x].mode : PL_EXCHANGE_NONE;
}

bool pl_exchange_child(pl_exchange x) { return (unsigned) x < PL_EXCHANGE_N && exchanges[x].child; }

pl_exchange pl_exchange_of(const char *name) {
  if (!name || !*name) return PL_EXCHANGE_NONE;
  for (int x = PL_EXCHANGE_NONE + 1; x < PL_EXCHANGE_N; x++)
    if (exchanges[x].name[0] == name[0] && !strcmp(exchanges[x].name, name)) return (pl_exchange) x;
  return PL_EXCHANGE_NONE;
}

const char *pl_role_name(pl_role r) { return (unsigned) r < PL_ROLE_N ? roles[r] : NULL; }

pl_role pl_role_of(const char *name) {
  if (!name) return PL_ROLE_UNKNOWN;
  for (int r = PL_ROLE_UNKNOWN + 1; r < PL_ROLE_N; r++)
    if (!strcmp(roles[r], name)) return (pl_role) r;
  return PL_ROLE_UNKNOWN;
}

pl_exchange pl_event_exchange(const pl_event *ev) { return pl_exchange_of(pl_event_str(ev, PL_F_EXCHANGE)); }

pl_role pl_event_role(const pl_event *ev) { return pl_role_of(pl_event_str(ev, PL_F_ROLE)); }
