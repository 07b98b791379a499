// CrawlState: the crawl's persistent memory, which the crawler reads and
// writes but does not own. pipeline/'s StoreCrawlState implements it over
// the SQLite store so that a crawl killed mid-run resumes where it stopped; MemoryCrawlState
// implements it in memory for tests and one-off runs.
//
// The frontier holds every URL the crawl has ever met, each either pending
// (still to fetch) or visited (fetched, or given up on, in this pass). URLs
// are normalised (crawler/url.h) before they get here, so the URL string is
// the key.
//
// Every method returns false with *error set only when the state itself
// failed (a database error); the crawler then stops the run.
#ifndef MARKETCLAIMS_CRAWLER_CRAWL_STATE_H_
#define MARKETCLAIMS_CRAWLER_CRAWL_STATE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "crawler/fetch.h"

namespace marketclaims {

struct PendingUrl {
  std::string url;
  int depth = 0;  // 0 for seeds, parent's depth + 1 for followed links
};

class CrawlState {
 public:
  virtual ~CrawlState() = default;

  // Adds `url` as pending at `depth` if the frontier does not know it; a
  // known URL (pending or visited) is left as it is. *added (optional) says
  // which happened.
  virtual bool Enqueue(const std::string& url, int depth, bool* added, std::string* error) = 0;

  // Makes `url` pending again at `depth` whatever its state, adding it if
  // unknown. The crawler does this for the seeds when it starts a new pass
  // (nothing pending), so listing pages are re-checked on every scheduled
  // run, with conditional GETs.
  virtual bool Revisit(const std::string& url, int depth, std::string* error) = 0;

  // Up to `limit` pending URLs, oldest first (breadth-first order). Does not
  // change their state: a URL stays pending until MarkVisited.
  virtual bool NextPending(size_t limit, std::vector<PendingUrl>* out, std::string* error) = 0;

  // Marks fetch.url visited with fetch.outcome. When the outcome is kOk,
  // the state may remember fetch.etag and fetch.last_modified as the URL's
  // validators (an implementation that already records them through
  // PageSink may ignore them). The crawler calls this after PageSink has
  // accepted the fetch and after the page's links were enqueued, so a crash
  // in between leaves the URL pending and it is fetched again, never lost.
  virtual bool MarkVisited(const Fetch& fetch, std::string* error) = 0;

  // The validators to send with the next GET of `url` (If-None-Match,
  // If-Modified-Since); both "" when there are none. They must come from a
  // fetch whose body was accepted by PageSink and whose links were enqueued,
  // else a 304 would hide a page that was never ingested.
  virtual bool GetValidators(const std::string& url, std::string* etag, std::string* last_modified,
                             std::string* error) = 0;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_CRAWL_STATE_H_
