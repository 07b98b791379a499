// MemoryCrawlState: CrawlState kept in memory. Resumption works across
// Crawler::Run calls on the same object (which is how the tests simulate a
// killed and restarted crawl), not across processes.
#ifndef MARKETCLAIMS_CRAWLER_MEMORY_CRAWL_STATE_H_
#define MARKETCLAIMS_CRAWLER_MEMORY_CRAWL_STATE_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "crawler/crawl_state.h"

namespace marketclaims {

class MemoryCrawlState : public CrawlState {
 public:
  bool Enqueue(const std::string& url, int depth, bool* added, std::string* error) override;
  bool Revisit(const std::string& url, int depth, std::string* error) override;
  bool NextPending(size_t limit, std::vector<PendingUrl>* out, std::string* error) override;
  bool MarkVisited(const Fetch& fetch, std::string* error) override;
  bool GetValidators(const std::string& url, std::string* etag, std::string* last_modified,
                     std::string* error) override;

  // For tests: what the frontier holds.
  bool IsKnown(const std::string& url) const { return entries_.count(url) > 0; }
  bool IsPending(const std::string& url) const;
  size_t pending_count() const;

 private:
  struct Entry {
    int depth = 0;
    bool pending = true;
    uint64_t order = 0;  // when it last became pending: oldest first
    FetchOutcome outcome = FetchOutcome::kFailed;
    std::string etag;
    std::string last_modified;
  };
  std::map<std::string, Entry> entries_;
  uint64_t next_order_ = 0;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_MEMORY_CRAWL_STATE_H_
