#include "store/store_page_sink.h"

#include "store/ingest.h"

namespace marketclaims {

bool StorePageSink::Accept(const Fetch& fetch, const std::string* utf8_body,
                           PageResult* result, std::string* error) {
  int64_t fetch_id = 0;
  if (!utf8_body) {
    *result = PageResult::kRecorded;
    return store_->RecordFetch(fetch, &fetch_id, error);
  }
  IngestResult stored;
  std::string page_error;
  // The crawler has already converted the body to UTF-8, so that is the
  // charset of the bytes kept (fetch.charset still records the original).
  if (!IngestOnePage(extractor_, store_, fetch, *utf8_body, "utf-8", &stored, &page_error,
                     error)) {
    return false;
  }
  if (!page_error.empty()) {
    Fetch refused = fetch;
    refused.error = "not extracted: " + page_error;
    *result = PageResult::kRecorded;
    return store_->RecordFetch(refused, &fetch_id, error);
  }
  *result = stored.outcome == IngestOutcome::kUnchanged ? PageResult::kUnchanged
                                                        : PageResult::kNew;
  return true;
}

}  // namespace marketclaims
