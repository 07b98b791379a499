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
// Methods return a Status and never throw. Its code says what went wrong:
// kBusy when another writer held the database for longer than
// StoreOptions::busy_timeout_ms, kCorrupt for a file that is not a
// marketclaims database or is newer than this program, kIoError when the
// file system or SQLite refused a read or write, kBadInput when the data
// given cannot be stored. The message names what failed.
#ifndef MARKETCLAIMS_STORE_STORE_H_
#define MARKETCLAIMS_STORE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "extract/claims.h"
#include "store/fetch_record.h"
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
  FetchRecord fetch;        // fetch.url names the source
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
  Status status;        // why this page was not stored, when !status.ok()
  IngestResult result;  // when status.ok()
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
  std::string kind;  // "size" or "cagr"
  double value = 0;
  std::string unit;
  std::string currency;
  std::optional<double> usd;
  std::optional<int> year, start_year, end_year;
  std::string basis;  // "actual", "forecast" or "" (cagr)
  std::string evidence;
};

// A figure involved in a conflict, copied from its claim so the conflict
// stays readable after re-extraction replaces the claim rows.
struct ConflictClaim {
  int64_t claim_id = 0;
  std::string url;
  std::string kind;  // "size" or "cagr"
  double value = 0;  // the size as written, or the rate in percent
  std::string unit;  // "%" for a rate
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
  std::string rule;  // which check found it, e.g. "stale_forecast"
  std::string market_key;
  std::string market;  // display name
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
  std::optional<int64_t> newest_fetch_at;  // unix seconds
  std::string newest_fetch_url;
  // Markets by number of current claims, most first.
  std::vector<std::pair<StoredMarket, int64_t>> markets;
};

enum class ExportKind { kClaims, kPlayers, kSegments, kRegions, kFaqs };

// "claims", "players", ... -> kind; false for anything else.
bool ParseExportKind(std::string_view name, ExportKind* kind);

class Store {
 public:
  virtual ~Store() = default;

  // --- pages ---
  // Records one fetch of any outcome. A kNotModified fetch also counts as
  // seeing the source's current document again (its last_seen moves).
  virtual Status RecordFetch(const FetchRecord& fetch, int64_t* fetch_id) = 0;
  // The content hash (Sha256Hex of the raw bytes) of `url`'s current
  // document, "" when there is none; lets callers skip re-extracting.
  virtual Status CurrentContentHash(const std::string& url, std::string* hash) = 0;
  // Stores one page and its fetch in one transaction. `raw_charset` is the
  // charset of `raw` when known, kept for re-extraction.
  virtual Status IngestPage(const FetchRecord& fetch, std::string_view raw,
                            std::string_view raw_charset, const Extraction& extraction,
                            IngestResult* result) = 0;
  // Stores several pages in one transaction (faster than one each); each
  // page is still whole or absent. A page that cannot be stored gets a
  // failed (*stored)[i].status (kBadInput) and rolls back only itself; a
  // failed return means nothing was stored.
  virtual Status IngestPages(const std::vector<PageToStore>& pages,
                             std::vector<PageStored>* stored) = 0;

  // --- crawl frontier ---
  // The crawl frontier persists in the store, so a killed crawl resumes
  // where it stopped and fetches nothing twice. Every URL met is either
  // pending or visited; the URL string is the key.
  // Adds `url` as pending at `depth` unless known (pending or visited);
  // *added (optional) says which happened.
  virtual Status Enqueue(const std::string& url, int depth, bool* added) = 0;
  // Makes `url` pending again at `depth` whatever its state, adding it if
  // unknown (a new pass re-checks the seeds).
  virtual Status Revisit(const std::string& url, int depth) = 0;
  // Up to `limit` pending URLs, oldest first; their state does not change.
  virtual Status NextPending(size_t limit, std::vector<FrontierEntry>* out) = 0;
  // Marks fetch.url visited with fetch.outcome, adding it if unknown. Only
  // a kOk visit replaces the URL's validators.
  virtual Status MarkVisited(const FetchRecord& fetch) = 0;
  // The validators of `url`'s last kOk visit; both "" when there are none.
  virtual Status GetValidators(const std::string& url, std::string* etag,
                               std::string* last_modified) = 0;

  // --- re-extraction ---
  // Ids of every stored document (superseded ones too), oldest first.
  virtual Status ListDocumentIds(std::vector<int64_t>* ids) = 0;
  // kCorrupt when the stored bytes cannot be unpacked; kBadInput when
  // `document_id` has no stored page.
  virtual Status LoadPage(int64_t document_id, StoredPage* page) = 0;
  // Replaces title, market and every extracted row of each document, all in
  // one transaction.
  virtual Status ReplaceExtractions(
      const std::vector<std::pair<int64_t, Extraction>>& documents) = 0;

  // --- reconcile ---
  virtual Status ListMarkets(std::vector<StoredMarket>* markets) = 0;
  virtual Status CurrentClaims(int64_t market_id, std::vector<StoredClaim>* claims) = 0;
  // Replaces every recorded conflict with `conflicts` in one transaction. A
  // conflict whose fingerprint was recorded before keeps its first_found;
  // *new_conflicts counts the others.
  virtual Status ReplaceConflicts(const std::vector<StoredConflict>& conflicts, int64_t now,
                                  int64_t* new_conflicts) = 0;
  // The recorded conflicts of one market key ("" for all), ordered by
  // market key, kind and period.
  virtual Status ListConflicts(const std::string& market_key,
                               std::vector<StoredConflict>* conflicts) = 0;
  // User-given market aliases as (alias name, market name), and adding one
  // (replacing an alias of the same name).
  virtual Status ListMarketAliases(std::vector<std::pair<std::string, std::string>>* aliases) = 0;
  virtual Status AddMarketAlias(const std::string& alias, const std::string& market) = 0;

  // --- export and stats ---
  // Streams the rows of one kind (current documents only unless
  // `include_history`) to `sink` with a fixed column order. A sink's
  // failure is kIoError with the sink's message.
  virtual Status Export(ExportKind kind, bool include_history, RowSink* sink) = 0;
  virtual Status GetStats(StoreStats* stats) = 0;
  // The number of rows of the claims table (what GetStats counts as
  // "claims"), without the rest of the statistics.
  virtual Status CountClaims(int64_t* claims) = 0;
};

// Opens (creating if needed, unless read_only) and migrates the SQLite
// database at `path` into *store. On failure *store is null and the
// message names the path: kBusy for a lock timeout, kCorrupt for a file
// that is not a marketclaims database or has a newer (or, read-only, an
// older) schema, kIoError for a missing folder, a read-only location and
// any other refusal.
Status OpenSqliteStore(const std::string& path, const StoreOptions& options,
                       std::unique_ptr<Store>* store);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_STORE_STORE_H_
