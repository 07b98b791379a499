// RunCrawlJob: one crawl into the store, the way `crawl` and `run` both do
// it: the crawler hands every fetch to pipeline/'s StorePageSink (extract +
// store) and keeps its frontier in the store through StoreCrawlState,
// through a sink that names in the log each URL that failed (always) or
// was skipped (unless quiet), so a cron mail lists what needs a look.
#ifndef MARKETCLAIMS_CLI_CRAWL_JOB_H_
#define MARKETCLAIMS_CLI_CRAWL_JOB_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "cli/log.h"
#include "crawler/crawl_config.h"
#include "crawler/crawl_stats.h"
#include "store/store.h"

namespace marketclaims {

struct CrawlJobResult {
  CrawlStats stats;
  // HTML pages fetched but refused by the extractor (too large, nested too
  // deep): recorded as fetches only, named in the log, and counted as
  // failures for the exit status.
  int64_t not_extracted = 0;

  bool any_failed() const { return stats.failed > 0 || not_extracted > 0; }
};

// `seeds` as CollectSeeds returns them. The crawler draws its progress line
// on stderr when that is a terminal and config.quiet is off, and prints its
// own summary unless config.quiet. Fails when the crawl stopped: with the
// store's Status when the store failed, else kIoError with the crawler's
// reason. What was done is kept and the next run resumes.
// While the crawl runs, SIGTERM stops it within about a quarter second
// (result->stats.stopped), unfinished URLs staying pending; the previous
// SIGTERM disposition is restored afterwards.
Status RunCrawlJob(const CrawlConfig& config, const std::vector<std::string>& seeds, Store* store,
                   const Log& log, CrawlJobResult* result);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CLI_CRAWL_JOB_H_
