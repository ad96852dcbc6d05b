/* plutolog — the pluto message grammar.
 *
 * Input: the tokens of one message body (the lexer has already consumed the
 * line envelope and the object prefix "conn"[N] peer #serial:), then T_EOL.
 * The parser is pure and push-driven: the driver (driver.c) pushes the
 * tokens of each line and the parser keeps its state between lines.
 *
 * Each message family has its own rule; the actions set the event kind and
 * its typed fields (px_* in driver.c).  Meaning (which SA, which stage) is
 * decided later by the passes; the grammar only builds the raw event.
 *
 * Recovery: "line: error T_EOL" — a line the grammar does not know becomes
 * an `unknown` event (or a generic warning/error event when the lexer saw a
 * WARNING:/ERROR: marker) that keeps its prefix, connection, serial and raw
 * text; the next line starts clean.  yyerror() records nothing: unknown
 * lines are counted by the driver, not printed.
 *
 * Conflicts: %expect 0.  Free text is allowed only at the end of a rule
 * ("rest"), and two rules never diverge into text vs. a keyword at the same
 * point; wording variants of one message share a nonterminal. */

%code requires {
#include "parser-ctx.h"
}

%code {
#define KIND(k) px_kind(px, PL_EV_##k)
#define S(f, t) px_s(px, PL_F_##f, (t).s, (t).n)
#define Q(f, t) px_q(px, PL_F_##f, &(t))
#define L(f, lit) px_lit(px, PL_F_##f, lit)
/* the exchange and the role by their rows (include/exchanges.def, roles.def) */
#define EXCH(x) px_lit(px, PL_F_EXCHANGE, pl_exchange_name(PL_EXCHANGE_##x))
#define ROLE_IS(r) px_lit(px, PL_F_ROLE, pl_role_name(PL_ROLE_##r))
#define ROLE_AS(r) px_lit(px, PL_F_ROLE, pl_role_name(r))
#define I(f, v) px_i(px, PL_F_##f, (v))
#define D(f, v) px_d(px, PL_F_##f, (v))
static void yyerror(pl_pctx *px, const char *msg) { (void) px; (void) msg; }
/* "failed to add connection: REASON": what kind of reason (WHAT) and the
 * algorithm it names (PROPOSAL), for the diagnosis */
static void add_failed_reason(pl_pctx *px, const pl_tok *t) {
  if (px_contains(t, "is invalid as PFS policy is disabled")) px_lit(px, PL_F_WHAT, "pfs-disabled");
  else if (px_contains(t, "not found in the NSS database") || px_contains(t, "certificate"))
    px_lit(px, PL_F_WHAT, "certificate");
  else if (px_contains(t, "algorithm '") && (px_contains(t, "not supported") || px_contains(t, "is not")))
    px_lit(px, PL_F_WHAT, "algorithm");
  else if (px_contains(t, "cannot identify ourselves") || px_contains(t, "not usable"))
    px_lit(px, PL_F_WHAT, "no-local-end");
  else px_lit(px, PL_F_WHAT, "other");
  const char *q = t->s ? memchr(t->s, '\'', t->n) : NULL;
  if (q) {
    const char *e = memchr(q + 1, '\'', (size_t) (t->s + t->n - q - 1));
    if (e) px_s(px, PL_F_PROPOSAL, q + 1, (gsize) (e - q - 1));
  }
}

/* _updown output: the text, and REASON "error" when a command the script
 * ran complained (ip's "Error: ...", "RTNETLINK answers: ...", "Cannot ...") */
static void updown_text(pl_pctx *px, const pl_tok *t) {
  if (!t->s) return;
  px_s(px, PL_F_TEXT, t->s, t->n);
  static const char *const heads[] = {"Error", "RTNETLINK answers", "Cannot ", "iptables: ", "ip: ", "failed"};
  for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
    size_t n = strlen(heads[i]);
    if (t->n >= n && !memcmp(t->s, heads[i], n)) {
      px_lit(px, PL_F_REASON, "error");
      return;
    }
  }
}
}

/* pure: all state in pl_pctx; push: the driver feeds one line at a time */
%define api.pure full
%define api.push-pull push
/* every token carries a slice of the line (and a number when it has one) */
%define api.value.type {pl_tok}
%define api.prefix {pl_yy}
%define parse.error simple
%param {pl_pctx *px}
%expect 0

%token T_EOL T_DEBUG T_OTHER
/* KW-TOKENS */
%token K_A K_ACCEPTABLE K_ACCEPTED K_ACTION K_ADD K_ADDED K_ADDING K_AFTER
%token K_AGED K_AGGRESSIVE K_AH K_ALGORITHM K_ALGORITHMS K_ALL K_ALLOW K_ALLOWS
%token K_ALREADY K_AM K_AN K_AND K_ASKING K_AT K_ATTEMPT K_AUTH
%token K_AUTHBY K_AUTHENTICATE K_AUTHENTICATED K_AUTHENTICATION K_AWAITING K_BE K_BECAUSE K_BEEN
%token K_BETTER K_BLOCK K_BLOCKS K_BUT K_BY K_BYTES K_CAMELLIA K_CAN
%token K_CANNOT K_CANT K_CERTIFICATE K_CHILD K_CHOSEN K_CISCO K_CLEARING K_CLIENT
%token K_COMMAND K_COMPATIBLE K_COMPLETED K_CONFIGURED K_CONFIRMATION K_CONFLICT K_CONNECTION K_CONTAINED
%token K_CONTAINING K_CORE K_COULD K_CREATED K_CREATE_CHILD_SA K_CRL K_CRYPTO K_DEAD
%token K_DEBUGGING K_DECRYPTED K_DELETE K_DELETING K_DESCRIPTION K_DETECTION K_DID K_DISABLED
%token K_DISCARDING K_DNS K_DOES K_DOMAIN K_DOWN K_DPD K_DROPPING K_DUMP
%token K_DUPLICATE K_EMPTY K_ENABLING K_ENCOUNTERED K_ENCRYPTED K_ENCRYPTING K_EROUTE K_ERROR
%token K_ERROR_UC K_ESP K_ESTABLISHED K_EXCEEDED K_EXCHANGE K_EXITED K_EXPECTED K_EXPECTING
%token K_EXPIRED K_EXTRA K_FAIL K_FAILED K_FAILURE K_FATAL K_FILE K_FIND
%token K_FIPS K_FIRST K_FOR K_FORGETTING K_FOUND K_FROM K_GATEWAY K_HAS
%token K_HASH K_HIT K_HMAC K_I K_ID K_IGNORED K_IGNORING K_IKE
%token K_IKETCP K_IKEV1 K_IKEV2 K_IKE_ALG K_IKE_AUTH K_IKE_INTERMEDIATE K_IKE_SA_INIT K_IKE_SESSION_RESUME
%token K_IN K_INBOUND K_INCLUDING K_INFORMATION K_INFORMATIONAL K_INFORMATIONAL_X K_INITIAL K_INITIALIZING
%token K_INITIATE K_INITIATING K_INITIATOR K_INSTALL K_INSTALLED K_IP K_IPCOMP K_IPSEC
%token K_IPSEC_INTERFACE K_IPV4 K_IPV6 K_IS K_ISAKMP K_KERNEL K_KEY K_KEYING
%token K_KIND K_KNOWN K_LEAK K_LENGTH K_LINUX K_LISTENING K_LIVENESS K_LIVENESS_CHECK
%token K_LOADED K_LOADING K_LOCAL K_MAIN K_MALFORMED K_MARKING K_MATCHES K_MAX
%token K_MESSAGE K_MISMATCH K_MISMATCHED K_MISSING K_MODE K_MODECFG K_MOST K_MULTIPLE
%token K_NAT_TRAVERSAL K_NEGOTIATED K_NETLINK K_NETLINK_EXPIRE K_NEW K_NEWEST K_NEXT K_NO
%token K_NON_CRITICAL K_NOT K_NOTE K_NOTIFICATION K_NUMBER K_OAKLEY K_OF K_OMITTING
%token K_ON K_ONE K_ON_DEMAND K_ORIENTED K_OTHER K_OUTPUT K_PACKET K_PARENT
%token K_PASSTHROUGH K_PAYLOAD K_PEER K_PHASE K_PLUTO K_POLICY K_PORT K_POSSIBLE
%token K_POSSIBLY K_PPK K_PREVIOUS K_PRF K_PRIVATE K_PROBABLE K_PROCESSED K_PROCESSING
%token K_PROMPT K_PROPOSAL K_PROPOSALS K_PROPOSED K_PSK K_QUEUE K_QUICK K_REACHED
%token K_RECEIVED K_REDIRECT K_REDIRECTS K_REFUSED K_REGISTERED K_REJECTED K_REKEY K_REKEYED
%token K_RELEASING K_REMAIN K_REMOTE K_REPLACE K_REPLACED K_REPLACING K_REPLY K_REQUEST
%token K_REQUESTED K_REQUIRE K_REQUIRED K_RESCHEDULE K_RESPOND K_RESPONDER K_RESPONDING K_RESPONSE
%token K_RESULT K_RETRANSMISSION K_RETRANSMISSIONS K_RETRANSMIT K_RETRANSMITS K_RETRANSMITTING K_RETRY K_REVIVING
%token K_RFC K_ROUTE K_RSA K_RUNNING K_SA K_SAS K_SCHEDULE K_SCHEDULING
%token K_SECCOMP K_SECOND K_SECONDS K_SECRETS K_SELECTOR K_SELECTORS K_SELFTEST K_SELINUX
%token K_SENDING K_SENT K_SETTING K_SHORT K_SHOULD K_SHUTTING K_SIGNAL K_SIGNATURE
%token K_STARTED K_STARTING K_STATE K_STATUS K_STRING K_SUBNET K_SUITABLE K_SUPPORT
%token K_SUPPORTED K_SUPPOSED K_SUPPRESSING K_SWITCHED K_SWITCHING K_SYSTEMD K_TERMINATING K_TESTING
%token K_THAN K_THE K_THEM K_THIS K_TIMEOUT K_TO K_TOO K_TRAFFIC
%token K_TRANSFORM K_TRANSITION K_TRANSPORT K_TUNNEL K_TWO K_TYPE K_UNABLE K_UNAUTHENTICATED
%token K_UNEXPECTED K_UNKNOWN K_UNLIMITED K_UNORIENTED K_UP K_UPDOWN K_US K_USING
%token K_VENDOR K_WAIT K_WAS K_WE K_WHACK K_WILDCARD K_WILL K_WITH
%token K_XAUTH K_YOU
/* catalogue (issue 21) keywords */
%token K_EXPECTATION K_FAILED_UC K_ABORT K_ASSERTION K_REQUIRES K_DICTATES K_DIGITAL K_MOBIKE K_WARNING_CAP
%token K_MATCHING K_BSD
%token NUM DEC DUR SERIAL HEX ADDR SPEC CAPS KV WORD QSTR DQSTR BRACE BRACKET ARROW TEXT PROPS

%%

input:
    %empty
  | input line
  ;

line:
    msg T_EOL           { px->matched = true; }
  | msg '(' rest T_EOL  { px->matched = true; /* a trailing "(note)": may carry "replacing ... #N" */
                          if (px->ev.kind == PL_EV_INITIATE) px_tail(px, &$3, PX_REPLACES); }
  | msgt T_EOL          { px->matched = true; }
  | obj_err T_EOL       { px->matched = true; }
  | error T_EOL         { px->errored = true; yyerrok; }
  ;

/* An optional v2.6–v3.32 state prefix ("STATE_MAIN_I1: ") or a v5.1+ short
 * state name ("IKE_SA_INIT_I: ") before the story.  px_state ignores words
 * that are not state names (X509:, NSS:). */
msg:
    core
  | CAPS ':' core       { px_state(px, &$1); }
  ;

/* messages that end in free text (no trailing note possible) */
msgt:
    core_text
  | CAPS ':' core_text  { px_state(px, &$1); }
  ;

/* "ERROR: "conn" #2: netlink response ..." — v4/v5 put the marker before
 * the object prefix, so the prefix arrives as body tokens. */
obj_err:
    DQSTR SERIAL ':' kernel_msg        { px_obj(px, &$1, &$2); }
  | DQSTR ':' kernel_msg               { px_obj(px, &$1, NULL); }
  ;

kernel_msg:
    K_NETLINK rest
      { KIND(KERNEL_ERROR); px_tail(px, &$2, PX_ERRNO); S(TEXT, $2); }
  ;

core:
    initiate
  | respond
  | sent
  | established
  | proposals
  | identity
  | selectors
  | notify
  | retransmit
  | delete
  | conn_level
  | misc
  | cat_core
  ;

/* ---- words shared by several families ------------------------------- */

/* "IKE SA", "ISAKMP SA", "IPsec SA", "CHILD SA" at the start of a message:
 * one nonterminal so that the rules after it never conflict.  $$.i: 1 IKE,
 * 2 ISAKMP, 3 IPsec, 4 Child */
sa_noun:
    K_IKE K_SA      { $$ = $1; $$.i = 1; }
  | K_ISAKMP K_SA   { $$ = $1; $$.i = 2; }
  | K_IPSEC K_SA    { $$ = $1; $$.i = 3; }
  | K_CHILD K_SA    { $$ = $1; $$.i = 4; }
  ;

/* IKEv2 exchange names; sets EXCHANGE */
v2exch:
    K_IKE_SA_INIT       { EXCH(IKE_SA_INIT); I(IKE_VERSION, 2); }
  | K_IKE_AUTH          { EXCH(IKE_AUTH); I(IKE_VERSION, 2); }
  | K_CREATE_CHILD_SA   { EXCH(CREATE_CHILD_SA); I(IKE_VERSION, 2); }
  | K_IKE_INTERMEDIATE  { EXCH(IKE_INTERMEDIATE); I(IKE_VERSION, 2); }
  | K_INFORMATIONAL_X   { EXCH(INFORMATIONAL); I(IKE_VERSION, 2); }
  | K_IKE_SESSION_RESUME { EXCH(IKE_SESSION_RESUME); I(IKE_VERSION, 2); }
  ;

/* $$.i: 0 request, 1 response */
v2dir:
    K_REQUEST   { $$ = $1; $$.i = 0; }
  | K_RESPONSE  { $$ = $1; $$.i = 1; }
  | K_REPLY     { $$ = $1; $$.i = 1; }
  | K_MESSAGE   { $$ = $1; $$.i = 2; }
  ;

