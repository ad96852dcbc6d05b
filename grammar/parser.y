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
#define I(f, v) px_i(px, PL_F_##f, (v))
#define D(f, v) px_d(px, PL_F_##f, (v))
static void yyerror(pl_pctx *px, const char *msg) { (void) px; (void) msg; }
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
%token NUM DEC DUR SERIAL HEX ADDR SPEC CAPS KV WORD QSTR DQSTR BRACE BRACKET ARROW TEXT PROPS
%token K_ACCEPTABLE K_ACTION K_ADD K_ADDED K_AFTER K_AGED K_AGGRESSIVE K_AN K_AND K_ATTEMPT
%token K_AUTHENTICATED K_AUTHENTICATION K_AUTHBY K_BECAUSE K_BETTER K_BUT K_BYTES K_CANNOT K_CHILD K_CHOSEN
%token K_CLEARING K_CONFIGURED K_CONFIRMATION K_CONNECTION K_COULD K_DELETE K_DELETING K_DPD K_ENCRYPTED K_ESTABLISHED
%token K_EXPECTING K_EXPIRED K_FAILURE K_FIND K_FIPS K_FIRST K_FOR K_FOUND K_FROM K_HAS K_IGNORED K_IGNORING K_IKE
%token K_IKEV1 K_IKEV2 K_IN K_INBOUND K_INFORMATION K_INFORMATIONAL K_INITIAL K_INITIATE K_INITIATING K_INITIATOR
%token K_INSTALLED K_IPSEC K_IS K_ISAKMP K_KEYING K_KIND K_KNOWN K_LENGTH K_MAIN K_MALFORMED K_MESSAGE K_MISMATCHED
%token K_MODE K_NEW K_NEWEST K_NO K_NOT K_NOTIFICATION K_NUMBER K_OAKLEY K_OF K_ON K_ONE K_OUTPUT K_PACKET K_PAYLOAD
%token K_PEER K_PHASE K_PORT K_PROBABLE K_PROCESSING K_PROPOSAL K_PROPOSALS K_PROPOSED K_PSK K_PRF K_QUICK K_RECEIVED
%token K_REMAIN K_REMOTE K_REPLACE K_REPLACING K_REPLY K_REQUEST K_REQUIRED K_RESPOND K_RESPONDER K_RESPONDING
%token K_RESPONSE K_RETRANSMISSION K_RETRANSMITS K_SA K_SCHEDULE K_SECOND K_SENDING K_SENT K_SHORT K_STARTING
%token K_STATE K_SUPPOSED K_TERMINATING K_THE K_THEM K_THIS K_TIMEOUT K_EXCEEDED K_TO K_TOO K_TRAFFIC K_TRANSFORM
%token K_TUNNEL K_TRANSPORT K_UNKNOWN K_UNLIMITED K_UP K_US K_USING K_WAIT K_WILL K_WITH K_WILDCARD K_ESP K_AH
%token K_REFUSED K_IKE_SA_INIT K_IKE_AUTH K_CREATE_CHILD_SA K_DECRYPTED K_ID K_AT K_MOST K_A K_BE K_BEEN
%token K_THAN K_CAN K_SAS K_SECONDS

%%

input:
    %empty
  | input line
  ;

line:
    msg T_EOL           { px->matched = true; }
  | msg '(' rest T_EOL  { px->matched = true; /* a trailing "(note)" added by a person */ }
  | msgt T_EOL          { px->matched = true; }
  | error T_EOL         { px->errored = true; yyerrok; }
  ;

/* An optional v2.6–v3.32 state prefix ("STATE_MAIN_I1: ") or a v5.1+ short
 * state name ("IKE_SA_INIT_I: ") before the story. */
msg:
    core
  | CAPS ':' core       { px_state(px, &$1); }
  ;

/* messages that end in free text (no trailing note possible) */
msgt:
    core_text
  | CAPS ':' core_text  { px_state(px, &$1); }
  ;

