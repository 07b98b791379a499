// SqliteStore against real database files: history, idempotency, batching,
// the crawl frontier, markets, export and the open-time errors.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "base/sha256.h"
#include "base/text_util.h"
#include "store/schema.h"
#include "store/store.h"
#include "tests/store/test_util.h"

namespace marketclaims {
namespace {

using testing_util::OkFetch;
using testing_util::SampleExtraction;
using testing_util::TempDir;

int64_t Query(const std::string& db_path, const std::string& sql) {
  SQLite::Database db(db_path, SQLite::OPEN_READONLY);
  return db.execAndGet(sql).getInt64();
}

std::string QueryText(const std::string& db_path, const std::string& sql) {
  SQLite::Database db(db_path, SQLite::OPEN_READONLY);
  return db.execAndGet(sql).getString();
}

// Runs FTS5's integrity check, which with rank 1 also compares an external-
// content index with its table: "" when they agree, else the error.
std::string TextIndexProblem(const std::string& db_path, const std::string& index) {
  try {
    SQLite::Database db(db_path, SQLite::OPEN_READWRITE);
    db.exec("INSERT INTO " + index + " (" + index + ", rank) VALUES ('integrity-check', 1)");
    return "";
  } catch (const SQLite::Exception& e) {
    return e.what();
  }
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = dir_.File("corpus.db");
    ASSERT_EQ(OpenSqliteStore(path_, StoreOptions(), &store_).ToString(), "OK");
  }

  IngestResult Ingest(const std::string& url, const std::string& raw, const Extraction& ex,
                      int64_t when) {
    IngestResult result;
    EXPECT_EQ(store_->IngestPage(OkFetch(url, when), raw, "utf-8", ex, &result).ToString(), "OK");
    return result;
  }

  int64_t Count(const std::string& table) { return Query(path_, "SELECT count(*) FROM " + table); }

