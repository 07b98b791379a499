#include "base/format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

namespace marketclaims {
namespace {

TEST(FormatNumber, ShortestTextThatReadsBack) {
  EXPECT_EQ(FormatNumber(2.5), "2.5");
  EXPECT_EQ(FormatNumber(1000000), "1000000");
  EXPECT_EQ(FormatNumber(0.1), "0.1");
  EXPECT_EQ(FormatNumber(20.6e9), "20600000000");
  for (double v : {1272.81, 1.0 / 3, 7.8, 1e-7, 123456789.123}) {
    EXPECT_EQ(std::strtod(FormatNumber(v).c_str(), nullptr), v) << v;
  }
}

TEST(FormatNumber, NonFiniteIsEmpty) {
  EXPECT_EQ(FormatNumber(std::nan("")), "");
  EXPECT_EQ(FormatNumber(HUGE_VAL), "");
}

TEST(Times, IsoAndReadableUtc) {
  EXPECT_EQ(IsoTime(0), "1970-01-01T00:00:00Z");
  EXPECT_EQ(IsoTime(1795782179), "2026-11-27T12:22:59Z");
  EXPECT_EQ(ReadableTime(1795782179), "2026-11-27 12:22:59 UTC");
}

}  // namespace
}  // namespace marketclaims
