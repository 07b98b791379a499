// Which failures are worth another try, and when. Timeouts, dropped or
// refused connections, 429 and 5xx are transient; everything else (404,
// redirect loops, oversized bodies) would fail the same way again. Backoff
// doubles per try with jitter in [0.5, 1.5) so that many crawlers failing
// together do not retry in lockstep; a server's Retry-After wins when later.
#ifndef MARKETCLAIMS_CRAWLER_RETRY_POLICY_H_
#define MARKETCLAIMS_CRAWLER_RETRY_POLICY_H_

#include <curl/curl.h>

#include <cstdint>
#include <string>

namespace marketclaims {

bool IsRetryableCurlCode(CURLcode code);
bool IsRetryableStatus(int http_status);

// Seconds to wait before try number `tries_made + 1`: base * 2^(tries_made-1)
// scaled by (0.5 + jitter01), capped at `max`.
double BackoffSeconds(int tries_made, double base, double max, double jitter01);

// A Retry-After value, delta-seconds or an HTTP-date, as seconds from
// `now_unix` (never negative). Returns false when absent or unreadable.
bool ParseRetryAfter(const std::string& value, int64_t now_unix, double* seconds);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_RETRY_POLICY_H_