role:
    K_INITIATOR   { ROLE_IS(INITIATOR); }
  | K_RESPONDER   { ROLE_IS(RESPONDER); }
  ;

addr:
    ADDR | SPEC | WORD | CAPS
  ;

tunnel_mode:
    K_TUNNEL K_MODE       { L(MODE, "tunnel"); }
  | K_TRANSPORT K_MODE    { L(MODE, "transport"); }
  ;

/* what follows "established": nothing, the mode, and/or the {...} details */
est_tail:
    %empty
  | tunnel_mode
  | tunnel_mode BRACE     { px_brace(px, &$2); }
  | BRACE                 { px_brace(px, &$1); }
  ;

/* ---- initiate ------------------------------------------------------- */

initiate:
    K_INITIATE
      { KIND(INITIATE); }
  | K_INITIATING K_IKEV1 K_MAIN K_MODE K_CONNECTION opt_replace
      { KIND(INITIATE); EXCH(MAIN); I(IKE_VERSION, 1); ROLE_IS(INITIATOR); }
  | K_INITIATING K_MAIN K_MODE opt_replace
      { KIND(INITIATE); EXCH(MAIN); I(IKE_VERSION, 1); ROLE_IS(INITIATOR); }
  | K_INITIATING K_IKEV1 K_AGGRESSIVE K_MODE K_CONNECTION opt_replace
      { KIND(INITIATE); EXCH(AGGRESSIVE); I(IKE_VERSION, 1); ROLE_IS(INITIATOR); }
  | K_INITIATING K_AGGRESSIVE K_MODE opt_replace
      { KIND(INITIATE); EXCH(AGGRESSIVE); I(IKE_VERSION, 1); ROLE_IS(INITIATOR); }
  | K_INITIATING K_AGGRESSIVE K_MODE SERIAL ',' K_CONNECTION DQSTR
      { KIND(INITIATE); EXCH(AGGRESSIVE); I(IKE_VERSION, 1); ROLE_IS(INITIATOR); }
  | K_INITIATING K_QUICK K_MODE qm_policy opt_replace
      { KIND(INITIATE); EXCH(QUICK); I(IKE_VERSION, 1); ROLE_IS(INITIATOR); S(POLICY, $4); }
  | K_INITIATING K_QUICK K_MODE qm_policy opt_replace BRACE
      { KIND(INITIATE); EXCH(QUICK); I(IKE_VERSION, 1); ROLE_IS(INITIATOR);
        S(POLICY, $4); px_brace(px, &$6); px_tail(px, &$6, PX_TS); }
  | K_INITIATING K_IKEV2 K_CONNECTION opt_replace
      { KIND(INITIATE); EXCH(IKE_SA_INIT); I(IKE_VERSION, 2); ROLE_IS(INITIATOR); }
  | K_INITIATING K_IKEV2 K_CONNECTION K_TO addr K_USING addr
      { KIND(INITIATE); EXCH(IKE_SA_INIT); I(IKE_VERSION, 2); ROLE_IS(INITIATOR); S(PEER, $5); }
  | K_INITIATING K_IKEV2 K_CONNECTION K_TO addr '(' paren_words ')' K_USING addr
      { KIND(INITIATE); EXCH(IKE_SA_INIT); I(IKE_VERSION, 2); ROLE_IS(INITIATOR); S(PEER, $5); }
  | K_INITIATE ',' K_REPLACING SERIAL
      { KIND(INITIATE); I(REPLACES, $4.i); }
  | K_INITIATING K_IKEV2 K_IKE K_SA opt_replace
      { KIND(INITIATE); EXCH(IKE_SA_INIT); I(IKE_VERSION, 2); ROLE_IS(INITIATOR); }
  | K_INITIATING WORD K_PARENT K_SA opt_replace
      { if (!px_in(&$2, "v2")) YYERROR;
        KIND(INITIATE); EXCH(IKE_SA_INIT); I(IKE_VERSION, 2); ROLE_IS(INITIATOR); }
  | K_INITIATING K_CHILD K_SA K_USING K_IKE K_SA SERIAL
      { KIND(INITIATE); EXCH(CHILD); I(IKE_VERSION, 2); ROLE_IS(INITIATOR); I(PARENT, $7.i); }
  ;

qm_policy:
    WORD | CAPS
  ;

opt_replace:
    %empty
  | K_TO K_REPLACE SERIAL       { I(REPLACES, $3.i); }
  | K_TO K_REPLACE K_ESTABLISHED sa_noun SERIAL { I(REPLACES, $5.i); } /* 5.x: "to replace established IKE SA #3" */
  ;

opt_replacing:
    %empty
  | ',' K_REPLACING SERIAL      { I(REPLACES, $3.i); }
  | ',' K_TO K_REPLACE SERIAL   { I(REPLACES, $4.i); }
  ;

/* ---- respond -------------------------------------------------------- */

respond:
    K_RESPONDING K_TO K_MAIN K_MODE
      { KIND(RESPOND); EXCH(MAIN); I(IKE_VERSION, 1); ROLE_IS(RESPONDER); }
  | K_RESPONDING K_TO K_MAIN K_MODE K_FROM K_UNKNOWN K_PEER addr
      { KIND(RESPOND); EXCH(MAIN); I(IKE_VERSION, 1); ROLE_IS(RESPONDER); S(PEER, $8); }
  | K_RESPONDING K_TO K_MAIN K_MODE K_FROM K_UNKNOWN K_PEER addr K_ON K_PORT NUM
      { KIND(RESPOND); EXCH(MAIN); I(IKE_VERSION, 1); ROLE_IS(RESPONDER); S(PEER, $8); I(PORT, $11.i); }
  | K_RESPONDING K_TO K_QUICK K_MODE BRACE
      { KIND(RESPOND); EXCH(QUICK); I(IKE_VERSION, 1); ROLE_IS(RESPONDER); px_brace(px, &$5); }
  | K_RESPONDING K_TO K_QUICK K_MODE K_PROPOSAL BRACE
      { KIND(RESPOND); EXCH(QUICK); I(IKE_VERSION, 1); ROLE_IS(RESPONDER); px_brace(px, &$6); }
  | K_RESPONDING K_TO K_QUICK K_MODE K_PROPOSAL BRACE K_USING sa_noun SERIAL
      { KIND(RESPOND); EXCH(QUICK); I(IKE_VERSION, 1); ROLE_IS(RESPONDER); px_brace(px, &$6);
        I(PARENT, $9.i); }
  ;

/* ---- sent / state stories ------------------------------------------ */

sent:
    K_SENT K_MAIN K_MODE K_REQUEST opt_replacing
      { KIND(SENT); EXCH(MAIN); I(IKE_VERSION, 1); ROLE_IS(INITIATOR); L(STORY, "request"); }
  | K_SENT K_MAIN K_MODE CAPS opt_replacing
      { KIND(SENT); EXCH(MAIN); I(IKE_VERSION, 1); S(STORY, $4);
        ROLE_AS($4.s[0] == 'R' ? PL_ROLE_RESPONDER : PL_ROLE_INITIATOR); }
  | K_SENT K_AGGRESSIVE K_MODE K_REQUEST opt_replacing
      { KIND(SENT); EXCH(AGGRESSIVE); I(IKE_VERSION, 1); ROLE_IS(INITIATOR); L(STORY, "request"); }
  | K_SENT K_AGGRESSIVE K_MODE K_RESPONSE ',' K_EXPECTING K_CONFIRMATION
      { KIND(SENT); EXCH(AGGRESSIVE); I(IKE_VERSION, 1); ROLE_IS(RESPONDER); L(STORY, "response"); }
  | K_SENT K_QUICK K_MODE K_REQUEST opt_replacing
      { KIND(SENT); EXCH(QUICK); I(IKE_VERSION, 1); ROLE_IS(INITIATOR); L(STORY, "request"); }
  | K_SENT K_QUICK K_MODE K_REPLY ',' K_INBOUND K_IPSEC K_SA K_INSTALLED ',' K_EXPECTING K_CONFIRMATION est_tail
      { KIND(SENT); EXCH(QUICK); I(IKE_VERSION, 1); ROLE_IS(RESPONDER); L(STORY, "reply"); }
  | K_SENT CAPS ',' K_EXPECTING CAPS opt_replacing
      { KIND(STATE_STORY); px_story(px, &$2, &$5); }
  | K_SENT CAPS ',' K_INBOUND K_IPSEC K_SA K_INSTALLED ',' K_EXPECTING CAPS est_tail
      { KIND(STATE_STORY); px_story(px, &$2, &$10); }
  | K_SENT WORD ',' K_EXPECTED WORD est_tail
      { KIND(SENT); px_v2story(px, &$2, false); }
  | K_RECEIVED WORD ',' K_SENT WORD est_tail
      { KIND(SENT); px_v2story(px, &$5, true); }
  | K_RECEIVED WORD ',' K_PARENT K_SA K_ESTABLISHED est_tail
      { KIND(CHILD_ESTABLISHED); I(IKE_VERSION, 2); ROLE_IS(RESPONDER);
        if (!px_has(px, PL_F_MODE) && !px_has(px, PL_F_XFRM)) KIND(IKE_ESTABLISHED); }
  | K_PARENT K_SA K_ESTABLISHED est_tail
      { KIND(CHILD_ESTABLISHED); I(IKE_VERSION, 2);
        if (!px_has(px, PL_F_MODE) && !px_has(px, PL_F_XFRM)) KIND(IKE_ESTABLISHED); }
  | K_TRANSITION K_FROM K_STATE CAPS K_TO K_STATE CAPS
      { KIND(STATE_STORY); L(STORY, "transition"); S(STATE, $7); }
  | K_XAUTH K_CLIENT '-' opt_possibly K_AWAITING WORD
      { KIND(XAUTH); L(STORY, "awaiting CFG"); }
  | K_XAUTH K_CLIENT '-' opt_possibly K_AWAITING WORD BRACE
      { KIND(IKE_ESTABLISHED); I(IKE_VERSION, 1); px_brace(px, &$7); }
  ;

opt_possibly:
    %empty
  | K_POSSIBLY
  ;

/* ---- established ---------------------------------------------------- */

established:
    sa_noun K_ESTABLISHED est_tail
      { if ($1.i <= 2) { KIND(IKE_ESTABLISHED); if (!px_has(px, PL_F_IKE_VERSION)) I(IKE_VERSION, 1); }
        else KIND(CHILD_ESTABLISHED); }
  | K_SENT CAPS ',' sa_noun K_ESTABLISHED est_tail
      { if ($4.i <= 2) { KIND(IKE_ESTABLISHED); I(IKE_VERSION, 1); } else KIND(CHILD_ESTABLISHED); }
  | role K_ESTABLISHED K_IKE K_SA tunnel_mode BRACE
      { /* v4.0-4.4 wording of a Child SA ("STATE_V2_ESTABLISHED_IKE_SA:
           initiator established IKE SA tunnel mode {ESP=>...}") */
        KIND(CHILD_ESTABLISHED); I(IKE_VERSION, 2); px_brace(px, &$6); }
  | K_ESTABLISHED K_IKE K_SA tunnel_mode BRACE
      { KIND(CHILD_ESTABLISHED); I(IKE_VERSION, 2); px_brace(px, &$5); }
  | K_PROPOSAL PROPS KV
      { /* the test suite's sanitised "proposal 1:ESP=... SPI=X;ESN=...[first-match]" */
        KIND(PROPOSAL_CHOSEN); I(IKE_VERSION, 2); S(PROPOSAL, $2); S(PROPOSALS, $3); }
  | role K_ESTABLISHED K_IKE K_SA BRACE
      { /* v4.x, the new IKE SA of an IKE rekey */
        KIND(IKE_ESTABLISHED); I(IKE_VERSION, 2); px_brace(px, &$5); }
  | role K_REKEYED K_IKE K_SA SERIAL BRACE
      { KIND(IKE_ESTABLISHED); I(IKE_VERSION, 2); I(REPLACES, $5.i); px_brace(px, &$6); }
  ;

/* ---- proposals ------------------------------------------------------ */

proposals:
    K_NO K_ACCEPTABLE K_OAKLEY K_TRANSFORM
      { KIND(NO_ACCEPTABLE); I(IKE_VERSION, 1); L(WHAT, "oakley"); }
  | K_NO K_ACCEPTABLE K_PROPOSAL K_IN K_IPSEC K_SA
      { KIND(NO_ACCEPTABLE); I(IKE_VERSION, 1); L(WHAT, "ipsec"); }
  ;

/* ---- identity and authentication ----------------------------------- */

identity:
    K_PEER K_ID K_IS CAPS ':' QSTR
      { KIND(PEER_ID); S(ID_TYPE, $4); Q(ID, $6); }
  | id_mode K_MODE K_PEER K_ID K_IS CAPS ':' QSTR
      { KIND(PEER_ID); S(ID_TYPE, $6); Q(ID, $8); }
  | K_PEER K_ID QSTR K_MISMATCHED K_ON K_FIRST K_FOUND K_CONNECTION K_AND K_NO K_BETTER K_CONNECTION K_FOUND
      { KIND(ID_MISMATCH); Q(ID, $3); }
  | K_PEER K_MISMATCH K_ON K_FIRST K_FOUND K_CONNECTION K_AND K_NO K_BETTER K_CONNECTION K_FOUND
      { KIND(ID_MISMATCH); }
  | K_NO K_SUITABLE K_CONNECTION K_FOR K_PEER QSTR
      { KIND(ID_MISMATCH); Q(ID, $6); }
  | WORD K_LENGTH K_OF K_ISAKMP WORD K_PAYLOAD K_IS WORD K_THAN K_CAN WORD
      { KIND(MALFORMED_PAYLOAD); S(TEXT, $1); }
  | K_CONNECTION WORD K_PSK K_LENGTH K_OF NUM K_BYTES K_IS K_TOO K_SHORT K_FOR CAPS K_PRF K_IN K_FIPS K_MODE '(' NUM K_BYTES K_REQUIRED ')'
      { KIND(PSK_WARNING); S(PRF, $12); I(COUNT, $6.i); }
  | QSTR K_PSK K_LENGTH K_OF NUM K_BYTES K_IS K_TOO K_SHORT K_FOR K_PRF CAPS K_IN K_FIPS K_MODE '(' NUM K_BYTES K_REQUIRED ')'
      { KIND(PSK_WARNING); S(PRF, $12); I(COUNT, $5.i); }
  ;

