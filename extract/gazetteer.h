// Fixed vocabularies the rules consult: region and country names with their
// canonical forms, company-name suffixes, and segment dimension names.
#ifndef MARKETCLAIMS_EXTRACT_GAZETTEER_H_
#define MARKETCLAIMS_EXTRACT_GAZETTEER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace marketclaims {

// The canonical name of a region or country ("APAC", "Asia-Pacific" ->
// "Asia Pacific"; "U.S." -> "United States"), or "" when `name` is not one.
// A leading "the" and a parenthesised abbreviation are ignored.
std::string CanonicalRegion(std::string_view name);

// Length of the longest region name at the start of `text` (word-bounded),
// or 0.
std::size_t RegionPrefixLength(std::string_view text);

// True when `word` is a company legal suffix (Inc, Ltd, GmbH, S.A. ...).
bool IsCompanySuffix(std::string_view word);

// Maps a dimension as written ("Product Type", "End-User") to the stored
// one: "type", "application", or the lowercase name itself. Returns "region"
// for geography dimensions.
std::string CanonicalDimension(std::string_view written);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_GAZETTEER_H_