  TempDir dir_;
  std::string path_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreTest, FreshDatabaseIsMigratedAndInWalMode) {
  EXPECT_EQ(Query(path_, "PRAGMA user_version"), LatestSchemaVersion());
  EXPECT_EQ(QueryText(path_, "PRAGMA journal_mode"), "wal");
  for (const char* name :
       {"sources",       "fetches",     "documents",    "raw_pages",   "markets",
        "claims",        "players",     "segments",     "regions",     "faqs",
        "frontier",      "claims_fts",  "faqs_fts",     "claim_view",  "current_claims",
        "document_view", "player_view", "segment_view", "region_view", "faq_view"}) {
    EXPECT_EQ(
        Query(path_, std::string("SELECT count(*) FROM sqlite_master WHERE name = '") + name + "'"),
        1)
        << name;
  }
}

TEST_F(StoreTest, NewPageStoresEverything) {
  const std::string raw = "<html><body>page one</body></html>";
  IngestResult r =
      Ingest("https://example.com/report/1", raw, SampleExtraction("Smart Widget", 1, 3), 1000);
  EXPECT_EQ(r.outcome, IngestOutcome::kNewDocument);
  EXPECT_EQ(Count("documents"), 1);
  EXPECT_EQ(Count("claims"), 6);
  EXPECT_EQ(Count("players"), 3);
  EXPECT_EQ(Count("segments"), 3);
  EXPECT_EQ(Count("regions"), 3);
  EXPECT_EQ(Count("faqs"), 3);
  EXPECT_EQ(Count("fetches"), 1);
  EXPECT_EQ(QueryText(path_, "SELECT host FROM sources"), "example.com");
  EXPECT_EQ(QueryText(path_, "SELECT content_hash FROM documents"), Sha256Hex(raw));
  EXPECT_EQ(QueryText(path_, "SELECT content_hash FROM fetches"), Sha256Hex(raw));
  EXPECT_EQ(QueryText(path_, "SELECT market FROM claim_view LIMIT 1"), "Smart Widget");
  EXPECT_EQ(QueryText(path_, "SELECT fetched_at FROM claim_view LIMIT 1"), "1970-01-01 00:16:40");
  EXPECT_EQ(Query(path_,
                  "SELECT count(*) FROM claim_view WHERE kind = 'size' AND "
                  "usd IS NOT NULL AND year IS NOT NULL AND basis IS NOT NULL"),
            3);
  EXPECT_EQ(Query(path_,
                  "SELECT count(*) FROM claim_view WHERE kind = 'cagr' AND unit = '%' "
                  "AND start_year = 2024 AND basis IS NULL"),
            3);
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
}

TEST_F(StoreTest, SameContentAgainAddsNoRowsButMovesLastSeen) {
  const std::string raw = "<p>same</p>";
  Extraction ex = SampleExtraction("Organic Glue", 2);
  IngestResult first = Ingest("https://example.com/a", raw, ex, 1000);
  IngestResult again = Ingest("https://example.com/a", raw, ex, 2000);
  EXPECT_EQ(again.outcome, IngestOutcome::kUnchanged);
  EXPECT_EQ(again.document_id, first.document_id);
  EXPECT_EQ(Count("documents"), 1);
  EXPECT_EQ(Count("claims"), 4);
  EXPECT_EQ(Count("fetches"), 2);
  EXPECT_EQ(Query(path_, "SELECT first_seen FROM documents"), 1000);
  EXPECT_EQ(Query(path_, "SELECT last_seen FROM documents"), 2000);
  // An older fetch arriving late does not move last_seen back.
  Ingest("https://example.com/a", raw, ex, 1500);
  EXPECT_EQ(Query(path_, "SELECT last_seen FROM documents"), 2000);
}

TEST_F(StoreTest, NewContentSupersedesAndKeepsHistory) {
  IngestResult v1 = Ingest("https://example.com/a", "<p>v1</p>", SampleExtraction("Glue", 1), 1000);
  IngestResult v2 =
      Ingest("https://example.com/a", "<p>v2</p>", SampleExtraction("Glue", 2, 1), 2000);
  EXPECT_EQ(v2.outcome, IngestOutcome::kNewVersion);
  EXPECT_NE(v1.document_id, v2.document_id);
  EXPECT_EQ(Count("documents"), 2);
  EXPECT_EQ(Count("claims"), 4 + 2);
  EXPECT_EQ(Query(path_, "SELECT superseded_at FROM documents WHERE id = " +
                             std::to_string(v1.document_id)),
            2000);
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM current_claims"), 2);
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM claim_view WHERE NOT current"), 4);

  // Going back to the first content revives that version, adding nothing.
  IngestResult back =
      Ingest("https://example.com/a", "<p>v1</p>", SampleExtraction("Glue", 1), 3000);
  EXPECT_EQ(back.outcome, IngestOutcome::kNewVersion);
  EXPECT_EQ(back.document_id, v1.document_id);
  EXPECT_EQ(Count("documents"), 2);
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM documents WHERE superseded_at IS NULL"), 1);
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM current_claims"), 4);
}

TEST_F(StoreTest, BatchStoresWholePagesAndReportsEachOne) {
  Ingest("https://example.com/old", "<p>old</p>", SampleExtraction("Glue", 1), 1000);
  std::vector<PageToStore> pages(3);
  for (int i = 0; i < 3; ++i) {
    pages[i].fetch = OkFetch("https://example.com/p" + std::to_string(i), 2000);
    pages[i].raw = "<p>page " + std::to_string(i) + "</p>";
    pages[i].extraction = SampleExtraction("Market " + std::to_string(i), i);
  }
  // Claimed unchanged but it is not: refused alone, without its claims.
  pages[1].fetch.url = "https://example.com/old";
  pages[1].extracted = false;
  std::vector<PageStored> stored;
  ASSERT_EQ(store_->IngestPages(pages, &stored).ToString(), "OK");
  ASSERT_EQ(stored.size(), 3u);
  EXPECT_TRUE(stored[0].status.ok());
  EXPECT_TRUE(stored[1].status.IsBadInput()) << stored[1].status.ToString();
  EXPECT_NE(stored[1].status.message().find("changed"), std::string::npos)
      << stored[1].status.message();
  EXPECT_TRUE(stored[2].status.ok());
  EXPECT_EQ(Count("documents"), 3);
  EXPECT_EQ(Count("claims"), 12);
  // The refused page left no trace, not even its fetch.
  EXPECT_EQ(Count("fetches"), 3);
  EXPECT_EQ(Query(path_,
                  "SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM "
                  "claims c WHERE c.document_id = d.id) != 4"),
            0);
  // The batch's claims and FAQs are in the full-text indexes, and nothing
  // of the refused page is.
  EXPECT_EQ(TextIndexProblem(path_, "claims_fts"), "");
  EXPECT_EQ(TextIndexProblem(path_, "faqs_fts"), "");
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'worth'"), 6);
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM faqs_fts WHERE faqs_fts MATCH 'question'"), 6);
}

TEST_F(StoreTest, UnchangedPageNeedsNoExtraction) {
  Ingest("https://example.com/a", "<p>a</p>", SampleExtraction("Glue", 1), 1000);
  std::string hash;
  ASSERT_EQ(store_->CurrentContentHash("https://example.com/a", &hash).ToString(), "OK");
  EXPECT_EQ(hash, Sha256Hex("<p>a</p>"));
  ASSERT_EQ(store_->CurrentContentHash("https://example.com/none", &hash).ToString(), "OK");
  EXPECT_EQ(hash, "");

  std::vector<PageToStore> pages(1);
  pages[0].fetch = OkFetch("https://example.com/a", 5000);
  pages[0].raw = "<p>a</p>";
  pages[0].extracted = false;
  std::vector<PageStored> stored;
  ASSERT_EQ(store_->IngestPages(pages, &stored).ToString(), "OK");
  ASSERT_EQ(stored[0].status.ToString(), "OK");
  EXPECT_EQ(stored[0].result.outcome, IngestOutcome::kUnchanged);
  EXPECT_EQ(Count("claims"), 4);
  EXPECT_EQ(Query(path_, "SELECT last_seen FROM documents"), 5000);
}

TEST_F(StoreTest, InvalidUtf8IsStoredAsValidTextAndRawIsKept) {
  Extraction ex = SampleExtraction("Caf\xe9 Equipment", 1, 1);
  ex.title = "Bad \xff\xfe title";
  ex.sizes[0].evidence = "Worth USD 3 billion \xc3 in 2023.";
  const std::string raw = "<p>Caf\xe9 \xff</p>";
  Ingest("file:///tmp/latin1.html", raw, ex, 1000);
  EXPECT_EQ(QueryText(path_, "SELECT title FROM documents"), "Bad \xef\xbf\xbd\xef\xbf\xbd title");
  std::string evidence = QueryText(path_, "SELECT evidence FROM claims WHERE kind = 'size'");
  EXPECT_EQ(ValidUtf8(evidence), evidence);
  EXPECT_NE(evidence.find("\xef\xbf\xbd"), std::string::npos);
  std::vector<int64_t> ids;
  ASSERT_EQ(store_->ListDocumentIds(&ids).ToString(), "OK");
  StoredPage page;
  ASSERT_EQ(store_->LoadPage(ids[0], &page).ToString(), "OK");
  EXPECT_EQ(page.raw, raw);
  EXPECT_EQ(QueryText(path_, "SELECT host FROM sources"), "");
}

TEST_F(StoreTest, RawPagesReadBackWithSqlarUncompress) {
  std::string raw;
  for (int i = 0; i < 200; ++i)
    raw += "<p>A paragraph about widgets, number " + std::to_string(i) + ".</p>\n";
  IngestResult r = Ingest("https://example.com/big", raw, SampleExtraction("Widget", 1), 1000);
  EXPECT_LT(Query(path_, "SELECT length(data) FROM raw_pages"),
            static_cast<int64_t>(raw.size()) / 2);
  EXPECT_EQ(Query(path_, "SELECT size FROM raw_pages"), static_cast<int64_t>(raw.size()));
  StoredPage page;
  ASSERT_EQ(store_->LoadPage(r.document_id, &page).ToString(), "OK");
  EXPECT_EQ(page.raw, raw);
  EXPECT_EQ(page.url, "https://example.com/big");
  EXPECT_EQ(page.charset, "utf-8");
}

TEST_F(StoreTest, ACorruptPageLeavesNoReadOpen) {
  std::string raw;
  for (int i = 0; i < 50; ++i) raw += "<p>Widgets, paragraph " + std::to_string(i) + ".</p>\n";
  IngestResult r = Ingest("https://example.com/w", raw, SampleExtraction("Widget", 1), 1000);
  {
    SQLite::Database db(path_, SQLite::OPEN_READWRITE);
    db.exec("UPDATE raw_pages SET size = size + 1");
  }
  StoredPage page;
  Status status = store_->LoadPage(r.document_id, &page);
  EXPECT_TRUE(status.IsCorrupt()) << status.ToString();
  EXPECT_NE(status.message().find("https://example.com/w"), std::string::npos) << status.message();
  // Another process writes; had the failed read stayed open, this store
  // would go on reading its old snapshot and not see the alias.
  {
    SQLite::Database db(path_, SQLite::OPEN_READWRITE);
    db.exec("INSERT INTO market_aliases (alias, market) VALUES ('Gadgets', 'Widget')");
  }
  std::vector<std::pair<std::string, std::string>> aliases;
  ASSERT_EQ(store_->ListMarketAliases(&aliases).ToString(), "OK");
  ASSERT_EQ(aliases.size(), 1u);
  EXPECT_EQ(aliases[0].first, "Gadgets");
}

TEST_F(StoreTest, FetchesOfEveryOutcomeAreRecorded) {
  Ingest("https://example.com/a", "<p>a</p>", SampleExtraction("Glue", 1), 1000);
  FetchRecord not_modified = OkFetch("https://example.com/a", 4000);
  not_modified.outcome = FetchRecord::Outcome::kNotModified;
  not_modified.http_status = 304;
  int64_t id = 0;
  ASSERT_EQ(store_->RecordFetch(not_modified, &id).ToString(), "OK");
  EXPECT_GT(id, 0);
  EXPECT_EQ(Query(path_, "SELECT last_seen FROM documents"), 4000);

  FetchRecord failed;
  failed.url = "https://other.example.org:8080/x?y=1";
  failed.fetched_at = 4100;
  failed.outcome = FetchRecord::Outcome::kFailed;
  failed.error = "connection refused";
  failed.attempts = 3;
  ASSERT_EQ(store_->RecordFetch(failed, &id).ToString(), "OK");
  EXPECT_EQ(Count("fetches"), 3);
  EXPECT_EQ(QueryText(path_, "SELECT error FROM fetch_view WHERE outcome = 'failed'"),
            "connection refused");
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM fetches WHERE http_status IS NULL"), 1);
  EXPECT_EQ(QueryText(path_, "SELECT host FROM sources WHERE url LIKE '%other%'"),
            "other.example.org");
}

TEST_F(StoreTest, MarketsMeetUnderOneKey) {
  Ingest("https://a.example/1", "<p>1</p>", SampleExtraction("The Global Smart Widget Market", 1),
         1000);
  Ingest("https://b.example/2", "<p>2</p>", SampleExtraction("smart widget industry", 2), 1000);
  Ingest("https://c.example/3", "<p>3</p>", SampleExtraction("", 3), 1000);
  std::vector<StoredMarket> markets;
  ASSERT_EQ(store_->ListMarkets(&markets).ToString(), "OK");
  ASSERT_EQ(markets.size(), 1u);
  EXPECT_EQ(markets[0].key, "smart widget");
  EXPECT_EQ(markets[0].name, "The Global Smart Widget Market");
  std::vector<StoredClaim> claims;
  ASSERT_EQ(store_->CurrentClaims(markets[0].id, &claims).ToString(), "OK");
  EXPECT_EQ(claims.size(), 8u);
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM documents WHERE market_id IS NULL"), 1);
  // Superseding a document takes its claims out of the current set.
  Ingest("https://a.example/1", "<p>1 new</p>", SampleExtraction("Smart Widget", 4, 1), 2000);
  ASSERT_EQ(store_->CurrentClaims(markets[0].id, &claims).ToString(), "OK");
  EXPECT_EQ(claims.size(), 6u);
}

TEST_F(StoreTest, FullTextSearchFindsEvidenceAndFaqs) {
  Extraction ex = SampleExtraction("Glue", 1, 1);
  ex.cagrs[0].evidence = "Adhesive demand expands at a CAGR of 6.1% through 2030.";
  ex.faqs[0].question = "Who makes the strongest adhesive?";
  Ingest("https://example.com/a", "<p>a</p>", ex, 1000);
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'adhesive'"), 1);
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM faqs_fts WHERE faqs_fts MATCH 'strongest'"), 1);
  // Re-extraction replaces rows; the index follows.
  std::vector<std::pair<int64_t, Extraction>> replace = {{1, SampleExtraction("Glue", 9, 1)}};
  ASSERT_EQ(store_->ReplaceExtractions(replace).ToString(), "OK");
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'adhesive'"), 0);
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM claims"), 2);
  // The new rows reuse the ids of the deleted ones and are indexed all the same.
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'worth'"), 1);
  EXPECT_EQ(Query(path_, "SELECT count(*) FROM faqs_fts WHERE faqs_fts MATCH 'question'"), 1);
  EXPECT_EQ(TextIndexProblem(path_, "claims_fts"), "");
  EXPECT_EQ(TextIndexProblem(path_, "faqs_fts"), "");
  EXPECT_EQ(QueryText(path_, "SELECT title FROM documents"), "Glue report 9");
}

TEST_F(StoreTest, FrontierResumesAfterReopen) {
  bool added = false;
  ASSERT_EQ(store_->Enqueue("https://example.com/", 0, &added).ToString(), "OK");
  EXPECT_TRUE(added);
  ASSERT_EQ(store_->Enqueue("https://example.com/", 3, &added).ToString(), "OK");
  EXPECT_FALSE(added);
  ASSERT_EQ(store_->Enqueue("https://example.com/b", 1, &added).ToString(), "OK");
  ASSERT_EQ(store_->Enqueue("https://example.com/c", 1, &added).ToString(), "OK");
  std::vector<FrontierEntry> pending;
  ASSERT_EQ(store_->NextPending(10, &pending).ToString(), "OK");
  ASSERT_EQ(pending.size(), 3u);
  EXPECT_EQ(pending[0].url, "https://example.com/");
  EXPECT_EQ(pending[0].depth, 0);
  EXPECT_EQ(pending[2].url, "https://example.com/c");

  FetchRecord ok = OkFetch("https://example.com/", 1000);
  ASSERT_EQ(store_->MarkVisited(ok).ToString(), "OK");
  // "Killed" here: reopen and carry on.
  store_.reset();
  ASSERT_EQ(OpenSqliteStore(path_, StoreOptions(), &store_).ToString(), "OK");
  ASSERT_EQ(store_->NextPending(1, &pending).ToString(), "OK");
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0].url, "https://example.com/b");
  ASSERT_EQ(store_->Enqueue("https://example.com/", 0, &added).ToString(), "OK");
  EXPECT_FALSE(added);  // visited: never fetched twice

  std::string etag, last_modified;
  ASSERT_EQ(store_->GetValidators("https://example.com/", &etag, &last_modified).ToString(), "OK");
  EXPECT_EQ(etag, ok.etag);
  EXPECT_EQ(last_modified, ok.last_modified);
  // A 304 keeps the validators of the last good fetch.
  FetchRecord not_modified = ok;
  not_modified.outcome = FetchRecord::Outcome::kNotModified;
  not_modified.etag = "";
  ASSERT_EQ(store_->MarkVisited(not_modified).ToString(), "OK");
  ASSERT_EQ(store_->GetValidators("https://example.com/", &etag, &last_modified).ToString(), "OK");
  EXPECT_EQ(etag, ok.etag);
  ASSERT_EQ(store_->GetValidators("https://example.com/never", &etag, &last_modified).ToString(),
            "OK");
  EXPECT_EQ(etag, "");

  // A new pass makes the seed pending again, behind what is still queued.
  ASSERT_EQ(store_->Revisit("https://example.com/", 0).ToString(), "OK");
  ASSERT_EQ(store_->NextPending(10, &pending).ToString(), "OK");
  ASSERT_EQ(pending.size(), 3u);
  EXPECT_EQ(pending[2].url, "https://example.com/");
  // Visiting a URL never queued records it, so it is not queued later.
  FetchRecord seed = OkFetch("https://example.com/seed", 1000);
  ASSERT_EQ(store_->MarkVisited(seed).ToString(), "OK");
  ASSERT_EQ(store_->Enqueue("https://example.com/seed", 0, &added).ToString(), "OK");
  EXPECT_FALSE(added);
}