id_mode:
    K_MAIN          { EXCH(MAIN); I(IKE_VERSION, 1); }
  | K_AGGRESSIVE    { EXCH(AGGRESSIVE); I(IKE_VERSION, 1); }
  | K_IKEV2         { I(IKE_VERSION, 2); }
  ;

/* ---- traffic selectors ---------------------------------------------- */

selectors:
    K_THE K_PEER K_PROPOSED ':' addr ARROW addr
      { KIND(PEER_PROPOSED); I(IKE_VERSION, 1); S(LOCAL_TS, $5); S(REMOTE_TS, $7); }
  | K_THE K_PEER K_PROPOSED ':' addr
      { KIND(PEER_PROPOSED); I(IKE_VERSION, 1); px_spec(px, &$5); }
  | K_US ':' addr K_THEM ':' addr
      { KIND(QM_ENDS); S(LOCAL_TS, $3); S(REMOTE_TS, $6); }
  | K_US ':' addr
      { KIND(QM_ENDS); S(LOCAL_TS, $3); }
  | K_THEM ':' addr
      { KIND(QM_ENDS); S(REMOTE_TS, $3); }
  | K_CANNOT K_RESPOND K_TO K_IPSEC K_SA K_REQUEST K_BECAUSE K_NO K_CONNECTION K_IS K_KNOWN K_FOR addr
      { KIND(NO_CONNECTION_FOR); S(TEXT, $13); }
  | K_NO K_IKEV2 K_CONNECTION K_FOUND K_WITH K_COMPATIBLE K_TRAFFIC K_SELECTORS
      { KIND(TS_UNACCEPTABLE); I(IKE_VERSION, 2); }
  | v2exch K_RESPONSE K_REJECTED K_CHILD K_SA K_WITH CAPS
      { px_notify_fail(px, &$7); }
  | v2exch K_RESPONSE K_CONTAINED K_THE K_ERROR K_NOTIFICATION CAPS
      { px_notify_fail(px, &$7); }
  | v2exch K_RESPONSE K_CONTAINED K_AN K_UNKNOWN K_ERROR K_NOTIFICATION '(' NUM ')'
      { /* "IKE_AUTH response contained an unknown error notification (16393)" */
        KIND(NOTIFY_RECEIVED); S(TEXT, $9); }
  | v2exch K_FAILED K_WITH K_ERROR K_NOTIFICATION CAPS
      { /* CREATE_CHILD_SA (and in HEAD any exchange) */
        px_notify_fail(px, &$6); }
  | sa_noun K_FAILED ':' CAPS
      { px_notify_fail(px, &$4); }
  ;

/* ---- notifications -------------------------------------------------- */

notify:
    K_RECEIVED K_AND K_IGNORED K_NOTIFICATION K_PAYLOAD ':' CAPS
      { KIND(NOTIFY_RECEIVED); S(NOTIFY, $7); L(ACTION, "ignored"); }
  | K_RECEIVED K_AND K_IGNORED K_INFORMATIONAL K_MESSAGE
      { KIND(NOTIFY_RECEIVED); L(ACTION, "ignored"); }
  | K_SENDING K_NOTIFICATION CAPS K_TO addr
      { KIND(NOTIFY_SENT); S(NOTIFY, $3); S(PEER, $5); }
  | K_SENDING K_ENCRYPTED K_NOTIFICATION CAPS K_TO addr
      { KIND(NOTIFY_SENT); S(NOTIFY, $4); S(PEER, $6); }
  | K_SENDING CAPS
      { KIND(NOTIFY_SENT); S(NOTIFY, $2); }
  | K_ENCOUNTERED K_FATAL K_ERROR K_IN K_STATE CAPS
      { KIND(TRANSITION_FAILED); S(STATE, $6); }
  | CAPS
      { KIND(NOTIFY_RECEIVED); S(NOTIFY, $1); /* whack: "STATE_MAIN_I1: INVALID_KEY_INFORMATION" */ }
  | WORD
      { if ($1.n < 5 || memcmp($1.s, "v2N_", 4) != 0) YYERROR; px_notify_fail(px, &$1); }
  ;

/* ---- retransmission and timeouts ----------------------------------- */

retransmit:
    K_RETRANSMISSION ';' K_WILL K_WAIT number secs K_FOR K_RESPONSE
      { KIND(RETRANSMIT); D(SECONDS, $5.d); }
  | K_RETRANSMISSION ';' K_WILL K_WAIT DUR K_FOR K_RESPONSE
      { KIND(RETRANSMIT); D(SECONDS, $5.d); }
  | K_RETRANSMITTING v2exch v2dir ';' K_WILL K_WAIT number secs K_FOR K_RESPONSE
      { KIND(RETRANSMIT); D(SECONDS, $7.d); }
  | keying_start K_ATTEMPT NUM K_OF K_AN K_UNLIMITED K_NUMBER opt_releasing
      { KIND(KEYING_ATTEMPT); I(ATTEMPT, $3.i); I(MAX_ATTEMPTS, 0); }
  | keying_start K_ATTEMPT NUM K_OF K_AT K_MOST NUM opt_releasing
      { KIND(KEYING_ATTEMPT); I(ATTEMPT, $3.i); I(MAX_ATTEMPTS, $7.i); }
  ;

keying_start:
    K_STARTING K_KEYING
  | K_SCHEDULING K_RETRY
  ;

opt_releasing:
    %empty
  | ',' K_BUT K_RELEASING K_WHACK
  ;

secs:
    K_SECOND
  | K_SECONDS
  ;

number:
    NUM   { $$ = $1; $$.d = (double) $1.i; }
  | DEC   { $$ = $1; }
  ;

/* ---- delete / expire ------------------------------------------------ */

delete:
    K_DELETING K_STATE '(' CAPS ')' del_tail
      { KIND(DELETE_STATE); S(STATE, $4); }
  | K_DELETING K_STATE SERIAL '(' CAPS ')' del_tail
      { KIND(DELETE_STATE); S(STATE, $5); }
  | K_DELETING K_OTHER K_STATE SERIAL '(' CAPS ')' del_tail
      { KIND(DELETE_STATE); S(STATE, $6); I(TARGET, $4.i); }
  | K_DELETING K_OTHER K_STATE SERIAL '(' CAPS ')' DQSTR del_tail
      { KIND(DELETE_STATE); S(STATE, $6); I(TARGET, $4.i); }
  | K_DELETING sa_noun '(' paren_words ')' del_tail
      { KIND(DELETE_STATE); px_del_what(px, &$2, &$4); }
  ;

paren_words:
    anyp
  | paren_words anyp    { $$ = px_span(&$1, &$2); }
  ;

del_tail:
    opt_aged opt_send opt_using
  ;

opt_aged:
    %empty
  | K_AGED DUR          { D(AGE, $2.d); }
  ;

opt_send:
    %empty
  | K_AND send_note
  ;

opt_using:
    %empty
  | K_USING sa_noun SERIAL         { I(PARENT, $3.i); }
  | K_USING sa_noun DQSTR SERIAL   { I(PARENT, $4.i); }
  ;

send_note:
    K_SENDING K_NOTIFICATION          { L(NOTIFICATION, "sending"); }
  | K_NOT K_SENDING K_NOTIFICATION    { L(NOTIFICATION, "NOT sending"); }
  | CAPS K_SENDING K_NOTIFICATION     { L(NOTIFICATION, "NOT sending"); }
  ;

/* ---- connection level ----------------------------------------------- */

conn_level:
    K_ADDED opt_orient conn_type K_CONNECTION
      { KIND(CONN_ADDED); }
  | K_ADDED K_CONNECTION K_DESCRIPTION DQSTR
      { KIND(CONN_ADDED); if (!px->cx.conn_s) px_obj(px, &$4, NULL); }
  | sa_noun K_PROPOSALS '(' K_CONNECTION K_ADD ')' ':'
      { KIND(CONN_PROPOSALS); L(WHAT, $1.i <= 2 ? "IKE" : "Child"); }
  | PROPS
      { KIND(CONN_PROPOSAL); S(PROPOSAL, $1); }
  | K_TERMINATING K_SAS K_USING K_THIS K_CONNECTION
      { KIND(CONN_TERMINATING); }
  | KV K_HAS K_BEEN K_REPLACED K_BY KV
      { KIND(CONN_WARNING); px_s(px, PL_F_TEXT, $1.s, ($6.s + $6.n) - $1.s); }
  ;

opt_orient:
    %empty
  | K_ORIENTED
  | K_UNORIENTED
  ;

conn_type:
    K_IKEV1         { I(IKE_VERSION, 1); }
  | K_IKEV2         { I(IKE_VERSION, 2); }
  | K_PASSTHROUGH   { L(WHAT, "passthrough"); }
  ;

misc:
    K_INFORMATIONAL K_INFORMATION
      { KIND(INFORMATIONAL); }
  | WORD K_OUTPUT ':'
      { KIND(UPDOWN_OUTPUT); S(VERB, $1); }
  | WORD K_OUTPUT ':' TEXT
      { KIND(UPDOWN_OUTPUT); S(VERB, $1); updown_text(px, &$4); }
  | DQSTR K_OUTPUT ':' TEXT
      { KIND(UPDOWN_OUTPUT); Q(VERB, $1); updown_text(px, &$4); }
  | K_RECEIVED WORD
      { if ($2.n < 5 || memcmp($2.s, "v2N", 3) != 0) YYERROR; KIND(NOTIFY_RECEIVED); S(NOTIFY, $2); }
  | K_ORIENTED conn_type K_CONNECTION
      { KIND(DAEMON); }
  | K_COMMAND DQSTR K_OUTPUT ':'
      { KIND(UPDOWN_OUTPUT); Q(VERB, $2); }
  | K_COMMAND DQSTR K_OUTPUT ':' TEXT
      { KIND(UPDOWN_OUTPUT); Q(VERB, $2); updown_text(px, &$5); }
  | WORD K_COMMAND K_EXITED K_WITH K_STATUS NUM
      { KIND(UPDOWN_FAILED); S(VERB, $1); I(STATUS, $6.i); }
  | WORD K_COMMAND K_EXITED K_WITH K_SIGNAL NUM
      { KIND(UPDOWN_FAILED); S(VERB, $1); I(STATUS, 128 + $6.i); }
  ;

/* ---- messages that end in free text ---------------------------------- */

