/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison implementation for Yacc-like parsers in C

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

/* C LALR(1) parser skeleton written by Richard Stallman, by
   simplifying the original so-called "semantic" parser.  */

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

/* All symbols defined below should begin with yy or YY, to avoid
   infringing on user name space.  This should be done even for local
   variables, as they might otherwise be expanded by user macros.
   There are some unavoidable exceptions within include files to
   define necessary library symbols; they are noted "INFRINGES ON
   USER NAME SPACE" below.  */

/* Identify Bison output, and Bison version.  */
#define YYBISON 30802

/* Bison version string.  */
#define YYBISON_VERSION "3.8.2"

/* Skeleton name.  */
#define YYSKELETON_NAME "yacc.c"

/* Pure parsers.  */
#define YYPURE 2

/* Push parsers.  */
#define YYPUSH 1

/* Pull parsers.  */
#define YYPULL 0

/* Substitute the type names.  */
#define YYSTYPE         PL_YYSTYPE
/* Substitute the variable and function names.  */
#define yypush_parse    pl_yypush_parse
#define yypstate_new    pl_yypstate_new
#define yypstate_clear  pl_yypstate_clear
#define yypstate_delete pl_yypstate_delete
#define yypstate        pl_yypstate
#define yylex           pl_yylex
#define yyerror         pl_yyerror
#define yydebug         pl_yydebug
#define yynerrs         pl_yynerrs


# ifndef YY_CAST
#  ifdef __cplusplus
#   define YY_CAST(Type, Val) static_cast<Type> (Val)
#   define YY_REINTERPRET_CAST(Type, Val) reinterpret_cast<Type> (Val)
#  else
#   define YY_CAST(Type, Val) ((Type) (Val))
#   define YY_REINTERPRET_CAST(Type, Val) ((Type) (Val))
#  endif
# endif
# ifndef YY_NULLPTR
#  if defined __cplusplus
#   if 201103L <= __cplusplus
#    define YY_NULLPTR nullptr
#   else
#    define YY_NULLPTR 0
#   endif
#  else
#   define YY_NULLPTR ((void*)0)
#  endif
# endif

#include "parser.h"
/* Symbol kind.  */
enum yysymbol_kind_t
{
  YYSYMBOL_YYEMPTY = -2,
  YYSYMBOL_YYEOF = 0,                      /* "end of file"  */
  YYSYMBOL_YYerror = 1,                    /* error  */
  YYSYMBOL_YYUNDEF = 2,                    /* "invalid token"  */
  YYSYMBOL_T_EOL = 3,                      /* T_EOL  */
  YYSYMBOL_T_DEBUG = 4,                    /* T_DEBUG  */
  YYSYMBOL_T_OTHER = 5,                    /* T_OTHER  */
  YYSYMBOL_K_A = 6,                        /* K_A  */
  YYSYMBOL_K_ACCEPTABLE = 7,               /* K_ACCEPTABLE  */
  YYSYMBOL_K_ACCEPTED = 8,                 /* K_ACCEPTED  */
  YYSYMBOL_K_ACTION = 9,                   /* K_ACTION  */
  YYSYMBOL_K_ADD = 10,                     /* K_ADD  */
  YYSYMBOL_K_ADDED = 11,                   /* K_ADDED  */
  YYSYMBOL_K_ADDING = 12,                  /* K_ADDING  */
  YYSYMBOL_K_AFTER = 13,                   /* K_AFTER  */
  YYSYMBOL_K_AGED = 14,                    /* K_AGED  */
  YYSYMBOL_K_AGGRESSIVE = 15,              /* K_AGGRESSIVE  */
  YYSYMBOL_K_AH = 16,                      /* K_AH  */
  YYSYMBOL_K_ALGORITHM = 17,               /* K_ALGORITHM  */
  YYSYMBOL_K_ALGORITHMS = 18,              /* K_ALGORITHMS  */
  YYSYMBOL_K_ALL = 19,                     /* K_ALL  */
  YYSYMBOL_K_ALLOW = 20,                   /* K_ALLOW  */
  YYSYMBOL_K_ALLOWS = 21,                  /* K_ALLOWS  */
  YYSYMBOL_K_ALREADY = 22,                 /* K_ALREADY  */
  YYSYMBOL_K_AM = 23,                      /* K_AM  */
  YYSYMBOL_K_AN = 24,                      /* K_AN  */
  YYSYMBOL_K_AND = 25,                     /* K_AND  */
  YYSYMBOL_K_ASKING = 26,                  /* K_ASKING  */
  YYSYMBOL_K_AT = 27,                      /* K_AT  */
  YYSYMBOL_K_ATTEMPT = 28,                 /* K_ATTEMPT  */
  YYSYMBOL_K_AUTH = 29,                    /* K_AUTH  */
  YYSYMBOL_K_AUTHBY = 30,                  /* K_AUTHBY  */
  YYSYMBOL_K_AUTHENTICATE = 31,            /* K_AUTHENTICATE  */
  YYSYMBOL_K_AUTHENTICATED = 32,           /* K_AUTHENTICATED  */
  YYSYMBOL_K_AUTHENTICATION = 33,          /* K_AUTHENTICATION  */
  YYSYMBOL_K_AWAITING = 34,                /* K_AWAITING  */
  YYSYMBOL_K_BE = 35,                      /* K_BE  */
  YYSYMBOL_K_BECAUSE = 36,                 /* K_BECAUSE  */
  YYSYMBOL_K_BEEN = 37,                    /* K_BEEN  */
  YYSYMBOL_K_BETTER = 38,                  /* K_BETTER  */
  YYSYMBOL_K_BLOCK = 39,                   /* K_BLOCK  */
  YYSYMBOL_K_BLOCKS = 40,                  /* K_BLOCKS  */
  YYSYMBOL_K_BUT = 41,                     /* K_BUT  */
  YYSYMBOL_K_BY = 42,                      /* K_BY  */
  YYSYMBOL_K_BYTES = 43,                   /* K_BYTES  */
  YYSYMBOL_K_CAMELLIA = 44,                /* K_CAMELLIA  */
  YYSYMBOL_K_CAN = 45,                     /* K_CAN  */
  YYSYMBOL_K_CANNOT = 46,                  /* K_CANNOT  */
  YYSYMBOL_K_CANT = 47,                    /* K_CANT  */
  YYSYMBOL_K_CERTIFICATE = 48,             /* K_CERTIFICATE  */
  YYSYMBOL_K_CHILD = 49,                   /* K_CHILD  */
  YYSYMBOL_K_CHOSEN = 50,                  /* K_CHOSEN  */
  YYSYMBOL_K_CISCO = 51,                   /* K_CISCO  */
  YYSYMBOL_K_CLEARING = 52,                /* K_CLEARING  */
  YYSYMBOL_K_CLIENT = 53,                  /* K_CLIENT  */
  YYSYMBOL_K_COMMAND = 54,                 /* K_COMMAND  */
  YYSYMBOL_K_COMPATIBLE = 55,              /* K_COMPATIBLE  */
  YYSYMBOL_K_COMPLETED = 56,               /* K_COMPLETED  */
  YYSYMBOL_K_CONFIGURED = 57,              /* K_CONFIGURED  */
  YYSYMBOL_K_CONFIRMATION = 58,            /* K_CONFIRMATION  */
  YYSYMBOL_K_CONFLICT = 59,                /* K_CONFLICT  */
  YYSYMBOL_K_CONNECTION = 60,              /* K_CONNECTION  */
  YYSYMBOL_K_CONTAINED = 61,               /* K_CONTAINED  */
  YYSYMBOL_K_CONTAINING = 62,              /* K_CONTAINING  */
  YYSYMBOL_K_CORE = 63,                    /* K_CORE  */
  YYSYMBOL_K_COULD = 64,                   /* K_COULD  */
  YYSYMBOL_K_CREATED = 65,                 /* K_CREATED  */
  YYSYMBOL_K_CREATE_CHILD_SA = 66,         /* K_CREATE_CHILD_SA  */
  YYSYMBOL_K_CRL = 67,                     /* K_CRL  */
  YYSYMBOL_K_CRYPTO = 68,                  /* K_CRYPTO  */
  YYSYMBOL_K_DEAD = 69,                    /* K_DEAD  */
  YYSYMBOL_K_DEBUGGING = 70,               /* K_DEBUGGING  */
  YYSYMBOL_K_DECRYPTED = 71,               /* K_DECRYPTED  */
  YYSYMBOL_K_DELETE = 72,                  /* K_DELETE  */
  YYSYMBOL_K_DELETING = 73,                /* K_DELETING  */
  YYSYMBOL_K_DESCRIPTION = 74,             /* K_DESCRIPTION  */
  YYSYMBOL_K_DETECTION = 75,               /* K_DETECTION  */
  YYSYMBOL_K_DID = 76,                     /* K_DID  */
  YYSYMBOL_K_DISABLED = 77,                /* K_DISABLED  */
  YYSYMBOL_K_DISCARDING = 78,              /* K_DISCARDING  */
  YYSYMBOL_K_DNS = 79,                     /* K_DNS  */
  YYSYMBOL_K_DOES = 80,                    /* K_DOES  */
  YYSYMBOL_K_DOMAIN = 81,                  /* K_DOMAIN  */
  YYSYMBOL_K_DOWN = 82,                    /* K_DOWN  */
  YYSYMBOL_K_DPD = 83,                     /* K_DPD  */
  YYSYMBOL_K_DROPPING = 84,                /* K_DROPPING  */
  YYSYMBOL_K_DUMP = 85,                    /* K_DUMP  */
  YYSYMBOL_K_DUPLICATE = 86,               /* K_DUPLICATE  */
  YYSYMBOL_K_EMPTY = 87,                   /* K_EMPTY  */
  YYSYMBOL_K_ENABLING = 88,                /* K_ENABLING  */
  YYSYMBOL_K_ENCOUNTERED = 89,             /* K_ENCOUNTERED  */
  YYSYMBOL_K_ENCRYPTED = 90,               /* K_ENCRYPTED  */
  YYSYMBOL_K_ENCRYPTING = 91,              /* K_ENCRYPTING  */
  YYSYMBOL_K_EROUTE = 92,                  /* K_EROUTE  */
  YYSYMBOL_K_ERROR = 93,                   /* K_ERROR  */
  YYSYMBOL_K_ERROR_UC = 94,                /* K_ERROR_UC  */
  YYSYMBOL_K_ESP = 95,                     /* K_ESP  */
  YYSYMBOL_K_ESTABLISHED = 96,             /* K_ESTABLISHED  */
  YYSYMBOL_K_EXCEEDED = 97,                /* K_EXCEEDED  */
  YYSYMBOL_K_EXCHANGE = 98,                /* K_EXCHANGE  */
  YYSYMBOL_K_EXITED = 99,                  /* K_EXITED  */
  YYSYMBOL_K_EXPECTED = 100,               /* K_EXPECTED  */
  YYSYMBOL_K_EXPECTING = 101,              /* K_EXPECTING  */
  YYSYMBOL_K_EXPIRED = 102,                /* K_EXPIRED  */
  YYSYMBOL_K_EXTRA = 103,                  /* K_EXTRA  */
  YYSYMBOL_K_FAIL = 104,                   /* K_FAIL  */
  YYSYMBOL_K_FAILED = 105,                 /* K_FAILED  */
  YYSYMBOL_K_FAILURE = 106,                /* K_FAILURE  */
  YYSYMBOL_K_FATAL = 107,                  /* K_FATAL  */
  YYSYMBOL_K_FILE = 108,                   /* K_FILE  */
  YYSYMBOL_K_FIND = 109,                   /* K_FIND  */
  YYSYMBOL_K_FIPS = 110,                   /* K_FIPS  */
  YYSYMBOL_K_FIRST = 111,                  /* K_FIRST  */
  YYSYMBOL_K_FOR = 112,                    /* K_FOR  */
  YYSYMBOL_K_FORGETTING = 113,             /* K_FORGETTING  */
  YYSYMBOL_K_FOUND = 114,                  /* K_FOUND  */
  YYSYMBOL_K_FROM = 115,                   /* K_FROM  */
  YYSYMBOL_K_GATEWAY = 116,                /* K_GATEWAY  */
  YYSYMBOL_K_HAS = 117,                    /* K_HAS  */
  YYSYMBOL_K_HASH = 118,                   /* K_HASH  */
  YYSYMBOL_K_HIT = 119,                    /* K_HIT  */
  YYSYMBOL_K_HMAC = 120,                   /* K_HMAC  */
  YYSYMBOL_K_I = 121,                      /* K_I  */
  YYSYMBOL_K_ID = 122,                     /* K_ID  */
  YYSYMBOL_K_IGNORED = 123,                /* K_IGNORED  */
  YYSYMBOL_K_IGNORING = 124,               /* K_IGNORING  */
  YYSYMBOL_K_IKE = 125,                    /* K_IKE  */
  YYSYMBOL_K_IKETCP = 126,                 /* K_IKETCP  */
  YYSYMBOL_K_IKEV1 = 127,                  /* K_IKEV1  */
  YYSYMBOL_K_IKEV2 = 128,                  /* K_IKEV2  */
  YYSYMBOL_K_IKE_ALG = 129,                /* K_IKE_ALG  */
  YYSYMBOL_K_IKE_AUTH = 130,               /* K_IKE_AUTH  */
  YYSYMBOL_K_IKE_INTERMEDIATE = 131,       /* K_IKE_INTERMEDIATE  */
  YYSYMBOL_K_IKE_SA_INIT = 132,            /* K_IKE_SA_INIT  */
  YYSYMBOL_K_IKE_SESSION_RESUME = 133,     /* K_IKE_SESSION_RESUME  */
  YYSYMBOL_K_IN = 134,                     /* K_IN  */
  YYSYMBOL_K_INBOUND = 135,                /* K_INBOUND  */
  YYSYMBOL_K_INCLUDING = 136,              /* K_INCLUDING  */
  YYSYMBOL_K_INFORMATION = 137,            /* K_INFORMATION  */
  YYSYMBOL_K_INFORMATIONAL = 138,          /* K_INFORMATIONAL  */
  YYSYMBOL_K_INFORMATIONAL_X = 139,        /* K_INFORMATIONAL_X  */
  YYSYMBOL_K_INITIAL = 140,                /* K_INITIAL  */
  YYSYMBOL_K_INITIALIZING = 141,           /* K_INITIALIZING  */
  YYSYMBOL_K_INITIATE = 142,               /* K_INITIATE  */
  YYSYMBOL_K_INITIATING = 143,             /* K_INITIATING  */
  YYSYMBOL_K_INITIATOR = 144,              /* K_INITIATOR  */
  YYSYMBOL_K_INSTALL = 145,                /* K_INSTALL  */
  YYSYMBOL_K_INSTALLED = 146,              /* K_INSTALLED  */
  YYSYMBOL_K_IP = 147,                     /* K_IP  */
  YYSYMBOL_K_IPCOMP = 148,                 /* K_IPCOMP  */
  YYSYMBOL_K_IPSEC = 149,                  /* K_IPSEC  */
  YYSYMBOL_K_IPSEC_INTERFACE = 150,        /* K_IPSEC_INTERFACE  */
  YYSYMBOL_K_IPV4 = 151,                   /* K_IPV4  */
  YYSYMBOL_K_IPV6 = 152,                   /* K_IPV6  */
  YYSYMBOL_K_IS = 153,                     /* K_IS  */
  YYSYMBOL_K_ISAKMP = 154,                 /* K_ISAKMP  */
  YYSYMBOL_K_KERNEL = 155,                 /* K_KERNEL  */
  YYSYMBOL_K_KEY = 156,                    /* K_KEY  */
  YYSYMBOL_K_KEYING = 157,                 /* K_KEYING  */
  YYSYMBOL_K_KIND = 158,                   /* K_KIND  */
  YYSYMBOL_K_KNOWN = 159,                  /* K_KNOWN  */
  YYSYMBOL_K_LEAK = 160,                   /* K_LEAK  */
  YYSYMBOL_K_LENGTH = 161,                 /* K_LENGTH  */
  YYSYMBOL_K_LINUX = 162,                  /* K_LINUX  */
  YYSYMBOL_K_LISTENING = 163,              /* K_LISTENING  */
  YYSYMBOL_K_LIVENESS = 164,               /* K_LIVENESS  */
  YYSYMBOL_K_LIVENESS_CHECK = 165,         /* K_LIVENESS_CHECK  */
  YYSYMBOL_K_LOADED = 166,                 /* K_LOADED  */
  YYSYMBOL_K_LOADING = 167,                /* K_LOADING  */
  YYSYMBOL_K_LOCAL = 168,                  /* K_LOCAL  */
  YYSYMBOL_K_MAIN = 169,                   /* K_MAIN  */
  YYSYMBOL_K_MALFORMED = 170,              /* K_MALFORMED  */
  YYSYMBOL_K_MARKING = 171,                /* K_MARKING  */
  YYSYMBOL_K_MATCHES = 172,                /* K_MATCHES  */
  YYSYMBOL_K_MAX = 173,                    /* K_MAX  */
  YYSYMBOL_K_MESSAGE = 174,                /* K_MESSAGE  */
  YYSYMBOL_K_MISMATCH = 175,               /* K_MISMATCH  */
  YYSYMBOL_K_MISMATCHED = 176,             /* K_MISMATCHED  */
  YYSYMBOL_K_MISSING = 177,                /* K_MISSING  */
  YYSYMBOL_K_MODE = 178,                   /* K_MODE  */
  YYSYMBOL_K_MODECFG = 179,                /* K_MODECFG  */
  YYSYMBOL_K_MOST = 180,                   /* K_MOST  */
  YYSYMBOL_K_MULTIPLE = 181,               /* K_MULTIPLE  */
  YYSYMBOL_K_NAT_TRAVERSAL = 182,          /* K_NAT_TRAVERSAL  */
  YYSYMBOL_K_NEGOTIATED = 183,             /* K_NEGOTIATED  */
  YYSYMBOL_K_NETLINK = 184,                /* K_NETLINK  */
  YYSYMBOL_K_NETLINK_EXPIRE = 185,         /* K_NETLINK_EXPIRE  */
  YYSYMBOL_K_NEW = 186,                    /* K_NEW  */
  YYSYMBOL_K_NEWEST = 187,                 /* K_NEWEST  */
  YYSYMBOL_K_NEXT = 188,                   /* K_NEXT  */
  YYSYMBOL_K_NO = 189,                     /* K_NO  */
  YYSYMBOL_K_NON_CRITICAL = 190,           /* K_NON_CRITICAL  */
  YYSYMBOL_K_NOT = 191,                    /* K_NOT  */
  YYSYMBOL_K_NOTE = 192,                   /* K_NOTE  */
  YYSYMBOL_K_NOTIFICATION = 193,           /* K_NOTIFICATION  */
  YYSYMBOL_K_NUMBER = 194,                 /* K_NUMBER  */
  YYSYMBOL_K_OAKLEY = 195,                 /* K_OAKLEY  */
  YYSYMBOL_K_OF = 196,                     /* K_OF  */
  YYSYMBOL_K_OMITTING = 197,               /* K_OMITTING  */
  YYSYMBOL_K_ON = 198,                     /* K_ON  */
  YYSYMBOL_K_ONE = 199,                    /* K_ONE  */
  YYSYMBOL_K_ON_DEMAND = 200,              /* K_ON_DEMAND  */
  YYSYMBOL_K_ORIENTED = 201,               /* K_ORIENTED  */
  YYSYMBOL_K_OTHER = 202,                  /* K_OTHER  */
  YYSYMBOL_K_OUTPUT = 203,                 /* K_OUTPUT  */
  YYSYMBOL_K_PACKET = 204,                 /* K_PACKET  */
  YYSYMBOL_K_PARENT = 205,                 /* K_PARENT  */
  YYSYMBOL_K_PASSTHROUGH = 206,            /* K_PASSTHROUGH  */
  YYSYMBOL_K_PAYLOAD = 207,                /* K_PAYLOAD  */
  YYSYMBOL_K_PEER = 208,                   /* K_PEER  */
  YYSYMBOL_K_PHASE = 209,                  /* K_PHASE  */
  YYSYMBOL_K_PLUTO = 210,                  /* K_PLUTO  */
  YYSYMBOL_K_POLICY = 211,                 /* K_POLICY  */
  YYSYMBOL_K_PORT = 212,                   /* K_PORT  */
  YYSYMBOL_K_POSSIBLE = 213,               /* K_POSSIBLE  */
  YYSYMBOL_K_POSSIBLY = 214,               /* K_POSSIBLY  */
  YYSYMBOL_K_PPK = 215,                    /* K_PPK  */
  YYSYMBOL_K_PREVIOUS = 216,               /* K_PREVIOUS  */
  YYSYMBOL_K_PRF = 217,                    /* K_PRF  */
  YYSYMBOL_K_PRIVATE = 218,                /* K_PRIVATE  */
  YYSYMBOL_K_PROBABLE = 219,               /* K_PROBABLE  */
  YYSYMBOL_K_PROCESSED = 220,              /* K_PROCESSED  */
  YYSYMBOL_K_PROCESSING = 221,             /* K_PROCESSING  */
  YYSYMBOL_K_PROMPT = 222,                 /* K_PROMPT  */
  YYSYMBOL_K_PROPOSAL = 223,               /* K_PROPOSAL  */
  YYSYMBOL_K_PROPOSALS = 224,              /* K_PROPOSALS  */
  YYSYMBOL_K_PROPOSED = 225,               /* K_PROPOSED  */
  YYSYMBOL_K_PSK = 226,                    /* K_PSK  */
  YYSYMBOL_K_QUEUE = 227,                  /* K_QUEUE  */
  YYSYMBOL_K_QUICK = 228,                  /* K_QUICK  */
  YYSYMBOL_K_REACHED = 229,                /* K_REACHED  */
  YYSYMBOL_K_RECEIVED = 230,               /* K_RECEIVED  */
  YYSYMBOL_K_REDIRECT = 231,               /* K_REDIRECT  */
  YYSYMBOL_K_REDIRECTS = 232,              /* K_REDIRECTS  */
  YYSYMBOL_K_REFUSED = 233,                /* K_REFUSED  */
  YYSYMBOL_K_REGISTERED = 234,             /* K_REGISTERED  */
  YYSYMBOL_K_REJECTED = 235,               /* K_REJECTED  */
  YYSYMBOL_K_REKEY = 236,                  /* K_REKEY  */
  YYSYMBOL_K_REKEYED = 237,                /* K_REKEYED  */
  YYSYMBOL_K_RELEASING = 238,              /* K_RELEASING  */
  YYSYMBOL_K_REMAIN = 239,                 /* K_REMAIN  */
  YYSYMBOL_K_REMOTE = 240,                 /* K_REMOTE  */
  YYSYMBOL_K_REPLACE = 241,                /* K_REPLACE  */
  YYSYMBOL_K_REPLACED = 242,               /* K_REPLACED  */
  YYSYMBOL_K_REPLACING = 243,              /* K_REPLACING  */
  YYSYMBOL_K_REPLY = 244,                  /* K_REPLY  */
  YYSYMBOL_K_REQUEST = 245,                /* K_REQUEST  */
  YYSYMBOL_K_REQUESTED = 246,              /* K_REQUESTED  */
  YYSYMBOL_K_REQUIRE = 247,                /* K_REQUIRE  */
  YYSYMBOL_K_REQUIRED = 248,               /* K_REQUIRED  */
  YYSYMBOL_K_RESCHEDULE = 249,             /* K_RESCHEDULE  */
  YYSYMBOL_K_RESPOND = 250,                /* K_RESPOND  */
  YYSYMBOL_K_RESPONDER = 251,              /* K_RESPONDER  */
  YYSYMBOL_K_RESPONDING = 252,             /* K_RESPONDING  */
  YYSYMBOL_K_RESPONSE = 253,               /* K_RESPONSE  */
  YYSYMBOL_K_RESULT = 254,                 /* K_RESULT  */
  YYSYMBOL_K_RETRANSMISSION = 255,         /* K_RETRANSMISSION  */
  YYSYMBOL_K_RETRANSMISSIONS = 256,        /* K_RETRANSMISSIONS  */
  YYSYMBOL_K_RETRANSMIT = 257,             /* K_RETRANSMIT  */
  YYSYMBOL_K_RETRANSMITS = 258,            /* K_RETRANSMITS  */
  YYSYMBOL_K_RETRANSMITTING = 259,         /* K_RETRANSMITTING  */
  YYSYMBOL_K_RETRY = 260,                  /* K_RETRY  */
  YYSYMBOL_K_REVIVING = 261,               /* K_REVIVING  */
  YYSYMBOL_K_RFC = 262,                    /* K_RFC  */
  YYSYMBOL_K_ROUTE = 263,                  /* K_ROUTE  */
  YYSYMBOL_K_RSA = 264,                    /* K_RSA  */
  YYSYMBOL_K_RUNNING = 265,                /* K_RUNNING  */
  YYSYMBOL_K_SA = 266,                     /* K_SA  */
  YYSYMBOL_K_SAS = 267,                    /* K_SAS  */
  YYSYMBOL_K_SCHEDULE = 268,               /* K_SCHEDULE  */
  YYSYMBOL_K_SCHEDULING = 269,             /* K_SCHEDULING  */
  YYSYMBOL_K_SECCOMP = 270,                /* K_SECCOMP  */
  YYSYMBOL_K_SECOND = 271,                 /* K_SECOND  */
  YYSYMBOL_K_SECONDS = 272,                /* K_SECONDS  */
  YYSYMBOL_K_SECRETS = 273,                /* K_SECRETS  */
  YYSYMBOL_K_SELECTOR = 274,               /* K_SELECTOR  */
  YYSYMBOL_K_SELECTORS = 275,              /* K_SELECTORS  */
  YYSYMBOL_K_SELFTEST = 276,               /* K_SELFTEST  */
  YYSYMBOL_K_SELINUX = 277,                /* K_SELINUX  */
  YYSYMBOL_K_SENDING = 278,                /* K_SENDING  */
  YYSYMBOL_K_SENT = 279,                   /* K_SENT  */
  YYSYMBOL_K_SETTING = 280,                /* K_SETTING  */
  YYSYMBOL_K_SHORT = 281,                  /* K_SHORT  */
  YYSYMBOL_K_SHOULD = 282,                 /* K_SHOULD  */
  YYSYMBOL_K_SHUTTING = 283,               /* K_SHUTTING  */
  YYSYMBOL_K_SIGNAL = 284,                 /* K_SIGNAL  */
  YYSYMBOL_K_SIGNATURE = 285,              /* K_SIGNATURE  */
  YYSYMBOL_K_STARTED = 286,                /* K_STARTED  */
  YYSYMBOL_K_STARTING = 287,               /* K_STARTING  */
  YYSYMBOL_K_STATE = 288,                  /* K_STATE  */
  YYSYMBOL_K_STATUS = 289,                 /* K_STATUS  */
  YYSYMBOL_K_STRING = 290,                 /* K_STRING  */
  YYSYMBOL_K_SUBNET = 291,                 /* K_SUBNET  */
  YYSYMBOL_K_SUITABLE = 292,               /* K_SUITABLE  */
  YYSYMBOL_K_SUPPORT = 293,                /* K_SUPPORT  */
  YYSYMBOL_K_SUPPORTED = 294,              /* K_SUPPORTED  */
  YYSYMBOL_K_SUPPOSED = 295,               /* K_SUPPOSED  */
  YYSYMBOL_K_SUPPRESSING = 296,            /* K_SUPPRESSING  */
  YYSYMBOL_K_SWITCHED = 297,               /* K_SWITCHED  */
  YYSYMBOL_K_SWITCHING = 298,              /* K_SWITCHING  */
  YYSYMBOL_K_SYSTEMD = 299,                /* K_SYSTEMD  */
  YYSYMBOL_K_TERMINATING = 300,            /* K_TERMINATING  */
  YYSYMBOL_K_TESTING = 301,                /* K_TESTING  */
  YYSYMBOL_K_THAN = 302,                   /* K_THAN  */
  YYSYMBOL_K_THE = 303,                    /* K_THE  */
  YYSYMBOL_K_THEM = 304,                   /* K_THEM  */
  YYSYMBOL_K_THIS = 305,                   /* K_THIS  */
  YYSYMBOL_K_TIMEOUT = 306,                /* K_TIMEOUT  */
  YYSYMBOL_K_TO = 307,                     /* K_TO  */
  YYSYMBOL_K_TOO = 308,                    /* K_TOO  */
  YYSYMBOL_K_TRAFFIC = 309,                /* K_TRAFFIC  */
  YYSYMBOL_K_TRANSFORM = 310,              /* K_TRANSFORM  */
  YYSYMBOL_K_TRANSITION = 311,             /* K_TRANSITION  */
  YYSYMBOL_K_TRANSPORT = 312,              /* K_TRANSPORT  */
  YYSYMBOL_K_TUNNEL = 313,                 /* K_TUNNEL  */
  YYSYMBOL_K_TWO = 314,                    /* K_TWO  */
  YYSYMBOL_K_TYPE = 315,                   /* K_TYPE  */
  YYSYMBOL_K_UNABLE = 316,                 /* K_UNABLE  */
  YYSYMBOL_K_UNAUTHENTICATED = 317,        /* K_UNAUTHENTICATED  */
  YYSYMBOL_K_UNEXPECTED = 318,             /* K_UNEXPECTED  */
  YYSYMBOL_K_UNKNOWN = 319,                /* K_UNKNOWN  */
  YYSYMBOL_K_UNLIMITED = 320,              /* K_UNLIMITED  */
  YYSYMBOL_K_UNORIENTED = 321,             /* K_UNORIENTED  */
  YYSYMBOL_K_UP = 322,                     /* K_UP  */
  YYSYMBOL_K_UPDOWN = 323,                 /* K_UPDOWN  */
  YYSYMBOL_K_US = 324,                     /* K_US  */
  YYSYMBOL_K_USING = 325,                  /* K_USING  */
  YYSYMBOL_K_VENDOR = 326,                 /* K_VENDOR  */
  YYSYMBOL_K_WAIT = 327,                   /* K_WAIT  */
  YYSYMBOL_K_WAS = 328,                    /* K_WAS  */
  YYSYMBOL_K_WE = 329,                     /* K_WE  */
  YYSYMBOL_K_WHACK = 330,                  /* K_WHACK  */
  YYSYMBOL_K_WILDCARD = 331,               /* K_WILDCARD  */
  YYSYMBOL_K_WILL = 332,                   /* K_WILL  */
  YYSYMBOL_K_WITH = 333,                   /* K_WITH  */
  YYSYMBOL_K_XAUTH = 334,                  /* K_XAUTH  */
  YYSYMBOL_K_YOU = 335,                    /* K_YOU  */
  YYSYMBOL_NUM = 336,                      /* NUM  */
  YYSYMBOL_DEC = 337,                      /* DEC  */
  YYSYMBOL_DUR = 338,                      /* DUR  */
  YYSYMBOL_SERIAL = 339,                   /* SERIAL  */
  YYSYMBOL_HEX = 340,                      /* HEX  */
  YYSYMBOL_ADDR = 341,                     /* ADDR  */
  YYSYMBOL_SPEC = 342,                     /* SPEC  */
  YYSYMBOL_CAPS = 343,                     /* CAPS  */
  YYSYMBOL_KV = 344,                       /* KV  */
  YYSYMBOL_WORD = 345,                     /* WORD  */
  YYSYMBOL_QSTR = 346,                     /* QSTR  */
  YYSYMBOL_DQSTR = 347,                    /* DQSTR  */
  YYSYMBOL_BRACE = 348,                    /* BRACE  */
  YYSYMBOL_BRACKET = 349,                  /* BRACKET  */
  YYSYMBOL_ARROW = 350,                    /* ARROW  */
  YYSYMBOL_TEXT = 351,                     /* TEXT  */
  YYSYMBOL_PROPS = 352,                    /* PROPS  */
  YYSYMBOL_353_ = 353,                     /* '('  */
  YYSYMBOL_354_ = 354,                     /* ':'  */
  YYSYMBOL_355_ = 355,                     /* ','  */
  YYSYMBOL_356_ = 356,                     /* ')'  */
  YYSYMBOL_357_ = 357,                     /* '-'  */
  YYSYMBOL_358_ = 358,                     /* ';'  */
  YYSYMBOL_359_ = 359,                     /* '.'  */
  YYSYMBOL_360_ = 360,                     /* '!'  */
  YYSYMBOL_361_ = 361,                     /* '?'  */
  YYSYMBOL_YYACCEPT = 362,                 /* $accept  */
  YYSYMBOL_input = 363,                    /* input  */
  YYSYMBOL_line = 364,                     /* line  */
  YYSYMBOL_msg = 365,                      /* msg  */
  YYSYMBOL_msgt = 366,                     /* msgt  */
  YYSYMBOL_obj_err = 367,                  /* obj_err  */
  YYSYMBOL_kernel_msg = 368,               /* kernel_msg  */
  YYSYMBOL_core = 369,                     /* core  */
  YYSYMBOL_sa_noun = 370,                  /* sa_noun  */
  YYSYMBOL_v2exch = 371,                   /* v2exch  */
  YYSYMBOL_v2dir = 372,                    /* v2dir  */
  YYSYMBOL_role = 373,                     /* role  */
  YYSYMBOL_addr = 374,                     /* addr  */
  YYSYMBOL_tunnel_mode = 375,              /* tunnel_mode  */
  YYSYMBOL_est_tail = 376,                 /* est_tail  */
  YYSYMBOL_initiate = 377,                 /* initiate  */
  YYSYMBOL_qm_policy = 378,                /* qm_policy  */
  YYSYMBOL_opt_replace = 379,              /* opt_replace  */
  YYSYMBOL_opt_replacing = 380,            /* opt_replacing  */
  YYSYMBOL_respond = 381,                  /* respond  */
  YYSYMBOL_sent = 382,                     /* sent  */
  YYSYMBOL_opt_possibly = 383,             /* opt_possibly  */
  YYSYMBOL_established = 384,              /* established  */
  YYSYMBOL_proposals = 385,                /* proposals  */
  YYSYMBOL_identity = 386,                 /* identity  */
  YYSYMBOL_id_mode = 387,                  /* id_mode  */
  YYSYMBOL_selectors = 388,                /* selectors  */
  YYSYMBOL_notify = 389,                   /* notify  */
  YYSYMBOL_retransmit = 390,               /* retransmit  */
  YYSYMBOL_keying_start = 391,             /* keying_start  */
  YYSYMBOL_opt_releasing = 392,            /* opt_releasing  */
  YYSYMBOL_secs = 393,                     /* secs  */
  YYSYMBOL_number = 394,                   /* number  */
  YYSYMBOL_delete = 395,                   /* delete  */
  YYSYMBOL_paren_words = 396,              /* paren_words  */
  YYSYMBOL_del_tail = 397,                 /* del_tail  */
  YYSYMBOL_opt_aged = 398,                 /* opt_aged  */
  YYSYMBOL_opt_send = 399,                 /* opt_send  */
  YYSYMBOL_opt_using = 400,                /* opt_using  */
  YYSYMBOL_send_note = 401,                /* send_note  */
  YYSYMBOL_conn_level = 402,               /* conn_level  */
  YYSYMBOL_opt_orient = 403,               /* opt_orient  */
  YYSYMBOL_conn_type = 404,                /* conn_type  */
  YYSYMBOL_misc = 405,                     /* misc  */
  YYSYMBOL_core_text = 406,                /* core_text  */
  YYSYMBOL_alg_sizes = 407,                /* alg_sizes  */
  YYSYMBOL_algo_subj = 408,                /* algo_subj  */
  YYSYMBOL_fail_verb = 409,                /* fail_verb  */
  YYSYMBOL_delete_sa = 410,                /* delete_sa  */
  YYSYMBOL_traffic_proto = 411,            /* traffic_proto  */
  YYSYMBOL_lease = 412,                    /* lease  */
  YYSYMBOL_rest = 413,                     /* rest  */
  YYSYMBOL_any = 414,                      /* any  */
  YYSYMBOL_anyp = 415                      /* anyp  */
};
typedef enum yysymbol_kind_t yysymbol_kind_t;



/* Unqualified %code blocks.  */
#line 26 "grammar/parser.y"

#define KIND(k) px_kind(px, PL_EV_##k)
#define S(f, t) px_s(px, PL_F_##f, (t).s, (t).n)
#define Q(f, t) px_q(px, PL_F_##f, &(t))
#define L(f, lit) px_lit(px, PL_F_##f, lit)
#define I(f, v) px_i(px, PL_F_##f, (v))
#define D(f, v) px_d(px, PL_F_##f, (v))
static void yyerror(pl_pctx *px, const char *msg) { (void) px; (void) msg; }

#line 539 "build-asan-rd/parser.c"

#ifdef short
# undef short
#endif

/* On compilers that do not define __PTRDIFF_MAX__ etc., make sure
   <limits.h> and (if available) <stdint.h> are included
   so that the code can choose integer types of a good width.  */

#ifndef __PTRDIFF_MAX__
# include <limits.h> /* INFRINGES ON USER NAME SPACE */
# if defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stdint.h> /* INFRINGES ON USER NAME SPACE */
#  define YY_STDINT_H
# endif
#endif

/* Narrow types that promote to a signed type and that can represent a
   signed or unsigned integer of at least N bits.  In tables they can
   save space and decrease cache pressure.  Promoting to a signed type
   helps avoid bugs in integer arithmetic.  */

#ifdef __INT_LEAST8_MAX__
typedef __INT_LEAST8_TYPE__ yytype_int8;
#elif defined YY_STDINT_H
typedef int_least8_t yytype_int8;
#else
typedef signed char yytype_int8;
#endif

#ifdef __INT_LEAST16_MAX__
typedef __INT_LEAST16_TYPE__ yytype_int16;
#elif defined YY_STDINT_H
typedef int_least16_t yytype_int16;
#else
typedef short yytype_int16;
#endif

/* Work around bug in HP-UX 11.23, which defines these macros
   incorrectly for preprocessor constants.  This workaround can likely
   be removed in 2023, as HPE has promised support for HP-UX 11.23
   (aka HP-UX 11i v2) only through the end of 2022; see Table 2 of
   <https://h20195.www2.hpe.com/V2/getpdf.aspx/4AA4-7673ENW.pdf>.  */
#ifdef __hpux
# undef UINT_LEAST8_MAX
# undef UINT_LEAST16_MAX
# define UINT_LEAST8_MAX 255
# define UINT_LEAST16_MAX 65535
#endif

#if defined __UINT_LEAST8_MAX__ && __UINT_LEAST8_MAX__ <= __INT_MAX__
typedef __UINT_LEAST8_TYPE__ yytype_uint8;
#elif (!defined __UINT_LEAST8_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST8_MAX <= INT_MAX)
typedef uint_least8_t yytype_uint8;
#elif !defined __UINT_LEAST8_MAX__ && UCHAR_MAX <= INT_MAX
typedef unsigned char yytype_uint8;
#else
typedef short yytype_uint8;
#endif