class CaptureSink : public RowSink {
 public:
  bool Header(const std::vector<std::string>& columns, std::string*) override {
    columns_ = columns;
    return true;
  }
  bool Row(const std::vector<Cell>& cells, std::string*) override {
    rows_.push_back(cells);
    return true;
  }
  std::vector<std::string> columns_;
  std::vector<std::vector<Cell>> rows_;
};

TEST_F(StoreTest, ExportHasFixedColumnsAndHonoursHistory) {
  Ingest("https://example.com/a", "<p>v1</p>", SampleExtraction("Glue", 1), 1000);
  Ingest("https://example.com/a", "<p>v2</p>", SampleExtraction("Glue", 2, 1), 2000);
  CaptureSink current;
  ASSERT_EQ(store_->Export(ExportKind::kClaims, false, &current).ToString(), "OK");
  ASSERT_GE(current.columns_.size(), 5u);
  EXPECT_EQ(current.columns_[0], "claim_id");
  EXPECT_EQ(current.columns_[1], "market");
  EXPECT_EQ(current.rows_.size(), 2u);
  CaptureSink all;
  ASSERT_EQ(store_->Export(ExportKind::kClaims, true, &all).ToString(), "OK");
  EXPECT_EQ(all.rows_.size(), 6u);
  EXPECT_EQ(all.columns_, current.columns_);
  for (ExportKind kind :
       {ExportKind::kPlayers, ExportKind::kSegments, ExportKind::kRegions, ExportKind::kFaqs}) {
    CaptureSink sink;
    ASSERT_EQ(store_->Export(kind, false, &sink).ToString(), "OK");
    EXPECT_EQ(sink.rows_.size(), 1u);
    EXPECT_EQ(sink.columns_.back(), "document_id");
  }
}

