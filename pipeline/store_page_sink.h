// StorePageSink: the crawler's PageSink over a Store. Each HTML body is
// extracted and stored through IngestOnePage (the same path as local
// files); other fetches are recorded only. Like StoreCrawlState it keeps
// the store's Status of a failure.
#ifndef MARKETCLAIMS_PIPELINE_STORE_PAGE_SINK_H_
#define MARKETCLAIMS_PIPELINE_STORE_PAGE_SINK_H_

#include <string>

#include "base/status.h"
#include "crawler/page_sink.h"
#include "extract/extractor.h"
#include "store/store.h"

namespace marketclaims {

class StorePageSink : public PageSink {
 public:
  // Both must outlive the sink.
  StorePageSink(const Extractor& extractor, Store* store) : extractor_(extractor), store_(store) {}

  // A body the extractor refuses (not HTML, too large) is not a sink
  // failure: its fetch is recorded with the reason in its error column.
  bool Accept(const Fetch& fetch, const std::string* utf8_body, PageResult* result,
              std::string* error) override;

  // The store's failure that made Accept return false; OK before that.
  const Status& status() const { return status_; }

 private:
  // Keeps a failed `status` for status() and its message in *error.
  bool Check(const Status& status, std::string* error);

  const Extractor& extractor_;
  Store* store_;
  Status status_;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_PIPELINE_STORE_PAGE_SINK_H_
