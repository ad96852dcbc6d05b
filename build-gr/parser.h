/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison interface for Yacc-like parsers in C

   Copyright (C) 1984, 1989-1990, 2000-2015, 2018-2021 Free Software Foundation,
   Inc.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

/* As a special exception, you may create a larger work that contains
   part or all of the Bison parser skeleton and distribute that work
   under terms of your choice, so long as that work isn't itself a
   parser generator using the skeleton or a modified version thereof
   as a parser skeleton.  Alternatively, if you modify or redistribute
   the parser skeleton itself, you may (at your option) remove this
   special exception, which will cause the skeleton and the resulting
   Bison output files to be licensed under the GNU General Public
   License without this special exception.

   This special exception was added by the Free Software Foundation in
   version 2.2 of Bison.  */

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

#ifndef YY_PL_YY_BUILD_GR_PARSER_H_INCLUDED
# define YY_PL_YY_BUILD_GR_PARSER_H_INCLUDED
/* Debug traces.  */
#ifndef PL_YYDEBUG
# if defined YYDEBUG
#if YYDEBUG
#   define PL_YYDEBUG 1
#  else
#   define PL_YYDEBUG 0
#  endif
# else /* ! defined YYDEBUG */
#  define PL_YYDEBUG 0
# endif /* ! defined YYDEBUG */
#endif  /* ! defined PL_YYDEBUG */
#if PL_YYDEBUG
extern int pl_yydebug;
#endif
/* "%code requires" blocks.  */
#line 22 "grammar/parser.y"

#include "parser-ctx.h"

#line 61 "build-gr/parser.h"

