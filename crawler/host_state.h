// HostState: the crawler's per-origin bookkeeping for one run: the URLs
// waiting for the host, its robots.txt, and the politeness clock. An origin
// ("https://example.com:8443") is the unit of politeness and of robots.txt.
//
// Invariants: in_flight <= limit whenever the crawler starts a transfer;
// a request to the host never starts before next_start, which the crawler
// advances by `delay` at each start (start-to-start spacing), and which a
// Retry-After can push further.
#ifndef MARKETCLAIMS_CRAWLER_HOST_STATE_H_
#define MARKETCLAIMS_CRAWLER_HOST_STATE_H_

#include <deque>
#include <string>
#include <vector>

#include "crawler/robots.h"
#include "crawler/url.h"

namespace marketclaims {

// One URL to fetch in this run. After a redirect the task moves to the
// target's host and requests `hop_url`, but it is still recorded (and
// marked visited) under `url`, the frontier's key.
struct Task {
  std::string url;  // normalised
  int depth = 0;
  UrlParts parts;                  // of the URL requested next: url, or hop_url after a redirect
  std::string hop_url;             // "" until a redirect was followed
  int redirects = 0;               // hops followed so far
  std::vector<std::string> chain;  // URLs requested before hop_url, url first
  int tries = 0;                   // tries made so far
  double not_before = 0;           // monotonic seconds; retries wait until then
  std::string last_error;
  int last_status = 0;

  const std::string& RequestUrl() const { return hop_url.empty() ? url : hop_url; }
};

enum class RobotsStatus {
  kUnknown,   // not asked yet
  kFetching,  // a robots.txt transfer is in flight
  kWaiting,   // 5xx or timeout: ask again at robots_not_before
  kReady,     // rules known (possibly "allow all")
  kGaveUp,    // never answered, or asked for a Crawl-delay over max_crawl_delay:
              // the host's URLs wait for a later run
};

struct HostState {
  std::string origin;
  bool is_file = false;
  double delay = 0;
  int limit = 1;
  int in_flight = 0;
  double next_start = 0;
  std::string refused;  // non-empty: the host's address is refused, and why

  RobotsStatus robots_status = RobotsStatus::kUnknown;
  RobotsRules robots;
  int robots_tries = 0;
  double robots_not_before = 0;

  std::deque<Task> queue;     // first tries, in frontier order
  std::vector<Task> retries;  // retries and redirect hops, each with its own not_before

  bool HasTasks() const { return !queue.empty() || !retries.empty(); }
  size_t TaskCount() const { return queue.size() + retries.size(); }

  // Removes and returns the next task that may start at `now`, due retries
  // first. False when none is due.
  bool PopReady(double now, Task* task);

  // The earliest time any task could start, ignoring the host clock;
  // a large value when there are none. Without `with_queue`, only
  // retries and redirect hops count.
  double EarliestTask(bool with_queue) const;

  // Moves every task out (to skip or defer them all).
  std::vector<Task> TakeAll();
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_HOST_STATE_H_
