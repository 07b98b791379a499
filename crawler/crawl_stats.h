// CrawlStats: the counters of one crawl run, for the progress line, the
// summary and the command's exit status.
#ifndef MARKETCLAIMS_CRAWLER_CRAWL_STATS_H_
#define MARKETCLAIMS_CRAWLER_CRAWL_STATS_H_

#include <cstdint>

namespace marketclaims {

struct CrawlStats {
  int64_t requests = 0;   // HTTP requests made, retries and robots.txt included
  int64_t pages_new = 0;  // HTML bodies the sink ingested as new or changed
  int64_t unchanged = 0;  // 304s plus bodies whose content hash was unchanged
  int64_t not_html = 0;   // received but skipped as not HTML (within `skipped`)
  int64_t skipped = 0;    // robots, scheme, private address, not HTML
  int64_t failed = 0;     // given up on after all tries
  int64_t retries = 0;    // tries beyond the first
  int64_t deferred = 0;   // left pending for a later run (robots unavailable, limits,
                          // a Crawl-delay over max_crawl_delay, a stop request)
  int64_t queued = 0;     // waiting in this run right now
  int64_t bytes = 0;      // body bytes received, after decoding
  double elapsed_seconds = 0;
  bool stopped = false;  // a stop request ended the run early

  int64_t done() const { return pages_new + unchanged + skipped + failed; }
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_CRAWL_STATS_H_
