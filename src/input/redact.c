/* --redact: pseudonymisation of the raw lines, before the lexer.
 *
 * Why the raw line: every later stage (events, timeline, passes, every
 * backend, the source names) then only ever sees pseudonyms, and a
 * consistent replacement keeps the shape of each token, so the grammar and
 * the diagnosis work exactly as on the original.
 *
 * Why two passes: containment.  If 10.1.2.7 were mapped on sight and
 * 10.1.2.0/24 came later, the /24 could no longer be placed around it.  With
 * the whole set known, prefixes are mapped from the shortest down, each
 * inside the image of its longest enclosing prefix with its own bits below
 * that prefix kept; a lone address is placed inside its /24 (IPv6: /64), so
 * two hosts of one LAN stay neighbours.  Sorting the set first also makes
 * the pseudonyms independent of the order and threads that read the lines.
 *
 * Addresses are held as 128 bits; IPv4 as ::ffff:a.b.c.d (prefix + 96). */
#include "redact.h"

#include <arpa/inet.h>
#include <json-glib/json-glib.h>
#include <string.h>

typedef struct {
  guint64 hi, lo;
} u128;

static u128 mask_of(int len) {
  u128 m = {0, 0};
  if (len <= 0) return m;
  if (len >= 128) return (u128){~0ull, ~0ull};
  if (len <= 64) m.hi = len == 64 ? ~0ull : ~0ull << (64 - len);
  else {
    m.hi = ~0ull;
    m.lo = ~0ull << (128 - len);
  }
  return m;
}
static u128 u_and(u128 a, u128 b) { return (u128){a.hi & b.hi, a.lo & b.lo}; }
static u128 u_or(u128 a, u128 b) { return (u128){a.hi | b.hi, a.lo | b.lo}; }
static u128 u_not(u128 a) { return (u128){~a.hi, ~a.lo}; }
static bool u_eq(u128 a, u128 b) { return a.hi == b.hi && a.lo == b.lo; }
static int u_cmp(u128 a, u128 b) {
  if (a.hi != b.hi) return a.hi < b.hi ? -1 : 1;
  return a.lo < b.lo ? -1 : a.lo > b.lo;
}
/* v << sh, 0 <= sh < 128 */
static u128 u_shl(guint64 v, int sh) {
  if (sh >= 64) return (u128){v << (sh - 64), 0};
  if (sh == 0) return (u128){0, v};
  return (u128){v >> (64 - sh), v << sh};
}

static const u128 V4MAPPED = {0, 0x0000ffff00000000ull};

static bool is_v4(u128 a) { return a.hi == 0 && (a.lo >> 32) == 0xffff; }

typedef struct {
  u128 addr;
  int len; /* 0..128 */
} prefix;

static guint prefix_hash(gconstpointer p) {
  const prefix *x = p;
  guint64 h = x->addr.hi * 0x9e3779b97f4a7c15ull ^ x->addr.lo * 0xc2b2ae3d27d4eb4full ^ (guint64) x->len;
  return (guint) (h ^ (h >> 32));
}
static gboolean prefix_equal(gconstpointer a, gconstpointer b) {
  const prefix *x = a, *y = b;
  return x->len == y->len && u_eq(x->addr, y->addr);
}
static int prefix_cmp(gconstpointer pa, gconstpointer pb) {
  const prefix *x = *(prefix *const *) pa, *y = *(prefix *const *) pb;
  if (x->len != y->len) return x->len < y->len ? -1 : 1;
  return u_cmp(x->addr, y->addr);
}

/* kinds of originals other than addresses */
typedef enum { K_HOST, K_FQDN, K_ATID, K_EMAIL, K_DN, K_KEYID, K_MAC, K_SPI, K_CONN, K__N } kind;
static const char *const kind_names[K__N] = {"host",   "fqdn", "id",  "user-fqdn", "dn",
                                             "key-id", "mac",  "spi", "conn"};

/* a pool to allocate top-level prefixes from */
typedef struct {
  u128 base;
  int len;
  int ulen;     /* the cursor counts blocks of this prefix length */
  guint64 next; /* first free unit */
} pool;

struct pl_redactor {
  bool names;
  bool frozen;
  GRWLock lock;
  GHashTable *prefixes;      /* prefix* -> prefix* (image), NULL value before freeze */
  GHashTable *explicit_nets; /* prefix* seen with a "/len" (for the map file) */
  GHashTable *orig[K__N];    /* original -> pseudonym (NULL before freeze) */
  GHashTable *used;          /* pseudonyms handed out, to skip originals */
  guint next_no[K__N];
  pool pools[6];
  int npools;
  GPtrArray *orig_prefixes; /* all original addresses, for overlap checks */
  guint64 next_iid;         /* IPv6 interface identifiers handed out */
  gint max_host;            /* the longest host name known (atomic) */
};

pl_redactor *pl_redactor_new(bool names) {
  pl_redactor *r = g_new0(pl_redactor, 1);
  r->names = names;
  g_rw_lock_init(&r->lock);
  r->prefixes = g_hash_table_new_full(prefix_hash, prefix_equal, g_free, g_free);
  r->explicit_nets = g_hash_table_new_full(prefix_hash, prefix_equal, g_free, NULL);
  for (int k = 0; k < K__N; k++) r->orig[k] = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
  r->used = g_hash_table_new(g_str_hash, g_str_equal);
  return r;
}

void pl_redactor_free(pl_redactor *r) {
  if (!r) return;
  g_hash_table_destroy(r->prefixes);
  g_hash_table_destroy(r->explicit_nets);
  for (int k = 0; k < K__N; k++) g_hash_table_destroy(r->orig[k]);
  g_hash_table_destroy(r->used);
  if (r->orig_prefixes) g_ptr_array_unref(r->orig_prefixes);
  g_rw_lock_clear(&r->lock);
  g_free(r);
}