core_text:
    NUM K_SECOND K_TIMEOUT K_EXCEEDED K_AFTER NUM K_RETRANSMITS rest
      { KIND(TIMEOUT); D(SECONDS, (double) $1.i); I(RETRANSMITS, $6.i); if ($8.s) S(REASON, $8); }
  | K_MAX K_NUMBER K_OF K_RETRANSMISSIONS '(' NUM ')' K_REACHED CAPS rest
      { KIND(TIMEOUT); I(RETRANSMITS, $6.i); S(STATE, $9); px_reason(px, &$10); }
  | K_MAX K_NUMBER K_OF K_RETRANSMISSIONS '(' NUM ')' K_REACHED K_AFTER rest
      { KIND(TIMEOUT); I(RETRANSMITS, $6.i); px_reason(px, &$10); }
  | K_DPD ':' rest
      { KIND(DPD); if ($3.s) S(TEXT, $3); }
  | K_DPD K_ACTION '-' rest
      { KIND(DPD); if ($4.s) S(ACTION, $4); }
  | K_LIVENESS K_ACTION '-' rest
      { KIND(DPD); L(WHAT, "liveness"); if ($4.s) S(ACTION, $4); }
  | K_LIVENESS_CHECK rest
      { KIND(DPD); L(WHAT, "liveness"); if ($2.s) S(TEXT, $2); }
  | K_DEAD K_PEER K_DETECTION rest
      { KIND(DPD); if ($4.s) S(TEXT, $4); }
  | K_CONFIGURED K_DPD rest
      { KIND(DPD); L(DPD, "unsupported"); }
  /* IKEv2 messages sent, processed, answered */
  | K_SENT v2exch v2dir rest
      { px_v2sent(px, &$3, &$4); }
  | K_SENT v2exch '(' rest
      { KIND(SENT); ROLE_IS(RESPONDER); L(STORY, "response"); px_tail(px, &$4, PX_BRACE | PX_PEER); }
  | K_PROCESSING v2exch v2dir rest
      { KIND(PROCESSING); ROLE_AS($3.i == 1 ? PL_ROLE_INITIATOR : PL_ROLE_RESPONDER);
        px_tail(px, &$4, PX_PEER | PX_NOTIFY); }
  | K_PROCESSING K_DECRYPTED K_IKE_AUTH K_REQUEST ':' rest
      { KIND(PROCESSING); EXCH(IKE_AUTH); I(IKE_VERSION, 2); ROLE_IS(RESPONDER); S(TEXT, $6); }
  | K_PROCESSED v2exch v2dir rest
      { KIND(PROCESSING); ROLE_AS($3.i == 1 ? PL_ROLE_INITIATOR : PL_ROLE_RESPONDER); S(STORY, $4);
        px_tail(px, &$4, PX_PEER | PX_BRACE); }
  | role K_PROCESSED v2exch ',' rest
      { KIND(PROCESSING); S(STORY, $5); }
  | K_RESPONDING K_TO v2exch rest
      { KIND(NOTIFY_SENT); ROLE_IS(RESPONDER); px_tail(px, &$4, PX_PEER | PX_NOTIFY); }
  | K_RESPONDING K_TO K_AGGRESSIVE K_MODE rest
      { KIND(RESPOND); EXCH(AGGRESSIVE); I(IKE_VERSION, 1); ROLE_IS(RESPONDER);
        px_tail(px, &$5, PX_PEER); }
  | K_RETRANSMITTING K_IN K_RESPONSE K_TO K_DUPLICATE K_PACKET ';' rest
      { KIND(DUPLICATE); px_reason(px, &$8); }
  | K_DISCARDING rest
      { KIND(DUPLICATE); S(TEXT, $2); }
  | K_RECEIVED K_DUPLICATE rest
      { KIND(DUPLICATE); px_tail(px, &$3, PX_NOTIFY); S(TEXT, $3); }
  | K_SUPPRESSING K_RETRANSMIT rest
      { KIND(IMPAIR); S(TEXT, $3); }
  /* established (IKEv2 v4/v5) and authentication */
  | role K_ESTABLISHED K_IKE K_SA ';' K_AUTHENTICATED rest
      { KIND(IKE_ESTABLISHED); I(IKE_VERSION, 2); px_auth(px, &$7); }
  | K_ESTABLISHED K_IKE K_SA ';' K_AUTHENTICATED rest
      { KIND(IKE_ESTABLISHED); I(IKE_VERSION, 2); px_auth(px, &$6); }
  | role K_ESTABLISHED K_CHILD K_SA K_USING SERIAL ';' rest
      { KIND(CHILD_ESTABLISHED); I(IKE_VERSION, 2); I(PARENT, $6.i); px_child(px, &$8); }
  | K_ESTABLISHED K_CHILD K_SA K_USING SERIAL ';' rest
      { KIND(CHILD_ESTABLISHED); I(IKE_VERSION, 2); I(PARENT, $5.i); px_child(px, &$7); }
  | role K_REKEYED K_CHILD K_SA SERIAL K_USING SERIAL ';' rest
      { KIND(CHILD_ESTABLISHED); I(IKE_VERSION, 2); I(REPLACES, $5.i); I(PARENT, $7.i); px_child(px, &$9); }
  | K_REKEYED SERIAL CAPS rest
      { /* v3.25-v4.4 "rekeyed #2 STATE_V2_REKEY_CHILD_I1 and expire it ...":
           logged on the new SA */
        KIND(REKEY); I(TARGET, $2.i); I(REPLACES, $2.i); S(STATE, $3); }
  | K_NEGOTIATED K_CONNECTION rest
      { KIND(CHILD_NEGOTIATED); I(IKE_VERSION, 2); px_tail(px, &$3, PX_TS); }
  | K_NEGOTIATED K_TUNNEL rest
      { KIND(CHILD_NEGOTIATED); I(IKE_VERSION, 2); px_tail(px, &$3, PX_TS); }
  | K_ACCEPTED K_SELECTORS rest
      { KIND(CHILD_NEGOTIATED); I(IKE_VERSION, 2); px_tail(px, &$3, PX_TS); }
  | K_AUTHENTICATED K_USING rest
      { KIND(AUTHENTICATED); px_auth(px, &$3); }
  | K_AUTHENTICATED K_PEER rest
      { KIND(AUTHENTICATED); px_auth(px, &$3); }
  | sa_noun K_ESTABLISHED K_BUT rest
      { KIND(TRANSITION_FAILED); S(REASON, $4); }
  | sa_noun K_AUTHENTICATION K_REQUEST K_REJECTED K_BY K_PEER ':' rest
      { KIND(AUTH_FAILED); I(IKE_VERSION, 2); S(NOTIFY, $8); }
  | sa_noun K_AUTHENTICATION K_FAILED rest
      { KIND(AUTH_FAILED); I(IKE_VERSION, 2); px_reason(px, &$4); }
  | K_AUTHENTICATION K_FAILED rest
      { KIND(AUTH_FAILED); px_reason(px, &$3); px_tail(px, &$3, PX_ID); }
  | K_PSK K_AUTHENTICATION K_FAILED rest
      { KIND(AUTH_FAILED); L(AUTH, "secret"); px_reason(px, &$4); }
  | K_AUTH K_MISMATCH ':' rest
      { KIND(AUTH_FAILED); px_reason(px, &$4); }
  | K_RSA K_SIGNATURE rest
      { KIND(AUTH_FAILED); L(AUTH, "rsasig"); S(REASON, $3); }
  | K_PROBABLE K_AUTHENTICATION K_FAILURE rest
      { KIND(MALFORMED_PAYLOAD); L(REASON, "probable PSK mismatch"); }
  | K_SENT K_IPSEC K_CHILD rest
      { KIND(SENT); EXCH(CREATE_CHILD_SA); I(IKE_VERSION, 2); ROLE_IS(INITIATOR); L(STORY, "request"); }
  | K_CANT K_AUTHENTICATE ':' rest
      { KIND(NO_PSK); S(REASON, $4); }
  | K_NEXT K_PAYLOAD K_TYPE rest
      { KIND(MALFORMED_PAYLOAD); S(REASON, $4); }
  | K_MESSAGE K_FOR CAPS rest
      { KIND(MALFORMED_PAYLOAD); S(STATE, $3); S(REASON, $4); }
  | K_MESSAGE K_IGNORED K_BECAUSE rest
      { KIND(MALFORMED_PAYLOAD); S(REASON, $4); }
  | K_PACKET K_REJECTED ':' rest
      { KIND(MALFORMED_PAYLOAD); S(REASON, $4); }
  /* proposals */
  | K_OAKLEY K_TRANSFORM BRACKET K_REFUSED rest
      { KIND(TRANSFORM_REFUSED); I(IKE_VERSION, 1); EXCH(MAIN); px_transform(px, &$3); px_reason(px, &$5); }
  | K_IPSEC K_TRANSFORM BRACKET K_REFUSED rest
      { KIND(TRANSFORM_REFUSED); I(IKE_VERSION, 1); EXCH(QUICK); px_transform(px, &$3); px_reason(px, &$5); }
  | K_ESP K_IPSEC K_TRANSFORM BRACKET K_REFUSED rest
      { KIND(TRANSFORM_REFUSED); I(IKE_VERSION, 1); EXCH(QUICK); px_transform(px, &$4); px_reason(px, &$6); }
  | K_NO K_LOCAL K_PROPOSAL K_MATCHES K_REMOTE K_PROPOSALS rest
      { KIND(PROPOSAL_NOMATCH); I(IKE_VERSION, 2); S(PROPOSALS, $7); }
  | K_NO K_PROPOSAL K_CHOSEN K_FROM rest
      { KIND(PROPOSAL_NOMATCH); I(IKE_VERSION, 2); S(PROPOSALS, $5); }
  | K_PROPOSAL PROPS K_CHOSEN K_FROM K_REMOTE K_PROPOSALS rest
      { KIND(PROPOSAL_CHOSEN); I(IKE_VERSION, 2); S(PROPOSAL, $2); S(PROPOSALS, $7); }
  | K_PROPOSAL PROPS KV K_CHOSEN K_FROM K_REMOTE K_PROPOSALS rest
      { KIND(PROPOSAL_CHOSEN); I(IKE_VERSION, 2); S(PROPOSAL, $2); S(PROPOSALS, $8); }
  | v2exch K_RESPONDER rest
      { KIND(TRANSITION_FAILED); ROLE_IS(RESPONDER); S(REASON, $3);
        if (px_contains(&$3, "NO_PROPOSAL_CHOSEN")) { KIND(PROPOSAL_NOMATCH); L(NOTIFY, "NO_PROPOSAL_CHOSEN"); } }
  | K_TRANSFORM '(' rest
      { KIND(ALG_WARNING); S(TEXT, $3); }
  | K_MULTIPLE rest
      { KIND(ALG_WARNING); S(TEXT, $2); }
  | K_DELETING K_PREVIOUS K_PROPOSAL rest
      { KIND(ALG_WARNING); S(TEXT, $4); }
  | K_YOU K_SHOULD K_NOT rest
      { KIND(ALG_WARNING); S(TEXT, $4); }
  | K_IKEV1 K_AGGRESSIVE K_MODE K_WITH K_PSK rest
      { KIND(CONN_WARNING); L(TEXT, "IKEv1 Aggressive Mode with PSK"); }
  | CAPS K_IS K_NOT K_SUPPORTED rest
      { KIND(ATTRIBUTE_REFUSED); I(IKE_VERSION, 1); S(TEXT, $1); px_reason(px, &$5); }
  | WORD K_IS K_NOT K_SUPPORTED rest
      { KIND(ATTRIBUTE_REFUSED); I(IKE_VERSION, 1); S(TEXT, $1); px_reason(px, &$5); }
  | K_POLICY K_DOES K_NOT K_ALLOW rest
      { KIND(ATTRIBUTE_REFUSED); I(IKE_VERSION, 1); S(TEXT, $5); }
  | K_WE K_REQUIRE rest
      { KIND(NO_ACCEPTABLE); I(IKE_VERSION, 1); L(WHAT, "pfs"); S(REASON, $3); }
  | K_RECEIVED K_UNAUTHENTICATED rest
      { px_unauth(px, &$3); }
  /* traffic selectors */
  | K_CHILD WORD K_TRAFFIC K_SELECTOR rest
      { KIND(TS_UNACCEPTABLE); I(IKE_VERSION, 2); S(TEXT, $5); }
  | K_RESPONSE K_FOR K_CHILD K_SA SERIAL K_WAS K_REJECTED K_WITH CAPS rest
      { I(TARGET, $5.i); px_notify_fail(px, &$9); }
  | K_STATE K_TRANSITION rest
      { KIND(TRANSITION_FAILED); px_transition(px, &$3); }
  /* notifications */
  | K_IGNORING K_INFORMATIONAL K_PAYLOAD CAPS ',' rest
      { KIND(NOTIFY_RECEIVED); S(NOTIFY, $4); L(ACTION, "ignored"); px_msgid(px, &$6); }
  | K_IGNORING K_INFORMATIONAL K_PAYLOAD ',' K_TYPE CAPS rest
      { KIND(NOTIFY_RECEIVED); S(NOTIFY, $6); L(ACTION, "ignored"); }
  | K_IGNORING WORD K_INFORMATIONAL K_PAYLOAD CAPS rest
      { KIND(NOTIFY_RECEIVED); S(NOTIFY, $5); L(ACTION, "ignored"); }
  | K_IGNORING v2exch K_RESPONSE K_CONTAINING CAPS rest
      { px_notify_fail(px, &$5); }
  | K_DROPPING K_UNEXPECTED v2exch K_MESSAGE K_CONTAINING CAPS rest
      { px_notify_fail(px, &$6); }
  | K_UNEXPECTED v2exch K_MESSAGE K_CONTAINING CAPS rest
      { px_notify_fail(px, &$5); }
  | K_DROPPING K_PACKET rest
      { KIND(PACKET); S(TEXT, $3); }
  | K_DROPPING v2exch rest
      { KIND(PACKET); S(TEXT, $3); }
  | K_INFORMATIONAL K_EXCHANGE rest
      { KIND(INFORMATIONAL); S(TEXT, $3); }
  | v2exch v2dir K_HAS rest
      { KIND(PACKET); S(TEXT, $4); }
  | K_QUICK K_MODE rest
      { KIND(INFORMATIONAL); I(IKE_VERSION, 1); S(TEXT, $3); }
  | K_NON_CRITICAL K_PAYLOAD K_IGNORED rest
      { KIND(PACKET); S(TEXT, $4); }
  | K_IGNORING K_IKEV1 K_PACKET rest
      { KIND(IKE_VERSION); I(IKE_VERSION, 1); S(TEXT, $4);
        if (px_contains(&$4, "drop all IKEv1")) L(REASON, "ikev1-policy"); }
  | K_IGNORING K_UNKNOWN K_IKEV2 rest
      { KIND(IKE_VERSION); I(IKE_VERSION, 2); S(TEXT, $4); }
  | K_IGNORING K_UNKNOWN K_VENDOR rest
      { KIND(VENDOR_ID); S(TEXT, $4); }
  | K_IGNORING K_DELETE rest
      { KIND(DELETE_RECEIVED); L(ACTION, "ignored"); S(TEXT, $3); }
  /* packets without a connection */
  | K_INITIAL K_MAIN K_MODE K_MESSAGE K_RECEIVED rest
      { KIND(NO_CONN_PACKET); I(IKE_VERSION, 1); EXCH(MAIN); px_noconn(px, &$6); }
  | K_INITIAL K_AGGRESSIVE K_MODE rest
      { KIND(NO_CONN_PACKET); I(IKE_VERSION, 1); EXCH(AGGRESSIVE); px_noconn(px, &$4); }
  | K_INITIAL K_PARENT K_SA K_MESSAGE rest
      { KIND(NO_CONN_PACKET); I(IKE_VERSION, 2); EXCH(IKE_SA_INIT); px_noconn(px, &$5); }
  | WORD K_MESSAGE K_RECEIVED rest
      { KIND(NO_CONN_PACKET); I(IKE_VERSION, 2); EXCH(IKE_SA_INIT); px_noconn(px, &$4); }
  /* delete, expire, revival */
  | K_RECEIVED K_DELETE delete_sa K_PAYLOAD rest
      { KIND(DELETE_RECEIVED); px_delete_received(px, &$3, &$5); }
  | K_DELETING K_ESTABLISHED rest
      { KIND(DELETE_SENT); I(IKE_VERSION, 2); px_tail(px, &$3, PX_PARENT); }
  | K_DELETING K_CONNECTION rest
      { KIND(CONN_DELETING); if ($3.s) S(TEXT, $3); }
  | K_DELETING WORD rest
      { if (px_in(&$2, "incomplete|larval")) { KIND(DELETE_STATE); S(REASON, $3); }
        else if (px_in(&$2, "non-instance|template|group|connection's")) KIND(CONN_DELETING);
        else if (px_in(&$2, "existing")) { KIND(DAEMON); L(ACTION, "event"); S(TEXT, $3); } /* "deleting existing REKEY event" */
        else YYERROR; }
  | K_INITIATING K_DELETE K_OF rest
      { KIND(DELETE_SENT); S(TEXT, $4); }
  | sa_noun K_EXPIRED rest
      { KIND(EXPIRED); L(WHAT, $1.i <= 2 ? "IKE" : "Child"); px_reason(px, &$3); }
  | sa_noun K_IS rest
      { KIND(CONN_TERMINATING); S(TEXT, $3); }
  | traffic_proto K_TRAFFIC K_INFORMATION ':' KV KV rest
      { KIND(TRAFFIC); px_kv(px, PL_F_BYTES_IN, &$5); px_kv(px, PL_F_BYTES_OUT, &$6); }
  | K_DELETING sa_noun K_BUT rest
      { KIND(REVIVAL); S(TEXT, $4); if (px_contains(&$4, "received a Delete")) L(REASON, "peer-delete"); }
  | K_CONNECTION K_IS K_SUPPOSED rest
      { KIND(REVIVAL); px_tail(px, &$4, 0); S(TEXT, $4); }
  | K_REVIVING rest
      { KIND(REVIVAL); S(TEXT, $2); if (px_contains(&$2, "received Delete")) L(REASON, "peer-delete"); }
  | K_INITIATING K_REKEY K_TO rest
      { KIND(INITIATE); EXCH(CREATE_CHILD_SA); I(IKE_VERSION, 2); ROLE_IS(INITIATOR);
        px_tail(px, &$4, PX_REPLACES | PX_PARENT); px_rekey_kind(px, &$4); }
  /* connection level */
  | K_FAILED K_TO K_ADD K_CONNECTION ':' rest
      { KIND(CONN_ADD_FAILED); S(REASON, $6); add_failed_reason(px, &$6); }
  | K_FAILED K_TO fail_verb rest
      { KIND(WARNING); px_s(px, PL_F_TEXT, $3.s, $4.s ? ($4.s + $4.n) - $3.s : $3.n); }
  | K_CONNECTION K_IS K_USING rest
      { KIND(CONN_WARNING); S(TEXT, $4); }
  | K_CONNECTION K_DOES K_NOT rest
      { KIND(CONN_WARNING); S(TEXT, $4); }
  | K_CONNECTION K_FAILED rest
      { KIND(ID_MISMATCH); S(REASON, $3); }
  | K_WE K_CANNOT rest
      { KIND(CONN_WARNING); S(TEXT, $3); }
  /* "We cannot identify ourselves with either end of this connection": the
   * connection cannot be loaded or started (left=/right= are not this host) */
  | WORD K_CANNOT rest
      { if (!px_in(&$1, "We")) YYERROR;
        KIND(CONN_ADD_FAILED); S(REASON, $3); L(WHAT, "no-local-end"); }
  | K_SUBNET addr K_ALREADY rest
      { KIND(CONN_WARNING); S(ADDRESS, $2); }
  | K_SWITCHED K_TO DQSTR rest
      { KIND(CONN_SWITCHED); Q(TEXT, $3); }
  | K_EXTRA K_DEBUGGING rest
      { KIND(DAEMON); S(TEXT, $3); }
  | K_CONFLICT K_ON K_EROUTE rest
      { KIND(ROUTE_CONFLICT); S(TEXT, $4); }
  | K_CANNOT K_ROUTE rest
      { KIND(ROUTE_CONFLICT); S(TEXT, $3); }
  | K_CANNOT K_INSTALL rest
      { KIND(ROUTE_CONFLICT); S(TEXT, $3); }
  | K_QUEUE sa_noun ';' rest
      { KIND(INITIATE); EXCH(CHILD); ROLE_IS(INITIATOR); S(TEXT, $4); }
  | K_INITIATE K_ON_DEMAND rest
      { KIND(INITIATE); S(REASON, $3); }
  | K_OMITTING rest
      { KIND(SENT); S(TEXT, $2); }
  /* updown and kernel */
  | K_COMMAND DQSTR ':' rest
      { px_command(px, &$2, &$4); }
  | K_RUNNING K_UPDOWN rest
      { KIND(UPDOWN_OUTPUT); S(TEXT, $3); }
  | K_UNABLE K_TO rest
      { px_unable(px, &$3); }
  | K_NETLINK rest
      { KIND(KERNEL_ERROR); px_tail(px, &$2, PX_ERRNO); S(TEXT, $2); }
  | K_KERNEL rest
      { KIND(DAEMON); px_tail(px, &$2, PX_ERRNO); if (px_has(px, PL_F_ERRNO)) KIND(KERNEL_ERROR); S(TEXT, $2); }
  /* NAT, vendor IDs, XAUTH, ModeCfg */
  | K_NAT_TRAVERSAL ':' rest
      { KIND(NAT); S(TEXT, $3); }
  | K_ENABLING K_POSSIBLE rest
      { KIND(NAT); S(TEXT, $3); }
  | K_RECEIVED K_VENDOR K_ID K_PAYLOAD rest
      { KIND(VENDOR_ID); px_ts(px, PL_F_TEXT, &$5); }
  | K_XAUTH ':' rest
      { KIND(XAUTH); S(TEXT, $3); px_xauth(px, &$3); }
  | K_XAUTH K_COMPLETED rest
      { KIND(XAUTH); S(TEXT, $3); }
  | WORD K_PROMPT K_FOR rest
      { KIND(XAUTH); S(TEXT, $4); }
  | K_PROMPT K_FOR rest
      { KIND(XAUTH); S(TEXT, $3); }
  | CAPS K_ERROR_UC ':' rest
      { px_cert(px, &$4); if (px->ev.kind == PL_EV_CERT) KIND(ERROR); }
  | K_ERROR_UC ':' rest
      { px_cert(px, &$3); if (px->ev.kind == PL_EV_CERT) KIND(ERROR); }
  | K_FIPS ':' rest
      { px_cert(px, &$3); }
  | K_RECEIVED WORD CAPS rest
      { KIND(NOTIFY_RECEIVED); S(NOTIFY, $3); }
  | K_RECEIVED WORD K_BUT rest
      { KIND(NOTIFY_RECEIVED); S(NOTIFY, $2); L(ACTION, "ignored"); }
  | K_RECEIVED K_HASH K_PAYLOAD rest
      { KIND(AUTH_FAILED); I(IKE_VERSION, 1); L(REASON, "hash payload mismatch (PSK?)"); }
  | K_RECEIVED K_MODE rest
      { KIND(MODECFG); S(TEXT, $3); }
  | K_RECEIVED K_AND K_IGNORED CAPS rest
      { KIND(MODECFG); S(TEXT, $4); L(ACTION, "ignored"); }
  | K_RECEIVED K_AND K_FAILED rest
      { KIND(INFORMATIONAL); S(TEXT, $4); }
  | K_REQUEST K_TO rest
      { KIND(WARNING); S(TEXT, $3); }
  | K_CANT K_FIND rest
      { KIND(CERT); S(TEXT, $3); }
  | sa_noun K_INITIATING rest
      { KIND(INITIATE); EXCH(CHILD); ROLE_IS(INITIATOR); S(TEXT, $3); }
  | CAPS QSTR rest
      { KIND(ID_MISMATCH); S(ID_TYPE, $1); Q(ID, $2); S(REASON, $3); }
  | v2exch K_RESPONSE K_MISSING rest
      { KIND(TRANSITION_FAILED); S(REASON, $4); }
  | K_CONNECTION K_ALLOWS rest
      { KIND(CONN_WARNING); S(TEXT, $3); }
  | K_DROPPING WORD rest
      { KIND(PACKET); S(TEXT, $3); }
  | K_SWITCHED K_FROM rest
      { KIND(CONN_SWITCHED); S(TEXT, $3); }
  | K_SWITCHING rest
      { KIND(CONN_SWITCHED); S(TEXT, $2); }
  | K_STARTING K_PLUTO rest
      { KIND(DAEMON); S(TEXT, $3); }
  | K_USING K_LINUX rest
      { KIND(DAEMON); S(TEXT, $3); }
  | K_LISTENING rest
      { KIND(DAEMON); S(TEXT, $2); }
  | K_LOADING rest
      { KIND(DAEMON); S(TEXT, $2); }
  | K_INCLUDING rest
      { KIND(DAEMON); S(TEXT, $2); }
  | K_ADDED addr K_TO rest
      { KIND(DAEMON); S(ADDRESS, $2); }
  | K_INITIATE WORD rest
      { KIND(REKEY); S(TEXT, $2); }
  | K_NOTE ':' rest
      { KIND(DAEMON); S(TEXT, $3); }
  | K_AUTHENTICATION K_OF rest
      { KIND(XAUTH); S(TEXT, $3); }
  | K_IGNORING CAPS rest
      { KIND(MODECFG); S(TEXT, $3); L(ACTION, "ignored"); }
  | K_PEER K_CERTIFICATE rest
      { KIND(ID_MISMATCH); S(REASON, $3); }
  | K_NO WORD rest
      { if (px_in(&$2, "existing")) { KIND(DAEMON); L(ACTION, "event"); S(TEXT, $3); } /* "no existing REAUTH event to delete" */
        else if (!px_in(&$2, "useful")) YYERROR; else { KIND(PACKET); S(TEXT, $3); } }
  | K_MESSAGE K_RESPONSE rest
      { KIND(MALFORMED_PAYLOAD); S(REASON, $3); }
  | K_MODECFG ':' rest
      { KIND(MODECFG); S(TEXT, $3); }
  | K_RECEIVED lease rest
      { KIND(MODECFG); px_s(px, PL_F_TEXT, $2.s, $3.s ? ($3.s + $3.n) - $2.s : $2.n); }
  | K_SETTING rest
      { KIND(MODECFG); S(TEXT, $2); }
  /* certificates, keys, PPK */
  | K_I K_AM K_SENDING rest
      { KIND(CERT); S(TEXT, $4); }
  | K_I K_DID K_NOT rest
      { KIND(CERT); S(TEXT, $4); }
  | K_CERTIFICATE rest
      { px_cert(px, &$2); }
  | CAPS K_PAYLOAD rest
      { px_cert(px, &$3); }
  | K_PEER CAPS K_PAYLOAD rest
      { KIND(ID_MISMATCH); S(REASON, $4); }
  | K_NO K_CERTIFICATE rest
      { KIND(CERT); S(TEXT, $3); }
  | K_NO K_CRL rest
      { KIND(CERT); S(TEXT, $3); }
  | K_PRIVATE K_KEY rest
      { KIND(CERT); S(TEXT, $3); }
  | K_PPK rest
      { KIND(PPK); S(TEXT, $2); }
  | K_REQUESTED CAPS rest
      { KIND(PPK); S(TEXT, $3); }
  /* redirect, TCP */
  | K_SCHEDULING K_REDIRECT rest
      { KIND(REDIRECT); S(TEXT, $3); }
  | v2exch K_RESPONSE K_REDIRECTS rest
      { KIND(REDIRECT); S(TEXT, $4); }
  | K_INITIATING K_A K_REDIRECT rest
      { KIND(REDIRECT); S(TEXT, $4); }
  | K_INITIATING v2exch K_REDIRECT rest
      { KIND(REDIRECT); S(TEXT, $4); }
  | K_IKETCP rest
      { KIND(TCP); S(TEXT, $2); }
  /* daemon */
  | K_ADDING rest
      { KIND(DAEMON); S(TEXT, $2); }
  | K_CREATED K_IPSEC_INTERFACE rest
      { KIND(DAEMON); S(TEXT, $3); }
  | K_DELETE K_IPSEC_INTERFACE rest
      { KIND(DAEMON); S(TEXT, $3); }
  | K_CANNOT K_DELETE K_IPSEC_INTERFACE rest
      { KIND(DAEMON); S(TEXT, $4); }
  | CAPS K_SELFTEST rest
      { KIND(DAEMON); S(TEXT, $1); }
  | CAPS K_HASH K_SELFTEST rest
      { KIND(DAEMON); S(TEXT, $1); }
  | CAPS K_HMAC K_SELFTEST rest
      { KIND(DAEMON); S(TEXT, $1); }
  | K_ALL K_CRYPTO rest
      { KIND(DAEMON); S(TEXT, $3); }
  | K_IKE_ALG ':' rest
      { KIND(DAEMON); S(TEXT, $3); }
  | K_TESTING K_REGISTERED rest
      { KIND(DAEMON); S(TEXT, $3); }
  /* the start-up banner: self-tests, algorithm table, build options */
  | K_TESTING CAPS ':'
      { KIND(DAEMON); S(TEXT, $2); }
  | K_ENCRYPTING rest
      { KIND(DAEMON); S(TEXT, $2); }
  | K_RFC NUM rest
      { KIND(DAEMON); S(TEXT, $3); }
  | K_CAMELLIA ':' rest
      { KIND(DAEMON); S(TEXT, $3); }
  | K_ONE K_BLOCK
      { KIND(DAEMON); }
  | K_TWO K_BLOCKS rest
      { KIND(DAEMON); }
  | K_EMPTY K_STRING
      { KIND(DAEMON); }
  | CAPS alg_sizes K_IKEV1 ':' rest
      { KIND(DAEMON); S(TEXT, $1); L(WHAT, "algorithm"); }
  | algo_subj K_ALGORITHMS ':'
      { KIND(DAEMON); S(TEXT, $1); }
  | K_STARTED rest
      { KIND(DAEMON); S(TEXT, $2); }
  | K_STARTING K_UP rest
      { KIND(DAEMON); S(TEXT, $3); }
  | WORD K_SECCOMP rest
      { KIND(DAEMON); S(TEXT, $1); }
  | K_SECCOMP rest
      { KIND(DAEMON); S(TEXT, $2); }
  | K_SHUTTING K_DOWN rest
      { KIND(DAEMON); S(TEXT, $3); L(ACTION, "shutdown"); }
  | K_PLUTO K_IS rest
      { KIND(DAEMON); S(TEXT, $3);
        if ($3.n >= 13 && !memcmp($3.s, "shutting down", 13)) L(ACTION, "shutdown"); }
  | K_RESCHEDULE rest
      { KIND(REKEY); S(TEXT, $2); }
  | CAPS K_RESULT ':' rest
      { KIND(DAEMON); S(TEXT, $4); }
  | WORD K_ALGORITHM K_STRING ':' rest
      { KIND(CONN_WARNING); S(TEXT, $5); }
  | K_GATEWAY rest
      { KIND(DAEMON); S(TEXT, $2); }
  | WORD K_FAIL
      { KIND(KERNEL_ERROR); S(TEXT, $1); }
  | K_LOADED rest
      { KIND(DAEMON); S(TEXT, $2); }
  | WORD K_TO K_IKEV1 rest
      { KIND(IKE_VERSION); I(IKE_VERSION, 1); S(TEXT, $4); }
  | K_NEXT K_ATTEMPT rest
      { KIND(IKE_VERSION); S(TEXT, $3); }
  | K_NO K_RSA rest
      { KIND(AUTH_FAILED); L(AUTH, "rsasig"); S(REASON, $3); }
  | K_IKEV2 K_LIVENESS rest
      { KIND(DPD); L(WHAT, "liveness"); S(TEXT, $3); }
  | K_IKEV2 K_PEER rest
      { KIND(DPD); L(WHAT, "liveness"); S(TEXT, $3); }
  | K_RSA K_AUTHENTICATION rest
      { KIND(AUTH_FAILED); L(AUTH, "rsasig"); S(REASON, $3); }
  | WORD K_CERTIFICATE rest
      { px_cert(px, &$3); }
  | K_IGNORING K_VENDOR rest
      { KIND(VENDOR_ID); S(TEXT, $3); }
  | K_MISSING rest
      { KIND(MALFORMED_PAYLOAD); S(REASON, $2); }
  | K_SENDING WORD rest
      { if (!px_in(&$2, "bogus")) YYERROR; KIND(IMPAIR); S(TEXT, $3); }
  | WORD WORD K_PROPOSALS ':' rest
      { KIND(CONN_PROPOSALS); S(PROPOSALS, $5); }
  | WORD K_IKE K_PROPOSALS ':' rest
      { KIND(CONN_PROPOSALS); L(WHAT, "IKE"); S(PROPOSALS, $5); }
  | K_ASKING rest
      { KIND(DAEMON); S(TEXT, $2); }
  | K_LEAK rest
      { KIND(DAEMON); S(TEXT, $2); }
  /* "local IKE proposals (WHY): ..." (3.32), "constructed local ESP/AH
   * proposals for NAME (WHY): ..." (3.2x): the list an IKEv2 end offers */
  | K_LOCAL local_prop_proto K_PROPOSALS rest
      { KIND(CONN_PROPOSALS); S(WHAT, $2); S(TEXT, $4); }
  | WORD K_LOCAL local_prop_proto K_PROPOSALS rest
      { KIND(CONN_PROPOSALS); S(WHAT, $3); S(TEXT, $5); }
  | K_MARKING rest
      { KIND(DAEMON); S(TEXT, $2); }
  | sa_noun SERIAL rest
      { KIND(DAEMON); I(TARGET, $2.i); S(TEXT, $3); }
  | K_FORGETTING rest
      { KIND(DAEMON); S(TEXT, $2); }
  | K_NETLINK_EXPIRE rest
      { KIND(DAEMON); S(TEXT, $2); }
  | K_SYSTEMD rest
      { KIND(DAEMON); S(TEXT, $2); }
  | K_SELINUX rest
      { KIND(DAEMON); S(TEXT, $2); }
  | WORD K_SUPPORT rest
      { KIND(DAEMON); S(TEXT, $1); }
  | WORD K_DISABLED
      { KIND(DAEMON); S(TEXT, $1); }
  | K_NAT_TRAVERSAL K_SUPPORT rest
      { KIND(DAEMON); L(TEXT, "NAT-Traversal support"); }
  | K_XAUTH CAPS K_SUPPORT rest
      { KIND(DAEMON); L(TEXT, "XAUTH PAM support"); }
  | K_LINUX rest
      { KIND(DAEMON); S(TEXT, $2); }
  | CAPS K_CRYPTO rest
      { KIND(DAEMON); S(TEXT, $3); }
  | K_FIPS K_MODE rest
      { KIND(DAEMON); S(TEXT, $3); }
  | K_FIPS CAPS rest
      { KIND(DAEMON); S(TEXT, $3); }
  | NUM CAPS rest
      { KIND(DAEMON); S(TEXT, $3); }
  | K_INITIALIZING rest
      { KIND(DAEMON); S(TEXT, $2); }
  | K_IKEV2 K_KEY rest
      { KIND(DAEMON); S(TEXT, $3); }
  | K_SECRETS K_FILE ':' rest
      { KIND(DAEMON); S(TEXT, $4); }
  | K_CORE K_DUMP rest
      { KIND(DAEMON); S(TEXT, $3); }
  | K_INITIATING K_CONNECTION QSTR rest
      { KIND(REVIVAL); Q(TEXT, $3); }
  | WORD K_HIT K_FAIL ':'
      { KIND(KERNEL_ERROR); S(TEXT, $1); }
  | cat_text
  ;