TEST_F(StoreTest, StatsCountTablesAndNewestFetch) {
  Ingest("https://example.com/a", "<p>a</p>", SampleExtraction("Glue", 1), 1000);
  Ingest("https://example.com/b", "<p>b</p>", SampleExtraction("Paint", 1, 3), 3000);
  StoreStats stats;
  ASSERT_EQ(store_->GetStats(&stats).ToString(), "OK");
  EXPECT_EQ(stats.schema_version, LatestSchemaVersion());
  std::map<std::string, int64_t> rows(stats.table_rows.begin(), stats.table_rows.end());
  EXPECT_EQ(rows["documents"], 2);
  EXPECT_EQ(rows["claims"], 10);
  EXPECT_EQ(rows["markets"], 2);
  EXPECT_EQ(stats.current_documents, 2);
  ASSERT_TRUE(stats.newest_fetch_at.has_value());
  EXPECT_EQ(*stats.newest_fetch_at, 3000);
  EXPECT_EQ(stats.newest_fetch_url, "https://example.com/b");
  ASSERT_EQ(stats.markets.size(), 2u);
  EXPECT_EQ(stats.markets[0].first.name, "Paint");
  EXPECT_EQ(stats.markets[0].second, 6);
}

TEST(OpenTest, MissingFolderIsNamed) {
  TempDir dir;
  std::unique_ptr<Store> store;
  std::string path = dir.File("no/such/folder/corpus.db");
  Status status = OpenSqliteStore(path, StoreOptions(), &store);
  EXPECT_TRUE(status.IsIoError()) << status.ToString();
  EXPECT_FALSE(store);
  EXPECT_NE(status.message().find(path), std::string::npos) << status.message();
  EXPECT_NE(status.message().find("does not exist"), std::string::npos) << status.message();
  EXPECT_FALSE(std::filesystem::exists(dir.File("no")));
}