/* ---- addresses -------------------------------------------------------------- */

static bool kept_addr(u128 a, int len) {
  if (is_v4(a)) {
    guint32 v = (guint32) a.lo;
    if (v == 0 || v == 0xffffffffu || (v >> 24) == 127) return true;
    /* a netmask (255.255.255.0) is not an address */
    if ((v >> 24) == 255 && len == 128 && ((~v & (~v + 1)) == 0)) return true;
    return len < 100; /* shorter than /4: nowhere to put it */
  }
  if (a.hi == 0 && (a.lo == 0 || a.lo == 1)) return true; /* :: and ::1 */
  return len < 32;
}

static bool overlaps_original(pl_redactor *r, u128 base, int len) {
  for (guint i = 0; r->orig_prefixes && i < r->orig_prefixes->len; i++) {
    const prefix *p = r->orig_prefixes->pdata[i];
    int m = MIN(len, p->len);
    if (u_eq(u_and(p->addr, mask_of(m)), u_and(base, mask_of(m)))) return true;
  }
  return false;
}

static void add_pool(pl_redactor *r, u128 base, int len, int ulen) {
  r->pools[r->npools++] = (pool){base, len, ulen, 0};
}

static void init_pools(pl_redactor *r) {
  r->npools = 0;
  add_pool(r, u_or(V4MAPPED, (u128){0, 0xc0000200u}), 120, 128); /* 192.0.2.0/24 */
  add_pool(r, u_or(V4MAPPED, (u128){0, 0xc6336400u}), 120, 128); /* 198.51.100.0/24 */
  add_pool(r, u_or(V4MAPPED, (u128){0, 0xcb007100u}), 120, 128); /* 203.0.113.0/24 */
  add_pool(r, u_or(V4MAPPED, (u128){0, 0xc6120000u}), 111, 128); /* 198.18.0.0/15 */
  add_pool(r, u_or(V4MAPPED, (u128){0, 0xf0000000u}), 100, 128); /* 240.0.0.0/4 */
  add_pool(r, (u128){0x20010db800000000ull, 0}, 32, 64);         /* 2001:db8::/32 */
}

/* A fresh block of LEN bits for a top-level prefix of the family of A:
 * the first aligned block of the first pool with room that holds no
 * original address (so no pseudonym can be mistaken for an original). */
static bool allocate(pl_redactor *r, u128 a, int len, u128 *out) {
  bool v4 = is_v4(a);
  for (int i = 0; i < r->npools; i++) {
    pool *p = &r->pools[i];
    if (is_v4(p->base) != v4 || len < p->len || len > p->ulen) continue;
    guint64 size = (guint64) 1 << (p->ulen - len), total = (guint64) 1 << (p->ulen - p->len);
    guint64 off = (p->next + size - 1) & ~(size - 1);
    for (; off + size <= total && off >= p->next; off += size) {
      u128 cand = u_or(p->base, u_shl(off, 128 - p->ulen));
      if (overlaps_original(r, cand, len)) continue;
      p->next = off + size;
      *out = cand;
      return true;
    }
  }
  return false;
}

/* Image of prefix P: inside the image of its longest mapped enclosing
 * prefix, else a fresh block.  Caller holds the write lock (or freezes). */
static u128 map_prefix(pl_redactor *r, const prefix *p) {
  prefix *img = g_hash_table_lookup(r->prefixes, p);
  if (img && img->len >= 0) return img->addr;
  u128 res = p->addr;
  if (!kept_addr(p->addr, p->len)) {
    bool done = false;
    for (int l = p->len - 1; l >= (is_v4(p->addr) ? 96 : 0) && !done; l--) {
      prefix q = {u_and(p->addr, mask_of(l)), l};
      prefix *qi = g_hash_table_lookup(r->prefixes, &q);
      if (qi && qi->len >= 0 && !kept_addr(q.addr, l)) {
        res = u_or(qi->addr, u_and(p->addr, u_not(mask_of(l))));
        done = true;
      }
    }
    if (!done) {
      int top = is_v4(p->addr) ? 120 : 64;
      if (p->len > top) {
        /* a lone address: place its /24 (/64) first */
        prefix q = {u_and(p->addr, mask_of(top)), top};
        u128 qi = map_prefix(r, &q);
        res = u_or(qi, u_and(p->addr, u_not(mask_of(top))));
        /* pattern "ipv6-iid": the interface identifier is not kept (EUI-64
         * spells the MAC address, a privacy address is unique): a counter */
        if (!is_v4(p->addr) && (p->addr.lo >> 16) != 0) res.lo = ++r->next_iid + 0x100;
      } else {
        u128 blk;
        if (allocate(r, p->addr, p->len, &blk)) res = u_or(blk, u_and(p->addr, u_not(mask_of(p->len))));
      }
    }
  }
  prefix *k = g_new(prefix, 1), *v = g_new(prefix, 1);
  *k = *p;
  *v = (prefix){res, p->len};
  g_hash_table_replace(r->prefixes, k, v);
  return res;
}

static void note_prefix(pl_redactor *r, u128 a, int len) {
  prefix p = {u_and(a, mask_of(len)), len};
  if (g_hash_table_contains(r->prefixes, &p)) return;
  prefix *k = g_new(prefix, 1), *v = g_new(prefix, 1);
  *k = p;
  *v = (prefix){p.addr, -1}; /* not mapped yet */
  g_hash_table_insert(r->prefixes, k, v);
}

static void format_addr(GString *out, u128 a) {
  char buf[INET6_ADDRSTRLEN];
  if (is_v4(a)) {
    guint32 v = (guint32) a.lo;
    g_string_append_printf(out, "%u.%u.%u.%u", v >> 24, (v >> 16) & 255, (v >> 8) & 255, v & 255);
    return;
  }
  guint8 b[16];
  for (int i = 0; i < 8; i++) {
    b[i] = (guint8) (a.hi >> (56 - 8 * i));
    b[8 + i] = (guint8) (a.lo >> (56 - 8 * i));
  }
  inet_ntop(AF_INET6, b, buf, sizeof buf);
  g_string_append(out, buf);
}

