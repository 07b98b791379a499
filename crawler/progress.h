// ProgressReporter: what a crawl says on stderr. On a terminal, one progress
// line rewritten in place a few times a second; at the end, one summary
// line. Quiet mode (cron) prints nothing: the exit status and the store say
// what happened.
#ifndef MARKETCLAIMS_CRAWLER_PROGRESS_H_
#define MARKETCLAIMS_CRAWLER_PROGRESS_H_

#include <cstdio>
#include <string>

#include "crawler/crawl_stats.h"

namespace marketclaims {

class ProgressReporter {
 public:
  // `out` is not owned. `live` enables the in-place line (pass
  // isatty(fileno(out)) for the real thing).
  ProgressReporter(FILE* out, bool quiet, bool live);

  // Redraws the progress line if live and ~0.25 s passed since the last.
  void Update(const CrawlStats& stats, double now_seconds);

  // Clears the progress line and prints the summary.
  void Finish(const CrawlStats& stats);

  static std::string FormatProgress(const CrawlStats& stats);
  static std::string FormatSummary(const CrawlStats& stats);

 private:
  FILE* out_;
  bool quiet_;
  bool live_;
  bool drawn_ = false;
  double last_draw_ = -1;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_PROGRESS_H_
