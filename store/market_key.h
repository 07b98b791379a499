// CanonicalMarketKey: the key under which differently worded names of one
// market meet ("The Global Widget Market" and "widget industry" -> "widget").
// This first version is deliberately simple; it lives alone in this file so
// a better key function can replace it (existing rows are then re-keyed by a
// migration or by `reextract`).
#ifndef MARKETCLAIMS_STORE_MARKET_KEY_H_
#define MARKETCLAIMS_STORE_MARKET_KEY_H_

#include <string>
#include <string_view>

namespace marketclaims {

// ASCII-lowercases, turns ASCII punctuation into spaces, collapses spaces,
// drops leading "global"/"the" words and trailing "market(s)"/"industry"
// words. Non-ASCII bytes are kept as they are. May return "" (no market).
std::string CanonicalMarketKey(std::string_view name);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_STORE_MARKET_KEY_H_