/* ---- the tokenizer ------------------------------------------------------------ */

static bool is_word(char c) { return g_ascii_isalnum(c) || c == '_' || c == '-'; }
static bool is_label(char c) { return g_ascii_isalnum(c) || c == '-'; }

/* IPv4 dotted quad at s (exactly), length in *n */
static bool parse_v4(const char *s, const char *e, guint32 *v, gsize *n) {
  const char *p = s;
  guint32 r = 0;
  for (int i = 0; i < 4; i++) {
    if (p >= e || !g_ascii_isdigit(*p)) return false;
    unsigned x = 0;
    int d = 0;
    while (p < e && g_ascii_isdigit(*p) && d < 4) x = x * 10 + (unsigned) (*p++ - '0'), d++;
    if (d > 3 || x > 255) return false;
    r = r << 8 | x;
    if (i < 3) {
      if (p >= e || *p != '.') return false;
      p++;
    }
  }
  /* 1.2.3.4.5 or 1.2.3.4a is something else (a version); "1.2.3.4_b" is an
   * address glued to a name */
  if (p < e && (g_ascii_isalnum(*p) || (*p == '.' && p + 1 < e && g_ascii_isdigit(p[1])))) return false;
  *v = r;
  *n = (gsize) (p - s);
  return true;
}

static bool parse_v6(const char *s, const char *e, u128 *a, gsize *n) {
  const char *p = s;
  int colons = 0;
  /* linear time: a run longer than any address (a megabyte of "a:a:")
   * is not one, and is not rescanned to its end from every position */
  while (p < e && p - s <= INET6_ADDRSTRLEN + 1 && (g_ascii_isxdigit(*p) || *p == ':' || *p == '.'))
    colons += *p++ == ':';
  if (p - s > INET6_ADDRSTRLEN + 1) return false;
  if (colons < 2) return false;
  /* a trailing ':' belongs to the text ("from 2001:db8::1: ...") */
  while (p > s && p[-1] == ':' && !(p - s >= 2 && p[-2] == ':')) p--;
  if (p < e && (g_ascii_isalnum(*p) || *p == '_')) return false;
  gsize len = (gsize) (p - s);
  if (len < 2 || len >= INET6_ADDRSTRLEN) return false;
  char buf[INET6_ADDRSTRLEN];
  memcpy(buf, s, len);
  buf[len] = '\0';
  guint8 b[16];
  if (inet_pton(AF_INET6, buf, b) != 1) return false;
  a->hi = a->lo = 0;
  for (int i = 0; i < 8; i++) {
    a->hi = a->hi << 8 | b[i];
    a->lo = a->lo << 8 | b[8 + i];
  }
  *n = len;
  return true;
}

static bool parse_plen(const char *s, const char *e, int max, int *plen, gsize *n) {
  if (s >= e || *s != '/' || s + 1 >= e || !g_ascii_isdigit(s[1])) return false;
  int v = 0;
  const char *p = s + 1;
  while (p < e && g_ascii_isdigit(*p) && v <= max) v = v * 10 + (*p++ - '0');
  if (v > max || (p < e && g_ascii_isalnum(*p))) return false;
  *plen = v;
  *n = (gsize) (p - s);
  return true;
}

static bool is_mac(const char *s, const char *e) {
  if (e - s < 17) return false;
  for (int i = 0; i < 17; i++) {
    if (i % 3 == 2 ? s[i] != ':' : !g_ascii_isxdigit(s[i])) return false;
  }
  return !(s + 17 < e && (g_ascii_isxdigit(s[17]) || s[17] == ':'));
}

static const char *const not_tlds[] = {"log",  "conf", "secrets", "gz",   "xz",  "bz2",  "zst", "txt",
                                       "pem",  "der",  "crt",     "key",  "db",  "ctl",  "pid", "so",
                                       "sh",   "py",   "json",    "md",   "dot", "html", "tar", "zip",
                                       "lock", "sock", "out",     "err",  "cfg", "ini",  "new", "old",
                                       "tmp",  "bak",  "mmd",     "yaml", "xml", "orig", "rej", "p12"};

/* label(.label)+ with an alphabetic top label that is not a file name
 * extension; n = length */
static bool is_fqdn(const char *s, const char *e, gsize *n) {
  const char *p = s, *last = s;
  int labels = 0;
  for (;;) {
    const char *l = p;
    while (p < e && is_label(*p)) p++;
    if (p == l) return false;
    labels++;
    last = l;
    if (p + 1 < e && *p == '.' && is_label(p[1])) p++;
    else break;
  }
  if (labels < 2 || (p < e && (*p == '_' || *p == '@'))) return false;
  gsize tl = (gsize) (p - last);
  if (tl < 2 || tl > 24) return false;
  for (const char *q = last; q < p; q++)
    if (!g_ascii_isalpha(*q)) return false;
  for (gsize i = 0; i < G_N_ELEMENTS(not_tlds); i++)
    if (strlen(not_tlds[i]) == tl && g_ascii_strncasecmp(last, not_tlds[i], tl) == 0) return false;
  *n = (gsize) (p - s);
  return true;
}

/* pattern "dn": an RDN attribute (any case: "cn=" as well as "CN=") */
static const char *const dn_attrs[] = {"C=",
                                       "CN=",
                                       "O=",
                                       "OU=",
                                       "ST=",
                                       "L=",
                                       "E=",
                                       "DC=",
                                       "emailAddress=",
                                       "SN=",
                                       "GN=",
                                       "UID=",
                                       "serialNumber=",
                                       "title=",
                                       "street=",
                                       "postalCode=",
                                       "businessCategory=",
                                       "initials=",
                                       "pseudonym=",
                                       "name=",
                                       "givenName=",
                                       "surname=",
                                       "organizationIdentifier=",
                                       "unstructuredName=",
                                       "T="};

