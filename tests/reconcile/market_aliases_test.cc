// MarketAliases and alias files.
#include "reconcile/market_aliases.h"

#include <gtest/gtest.h>

#include "store/market_key.h"
#include "tests/store/test_util.h"

namespace marketclaims {
namespace {

using testing_util::TempDir;
using testing_util::WriteFile;

TEST(MarketAliasesTest, AnAliasCoversEveryWordingOfItsName) {
  MarketAliases aliases;
  std::string error;
  ASSERT_TRUE(aliases.Add("Cold Storage Logistics", "Cold Chain Logistics", &error)) << error;
  EXPECT_EQ(aliases.Resolve(CanonicalMarketKey("The Global Cold-Storage Logistics Industry")),
            CanonicalMarketKey("Cold Chain Logistics"));
  ASSERT_NE(aliases.NameOf(CanonicalMarketKey("cold chain logistics")), nullptr);
  EXPECT_EQ(*aliases.NameOf(CanonicalMarketKey("cold chain logistics")), "Cold Chain Logistics");
  // Unaliased keys are themselves.
  EXPECT_EQ(aliases.Resolve("dental"), "dental");
  EXPECT_EQ(aliases.NameOf("dental"), nullptr);
}

TEST(MarketAliasesTest, ChainsResolveAndCyclesAreRefused) {
  MarketAliases aliases;
  std::string error;
  ASSERT_TRUE(aliases.Add("Reefer Freight", "Cold Storage Logistics", &error));
  ASSERT_TRUE(aliases.Add("Cold Storage Logistics", "Cold Chain Logistics", &error));
  EXPECT_EQ(aliases.Resolve("reefer freight"), "cold chain logistic");
  EXPECT_FALSE(aliases.Add("Cold Chain Logistics", "Reefer Freight", &error));
  EXPECT_NE(error.find("cycle"), std::string::npos) << error;
  EXPECT_EQ(aliases.Resolve("reefer freight"), "cold chain logistic");
  // An alias of a name to another wording of itself changes nothing.
  EXPECT_TRUE(aliases.Add("Dental Market", "dental", &error));
  EXPECT_EQ(aliases.Resolve("dental"), "dental");
  EXPECT_FALSE(aliases.Add("The Market", "Dental", &error));
}

TEST(MarketAliasesTest, FileWithCommentsAndErrorsNamingTheLine) {
  TempDir dir;
  const std::string path = dir.File("aliases.txt");
  WriteFile(path,
            "# merges the key function cannot know\n"
            "\n"
            "Cold Storage Logistics = Cold Chain Logistics   # trailing comment\n"
            "  Photovoltaic Inverters=Solar Inverters\n");
  MarketAliases aliases;
  std::string error;
  ASSERT_TRUE(LoadAliasFile(path, &aliases, &error)) << error;
  EXPECT_EQ(aliases.Resolve("photovoltaic inverter"), "solar inverter");
  EXPECT_EQ(aliases.Resolve("cold storage logistic"), "cold chain logistic");

  WriteFile(path, "A = B\nno equals sign here\n");
  MarketAliases bad;
  EXPECT_FALSE(LoadAliasFile(path, &bad, &error));
  EXPECT_EQ(error.rfind(path + ":2: ", 0), 0u) << error;

  EXPECT_FALSE(LoadAliasFile(dir.File("missing.txt"), &bad, &error));
  EXPECT_NE(error.find("missing.txt"), std::string::npos) << error;
}

}  // namespace
}  // namespace marketclaims
