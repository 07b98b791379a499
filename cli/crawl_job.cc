#include "cli/crawl_job.h"

#include <unistd.h>

#include <cstdio>

#include "crawler/crawler.h"
#include "extract/extractor.h"
#include "pipeline/store_crawl_state.h"
#include "pipeline/store_page_sink.h"

namespace marketclaims {
namespace {

class ReportingSink : public PageSink {
 public:
  ReportingSink(PageSink* next, const Log& log, int64_t* not_extracted)
      : next_(next), log_(log), not_extracted_(not_extracted) {}

  bool Accept(const Fetch& fetch, const std::string* utf8_body, PageResult* result,
              std::string* error) override {
    if (!next_->Accept(fetch, utf8_body, result, error)) return false;
    if (fetch.outcome == FetchOutcome::kFailed) {
      log_.Problem("%s: failed: %s", fetch.url.c_str(), fetch.error.c_str());
    } else if (fetch.outcome == FetchOutcome::kSkipped) {
      log_.Info("%s: skipped: %s", fetch.url.c_str(), fetch.error.c_str());
    } else if (utf8_body != nullptr && *result == PageResult::kRecorded) {
      ++*not_extracted_;
      log_.Problem("%s: failed: page not extracted (the fetches table says why)",
                   fetch.url.c_str());
    }
    return true;
  }

 private:
  PageSink* next_;
  const Log& log_;
  int64_t* not_extracted_;
};

}  // namespace

Status RunCrawlJob(const CrawlConfig& config, const std::vector<std::string>& seeds,
                   Store* store, const Log& log, CrawlJobResult* result) {
  Extractor extractor;
  StorePageSink store_sink(extractor, store);
  StoreCrawlState state(store);
  ReportingSink sink(&store_sink, log, &result->not_extracted);
  Crawler crawler(config);
  crawler.set_progress_output(stderr, !config.quiet && isatty(fileno(stderr)));
  std::string error;
  if (crawler.Run(seeds, &state, &sink, &result->stats, &error)) return Status::OK();
  if (!state.status().ok()) return state.status();
  if (!store_sink.status().ok()) return store_sink.status();
  return Status::IoError(error);
}

}  // namespace marketclaims
