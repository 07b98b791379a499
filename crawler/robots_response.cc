#include "crawler/robots_response.h"

#include <algorithm>
#include <ctime>

#include "crawler/retry_policy.h"
#include "crawler/robots.h"

namespace marketclaims {

bool ApplyRobotsResponse(const Transfer& t, CURLcode code, long status, const CrawlConfig& config,
                         const std::string& product_token, double now,
                         const std::function<double()>& jitter01) {
  HostState* host = t.host;
  bool got_body = code == CURLE_OK || !t.too_large.empty();
  if (!t.refused.empty() && code != CURLE_OK) {
    host->refused = t.refused;
    host->robots_status = RobotsStatus::kReady;
  } else if (got_body && status >= 200 && status < 300) {
    host->robots = RobotsRules::Parse(t.body, product_token);
    host->robots_status = RobotsStatus::kReady;
    if (host->robots.crawl_delay() > config.max_crawl_delay) {
      // Going faster than the site asks is not an option, and waiting
      // would stall the whole run: the host waits for a later run.
      host->robots_status = RobotsStatus::kGaveUp;
      return true;
    }
    if (host->robots.crawl_delay() > host->delay) {
      host->next_start += host->robots.crawl_delay() - host->delay;
      host->delay = host->robots.crawl_delay();
    }
  } else if ((code == CURLE_OK && status >= 300 && status < 500) ||
             code == CURLE_TOO_MANY_REDIRECTS) {
    host->robots = RobotsRules();  // RFC 9309: unavailable means allow all
    host->robots_status = RobotsStatus::kReady;
  } else if ((code == CURLE_OK && status >= 500) || IsRetryableCurlCode(code)) {
    // 5xx or no answer: the site may be down; its rules are unknown, so ask
    // again later rather than crawl without them.
    if (host->robots_tries >= config.max_tries) {
      host->robots_status = RobotsStatus::kGaveUp;
      return true;
    }
    double wait =
        BackoffSeconds(host->robots_tries, config.backoff_base, config.backoff_max, jitter01());
    double retry_after;
    if (ParseRetryAfter(t.retry_after, std::time(nullptr), &retry_after) &&
        retry_after <= config.max_retry_after) {
      wait = std::max(wait, retry_after);
    }
    host->robots_status = RobotsStatus::kWaiting;
    host->robots_not_before = now + wait;
  } else {
    // A failure that would hit every page the same way (TLS, protocol):
    // let the pages be fetched and fail with their own recorded reason.
    host->robots = RobotsRules();
    host->robots_status = RobotsStatus::kReady;
  }
  return false;
}

}  // namespace marketclaims
