// Reconcile() against a real SQLite store: what is recorded, what a second
// run reports as new, superseded documents, aliases, reposts and rows keyed
// by an older key function.
#include "reconcile/reconcile.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <set>

#include "store/store.h"
#include "tests/store/test_util.h"

namespace marketclaims {
namespace {

using testing_util::OkFetch;
using testing_util::TempDir;
using testing_util::WriteFile;

constexpr int64_t kJune2024 = 1717200000;

MarketSize Size(double value, int year, const std::string& currency = "USD",
                Basis basis = Basis::kActual) {
  MarketSize s;
  s.value = value;
  s.unit = "billion";
  s.currency = currency;
  s.year = year;
  s.basis = basis;
  if (currency == "USD") s.usd = value * 1e9;
  s.evidence = "The market was worth " + currency + " " + std::to_string(value) + " billion.";
  return s;
}

Cagr Rate(double rate, int start, int end) {
  Cagr c;
  c.rate = rate;
  c.start = start;
  c.end = end;
  c.evidence = "It grows at " + std::to_string(rate) + "% a year.";
  return c;
}

class ReconcileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.File("corpus.db");
    ASSERT_EQ(OpenSqliteStore(path_, StoreOptions(), &store_).ToString(), "OK");
  }

  void Ingest(const std::string& url, const std::string& market, std::vector<MarketSize> sizes,
              std::vector<Cagr> rates = {}, const std::string& raw = "") {
    Extraction e;
    e.source = url;
    e.title = market + " report";
    e.market = market;
    e.sizes = std::move(sizes);
    e.cagrs = std::move(rates);
    IngestResult result;
    const std::string content =
        raw.empty() ? "<p>" + url + " " + std::to_string(++pages_) + "</p>" : raw;
    ASSERT_EQ(
        store_->IngestPage(OkFetch(url, kJune2024 + pages_), content, "", e, &result).ToString(),
        "OK");
  }

  ReconcileSummary Run(ReconcileOptions options = ReconcileOptions()) {
    ReconcileSummary summary;
    EXPECT_EQ(Reconcile(store_.get(), options, &summary).ToString(), "OK");
    return summary;
  }

  std::vector<StoredConflict> List(const std::string& key = "") {
    std::vector<StoredConflict> out;
    EXPECT_EQ(store_->ListConflicts(key, &out).ToString(), "OK");
    return out;
  }

  TempDir dir_;
  std::string path_;
  std::string error_;
  std::unique_ptr<Store> store_;
  int pages_ = 0;
};

TEST_F(ReconcileTest, RecordsConflictsAndASecondRunFindsNoneNew) {
  Ingest("https://a.example.com/widgets", "Global Widgets Market", {Size(100, 2024)});
  Ingest("https://b.example.org/widget", "widget industry", {Size(150, 2024)});
  ReconcileOptions options;
  options.now = 1000;
  ReconcileSummary first = Run(options);
  EXPECT_EQ(first.markets, 1);
  EXPECT_EQ(first.claims, 2);
  EXPECT_EQ(first.conflicts, 1);
  EXPECT_EQ(first.new_conflicts, 1);

  options.now = 2000;
  ReconcileSummary second = Run(options);
  EXPECT_EQ(second.conflicts, 1);
  EXPECT_EQ(second.new_conflicts, 0);

  std::vector<StoredConflict> listed = List();
  ASSERT_EQ(listed.size(), 1u);
  const StoredConflict& c = listed[0];
  EXPECT_EQ(c.kind, "size_disagreement");
  EXPECT_EQ(c.market_key, "widget");
  EXPECT_EQ(c.year, 2024);
  EXPECT_EQ(c.first_found, 1000);
  EXPECT_EQ(c.found_at, 2000);
  EXPECT_NEAR(c.spread, 1.5, 1e-9);
  ASSERT_EQ(c.claims.size(), 2u);
  EXPECT_EQ(c.claims[0].url, "https://a.example.com/widgets");
  EXPECT_EQ(c.claims[0].value, 100);
  EXPECT_EQ(c.claims[0].unit, "billion");
  EXPECT_EQ(c.claims[0].currency, "USD");
  EXPECT_EQ(c.claims[0].year, 2024);
  EXPECT_FALSE(c.claims[0].evidence.empty());
  EXPECT_EQ(c.claims[1].url, "https://b.example.org/widget");

  // A third source changes the finding: it is new, the old one is gone.
  Ingest("https://c.example.net/w", "Widgets", {Size(160, 2024)});
  ReconcileSummary third = Run(options);
  EXPECT_EQ(third.conflicts, 1);
  EXPECT_EQ(third.new_conflicts, 1);
  EXPECT_EQ(List().at(0).claims.size(), 3u);
}

