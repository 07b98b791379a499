// StorePageSink: the crawler's PageSink over a Store. Each HTML body is
// extracted and stored through IngestOnePage (the same path as local
// files); other fetches are recorded only.
#ifndef MARKETCLAIMS_STORE_STORE_PAGE_SINK_H_
#define MARKETCLAIMS_STORE_STORE_PAGE_SINK_H_

#include <string>

#include "crawler/page_sink.h"
#include "extract/extractor.h"
#include "store/store.h"

namespace marketclaims {

class StorePageSink : public PageSink {
 public:
  // Both must outlive the sink.
  StorePageSink(const Extractor& extractor, Store* store)
      : extractor_(extractor), store_(store) {}

  // A body the extractor refuses (not HTML, too large) is not a sink
  // failure: its fetch is recorded with the reason in its error column.
  bool Accept(const Fetch& fetch, const std::string* utf8_body, PageResult* result,
              std::string* error) override;

 private:
  const Extractor& extractor_;
  Store* store_;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_STORE_STORE_PAGE_SINK_H_
