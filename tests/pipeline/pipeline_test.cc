// The crawler's ports over a real store: what a crawl hands to them ends up
// in the database, and a store failure reaches the caller with its code.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>

#include "pipeline/fetch_record_of.h"
#include "pipeline/store_crawl_state.h"
#include "pipeline/store_page_sink.h"
#include "tests/store/test_util.h"

namespace marketclaims {
namespace {

using testing_util::ReportPage;
using testing_util::TempDir;

int64_t Query(const std::string& db_path, const std::string& sql) {
  SQLite::Database db(db_path, SQLite::OPEN_READONLY);
  return db.execAndGet(sql).getInt64();
}

// A page as the crawler reports it.
Fetch CrawledPage(const std::string& url, int64_t fetched_at) {
  Fetch f;
  f.url = url;
  f.fetched_at = fetched_at;
  f.outcome = FetchOutcome::kOk;
  f.http_status = 200;
  f.content_type = "text/html; charset=utf-8";
  f.charset = "utf-8";
  f.etag = "\"v" + std::to_string(fetched_at) + "\"";
  f.bytes = 1000;
  f.attempts = 1;
  return f;
}

class PipelineTest : public ::testing::Test {
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

TEST(FetchRecordOfTest, EveryOutcomeKeepsItsName) {
  const FetchOutcome outcomes[] = {FetchOutcome::kOk, FetchOutcome::kNotModified,
                                   FetchOutcome::kFailed, FetchOutcome::kSkipped};
  for (FetchOutcome outcome : outcomes) {
    Fetch fetch = CrawledPage("https://r.example/", 1);
    fetch.outcome = outcome;
    EXPECT_STREQ(OutcomeName(FetchRecordOf(fetch).outcome), FetchOutcomeName(outcome));
  }
  Fetch fetch = CrawledPage("https://r.example/", 7);
  fetch.final_url = "https://r.example/final";
  fetch.last_modified = "Tue, 02 Jan 2024 00:00:00 GMT";
  fetch.error = "slow";
  FetchRecord record = FetchRecordOf(fetch);
  EXPECT_EQ(record.url, fetch.url);
  EXPECT_EQ(record.final_url, fetch.final_url);
  EXPECT_EQ(record.fetched_at, 7);
  EXPECT_EQ(record.http_status, 200);
  EXPECT_EQ(record.content_type, fetch.content_type);
  EXPECT_EQ(record.charset, "utf-8");
  EXPECT_EQ(record.etag, fetch.etag);
  EXPECT_EQ(record.last_modified, fetch.last_modified);
  EXPECT_EQ(record.bytes, 1000);
  EXPECT_EQ(record.attempts, 1);
  EXPECT_EQ(record.error, "slow");
}

TEST_F(PipelineTest, PageSinkRecordsEveryOutcome) {
  StorePageSink sink(extractor_, store_.get());
  PageResult result;
  const std::string body = ReportPage(2);
  ASSERT_TRUE(sink.Accept(CrawledPage("https://r.example/2", 100), &body, &result, &error_))
      << error_;
  EXPECT_EQ(result, PageResult::kNew);
  ASSERT_TRUE(sink.Accept(CrawledPage("https://r.example/2", 200), &body, &result, &error_));
  EXPECT_EQ(result, PageResult::kUnchanged);
  Fetch not_modified = CrawledPage("https://r.example/2", 300);
  not_modified.outcome = FetchOutcome::kNotModified;
  not_modified.http_status = 304;
  ASSERT_TRUE(sink.Accept(not_modified, nullptr, &result, &error_));
  EXPECT_EQ(result, PageResult::kRecorded);
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM fetches"), 3);
  EXPECT_EQ(Query(path_, "SELECT last_seen FROM documents"), 300);
  SQLite::Database db(path_, SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("SELECT charset FROM documents").getString(), "utf-8");
  EXPECT_TRUE(sink.status().ok());
}

TEST_F(PipelineTest, CrawlStateKeepsTheFrontierInTheStore) {
  StoreCrawlState state(store_.get());
  bool added = false;
  ASSERT_TRUE(state.Enqueue("https://r.example/", 0, &added, &error_)) << error_;
  EXPECT_TRUE(added);
  ASSERT_TRUE(state.Enqueue("https://r.example/a", 1, &added, &error_)) << error_;
  std::vector<PendingUrl> pending;
  ASSERT_TRUE(state.NextPending(10, &pending, &error_)) << error_;
  ASSERT_EQ(pending.size(), 2u);
  EXPECT_EQ(pending[1].url, "https://r.example/a");
  EXPECT_EQ(pending[1].depth, 1);
  ASSERT_TRUE(state.MarkVisited(CrawledPage("https://r.example/", 100), &error_)) << error_;
  std::string etag, last_modified;
  ASSERT_TRUE(state.GetValidators("https://r.example/", &etag, &last_modified, &error_));
  EXPECT_EQ(etag, "\"v100\"");
  ASSERT_TRUE(state.Revisit("https://r.example/", 0, &error_)) << error_;
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM frontier WHERE state = 'pending'"), 2);
  EXPECT_TRUE(state.status().ok());
}

TEST_F(PipelineTest, AStoreFailureKeepsItsCode) {
  StoreOptions read_only;
  read_only.read_only = true;
  std::unique_ptr<Store> reader;
  ASSERT_EQ(OpenSqliteStore(path_, read_only, &reader).ToString(), "OK");
  StoreCrawlState state(reader.get());
  bool added = false;
  EXPECT_FALSE(state.Enqueue("https://r.example/", 0, &added, &error_));
  EXPECT_FALSE(state.status().ok());
  EXPECT_EQ(error_, state.status().message());
  EXPECT_NE(error_.find("https://r.example/"), std::string::npos) << error_;
}

}  // namespace
}  // namespace marketclaims