TEST_F(ReconcileTest, SupersededContentIsNotCompared) {
  Ingest("https://a.example.com/r", "Widget", {Size(100, 2024)});
  Ingest("https://b.example.com/r", "Widget", {Size(150, 2024)});
  EXPECT_EQ(Run().conflicts, 1);
  // The second source corrects itself: its old figure becomes history.
  Ingest("https://b.example.com/r", "Widget", {Size(105, 2024)});
  ReconcileSummary after = Run();
  EXPECT_EQ(after.claims, 2);
  EXPECT_EQ(after.conflicts, 0);
  EXPECT_TRUE(List().empty());
}

TEST_F(ReconcileTest, RepostAtTwoUrlsAgreesWithItself) {
  const std::string raw = "<html><body>the same release, reposted</body></html>";
  Ingest("https://news.example.com/release", "Widget", {Size(14.6, 2023), Size(17.9, 2023)}, {},
         raw);
  Ingest("https://mirror.example.org/release", "Widget", {Size(14.6, 2023), Size(17.9, 2023)}, {},
         raw);
  Ingest("https://other.example.net/r", "Widget", {Size(14.6, 2023)});
  EXPECT_EQ(Run().conflicts, 1);
  std::vector<StoredConflict> listed = List();
  ASSERT_EQ(listed.size(), 1u);
  // 14.6 from two distinct contents, 17.9 from the reposted one.
  ASSERT_EQ(listed[0].claims.size(), 3u);
  // The reposted figures name both URLs: the smaller as source, the other
  // under also_at.
  std::set<std::string> urls;
  for (const ConflictClaim& k : listed[0].claims) {
    if (k.value == 17.9) {
      urls.insert(k.url);
      urls.insert(k.also_at.begin(), k.also_at.end());
    }
  }
  EXPECT_EQ(urls, (std::set<std::string>{"https://mirror.example.org/release",
                                         "https://news.example.com/release"}));
}

TEST_F(ReconcileTest, AliasesFromTheTableTheFileAndOptions) {
  Ingest("https://a.example.com/r", "Cold Chain Logistics", {Size(300, 2024)});
  Ingest("https://b.example.com/r", "Cold Storage Logistics", {Size(400, 2024)});
  Ingest("https://c.example.com/r", "Reefer Freight", {Size(500, 2024)});
  EXPECT_EQ(Run().conflicts, 0);
  EXPECT_EQ(Run().markets, 3);

  ASSERT_EQ(store_->AddMarketAlias("Cold Storage Logistics", "Cold Chain Logistics").ToString(),
            "OK");
  ReconcileSummary table = Run();
  EXPECT_EQ(table.markets, 2);
  EXPECT_EQ(table.conflicts, 1);
  EXPECT_EQ(List().at(0).market, "Cold Chain Logistics");
  EXPECT_EQ(List("cold chain logistic").size(), 1u);
  EXPECT_TRUE(List("dental").empty());

  const std::string file = dir_.File("aliases.txt");
  WriteFile(file, "Reefer Freight = Cold Storage Logistics\n");
  ReconcileOptions options;
  options.aliases_file = file;
  ReconcileSummary with_file = Run(options);
  EXPECT_EQ(with_file.markets, 1);
  ASSERT_EQ(List().size(), 1u);
  EXPECT_EQ(List()[0].claims.size(), 3u);

  // A broken alias file fails the run and leaves the recorded conflicts.
  WriteFile(file, "Reefer Freight\n");
  ReconcileSummary summary;
  Status status = Reconcile(store_.get(), options, &summary);
  EXPECT_TRUE(status.IsBadInput()) << status.ToString();
  EXPECT_NE(status.message().find(file + ":1:"), std::string::npos) << status.message();
  EXPECT_EQ(List().size(), 1u);

  ReconcileOptions inline_alias;
  inline_alias.aliases = {{"Reefer Freight", "Cold Chain Logistics"}};
  EXPECT_EQ(Run(inline_alias).markets, 1);
}

