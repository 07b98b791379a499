#include "cli/crawl_job.h"

#include <signal.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstring>

#include "crawler/crawler.h"
#include "extract/extractor.h"
#include "pipeline/store_crawl_state.h"
#include "pipeline/store_page_sink.h"

namespace marketclaims {
namespace {

// Set by the SIGTERM handler; a signal handler can reach nothing else, so
// this one flag is process-wide.
volatile std::sig_atomic_t terminate_requested = 0;

void OnTerminate(int) { terminate_requested = 1; }

// Routes SIGTERM to the flag for its lifetime, then restores what was there.
class TerminateToFlag {
 public:
  TerminateToFlag() {
    terminate_requested = 0;
    struct sigaction action;
    std::memset(&action, 0, sizeof(action));
    action.sa_handler = OnTerminate;
    sigemptyset(&action.sa_mask);
    installed_ = sigaction(SIGTERM, &action, &previous_) == 0;
  }
  ~TerminateToFlag() {
    if (installed_) sigaction(SIGTERM, &previous_, nullptr);
  }
  TerminateToFlag(const TerminateToFlag&) = delete;
  TerminateToFlag& operator=(const TerminateToFlag&) = delete;

 private:
  struct sigaction previous_;
  bool installed_ = false;
};

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

Status RunCrawlJob(const CrawlConfig& config, const std::vector<std::string>& seeds, Store* store,
                   const Log& log, CrawlJobResult* result) {
  Extractor extractor;
  StorePageSink store_sink(extractor, store);
  StoreCrawlState state(store);
  ReportingSink sink(&store_sink, log, &result->not_extracted);
  Crawler crawler(config);
  crawler.set_progress_output(stderr, !config.quiet && isatty(fileno(stderr)));
  crawler.set_stop_flag(&terminate_requested);
  std::string error;
  bool ran;
  {
    TerminateToFlag on_sigterm;
    ran = crawler.Run(seeds, &state, &sink, &result->stats, &error);
  }
  if (ran) return Status::OK();
  if (!state.status().ok()) return state.status();
  if (!store_sink.status().ok()) return store_sink.status();
  return Status::IoError(error);
}

}  // namespace marketclaims
