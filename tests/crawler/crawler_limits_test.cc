// The crawler against servers that misbehave: connections dropped mid-body,
// stalls, redirect loops, oversized bodies and a gzip bomb.
#include <gtest/gtest.h>
#include <zlib.h>

#include <atomic>
#include <chrono>
#include <random>
#include <thread>

#include "crawler/crawler.h"
#include "tests/crawler/crawl_test_util.h"

namespace marketclaims {
namespace {

std::string Gzip(const std::string& data) {
  z_stream zs{};
  deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);  // +16: gzip wrapper
  std::string out(deflateBound(&zs, data.size()), '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = data.size();
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = out.size();
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

// Letters in no pattern, so neither side's compression shrinks them much.
std::string Noise(size_t n) {
  std::mt19937 rng(42);
  std::string s(n, ' ');
  for (char& c : s) c = 'a' + rng() % 26;
  return s;
}

// Serves `body` as is, with a Content-Length and no compression by the
// server (a fixed-length provider is never re-encoded).
void ServeRaw(httplib::Response& res, std::shared_ptr<std::string> body, const char* type) {
  res.set_content_provider(body->size(), type,
                           [body](size_t offset, size_t length, httplib::DataSink& sink) {
                             return sink.write(body->data() + offset, length);
                           });
}

TEST(CrawlerLimitsTest, ConnectionDroppedMidBodyIsRetried) {
  TestServer server;
  std::atomic<int> calls{0};
  auto full = std::make_shared<std::string>("<html><body>" + Noise(20000) + "</body></html>");
  server.http().Get("/drop-once", [&](const httplib::Request&, httplib::Response& res) {
    bool drop = calls++ == 0;
    res.set_content_provider(full->size(), "text/html",
                             [full, drop](size_t offset, size_t length, httplib::DataSink& sink) {
                               if (drop && offset > 0) return false;  // hang up mid-body
                               size_t n = drop ? std::min<size_t>(length, 1000) : length;
                               return sink.write(full->data() + offset, n);
                             });
  });
  server.http().Get("/drop-always", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content_provider(full->size(), "text/html",
                             [full](size_t offset, size_t length, httplib::DataSink& sink) {
                               if (offset > 0) return false;
                               return sink.write(full->data(), std::min<size_t>(length, 1000));
                             });
  });
  server.Start();
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r =
      RunCrawl(TestConfig(), {server.Url("/drop-once"), server.Url("/drop-always")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  const RecordingSink::Entry* once = sink.Find(server.Url("/drop-once"));
  ASSERT_NE(once, nullptr);
  EXPECT_EQ(once->fetch.outcome, FetchOutcome::kOk);
  EXPECT_EQ(once->fetch.attempts, 2);
  EXPECT_EQ(once->body, *full);
  const RecordingSink::Entry* always = sink.Find(server.Url("/drop-always"));
  ASSERT_NE(always, nullptr);
  EXPECT_EQ(always->fetch.outcome, FetchOutcome::kFailed);
  EXPECT_TRUE(Contains(always->fetch.error, "after 3 tries")) << always->fetch.error;
  EXPECT_TRUE(Contains(always->fetch.error, "partial")) << always->fetch.error;
  EXPECT_EQ(server.Count("/drop-always"), 3);
}

TEST(CrawlerLimitsTest, StallingServerIsAbandoned) {
  TestServer server;
  const std::atomic<bool>& stopping = server.stopping();
  server.http().Get("/stall", [&](const httplib::Request&, httplib::Response& res) {
    res.set_chunked_content_provider("text/html", [&](size_t offset, httplib::DataSink& sink) {
      if (offset == 0) return sink.write("<html><body>", 12);
      // A trickle far below low_speed_limit; a write fails once the
      // client has hung up, which ends this handler.
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      return !stopping && sink.write(" ", 1);
    });
  });
  server.Start();
  CrawlConfig config = TestConfig();
  config.max_tries = 1;
  config.low_speed_limit = 1000;
  config.low_speed_time = 1;
  config.timeout = 10;
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(config, {server.Url("/stall")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  const RecordingSink::Entry* e = sink.Find(server.Url("/stall"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fetch.outcome, FetchOutcome::kFailed);
  EXPECT_TRUE(Contains(e->fetch.error, "Timeout")) << e->fetch.error;
  EXPECT_TRUE(Contains(e->fetch.error, "after 1 tries")) << e->fetch.error;
}

TEST(CrawlerLimitsTest, RedirectLoopFailsWithoutRetry) {
  TestServer server;
  server.http().Get("/loop/a", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("/loop/b");
  });
  server.http().Get("/loop/b", [](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("/loop/a");
  });
  server.Start();
  CrawlConfig config = TestConfig();
  config.max_redirects = 4;
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(config, {server.Url("/loop/a")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  const RecordingSink::Entry* e = sink.Find(server.Url("/loop/a"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fetch.outcome, FetchOutcome::kFailed);
  EXPECT_TRUE(Contains(e->fetch.error, "redirect")) << e->fetch.error;
  EXPECT_EQ(e->fetch.attempts, 1);
  EXPECT_EQ(server.Count("/loop/a") + server.Count("/loop/b"), 5);  // first + 4 redirects
}

TEST(CrawlerLimitsTest, BodyOverTheLimitIsAbortedAndRecorded) {
  TestServer server;
  auto big = std::make_shared<std::string>("<html><body>" + Noise(400000) + "</body></html>");
  server.http().Get("/declared", [&](const httplib::Request&, httplib::Response& res) {
    ServeRaw(res, big, "text/html");
  });
  server.http().Get("/chunked", [&](const httplib::Request&, httplib::Response& res) {
    res.set_chunked_content_provider("text/html", [big](size_t offset, httplib::DataSink& sink) {
      if (offset >= big->size()) {
        sink.done();
        return true;
      }
      return sink.write(big->data() + offset, std::min<size_t>(16384, big->size() - offset));
    });
  });
  server.Start();
  CrawlConfig config = TestConfig();
  config.max_body_bytes = 100000;
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r =
      RunCrawl(config, {server.Url("/declared"), server.Url("/chunked")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  for (const char* path : {"/declared", "/chunked"}) {
    const RecordingSink::Entry* e = sink.Find(server.Url(path));
    ASSERT_NE(e, nullptr) << path;
    EXPECT_EQ(e->fetch.outcome, FetchOutcome::kFailed) << path;
    EXPECT_TRUE(Contains(e->fetch.error, "max_body_bytes (100000)"))
        << path << ": " << e->fetch.error;
    EXPECT_FALSE(e->has_body);
    EXPECT_EQ(server.Count(path), 1) << path;  // a size limit is not retried
  }
}

TEST(CrawlerLimitsTest, GzipBombIsStoppedAtTheDecodedLimit) {
  TestServer server;
  auto bomb = std::make_shared<std::string>(Gzip(std::string(40 << 20, '\0')));
  auto page = std::make_shared<std::string>(Gzip("<html><body><p>Compressed market page</p>" +
                                                 std::string(5000, ' ') + "</body></html>"));
  server.http().Get("/bomb", [&](const httplib::Request&, httplib::Response& res) {
    res.set_header("Content-Encoding", "gzip");
    ServeRaw(res, bomb, "text/html");
  });
  server.http().Get("/gzipped", [&](const httplib::Request&, httplib::Response& res) {
    res.set_header("Content-Encoding", "gzip");
    ServeRaw(res, page, "text/html");
  });
  server.Start();
  ASSERT_LT(bomb->size(), 100000u);
  CrawlConfig config = TestConfig();
  config.max_decoded_bytes = 1 << 20;
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(config, {server.Url("/bomb"), server.Url("/gzipped")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  const RecordingSink::Entry* e = sink.Find(server.Url("/bomb"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fetch.outcome, FetchOutcome::kFailed);
  EXPECT_TRUE(Contains(e->fetch.error, "max_decoded_bytes")) << e->fetch.error;
  EXPECT_EQ(server.Count("/bomb"), 1);
  const RecordingSink::Entry* ok = sink.Find(server.Url("/gzipped"));
  ASSERT_NE(ok, nullptr);
  EXPECT_EQ(ok->fetch.outcome, FetchOutcome::kOk);
  EXPECT_TRUE(Contains(ok->body, "Compressed market page"));
}

}  // namespace
}  // namespace marketclaims
