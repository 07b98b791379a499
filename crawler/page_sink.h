// PageSink: where the crawler hands every fetch it makes. The sink records
// the fetch and, for an HTML page, extracts and stores it; store/ and
// extract/ live behind it (pipeline/'s StorePageSink), so the crawler needs
// neither.
#ifndef MARKETCLAIMS_CRAWLER_PAGE_SINK_H_
#define MARKETCLAIMS_CRAWLER_PAGE_SINK_H_

#include <string>

#include "crawler/fetch.h"

namespace marketclaims {

enum class PageResult {
  kNew,        // the body was new or changed, and was ingested
  kUnchanged,  // same content hash as stored: extraction skipped
  kRecorded,   // no body to ingest (304, failure, skip): fetch recorded only
};

class PageSink {
 public:
  virtual ~PageSink() = default;

  // Called once per URL fetched or given up on, whatever the outcome.
  // `utf8_body` is non-null only for kOk fetches of HTML pages: the body
  // already converted to UTF-8 (fetch.charset names the source encoding).
  // Returns false with *error only when the sink itself failed (database
  // error); the crawler then stops the run, leaving the URL pending.
  virtual bool Accept(const Fetch& fetch, const std::string* utf8_body, PageResult* result,
                      std::string* error) = 0;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_PAGE_SINK_H_