/* Token kinds.  */
#ifndef PL_YYTOKENTYPE
# define PL_YYTOKENTYPE
  enum pl_yytokentype
  {
    PL_YYEMPTY = -2,
    PL_YYEOF = 0,                  /* "end of file"  */
    PL_YYerror = 256,              /* error  */
    PL_YYUNDEF = 257,              /* "invalid token"  */
    T_EOL = 258,                   /* T_EOL  */
    T_DEBUG = 259,                 /* T_DEBUG  */
    T_OTHER = 260,                 /* T_OTHER  */
    K_A = 261,                     /* K_A  */
    K_ACCEPTABLE = 262,            /* K_ACCEPTABLE  */
    K_ACCEPTED = 263,              /* K_ACCEPTED  */
    K_ACTION = 264,                /* K_ACTION  */
    K_ADD = 265,                   /* K_ADD  */
    K_ADDED = 266,                 /* K_ADDED  */
    K_ADDING = 267,                /* K_ADDING  */
    K_AFTER = 268,                 /* K_AFTER  */
    K_AGED = 269,                  /* K_AGED  */
    K_AGGRESSIVE = 270,            /* K_AGGRESSIVE  */
    K_AH = 271,                    /* K_AH  */
    K_ALGORITHM = 272,             /* K_ALGORITHM  */
    K_ALGORITHMS = 273,            /* K_ALGORITHMS  */
    K_ALL = 274,                   /* K_ALL  */
    K_ALLOW = 275,                 /* K_ALLOW  */
    K_ALLOWS = 276,                /* K_ALLOWS  */
    K_ALREADY = 277,               /* K_ALREADY  */
    K_AM = 278,                    /* K_AM  */
    K_AN = 279,                    /* K_AN  */
    K_AND = 280,                   /* K_AND  */
    K_ASKING = 281,                /* K_ASKING  */
    K_AT = 282,                    /* K_AT  */
    K_ATTEMPT = 283,               /* K_ATTEMPT  */
    K_AUTH = 284,                  /* K_AUTH  */
    K_AUTHBY = 285,                /* K_AUTHBY  */
    K_AUTHENTICATE = 286,          /* K_AUTHENTICATE  */
    K_AUTHENTICATED = 287,         /* K_AUTHENTICATED  */
    K_AUTHENTICATION = 288,        /* K_AUTHENTICATION  */
    K_AWAITING = 289,              /* K_AWAITING  */
    K_BE = 290,                    /* K_BE  */
    K_BECAUSE = 291,               /* K_BECAUSE  */
    K_BEEN = 292,                  /* K_BEEN  */
    K_BETTER = 293,                /* K_BETTER  */
    K_BLOCK = 294,                 /* K_BLOCK  */
    K_BLOCKS = 295,                /* K_BLOCKS  */
    K_BUT = 296,                   /* K_BUT  */
    K_BY = 297,                    /* K_BY  */
    K_BYTES = 298,                 /* K_BYTES  */
    K_CAMELLIA = 299,              /* K_CAMELLIA  */
    K_CAN = 300,                   /* K_CAN  */
    K_CANNOT = 301,                /* K_CANNOT  */
    K_CANT = 302,                  /* K_CANT  */
    K_CERTIFICATE = 303,           /* K_CERTIFICATE  */
    K_CHILD = 304,                 /* K_CHILD  */
    K_CHOSEN = 305,                /* K_CHOSEN  */
    K_CISCO = 306,                 /* K_CISCO  */
    K_CLEARING = 307,              /* K_CLEARING  */
    K_CLIENT = 308,                /* K_CLIENT  */
    K_COMMAND = 309,               /* K_COMMAND  */
    K_COMPATIBLE = 310,            /* K_COMPATIBLE  */
    K_COMPLETED = 311,             /* K_COMPLETED  */
    K_CONFIGURED = 312,            /* K_CONFIGURED  */
    K_CONFIRMATION = 313,          /* K_CONFIRMATION  */
    K_CONFLICT = 314,              /* K_CONFLICT  */
    K_CONNECTION = 315,            /* K_CONNECTION  */
    K_CONTAINED = 316,             /* K_CONTAINED  */
    K_CONTAINING = 317,            /* K_CONTAINING  */
    K_CORE = 318,                  /* K_CORE  */
    K_COULD = 319,                 /* K_COULD  */
    K_CREATED = 320,               /* K_CREATED  */
    K_CREATE_CHILD_SA = 321,       /* K_CREATE_CHILD_SA  */
    K_CRL = 322,                   /* K_CRL  */
    K_CRYPTO = 323,                /* K_CRYPTO  */
    K_DEAD = 324,                  /* K_DEAD  */
    K_DEBUGGING = 325,             /* K_DEBUGGING  */
    K_DECRYPTED = 326,             /* K_DECRYPTED  */
    K_DELETE = 327,                /* K_DELETE  */
    K_DELETING = 328,              /* K_DELETING  */
    K_DESCRIPTION = 329,           /* K_DESCRIPTION  */
    K_DETECTION = 330,             /* K_DETECTION  */
    K_DID = 331,                   /* K_DID  */
    K_DISABLED = 332,              /* K_DISABLED  */
    K_DISCARDING = 333,            /* K_DISCARDING  */
    K_DNS = 334,                   /* K_DNS  */
    K_DOES = 335,                  /* K_DOES  */
    K_DOMAIN = 336,                /* K_DOMAIN  */
    K_DOWN = 337,                  /* K_DOWN  */
    K_DPD = 338,                   /* K_DPD  */
    K_DROPPING = 339,              /* K_DROPPING  */
    K_DUMP = 340,                  /* K_DUMP  */
    K_DUPLICATE = 341,             /* K_DUPLICATE  */
    K_EMPTY = 342,                 /* K_EMPTY  */
    K_ENABLING = 343,              /* K_ENABLING  */
    K_ENCOUNTERED = 344,           /* K_ENCOUNTERED  */
    K_ENCRYPTED = 345,             /* K_ENCRYPTED  */
    K_ENCRYPTING = 346,            /* K_ENCRYPTING  */
    K_EROUTE = 347,                /* K_EROUTE  */
    K_ERROR = 348,                 /* K_ERROR  */
    K_ERROR_UC = 349,              /* K_ERROR_UC  */
    K_ESP = 350,                   /* K_ESP  */
    K_ESTABLISHED = 351,           /* K_ESTABLISHED  */
    K_EXCEEDED = 352,              /* K_EXCEEDED  */
    K_EXCHANGE = 353,              /* K_EXCHANGE  */
    K_EXITED = 354,                /* K_EXITED  */
    K_EXPECTED = 355,              /* K_EXPECTED  */
    K_EXPECTING = 356,             /* K_EXPECTING  */
    K_EXPIRED = 357,               /* K_EXPIRED  */
    K_EXTRA = 358,                 /* K_EXTRA  */
    K_FAIL = 359,                  /* K_FAIL  */
    K_FAILED = 360,                /* K_FAILED  */
    K_FAILURE = 361,               /* K_FAILURE  */
    K_FATAL = 362,                 /* K_FATAL  */
    K_FILE = 363,                  /* K_FILE  */
    K_FIND = 364,                  /* K_FIND  */
    K_FIPS = 365,                  /* K_FIPS  */
    K_FIRST = 366,                 /* K_FIRST  */
    K_FOR = 367,                   /* K_FOR  */
    K_FORGETTING = 368,            /* K_FORGETTING  */
    K_FOUND = 369,                 /* K_FOUND  */
    K_FROM = 370,                  /* K_FROM  */
    K_GATEWAY = 371,               /* K_GATEWAY  */
    K_HAS = 372,                   /* K_HAS  */
    K_HASH = 373,                  /* K_HASH  */
    K_HIT = 374,                   /* K_HIT  */
    K_HMAC = 375,                  /* K_HMAC  */
    K_I = 376,                     /* K_I  */
    K_ID = 377,                    /* K_ID  */
    K_IGNORED = 378,               /* K_IGNORED  */
    K_IGNORING = 379,              /* K_IGNORING  */
    K_IKE = 380,                   /* K_IKE  */
    K_IKETCP = 381,                /* K_IKETCP  */
    K_IKEV1 = 382,                 /* K_IKEV1  */
    K_IKEV2 = 383,                 /* K_IKEV2  */
    K_IKE_ALG = 384,               /* K_IKE_ALG  */
    K_IKE_AUTH = 385,              /* K_IKE_AUTH  */
    K_IKE_INTERMEDIATE = 386,      /* K_IKE_INTERMEDIATE  */
    K_IKE_SA_INIT = 387,           /* K_IKE_SA_INIT  */
    K_IKE_SESSION_RESUME = 388,    /* K_IKE_SESSION_RESUME  */
    K_IN = 389,                    /* K_IN  */
    K_INBOUND = 390,               /* K_INBOUND  */
    K_INCLUDING = 391,             /* K_INCLUDING  */
    K_INFORMATION = 392,           /* K_INFORMATION  */
    K_INFORMATIONAL = 393,         /* K_INFORMATIONAL  */
    K_INFORMATIONAL_X = 394,       /* K_INFORMATIONAL_X  */
    K_INITIAL = 395,               /* K_INITIAL  */
    K_INITIALIZING = 396,          /* K_INITIALIZING  */
    K_INITIATE = 397,              /* K_INITIATE  */
    K_INITIATING = 398,            /* K_INITIATING  */
    K_INITIATOR = 399,             /* K_INITIATOR  */
    K_INSTALL = 400,               /* K_INSTALL  */
    K_INSTALLED = 401,             /* K_INSTALLED  */
    K_IP = 402,                    /* K_IP  */
    K_IPCOMP = 403,                /* K_IPCOMP  */
    K_IPSEC = 404,                 /* K_IPSEC  */
    K_IPSEC_INTERFACE = 405,       /* K_IPSEC_INTERFACE  */
    K_IPV4 = 406,                  /* K_IPV4  */
    K_IPV6 = 407,                  /* K_IPV6  */
    K_IS = 408,                    /* K_IS  */
    K_ISAKMP = 409,                /* K_ISAKMP  */
    K_KERNEL = 410,                /* K_KERNEL  */
    K_KEY = 411,                   /* K_KEY  */
    K_KEYING = 412,                /* K_KEYING  */
    K_KIND = 413,                  /* K_KIND  */
    K_KNOWN = 414,                 /* K_KNOWN  */
    K_LEAK = 415,                  /* K_LEAK  */
    K_LENGTH = 416,                /* K_LENGTH  */
    K_LINUX = 417,                 /* K_LINUX  */
    K_LISTENING = 418,             /* K_LISTENING  */
    K_LIVENESS = 419,              /* K_LIVENESS  */
    K_LIVENESS_CHECK = 420,        /* K_LIVENESS_CHECK  */
    K_LOADED = 421,                /* K_LOADED  */
    K_LOADING = 422,               /* K_LOADING  */
    K_LOCAL = 423,                 /* K_LOCAL  */
    K_MAIN = 424,                  /* K_MAIN  */
    K_MALFORMED = 425,             /* K_MALFORMED  */
    K_MARKING = 426,               /* K_MARKING  */
    K_MATCHES = 427,               /* K_MATCHES  */
    K_MAX = 428,                   /* K_MAX  */
    K_MESSAGE = 429,               /* K_MESSAGE  */
    K_MISMATCH = 430,              /* K_MISMATCH  */
    K_MISMATCHED = 431,            /* K_MISMATCHED  */
    K_MISSING = 432,               /* K_MISSING  */
    K_MODE = 433,                  /* K_MODE  */
    K_MODECFG = 434,               /* K_MODECFG  */
    K_MOST = 435,                  /* K_MOST  */
    K_MULTIPLE = 436,              /* K_MULTIPLE  */
    K_NAT_TRAVERSAL = 437,         /* K_NAT_TRAVERSAL  */
    K_NEGOTIATED = 438,            /* K_NEGOTIATED  */
    K_NETLINK = 439,               /* K_NETLINK  */
    K_NETLINK_EXPIRE = 440,        /* K_NETLINK_EXPIRE  */
    K_NEW = 441,                   /* K_NEW  */
    K_NEWEST = 442,                /* K_NEWEST  */
    K_NEXT = 443,                  /* K_NEXT  */
    K_NO = 444,                    /* K_NO  */
    K_NON_CRITICAL = 445,          /* K_NON_CRITICAL  */
    K_NOT = 446,                   /* K_NOT  */
    K_NOTE = 447,                  /* K_NOTE  */
    K_NOTIFICATION = 448,          /* K_NOTIFICATION  */
    K_NUMBER = 449,                /* K_NUMBER  */
    K_OAKLEY = 450,                /* K_OAKLEY  */
    K_OF = 451,                    /* K_OF  */
    K_OMITTING = 452,              /* K_OMITTING  */
    K_ON = 453,                    /* K_ON  */
    K_ONE = 454,                   /* K_ONE  */
    K_ON_DEMAND = 455,             /* K_ON_DEMAND  */
    K_ORIENTED = 456,              /* K_ORIENTED  */
    K_OTHER = 457,                 /* K_OTHER  */
    K_OUTPUT = 458,                /* K_OUTPUT  */
    K_PACKET = 459,                /* K_PACKET  */
    K_PARENT = 460,                /* K_PARENT  */
    K_PASSTHROUGH = 461,           /* K_PASSTHROUGH  */
    K_PAYLOAD = 462,               /* K_PAYLOAD  */
    K_PEER = 463,                  /* K_PEER  */
    K_PHASE = 464,                 /* K_PHASE  */
    K_PLUTO = 465,                 /* K_PLUTO  */
    K_POLICY = 466,                /* K_POLICY  */
    K_PORT = 467,                  /* K_PORT  */
    K_POSSIBLE = 468,              /* K_POSSIBLE  */
    K_POSSIBLY = 469,              /* K_POSSIBLY  */
    K_PPK = 470,                   /* K_PPK  */
    K_PREVIOUS = 471,              /* K_PREVIOUS  */
    K_PRF = 472,                   /* K_PRF  */
    K_PRIVATE = 473,               /* K_PRIVATE  */
    K_PROBABLE = 474,              /* K_PROBABLE  */
    K_PROCESSED = 475,             /* K_PROCESSED  */
    K_PROCESSING = 476,            /* K_PROCESSING  */
    K_PROMPT = 477,                /* K_PROMPT  */
    K_PROPOSAL = 478,              /* K_PROPOSAL  */
    K_PROPOSALS = 479,             /* K_PROPOSALS  */
    K_PROPOSED = 480,              /* K_PROPOSED  */
    K_PSK = 481,                   /* K_PSK  */
    K_QUEUE = 482,                 /* K_QUEUE  */
    K_QUICK = 483,                 /* K_QUICK  */
    K_REACHED = 484,               /* K_REACHED  */
    K_RECEIVED = 485,              /* K_RECEIVED  */
    K_REDIRECT = 486,              /* K_REDIRECT  */
    K_REDIRECTS = 487,             /* K_REDIRECTS  */
    K_REFUSED = 488,               /* K_REFUSED  */
    K_REGISTERED = 489,            /* K_REGISTERED  */
    K_REJECTED = 490,              /* K_REJECTED  */
    K_REKEY = 491,                 /* K_REKEY  */
    K_REKEYED = 492,               /* K_REKEYED  */
    K_RELEASING = 493,             /* K_RELEASING  */
    K_REMAIN = 494,                /* K_REMAIN  */
    K_REMOTE = 495,                /* K_REMOTE  */
    K_REPLACE = 496,               /* K_REPLACE  */
    K_REPLACED = 497,              /* K_REPLACED  */
    K_REPLACING = 498,             /* K_REPLACING  */
    K_REPLY = 499,                 /* K_REPLY  */
    K_REQUEST = 500,               /* K_REQUEST  */
    K_REQUESTED = 501,             /* K_REQUESTED  */
    K_REQUIRE = 502,               /* K_REQUIRE  */
    K_REQUIRED = 503,              /* K_REQUIRED  */
    K_RESCHEDULE = 504,            /* K_RESCHEDULE  */
    K_RESPOND = 505,               /* K_RESPOND  */
    K_RESPONDER = 506,             /* K_RESPONDER  */
    K_RESPONDING = 507,            /* K_RESPONDING  */
    K_RESPONSE = 508,              /* K_RESPONSE  */
    K_RESULT = 509,                /* K_RESULT  */
    K_RETRANSMISSION = 510,        /* K_RETRANSMISSION  */
    K_RETRANSMISSIONS = 511,       /* K_RETRANSMISSIONS  */
    K_RETRANSMIT = 512,            /* K_RETRANSMIT  */
    K_RETRANSMITS = 513,           /* K_RETRANSMITS  */
    K_RETRANSMITTING = 514,        /* K_RETRANSMITTING  */
    K_RETRY = 515,                 /* K_RETRY  */
    K_REVIVING = 516,              /* K_REVIVING  */
    K_RFC = 517,                   /* K_RFC  */
    K_ROUTE = 518,                 /* K_ROUTE  */
    K_RSA = 519,                   /* K_RSA  */
    K_RUNNING = 520,               /* K_RUNNING  */
    K_SA = 521,                    /* K_SA  */
    K_SAS = 522,                   /* K_SAS  */
    K_SCHEDULE = 523,              /* K_SCHEDULE  */
    K_SCHEDULING = 524,            /* K_SCHEDULING  */
    K_SECCOMP = 525,               /* K_SECCOMP  */
    K_SECOND = 526,                /* K_SECOND  */
    K_SECONDS = 527,               /* K_SECONDS  */
    K_SECRETS = 528,               /* K_SECRETS  */
    K_SELECTOR = 529,              /* K_SELECTOR  */
    K_SELECTORS = 530,             /* K_SELECTORS  */
    K_SELFTEST = 531,              /* K_SELFTEST  */
    K_SELINUX = 532,               /* K_SELINUX  */
    K_SENDING = 533,               /* K_SENDING  */
    K_SENT = 534,                  /* K_SENT  */
    K_SETTING = 535,               /* K_SETTING  */
    K_SHORT = 536,                 /* K_SHORT  */
    K_SHOULD = 537,                /* K_SHOULD  */
    K_SHUTTING = 538,              /* K_SHUTTING  */
    K_SIGNAL = 539,                /* K_SIGNAL  */
    K_SIGNATURE = 540,             /* K_SIGNATURE  */
    K_STARTED = 541,               /* K_STARTED  */
    K_STARTING = 542,              /* K_STARTING  */
    K_STATE = 543,                 /* K_STATE  */
    K_STATUS = 544,                /* K_STATUS  */
    K_STRING = 545,                /* K_STRING  */
    K_SUBNET = 546,                /* K_SUBNET  */
    K_SUITABLE = 547,              /* K_SUITABLE  */
    K_SUPPORT = 548,               /* K_SUPPORT  */
    K_SUPPORTED = 549,             /* K_SUPPORTED  */
    K_SUPPOSED = 550,              /* K_SUPPOSED  */
    K_SUPPRESSING = 551,           /* K_SUPPRESSING  */
    K_SWITCHED = 552,              /* K_SWITCHED  */
    K_SWITCHING = 553,             /* K_SWITCHING  */
    K_SYSTEMD = 554,               /* K_SYSTEMD  */
    K_TERMINATING = 555,           /* K_TERMINATING  */
    K_TESTING = 556,               /* K_TESTING  */
    K_THAN = 557,                  /* K_THAN  */
    K_THE = 558,                   /* K_THE  */
    K_THEM = 559,                  /* K_THEM  */
    K_THIS = 560,                  /* K_THIS  */
    K_TIMEOUT = 561,               /* K_TIMEOUT  */
    K_TO = 562,                    /* K_TO  */
    K_TOO = 563,                   /* K_TOO  */
    K_TRAFFIC = 564,               /* K_TRAFFIC  */
    K_TRANSFORM = 565,             /* K_TRANSFORM  */
    K_TRANSITION = 566,            /* K_TRANSITION  */
    K_TRANSPORT = 567,             /* K_TRANSPORT  */
    K_TUNNEL = 568,                /* K_TUNNEL  */
    K_TWO = 569,                   /* K_TWO  */
    K_TYPE = 570,                  /* K_TYPE  */
    K_UNABLE = 571,                /* K_UNABLE  */
    K_UNAUTHENTICATED = 572,       /* K_UNAUTHENTICATED  */
    K_UNEXPECTED = 573,            /* K_UNEXPECTED  */
    K_UNKNOWN = 574,               /* K_UNKNOWN  */
    K_UNLIMITED = 575,             /* K_UNLIMITED  */
    K_UNORIENTED = 576,            /* K_UNORIENTED  */
    K_UP = 577,                    /* K_UP  */
    K_UPDOWN = 578,                /* K_UPDOWN  */
    K_US = 579,                    /* K_US  */
    K_USING = 580,                 /* K_USING  */
    K_VENDOR = 581,                /* K_VENDOR  */
    K_WAIT = 582,                  /* K_WAIT  */
    K_WAS = 583,                   /* K_WAS  */
    K_WE = 584,                    /* K_WE  */
    K_WHACK = 585,                 /* K_WHACK  */
    K_WILDCARD = 586,              /* K_WILDCARD  */
    K_WILL = 587,                  /* K_WILL  */
    K_WITH = 588,                  /* K_WITH  */
    K_XAUTH = 589,                 /* K_XAUTH  */
    K_YOU = 590,                   /* K_YOU  */
    NUM = 591,                     /* NUM  */
    DEC = 592,                     /* DEC  */
    DUR = 593,                     /* DUR  */
    SERIAL = 594,                  /* SERIAL  */
    HEX = 595,                     /* HEX  */
    ADDR = 596,                    /* ADDR  */
    SPEC = 597,                    /* SPEC  */
    CAPS = 598,                    /* CAPS  */
    KV = 599,                      /* KV  */
    WORD = 600,                    /* WORD  */
    QSTR = 601,                    /* QSTR  */
    DQSTR = 602,                   /* DQSTR  */
    BRACE = 603,                   /* BRACE  */
    BRACKET = 604,                 /* BRACKET  */
    ARROW = 605,                   /* ARROW  */
    TEXT = 606,                    /* TEXT  */
    PROPS = 607                    /* PROPS  */
  };
  typedef enum pl_yytokentype pl_yytoken_kind_t;
#endif

/* Value type.  */
#if ! defined PL_YYSTYPE && ! defined PL_YYSTYPE_IS_DECLARED
typedef pl_tok PL_YYSTYPE;
# define PL_YYSTYPE_IS_TRIVIAL 1
# define PL_YYSTYPE_IS_DECLARED 1
#endif




#ifndef YYPUSH_MORE_DEFINED
# define YYPUSH_MORE_DEFINED
enum { YYPUSH_MORE = 4 };
#endif

typedef struct pl_yypstate pl_yypstate;


int pl_yypush_parse (pl_yypstate *ps,
                  int pushed_char, PL_YYSTYPE const *pushed_val, pl_pctx *px);

pl_yypstate *pl_yypstate_new (void);
void pl_yypstate_delete (pl_yypstate *ps);


#endif /* !YY_PL_YY_BUILD_GR_PARSER_H_INCLUDED  */
