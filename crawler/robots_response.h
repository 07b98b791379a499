// What the answer to a robots.txt request means for its host (RFC 9309
// section 2.3.1): a 2xx gives the rules; a 4xx or a redirect loop means
// "allow all"; a 5xx or no answer means the site may be down and its rules
// are unknown, so ask again later with backoff, and after max_tries leave
// the host's URLs for a later run rather than crawl without its rules.
#ifndef MARKETCLAIMS_CRAWLER_ROBOTS_RESPONSE_H_
#define MARKETCLAIMS_CRAWLER_ROBOTS_RESPONSE_H_

#include <curl/curl.h>

#include <functional>
#include <string>

#include "crawler/crawl_config.h"
#include "crawler/host_state.h"
#include "crawler/transfer.h"

namespace marketclaims {

// Applies the finished robots.txt transfer `t` (ended with `code` and HTTP
// `status`) to t.host: its robots rules and status, its delay (a larger
// Crawl-delay wins), or when to ask again. `jitter01` draws a number in
// [0, 1) for the backoff; `now` is monotonic seconds. Returns true when the
// host gives up on robots.txt: the caller defers the URLs it still holds.
// REQUIRES: t.is_robots, and t.host is the host the transfer was for.
bool ApplyRobotsResponse(const Transfer& t, CURLcode code, long status, const CrawlConfig& config,
                         const std::string& product_token, double now,
                         const std::function<double()>& jitter01);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_ROBOTS_RESPONSE_H_
