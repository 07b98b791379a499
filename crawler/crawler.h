// Crawler: fetches a crawl's frontier with libcurl's multi interface, many
// transfers in flight, politely: per-host concurrency and start-to-start
// delay (the larger of the configured delay and robots.txt's Crawl-delay),
// robots.txt obeyed, transient failures retried with backoff. Every URL it
// takes up ends in exactly one PageSink::Accept and one
// CrawlState::MarkVisited, unless the run stops first, in which case the
// URL stays pending in the CrawlState for the next run.
//
// A run is a pass over the frontier. When the state has nothing pending,
// the run starts a new pass by making the seeds pending again (so listing
// pages are re-checked with conditional GETs); otherwise it resumes the
// interrupted pass, adding any new seeds.
//
// Not thread-safe; one Run at a time.
#ifndef MARKETCLAIMS_CRAWLER_CRAWLER_H_
#define MARKETCLAIMS_CRAWLER_CRAWLER_H_

#include <sys/socket.h>

#include <csignal>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "crawler/crawl_config.h"
#include "crawler/crawl_state.h"
#include "crawler/crawl_stats.h"
#include "crawler/page_sink.h"

namespace marketclaims {

class Crawler {
 public:
  // Decides whether the crawler may connect to an address; on refusal sets
  // *why. Only consulted when allow_private is false.
  using AddressFilter = std::function<bool(const struct sockaddr* addr, std::string* why)>;

  explicit Crawler(const CrawlConfig& config);

  // Replaces the default filter (refuse IsPrivateAddress). For tests that
  // need a "private" address on the loopback interface.
  void set_address_filter(AddressFilter filter) { address_filter_ = std::move(filter); }

  // Where progress and the summary go (default stderr), and whether the
  // progress line is drawn (default: stderr is a terminal).
  void set_progress_output(FILE* out, bool live) {
    progress_out_ = out;
    progress_live_ = live;
  }

  // When *stop becomes non-zero (a signal handler sets it), the run ends
  // within about a quarter of a second: transfers in flight are abandoned
  // and every URL not yet recorded stays pending for the next run;
  // CrawlStats::stopped says so. Null (the default): never.
  void set_stop_flag(const volatile std::sig_atomic_t* stop) { stop_ = stop; }

  // `seeds` must be normalised (CollectSeeds does it). Returns false with
  // *error when the configuration is unusable or the state or sink failed;
  // failed fetches are not errors: they are counted in *stats.
  bool Run(const std::vector<std::string>& seeds, CrawlState* state, PageSink* sink,
           CrawlStats* stats, std::string* error);

 private:
  CrawlConfig config_;
  AddressFilter address_filter_;
  FILE* progress_out_;
  bool progress_live_;
  const volatile std::sig_atomic_t* stop_ = nullptr;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_CRAWLER_H_
