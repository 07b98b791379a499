// SqliteStore: the Store on one SQLite file, through SQLiteCpp. Every
// SQLiteCpp exception is caught here (Guarded) and turned into a Status.
//
// Concurrency: WAL lets readers run beside one writer; writers take the
// lock up front (BEGIN IMMEDIATE) so a read-then-write never deadlocks, and
// wait up to busy_timeout_ms for each other.
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <chrono>
#include <ctime>
#include <map>
#include <thread>
#include <unordered_map>

#include "base/sha256.h"
#include "base/text_util.h"
#include "store/market_key.h"
#include "store/raw_codec.h"
#include "store/schema.h"
#include "store/sqlite_status.h"
#include "store/store.h"

namespace marketclaims {
namespace {

// Scheme-less host of a URL, lower-cased; "" for file: URLs and the like.
std::string HostOf(const std::string& url) {
  std::size_t start = url.find("://");
  if (start == std::string::npos) return "";
  start += 3;
  std::size_t end = url.find_first_of("/?#", start);
  std::string authority = url.substr(start, end == std::string::npos ? end : end - start);
  std::size_t at = authority.rfind('@');
  if (at != std::string::npos) authority.erase(0, at + 1);
  if (!authority.empty() && authority[0] != '[') {
    std::size_t colon = authority.find(':');
    if (colon != std::string::npos) authority.erase(colon);
  }
  return AsciiLower(authority);
}

int64_t NowSeconds() { return static_cast<int64_t>(std::time(nullptr)); }

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

  Status RecordFetch(const FetchRecord& fetch, int64_t* fetch_id) override;
  Status CurrentContentHash(const std::string& url, std::string* hash) override;
  Status IngestPage(const FetchRecord& fetch, std::string_view raw, std::string_view raw_charset,
                    const Extraction& extraction, IngestResult* result) override;
  Status IngestPages(const std::vector<PageToStore>& pages,
                     std::vector<PageStored>* stored) override;
  Status Enqueue(const std::string& url, int depth, bool* added) override;
  Status Revisit(const std::string& url, int depth) override;
  Status NextPending(size_t limit, std::vector<FrontierEntry>* out) override;
  Status MarkVisited(const FetchRecord& fetch) override;
  Status GetValidators(const std::string& url, std::string* etag,
                       std::string* last_modified) override;
  Status ListDocumentIds(std::vector<int64_t>* ids) override;
  Status LoadPage(int64_t document_id, StoredPage* page) override;
  Status ReplaceExtractions(
      const std::vector<std::pair<int64_t, Extraction>>& documents) override;
  Status ListMarkets(std::vector<StoredMarket>* markets) override;
  Status CurrentClaims(int64_t market_id, std::vector<StoredClaim>* claims) override;
  Status ReplaceConflicts(const std::vector<StoredConflict>& conflicts, int64_t now,
                          int64_t* new_conflicts) override;
  Status ListConflicts(const std::string& market_key,
                       std::vector<StoredConflict>* conflicts) override;
  Status ListMarketAliases(std::vector<std::pair<std::string, std::string>>* aliases) override;
  Status AddMarketAlias(const std::string& alias, const std::string& market) override;
  Status Export(ExportKind kind, bool include_history, RowSink* sink) override;
  Status GetStats(StoreStats* stats) override;
  Status CountClaims(int64_t* claims) override;

 private:
  // A cached prepared statement, reset and unbound, ready to use.
  SQLite::Statement& Prepared(const char* sql);
  // Runs `body` (returning a Status, possibly throwing SQLite::Exception) as
  // one Store call: an exception becomes SqliteStatus(e, what), and every
  // cached statement is reset afterwards, whatever happened, so no read
  // stays open between calls.
  template <typename Body>
  Status Guarded(const std::string& what, Body body);
  void ResetStatements();