core_text:
    NUM K_SECOND K_TIMEOUT K_EXCEEDED K_AFTER NUM K_RETRANSMITS rest
      { KIND(TIMEOUT); D(SECONDS, (double) $1.i); I(RETRANSMITS, $6.i); if ($8.s) S(REASON, $8); }
  | K_DPD ':' K_COULD K_NOT K_FIND K_NEWEST K_PHASE NUM K_STATE rest
      { KIND(DPD); L(ACTION, "no-phase1-state"); }
  | K_DPD K_ACTION '-' rest
      { KIND(DPD); if ($4.s) S(ACTION, $4); }
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
  | packet_msg
  | misc
  ;

/* ---- initiate ------------------------------------------------------- */

initiate:
    K_INITIATE
      { KIND(INITIATE); }
  | K_INITIATING K_IKEV1 K_MAIN K_MODE K_CONNECTION opt_replace
      { KIND(INITIATE); L(EXCHANGE, "main"); I(IKE_VERSION, 1); L(ROLE, "initiator"); }
  | K_INITIATING K_MAIN K_MODE opt_replace
      { KIND(INITIATE); L(EXCHANGE, "main"); I(IKE_VERSION, 1); L(ROLE, "initiator"); }
  | K_INITIATING K_IKEV1 K_AGGRESSIVE K_MODE K_CONNECTION opt_replace
      { KIND(INITIATE); L(EXCHANGE, "aggressive"); I(IKE_VERSION, 1); L(ROLE, "initiator"); }
  | K_INITIATING K_AGGRESSIVE K_MODE opt_replace
      { KIND(INITIATE); L(EXCHANGE, "aggressive"); I(IKE_VERSION, 1); L(ROLE, "initiator"); }
  | K_INITIATING K_QUICK K_MODE WORD opt_replace BRACE
      { KIND(INITIATE); L(EXCHANGE, "quick"); I(IKE_VERSION, 1); L(ROLE, "initiator");
        S(POLICY, $4); px_brace(px, &$6); }
  | K_INITIATING K_IKEV2 K_CONNECTION opt_replace
      { KIND(INITIATE); L(EXCHANGE, "ike_sa_init"); I(IKE_VERSION, 2); L(ROLE, "initiator"); }
  | K_INITIATING K_IKEV2 K_CONNECTION K_TO addr K_USING WORD
      { KIND(INITIATE); L(EXCHANGE, "ike_sa_init"); I(IKE_VERSION, 2); L(ROLE, "initiator"); S(PEER, $5); }
  ;

opt_replace:
    %empty
  | K_TO K_REPLACE SERIAL       { I(REPLACES, $3.i); }
  ;

opt_replacing:
    %empty
  | ',' K_REPLACING SERIAL      { I(REPLACES, $3.i); }
  | ',' K_TO K_REPLACE SERIAL   { I(REPLACES, $4.i); }
  ;

/* ---- respond -------------------------------------------------------- */

respond:
    K_RESPONDING K_TO K_MAIN K_MODE
      { KIND(RESPOND); L(EXCHANGE, "main"); I(IKE_VERSION, 1); L(ROLE, "responder"); }
  | K_RESPONDING K_TO K_MAIN K_MODE K_FROM K_UNKNOWN K_PEER addr
      { KIND(RESPOND); L(EXCHANGE, "main"); I(IKE_VERSION, 1); L(ROLE, "responder"); S(PEER, $8); }
  | K_RESPONDING K_TO K_MAIN K_MODE K_FROM K_UNKNOWN K_PEER addr K_ON K_PORT NUM
      { KIND(RESPOND); L(EXCHANGE, "main"); I(IKE_VERSION, 1); L(ROLE, "responder"); S(PEER, $8); I(PORT, $11.i); }
  | K_RESPONDING K_TO K_QUICK K_MODE K_PROPOSAL BRACE
      { KIND(RESPOND); L(EXCHANGE, "quick"); I(IKE_VERSION, 1); L(ROLE, "responder"); px_brace(px, &$6); }
  ;

/* ---- sent / state stories ------------------------------------------ */