#if defined __UINT_LEAST16_MAX__ && __UINT_LEAST16_MAX__ <= __INT_MAX__
typedef __UINT_LEAST16_TYPE__ yytype_uint16;
#elif (!defined __UINT_LEAST16_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST16_MAX <= INT_MAX)
typedef uint_least16_t yytype_uint16;
#elif !defined __UINT_LEAST16_MAX__ && USHRT_MAX <= INT_MAX
typedef unsigned short yytype_uint16;
#else
typedef int yytype_uint16;
#endif

#ifndef YYPTRDIFF_T
# if defined __PTRDIFF_TYPE__ && defined __PTRDIFF_MAX__
#  define YYPTRDIFF_T __PTRDIFF_TYPE__
#  define YYPTRDIFF_MAXIMUM __PTRDIFF_MAX__
# elif defined PTRDIFF_MAX
#  ifndef ptrdiff_t
#   include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  endif
#  define YYPTRDIFF_T ptrdiff_t
#  define YYPTRDIFF_MAXIMUM PTRDIFF_MAX
# else
#  define YYPTRDIFF_T long
#  define YYPTRDIFF_MAXIMUM LONG_MAX
# endif
#endif

#ifndef YYSIZE_T
# ifdef __SIZE_TYPE__
#  define YYSIZE_T __SIZE_TYPE__
# elif defined size_t
#  define YYSIZE_T size_t
# elif defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  define YYSIZE_T size_t
# else
#  define YYSIZE_T unsigned
# endif
#endif

#define YYSIZE_MAXIMUM                                  \
  YY_CAST (YYPTRDIFF_T,                                 \
           (YYPTRDIFF_MAXIMUM < YY_CAST (YYSIZE_T, -1)  \
            ? YYPTRDIFF_MAXIMUM                         \
            : YY_CAST (YYSIZE_T, -1)))

#define YYSIZEOF(X) YY_CAST (YYPTRDIFF_T, sizeof (X))


/* Stored state numbers (used for stacks). */
typedef yytype_int16 yy_state_t;

/* State numbers in computations.  */
typedef int yy_state_fast_t;

#ifndef YY_
# if defined YYENABLE_NLS && YYENABLE_NLS
#  if ENABLE_NLS
#   include <libintl.h> /* INFRINGES ON USER NAME SPACE */
#   define YY_(Msgid) dgettext ("bison-runtime", Msgid)
#  endif
# endif
# ifndef YY_
#  define YY_(Msgid) Msgid
# endif
#endif


#ifndef YY_ATTRIBUTE_PURE
# if defined __GNUC__ && 2 < __GNUC__ + (96 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_PURE __attribute__ ((__pure__))
# else
#  define YY_ATTRIBUTE_PURE
# endif
#endif

#ifndef YY_ATTRIBUTE_UNUSED
# if defined __GNUC__ && 2 < __GNUC__ + (7 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_UNUSED __attribute__ ((__unused__))
# else
#  define YY_ATTRIBUTE_UNUSED
# endif
#endif

/* Suppress unused-variable warnings by "using" E.  */
#if ! defined lint || defined __GNUC__
# define YY_USE(E) ((void) (E))
#else
# define YY_USE(E) /* empty */
#endif

/* Suppress an incorrect diagnostic about yylval being uninitialized.  */
#if defined __GNUC__ && ! defined __ICC && 406 <= __GNUC__ * 100 + __GNUC_MINOR__
# if __GNUC__ * 100 + __GNUC_MINOR__ < 407
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")
# else
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")              \
    _Pragma ("GCC diagnostic ignored \"-Wmaybe-uninitialized\"")
# endif
# define YY_IGNORE_MAYBE_UNINITIALIZED_END      \
    _Pragma ("GCC diagnostic pop")
#else
# define YY_INITIAL_VALUE(Value) Value
#endif
#ifndef YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_END
#endif
#ifndef YY_INITIAL_VALUE
# define YY_INITIAL_VALUE(Value) /* Nothing. */
#endif

#if defined __cplusplus && defined __GNUC__ && ! defined __ICC && 6 <= __GNUC__
# define YY_IGNORE_USELESS_CAST_BEGIN                          \
    _Pragma ("GCC diagnostic push")                            \
    _Pragma ("GCC diagnostic ignored \"-Wuseless-cast\"")
# define YY_IGNORE_USELESS_CAST_END            \
    _Pragma ("GCC diagnostic pop")
#endif
#ifndef YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_END
#endif


#define YY_ASSERT(E) ((void) (0 && (E)))

#if !defined yyoverflow

/* The parser invokes alloca or malloc; define the necessary symbols.  */

# ifdef YYSTACK_ALLOC
   /* Pacify GCC's 'empty if-body' warning.  */
#  define YYSTACK_FREE(Ptr) do { /* empty */; } while (0)
#  ifndef YYSTACK_ALLOC_MAXIMUM
    /* The OS might guarantee only one guard page at the bottom of the stack,
       and a page size can be as small as 4096 bytes.  So we cannot safely
       invoke alloca (N) if N exceeds 4096.  Use a slightly smaller number
       to allow for a few compiler-allocated temporary stack slots.  */
#   define YYSTACK_ALLOC_MAXIMUM 4032 /* reasonable circa 2006 */
#  endif
# else
#  define YYSTACK_ALLOC YYMALLOC
#  define YYSTACK_FREE YYFREE
#  ifndef YYSTACK_ALLOC_MAXIMUM
#   define YYSTACK_ALLOC_MAXIMUM YYSIZE_MAXIMUM
#  endif
#  if (defined __cplusplus && ! defined EXIT_SUCCESS \
       && ! ((defined YYMALLOC || defined malloc) \
             && (defined YYFREE || defined free)))
#   include <stdlib.h> /* INFRINGES ON USER NAME SPACE */
#   ifndef EXIT_SUCCESS
#    define EXIT_SUCCESS 0
#   endif
#  endif
#  ifndef YYMALLOC
#   define YYMALLOC malloc
#   if ! defined malloc && ! defined EXIT_SUCCESS
void *malloc (YYSIZE_T); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
#  ifndef YYFREE
#   define YYFREE free
#   if ! defined free && ! defined EXIT_SUCCESS
void free (void *); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
# endif
#endif /* !defined yyoverflow */

#if (! defined yyoverflow \
     && (! defined __cplusplus \
         || (defined PL_YYSTYPE_IS_TRIVIAL && PL_YYSTYPE_IS_TRIVIAL)))

/* A type that is properly aligned for any stack member.  */
union yyalloc
{
  yy_state_t yyss_alloc;
  YYSTYPE yyvs_alloc;
};

/* The size of the maximum gap between one aligned stack and the next.  */
# define YYSTACK_GAP_MAXIMUM (YYSIZEOF (union yyalloc) - 1)

/* The size of an array large to enough to hold all stacks, each with
   N elements.  */
# define YYSTACK_BYTES(N) \
     ((N) * (YYSIZEOF (yy_state_t) + YYSIZEOF (YYSTYPE)) \
      + YYSTACK_GAP_MAXIMUM)

# define YYCOPY_NEEDED 1

/* Relocate STACK from its old location to the new one.  The
   local variables YYSIZE and YYSTACKSIZE give the old and new number of
   elements in the stack, and YYPTR gives the new location of the
   stack.  Advance YYPTR to a properly aligned location for the next
   stack.  */
# define YYSTACK_RELOCATE(Stack_alloc, Stack)                           \
    do                                                                  \
      {                                                                 \
        YYPTRDIFF_T yynewbytes;                                         \
        YYCOPY (&yyptr->Stack_alloc, Stack, yysize);                    \
        Stack = &yyptr->Stack_alloc;                                    \
        yynewbytes = yystacksize * YYSIZEOF (*Stack) + YYSTACK_GAP_MAXIMUM; \
        yyptr += yynewbytes / YYSIZEOF (*yyptr);                        \
      }                                                                 \
    while (0)

#endif

#if defined YYCOPY_NEEDED && YYCOPY_NEEDED
/* Copy COUNT objects from SRC to DST.  The source and destination do
   not overlap.  */
# ifndef YYCOPY
#  if defined __GNUC__ && 1 < __GNUC__
#   define YYCOPY(Dst, Src, Count) \
      __builtin_memcpy (Dst, Src, YY_CAST (YYSIZE_T, (Count)) * sizeof (*(Src)))
#  else
#   define YYCOPY(Dst, Src, Count)              \
      do                                        \
        {                                       \
          YYPTRDIFF_T yyi;                      \
          for (yyi = 0; yyi < (Count); yyi++)   \
            (Dst)[yyi] = (Src)[yyi];            \
        }                                       \
      while (0)
#  endif
# endif
#endif /* !YYCOPY_NEEDED */

/* YYFINAL -- State number of the termination state.  */
#define YYFINAL  2
/* YYLAST -- Last index in YYTABLE.  */
#define YYLAST   4091

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  362
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  54
/* YYNRULES -- Number of rules.  */
#define YYNRULES  1162
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  2039

/* YYMAXUTOK -- Last valid token kind.  */
#define YYMAXUTOK   607


/* YYTRANSLATE(TOKEN-NUM) -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex, with out-of-bounds checking.  */
#define YYTRANSLATE(YYX)                                \
  (0 <= (YYX) && (YYX) <= YYMAXUTOK                     \
   ? YY_CAST (yysymbol_kind_t, yytranslate[YYX])        \
   : YYSYMBOL_YYUNDEF)

/* YYTRANSLATE[TOKEN-NUM] -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex.  */
static const yytype_int16 yytranslate[] =
{
       0,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,   360,     2,     2,     2,     2,     2,     2,
     353,   356,     2,     2,   355,   357,   359,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,   354,   358,
       2,     2,     2,   361,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     1,     2,     3,     4,
       5,     6,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    17,    18,    19,    20,    21,    22,    23,    24,
      25,    26,    27,    28,    29,    30,    31,    32,    33,    34,
      35,    36,    37,    38,    39,    40,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    51,    52,    53,    54,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,    73,    74,
      75,    76,    77,    78,    79,    80,    81,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,    97,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   111,   112,   113,   114,
     115,   116,   117,   118,   119,   120,   121,   122,   123,   124,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     135,   136,   137,   138,   139,   140,   141,   142,   143,   144,
     145,   146,   147,   148,   149,   150,   151,   152,   153,   154,
     155,   156,   157,   158,   159,   160,   161,   162,   163,   164,
     165,   166,   167,   168,   169,   170,   171,   172,   173,   174,
     175,   176,   177,   178,   179,   180,   181,   182,   183,   184,
     185,   186,   187,   188,   189,   190,   191,   192,   193,   194,
     195,   196,   197,   198,   199,   200,   201,   202,   203,   204,
     205,   206,   207,   208,   209,   210,   211,   212,   213,   214,
     215,   216,   217,   218,   219,   220,   221,   222,   223,   224,
     225,   226,   227,   228,   229,   230,   231,   232,   233,   234,
     235,   236,   237,   238,   239,   240,   241,   242,   243,   244,
     245,   246,   247,   248,   249,   250,   251,   252,   253,   254,
     255,   256,   257,   258,   259,   260,   261,   262,   263,   264,
     265,   266,   267,   268,   269,   270,   271,   272,   273,   274,
     275,   276,   277,   278,   279,   280,   281,   282,   283,   284,
     285,   286,   287,   288,   289,   290,   291,   292,   293,   294,
     295,   296,   297,   298,   299,   300,   301,   302,   303,   304,
     305,   306,   307,   308,   309,   310,   311,   312,   313,   314,
     315,   316,   317,   318,   319,   320,   321,   322,   323,   324,
     325,   326,   327,   328,   329,   330,   331,   332,   333,   334,
     335,   336,   337,   338,   339,   340,   341,   342,   343,   344,
     345,   346,   347,   348,   349,   350,   351,   352
};

#if PL_YYDEBUG
/* YYRLINE[YYN] -- Source line where rule number YYN was defined.  */
static const yytype_int16 yyrline[] =
{
       0,    95,    95,    96,   100,   101,   103,   104,   105,   112,
     113,   118,   119,   125,   126,   130,   135,   136,   137,   138,
     139,   140,   141,   142,   143,   144,   145,   146,   155,   156,
     157,   158,   163,   164,   165,   166,   167,   168,   173,   174,
     175,   176,   180,   181,   185,   185,   185,   185,   189,   190,
     195,   196,   197,   198,   204,   206,   208,   210,   212,   214,
     216,   218,   221,   223,   225,   227,   229,   231,   234,   239,
     239,   243,   244,   248,   249,   250,   256,   258,   260,   262,
     264,   266,   274,   276,   279,   281,   283,   285,   287,   289,
     291,   293,   295,   298,   301,   303,   305,   310,   311,   317,
     320,   322,   329,   331,   338,   340,   342,   344,   346,   348,
     350,   352,   357,   358,   359,   365,   367,   369,   371,   373,
     375,   377,   379,   381,   383,   385,   392,   394,   396,   398,
     400,   402,   404,   406,   413,   415,   417,   419,   421,   426,
     427,   431,   432,   436,   437,   441,   442,   448,   450,   452,
     454,   456,   461,   462,   466,   470,   471,   475,   476,   480,
     481,   482,   486,   487,   488,   494,   496,   498,   500,   502,
     504,   509,   510,   511,   515,   516,   517,   521,   523,   525,
     527,   529,   531,   533,   535,   537,   539,   546,   548,   550,
     552,   554,   556,   558,   560,   562,   565,   567,   569,   572,
     574,   577,   579,   581,   584,   586,   588,   590,   593,   595,
     597,   599,   601,   603,   605,   607,   609,   611,   613,   615,
     617,   619,   621,   623,   625,   627,   629,   631,   633,   635,
     637,   639,   641,   644,   646,   648,   650,   652,   654,   656,
     658,   661,   663,   665,   667,   669,   671,   673,   675,   677,
     679,   682,   684,   686,   689,   691,   693,   695,   697,   699,
     701,   703,   705,   707,   709,   711,   713,   715,   717,   719,
     722,   724,   726,   728,   731,   733,   735,   737,   741,   743,
     745,   747,   749,   751,   753,   755,   759,   761,   763,   765,
     767,   769,   771,   773,   775,   777,   779,   781,   783,   785,
     787,   790,   792,   794,   796,   798,   801,   803,   805,   807,
     809,   811,   813,   815,   817,   819,   821,   823,   825,   827,
     829,   831,   833,   835,   837,   839,   841,   843,   845,   847,
     849,   851,   853,   855,   857,   859,   861,   863,   865,   867,
     869,   871,   873,   875,   877,   879,   881,   884,   886,   888,
     890,   892,   894,   896,   898,   900,   902,   905,   907,   909,
     911,   913,   916,   918,   920,   922,   924,   926,   928,   930,
     932,   934,   937,   939,   941,   943,   945,   947,   949,   951,
     953,   955,   957,   959,   961,   963,   965,   967,   969,   971,
     973,   975,   977,   979,   981,   983,   985,   987,   989,   991,
     993,   995,   997,   999,  1001,  1003,  1005,  1007,  1009,  1011,
    1013,  1015,  1017,  1019,  1021,  1023,  1025,  1027,  1029,  1031,
    1033,  1035,  1037,  1039,  1041,  1043,  1045,  1047,  1052,  1053,
    1054,  1058,  1058,  1058,  1058,  1058,  1062,  1062,  1066,  1066,
    1070,  1070,  1070,  1074,  1074,  1074,  1074,  1074,  1074,  1074,
    1074,  1079,  1080,  1084,  1084,  1084,  1084,  1084,  1084,  1084,
    1084,  1084,  1084,  1084,  1084,  1084,  1084,  1085,  1085,  1085,
    1085,  1085,  1085,  1085,  1085,  1085,  1085,  1085,  1085,  1087,
    1087,  1087,  1087,  1087,  1087,  1087,  1088,  1088,  1088,  1088,
    1088,  1088,  1088,  1089,  1089,  1089,  1089,  1089,  1089,  1089,
    1090,  1090,  1090,  1090,  1090,  1090,  1090,  1091,  1091,  1091,
    1091,  1091,  1091,  1091,  1092,  1092,  1092,  1092,  1092,  1092,
    1092,  1093,  1093,  1093,  1093,  1093,  1093,  1093,  1094,  1094,
    1094,  1094,  1094,  1094,  1094,  1095,  1095,  1095,  1095,  1095,
    1095,  1095,  1096,  1096,  1096,  1096,  1096,  1096,  1096,  1097,
    1097,  1097,  1097,  1097,  1097,  1097,  1098,  1098,  1098,  1098,
    1098,  1098,  1098,  1099,  1099,  1099,  1099,  1099,  1099,  1099,
    1100,  1100,  1100,  1100,  1100,  1100,  1100,  1101,  1101,  1101,
    1101,  1101,  1101,  1101,  1102,  1102,  1102,  1102,  1102,  1102,
    1102,  1103,  1103,  1103,  1103,  1103,  1103,  1103,  1104,  1104,
    1104,  1104,  1104,  1104,  1104,  1105,  1105,  1105,  1105,  1105,
    1105,  1105,  1106,  1106,  1106,  1106,  1106,  1106,  1106,  1107,
    1107,  1107,  1107,  1107,  1107,  1107,  1108,  1108,  1108,  1108,
    1108,  1108,  1108,  1109,  1109,  1109,  1109,  1109,  1109,  1109,
    1110,  1110,  1110,  1110,  1110,  1110,  1110,  1111,  1111,  1111,
    1111,  1111,  1111,  1111,  1112,  1112,  1112,  1112,  1112,  1112,
    1112,  1113,  1113,  1113,  1113,  1113,  1113,  1113,  1114,  1114,
    1114,  1114,  1114,  1114,  1114,  1115,  1115,  1115,  1115,  1115,
    1115,  1115,  1116,  1116,  1116,  1116,  1116,  1116,  1116,  1117,
    1117,  1117,  1117,  1117,  1117,  1117,  1118,  1118,  1118,  1118,
    1118,  1118,  1118,  1119,  1119,  1119,  1119,  1119,  1119,  1119,
    1120,  1120,  1120,  1120,  1120,  1120,  1120,  1121,  1121,  1121,
    1121,  1121,  1121,  1121,  1122,  1122,  1122,  1122,  1122,  1122,
    1122,  1123,  1123,  1123,  1123,  1123,  1123,  1123,  1124,  1124,
    1124,  1124,  1124,  1124,  1124,  1125,  1125,  1125,  1125,  1125,
    1125,  1125,  1126,  1126,  1126,  1126,  1126,  1126,  1126,  1127,
    1127,  1127,  1127,  1127,  1127,  1127,  1128,  1128,  1128,  1128,
    1128,  1128,  1128,  1129,  1129,  1129,  1129,  1129,  1129,  1129,
    1130,  1130,  1130,  1130,  1130,  1130,  1130,  1131,  1131,  1131,
    1131,  1131,  1131,  1131,  1132,  1132,  1132,  1132,  1132,  1132,
    1132,  1133,  1133,  1133,  1133,  1133,  1133,  1133,  1134,  1139,
    1139,  1139,  1139,  1139,  1139,  1139,  1139,  1139,  1139,  1139,
    1139,  1139,  1139,  1140,  1140,  1140,  1140,  1140,  1140,  1140,
    1140,  1140,  1140,  1142,  1142,  1142,  1142,  1142,  1142,  1142,
    1143,  1143,  1143,  1143,  1143,  1143,  1143,  1144,  1144,  1144,
    1144,  1144,  1144,  1144,  1145,  1145,  1145,  1145,  1145,  1145,
    1145,  1146,  1146,  1146,  1146,  1146,  1146,  1146,  1147,  1147,
    1147,  1147,  1147,  1147,  1147,  1148,  1148,  1148,  1148,  1148,
    1148,  1148,  1149,  1149,  1149,  1149,  1149,  1149,  1149,  1150,
    1150,  1150,  1150,  1150,  1150,  1150,  1151,  1151,  1151,  1151,
    1151,  1151,  1151,  1152,  1152,  1152,  1152,  1152,  1152,  1152,
    1153,  1153,  1153,  1153,  1153,  1153,  1153,  1154,  1154,  1154,
    1154,  1154,  1154,  1154,  1155,  1155,  1155,  1155,  1155,  1155,
    1155,  1156,  1156,  1156,  1156,  1156,  1156,  1156,  1157,  1157,
    1157,  1157,  1157,  1157,  1157,  1158,  1158,  1158,  1158,  1158,
    1158,  1158,  1159,  1159,  1159,  1159,  1159,  1159,  1159,  1160,
    1160,  1160,  1160,  1160,  1160,  1160,  1161,  1161,  1161,  1161,
    1161,  1161,  1161,  1162,  1162,  1162,  1162,  1162,  1162,  1162,
    1163,  1163,  1163,  1163,  1163,  1163,  1163,  1164,  1164,  1164,
    1164,  1164,  1164,  1164,  1165,  1165,  1165,  1165,  1165,  1165,
    1165,  1166,  1166,  1166,  1166,  1166,  1166,  1166,  1167,  1167,
    1167,  1167,  1167,  1167,  1167,  1168,  1168,  1168,  1168,  1168,
    1168,  1168,  1169,  1169,  1169,  1169,  1169,  1169,  1169,  1170,
    1170,  1170,  1170,  1170,  1170,  1170,  1171,  1171,  1171,  1171,
    1171,  1171,  1171,  1172,  1172,  1172,  1172,  1172,  1172,  1172,
    1173,  1173,  1173,  1173,  1173,  1173,  1173,  1174,  1174,  1174,
    1174,  1174,  1174,  1174,  1175,  1175,  1175,  1175,  1175,  1175,
    1175,  1176,  1176,  1176,  1176,  1176,  1176,  1176,  1177,  1177,
    1177,  1177,  1177,  1177,  1177,  1178,  1178,  1178,  1178,  1178,
    1178,  1178,  1179,  1179,  1179,  1179,  1179,  1179,  1179,  1180,
    1180,  1180,  1180,  1180,  1180,  1180,  1181,  1181,  1181,  1181,
    1181,  1181,  1181,  1182,  1182,  1182,  1182,  1182,  1182,  1182,
    1183,  1183,  1183,  1183,  1183,  1183,  1183,  1184,  1184,  1184,
    1184,  1184,  1184,  1184,  1185,  1185,  1185,  1185,  1185,  1185,
    1185,  1186,  1186,  1186,  1186,  1186,  1186,  1186,  1187,  1187,
    1187,  1187,  1187,  1187,  1187,  1188,  1188,  1188,  1188,  1188,
    1188,  1188,  1189
};
#endif

/** Accessing symbol of state STATE.  */
#define YY_ACCESSING_SYMBOL(State) YY_CAST (yysymbol_kind_t, yystos[State])

#if PL_YYDEBUG || 0
/* The user-facing name of the symbol whose (internal) number is
   YYSYMBOL.  No bounds checking.  */
static const char *yysymbol_name (yysymbol_kind_t yysymbol) YY_ATTRIBUTE_UNUSED;

/* YYTNAME[SYMBOL-NUM] -- String name of the symbol SYMBOL-NUM.
   First, the terminals, then, starting at YYNTOKENS, nonterminals.  */
static const char *const yytname[] =
{
  "\"end of file\"", "error", "\"invalid token\"", "T_EOL", "T_DEBUG",
  "T_OTHER", "K_A", "K_ACCEPTABLE", "K_ACCEPTED", "K_ACTION", "K_ADD",
  "K_ADDED", "K_ADDING", "K_AFTER", "K_AGED", "K_AGGRESSIVE", "K_AH",
  "K_ALGORITHM", "K_ALGORITHMS", "K_ALL", "K_ALLOW", "K_ALLOWS",
  "K_ALREADY", "K_AM", "K_AN", "K_AND", "K_ASKING", "K_AT", "K_ATTEMPT",
  "K_AUTH", "K_AUTHBY", "K_AUTHENTICATE", "K_AUTHENTICATED",
  "K_AUTHENTICATION", "K_AWAITING", "K_BE", "K_BECAUSE", "K_BEEN",
  "K_BETTER", "K_BLOCK", "K_BLOCKS", "K_BUT", "K_BY", "K_BYTES",
  "K_CAMELLIA", "K_CAN", "K_CANNOT", "K_CANT", "K_CERTIFICATE", "K_CHILD",
  "K_CHOSEN", "K_CISCO", "K_CLEARING", "K_CLIENT", "K_COMMAND",
  "K_COMPATIBLE", "K_COMPLETED", "K_CONFIGURED", "K_CONFIRMATION",
  "K_CONFLICT", "K_CONNECTION", "K_CONTAINED", "K_CONTAINING", "K_CORE",
  "K_COULD", "K_CREATED", "K_CREATE_CHILD_SA", "K_CRL", "K_CRYPTO",
  "K_DEAD", "K_DEBUGGING", "K_DECRYPTED", "K_DELETE", "K_DELETING",
  "K_DESCRIPTION", "K_DETECTION", "K_DID", "K_DISABLED", "K_DISCARDING",
  "K_DNS", "K_DOES", "K_DOMAIN", "K_DOWN", "K_DPD", "K_DROPPING", "K_DUMP",
  "K_DUPLICATE", "K_EMPTY", "K_ENABLING", "K_ENCOUNTERED", "K_ENCRYPTED",
  "K_ENCRYPTING", "K_EROUTE", "K_ERROR", "K_ERROR_UC", "K_ESP",
  "K_ESTABLISHED", "K_EXCEEDED", "K_EXCHANGE", "K_EXITED", "K_EXPECTED",
  "K_EXPECTING", "K_EXPIRED", "K_EXTRA", "K_FAIL", "K_FAILED", "K_FAILURE",
  "K_FATAL", "K_FILE", "K_FIND", "K_FIPS", "K_FIRST", "K_FOR",
  "K_FORGETTING", "K_FOUND", "K_FROM", "K_GATEWAY", "K_HAS", "K_HASH",
  "K_HIT", "K_HMAC", "K_I", "K_ID", "K_IGNORED", "K_IGNORING", "K_IKE",
  "K_IKETCP", "K_IKEV1", "K_IKEV2", "K_IKE_ALG", "K_IKE_AUTH",
  "K_IKE_INTERMEDIATE", "K_IKE_SA_INIT", "K_IKE_SESSION_RESUME", "K_IN",
  "K_INBOUND", "K_INCLUDING", "K_INFORMATION", "K_INFORMATIONAL",
  "K_INFORMATIONAL_X", "K_INITIAL", "K_INITIALIZING", "K_INITIATE",
  "K_INITIATING", "K_INITIATOR", "K_INSTALL", "K_INSTALLED", "K_IP",
  "K_IPCOMP", "K_IPSEC", "K_IPSEC_INTERFACE", "K_IPV4", "K_IPV6", "K_IS",
  "K_ISAKMP", "K_KERNEL", "K_KEY", "K_KEYING", "K_KIND", "K_KNOWN",
  "K_LEAK", "K_LENGTH", "K_LINUX", "K_LISTENING", "K_LIVENESS",
  "K_LIVENESS_CHECK", "K_LOADED", "K_LOADING", "K_LOCAL", "K_MAIN",
  "K_MALFORMED", "K_MARKING", "K_MATCHES", "K_MAX", "K_MESSAGE",
  "K_MISMATCH", "K_MISMATCHED", "K_MISSING", "K_MODE", "K_MODECFG",
  "K_MOST", "K_MULTIPLE", "K_NAT_TRAVERSAL", "K_NEGOTIATED", "K_NETLINK",
  "K_NETLINK_EXPIRE", "K_NEW", "K_NEWEST", "K_NEXT", "K_NO",
  "K_NON_CRITICAL", "K_NOT", "K_NOTE", "K_NOTIFICATION", "K_NUMBER",
  "K_OAKLEY", "K_OF", "K_OMITTING", "K_ON", "K_ONE", "K_ON_DEMAND",
  "K_ORIENTED", "K_OTHER", "K_OUTPUT", "K_PACKET", "K_PARENT",
  "K_PASSTHROUGH", "K_PAYLOAD", "K_PEER", "K_PHASE", "K_PLUTO", "K_POLICY",
  "K_PORT", "K_POSSIBLE", "K_POSSIBLY", "K_PPK", "K_PREVIOUS", "K_PRF",
  "K_PRIVATE", "K_PROBABLE", "K_PROCESSED", "K_PROCESSING", "K_PROMPT",
  "K_PROPOSAL", "K_PROPOSALS", "K_PROPOSED", "K_PSK", "K_QUEUE", "K_QUICK",
  "K_REACHED", "K_RECEIVED", "K_REDIRECT", "K_REDIRECTS", "K_REFUSED",
  "K_REGISTERED", "K_REJECTED", "K_REKEY", "K_REKEYED", "K_RELEASING",
  "K_REMAIN", "K_REMOTE", "K_REPLACE", "K_REPLACED", "K_REPLACING",
  "K_REPLY", "K_REQUEST", "K_REQUESTED", "K_REQUIRE", "K_REQUIRED",
  "K_RESCHEDULE", "K_RESPOND", "K_RESPONDER", "K_RESPONDING", "K_RESPONSE",
  "K_RESULT", "K_RETRANSMISSION", "K_RETRANSMISSIONS", "K_RETRANSMIT",
  "K_RETRANSMITS", "K_RETRANSMITTING", "K_RETRY", "K_REVIVING", "K_RFC",
  "K_ROUTE", "K_RSA", "K_RUNNING", "K_SA", "K_SAS", "K_SCHEDULE",
  "K_SCHEDULING", "K_SECCOMP", "K_SECOND", "K_SECONDS", "K_SECRETS",
  "K_SELECTOR", "K_SELECTORS", "K_SELFTEST", "K_SELINUX", "K_SENDING",
  "K_SENT", "K_SETTING", "K_SHORT", "K_SHOULD", "K_SHUTTING", "K_SIGNAL",
  "K_SIGNATURE", "K_STARTED", "K_STARTING", "K_STATE", "K_STATUS",
  "K_STRING", "K_SUBNET", "K_SUITABLE", "K_SUPPORT", "K_SUPPORTED",
  "K_SUPPOSED", "K_SUPPRESSING", "K_SWITCHED", "K_SWITCHING", "K_SYSTEMD",
  "K_TERMINATING", "K_TESTING", "K_THAN", "K_THE", "K_THEM", "K_THIS",
  "K_TIMEOUT", "K_TO", "K_TOO", "K_TRAFFIC", "K_TRANSFORM", "K_TRANSITION",
  "K_TRANSPORT", "K_TUNNEL", "K_TWO", "K_TYPE", "K_UNABLE",
  "K_UNAUTHENTICATED", "K_UNEXPECTED", "K_UNKNOWN", "K_UNLIMITED",
  "K_UNORIENTED", "K_UP", "K_UPDOWN", "K_US", "K_USING", "K_VENDOR",
  "K_WAIT", "K_WAS", "K_WE", "K_WHACK", "K_WILDCARD", "K_WILL", "K_WITH",
  "K_XAUTH", "K_YOU", "NUM", "DEC", "DUR", "SERIAL", "HEX", "ADDR", "SPEC",
  "CAPS", "KV", "WORD", "QSTR", "DQSTR", "BRACE", "BRACKET", "ARROW",
  "TEXT", "PROPS", "'('", "':'", "','", "')'", "'-'", "';'", "'.'", "'!'",
  "'?'", "$accept", "input", "line", "msg", "msgt", "obj_err",
  "kernel_msg", "core", "sa_noun", "v2exch", "v2dir", "role", "addr",
  "tunnel_mode", "est_tail", "initiate", "qm_policy", "opt_replace",
  "opt_replacing", "respond", "sent", "opt_possibly", "established",
  "proposals", "identity", "id_mode", "selectors", "notify", "retransmit",
  "keying_start", "opt_releasing", "secs", "number", "delete",
  "paren_words", "del_tail", "opt_aged", "opt_send", "opt_using",
  "send_note", "conn_level", "opt_orient", "conn_type", "misc",
  "core_text", "alg_sizes", "algo_subj", "fail_verb", "delete_sa",
  "traffic_proto", "lease", "rest", "any", "anyp", YY_NULLPTR
};

static const char *
yysymbol_name (yysymbol_kind_t yysymbol)
{
  return yytname[yysymbol];
}
#endif

#define YYPACT_NINF (-1669)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-443)

