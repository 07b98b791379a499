// The shared extract-and-store path with the real extractor: what the
// ingest command and the crawler's page sink (tests/pipeline) both run.
#include "store/ingest.h"

#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "tests/store/test_util.h"

namespace marketclaims {
namespace {

using testing_util::OkFetch;
using testing_util::ReportPage;
using testing_util::TempDir;

int64_t Query(const std::string& db_path, const std::string& sql) {
  SQLite::Database db(db_path, SQLite::OPEN_READONLY);
  return db.execAndGet(sql).getInt64();
}

class IngestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.File("corpus.db");
    ASSERT_EQ(OpenSqliteStore(path_, StoreOptions(), &store_).ToString(), "OK");
  }
  TempDir dir_;
  std::string path_, error_;
  std::unique_ptr<Store> store_;
  Extractor extractor_;
};

TEST_F(IngestTest, OnePageStoresWhatTheExtractorFinds) {
  const std::string page = ReportPage(4);
  Extraction expected;
  ASSERT_TRUE(extractor_.Extract(page, "", "x", &expected, &error_)) << error_;
  ASSERT_FALSE(expected.sizes.empty());

  PageStored stored;
  ASSERT_EQ(IngestOnePage(extractor_, store_.get(), OkFetch("https://r.example/4", 100), page, "",
                          &stored)
                .ToString(),
            "OK");
  EXPECT_EQ(stored.status.ToString(), "OK");
  EXPECT_EQ(stored.result.outcome, IngestOutcome::kNewDocument);
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM claims"),
            static_cast<int64_t>(expected.sizes.size() + expected.cagrs.size()));
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM players"),
            static_cast<int64_t>(expected.players.size()));

  ASSERT_EQ(IngestOnePage(extractor_, store_.get(), OkFetch("https://r.example/4", 200), page, "",
                          &stored)
                .ToString(),
            "OK");
  EXPECT_EQ(stored.result.outcome, IngestOutcome::kUnchanged);
  ASSERT_EQ(IngestOnePage(extractor_, store_.get(), OkFetch("https://r.example/4", 300),
                          ReportPage(4, 1), "", &stored)
                .ToString(),
            "OK");
  EXPECT_EQ(stored.result.outcome, IngestOutcome::kNewVersion);
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM fetches"), 3);
}

TEST_F(IngestTest, RefusedPageIsReportedAndNotStored) {
  ExtractLimits tiny;
  tiny.max_input_bytes = 100;
  Extractor small(tiny);
  PageStored stored;
  ASSERT_EQ(IngestOnePage(small, store_.get(), OkFetch("https://r.example/big", 100), ReportPage(1),
                          "", &stored)
                .ToString(),
            "OK");
  EXPECT_TRUE(stored.status.IsBadInput()) << stored.status.ToString();
  EXPECT_NE(stored.status.message(), "");
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM documents"), 0);
}

TEST_F(IngestTest, BatchesReportEveryPageOnce) {
  std::vector<std::string> reported;
  int failures = 0;
  BatchOptions options;
  options.max_pages = 4;
  BatchIngester batch(extractor_, store_.get(), options,
                      [&](const std::string& label, const PageStored& stored) {
                        reported.push_back(label);
                        if (!stored.status.ok()) ++failures;
                      });
  for (int i = 0; i < 10; ++i) {
    ASSERT_EQ(batch
                  .Add(OkFetch("https://r.example/" + std::to_string(i), 100), ReportPage(i), "",
                       "page" + std::to_string(i))
                  .ToString(),
              "OK");
  }
  ASSERT_EQ(batch.Flush().ToString(), "OK");
  ASSERT_EQ(reported.size(), 10u);
  EXPECT_EQ(reported[9], "page9");
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM documents"), 10);
  EXPECT_EQ(Query(path_,
                  "SELECT count(*) FROM documents d WHERE NOT EXISTS "
                  "(SELECT 1 FROM claims c WHERE c.document_id = d.id)"),
            0);
}

}  // namespace
}  // namespace marketclaims