TEST_F(ReconcileTest, AcronymsSpelledOutElsewhereMeet) {
  Ingest("https://a.example.com/r", "Artificial Intelligence in Healthcare", {Size(10, 2024)});
  Ingest("https://b.example.com/r", "AI in Healthcare", {Size(20, 2024)});
  EXPECT_EQ(Run().markets, 2);
  // Another market's name says what AI stands for.
  Ingest("https://c.example.com/r", "Artificial Intelligence (AI) in Agriculture", {Size(1, 2024)});
  ReconcileSummary summary = Run();
  EXPECT_EQ(summary.markets, 2);
  EXPECT_EQ(summary.conflicts, 1);
  EXPECT_EQ(List("ai in healthcare").size(), 1u);
  // An alias written in full meets the short form too.
  Ingest("https://d.example.com/r", "Clinical Artificial Intelligence", {Size(30, 2024)});
  ReconcileOptions options;
  options.aliases = {{"Clinical Artificial Intelligence", "Artificial Intelligence in Healthcare"}};
  EXPECT_EQ(Run(options).markets, 2);
  EXPECT_EQ(List("ai in healthcare").at(0).claims.size(), 3u);
}

TEST_F(ReconcileTest, DifferentMarketsStayApart) {
  Ingest("https://a.example.com/dental", "Global Dental Market", {Size(40, 2024)});
  Ingest("https://b.example.com/implants", "Dental Implants", {Size(5, 2024)});
  ReconcileSummary summary = Run();
  EXPECT_EQ(summary.markets, 2);
  EXPECT_EQ(summary.conflicts, 0);
}

TEST_F(ReconcileTest, EveryKindIsRecordedAndListed) {
  Ingest("https://a.example.com/r", "Widget",
         {Size(100, 2024), Size(200, 2030, "USD", Basis::kForecast)}, {Rate(20, 2024, 2030)});
  Ingest("https://b.example.com/r", "Widget", {Size(130, 2024)}, {Rate(140, 2025, 2031)});
  Run();
  std::map<std::string, int> kinds;
  for (const StoredConflict& c : List()) ++kinds[c.kind];
  EXPECT_EQ(kinds["size_disagreement"], 1);
  EXPECT_EQ(kinds["cagr_disagreement"], 1);
  EXPECT_EQ(kinds["inconsistent_projection"], 1);  // 100 -> 200 in 6 years is 12.2%, not 20%
  EXPECT_EQ(kinds["implausible"], 1);
}

TEST_F(ReconcileTest, RowsKeyedByAnOlderKeyFunctionStillMeet) {
  Ingest("https://a.example.com/r", "Solar Inverters", {Size(24.8, 2030)});
  {
    // The first key function kept plurals: "solar inverters".
    SQLite::Database db(path_, SQLite::OPEN_READWRITE);
    db.exec("UPDATE markets SET key = 'solar inverters'");
  }
  Ingest("https://b.example.com/r", "Solar Inverter", {Size(29.2, 2030)});
  ReconcileSummary summary = Run();
  EXPECT_EQ(summary.markets, 1);
  EXPECT_EQ(summary.conflicts, 1);
}

}  // namespace
}  // namespace marketclaims
