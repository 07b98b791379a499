#include "store/ingest.h"

#include "base/sha256.h"

namespace marketclaims {
namespace {

// Extracts and stores one page on its own. A refusal by the extractor is
// the page's failure, not the store's.
Status ExtractAndStore(const Extractor& extractor, Store* store, const FetchRecord& fetch,
                       std::string_view raw, std::string_view charset, PageStored* page) {
  *page = PageStored();
  Extraction extraction;
  std::string why;
  if (!extractor.Extract(raw, charset, fetch.url, &extraction, &why)) {
    page->status = Status::BadInput(why);
    return Status::OK();
  }
  return store->IngestPage(fetch, raw, charset, extraction, &page->result);
}

}  // namespace

Status IngestOnePage(const Extractor& extractor, Store* store, const FetchRecord& fetch,
                     std::string_view raw, std::string_view charset, PageStored* page) {
  *page = PageStored();
  std::string current;
  Status status = store->CurrentContentHash(fetch.url, &current);
  if (!status.ok()) return status;
  // Unchanged content is not extracted: the store records the fetch and
  // last_seen only, re-checking inside its transaction that the content is
  // still current (another writer may have changed it meanwhile).
  if (current != Sha256Hex(raw)) {
    return ExtractAndStore(extractor, store, fetch, raw, charset, page);
  }
  std::vector<PageToStore> pages(1);
  pages[0].fetch = fetch;
  pages[0].raw.assign(raw);
  pages[0].raw_charset.assign(charset);
  pages[0].extracted = false;
  std::vector<PageStored> stored;
  status = store->IngestPages(pages, &stored);
  if (!status.ok()) return status;
  // Changed by another writer since the check: extract after all.
  if (!stored[0].status.ok()) return ExtractAndStore(extractor, store, fetch, raw, charset, page);
  *page = stored[0];
  return Status::OK();
}

BatchIngester::BatchIngester(const Extractor& extractor, Store* store, const BatchOptions& options,
                             Report report)
    : extractor_(extractor), store_(store), options_(options), report_(std::move(report)) {}

Status BatchIngester::Add(const FetchRecord& fetch, std::string raw, std::string_view charset,
                          const std::string& label) {
  PageToStore page;
  page.fetch = fetch;
  page.raw_charset.assign(charset);
  std::string current;
  Status status = store_->CurrentContentHash(fetch.url, &current);
  if (!status.ok()) return status;
  page.content_hash = Sha256Hex(raw);  // computed once, for the check and the store
  page.extracted = current != page.content_hash;
  if (page.extracted) {
    std::string why;
    if (!extractor_.Extract(raw, charset, fetch.url, &page.extraction, &why)) {
      PageStored failed;
      failed.status = Status::BadInput(why);
      report_(label, failed);
      return Status::OK();
    }
  }
  bytes_ += raw.size();
  page.raw = std::move(raw);
  pages_.push_back(std::move(page));
  labels_.push_back(label);
  if (pages_.size() >= options_.max_pages || bytes_ >= options_.max_bytes) return Flush();
  return Status::OK();
}

Status BatchIngester::Flush() {
  if (pages_.empty()) return Status::OK();
  std::vector<PageStored> stored;
  Status status = store_->IngestPages(pages_, &stored);
  std::size_t reported = 0;
  for (; status.ok() && reported < pages_.size(); ++reported) {
    const PageToStore& page = pages_[reported];
    if (stored[reported].status.ok() || page.extracted) {
      report_(labels_[reported], stored[reported]);
      continue;
    }
    // Its content changed under us after the unchanged check: extract it
    // after all and store it on its own.
    PageStored retry;
    status = IngestOnePage(extractor_, store_, page.fetch, page.raw, page.raw_charset, &retry);
    if (!status.ok()) break;
    report_(labels_[reported], retry);
  }
  if (!status.ok()) {
    PageStored failed;
    failed.status = status.WithContext("not stored");
    for (; reported < labels_.size(); ++reported) report_(labels_[reported], failed);
  }
  pages_.clear();
  labels_.clear();
  bytes_ = 0;
  return status;
}

}  // namespace marketclaims
