#include "pipeline/store_page_sink.h"

#include "pipeline/fetch_record_of.h"
#include "store/ingest.h"

namespace marketclaims {

bool StorePageSink::Check(const Status& status, std::string* error) {
  if (status.ok()) return true;
  status_ = status;
  *error = status.message();
  return false;
}

bool StorePageSink::Accept(const Fetch& fetch, const std::string* utf8_body, PageResult* result,
                           std::string* error) {
  int64_t fetch_id = 0;
  FetchRecord record = FetchRecordOf(fetch);
  if (!utf8_body) {
    *result = PageResult::kRecorded;
    return Check(store_->RecordFetch(record, &fetch_id), error);
  }
  PageStored page;
  // The crawler has already converted the body to UTF-8, so that is the
  // charset of the bytes kept (fetch.charset still records the original).
  if (!Check(IngestOnePage(extractor_, store_, record, *utf8_body, "utf-8", &page), error)) {
    return false;
  }
  if (!page.status.ok()) {
    record.error = "not extracted: " + page.status.message();
    *result = PageResult::kRecorded;
    return Check(store_->RecordFetch(record, &fetch_id), error);
  }
  *result =
      page.result.outcome == IngestOutcome::kUnchanged ? PageResult::kUnchanged : PageResult::kNew;
  return true;
}

}  // namespace marketclaims
