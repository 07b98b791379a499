// Reading the parts of a money figure as the pages write them.
#ifndef MARKETCLAIMS_EXTRACT_AMOUNTS_H_
#define MARKETCLAIMS_EXTRACT_AMOUNTS_H_

#include <optional>
#include <string>
#include <string_view>

#include "base/units.h"  // UnitMultiplier, for the units CanonicalUnit returns

namespace marketclaims {

// "1,272.81" -> 1272.81; nullopt when not a number.
std::optional<double> ParseNumber(std::string_view written);

// "Bn", "B", "billion" -> "billion"; "" for an absent or unknown unit.
std::string CanonicalUnit(std::string_view written);

// Indian pages count in crore (10^7), lakh (10^5) and lakh crore (10^12):
// rewrites `*value` in one of the units above ("500 crore" -> 5 billion,
// "2 lakh crore" -> 2 trillion) and returns true; false, untouched, for any
// other unit.
bool ScaleIndianUnit(std::string_view written, double* value, std::string* unit);

// "$", "US$", "USD", "dollars" -> "USD"; "€" -> "EUR"; "A$" -> "AUD";
// "C$" -> "CAD"; "" when unknown.
std::string CanonicalCurrency(std::string_view written);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_AMOUNTS_H_