sent:
    K_SENT K_MAIN K_MODE K_REQUEST opt_replacing
      { KIND(SENT); L(EXCHANGE, "main"); I(IKE_VERSION, 1); L(ROLE, "initiator"); L(STORY, "request"); }
  | K_SENT K_MAIN K_MODE CAPS
      { KIND(SENT); L(EXCHANGE, "main"); I(IKE_VERSION, 1); S(STORY, $4);
        L(ROLE, $4.s[0] == 'R' ? "responder" : "initiator"); }
  | K_SENT K_QUICK K_MODE K_REQUEST opt_replacing
      { KIND(SENT); L(EXCHANGE, "quick"); I(IKE_VERSION, 1); L(ROLE, "initiator"); L(STORY, "request"); }
  | K_SENT K_QUICK K_MODE K_REPLY ',' K_INBOUND K_IPSEC K_SA K_INSTALLED ',' K_EXPECTING K_CONFIRMATION tunnel_mode BRACE
      { KIND(SENT); L(EXCHANGE, "quick"); I(IKE_VERSION, 1); L(ROLE, "responder"); L(STORY, "reply"); px_brace(px, &$14); }
  | K_SENT K_IKE_SA_INIT K_REQUEST opt_to
      { KIND(SENT); L(EXCHANGE, "ike_sa_init"); I(IKE_VERSION, 2); L(ROLE, "initiator"); L(STORY, "request"); }
  | K_SENT K_IKE_SA_INIT K_REPLY BRACE
      { KIND(SENT); L(EXCHANGE, "ike_sa_init"); I(IKE_VERSION, 2); L(ROLE, "responder"); L(STORY, "reply"); px_brace(px, &$4); }
  | K_SENT K_IKE_AUTH K_REQUEST BRACE
      { KIND(SENT); L(EXCHANGE, "ike_auth"); I(IKE_VERSION, 2); L(ROLE, "initiator"); L(STORY, "request"); px_brace(px, &$4); }
  | K_SENT CAPS ',' K_EXPECTING CAPS opt_replacing
      { KIND(STATE_STORY); px_s(px, PL_F_STORY, $2.s, ($5.s + $5.n) - $2.s); }
  | K_PROCESSING K_DECRYPTED K_IKE_AUTH K_REQUEST ':' WORD
      { KIND(PROCESSING); L(EXCHANGE, "ike_auth"); I(IKE_VERSION, 2); L(ROLE, "responder"); S(TEXT, $6); }
  ;

opt_to:
    %empty
  | K_TO addr     { S(PEER, $2); }
  ;

tunnel_mode:
    K_TUNNEL K_MODE       { L(MODE, "tunnel"); }
  | K_TRANSPORT K_MODE    { L(MODE, "transport"); }
  ;

/* ---- established ---------------------------------------------------- */

established:
    ike_sa K_ESTABLISHED BRACE
      { KIND(IKE_ESTABLISHED); I(IKE_VERSION, 1); px_brace(px, &$3); }
  | K_SENT CAPS ',' ike_sa K_ESTABLISHED BRACE
      { KIND(IKE_ESTABLISHED); I(IKE_VERSION, 1); px_brace(px, &$6); }
  | K_IPSEC K_SA K_ESTABLISHED tunnel_mode BRACE
      { KIND(CHILD_ESTABLISHED); px_brace(px, &$5); }
  | K_SENT CAPS ',' K_IPSEC K_SA K_ESTABLISHED tunnel_mode BRACE
      { KIND(CHILD_ESTABLISHED); px_brace(px, &$8); }
  | role K_ESTABLISHED K_IKE K_SA ';' K_AUTHENTICATED K_PEER K_USING KV K_AND CAPS QSTR
      { KIND(IKE_ESTABLISHED); I(IKE_VERSION, 2); px_kv(px, PL_F_AUTH, &$9); S(ID_TYPE, $11); Q(ID, $12); }
  | role K_ESTABLISHED K_CHILD K_SA K_USING SERIAL ';' K_IPSEC K_TUNNEL BRACKET ARROW BRACKET BRACE
      { KIND(CHILD_ESTABLISHED); I(IKE_VERSION, 2); I(PARENT, $6.i); L(MODE, "tunnel");
        px_ts(px, PL_F_LOCAL_TS, &$10); px_ts(px, PL_F_REMOTE_TS, &$12); px_brace(px, &$13); }
  ;

ike_sa:
    K_IKE K_SA
  | K_ISAKMP K_SA
  ;

