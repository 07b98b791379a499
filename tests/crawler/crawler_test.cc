// The crawler against a real HTTP server on 127.0.0.1: politeness, robots,
// retries, conditional GETs, resumption, charsets, content types, link
// following, file:// and the address policy.
#include "crawler/crawler.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "base/text_util.h"
#include "crawler/memory_crawl_state.h"
#include "tests/crawler/crawl_test_util.h"
#include "tests/crawler/recording_sink.h"
#include "tests/util/temp_dir.h"
#include "tests/util/test_server.h"

namespace marketclaims {
namespace {

// Server clocks and scheduling jitter: spacing may look this much short.
constexpr double kTolerance = 0.03;

std::string Page(const std::string& title, const std::string& body = "") {
  return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><h1>" + title +
         "</h1>" + body + "</body></html>";
}

void ServePages(TestServer* server, const std::vector<std::string>& paths) {
  for (const std::string& p : paths) {
    server->http().Get(p, [p](const httplib::Request&, httplib::Response& res) {
      res.set_content(Page("Page " + p), "text/html; charset=utf-8");
    });
  }
}

TEST(CrawlerTest, PerHostDelayAsSeenByTheServer) {
  TestServer a, b;
  std::vector<std::string> paths = {"/p1", "/p2", "/p3", "/p4", "/p5"};
  ServePages(&a, paths);
  ServePages(&b, paths);
  a.Start();
  b.Start();
  CrawlConfig config = TestConfig();
  config.per_host_delay = 0.2;
  config.per_host_limit = 1;
  std::vector<std::string> seeds;
  for (const std::string& p : paths) {
    seeds.push_back(a.Url(p));
    seeds.push_back(b.Url(p));
  }
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(config, seeds, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.stats.pages_new, 10);
  for (const TestServer* server : {&a, &b}) {
    std::vector<double> t = ArrivalTimes(*server);
    ASSERT_EQ(t.size(), 6u);  // robots.txt + 5 pages
    for (size_t i = 1; i < t.size(); ++i) {
      EXPECT_GE(t[i] - t[i - 1], 0.2 - kTolerance) << "request " << i;
    }
  }
  EXPECT_EQ(state.pending_count(), 0u);
}

TEST(CrawlerTest, RobotsRulesAndCrawlDelayAreObeyed) {
  TestServer server;
  server.http().Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "User-agent: *\nDisallow: /\n\n"
        "User-agent: marketclaims\nDisallow: /private/\nAllow: /private/ok$\n"
        "Disallow: /*.json$\nCrawl-delay: 0.3\n",
        "text/plain");
  });
  ServePages(&server, {"/open", "/private/x", "/private/ok", "/data.json", "/data.json2"});
  server.Start();
  CrawlConfig config = TestConfig();
  std::vector<std::string> seeds = {server.Url("/open"), server.Url("/private/x"),
                                    server.Url("/private/ok"), server.Url("/data.json"),
                                    server.Url("/data.json2")};
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(config, seeds, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(server.Count("/robots.txt"), 1);
  EXPECT_EQ(server.Count("/private/x"), 0);
  EXPECT_EQ(server.Count("/data.json"), 0);
  EXPECT_EQ(server.Count("/open"), 1);
  EXPECT_EQ(server.Count("/private/ok"), 1);
  EXPECT_EQ(server.Count("/data.json2"), 1);
  const RecordingSink::Entry* denied = sink.Find(server.Url("/private/x"));
  ASSERT_NE(denied, nullptr);
  EXPECT_EQ(denied->fetch.outcome, FetchOutcome::kSkipped);
  EXPECT_TRUE(Contains(denied->fetch.error, "robots.txt"));
  EXPECT_EQ(r.stats.skipped, 2);
  EXPECT_EQ(r.stats.pages_new, 3);
  // Crawl-delay (0.3 s) is larger than the configured delay (0), so it rules.
  std::vector<double> t = ArrivalTimes(server);
  for (size_t i = 1; i < t.size(); ++i) EXPECT_GE(t[i] - t[i - 1], 0.3 - kTolerance);
  for (const TestServer::Hit& h : server.Hits()) {
    EXPECT_EQ(h.user_agent.rfind("marketclaims/", 0), 0u) << h.user_agent;
  }
}

