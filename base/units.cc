#include "base/units.h"

#include "base/text_util.h"

namespace marketclaims {

double UnitMultiplier(std::string_view unit) {
  if (EqualsIgnoreCase(unit, "thousand")) return 1e3;
  if (EqualsIgnoreCase(unit, "million")) return 1e6;
  if (EqualsIgnoreCase(unit, "billion")) return 1e9;
  if (EqualsIgnoreCase(unit, "trillion")) return 1e12;
  return 1;
}

}  // namespace marketclaims
