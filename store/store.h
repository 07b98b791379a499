// Store: the research corpus of market claims with provenance and history.
// This is the only interface the rest of the program sees; SQL stays behind
// it (SqliteStore today, a PostgreSQL store later).
//
// Invariants every implementation keeps:
//  - a source (URL) has at most one current document; older contents stay as
//    superseded documents and keep their claims as history;
//  - a document and everything extracted from it (and the fetch that brought
//    it) are written in one transaction: readers and crashes see all or none;
//  - storing the same content again adds no document or claim rows;
//  - every text column holds valid UTF-8.
//
// Methods return false plus a message on failure and never throw. After a
// failure, busy() tells a lock timeout (another writer held the database for
// longer than StoreOptions::busy_timeout_ms) from any other error.
#ifndef MARKETCLAIMS_STORE_STORE_H_
#define MARKETCLAIMS_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "crawler/crawl_state.h"
#include "crawler/fetch.h"
#include "extract/claims.h"
#include "store/rows.h"

namespace marketclaims {

struct StoreOptions {
  // How long a writer waits for another process's transaction to end.
  int busy_timeout_ms = 30000;
  // Opens without write access and without migrating (export, stats).
  bool read_only = false;
  // Compress stored raw HTML with zlib (sqlar convention).
  bool compress_raw = true;
};

enum class IngestOutcome {
  kNewDocument,  // first content seen for this URL
  kUnchanged,    // same content as the current document: last_seen updated
  kNewVersion,   // content changed: the previous document is superseded
};

const char* IngestOutcomeName(IngestOutcome outcome);  // "new", "unchanged", "new_version"

struct IngestResult {
  IngestOutcome outcome = IngestOutcome::kNewDocument;
  int64_t document_id = 0;
  int64_t fetch_id = 0;
};

// One fetched page with what was extracted from it, for IngestPages().
struct PageToStore {
  Fetch fetch;              // fetch.url names the source
  std::string raw;          // the bytes kept for re-extraction
  std::string raw_charset;  // their charset if known ("" lets the extractor sniff)
  // False when extraction was skipped because the content was already
  // current (see CurrentContentHash); if it changed meanwhile, the page
  // fails instead of being stored without its claims.
  bool extracted = true;
  Extraction extraction;
  // Sha256Hex(raw) when the caller has it already; "" to have it computed.
  std::string content_hash;
};

struct PageStored {
  bool ok = false;
  IngestResult result;
  std::string error;      // when !ok
};

// A stored page as needed to extract it again.
struct StoredPage {
  int64_t document_id = 0;
  std::string url;
  std::string charset;
  std::string raw;
};

struct StoredMarket {
  int64_t id = 0;
  std::string key;
  std::string name;
};

// A claim of a current (not superseded) document, for reconciliation.
struct StoredClaim {
  int64_t id = 0;
  int64_t document_id = 0;
  int64_t market_id = 0;
  std::string content_hash;  // of the document: equal for a page reposted at two URLs
  int64_t fetched_at = 0;    // when the document was first fetched (unix seconds)
  std::string url;
  std::string kind;       // "size" or "cagr"
  double value = 0;
  std::string unit;
  std::string currency;
  std::optional<double> usd;
  std::optional<int> year, start_year, end_year;
  std::string basis;      // "actual", "forecast" or "" (cagr)
  std::string evidence;
};

// A figure involved in a conflict, copied from its claim so the conflict
// stays readable after re-extraction replaces the claim rows.
struct ConflictClaim {
  int64_t claim_id = 0;
  std::string url;
  std::string kind;       // "size" or "cagr"
  double value = 0;       // the size as written, or the rate in percent
  std::string unit;       // "%" for a rate
  std::string currency;
  std::optional<int> year, start_year, end_year;
  std::string evidence;
  // Other URLs holding the same content (reposts), sorted; `url` is the
  // smallest of them all.
  std::vector<std::string> also_at;
};

// One recorded conflict (see reconcile/reconcile.h for the kinds).
struct StoredConflict {
  std::string fingerprint;  // stable across runs for the same finding
  std::string kind;
  std::string rule;         // which check found it, e.g. "stale_forecast"
  std::string market_key;
  std::string market;       // display name
  std::optional<int> year, start_year, end_year;
  double spread = 0;
  std::string explanation;
  int64_t first_found = 0;  // set by the store
  int64_t found_at = 0;     // set by the store
  std::vector<ConflictClaim> claims;
};

struct StoreStats {
  int schema_version = 0;
  std::vector<std::pair<std::string, int64_t>> table_rows;  // in schema order
  int64_t current_documents = 0;
  std::optional<int64_t> newest_fetch_at;                   // unix seconds
  std::string newest_fetch_url;
  // Markets by number of current claims, most first.
  std::vector<std::pair<StoredMarket, int64_t>> markets;
};

enum class ExportKind { kClaims, kPlayers, kSegments, kRegions, kFaqs };

// "claims", "players", ... -> kind; false for anything else.
bool ParseExportKind(std::string_view name, ExportKind* kind);

// The crawl frontier (CrawlState: Enqueue, Revisit, NextPending,
// MarkVisited, GetValidators) persists in the store, so a killed crawl
// resumes where it stopped and fetches nothing twice.
class Store : public CrawlState {
 public:
  ~Store() override = default;

