#include "store/ingest.h"

#include "base/sha256.h"

namespace marketclaims {

bool IngestOnePage(const Extractor& extractor, Store* store, const Fetch& fetch,
                   std::string_view raw, std::string_view charset, IngestResult* result,
                   std::string* page_error, std::string* error) {
  page_error->clear();
  std::string current;
  if (!store->CurrentContentHash(fetch.url, &current, error)) return false;
  Extraction extraction;
  // Unchanged content is not extracted: the store records the fetch and
  // last_seen only, re-checking inside its transaction that the content is
  // still current (another writer may have changed it meanwhile).
  if (current != Sha256Hex(raw)) {
    if (!extractor.Extract(raw, charset, fetch.url, &extraction, page_error)) return true;
    return store->IngestPage(fetch, raw, charset, extraction, result, error);
  }
  std::vector<PageToStore> pages(1);
  pages[0].fetch = fetch;
  pages[0].raw.assign(raw);
  pages[0].raw_charset.assign(charset);
  pages[0].extracted = false;
  std::vector<PageStored> stored;
  if (!store->IngestPages(pages, &stored, error)) return false;
  if (!stored[0].ok) {
    // Changed by another writer since the check: extract after all.
    if (!extractor.Extract(raw, charset, fetch.url, &extraction, page_error)) return true;
    return store->IngestPage(fetch, raw, charset, extraction, result, error);
  }
  *result = stored[0].result;
  return true;
}

BatchIngester::BatchIngester(const Extractor& extractor, Store* store,
                             const BatchOptions& options, Report report)
    : extractor_(extractor), store_(store), options_(options), report_(std::move(report)) {}

bool BatchIngester::Add(const Fetch& fetch, std::string raw, std::string_view charset,
                        const std::string& label, std::string* error) {
  PageToStore page;
  page.fetch = fetch;
  page.raw_charset.assign(charset);
  std::string current;
  if (!store_->CurrentContentHash(fetch.url, &current, error)) return false;
  page.content_hash = Sha256Hex(raw);  // computed once, for the check and the store
  page.extracted = current != page.content_hash;
  if (page.extracted) {
    std::string page_error;
    if (!extractor_.Extract(raw, charset, fetch.url, &page.extraction, &page_error)) {
      PageStored failed;
      failed.error = page_error;
      report_(label, failed);
      return true;
    }
  }
  bytes_ += raw.size();
  page.raw = std::move(raw);
  pages_.push_back(std::move(page));
  labels_.push_back(label);
  if (pages_.size() >= options_.max_pages || bytes_ >= options_.max_bytes) return Flush(error);
  return true;
}

bool BatchIngester::Flush(std::string* error) {
  if (pages_.empty()) return true;
  std::vector<PageStored> stored;
  bool ok = store_->IngestPages(pages_, &stored, error);
  std::size_t reported = 0;
  for (; ok && reported < pages_.size(); ++reported) {
    const PageToStore& page = pages_[reported];
    if (stored[reported].ok || page.extracted) {
      report_(labels_[reported], stored[reported]);
      continue;
    }
    // Its content changed under us after the unchanged check: extract it
    // after all and store it on its own.
    PageStored retry;
    std::string page_error;
    if (!IngestOnePage(extractor_, store_, page.fetch, page.raw, page.raw_charset,
                       &retry.result, &page_error, error)) {
      ok = false;
      break;
    }
    retry.ok = page_error.empty();
    retry.error = page_error;
    report_(labels_[reported], retry);
  }
  if (!ok) {
    PageStored failed;
    failed.error = "not stored: " + *error;
    for (; reported < labels_.size(); ++reported) report_(labels_[reported], failed);
  }
  pages_.clear();
  labels_.clear();
  bytes_ = 0;
  return ok;
}

}  // namespace marketclaims
