#include "base/units.h"

#include <gtest/gtest.h>

namespace marketclaims {
namespace {

TEST(UnitMultiplier, ScalesEachCanonicalUnit) {
  EXPECT_EQ(UnitMultiplier("thousand"), 1e3);
  EXPECT_EQ(UnitMultiplier("million"), 1e6);
  EXPECT_EQ(UnitMultiplier("billion"), 1e9);
  EXPECT_EQ(UnitMultiplier("trillion"), 1e12);
}

TEST(UnitMultiplier, IgnoresCaseAsStoredUnitsMayNot) {
  EXPECT_EQ(UnitMultiplier("Billion"), 1e9);
  EXPECT_EQ(UnitMultiplier("MILLION"), 1e6);
}

TEST(UnitMultiplier, BareNumbersAndUnknownWordsAreOnes) {
  EXPECT_EQ(UnitMultiplier(""), 1);
  EXPECT_EQ(UnitMultiplier("bn"), 1);  // not canonical: extract/ maps it first
  EXPECT_EQ(UnitMultiplier("billions"), 1);
  EXPECT_EQ(UnitMultiplier("%"), 1);
}

}  // namespace
}  // namespace marketclaims
