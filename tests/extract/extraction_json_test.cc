#include "extract/extraction_json.h"

#include <gtest/gtest.h>

#include "tests/util/mini_json.h"

namespace marketclaims {
namespace {

TEST(ExtractionJson, RoundTripsThroughAParser) {
  Extraction x;
  x.source = "pages/a.html";
  x.market = "Bio \"CMO\"";
  MarketSize s;
  s.value = 1272.81;
  s.unit = "billion";
  s.currency = "USD";
  s.year = 2034;
  s.basis = Basis::kForecast;
  s.usd = 1272.81e9;
  s.evidence = "line\nbreak";
  x.sizes.push_back(s);
  x.cagrs.push_back({7.8, 2022, std::nullopt, "e", 3, ""});
  x.regions.push_back({"Asia-Pacific", "Asia Pacific"});
  Cagr other{3.1, std::nullopt, std::nullopt, "f", 9, "Furnace"};
  x.cagrs.push_back(other);
  testing_util::JsonValue v;
  std::string error;
  ASSERT_TRUE(testing_util::ParseJson(ExtractionToJson(x), &v, &error)) << error;
  // A claim about the page's market carries no "market" key.
  EXPECT_FALSE(v["sizes"].array[0].object.count("market"));
  EXPECT_FALSE(v["cagrs"].array[0].object.count("market"));
  EXPECT_EQ(v["cagrs"].array[1]["market"].string, "Furnace");
  EXPECT_EQ(v["market"].string, "Bio \"CMO\"");
  EXPECT_EQ(v["sizes"].array[0]["value"].number, 1272.81);
  EXPECT_EQ(v["sizes"].array[0]["basis"].string, "forecast");
  EXPECT_EQ(v["sizes"].array[0]["evidence"].string, "line\nbreak");
  EXPECT_TRUE(v["cagrs"].array[0]["end"].is_null());
  EXPECT_EQ(v["regions"].array[0]["canonical"].string, "Asia Pacific");
  EXPECT_TRUE(v["players"].array.empty());
  for (const char* key :
       {"source", "title", "market", "sizes", "cagrs", "segments", "regions", "players", "faqs"}) {
    EXPECT_TRUE(v.object.count(key)) << key;
  }
}

}  // namespace
}  // namespace marketclaims