static bool dn_start(const char *s, const char *e) {
  for (gsize i = 0; i < G_N_ELEMENTS(dn_attrs); i++) {
    gsize k = strlen(dn_attrs[i]);
    if ((gsize) (e - s) > k && g_ascii_strncasecmp(s, dn_attrs[i], k) == 0) return true;
  }
  return false;
}

/* pattern "dn-unquoted": "C=CH, O=strongSwan, CN=moon" with no quote: at
 * least two RDNs joined by ',' or '/'; the DN runs to the end of the line
 * or to a quote, a ']' or a '}'. */
typedef struct {
  const char *from, *q;        /* [from, q) has no quote, ']' or '}'; q is one, or the end */
  const char *rdn_after, *rdn; /* the first RDN start after rdn_after, before q (NULL: none) */
} dn_cache;

static bool rdn_sep(const char *s, const char *t) {
  return t[-1] == ',' || t[-1] == '/' || (t[-1] == ' ' && t - 2 >= s && t[-2] == ',');
}

/* C (one per line, positions only growing) keeps the scans of the calls
 * before: a megabyte of "cn=cn=" is read once, not from every position. */
static gsize dn_unquoted(const char *s, const char *e, dn_cache *c) {
  if (!dn_start(s, e)) return 0;
  if (!c->from || s < c->from || s > c->q) {
    const char *q = s;
    while (q < e && *q != '\'' && *q != '"' && *q != ']' && *q != '}') q++;
    c->from = s, c->q = q, c->rdn_after = NULL, c->rdn = NULL;
  }
  const char *q = c->q;
  /* two RDNs: the one at s, and one after a ',' or '/' before q */
  if (!dn_start(s, q)) return 0;
  if (!c->rdn_after || s < c->rdn_after || (c->rdn && c->rdn <= s)) {
    c->rdn_after = s, c->rdn = NULL;
    for (const char *t = s + 1; t < q; t++)
      if (rdn_sep(s, t) && dn_start(t, q)) {
        c->rdn = t;
        break;
      }
  }
  return c->rdn ? (gsize) (q - s) : 0;
}

/* Is there a "spi"/"SPI" or an arrow just before the 0x at p? */
static bool spi_context(const char *line, const char *p) {
  if (p > line && (p[-1] == '>' || p[-1] == '<' || p[-1] == '(')) return true;
  const char *q = p - 1;
  while (q >= line && (*q == ' ' || *q == '=' || *q == ':')) q--;
  return q - 2 >= line && g_ascii_strncasecmp(q - 2, "spi", 3) == 0;
}

/* ---- pseudonyms ----------------------------------------------------------------- */

static char *make_pseudonym(pl_redactor *r, kind k, const char *orig) {
  for (;;) {
    guint no = ++r->next_no[k];
    char *p;
    gsize olen = strlen(orig);
    switch (k) {
    case K_HOST: p = g_strdup_printf("host%u", no); break;
    case K_FQDN: p = g_strdup_printf("host%u.example", no); break;
    case K_ATID: p = g_strdup_printf("@peer%u", no); break;
    case K_EMAIL: p = g_strdup_printf("user%u@peer%u.example", no, no); break;
    case K_DN: p = g_strdup_printf("CN=peer%u", no); break;
    case K_KEYID: /* same number of hex digits */
    case K_SPI: {
      GString *s = g_string_new(NULL);
      g_string_printf(s, "%0*x", (int) MIN(olen, 8), no);
      while (s->len < olen) g_string_prepend_c(s, k == K_SPI ? 'e' : '0');
      if (k == K_SPI && olen >= 8) s->str[0] = 'e'; /* never 0, never an original's look */
      p = g_string_free(s, FALSE);
      break;
    }
    case K_MAC: p = g_strdup_printf("02:00:00:00:%02x:%02x", (no >> 8) & 255, no & 255); break;
    case K_CONN: p = g_strdup_printf("conn%u", no); break;
    default: p = g_strdup("?"); break;
    }
    if (!g_hash_table_contains(r->orig[k], p) && !g_hash_table_contains(r->used, p)) {
      g_hash_table_add(r->used, p);
      return p;
    }
    g_free(p);
  }
}

/* Lookup (redact) or note (scan) an original string of kind K. */
static void word(pl_redactor *r, kind k, const char *s, gsize n, GString *out) {
  if (k == K_HOST && (gsize) g_atomic_int_get(&r->max_host) < n)
    g_atomic_int_set(&r->max_host, (gint) MIN(n, 4096));
  char *key = g_strndup(s, n);
  if (k == K_SPI || k == K_KEYID)
    for (char *q = key; *q; q++) *q = g_ascii_tolower(*q);
  if (!out) {
    if (!g_hash_table_contains(r->orig[k], key)) g_hash_table_insert(r->orig[k], key, NULL);
    else g_free(key);
    return;
  }
  g_rw_lock_reader_lock(&r->lock);
  const char *p = g_hash_table_lookup(r->orig[k], key);
  if (p) {
    g_string_append(out, p);
    g_rw_lock_reader_unlock(&r->lock);
    g_free(key);
    return;
  }
  g_rw_lock_reader_unlock(&r->lock);
  g_rw_lock_writer_lock(&r->lock);
  p = g_hash_table_lookup(r->orig[k], key);
  if (!p) {
    char *ps = make_pseudonym(r, k, key);
    g_hash_table_replace(r->orig[k], key, ps);
    p = ps;
    key = NULL;
  }
  g_string_append(out, p);
  g_rw_lock_writer_unlock(&r->lock);
  g_free(key);
}

