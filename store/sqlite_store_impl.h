// SqliteStore: the Store on one SQLite file, through SQLiteCpp. Private to
// store/: the rest of the program opens one with OpenSqliteStore
// (store/store.h). The methods live by concern, along store.h's sections:
//   sqlite_store.cc      opening, migrating, the statement cache, Guarded
//   sqlite_pages.cc      pages, fetches and re-extraction
//   sqlite_frontier.cc   the crawl frontier
//   sqlite_conflicts.cc  markets, claims, conflicts and aliases (reconcile)
//   sqlite_export.cc     export and statistics
// Every SQLiteCpp exception is caught in Guarded and turned into a Status.
//
// Concurrency: WAL lets readers run beside one writer; writers take the
// lock up front (BEGIN IMMEDIATE) so a read-then-write never deadlocks, and
// wait up to busy_timeout_ms for each other.
#ifndef MARKETCLAIMS_STORE_SQLITE_STORE_IMPL_H_
#define MARKETCLAIMS_STORE_SQLITE_STORE_IMPL_H_

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <cstdint>
#include <ctime>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "base/status.h"
#include "store/raw_codec.h"
#include "store/sqlite_status.h"
#include "store/store.h"

namespace marketclaims {

inline int64_t NowSeconds() { return static_cast<int64_t>(std::time(nullptr)); }

// A read transaction for the life of the object, so several queries see
// one snapshot even while another process writes.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(SQLite::Database* db) : db_(db) { db_->exec("BEGIN"); }
  ~ReadSnapshot() {
    try {
      db_->exec("COMMIT");
    } catch (const SQLite::Exception&) {
      // Nothing was written; a failed end of a read changes nothing.
    }
  }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

 private:
  SQLite::Database* db_;
};

class SqliteStore : public Store {
 public:
  SqliteStore(std::unique_ptr<SQLite::Database> db, const StoreOptions& options)
      : db_(std::move(db)), options_(options) {}

  // --- pages and re-extraction: sqlite_pages.cc ---
  Status RecordFetch(const FetchRecord& fetch, int64_t* fetch_id) override;
  Status CurrentContentHash(const std::string& url, std::string* hash) override;
  Status IngestPage(const FetchRecord& fetch, std::string_view raw, std::string_view raw_charset,
                    const Extraction& extraction, IngestResult* result) override;
  Status IngestPages(const std::vector<PageToStore>& pages,
                     std::vector<PageStored>* stored) override;
  // --- crawl frontier: sqlite_frontier.cc ---
  Status Enqueue(const std::string& url, int depth, bool* added) override;
  Status Revisit(const std::string& url, int depth) override;
  Status NextPending(size_t limit, std::vector<FrontierEntry>* out) override;
  Status MarkVisited(const FetchRecord& fetch) override;
  Status GetValidators(const std::string& url, std::string* etag,
                       std::string* last_modified) override;
  // --- re-extraction: sqlite_pages.cc ---
  Status ListDocumentIds(std::vector<int64_t>* ids) override;
  Status LoadPage(int64_t document_id, StoredPage* page) override;
  Status ReplaceExtractions(const std::vector<std::pair<int64_t, Extraction>>& documents) override;
  // --- reconcile: sqlite_conflicts.cc ---
  Status ListMarkets(std::vector<StoredMarket>* markets) override;
  Status CurrentClaims(int64_t market_id, std::vector<StoredClaim>* claims) override;
  Status ReplaceConflicts(const std::vector<StoredConflict>& conflicts, int64_t now,
                          int64_t* new_conflicts) override;
  Status ListConflicts(const std::string& market_key,
                       std::vector<StoredConflict>* conflicts) override;
  Status ListMarketAliases(std::vector<std::pair<std::string, std::string>>* aliases) override;
  Status AddMarketAlias(const std::string& alias, const std::string& market) override;
  // --- export and stats: sqlite_export.cc ---
  Status Export(ExportKind kind, bool include_history, RowSink* sink) override;
  Status GetStats(StoreStats* stats) override;
  Status CountClaims(int64_t* claims) override;

 private:
  // --- shared machinery: sqlite_store.cc ---
  // A cached prepared statement, reset and unbound, ready to use.
  SQLite::Statement& Prepared(const char* sql);
  // Runs `body` (returning a Status, possibly throwing SQLite::Exception) as
  // one Store call: an exception becomes SqliteStatus(e, what), and every
  // cached statement is reset afterwards, whatever happened, so no read
  // stays open between calls.
  template <typename Body>
  Status Guarded(const std::string& what, Body body);
  void ResetStatements();

  // --- page writing: sqlite_pages.cc ---
  int64_t SourceId(const std::string& url, int64_t now);
  int64_t InsertFetch(int64_t source_id, const FetchRecord& fetch, int64_t when,
                      const std::string* content_hash);
  std::optional<int64_t> MarketId(const std::string& name);
  // Throws SQLite::Exception. When `extraction` is null (the caller saw the
  // content as current and skipped extracting it) but the content is not
  // current, it throws one with SQLITE_CONSTRAINT, so that IngestPages
  // fails this page alone ("content changed while being ingested").
  // `content_hash` is Sha256Hex(raw), or "" to compute it here.
  void StoreOnePage(const FetchRecord& fetch, std::string_view raw, std::string_view raw_charset,
                    const Extraction* extraction, const std::string& content_hash,
                    IngestResult* result);
  void InsertExtracted(int64_t document_id, const Extraction& extraction);
  // Where the full-text indexes stand at the start of a write transaction,
  // and, at its end, the indexing of every claim and FAQ added since (in
  // one statement per index: see schema version 4).
  struct TextIndexMark {
    int64_t claims = 0;
    int64_t faqs = 0;
  };
  TextIndexMark MarkTextIndex();
  void IndexNewText(const TextIndexMark& mark);

  std::unique_ptr<SQLite::Database> db_;
  StoreOptions options_;
  // Keyed by the SQL text: equal texts share one statement, and a text
  // never finds another's statement.
  std::map<std::string, std::unique_ptr<SQLite::Statement>, std::less<>> statements_;
  RawPacker packer_;
};

template <typename Body>
Status SqliteStore::Guarded(const std::string& what, Body body) {
  Status status;
  try {
    status = body();
  } catch (const SQLite::Exception& e) {
    status = SqliteStatus(e, what);
  }
  ResetStatements();
  return status;
}

// Binds valid UTF-8 text, so a page's stray bytes never reach a TEXT column.
void BindText(SQLite::Statement& stmt, int index, std::string_view text);
// Binds NULL for "", else BindText.
void BindOptionalText(SQLite::Statement& stmt, int index, std::string_view text);

template <typename T>
void BindOptional(SQLite::Statement& stmt, int index, const std::optional<T>& value) {
  if (value) {
    stmt.bind(index, *value);
  } else {
    stmt.bind(index);
  }
}

// The first column of the first row, if any. Resets the statement so no
// read stays open inside (or after) the transaction.
std::optional<int64_t> StepForId(SQLite::Statement& stmt);

// The column's value, or nullopt for NULL.
template <typename T>
std::optional<T> OptionalColumn(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  if constexpr (std::is_same_v<T, double>) {
    return column.getDouble();
  } else {
    return static_cast<T>(column.getInt64());
  }
}

}  // namespace marketclaims

#endif  // MARKETCLAIMS_STORE_SQLITE_STORE_IMPL_H_