TEST(CrawlerTest, RobotsServerErrorMeansTryLater) {
  TestServer server;
  std::atomic<int> robots_calls{0};
  server.http().Get("/robots.txt", [&](const httplib::Request&, httplib::Response& res) {
    if (robots_calls++ == 0) {
      res.status = 503;
      res.set_content("busy", "text/plain");
    } else {
      res.set_content("User-agent: *\nDisallow: /no\n", "text/plain");
    }
  });
  ServePages(&server, {"/yes", "/no"});
  server.Start();
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(TestConfig(), {server.Url("/yes"), server.Url("/no")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(server.Count("/robots.txt"), 2);
  EXPECT_EQ(server.Count("/yes"), 1);
  EXPECT_EQ(server.Count("/no"), 0);  // the rules from the second answer held
  // No page went out before robots.txt was known.
  std::vector<TestServer::Hit> hits = server.Hits();
  ASSERT_GE(hits.size(), 3u);
  EXPECT_EQ(hits[0].path, "/robots.txt");
  EXPECT_EQ(hits[1].path, "/robots.txt");
}

TEST(CrawlerTest, RobotsNeverAnsweringDefersTheHost) {
  TestServer server;
  server.http().Get("/robots.txt",
                    [](const httplib::Request&, httplib::Response& res) { res.status = 500; });
  ServePages(&server, {"/a", "/b"});
  server.Start();
  CrawlConfig config = TestConfig();
  config.max_tries = 2;
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(config, {server.Url("/a"), server.Url("/b")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(server.Count("/robots.txt"), 2);
  EXPECT_EQ(server.Count("/a") + server.Count("/b"), 0);
  EXPECT_EQ(r.stats.deferred, 2);
  EXPECT_TRUE(sink.entries().empty());
  EXPECT_TRUE(state.IsPending(server.Url("/a")));  // for the next run
}

TEST(CrawlerTest, LinksToAHostWhoseRobotsNeverAnsweredAreDeferred) {
  TestServer down, up;
  down.http().Get("/robots.txt",
                  [](const httplib::Request&, httplib::Response& res) { res.status = 503; });
  ServePages(&down, {"/x", "/y"});
  down.Start();
  std::string link = down.Url("/y");
  up.http().Get("/list", [link](const httplib::Request&, httplib::Response& res) {
    // Slow enough that `down` has given up on robots.txt by the time the
    // link to it is found.
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    res.set_content(Page("List", "<a href='" + link + "'>y</a>"), "text/html");
  });
  up.Start();
  CrawlConfig config = TestConfig();
  config.max_tries = 2;
  config.max_depth = 1;
  config.same_host = false;
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(config, {down.Url("/x"), up.Url("/list")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(r.stats.deferred, 2);
  EXPECT_TRUE(state.IsPending(down.Url("/x")));
  EXPECT_TRUE(state.IsPending(link));
  EXPECT_EQ(down.Count("/x") + down.Count("/y"), 0);
}

TEST(CrawlerTest, TooManyRequestsHonoursRetryAfter) {
  TestServer server;
  std::atomic<int> calls{0};
  server.http().Get("/limited", [&](const httplib::Request&, httplib::Response& res) {
    if (calls++ == 0) {
      res.status = 429;
      res.set_header("Retry-After", "1");
      res.set_content("slow down", "text/plain");
    } else {
      res.set_content(Page("Limited"), "text/html");
    }
  });
  server.Start();
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(TestConfig(), {server.Url("/limited")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  std::vector<TestServer::Hit> hits = server.HitsFor("/limited");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_GE(hits[1].at - hits[0].at, 1.0 - kTolerance);  // backoff alone would be ~0.05 s
  const RecordingSink::Entry* e = sink.Find(server.Url("/limited"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fetch.outcome, FetchOutcome::kOk);
  EXPECT_EQ(e->fetch.attempts, 2);
  EXPECT_EQ(r.stats.retries, 1);
}

TEST(CrawlerTest, ServerErrorsAreRetriedThenRecorded) {
  TestServer server;
  std::atomic<int> calls{0};
  server.http().Get("/flaky", [&](const httplib::Request&, httplib::Response& res) {
    if (calls++ < 2) {
      res.status = 503;
    } else {
      res.set_content(Page("Flaky"), "text/html");
    }
  });
  server.http().Get("/down",
                    [](const httplib::Request&, httplib::Response& res) { res.status = 500; });
  server.http().Get("/gone",
                    [](const httplib::Request&, httplib::Response& res) { res.status = 404; });
  server.Start();
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r =
      RunCrawl(TestConfig(), {server.Url("/flaky"), server.Url("/down"), server.Url("/gone")},
               &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  const RecordingSink::Entry* flaky = sink.Find(server.Url("/flaky"));
  ASSERT_NE(flaky, nullptr);
  EXPECT_EQ(flaky->fetch.outcome, FetchOutcome::kOk);
  EXPECT_EQ(flaky->fetch.attempts, 3);
  const RecordingSink::Entry* down = sink.Find(server.Url("/down"));
  ASSERT_NE(down, nullptr);
  EXPECT_EQ(down->fetch.outcome, FetchOutcome::kFailed);
  EXPECT_EQ(down->fetch.http_status, 500);
  EXPECT_EQ(down->fetch.error, "HTTP 500 (after 3 tries)");
  EXPECT_EQ(server.Count("/down"), 3);
  const RecordingSink::Entry* gone = sink.Find(server.Url("/gone"));
  ASSERT_NE(gone, nullptr);
  EXPECT_EQ(gone->fetch.error, "HTTP 404");
  EXPECT_EQ(server.Count("/gone"), 1);  // not transient: no retry
  EXPECT_EQ(r.stats.failed, 2);
  EXPECT_EQ(sink.entries().size(), 3u);  // one record per URL, not per try
}

TEST(CrawlerTest, ConditionalGetAnsweredWith304) {
  TestServer server;
  const std::string kDate = "Tue, 02 Jan 2024 10:00:00 GMT";
  server.http().Get("/report", [&](const httplib::Request& req, httplib::Response& res) {
    res.set_header("ETag", "\"v1\"");
    res.set_header("Last-Modified", kDate);
    if (req.get_header_value("If-None-Match") == "\"v1\"") {
      res.status = 304;
      return;
    }
    res.set_content(Page("Widget market report"), "text/html");
  });
  server.Start();
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult first = RunCrawl(TestConfig(), {server.Url("/report")}, &state, &sink);
  ASSERT_TRUE(first.ok) << first.error;
  EXPECT_EQ(first.stats.pages_new, 1);
  EXPECT_EQ(sink.entries().back().fetch.etag, "\"v1\"");

  // Nothing is pending, so this run is a new pass that re-checks the seed.
  CrawlResult second = RunCrawl(TestConfig(), {server.Url("/report")}, &state, &sink);
  ASSERT_TRUE(second.ok) << second.error;
  std::vector<TestServer::Hit> hits = server.HitsFor("/report");
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_EQ(hits[0].if_none_match, "");
  EXPECT_EQ(hits[1].if_none_match, "\"v1\"");
  EXPECT_EQ(hits[1].if_modified_since, kDate);
  const RecordingSink::Entry& e = sink.entries().back();
  EXPECT_EQ(e.fetch.outcome, FetchOutcome::kNotModified);
  EXPECT_EQ(e.fetch.http_status, 304);
  EXPECT_FALSE(e.has_body);
  EXPECT_EQ(second.stats.unchanged, 1);
  EXPECT_EQ(second.stats.pages_new, 0);
}

TEST(CrawlerTest, UnchangedContentHashCountsAsUnchanged) {
  TestServer server;
  ServePages(&server, {"/static"});
  server.Start();
  MemoryCrawlState state;
  RecordingSink sink;
  ASSERT_TRUE(RunCrawl(TestConfig(), {server.Url("/static")}, &state, &sink).ok);
  CrawlResult second = RunCrawl(TestConfig(), {server.Url("/static")}, &state, &sink);
  ASSERT_TRUE(second.ok);
  EXPECT_EQ(server.Count("/static"), 2);
  EXPECT_EQ(sink.entries().back().result, PageResult::kUnchanged);
  EXPECT_EQ(second.stats.unchanged, 1);
  EXPECT_EQ(second.stats.pages_new, 0);
}

// A listing page linking to six report pages.
void ServeListing(TestServer* server) {
  std::string links;
  std::vector<std::string> reports;
  for (int i = 1; i <= 6; ++i) {
    std::string p = "/reports/r" + std::to_string(i);
    links += "<a href='" + p + "'>Report " + std::to_string(i) + "</a>";
    reports.push_back(p);
  }
  server->http().Get("/list", [links](const httplib::Request&, httplib::Response& res) {
    res.set_content(Page("Latest reports", links), "text/html");
  });
  ServePages(server, reports);
}

TEST(CrawlerTest, ResumedCrawlFetchesNothingTwice) {
  TestServer server;
  ServeListing(&server);
  server.Start();
  CrawlConfig config = TestConfig();
  config.max_depth = 1;
  config.max_pages = 3;  // the run "dies" after three pages
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult first = RunCrawl(config, {server.Url("/list")}, &state, &sink);
  ASSERT_TRUE(first.ok) << first.error;
  EXPECT_EQ(first.stats.pages_new, 3);
  EXPECT_EQ(state.pending_count(), 4u);
  EXPECT_EQ(first.stats.deferred, 4);

  config.max_pages = 0;
  CrawlResult second = RunCrawl(config, {server.Url("/list")}, &state, &sink);
  ASSERT_TRUE(second.ok) << second.error;
  EXPECT_EQ(second.stats.pages_new, 4);
  EXPECT_EQ(state.pending_count(), 0u);
  EXPECT_EQ(server.Count("/list"), 1);
  for (int i = 1; i <= 6; ++i) {
    EXPECT_EQ(server.Count("/reports/r" + std::to_string(i)), 1) << i;
  }
  EXPECT_EQ(sink.entries().size(), 7u);
}

TEST(CrawlerTest, StoreFailureStopsTheRunAndTheNextRunResumes) {
  TestServer server;
  ServeListing(&server);
  server.Start();
  CrawlConfig config = TestConfig();
  config.max_depth = 1;
  MemoryCrawlState state;
  RecordingSink failing;
  failing.FailAfter(3);
  CrawlResult first = RunCrawl(config, {server.Url("/list")}, &state, &failing);
  EXPECT_FALSE(first.ok);
  EXPECT_EQ(first.error, "sink failure");
  ASSERT_EQ(failing.entries().size(), 3u);

  RecordingSink sink;
  CrawlResult second = RunCrawl(config, {server.Url("/list")}, &state, &sink);
  ASSERT_TRUE(second.ok) << second.error;
  EXPECT_EQ(state.pending_count(), 0u);
  // Pages recorded before the failure are not fetched again.
  for (const RecordingSink::Entry& e : failing.entries()) {
    const std::string path = e.fetch.url.substr(server.Url("").size());
    EXPECT_EQ(server.Count(path), 1) << path;
    EXPECT_EQ(sink.Find(e.fetch.url), nullptr) << path;
  }
  EXPECT_EQ(failing.entries().size() + sink.entries().size(), 7u);
}

TEST(CrawlerTest, Windows1252PageIsConvertedToUtf8) {
  TestServer server;
  const std::string body =
      "<html><body><p>Market worth \x80"
      "5 bn, caf\xE9 sector \x96 2030</p></body></html>";
  server.http().Get("/header", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(body, "text/html; charset=windows-1252");
  });
  server.http().Get("/meta", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content("<html><head><meta charset=\"windows-1252\"></head>" + body.substr(6),
                    "text/html");
  });
  server.Start();
  MemoryCrawlState state;
  RecordingSink sink;
  ASSERT_TRUE(
      RunCrawl(TestConfig(), {server.Url("/header"), server.Url("/meta")}, &state, &sink).ok);
  for (const char* path : {"/header", "/meta"}) {
    const RecordingSink::Entry* e = sink.Find(server.Url(path));
    ASSERT_NE(e, nullptr) << path;
    ASSERT_TRUE(e->has_body) << path;
    EXPECT_TRUE(Contains(e->body,
                         "worth \xE2\x82\xAC"
                         "5 bn"))
        << path;
    EXPECT_TRUE(Contains(e->body, "caf\xC3\xA9 sector \xE2\x80\x93 2030")) << path;
  }
  EXPECT_EQ(sink.Find(server.Url("/header"))->fetch.charset, "windows-1252");
  EXPECT_EQ(sink.Find(server.Url("/meta"))->fetch.charset, "");
}

TEST(CrawlerTest, LyingCharsetDegradesToReplacementCharacters) {
  TestServer server;
  server.http().Get("/liar", [](const httplib::Request&, httplib::Response& res) {
    // Says UTF-8, is windows-1252, and ends in a truncated sequence.
    res.set_content("<html><body><p>Revenue \x93up\x94 in S\xE3o Paulo \xE2\x82</p></body></html>",
                    "text/html; charset=utf-8");
  });
  server.http().Get("/nonsense", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("<html><head><meta charset='iso-8859-2'></head><p>\xB1</p></html>",
                    "text/html; charset=x-no-such-charset");
  });
  server.Start();
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r =
      RunCrawl(TestConfig(), {server.Url("/liar"), server.Url("/nonsense")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  const RecordingSink::Entry* liar = sink.Find(server.Url("/liar"));
  ASSERT_NE(liar, nullptr);
  EXPECT_EQ(liar->fetch.outcome, FetchOutcome::kOk);
  EXPECT_EQ(ValidUtf8(liar->body), liar->body);
  EXPECT_TRUE(Contains(liar->body, "Revenue \xEF\xBF\xBDup\xEF\xBF\xBD in S\xEF\xBF\xBDo Paulo"));
  // An unknown header label falls back to the page's own <meta>.
  const RecordingSink::Entry* nonsense = sink.Find(server.Url("/nonsense"));
  ASSERT_NE(nonsense, nullptr);
  EXPECT_TRUE(Contains(nonsense->body, "<p>\xC4\x85</p>"));  // U+0105 in ISO-8859-2
}

TEST(CrawlerTest, PdfReportLinkIsRecordedButNotExtracted) {
  TestServer server;
  const std::string pdf = "%PDF-1.4\n" + std::string(300000, 'x') + "\n%%EOF\n";
  server.http().Get("/list", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(Page("Reports",
                         "<a href='/report.pdf'>PDF</a><a href='/report.html'>HTML</a>"
                         "<a href='/disguised.html'>Disguised</a>"),
                    "text/html");
  });
  server.http().Get("/report.pdf", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(pdf, "application/pdf");
  });
  server.http().Get("/disguised.html", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(pdf, "text/html");
  });
  ServePages(&server, {"/report.html"});
  server.Start();
  CrawlConfig config = TestConfig();
  config.max_depth = 1;
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(config, {server.Url("/list")}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  const RecordingSink::Entry* e = sink.Find(server.Url("/report.pdf"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fetch.outcome, FetchOutcome::kSkipped);
  EXPECT_EQ(e->fetch.error, "not HTML (application/pdf)");
  EXPECT_EQ(e->fetch.http_status, 200);
  EXPECT_FALSE(e->has_body);
  const RecordingSink::Entry* disguised = sink.Find(server.Url("/disguised.html"));
  ASSERT_NE(disguised, nullptr);
  EXPECT_EQ(disguised->fetch.outcome, FetchOutcome::kSkipped);
  EXPECT_FALSE(disguised->has_body);
  EXPECT_EQ(sink.Find(server.Url("/report.html"))->fetch.outcome, FetchOutcome::kOk);
  EXPECT_EQ(r.stats.not_html, 2);
  EXPECT_FALSE(state.IsPending(server.Url("/report.pdf")));
}

TEST(CrawlerTest, LinkFollowingRespectsDepthHostAndPatterns) {
  TestServer server, other;
  ServePages(&other, {"/x"});
  other.Start();
  std::string links =
      "<a href='/reports/a'>a</a><a href='/reports/a.pdf'>pdf</a>"
      "<a href='/about'>about</a><a href='" +
      other.Url("/x") +
      "'>other</a>"
      "<a href='file:///etc/passwd'>local</a>";
  server.http().Get("/list", [&](const httplib::Request&, httplib::Response& res) {
    res.set_content(Page("List", links), "text/html");
  });
  server.http().Get("/reports/a", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(Page("A", "<a href='/reports/deeper'>deeper</a>"), "text/html");
  });
  ServePages(&server, {"/reports/a.pdf", "/about", "/reports/deeper"});
  server.Start();
  CrawlConfig config = TestConfig();
  config.max_depth = 1;
  config.allow = {"/reports/"};
  config.deny = {"\\.pdf$"};
  MemoryCrawlState state;
  RecordingSink sink;
  ASSERT_TRUE(RunCrawl(config, {server.Url("/list")}, &state, &sink).ok);
  EXPECT_EQ(server.Count("/reports/a"), 1);
  EXPECT_EQ(server.Count("/reports/a.pdf"), 0);   // denied
  EXPECT_EQ(server.Count("/about"), 0);           // not allowed
  EXPECT_EQ(server.Count("/reports/deeper"), 0);  // depth 2
  EXPECT_EQ(other.Count("/x"), 0);                // other host
  EXPECT_FALSE(state.IsKnown("file:///etc/passwd"));
  EXPECT_EQ(sink.entries().size(), 2u);

  // Across hosts, a web page still cannot lead to local files.
  config.same_host = false;
  config.allow.clear();
  config.max_depth = 2;
  MemoryCrawlState state2;
  RecordingSink sink2;
  ASSERT_TRUE(RunCrawl(config, {server.Url("/list")}, &state2, &sink2).ok);
  EXPECT_EQ(other.Count("/x"), 1);
  EXPECT_EQ(server.Count("/reports/deeper"), 1);
  EXPECT_FALSE(state2.IsKnown("file:///etc/passwd"));
}

TEST(CrawlerTest, FileUrlsNeedNoNetwork) {
  testing_util::TempDir dir;
  ASSERT_FALSE(dir.path().empty());
  dir.Write("site/index.html", Page("Index",
                                    "<a href='a.html'>a</a><a href='docs/report.pdf'>pdf</a>"
                                    "<a href='missing.html'>missing</a>"));
  dir.Write("site/a.html", "<html><head><meta charset=windows-1252></head><p>caf\xE9</p></html>");
  dir.Write("site/docs/report.pdf", "%PDF-1.4 not really");
  CrawlConfig config = TestConfig();
  config.allow_private = false;  // no network involved, so nothing to refuse
  config.max_depth = 1;
  std::string seed = "file://" + dir.path() + "/site/index.html";
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(config, {seed}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  std::string base = "file://" + dir.path() + "/site/";
  ASSERT_NE(sink.Find(base + "index.html"), nullptr);
  EXPECT_EQ(sink.Find(base + "index.html")->fetch.outcome, FetchOutcome::kOk);
  const RecordingSink::Entry* a = sink.Find(base + "a.html");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->body, "<html><head><meta charset=windows-1252></head><p>caf\xC3\xA9</p></html>");
  EXPECT_EQ(sink.Find(base + "docs/report.pdf")->fetch.outcome, FetchOutcome::kSkipped);
  const RecordingSink::Entry* missing = sink.Find(base + "missing.html");
  ASSERT_NE(missing, nullptr);
  EXPECT_EQ(missing->fetch.outcome, FetchOutcome::kFailed);
  EXPECT_TRUE(Contains(missing->fetch.error, "No such file")) << missing->fetch.error;
  EXPECT_EQ(r.stats.requests, 0);
}

TEST(CrawlerTest, PrivateAddressesAreRefusedWithoutAllowPrivate) {
  TestServer server;
  ServePages(&server, {"/x"});
  server.Start();
  CrawlConfig config = TestConfig();
  config.allow_private = false;
  std::string by_name = "http://localhost:" + std::to_string(server.port()) + "/x";
  MemoryCrawlState state;
  RecordingSink sink;
  CrawlResult r = RunCrawl(config, {server.Url("/x"), by_name}, &state, &sink);
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_TRUE(server.Hits().empty());  // not even robots.txt
  ASSERT_EQ(sink.entries().size(), 2u);
  for (const RecordingSink::Entry& e : sink.entries()) {
    EXPECT_EQ(e.fetch.outcome, FetchOutcome::kSkipped) << e.fetch.url;
    EXPECT_TRUE(Contains(e.fetch.error, "private address")) << e.fetch.error;
  }
}

TEST(CrawlerTest, RedirectToARefusedAddressIsStopped) {
  TestServer front, inner;
  ServePages(&inner, {"/secret"});
  inner.Start();
  front.http().Get("/go", [&](const httplib::Request&, httplib::Response& res) {
    res.set_redirect("http://localhost:" + std::to_string(inner.port()) + "/secret");
  });
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
  EXPECT_TRUE(inner.Hits().empty());
  const RecordingSink::Entry* e = sink.Find(front.Url("/go"));
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->fetch.outcome, FetchOutcome::kSkipped);
  EXPECT_TRUE(Contains(e->fetch.error, "refused")) << e->fetch.error;
}

}  // namespace
}  // namespace marketclaims
