// CanonicalMarketKey: the key under which differently worded names of one
// market meet ("The Global Widgets Market", "widget industry" and
// "Widget-Market" -> "widget"), while different markets stay apart
// ("Dental Implants" -> "dental implant" is not "dental").
//
// It lives alone in this file so that a better key function can replace it;
// reconcile re-keys stored market names with whatever this returns today, so
// rows keyed by an older version still meet.
#ifndef MARKETCLAIMS_STORE_MARKET_KEY_H_
#define MARKETCLAIMS_STORE_MARKET_KEY_H_

#include <map>
#include <string>
#include <string_view>

namespace marketclaims {

// Lower-cases (ASCII, Latin-1, Latin Extended-A, Greek, Cyrillic), turns
// punctuation into spaces and "&" into "and", drops apostrophes, collapses
// a parenthesised acronym that spells the words before it into the acronym
// ("Artificial Intelligence (AI) in X" -> "ai in x"), drops leading
// "global"/"worldwide"/"the" and trailing "market(s)"/"industry"/"industries",
// and makes each word singular ("inverters" -> "inverter", "batteries" ->
// "battery"). Invalid UTF-8 bytes count as spaces. May return "" (no market).
std::string CanonicalMarketKey(std::string_view name);

// The acronyms a name spells out ("Internet of Things (IoT) Security" adds
// "internet of thing" -> "iot"), keyed as CanonicalMarketKey keys words, so
// that names elsewhere written only in full can meet the short form.
void LearnAcronyms(std::string_view name, std::map<std::string, std::string>* expansions);

// `key` with each expansion of two or more words (the longest first)
// replaced by its acronym: "internet of thing platform" -> "iot platform".
std::string ApplyAcronyms(const std::string& key,
                          const std::map<std::string, std::string>& expansions);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_STORE_MARKET_KEY_H_
