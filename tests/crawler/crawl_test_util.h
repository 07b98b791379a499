// Shared helpers for the crawler's HTTP tests: a configuration fit for a
// loopback server (private addresses allowed, short delays and backoffs),
// and one call to run a crawl.
#ifndef MARKETCLAIMS_TESTS_CRAWLER_CRAWL_TEST_UTIL_H_
#define MARKETCLAIMS_TESTS_CRAWLER_CRAWL_TEST_UTIL_H_

#include <arpa/inet.h>
#include <netinet/in.h>

#include <algorithm>
#include <string>
#include <vector>

#include "crawler/crawl_config.h"
#include "crawler/crawler.h"
#include "crawler/memory_crawl_state.h"
#include "tests/crawler/recording_sink.h"
#include "tests/util/test_server.h"

namespace marketclaims {

inline CrawlConfig TestConfig() {
  CrawlConfig c;
  c.allow_private = true;
  c.quiet = true;
  c.per_host_delay = 0;
  c.backoff_base = 0.05;
  c.backoff_max = 0.5;
  c.connect_timeout = 2;
  c.timeout = 5;
  c.max_tries = 3;
  return c;
}

struct CrawlResult {
  bool ok = false;
  std::string error;
  CrawlStats stats;
};

inline CrawlResult RunCrawl(const CrawlConfig& config, const std::vector<std::string>& seeds,
                            CrawlState* state, PageSink* sink) {
  CrawlResult r;
  Crawler crawler(config);
  r.ok = crawler.Run(seeds, state, sink, &r.stats, &r.error);
  return r;
}

// Sorted arrival times of every request the server saw.
inline std::vector<double> ArrivalTimes(const TestServer& server) {
  std::vector<double> t;
  for (const TestServer::Hit& h : server.Hits()) t.push_back(h.at);
  std::sort(t.begin(), t.end());
  return t;
}

// Loopback stands in for the internet in these tests: this makes only
// `port` count as a private address, the way a public site's redirect to an
// internal host would be refused.
inline void RefuseOnlyPort(Crawler* crawler, int port) {
  crawler->set_address_filter([port](const struct sockaddr* addr, std::string* why) {
    const auto* in = reinterpret_cast<const struct sockaddr_in*>(addr);
    if (addr->sa_family == AF_INET && ntohs(in->sin_port) == port) {
      *why = "refused private address";
      return false;
    }
    return true;
  });
}

inline bool Contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

}  // namespace marketclaims

#endif  // MARKETCLAIMS_TESTS_CRAWLER_CRAWL_TEST_UTIL_H_
