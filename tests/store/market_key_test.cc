#include "store/market_key.h"

#include <gtest/gtest.h>

namespace marketclaims {
namespace {

TEST(MarketKeyTest, DifferentWordingsMeet) {
  EXPECT_EQ(CanonicalMarketKey("The Global Smart Widget Market"), "smart widget");
  EXPECT_EQ(CanonicalMarketKey("smart widget industry"), "smart widget");
  EXPECT_EQ(CanonicalMarketKey("Smart-Widget Markets"), "smart widget");
  EXPECT_EQ(CanonicalMarketKey("  global   SMART widget, market. "), "smart widget");
}

TEST(MarketKeyTest, KeepsInnerWordsAndNonAscii) {
  EXPECT_EQ(CanonicalMarketKey("Stock Market Software"), "stock market software");
  EXPECT_EQ(CanonicalMarketKey("Global Café Équipement Market"), "café équipement");
}

TEST(MarketKeyTest, NothingLeftIsEmpty) {
  EXPECT_EQ(CanonicalMarketKey(""), "");
  EXPECT_EQ(CanonicalMarketKey("The Global Market"), "");
  EXPECT_EQ(CanonicalMarketKey("!!!"), "");
}

}  // namespace
}  // namespace marketclaims
