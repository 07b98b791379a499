// The size units the pages write, once read: "thousand", "million",
// "billion", "trillion" (extract/'s CanonicalUnit maps "Bn", "mln"... onto
// them). Extraction scales figures by them and reconciliation compares
// stored figures by them, so both must agree on one table.
#ifndef MARKETCLAIMS_BASE_UNITS_H_
#define MARKETCLAIMS_BASE_UNITS_H_

#include <string_view>

namespace marketclaims {

// 1e3, 1e6, 1e9 or 1e12 for a canonical unit, ignoring ASCII case; 1 for
// "" (a bare number) and for any other text.
double UnitMultiplier(std::string_view unit);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BASE_UNITS_H_
