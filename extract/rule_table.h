// The extraction rules as data: each rule is an RE2 pattern and the kind of
// claim its matches yield, plus a trigger: a cheap pattern (keywords) that
// matches wherever the rule can. The table is compiled once (see Rules); the
// triggers of all rules run over each block in one RE2::Set pass, and a
// rule's own pattern runs only on the sentences of the blocks where its
// trigger fired. A rule whose pattern costs the set little is its own
// trigger (nullptr); all the patterns in one set would make its DFA too
// large to stay fast. A trigger sees the whole block, so one for a rule
// anchored at the start of a sentence must also fire after a sentence end.
#ifndef MARKETCLAIMS_EXTRACT_RULE_TABLE_H_
#define MARKETCLAIMS_EXTRACT_RULE_TABLE_H_

#include <cstddef>

namespace marketclaims {

enum RuleId {
  // A money figure with its currency before the number: "USD 1,272.81 billion",
  // "US$ 1.9 Bn", "$15.7 billion", "€25 billion", "USD 5-7 billion".
  // Groups: currency, number, second number of a range, unit.
  kRuleMoneyCurrencyFirst,
  // Currency after the number: "6.10 billion USD", "500 million euros".
  // Groups: number, second number, unit, currency.
  kRuleMoneyCurrencyLast,
  // "CAGR of 7.8%", "compound annual growth rate (CAGR) of over 10%",
  // "CAGR of around 5-7%". Groups: the words between, rate, second rate of
  // a range. (The gap is bounded in code: a bounded repeat here would blow
  // up the automaton.)
  kRuleCagrRateAfter,
  // "a 10.1% CAGR", "(7-10% CAGR)". Groups: rate, second rate of a range.
  kRuleCagrRateBefore,
  // The word "market" or "industry" that ends a market name. Group: the word.
  kRuleMarketPhrase,
  // Words that introduce a list of companies. Group: the words.
  kRulePlayerIntro,
  // "Type (A, B, C)", "by End-User (X, Y and Z)". Groups: dimension, items.
  kRuleSegmentParenthesised,
  // "on the basis of type, the market is segmented into A, B and C".
  // Groups: dimension, items.
  kRuleSegmentInto,
  // "the market is segmented by product type into A and B", "the study
  // splits the industry by type into A and B, and by application into C".
  // Groups: dimension, items, second dimension, second items.
  kRuleSegmentByInto,
  // "By type, the infliximab segment dominated", "By type, conventional
  // hemodialysis held 69% share". Groups: dimension, name.
  kRuleSegmentLead,
  // "the toothbrushes & accessories product sub-segment". Groups: name,
  // dimension.
  kRuleSegmentNamed,
  // "segmented into many industries including the automotive, metals and
  // ...". Groups: dimension, items.
  kRuleSegmentIncluding,
  // "different types of robots- articulated, SCARA, and Cartesian-". Group:
  // items (of dimension type).
  kRuleSegmentTypesOf,
  // "the product type segment of toothbrushes, toothpaste and flosses".
  // Groups: dimension, items.
  kRuleSegmentOf,
  // "By application, the report covers A, B, and C". Groups: dimension,
  // items.
  kRuleSegmentCovers,
  // "the market was segmented into solution and service, based on
  // component": the dimension after the items. Groups: items, dimension.
  kRuleSegmentIntoBy,
  // "The leading application areas are A, B and C", "key end-use segments
  // include A and B". Groups: dimension, items.
  kRuleSegmentAreas,
  kRuleCount
};

struct RuleSpec {
  RuleId id;
  const char* trigger;  // must match wherever `pattern` does
  const char* pattern;
};

// kRuleTable[i].id == i for every rule.
extern const RuleSpec kRuleTable[kRuleCount];

// Context patterns: not claims themselves, they read the words around a
// figure a rule found (its year, whether it is a forecast, whose it is).
// Compiled once with the rules; run only on the text next to a match.
enum ContextId {
  // Right after a money figure: "in 2025", "by 2034", ", 2030", "+ (2025)",
  // "value in 2023", "in2019" (glued in reposts). Groups: preposition (may
  // be empty), year.
  kCtxYearAfter,
  // Before a figure in the same clause: "In 2023, ...", "As of 2021, ...".
  // Groups: preposition, year.
  kCtxYearBefore,
  // Words that make a figure a forecast. Group: the word.
  kCtxForecastWords,
  // Words that make a figure an actual value. Group: the word.
  kCtxActualWords,
  // Words before a figure that make it someone else's: a company's revenue,
  // a segment's share, a report's price.
  kCtxNotTheMarket,
  // Right after a figure: "in revenue", "of sales".
  kCtxRevenueAfter,
  // A label block for a key-value figure: "Revenue, 2025", "Forecast, 2035".
  // Groups: label, year.
  kCtxFigureLabel,
  // The year labelling the row or label a figure ends, read on the text
  // before the figure: "| 2024 | $83 billion", "Market Size (2024) | USD
  // 107.1 Million", squashed "Market Size (2024)USD 107.1 Million", "2026
  // Market Size: USD 9.5 billion". Group: year.
  kCtxRowYear,
  // A period of years: "2022 to 2028", "(2024-2032)", "2005-16". Groups:
  // start, end.
  kCtxYearRange,
  // An end year only: "through 2030", "till 2028". Group: year.
  kCtxEndYear,
  // What follows a bold company name opening a profile paragraph:
  // "**Acme Corp.** is a leading ...", "<b>Acme</b>: ...".
  kCtxProfileVerb,
  // What follows the names a sentence opens with when it presents them as
  // companies at work: "... remains a leader in", ", known for its
  // firewalls, is seeing ...", " are investing heavily". Anchored at the
  // end of the names.
  kCtxPlayerPredicate,
  // Words after such names that make them players on their own: "a
  // leader", "notable contenders", "a prominent company", "dominate the
  // widget market".
  kCtxPlayerNoun,
  // Words after such names that make them people or the report's
  // publisher: "vice president at", "says", "a market research firm".
  kCtxNotAPlayer,
  // A block that profiles one company: "The company reported ...", "the
  // firm's".
  kCtxCompanyBackReference,
  // A verb for what companies do: "investing", "innovates", "launched".
  kCtxCompanyWork,
  // The date that opens a development item: "May 2024:", "In March 2024,".
  kCtxDatedLead,
  // The second segment of a "By type, A held ..., while B is set to ..."
  // sentence. Group: the segment.
  kCtxSegmentWhile,
  // Words that make a sentence naming regions about the market's regions:
  // "North America dominated", "followed by Europe", "the fastest-growing
  // region".
  kCtxRegionCue,
  // The start of a causal clause ("driven by ...", "due to ..."): places
  // named after it are where the causes are, not the market's regions.
  // Group: the connective.
  kCtxCausalClause,
  // Words before region names that make them examples or addresses, not
  // the market's regions: "countries such as", "headquartered in". Group:
  // the word before a bare "such as" ("regions such as" names the market's
  // regions, "Asian nations such as" gives examples).
  kCtxRegionAside,
  // An amount with a unit and no currency: "0.81 billion", "450 million".
  // Groups: number, unit, the word after it (empty at the end).
  kCtxBareAmount,
  kContextCount
};

struct ContextSpec {
  ContextId id;
  const char* pattern;
};

extern const ContextSpec kContextTable[kContextCount];

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_RULE_TABLE_H_