role:
    K_INITIATOR   { L(ROLE, "initiator"); }
  | K_RESPONDER   { L(ROLE, "responder"); }
  ;

/* ---- proposals ------------------------------------------------------ */

proposals:
    K_OAKLEY K_TRANSFORM BRACKET K_REFUSED
      { KIND(TRANSFORM_REFUSED); I(IKE_VERSION, 1); L(EXCHANGE, "main"); px_transform(px, &$3); }
  | K_NO K_ACCEPTABLE K_OAKLEY K_TRANSFORM
      { KIND(NO_ACCEPTABLE); I(IKE_VERSION, 1); L(WHAT, "oakley"); }
  | K_NO K_ACCEPTABLE K_PROPOSAL K_IN K_IPSEC K_SA
      { KIND(NO_ACCEPTABLE); I(IKE_VERSION, 1); L(WHAT, "ipsec"); }
  | K_PROPOSAL PROPS K_CHOSEN K_FROM K_REMOTE K_PROPOSALS PROPS
      { KIND(PROPOSAL_CHOSEN); I(IKE_VERSION, 2); S(PROPOSAL, $2); S(PROPOSALS, $7); }
  | K_PROPOSAL PROPS KV K_CHOSEN K_FROM K_REMOTE K_PROPOSALS PROPS
      { KIND(PROPOSAL_CHOSEN); I(IKE_VERSION, 2); S(PROPOSAL, $2); S(PROPOSALS, $8); }
  ;

/* ---- identity and authentication ----------------------------------- */

identity:
    K_PEER K_ID K_IS CAPS ':' QSTR
      { KIND(PEER_ID); S(ID_TYPE, $4); Q(ID, $6); }
  | K_PEER K_ID QSTR K_MISMATCHED K_ON K_FIRST K_FOUND K_CONNECTION K_AND K_NO K_BETTER K_CONNECTION K_FOUND
      { KIND(ID_MISMATCH); Q(ID, $3); }
  | K_PROBABLE K_AUTHENTICATION K_FAILURE '(' WORD K_OF WORD WORD '?' ')' ':' K_MALFORMED K_PAYLOAD K_IN K_PACKET
      { KIND(MALFORMED_PAYLOAD); L(REASON, "probable PSK mismatch"); }
  | WORD K_LENGTH K_OF K_ISAKMP WORD K_PAYLOAD K_IS WORD K_THAN K_CAN WORD
      { KIND(MALFORMED_PAYLOAD); S(TEXT, $1); }
  | K_CONNECTION WORD K_PSK K_LENGTH K_OF NUM K_BYTES K_IS K_TOO K_SHORT K_FOR CAPS K_PRF K_IN K_FIPS K_MODE '(' NUM K_BYTES K_REQUIRED ')'
      { KIND(PSK_WARNING); S(PRF, $12); I(COUNT, $6.i); }
  | QSTR K_PSK K_LENGTH K_OF NUM K_BYTES K_IS K_TOO K_SHORT K_FOR K_PRF CAPS K_IN K_FIPS K_MODE '(' NUM K_BYTES K_REQUIRED ')'
      { KIND(PSK_WARNING); S(PRF, $12); I(COUNT, $5.i); }
  ;

/* ---- traffic selectors ---------------------------------------------- */

selectors:
    K_THE K_PEER K_PROPOSED ':' addr ARROW addr
      { KIND(PEER_PROPOSED); I(IKE_VERSION, 1); S(LOCAL_TS, $5); S(REMOTE_TS, $7); }
  | K_US ':' addr K_THEM ':' addr
      { KIND(QM_ENDS); S(LOCAL_TS, $3); S(REMOTE_TS, $6); }
  | K_CANNOT K_RESPOND K_TO K_IPSEC K_SA K_REQUEST K_BECAUSE K_NO K_CONNECTION K_IS K_KNOWN K_FOR addr
      { KIND(NO_CONNECTION_FOR); S(TEXT, $13); }
  ;

addr:
    ADDR | SPEC | WORD | CAPS
  ;

/* ---- notifications -------------------------------------------------- */