TEST(OpenTest, FolderOrNonDatabaseIsRefused) {
  TempDir dir;
  std::unique_ptr<Store> store;
  Status status = OpenSqliteStore(dir.path(), StoreOptions(), &store);
  EXPECT_TRUE(status.IsIoError()) << status.ToString();
  EXPECT_NE(status.message().find("folder"), std::string::npos) << status.message();
  testing_util::WriteFile(dir.File("notes.txt"), "these are not the pages you want\n");
  status = OpenSqliteStore(dir.File("notes.txt"), StoreOptions(), &store);
  EXPECT_TRUE(status.IsCorrupt()) << status.ToString();
  EXPECT_NE(status.message().find("notes.txt"), std::string::npos) << status.message();
}

TEST(OpenTest, ReadOnlyLocationIsRefused) {
  std::unique_ptr<Store> store;
  // Even root cannot create files in sysfs, so this holds in CI containers.
  if (std::filesystem::is_directory("/sys/kernel")) {
    Status status = OpenSqliteStore("/sys/kernel/marketclaims-test.db", StoreOptions(), &store);
    EXPECT_TRUE(status.IsIoError()) << status.ToString();
    EXPECT_NE(status.message().find("/sys/kernel/marketclaims-test.db"), std::string::npos)
        << status.message();
  }
  if (geteuid() != 0) {
    TempDir dir;
    std::string path = dir.File("corpus.db");
    ASSERT_EQ(OpenSqliteStore(path, StoreOptions(), &store).ToString(), "OK");
    store.reset();
    std::filesystem::permissions(path, std::filesystem::perms::owner_read);
    Status status = OpenSqliteStore(path, StoreOptions(), &store);
    EXPECT_TRUE(status.IsIoError()) << status.ToString();
    EXPECT_NE(status.message().find("read-only"), std::string::npos) << status.message();
  }
}

TEST(OpenTest, ReadOnlyModeNeedsAnExistingCurrentDatabase) {
  TempDir dir;
  std::unique_ptr<Store> store;
  StoreOptions read_only;
  read_only.read_only = true;
  Status status = OpenSqliteStore(dir.File("missing.db"), read_only, &store);
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("missing.db"), std::string::npos) << status.message();
  EXPECT_FALSE(std::filesystem::exists(dir.File("missing.db")));
  ASSERT_EQ(OpenSqliteStore(dir.File("c.db"), StoreOptions(), &store).ToString(), "OK");
  ASSERT_EQ(OpenSqliteStore(dir.File("c.db"), read_only, &store).ToString(), "OK");
  StoreStats stats;
  EXPECT_EQ(store->GetStats(&stats).ToString(), "OK");
  bool added;
  EXPECT_FALSE(store->Enqueue("https://example.com/", 0, &added).ok());
}

}  // namespace
}  // namespace marketclaims
