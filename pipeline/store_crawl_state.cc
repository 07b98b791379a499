#include "pipeline/store_crawl_state.h"

#include "pipeline/fetch_record_of.h"

namespace marketclaims {

bool StoreCrawlState::Check(const Status& status, std::string* error) {
  if (status.ok()) return true;
  status_ = status;
  *error = status.message();
  return false;
}

bool StoreCrawlState::Enqueue(const std::string& url, int depth, bool* added, std::string* error) {
  return Check(store_->Enqueue(url, depth, added), error);
}

bool StoreCrawlState::Revisit(const std::string& url, int depth, std::string* error) {
  return Check(store_->Revisit(url, depth), error);
}

bool StoreCrawlState::NextPending(size_t limit, std::vector<PendingUrl>* out, std::string* error) {
  std::vector<FrontierEntry> entries;
  out->clear();
  if (!Check(store_->NextPending(limit, &entries), error)) return false;
  for (FrontierEntry& entry : entries) {
    PendingUrl pending;
    pending.url = std::move(entry.url);
    pending.depth = entry.depth;
    out->push_back(std::move(pending));
  }
  return true;
}

bool StoreCrawlState::MarkVisited(const Fetch& fetch, std::string* error) {
  return Check(store_->MarkVisited(FetchRecordOf(fetch)), error);
}

bool StoreCrawlState::GetValidators(const std::string& url, std::string* etag,
                                    std::string* last_modified, std::string* error) {
  return Check(store_->GetValidators(url, etag, last_modified), error);
}

}  // namespace marketclaims
