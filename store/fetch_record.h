// FetchRecord and FrontierEntry: what the store keeps of a fetch and of a
// crawl frontier URL, in the store's own terms, so that store/ needs no
// crawler header. pipeline/ fills them from the crawler's Fetch and
// PendingUrl; `marketclaims ingest` fills a FetchRecord for a local file.
#ifndef MARKETCLAIMS_STORE_FETCH_RECORD_H_
#define MARKETCLAIMS_STORE_FETCH_RECORD_H_

#include <cstdint>
#include <string>

namespace marketclaims {

// One attempt to get one URL, whatever its outcome (the fetches table).
struct FetchRecord {
  enum class Outcome {
    kOk,           // a body was received
    kNotModified,  // 304 to a conditional GET: the current document was seen again
    kFailed,       // no usable body; `error` says why
    kSkipped,      // not fetched (robots.txt, scheme, ...); `error` says why
  };

  std::string url;         // the source's URL as requested
  std::string final_url;   // after redirects ("" when none)
  int64_t fetched_at = 0;  // unix seconds, UTC; 0 for "now"
  Outcome outcome = Outcome::kFailed;
  int http_status = 0;  // 0 when there was no HTTP response
  std::string content_type;
  std::string charset;  // as the response declared it, "" when absent
  std::string etag;
  std::string last_modified;
  int64_t bytes = 0;
  int attempts = 0;
  std::string error;
};

// The text of the outcome columns: "ok", "not_modified", "failed",
// "skipped".
const char* OutcomeName(FetchRecord::Outcome outcome);

// A pending URL of the crawl frontier.
struct FrontierEntry {
  std::string url;
  int depth = 0;  // 0 for seeds
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_STORE_FETCH_RECORD_H_