  // True when the last failure was a lock timeout.
  virtual bool busy() const = 0;

  // --- pages ---
  // Records one fetch of any outcome. A kNotModified fetch also counts as
  // seeing the source's current document again (its last_seen moves).
  virtual bool RecordFetch(const Fetch& fetch, int64_t* fetch_id, std::string* error) = 0;
  // The content hash (Sha256Hex of the raw bytes) of `url`'s current
  // document, "" when there is none; lets callers skip re-extracting.
  virtual bool CurrentContentHash(const std::string& url, std::string* hash,
                                  std::string* error) = 0;
  // Stores one page and its fetch in one transaction. `raw_charset` is the
  // charset of `raw` when known, kept for re-extraction.
  virtual bool IngestPage(const Fetch& fetch, std::string_view raw, std::string_view raw_charset,
                          const Extraction& extraction, IngestResult* result,
                          std::string* error) = 0;
  // Stores several pages in one transaction (faster than one each); each
  // page is still whole or absent. Per-page failures are reported in
  // *stored and roll back only that page; false means nothing was stored.
  virtual bool IngestPages(const std::vector<PageToStore>& pages,
                           std::vector<PageStored>* stored, std::string* error) = 0;

  // --- re-extraction ---
  // Ids of every stored document (superseded ones too), oldest first.
  virtual bool ListDocumentIds(std::vector<int64_t>* ids, std::string* error) = 0;
  virtual bool LoadPage(int64_t document_id, StoredPage* page, std::string* error) = 0;
  // Replaces title, market and every extracted row of each document, all in
  // one transaction.
  virtual bool ReplaceExtractions(
      const std::vector<std::pair<int64_t, Extraction>>& documents, std::string* error) = 0;

  // --- reconcile ---
  virtual bool ListMarkets(std::vector<StoredMarket>* markets, std::string* error) = 0;
  virtual bool CurrentClaims(int64_t market_id, std::vector<StoredClaim>* claims,
                             std::string* error) = 0;
  // Replaces every recorded conflict with `conflicts` in one transaction. A
  // conflict whose fingerprint was recorded before keeps its first_found;
  // *new_conflicts counts the others.
  virtual bool ReplaceConflicts(const std::vector<StoredConflict>& conflicts, int64_t now,
                                int64_t* new_conflicts, std::string* error) = 0;
  // The recorded conflicts of one market key ("" for all), ordered by
  // market key, kind and period.
  virtual bool ListConflicts(const std::string& market_key,
                             std::vector<StoredConflict>* conflicts, std::string* error) = 0;
  // User-given market aliases as (alias name, market name), and adding one
  // (replacing an alias of the same name).
  virtual bool ListMarketAliases(std::vector<std::pair<std::string, std::string>>* aliases,
                                 std::string* error) = 0;
  virtual bool AddMarketAlias(const std::string& alias, const std::string& market,
                              std::string* error) = 0;

  // --- export and stats ---
  // Streams the rows of one kind (current documents only unless
  // `include_history`) to `sink` with a fixed column order.
  virtual bool Export(ExportKind kind, bool include_history, RowSink* sink,
                      std::string* error) = 0;
  virtual bool GetStats(StoreStats* stats, std::string* error) = 0;
};

// Opens (creating if needed, unless read_only) and migrates the SQLite
// database at `path`. Returns null with a message naming the path on
// failure; *busy (optional) is set when the failure was a lock timeout.
std::unique_ptr<Store> OpenSqliteStore(const std::string& path, const StoreOptions& options,
                                       std::string* error, bool* busy = nullptr);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_STORE_STORE_H_
