// Market names as the sentences of a page write them: which market a figure's
// sentence names, and whether two names name the same market. FindMarket
// picks the page's market from the same phrases; FindFigures uses these to
// give a figure about another market that market's name.
#ifndef MARKETCLAIMS_EXTRACT_MARKET_NAMES_H_
#define MARKETCLAIMS_EXTRACT_MARKET_NAMES_H_

#include <re2/re2.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace marketclaims {

// The market `sentence` names nearest before byte `pos` ("the Edge AI
// software market, valued at" -> "Edge AI software"), else the first it
// names after `pos`; "" when it names none. `market_word` is the
// kRuleMarketPhrase rule. Names that are no market of their own ("the
// overall market", "the Asian market") and publishers ("X Market Research")
// are none.
// REQUIRES: pos <= sentence.size().
std::string MarketNamedNear(std::string_view sentence, std::size_t pos, const RE2& market_word);

// True when `claim`, a market a sentence names, may be the page's market
// `page`: once case, punctuation, plurals, a parenthesised abbreviation and
// generic nouns ("products", "solutions") are set aside, the two share a
// word or one abbreviates the other, and `claim` names no place `page` lacks
// ("the smartphone market" may be the page's "India Smartphone"; "the
// U.S. wound care market" is not "Europe Wound Care"). Names that share no
// word ("Veterinary Diagnostics" on a pet insurance page) are two markets.
bool SameMarketName(std::string_view claim, std::string_view page);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_MARKET_NAMES_H_