local_prop_proto:
    K_IKE | K_ESP | K_AH | WORD
  ;

alg_sizes:
    %empty
  | BRACKET
  | BRACE
  ;

algo_subj:
    WORD | CAPS | K_IPCOMP | K_PRF | K_HASH
  ;

fail_verb:
    WORD | K_FIND
  ;

delete_sa:
    K_SA | WORD
  ;

traffic_proto:
    K_ESP | K_AH | K_IPCOMP
  ;

lease:
    K_IPV4 | K_IPV6 | K_SUBNET | K_CISCO | K_DNS | K_IP | K_DOMAIN | CAPS
  ;

/* ---- catalogue (issue 21): messages from pluto's source ----------------
 * Wordings found in data/catalogue.tsv (tools/catalogue/ reads them out of
 * Libreswan's source at every corpus version) that the rules above did not
 * know; diagnosis-relevant ones first.  tests/test-catalogue.c checks them
 * all against the kinds of tools/catalogue/kinds.tsv. */

/* ending in fixed tokens */
cat_core:
    K_ESTABLISHED K_IKE K_SA BRACE
      { /* v5 "established IKE SA {cipher=... integ=n/a ...}" (AEAD: no integ) */
        KIND(IKE_ESTABLISHED); I(IKE_VERSION, 2); px_brace(px, &$4); }
  | K_AUTH K_RESPONSE K_CONTAINED K_THE K_ERROR K_NOTIFICATION CAPS
      { /* v3.2x "AUTH response contained the error notification NO_PROPOSAL_CHOSEN" */
        EXCH(IKE_AUTH); I(IKE_VERSION, 2); px_notify_fail(px, &$7); }
  ;

