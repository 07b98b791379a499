#include "store/store_crawl_state.h"

namespace marketclaims {

bool StoreCrawlState::Check(const Status& status, std::string* error) {
  if (status.ok()) return true;
  status_ = status;
  *error = status.message();
  return false;
}

bool StoreCrawlState::Enqueue(const std::string& url, int depth, bool* added,
                              std::string* error) {
  return Check(store_->Enqueue(url, depth, added), error);
}

bool StoreCrawlState::Revisit(const std::string& url, int depth, std::string* error) {
  return Check(store_->Revisit(url, depth), error);
}

bool StoreCrawlState::NextPending(size_t limit, std::vector<PendingUrl>* out,
                                  std::string* error) {
  return Check(store_->NextPending(limit, out), error);
}

bool StoreCrawlState::MarkVisited(const Fetch& fetch, std::string* error) {
  return Check(store_->MarkVisited(fetch), error);
}

bool StoreCrawlState::GetValidators(const std::string& url, std::string* etag,
                                    std::string* last_modified, std::string* error) {
  return Check(store_->GetValidators(url, etag, last_modified), error);
}

}  // namespace marketclaims
