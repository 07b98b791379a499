// Extract + store: the one path by which a page enters the corpus, shared
// by `marketclaims ingest` (local files) and the crawler (through
// pipeline/'s StorePageSink). Content already current in the store is not extracted
// again; it only refreshes last_seen.
#ifndef MARKETCLAIMS_STORE_INGEST_H_
#define MARKETCLAIMS_STORE_INGEST_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/extractor.h"
#include "store/store.h"

namespace marketclaims {

// Extracts `raw` (with `charset` as hint) and stores it with `fetch` in one
// transaction. A failed return is the store's failure. Otherwise *page says
// how the page went: stored with its result, or refused by the extractor
// (kBadInput with the reason), in which case nothing is stored for it.
Status IngestOnePage(const Extractor& extractor, Store* store, const FetchRecord& fetch,
                     std::string_view raw, std::string_view charset, PageStored* page);

struct BatchOptions {
  // A batch is written when it holds this many pages or raw bytes; the
  // byte bound keeps memory flat however many files there are.
  std::size_t max_pages = 32;
  std::size_t max_bytes = 1u << 20;
};

// BatchIngester: IngestOnePage for many pages, several per transaction.
// Each transaction holds whole pages only, so a crash loses at most the
// batch in flight and never splits a document from its claims. Extraction
// runs outside the write lock, so concurrent ingests interleave.
class BatchIngester {
 public:
  // Called once per page with the label given to Add: ok with its result,
  // or the reason it failed (a bad page, or the store's failure when its
  // batch could not be stored).
  using Report = std::function<void(const std::string& label, const PageStored& stored)>;

  BatchIngester(const Extractor& extractor, Store* store, const BatchOptions& options,
                Report report);

  // Queues one page; may write the batch. Fails only when the store failed.
  Status Add(const FetchRecord& fetch, std::string raw, std::string_view charset,
             const std::string& label);
  // Writes what is queued. Fails when the store failed.
  Status Flush();

 private:
  const Extractor& extractor_;
  Store* store_;
  BatchOptions options_;
  Report report_;
  std::vector<PageToStore> pages_;
  std::vector<std::string> labels_;
  std::size_t bytes_ = 0;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_STORE_INGEST_H_