/* ending in free text */
cat_text:
    /* lines seen in help requests (field-dev) */
    WORD K_FAILED rest
      { if (!px_in(&$1, "reapchild")) YYERROR; KIND(DAEMON); S(TEXT, $3); }
  | NUM K_CRYPTO rest
      { KIND(DAEMON); S(TEXT, $3); L(ACTION, "helpers"); }
  /* msgs: a Child SA refused while the IKE SA has no policy UP (ikev2_ike_auth.c); the IKE SA goes too */
  | K_PEER K_REJECTED sa_noun '(' CAPS ')' rest
      { /* "peer rejected Child SA  (TS_UNACCEPTABLE) and IKE SA does not have policy UP" */
        I(IKE_VERSION, 2); EXCH(IKE_AUTH); px_notify_fail(px, &$5); L(ACTION, "rejected-by-peer");
        if ($7.s) S(TEXT, $7); }
  | K_RESPONSE K_FOR K_CHILD K_SA SERIAL K_WAS K_REJECTED '(' CAPS ')' rest
      { /* "response for Child SA #2 was rejected (NO_PROPOSAL_CHOSEN) and IKE SA does not have policy UP":
           this end refused the peer's answer */
        I(IKE_VERSION, 2); EXCH(IKE_AUTH); I(TARGET, $5.i); px_notify_fail(px, &$9); L(ACTION, "refused-here");
        if ($11.s) S(TEXT, $11); }
  /* msgs: NAT-T vendor IDs ignored without port floating (v3.x ikev1 vendor.c) */
  | K_IGNORING K_RECEIVED K_VENDOR K_ID K_PAYLOAD rest
      { /* "ignoring received Vendor ID payload [RFC 3947] method=RFC 3947 (NAT-Traversal), because port floating is off" */
        KIND(VENDOR_ID); L(ACTION, "ignored"); if ($6.s) S(TEXT, $6); }
  /* msgs: v3.x NSS start-up, before "FATAL: NSS initialization failure" (lib/libswan/lswnss.c) */
  | WORD K_OF CAPS K_WITH rest
      { /* "Initialization of NSS with read-only database "sql:/etc/ipsec.d" failed (-8174)" */
        if (!px_in(&$1, "Initialization") || !px_in(&$3, "NSS")) YYERROR;
        KIND(ERROR); L(WHAT, "nss"); px_s(px, PL_F_TEXT, $1.s, $5.s ? ($5.s + $5.n) - $1.s : ($4.s + $4.n) - $1.s); }
  /* msgs: pluto installs a block policy for a selector the peer did not accept (kernel_policy.c) */
  | K_STATE WORD K_REQUIRES K_A K_BLOCK rest
      { /* "state spd requires a block (and no CAT?)" */
        if (!px_in(&$2, "spd")) YYERROR;
        KIND(DAEMON); L(WHAT, "kernel-policy"); L(ACTION, "block"); px_s(px, PL_F_TEXT, $1.s, $6.s ? ($6.s + $6.n) - $1.s : ($5.s + $5.n) - $1.s); }
  /* msgs: whack's connection status, the updown script (whack_connectionstatus.c) */
  | KV WORD ';' rest
      { /* "my_updown=updown.sh custom; my_updown-config=noasync,exec;" */
        if ($1.n < 10 || memcmp($1.s, "my_updown=", 10)) YYERROR;
        KIND(STATUS); L(WHAT, "updown"); px_s(px, PL_F_TEXT, $1.s, $4.s ? ($4.s + $4.n) - $1.s : ($3.s + $3.n) - $1.s); }
  | WORD K_TRAFFIC K_SELECTOR rest
      { if (!px_in(&$1, "non-CIDR")) YYERROR; KIND(TS_UNACCEPTABLE); S(REASON, $4); }
  | sa_noun K_PROPOSALS '(' K_NEW rest
      { KIND(CONN_PROPOSALS); }
  | K_DELETING sa_noun K_FOR K_CONNECTION QSTR K_BUT rest
      { KIND(REVIVAL); S(TEXT, $7); }
  | WORD KV rest
      { if (!px_in(&$1, "keeping")) YYERROR; KIND(REKEY); S(TEXT, $2); }
  | K_RECEIVED K_AND K_IGNORED K_EMPTY K_INFORMATIONAL rest
      { KIND(INFORMATIONAL); }
  |
    /* "EXPECTATION FAILED: expr (in f() at file:line)"; v2 "... FAILED at file:line: expr" */
    K_EXPECTATION K_FAILED_UC rest
      { KIND(PLUTO_FAILURE); L(WHAT, "expectation"); if ($3.s) S(TEXT, $3); }
  | K_ABORT ':' K_ASSERTION K_FAILED_UC rest
      { KIND(PLUTO_FAILURE); L(WHAT, "assertion"); if ($5.s) S(TEXT, $5); }
  | K_ASSERTION K_FAILED_UC rest
      { KIND(PLUTO_FAILURE); L(WHAT, "assertion"); if ($3.s) S(TEXT, $3); }
  /* tunnel vs transport */
  | K_LOCAL K_POLICY K_REQUIRES tunnel_mode K_BUT rest
      { KIND(MODE_MISMATCH); S(REASON, $6); }
  | K_LOCAL K_POLICY K_IS tunnel_mode rest
      { /* "Local policy is transport mode, but peer did not request that" */
        KIND(MODE_MISMATCH); if ($5.s) S(REASON, $5); }
  | K_POLICY K_DICTATES tunnel_mode rest
      { KIND(MODE_MISMATCH); S(REASON, $4); }
  /* authentication */
  | K_RECEIVED QSTR K_MESSAGE WORD rest
      { /* IKEv1 "received 'quick_inI1_outR1' message HASH(1) data does not match computed value" */
        if ($4.n < 4 || memcmp($4.s, "HASH", 4) != 0) YYERROR;
        KIND(AUTH_FAILED); I(IKE_VERSION, 1); Q(STATE, $2); S(REASON, $5); }
  | K_DIGITAL K_SIGNATURE K_AUTHENTICATION K_USING any K_FAILED rest
      { KIND(AUTH_FAILED); I(IKE_VERSION, 2); S(AUTH, $5); if ($7.s) S(REASON, $7); }
  | K_CONNECTION K_REQUIRES K_PPK rest
      { KIND(PPK_FAILED); I(IKE_VERSION, 2); L(AUTH, "ppk"); if ($4.s) S(REASON, $4); }
  /* proposals */
  | CAPS K_HAS NUM rest
      { /* "KE has 0 byte DH public value; 256 required": the DH group's size */
        if (!px_in(&$1, "KE")) YYERROR;
        KIND(INVALID_KE); I(COUNT, $3.i); S(REASON, $4); }
  | role v2exch CAPS K_PAYLOAD K_IS NUM rest
      { /* 5.x: "initiator IKE_SA_INIT KE payload is 0 bytes; 64 required" (catalogue: unpack.c) */
        if (!px_in(&$3, "KE")) YYERROR;
        KIND(INVALID_KE); I(COUNT, $6.i); S(REASON, $7); }
  | K_OAKLEY K_PROPOSAL K_REFUSED rest
      { /* "OAKLEY proposal refused: missing DH" */
        KIND(TRANSFORM_REFUSED); I(IKE_VERSION, 1); EXCH(MAIN); px_reason(px, &$4); }
  | K_AH K_IPSEC K_TRANSFORM K_REFUSED rest
      { KIND(TRANSFORM_REFUSED); I(IKE_VERSION, 1); EXCH(QUICK); L(PROTO, "AH"); px_reason(px, &$5); }
  | K_ESP K_IPSEC K_TRANSFORM K_REFUSED rest
      { KIND(TRANSFORM_REFUSED); I(IKE_VERSION, 1); EXCH(QUICK); L(PROTO, "ESP"); px_reason(px, &$5); }
  | K_IPSEC K_PROPOSAL rest
      { /* "IPsec Proposal contains invalid SPI (0x...)", "IPsec Proposal with improper SPI size" */
        KIND(NO_ACCEPTABLE); I(IKE_VERSION, 1); L(WHAT, "ipsec"); if ($3.s) S(REASON, $3); }
  | v2exch K_FAILED K_WITH K_ERROR K_NOTIFICATION CAPS K_RESPONSE rest
      { /* "CREATE_CHILD_SA failed with error notification INVALID_KE_PAYLOAD response suggesting ..." */
        px_notify_fail(px, &$6); }
  | CAPS WORD rest
      { /* "NSS Password file "..." does not contain token "..."", "NSS error setting OCSP cache parameters" */
        if (!px_in(&$1, "NSS") || !px_in(&$2, "Password|error")) YYERROR;
        KIND(ERROR); L(WHAT, "nss"); px_s(px, PL_F_TEXT, $2.s, $3.s ? ($3.s + $3.n) - $2.s : $2.n); }
  /* kernel */
  | CAPS K_MESSAGE K_FROM K_KERNEL rest
      { /* "XFRM_MSG_ACQUIRE message from kernel malformed: family 3 unknown" */
        KIND(KERNEL_ERROR); S(TEXT, $1); if ($5.s) S(REASON, $5); }
  | WORD K_IPSEC K_SA K_FAILED rest
      { /* "Installing IPsec SA failed - check logs or dmesg" */
        if (!px_in(&$1, "Installing")) YYERROR;
        KIND(KERNEL_ERROR); if ($5.s) S(REASON, $5); }
  /* XAUTH, DPD */
  | K_XAUTH WORD rest
      { /* "XAUTH User Name contains NUL character: rejected", "XAUTH password prompt failed." */
        KIND(XAUTH); px_s(px, PL_F_TEXT, $2.s, $3.s ? ($3.s + $3.n) - $2.s : $2.n); }
  | K_DPD WORD rest
      { /* "DPD initialization failed - continuing without DPD" */
        KIND(DPD); px_s(px, PL_F_TEXT, $2.s, $3.s ? ($3.s + $3.n) - $2.s : $2.n); }
  /* exchanges out of step */
  | K_UNEXPECTED v2exch K_RESPONSE rest
      { /* "unexpected INFORMATIONAL response, expecting IKE_AUTH (...); message dropped" */
        KIND(PACKET); L(ACTION, "dropped"); if ($4.s) S(TEXT, $4); }
  | K_UNEXPECTED v2exch K_REQUEST rest
      { KIND(PACKET); L(ACTION, "dropped"); if ($4.s) S(TEXT, $4); }
  /* rekey */
  | K_REKEY K_OF sa_noun rest
      { /* "rekey of Child SA abandoned" */
        KIND(REKEY); L(WHAT, $3.i <= 2 ? "IKE" : "Child"); if ($4.s) S(REASON, $4); }
  | K_REKEY ':' rest
      { /* "rekey: received Traffic Selectors does not contain existing IPsec SA Traffic Selectors" */
        KIND(REKEY); if ($3.s && px_contains(&$3, "Traffic Selectors")) KIND(TS_UNACCEPTABLE);
        if ($3.s) S(REASON, $3); }
  /* mobility, reachability */
  | K_MOBIKE rest
      { KIND(MOBIKE); I(IKE_VERSION, 2); if ($2.s) S(TEXT, $2); }
  | K_CANNOT K_INITIATE rest
      { KIND(INITIATE_FAILED); S(REASON, $3); }
  | K_FAILED K_TO K_INITIATE rest
      { /* revival: "failed to initiate connection" */
        KIND(INITIATE_FAILED); if ($4.s) S(REASON, $4); }
  | K_CANNOT WORD rest
      { /* "cannot instantiate connection: resolution of "peer" failed: ..." */
        if (!px_in(&$2, "instantiate")) YYERROR;
        KIND(INITIATE_FAILED); if ($3.s) S(REASON, $3); }
  /* lines of the test-suite corpus the catalogue found unrecognised, most
   * frequent first (tools/catalogue/rank.py) */
  | K_FAILED K_TO K_ADD any K_CONNECTION ':' rest
      { /* "failed to add IKEv1 connection: global ikev1-policy does not allow IKEv1 connections" */
        KIND(CONN_ADD_FAILED); if ($7.s) { S(REASON, $7); add_failed_reason(px, &$7); } }
  | WORD WORD CAPS K_STRING rest
      { /* "bad left CA string '...': unknown OID in ID_DER_ASN1_DN (ignored)" */
        if (!px_in(&$1, "bad") || !px_in(&$3, "CA")) YYERROR;
        KIND(CONN_WARNING); S(TEXT, $5); }
  | WORD CAPS WORD WORD
      { /* "calling REKEY event handler" */
        if (!px_in(&$1, "calling") || !px_in(&$3, "event")) YYERROR;
        KIND(DAEMON); S(WHAT, $2); L(ACTION, "event"); }
  | K_CANNOT K_DELETE KV rest
      { /* "cannot delete ipsec-interface=ipsec17 if_id=17, not created by pluto" */
        KIND(KERNEL_ERROR); S(TEXT, $3); if ($4.s) S(REASON, $4); }
  | K_CAN K_NOT K_DELETE KV rest
      { KIND(KERNEL_ERROR); S(TEXT, $4); if ($5.s) S(REASON, $5); }
  | K_DELETE KV rest
      { /* "delete ipsec-interface=ipsec1 if_id=1 added by pluto" */
        KIND(DAEMON); S(TEXT, $2); }
  | WORD WORD K_IS K_NOT rest
      { /* "legacy RSA-SHA1 is not allowed but peer supports nothing else" */
        if (!px_in(&$1, "legacy")) YYERROR;
        KIND(AUTH_FAILED); I(IKE_VERSION, 2); L(AUTH, "rsasig"); if ($5.s) S(REASON, $5); }
  | K_REDIRECT WORD ',' rest
      { /* "redirect loop, stop initiating IKEv2 exchanges" */
        KIND(REDIRECT); I(IKE_VERSION, 2); S(REASON, $2); }
  | K_IKE_AUTH K_REDIRECT rest
      { /* "IKE_AUTH redirect loop, ...", "IKE_AUTH redirect exceeds limit; assuming redirect loop" */
        KIND(REDIRECT); I(IKE_VERSION, 2); if ($3.s) S(REASON, $3); }
  | CAPS K_MESSAGE K_RESPONSE K_WITH rest
      { /* "ISAKMP_v2_CREATE_CHILD_SA message response with Message ID 2 has no matching SA" */
        KIND(PACKET); I(IKE_VERSION, 2); L(ACTION, "dropped"); S(TEXT, $5); }
  | WORD WORD WORD WORD rest
      { /* "interface search skipped interface eth1 as it does not have nic-offload support" */
        if (!px_in(&$1, "interface") || !px_in(&$2, "search") || !px_in(&$3, "skipped")) YYERROR;
        KIND(DAEMON); S(TEXT, $5); }
  | WORD K_DELETE
      { /* "intiating delete" (sic, 4.6 to 4.15) */
        if (!px_in(&$1, "intiating")) YYERROR;
        KIND(DELETE_SENT); I(IKE_VERSION, 2); }
  | K_CONNECTION K_MATCHES WORD rest
      { /* "connection matches both left eth1 192.1.2.45 and right eth1 192.1.2.23" */
        if (!px_in(&$3, "both")) YYERROR;
        KIND(CONN_WARNING); S(TEXT, $4); }
  | K_INITIATING K_CONNECTION WORD K_RECEIVED rest
      { /* "initiating connection which received a Delete/Notify but must remain up per local policy" */
        if (!px_in(&$3, "which")) YYERROR;
        KIND(REVIVAL); S(TEXT, $5); }
  | WORD K_IPCOMP K_REQUEST rest
      { if (!px_in(&$1, "Unexpected")) YYERROR; /* "Unexpected IPCOMP request as our connection policy did not indicate support for it" */
        KIND(NO_ACCEPTABLE); L(WHAT, "ipcomp"); S(REASON, $4); }
  | K_IKEV1 K_DPD WORD rest
      { /* "IKEv1 DPD requres both dpddelay and dpdtimeout" (sic) */
        KIND(CONN_WARNING); L(WHAT, "dpd"); S(TEXT, $3); }
  | K_AN K_RSA WORD WORD K_FAILED rest
      { /* "an RSA Sig check failed 'east' with *AwEAAb... [preloaded keys]" */
        KIND(AUTH_FAILED); L(AUTH, "rsasig"); if ($6.s) S(REASON, $6); }
  | K_INITIATE K_REKEY K_OF rest
      { /* "initiate rekey of IKEv2 CREATE_CHILD_SA IKE Rekey" */
        KIND(REKEY); I(IKE_VERSION, 2); S(TEXT, $4); }
  | v2exch v2dir WORD rest
      { /* "IKE_AUTH request fragment 1 of 4 has duplicate Message ID 1; retransmitting response" */
        if (!px_in(&$3, "fragment")) YYERROR;
        KIND(DUPLICATE); I(IKE_VERSION, 2); S(TEXT, $4); }
  | WORD WORD K_IPSEC K_SA rest
      { /* "queuing pending IPsec SA negotiating with 192.1.2.23 IKE SA #1 "west"" */
        if (!px_in(&$1, "queuing") || !px_in(&$2, "pending")) YYERROR;
        KIND(DAEMON); L(ACTION, "queued"); S(TEXT, $5); }
  | WORD CAPS K_NOTIFICATION K_RESPONSE K_IGNORED
      { /* "unsolicited MOBIKE_SUPPORTED notification response ignored" */
        if (!px_in(&$1, "unsolicited")) YYERROR;
        KIND(NOTIFY_RECEIVED); I(IKE_VERSION, 2); S(NOTIFY, $2); L(ACTION, "ignored"); }
  /* configuration */
  | K_FAILED K_TO K_ADD K_CONNECTION DQSTR rest
      { KIND(CONN_ADD_FAILED); if ($6.s) { S(REASON, $6); add_failed_reason(px, &$6); }
        if (!px->cx.conn_s) px_obj(px, &$5, NULL); }
  | K_WARNING_CAP ':' rest
      { KIND(WARNING); if ($3.s) S(TEXT, $3); }
  | KV K_IGNORED rest
      { /* "nic-offload=crypto ignored for never-negotiate connection" */
        KIND(CONN_WARNING); px_s(px, PL_F_TEXT, $1.s, $3.s ? ($3.s + $3.n) - $1.s : ($2.s + $2.n) - $1.s); }
  | K_IGNORING KV rest
      { /* "ignoring ikev2=yes which conflicts with keyexchange=IKEv1" */
        KIND(CONN_WARNING); px_s(px, PL_F_TEXT, $2.s, $3.s ? ($3.s + $3.n) - $2.s : $2.n); }
  /* identity, authentication */
  | K_PEER WORD rest
      { /* "Peer public key SubjectAltName does not match peer ID for this connection",
           "Peer wants to continue without PPK - switching to NO_PPK" */
        if (px_in(&$2, "public") && $3.s && px_contains(&$3, "does not match")) { KIND(ID_MISMATCH); S(REASON, $3); }
        else if (px_in(&$2, "wants") && $3.s && px_contains(&$3, "PPK")) { KIND(PPK); S(TEXT, $3); }
        else if (px_in(&$2, "public") && $3.s && px_contains(&$3, "not available")) {
          /* "Peer public key is not available for this exchange" */
          KIND(AUTH_FAILED); S(REASON, $3); }
        else if (px_in(&$2, "attempted")) { /* "Peer attempted EAP authentication, but EAP is not allowed" */
          KIND(AUTH_FAILED); S(REASON, $3); }
        else YYERROR; }
  | K_AUTHENTICATION WORD rest
      { /* "authentication method IKEv2_AUTH_RESERVED not supported" */
        if (!px_in(&$2, "method")) YYERROR;
        KIND(AUTH_FAILED); S(REASON, $3); }
  | CAPS K_SIGNATURE rest
      { /* "ECDSA Signature check (on 'east') failed (wrong key?); tried ..." */
        if (!px_in(&$1, "ECDSA|RSA|EDDSA")) YYERROR;
        KIND(AUTH_FAILED); S(AUTH, $1); if ($3.s) S(REASON, $3); }
  | CAPS K_AUTHENTICATION K_FAILED rest
      { /* "NULL Authentication failed: AUTH mismatch!" */
        KIND(AUTH_FAILED); S(AUTH, $1); if ($4.s) S(REASON, $4); }
  | K_PEER K_ID QSTR K_IS K_NOT rest
      { /* "Peer ID 'x' is not specified on the certificate SubjectAltName (SAN) and no better connection found" */
        KIND(ID_MISMATCH); Q(ID, $3); if ($6.s) S(REASON, $6); }
  | K_NO K_KERNEL rest
      { /* "No Kernel XFRM/NETKEY interface detected" */
        KIND(KERNEL_ERROR); if ($3.s) S(REASON, $3); }
  | K_NO K_MATCHING rest
      { /* "No matching subjectAltName found" */
        KIND(ID_MISMATCH); if ($3.s) S(REASON, $3); }
  | sa_noun K_AUTHENTICATION K_REQUEST K_REJECTED ':' CAPS rest
      { /* v3.2x: the peer answered our IKE_AUTH with a failure notification */
        I(IKE_VERSION, 2); EXCH(IKE_AUTH); px_notify_fail(px, &$6); }
  /* IKEv2 exchanges processed (v5.2 "initiator processed IKE_INTERMEDIATE; ...") */
  | role K_PROCESSED v2exch ';' rest
      { KIND(PROCESSING); S(STORY, $5); }
  /* commands pluto runs itself (BSD ipsec-interface), their output and exit */
  | K_COMMAND ':' rest
      { KIND(DAEMON); if ($3.s) S(TEXT, $3); }
  | K_OUTPUT ':' rest
      { KIND(DAEMON); if ($3.s) S(TEXT, $3); }
  | WORD ':' rest
      { /* "eof: 0; exited yes(0); signaled: no(0); stopped: no(0); core: no" (BSD
           interface commands); "Error: invalid accepted proposal." */
        if (px_in(&$1, "eof")) { KIND(DAEMON); if ($3.s) S(TEXT, $3); }
        else if (px_in(&$1, "Error|error")) { KIND(ERROR); if ($3.s) S(TEXT, $3); }
        else if ($1.n >= 16 && !memcmp($1.s, "ike_alg_register", 16)) { KIND(DAEMON); if ($3.s) S(TEXT, $3); }
        else YYERROR; }
  | K_BSD rest
      { KIND(DAEMON); if ($2.s) S(TEXT, $2); }
  /* msgs: the key exchange */
  | WORD K_KEY WORD K_USING CAPS K_FAILED rest
      { /* "NSS: shared key calculation using MODP failed: SEC_ERROR_NO_MEMORY: ..." (also ECP):
           NSS could not derive the DH shared secret from the peer's KE (lib/libswan/ike_alg_dh_nss_*_ops.c) */
        if (!px_in(&$1, "shared") || !px_in(&$3, "calculation")) YYERROR;
        KIND(DH_FAILED); S(WHAT, $5); px_reason(px, &$7); }
  ;

