// What an unattended run (cron, a systemd timer) needs from the crawler: a
// hostile Crawl-delay cannot stall the run, and a stop request ends it
// quickly with the unfinished URLs kept pending.
#include <gtest/gtest.h>

#include <csignal>
#include <thread>

#include "crawler/crawler.h"
#include "crawler/memory_crawl_state.h"
#include "tests/crawler/crawl_test_util.h"
#include "tests/crawler/recording_sink.h"
#include "tests/util/test_server.h"

namespace marketclaims {
namespace {

void ServePage(TestServer* server, const std::string& path) {
  server->http().Get(path, [path](const httplib::Request&, httplib::Response& res) {
    res.set_content("<html><head><title>" + path + "</title></head><body><p>Page " + path +
                        ".</p></body></html>",
                    "text/html; charset=utf-8");
  });
}

std::vector<std::string> PendingUrls(MemoryCrawlState* state) {
  std::vector<PendingUrl> pending;
  std::string error;
  EXPECT_TRUE(state->NextPending(100, &pending, &error)) << error;
  std::vector<std::string> urls;
  for (const PendingUrl& p : pending) urls.push_back(p.url);
  std::sort(urls.begin(), urls.end());
  return urls;
}

TEST(CrawlerUnattendedTest, CrawlDelayOverTheCapDefersTheHost) {
  TestServer slow, other;
  slow.http().Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("User-agent: *\nCrawl-delay: 30\n", "text/plain");
  });
  ServePage(&slow, "/a");
  ServePage(&slow, "/b");
  ServePage(&other, "/c");
  slow.Start();
  other.Start();
  CrawlConfig config = TestConfig();
  std::string error;
  ASSERT_TRUE(SetCrawlOption("max_crawl_delay", "2", &config, &error)) << error;
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r =
      RunCrawl(config, {slow.Url("/a"), slow.Url("/b"), other.Url("/c")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(slow.Count("/robots.txt"), 1);
  EXPECT_EQ(slow.Count("/a") + slow.Count("/b"), 0);
  EXPECT_EQ(other.Count("/c"), 1);
  EXPECT_EQ(r.stats.pages_new, 1);
  EXPECT_EQ(r.stats.deferred, 2);
  EXPECT_EQ(PendingUrls(&state), (std::vector<std::string>{slow.Url("/a"), slow.Url("/b")}));
  EXPECT_LT(r.stats.elapsed_seconds, 20);
}

TEST(CrawlerUnattendedTest, CrawlDelayUnderTheCapIsObeyed) {
  TestServer server;
  server.http().Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("User-agent: *\nCrawl-delay: 0.3\n", "text/plain");
  });
  ServePage(&server, "/a");
  ServePage(&server, "/b");
  server.Start();
  CrawlConfig config = TestConfig();
  config.max_crawl_delay = 1;
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(config, {server.Url("/a"), server.Url("/b")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.stats.pages_new, 2);
  EXPECT_EQ(r.stats.deferred, 0);
  std::vector<double> t = ArrivalTimes(server);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_GE(t[2] - t[1], 0.3 - 0.03);
}

TEST(CrawlerUnattendedTest, StopRequestEndsTheRunAndKeepsTheFrontier) {
  TestServer server;
  ServePage(&server, "/fast");
  server.http().Get("/slow", [&server](const httplib::Request&, httplib::Response& res) {
    for (int i = 0; i < 3000 && !server.stopping(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    res.set_content("<html><body>late</body></html>", "text/html");
  });
  server.Start();
  CrawlConfig config = TestConfig();
  config.timeout = 60;
  config.global_limit = 2;
  config.per_host_limit = 2;
  volatile std::sig_atomic_t stop = 0;
  Crawler crawler(config);
  crawler.set_stop_flag(&stop);
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlStats stats;
  std::string error;
  std::thread stopper([&] {
    for (int i = 0; i < 3000 && server.Count("/slow") == 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    stop = 1;
  });
  double start = SteadySeconds();
  bool ok = crawler.Run({server.Url("/slow"), server.Url("/fast")}, &state, &sink, &stats, &error);
  double elapsed = SteadySeconds() - start;
  stopper.join();
  ASSERT_TRUE(ok) << error;
  EXPECT_TRUE(stats.stopped);
  EXPECT_LT(elapsed, 10);
  EXPECT_EQ(server.Count("/slow"), 1);
  EXPECT_EQ(sink.Find(server.Url("/slow")), nullptr);
  EXPECT_EQ(PendingUrls(&state), std::vector<std::string>{server.Url("/slow")});
  EXPECT_GE(stats.deferred, 1);
}

}  // namespace
}  // namespace marketclaims