#define yytable_value_is_error(Yyn) \
  0

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
   -1669,  1098, -1669,    77,  -202,    70, -1669, -1669, -1669,   192,
   -1669,   116,  -166,   -58,   -74,    40,   118, -1669,  -201,   -49,
     224,   127,    -8,   291,   227,   282,   181,   248,   408, -1669,
      -1,    50,   113,   197,   309, -1669,    73,   283,    86,   361,
     131,  -139, -1669, -1669, -1669,   221,   390,   179, -1669,   432,
     178,   104, -1669, -1669, -1669, -1669, -1669,   -19, -1669,    33,
   -1669,   -97,    34, -1669,   150,   -25,   199, -1669, -1669, -1669,
   -1669,   458, -1669, -1669, -1669, -1669, -1669,   279,   -69, -1669,
     124, -1669,  -215,   -44, -1669, -1669,    -2,    28,   273,   130,
     176, -1669,   448,   -60,   254,   230,   -20,   340,   417, -1669,
   -1669,   342,   474,   482,   419,   396,   158,   479,   245,   337,
     149,   177,   211,   182, -1669, -1669,   217,   414,   169,   433,
   -1669,   201,   -13,   218,    55, -1669,   438, -1669,   -67,   370,
   -1669,   460, -1669,   -96,   229,   189,   297,   -70, -1669, -1669,
     288,  -157,   348,   206,   208,   453,   529,   263,   482,   220,
     409,   -31,   -22,   293,   -93,   237,   456,   434,   350,  -182,
   -1669, -1669,     6,   574,   575, -1669,    -6,   219,    75, -1669,
   -1669, -1669, -1669, -1669, -1669,   401, -1669, -1669, -1669,   552,
   -1669, -1669, -1669, -1669,   563,   275, -1669, -1669,   514, -1669,
   -1669, -1669, -1669, -1669, -1669,   285,   -60,  2317, -1669,  2317,
     235, -1669, -1669, -1669, -1669, -1669,   440, -1669,   286, -1669,
     240, -1669,  2317, -1669,   287,  -147, -1669,   505, -1669,   410,
   -1669,  -184,   374, -1669, -1669,   266,   527, -1669,   341, -1669,
   -1669,   351,   315,   383,  -232, -1669,   -23,  2317,   259, -1669,
   -1669, -1669,   482, -1669, -1669, -1669, -1669,   525,  2317, -1669,
     310,   353,   356, -1669,     0, -1669, -1669, -1669,  2317,  2317,
     345,   435, -1669,   421,   420,  -104, -1669, -1669,   490,   376,
   -1669,  2317,   452, -1669, -1669, -1669, -1669,  2317, -1669, -1669,
     454,   455,   365,  2317, -1669, -1669,   391,   404,   461,   372,
     290,   444,    29,    38,   463,   464,   336,   439,   415, -1669,
     296, -1669,  2317,  2317,  2317,  2317,   292,  2317,  2317,  2317,
    2317,   451,   305,   614, -1669,  2317, -1669,  2317, -1669, -1669,
   -1669, -1669,  2317,  2317, -1669,   338,    64, -1669, -1669,   591,
     429,   604, -1669,   595, -1669,   534, -1669,   311,  2317, -1669,
   -1669, -1669, -1669,   598,   307,   566, -1669,  -123,   465,   457,
   -1669,   468,  2317, -1669,   559,   261,   536,   261, -1669,    -9,
     562,   312, -1669,     8, -1669,  -175, -1669, -1669, -1669,   462,
   -1669, -1669, -1669, -1669, -1669, -1669,   546, -1669,   -27, -1669,
     329, -1669, -1669,  2317,    21,   622,   343,   425,   261,  2317,
   -1669, -1669, -1669, -1669, -1669, -1669,  2317,   319,  2317,   486,
     339, -1669, -1669,   502,   632,   506,   507,   331,   332,  -121,
    2317, -1669,  2317, -1669, -1669, -1669, -1669,   661, -1669, -1669,
     344,  2317,  2317,   363, -1669,   335,   467,   189, -1669,   402,
   -1669, -1669,   519,   189, -1669, -1669, -1669,   346, -1669,   405,
   -1669,   503,   389, -1669, -1669,   347,   423,   424,   511, -1669,
     352, -1669, -1669, -1669, -1669,  3739,   570,   668,   418, -1669,
     608, -1669, -1669,   606,   487,   521,   518,   488,   366,   605,
   -1669, -1669,   592,   497,   561,   369,   371,   540, -1669, -1669,
   -1669, -1669,   -76,   -29, -1669,   375, -1669, -1669,   377, -1669,
   -1669, -1669, -1669, -1669,    47,   609,   163,   482,   204,   520,
     395,   378,   597,  2317,   392, -1669,   676, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669,  2317, -1669,  2317,  2317,  2317,  2317,
    2317, -1669,  2317,   588,  2317, -1669,  2317,   466,   384, -1669,
    2317, -1669,  2317, -1669,  2317, -1669, -1669,   581,  2317,  2317,
     650, -1669,  2317,  2317,  2317,   406, -1669,   393,   407,  2317,
   -1669,  3385, -1669,  2317,  2317,   573,  2317,  2317,  2317,   610,
    2317,   399,   427,   397,  2317,   689, -1669, -1669, -1669,  2317,
    2317,  2317, -1669, -1669,  2317, -1669,   -66, -1669, -1669,  2317,
    2317,   547,   694,   426,  2317,  2317,  2317,  2317,  2317, -1669,
     583,   584,  2317,  2317,   428, -1669,  -214,   437, -1669, -1669,
     585,   586,   459,   499,   469,  -259, -1669,   504, -1669,   535,
   -1669,   513, -1669, -1669,  2317,  2317,  2317,  2317,  2317,  2317,
    2317, -1669,   470,   637,  2317,  2317,   658,   601,   662,  2317,
     666,  2317, -1669,  2317,   548, -1669, -1669,    26,  2317,   441,
     607,   671, -1669,  2317,   765,  2317, -1669, -1669, -1669,   541,
   -1669,  2317,   672,   738, -1669, -1669,  2317, -1669,  -101, -1669,
   -1669,   582,  2317, -1669,  2317,  2317,   587, -1669, -1669,  -100,
    2317, -1669,  2317,  2317,   612,   613,   615, -1669,   526,   471,
     489,   442,  2317,  2317,  2317,  2317,  2317, -1669,   472,   492,
    2317,  -105, -1669,  -193,   105,   253,   695, -1669, -1669,  2317,
    2317,  2317,  2317, -1669,  2317,  2317, -1669,   496,  2317, -1669,
     443, -1669,  2317,   473,  2317,  2317,   740,   500,  2317,  2317,
    2317,   589,  2317, -1669,  2317, -1669,   708,  2317,  2317, -1669,
   -1669, -1669,   512,  2317, -1669,  2317,  2317,   328,   611, -1669,
   -1669,   475,   565,   476,  2317,   477,   478,   480,   515,   654,
   -1669,   484, -1669,  2317,  2317, -1669,   483,   616,   485,   540,
   -1669, -1669,  1961, -1669,   576, -1669,   635,   639, -1669,   491,
   -1669,  2317,   481,  2317,  2317,   758,  2317,  2317,   516, -1669,
   -1669,   771, -1669,   555,   556,   494,   557,   560,   703,   631,
   -1669,   493, -1669,  2317, -1669,  2317,  2317,   567,  2317, -1669,
     495,  2317,  2317,  2317,  2317,  2317,   642,   638,  2317,   498,
    2317,   501,   508,  2317, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,  2673, -1669,
    2317,   766,   553,   617,   517,   808,   509,  2317,  2317,  2317,
    2317,   522,   528,  2317,  2317,   510,   523,   619,  2317,   624,
   -1669, -1669,  2317,   618,   524, -1669,   717,  2317,  2317,   792,
     797,   202, -1669,   469, -1669, -1669, -1669,   469,  2317,   469,
    2317, -1669,  2317,   530,  2317,  2317,  2317, -1669,   709,   537,
     620, -1669,   659,  2317, -1669,  2317, -1669,   531,   664,   754,
    2317, -1669,  2317,  2317,   533,  2317,   634,   757,  2317,  2317,
    2317,   704,   673, -1669, -1669,  2317, -1669,  2317,  2317,   623,
     539,  2317, -1669,   767,  -172,  2317,   549,    24,   805,   564,
    2317,   590,   189,   538,   543,  2317,   538,   538,   544,   538,
     551,   746,   804,   558,  2317,  2317,  2317,  2317,   841,   189,
     599,   568,   550, -1669,   868,  2317,  2317,   892,  2317,  2317,
    2317, -1669,  2317, -1669,   865, -1669,    67, -1669, -1669, -1669,
     569,  2317, -1669,  2317,  2317, -1669,   580, -1669, -1669,  2317,
   -1669,  2317,   867,  2317, -1669, -1669, -1669, -1669,   900,   826,
    2317,  2317,   655,  2317,   600,   572, -1669,   593,   594,   769,
     373,   579,   675,  2317, -1669,   621,   602,   625,   571,   910,
     910, -1669,   626,   627, -1669,   578, -1669, -1669, -1669,   628,
   -1669, -1669, -1669, -1669,  2317,   603,   866,   665,   469,   469,
     -12, -1669,   596, -1669,  2317,   629,   674,   873,   710,  2317,
     633,  2317,   641,   830,   877,  2317, -1669,   719,   707, -1669,
     630,  2317,  2317,  2317,   853,    26,  2317,   636,   643, -1669,
     645, -1669, -1669,   839,    95,   750,   640,   189, -1669,  -188,
   -1669,   855, -1669, -1669,   823, -1669,   538,   693,    26,    26,
   -1669,   646,   678, -1669,   189,   644,   647,  2317,  2317,   648,
    2317,   649,   657,  2317,  2317,   753,  2317,   919,   755,   653,
     781,   667,   660,   932,  2317,   652,   656,   663,   681,   795,
     669,   942,   937, -1669,   670,   910,   680, -1669,   956, -1669,
   -1669, -1669,  2317, -1669,  2317,  2317,  2317, -1669,  2317,  2317,
    2317,  2317, -1669,   651,   677, -1669, -1669,   189,  3385, -1669,
     679, -1669,   696, -1669, -1669, -1669,   888,   985,  2317, -1669,
     788,   682,    26, -1669,   806,   697,   785,   768, -1669, -1669,
     911,   683,   117, -1669,   685,   787,   971,   881, -1669,   885,
   -1669, -1669,   189,   691,  2317, -1669,   688,   782, -1669, -1669,
   -1669,   886,   889,   690,   698,   702,   705,   692, -1669,   712,
   -1669,   699,   860,   711, -1669,   869,   896,    -3, -1669, -1669,
    -103,   730,  2317,  2317,  2317, -1669, -1669, -1669,  3029,   827,
     784,  2317,   997,   871,  2317, -1669, -1669, -1669,   189,   245,
     728, -1669,   809, -1669,    95, -1669,   725, -1669,   800,   713,
   -1669, -1669, -1669, -1669,   722,   764, -1669, -1669, -1669, -1669,
   -1669,  2317,   715,   729,   721,   721,  2317,  1017,   770,   910,
   -1669,   801,   887,   803, -1669,   245, -1669,   759,     4, -1669,
    1057,  1045,  2317,   890,   747,   742, -1669,  2317,   975, -1669,
     943,   990,  2317,   791,   813,  2317,  2317, -1669, -1669,  1055,
   -1669, -1669,   944,   820, -1669,   909, -1669,   914,    90,   189,
   -1669, -1669,   915,  1048,   899, -1669, -1669,   859,   760,   773,
    1073,  1009,  2317,   891,   964,  1013, -1669, -1669, -1669,   789,
   -1669,  2317,  2317,  1088,  1018,   798,  2317, -1669,  1032,    26,
     790,   920,   810,  1024,   807, -1669,  1078, -1669, -1669,  1083,
   -1669, -1669,   811, -1669,   189,   926,  1034,    26,  1015, -1669,
    1019, -1669, -1669,  1041,  1046,   981,   982,   812,   815,   833,
     836,  1119,  1123,   925,   927,   818,   821, -1669, -1669
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_int16 yydefact[] =
{
       2,     0,     1,     0,     0,   171,   451,   113,   441,     0,
     451,     0,     0,     0,     0,     0,     0,   451,     0,     0,
       0,     0,     0,     0,     0,    34,     0,     0,     0,   451,
       0,     0,     0,     0,     0,   451,     0,   440,     0,     0,
       0,     0,   451,   451,   435,     0,     0,     0,   451,     0,
     114,     0,    33,    35,    32,    37,   451,     0,    36,     0,
     451,    54,     0,    42,   433,     0,     0,   451,   451,   451,
     451,     0,   451,   451,   451,   112,   451,     0,     0,   451,
       0,   451,     0,     0,   451,   451,     0,     0,     0,     0,
       0,   451,     0,     0,     0,     0,     0,     0,     0,   451,
     434,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   451,    43,     0,     0,     0,     0,
     451,     0,     0,     0,     0,   451,     0,   451,     0,     0,
     451,     0,   451,     0,     0,     0,     0,     0,   451,   451,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,   132,     0,   133,     0,     0,
     168,     3,     0,     0,     0,     9,     0,     0,     0,    16,
      17,    18,    19,    20,    21,     0,    22,    23,    24,     0,
      25,    26,    27,    11,     0,     0,     8,   451,     0,   172,
     173,    44,    45,    47,    46,     0,     0,   362,   451,   405,
       0,   451,   451,   451,   451,   451,     0,   451,     0,   451,
       0,   451,   349,    31,     0,     0,   451,     0,   451,     0,
     451,     0,     0,   451,   451,     0,     0,   451,     0,   451,
     451,     0,     0,     0,     0,   451,     0,   205,     0,   451,
      34,   451,     0,   451,   451,   378,   451,     0,   373,   451,
       0,     0,     0,   451,     0,   451,   451,   451,   409,   390,
       0,     0,   451,     0,     0,     0,   451,   451,     0,     0,
      28,   361,     0,   451,   451,   451,   451,   335,   451,   177,
       0,     0,     0,   422,   451,   451,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,    30,
       0,    29,   305,   406,   417,   333,     0,   193,   392,   334,
     407,     0,     0,     0,   451,   401,   451,   242,   451,   451,
     451,   451,   304,   410,   451,     0,     0,   451,   451,     0,
       0,     0,   451,     0,   451,     0,   451,     0,   300,   376,
     174,   175,   176,     0,     0,     0,   451,     0,     0,     0,
     451,     0,   355,   451,     0,     0,     0,     0,   451,     0,
       0,     0,   451,     0,   446,     0,   447,   449,   451,     0,
     448,   443,   444,   451,   445,   451,     0,   450,   181,   451,
       0,   451,   451,   387,     0,     0,     0,     0,     0,   284,
     451,   451,   451,   451,   451,   140,   384,     0,   412,     0,
       0,   130,   451,     0,     0,     0,     0,     0,     0,     0,
     346,   451,   381,   139,   451,   451,   451,     0,   451,   451,
       0,   330,   411,     0,   451,     0,     0,     0,   451,     0,
     451,   451,     0,     0,   451,   451,   451,     0,   451,     0,
     451,     0,     0,   451,   451,     0,     0,     0,     0,   451,
       0,   451,   451,   430,   429,     0,     0,     0,     0,   451,
       0,   414,   391,     0,     0,     0,     0,     0,     0,     0,
     451,   451,     0,     0,     0,     0,     0,     0,     4,   451,
       6,     7,     0,    50,   451,     0,   451,   451,     0,   451,
      41,    40,    38,   451,    39,     0,     0,     0,     0,     0,
       0,     0,     0,   216,     0,   451,     0,   479,   480,   481,
     482,   483,   484,   485,   486,   487,   488,   489,   490,   491,
     492,   493,   494,   495,   496,   497,   498,   499,   500,   501,
     502,   503,   504,   505,   506,   507,   508,   509,   510,   511,
     512,   513,   514,   515,   516,   517,   518,   519,   520,   521,
     522,   523,   524,   525,   526,   527,   528,   529,   530,   531,
     532,   533,   534,   535,   536,   537,   538,   539,   540,   541,
     542,   543,   544,   545,   546,   547,   548,   549,   550,   551,
     552,   553,   554,   555,   556,   557,   558,   559,   560,   561,
     562,   563,   564,   565,   566,   567,   568,   569,   570,   571,
     572,   573,   574,   575,   576,   577,   578,   579,   580,   581,
     582,   583,   584,   585,   586,   587,   588,   589,   590,   591,
     592,   593,   594,   595,   596,   597,   598,   599,   600,   601,
     602,   603,   604,   605,   606,   607,   608,   609,   610,   611,
     612,   613,   614,   615,   616,   617,   618,   619,   620,   621,
     622,   623,   624,   625,   626,   627,   628,   629,   630,   631,
     632,   633,   634,   635,   636,   637,   638,   639,   640,   641,
     642,   643,   644,   645,   646,   647,   648,   649,   650,   651,
     652,   653,   654,   655,   656,   657,   658,   659,   660,   661,
     662,   663,   664,   665,   666,   667,   668,   669,   670,   671,
     672,   673,   674,   675,   676,   677,   678,   679,   680,   681,
     682,   683,   684,   685,   686,   687,   688,   689,   690,   691,
     692,   693,   694,   695,   696,   697,   698,   699,   700,   701,
     702,   703,   704,   705,   706,   707,   708,   709,   710,   711,
     712,   713,   714,   715,   716,   717,   718,   719,   720,   721,
     722,   723,   724,   725,   726,   727,   728,   729,   730,   731,
     732,   733,   734,   735,   736,   737,   738,   739,   740,   741,
     742,   743,   744,   745,   746,   747,   748,   749,   750,   751,
     752,   753,   754,   755,   756,   757,   758,   759,   760,   761,
     762,   763,   764,   765,   766,   767,   768,   769,   770,   771,
     772,   773,   774,   775,   776,   777,   778,   779,   780,   781,
     782,   783,   784,   785,   786,   787,   788,   789,   790,   791,
     792,   793,   794,   795,   796,   797,   798,   799,   800,   801,
     802,   803,   804,   805,   806,   807,   808,   453,   454,   455,
     456,   457,   458,   459,   460,   461,   462,   463,   464,   465,
     466,   467,   468,   469,   477,   470,   471,   478,   476,   472,
     473,   474,   475,   452,   369,   451,   218,   217,   222,   339,
     375,   451,   297,     0,   296,   451,   323,     0,     0,   451,
     195,   451,   327,   451,   290,   451,   451,     0,   425,   363,
       0,   451,   364,   276,   275,     0,   451,     0,     0,   277,
     451,     0,   451,   190,   260,     0,   328,   261,   307,     0,
     314,     0,     0,     0,   294,     0,   437,   436,   451,   419,
     420,   315,   451,   451,   269,   451,     0,   451,   451,   400,
     340,     0,     0,     0,   423,   396,   397,   370,   262,   451,
       0,     0,   299,   337,     0,   451,    71,     0,   451,   451,
       0,     0,    71,     0,    71,     0,   451,     0,   451,     0,
     451,     0,   451,   451,   343,   344,   415,   306,   214,   215,
     394,   451,     0,     0,   352,   353,     0,     0,     0,   395,
       0,   342,   451,   338,     0,   182,   451,    50,   341,     0,
       0,     0,   451,   386,     0,   354,   451,    39,   451,     0,
     451,   312,     0,     0,   451,   451,   264,   451,     0,   438,
     439,     0,   206,   451,   319,   250,     0,   451,   451,     0,
     345,   451,   322,   356,     0,     0,     0,   451,     0,     0,
       0,     0,   374,   398,   225,   302,   357,   451,     0,     0,
     402,     0,   451,     0,     0,     0,     0,   451,   451,   385,
     331,   382,   253,   451,   207,   329,   451,     0,   371,   372,
       0,   119,   241,     0,   377,   303,     0,   118,   332,   291,
     249,    97,   310,   451,   309,   451,     0,   421,   418,   451,
     451,   451,     0,   350,   451,   366,   325,   132,     0,    10,
      12,     0,     0,     0,   399,     0,     0,     0,     0,     0,
     451,   178,   451,   383,   413,   451,     0,     0,     0,     0,
     451,    14,     0,   451,     0,   451,     0,     0,    53,    51,
      99,   279,     0,   324,   280,     0,   408,   240,     0,   451,
     451,     0,   451,     0,     0,     0,     0,     0,     0,     0,
     380,     0,   166,   336,   165,   224,   365,     0,   228,   451,
     183,   301,   295,   289,   283,   288,     0,     0,   194,     0,
     243,     0,     0,   282,   833,   834,   835,   836,   837,   838,
     839,   840,   841,   842,   843,   844,   845,   846,   847,   848,
     849,   850,   851,   852,   853,   854,   855,   856,   857,   858,
     859,   860,   861,   862,   863,   864,   865,   866,   867,   868,
     869,   870,   871,   872,   873,   874,   875,   876,   877,   878,
     879,   880,   881,   882,   883,   884,   885,   886,   887,   888,
     889,   890,   891,   892,   893,   894,   895,   896,   897,   898,
     899,   900,   901,   902,   903,   904,   905,   906,   907,   908,
     909,   910,   911,   912,   913,   914,   915,   916,   917,   918,
     919,   920,   921,   922,   923,   924,   925,   926,   927,   928,
     929,   930,   931,   932,   933,   934,   935,   936,   937,   938,
     939,   940,   941,   942,   943,   944,   945,   946,   947,   948,
     949,   950,   951,   952,   953,   954,   955,   956,   957,   958,
     959,   960,   961,   962,   963,   964,   965,   966,   967,   968,
     969,   970,   971,   972,   973,   974,   975,   976,   977,   978,
     979,   980,   981,   982,   983,   984,   985,   986,   987,   988,
     989,   990,   991,   992,   993,   994,   995,   996,   997,   998,
     999,  1000,  1001,  1002,  1003,  1004,  1005,  1006,  1007,  1008,
    1009,  1010,  1011,  1012,  1013,  1014,  1015,  1016,  1017,  1018,
    1019,  1020,  1021,  1022,  1023,  1024,  1025,  1026,  1027,  1028,
    1029,  1030,  1031,  1032,  1033,  1034,  1035,  1036,  1037,  1038,
    1039,  1040,  1041,  1042,  1043,  1044,  1045,  1046,  1047,  1048,
    1049,  1050,  1051,  1052,  1053,  1054,  1055,  1056,  1057,  1058,
    1059,  1060,  1061,  1062,  1063,  1064,  1065,  1066,  1067,  1068,
    1069,  1070,  1071,  1072,  1073,  1074,  1075,  1076,  1077,  1078,
    1079,  1080,  1081,  1082,  1083,  1084,  1085,  1086,  1087,  1088,
    1089,  1090,  1091,  1092,  1093,  1094,  1095,  1096,  1097,  1098,
    1099,  1100,  1101,  1102,  1103,  1104,  1105,  1106,  1107,  1108,
    1109,  1110,  1111,  1112,  1113,  1114,  1115,  1116,  1117,  1118,
    1119,  1120,  1121,  1122,  1123,  1124,  1125,  1126,  1127,  1128,
    1129,  1130,  1131,  1132,  1133,  1134,  1135,  1136,  1137,  1138,
    1139,  1140,  1141,  1142,  1143,  1144,  1145,  1146,  1147,  1148,
    1149,  1150,  1151,  1152,  1153,  1154,  1155,  1156,  1157,  1158,
    1159,  1160,  1161,  1162,   809,   810,   811,   812,   813,   814,
     815,   816,   817,   818,   819,   820,   821,   822,   823,   824,
     825,   826,   827,   832,   828,   829,   830,   831,     0,   152,
     191,     0,     0,     0,     0,     0,     0,   287,   347,   348,
     266,     0,     0,   267,   268,     0,     0,     0,   271,     0,
     451,    65,   359,     0,     0,    58,     0,   426,   278,     0,
       0,     0,    62,    71,    56,    70,    69,    71,   285,    71,
     360,   451,   192,     0,   230,   231,   229,   102,     0,     0,
       0,   451,     0,   265,   451,   232,    93,     0,     0,     0,
     351,   451,   226,   200,     0,   198,     0,     0,   223,   298,
     321,     0,     0,   451,   451,   318,   451,   317,   316,     0,
       0,   213,   451,    76,     0,   202,     0,     0,     0,     0,
     424,     0,     0,    73,     0,   227,    73,    73,     0,    73,
       0,     0,     0,     0,   197,   196,   292,   293,     0,     0,
       0,     0,     0,    98,     0,   416,   244,     0,   313,   367,
     368,   451,   388,   451,     0,   451,     0,   427,   451,   451,
       0,   273,   179,   311,   393,   451,     0,   180,    13,    15,
       5,   221,     0,   219,    49,    48,    52,   125,     0,     0,
     326,   358,     0,   263,     0,     0,   451,     0,     0,     0,
       0,     0,     0,   251,   184,     0,     0,     0,     0,   155,
     155,   153,     0,     0,   451,     0,   451,   451,   451,     0,
     451,   451,   451,   451,   272,     0,     0,     0,    71,    71,
       0,    66,    60,    67,   234,     0,     0,     0,     0,   237,
       0,   233,     0,     0,     0,   248,   451,     0,     0,   127,
       0,   320,   274,   308,     0,    50,   203,     0,     0,    79,
       0,   145,   146,     0,     0,     0,     0,     0,   128,     0,
      84,     0,    82,    83,     0,    86,    73,     0,    50,    50,
     169,   116,     0,   451,     0,     0,     0,   246,   379,     0,
     389,     0,     0,   404,   247,     0,   403,     0,     0,     0,
       0,     0,     0,     0,   201,     0,     0,     0,     0,     0,
       0,     0,     0,   124,     0,   155,     0,   147,   157,   151,
     451,   131,   235,   451,   209,   286,   254,   451,   256,   257,
     245,   270,    72,     0,     0,    57,    55,     0,     0,    61,
       0,   103,     0,   451,   108,   104,     0,     0,   199,   451,
       0,     0,    50,    91,     0,    80,     0,     0,   143,   144,
       0,     0,     0,   129,     0,     0,     0,     0,    88,     0,
     100,    90,     0,     0,   259,   117,    95,     0,   170,   186,
     185,     0,     0,     0,     0,     0,     0,     0,   451,     0,
     101,     0,     0,     0,   451,     0,     0,   155,   148,   156,
       0,   159,   258,   211,   255,    59,    68,    63,     0,     0,
       0,   236,     0,     0,   238,   451,   126,    92,     0,     0,
       0,   135,     0,   451,     0,    74,     0,    85,     0,     0,
     115,    94,    96,   451,     0,     0,   451,   167,   123,   122,
     451,   208,     0,     0,   141,   141,   281,     0,     0,   155,
     149,     0,     0,     0,   158,     0,   154,     0,     0,   121,
       0,     0,   239,    77,     0,     0,   134,   204,     0,    75,
       0,     0,   187,     0,     0,   220,   210,   451,   105,     0,
     137,   138,     0,     0,   150,     0,   162,     0,     0,     0,
     451,   451,     0,     0,     0,    81,   451,     0,     0,     0,
       0,     0,   212,     0,     0,     0,   163,   164,   160,     0,
      64,   189,   188,     0,     0,     0,   252,   136,     0,    50,
       0,     0,     0,     0,     0,   161,     0,   107,    78,     0,
      89,   109,     0,   142,     0,     0,     0,    50,     0,   120,
       0,   106,    87,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,   111,   110
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int16 yypgoto[] =
{
   -1669, -1669, -1669, -1669, -1669, -1669,    69,   724,   -26,    39,
      62, -1669,  -134, -1669,  -984, -1669, -1669,  -948, -1483, -1669,
   -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669, -1669,
    -745,  -721,  -658, -1669,  -630, -1668, -1669, -1669, -1669, -1669,
   -1669, -1669,   994, -1669,   736, -1669, -1669, -1669, -1669, -1669,
   -1669,   -10, -1669, -1513
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_int16 yydefgoto[] =
{
       0,     1,   161,   162,   163,   164,  1111,   165,   166,   167,
     495,   168,   195,  1119,  1120,   169,  1557,  1545,  1750,   170,
     171,  1634,   172,   173,   174,   175,   176,   177,   178,   179,
    1960,  1840,  1744,   180,  1518,  1797,  1798,  1881,  1936,  1934,
     181,   196,   343,   182,   183,   456,   184,   918,  1011,   185,
     379,   197,   863,  1519
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_int16 yytable[] =
{
     199,   417,   236,  1576,  1552,  1691,  1554,   212,   238,   478,
     915,  1796,  1115,   218,  1017,   435,   320,  1970,   900,   237,
     391,   475,  1799,   399,   927,   248,   324,   482,   346,  1113,
     989,   437,   258,   259,   438,   326,  1024,  1591,   271,   255,
     287,  1002,   201,   312,   950,   419,   277,   203,   280,   288,
     283,  1738,  1616,   490,   313,  1844,   878,   302,   303,   304,
     305,   413,   307,   308,   309,   213,   310,   340,   341,   315,
     244,   317,   219,   187,   322,   323,   327,   424,   318,   278,
     186,   338,   361,   289,  1555,   269,  1556,   240,  1931,   352,
     483,  1009,  1592,  1543,   290,   328,   484,   220,   952,   485,
     240,   298,   347,   284,   383,  1599,   291,   897,  1128,   916,
     389,   885,   206,  1007,   414,   396,   240,   398,   279,  1845,
     410,   898,   412,   491,   492,  1544,   400,  1878,   421,   422,
     188,  1008,   997,  1752,  1753,   251,  1755,   486,   204,   319,
    1613,   886,   355,   357,   214,   221,   342,   487,  1614,   210,
    1617,    52,    53,    54,    55,   348,   329,   476,   388,   202,
      58,   292,   293,   953,    52,    53,    54,    55,   409,  1114,
    1010,   496,   477,    58,   363,  1932,  1739,   503,   442,  1600,
      52,    53,    54,    55,   314,   207,   425,   432,   864,    58,
    1025,   866,   867,   868,   869,   870,   330,   872,   951,   874,
     364,   876,   281,   294,   256,   325,   880,   879,   882,  1930,
     884,   252,  1133,   888,   889,   257,   436,   892,   488,   893,
     894,   365,   928,   990,  1129,   899,   415,   211,   366,   903,
     367,   904,  1047,   906,   907,   368,   908,   420,   282,   910,
    1933,   299,  1593,   914,   260,   919,   920,   921,   285,  1026,
     443,   331,   924,  1136,   241,  -432,   929,   930,   286,   972,
     198,  1964,   295,   934,   935,   936,   937,   369,   938,   321,
     296,   189,   392,  1848,   942,   943,   401,  1531,   402,  1130,
     205,   905,  1131,  1116,  1117,   300,   394,   973,  1134,  1532,
     208,   200,   332,  1061,   228,   497,   370,   261,   215,  1067,
     371,   372,   228,   209,   964,   444,   965,   216,   966,   967,
     968,   969,   498,  1817,   970,   395,  1018,   974,   975,  1118,
     333,   439,   979,   349,   981,   217,   983,   373,  1019,  1137,
     901,   445,   440,   489,   273,  1003,   988,   222,  1116,  1117,
     993,  1818,   274,   995,  1929,   917,  -432,  1971,  1001,  1618,
    1619,  1771,  1006,   239,  1620,   446,  1772,   447,  1012,   479,
    1741,  1742,  1743,  1014,  -428,  1015,  1838,  1839,   242,  1020,
      47,  1022,  1023,   334,  1118,  1691,   223,   224,    47,   297,
    1032,  1033,  1034,  1035,  1036,   403,   275,   225,  1621,   226,
     448,   190,  1040,   490,   231,   243,   444,  1788,   227,    66,
    1789,  1049,   231,   245,  1050,  1051,  1052,    66,  1054,  1055,
     246,   191,   192,   193,  1058,   194,   247,   998,  1062,  1000,
    1064,  1065,   445,  1027,  1068,  1069,  1070,   249,  1072,  1988,
    1074,   253,   250,  1077,  1078,   490,   240,  1989,   254,  1083,
     374,  1085,  1086,  1705,   449,   270,   446,   272,   447,  1094,
    1031,   458,  -431,  1741,  1742,  -428,   240,   228,   276,  -442,
    1103,  1104,   262,   491,   492,   301,   375,   306,   229,  1112,
     493,  1048,   494,   311,  1121,   376,  1123,  1124,   316,  1126,
     335,   448,   459,  1127,   336,   240,   337,   339,   460,   344,
     356,   450,   377,   350,   378,  1143,   345,   351,   353,   240,
      52,    53,    54,    55,   230,   491,   492,   354,   358,    58,
     359,   461,   360,   451,   997,   362,   380,   263,   381,   404,
      52,    53,    54,    55,   384,   382,   385,   386,   264,    58,
     191,   192,   193,    47,   194,   449,  1135,   390,   462,   405,
     416,   393,   411,   191,   192,   193,   397,   194,   240,    52,
      53,    54,    55,   463,   418,   423,   426,   231,    58,   464,
     427,   428,    66,    52,    53,    54,    55,   387,   429,   430,
     431,   434,    58,   457,   433,   441,   474,   480,   481,   499,
     500,   501,   450,   452,   502,   453,   454,   465,   504,   865,
     871,   455,   505,   873,   875,   466,   877,   881,   406,   890,
     887,   883,   891,   895,   451,  1711,   896,   213,   467,  1712,
     232,  1713,    52,    53,    54,    55,   902,   299,   909,   912,
     911,    58,   913,   922,   233,   925,   923,   926,   931,   932,
     933,   941,   939,   940,   944,   945,   948,   468,   947,   946,
     949,   954,   955,   956,   957,   959,   958,   961,   962,   960,
     963,   976,   977,   971,   978,   980,   469,   982,   985,   994,
     984,   986,   987,   991,   992,   996,   999,  1004,  1016,  1013,
    1005,  1028,  1021,  1037,   452,  1029,   453,   454,  1030,  1038,
    1041,  1042,  1039,  1053,  1043,  1044,  1045,  1046,  1057,  1059,
    1063,  1056,  1060,  1066,  1075,  1076,   234,  1091,  1073,  1080,
    1081,  1079,  1082,  1071,   470,  1092,  1084,  1095,  1093,   265,
    1096,  1097,  1098,   407,  1099,   408,   266,  1102,  1100,  1105,
    1101,  1106,  1107,  1108,  1110,  1109,  1132,   471,  1138,  1122,
    1125,  1139,  1140,   267,  1141,   268,  1144,  1147,  1150,  1142,
    1149,   472,  1156,  1157,  1522,  1159,  1161,  1521,  1523,  1526,
    1162,  1833,  1524,   235,  1535,  1525,  1536,  1539,  1540,  1537,
    1815,  1816,  1546,  1549,  1550,  1553,  1551,  1541,  1561,  1563,
    1559,  1568,  1569,  1570,  1850,  1851,  1543,  1571,  1572,   473,
    1567,  1574,  1579,  1578,  1577,  1581,  1584,  1586,  1587,  1594,
    1602,  1603,  1606,  1604,  1596,  1623,  1608,  1629,  1607,  1612,
    1609,  1628,  1631,  1633,  1632,  1637,  1641,  1644,  1650,  1649,
    1646,  1662,  1656,  1664,   475,  1611,  1630,  1665,  1668,  1669,
    1672,  1674,  1675,  1677,  1667,  1679,  1678,  1680,  1692,  1643,
    1645,  1686,  1647,  1682,  1648,  1652,  1657,  1655,  1685,  1666,
    1696,  1693,  1707,  1699,  1688,  1702,  1684,  1681,  1897,  1676,
    1694,  1687,  1708,  1700,  1703,  1145,  1695,  1709,  1716,  1705,
    1718,  1146,  1723,  1697,  1689,  1148,  1701,  1720,  1724,  1151,
    1717,  1152,  1728,  1153,  1727,  1154,  1155,  1698,  1729,  1706,
    1730,  1158,  1737,  1715,  1735,  1722,  1160,  1726,  1740,  1734,
    1163,  1745,  1520,  1749,  1756,  1757,  1746,  1747,  1751,  1754,
    1758,  1760,  1765,  1759,  1764,  1766,  1762,  1769,  1527,  1778,
    1779,  1763,  1528,  1529,  1775,  1530,  1777,  1533,  1534,  1780,
    1791,  1781,  1787,  1790,  1796,  1782,  1813,  1795,  1822,  1538,
    1783,  1814,  1785,  1786,  1823,  1542,  1803,  1827,  1547,  1548,
    1821,  1826,  1812,  1829,  1819,  1793,  1558,  1830,  1560,  1832,
    1562,  1837,  1564,  1565,  1841,  1834,  1846,  1792,  1847,  1849,
    1861,  1566,  1862,  1863,  1868,  1820,  1853,  1842,  1794,  1800,
    1801,  1807,  1573,  1836,  1865,  1873,  1575,  1869,  1875,  1824,
    1876,  1880,  1580,  1857,  1831,  1859,  1582,  1825,  1583,  1856,
    1585,  1835,  1858,  1860,  1588,  1589,  1852,  1590,  1885,  1867,
    1866,  1872,  1892,  1595,  1870,  1890,  1871,  1597,  1598,  1864,
    1893,  1601,  1895,  1874,  1898,  2010,  1886,  1605,  1879,  1622,
    1900,  1901,  1899,  1902,  1905,  1896,  1877,  1610,  1906,  1907,
    1908,  1909,  1615,  2022,  1911,  1889,  1912,  1624,  1625,  1914,
    1913,  1903,  1915,  1626,  1916,  1918,  1627,  1925,  1919,  1928,
    1920,  1922,  1917,  1923,  1924,  1935,  1938,  1940,  1927,  1939,
    1941,  1945,  1946,  1635,  1949,  1636,  1950,  1953,  1951,  1638,
    1639,  1640,  1954,  1957,  1642,  1958,  1959,  1962,  1963,  1965,
    1966,  1967,  1972,  1973,  1969,  1976,  1975,  1977,  1974,  1978,
    1651,  1979,  1653,  1980,  1981,  1654,  1983,  1984,     2,     3,
    1659,  1985,  1986,  1661,  1993,  1663,     4,  1987,  1994,     5,
       6,  1995,  1997,     7,     8,  1998,  1999,     9,  2000,  1670,
    1671,  2001,  1673,  2003,    10,  2004,  2006,    11,  2005,  2002,
      12,    13,  2007,  2009,  2008,  2011,  2014,  2012,  2016,  1683,
    2013,  2017,    14,  2020,    15,    16,    17,    18,  2021,  2023,
    2015,  2025,    19,  2024,  2018,    20,  2026,    21,    22,  2027,
    2028,    23,  2033,    24,    25,  2029,  2034,    26,  2030,  2031,
      27,    28,  2032,  2035,  2037,  2036,    29,  2038,  1658,  1089,
    1961,    30,    31,  1948,  1904,    32,    33,    34,  1888,    35,
     506,  1090,    36,    37,    38,     0,     0,     0,     0,     0,
       0,    39,     0,    40,     0,     0,     0,     0,    41,     0,
       0,    42,     0,     0,    43,     0,    44,     0,     0,    45,
       0,     0,    46,    47,    48,    49,    50,    51,    52,    53,
      54,    55,     0,     0,    56,     0,    57,    58,    59,    60,
      61,    62,    63,     0,     0,     0,    64,    65,     0,     0,
       0,     0,    66,    67,     0,     0,     0,     0,    68,     0,
      69,    70,    71,    72,    73,    74,     0,    75,     0,    76,
       0,    77,    78,     0,     0,    79,     0,    80,     0,    81,
      82,    83,    84,    85,     0,     0,    86,    87,    88,     0,
      89,     0,     0,    90,     0,    91,     0,    92,     0,    93,
       0,     0,    94,    95,     0,     0,    96,     0,    97,    98,
       0,     0,     0,    99,     0,   100,   101,   102,   103,   104,
     105,   106,     0,     0,   107,   108,   109,     0,   110,     0,
       0,     0,     0,     0,     0,   111,     0,     0,     0,     0,
       0,     0,     0,   112,   113,     0,     0,   114,     0,   115,
     116,   117,     0,   118,     0,     0,     0,   119,     0,   120,
     121,     0,   122,   123,     0,     0,     0,   124,   125,     0,
       0,   126,     0,     0,     0,   127,   128,   129,   130,     0,
       0,   131,     0,     0,   132,   133,   134,     0,     0,   135,
       0,     0,     0,     0,   136,   137,   138,   139,   140,   141,
       0,   142,   143,     0,     0,     0,     0,     0,   144,   145,
       0,     0,   146,     0,   147,     0,   148,  1710,     0,     0,
       0,     0,   149,   150,     0,     0,     0,   151,     0,     0,
       0,     0,   152,   153,   154,     0,     0,     0,     0,     0,
       0,   155,   156,   157,   158,   159,     0,     0,     0,     0,
     160,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,  1748,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,  1761,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
    1704,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,  1714,     0,     0,     0,     0,     0,     0,     0,     0,
       0,  1719,     0,     0,  1721,     0,     0,     0,     0,     0,
       0,  1725,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,  1731,  1732,     0,  1733,     0,     0,     0,
       0,     0,  1736,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,  1843,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
    1855,  1767,     0,  1768,     0,  1770,     0,     0,  1773,  1774,
       0,     0,     0,     0,     0,  1776,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,  1784,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,  1887,  1802,     0,  1804,  1805,  1806,     0,
    1808,  1809,  1810,  1811,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,  1828,     0,  1910,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,  1854,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,  1943,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
    1882,     0,     0,  1883,     0,     0,     0,  1884,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,  1891,     0,     0,     0,     0,     0,  1894,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,  1990,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,  1921,     0,
       0,     0,     0,     0,  1926,     0,     0,     0,     0,     0,
       0,     0,     0,  1944,     0,     0,     0,     0,     0,     0,
    2019,     0,     0,     0,     0,  1942,     0,     0,     0,     0,
       0,     0,     0,  1947,     0,     0,     0,     0,     0,     0,
       0,     0,     0,  1952,     0,     0,  1955,     0,     0,  1968,
    1956,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,  1982,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
    1991,  1992,     0,     0,  1660,     0,  1996,   507,   508,   509,
     510,   511,   512,   513,   514,   515,   516,   517,   518,   519,
     520,   521,   522,   523,   524,   525,   526,   527,   528,   529,
     530,   531,   532,   533,   534,   535,   536,   537,   538,   539,
     540,   541,   542,   543,   544,   545,   546,   547,   548,   549,
     550,   551,   552,   553,   554,   555,   556,   557,   558,   559,
     560,   561,   562,   563,   564,   565,   566,   567,   568,   569,
     570,   571,   572,   573,   574,   575,   576,   577,   578,   579,
     580,   581,   582,   583,   584,   585,   586,   587,   588,   589,
     590,   591,   592,   593,   594,   595,   596,   597,   598,   599,
     600,   601,   602,   603,   604,   605,   606,   607,   608,   609,
     610,   611,   612,   613,   614,   615,   616,   617,   618,   619,
     620,   621,   622,   623,   624,   625,   626,   627,   628,   629,
     630,   631,   632,   633,   634,   635,   636,   637,   638,   639,
     640,   641,   642,   643,   644,   645,   646,   647,   648,   649,
     650,   651,   652,   653,   654,   655,   656,   657,   658,   659,
     660,   661,   662,   663,   664,   665,   666,   667,   668,   669,
     670,   671,   672,   673,   674,   675,   676,   677,   678,   679,
     680,   681,   682,   683,   684,   685,   686,   687,   688,   689,
     690,   691,   692,   693,   694,   695,   696,   697,   698,   699,
     700,   701,   702,   703,   704,   705,   706,   707,   708,   709,
     710,   711,   712,   713,   714,   715,   716,   717,   718,   719,
     720,   721,   722,   723,   724,   725,   726,   727,   728,   729,
     730,   731,   732,   733,   734,   735,   736,   737,   738,   739,
     740,   741,   742,   743,   744,   745,   746,   747,   748,   749,
     750,   751,   752,   753,   754,   755,   756,   757,   758,   759,
     760,   761,   762,   763,   764,   765,   766,   767,   768,   769,
     770,   771,   772,   773,   774,   775,   776,   777,   778,   779,
     780,   781,   782,   783,   784,   785,   786,   787,   788,   789,
     790,   791,   792,   793,   794,   795,   796,   797,   798,   799,
     800,   801,   802,   803,   804,   805,   806,   807,   808,   809,
     810,   811,   812,   813,   814,   815,   816,   817,   818,   819,
     820,   821,   822,   823,   824,   825,   826,   827,   828,   829,
     830,   831,   832,   833,   834,   835,   836,   837,   838,   839,
     840,   841,   842,   843,   844,   845,   846,   847,   848,   849,
     850,   851,   852,   853,   854,   855,   856,   857,   858,   859,
     860,   861,   862,   507,   508,   509,   510,   511,   512,   513,
     514,   515,   516,   517,   518,   519,   520,   521,   522,   523,
     524,   525,   526,   527,   528,   529,   530,   531,   532,   533,
     534,   535,   536,   537,   538,   539,   540,   541,   542,   543,
     544,   545,   546,   547,   548,   549,   550,   551,   552,   553,
     554,   555,   556,   557,   558,   559,   560,   561,   562,   563,
     564,   565,   566,   567,   568,   569,   570,   571,   572,   573,
     574,   575,   576,   577,   578,   579,   580,   581,   582,   583,
     584,   585,   586,   587,   588,   589,   590,   591,   592,   593,
     594,   595,   596,   597,   598,   599,   600,   601,   602,   603,
     604,   605,   606,   607,   608,   609,   610,   611,   612,   613,
     614,   615,   616,   617,   618,   619,   620,   621,   622,   623,
     624,   625,   626,   627,   628,   629,   630,   631,   632,   633,
     634,   635,   636,   637,   638,   639,   640,   641,   642,   643,
     644,   645,   646,   647,   648,   649,   650,   651,   652,   653,
     654,   655,   656,   657,   658,   659,   660,   661,   662,   663,
     664,   665,   666,   667,   668,   669,   670,   671,   672,   673,
     674,   675,   676,   677,   678,   679,   680,   681,   682,   683,
     684,   685,   686,   687,   688,   689,   690,   691,   692,   693,
     694,   695,   696,   697,   698,   699,   700,   701,   702,   703,
     704,   705,   706,   707,   708,   709,   710,   711,   712,   713,
     714,   715,   716,   717,   718,   719,   720,   721,   722,   723,
     724,   725,   726,   727,   728,   729,   730,   731,   732,   733,
     734,   735,   736,   737,   738,   739,   740,   741,   742,   743,
     744,   745,   746,   747,   748,   749,   750,   751,   752,   753,
     754,   755,   756,   757,   758,   759,   760,   761,   762,   763,
     764,   765,   766,   767,   768,   769,   770,   771,   772,   773,
     774,   775,   776,   777,   778,   779,   780,   781,   782,   783,
     784,   785,   786,   787,   788,   789,   790,   791,   792,   793,
     794,   795,   796,   797,   798,   799,   800,   801,   802,   803,
     804,   805,   806,   807,   808,   809,   810,   811,   812,   813,
     814,   815,   816,   817,   818,   819,   820,   821,   822,   823,
     824,   825,   826,   827,   828,   829,   830,   831,   832,   833,
     834,   835,   836,   837,   838,   839,   840,   841,   842,   843,
     844,   845,   846,   847,   848,   849,   850,   851,   852,   853,
     854,   855,   856,   857,   858,   859,   860,   861,   862,  1164,
    1165,  1166,  1167,  1168,  1169,  1170,  1171,  1172,  1173,  1174,
    1175,  1176,  1177,  1178,  1179,  1180,  1181,  1182,  1183,  1184,
    1185,  1186,  1187,  1188,  1189,  1190,  1191,  1192,  1193,  1194,
    1195,  1196,  1197,  1198,  1199,  1200,  1201,  1202,  1203,  1204,
    1205,  1206,  1207,  1208,  1209,  1210,  1211,  1212,  1213,  1214,
    1215,  1216,  1217,  1218,  1219,  1220,  1221,  1222,  1223,  1224,
    1225,  1226,  1227,  1228,  1229,  1230,  1231,  1232,  1233,  1234,
    1235,  1236,  1237,  1238,  1239,  1240,  1241,  1242,  1243,  1244,
    1245,  1246,  1247,  1248,  1249,  1250,  1251,  1252,  1253,  1254,
    1255,  1256,  1257,  1258,  1259,  1260,  1261,  1262,  1263,  1264,
    1265,  1266,  1267,  1268,  1269,  1270,  1271,  1272,  1273,  1274,
    1275,  1276,  1277,  1278,  1279,  1280,  1281,  1282,  1283,  1284,
    1285,  1286,  1287,  1288,  1289,  1290,  1291,  1292,  1293,  1294,
    1295,  1296,  1297,  1298,  1299,  1300,  1301,  1302,  1303,  1304,
    1305,  1306,  1307,  1308,  1309,  1310,  1311,  1312,  1313,  1314,
    1315,  1316,  1317,  1318,  1319,  1320,  1321,  1322,  1323,  1324,
    1325,  1326,  1327,  1328,  1329,  1330,  1331,  1332,  1333,  1334,
    1335,  1336,  1337,  1338,  1339,  1340,  1341,  1342,  1343,  1344,
    1345,  1346,  1347,  1348,  1349,  1350,  1351,  1352,  1353,  1354,
    1355,  1356,  1357,  1358,  1359,  1360,  1361,  1362,  1363,  1364,
    1365,  1366,  1367,  1368,  1369,  1370,  1371,  1372,  1373,  1374,
    1375,  1376,  1377,  1378,  1379,  1380,  1381,  1382,  1383,  1384,
    1385,  1386,  1387,  1388,  1389,  1390,  1391,  1392,  1393,  1394,
    1395,  1396,  1397,  1398,  1399,  1400,  1401,  1402,  1403,  1404,
    1405,  1406,  1407,  1408,  1409,  1410,  1411,  1412,  1413,  1414,
    1415,  1416,  1417,  1418,  1419,  1420,  1421,  1422,  1423,  1424,
    1425,  1426,  1427,  1428,  1429,  1430,  1431,  1432,  1433,  1434,
    1435,  1436,  1437,  1438,  1439,  1440,  1441,  1442,  1443,  1444,
    1445,  1446,  1447,  1448,  1449,  1450,  1451,  1452,  1453,  1454,
    1455,  1456,  1457,  1458,  1459,  1460,  1461,  1462,  1463,  1464,
    1465,  1466,  1467,  1468,  1469,  1470,  1471,  1472,  1473,  1474,
    1475,  1476,  1477,  1478,  1479,  1480,  1481,  1482,  1483,  1484,
    1485,  1486,  1487,  1488,  1489,  1490,  1491,  1492,  1493,  1494,
    1495,  1496,  1497,  1498,  1499,  1500,  1501,  1502,  1503,  1504,
    1505,  1506,  1507,  1508,  1509,  1510,     0,  1511,  1512,  1690,
    1513,  1514,  1515,  1516,  1517,  1164,  1165,  1166,  1167,  1168,
    1169,  1170,  1171,  1172,  1173,  1174,  1175,  1176,  1177,  1178,
    1179,  1180,  1181,  1182,  1183,  1184,  1185,  1186,  1187,  1188,
    1189,  1190,  1191,  1192,  1193,  1194,  1195,  1196,  1197,  1198,
    1199,  1200,  1201,  1202,  1203,  1204,  1205,  1206,  1207,  1208,
    1209,  1210,  1211,  1212,  1213,  1214,  1215,  1216,  1217,  1218,
    1219,  1220,  1221,  1222,  1223,  1224,  1225,  1226,  1227,  1228,
    1229,  1230,  1231,  1232,  1233,  1234,  1235,  1236,  1237,  1238,
    1239,  1240,  1241,  1242,  1243,  1244,  1245,  1246,  1247,  1248,
    1249,  1250,  1251,  1252,  1253,  1254,  1255,  1256,  1257,  1258,
    1259,  1260,  1261,  1262,  1263,  1264,  1265,  1266,  1267,  1268,
    1269,  1270,  1271,  1272,  1273,  1274,  1275,  1276,  1277,  1278,
    1279,  1280,  1281,  1282,  1283,  1284,  1285,  1286,  1287,  1288,
    1289,  1290,  1291,  1292,  1293,  1294,  1295,  1296,  1297,  1298,
    1299,  1300,  1301,  1302,  1303,  1304,  1305,  1306,  1307,  1308,
    1309,  1310,  1311,  1312,  1313,  1314,  1315,  1316,  1317,  1318,
    1319,  1320,  1321,  1322,  1323,  1324,  1325,  1326,  1327,  1328,
    1329,  1330,  1331,  1332,  1333,  1334,  1335,  1336,  1337,  1338,
    1339,  1340,  1341,  1342,  1343,  1344,  1345,  1346,  1347,  1348,
    1349,  1350,  1351,  1352,  1353,  1354,  1355,  1356,  1357,  1358,
    1359,  1360,  1361,  1362,  1363,  1364,  1365,  1366,  1367,  1368,
    1369,  1370,  1371,  1372,  1373,  1374,  1375,  1376,  1377,  1378,
    1379,  1380,  1381,  1382,  1383,  1384,  1385,  1386,  1387,  1388,
    1389,  1390,  1391,  1392,  1393,  1394,  1395,  1396,  1397,  1398,
    1399,  1400,  1401,  1402,  1403,  1404,  1405,  1406,  1407,  1408,
    1409,  1410,  1411,  1412,  1413,  1414,  1415,  1416,  1417,  1418,
    1419,  1420,  1421,  1422,  1423,  1424,  1425,  1426,  1427,  1428,
    1429,  1430,  1431,  1432,  1433,  1434,  1435,  1436,  1437,  1438,
    1439,  1440,  1441,  1442,  1443,  1444,  1445,  1446,  1447,  1448,
    1449,  1450,  1451,  1452,  1453,  1454,  1455,  1456,  1457,  1458,
    1459,  1460,  1461,  1462,  1463,  1464,  1465,  1466,  1467,  1468,
    1469,  1470,  1471,  1472,  1473,  1474,  1475,  1476,  1477,  1478,
    1479,  1480,  1481,  1482,  1483,  1484,  1485,  1486,  1487,  1488,
    1489,  1490,  1491,  1492,  1493,  1494,  1495,  1496,  1497,  1498,
    1499,  1500,  1501,  1502,  1503,  1504,  1505,  1506,  1507,  1508,
    1509,  1510,     0,  1511,  1512,  1937,  1513,  1514,  1515,  1516,
    1517,  1164,  1165,  1166,  1167,  1168,  1169,  1170,  1171,  1172,
    1173,  1174,  1175,  1176,  1177,  1178,  1179,  1180,  1181,  1182,
    1183,  1184,  1185,  1186,  1187,  1188,  1189,  1190,  1191,  1192,
    1193,  1194,  1195,  1196,  1197,  1198,  1199,  1200,  1201,  1202,
    1203,  1204,  1205,  1206,  1207,  1208,  1209,  1210,  1211,  1212,
    1213,  1214,  1215,  1216,  1217,  1218,  1219,  1220,  1221,  1222,
    1223,  1224,  1225,  1226,  1227,  1228,  1229,  1230,  1231,  1232,
    1233,  1234,  1235,  1236,  1237,  1238,  1239,  1240,  1241,  1242,
    1243,  1244,  1245,  1246,  1247,  1248,  1249,  1250,  1251,  1252,
    1253,  1254,  1255,  1256,  1257,  1258,  1259,  1260,  1261,  1262,
    1263,  1264,  1265,  1266,  1267,  1268,  1269,  1270,  1271,  1272,
    1273,  1274,  1275,  1276,  1277,  1278,  1279,  1280,  1281,  1282,
    1283,  1284,  1285,  1286,  1287,  1288,  1289,  1290,  1291,  1292,
    1293,  1294,  1295,  1296,  1297,  1298,  1299,  1300,  1301,  1302,
    1303,  1304,  1305,  1306,  1307,  1308,  1309,  1310,  1311,  1312,
    1313,  1314,  1315,  1316,  1317,  1318,  1319,  1320,  1321,  1322,
    1323,  1324,  1325,  1326,  1327,  1328,  1329,  1330,  1331,  1332,
    1333,  1334,  1335,  1336,  1337,  1338,  1339,  1340,  1341,  1342,
    1343,  1344,  1345,  1346,  1347,  1348,  1349,  1350,  1351,  1352,
    1353,  1354,  1355,  1356,  1357,  1358,  1359,  1360,  1361,  1362,
    1363,  1364,  1365,  1366,  1367,  1368,  1369,  1370,  1371,  1372,
    1373,  1374,  1375,  1376,  1377,  1378,  1379,  1380,  1381,  1382,
    1383,  1384,  1385,  1386,  1387,  1388,  1389,  1390,  1391,  1392,
    1393,  1394,  1395,  1396,  1397,  1398,  1399,  1400,  1401,  1402,
    1403,  1404,  1405,  1406,  1407,  1408,  1409,  1410,  1411,  1412,
    1413,  1414,  1415,  1416,  1417,  1418,  1419,  1420,  1421,  1422,
    1423,  1424,  1425,  1426,  1427,  1428,  1429,  1430,  1431,  1432,
    1433,  1434,  1435,  1436,  1437,  1438,  1439,  1440,  1441,  1442,
    1443,  1444,  1445,  1446,  1447,  1448,  1449,  1450,  1451,  1452,
    1453,  1454,  1455,  1456,  1457,  1458,  1459,  1460,  1461,  1462,
    1463,  1464,  1465,  1466,  1467,  1468,  1469,  1470,  1471,  1472,
    1473,  1474,  1475,  1476,  1477,  1478,  1479,  1480,  1481,  1482,
    1483,  1484,  1485,  1486,  1487,  1488,  1489,  1490,  1491,  1492,
    1493,  1494,  1495,  1496,  1497,  1498,  1499,  1500,  1501,  1502,
    1503,  1504,  1505,  1506,  1507,  1508,  1509,  1510,     0,  1511,
    1512,     0,  1513,  1514,  1515,  1516,  1517,     4,     0,     0,
       5,     6,     0,     0,     7,     8,     0,     0,     9,     0,
       0,     0,     0,     0,     0,    10,     0,     0,    11,     0,
       0,    12,    13,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,    14,     0,    15,    16,    17,    18,     0,
       0,     0,     0,    19,     0,     0,    20,     0,    21,    22,
       0,     0,    23,     0,    24,    25,     0,     0,    26,     0,
       0,    27,    28,     0,     0,     0,     0,    29,     0,     0,
       0,     0,    30,    31,     0,     0,    32,    33,    34,     0,
      35,     0,     0,    36,    37,    38,     0,     0,     0,     0,
       0,     0,    39,     0,    40,     0,     0,     0,     0,    41,
       0,     0,    42,     0,     0,    43,     0,    44,     0,     0,
      45,     0,     0,    46,    47,    48,    49,    50,    51,    52,
      53,    54,    55,     0,     0,    56,     0,    57,    58,    59,
      60,    61,    62,    63,     0,     0,     0,    64,    65,     0,
       0,     0,     0,    66,    67,     0,     0,     0,     0,    68,
       0,    69,    70,    71,    72,    73,    74,     0,    75,     0,
      76,     0,    77,    78,     0,     0,    79,     0,    80,     0,
      81,    82,    83,    84,    85,     0,     0,    86,    87,    88,
       0,    89,     0,     0,    90,     0,    91,     0,    92,     0,
      93,     0,     0,    94,    95,     0,     0,    96,     0,    97,
      98,     0,     0,     0,    99,     0,   100,   101,   102,   103,
     104,   105,   106,     0,     0,   107,   108,   109,     0,   110,
       0,     0,     0,     0,     0,     0,   111,     0,     0,     0,
       0,     0,     0,     0,   112,   113,     0,     0,   114,     0,
     115,   116,   117,     0,   118,     0,     0,     0,   119,     0,
     120,   121,     0,   122,   123,     0,     0,     0,   124,   125,
       0,     0,   126,     0,     0,     0,   127,   128,   129,   130,
       0,     0,   131,     0,     0,   132,   133,   134,     0,     0,
     135,     0,     0,     0,     0,   136,   137,   138,   139,   140,
     141,     0,   142,   143,     0,     0,     0,     0,     0,   144,
     145,     0,     0,   146,     0,   147,     0,   148,     0,     0,
       0,     0,     0,   149,   150,     0,     0,     0,   151,     0,
       0,     0,     0,   152,   153,   154,     0,     0,     0,     0,
       0,     0,  1087,   156,   157,   158,  1088,     0,     0,     0,
       0,   160
};

static const yytype_int16 yycheck[] =
{
      10,   135,    28,   987,   952,  1518,   954,    17,     9,     3,
      10,    14,    41,    21,    41,    46,    60,    13,    41,    29,
      33,   203,  1690,    90,   128,    35,    28,    33,    48,   105,
     153,    53,    42,    43,    56,     7,    15,   138,    48,   178,
       6,    50,   208,   112,    15,   115,    56,   105,    15,    15,
      60,   223,   245,   174,   123,   243,   203,    67,    68,    69,
      70,   157,    72,    73,    74,   266,    76,   127,   128,    79,
      31,    81,    80,   275,    84,    85,    48,   234,   293,    98,
       3,    91,   108,    49,   343,    46,   345,    66,   191,    99,
      96,   266,   193,   307,    60,    67,   102,   105,    60,   105,
      66,    62,   122,   200,   114,   205,    72,   339,    61,   109,
     120,   295,    72,   105,   210,   125,    66,   127,   137,   307,
     130,   353,   132,   244,   245,   339,   193,  1795,   138,   139,
      60,   123,   253,  1616,  1617,    49,  1619,   143,   196,   354,
     245,   325,   103,   104,   345,   153,   206,   153,   253,    31,
     343,   130,   131,   132,   133,   175,   128,   339,   119,   325,
     139,   127,   128,   125,   130,   131,   132,   133,   129,   245,
     345,    96,   354,   139,    25,   278,   348,   187,   271,   279,
     130,   131,   132,   133,   253,   145,   343,   148,   198,   139,
     169,   201,   202,   203,   204,   205,   168,   207,   169,   209,
      51,   211,   169,   169,   343,   207,   216,   354,   218,  1877,
     220,   125,    49,   223,   224,   354,   247,   227,   224,   229,
     230,    72,   326,   346,   177,   235,   322,   109,    79,   239,
      81,   241,   353,   243,   244,    86,   246,   307,   205,   249,
     343,   266,   343,   253,    23,   255,   256,   257,   345,   228,
     343,   223,   262,    49,   204,    18,   266,   267,   355,   195,
      68,  1929,   228,   273,   274,   275,   276,   118,   278,   313,
     236,   201,   285,  1756,   284,   285,   343,   343,   345,   232,
     354,   242,   235,   312,   313,   310,   231,   223,   125,   355,
     250,   175,   264,   427,    49,   220,   147,    76,   347,   433,
     151,   152,    49,   263,   314,    68,   316,    83,   318,   319,
     320,   321,   237,   325,   324,   260,   343,   327,   328,   348,
     292,   343,   332,   343,   334,   198,   336,   178,   355,   125,
     353,    94,   354,   339,   156,   344,   346,   345,   312,   313,
     350,   353,   164,   353,   347,   345,    18,   343,   358,   244,
     245,   284,   362,   354,   101,   118,   289,   120,   368,   353,
     336,   337,   338,   373,   127,   375,   271,   272,   318,   379,
     125,   381,   382,   345,   348,  1888,    85,   150,   125,   345,
     390,   391,   392,   393,   394,    15,   208,   105,   135,   208,
     153,   321,   402,   174,   149,   345,    68,    24,   150,   154,
      27,   411,   149,   290,   414,   415,   416,   154,   418,   419,
     213,   341,   342,   343,   424,   345,   107,   355,   428,   357,
     430,   431,    94,   384,   434,   435,   436,   354,   438,   339,
     440,    70,   149,   443,   444,   174,    66,   347,   307,   449,
     291,   451,   452,   241,   207,   266,   118,    15,   120,   459,
     388,    17,    18,   336,   337,   127,    66,    49,   354,   309,
     470,   471,    72,   244,   245,   266,   317,     9,    60,   479,
     251,   409,   253,   194,   484,   326,   486,   487,   354,   489,
     207,   153,    48,   493,   354,    66,   310,    39,    54,   235,
      71,   254,   343,   153,   345,   505,   266,    80,   156,    66,
     130,   131,   132,   133,    96,   244,   245,    33,   112,   139,
     352,    77,    33,   276,   253,   178,   339,   127,   307,   149,
     130,   131,   132,   133,   307,   343,   112,   358,   138,   139,
     341,   342,   343,   125,   345,   207,   497,   336,   104,   169,
     311,   323,    82,   341,   342,   343,   108,   345,    66,   130,
     131,   132,   133,   119,   257,   267,   208,   149,   139,   125,
     354,   353,   154,   130,   131,   132,   133,   134,   115,    40,
     307,   162,   139,   117,   354,   282,   226,     3,     3,   178,
      28,    18,   254,   346,   309,   348,   349,   153,    74,   354,
     150,   354,   307,   307,   354,   161,   309,    92,   228,   333,
     226,   191,    75,   288,   276,  1553,   223,   266,   174,  1557,
     202,  1559,   130,   131,   132,   133,   357,   266,    93,   266,
     310,   139,   266,   278,   216,   204,   191,   207,   138,   253,
     178,   266,   178,   178,   243,   231,   346,   203,   266,   178,
     196,   178,   178,   307,   205,   349,   231,   196,   343,   357,
      36,    60,   223,   315,    50,    60,   222,   123,    60,   191,
     349,   354,    96,   198,   207,   106,   130,   105,   122,   207,
     358,    49,   343,   354,   346,   332,   348,   349,   253,   193,
     178,    49,   343,    22,   178,   178,   355,   355,   325,   354,
     288,   347,   225,   174,   191,   306,   288,   127,   293,   276,
     276,   354,   191,   357,   270,    37,   354,    99,   290,   319,
     104,   224,   191,   343,   196,   345,   326,   112,   230,   127,
     354,   224,   161,   354,   184,   354,   117,   293,   208,   354,
     353,   336,   354,   343,   137,   345,    60,   149,   354,   347,
     274,   307,   161,    93,   134,   339,   353,   174,   349,    60,
     343,  1735,   325,   345,   207,   358,    62,   174,   174,   333,
    1708,  1709,   325,   178,   178,   266,   307,   339,   233,   256,
     266,   134,   114,   172,  1758,  1759,   307,   115,   112,   345,
     310,   233,   111,   176,   343,    20,   245,   115,    50,   207,
     178,   178,   266,   178,   207,   100,   307,   354,   327,   307,
     358,   305,    62,   214,   304,    97,   294,   242,   154,   294,
     333,   235,   196,   178,   203,   343,   343,   178,    60,   303,
      49,   266,   266,   266,   343,   122,   266,   196,    62,   354,
     354,   193,   354,   266,   354,   351,   351,   354,   196,   348,
      32,   288,   125,   315,   343,   226,   351,   354,  1832,   355,
     233,   353,    60,   343,   230,   865,   339,    60,   149,   241,
     240,   871,   198,   354,   356,   875,   343,   208,   114,   879,
     333,   881,   115,   883,   240,   885,   886,   355,   174,   355,
     207,   891,   115,   353,   345,   354,   896,   354,   339,   266,
     900,    86,   902,   355,   343,   149,   332,   307,   355,   355,
      96,    60,    34,   345,   354,    13,   307,    42,   918,    42,
      10,   343,   922,   923,   345,   925,   336,   927,   928,    93,
     245,   266,   153,   344,    14,   325,    60,   356,    55,   939,
     358,   266,   339,   339,   224,   945,   358,    60,   948,   949,
     266,   111,   339,   224,   348,   343,   956,   240,   958,    96,
     960,   112,   962,   963,   204,   319,   101,   336,   135,   266,
     207,   971,    43,   208,    32,   336,   288,   327,   343,   343,
     343,   343,   982,   328,   193,   180,   986,   325,    36,   346,
      43,    25,   992,   336,   354,   336,   996,   346,   998,   345,
    1000,   348,   344,   336,  1004,  1005,   350,  1007,   347,   339,
     333,   320,   114,  1013,   348,   309,   343,  1017,  1018,   356,
      25,  1021,   224,   344,   208,  1999,   339,  1027,   338,  1045,
     235,   253,   325,   112,   339,   343,   356,  1037,   241,    58,
     149,   146,  1042,  2017,   343,   356,   348,  1047,  1048,   153,
     258,   358,   153,  1053,   354,   343,  1056,   336,   343,   153,
     358,   339,   354,   354,   194,   325,   229,    60,   189,   275,
     189,   333,   253,  1073,   339,  1075,   266,   345,   355,  1079,
    1080,  1081,   308,   358,  1084,   346,   355,    60,   308,   278,
     193,   278,    25,    38,   325,   343,   339,   112,   198,   146,
    1100,   101,  1102,   302,   281,  1105,    41,   153,     0,     1,
    1110,   281,   193,  1113,   189,  1115,     8,   193,    60,    11,
      12,   212,   253,    15,    16,   355,   343,    19,    45,  1129,
    1130,   112,  1132,   159,    26,   112,    38,    29,   339,   238,
      32,    33,   114,   101,   336,   345,   112,   217,    60,  1149,
     330,    58,    44,   217,    46,    47,    48,    49,   114,   134,
     343,   110,    54,   134,   343,    57,   110,    59,    60,   178,
     178,    63,    43,    65,    66,   353,    43,    69,   353,   336,
      72,    73,   336,   248,   356,   248,    78,   356,  1109,   455,
    1925,    83,    84,  1904,  1842,    87,    88,    89,  1818,    91,
     196,   455,    94,    95,    96,    -1,    -1,    -1,    -1,    -1,
      -1,   103,    -1,   105,    -1,    -1,    -1,    -1,   110,    -1,
      -1,   113,    -1,    -1,   116,    -1,   118,    -1,    -1,   121,
      -1,    -1,   124,   125,   126,   127,   128,   129,   130,   131,
     132,   133,    -1,    -1,   136,    -1,   138,   139,   140,   141,
     142,   143,   144,    -1,    -1,    -1,   148,   149,    -1,    -1,
      -1,    -1,   154,   155,    -1,    -1,    -1,    -1,   160,    -1,
     162,   163,   164,   165,   166,   167,    -1,   169,    -1,   171,
      -1,   173,   174,    -1,    -1,   177,    -1,   179,    -1,   181,
     182,   183,   184,   185,    -1,    -1,   188,   189,   190,    -1,
     192,    -1,    -1,   195,    -1,   197,    -1,   199,    -1,   201,
      -1,    -1,   204,   205,    -1,    -1,   208,    -1,   210,   211,
      -1,    -1,    -1,   215,    -1,   217,   218,   219,   220,   221,
     222,   223,    -1,    -1,   226,   227,   228,    -1,   230,    -1,
      -1,    -1,    -1,    -1,    -1,   237,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   245,   246,    -1,    -1,   249,    -1,   251,
     252,   253,    -1,   255,    -1,    -1,    -1,   259,    -1,   261,
     262,    -1,   264,   265,    -1,    -1,    -1,   269,   270,    -1,
      -1,   273,    -1,    -1,    -1,   277,   278,   279,   280,    -1,
      -1,   283,    -1,    -1,   286,   287,   288,    -1,    -1,   291,
      -1,    -1,    -1,    -1,   296,   297,   298,   299,   300,   301,
      -1,   303,   304,    -1,    -1,    -1,    -1,    -1,   310,   311,
      -1,    -1,   314,    -1,   316,    -1,   318,  1551,    -1,    -1,
      -1,    -1,   324,   325,    -1,    -1,    -1,   329,    -1,    -1,
      -1,    -1,   334,   335,   336,    -1,    -1,    -1,    -1,    -1,
      -1,   343,   344,   345,   346,   347,    -1,    -1,    -1,    -1,
     352,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,  1612,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,  1629,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
    1540,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,  1561,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,  1571,    -1,    -1,  1574,    -1,    -1,    -1,    -1,    -1,
      -1,  1581,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,  1593,  1594,    -1,  1596,    -1,    -1,    -1,
      -1,    -1,  1602,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,  1747,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
    1764,  1641,    -1,  1643,    -1,  1645,    -1,    -1,  1648,  1649,
      -1,    -1,    -1,    -1,    -1,  1655,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,  1676,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,  1817,  1694,    -1,  1696,  1697,  1698,    -1,
    1700,  1701,  1702,  1703,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,  1726,    -1,  1852,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,  1763,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,  1898,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
    1800,    -1,    -1,  1803,    -1,    -1,    -1,  1807,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,  1823,    -1,    -1,    -1,    -1,    -1,  1829,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,  1969,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,  1868,    -1,
      -1,    -1,    -1,    -1,  1874,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,  1899,    -1,    -1,    -1,    -1,    -1,    -1,
    2014,    -1,    -1,    -1,    -1,  1895,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,  1903,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,  1913,    -1,    -1,  1916,    -1,    -1,  1935,
    1920,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,  1957,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
    1970,  1971,    -1,    -1,     3,    -1,  1976,     6,     7,     8,
       9,    10,    11,    12,    13,    14,    15,    16,    17,    18,
      19,    20,    21,    22,    23,    24,    25,    26,    27,    28,
      29,    30,    31,    32,    33,    34,    35,    36,    37,    38,
      39,    40,    41,    42,    43,    44,    45,    46,    47,    48,
      49,    50,    51,    52,    53,    54,    55,    56,    57,    58,
      59,    60,    61,    62,    63,    64,    65,    66,    67,    68,
      69,    70,    71,    72,    73,    74,    75,    76,    77,    78,
      79,    80,    81,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,    93,    94,    95,    96,    97,    98,
      99,   100,   101,   102,   103,   104,   105,   106,   107,   108,
     109,   110,   111,   112,   113,   114,   115,   116,   117,   118,
     119,   120,   121,   122,   123,   124,   125,   126,   127,   128,
     129,   130,   131,   132,   133,   134,   135,   136,   137,   138,
     139,   140,   141,   142,   143,   144,   145,   146,   147,   148,
     149,   150,   151,   152,   153,   154,   155,   156,   157,   158,
     159,   160,   161,   162,   163,   164,   165,   166,   167,   168,
     169,   170,   171,   172,   173,   174,   175,   176,   177,   178,
     179,   180,   181,   182,   183,   184,   185,   186,   187,   188,
     189,   190,   191,   192,   193,   194,   195,   196,   197,   198,
     199,   200,   201,   202,   203,   204,   205,   206,   207,   208,
     209,   210,   211,   212,   213,   214,   215,   216,   217,   218,
     219,   220,   221,   222,   223,   224,   225,   226,   227,   228,
     229,   230,   231,   232,   233,   234,   235,   236,   237,   238,
     239,   240,   241,   242,   243,   244,   245,   246,   247,   248,
     249,   250,   251,   252,   253,   254,   255,   256,   257,   258,
     259,   260,   261,   262,   263,   264,   265,   266,   267,   268,
     269,   270,   271,   272,   273,   274,   275,   276,   277,   278,
     279,   280,   281,   282,   283,   284,   285,   286,   287,   288,
     289,   290,   291,   292,   293,   294,   295,   296,   297,   298,
     299,   300,   301,   302,   303,   304,   305,   306,   307,   308,
     309,   310,   311,   312,   313,   314,   315,   316,   317,   318,
     319,   320,   321,   322,   323,   324,   325,   326,   327,   328,
     329,   330,   331,   332,   333,   334,   335,   336,   337,   338,
     339,   340,   341,   342,   343,   344,   345,   346,   347,   348,
     349,   350,   351,   352,   353,   354,   355,   356,   357,   358,
     359,   360,   361,     6,     7,     8,     9,    10,    11,    12,
      13,    14,    15,    16,    17,    18,    19,    20,    21,    22,
      23,    24,    25,    26,    27,    28,    29,    30,    31,    32,
      33,    34,    35,    36,    37,    38,    39,    40,    41,    42,
      43,    44,    45,    46,    47,    48,    49,    50,    51,    52,
      53,    54,    55,    56,    57,    58,    59,    60,    61,    62,
      63,    64,    65,    66,    67,    68,    69,    70,    71,    72,
      73,    74,    75,    76,    77,    78,    79,    80,    81,    82,
      83,    84,    85,    86,    87,    88,    89,    90,    91,    92,
      93,    94,    95,    96,    97,    98,    99,   100,   101,   102,
     103,   104,   105,   106,   107,   108,   109,   110,   111,   112,
     113,   114,   115,   116,   117,   118,   119,   120,   121,   122,
     123,   124,   125,   126,   127,   128,   129,   130,   131,   132,
     133,   134,   135,   136,   137,   138,   139,   140,   141,   142,
     143,   144,   145,   146,   147,   148,   149,   150,   151,   152,
     153,   154,   155,   156,   157,   158,   159,   160,   161,   162,
     163,   164,   165,   166,   167,   168,   169,   170,   171,   172,
     173,   174,   175,   176,   177,   178,   179,   180,   181,   182,
     183,   184,   185,   186,   187,   188,   189,   190,   191,   192,
     193,   194,   195,   196,   197,   198,   199,   200,   201,   202,
     203,   204,   205,   206,   207,   208,   209,   210,   211,   212,
     213,   214,   215,   216,   217,   218,   219,   220,   221,   222,
     223,   224,   225,   226,   227,   228,   229,   230,   231,   232,
     233,   234,   235,   236,   237,   238,   239,   240,   241,   242,
     243,   244,   245,   246,   247,   248,   249,   250,   251,   252,
     253,   254,   255,   256,   257,   258,   259,   260,   261,   262,
     263,   264,   265,   266,   267,   268,   269,   270,   271,   272,
     273,   274,   275,   276,   277,   278,   279,   280,   281,   282,
     283,   284,   285,   286,   287,   288,   289,   290,   291,   292,
     293,   294,   295,   296,   297,   298,   299,   300,   301,   302,
     303,   304,   305,   306,   307,   308,   309,   310,   311,   312,
     313,   314,   315,   316,   317,   318,   319,   320,   321,   322,
     323,   324,   325,   326,   327,   328,   329,   330,   331,   332,
     333,   334,   335,   336,   337,   338,   339,   340,   341,   342,
     343,   344,   345,   346,   347,   348,   349,   350,   351,   352,
     353,   354,   355,   356,   357,   358,   359,   360,   361,     6,
       7,     8,     9,    10,    11,    12,    13,    14,    15,    16,
      17,    18,    19,    20,    21,    22,    23,    24,    25,    26,
      27,    28,    29,    30,    31,    32,    33,    34,    35,    36,
      37,    38,    39,    40,    41,    42,    43,    44,    45,    46,
      47,    48,    49,    50,    51,    52,    53,    54,    55,    56,
      57,    58,    59,    60,    61,    62,    63,    64,    65,    66,
      67,    68,    69,    70,    71,    72,    73,    74,    75,    76,
      77,    78,    79,    80,    81,    82,    83,    84,    85,    86,
      87,    88,    89,    90,    91,    92,    93,    94,    95,    96,
      97,    98,    99,   100,   101,   102,   103,   104,   105,   106,
     107,   108,   109,   110,   111,   112,   113,   114,   115,   116,
     117,   118,   119,   120,   121,   122,   123,   124,   125,   126,
     127,   128,   129,   130,   131,   132,   133,   134,   135,   136,
     137,   138,   139,   140,   141,   142,   143,   144,   145,   146,
     147,   148,   149,   150,   151,   152,   153,   154,   155,   156,
     157,   158,   159,   160,   161,   162,   163,   164,   165,   166,
     167,   168,   169,   170,   171,   172,   173,   174,   175,   176,
     177,   178,   179,   180,   181,   182,   183,   184,   185,   186,
     187,   188,   189,   190,   191,   192,   193,   194,   195,   196,
     197,   198,   199,   200,   201,   202,   203,   204,   205,   206,
     207,   208,   209,   210,   211,   212,   213,   214,   215,   216,
     217,   218,   219,   220,   221,   222,   223,   224,   225,   226,
     227,   228,   229,   230,   231,   232,   233,   234,   235,   236,
     237,   238,   239,   240,   241,   242,   243,   244,   245,   246,
     247,   248,   249,   250,   251,   252,   253,   254,   255,   256,
     257,   258,   259,   260,   261,   262,   263,   264,   265,   266,
     267,   268,   269,   270,   271,   272,   273,   274,   275,   276,
     277,   278,   279,   280,   281,   282,   283,   284,   285,   286,
     287,   288,   289,   290,   291,   292,   293,   294,   295,   296,
     297,   298,   299,   300,   301,   302,   303,   304,   305,   306,
     307,   308,   309,   310,   311,   312,   313,   314,   315,   316,
     317,   318,   319,   320,   321,   322,   323,   324,   325,   326,
     327,   328,   329,   330,   331,   332,   333,   334,   335,   336,
     337,   338,   339,   340,   341,   342,   343,   344,   345,   346,
     347,   348,   349,   350,   351,   352,    -1,   354,   355,   356,
     357,   358,   359,   360,   361,     6,     7,     8,     9,    10,
      11,    12,    13,    14,    15,    16,    17,    18,    19,    20,
      21,    22,    23,    24,    25,    26,    27,    28,    29,    30,
      31,    32,    33,    34,    35,    36,    37,    38,    39,    40,
      41,    42,    43,    44,    45,    46,    47,    48,    49,    50,
      51,    52,    53,    54,    55,    56,    57,    58,    59,    60,
      61,    62,    63,    64,    65,    66,    67,    68,    69,    70,
      71,    72,    73,    74,    75,    76,    77,    78,    79,    80,
      81,    82,    83,    84,    85,    86,    87,    88,    89,    90,
      91,    92,    93,    94,    95,    96,    97,    98,    99,   100,
     101,   102,   103,   104,   105,   106,   107,   108,   109,   110,
     111,   112,   113,   114,   115,   116,   117,   118,   119,   120,
     121,   122,   123,   124,   125,   126,   127,   128,   129,   130,
     131,   132,   133,   134,   135,   136,   137,   138,   139,   140,
     141,   142,   143,   144,   145,   146,   147,   148,   149,   150,
     151,   152,   153,   154,   155,   156,   157,   158,   159,   160,
     161,   162,   163,   164,   165,   166,   167,   168,   169,   170,
     171,   172,   173,   174,   175,   176,   177,   178,   179,   180,
     181,   182,   183,   184,   185,   186,   187,   188,   189,   190,
     191,   192,   193,   194,   195,   196,   197,   198,   199,   200,
     201,   202,   203,   204,   205,   206,   207,   208,   209,   210,
     211,   212,   213,   214,   215,   216,   217,   218,   219,   220,
     221,   222,   223,   224,   225,   226,   227,   228,   229,   230,
     231,   232,   233,   234,   235,   236,   237,   238,   239,   240,
     241,   242,   243,   244,   245,   246,   247,   248,   249,   250,
     251,   252,   253,   254,   255,   256,   257,   258,   259,   260,
     261,   262,   263,   264,   265,   266,   267,   268,   269,   270,
     271,   272,   273,   274,   275,   276,   277,   278,   279,   280,
     281,   282,   283,   284,   285,   286,   287,   288,   289,   290,
     291,   292,   293,   294,   295,   296,   297,   298,   299,   300,
     301,   302,   303,   304,   305,   306,   307,   308,   309,   310,
     311,   312,   313,   314,   315,   316,   317,   318,   319,   320,
     321,   322,   323,   324,   325,   326,   327,   328,   329,   330,
     331,   332,   333,   334,   335,   336,   337,   338,   339,   340,
     341,   342,   343,   344,   345,   346,   347,   348,   349,   350,
     351,   352,    -1,   354,   355,   356,   357,   358,   359,   360,
     361,     6,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    17,    18,    19,    20,    21,    22,    23,    24,
      25,    26,    27,    28,    29,    30,    31,    32,    33,    34,
      35,    36,    37,    38,    39,    40,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    51,    52,    53,    54,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,    73,    74,
      75,    76,    77,    78,    79,    80,    81,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    93,    94,
      95,    96,    97,    98,    99,   100,   101,   102,   103,   104,
     105,   106,   107,   108,   109,   110,   111,   112,   113,   114,
     115,   116,   117,   118,   119,   120,   121,   122,   123,   124,
     125,   126,   127,   128,   129,   130,   131,   132,   133,   134,
     135,   136,   137,   138,   139,   140,   141,   142,   143,   144,
     145,   146,   147,   148,   149,   150,   151,   152,   153,   154,
     155,   156,   157,   158,   159,   160,   161,   162,   163,   164,
     165,   166,   167,   168,   169,   170,   171,   172,   173,   174,
     175,   176,   177,   178,   179,   180,   181,   182,   183,   184,
     185,   186,   187,   188,   189,   190,   191,   192,   193,   194,
     195,   196,   197,   198,   199,   200,   201,   202,   203,   204,
     205,   206,   207,   208,   209,   210,   211,   212,   213,   214,
     215,   216,   217,   218,   219,   220,   221,   222,   223,   224,
     225,   226,   227,   228,   229,   230,   231,   232,   233,   234,
     235,   236,   237,   238,   239,   240,   241,   242,   243,   244,
     245,   246,   247,   248,   249,   250,   251,   252,   253,   254,
     255,   256,   257,   258,   259,   260,   261,   262,   263,   264,
     265,   266,   267,   268,   269,   270,   271,   272,   273,   274,
     275,   276,   277,   278,   279,   280,   281,   282,   283,   284,
     285,   286,   287,   288,   289,   290,   291,   292,   293,   294,
     295,   296,   297,   298,   299,   300,   301,   302,   303,   304,
     305,   306,   307,   308,   309,   310,   311,   312,   313,   314,
     315,   316,   317,   318,   319,   320,   321,   322,   323,   324,
     325,   326,   327,   328,   329,   330,   331,   332,   333,   334,
     335,   336,   337,   338,   339,   340,   341,   342,   343,   344,
     345,   346,   347,   348,   349,   350,   351,   352,    -1,   354,
     355,    -1,   357,   358,   359,   360,   361,     8,    -1,    -1,
      11,    12,    -1,    -1,    15,    16,    -1,    -1,    19,    -1,
      -1,    -1,    -1,    -1,    -1,    26,    -1,    -1,    29,    -1,
      -1,    32,    33,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    44,    -1,    46,    47,    48,    49,    -1,
      -1,    -1,    -1,    54,    -1,    -1,    57,    -1,    59,    60,
      -1,    -1,    63,    -1,    65,    66,    -1,    -1,    69,    -1,
      -1,    72,    73,    -1,    -1,    -1,    -1,    78,    -1,    -1,
      -1,    -1,    83,    84,    -1,    -1,    87,    88,    89,    -1,
      91,    -1,    -1,    94,    95,    96,    -1,    -1,    -1,    -1,
      -1,    -1,   103,    -1,   105,    -1,    -1,    -1,    -1,   110,
      -1,    -1,   113,    -1,    -1,   116,    -1,   118,    -1,    -1,
     121,    -1,    -1,   124,   125,   126,   127,   128,   129,   130,
     131,   132,   133,    -1,    -1,   136,    -1,   138,   139,   140,
     141,   142,   143,   144,    -1,    -1,    -1,   148,   149,    -1,
      -1,    -1,    -1,   154,   155,    -1,    -1,    -1,    -1,   160,
      -1,   162,   163,   164,   165,   166,   167,    -1,   169,    -1,
     171,    -1,   173,   174,    -1,    -1,   177,    -1,   179,    -1,
     181,   182,   183,   184,   185,    -1,    -1,   188,   189,   190,
      -1,   192,    -1,    -1,   195,    -1,   197,    -1,   199,    -1,
     201,    -1,    -1,   204,   205,    -1,    -1,   208,    -1,   210,
     211,    -1,    -1,    -1,   215,    -1,   217,   218,   219,   220,
     221,   222,   223,    -1,    -1,   226,   227,   228,    -1,   230,
      -1,    -1,    -1,    -1,    -1,    -1,   237,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,   245,   246,    -1,    -1,   249,    -1,
     251,   252,   253,    -1,   255,    -1,    -1,    -1,   259,    -1,
     261,   262,    -1,   264,   265,    -1,    -1,    -1,   269,   270,
      -1,    -1,   273,    -1,    -1,    -1,   277,   278,   279,   280,
      -1,    -1,   283,    -1,    -1,   286,   287,   288,    -1,    -1,
     291,    -1,    -1,    -1,    -1,   296,   297,   298,   299,   300,
     301,    -1,   303,   304,    -1,    -1,    -1,    -1,    -1,   310,
     311,    -1,    -1,   314,    -1,   316,    -1,   318,    -1,    -1,
      -1,    -1,    -1,   324,   325,    -1,    -1,    -1,   329,    -1,
      -1,    -1,    -1,   334,   335,   336,    -1,    -1,    -1,    -1,
      -1,    -1,   343,   344,   345,   346,   347,    -1,    -1,    -1,
      -1,   352
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_int16 yystos[] =
{
       0,   363,     0,     1,     8,    11,    12,    15,    16,    19,
      26,    29,    32,    33,    44,    46,    47,    48,    49,    54,
      57,    59,    60,    63,    65,    66,    69,    72,    73,    78,
      83,    84,    87,    88,    89,    91,    94,    95,    96,   103,
     105,   110,   113,   116,   118,   121,   124,   125,   126,   127,
     128,   129,   130,   131,   132,   133,   136,   138,   139,   140,
     141,   142,   143,   144,   148,   149,   154,   155,   160,   162,
     163,   164,   165,   166,   167,   169,   171,   173,   174,   177,
     179,   181,   182,   183,   184,   185,   188,   189,   190,   192,
     195,   197,   199,   201,   204,   205,   208,   210,   211,   215,
     217,   218,   219,   220,   221,   222,   223,   226,   227,   228,
     230,   237,   245,   246,   249,   251,   252,   253,   255,   259,
     261,   262,   264,   265,   269,   270,   273,   277,   278,   279,
     280,   283,   286,   287,   288,   291,   296,   297,   298,   299,
     300,   301,   303,   304,   310,   311,   314,   316,   318,   324,
     325,   329,   334,   335,   336,   343,   344,   345,   346,   347,
     352,   364,   365,   366,   367,   369,   370,   371,   373,   377,
     381,   382,   384,   385,   386,   387,   388,   389,   390,   391,
     395,   402,   405,   406,   408,   411,     3,   275,    60,   201,
     321,   341,   342,   343,   345,   374,   403,   413,    68,   413,
     175,   208,   325,   105,   196,   354,    72,   145,   250,   263,
      31,   109,   413,   266,   345,   347,    83,   198,    21,    80,
     105,   153,   345,    85,   150,   105,   208,   150,    49,    60,
      96,   149,   202,   216,   288,   345,   370,   413,     9,   354,
      66,   204,   318,   345,   371,   290,   213,   107,   413,   354,
     149,    49,   125,    70,   307,   178,   343,   354,   413,   413,
      23,    76,    72,   127,   138,   319,   326,   343,   345,   371,
     266,   413,    15,   156,   164,   208,   354,   413,    98,   137,
      15,   169,   205,   413,   200,   345,   355,     6,    15,    49,
      60,    72,   127,   128,   169,   228,   236,   345,   371,   266,
     310,   266,   413,   413,   413,   413,     9,   413,   413,   413,
     413,   194,   112,   123,   253,   413,   354,   413,   293,   354,
      60,   313,   413,   413,    28,   207,     7,    48,    67,   128,
     168,   223,   264,   292,   345,   207,   354,   310,   413,    39,
     127,   128,   206,   404,   235,   266,    48,   122,   175,   343,
     153,    80,   413,   156,    33,   371,    71,   371,   112,   352,
      33,   370,   178,    25,    51,    72,    79,    81,    86,   118,
     147,   151,   152,   178,   291,   317,   326,   343,   345,   412,
     339,   307,   343,   413,   307,   112,   358,   134,   371,   413,
     336,    33,   285,   323,   231,   260,   413,   108,   413,    90,
     193,   343,   345,    15,   149,   169,   228,   343,   345,   371,
     413,    82,   413,   157,   210,   322,   311,   374,   257,   115,
     307,   413,   413,   267,   234,   343,   208,   354,   353,   115,
      40,   307,   371,   354,   162,    46,   247,    53,    56,   343,
     354,   282,   271,   343,    68,    94,   118,   120,   153,   207,
     254,   276,   346,   348,   349,   354,   407,   117,    17,    48,
      54,    77,   104,   119,   125,   153,   161,   174,   203,   222,
     270,   293,   307,   345,   226,   203,   339,   354,     3,   353,
       3,     3,    33,    96,   102,   105,   143,   153,   224,   339,
     174,   244,   245,   251,   253,   372,    96,   220,   237,   178,
      28,    18,   309,   413,    74,   307,   404,     6,     7,     8,
       9,    10,    11,    12,    13,    14,    15,    16,    17,    18,
      19,    20,    21,    22,    23,    24,    25,    26,    27,    28,
      29,    30,    31,    32,    33,    34,    35,    36,    37,    38,
      39,    40,    41,    42,    43,    44,    45,    46,    47,    48,
      49,    50,    51,    52,    53,    54,    55,    56,    57,    58,
      59,    60,    61,    62,    63,    64,    65,    66,    67,    68,
      69,    70,    71,    72,    73,    74,    75,    76,    77,    78,
      79,    80,    81,    82,    83,    84,    85,    86,    87,    88,
      89,    90,    91,    92,    93,    94,    95,    96,    97,    98,
      99,   100,   101,   102,   103,   104,   105,   106,   107,   108,
     109,   110,   111,   112,   113,   114,   115,   116,   117,   118,
     119,   120,   121,   122,   123,   124,   125,   126,   127,   128,
     129,   130,   131,   132,   133,   134,   135,   136,   137,   138,
     139,   140,   141,   142,   143,   144,   145,   146,   147,   148,
     149,   150,   151,   152,   153,   154,   155,   156,   157,   158,
     159,   160,   161,   162,   163,   164,   165,   166,   167,   168,
     169,   170,   171,   172,   173,   174,   175,   176,   177,   178,
     179,   180,   181,   182,   183,   184,   185,   186,   187,   188,
     189,   190,   191,   192,   193,   194,   195,   196,   197,   198,
     199,   200,   201,   202,   203,   204,   205,   206,   207,   208,
     209,   210,   211,   212,   213,   214,   215,   216,   217,   218,
     219,   220,   221,   222,   223,   224,   225,   226,   227,   228,
     229,   230,   231,   232,   233,   234,   235,   236,   237,   238,
     239,   240,   241,   242,   243,   244,   245,   246,   247,   248,
     249,   250,   251,   252,   253,   254,   255,   256,   257,   258,
     259,   260,   261,   262,   263,   264,   265,   266,   267,   268,
     269,   270,   271,   272,   273,   274,   275,   276,   277,   278,
     279,   280,   281,   282,   283,   284,   285,   286,   287,   288,
     289,   290,   291,   292,   293,   294,   295,   296,   297,   298,
     299,   300,   301,   302,   303,   304,   305,   306,   307,   308,
     309,   310,   311,   312,   313,   314,   315,   316,   317,   318,
     319,   320,   321,   322,   323,   324,   325,   326,   327,   328,
     329,   330,   331,   332,   333,   334,   335,   336,   337,   338,
     339,   340,   341,   342,   343,   344,   345,   346,   347,   348,
     349,   350,   351,   352,   353,   354,   355,   356,   357,   358,
     359,   360,   361,   414,   413,   354,   413,   413,   413,   413,
     413,   150,   413,   307,   413,   354,   413,   309,   203,   354,
     413,    92,   413,   191,   413,   295,   325,   226,   413,   413,
     333,    75,   413,   413,   413,   288,   223,   339,   353,   413,
      41,   353,   357,   413,   413,   371,   413,   413,   413,    93,
     413,   310,   266,   266,   413,    10,   109,   345,   409,   413,
     413,   413,   278,   191,   413,   204,   207,   128,   326,   413,
     413,   138,   253,   178,   413,   413,   413,   413,   413,   178,
     178,   266,   413,   413,   243,   231,   178,   266,   346,   196,
      15,   169,    60,   125,   178,   178,   307,   205,   231,   349,
     357,   196,   343,    36,   413,   413,   413,   413,   413,   413,
     413,   315,   195,   223,   413,   413,    60,   223,    50,   413,
      60,   413,   123,   413,   349,    60,   354,    96,   413,   153,
     346,   198,   207,   413,   191,   413,   106,   253,   372,   130,
     372,   413,    50,   344,   105,   358,   413,   105,   123,   266,
     345,   410,   413,   207,   413,   413,   122,    41,   343,   355,
     413,   343,   413,   413,    15,   169,   228,   371,    49,   332,
     253,   372,   413,   413,   413,   413,   413,   354,   193,   343,
     413,   178,    49,   178,   178,   355,   355,   353,   372,   413,
     413,   413,   413,    22,   413,   413,   347,   325,   413,   354,
     225,   374,   413,   288,   413,   413,   174,   374,   413,   413,
     413,   357,   413,   293,   413,   191,   306,   413,   413,   354,
     276,   276,   191,   413,   354,   413,   413,   343,   347,   369,
     406,   127,    37,   290,   413,    99,   104,   224,   191,   196,
     230,   354,   112,   413,   413,   127,   224,   161,   354,   354,
     184,   368,   413,   105,   245,    41,   312,   313,   348,   375,
     376,   413,   354,   413,   413,   353,   413,   413,    61,   177,
     232,   235,   117,    49,   125,   371,    49,   125,   208,   336,
     354,   137,   347,   413,    60,   413,   413,   149,   413,   274,
     354,   413,   413,   413,   413,   413,   161,    93,   413,   339,
     413,   353,   343,   413,     6,     7,     8,     9,    10,    11,
      12,    13,    14,    15,    16,    17,    18,    19,    20,    21,
      22,    23,    24,    25,    26,    27,    28,    29,    30,    31,
      32,    33,    34,    35,    36,    37,    38,    39,    40,    41,
      42,    43,    44,    45,    46,    47,    48,    49,    50,    51,
      52,    53,    54,    55,    56,    57,    58,    59,    60,    61,
      62,    63,    64,    65,    66,    67,    68,    69,    70,    71,
      72,    73,    74,    75,    76,    77,    78,    79,    80,    81,
      82,    83,    84,    85,    86,    87,    88,    89,    90,    91,
      92,    93,    94,    95,    96,    97,    98,    99,   100,   101,
     102,   103,   104,   105,   106,   107,   108,   109,   110,   111,
     112,   113,   114,   115,   116,   117,   118,   119,   120,   121,
     122,   123,   124,   125,   126,   127,   128,   129,   130,   131,
     132,   133,   134,   135,   136,   137,   138,   139,   140,   141,
     142,   143,   144,   145,   146,   147,   148,   149,   150,   151,
     152,   153,   154,   155,   156,   157,   158,   159,   160,   161,
     162,   163,   164,   165,   166,   167,   168,   169,   170,   171,
     172,   173,   174,   175,   176,   177,   178,   179,   180,   181,
     182,   183,   184,   185,   186,   187,   188,   189,   190,   191,
     192,   193,   194,   195,   196,   197,   198,   199,   200,   201,
     202,   203,   204,   205,   206,   207,   208,   209,   210,   211,
     212,   213,   214,   215,   216,   217,   218,   219,   220,   221,
     222,   223,   224,   225,   226,   227,   228,   229,   230,   231,
     232,   233,   234,   235,   236,   237,   238,   239,   240,   241,
     242,   243,   244,   245,   246,   247,   248,   249,   250,   251,
     252,   253,   254,   255,   256,   257,   258,   259,   260,   261,
     262,   263,   264,   265,   266,   267,   268,   269,   270,   271,
     272,   273,   274,   275,   276,   277,   278,   279,   280,   281,
     282,   283,   284,   285,   286,   287,   288,   289,   290,   291,
     292,   293,   294,   295,   296,   297,   298,   299,   300,   301,
     302,   303,   304,   305,   306,   307,   308,   309,   310,   311,
     312,   313,   314,   315,   316,   317,   318,   319,   320,   321,
     322,   323,   324,   325,   326,   327,   328,   329,   330,   331,
     332,   333,   334,   335,   336,   337,   338,   339,   340,   341,
     342,   343,   344,   345,   346,   347,   348,   349,   350,   351,
     352,   354,   355,   357,   358,   359,   360,   361,   396,   415,
     413,   174,   134,   349,   325,   358,    60,   413,   413,   413,
     413,   343,   355,   413,   413,   207,    62,   333,   413,   174,
     174,   339,   413,   307,   339,   379,   325,   413,   413,   178,
     178,   307,   379,   266,   379,   343,   345,   378,   413,   266,
     413,   233,   413,   256,   413,   413,   413,   310,   134,   114,
     172,   115,   112,   413,   233,   413,   376,   343,   176,   111,
     413,    20,   413,   413,   245,   413,   115,    50,   413,   413,
     413,   138,   193,   343,   207,   413,   207,   413,   413,   205,
     279,   413,   178,   178,   178,   413,   266,   327,   307,   358,
     413,   343,   307,   245,   253,   413,   245,   343,   244,   245,
     101,   135,   370,   100,   413,   413,   413,   413,   305,   354,
     343,    62,   304,   214,   383,   413,   413,    97,   413,   413,
     413,   294,   413,   354,   242,   354,   333,   354,   354,   294,
     154,   413,   351,   413,   413,   354,   196,   351,   368,   413,
       3,   413,   235,   413,   178,   178,   348,   343,    60,   303,
     413,   413,    49,   413,   266,   266,   355,   266,   266,   122,
     196,   354,   266,   413,   351,   196,   193,   353,   343,   356,
     356,   415,    62,   288,   233,   339,    32,   354,   355,   315,
     343,   343,   226,   230,   413,   241,   355,   125,    60,    60,
     374,   379,   379,   379,   413,   353,   149,   333,   240,   413,
     208,   413,   354,   198,   114,   413,   354,   240,   115,   174,
     207,   413,   413,   413,   266,   345,   413,   115,   223,   348,
     339,   336,   337,   338,   394,    86,   332,   307,   374,   355,
     380,   355,   380,   380,   355,   380,   343,   149,    96,   345,
      60,   374,   307,   343,   354,    34,    13,   413,   413,    42,
     413,   284,   289,   413,   413,   345,   413,   336,    42,    10,
      93,   266,   325,   358,   413,   339,   339,   153,    24,    27,
     344,   245,   336,   343,   343,   356,    14,   397,   398,   397,
     343,   343,   413,   358,   413,   413,   413,   343,   413,   413,
     413,   413,   339,    60,   266,   379,   379,   325,   353,   348,
     336,   266,    55,   224,   346,   346,   111,    60,   413,   224,
     240,   354,    96,   376,   319,   348,   328,   112,   271,   272,
     393,   204,   327,   374,   243,   307,   101,   135,   380,   266,
     376,   376,   350,   288,   413,   374,   345,   336,   344,   336,
     336,   207,    43,   208,   356,   193,   333,   339,    32,   325,
     348,   343,   320,   180,   344,    36,    43,   356,   397,   338,
      25,   399,   413,   413,   413,   347,   339,   374,   396,   356,
     309,   413,   114,    25,   413,   224,   343,   376,   208,   325,
     235,   253,   112,   358,   394,   339,   241,    58,   149,   146,
     374,   343,   348,   258,   153,   153,   354,   354,   343,   343,
     358,   413,   339,   354,   194,   336,   413,   189,   153,   347,
     397,   191,   278,   343,   401,   325,   400,   356,   229,   275,
      60,   189,   413,   374,   370,   333,   253,   413,   393,   339,
     266,   355,   413,   345,   308,   413,   413,   358,   346,   355,
     392,   392,    60,   308,   397,   278,   193,   278,   370,   325,
      13,   343,    25,    38,   198,   339,   343,   112,   146,   101,
     302,   281,   413,    41,   153,   281,   193,   193,   339,   347,
     374,   413,   413,   189,    60,   212,   413,   253,   355,   343,
      45,   112,   238,   159,   112,   339,    38,   114,   336,   101,
     376,   345,   217,   330,   112,   343,    60,    58,   343,   374,
     217,   114,   376,   134,   134,   110,   110,   178,   178,   353,
     353,   336,   336,    43,    43,   248,   248,   356,   356
};

/* YYR1[RULE-NUM] -- Symbol kind of the left-hand side of rule RULE-NUM.  */
static const yytype_int16 yyr1[] =
{
       0,   362,   363,   363,   364,   364,   364,   364,   364,   365,
     365,   366,   366,   367,   367,   368,   369,   369,   369,   369,
     369,   369,   369,   369,   369,   369,   369,   369,   370,   370,
     370,   370,   371,   371,   371,   371,   371,   371,   372,   372,
     372,   372,   373,   373,   374,   374,   374,   374,   375,   375,
     376,   376,   376,   376,   377,   377,   377,   377,   377,   377,
     377,   377,   377,   377,   377,   377,   377,   377,   377,   378,
     378,   379,   379,   380,   380,   380,   381,   381,   381,   381,
     381,   381,   382,   382,   382,   382,   382,   382,   382,   382,
     382,   382,   382,   382,   382,   382,   382,   383,   383,   384,
     384,   384,   385,   385,   386,   386,   386,   386,   386,   386,
     386,   386,   387,   387,   387,   388,   388,   388,   388,   388,
     388,   388,   388,   388,   388,   388,   389,   389,   389,   389,
     389,   389,   389,   389,   390,   390,   390,   390,   390,   391,
     391,   392,   392,   393,   393,   394,   394,   395,   395,   395,
     395,   395,   396,   396,   397,   398,   398,   399,   399,   400,
     400,   400,   401,   401,   401,   402,   402,   402,   402,   402,
     402,   403,   403,   403,   404,   404,   404,   405,   405,   405,
     405,   405,   405,   405,   405,   405,   405,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   406,   406,
     406,   406,   406,   406,   406,   406,   406,   406,   407,   407,
     407,   408,   408,   408,   408,   408,   409,   409,   410,   410,
     411,   411,   411,   412,   412,   412,   412,   412,   412,   412,
     412,   413,   413,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   414,
     414,   414,   414,   414,   414,   414,   414,   414,   414,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415,   415,   415,   415,   415,   415,   415,   415,
     415,   415,   415
};

/* YYR2[RULE-NUM] -- Number of symbols on the right-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr2[] =
{
       0,     2,     0,     2,     2,     4,     2,     2,     2,     1,
       3,     1,     3,     4,     3,     2,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     2,     2,
       2,     2,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     2,     2,
       0,     1,     2,     1,     1,     6,     4,     6,     4,     7,
       5,     6,     4,     7,    10,     4,     5,     5,     7,     1,
       1,     0,     3,     0,     3,     4,     4,     8,    11,     5,
       6,     9,     5,     5,     5,     7,     5,    13,     6,    11,
       6,     6,     7,     4,     7,     6,     7,     0,     1,     3,
       6,     6,     4,     6,     6,     8,    13,    11,     6,    11,
      21,    20,     1,     1,     1,     7,     5,     6,     3,     3,
      13,     8,     7,     7,     6,     4,     7,     5,     5,     6,
       2,     6,     1,     1,     8,     7,    10,     8,     8,     2,
       2,     0,     4,     1,     1,     1,     1,     6,     7,     8,
       9,     6,     1,     2,     3,     0,     2,     0,     2,     0,
       3,     4,     2,     3,     3,     4,     4,     7,     1,     5,
       6,     0,     1,     1,     1,     1,     1,     2,     3,     4,
       4,     2,     3,     4,     5,     6,     6,     8,    10,    10,
       3,     4,     4,     2,     4,     3,     4,     4,     4,     6,
       4,     5,     4,     5,     8,     2,     3,     3,     7,     6,
       8,     7,     9,     4,     3,     3,     3,     3,     3,     4,
       8,     4,     3,     4,     4,     3,     4,     4,     4,     4,
       4,     4,     4,     5,     5,     6,     7,     5,     7,     8,
       3,     3,     2,     4,     4,     6,     5,     5,     5,     3,
       3,     5,    10,     3,     6,     7,     6,     6,     7,     6,
       3,     3,     3,     4,     3,     4,     4,     4,     4,     3,
       6,     4,     5,     4,     5,     3,     3,     3,     4,     3,
       3,     7,     4,     4,     2,     4,     6,     4,     4,     4,
       3,     3,     4,     4,     3,     4,     3,     3,     4,     3,
       2,     4,     3,     3,     2,     2,     3,     3,     5,     3,
       3,     4,     3,     4,     3,     3,     4,     4,     4,     3,
       5,     4,     3,     3,     3,     3,     4,     3,     3,     3,
       2,     3,     3,     2,     2,     2,     4,     3,     3,     3,
       3,     3,     3,     3,     3,     3,     2,     4,     4,     2,
       3,     4,     3,     3,     3,     2,     3,     3,     4,     4,
       4,     2,     2,     3,     3,     4,     3,     4,     4,     3,
       3,     3,     3,     2,     3,     3,     2,     3,     2,     5,
       3,     2,     3,     3,     2,     3,     3,     2,     4,     5,
       2,     2,     2,     4,     3,     3,     3,     3,     3,     3,
       3,     2,     3,     5,     5,     2,     2,     2,     3,     2,
       2,     2,     2,     3,     2,     3,     4,     2,     3,     3,
       3,     3,     2,     3,     4,     3,     4,     4,     0,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     0,     2,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1
};


enum { YYENOMEM = -2 };

#define yyerrok         (yyerrstatus = 0)
#define yyclearin       (yychar = PL_YYEMPTY)

#define YYACCEPT        goto yyacceptlab
#define YYABORT         goto yyabortlab
#define YYERROR         goto yyerrorlab
#define YYNOMEM         goto yyexhaustedlab


#define YYRECOVERING()  (!!yyerrstatus)

#define YYBACKUP(Token, Value)                                    \
  do                                                              \
    if (yychar == PL_YYEMPTY)                                        \
      {                                                           \
        yychar = (Token);                                         \
        yylval = (Value);                                         \
        YYPOPSTACK (yylen);                                       \
        yystate = *yyssp;                                         \
        goto yybackup;                                            \
      }                                                           \
    else                                                          \
      {                                                           \
        yyerror (px, YY_("syntax error: cannot back up")); \
        YYERROR;                                                  \
      }                                                           \
  while (0)

/* Backward compatibility with an undocumented macro.
   Use PL_YYerror or PL_YYUNDEF. */
#define YYERRCODE PL_YYUNDEF


/* Enable debugging if requested.  */
#if PL_YYDEBUG

# ifndef YYFPRINTF
#  include <stdio.h> /* INFRINGES ON USER NAME SPACE */
#  define YYFPRINTF fprintf
# endif

# define YYDPRINTF(Args)                        \
do {                                            \
  if (yydebug)                                  \
    YYFPRINTF Args;                             \
} while (0)




# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)                    \
do {                                                                      \
  if (yydebug)                                                            \
    {                                                                     \
      YYFPRINTF (stderr, "%s ", Title);                                   \
      yy_symbol_print (stderr,                                            \
                  Kind, Value, px); \
      YYFPRINTF (stderr, "\n");                                           \
    }                                                                     \
} while (0)


/*-----------------------------------.
| Print this symbol's value on YYO.  |
`-----------------------------------*/

static void
yy_symbol_value_print (FILE *yyo,
                       yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, pl_pctx *px)
{
  FILE *yyoutput = yyo;
  YY_USE (yyoutput);
  YY_USE (px);
  if (!yyvaluep)
    return;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}


/*---------------------------.
| Print this symbol on YYO.  |
`---------------------------*/

static void
yy_symbol_print (FILE *yyo,
                 yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, pl_pctx *px)
{
  YYFPRINTF (yyo, "%s %s (",
             yykind < YYNTOKENS ? "token" : "nterm", yysymbol_name (yykind));

  yy_symbol_value_print (yyo, yykind, yyvaluep, px);
  YYFPRINTF (yyo, ")");
}

/*------------------------------------------------------------------.
| yy_stack_print -- Print the state stack from its BOTTOM up to its |
| TOP (included).                                                   |
`------------------------------------------------------------------*/

static void
yy_stack_print (yy_state_t *yybottom, yy_state_t *yytop)
{
  YYFPRINTF (stderr, "Stack now");
  for (; yybottom <= yytop; yybottom++)
    {
      int yybot = *yybottom;
      YYFPRINTF (stderr, " %d", yybot);
    }
  YYFPRINTF (stderr, "\n");
}

# define YY_STACK_PRINT(Bottom, Top)                            \
do {                                                            \
  if (yydebug)                                                  \
    yy_stack_print ((Bottom), (Top));                           \
} while (0)


/*------------------------------------------------.
| Report that the YYRULE is going to be reduced.  |
`------------------------------------------------*/

static void
yy_reduce_print (yy_state_t *yyssp, YYSTYPE *yyvsp,
                 int yyrule, pl_pctx *px)
{
  int yylno = yyrline[yyrule];
  int yynrhs = yyr2[yyrule];
  int yyi;
  YYFPRINTF (stderr, "Reducing stack by rule %d (line %d):\n",
             yyrule - 1, yylno);
  /* The symbols being reduced.  */
  for (yyi = 0; yyi < yynrhs; yyi++)
    {
      YYFPRINTF (stderr, "   $%d = ", yyi + 1);
      yy_symbol_print (stderr,
                       YY_ACCESSING_SYMBOL (+yyssp[yyi + 1 - yynrhs]),
                       &yyvsp[(yyi + 1) - (yynrhs)], px);
      YYFPRINTF (stderr, "\n");
    }
}

# define YY_REDUCE_PRINT(Rule)          \
do {                                    \
  if (yydebug)                          \
    yy_reduce_print (yyssp, yyvsp, Rule, px); \
} while (0)

/* Nonzero means print parse trace.  It is left uninitialized so that
   multiple parsers can coexist.  */
int yydebug;
#else /* !PL_YYDEBUG */
# define YYDPRINTF(Args) ((void) 0)
# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)
# define YY_STACK_PRINT(Bottom, Top)
# define YY_REDUCE_PRINT(Rule)
#endif /* !PL_YYDEBUG */


/* YYINITDEPTH -- initial size of the parser's stacks.  */
#ifndef YYINITDEPTH
# define YYINITDEPTH 200
#endif

/* YYMAXDEPTH -- maximum size the stacks can grow to (effective only
   if the built-in stack extension method is used).

   Do not make this value too large; the results are undefined if
   YYSTACK_ALLOC_MAXIMUM < YYSTACK_BYTES (YYMAXDEPTH)
   evaluated with infinite-precision integer arithmetic.  */

#ifndef YYMAXDEPTH
# define YYMAXDEPTH 10000
#endif
/* Parser data structure.  */
struct yypstate
  {
    /* Number of syntax errors so far.  */
    int yynerrs;

    yy_state_fast_t yystate;
    /* Number of tokens to shift before error messages enabled.  */
    int yyerrstatus;

    /* Refer to the stacks through separate pointers, to allow yyoverflow
       to reallocate them elsewhere.  */

    /* Their size.  */
    YYPTRDIFF_T yystacksize;

    /* The state stack: array, bottom, top.  */
    yy_state_t yyssa[YYINITDEPTH];
    yy_state_t *yyss;
    yy_state_t *yyssp;

    /* The semantic value stack: array, bottom, top.  */
    YYSTYPE yyvsa[YYINITDEPTH];
    YYSTYPE *yyvs;
    YYSTYPE *yyvsp;
    /* Whether this instance has not started parsing yet.
     * If 2, it corresponds to a finished parsing.  */
    int yynew;
  };






/*-----------------------------------------------.
| Release the memory associated to this symbol.  |
`-----------------------------------------------*/

static void
yydestruct (const char *yymsg,
            yysymbol_kind_t yykind, YYSTYPE *yyvaluep, pl_pctx *px)
{
  YY_USE (yyvaluep);
  YY_USE (px);
  if (!yymsg)
    yymsg = "Deleting";
  YY_SYMBOL_PRINT (yymsg, yykind, yyvaluep, yylocationp);

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}





#define pl_yynerrs yyps->pl_yynerrs
#define yystate yyps->yystate
#define yyerrstatus yyps->yyerrstatus
#define yyssa yyps->yyssa
#define yyss yyps->yyss
#define yyssp yyps->yyssp
#define yyvsa yyps->yyvsa
#define yyvs yyps->yyvs
#define yyvsp yyps->yyvsp
#define yystacksize yyps->yystacksize

/* Initialize the parser data structure.  */
static void
yypstate_clear (yypstate *yyps)
{
  yynerrs = 0;
  yystate = 0;
  yyerrstatus = 0;

  yyssp = yyss;
  yyvsp = yyvs;

  /* Initialize the state stack, in case yypcontext_expected_tokens is
     called before the first call to yyparse. */
  *yyssp = 0;
  yyps->yynew = 1;
}

/* Initialize the parser data structure.  */
yypstate *
yypstate_new (void)
{
  yypstate *yyps;
  yyps = YY_CAST (yypstate *, YYMALLOC (sizeof *yyps));
  if (!yyps)
    return YY_NULLPTR;
  yystacksize = YYINITDEPTH;
  yyss = yyssa;
  yyvs = yyvsa;
  yypstate_clear (yyps);
  return yyps;
}

void
yypstate_delete (yypstate *yyps)
{
  if (yyps)
    {
#ifndef yyoverflow
      /* If the stack was reallocated but the parse did not complete, then the
         stack still needs to be freed.  */
      if (yyss != yyssa)
        YYSTACK_FREE (yyss);
#endif
      YYFREE (yyps);
    }
}



/*---------------.
| yypush_parse.  |
`---------------*/

int
yypush_parse (yypstate *yyps,
              int yypushed_char, YYSTYPE const *yypushed_val, pl_pctx *px)
{
/* Lookahead token kind.  */
int yychar;


/* The semantic value of the lookahead symbol.  */
/* Default value used for initialization, for pacifying older GCCs
   or non-GCC compilers.  */
YY_INITIAL_VALUE (static YYSTYPE yyval_default;)
YYSTYPE yylval YY_INITIAL_VALUE (= yyval_default);

  int yyn;
  /* The return value of yyparse.  */
  int yyresult;
  /* Lookahead symbol kind.  */
  yysymbol_kind_t yytoken = YYSYMBOL_YYEMPTY;
  /* The variables used to return semantic value and location from the
     action routines.  */
  YYSTYPE yyval;



#define YYPOPSTACK(N)   (yyvsp -= (N), yyssp -= (N))

  /* The number of symbols on the RHS of the reduced rule.
     Keep to zero when no symbol should be popped.  */
  int yylen = 0;

  switch (yyps->yynew)
    {
    case 0:
      yyn = yypact[yystate];
      goto yyread_pushed_token;

    case 2:
      yypstate_clear (yyps);
      break;

    default:
      break;
    }

  YYDPRINTF ((stderr, "Starting parse\n"));

  yychar = PL_YYEMPTY; /* Cause a token to be read.  */

  goto yysetstate;


/*------------------------------------------------------------.
| yynewstate -- push a new state, which is found in yystate.  |
`------------------------------------------------------------*/
yynewstate:
  /* In all cases, when you get here, the value and location stacks
     have just been pushed.  So pushing a state here evens the stacks.  */
  yyssp++;


/*--------------------------------------------------------------------.
| yysetstate -- set current state (the top of the stack) to yystate.  |
`--------------------------------------------------------------------*/
yysetstate:
  YYDPRINTF ((stderr, "Entering state %d\n", yystate));
  YY_ASSERT (0 <= yystate && yystate < YYNSTATES);
  YY_IGNORE_USELESS_CAST_BEGIN
  *yyssp = YY_CAST (yy_state_t, yystate);
  YY_IGNORE_USELESS_CAST_END
  YY_STACK_PRINT (yyss, yyssp);

  if (yyss + yystacksize - 1 <= yyssp)
#if !defined yyoverflow && !defined YYSTACK_RELOCATE
    YYNOMEM;
#else
    {
      /* Get the current used size of the three stacks, in elements.  */
      YYPTRDIFF_T yysize = yyssp - yyss + 1;

# if defined yyoverflow
      {
        /* Give user a chance to reallocate the stack.  Use copies of
           these so that the &'s don't force the real ones into
           memory.  */
        yy_state_t *yyss1 = yyss;
        YYSTYPE *yyvs1 = yyvs;

        /* Each stack pointer address is followed by the size of the
           data in use in that stack, in bytes.  This used to be a
           conditional around just the two extra args, but that might
           be undefined if yyoverflow is a macro.  */
        yyoverflow (YY_("memory exhausted"),
                    &yyss1, yysize * YYSIZEOF (*yyssp),
                    &yyvs1, yysize * YYSIZEOF (*yyvsp),
                    &yystacksize);
        yyss = yyss1;
        yyvs = yyvs1;
      }
# else /* defined YYSTACK_RELOCATE */
      /* Extend the stack our own way.  */
      if (YYMAXDEPTH <= yystacksize)
        YYNOMEM;
      yystacksize *= 2;
      if (YYMAXDEPTH < yystacksize)
        yystacksize = YYMAXDEPTH;

      {
        yy_state_t *yyss1 = yyss;
        union yyalloc *yyptr =
          YY_CAST (union yyalloc *,
                   YYSTACK_ALLOC (YY_CAST (YYSIZE_T, YYSTACK_BYTES (yystacksize))));
        if (! yyptr)
          YYNOMEM;
        YYSTACK_RELOCATE (yyss_alloc, yyss);
        YYSTACK_RELOCATE (yyvs_alloc, yyvs);
#  undef YYSTACK_RELOCATE
        if (yyss1 != yyssa)
          YYSTACK_FREE (yyss1);
      }
# endif

      yyssp = yyss + yysize - 1;
      yyvsp = yyvs + yysize - 1;

      YY_IGNORE_USELESS_CAST_BEGIN
      YYDPRINTF ((stderr, "Stack size increased to %ld\n",
                  YY_CAST (long, yystacksize)));
      YY_IGNORE_USELESS_CAST_END

      if (yyss + yystacksize - 1 <= yyssp)
        YYABORT;
    }
#endif /* !defined yyoverflow && !defined YYSTACK_RELOCATE */


  if (yystate == YYFINAL)
    YYACCEPT;

  goto yybackup;


/*-----------.
| yybackup.  |
`-----------*/
yybackup:
  /* Do appropriate processing given the current state.  Read a
     lookahead token if we need one and don't already have one.  */

  /* First try to decide what to do without reference to lookahead token.  */
  yyn = yypact[yystate];
  if (yypact_value_is_default (yyn))
    goto yydefault;

  /* Not known => get a lookahead token if don't already have one.  */

  /* YYCHAR is either empty, or end-of-input, or a valid lookahead.  */
  if (yychar == PL_YYEMPTY)
    {
      if (!yyps->yynew)
        {
          YYDPRINTF ((stderr, "Return for a new token:\n"));
          yyresult = YYPUSH_MORE;
          goto yypushreturn;
        }
      yyps->yynew = 0;
yyread_pushed_token:
      YYDPRINTF ((stderr, "Reading a token\n"));
      yychar = yypushed_char;
      if (yypushed_val)
        yylval = *yypushed_val;
    }

  if (yychar <= PL_YYEOF)
    {
      yychar = PL_YYEOF;
      yytoken = YYSYMBOL_YYEOF;
      YYDPRINTF ((stderr, "Now at end of input.\n"));
    }
  else if (yychar == PL_YYerror)
    {
      /* The scanner already issued an error message, process directly
         to error recovery.  But do not keep the error token as
         lookahead, it is too special and may lead us to an endless
         loop in error recovery. */
      yychar = PL_YYUNDEF;
      yytoken = YYSYMBOL_YYerror;
      goto yyerrlab1;
    }
  else
    {
      yytoken = YYTRANSLATE (yychar);
      YY_SYMBOL_PRINT ("Next token is", yytoken, &yylval, &yylloc);
    }

  /* If the proper action on seeing token YYTOKEN is to reduce or to
     detect an error, take that action.  */
  yyn += yytoken;
  if (yyn < 0 || YYLAST < yyn || yycheck[yyn] != yytoken)
    goto yydefault;
  yyn = yytable[yyn];
  if (yyn <= 0)
    {
      if (yytable_value_is_error (yyn))
        goto yyerrlab;
      yyn = -yyn;
      goto yyreduce;
    }

  /* Count tokens shifted since error; after three, turn off error
     status.  */
  if (yyerrstatus)
    yyerrstatus--;

  /* Shift the lookahead token.  */
  YY_SYMBOL_PRINT ("Shifting", yytoken, &yylval, &yylloc);
  yystate = yyn;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END

  /* Discard the shifted token.  */
  yychar = PL_YYEMPTY;
  goto yynewstate;


/*-----------------------------------------------------------.
| yydefault -- do the default action for the current state.  |
`-----------------------------------------------------------*/
yydefault:
  yyn = yydefact[yystate];
  if (yyn == 0)
    goto yyerrlab;
  goto yyreduce;


/*-----------------------------.
| yyreduce -- do a reduction.  |
`-----------------------------*/
yyreduce:
  /* yyn is the number of a rule to reduce with.  */
  yylen = yyr2[yyn];

  /* If YYLEN is nonzero, implement the default value of the action:
     '$$ = $1'.

     Otherwise, the following line sets YYVAL to garbage.
     This behavior is undocumented and Bison
     users should not rely upon it.  Assigning to YYVAL
     unconditionally makes the parser a bit smaller, and it avoids a
     GCC warning that YYVAL may be used uninitialized.  */
  yyval = yyvsp[1-yylen];


  YY_REDUCE_PRINT (yyn);
  switch (yyn)
    {
  case 4: /* line: msg T_EOL  */
#line 100 "grammar/parser.y"
                        { px->matched = true; }
#line 3447 "build-asan-rd/parser.c"
    break;

  case 5: /* line: msg '(' rest T_EOL  */
#line 101 "grammar/parser.y"
                        { px->matched = true; /* a trailing "(note)": may carry "replacing ... #N" */
                          if (px->ev.kind == PL_EV_INITIATE) px_tail(px, &yyvsp[-1], PX_REPLACES); }
#line 3454 "build-asan-rd/parser.c"
    break;

  case 6: /* line: msgt T_EOL  */
#line 103 "grammar/parser.y"
                        { px->matched = true; }
#line 3460 "build-asan-rd/parser.c"
    break;

  case 7: /* line: obj_err T_EOL  */
#line 104 "grammar/parser.y"
                        { px->matched = true; }
#line 3466 "build-asan-rd/parser.c"
    break;

  case 8: /* line: error T_EOL  */
#line 105 "grammar/parser.y"
                        { px->errored = true; yyerrok; }
#line 3472 "build-asan-rd/parser.c"
    break;

  case 10: /* msg: CAPS ':' core  */
#line 113 "grammar/parser.y"
                        { px_state(px, &yyvsp[-2]); }
#line 3478 "build-asan-rd/parser.c"
    break;

  case 12: /* msgt: CAPS ':' core_text  */
#line 119 "grammar/parser.y"
                        { px_state(px, &yyvsp[-2]); }
#line 3484 "build-asan-rd/parser.c"
    break;

  case 13: /* obj_err: DQSTR SERIAL ':' kernel_msg  */
#line 125 "grammar/parser.y"
                                       { px_obj(px, &yyvsp[-3], &yyvsp[-2]); }
#line 3490 "build-asan-rd/parser.c"
    break;

  case 14: /* obj_err: DQSTR ':' kernel_msg  */
#line 126 "grammar/parser.y"
                                       { px_obj(px, &yyvsp[-2], NULL); }
#line 3496 "build-asan-rd/parser.c"
    break;

  case 15: /* kernel_msg: K_NETLINK rest  */
#line 131 "grammar/parser.y"
      { KIND(KERNEL_ERROR); px_tail(px, &yyvsp[0], PX_ERRNO); S(TEXT, yyvsp[0]); }
#line 3502 "build-asan-rd/parser.c"
    break;

  case 28: /* sa_noun: K_IKE K_SA  */
#line 155 "grammar/parser.y"
                    { yyval = yyvsp[-1]; yyval.i = 1; }
#line 3508 "build-asan-rd/parser.c"
    break;

  case 29: /* sa_noun: K_ISAKMP K_SA  */
#line 156 "grammar/parser.y"
                    { yyval = yyvsp[-1]; yyval.i = 2; }
#line 3514 "build-asan-rd/parser.c"
    break;

  case 30: /* sa_noun: K_IPSEC K_SA  */
#line 157 "grammar/parser.y"
                    { yyval = yyvsp[-1]; yyval.i = 3; }
#line 3520 "build-asan-rd/parser.c"
    break;

  case 31: /* sa_noun: K_CHILD K_SA  */
#line 158 "grammar/parser.y"
                    { yyval = yyvsp[-1]; yyval.i = 4; }
#line 3526 "build-asan-rd/parser.c"
    break;

  case 32: /* v2exch: K_IKE_SA_INIT  */
#line 163 "grammar/parser.y"
                        { L(EXCHANGE, "ike_sa_init"); I(IKE_VERSION, 2); }
#line 3532 "build-asan-rd/parser.c"
    break;

  case 33: /* v2exch: K_IKE_AUTH  */
#line 164 "grammar/parser.y"
                        { L(EXCHANGE, "ike_auth"); I(IKE_VERSION, 2); }
#line 3538 "build-asan-rd/parser.c"
    break;

  case 34: /* v2exch: K_CREATE_CHILD_SA  */
#line 165 "grammar/parser.y"
                        { L(EXCHANGE, "create_child_sa"); I(IKE_VERSION, 2); }
#line 3544 "build-asan-rd/parser.c"
    break;

  case 35: /* v2exch: K_IKE_INTERMEDIATE  */
#line 166 "grammar/parser.y"
                        { L(EXCHANGE, "ike_intermediate"); I(IKE_VERSION, 2); }
#line 3550 "build-asan-rd/parser.c"
    break;

  case 36: /* v2exch: K_INFORMATIONAL_X  */
#line 167 "grammar/parser.y"
                        { L(EXCHANGE, "informational"); I(IKE_VERSION, 2); }
#line 3556 "build-asan-rd/parser.c"
    break;

  case 37: /* v2exch: K_IKE_SESSION_RESUME  */
#line 168 "grammar/parser.y"
                         { L(EXCHANGE, "ike_session_resume"); I(IKE_VERSION, 2); }
#line 3562 "build-asan-rd/parser.c"
    break;

  case 38: /* v2dir: K_REQUEST  */
#line 173 "grammar/parser.y"
                { yyval = yyvsp[0]; yyval.i = 0; }
#line 3568 "build-asan-rd/parser.c"
    break;

  case 39: /* v2dir: K_RESPONSE  */
#line 174 "grammar/parser.y"
                { yyval = yyvsp[0]; yyval.i = 1; }
#line 3574 "build-asan-rd/parser.c"
    break;

  case 40: /* v2dir: K_REPLY  */
#line 175 "grammar/parser.y"
                { yyval = yyvsp[0]; yyval.i = 1; }
#line 3580 "build-asan-rd/parser.c"
    break;

  case 41: /* v2dir: K_MESSAGE  */
#line 176 "grammar/parser.y"
                { yyval = yyvsp[0]; yyval.i = 2; }
#line 3586 "build-asan-rd/parser.c"
    break;

  case 42: /* role: K_INITIATOR  */
#line 180 "grammar/parser.y"
                  { L(ROLE, "initiator"); }
#line 3592 "build-asan-rd/parser.c"
    break;

  case 43: /* role: K_RESPONDER  */
#line 181 "grammar/parser.y"
                  { L(ROLE, "responder"); }
#line 3598 "build-asan-rd/parser.c"
    break;

  case 48: /* tunnel_mode: K_TUNNEL K_MODE  */
#line 189 "grammar/parser.y"
                          { L(MODE, "tunnel"); }
#line 3604 "build-asan-rd/parser.c"
    break;

  case 49: /* tunnel_mode: K_TRANSPORT K_MODE  */
#line 190 "grammar/parser.y"
                          { L(MODE, "transport"); }
#line 3610 "build-asan-rd/parser.c"
    break;

  case 52: /* est_tail: tunnel_mode BRACE  */
#line 197 "grammar/parser.y"
                          { px_brace(px, &yyvsp[0]); }
#line 3616 "build-asan-rd/parser.c"
    break;

  case 53: /* est_tail: BRACE  */
#line 198 "grammar/parser.y"
                          { px_brace(px, &yyvsp[0]); }
#line 3622 "build-asan-rd/parser.c"
    break;

  case 54: /* initiate: K_INITIATE  */
#line 205 "grammar/parser.y"
      { KIND(INITIATE); }
#line 3628 "build-asan-rd/parser.c"
    break;

  case 55: /* initiate: K_INITIATING K_IKEV1 K_MAIN K_MODE K_CONNECTION opt_replace  */
#line 207 "grammar/parser.y"
      { KIND(INITIATE); L(EXCHANGE, "main"); I(IKE_VERSION, 1); L(ROLE, "initiator"); }
#line 3634 "build-asan-rd/parser.c"
    break;

  case 56: /* initiate: K_INITIATING K_MAIN K_MODE opt_replace  */
#line 209 "grammar/parser.y"
      { KIND(INITIATE); L(EXCHANGE, "main"); I(IKE_VERSION, 1); L(ROLE, "initiator"); }
#line 3640 "build-asan-rd/parser.c"
    break;

  case 57: /* initiate: K_INITIATING K_IKEV1 K_AGGRESSIVE K_MODE K_CONNECTION opt_replace  */
#line 211 "grammar/parser.y"
      { KIND(INITIATE); L(EXCHANGE, "aggressive"); I(IKE_VERSION, 1); L(ROLE, "initiator"); }
#line 3646 "build-asan-rd/parser.c"
    break;

  case 58: /* initiate: K_INITIATING K_AGGRESSIVE K_MODE opt_replace  */
#line 213 "grammar/parser.y"
      { KIND(INITIATE); L(EXCHANGE, "aggressive"); I(IKE_VERSION, 1); L(ROLE, "initiator"); }
#line 3652 "build-asan-rd/parser.c"
    break;

  case 59: /* initiate: K_INITIATING K_AGGRESSIVE K_MODE SERIAL ',' K_CONNECTION DQSTR  */
#line 215 "grammar/parser.y"
      { KIND(INITIATE); L(EXCHANGE, "aggressive"); I(IKE_VERSION, 1); L(ROLE, "initiator"); }
#line 3658 "build-asan-rd/parser.c"
    break;

  case 60: /* initiate: K_INITIATING K_QUICK K_MODE qm_policy opt_replace  */
#line 217 "grammar/parser.y"
      { KIND(INITIATE); L(EXCHANGE, "quick"); I(IKE_VERSION, 1); L(ROLE, "initiator"); S(POLICY, yyvsp[-1]); }
#line 3664 "build-asan-rd/parser.c"
    break;

  case 61: /* initiate: K_INITIATING K_QUICK K_MODE qm_policy opt_replace BRACE  */
#line 219 "grammar/parser.y"
      { KIND(INITIATE); L(EXCHANGE, "quick"); I(IKE_VERSION, 1); L(ROLE, "initiator");
        S(POLICY, yyvsp[-2]); px_brace(px, &yyvsp[0]); px_tail(px, &yyvsp[0], PX_TS); }
#line 3671 "build-asan-rd/parser.c"
    break;

  case 62: /* initiate: K_INITIATING K_IKEV2 K_CONNECTION opt_replace  */
#line 222 "grammar/parser.y"
      { KIND(INITIATE); L(EXCHANGE, "ike_sa_init"); I(IKE_VERSION, 2); L(ROLE, "initiator"); }
#line 3677 "build-asan-rd/parser.c"
    break;

  case 63: /* initiate: K_INITIATING K_IKEV2 K_CONNECTION K_TO addr K_USING addr  */
#line 224 "grammar/parser.y"
      { KIND(INITIATE); L(EXCHANGE, "ike_sa_init"); I(IKE_VERSION, 2); L(ROLE, "initiator"); S(PEER, yyvsp[-2]); }
#line 3683 "build-asan-rd/parser.c"
    break;

  case 64: /* initiate: K_INITIATING K_IKEV2 K_CONNECTION K_TO addr '(' paren_words ')' K_USING addr  */
#line 226 "grammar/parser.y"
      { KIND(INITIATE); L(EXCHANGE, "ike_sa_init"); I(IKE_VERSION, 2); L(ROLE, "initiator"); S(PEER, yyvsp[-5]); }
#line 3689 "build-asan-rd/parser.c"
    break;

  case 65: /* initiate: K_INITIATE ',' K_REPLACING SERIAL  */
#line 228 "grammar/parser.y"
      { KIND(INITIATE); I(REPLACES, yyvsp[0].i); }
#line 3695 "build-asan-rd/parser.c"
    break;

  case 66: /* initiate: K_INITIATING K_IKEV2 K_IKE K_SA opt_replace  */
#line 230 "grammar/parser.y"
      { KIND(INITIATE); L(EXCHANGE, "ike_sa_init"); I(IKE_VERSION, 2); L(ROLE, "initiator"); }
#line 3701 "build-asan-rd/parser.c"
    break;

  case 67: /* initiate: K_INITIATING WORD K_PARENT K_SA opt_replace  */
#line 232 "grammar/parser.y"
      { if (!px_in(&yyvsp[-3], "v2")) YYERROR;
        KIND(INITIATE); L(EXCHANGE, "ike_sa_init"); I(IKE_VERSION, 2); L(ROLE, "initiator"); }
#line 3708 "build-asan-rd/parser.c"
    break;

  case 68: /* initiate: K_INITIATING K_CHILD K_SA K_USING K_IKE K_SA SERIAL  */
#line 235 "grammar/parser.y"
      { KIND(INITIATE); L(EXCHANGE, "child"); I(IKE_VERSION, 2); L(ROLE, "initiator"); I(PARENT, yyvsp[0].i); }
#line 3714 "build-asan-rd/parser.c"
    break;

  case 72: /* opt_replace: K_TO K_REPLACE SERIAL  */
#line 244 "grammar/parser.y"
                                { I(REPLACES, yyvsp[0].i); }
#line 3720 "build-asan-rd/parser.c"
    break;

  case 74: /* opt_replacing: ',' K_REPLACING SERIAL  */
#line 249 "grammar/parser.y"
                                { I(REPLACES, yyvsp[0].i); }
#line 3726 "build-asan-rd/parser.c"
    break;

  case 75: /* opt_replacing: ',' K_TO K_REPLACE SERIAL  */
#line 250 "grammar/parser.y"
                                { I(REPLACES, yyvsp[0].i); }
#line 3732 "build-asan-rd/parser.c"
    break;

  case 76: /* respond: K_RESPONDING K_TO K_MAIN K_MODE  */
#line 257 "grammar/parser.y"
      { KIND(RESPOND); L(EXCHANGE, "main"); I(IKE_VERSION, 1); L(ROLE, "responder"); }
#line 3738 "build-asan-rd/parser.c"
    break;

  case 77: /* respond: K_RESPONDING K_TO K_MAIN K_MODE K_FROM K_UNKNOWN K_PEER addr  */
#line 259 "grammar/parser.y"
      { KIND(RESPOND); L(EXCHANGE, "main"); I(IKE_VERSION, 1); L(ROLE, "responder"); S(PEER, yyvsp[0]); }
#line 3744 "build-asan-rd/parser.c"
    break;

  case 78: /* respond: K_RESPONDING K_TO K_MAIN K_MODE K_FROM K_UNKNOWN K_PEER addr K_ON K_PORT NUM  */
#line 261 "grammar/parser.y"
      { KIND(RESPOND); L(EXCHANGE, "main"); I(IKE_VERSION, 1); L(ROLE, "responder"); S(PEER, yyvsp[-3]); I(PORT, yyvsp[0].i); }
#line 3750 "build-asan-rd/parser.c"
    break;

  case 79: /* respond: K_RESPONDING K_TO K_QUICK K_MODE BRACE  */
#line 263 "grammar/parser.y"
      { KIND(RESPOND); L(EXCHANGE, "quick"); I(IKE_VERSION, 1); L(ROLE, "responder"); px_brace(px, &yyvsp[0]); }
#line 3756 "build-asan-rd/parser.c"
    break;

  case 80: /* respond: K_RESPONDING K_TO K_QUICK K_MODE K_PROPOSAL BRACE  */
#line 265 "grammar/parser.y"
      { KIND(RESPOND); L(EXCHANGE, "quick"); I(IKE_VERSION, 1); L(ROLE, "responder"); px_brace(px, &yyvsp[0]); }
#line 3762 "build-asan-rd/parser.c"
    break;

  case 81: /* respond: K_RESPONDING K_TO K_QUICK K_MODE K_PROPOSAL BRACE K_USING sa_noun SERIAL  */
#line 267 "grammar/parser.y"
      { KIND(RESPOND); L(EXCHANGE, "quick"); I(IKE_VERSION, 1); L(ROLE, "responder"); px_brace(px, &yyvsp[-3]);
        I(PARENT, yyvsp[0].i); }
#line 3769 "build-asan-rd/parser.c"
    break;

  case 82: /* sent: K_SENT K_MAIN K_MODE K_REQUEST opt_replacing  */
#line 275 "grammar/parser.y"
      { KIND(SENT); L(EXCHANGE, "main"); I(IKE_VERSION, 1); L(ROLE, "initiator"); L(STORY, "request"); }
#line 3775 "build-asan-rd/parser.c"
    break;

  case 83: /* sent: K_SENT K_MAIN K_MODE CAPS opt_replacing  */
#line 277 "grammar/parser.y"
      { KIND(SENT); L(EXCHANGE, "main"); I(IKE_VERSION, 1); S(STORY, yyvsp[-1]);
        L(ROLE, yyvsp[-1].s[0] == 'R' ? "responder" : "initiator"); }
#line 3782 "build-asan-rd/parser.c"
    break;

  case 84: /* sent: K_SENT K_AGGRESSIVE K_MODE K_REQUEST opt_replacing  */
#line 280 "grammar/parser.y"
      { KIND(SENT); L(EXCHANGE, "aggressive"); I(IKE_VERSION, 1); L(ROLE, "initiator"); L(STORY, "request"); }
#line 3788 "build-asan-rd/parser.c"
    break;

  case 85: /* sent: K_SENT K_AGGRESSIVE K_MODE K_RESPONSE ',' K_EXPECTING K_CONFIRMATION  */
#line 282 "grammar/parser.y"
      { KIND(SENT); L(EXCHANGE, "aggressive"); I(IKE_VERSION, 1); L(ROLE, "responder"); L(STORY, "response"); }
#line 3794 "build-asan-rd/parser.c"
    break;

  case 86: /* sent: K_SENT K_QUICK K_MODE K_REQUEST opt_replacing  */
#line 284 "grammar/parser.y"
      { KIND(SENT); L(EXCHANGE, "quick"); I(IKE_VERSION, 1); L(ROLE, "initiator"); L(STORY, "request"); }
#line 3800 "build-asan-rd/parser.c"
    break;

  case 87: /* sent: K_SENT K_QUICK K_MODE K_REPLY ',' K_INBOUND K_IPSEC K_SA K_INSTALLED ',' K_EXPECTING K_CONFIRMATION est_tail  */
#line 286 "grammar/parser.y"
      { KIND(SENT); L(EXCHANGE, "quick"); I(IKE_VERSION, 1); L(ROLE, "responder"); L(STORY, "reply"); }
#line 3806 "build-asan-rd/parser.c"
    break;

  case 88: /* sent: K_SENT CAPS ',' K_EXPECTING CAPS opt_replacing  */
#line 288 "grammar/parser.y"
      { KIND(STATE_STORY); px_story(px, &yyvsp[-4], &yyvsp[-1]); }
#line 3812 "build-asan-rd/parser.c"
    break;

  case 89: /* sent: K_SENT CAPS ',' K_INBOUND K_IPSEC K_SA K_INSTALLED ',' K_EXPECTING CAPS est_tail  */
#line 290 "grammar/parser.y"
      { KIND(STATE_STORY); px_story(px, &yyvsp[-9], &yyvsp[-1]); }
#line 3818 "build-asan-rd/parser.c"
    break;

  case 90: /* sent: K_SENT WORD ',' K_EXPECTED WORD est_tail  */
#line 292 "grammar/parser.y"
      { KIND(SENT); px_v2story(px, &yyvsp[-4], false); }
#line 3824 "build-asan-rd/parser.c"
    break;

  case 91: /* sent: K_RECEIVED WORD ',' K_SENT WORD est_tail  */
#line 294 "grammar/parser.y"
      { KIND(SENT); px_v2story(px, &yyvsp[-1], true); }
#line 3830 "build-asan-rd/parser.c"
    break;

  case 92: /* sent: K_RECEIVED WORD ',' K_PARENT K_SA K_ESTABLISHED est_tail  */
#line 296 "grammar/parser.y"
      { KIND(CHILD_ESTABLISHED); I(IKE_VERSION, 2); L(ROLE, "responder");
        if (!px_has(px, PL_F_MODE) && !px_has(px, PL_F_XFRM)) KIND(IKE_ESTABLISHED); }
#line 3837 "build-asan-rd/parser.c"
    break;

  case 93: /* sent: K_PARENT K_SA K_ESTABLISHED est_tail  */
#line 299 "grammar/parser.y"
      { KIND(CHILD_ESTABLISHED); I(IKE_VERSION, 2);
        if (!px_has(px, PL_F_MODE) && !px_has(px, PL_F_XFRM)) KIND(IKE_ESTABLISHED); }
#line 3844 "build-asan-rd/parser.c"
    break;

  case 94: /* sent: K_TRANSITION K_FROM K_STATE CAPS K_TO K_STATE CAPS  */
#line 302 "grammar/parser.y"
      { KIND(STATE_STORY); L(STORY, "transition"); S(STATE, yyvsp[0]); }
#line 3850 "build-asan-rd/parser.c"
    break;

  case 95: /* sent: K_XAUTH K_CLIENT '-' opt_possibly K_AWAITING WORD  */
#line 304 "grammar/parser.y"
      { KIND(XAUTH); L(STORY, "awaiting CFG"); }
#line 3856 "build-asan-rd/parser.c"
    break;

  case 96: /* sent: K_XAUTH K_CLIENT '-' opt_possibly K_AWAITING WORD BRACE  */
#line 306 "grammar/parser.y"
      { KIND(IKE_ESTABLISHED); I(IKE_VERSION, 1); px_brace(px, &yyvsp[0]); }
#line 3862 "build-asan-rd/parser.c"
    break;

  case 99: /* established: sa_noun K_ESTABLISHED est_tail  */
#line 318 "grammar/parser.y"
      { if (yyvsp[-2].i <= 2) { KIND(IKE_ESTABLISHED); if (!px_has(px, PL_F_IKE_VERSION)) I(IKE_VERSION, 1); }
        else KIND(CHILD_ESTABLISHED); }
#line 3869 "build-asan-rd/parser.c"
    break;

  case 100: /* established: K_SENT CAPS ',' sa_noun K_ESTABLISHED est_tail  */
#line 321 "grammar/parser.y"
      { if (yyvsp[-2].i <= 2) { KIND(IKE_ESTABLISHED); I(IKE_VERSION, 1); } else KIND(CHILD_ESTABLISHED); }
#line 3875 "build-asan-rd/parser.c"
    break;

  case 101: /* established: role K_REKEYED K_IKE K_SA SERIAL BRACE  */
#line 323 "grammar/parser.y"
      { KIND(IKE_ESTABLISHED); I(IKE_VERSION, 2); I(REPLACES, yyvsp[-1].i); px_brace(px, &yyvsp[0]); }
#line 3881 "build-asan-rd/parser.c"
    break;

  case 102: /* proposals: K_NO K_ACCEPTABLE K_OAKLEY K_TRANSFORM  */
#line 330 "grammar/parser.y"
      { KIND(NO_ACCEPTABLE); I(IKE_VERSION, 1); L(WHAT, "oakley"); }
#line 3887 "build-asan-rd/parser.c"
    break;

  case 103: /* proposals: K_NO K_ACCEPTABLE K_PROPOSAL K_IN K_IPSEC K_SA  */
#line 332 "grammar/parser.y"
      { KIND(NO_ACCEPTABLE); I(IKE_VERSION, 1); L(WHAT, "ipsec"); }
#line 3893 "build-asan-rd/parser.c"
    break;

  case 104: /* identity: K_PEER K_ID K_IS CAPS ':' QSTR  */
#line 339 "grammar/parser.y"
      { KIND(PEER_ID); S(ID_TYPE, yyvsp[-2]); Q(ID, yyvsp[0]); }
#line 3899 "build-asan-rd/parser.c"
    break;

  case 105: /* identity: id_mode K_MODE K_PEER K_ID K_IS CAPS ':' QSTR  */
#line 341 "grammar/parser.y"
      { KIND(PEER_ID); S(ID_TYPE, yyvsp[-2]); Q(ID, yyvsp[0]); }
#line 3905 "build-asan-rd/parser.c"
    break;

  case 106: /* identity: K_PEER K_ID QSTR K_MISMATCHED K_ON K_FIRST K_FOUND K_CONNECTION K_AND K_NO K_BETTER K_CONNECTION K_FOUND  */
#line 343 "grammar/parser.y"
      { KIND(ID_MISMATCH); Q(ID, yyvsp[-10]); }
#line 3911 "build-asan-rd/parser.c"
    break;

  case 107: /* identity: K_PEER K_MISMATCH K_ON K_FIRST K_FOUND K_CONNECTION K_AND K_NO K_BETTER K_CONNECTION K_FOUND  */
#line 345 "grammar/parser.y"
      { KIND(ID_MISMATCH); }
#line 3917 "build-asan-rd/parser.c"
    break;

  case 108: /* identity: K_NO K_SUITABLE K_CONNECTION K_FOR K_PEER QSTR  */
#line 347 "grammar/parser.y"
      { KIND(ID_MISMATCH); Q(ID, yyvsp[0]); }
#line 3923 "build-asan-rd/parser.c"
    break;

  case 109: /* identity: WORD K_LENGTH K_OF K_ISAKMP WORD K_PAYLOAD K_IS WORD K_THAN K_CAN WORD  */
#line 349 "grammar/parser.y"
      { KIND(MALFORMED_PAYLOAD); S(TEXT, yyvsp[-10]); }
#line 3929 "build-asan-rd/parser.c"
    break;

  case 110: /* identity: K_CONNECTION WORD K_PSK K_LENGTH K_OF NUM K_BYTES K_IS K_TOO K_SHORT K_FOR CAPS K_PRF K_IN K_FIPS K_MODE '(' NUM K_BYTES K_REQUIRED ')'  */
#line 351 "grammar/parser.y"
      { KIND(PSK_WARNING); S(PRF, yyvsp[-9]); I(COUNT, yyvsp[-15].i); }
#line 3935 "build-asan-rd/parser.c"
    break;

  case 111: /* identity: QSTR K_PSK K_LENGTH K_OF NUM K_BYTES K_IS K_TOO K_SHORT K_FOR K_PRF CAPS K_IN K_FIPS K_MODE '(' NUM K_BYTES K_REQUIRED ')'  */
#line 353 "grammar/parser.y"
      { KIND(PSK_WARNING); S(PRF, yyvsp[-8]); I(COUNT, yyvsp[-15].i); }
#line 3941 "build-asan-rd/parser.c"
    break;

  case 112: /* id_mode: K_MAIN  */
#line 357 "grammar/parser.y"
                    { L(EXCHANGE, "main"); I(IKE_VERSION, 1); }
#line 3947 "build-asan-rd/parser.c"
    break;

  case 113: /* id_mode: K_AGGRESSIVE  */
#line 358 "grammar/parser.y"
                    { L(EXCHANGE, "aggressive"); I(IKE_VERSION, 1); }
#line 3953 "build-asan-rd/parser.c"
    break;

  case 114: /* id_mode: K_IKEV2  */
#line 359 "grammar/parser.y"
                    { I(IKE_VERSION, 2); }
#line 3959 "build-asan-rd/parser.c"
    break;

  case 115: /* selectors: K_THE K_PEER K_PROPOSED ':' addr ARROW addr  */
#line 366 "grammar/parser.y"
      { KIND(PEER_PROPOSED); I(IKE_VERSION, 1); S(LOCAL_TS, yyvsp[-2]); S(REMOTE_TS, yyvsp[0]); }
#line 3965 "build-asan-rd/parser.c"
    break;

  case 116: /* selectors: K_THE K_PEER K_PROPOSED ':' addr  */
#line 368 "grammar/parser.y"
      { KIND(PEER_PROPOSED); I(IKE_VERSION, 1); px_spec(px, &yyvsp[0]); }
#line 3971 "build-asan-rd/parser.c"
    break;

  case 117: /* selectors: K_US ':' addr K_THEM ':' addr  */
#line 370 "grammar/parser.y"
      { KIND(QM_ENDS); S(LOCAL_TS, yyvsp[-3]); S(REMOTE_TS, yyvsp[0]); }
#line 3977 "build-asan-rd/parser.c"
    break;

  case 118: /* selectors: K_US ':' addr  */
#line 372 "grammar/parser.y"
      { KIND(QM_ENDS); S(LOCAL_TS, yyvsp[0]); }
#line 3983 "build-asan-rd/parser.c"
    break;

  case 119: /* selectors: K_THEM ':' addr  */
#line 374 "grammar/parser.y"
      { KIND(QM_ENDS); S(REMOTE_TS, yyvsp[0]); }
#line 3989 "build-asan-rd/parser.c"
    break;

  case 120: /* selectors: K_CANNOT K_RESPOND K_TO K_IPSEC K_SA K_REQUEST K_BECAUSE K_NO K_CONNECTION K_IS K_KNOWN K_FOR addr  */
#line 376 "grammar/parser.y"
      { KIND(NO_CONNECTION_FOR); S(TEXT, yyvsp[0]); }
#line 3995 "build-asan-rd/parser.c"
    break;

  case 121: /* selectors: K_NO K_IKEV2 K_CONNECTION K_FOUND K_WITH K_COMPATIBLE K_TRAFFIC K_SELECTORS  */
#line 378 "grammar/parser.y"
      { KIND(TS_UNACCEPTABLE); I(IKE_VERSION, 2); }
#line 4001 "build-asan-rd/parser.c"
    break;

  case 122: /* selectors: v2exch K_RESPONSE K_REJECTED K_CHILD K_SA K_WITH CAPS  */
#line 380 "grammar/parser.y"
      { px_notify_fail(px, &yyvsp[0]); }
#line 4007 "build-asan-rd/parser.c"
    break;

  case 123: /* selectors: v2exch K_RESPONSE K_CONTAINED K_THE K_ERROR K_NOTIFICATION CAPS  */
#line 382 "grammar/parser.y"
      { px_notify_fail(px, &yyvsp[0]); }
#line 4013 "build-asan-rd/parser.c"
    break;

  case 124: /* selectors: K_CREATE_CHILD_SA K_FAILED K_WITH K_ERROR K_NOTIFICATION CAPS  */
#line 384 "grammar/parser.y"
      { L(EXCHANGE, "create_child_sa"); I(IKE_VERSION, 2); px_notify_fail(px, &yyvsp[0]); }
#line 4019 "build-asan-rd/parser.c"
    break;

  case 125: /* selectors: sa_noun K_FAILED ':' CAPS  */
#line 386 "grammar/parser.y"
      { px_notify_fail(px, &yyvsp[0]); }
#line 4025 "build-asan-rd/parser.c"
    break;

  case 126: /* notify: K_RECEIVED K_AND K_IGNORED K_NOTIFICATION K_PAYLOAD ':' CAPS  */
#line 393 "grammar/parser.y"
      { KIND(NOTIFY_RECEIVED); S(NOTIFY, yyvsp[0]); L(ACTION, "ignored"); }
#line 4031 "build-asan-rd/parser.c"
    break;

  case 127: /* notify: K_RECEIVED K_AND K_IGNORED K_INFORMATIONAL K_MESSAGE  */
#line 395 "grammar/parser.y"
      { KIND(NOTIFY_RECEIVED); L(ACTION, "ignored"); }
#line 4037 "build-asan-rd/parser.c"
    break;

  case 128: /* notify: K_SENDING K_NOTIFICATION CAPS K_TO addr  */
#line 397 "grammar/parser.y"
      { KIND(NOTIFY_SENT); S(NOTIFY, yyvsp[-2]); S(PEER, yyvsp[0]); }
#line 4043 "build-asan-rd/parser.c"
    break;

  case 129: /* notify: K_SENDING K_ENCRYPTED K_NOTIFICATION CAPS K_TO addr  */
#line 399 "grammar/parser.y"
      { KIND(NOTIFY_SENT); S(NOTIFY, yyvsp[-2]); S(PEER, yyvsp[0]); }
#line 4049 "build-asan-rd/parser.c"
    break;

  case 130: /* notify: K_SENDING CAPS  */
#line 401 "grammar/parser.y"
      { KIND(NOTIFY_SENT); S(NOTIFY, yyvsp[0]); }
#line 4055 "build-asan-rd/parser.c"
    break;

  case 131: /* notify: K_ENCOUNTERED K_FATAL K_ERROR K_IN K_STATE CAPS  */
#line 403 "grammar/parser.y"
      { KIND(TRANSITION_FAILED); S(STATE, yyvsp[0]); }
#line 4061 "build-asan-rd/parser.c"
    break;

  case 132: /* notify: CAPS  */
#line 405 "grammar/parser.y"
      { KIND(NOTIFY_RECEIVED); S(NOTIFY, yyvsp[0]); /* whack: "STATE_MAIN_I1: INVALID_KEY_INFORMATION" */ }
#line 4067 "build-asan-rd/parser.c"
    break;

  case 133: /* notify: WORD  */
#line 407 "grammar/parser.y"
      { if (yyvsp[0].n < 5 || memcmp(yyvsp[0].s, "v2N_", 4) != 0) YYERROR; px_notify_fail(px, &yyvsp[0]); }
#line 4073 "build-asan-rd/parser.c"
    break;

  case 134: /* retransmit: K_RETRANSMISSION ';' K_WILL K_WAIT number secs K_FOR K_RESPONSE  */
#line 414 "grammar/parser.y"
      { KIND(RETRANSMIT); D(SECONDS, yyvsp[-3].d); }
#line 4079 "build-asan-rd/parser.c"
    break;

  case 135: /* retransmit: K_RETRANSMISSION ';' K_WILL K_WAIT DUR K_FOR K_RESPONSE  */
#line 416 "grammar/parser.y"
      { KIND(RETRANSMIT); D(SECONDS, yyvsp[-2].d); }
#line 4085 "build-asan-rd/parser.c"
    break;

  case 136: /* retransmit: K_RETRANSMITTING v2exch v2dir ';' K_WILL K_WAIT number secs K_FOR K_RESPONSE  */
#line 418 "grammar/parser.y"
      { KIND(RETRANSMIT); D(SECONDS, yyvsp[-3].d); }
#line 4091 "build-asan-rd/parser.c"
    break;

  case 137: /* retransmit: keying_start K_ATTEMPT NUM K_OF K_AN K_UNLIMITED K_NUMBER opt_releasing  */
#line 420 "grammar/parser.y"
      { KIND(KEYING_ATTEMPT); I(ATTEMPT, yyvsp[-5].i); I(MAX_ATTEMPTS, 0); }
#line 4097 "build-asan-rd/parser.c"
    break;

  case 138: /* retransmit: keying_start K_ATTEMPT NUM K_OF K_AT K_MOST NUM opt_releasing  */
#line 422 "grammar/parser.y"
      { KIND(KEYING_ATTEMPT); I(ATTEMPT, yyvsp[-5].i); I(MAX_ATTEMPTS, yyvsp[-1].i); }
#line 4103 "build-asan-rd/parser.c"
    break;

  case 145: /* number: NUM  */
#line 441 "grammar/parser.y"
          { yyval = yyvsp[0]; yyval.d = (double) yyvsp[0].i; }
#line 4109 "build-asan-rd/parser.c"
    break;

  case 146: /* number: DEC  */
#line 442 "grammar/parser.y"
          { yyval = yyvsp[0]; }
#line 4115 "build-asan-rd/parser.c"
    break;

  case 147: /* delete: K_DELETING K_STATE '(' CAPS ')' del_tail  */
#line 449 "grammar/parser.y"
      { KIND(DELETE_STATE); S(STATE, yyvsp[-2]); }
#line 4121 "build-asan-rd/parser.c"
    break;

  case 148: /* delete: K_DELETING K_STATE SERIAL '(' CAPS ')' del_tail  */
#line 451 "grammar/parser.y"
      { KIND(DELETE_STATE); S(STATE, yyvsp[-2]); }
#line 4127 "build-asan-rd/parser.c"
    break;

  case 149: /* delete: K_DELETING K_OTHER K_STATE SERIAL '(' CAPS ')' del_tail  */
#line 453 "grammar/parser.y"
      { KIND(DELETE_STATE); S(STATE, yyvsp[-2]); I(TARGET, yyvsp[-4].i); }
#line 4133 "build-asan-rd/parser.c"
    break;

  case 150: /* delete: K_DELETING K_OTHER K_STATE SERIAL '(' CAPS ')' DQSTR del_tail  */
#line 455 "grammar/parser.y"
      { KIND(DELETE_STATE); S(STATE, yyvsp[-3]); I(TARGET, yyvsp[-5].i); }
#line 4139 "build-asan-rd/parser.c"
    break;

  case 151: /* delete: K_DELETING sa_noun '(' paren_words ')' del_tail  */
#line 457 "grammar/parser.y"
      { KIND(DELETE_STATE); px_del_what(px, &yyvsp[-4], &yyvsp[-2]); }
#line 4145 "build-asan-rd/parser.c"
    break;

  case 153: /* paren_words: paren_words anyp  */
#line 462 "grammar/parser.y"
                        { yyval = px_span(&yyvsp[-1], &yyvsp[0]); }
#line 4151 "build-asan-rd/parser.c"
    break;

  case 156: /* opt_aged: K_AGED DUR  */
#line 471 "grammar/parser.y"
                        { D(AGE, yyvsp[0].d); }
#line 4157 "build-asan-rd/parser.c"
    break;

  case 160: /* opt_using: K_USING sa_noun SERIAL  */
#line 481 "grammar/parser.y"
                                   { I(PARENT, yyvsp[0].i); }
#line 4163 "build-asan-rd/parser.c"
    break;

  case 161: /* opt_using: K_USING sa_noun DQSTR SERIAL  */
#line 482 "grammar/parser.y"
                                   { I(PARENT, yyvsp[0].i); }
#line 4169 "build-asan-rd/parser.c"
    break;

  case 162: /* send_note: K_SENDING K_NOTIFICATION  */
#line 486 "grammar/parser.y"
                                      { L(NOTIFICATION, "sending"); }
#line 4175 "build-asan-rd/parser.c"
    break;

  case 163: /* send_note: K_NOT K_SENDING K_NOTIFICATION  */
#line 487 "grammar/parser.y"
                                      { L(NOTIFICATION, "NOT sending"); }
#line 4181 "build-asan-rd/parser.c"
    break;

  case 164: /* send_note: CAPS K_SENDING K_NOTIFICATION  */
#line 488 "grammar/parser.y"
                                      { L(NOTIFICATION, "NOT sending"); }
#line 4187 "build-asan-rd/parser.c"
    break;

  case 165: /* conn_level: K_ADDED opt_orient conn_type K_CONNECTION  */
#line 495 "grammar/parser.y"
      { KIND(CONN_ADDED); }
#line 4193 "build-asan-rd/parser.c"
    break;

  case 166: /* conn_level: K_ADDED K_CONNECTION K_DESCRIPTION DQSTR  */
#line 497 "grammar/parser.y"
      { KIND(CONN_ADDED); }
#line 4199 "build-asan-rd/parser.c"
    break;

  case 167: /* conn_level: sa_noun K_PROPOSALS '(' K_CONNECTION K_ADD ')' ':'  */
#line 499 "grammar/parser.y"
      { KIND(CONN_PROPOSALS); L(WHAT, yyvsp[-6].i <= 2 ? "IKE" : "Child"); }
#line 4205 "build-asan-rd/parser.c"
    break;

  case 168: /* conn_level: PROPS  */
#line 501 "grammar/parser.y"
      { KIND(CONN_PROPOSAL); S(PROPOSAL, yyvsp[0]); }
#line 4211 "build-asan-rd/parser.c"
    break;

  case 169: /* conn_level: K_TERMINATING K_SAS K_USING K_THIS K_CONNECTION  */
#line 503 "grammar/parser.y"
      { KIND(CONN_TERMINATING); }
#line 4217 "build-asan-rd/parser.c"
    break;

  case 170: /* conn_level: KV K_HAS K_BEEN K_REPLACED K_BY KV  */
#line 505 "grammar/parser.y"
      { KIND(CONN_WARNING); px_s(px, PL_F_TEXT, yyvsp[-5].s, (yyvsp[0].s + yyvsp[0].n) - yyvsp[-5].s); }
#line 4223 "build-asan-rd/parser.c"
    break;

  case 174: /* conn_type: K_IKEV1  */
#line 515 "grammar/parser.y"
                    { I(IKE_VERSION, 1); }
#line 4229 "build-asan-rd/parser.c"
    break;

  case 175: /* conn_type: K_IKEV2  */
#line 516 "grammar/parser.y"
                    { I(IKE_VERSION, 2); }
#line 4235 "build-asan-rd/parser.c"
    break;

  case 176: /* conn_type: K_PASSTHROUGH  */
#line 517 "grammar/parser.y"
                    { L(WHAT, "passthrough"); }
#line 4241 "build-asan-rd/parser.c"
    break;

  case 177: /* misc: K_INFORMATIONAL K_INFORMATION  */
#line 522 "grammar/parser.y"
      { KIND(INFORMATIONAL); }
#line 4247 "build-asan-rd/parser.c"
    break;

  case 178: /* misc: WORD K_OUTPUT ':'  */
#line 524 "grammar/parser.y"
      { KIND(UPDOWN_OUTPUT); S(VERB, yyvsp[-2]); }
#line 4253 "build-asan-rd/parser.c"
    break;

  case 179: /* misc: WORD K_OUTPUT ':' TEXT  */
#line 526 "grammar/parser.y"
      { KIND(UPDOWN_OUTPUT); S(VERB, yyvsp[-3]); S(TEXT, yyvsp[0]); }
#line 4259 "build-asan-rd/parser.c"
    break;

  case 180: /* misc: DQSTR K_OUTPUT ':' TEXT  */
#line 528 "grammar/parser.y"
      { KIND(UPDOWN_OUTPUT); Q(VERB, yyvsp[-3]); S(TEXT, yyvsp[0]); }
#line 4265 "build-asan-rd/parser.c"
    break;

  case 181: /* misc: K_RECEIVED WORD  */
#line 530 "grammar/parser.y"
      { if (yyvsp[0].n < 5 || memcmp(yyvsp[0].s, "v2N", 3) != 0) YYERROR; KIND(NOTIFY_RECEIVED); S(NOTIFY, yyvsp[0]); }
#line 4271 "build-asan-rd/parser.c"
    break;

  case 182: /* misc: K_ORIENTED conn_type K_CONNECTION  */
#line 532 "grammar/parser.y"
      { KIND(DAEMON); }
#line 4277 "build-asan-rd/parser.c"
    break;

  case 183: /* misc: K_COMMAND DQSTR K_OUTPUT ':'  */
#line 534 "grammar/parser.y"
      { KIND(UPDOWN_OUTPUT); Q(VERB, yyvsp[-2]); }
#line 4283 "build-asan-rd/parser.c"
    break;

  case 184: /* misc: K_COMMAND DQSTR K_OUTPUT ':' TEXT  */
#line 536 "grammar/parser.y"
      { KIND(UPDOWN_OUTPUT); Q(VERB, yyvsp[-3]); S(TEXT, yyvsp[0]); }
#line 4289 "build-asan-rd/parser.c"
    break;

  case 185: /* misc: WORD K_COMMAND K_EXITED K_WITH K_STATUS NUM  */
#line 538 "grammar/parser.y"
      { KIND(UPDOWN_FAILED); S(VERB, yyvsp[-5]); I(STATUS, yyvsp[0].i); }
#line 4295 "build-asan-rd/parser.c"
    break;

  case 186: /* misc: WORD K_COMMAND K_EXITED K_WITH K_SIGNAL NUM  */
#line 540 "grammar/parser.y"
      { KIND(UPDOWN_FAILED); S(VERB, yyvsp[-5]); I(STATUS, 128 + yyvsp[0].i); }
#line 4301 "build-asan-rd/parser.c"
    break;

  case 187: /* core_text: NUM K_SECOND K_TIMEOUT K_EXCEEDED K_AFTER NUM K_RETRANSMITS rest  */
#line 547 "grammar/parser.y"
      { KIND(TIMEOUT); D(SECONDS, (double) yyvsp[-7].i); I(RETRANSMITS, yyvsp[-2].i); if (yyvsp[0].s) S(REASON, yyvsp[0]); }
#line 4307 "build-asan-rd/parser.c"
    break;

  case 188: /* core_text: K_MAX K_NUMBER K_OF K_RETRANSMISSIONS '(' NUM ')' K_REACHED CAPS rest  */
#line 549 "grammar/parser.y"
      { KIND(TIMEOUT); I(RETRANSMITS, yyvsp[-4].i); S(STATE, yyvsp[-1]); px_reason(px, &yyvsp[0]); }
#line 4313 "build-asan-rd/parser.c"
    break;

  case 189: /* core_text: K_MAX K_NUMBER K_OF K_RETRANSMISSIONS '(' NUM ')' K_REACHED K_AFTER rest  */
#line 551 "grammar/parser.y"
      { KIND(TIMEOUT); I(RETRANSMITS, yyvsp[-4].i); px_reason(px, &yyvsp[0]); }
#line 4319 "build-asan-rd/parser.c"
    break;

  case 190: /* core_text: K_DPD ':' rest  */
#line 553 "grammar/parser.y"
      { KIND(DPD); if (yyvsp[0].s) S(TEXT, yyvsp[0]); }
#line 4325 "build-asan-rd/parser.c"
    break;

  case 191: /* core_text: K_DPD K_ACTION '-' rest  */
#line 555 "grammar/parser.y"
      { KIND(DPD); if (yyvsp[0].s) S(ACTION, yyvsp[0]); }
#line 4331 "build-asan-rd/parser.c"
    break;

  case 192: /* core_text: K_LIVENESS K_ACTION '-' rest  */
#line 557 "grammar/parser.y"
      { KIND(DPD); L(WHAT, "liveness"); if (yyvsp[0].s) S(ACTION, yyvsp[0]); }
#line 4337 "build-asan-rd/parser.c"
    break;

  case 193: /* core_text: K_LIVENESS_CHECK rest  */
#line 559 "grammar/parser.y"
      { KIND(DPD); L(WHAT, "liveness"); if (yyvsp[0].s) S(TEXT, yyvsp[0]); }
#line 4343 "build-asan-rd/parser.c"
    break;

  case 194: /* core_text: K_DEAD K_PEER K_DETECTION rest  */
#line 561 "grammar/parser.y"
      { KIND(DPD); if (yyvsp[0].s) S(TEXT, yyvsp[0]); }
#line 4349 "build-asan-rd/parser.c"
    break;

  case 195: /* core_text: K_CONFIGURED K_DPD rest  */
#line 563 "grammar/parser.y"
      { KIND(DPD); L(DPD, "unsupported"); }
#line 4355 "build-asan-rd/parser.c"
    break;

  case 196: /* core_text: K_SENT v2exch v2dir rest  */
#line 566 "grammar/parser.y"
      { px_v2sent(px, &yyvsp[-1], &yyvsp[0]); }
#line 4361 "build-asan-rd/parser.c"
    break;

  case 197: /* core_text: K_SENT v2exch '(' rest  */
#line 568 "grammar/parser.y"
      { KIND(SENT); L(ROLE, "responder"); L(STORY, "response"); px_tail(px, &yyvsp[0], PX_BRACE | PX_PEER); }
#line 4367 "build-asan-rd/parser.c"
    break;

  case 198: /* core_text: K_PROCESSING v2exch v2dir rest  */
#line 570 "grammar/parser.y"
      { KIND(PROCESSING); L(ROLE, yyvsp[-1].i == 1 ? "initiator" : "responder");
        px_tail(px, &yyvsp[0], PX_PEER | PX_NOTIFY); }
#line 4374 "build-asan-rd/parser.c"
    break;

  case 199: /* core_text: K_PROCESSING K_DECRYPTED K_IKE_AUTH K_REQUEST ':' rest  */
#line 573 "grammar/parser.y"
      { KIND(PROCESSING); L(EXCHANGE, "ike_auth"); I(IKE_VERSION, 2); L(ROLE, "responder"); S(TEXT, yyvsp[0]); }
#line 4380 "build-asan-rd/parser.c"
    break;

  case 200: /* core_text: K_PROCESSED v2exch v2dir rest  */
#line 575 "grammar/parser.y"
      { KIND(PROCESSING); L(ROLE, yyvsp[-1].i == 1 ? "initiator" : "responder"); S(STORY, yyvsp[0]);
        px_tail(px, &yyvsp[0], PX_PEER | PX_BRACE); }
#line 4387 "build-asan-rd/parser.c"
    break;

  case 201: /* core_text: role K_PROCESSED v2exch ',' rest  */
#line 578 "grammar/parser.y"
      { KIND(PROCESSING); S(STORY, yyvsp[0]); }
#line 4393 "build-asan-rd/parser.c"
    break;

  case 202: /* core_text: K_RESPONDING K_TO v2exch rest  */
#line 580 "grammar/parser.y"
      { KIND(NOTIFY_SENT); L(ROLE, "responder"); px_tail(px, &yyvsp[0], PX_PEER | PX_NOTIFY); }
#line 4399 "build-asan-rd/parser.c"
    break;

  case 203: /* core_text: K_RESPONDING K_TO K_AGGRESSIVE K_MODE rest  */
#line 582 "grammar/parser.y"
      { KIND(RESPOND); L(EXCHANGE, "aggressive"); I(IKE_VERSION, 1); L(ROLE, "responder");
        px_tail(px, &yyvsp[0], PX_PEER); }
#line 4406 "build-asan-rd/parser.c"
    break;

  case 204: /* core_text: K_RETRANSMITTING K_IN K_RESPONSE K_TO K_DUPLICATE K_PACKET ';' rest  */
#line 585 "grammar/parser.y"
      { KIND(DUPLICATE); px_reason(px, &yyvsp[0]); }
#line 4412 "build-asan-rd/parser.c"
    break;

  case 205: /* core_text: K_DISCARDING rest  */
#line 587 "grammar/parser.y"
      { KIND(DUPLICATE); S(TEXT, yyvsp[0]); }
#line 4418 "build-asan-rd/parser.c"
    break;

  case 206: /* core_text: K_RECEIVED K_DUPLICATE rest  */
#line 589 "grammar/parser.y"
      { KIND(DUPLICATE); px_tail(px, &yyvsp[0], PX_NOTIFY); S(TEXT, yyvsp[0]); }
#line 4424 "build-asan-rd/parser.c"
    break;

  case 207: /* core_text: K_SUPPRESSING K_RETRANSMIT rest  */
#line 591 "grammar/parser.y"
      { KIND(IMPAIR); S(TEXT, yyvsp[0]); }
#line 4430 "build-asan-rd/parser.c"
    break;

  case 208: /* core_text: role K_ESTABLISHED K_IKE K_SA ';' K_AUTHENTICATED rest  */
#line 594 "grammar/parser.y"
      { KIND(IKE_ESTABLISHED); I(IKE_VERSION, 2); px_auth(px, &yyvsp[0]); }
#line 4436 "build-asan-rd/parser.c"
    break;

  case 209: /* core_text: K_ESTABLISHED K_IKE K_SA ';' K_AUTHENTICATED rest  */
#line 596 "grammar/parser.y"
      { KIND(IKE_ESTABLISHED); I(IKE_VERSION, 2); px_auth(px, &yyvsp[0]); }
#line 4442 "build-asan-rd/parser.c"
    break;

  case 210: /* core_text: role K_ESTABLISHED K_CHILD K_SA K_USING SERIAL ';' rest  */
#line 598 "grammar/parser.y"
      { KIND(CHILD_ESTABLISHED); I(IKE_VERSION, 2); I(PARENT, yyvsp[-2].i); px_child(px, &yyvsp[0]); }
#line 4448 "build-asan-rd/parser.c"
    break;

  case 211: /* core_text: K_ESTABLISHED K_CHILD K_SA K_USING SERIAL ';' rest  */
#line 600 "grammar/parser.y"
      { KIND(CHILD_ESTABLISHED); I(IKE_VERSION, 2); I(PARENT, yyvsp[-2].i); px_child(px, &yyvsp[0]); }
#line 4454 "build-asan-rd/parser.c"
    break;

  case 212: /* core_text: role K_REKEYED K_CHILD K_SA SERIAL K_USING SERIAL ';' rest  */
#line 602 "grammar/parser.y"
      { KIND(CHILD_ESTABLISHED); I(IKE_VERSION, 2); I(REPLACES, yyvsp[-4].i); I(PARENT, yyvsp[-2].i); px_child(px, &yyvsp[0]); }
#line 4460 "build-asan-rd/parser.c"
    break;

  case 213: /* core_text: K_REKEYED SERIAL CAPS rest  */
#line 604 "grammar/parser.y"
      { KIND(REKEY); I(TARGET, yyvsp[-2].i); S(STATE, yyvsp[-1]); }
#line 4466 "build-asan-rd/parser.c"
    break;

  case 214: /* core_text: K_NEGOTIATED K_CONNECTION rest  */
#line 606 "grammar/parser.y"
      { KIND(CHILD_NEGOTIATED); I(IKE_VERSION, 2); px_tail(px, &yyvsp[0], PX_TS); }
#line 4472 "build-asan-rd/parser.c"
    break;

  case 215: /* core_text: K_NEGOTIATED K_TUNNEL rest  */
#line 608 "grammar/parser.y"
      { KIND(CHILD_NEGOTIATED); I(IKE_VERSION, 2); px_tail(px, &yyvsp[0], PX_TS); }
#line 4478 "build-asan-rd/parser.c"
    break;

  case 216: /* core_text: K_ACCEPTED K_SELECTORS rest  */
#line 610 "grammar/parser.y"
      { KIND(CHILD_NEGOTIATED); I(IKE_VERSION, 2); px_tail(px, &yyvsp[0], PX_TS); }
#line 4484 "build-asan-rd/parser.c"
    break;

  case 217: /* core_text: K_AUTHENTICATED K_USING rest  */
#line 612 "grammar/parser.y"
      { KIND(AUTHENTICATED); px_auth(px, &yyvsp[0]); }
#line 4490 "build-asan-rd/parser.c"
    break;

  case 218: /* core_text: K_AUTHENTICATED K_PEER rest  */
#line 614 "grammar/parser.y"
      { KIND(AUTHENTICATED); px_auth(px, &yyvsp[0]); }
#line 4496 "build-asan-rd/parser.c"
    break;

  case 219: /* core_text: sa_noun K_ESTABLISHED K_BUT rest  */
#line 616 "grammar/parser.y"
      { KIND(TRANSITION_FAILED); S(REASON, yyvsp[0]); }
#line 4502 "build-asan-rd/parser.c"
    break;

  case 220: /* core_text: sa_noun K_AUTHENTICATION K_REQUEST K_REJECTED K_BY K_PEER ':' rest  */
#line 618 "grammar/parser.y"
      { KIND(AUTH_FAILED); I(IKE_VERSION, 2); S(NOTIFY, yyvsp[0]); }
#line 4508 "build-asan-rd/parser.c"
    break;

  case 221: /* core_text: sa_noun K_AUTHENTICATION K_FAILED rest  */
#line 620 "grammar/parser.y"
      { KIND(AUTH_FAILED); I(IKE_VERSION, 2); px_reason(px, &yyvsp[0]); }
#line 4514 "build-asan-rd/parser.c"
    break;

  case 222: /* core_text: K_AUTHENTICATION K_FAILED rest  */
#line 622 "grammar/parser.y"
      { KIND(AUTH_FAILED); px_reason(px, &yyvsp[0]); px_tail(px, &yyvsp[0], PX_ID); }
#line 4520 "build-asan-rd/parser.c"
    break;

  case 223: /* core_text: K_PSK K_AUTHENTICATION K_FAILED rest  */
#line 624 "grammar/parser.y"
      { KIND(AUTH_FAILED); L(AUTH, "secret"); px_reason(px, &yyvsp[0]); }
#line 4526 "build-asan-rd/parser.c"
    break;

  case 224: /* core_text: K_AUTH K_MISMATCH ':' rest  */
#line 626 "grammar/parser.y"
      { KIND(AUTH_FAILED); px_reason(px, &yyvsp[0]); }
#line 4532 "build-asan-rd/parser.c"
    break;

  case 225: /* core_text: K_RSA K_SIGNATURE rest  */
#line 628 "grammar/parser.y"
      { KIND(AUTH_FAILED); L(AUTH, "rsasig"); S(REASON, yyvsp[0]); }
#line 4538 "build-asan-rd/parser.c"
    break;

  case 226: /* core_text: K_PROBABLE K_AUTHENTICATION K_FAILURE rest  */
#line 630 "grammar/parser.y"
      { KIND(MALFORMED_PAYLOAD); L(REASON, "probable PSK mismatch"); }
#line 4544 "build-asan-rd/parser.c"
    break;

  case 227: /* core_text: K_SENT K_IPSEC K_CHILD rest  */
#line 632 "grammar/parser.y"
      { KIND(SENT); L(EXCHANGE, "create_child_sa"); I(IKE_VERSION, 2); L(ROLE, "initiator"); L(STORY, "request"); }
#line 4550 "build-asan-rd/parser.c"
    break;

  case 228: /* core_text: K_CANT K_AUTHENTICATE ':' rest  */
#line 634 "grammar/parser.y"
      { KIND(NO_PSK); S(REASON, yyvsp[0]); }
#line 4556 "build-asan-rd/parser.c"
    break;

  case 229: /* core_text: K_NEXT K_PAYLOAD K_TYPE rest  */
#line 636 "grammar/parser.y"
      { KIND(MALFORMED_PAYLOAD); S(REASON, yyvsp[0]); }
#line 4562 "build-asan-rd/parser.c"
    break;

  case 230: /* core_text: K_MESSAGE K_FOR CAPS rest  */
#line 638 "grammar/parser.y"
      { KIND(MALFORMED_PAYLOAD); S(STATE, yyvsp[-1]); S(REASON, yyvsp[0]); }
#line 4568 "build-asan-rd/parser.c"
    break;

  case 231: /* core_text: K_MESSAGE K_IGNORED K_BECAUSE rest  */
#line 640 "grammar/parser.y"
      { KIND(MALFORMED_PAYLOAD); S(REASON, yyvsp[0]); }
#line 4574 "build-asan-rd/parser.c"
    break;

  case 232: /* core_text: K_PACKET K_REJECTED ':' rest  */
#line 642 "grammar/parser.y"
      { KIND(MALFORMED_PAYLOAD); S(REASON, yyvsp[0]); }
#line 4580 "build-asan-rd/parser.c"
    break;

  case 233: /* core_text: K_OAKLEY K_TRANSFORM BRACKET K_REFUSED rest  */
#line 645 "grammar/parser.y"
      { KIND(TRANSFORM_REFUSED); I(IKE_VERSION, 1); L(EXCHANGE, "main"); px_transform(px, &yyvsp[-2]); px_reason(px, &yyvsp[0]); }
#line 4586 "build-asan-rd/parser.c"
    break;

  case 234: /* core_text: K_IPSEC K_TRANSFORM BRACKET K_REFUSED rest  */
#line 647 "grammar/parser.y"
      { KIND(TRANSFORM_REFUSED); I(IKE_VERSION, 1); L(EXCHANGE, "quick"); px_transform(px, &yyvsp[-2]); px_reason(px, &yyvsp[0]); }
#line 4592 "build-asan-rd/parser.c"
    break;

  case 235: /* core_text: K_ESP K_IPSEC K_TRANSFORM BRACKET K_REFUSED rest  */
#line 649 "grammar/parser.y"
      { KIND(TRANSFORM_REFUSED); I(IKE_VERSION, 1); L(EXCHANGE, "quick"); px_transform(px, &yyvsp[-2]); px_reason(px, &yyvsp[0]); }
#line 4598 "build-asan-rd/parser.c"
    break;

  case 236: /* core_text: K_NO K_LOCAL K_PROPOSAL K_MATCHES K_REMOTE K_PROPOSALS rest  */
#line 651 "grammar/parser.y"
      { KIND(PROPOSAL_NOMATCH); I(IKE_VERSION, 2); S(PROPOSALS, yyvsp[0]); }
#line 4604 "build-asan-rd/parser.c"
    break;

  case 237: /* core_text: K_NO K_PROPOSAL K_CHOSEN K_FROM rest  */
#line 653 "grammar/parser.y"
      { KIND(PROPOSAL_NOMATCH); I(IKE_VERSION, 2); S(PROPOSALS, yyvsp[0]); }
#line 4610 "build-asan-rd/parser.c"
    break;

  case 238: /* core_text: K_PROPOSAL PROPS K_CHOSEN K_FROM K_REMOTE K_PROPOSALS rest  */
#line 655 "grammar/parser.y"
      { KIND(PROPOSAL_CHOSEN); I(IKE_VERSION, 2); S(PROPOSAL, yyvsp[-5]); S(PROPOSALS, yyvsp[0]); }
#line 4616 "build-asan-rd/parser.c"
    break;

  case 239: /* core_text: K_PROPOSAL PROPS KV K_CHOSEN K_FROM K_REMOTE K_PROPOSALS rest  */
#line 657 "grammar/parser.y"
      { KIND(PROPOSAL_CHOSEN); I(IKE_VERSION, 2); S(PROPOSAL, yyvsp[-6]); S(PROPOSALS, yyvsp[0]); }
#line 4622 "build-asan-rd/parser.c"
    break;

  case 240: /* core_text: v2exch K_RESPONDER rest  */
#line 659 "grammar/parser.y"
      { KIND(TRANSITION_FAILED); L(ROLE, "responder"); S(REASON, yyvsp[0]);
        if (px_contains(&yyvsp[0], "NO_PROPOSAL_CHOSEN")) { KIND(PROPOSAL_NOMATCH); L(NOTIFY, "NO_PROPOSAL_CHOSEN"); } }
#line 4629 "build-asan-rd/parser.c"
    break;

  case 241: /* core_text: K_TRANSFORM '(' rest  */
#line 662 "grammar/parser.y"
      { KIND(ALG_WARNING); S(TEXT, yyvsp[0]); }
#line 4635 "build-asan-rd/parser.c"
    break;

  case 242: /* core_text: K_MULTIPLE rest  */
#line 664 "grammar/parser.y"
      { KIND(ALG_WARNING); S(TEXT, yyvsp[0]); }
#line 4641 "build-asan-rd/parser.c"
    break;

  case 243: /* core_text: K_DELETING K_PREVIOUS K_PROPOSAL rest  */
#line 666 "grammar/parser.y"
      { KIND(ALG_WARNING); S(TEXT, yyvsp[0]); }
#line 4647 "build-asan-rd/parser.c"
    break;

  case 244: /* core_text: K_YOU K_SHOULD K_NOT rest  */
#line 668 "grammar/parser.y"
      { KIND(ALG_WARNING); S(TEXT, yyvsp[0]); }
#line 4653 "build-asan-rd/parser.c"
    break;

  case 245: /* core_text: K_IKEV1 K_AGGRESSIVE K_MODE K_WITH K_PSK rest  */
#line 670 "grammar/parser.y"
      { KIND(CONN_WARNING); L(TEXT, "IKEv1 Aggressive Mode with PSK"); }
#line 4659 "build-asan-rd/parser.c"
    break;

  case 246: /* core_text: CAPS K_IS K_NOT K_SUPPORTED rest  */
#line 672 "grammar/parser.y"
      { KIND(ATTRIBUTE_REFUSED); I(IKE_VERSION, 1); S(TEXT, yyvsp[-4]); px_reason(px, &yyvsp[0]); }
#line 4665 "build-asan-rd/parser.c"
    break;

  case 247: /* core_text: WORD K_IS K_NOT K_SUPPORTED rest  */
#line 674 "grammar/parser.y"
      { KIND(ATTRIBUTE_REFUSED); I(IKE_VERSION, 1); S(TEXT, yyvsp[-4]); px_reason(px, &yyvsp[0]); }
#line 4671 "build-asan-rd/parser.c"
    break;

  case 248: /* core_text: K_POLICY K_DOES K_NOT K_ALLOW rest  */
#line 676 "grammar/parser.y"
      { KIND(ATTRIBUTE_REFUSED); I(IKE_VERSION, 1); S(TEXT, yyvsp[0]); }
#line 4677 "build-asan-rd/parser.c"
    break;

  case 249: /* core_text: K_WE K_REQUIRE rest  */
#line 678 "grammar/parser.y"
      { KIND(NO_ACCEPTABLE); I(IKE_VERSION, 1); L(WHAT, "pfs"); S(REASON, yyvsp[0]); }
#line 4683 "build-asan-rd/parser.c"
    break;

  case 250: /* core_text: K_RECEIVED K_UNAUTHENTICATED rest  */
#line 680 "grammar/parser.y"
      { px_unauth(px, &yyvsp[0]); }
#line 4689 "build-asan-rd/parser.c"
    break;

  case 251: /* core_text: K_CHILD WORD K_TRAFFIC K_SELECTOR rest  */
#line 683 "grammar/parser.y"
      { KIND(TS_UNACCEPTABLE); I(IKE_VERSION, 2); S(TEXT, yyvsp[0]); }
#line 4695 "build-asan-rd/parser.c"
    break;

  case 252: /* core_text: K_RESPONSE K_FOR K_CHILD K_SA SERIAL K_WAS K_REJECTED K_WITH CAPS rest  */
#line 685 "grammar/parser.y"
      { I(TARGET, yyvsp[-5].i); px_notify_fail(px, &yyvsp[-1]); }
#line 4701 "build-asan-rd/parser.c"
    break;

  case 253: /* core_text: K_STATE K_TRANSITION rest  */
#line 687 "grammar/parser.y"
      { KIND(TRANSITION_FAILED); px_transition(px, &yyvsp[0]); }
#line 4707 "build-asan-rd/parser.c"
    break;

  case 254: /* core_text: K_IGNORING K_INFORMATIONAL K_PAYLOAD CAPS ',' rest  */
#line 690 "grammar/parser.y"
      { KIND(NOTIFY_RECEIVED); S(NOTIFY, yyvsp[-2]); L(ACTION, "ignored"); px_msgid(px, &yyvsp[0]); }
#line 4713 "build-asan-rd/parser.c"
    break;

  case 255: /* core_text: K_IGNORING K_INFORMATIONAL K_PAYLOAD ',' K_TYPE CAPS rest  */
#line 692 "grammar/parser.y"
      { KIND(NOTIFY_RECEIVED); S(NOTIFY, yyvsp[-1]); L(ACTION, "ignored"); }
#line 4719 "build-asan-rd/parser.c"
    break;

  case 256: /* core_text: K_IGNORING WORD K_INFORMATIONAL K_PAYLOAD CAPS rest  */
#line 694 "grammar/parser.y"
      { KIND(NOTIFY_RECEIVED); S(NOTIFY, yyvsp[-1]); L(ACTION, "ignored"); }
#line 4725 "build-asan-rd/parser.c"
    break;

  case 257: /* core_text: K_IGNORING v2exch K_RESPONSE K_CONTAINING CAPS rest  */
#line 696 "grammar/parser.y"
      { px_notify_fail(px, &yyvsp[-1]); }
#line 4731 "build-asan-rd/parser.c"
    break;

  case 258: /* core_text: K_DROPPING K_UNEXPECTED v2exch K_MESSAGE K_CONTAINING CAPS rest  */
#line 698 "grammar/parser.y"
      { px_notify_fail(px, &yyvsp[-1]); }
#line 4737 "build-asan-rd/parser.c"
    break;

  case 259: /* core_text: K_UNEXPECTED v2exch K_MESSAGE K_CONTAINING CAPS rest  */
#line 700 "grammar/parser.y"
      { px_notify_fail(px, &yyvsp[-1]); }
#line 4743 "build-asan-rd/parser.c"
    break;

  case 260: /* core_text: K_DROPPING K_PACKET rest  */
#line 702 "grammar/parser.y"
      { KIND(PACKET); S(TEXT, yyvsp[0]); }
#line 4749 "build-asan-rd/parser.c"
    break;

  case 261: /* core_text: K_DROPPING v2exch rest  */
#line 704 "grammar/parser.y"
      { KIND(PACKET); S(TEXT, yyvsp[0]); }
#line 4755 "build-asan-rd/parser.c"
    break;

  case 262: /* core_text: K_INFORMATIONAL K_EXCHANGE rest  */
#line 706 "grammar/parser.y"
      { KIND(INFORMATIONAL); S(TEXT, yyvsp[0]); }
#line 4761 "build-asan-rd/parser.c"
    break;

  case 263: /* core_text: v2exch v2dir K_HAS rest  */
#line 708 "grammar/parser.y"
      { KIND(PACKET); S(TEXT, yyvsp[0]); }
#line 4767 "build-asan-rd/parser.c"
    break;

  case 264: /* core_text: K_QUICK K_MODE rest  */
#line 710 "grammar/parser.y"
      { KIND(INFORMATIONAL); I(IKE_VERSION, 1); S(TEXT, yyvsp[0]); }
#line 4773 "build-asan-rd/parser.c"
    break;

  case 265: /* core_text: K_NON_CRITICAL K_PAYLOAD K_IGNORED rest  */
#line 712 "grammar/parser.y"
      { KIND(PACKET); S(TEXT, yyvsp[0]); }
#line 4779 "build-asan-rd/parser.c"
    break;

  case 266: /* core_text: K_IGNORING K_IKEV1 K_PACKET rest  */
#line 714 "grammar/parser.y"
      { KIND(IKE_VERSION); I(IKE_VERSION, 1); S(TEXT, yyvsp[0]); }
#line 4785 "build-asan-rd/parser.c"
    break;

  case 267: /* core_text: K_IGNORING K_UNKNOWN K_IKEV2 rest  */
#line 716 "grammar/parser.y"
      { KIND(IKE_VERSION); I(IKE_VERSION, 2); S(TEXT, yyvsp[0]); }
#line 4791 "build-asan-rd/parser.c"
    break;

  case 268: /* core_text: K_IGNORING K_UNKNOWN K_VENDOR rest  */
#line 718 "grammar/parser.y"
      { KIND(VENDOR_ID); S(TEXT, yyvsp[0]); }
#line 4797 "build-asan-rd/parser.c"
    break;

  case 269: /* core_text: K_IGNORING K_DELETE rest  */
#line 720 "grammar/parser.y"
      { KIND(DELETE_RECEIVED); L(ACTION, "ignored"); S(TEXT, yyvsp[0]); }
#line 4803 "build-asan-rd/parser.c"
    break;

  case 270: /* core_text: K_INITIAL K_MAIN K_MODE K_MESSAGE K_RECEIVED rest  */
#line 723 "grammar/parser.y"
      { KIND(NO_CONN_PACKET); I(IKE_VERSION, 1); L(EXCHANGE, "main"); px_noconn(px, &yyvsp[0]); }
#line 4809 "build-asan-rd/parser.c"
    break;

  case 271: /* core_text: K_INITIAL K_AGGRESSIVE K_MODE rest  */
#line 725 "grammar/parser.y"
      { KIND(NO_CONN_PACKET); I(IKE_VERSION, 1); L(EXCHANGE, "aggressive"); px_noconn(px, &yyvsp[0]); }
#line 4815 "build-asan-rd/parser.c"
    break;

  case 272: /* core_text: K_INITIAL K_PARENT K_SA K_MESSAGE rest  */
#line 727 "grammar/parser.y"
      { KIND(NO_CONN_PACKET); I(IKE_VERSION, 2); L(EXCHANGE, "ike_sa_init"); px_noconn(px, &yyvsp[0]); }
#line 4821 "build-asan-rd/parser.c"
    break;

  case 273: /* core_text: WORD K_MESSAGE K_RECEIVED rest  */
#line 729 "grammar/parser.y"
      { KIND(NO_CONN_PACKET); I(IKE_VERSION, 2); L(EXCHANGE, "ike_sa_init"); px_noconn(px, &yyvsp[0]); }
#line 4827 "build-asan-rd/parser.c"
    break;

  case 274: /* core_text: K_RECEIVED K_DELETE delete_sa K_PAYLOAD rest  */
#line 732 "grammar/parser.y"
      { KIND(DELETE_RECEIVED); px_delete_received(px, &yyvsp[-2], &yyvsp[0]); }
#line 4833 "build-asan-rd/parser.c"
    break;

  case 275: /* core_text: K_DELETING K_ESTABLISHED rest  */
#line 734 "grammar/parser.y"
      { KIND(DELETE_SENT); I(IKE_VERSION, 2); px_tail(px, &yyvsp[0], PX_PARENT); }
#line 4839 "build-asan-rd/parser.c"
    break;

  case 276: /* core_text: K_DELETING K_CONNECTION rest  */
#line 736 "grammar/parser.y"
      { KIND(CONN_DELETING); if (yyvsp[0].s) S(TEXT, yyvsp[0]); }
#line 4845 "build-asan-rd/parser.c"
    break;

  case 277: /* core_text: K_DELETING WORD rest  */
#line 738 "grammar/parser.y"
      { if (px_in(&yyvsp[-1], "incomplete|larval")) { KIND(DELETE_STATE); S(REASON, yyvsp[0]); }
        else if (px_in(&yyvsp[-1], "non-instance|template|group|connection's")) KIND(CONN_DELETING);
        else YYERROR; }
#line 4853 "build-asan-rd/parser.c"
    break;

  case 278: /* core_text: K_INITIATING K_DELETE K_OF rest  */
#line 742 "grammar/parser.y"
      { KIND(DELETE_SENT); S(TEXT, yyvsp[0]); }
#line 4859 "build-asan-rd/parser.c"
    break;

  case 279: /* core_text: sa_noun K_EXPIRED rest  */
#line 744 "grammar/parser.y"
      { KIND(EXPIRED); L(WHAT, yyvsp[-2].i <= 2 ? "IKE" : "Child"); px_reason(px, &yyvsp[0]); }
#line 4865 "build-asan-rd/parser.c"
    break;

  case 280: /* core_text: sa_noun K_IS rest  */
#line 746 "grammar/parser.y"
      { KIND(CONN_TERMINATING); S(TEXT, yyvsp[0]); }
#line 4871 "build-asan-rd/parser.c"
    break;

  case 281: /* core_text: traffic_proto K_TRAFFIC K_INFORMATION ':' KV KV rest  */
#line 748 "grammar/parser.y"
      { KIND(TRAFFIC); px_kv(px, PL_F_BYTES_IN, &yyvsp[-2]); px_kv(px, PL_F_BYTES_OUT, &yyvsp[-1]); }
#line 4877 "build-asan-rd/parser.c"
    break;

  case 282: /* core_text: K_DELETING sa_noun K_BUT rest  */
#line 750 "grammar/parser.y"
      { KIND(REVIVAL); S(TEXT, yyvsp[0]); }
#line 4883 "build-asan-rd/parser.c"
    break;

  case 283: /* core_text: K_CONNECTION K_IS K_SUPPOSED rest  */
#line 752 "grammar/parser.y"
      { KIND(REVIVAL); px_tail(px, &yyvsp[0], 0); S(TEXT, yyvsp[0]); }
#line 4889 "build-asan-rd/parser.c"
    break;

  case 284: /* core_text: K_REVIVING rest  */
#line 754 "grammar/parser.y"
      { KIND(REVIVAL); S(TEXT, yyvsp[0]); }
#line 4895 "build-asan-rd/parser.c"
    break;

  case 285: /* core_text: K_INITIATING K_REKEY K_TO rest  */
#line 756 "grammar/parser.y"
      { KIND(INITIATE); L(EXCHANGE, "create_child_sa"); I(IKE_VERSION, 2); L(ROLE, "initiator");
        px_tail(px, &yyvsp[0], PX_REPLACES | PX_PARENT); px_rekey_kind(px, &yyvsp[0]); }
#line 4902 "build-asan-rd/parser.c"
    break;

  case 286: /* core_text: K_FAILED K_TO K_ADD K_CONNECTION ':' rest  */
#line 760 "grammar/parser.y"
      { KIND(CONN_ADD_FAILED); S(REASON, yyvsp[0]); }
#line 4908 "build-asan-rd/parser.c"
    break;

  case 287: /* core_text: K_FAILED K_TO fail_verb rest  */
#line 762 "grammar/parser.y"
      { KIND(WARNING); px_s(px, PL_F_TEXT, yyvsp[-1].s, yyvsp[0].s ? (yyvsp[0].s + yyvsp[0].n) - yyvsp[-1].s : yyvsp[-1].n); }
#line 4914 "build-asan-rd/parser.c"
    break;

  case 288: /* core_text: K_CONNECTION K_IS K_USING rest  */
#line 764 "grammar/parser.y"
      { KIND(CONN_WARNING); S(TEXT, yyvsp[0]); }
#line 4920 "build-asan-rd/parser.c"
    break;

  case 289: /* core_text: K_CONNECTION K_DOES K_NOT rest  */
#line 766 "grammar/parser.y"
      { KIND(CONN_WARNING); S(TEXT, yyvsp[0]); }
#line 4926 "build-asan-rd/parser.c"
    break;

  case 290: /* core_text: K_CONNECTION K_FAILED rest  */
#line 768 "grammar/parser.y"
      { KIND(ID_MISMATCH); S(REASON, yyvsp[0]); }
#line 4932 "build-asan-rd/parser.c"
    break;

  case 291: /* core_text: K_WE K_CANNOT rest  */
#line 770 "grammar/parser.y"
      { KIND(CONN_WARNING); S(TEXT, yyvsp[0]); }
#line 4938 "build-asan-rd/parser.c"
    break;

  case 292: /* core_text: K_SUBNET addr K_ALREADY rest  */
#line 772 "grammar/parser.y"
      { KIND(CONN_WARNING); S(ADDRESS, yyvsp[-2]); }
#line 4944 "build-asan-rd/parser.c"
    break;

  case 293: /* core_text: K_SWITCHED K_TO DQSTR rest  */
#line 774 "grammar/parser.y"
      { KIND(CONN_SWITCHED); Q(TEXT, yyvsp[-1]); }
#line 4950 "build-asan-rd/parser.c"
    break;

  case 294: /* core_text: K_EXTRA K_DEBUGGING rest  */
#line 776 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 4956 "build-asan-rd/parser.c"
    break;

  case 295: /* core_text: K_CONFLICT K_ON K_EROUTE rest  */
#line 778 "grammar/parser.y"
      { KIND(ROUTE_CONFLICT); S(TEXT, yyvsp[0]); }
#line 4962 "build-asan-rd/parser.c"
    break;

  case 296: /* core_text: K_CANNOT K_ROUTE rest  */
#line 780 "grammar/parser.y"
      { KIND(ROUTE_CONFLICT); S(TEXT, yyvsp[0]); }
#line 4968 "build-asan-rd/parser.c"
    break;

  case 297: /* core_text: K_CANNOT K_INSTALL rest  */
#line 782 "grammar/parser.y"
      { KIND(ROUTE_CONFLICT); S(TEXT, yyvsp[0]); }
#line 4974 "build-asan-rd/parser.c"
    break;

  case 298: /* core_text: K_QUEUE sa_noun ';' rest  */
#line 784 "grammar/parser.y"
      { KIND(INITIATE); L(EXCHANGE, "child"); L(ROLE, "initiator"); S(TEXT, yyvsp[0]); }
#line 4980 "build-asan-rd/parser.c"
    break;

  case 299: /* core_text: K_INITIATE K_ON_DEMAND rest  */
#line 786 "grammar/parser.y"
      { KIND(INITIATE); S(REASON, yyvsp[0]); }
#line 4986 "build-asan-rd/parser.c"
    break;

  case 300: /* core_text: K_OMITTING rest  */
#line 788 "grammar/parser.y"
      { KIND(SENT); S(TEXT, yyvsp[0]); }
#line 4992 "build-asan-rd/parser.c"
    break;

  case 301: /* core_text: K_COMMAND DQSTR ':' rest  */
#line 791 "grammar/parser.y"
      { px_command(px, &yyvsp[-2], &yyvsp[0]); }
#line 4998 "build-asan-rd/parser.c"
    break;

  case 302: /* core_text: K_RUNNING K_UPDOWN rest  */
#line 793 "grammar/parser.y"
      { KIND(UPDOWN_OUTPUT); S(TEXT, yyvsp[0]); }
#line 5004 "build-asan-rd/parser.c"
    break;

  case 303: /* core_text: K_UNABLE K_TO rest  */
#line 795 "grammar/parser.y"
      { px_unable(px, &yyvsp[0]); }
#line 5010 "build-asan-rd/parser.c"
    break;

  case 304: /* core_text: K_NETLINK rest  */
#line 797 "grammar/parser.y"
      { KIND(KERNEL_ERROR); px_tail(px, &yyvsp[0], PX_ERRNO); S(TEXT, yyvsp[0]); }
#line 5016 "build-asan-rd/parser.c"
    break;

  case 305: /* core_text: K_KERNEL rest  */
#line 799 "grammar/parser.y"
      { KIND(DAEMON); px_tail(px, &yyvsp[0], PX_ERRNO); if (px_has(px, PL_F_ERRNO)) KIND(KERNEL_ERROR); S(TEXT, yyvsp[0]); }
#line 5022 "build-asan-rd/parser.c"
    break;

  case 306: /* core_text: K_NAT_TRAVERSAL ':' rest  */
#line 802 "grammar/parser.y"
      { KIND(NAT); S(TEXT, yyvsp[0]); }
#line 5028 "build-asan-rd/parser.c"
    break;

  case 307: /* core_text: K_ENABLING K_POSSIBLE rest  */
#line 804 "grammar/parser.y"
      { KIND(NAT); S(TEXT, yyvsp[0]); }
#line 5034 "build-asan-rd/parser.c"
    break;

  case 308: /* core_text: K_RECEIVED K_VENDOR K_ID K_PAYLOAD rest  */
#line 806 "grammar/parser.y"
      { KIND(VENDOR_ID); px_ts(px, PL_F_TEXT, &yyvsp[0]); }
#line 5040 "build-asan-rd/parser.c"
    break;

  case 309: /* core_text: K_XAUTH ':' rest  */
#line 808 "grammar/parser.y"
      { KIND(XAUTH); S(TEXT, yyvsp[0]); px_xauth(px, &yyvsp[0]); }
#line 5046 "build-asan-rd/parser.c"
    break;

  case 310: /* core_text: K_XAUTH K_COMPLETED rest  */
#line 810 "grammar/parser.y"
      { KIND(XAUTH); S(TEXT, yyvsp[0]); }
#line 5052 "build-asan-rd/parser.c"
    break;

  case 311: /* core_text: WORD K_PROMPT K_FOR rest  */
#line 812 "grammar/parser.y"
      { KIND(XAUTH); S(TEXT, yyvsp[0]); }
#line 5058 "build-asan-rd/parser.c"
    break;

  case 312: /* core_text: K_PROMPT K_FOR rest  */
#line 814 "grammar/parser.y"
      { KIND(XAUTH); S(TEXT, yyvsp[0]); }
#line 5064 "build-asan-rd/parser.c"
    break;

  case 313: /* core_text: CAPS K_ERROR_UC ':' rest  */
#line 816 "grammar/parser.y"
      { px_cert(px, &yyvsp[0]); if (px->ev.kind == PL_EV_CERT) KIND(ERROR); }
#line 5070 "build-asan-rd/parser.c"
    break;

  case 314: /* core_text: K_ERROR_UC ':' rest  */
#line 818 "grammar/parser.y"
      { px_cert(px, &yyvsp[0]); if (px->ev.kind == PL_EV_CERT) KIND(ERROR); }
#line 5076 "build-asan-rd/parser.c"
    break;

  case 315: /* core_text: K_FIPS ':' rest  */
#line 820 "grammar/parser.y"
      { px_cert(px, &yyvsp[0]); }
#line 5082 "build-asan-rd/parser.c"
    break;

  case 316: /* core_text: K_RECEIVED WORD CAPS rest  */
#line 822 "grammar/parser.y"
      { KIND(NOTIFY_RECEIVED); S(NOTIFY, yyvsp[-1]); }
#line 5088 "build-asan-rd/parser.c"
    break;

  case 317: /* core_text: K_RECEIVED WORD K_BUT rest  */
#line 824 "grammar/parser.y"
      { KIND(NOTIFY_RECEIVED); S(NOTIFY, yyvsp[-2]); L(ACTION, "ignored"); }
#line 5094 "build-asan-rd/parser.c"
    break;

  case 318: /* core_text: K_RECEIVED K_HASH K_PAYLOAD rest  */
#line 826 "grammar/parser.y"
      { KIND(AUTH_FAILED); I(IKE_VERSION, 1); L(REASON, "hash payload mismatch (PSK?)"); }
#line 5100 "build-asan-rd/parser.c"
    break;

  case 319: /* core_text: K_RECEIVED K_MODE rest  */
#line 828 "grammar/parser.y"
      { KIND(MODECFG); S(TEXT, yyvsp[0]); }
#line 5106 "build-asan-rd/parser.c"
    break;

  case 320: /* core_text: K_RECEIVED K_AND K_IGNORED CAPS rest  */
#line 830 "grammar/parser.y"
      { KIND(MODECFG); S(TEXT, yyvsp[-1]); L(ACTION, "ignored"); }
#line 5112 "build-asan-rd/parser.c"
    break;

  case 321: /* core_text: K_RECEIVED K_AND K_FAILED rest  */
#line 832 "grammar/parser.y"
      { KIND(INFORMATIONAL); S(TEXT, yyvsp[0]); }
#line 5118 "build-asan-rd/parser.c"
    break;

  case 322: /* core_text: K_REQUEST K_TO rest  */
#line 834 "grammar/parser.y"
      { KIND(WARNING); S(TEXT, yyvsp[0]); }
#line 5124 "build-asan-rd/parser.c"
    break;

  case 323: /* core_text: K_CANT K_FIND rest  */
#line 836 "grammar/parser.y"
      { KIND(CERT); S(TEXT, yyvsp[0]); }
#line 5130 "build-asan-rd/parser.c"
    break;

  case 324: /* core_text: sa_noun K_INITIATING rest  */
#line 838 "grammar/parser.y"
      { KIND(INITIATE); L(EXCHANGE, "child"); L(ROLE, "initiator"); S(TEXT, yyvsp[0]); }
#line 5136 "build-asan-rd/parser.c"
    break;

  case 325: /* core_text: CAPS QSTR rest  */
#line 840 "grammar/parser.y"
      { KIND(ID_MISMATCH); S(ID_TYPE, yyvsp[-2]); Q(ID, yyvsp[-1]); S(REASON, yyvsp[0]); }
#line 5142 "build-asan-rd/parser.c"
    break;

  case 326: /* core_text: v2exch K_RESPONSE K_MISSING rest  */
#line 842 "grammar/parser.y"
      { KIND(TRANSITION_FAILED); S(REASON, yyvsp[0]); }
#line 5148 "build-asan-rd/parser.c"
    break;

  case 327: /* core_text: K_CONNECTION K_ALLOWS rest  */
#line 844 "grammar/parser.y"
      { KIND(CONN_WARNING); S(TEXT, yyvsp[0]); }
#line 5154 "build-asan-rd/parser.c"
    break;

  case 328: /* core_text: K_DROPPING WORD rest  */
#line 846 "grammar/parser.y"
      { KIND(PACKET); S(TEXT, yyvsp[0]); }
#line 5160 "build-asan-rd/parser.c"
    break;

  case 329: /* core_text: K_SWITCHED K_FROM rest  */
#line 848 "grammar/parser.y"
      { KIND(CONN_SWITCHED); S(TEXT, yyvsp[0]); }
#line 5166 "build-asan-rd/parser.c"
    break;

  case 330: /* core_text: K_SWITCHING rest  */
#line 850 "grammar/parser.y"
      { KIND(CONN_SWITCHED); S(TEXT, yyvsp[0]); }
#line 5172 "build-asan-rd/parser.c"
    break;

  case 331: /* core_text: K_STARTING K_PLUTO rest  */
#line 852 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5178 "build-asan-rd/parser.c"
    break;

  case 332: /* core_text: K_USING K_LINUX rest  */
#line 854 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5184 "build-asan-rd/parser.c"
    break;

  case 333: /* core_text: K_LISTENING rest  */
#line 856 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5190 "build-asan-rd/parser.c"
    break;

  case 334: /* core_text: K_LOADING rest  */
#line 858 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5196 "build-asan-rd/parser.c"
    break;

  case 335: /* core_text: K_INCLUDING rest  */
#line 860 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5202 "build-asan-rd/parser.c"
    break;

  case 336: /* core_text: K_ADDED addr K_TO rest  */
#line 862 "grammar/parser.y"
      { KIND(DAEMON); S(ADDRESS, yyvsp[-2]); }
#line 5208 "build-asan-rd/parser.c"
    break;

  case 337: /* core_text: K_INITIATE WORD rest  */
#line 864 "grammar/parser.y"
      { KIND(REKEY); S(TEXT, yyvsp[-1]); }
#line 5214 "build-asan-rd/parser.c"
    break;

  case 338: /* core_text: K_NOTE ':' rest  */
#line 866 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5220 "build-asan-rd/parser.c"
    break;

  case 339: /* core_text: K_AUTHENTICATION K_OF rest  */
#line 868 "grammar/parser.y"
      { KIND(XAUTH); S(TEXT, yyvsp[0]); }
#line 5226 "build-asan-rd/parser.c"
    break;

  case 340: /* core_text: K_IGNORING CAPS rest  */
#line 870 "grammar/parser.y"
      { KIND(MODECFG); S(TEXT, yyvsp[0]); L(ACTION, "ignored"); }
#line 5232 "build-asan-rd/parser.c"
    break;

  case 341: /* core_text: K_PEER K_CERTIFICATE rest  */
#line 872 "grammar/parser.y"
      { KIND(ID_MISMATCH); S(REASON, yyvsp[0]); }
#line 5238 "build-asan-rd/parser.c"
    break;

  case 342: /* core_text: K_NO WORD rest  */
#line 874 "grammar/parser.y"
      { if (!px_in(&yyvsp[-1], "useful")) YYERROR; KIND(PACKET); S(TEXT, yyvsp[0]); }
#line 5244 "build-asan-rd/parser.c"
    break;

  case 343: /* core_text: K_MESSAGE K_RESPONSE rest  */
#line 876 "grammar/parser.y"
      { KIND(MALFORMED_PAYLOAD); S(REASON, yyvsp[0]); }
#line 5250 "build-asan-rd/parser.c"
    break;

  case 344: /* core_text: K_MODECFG ':' rest  */
#line 878 "grammar/parser.y"
      { KIND(MODECFG); S(TEXT, yyvsp[0]); }
#line 5256 "build-asan-rd/parser.c"
    break;

  case 345: /* core_text: K_RECEIVED lease rest  */
#line 880 "grammar/parser.y"
      { KIND(MODECFG); px_s(px, PL_F_TEXT, yyvsp[-1].s, yyvsp[0].s ? (yyvsp[0].s + yyvsp[0].n) - yyvsp[-1].s : yyvsp[-1].n); }
#line 5262 "build-asan-rd/parser.c"
    break;

  case 346: /* core_text: K_SETTING rest  */
#line 882 "grammar/parser.y"
      { KIND(MODECFG); S(TEXT, yyvsp[0]); }
#line 5268 "build-asan-rd/parser.c"
    break;

  case 347: /* core_text: K_I K_AM K_SENDING rest  */
#line 885 "grammar/parser.y"
      { KIND(CERT); S(TEXT, yyvsp[0]); }
#line 5274 "build-asan-rd/parser.c"
    break;

  case 348: /* core_text: K_I K_DID K_NOT rest  */
#line 887 "grammar/parser.y"
      { KIND(CERT); S(TEXT, yyvsp[0]); }
#line 5280 "build-asan-rd/parser.c"
    break;

  case 349: /* core_text: K_CERTIFICATE rest  */
#line 889 "grammar/parser.y"
      { px_cert(px, &yyvsp[0]); }
#line 5286 "build-asan-rd/parser.c"
    break;

  case 350: /* core_text: CAPS K_PAYLOAD rest  */
#line 891 "grammar/parser.y"
      { px_cert(px, &yyvsp[0]); }
#line 5292 "build-asan-rd/parser.c"
    break;

  case 351: /* core_text: K_PEER CAPS K_PAYLOAD rest  */
#line 893 "grammar/parser.y"
      { KIND(ID_MISMATCH); S(REASON, yyvsp[0]); }
#line 5298 "build-asan-rd/parser.c"
    break;

  case 352: /* core_text: K_NO K_CERTIFICATE rest  */
#line 895 "grammar/parser.y"
      { KIND(CERT); S(TEXT, yyvsp[0]); }
#line 5304 "build-asan-rd/parser.c"
    break;

  case 353: /* core_text: K_NO K_CRL rest  */
#line 897 "grammar/parser.y"
      { KIND(CERT); S(TEXT, yyvsp[0]); }
#line 5310 "build-asan-rd/parser.c"
    break;

  case 354: /* core_text: K_PRIVATE K_KEY rest  */
#line 899 "grammar/parser.y"
      { KIND(CERT); S(TEXT, yyvsp[0]); }
#line 5316 "build-asan-rd/parser.c"
    break;

  case 355: /* core_text: K_PPK rest  */
#line 901 "grammar/parser.y"
      { KIND(PPK); S(TEXT, yyvsp[0]); }
#line 5322 "build-asan-rd/parser.c"
    break;

  case 356: /* core_text: K_REQUESTED CAPS rest  */
#line 903 "grammar/parser.y"
      { KIND(PPK); S(TEXT, yyvsp[0]); }
#line 5328 "build-asan-rd/parser.c"
    break;

  case 357: /* core_text: K_SCHEDULING K_REDIRECT rest  */
#line 906 "grammar/parser.y"
      { KIND(REDIRECT); S(TEXT, yyvsp[0]); }
#line 5334 "build-asan-rd/parser.c"
    break;

  case 358: /* core_text: v2exch K_RESPONSE K_REDIRECTS rest  */
#line 908 "grammar/parser.y"
      { KIND(REDIRECT); S(TEXT, yyvsp[0]); }
#line 5340 "build-asan-rd/parser.c"
    break;

  case 359: /* core_text: K_INITIATING K_A K_REDIRECT rest  */
#line 910 "grammar/parser.y"
      { KIND(REDIRECT); S(TEXT, yyvsp[0]); }
#line 5346 "build-asan-rd/parser.c"
    break;

  case 360: /* core_text: K_INITIATING v2exch K_REDIRECT rest  */
#line 912 "grammar/parser.y"
      { KIND(REDIRECT); S(TEXT, yyvsp[0]); }
#line 5352 "build-asan-rd/parser.c"
    break;

  case 361: /* core_text: K_IKETCP rest  */
#line 914 "grammar/parser.y"
      { KIND(TCP); S(TEXT, yyvsp[0]); }
#line 5358 "build-asan-rd/parser.c"
    break;

  case 362: /* core_text: K_ADDING rest  */
#line 917 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5364 "build-asan-rd/parser.c"
    break;

  case 363: /* core_text: K_CREATED K_IPSEC_INTERFACE rest  */
#line 919 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5370 "build-asan-rd/parser.c"
    break;

  case 364: /* core_text: K_DELETE K_IPSEC_INTERFACE rest  */
#line 921 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5376 "build-asan-rd/parser.c"
    break;

  case 365: /* core_text: K_CANNOT K_DELETE K_IPSEC_INTERFACE rest  */
#line 923 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5382 "build-asan-rd/parser.c"
    break;

  case 366: /* core_text: CAPS K_SELFTEST rest  */
#line 925 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[-2]); }
#line 5388 "build-asan-rd/parser.c"
    break;

  case 367: /* core_text: CAPS K_HASH K_SELFTEST rest  */
#line 927 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[-3]); }
#line 5394 "build-asan-rd/parser.c"
    break;

  case 368: /* core_text: CAPS K_HMAC K_SELFTEST rest  */
#line 929 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[-3]); }
#line 5400 "build-asan-rd/parser.c"
    break;

  case 369: /* core_text: K_ALL K_CRYPTO rest  */
#line 931 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5406 "build-asan-rd/parser.c"
    break;

  case 370: /* core_text: K_IKE_ALG ':' rest  */
#line 933 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5412 "build-asan-rd/parser.c"
    break;

  case 371: /* core_text: K_TESTING K_REGISTERED rest  */
#line 935 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5418 "build-asan-rd/parser.c"
    break;

  case 372: /* core_text: K_TESTING CAPS ':'  */
#line 938 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[-1]); }
#line 5424 "build-asan-rd/parser.c"
    break;

  case 373: /* core_text: K_ENCRYPTING rest  */
#line 940 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5430 "build-asan-rd/parser.c"
    break;

  case 374: /* core_text: K_RFC NUM rest  */
#line 942 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5436 "build-asan-rd/parser.c"
    break;

  case 375: /* core_text: K_CAMELLIA ':' rest  */
#line 944 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5442 "build-asan-rd/parser.c"
    break;

  case 376: /* core_text: K_ONE K_BLOCK  */
#line 946 "grammar/parser.y"
      { KIND(DAEMON); }
#line 5448 "build-asan-rd/parser.c"
    break;

  case 377: /* core_text: K_TWO K_BLOCKS rest  */
#line 948 "grammar/parser.y"
      { KIND(DAEMON); }
#line 5454 "build-asan-rd/parser.c"
    break;

  case 378: /* core_text: K_EMPTY K_STRING  */
#line 950 "grammar/parser.y"
      { KIND(DAEMON); }
#line 5460 "build-asan-rd/parser.c"
    break;

  case 379: /* core_text: CAPS alg_sizes K_IKEV1 ':' rest  */
#line 952 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[-4]); L(WHAT, "algorithm"); }
#line 5466 "build-asan-rd/parser.c"
    break;

  case 380: /* core_text: algo_subj K_ALGORITHMS ':'  */
#line 954 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[-2]); }
#line 5472 "build-asan-rd/parser.c"
    break;

  case 381: /* core_text: K_STARTED rest  */
#line 956 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5478 "build-asan-rd/parser.c"
    break;

  case 382: /* core_text: K_STARTING K_UP rest  */
#line 958 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5484 "build-asan-rd/parser.c"
    break;

  case 383: /* core_text: WORD K_SECCOMP rest  */
#line 960 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[-2]); }
#line 5490 "build-asan-rd/parser.c"
    break;

  case 384: /* core_text: K_SECCOMP rest  */
#line 962 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5496 "build-asan-rd/parser.c"
    break;

  case 385: /* core_text: K_SHUTTING K_DOWN rest  */
#line 964 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5502 "build-asan-rd/parser.c"
    break;

  case 386: /* core_text: K_PLUTO K_IS rest  */
#line 966 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5508 "build-asan-rd/parser.c"
    break;

  case 387: /* core_text: K_RESCHEDULE rest  */
#line 968 "grammar/parser.y"
      { KIND(REKEY); S(TEXT, yyvsp[0]); }
#line 5514 "build-asan-rd/parser.c"
    break;

  case 388: /* core_text: CAPS K_RESULT ':' rest  */
#line 970 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5520 "build-asan-rd/parser.c"
    break;

  case 389: /* core_text: WORD K_ALGORITHM K_STRING ':' rest  */
#line 972 "grammar/parser.y"
      { KIND(CONN_WARNING); S(TEXT, yyvsp[0]); }
#line 5526 "build-asan-rd/parser.c"
    break;

  case 390: /* core_text: K_GATEWAY rest  */
#line 974 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5532 "build-asan-rd/parser.c"
    break;

  case 391: /* core_text: WORD K_FAIL  */
#line 976 "grammar/parser.y"
      { KIND(KERNEL_ERROR); S(TEXT, yyvsp[-1]); }
#line 5538 "build-asan-rd/parser.c"
    break;

  case 392: /* core_text: K_LOADED rest  */
#line 978 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5544 "build-asan-rd/parser.c"
    break;

  case 393: /* core_text: WORD K_TO K_IKEV1 rest  */
#line 980 "grammar/parser.y"
      { KIND(IKE_VERSION); I(IKE_VERSION, 1); S(TEXT, yyvsp[0]); }
#line 5550 "build-asan-rd/parser.c"
    break;

  case 394: /* core_text: K_NEXT K_ATTEMPT rest  */
#line 982 "grammar/parser.y"
      { KIND(IKE_VERSION); S(TEXT, yyvsp[0]); }
#line 5556 "build-asan-rd/parser.c"
    break;

  case 395: /* core_text: K_NO K_RSA rest  */
#line 984 "grammar/parser.y"
      { KIND(AUTH_FAILED); L(AUTH, "rsasig"); S(REASON, yyvsp[0]); }
#line 5562 "build-asan-rd/parser.c"
    break;

  case 396: /* core_text: K_IKEV2 K_LIVENESS rest  */
#line 986 "grammar/parser.y"
      { KIND(DPD); L(WHAT, "liveness"); S(TEXT, yyvsp[0]); }
#line 5568 "build-asan-rd/parser.c"
    break;

  case 397: /* core_text: K_IKEV2 K_PEER rest  */
#line 988 "grammar/parser.y"
      { KIND(DPD); L(WHAT, "liveness"); S(TEXT, yyvsp[0]); }
#line 5574 "build-asan-rd/parser.c"
    break;

  case 398: /* core_text: K_RSA K_AUTHENTICATION rest  */
#line 990 "grammar/parser.y"
      { KIND(AUTH_FAILED); L(AUTH, "rsasig"); S(REASON, yyvsp[0]); }
#line 5580 "build-asan-rd/parser.c"
    break;

  case 399: /* core_text: WORD K_CERTIFICATE rest  */
#line 992 "grammar/parser.y"
      { px_cert(px, &yyvsp[0]); }
#line 5586 "build-asan-rd/parser.c"
    break;

  case 400: /* core_text: K_IGNORING K_VENDOR rest  */
#line 994 "grammar/parser.y"
      { KIND(VENDOR_ID); S(TEXT, yyvsp[0]); }
#line 5592 "build-asan-rd/parser.c"
    break;

  case 401: /* core_text: K_MISSING rest  */
#line 996 "grammar/parser.y"
      { KIND(MALFORMED_PAYLOAD); S(REASON, yyvsp[0]); }
#line 5598 "build-asan-rd/parser.c"
    break;

  case 402: /* core_text: K_SENDING WORD rest  */
#line 998 "grammar/parser.y"
      { if (!px_in(&yyvsp[-1], "bogus")) YYERROR; KIND(IMPAIR); S(TEXT, yyvsp[0]); }
#line 5604 "build-asan-rd/parser.c"
    break;

  case 403: /* core_text: WORD WORD K_PROPOSALS ':' rest  */
#line 1000 "grammar/parser.y"
      { KIND(CONN_PROPOSALS); S(PROPOSALS, yyvsp[0]); }
#line 5610 "build-asan-rd/parser.c"
    break;

  case 404: /* core_text: WORD K_IKE K_PROPOSALS ':' rest  */
#line 1002 "grammar/parser.y"
      { KIND(CONN_PROPOSALS); L(WHAT, "IKE"); S(PROPOSALS, yyvsp[0]); }
#line 5616 "build-asan-rd/parser.c"
    break;

  case 405: /* core_text: K_ASKING rest  */
#line 1004 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5622 "build-asan-rd/parser.c"
    break;

  case 406: /* core_text: K_LEAK rest  */
#line 1006 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5628 "build-asan-rd/parser.c"
    break;

  case 407: /* core_text: K_MARKING rest  */
#line 1008 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5634 "build-asan-rd/parser.c"
    break;

  case 408: /* core_text: sa_noun SERIAL rest  */
#line 1010 "grammar/parser.y"
      { KIND(DAEMON); I(TARGET, yyvsp[-1].i); S(TEXT, yyvsp[0]); }
#line 5640 "build-asan-rd/parser.c"
    break;

  case 409: /* core_text: K_FORGETTING rest  */
#line 1012 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5646 "build-asan-rd/parser.c"
    break;

  case 410: /* core_text: K_NETLINK_EXPIRE rest  */
#line 1014 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5652 "build-asan-rd/parser.c"
    break;

  case 411: /* core_text: K_SYSTEMD rest  */
#line 1016 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5658 "build-asan-rd/parser.c"
    break;

  case 412: /* core_text: K_SELINUX rest  */
#line 1018 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5664 "build-asan-rd/parser.c"
    break;

  case 413: /* core_text: WORD K_SUPPORT rest  */
#line 1020 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[-2]); }
#line 5670 "build-asan-rd/parser.c"
    break;

  case 414: /* core_text: WORD K_DISABLED  */
#line 1022 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[-1]); }
#line 5676 "build-asan-rd/parser.c"
    break;

  case 415: /* core_text: K_NAT_TRAVERSAL K_SUPPORT rest  */
#line 1024 "grammar/parser.y"
      { KIND(DAEMON); L(TEXT, "NAT-Traversal support"); }
#line 5682 "build-asan-rd/parser.c"
    break;

  case 416: /* core_text: K_XAUTH CAPS K_SUPPORT rest  */
#line 1026 "grammar/parser.y"
      { KIND(DAEMON); L(TEXT, "XAUTH PAM support"); }
#line 5688 "build-asan-rd/parser.c"
    break;

  case 417: /* core_text: K_LINUX rest  */
#line 1028 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5694 "build-asan-rd/parser.c"
    break;

  case 418: /* core_text: CAPS K_CRYPTO rest  */
#line 1030 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5700 "build-asan-rd/parser.c"
    break;

  case 419: /* core_text: K_FIPS K_MODE rest  */
#line 1032 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5706 "build-asan-rd/parser.c"
    break;

  case 420: /* core_text: K_FIPS CAPS rest  */
#line 1034 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5712 "build-asan-rd/parser.c"
    break;

  case 421: /* core_text: NUM CAPS rest  */
#line 1036 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5718 "build-asan-rd/parser.c"
    break;

  case 422: /* core_text: K_INITIALIZING rest  */
#line 1038 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5724 "build-asan-rd/parser.c"
    break;

  case 423: /* core_text: K_IKEV2 K_KEY rest  */
#line 1040 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5730 "build-asan-rd/parser.c"
    break;

  case 424: /* core_text: K_SECRETS K_FILE ':' rest  */
#line 1042 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5736 "build-asan-rd/parser.c"
    break;

  case 425: /* core_text: K_CORE K_DUMP rest  */
#line 1044 "grammar/parser.y"
      { KIND(DAEMON); S(TEXT, yyvsp[0]); }
#line 5742 "build-asan-rd/parser.c"
    break;

  case 426: /* core_text: K_INITIATING K_CONNECTION QSTR rest  */
#line 1046 "grammar/parser.y"
      { KIND(REVIVAL); Q(TEXT, yyvsp[-1]); }
#line 5748 "build-asan-rd/parser.c"
    break;

  case 427: /* core_text: WORD K_HIT K_FAIL ':'  */
#line 1048 "grammar/parser.y"
      { KIND(KERNEL_ERROR); S(TEXT, yyvsp[-3]); }
#line 5754 "build-asan-rd/parser.c"
    break;

  case 451: /* rest: %empty  */
#line 1079 "grammar/parser.y"
                    { yyval.s = NULL; yyval.n = 0; }
#line 5760 "build-asan-rd/parser.c"
    break;

  case 452: /* rest: rest any  */
#line 1080 "grammar/parser.y"
                    { yyval = yyvsp[-1].s ? px_span(&yyvsp[-1], &yyvsp[0]) : yyvsp[0]; }
#line 5766 "build-asan-rd/parser.c"
    break;


#line 5770 "build-asan-rd/parser.c"

      default: break;
    }
  /* User semantic actions sometimes alter yychar, and that requires
     that yytoken be updated with the new translation.  We take the
     approach of translating immediately before every use of yytoken.
     One alternative is translating here after every semantic action,
     but that translation would be missed if the semantic action invokes
     YYABORT, YYACCEPT, or YYERROR immediately after altering yychar or
     if it invokes YYBACKUP.  In the case of YYABORT or YYACCEPT, an
     incorrect destructor might then be invoked immediately.  In the
     case of YYERROR or YYBACKUP, subsequent parser actions might lead
     to an incorrect destructor call or verbose syntax error message
     before the lookahead is translated.  */
  YY_SYMBOL_PRINT ("-> $$ =", YY_CAST (yysymbol_kind_t, yyr1[yyn]), &yyval, &yyloc);

  YYPOPSTACK (yylen);
  yylen = 0;

  *++yyvsp = yyval;

  /* Now 'shift' the result of the reduction.  Determine what state
     that goes to, based on the state we popped back to and the rule
     number reduced by.  */
  {
    const int yylhs = yyr1[yyn] - YYNTOKENS;
    const int yyi = yypgoto[yylhs] + *yyssp;
    yystate = (0 <= yyi && yyi <= YYLAST && yycheck[yyi] == *yyssp
               ? yytable[yyi]
               : yydefgoto[yylhs]);
  }

  goto yynewstate;


/*--------------------------------------.
| yyerrlab -- here on detecting error.  |
`--------------------------------------*/
yyerrlab:
  /* Make sure we have latest lookahead translation.  See comments at
     user semantic actions for why this is necessary.  */
  yytoken = yychar == PL_YYEMPTY ? YYSYMBOL_YYEMPTY : YYTRANSLATE (yychar);
  /* If not already recovering from an error, report this error.  */
  if (!yyerrstatus)
    {
      ++yynerrs;
      yyerror (px, YY_("syntax error"));
    }

  if (yyerrstatus == 3)
    {
      /* If just tried and failed to reuse lookahead token after an
         error, discard it.  */

      if (yychar <= PL_YYEOF)
        {
          /* Return failure if at end of input.  */
          if (yychar == PL_YYEOF)
            YYABORT;
        }
      else
        {
          yydestruct ("Error: discarding",
                      yytoken, &yylval, px);
          yychar = PL_YYEMPTY;
        }
    }

  /* Else will try to reuse lookahead token after shifting the error
     token.  */
  goto yyerrlab1;


/*---------------------------------------------------.
| yyerrorlab -- error raised explicitly by YYERROR.  |
`---------------------------------------------------*/
yyerrorlab:
  /* Pacify compilers when the user code never invokes YYERROR and the
     label yyerrorlab therefore never appears in user code.  */
  if (0)
    YYERROR;
  ++yynerrs;

  /* Do not reclaim the symbols of the rule whose action triggered
     this YYERROR.  */
  YYPOPSTACK (yylen);
  yylen = 0;
  YY_STACK_PRINT (yyss, yyssp);
  yystate = *yyssp;
  goto yyerrlab1;


/*-------------------------------------------------------------.
| yyerrlab1 -- common code for both syntax error and YYERROR.  |
`-------------------------------------------------------------*/
yyerrlab1:
  yyerrstatus = 3;      /* Each real token shifted decrements this.  */

  /* Pop stack until we find a state that shifts the error token.  */
  for (;;)
    {
      yyn = yypact[yystate];
      if (!yypact_value_is_default (yyn))
        {
          yyn += YYSYMBOL_YYerror;
          if (0 <= yyn && yyn <= YYLAST && yycheck[yyn] == YYSYMBOL_YYerror)
            {
              yyn = yytable[yyn];
              if (0 < yyn)
                break;
            }
        }

      /* Pop the current state because it cannot handle the error token.  */
      if (yyssp == yyss)
        YYABORT;


      yydestruct ("Error: popping",
                  YY_ACCESSING_SYMBOL (yystate), yyvsp, px);
      YYPOPSTACK (1);
      yystate = *yyssp;
      YY_STACK_PRINT (yyss, yyssp);
    }

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END


  /* Shift the error token.  */
  YY_SYMBOL_PRINT ("Shifting", YY_ACCESSING_SYMBOL (yyn), yyvsp, yylsp);

  yystate = yyn;
  goto yynewstate;


/*-------------------------------------.
| yyacceptlab -- YYACCEPT comes here.  |
`-------------------------------------*/
yyacceptlab:
  yyresult = 0;
  goto yyreturnlab;


/*-----------------------------------.
| yyabortlab -- YYABORT comes here.  |
`-----------------------------------*/
yyabortlab:
  yyresult = 1;
  goto yyreturnlab;


/*-----------------------------------------------------------.
| yyexhaustedlab -- YYNOMEM (memory exhaustion) comes here.  |
`-----------------------------------------------------------*/
yyexhaustedlab:
  yyerror (px, YY_("memory exhausted"));
  yyresult = 2;
  goto yyreturnlab;


/*----------------------------------------------------------.
| yyreturnlab -- parsing is finished, clean up and return.  |
`----------------------------------------------------------*/
yyreturnlab:
  if (yychar != PL_YYEMPTY)
    {
      /* Make sure we have latest lookahead translation.  See comments at
         user semantic actions for why this is necessary.  */
      yytoken = YYTRANSLATE (yychar);
      yydestruct ("Cleanup: discarding lookahead",
                  yytoken, &yylval, px);
    }
  /* Do not reclaim the symbols of the rule whose action triggered
     this YYABORT or YYACCEPT.  */
  YYPOPSTACK (yylen);
  YY_STACK_PRINT (yyss, yyssp);
  while (yyssp != yyss)
    {
      yydestruct ("Cleanup: popping",
                  YY_ACCESSING_SYMBOL (+*yyssp), yyvsp, px);
      YYPOPSTACK (1);
    }
  yyps->yynew = 2;
  goto yypushreturn;


/*-------------------------.
| yypushreturn -- return.  |
`-------------------------*/
yypushreturn:

  return yyresult;
}
#undef pl_yynerrs
#undef yystate
#undef yyerrstatus
#undef yyssa
#undef yyss
#undef yyssp
#undef yyvsa
#undef yyvs
#undef yyvsp
#undef yystacksize
#line 1192 "grammar/parser.y"