static void addr(pl_redactor *r, u128 a, int plen, bool has_plen, GString *out) {
  if (!out) {
    note_prefix(r, a, 128);
    if (has_plen) {
      note_prefix(r, a, plen);
      prefix p = {u_and(a, mask_of(plen)), plen};
      if (!g_hash_table_contains(r->explicit_nets, &p))
        g_hash_table_add(r->explicit_nets, g_memdup2(&p, sizeof p));
    }
    return;
  }
  prefix p = {a, 128};
  g_rw_lock_reader_lock(&r->lock);
  prefix *img = g_hash_table_lookup(r->prefixes, &p);
  bool ok = img && img->len >= 0;
  u128 res = ok ? img->addr : a;
  g_rw_lock_reader_unlock(&r->lock);
  if (!ok) {
    g_rw_lock_writer_lock(&r->lock);
    if (has_plen) {
      prefix q = {u_and(a, mask_of(plen)), plen};
      map_prefix(r, &q);
    }
    res = map_prefix(r, &p);
    g_rw_lock_writer_unlock(&r->lock);
  }
  format_addr(out, res);
}

static bool is_facility(const char *t, gsize n) {
  static const char *const fac[] = {"auth", "authpriv", "daemon", "kern", "user", "syslog", "local"};
  const char *dot = memchr(t, '.', n);
  if (!dot) return false;
  for (gsize i = 0; i < G_N_ELEMENTS(fac); i++)
    if (strncmp(t, fac[i], strlen(fac[i])) == 0) return true;
  return false;
}

/* The host name of a syslog / RFC 3339 / RFC 5424 envelope: [*hs, *he).
 * A word is a host when the program ("pluto[N]:", "pluto:") follows it. */
static bool envelope_host(const char *s, const char *e, const char **hs, const char **he) {
  const char *p = s;
  bool v5424 = false;
  if (p < e && *p == '<') {
    while (p < e && *p != '>') p++;
    if (p < e) p++;
    if (p + 1 < e && g_ascii_isdigit(*p) && p[1] == ' ') p += 2, v5424 = true;
  }
  if (e - p >= 15 && g_ascii_isupper(p[0]) && p[3] == ' ' && p[9] == ':' && p[12] == ':') {
    p += 15; /* "Nov  7 04:45:35" */
  } else if (e - p >= 19 && g_ascii_isdigit(p[0]) && p[4] == '-' && p[7] == '-' &&
             (p[10] == 'T' || p[10] == ' ') && p[13] == ':') {
    p += 19;
  } else return false;
  while (p < e && *p != ' ') p++;           /* fractions, zone */
  if (p >= e || p[-1] == ':') return false; /* pluto's own logfile: no host */
  p++;
  const char *cand = NULL, *cand_end = NULL;
  for (int w = 0; w < 3; w++) {
    const char *t = p;
    while (p < e && *p != ' ') p++;
    if (p == t) return false;
    gsize n = (gsize) (p - t);
    bool prog = t[n - 1] == ':' || memchr(t, '[', n);
    if (v5424) {
      if (n == 1 && *t == '-') return false;
      *hs = t, *he = p;
      return true;
    }
    if (prog) {
      if (!cand) return false;
      *hs = cand, *he = cand_end;
      return true;
    }
    if (!cand && !is_facility(t, n)) cand = t, cand_end = p;
    if (p >= e) return false;
    p++;
  }
  return false;
}

/* The connection name at the start of a message: "name" followed by '[',
 * ' ', ':' or the end. */
static void conn_names(pl_redactor *r, const char *s, const char *e) {
  for (const char *p = s; p + 2 < e; p++) {
    if (*p != '"' || (p > s && p[-1] != ' ')) continue;
    const char *q = memchr(p + 1, '"', (gsize) (e - p - 1));
    if (!q || q == p + 1 || q - p > 200) return;
    if (q + 1 < e && q[1] != '[' && q[1] != ' ' && q[1] != ':') return;
    word(r, K_CONN, p + 1, (gsize) (q - p - 1), NULL);
    return; /* only the first: the object prefix */
  }
}

/* One line: OUT NULL notes the originals (pass 1), else appends the
 * redacted line to OUT. */
