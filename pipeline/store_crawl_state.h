// StoreCrawlState: the crawler's CrawlState over a Store, so that a crawl's
// frontier persists in the corpus database and a killed crawl resumes. It
// turns the crawler's Fetch and PendingUrl into the store's FetchRecord and
// FrontierEntry, and keeps the store's Status, which the crawler's port
// (bool and a message) cannot carry, for the caller's exit status.
#ifndef MARKETCLAIMS_PIPELINE_STORE_CRAWL_STATE_H_
#define MARKETCLAIMS_PIPELINE_STORE_CRAWL_STATE_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "crawler/crawl_state.h"
#include "store/store.h"

namespace marketclaims {

class StoreCrawlState : public CrawlState {
 public:
  // `store` must outlive the state.
  explicit StoreCrawlState(Store* store) : store_(store) {}

  bool Enqueue(const std::string& url, int depth, bool* added, std::string* error) override;
  bool Revisit(const std::string& url, int depth, std::string* error) override;
  bool NextPending(size_t limit, std::vector<PendingUrl>* out, std::string* error) override;
  bool MarkVisited(const Fetch& fetch, std::string* error) override;
  bool GetValidators(const std::string& url, std::string* etag, std::string* last_modified,
                     std::string* error) override;

  // The store's failure that made a method return false; OK before that.
  const Status& status() const { return status_; }

 private:
  // Keeps a failed `status` for status() and its message in *error.
  bool Check(const Status& status, std::string* error);

  Store* store_;
  Status status_;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_PIPELINE_STORE_CRAWL_STATE_H_
