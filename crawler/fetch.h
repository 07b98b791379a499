// Fetch: the record of one attempt to get one URL, whatever its outcome.
// The crawler fills it; pipeline/ hands every one to the store (fetches
// table, as a FetchRecord) and, when the body is a new page, ingests the
// body with it.
#ifndef MARKETCLAIMS_CRAWLER_FETCH_H_
#define MARKETCLAIMS_CRAWLER_FETCH_H_

#include <cstdint>
#include <string>

namespace marketclaims {

enum class FetchOutcome {
  kOk,           // a body was received (any 2xx, or a file:// read)
  kNotModified,  // 304 to a conditional GET: nothing new
  kFailed,       // no usable body after all tries; `error` says why
  kSkipped,      // not fetched: robots.txt, scheme, private address, not HTML
};

const char* FetchOutcomeName(FetchOutcome outcome);  // "ok", "not_modified", ...

struct Fetch {
  std::string url;         // normalised URL as requested
  std::string final_url;   // after redirects ("" when none)
  int64_t fetched_at = 0;  // unix seconds, UTC
  FetchOutcome outcome = FetchOutcome::kFailed;
  int http_status = 0;       // 0 when there was no HTTP response
  std::string content_type;  // as sent, e.g. "text/html; charset=utf-8"
  std::string charset;       // from Content-Type, "" when absent
  std::string etag;
  std::string last_modified;
  int64_t bytes = 0;  // body bytes received (after decoding)
  int attempts = 0;   // tries made, retries included
  std::string error;  // "" unless kFailed / kSkipped
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_FETCH_H_
