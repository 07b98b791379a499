// The [reconcile] section of the config file and the flag value parsers.
#include "reconcile/reconcile_config.h"

#include <gtest/gtest.h>

#include "tests/store/test_util.h"

namespace marketclaims {
namespace {

using testing_util::TempDir;
using testing_util::WriteFile;

bool Apply(const std::string& text, ReconcileOptions* options, std::string* error) {
  toml::table root = toml::parse(std::string_view(text), std::string("/etc/mc/config.toml"));
  const toml::table* section = root["reconcile"].as_table();
  EXPECT_NE(section, nullptr);
  return ApplyReconcileConfig(*section, "/etc/mc/config.toml", options, error);
}

TEST(ReconcileConfigTest, EveryKey) {
  ReconcileOptions options;
  std::string error;
  ASSERT_TRUE(
      Apply("[reconcile]\n"
            "size_tolerance = 0.2\n"
            "cagr_tolerance = 2\n"
            "projection_tolerance = 1.5\n"
            "aliases = \"aliases.txt\"\n"
            "stale_forecasts = false\n"
            "[reconcile.exchange_rates]\n"
            "EUR = 1.08\n"
            "gbp = 1\n",
            &options, &error))
      << error;
  EXPECT_DOUBLE_EQ(options.size_tolerance, 0.2);
  EXPECT_DOUBLE_EQ(options.cagr_tolerance_points, 2);
  EXPECT_DOUBLE_EQ(options.projection_tolerance_points, 1.5);
  EXPECT_EQ(options.aliases_file, "/etc/mc/aliases.txt");
  EXPECT_FALSE(options.stale_forecasts);
  EXPECT_DOUBLE_EQ(options.usd_per_unit.at("EUR"), 1.08);
  EXPECT_DOUBLE_EQ(options.usd_per_unit.at("GBP"), 1.0);
}

TEST(ReconcileConfigTest, ErrorsNameTheLineAndChangeNothing) {
  ReconcileOptions options;
  std::string error;
  EXPECT_FALSE(
      Apply("[reconcile]\nsize_tolerance = 0.2\ncagr_tolerance = \"one\"\n", &options, &error));
  EXPECT_EQ(error.rfind("/etc/mc/config.toml:3: ", 0), 0u) << error;
  EXPECT_DOUBLE_EQ(options.size_tolerance, 0.10);  // untouched
  EXPECT_FALSE(Apply("[reconcile]\n\nsize_tolerence = 0.2\n", &options, &error));
  EXPECT_EQ(error.rfind("/etc/mc/config.toml:3: ", 0), 0u) << error;
  EXPECT_NE(error.find("size_tolerence"), std::string::npos) << error;
  EXPECT_FALSE(Apply("[reconcile]\nsize_tolerance = -0.1\n", &options, &error));
  EXPECT_FALSE(Apply("[reconcile]\n[reconcile.exchange_rates]\nEUR = 0\n", &options, &error));
  EXPECT_EQ(error.rfind("/etc/mc/config.toml:3: ", 0), 0u) << error;
  EXPECT_FALSE(Apply("[reconcile]\nexchange_rates = 3\n", &options, &error));
  EXPECT_FALSE(Apply("[reconcile]\nstale_forecasts = 1\n", &options, &error));
}

TEST(ReconcileConfigTest, LoadReadsOnlyItsSection) {
  TempDir dir;
  const std::string path = dir.File("config.toml");
  WriteFile(path, "db = \"x.db\"\n[crawl]\nmax_pages = 3\n[reconcile]\ncagr_tolerance = 0.5\n");
  ReconcileOptions options;
  std::string error;
  ASSERT_TRUE(LoadReconcileConfig(path, &options, &error)) << error;
  EXPECT_DOUBLE_EQ(options.cagr_tolerance_points, 0.5);
  WriteFile(path, "[reconcile\n");
  EXPECT_FALSE(LoadReconcileConfig(path, &options, &error));
  EXPECT_EQ(error.rfind(path + ":1: ", 0), 0u) << error;
  EXPECT_FALSE(LoadReconcileConfig(dir.File("none.toml"), &options, &error));
}

TEST(ReconcileConfigTest, FlagValues) {
  double v = 0;
  EXPECT_TRUE(ParseSizeTolerance("0.15", &v));
  EXPECT_DOUBLE_EQ(v, 0.15);
  EXPECT_TRUE(ParseSizeTolerance("15%", &v));
  EXPECT_DOUBLE_EQ(v, 0.15);
  EXPECT_FALSE(ParseSizeTolerance("", &v));
  EXPECT_FALSE(ParseSizeTolerance("-1", &v));
  EXPECT_FALSE(ParseSizeTolerance("ten", &v));
  EXPECT_FALSE(ParseSizeTolerance("nan", &v));
  EXPECT_TRUE(ParsePoints("1.5", &v));
  EXPECT_DOUBLE_EQ(v, 1.5);
  std::string currency;
  EXPECT_TRUE(ParseExchangeRate("eur=1.08", &currency, &v));
  EXPECT_EQ(currency, "EUR");
  EXPECT_DOUBLE_EQ(v, 1.08);
  EXPECT_FALSE(ParseExchangeRate("EUR", &currency, &v));
  EXPECT_FALSE(ParseExchangeRate("=1", &currency, &v));
  EXPECT_FALSE(ParseExchangeRate("EUR=0", &currency, &v));
  EXPECT_FALSE(ParseExchangeRate("E-R=1", &currency, &v));
}

}  // namespace
}  // namespace marketclaims