  int64_t SourceId(const std::string& url, int64_t now);
  int64_t InsertFetch(int64_t source_id, const FetchRecord& fetch, int64_t when,
                      const std::string* content_hash);
  std::optional<int64_t> MarketId(const std::string& name);
  // Throws SQLite::Exception; kChangedMeanwhile (a page error) when
  // `extraction` is null and the content is not current.
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
  std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> statements_;
  RawPacker packer_;
};

SQLite::Statement& SqliteStore::Prepared(const char* sql) {
  std::unique_ptr<SQLite::Statement>& stmt = statements_[sql];
  if (!stmt) {
    stmt = std::make_unique<SQLite::Statement>(*db_, sql);
  } else {
    stmt->reset();
    stmt->clearBindings();
  }
  return *stmt;
}

void SqliteStore::ResetStatements() {
  // tryReset: a statement whose last step failed reports that failure
  // again here, and it has been reported already.
  for (auto& [sql, stmt] : statements_) stmt->tryReset();
}

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
void BindText(SQLite::Statement& stmt, int index, std::string_view text) {
  stmt.bind(index, ValidUtf8(text));
}

void BindOptionalText(SQLite::Statement& stmt, int index, std::string_view text) {
  if (text.empty()) {
    stmt.bind(index);
  } else {
    BindText(stmt, index, text);
  }
}

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
std::optional<int64_t> StepForId(SQLite::Statement& stmt) {
  std::optional<int64_t> id;
  if (stmt.executeStep()) id = stmt.getColumn(0).getInt64();
  stmt.reset();
  return id;
}

int64_t SqliteStore::SourceId(const std::string& url, int64_t now) {
  std::string clean = ValidUtf8(url);
  SQLite::Statement& find = Prepared("SELECT id FROM sources WHERE url = ?");
  find.bind(1, clean);
  if (std::optional<int64_t> id = StepForId(find)) return *id;
  SQLite::Statement& insert =
      Prepared("INSERT INTO sources (url, host, first_seen) VALUES (?, ?, ?)");
  insert.bind(1, clean);
  insert.bind(2, HostOf(clean));
  insert.bind(3, now);
  insert.exec();
  return db_->getLastInsertRowid();
}

int64_t SqliteStore::InsertFetch(int64_t source_id, const FetchRecord& fetch, int64_t when,
                                 const std::string* content_hash) {
  SQLite::Statement& insert = Prepared(
      "INSERT INTO fetches (source_id, fetched_at, outcome, http_status, final_url, "
      "content_type, charset, etag, last_modified, content_hash, bytes, attempts, error) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, source_id);
  insert.bind(2, when);
  insert.bind(3, OutcomeName(fetch.outcome));
  if (fetch.http_status > 0) {
    insert.bind(4, fetch.http_status);
  } else {
    insert.bind(4);
  }
  BindOptionalText(insert, 5, fetch.final_url);
  BindOptionalText(insert, 6, fetch.content_type);
  BindOptionalText(insert, 7, fetch.charset);
  BindOptionalText(insert, 8, fetch.etag);
  BindOptionalText(insert, 9, fetch.last_modified);
  if (content_hash) {
    insert.bind(10, *content_hash);
  } else {
    insert.bind(10);
  }
  insert.bind(11, fetch.bytes);
  insert.bind(12, fetch.attempts);
  BindOptionalText(insert, 13, fetch.error);
  insert.exec();
  return db_->getLastInsertRowid();
}

std::optional<int64_t> SqliteStore::MarketId(const std::string& name) {
  std::string display = ValidUtf8(Trim(name));
  std::string key = CanonicalMarketKey(display);
  if (key.empty()) return std::nullopt;
  SQLite::Statement& find = Prepared("SELECT id FROM markets WHERE key = ?");
  find.bind(1, key);
  if (std::optional<int64_t> id = StepForId(find)) return *id;
  SQLite::Statement& insert = Prepared("INSERT INTO markets (key, name) VALUES (?, ?)");
  insert.bind(1, key);
  insert.bind(2, display);
  insert.exec();
  return db_->getLastInsertRowid();
}

void SqliteStore::InsertExtracted(int64_t document_id, const Extraction& ex) {
  const char* kClaim =
      "INSERT INTO claims (document_id, kind, value, unit, currency, usd, year, start_year, "
      "end_year, basis, evidence, evidence_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  for (const MarketSize& size : ex.sizes) {
    SQLite::Statement& insert = Prepared(kClaim);
    insert.bind(1, document_id);
    insert.bind(2, "size");
    insert.bind(3, size.value);
    BindText(insert, 4, size.unit);
    BindOptionalText(insert, 5, size.currency);
    BindOptional(insert, 6, size.usd);
    BindOptional(insert, 7, size.year);
    insert.bind(8);
    insert.bind(9);
    insert.bind(10, BasisName(size.basis));
    BindText(insert, 11, size.evidence);
    insert.bind(12, static_cast<int64_t>(size.offset));
    insert.exec();
  }
  for (const Cagr& cagr : ex.cagrs) {
    SQLite::Statement& insert = Prepared(kClaim);
    insert.bind(1, document_id);
    insert.bind(2, "cagr");
    insert.bind(3, cagr.rate);
    insert.bind(4, "%");
    insert.bind(5);
    insert.bind(6);
    insert.bind(7);
    BindOptional(insert, 8, cagr.start);
    BindOptional(insert, 9, cagr.end);
    insert.bind(10);
    BindText(insert, 11, cagr.evidence);
    insert.bind(12, static_cast<int64_t>(cagr.offset));
    insert.exec();
  }
  int position = 0;
  for (const Player& player : ex.players) {
    SQLite::Statement& insert =
        Prepared("INSERT INTO players (document_id, position, name) VALUES (?, ?, ?)");
    insert.bind(1, document_id);
    insert.bind(2, position++);
    BindText(insert, 3, player.name);
    insert.exec();
  }
  position = 0;
  for (const Segment& segment : ex.segments) {
    SQLite::Statement& insert = Prepared(
        "INSERT INTO segments (document_id, position, dimension, name) VALUES (?, ?, ?, ?)");
    insert.bind(1, document_id);
    insert.bind(2, position++);
    BindText(insert, 3, segment.dimension);
    BindText(insert, 4, segment.name);
    insert.exec();
  }
  position = 0;
  for (const Region& region : ex.regions) {
    SQLite::Statement& insert = Prepared(
        "INSERT INTO regions (document_id, position, name, canonical) VALUES (?, ?, ?, ?)");
    insert.bind(1, document_id);
    insert.bind(2, position++);
    BindText(insert, 3, region.name);
    BindText(insert, 4, region.canonical);
    insert.exec();
  }
  position = 0;
  for (const Faq& faq : ex.faqs) {
    SQLite::Statement& insert = Prepared(
        "INSERT INTO faqs (document_id, position, question, answer) VALUES (?, ?, ?, ?)");
    insert.bind(1, document_id);
    insert.bind(2, position++);
    BindText(insert, 3, faq.question);
    BindText(insert, 4, faq.answer);
    insert.exec();
  }
}

void SqliteStore::StoreOnePage(const FetchRecord& fetch, std::string_view raw,
                               std::string_view raw_charset, const Extraction* extraction,
                               const std::string& content_hash, IngestResult* result) {
  const int64_t when = fetch.fetched_at > 0 ? fetch.fetched_at : NowSeconds();
  const std::string hash = content_hash.empty() ? Sha256Hex(raw) : content_hash;
  const int64_t source_id = SourceId(fetch.url, when);
  result->fetch_id = InsertFetch(source_id, fetch, when, &hash);

  SQLite::Statement& find = Prepared(
      "SELECT id, superseded_at IS NOT NULL FROM documents "
      "WHERE source_id = ? AND content_hash = ?");
  find.bind(1, source_id);
  find.bind(2, hash);
  std::optional<int64_t> existing;
  bool existing_superseded = false;
  if (find.executeStep()) {
    existing = find.getColumn(0).getInt64();
    existing_superseded = find.getColumn(1).getInt() != 0;
  }
  find.reset();

  if (existing && !existing_superseded) {
    SQLite::Statement& touch =
        Prepared("UPDATE documents SET last_seen = max(last_seen, ?) WHERE id = ?");
    touch.bind(1, when);
    touch.bind(2, *existing);
    touch.exec();
    result->outcome = IngestOutcome::kUnchanged;
    result->document_id = *existing;
    return;
  }

  if (!extraction) {
    throw SQLite::Exception("content changed while being ingested; run again",
                            SQLITE_CONSTRAINT);
  }

  SQLite::Statement& supersede = Prepared(
      "UPDATE documents SET superseded_at = ? WHERE source_id = ? AND superseded_at IS NULL");
  supersede.bind(1, when);
  supersede.bind(2, source_id);
  const bool had_current = supersede.exec() > 0;

  if (existing) {
    // The URL went back to content stored before: that version is current
    // again, with the claims it already has.
    SQLite::Statement& revive = Prepared(
        "UPDATE documents SET superseded_at = NULL, last_seen = max(last_seen, ?) "
        "WHERE id = ?");
    revive.bind(1, when);
    revive.bind(2, *existing);
    revive.exec();
    result->outcome = IngestOutcome::kNewVersion;
    result->document_id = *existing;
    return;
  }

  std::optional<int64_t> market_id = MarketId(extraction->market);
  SQLite::Statement& insert = Prepared(
      "INSERT INTO documents (source_id, content_hash, title, market_id, market_as_written, "
      "first_seen, last_seen, fetch_id, charset, extracted_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, source_id);
  insert.bind(2, hash);
  BindText(insert, 3, extraction->title);
  BindOptional(insert, 4, market_id);
  BindText(insert, 5, extraction->market);
  insert.bind(6, when);
  insert.bind(7, when);
  insert.bind(8, result->fetch_id);
  BindText(insert, 9, raw_charset);
  insert.bind(10, NowSeconds());
  insert.exec();
  const int64_t document_id = db_->getLastInsertRowid();

  std::string_view packed = packer_.Pack(raw, options_.compress_raw);
  SQLite::Statement& raw_insert =
      Prepared("INSERT INTO raw_pages (document_id, size, data) VALUES (?, ?, ?)");
  raw_insert.bind(1, document_id);
  raw_insert.bind(2, static_cast<int64_t>(raw.size()));
  raw_insert.bindNoCopy(3, packed.data(), static_cast<int>(packed.size()));
  raw_insert.exec();
  raw_insert.clearBindings();

  InsertExtracted(document_id, *extraction);
  result->outcome = had_current ? IngestOutcome::kNewVersion : IngestOutcome::kNewDocument;
  result->document_id = document_id;
}

Status SqliteStore::RecordFetch(const FetchRecord& fetch, int64_t* fetch_id) {
  return Guarded("recording fetch of " + fetch.url, [&] {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    const int64_t when = fetch.fetched_at > 0 ? fetch.fetched_at : NowSeconds();
    const int64_t source_id = SourceId(fetch.url, when);
    *fetch_id = InsertFetch(source_id, fetch, when, nullptr);
    if (fetch.outcome == FetchRecord::Outcome::kNotModified) {
      SQLite::Statement& touch = Prepared(
          "UPDATE documents SET last_seen = max(last_seen, ?) "
          "WHERE source_id = ? AND superseded_at IS NULL");
      touch.bind(1, when);
      touch.bind(2, source_id);
      touch.exec();
    }
    txn.commit();
    return Status::OK();
  });
}

Status SqliteStore::CurrentContentHash(const std::string& url, std::string* hash) {
  return Guarded("reading the current content hash", [&] {
    SQLite::Statement& query = Prepared(
        "SELECT d.content_hash FROM documents d JOIN sources s ON s.id = d.source_id "
        "WHERE s.url = ? AND d.superseded_at IS NULL");
    query.bind(1, ValidUtf8(url));
    hash->clear();
    if (query.executeStep()) *hash = query.getColumn(0).getString();
    return Status::OK();
  });
}

SqliteStore::TextIndexMark SqliteStore::MarkTextIndex() {
  // Prepared once: re-extraction marks once per document.
  TextIndexMark mark;
  mark.claims = StepForId(Prepared("SELECT coalesce(max(id), 0) FROM claims")).value_or(0);
  mark.faqs = StepForId(Prepared("SELECT coalesce(max(id), 0) FROM faqs")).value_or(0);
  return mark;
}

void SqliteStore::IndexNewText(const TextIndexMark& mark) {
  // New rows take ids above the largest at the mark, so these are exactly
  // the rows this transaction added (and kept: a page rolled back to its
  // savepoint took its rows with it).
  SQLite::Statement& claims = Prepared(
      "INSERT INTO claims_fts (rowid, evidence) SELECT id, evidence FROM claims WHERE id > ?");
  claims.bind(1, mark.claims);
  claims.exec();
  SQLite::Statement& faqs = Prepared(
      "INSERT INTO faqs_fts (rowid, question, answer) SELECT id, question, answer FROM faqs WHERE id > ?");
  faqs.bind(1, mark.faqs);
  faqs.exec();
}

Status SqliteStore::IngestPage(const FetchRecord& fetch, std::string_view raw,
                               std::string_view raw_charset, const Extraction& extraction,
                               IngestResult* result) {
  return Guarded("storing " + fetch.url, [&] {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    const TextIndexMark mark = MarkTextIndex();
    StoreOnePage(fetch, raw, raw_charset, &extraction, "", result);
    IndexNewText(mark);
    txn.commit();
    return Status::OK();
  });
}

Status SqliteStore::IngestPages(const std::vector<PageToStore>& pages,
                                std::vector<PageStored>* stored) {
  stored->assign(pages.size(), PageStored());
  Status status = Guarded("storing pages", [&] {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    const TextIndexMark mark = MarkTextIndex();
    for (std::size_t i = 0; i < pages.size(); ++i) {
      db_->exec("SAVEPOINT page");
      try {
        const PageToStore& page = pages[i];
        StoreOnePage(page.fetch, page.raw, page.raw_charset,
                     page.extracted ? &page.extraction : nullptr, page.content_hash,
                     &(*stored)[i].result);
        db_->exec("RELEASE page");
      } catch (const SQLite::Exception& e) {
        if (!IsSqliteDataError(e.getErrorCode())) throw;
        db_->exec("ROLLBACK TO page");
        db_->exec("RELEASE page");
        (*stored)[i] = PageStored();
        (*stored)[i].status = Status::BadInput(e.what());
      }
    }
    IndexNewText(mark);
    txn.commit();
    return Status::OK();
  });
  if (!status.ok()) {
    for (PageStored& page : *stored) {
      page = PageStored();
      page.status = status;
    }
  }
  return status;
}

Status SqliteStore::Enqueue(const std::string& url, int depth, bool* added) {
  return Guarded("queueing " + url, [&] {
    SQLite::Statement& insert = Prepared(
        "INSERT OR IGNORE INTO frontier (url, depth, queued, added_at) "
        "VALUES (?, ?, (SELECT coalesce(max(queued), 0) + 1 FROM frontier), ?)");
    insert.bind(1, ValidUtf8(url));
    insert.bind(2, depth);
    insert.bind(3, NowSeconds());
    const int changed = insert.exec();
    if (added) *added = changed > 0;
    return Status::OK();
  });
}

Status SqliteStore::Revisit(const std::string& url, int depth) {
  return Guarded("queueing " + url + " again", [&] {
    SQLite::Statement& upsert = Prepared(
        "INSERT INTO frontier (url, depth, queued, added_at) "
        "VALUES (?1, ?2, (SELECT coalesce(max(queued), 0) + 1 FROM frontier), ?3) "
        "ON CONFLICT (url) DO UPDATE SET state = 'pending', depth = excluded.depth, "
        "queued = excluded.queued");
    upsert.bind(1, ValidUtf8(url));
    upsert.bind(2, depth);
    upsert.bind(3, NowSeconds());
    upsert.exec();
    return Status::OK();
  });
}

Status SqliteStore::NextPending(size_t limit, std::vector<FrontierEntry>* out) {
  out->clear();
  return Guarded("reading the crawl frontier", [&] {
    SQLite::Statement& query = Prepared(
        "SELECT url, depth FROM frontier WHERE state = 'pending' ORDER BY queued LIMIT ?");
    query.bind(1, static_cast<int64_t>(limit));
    while (query.executeStep()) {
      FrontierEntry pending;
      pending.url = query.getColumn(0).getString();
      pending.depth = query.getColumn(1).getInt();
      out->push_back(std::move(pending));
    }
    return Status::OK();
  });
}

Status SqliteStore::MarkVisited(const FetchRecord& fetch) {
  return Guarded("marking " + fetch.url + " visited", [&] {
    // A URL visited without being queued is recorded too, so a later
    // Enqueue of it stays a no-op. Only an ok visit replaces validators: a
    // 304 or a failure leaves the last good ones.
    SQLite::Statement& upsert = Prepared(
        "INSERT INTO frontier (url, depth, state, queued, outcome, etag, last_modified, "
        "added_at, visited_at) VALUES (?1, 0, 'visited', "
        "(SELECT coalesce(max(queued), 0) + 1 FROM frontier), ?2, ?3, ?4, ?5, ?5) "
        "ON CONFLICT (url) DO UPDATE SET state = 'visited', outcome = excluded.outcome, "
        "visited_at = excluded.visited_at, "
        "etag = CASE WHEN ?6 THEN excluded.etag ELSE etag END, "
        "last_modified = CASE WHEN ?6 THEN excluded.last_modified ELSE last_modified END");
    const bool ok = fetch.outcome == FetchRecord::Outcome::kOk;
    upsert.bind(1, ValidUtf8(fetch.url));
    upsert.bind(2, OutcomeName(fetch.outcome));
    upsert.bind(3, ok ? ValidUtf8(fetch.etag) : std::string());
    upsert.bind(4, ok ? ValidUtf8(fetch.last_modified) : std::string());
    upsert.bind(5, NowSeconds());
    upsert.bind(6, ok ? 1 : 0);
    upsert.exec();
    return Status::OK();
  });
}

Status SqliteStore::GetValidators(const std::string& url, std::string* etag,
                                  std::string* last_modified) {
  return Guarded("reading validators", [&] {
    SQLite::Statement& query =
        Prepared("SELECT etag, last_modified FROM frontier WHERE url = ?");
    query.bind(1, ValidUtf8(url));
    etag->clear();
    last_modified->clear();
    if (query.executeStep()) {
      *etag = query.getColumn(0).getString();
      *last_modified = query.getColumn(1).getString();
    }
    return Status::OK();
  });
}

Status SqliteStore::ListDocumentIds(std::vector<int64_t>* ids) {
  ids->clear();
  return Guarded("listing documents", [&] {
    SQLite::Statement& query = Prepared("SELECT id FROM documents ORDER BY id");
    while (query.executeStep()) ids->push_back(query.getColumn(0).getInt64());
    return Status::OK();
  });
}

Status SqliteStore::LoadPage(int64_t document_id, StoredPage* page) {
  return Guarded("loading a stored page", [&] {
    SQLite::Statement& query = Prepared(
        "SELECT s.url, d.charset, r.size, r.data FROM documents d "
        "JOIN sources s ON s.id = d.source_id JOIN raw_pages r ON r.document_id = d.id "
        "WHERE d.id = ?");
    query.bind(1, document_id);
    if (!query.executeStep()) {
      return Status::BadInput("document " + std::to_string(document_id) +
                              " has no stored page");
    }
    page->document_id = document_id;
    page->url = query.getColumn(0).getString();
    page->charset = query.getColumn(1).getString();
    const int64_t size = query.getColumn(2).getInt64();
    SQLite::Column data = query.getColumn(3);
    std::string_view bytes(static_cast<const char*>(data.getBlob()), data.getBytes());
    std::string error;
    if (!UnpackRaw(bytes, static_cast<std::size_t>(size), &page->raw, &error)) {
      return Status::Corrupt(page->url + ": " + error);
    }
    return Status::OK();
  });
}

Status SqliteStore::ReplaceExtractions(
    const std::vector<std::pair<int64_t, Extraction>>& documents) {
  static const char* const kClear[] = {
      "DELETE FROM claims WHERE document_id = ?", "DELETE FROM players WHERE document_id = ?",
      "DELETE FROM segments WHERE document_id = ?", "DELETE FROM regions WHERE document_id = ?",
      "DELETE FROM faqs WHERE document_id = ?"};
  return Guarded("replacing extracted rows", [&] {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    for (const auto& [id, extraction] : documents) {
      for (const char* sql : kClear) {
        SQLite::Statement& clear = Prepared(sql);
        clear.bind(1, id);
        clear.exec();
      }
      std::optional<int64_t> market_id = MarketId(extraction.market);
      SQLite::Statement& update = Prepared(
          "UPDATE documents SET title = ?, market_id = ?, market_as_written = ?, "
          "extracted_at = ? WHERE id = ?");
      BindText(update, 1, extraction.title);
      BindOptional(update, 2, market_id);
      BindText(update, 3, extraction.market);
      update.bind(4, NowSeconds());
      update.bind(5, id);
      update.exec();
      // Marked after the deletes: a new row may take the id of one just
      // deleted.
      const TextIndexMark mark = MarkTextIndex();
      InsertExtracted(id, extraction);
      IndexNewText(mark);
    }
    txn.commit();
    return Status::OK();
  });
}

Status SqliteStore::ListMarkets(std::vector<StoredMarket>* markets) {
  markets->clear();
  return Guarded("listing markets", [&] {
    SQLite::Statement& query = Prepared("SELECT id, key, name FROM markets ORDER BY key");
    while (query.executeStep()) {
      markets->push_back({query.getColumn(0).getInt64(), query.getColumn(1).getString(),
                          query.getColumn(2).getString()});
    }
    return Status::OK();
  });
}

template <typename T>
std::optional<T> OptionalColumn(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  if constexpr (std::is_same_v<T, double>) {
    return column.getDouble();
  } else {
    return static_cast<T>(column.getInt64());
  }
}

Status SqliteStore::CurrentClaims(int64_t market_id, std::vector<StoredClaim>* claims) {
  claims->clear();
  return Guarded("reading current claims", [&] {
    SQLite::Statement& query = Prepared(
        "SELECT c.id, c.document_id, s.url, c.kind, c.value, c.unit, "
        "coalesce(c.currency, ''), c.usd, c.year, c.start_year, c.end_year, "
        "coalesce(c.basis, ''), c.evidence, d.market_id, d.content_hash, d.first_seen "
        "FROM claims c "
        "JOIN documents d ON d.id = c.document_id JOIN sources s ON s.id = d.source_id "
        "WHERE d.market_id = ? AND d.superseded_at IS NULL ORDER BY c.id");
    query.bind(1, market_id);
    while (query.executeStep()) {
      StoredClaim c;
      c.id = query.getColumn(0).getInt64();
      c.document_id = query.getColumn(1).getInt64();
      c.url = query.getColumn(2).getString();
      c.kind = query.getColumn(3).getString();
      c.value = query.getColumn(4).getDouble();
      c.unit = query.getColumn(5).getString();
      c.currency = query.getColumn(6).getString();
      c.usd = OptionalColumn<double>(query.getColumn(7));
      c.year = OptionalColumn<int>(query.getColumn(8));
      c.start_year = OptionalColumn<int>(query.getColumn(9));
      c.end_year = OptionalColumn<int>(query.getColumn(10));
      c.basis = query.getColumn(11).getString();
      c.evidence = query.getColumn(12).getString();
      c.market_id = query.getColumn(13).getInt64();
      c.content_hash = query.getColumn(14).getString();
      c.fetched_at = query.getColumn(15).getInt64();
      claims->push_back(std::move(c));
    }
    return Status::OK();
  });
}

Status SqliteStore::ReplaceConflicts(const std::vector<StoredConflict>& conflicts, int64_t now,
                                     int64_t* new_conflicts) {
  *new_conflicts = 0;
  return Guarded("recording conflicts", [&] {
    SQLite::Transaction txn(*db_, SQLite::TransactionBehavior::IMMEDIATE);
    std::map<std::string, int64_t> first_found;
    {
      SQLite::Statement old(*db_, "SELECT fingerprint, first_found FROM conflicts");
      while (old.executeStep()) {
        first_found[old.getColumn(0).getString()] = old.getColumn(1).getInt64();
      }
    }
    db_->exec("DELETE FROM conflict_claims; DELETE FROM conflicts;");
    SQLite::Statement insert(
        *db_,
        "INSERT INTO conflicts (fingerprint, kind, market_key, market, year, start_year, "
        "end_year, spread, explanation, first_found, found_at, rule) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    SQLite::Statement insert_claim(
        *db_,
        "INSERT INTO conflict_claims (conflict_id, position, claim_id, url, kind, value, unit, "
        "currency, year, start_year, end_year, evidence, also_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const StoredConflict& c : conflicts) {
      auto known = first_found.find(c.fingerprint);
      if (known == first_found.end()) ++*new_conflicts;
      insert.reset();
      insert.clearBindings();
      BindText(insert, 1, c.fingerprint);
      BindText(insert, 2, c.kind);
      BindText(insert, 3, c.market_key);
      BindText(insert, 4, c.market);
      BindOptional(insert, 5, c.year);
      BindOptional(insert, 6, c.start_year);
      BindOptional(insert, 7, c.end_year);
      insert.bind(8, c.spread);
      BindText(insert, 9, c.explanation);
      insert.bind(10, known == first_found.end() ? now : known->second);
      insert.bind(11, now);
      BindText(insert, 12, c.rule);
      insert.exec();
      const int64_t id = db_->getLastInsertRowid();
      for (std::size_t i = 0; i < c.claims.size(); ++i) {
        const ConflictClaim& k = c.claims[i];
        insert_claim.reset();
        insert_claim.clearBindings();
        insert_claim.bind(1, id);
        insert_claim.bind(2, static_cast<int64_t>(i));
        insert_claim.bind(3, k.claim_id);
        BindText(insert_claim, 4, k.url);
        BindText(insert_claim, 5, k.kind);
        insert_claim.bind(6, k.value);
        BindText(insert_claim, 7, k.unit);
        BindOptionalText(insert_claim, 8, k.currency);
        BindOptional(insert_claim, 9, k.year);
        BindOptional(insert_claim, 10, k.start_year);
        BindOptional(insert_claim, 11, k.end_year);
        BindText(insert_claim, 12, k.evidence);
        std::string also_at;
        for (const std::string& url : k.also_at) also_at += (also_at.empty() ? "" : "\n") + url;
        BindText(insert_claim, 13, also_at);
        insert_claim.exec();
      }
    }
    txn.commit();
    return Status::OK();
  });
}

Status SqliteStore::ListConflicts(const std::string& market_key,
                                  std::vector<StoredConflict>* conflicts) {
  conflicts->clear();
  return Guarded("listing conflicts", [&] {
    ReadSnapshot snapshot(db_.get());
    SQLite::Statement query(
        *db_,
        "SELECT id, fingerprint, kind, market_key, market, year, start_year, end_year, spread, "
        "explanation, first_found, found_at, rule FROM conflicts WHERE ?1 = '' OR market_key = ?1 "
        "ORDER BY market_key, kind, coalesce(year, end_year, start_year), id");
    query.bind(1, ValidUtf8(market_key));
    SQLite::Statement claims(
        *db_,
        "SELECT claim_id, url, kind, value, unit, coalesce(currency, ''), year, start_year, "
        "end_year, evidence, also_at FROM conflict_claims WHERE conflict_id = ? ORDER BY position");
    while (query.executeStep()) {
      StoredConflict c;
      c.fingerprint = query.getColumn(1).getString();
      c.kind = query.getColumn(2).getString();
      c.market_key = query.getColumn(3).getString();
      c.market = query.getColumn(4).getString();
      c.year = OptionalColumn<int>(query.getColumn(5));
      c.start_year = OptionalColumn<int>(query.getColumn(6));
      c.end_year = OptionalColumn<int>(query.getColumn(7));
      c.spread = query.getColumn(8).getDouble();
      c.explanation = query.getColumn(9).getString();
      c.first_found = query.getColumn(10).getInt64();
      c.found_at = query.getColumn(11).getInt64();
      c.rule = query.getColumn(12).getString();
      claims.reset();
      claims.bind(1, query.getColumn(0).getInt64());
      while (claims.executeStep()) {
        ConflictClaim k;
        k.claim_id = claims.getColumn(0).getInt64();
        k.url = claims.getColumn(1).getString();
        k.kind = claims.getColumn(2).getString();
        k.value = claims.getColumn(3).getDouble();
        k.unit = claims.getColumn(4).getString();
        k.currency = claims.getColumn(5).getString();
        k.year = OptionalColumn<int>(claims.getColumn(6));
        k.start_year = OptionalColumn<int>(claims.getColumn(7));
        k.end_year = OptionalColumn<int>(claims.getColumn(8));
        k.evidence = claims.getColumn(9).getString();
        const std::string also_at = claims.getColumn(10).getString();
        for (std::size_t b = 0; b < also_at.size();) {
          std::size_t e = also_at.find('\n', b);
          if (e == std::string::npos) e = also_at.size();
          if (e > b) k.also_at.push_back(also_at.substr(b, e - b));
          b = e + 1;
        }
        c.claims.push_back(std::move(k));
      }
      conflicts->push_back(std::move(c));
    }
    return Status::OK();
  });
}

Status SqliteStore::ListMarketAliases(
    std::vector<std::pair<std::string, std::string>>* aliases) {
  aliases->clear();
  return Guarded("listing market aliases", [&] {
    SQLite::Statement query(*db_, "SELECT alias, market FROM market_aliases ORDER BY alias");
    while (query.executeStep()) {
      aliases->emplace_back(query.getColumn(0).getString(), query.getColumn(1).getString());
    }
    return Status::OK();
  });
}

Status SqliteStore::AddMarketAlias(const std::string& alias, const std::string& market) {
  return Guarded("adding a market alias", [&] {
    SQLite::Statement insert(*db_,
                             "INSERT OR REPLACE INTO market_aliases (alias, market) VALUES (?, ?)");
    BindText(insert, 1, alias);
    BindText(insert, 2, market);
    insert.exec();
    return Status::OK();
  });
}

// The exported columns, in their fixed order. New columns go at the end.
const char* ExportSelect(ExportKind kind) {
  switch (kind) {
    case ExportKind::kClaims:
      return "SELECT claim_id, market, market_key, kind, value, unit, currency, usd, year, "
             "start_year, end_year, basis, evidence, evidence_offset, url, title, fetched_at, "
             "last_seen, current, document_id FROM claim_view";
    case ExportKind::kPlayers:
      return "SELECT player_id, market, market_key, position, name, url, fetched_at, "
             "current, document_id FROM player_view";
    case ExportKind::kSegments:
      return "SELECT segment_id, market, market_key, position, dimension, name, url, "
             "fetched_at, current, document_id FROM segment_view";
    case ExportKind::kRegions:
      return "SELECT region_id, market, market_key, position, name, canonical, url, "
             "fetched_at, current, document_id FROM region_view";
    case ExportKind::kFaqs:
      return "SELECT faq_id, market, market_key, position, question, answer, url, "
             "fetched_at, current, document_id FROM faq_view";
  }
  return "";
}

Status SqliteStore::Export(ExportKind kind, bool include_history, RowSink* sink) {
  return Guarded("exporting", [&] {
    std::string sql = ExportSelect(kind);
    if (!include_history) sql += " WHERE current";
    sql += " ORDER BY 1";
    ReadSnapshot snapshot(db_.get());
    SQLite::Statement query(*db_, sql);
    std::vector<std::string> columns;
    for (int i = 0; i < query.getColumnCount(); ++i) columns.push_back(query.getColumnName(i));
    std::string sink_error;
    if (!sink->Header(columns, &sink_error)) return Status::IoError(sink_error);
    std::vector<Cell> cells(columns.size());
    while (query.executeStep()) {
      for (int i = 0; i < query.getColumnCount(); ++i) {
        SQLite::Column column = query.getColumn(i);
        Cell& cell = cells[i];
        switch (column.getType()) {
          case SQLITE_INTEGER:
            cell.type = Cell::Type::kInt;
            cell.i = column.getInt64();
            break;
          case SQLITE_FLOAT:
            cell.type = Cell::Type::kReal;
            cell.d = column.getDouble();
            break;
          case SQLITE_NULL:
            cell.type = Cell::Type::kNull;
            break;
          default:
            cell.type = Cell::Type::kText;
            cell.s = column.getString();
            break;
        }
      }
      if (!sink->Row(cells, &sink_error)) return Status::IoError(sink_error);
    }
    return Status::OK();
  });
}

Status SqliteStore::GetStats(StoreStats* stats) {
  static const char* const kTables[] = {"sources", "fetches", "documents", "markets",
                                        "claims",  "players", "segments",  "regions",
                                        "faqs",    "frontier", "conflicts"};
  return Guarded("reading statistics", [&] {
    *stats = StoreStats();
    ReadSnapshot snapshot(db_.get());
    stats->schema_version = db_->execAndGet("PRAGMA user_version").getInt();
    for (const char* table : kTables) {
      stats->table_rows.emplace_back(
          table, db_->execAndGet(std::string("SELECT count(*) FROM ") + table).getInt64());
    }
    stats->current_documents =
        db_->execAndGet("SELECT count(*) FROM documents WHERE superseded_at IS NULL")
            .getInt64();
    SQLite::Statement newest(*db_,
                             "SELECT f.fetched_at, s.url FROM fetches f "
                             "JOIN sources s ON s.id = f.source_id "
                             "ORDER BY f.fetched_at DESC, f.id DESC LIMIT 1");
    if (newest.executeStep()) {
      stats->newest_fetch_at = newest.getColumn(0).getInt64();
      stats->newest_fetch_url = newest.getColumn(1).getString();
    }
    SQLite::Statement markets(*db_,
                              "SELECT m.id, m.key, m.name, (SELECT count(*) FROM claims c "
                              "JOIN documents d ON d.id = c.document_id "
                              "WHERE d.market_id = m.id AND d.superseded_at IS NULL) AS n "
                              "FROM markets m ORDER BY n DESC, m.key");
    while (markets.executeStep()) {
      stats->markets.push_back({{markets.getColumn(0).getInt64(),
                                 markets.getColumn(1).getString(),
                                 markets.getColumn(2).getString()},
                                markets.getColumn(3).getInt64()});
    }
    return Status::OK();
  });
}

Status SqliteStore::CountClaims(int64_t* claims) {
  return Guarded("counting claims", [&] {
    *claims = db_->execAndGet("SELECT count(*) FROM claims").getInt64();
    return Status::OK();
  });
}

// Switching to WAL needs a moment of exclusive access, which another
// process opening the same fresh file may hold; it is retried until the
// busy timeout like any other lock.
void EnableWal(SQLite::Database* db, int busy_timeout_ms) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(busy_timeout_ms);
  for (;;) {
    try {
      db->exec("PRAGMA journal_mode = WAL");
      return;
    } catch (const SQLite::Exception& e) {
      if (!IsSqliteBusy(e.getErrorCode()) || std::chrono::steady_clock::now() > deadline) throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
}

// A clearer message than SQLite's "unable to open database file" for the
// common causes.
std::string DescribeOpenProblem(const std::string& path, bool read_only) {
  struct stat st;
  if (stat(path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return path + ": is a folder, not a database file";
    return "";
  }
  if (read_only) return path + ": no such database file";
  std::string dir = ".";
  std::size_t slash = path.rfind('/');
  if (slash != std::string::npos) dir = slash == 0 ? "/" : path.substr(0, slash);
  if (stat(dir.c_str(), &st) != 0) return path + ": folder '" + dir + "' does not exist";
  if (!S_ISDIR(st.st_mode)) return path + ": '" + dir + "' is not a folder";
  return "";
}

}  // namespace

Status OpenSqliteStore(const std::string& path, const StoreOptions& options,
                       std::unique_ptr<Store>* store) {
  store->reset();
  std::string problem = DescribeOpenProblem(path, options.read_only);
  if (!problem.empty()) return Status::IoError(problem);
  try {
    const int flags = options.read_only ? SQLite::OPEN_READONLY
                                        : SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE;
    auto db = std::make_unique<SQLite::Database>(path, flags, options.busy_timeout_ms);
    if (!options.read_only && sqlite3_db_readonly(db->getHandle(), "main") == 1) {
      return Status::IoError(path + ": database is read-only (check the file's permissions)");
    }
    db->exec("PRAGMA foreign_keys = ON");
    if (options.read_only) {
      int version = db->execAndGet("PRAGMA user_version").getInt();
      if (version != LatestSchemaVersion()) {
        return Status::Corrupt(
            path + ": schema version " + std::to_string(version) +
            (version > LatestSchemaVersion()
                 ? " is newer than this program understands; use a newer marketclaims"
                 : (version == 0 ? " (not a marketclaims database)"
                                 : " is older than this program's; run "
                                   "'marketclaims ingest' on it once to upgrade it")));
      }
    } else {
      EnableWal(db.get(), options.busy_timeout_ms);
      // WAL makes commits durable at checkpoints; a crash may lose the last
      // transactions but never corrupts or half-writes one.
      db->exec("PRAGMA synchronous = NORMAL");
      // Room for a whole batch (32 pages or 1 MB, their claims, indexes
      // and full-text segments) without spilling to the WAL mid-transaction;
      // small enough that peak memory is the same for 1,000 pages or 5,000.
      db->exec("PRAGMA cache_size = -4096");
      // The per-page savepoints of a batch keep their undo records in
      // memory instead of a temporary file.
      db->exec("PRAGMA temp_store = MEMORY");
      Status migrated = MigrateSchema(db.get(), Migrations(), -1, path);
      if (!migrated.ok()) return migrated;
    }
    *store = std::make_unique<SqliteStore>(std::move(db), options);
    return Status::OK();
  } catch (const SQLite::Exception& e) {
    return SqliteStatus(e, path + ": cannot open database");
  }
}

}  // namespace marketclaims
