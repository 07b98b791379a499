// `marketclaims reconcile` and `marketclaims conflicts`, run as the real
// binary over the fixture pages.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "tests/store/test_util.h"
#include "tests/util/mini_json.h"
#include "tests/util/process.h"

namespace marketclaims {
namespace {

using testing_util::JsonValue;
using testing_util::ProcessResult;
using testing_util::TempDir;
using testing_util::WriteFile;

class ReconcileCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = dir_.File("corpus.db");
    config_ = dir_.File("marketclaims.toml");
    // The fixture list is judged without fetch dates (see
    // fixtures_conflicts_test.cc), so the stale-forecast rule is off here.
    WriteFile(config_, "[reconcile]\nstale_forecasts = false\n");
    ProcessResult ingest = Run({"ingest", "--db", db_, std::string(MC_FIXTURES_DIR) + "/pages"});
    ASSERT_EQ(ingest.exit_status, 0) << ingest.err;
  }

  ProcessResult Run(const std::vector<std::string>& args) {
    return testing_util::Run(args, dir_.path());
  }

  JsonValue Json(const std::vector<std::string>& args) {
    ProcessResult r = Run(args);
    EXPECT_EQ(r.exit_status, 0) << r.err;
    JsonValue v;
    std::string error;
    EXPECT_TRUE(testing_util::ParseJson(r.out, &v, &error)) << error << "\n" << r.out;
    EXPECT_EQ(v.type, JsonValue::kArray);
    return v;
  }

  TempDir dir_;
  std::string db_;
  std::string config_;
};

TEST_F(ReconcileCommandTest, ReconcileThenListAsJson) {
  ProcessResult first = Run({"reconcile", "--db", db_, "--config", config_});
  ASSERT_EQ(first.exit_status, 0) << first.err;
  EXPECT_NE(first.out.find("14 conflicts (14 new)"), std::string::npos) << first.out;
  ProcessResult second = Run({"reconcile", "--db", db_, "--config", config_});
  EXPECT_NE(second.out.find("14 conflicts (0 new)"), std::string::npos) << second.out;

  JsonValue all = Json({"conflicts", "--db", db_, "--json"});
  ASSERT_EQ(all.array.size(), 14u);
  std::map<std::string, int> kinds;
  for (const JsonValue& c : all.array) {
    ++kinds[c["kind"].string];
    EXPECT_FALSE(c["market"].string.empty());
    EXPECT_FALSE(c["market_key"].string.empty());
    EXPECT_EQ(c["spread"].type, JsonValue::kNumber);
    EXPECT_FALSE(c["explanation"].string.empty());
    ASSERT_FALSE(c["claims"].array.empty());
    for (const JsonValue& k : c["claims"].array) {
      EXPECT_EQ(k["source"].string.rfind("file://", 0), 0u);
      EXPECT_FALSE(k["evidence"].string.empty());
      if (k["kind"].string == "size") {
        EXPECT_EQ(k["value"].type, JsonValue::kNumber);
        EXPECT_EQ(k["unit"].string, "billion");
        EXPECT_EQ(k["currency"].string, "USD");
        EXPECT_EQ(k["year"].type, JsonValue::kNumber);
      } else {
        EXPECT_EQ(k["rate"].type, JsonValue::kNumber);
        EXPECT_EQ(k["end"].type, JsonValue::kNumber);
      }
    }
    if (c["kind"].string == "size_disagreement") {
      EXPECT_EQ(c["year"].type, JsonValue::kNumber);
    } else {
      EXPECT_NE(c.object.count("start"), 0u);
      EXPECT_NE(c.object.count("end"), 0u);
    }
  }
  EXPECT_EQ(kinds["size_disagreement"], 3);
  EXPECT_EQ(kinds["cagr_disagreement"], 7);
  EXPECT_EQ(kinds["inconsistent_projection"], 3);
  EXPECT_EQ(kinds["implausible"], 1);

  // Any wording of a market name selects it.
  EXPECT_EQ(
      Json({"conflicts", "--db", db_, "--json", "--market", "Global Solar Inverters Industry"})
          .array.size(),
      2u);
  EXPECT_EQ(
      Json({"conflicts", "--db", db_, "--json", "--market", "AI in Agriculture"}).array.size(), 2u);
  EXPECT_EQ(Json({"conflicts", "--db", db_, "--json", "--kind", "implausible"}).array.size(), 1u);
  EXPECT_EQ(Json({"conflicts", "--db", db_, "--json", "--market", "Dental Implants"}).array.size(),
            0u);

  ProcessResult text = Run({"conflicts", "--db", db_, "--market", "cold chain logistics"});
  EXPECT_EQ(text.exit_status, 0);
  EXPECT_NE(text.out.find("size_disagreement  Cold Chain Logistics  2024"), std::string::npos)
      << text.out;
}

