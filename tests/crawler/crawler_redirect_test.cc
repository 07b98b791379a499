// Redirects followed by the crawler, one scheduled request per hop: each hop
// asks the target's robots.txt, passes the address policy and waits for the
// target host's delay; max_redirects counts the hops.
#include <gtest/gtest.h>

#include "crawler/crawler.h"
#include "crawler/memory_crawl_state.h"
#include "tests/crawler/crawl_test_util.h"
#include "tests/crawler/recording_sink.h"
#include "tests/util/test_server.h"

namespace marketclaims {
namespace {

// Server clocks and scheduling jitter: spacing may look this much short.
constexpr double kTolerance = 0.03;

void ServePage(TestServer* server, const std::string& path) {
  server->http().Get(path, [path](const httplib::Request&, httplib::Response& res) {
    res.set_content("<!DOCTYPE html><html><head><title>Page " + path +
                        "</title></head><body><p>Text of " + path + ".</p></body></html>",
                    "text/html; charset=utf-8");
  });
}

void Redirect(TestServer* server, const std::string& from, const std::string& to) {
  server->http().Get(
      from, [to](const httplib::Request&, httplib::Response& res) { res.set_redirect(to); });
}

TEST(CrawlerRedirectTest, RedirectIntoADisallowedPathIsNotFetched) {
  TestServer front, inner;
  inner.http().Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("User-agent: *\nDisallow: /private/\n", "text/plain");
  });
  ServePage(&inner, "/private/report");
  inner.Start();
  Redirect(&front, "/go", inner.Url("/private/report"));
  front.Start();
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(TestConfig(), {front.Url("/go")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(front.Count("/go"), 1);
  EXPECT_EQ(inner.Count("/robots.txt"), 1);
  EXPECT_EQ(inner.Count("/private/report"), 0);
  const RecordingSink::Entry* e = sink.Find(front.Url("/go"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fetch.outcome, FetchOutcome::kSkipped);
  EXPECT_TRUE(Contains(e->fetch.error, "robots.txt")) << e->fetch.error;
  EXPECT_EQ(e->fetch.final_url, inner.Url("/private/report"));
  EXPECT_EQ(r.stats.skipped, 1);
  EXPECT_EQ(sink.entries().size(), 1u);
}

TEST(CrawlerRedirectTest, HopsToOneHostWaitForTheHostDelay) {
  TestServer server;
  Redirect(&server, "/r1", "/r2");
  Redirect(&server, "/r2", "/report");
  ServePage(&server, "/report");
  server.Start();
  CrawlConfig config = TestConfig();
  config.per_host_delay = 0.2;
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(config, {server.Url("/r1")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  std::vector<double> t = ArrivalTimes(server);
  ASSERT_EQ(t.size(), 4u);  // robots.txt, /r1, /r2, /report
  for (size_t i = 1; i < t.size(); ++i) {
    EXPECT_GE(t[i] - t[i - 1], config.per_host_delay - kTolerance) << "request " << i;
  }
  const RecordingSink::Entry* e = sink.Find(server.Url("/r1"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fetch.outcome, FetchOutcome::kOk);
  EXPECT_EQ(e->fetch.final_url, server.Url("/report"));
  EXPECT_TRUE(Contains(e->body, "Text of /report")) << e->body;
  EXPECT_EQ(r.stats.pages_new, 1);
  EXPECT_EQ(r.stats.requests, 4);
}

TEST(CrawlerRedirectTest, RedirectToARefusedLiteralAddressIsNotRequested) {
  TestServer front, inner;
  ServePage(&inner, "/secret");
  inner.Start();
  Redirect(&front, "/go", inner.Url("/secret"));
  front.Start();
  CrawlConfig config = TestConfig();
  config.allow_private = false;
  Crawler crawler(config);
  RefuseOnlyPort(&crawler, inner.port());
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlStats stats;
  std::string error;
  ASSERT_TRUE(crawler.Run({front.Url("/go")}, &state, &sink, &stats, &error)) << error;
  EXPECT_EQ(front.Count("/go"), 1);
  EXPECT_TRUE(inner.Hits().empty());  // not even robots.txt
  const RecordingSink::Entry* e = sink.Find(front.Url("/go"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fetch.outcome, FetchOutcome::kSkipped);
  EXPECT_TRUE(Contains(e->fetch.error, "refused")) << e->fetch.error;
}

TEST(CrawlerRedirectTest, ALoopStopsAtMaxRedirects) {
  TestServer server;
  Redirect(&server, "/loop/a", "/loop/b");
  Redirect(&server, "/loop/b", "/loop/a");
  server.Start();
  CrawlConfig config = TestConfig();
  config.max_redirects = 3;
  config.per_host_delay = 0.1;
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(config, {server.Url("/loop/a")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(server.Count("/loop/a") + server.Count("/loop/b"), 4);  // first + 3 hops
  const RecordingSink::Entry* e = sink.Find(server.Url("/loop/a"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fetch.outcome, FetchOutcome::kFailed);
  EXPECT_TRUE(Contains(e->fetch.error, "redirect loop")) << e->fetch.error;
  // Hops are spaced like any request to the host.
  std::vector<double> t = ArrivalTimes(server);
  for (size_t i = 1; i < t.size(); ++i) {
    EXPECT_GE(t[i] - t[i - 1], config.per_host_delay - kTolerance) << "request " << i;
  }
}

TEST(CrawlerRedirectTest, TooManyHopsFailWithTheCount) {
  TestServer server;
  Redirect(&server, "/h1", "/h2");
  Redirect(&server, "/h2", "/h3");
  Redirect(&server, "/h3", "/h4");
  ServePage(&server, "/h4");
  server.Start();
  CrawlConfig config = TestConfig();
  config.max_redirects = 2;
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(config, {server.Url("/h1")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(server.Count("/h3"), 1);
  EXPECT_EQ(server.Count("/h4"), 0);
  const RecordingSink::Entry* e = sink.Find(server.Url("/h1"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fetch.outcome, FetchOutcome::kFailed);
  EXPECT_TRUE(Contains(e->fetch.error, "more than 2 redirects")) << e->fetch.error;
  EXPECT_EQ(r.stats.failed, 1);
}

TEST(CrawlerRedirectTest, RedirectToAFileUrlIsRefused) {
  TestServer server;
  Redirect(&server, "/go", "file:///etc/hostname");
  server.Start();
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(TestConfig(), {server.Url("/go")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  const RecordingSink::Entry* e = sink.Find(server.Url("/go"));
  ASSERT_NE(e, nullptr);
  EXPECT_NE(e->fetch.outcome, FetchOutcome::kOk);
  EXPECT_FALSE(e->has_body);
  EXPECT_EQ(sink.entries().size(), 1u);
}

TEST(CrawlerRedirectTest, AHopIsPartOfItsPageNotAnotherPageOfTheBudget) {
  TestServer server;
  Redirect(&server, "/old", "/new");
  ServePage(&server, "/new");
  ServePage(&server, "/other");
  server.Start();
  CrawlConfig config = TestConfig();
  config.max_pages = 1;
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(config, {server.Url("/old"), server.Url("/other")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  const RecordingSink::Entry* e = sink.Find(server.Url("/old"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fetch.outcome, FetchOutcome::kOk);
  EXPECT_EQ(server.Count("/other"), 0);
  EXPECT_EQ(r.stats.pages_new, 1);
  EXPECT_EQ(r.stats.deferred, 1);  // /other, for the next run
}

}  // namespace
}  // namespace marketclaims