/* free text to the end of the line; $$ spans it (s == NULL when empty) */
rest:
    %empty          { $$.s = NULL; $$.n = 0; }
  | rest any        { $$ = $1.s ? px_span(&$1, &$2) : $2; }
  ;

any:
    NUM | DEC | DUR | SERIAL | HEX | ADDR | SPEC | CAPS | KV | WORD | QSTR | DQSTR | BRACE | BRACKET
  | ARROW | TEXT | PROPS | ':' | ',' | ';' | '.' | '!' | '?' | '-' | '(' | ')'
  /* KEYWORDS */
  | K_A | K_ACCEPTABLE | K_ACCEPTED | K_ACTION | K_ADD | K_ADDED | K_ADDING
  | K_AFTER | K_AGED | K_AGGRESSIVE | K_AH | K_ALGORITHM | K_ALGORITHMS | K_ALL
  | K_ALLOW | K_ALLOWS | K_ALREADY | K_AM | K_AN | K_AND | K_ASKING
  | K_AT | K_ATTEMPT | K_AUTH | K_AUTHBY | K_AUTHENTICATE | K_AUTHENTICATED | K_AUTHENTICATION
  | K_AWAITING | K_BE | K_BECAUSE | K_BEEN | K_BETTER | K_BLOCK | K_BLOCKS
  | K_BUT | K_BY | K_BYTES | K_CAMELLIA | K_CAN | K_CANNOT | K_CANT
  | K_CERTIFICATE | K_CHILD | K_CHOSEN | K_CISCO | K_CLEARING | K_CLIENT | K_COMMAND
  | K_COMPATIBLE | K_COMPLETED | K_CONFIGURED | K_CONFIRMATION | K_CONFLICT | K_CONNECTION | K_CONTAINED
  | K_CONTAINING | K_CORE | K_COULD | K_CREATED | K_CREATE_CHILD_SA | K_CRL | K_CRYPTO
  | K_DEAD | K_DEBUGGING | K_DECRYPTED | K_DELETE | K_DELETING | K_DESCRIPTION | K_DETECTION
  | K_DID | K_DISABLED | K_DISCARDING | K_DNS | K_DOES | K_DOMAIN | K_DOWN
  | K_DPD | K_DROPPING | K_DUMP | K_DUPLICATE | K_EMPTY | K_ENABLING | K_ENCOUNTERED
  | K_ENCRYPTED | K_ENCRYPTING | K_EROUTE | K_ERROR | K_ERROR_UC | K_ESP | K_ESTABLISHED
  | K_EXCEEDED | K_EXCHANGE | K_EXITED | K_EXPECTED | K_EXPECTING | K_EXPIRED | K_EXTRA
  | K_FAIL | K_FAILED | K_FAILURE | K_FATAL | K_FILE | K_FIND | K_FIPS
  | K_FIRST | K_FOR | K_FORGETTING | K_FOUND | K_FROM | K_GATEWAY | K_HAS
  | K_HASH | K_HIT | K_HMAC | K_I | K_ID | K_IGNORED | K_IGNORING
  | K_IKE | K_IKETCP | K_IKEV1 | K_IKEV2 | K_IKE_ALG | K_IKE_AUTH | K_IKE_INTERMEDIATE
  | K_IKE_SA_INIT | K_IKE_SESSION_RESUME | K_IN | K_INBOUND | K_INCLUDING | K_INFORMATION | K_INFORMATIONAL
  | K_INFORMATIONAL_X | K_INITIAL | K_INITIALIZING | K_INITIATE | K_INITIATING | K_INITIATOR | K_INSTALL
  | K_INSTALLED | K_IP | K_IPCOMP | K_IPSEC | K_IPSEC_INTERFACE | K_IPV4 | K_IPV6
  | K_IS | K_ISAKMP | K_KERNEL | K_KEY | K_KEYING | K_KIND | K_KNOWN
  | K_LEAK | K_LENGTH | K_LINUX | K_LISTENING | K_LIVENESS | K_LIVENESS_CHECK | K_LOADED
  | K_LOADING | K_LOCAL | K_MAIN | K_MALFORMED | K_MARKING | K_MATCHES | K_MAX
  | K_MESSAGE | K_MISMATCH | K_MISMATCHED | K_MISSING | K_MODE | K_MODECFG | K_MOST
  | K_MULTIPLE | K_NAT_TRAVERSAL | K_NEGOTIATED | K_NETLINK | K_NETLINK_EXPIRE | K_NEW | K_NEWEST
  | K_NEXT | K_NO | K_NON_CRITICAL | K_NOT | K_NOTE | K_NOTIFICATION | K_NUMBER
  | K_OAKLEY | K_OF | K_OMITTING | K_ON | K_ONE | K_ON_DEMAND | K_ORIENTED
  | K_OTHER | K_OUTPUT | K_PACKET | K_PARENT | K_PASSTHROUGH | K_PAYLOAD | K_PEER
  | K_PHASE | K_PLUTO | K_POLICY | K_PORT | K_POSSIBLE | K_POSSIBLY | K_PPK
  | K_PREVIOUS | K_PRF | K_PRIVATE | K_PROBABLE | K_PROCESSED | K_PROCESSING | K_PROMPT
  | K_PROPOSAL | K_PROPOSALS | K_PROPOSED | K_PSK | K_QUEUE | K_QUICK | K_REACHED
  | K_RECEIVED | K_REDIRECT | K_REDIRECTS | K_REFUSED | K_REGISTERED | K_REJECTED | K_REKEY
  | K_REKEYED | K_RELEASING | K_REMAIN | K_REMOTE | K_REPLACE | K_REPLACED | K_REPLACING
  | K_REPLY | K_REQUEST | K_REQUESTED | K_REQUIRE | K_REQUIRED | K_RESCHEDULE | K_RESPOND
  | K_RESPONDER | K_RESPONDING | K_RESPONSE | K_RESULT | K_RETRANSMISSION | K_RETRANSMISSIONS | K_RETRANSMIT
  | K_RETRANSMITS | K_RETRANSMITTING | K_RETRY | K_REVIVING | K_RFC | K_ROUTE | K_RSA
  | K_RUNNING | K_SA | K_SAS | K_SCHEDULE | K_SCHEDULING | K_SECCOMP | K_SECOND
  | K_SECONDS | K_SECRETS | K_SELECTOR | K_SELECTORS | K_SELFTEST | K_SELINUX | K_SENDING
  | K_SENT | K_SETTING | K_SHORT | K_SHOULD | K_SHUTTING | K_SIGNAL | K_SIGNATURE
  | K_STARTED | K_STARTING | K_STATE | K_STATUS | K_STRING | K_SUBNET | K_SUITABLE
  | K_SUPPORT | K_SUPPORTED | K_SUPPOSED | K_SUPPRESSING | K_SWITCHED | K_SWITCHING | K_SYSTEMD
  | K_TERMINATING | K_TESTING | K_THAN | K_THE | K_THEM | K_THIS | K_TIMEOUT
  | K_TO | K_TOO | K_TRAFFIC | K_TRANSFORM | K_TRANSITION | K_TRANSPORT | K_TUNNEL
  | K_TWO | K_TYPE | K_UNABLE | K_UNAUTHENTICATED | K_UNEXPECTED | K_UNKNOWN | K_UNLIMITED
  | K_UNORIENTED | K_UP | K_UPDOWN | K_US | K_USING | K_VENDOR | K_WAIT
  | K_WAS | K_WE | K_WHACK | K_WILDCARD | K_WILL | K_WITH | K_XAUTH
  | K_YOU
  /* catalogue (issue 21) keywords */
  | K_EXPECTATION | K_FAILED_UC | K_ABORT | K_ASSERTION | K_REQUIRES | K_DICTATES | K_DIGITAL | K_MOBIKE
  | K_WARNING_CAP | K_MATCHING | K_BSD
  ;

