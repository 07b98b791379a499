// Reading the parts of a money figure as the pages write them.
#ifndef MARKETCLAIMS_EXTRACT_AMOUNTS_H_
#define MARKETCLAIMS_EXTRACT_AMOUNTS_H_

#include <optional>
#include <string>
#include <string_view>

namespace marketclaims {

// "1,272.81" -> 1272.81; nullopt when not a number.
std::optional<double> ParseNumber(std::string_view written);

// "Bn", "B", "billion" -> "billion"; "" for an absent or unknown unit.
std::string CanonicalUnit(std::string_view written);

// 1e3 / 1e6 / 1e9 / 1e12, or 1 for "".
double UnitMultiplier(std::string_view canonical_unit);

// "$", "US$", "USD", "dollars" -> "USD"; "€" -> "EUR"; "" when unknown.
std::string CanonicalCurrency(std::string_view written);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_AMOUNTS_H_