TEST_F(ReconcileCommandTest, FlagsOverrideTheConfig) {
  ProcessResult r = Run({"reconcile", "--db", db_, "--config", config_, "--size-tolerance", "20%",
                         "--cagr-tolerance", "10"});
  ASSERT_EQ(r.exit_status, 0) << r.err;
  JsonValue all = Json({"conflicts", "--db", db_, "--json"});
  std::map<std::string, int> kinds;
  for (const JsonValue& c : all.array) ++kinds[c["kind"].string];
  EXPECT_EQ(kinds["size_disagreement"], 1);  // only the 1.226 within one page
  EXPECT_EQ(kinds["cagr_disagreement"], 1);  // only 21.4 vs 140
}

TEST_F(ReconcileCommandTest, ExitStatuses) {
  EXPECT_EQ(Run({"reconcile", "--help"}).exit_status, 0);
  EXPECT_EQ(Run({"conflicts", "--help"}).exit_status, 0);
  EXPECT_EQ(Run({"reconcile", "--db", db_, "--bogus"}).exit_status, 2);
  EXPECT_EQ(Run({"reconcile", "--db", db_, "--size-tolerance", "lots"}).exit_status, 2);
  EXPECT_EQ(Run({"reconcile", "--db", db_, "--exchange-rate", "EUR"}).exit_status, 2);
  EXPECT_EQ(Run({"reconcile", "--db", db_, "--aliases", dir_.File("none.txt")}).exit_status, 2);
  WriteFile(dir_.File("bad.toml"), "[reconcile]\nsize_tolerance = \"x\"\n");
  ProcessResult bad = Run({"reconcile", "--db", db_, "--config", dir_.File("bad.toml")});
  EXPECT_EQ(bad.exit_status, 2);
  EXPECT_NE(bad.err.find("bad.toml:2:"), std::string::npos) << bad.err;
  {
    // Aliases forming a cycle in the table: the user's to fix.
    SQLite::Database db(db_, SQLite::OPEN_READWRITE);
    db.exec("INSERT INTO market_aliases VALUES ('Dental', 'Tooth Care'), ('Tooth Care', 'Dental')");
  }
  ProcessResult cycle = Run({"reconcile", "--db", db_});
  EXPECT_EQ(cycle.exit_status, 2);
  EXPECT_NE(cycle.err.find("market_aliases"), std::string::npos) << cycle.err;
  EXPECT_EQ(Run({"conflicts", "--db", db_, "--kind", "rumour"}).exit_status, 2);
  EXPECT_EQ(Run({"conflicts", "--db", dir_.File("missing/x.db")}).exit_status, 4);
  EXPECT_EQ(Run({"reconcile", "--db", dir_.File("missing/x.db")}).exit_status, 4);
}

TEST_F(ReconcileCommandTest, AliasFileMergesMarkets) {
  // Merging Dental Implants into Dental (wrongly, for the test) makes their
  // 2024 sizes (about 5 vs about 40 billion) disagree.
  WriteFile(dir_.File("aliases.txt"), "Dental Implants = Dental\n");
  ASSERT_EQ(Run({"reconcile", "--db", db_, "--config", config_}).exit_status, 0);
  const size_t before =
      Json({"conflicts", "--db", db_, "--json", "--market", "dental"}).array.size();
  ASSERT_EQ(
      Run({"reconcile", "--db", db_, "--config", config_, "--aliases", dir_.File("aliases.txt")})
          .exit_status,
      0);
  JsonValue merged = Json({"conflicts", "--db", db_, "--json", "--market", "dental"});
  EXPECT_GT(merged.array.size(), before);
  bool size_2024 = false;
  for (const JsonValue& c : merged.array) {
    size_2024 = size_2024 || (c["kind"].string == "size_disagreement" && c["year"].number == 2024);
  }
  EXPECT_TRUE(size_2024);
}

}  // namespace
}  // namespace marketclaims