static void walk(pl_redactor *r, const char *line, gsize len, GString *out) {
  const char *s = line, *e = line + len, *p = s;
  const char *hs = NULL, *he = NULL;
  if (!out && envelope_host(s, e, &hs, &he)) word(r, K_HOST, hs, (gsize) (he - hs), NULL);
  if (!out && r->names) {
    /* the message starts after "pluto[N]: " (or the line start) */
    const char *m = NULL;
    for (const char *q = s; q + 1 < e; q++)
      if (q[0] == ':' && q[1] == ' ' && (q == s || q[-1] == ']' || g_ascii_isalpha(q[-1]))) {
        m = q + 2;
        break;
      }
    if (m && e - m > 4 && g_ascii_isdigit(m[0]) && m[3] == ' ') m += 4; /* whack "002 " */
    conn_names(r, m ? m : s, e);
  }
  bool hosts = g_hash_table_size(r->orig[K_HOST]) > 0;
  bool conns = r->names && g_hash_table_size(r->orig[K_CONN]) > 0;
  /* linear time on any line: what a scan found is kept for the positions
   * after it that the same scan covers (dn_cache; the user@host run) */
  dn_cache dnc = {0};
  const char *uf_end = NULL, *uf_h = NULL; /* the run's end; the host after its '@' */
  bool uf_fqdn = false;
  gsize uf_dn = 0;
  while (p < e) {
    char c = *p;
    char prev = p > s ? p[-1] : ' ';
    bool boundary = !is_word(prev) && prev != '.' && prev != ':' && prev != '@';
    gsize n;
    /* connection names, quoted */
    if (conns && (c == '"' || c == '\'') && p + 1 < e) {
      const char *q = memchr(p + 1, c, (gsize) (e - p - 1));
      if (q && q > p + 1) {
        char *nm = g_strndup(p + 1, (gsize) (q - p - 1));
        bool known = g_hash_table_contains(r->orig[K_CONN], nm);
        g_free(nm);
        if (known) {
          if (out) {
            g_string_append_c(out, c);
            word(r, K_CONN, p + 1, (gsize) (q - p - 1), out);
            g_string_append_c(out, c);
          }
          p = q + 1;
          continue;
        }
      }
    }
    /* an address may follow "...", '@' or ':' too (A...B, esp.1@A, from:A) */
    bool addr_boundary =
        !(g_ascii_isalnum(prev) || prev == '_') && (prev != '.' || (p - s >= 2 && p[-2] == '.'));
    /* pattern "ipv4-glued": an IPv4 address glued to a name ("vpn_172.20.33.44") */
    if (!addr_boundary && g_ascii_isdigit(c) && (prev == '_' || g_ascii_isalpha(prev))) {
      guint32 v;
      if (parse_v4(p, e, &v, &n)) {
        addr(r, u_or(V4MAPPED, (u128){0, v}), 128, false, out);
        p += n;
        continue;
      }
    }
    if (addr_boundary && g_ascii_isxdigit(c)) {
      if (is_mac(p, e)) {
        word(r, K_MAC, p, 17, out);
        p += 17;
        continue;
      }
      guint32 v;
      int plen;
      gsize pn = 0;
      if (g_ascii_isdigit(c) && parse_v4(p, e, &v, &n)) {
        bool hp = parse_plen(p + n, e, 32, &plen, &pn);
        addr(r, u_or(V4MAPPED, (u128){0, v}), hp ? plen + 96 : 128, hp, out);
        if (out && hp) g_string_append_len(out, p + n, (gssize) pn);
        p += n + (hp ? pn : 0);
        continue;
      }
      u128 a6;
      if (parse_v6(p, e, &a6, &n)) {
        bool hp = parse_plen(p + n, e, 128, &plen, &pn);
        addr(r, a6, hp ? plen : 128, hp, out);
        if (out && hp) g_string_append_len(out, p + n, (gssize) pn);
        p += n + (hp ? pn : 0);
        continue;
      }
    }
    if (addr_boundary && prev != ':' && c == ':' && p + 1 < e && p[1] == ':') { /* "::1", "::ffff:..." */
      u128 a6;
      int plen;
      gsize pn = 0;
      if (parse_v6(p, e, &a6, &n)) {
        bool hp = parse_plen(p + n, e, 128, &plen, &pn);
        addr(r, a6, hp ? plen : 128, hp, out);
        if (out && hp) g_string_append_len(out, p + n, (gssize) pn);
        p += n + (hp ? pn : 0);
        continue;
      }
    }
    /* SPIs: 0x12345678 after "SPI", "=>", "<", "(";  esp.12345678@ */
    if (c == '0' && p + 10 <= e && (p[1] == 'x' || p[1] == 'X') && !is_word(prev)) {
      gsize h = 0;
      while (p + 2 + h < e && g_ascii_isxdigit(p[2 + h])) h++;
      if ((h == 8 || h == 16) && !(p + 2 + h < e && is_word(p[2 + h])) && spi_context(s, p) &&
          strspn(p + 2, "0") < h) {
        if (out) g_string_append_len(out, p, 2);
        word(r, K_SPI, p + 2, h, out);
        p += 2 + h;
        continue;
      }
    }
    if (boundary && (c == 'e' || c == 'a' || c == 'c' || c == 't')) {
      static const char *const protos[] = {"esp.", "ah.", "comp.", "tun."};
      for (gsize i = 0; i < G_N_ELEMENTS(protos); i++) {
        gsize k = strlen(protos[i]);
        if ((gsize) (e - p) > k && strncmp(p, protos[i], k) == 0) {
          gsize h = 0;
          while (p + k + h < e && g_ascii_isxdigit(p[k + h])) h++;
          if (h && p + k + h < e && p[k + h] == '@') {
            if (out) g_string_append_len(out, p, (gssize) k);
            word(r, K_SPI, p + k, h, out);
            p += k + h;
            goto next;
          }
        }
      }
    }
    /* IDs: @#0xkeyid, @fqdn */
    if (c == '@' && !is_word(prev) && prev != '.') {
      if (p + 4 < e && p[1] == '#' && p[2] == '0' && (p[3] == 'x' || p[3] == 'X')) {
        gsize h = 0;
        while (p + 4 + h < e && g_ascii_isxdigit(p[4 + h])) h++;
        if (h) {
          if (out) g_string_append_len(out, p, 4);
          word(r, K_KEYID, p + 4, h, out);
          p += 4 + h;
          continue;
        }
      }
      const char *q = p + 1;
      while (q < e && (is_word(*q) || (*q == '.' && q + 1 < e && is_word(q[1])))) q++;
      if (q > p + 1 && g_ascii_isalnum(p[1])) {
        word(r, K_ATID, p, (gsize) (q - p), out);
        p = q;
        continue;
      }
    }
    /* DNs, up to the closing quote (or the end of the line) */
    if ((prev == '\'' || prev == '"') && dn_start(p, e)) {
      const char *q = memchr(p, prev, (gsize) (e - p));
      if (!q) q = e;
      if (memchr(p, '=', (gsize) (q - p))) {
        word(r, K_DN, p, (gsize) (q - p), out);
        p = q;
        continue;
      }
    }
    if (boundary && g_ascii_isalpha(c) &&
        (prev == ' ' || prev == ':' || prev == '=' || prev == '(' || p == s)) {
      gsize dl = dn_unquoted(p, e, &dnc);
      if (dl) {
        word(r, K_DN, p, dl, out);
        p += dl;
        continue;
      }
    }
    if (boundary && g_ascii_isalnum(c)) {
      /* pattern "user-fqdn": user@fqdn, and user@host without a domain */
      if (!uf_end || p >= uf_end) { /* else p is inside the run scanned before: same end */
        const char *q = p;
        while (q < e && (is_word(*q) || *q == '.' || *q == '+' || *q == '%')) q++;
        uf_end = q, uf_h = NULL, uf_fqdn = false, uf_dn = 0;
        if (q + 1 < e && *q == '@') {
          uf_fqdn = is_fqdn(q + 1, e, &uf_dn);
          uf_h = q + 1;
          while (uf_h < e && is_word(*uf_h)) uf_h++;
        }
      }
      const char *q = uf_end;
      gsize dn = uf_dn;
      if (q + 1 < e && *q == '@' && uf_fqdn) {
        word(r, K_EMAIL, p, (gsize) (q + 1 + dn - p), out);
        p = q + 1 + dn;
        continue;
      }
      if (q + 1 < e && *q == '@' && g_ascii_isalpha(q[1])) {
        const char *h = uf_h;
        if (h == e || !(*h == '.' || *h == '@')) {
          word(r, K_EMAIL, p, (gsize) (h - p), out);
          p = h;
          continue;
        }
      }
      if (prev != '/' && is_fqdn(p, e, &n)) { /* not a path's file name */
        word(r, K_FQDN, p, n, out);
        p += n;
        continue;
      }
      /* pattern "fqdn-in-file-name": a host name with a file name's
       * extension ("vpn.example.com.conf", "/certs/gw.example.org.pem") */
      {
        const char *t = p;
        while (t < e && (is_label(*t) || (*t == '.' && t + 1 < e && is_label(t[1])))) t++;
        const char *dot = t;
        while (dot > p && dot[-1] != '.') dot--;
        if (dot > p + 1 && t - dot >= 2 && is_fqdn(p, dot - 1, &n) && n == (gsize) (dot - 1 - p)) {
          gsize el = (gsize) (t - dot);
          bool ext = false;
          for (gsize i = 0; i < G_N_ELEMENTS(not_tlds); i++)
            if (strlen(not_tlds[i]) == el && g_ascii_strncasecmp(dot, not_tlds[i], el) == 0) ext = true;
          if (ext) {
            word(r, K_FQDN, p, n, out);
            p += n;
            continue;
          }
        }
      }
    }
    /* an IPv4 address glued after letters or '_' inside this word: the
     * part before it is passed, the address is taken above */
    if (g_ascii_isalpha(c) || c == '_') {
      const char *q = p;
      while (q < e && (g_ascii_isalnum(*q) || *q == '_') && !(g_ascii_isdigit(*q) && q > p)) q++;
      guint32 v;
      gsize vn;
      if (q < e && q > p && g_ascii_isdigit(*q) && (q[-1] == '_' || g_ascii_isalpha(q[-1])) &&
          parse_v4(q, e, &v, &vn)) {
        if (out) g_string_append_len(out, p, (gssize) (q - p));
        p = q;
        continue;
      }
      /* no address: the letters up to q are passed at once (at each of
       * them, after a letter or '_', nothing above applies, and this scan
       * would only stop at the same q: linear time) */
      if (!hosts || g_ascii_isalnum(prev) || prev == '_' || prev == '.') {
        if (q > p + 1) {
          if (out) g_string_append_len(out, p, (gssize) (q - p));
          p = q;
          continue;
        }
      }
    }
    /* host names as words, also inside "west-east-auto" or "a.tar:east/x"
     * (as grep -w sees words): the longest known name of '-'-joined parts */
    if (hosts && g_ascii_isalnum(c) && !(g_ascii_isalnum(prev) || prev == '_') && prev != '.') {
      const char *q = p, *best = NULL, *first = NULL;
      /* no longer than the longest known host name: linear time on a
       * megabyte of "a-a-a-" */
      gsize maxh = (gsize) g_atomic_int_get(&r->max_host);
      char wbuf[4097];
      for (;;) {
        while (q < e && (g_ascii_isalnum(*q) || *q == '_')) q++;
        if (!first) first = q;
        if ((gsize) (q - p) <= maxh) {
          memcpy(wbuf, p, (gsize) (q - p));
          wbuf[q - p] = '\0';
          if (g_hash_table_contains(r->orig[K_HOST], wbuf)) best = q;
        }
        if (q + 1 < e && *q == '-' && (g_ascii_isalnum(q[1]) || q[1] == '_') && (gsize) (q - p) < maxh) q++;
        else break;
      }
      if (best) {
        word(r, K_HOST, p, (gsize) (best - p), out);
        p = best;
        continue;
      }
      if (out) g_string_append_len(out, p, (gssize) (first - p));
      p = first;
      continue;
    }
    if (out) g_string_append_c(out, c);
    p++;
  next:;
  }
}