/* any token but a parenthesis (inside "( ... )") */
anyp:
    NUM | DEC | DUR | SERIAL | HEX | ADDR | SPEC | CAPS | KV | WORD | QSTR | DQSTR | BRACE | BRACKET
  | ARROW | TEXT | PROPS | ':' | ',' | ';' | '.' | '!' | '?' | '-'
  /* KEYWORDS */
  | K_A | K_ACCEPTABLE | K_ACCEPTED | K_ACTION | K_ADD | K_ADDED | K_ADDING
  | K_AFTER | K_AGED | K_AGGRESSIVE | K_AH | K_ALGORITHM | K_ALGORITHMS | K_ALL
  | K_ALLOW | K_ALLOWS | K_ALREADY | K_AM | K_AN | K_AND | K_ASKING
  | K_AT | K_ATTEMPT | K_AUTH | K_AUTHBY | K_AUTHENTICATE | K_AUTHENTICATED | K_AUTHENTICATION
  | K_AWAITING | K_BE | K_BECAUSE | K_BEEN | K_BETTER | K_BLOCK | K_BLOCKS
  | K_BUT | K_BY | K_BYTES | K_CAMELLIA | K_CAN | K_CANNOT | K_CANT
  | K_CERTIFICATE | K_CHILD | K_CHOSEN | K_CISCO | K_CLEARING | K_CLIENT | K_COMMAND
  | K_COMPATIBLE | K_COMPLETED | K_CONFIGURED | K_CONFIRMATION | K_CONFLICT | K_CONNECTION | K_CONTAINED
  | K_CONTAINING | K_CORE | K_COULD | K_CREATED | K_CREATE_CHILD_SA | K_CRL | K_CRYPTO
  | K_DEAD | K_DEBUGGING | K_DECRYPTED | K_DELETE | K_DELETING | K_DESCRIPTION | K_DETECTION
  | K_DID | K_DISABLED | K_DISCARDING | K_DNS | K_DOES | K_DOMAIN | K_DOWN
  | K_DPD | K_DROPPING | K_DUMP | K_DUPLICATE | K_EMPTY | K_ENABLING | K_ENCOUNTERED
  | K_ENCRYPTED | K_ENCRYPTING | K_EROUTE | K_ERROR | K_ERROR_UC | K_ESP | K_ESTABLISHED
  | K_EXCEEDED | K_EXCHANGE | K_EXITED | K_EXPECTED | K_EXPECTING | K_EXPIRED | K_EXTRA
  | K_FAIL | K_FAILED | K_FAILURE | K_FATAL | K_FILE | K_FIND | K_FIPS
  | K_FIRST | K_FOR | K_FORGETTING | K_FOUND | K_FROM | K_GATEWAY | K_HAS
  | K_HASH | K_HIT | K_HMAC | K_I | K_ID | K_IGNORED | K_IGNORING
  | K_IKE | K_IKETCP | K_IKEV1 | K_IKEV2 | K_IKE_ALG | K_IKE_AUTH | K_IKE_INTERMEDIATE
  | K_IKE_SA_INIT | K_IKE_SESSION_RESUME | K_IN | K_INBOUND | K_INCLUDING | K_INFORMATION | K_INFORMATIONAL
  | K_INFORMATIONAL_X | K_INITIAL | K_INITIALIZING | K_INITIATE | K_INITIATING | K_INITIATOR | K_INSTALL
  | K_INSTALLED | K_IP | K_IPCOMP | K_IPSEC | K_IPSEC_INTERFACE | K_IPV4 | K_IPV6
  | K_IS | K_ISAKMP | K_KERNEL | K_KEY | K_KEYING | K_KIND | K_KNOWN
  | K_LEAK | K_LENGTH | K_LINUX | K_LISTENING | K_LIVENESS | K_LIVENESS_CHECK | K_LOADED
  | K_LOADING | K_LOCAL | K_MAIN | K_MALFORMED | K_MARKING | K_MATCHES | K_MAX
  | K_MESSAGE | K_MISMATCH | K_MISMATCHED | K_MISSING | K_MODE | K_MODECFG | K_MOST
  | K_MULTIPLE | K_NAT_TRAVERSAL | K_NEGOTIATED | K_NETLINK | K_NETLINK_EXPIRE | K_NEW | K_NEWEST
  | K_NEXT | K_NO | K_NON_CRITICAL | K_NOT | K_NOTE | K_NOTIFICATION | K_NUMBER
  | K_OAKLEY | K_OF | K_OMITTING | K_ON | K_ONE | K_ON_DEMAND | K_ORIENTED
  | K_OTHER | K_OUTPUT | K_PACKET | K_PARENT | K_PASSTHROUGH | K_PAYLOAD | K_PEER
  | K_PHASE | K_PLUTO | K_POLICY | K_PORT | K_POSSIBLE | K_POSSIBLY | K_PPK
  | K_PREVIOUS | K_PRF | K_PRIVATE | K_PROBABLE | K_PROCESSED | K_PROCESSING | K_PROMPT
  | K_PROPOSAL | K_PROPOSALS | K_PROPOSED | K_PSK | K_QUEUE | K_QUICK | K_REACHED
  | K_RECEIVED | K_REDIRECT | K_REDIRECTS | K_REFUSED | K_REGISTERED | K_REJECTED | K_REKEY
  | K_REKEYED | K_RELEASING | K_REMAIN | K_REMOTE | K_REPLACE | K_REPLACED | K_REPLACING
  | K_REPLY | K_REQUEST | K_REQUESTED | K_REQUIRE | K_REQUIRED | K_RESCHEDULE | K_RESPOND
  | K_RESPONDER | K_RESPONDING | K_RESPONSE | K_RESULT | K_RETRANSMISSION | K_RETRANSMISSIONS | K_RETRANSMIT
  | K_RETRANSMITS | K_RETRANSMITTING | K_RETRY | K_REVIVING | K_RFC | K_ROUTE | K_RSA
  | K_RUNNING | K_SA | K_SAS | K_SCHEDULE | K_SCHEDULING | K_SECCOMP | K_SECOND
  | K_SECONDS | K_SECRETS | K_SELECTOR | K_SELECTORS | K_SELFTEST | K_SELINUX | K_SENDING
  | K_SENT | K_SETTING | K_SHORT | K_SHOULD | K_SHUTTING | K_SIGNAL | K_SIGNATURE
  | K_STARTED | K_STARTING | K_STATE | K_STATUS | K_STRING | K_SUBNET | K_SUITABLE
  | K_SUPPORT | K_SUPPORTED | K_SUPPOSED | K_SUPPRESSING | K_SWITCHED | K_SWITCHING | K_SYSTEMD
  | K_TERMINATING | K_TESTING | K_THAN | K_THE | K_THEM | K_THIS | K_TIMEOUT
  | K_TO | K_TOO | K_TRAFFIC | K_TRANSFORM | K_TRANSITION | K_TRANSPORT | K_TUNNEL
  | K_TWO | K_TYPE | K_UNABLE | K_UNAUTHENTICATED | K_UNEXPECTED | K_UNKNOWN | K_UNLIMITED
  | K_UNORIENTED | K_UP | K_UPDOWN | K_US | K_USING | K_VENDOR | K_WAIT
  | K_WAS | K_WE | K_WHACK | K_WILDCARD | K_WILL | K_WITH | K_XAUTH
  | K_YOU
  /* catalogue (issue 21) keywords */
  | K_EXPECTATION | K_FAILED_UC | K_ABORT | K_ASSERTION | K_REQUIRES | K_DICTATES | K_DIGITAL | K_MOBIKE
  | K_WARNING_CAP | K_MATCHING | K_BSD
  ;

%%
