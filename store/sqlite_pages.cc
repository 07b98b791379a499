// SqliteStore, pages: fetches, documents with their raw bytes and extracted
// rows, the full-text indexes, and re-extraction.
#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include "base/sha256.h"
#include "base/text_util.h"
#include "store/market_key.h"
#include "store/sqlite_store_impl.h"

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

}  // namespace

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
    SQLite::Statement& insert =
        Prepared("INSERT INTO faqs (document_id, position, question, answer) VALUES (?, ?, ?, ?)");
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
    throw SQLite::Exception("content changed while being ingested; run again", SQLITE_CONSTRAINT);
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
      "INSERT INTO faqs_fts (rowid, question, answer) "
      "SELECT id, question, answer FROM faqs WHERE id > ?");
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
      return Status::BadInput("document " + std::to_string(document_id) + " has no stored page");
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

}  // namespace marketclaims