void pl_redactor_scan(pl_redactor *r, const char *line, gsize len) {
  g_return_if_fail(!r->frozen);
  walk(r, line, len, NULL);
}

void pl_redact(pl_redactor *r, const char *line, gsize len, GString *out) {
  if (!r->frozen) pl_redactor_freeze(r);
  walk(r, line, len, out);
}

char *pl_redact_str(pl_redactor *r, const char *s) {
  GString *o = g_string_new(NULL);
  pl_redact(r, s, strlen(s), o);
  return g_string_free(o, FALSE);
}

static GPtrArray *keys_of(GHashTable *h) {
  GPtrArray *v = g_ptr_array_new();
  GHashTableIter it;
  gpointer k;
  g_hash_table_iter_init(&it, h);
  while (g_hash_table_iter_next(&it, &k, NULL)) g_ptr_array_add(v, k);
  return v;
}

static int str_cmp(gconstpointer a, gconstpointer b) {
  return strcmp(*(char *const *) a, *(char *const *) b);
}

void pl_redactor_freeze(pl_redactor *r) {
  if (r->frozen) return;
  g_rw_lock_writer_lock(&r->lock);
  /* words: pseudonyms in sorted order of the originals */
  for (int k = 0; k < K__N; k++) {
    GPtrArray *keys = keys_of(r->orig[k]);
    g_ptr_array_sort(keys, str_cmp);
    for (guint i = 0; i < keys->len; i++) {
      char *orig = g_strdup(keys->pdata[i]);
      g_hash_table_replace(r->orig[k], orig, make_pseudonym(r, (kind) k, orig));
    }
    g_ptr_array_unref(keys);
  }
  /* prefixes, shortest first */
  GPtrArray *ps = keys_of(r->prefixes);
  g_ptr_array_sort(ps, prefix_cmp);
  r->orig_prefixes = g_ptr_array_new_with_free_func(g_free);
  for (guint i = 0; i < ps->len; i++) {
    const prefix *p = ps->pdata[i];
    if (!kept_addr(p->addr, p->len)) g_ptr_array_add(r->orig_prefixes, g_memdup2(p, sizeof *p));
  }
  init_pools(r);
  GPtrArray *copy = g_ptr_array_new_with_free_func(g_free);
  for (guint i = 0; i < ps->len; i++) g_ptr_array_add(copy, g_memdup2(ps->pdata[i], sizeof(prefix)));
  g_ptr_array_unref(ps);
  for (guint i = 0; i < copy->len; i++) map_prefix(r, copy->pdata[i]);
  g_ptr_array_unref(copy);
  r->frozen = true;
  g_rw_lock_writer_unlock(&r->lock);
}