notify:
    K_IGNORING K_INFORMATIONAL K_PAYLOAD CAPS ',' KV ',' KV
      { KIND(NOTIFY_RECEIVED); S(NOTIFY, $4); px_kv(px, PL_F_MSGID, &$6); L(ACTION, "ignored"); }
  | K_RECEIVED K_AND K_IGNORED K_NOTIFICATION K_PAYLOAD ':' CAPS
      { KIND(NOTIFY_RECEIVED); S(NOTIFY, $7); L(ACTION, "ignored"); }
  | K_SENDING K_NOTIFICATION CAPS K_TO addr
      { KIND(NOTIFY_SENT); S(NOTIFY, $3); S(PEER, $5); }
  | K_SENDING K_ENCRYPTED K_NOTIFICATION CAPS K_TO addr
      { KIND(NOTIFY_SENT); S(NOTIFY, $4); S(PEER, $6); }
  ;

/* ---- retransmission and timeouts ----------------------------------- */

retransmit:
    K_RETRANSMISSION ';' K_WILL K_WAIT number secs K_FOR K_RESPONSE
      { KIND(RETRANSMIT); D(SECONDS, $5.d); }
  | K_STARTING K_KEYING K_ATTEMPT NUM K_OF K_AN K_UNLIMITED K_NUMBER
      { KIND(KEYING_ATTEMPT); I(ATTEMPT, $4.i); I(MAX_ATTEMPTS, 0); }
  | K_STARTING K_KEYING K_ATTEMPT NUM K_OF K_AT K_MOST NUM
      { KIND(KEYING_ATTEMPT); I(ATTEMPT, $4.i); I(MAX_ATTEMPTS, $8.i); }
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
    K_DELETING K_STATE '(' CAPS ')' K_AGED DUR K_AND send_note
      { KIND(DELETE_STATE); S(STATE, $4); D(AGE, $7.d); }
  | K_RECEIVED K_DELETE WORD K_PAYLOAD ':' K_DELETING K_IPSEC K_STATE SERIAL
      { KIND(DELETE_RECEIVED); I(TARGET, $9.i); L(WHAT, "IPsec"); S(TEXT, $3); }
  | K_ESP K_TRAFFIC K_INFORMATION ':' KV KV
      { KIND(TRAFFIC); px_kv(px, PL_F_BYTES_IN, &$5); px_kv(px, PL_F_BYTES_OUT, &$6); }
  | K_IKE K_SA K_EXPIRED '(' CAPS '!' ')'
      { KIND(EXPIRED); L(WHAT, "IKE"); S(REASON, $5); }
  | K_DELETING K_ISAKMP K_SA K_BUT K_CONNECTION K_IS K_SUPPOSED K_TO K_REMAIN K_UP ';' K_SCHEDULE CAPS
      { KIND(REVIVAL); S(ACTION, $13); }
  ;

send_note:
    K_SENDING K_NOTIFICATION          { L(NOTIFICATION, "sending"); }
  | K_NOT K_SENDING K_NOTIFICATION    { L(NOTIFICATION, "NOT sending"); }
  | CAPS K_SENDING K_NOTIFICATION     { L(NOTIFICATION, "NOT sending"); }
  ;

/* ---- connection level ----------------------------------------------- */

conn_level:
    K_ADDED K_IKEV2 K_CONNECTION
      { KIND(CONN_ADDED); I(IKE_VERSION, 2); }
  | K_ADDED K_IKEV1 K_CONNECTION
      { KIND(CONN_ADDED); I(IKE_VERSION, 1); }
  | K_IKE K_SA K_PROPOSALS '(' K_CONNECTION K_ADD ')' ':'
      { KIND(CONN_PROPOSALS); L(WHAT, "IKE"); }
  | K_CHILD K_SA K_PROPOSALS '(' K_CONNECTION K_ADD ')' ':'
      { KIND(CONN_PROPOSALS); L(WHAT, "Child"); }
  | PROPS
      { KIND(CONN_PROPOSAL); S(PROPOSAL, $1); }
  | K_TERMINATING K_SAS K_USING K_THIS K_CONNECTION
      { KIND(CONN_TERMINATING); }
  ;

/* ---- packets without state ------------------------------------------ */

