// Fixed vocabularies the rules consult: region and country names with their
// canonical forms, company-name suffixes, and segment dimension names.
#ifndef MARKETCLAIMS_EXTRACT_GAZETTEER_H_
#define MARKETCLAIMS_EXTRACT_GAZETTEER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace marketclaims {

// The canonical name of a region or country ("APAC", "Asia-Pacific" ->
// "Asia Pacific"; "U.S." -> "United States"), or "" when `name` is not one.
// A leading "the" and a parenthesised abbreviation are ignored.
std::string CanonicalRegion(std::string_view name);

// The normalised spellings of every region and country the gazetteer knows
// (lower case, "&" as "and", no dots or hyphens), for RegionMatcher.
std::vector<std::string_view> RegionKeys();

// True when `word` is a company legal suffix (Inc, Ltd, GmbH, S.A. ...).
bool IsCompanySuffix(std::string_view word);

// Maps a dimension as written ("Product Type", "End-User") to the stored
// one: "type", "application", or the lowercase name itself. Returns "region"
// for geography dimensions.
std::string CanonicalDimension(std::string_view written);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_GAZETTEER_H_