typedef struct {
  const char *kind;
  char *orig, *pseudo;
} map_row;

static int row_cmp(gconstpointer pa, gconstpointer pb) {
  const map_row *x = pa, *y = pb;
  int c = strcmp(x->kind, y->kind);
  return c ? c : strcmp(x->orig, y->orig);
}

bool pl_redactor_write_map(pl_redactor *r, const char *path, GError **err) {
  if (!r->frozen) pl_redactor_freeze(r);
  GArray *rows = g_array_new(FALSE, FALSE, sizeof(map_row));
  g_rw_lock_reader_lock(&r->lock);
  for (int k = 0; k < K__N; k++) {
    GHashTableIter it;
    gpointer key, val;
    g_hash_table_iter_init(&it, r->orig[k]);
    while (g_hash_table_iter_next(&it, &key, &val))
      if (val) g_array_append_val(rows, ((map_row){kind_names[k], g_strdup(key), g_strdup(val)}));
  }
  GHashTableIter it;
  gpointer key, val;
  g_hash_table_iter_init(&it, r->prefixes);
  while (g_hash_table_iter_next(&it, &key, &val)) {
    const prefix *p = key, *img = val;
    bool net = p->len < 128;
    if (img->len < 0 || (net && !g_hash_table_contains(r->explicit_nets, p))) continue;
    if (u_eq(p->addr, img->addr)) continue; /* kept as is */
    GString *o = g_string_new(NULL), *q = g_string_new(NULL);
    format_addr(o, p->addr);
    format_addr(q, img->addr);
    int shown = is_v4(p->addr) ? p->len - 96 : p->len;
    if (net) {
      g_string_append_printf(o, "/%d", shown);
      g_string_append_printf(q, "/%d", shown);
    }
    const char *kn = is_v4(p->addr) ? (net ? "ipv4-subnet" : "ipv4") : (net ? "ipv6-subnet" : "ipv6");
    g_array_append_val(rows, ((map_row){kn, g_string_free(o, FALSE), g_string_free(q, FALSE)}));
  }
  g_rw_lock_reader_unlock(&r->lock);
  g_array_sort(rows, row_cmp);
  JsonBuilder *b = json_builder_new();
  json_builder_begin_object(b);
  json_builder_set_member_name(b, "schema");
  json_builder_add_string_value(b, "plutolog-redact/1");
  json_builder_set_member_name(b, "entries");
  json_builder_begin_array(b);
  for (guint i = 0; i < rows->len; i++) {
    map_row *m = &g_array_index(rows, map_row, i);
    json_builder_begin_object(b);
    json_builder_set_member_name(b, "kind");
    json_builder_add_string_value(b, m->kind);
    json_builder_set_member_name(b, "pseudonym");
    json_builder_add_string_value(b, m->pseudo);
    json_builder_set_member_name(b, "original");
    json_builder_add_string_value(b, m->orig);
    json_builder_end_object(b);
  }
  json_builder_end_array(b);
  /* pseudonym -> original, for a quick look-up */
  json_builder_set_member_name(b, "map");
  json_builder_begin_object(b);
  for (guint i = 0; i < rows->len; i++) {
    map_row *m = &g_array_index(rows, map_row, i);
    json_builder_set_member_name(b, m->pseudo);
    json_builder_add_string_value(b, m->orig);
  }
  json_builder_end_object(b);
  json_builder_end_object(b);
  JsonGenerator *g = json_generator_new();
  json_generator_set_pretty(g, TRUE);
  JsonNode *root = json_builder_get_root(b);
  json_generator_set_root(g, root);
  gsize n;
  char *text = json_generator_to_data(g, &n);
  bool ok = g_file_set_contents_full(path, text, (gssize) n, G_FILE_SET_CONTENTS_CONSISTENT, 0600, err);
  g_free(text);
  json_node_unref(root);
  g_object_unref(g);
  g_object_unref(b);
  for (guint i = 0; i < rows->len; i++) {
    map_row *m = &g_array_index(rows, map_row, i);
    g_free(m->orig);
    g_free(m->pseudo);
  }
  g_array_unref(rows);
  return ok;
}