packet_msg:
    K_INITIAL K_AGGRESSIVE K_MODE K_MESSAGE K_FROM addr K_BUT K_NO '(' K_WILDCARD ')' K_CONNECTION K_HAS K_BEEN K_CONFIGURED K_WITH K_AUTHBY auth_word
      { KIND(NO_CONN_PACKET); I(IKE_VERSION, 1); L(EXCHANGE, "aggressive"); S(PEER, $6); S(AUTH, $18); }
  ;

auth_word:
    WORD | CAPS | K_PSK
  ;

misc:
    K_INFORMATIONAL K_INFORMATION
      { KIND(INFORMATIONAL); }
  ;

/* free text to the end of the line; $$ spans it (s == NULL when empty) */
rest:
    %empty          { $$.s = NULL; $$.n = 0; }
  | rest any        { $$ = $1.s ? px_span(&$1, &$2) : $2; }
  ;

any:
    NUM | DEC | DUR | SERIAL | HEX | ADDR | SPEC | CAPS | KV | WORD | QSTR | DQSTR | BRACE | BRACKET
  | ARROW | TEXT | PROPS | ':' | ',' | ';' | '.' | '(' | ')' | '!' | '?' | '-'
  | K_ACCEPTABLE | K_ACTION | K_ADD | K_ADDED | K_AFTER | K_AGED | K_AGGRESSIVE | K_AN | K_AND | K_ATTEMPT
  | K_AUTHENTICATED | K_AUTHENTICATION | K_AUTHBY | K_BECAUSE | K_BETTER | K_BUT | K_BYTES | K_CANNOT | K_CHILD
  | K_CHOSEN | K_CLEARING | K_CONFIGURED | K_CONFIRMATION | K_CONNECTION | K_COULD | K_DELETE | K_DELETING | K_DPD
  | K_ENCRYPTED | K_ESTABLISHED | K_EXPECTING | K_EXPIRED | K_FAILURE | K_FIND | K_FIPS | K_FIRST | K_FOR | K_FOUND
  | K_FROM | K_HAS | K_IGNORED | K_IGNORING | K_IKE | K_IKEV1 | K_IKEV2 | K_IN | K_INBOUND | K_INFORMATION
  | K_INFORMATIONAL | K_INITIAL | K_INITIATE | K_INITIATING | K_INITIATOR | K_INSTALLED | K_IPSEC | K_IS | K_ISAKMP
  | K_KEYING | K_KIND | K_KNOWN | K_LENGTH | K_MAIN | K_MALFORMED | K_MESSAGE | K_MISMATCHED | K_MODE | K_NEW
  | K_NEWEST | K_NO | K_NOT | K_NOTIFICATION | K_NUMBER | K_OAKLEY | K_OF | K_ON | K_ONE | K_OUTPUT | K_PACKET
  | K_PAYLOAD | K_PEER | K_PHASE | K_PORT | K_PROBABLE | K_PROCESSING | K_PROPOSAL | K_PROPOSALS | K_PROPOSED | K_PSK
  | K_PRF | K_QUICK | K_RECEIVED | K_REMAIN | K_REMOTE | K_REPLACE | K_REPLACING | K_REPLY | K_REQUEST | K_REQUIRED
  | K_RESPOND | K_RESPONDER | K_RESPONDING | K_RESPONSE | K_RETRANSMISSION | K_RETRANSMITS | K_SA | K_SCHEDULE
  | K_SECOND | K_SENDING | K_SENT | K_SHORT | K_STARTING | K_STATE | K_SUPPOSED | K_TERMINATING | K_THE | K_THEM
  | K_THIS | K_TIMEOUT | K_EXCEEDED | K_TO | K_TOO | K_TRAFFIC | K_TRANSFORM | K_TUNNEL | K_TRANSPORT | K_UNKNOWN
  | K_UNLIMITED | K_UP | K_US | K_USING | K_WAIT | K_WILL | K_WITH | K_WILDCARD | K_ESP | K_AH | K_REFUSED
  | K_IKE_SA_INIT | K_IKE_AUTH | K_CREATE_CHILD_SA | K_DECRYPTED | K_ID | K_AT | K_MOST | K_A | K_BE | K_BEEN
  | K_THAN | K_CAN | K_SAS | K_SECONDS
  ;

%%
