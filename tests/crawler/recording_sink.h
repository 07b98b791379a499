// RecordingSink: a PageSink that keeps every fetch it is given, in order,
// and judges "unchanged" the way the store does, by comparing a hash of the
// body with the last one seen for the URL. It can be told to fail, to
// stand for a store that dies mid-run.
#ifndef MARKETCLAIMS_TESTS_CRAWLER_RECORDING_SINK_H_
#define MARKETCLAIMS_TESTS_CRAWLER_RECORDING_SINK_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "crawler/page_sink.h"

namespace marketclaims {

class RecordingSink : public PageSink {
 public:
  struct Entry {
    Fetch fetch;
    bool has_body = false;
    std::string body;
    PageResult result = PageResult::kRecorded;
  };

  bool Accept(const Fetch& fetch, const std::string* utf8_body, PageResult* result,
              std::string* error) override {
    if (fail_after_ >= 0 && static_cast<int>(entries_.size()) >= fail_after_) {
      *error = "sink failure";
      return false;
    }
    Entry e;
    e.fetch = fetch;
    e.has_body = utf8_body != nullptr;
    if (e.has_body) {
      e.body = *utf8_body;
      size_t h = std::hash<std::string>()(e.body);
      auto it = hashes_.find(fetch.url);
      e.result = it != hashes_.end() && it->second == h ? PageResult::kUnchanged : PageResult::kNew;
      hashes_[fetch.url] = h;
    }
    *result = e.result;
    entries_.push_back(e);
    return true;
  }

  // Accept fails once this many fetches were accepted; -1 never.
  void FailAfter(int n) { fail_after_ = n; }

  const std::vector<Entry>& entries() const { return entries_; }
  void Clear() { entries_.clear(); }

  // The entry for `url`, or nullptr; the last one when there are several.
  const Entry* Find(const std::string& url) const {
    const Entry* found = nullptr;
    for (const Entry& e : entries_) {
      if (e.fetch.url == url) found = &e;
    }
    return found;
  }

 private:
  std::vector<Entry> entries_;
  std::map<std::string, size_t> hashes_;
  int fail_after_ = -1;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_TESTS_CRAWLER_RECORDING_SINK_H_
