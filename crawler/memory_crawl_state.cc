#include "crawler/memory_crawl_state.h"

#include <algorithm>

namespace marketclaims {

bool MemoryCrawlState::Enqueue(const std::string& url, int depth, bool* added, std::string*) {
  auto it = entries_.find(url);
  bool is_new = it == entries_.end();
  if (is_new) {
    Entry& e = entries_[url];
    e.depth = depth;
    e.order = next_order_++;
  }
  if (added) *added = is_new;
  return true;
}

bool MemoryCrawlState::Revisit(const std::string& url, int depth, std::string*) {
  Entry& e = entries_[url];
  e.depth = depth;
  e.pending = true;
  e.order = next_order_++;
  return true;
}

bool MemoryCrawlState::NextPending(size_t limit, std::vector<PendingUrl>* out, std::string*) {
  std::vector<std::pair<uint64_t, const std::string*>> pending;
  for (const auto& kv : entries_) {
    if (kv.second.pending) pending.emplace_back(kv.second.order, &kv.first);
  }
  std::sort(pending.begin(), pending.end());
  out->clear();
  for (size_t i = 0; i < pending.size() && i < limit; ++i) {
    out->push_back(PendingUrl{*pending[i].second, entries_[*pending[i].second].depth});
  }
  return true;
}

bool MemoryCrawlState::MarkVisited(const Fetch& fetch, std::string*) {
  Entry& e = entries_[fetch.url];
  e.pending = false;
  e.outcome = fetch.outcome;
  if (fetch.outcome == FetchOutcome::kOk) {
    e.etag = fetch.etag;
    e.last_modified = fetch.last_modified;
  }
  return true;
}

bool MemoryCrawlState::GetValidators(const std::string& url, std::string* etag,
                                     std::string* last_modified, std::string*) {
  etag->clear();
  last_modified->clear();
  auto it = entries_.find(url);
  if (it != entries_.end()) {
    *etag = it->second.etag;
    *last_modified = it->second.last_modified;
  }
  return true;
}

bool MemoryCrawlState::IsPending(const std::string& url) const {
  auto it = entries_.find(url);
  return it != entries_.end() && it->second.pending;
}

size_t MemoryCrawlState::pending_count() const {
  size_t n = 0;
  for (const auto& kv : entries_) n += kv.second.pending ? 1 : 0;
  return n;
}

}  // namespace marketclaims
