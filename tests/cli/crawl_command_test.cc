// `marketclaims crawl` as users run it: the real binary, file:// fixtures
// offline, and a real HTTP server on 127.0.0.1 for the killed-and-resumed
// crawl.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <thread>

#include "store/page_file.h"
#include "tests/util/process.h"
#include "tests/util/temp_dir.h"
#include "tests/util/test_server.h"

namespace marketclaims {
namespace {

using testing_util::Invocation;
using testing_util::ProcessResult;

bool Has(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

int64_t Count(const std::string& db, const std::string& sql) {
  SQLite::Database d(db, SQLite::OPEN_READONLY);
  return d.execAndGet(sql).getInt64();
}

std::vector<std::string> FixtureUrls() {
  std::vector<std::string> urls;
  for (const auto& e :
       std::filesystem::directory_iterator(std::string(MC_FIXTURES_DIR) + "/pages")) {
    if (e.path().extension() == ".html") urls.push_back(FileUrl(e.path().string()));
  }
  std::sort(urls.begin(), urls.end());
  return urls;
}

class CrawlCommandTest : public ::testing::Test {
 protected:
  ProcessResult Run(std::vector<std::string> args) {
    Invocation inv;
    inv.args = std::move(args);
    return testing_util::Run(inv, dir_.path());
  }
  testing_util::TempDir dir_;
};

TEST_F(CrawlCommandTest, CrawlsFixturesOfflineAndASecondCrawlAddsNothing) {
  const std::string db = dir_.File("corpus.db");
  std::vector<std::string> args = {"crawl", "--db", db};
  const std::vector<std::string> urls = FixtureUrls();
  ASSERT_GE(urls.size(), 10u);
  args.insert(args.end(), urls.begin(), urls.end());

  ProcessResult first = Run(args);
  ASSERT_EQ(first.exit_status, 0) << first.err;
  const int64_t n = static_cast<int64_t>(urls.size());
  EXPECT_TRUE(Has(first.err, "crawl: " + std::to_string(n) + " new, 0 unchanged")) << first.err;
  EXPECT_EQ(Count(db, "SELECT count(*) FROM sources"), n);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM documents"), n);
  const int64_t claims = Count(db, "SELECT count(*) FROM claims");
  EXPECT_GT(claims, n);  // every fixture page states at least one figure... most several
  for (const std::string& url : urls) {
    SQLite::Database d(db, SQLite::OPEN_READONLY);
    SQLite::Statement q(d, "SELECT count(*) FROM document_view WHERE url = ?");
    q.bind(1, url);
    ASSERT_TRUE(q.executeStep());
    EXPECT_EQ(q.getColumn(0).getInt64(), 1) << url;
  }

  ProcessResult second = Run(args);
  ASSERT_EQ(second.exit_status, 0) << second.err;
  EXPECT_TRUE(Has(second.err, "crawl: 0 new, " + std::to_string(n) + " unchanged")) << second.err;
  EXPECT_EQ(Count(db, "SELECT count(*) FROM documents"), n);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM claims"), claims);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM fetches"), 2 * n);
}

TEST_F(CrawlCommandTest, UsageAndConfigErrorsExit2AndTouchNothing) {
  const std::string db = dir_.File("corpus.db");
  const std::string url = FixtureUrls().front();
  testing_util::WriteFile(dir_.File("cfg.toml"), "[crawl]\nmax_depth = 1\nper_host_dealy = 2\n");
  struct Case {
    std::vector<std::string> args;
    std::string expect;
  } cases[] = {
      {{"crawl", "--db", db, "--max-depht", "1", url}, "--max-depht"},
      {{"crawl", "--db", db, "--per-host-delay", "soon", url}, "--per-host-delay"},
      {{"crawl", "--db", db, "--allow", "(unclosed", url}, "allow pattern"},
      {{"crawl", "--db", db}, "no URLs"},
      {{"crawl", "--db", db, "not a url"}, "not a url"},
      {{"crawl", "--db", db, "--config", dir_.File("cfg.toml"), url}, "cfg.toml:3:"},
      {{"crawl", "--db", db, "--config", dir_.File("missing.toml"), url}, "missing.toml"},
  };
  for (const Case& c : cases) {
    ProcessResult r = Run(c.args);
    EXPECT_EQ(r.exit_status, 2) << c.expect << "\n" << r.err;
    EXPECT_TRUE(Has(r.err, c.expect)) << r.err;
  }
  // A bad flag reads as in every other command: the message, then the usage.
  ProcessResult bad = Run({"crawl", "--db", db, "--max-depht", "1", url});
  EXPECT_TRUE(Has(bad.err,
                  "marketclaims crawl: unknown flag '--max-depht'\n"
                  "usage: marketclaims crawl"))
      << bad.err;
  EXPECT_FALSE(std::filesystem::exists(db));
}

TEST_F(CrawlCommandTest, FailedPagesAreNamedAndExit1EvenWhenQuiet) {
  const std::string db = dir_.File("corpus.db");
  const std::string missing = FileUrl(dir_.File("gone/report.html"));
  ProcessResult r = Run({"crawl", "--quiet", "--db", db, FixtureUrls().front(), missing});
  EXPECT_EQ(r.exit_status, 1) << r.err;
  EXPECT_TRUE(Has(r.err, missing + ": failed")) << r.err;
  EXPECT_FALSE(Has(r.err, " unchanged, ")) << "quiet printed the summary: " << r.err;
  EXPECT_EQ(Lines(r.err).size(), 1u) << r.err;
  EXPECT_EQ(Count(db, "SELECT count(*) FROM documents"), 1);
}

TEST_F(CrawlCommandTest, DatabaseErrorsExit4) {
  ProcessResult r =
      Run({"crawl", "--db", dir_.File("no/such/dir/corpus.db"), FixtureUrls().front()});
  EXPECT_EQ(r.exit_status, 4) << r.err;
  EXPECT_TRUE(Has(r.err, "no/such/dir/corpus.db")) << r.err;
}

// An invented report page, different for each n.
std::string ReportPage(int n) {
  return "<!doctype html><html><head><title>Widget " + std::to_string(n) +
         " Market Report</title></head><body><h1>Global Widget " + std::to_string(n) +
         " Market</h1><p>The global widget " + std::to_string(n) + " market was valued at USD " +
         std::to_string(n + 1) + ".2 billion in 2023 and is projected to reach USD " +
         std::to_string(2 * n + 3) + ".5 billion by 2030, growing at a CAGR of 6." +
         std::to_string(n % 10) + "% from 2024 to 2030.</p></body></html>";
}

TEST_F(CrawlCommandTest, AKilledCrawlResumesWithoutFetchingAnythingTwice) {
  constexpr int kPages = 40;
  TestServer server;
  server.http().Get("/", [](const httplib::Request&, httplib::Response& res) {
    std::string body = "<html><head><title>Reports</title></head><body><ul>";
    for (int i = 0; i < kPages; ++i) {
      body +=
          "<li><a href=\"/r/" + std::to_string(i) + "\">Report " + std::to_string(i) + "</a></li>";
    }
    res.set_content(body + "</ul></body></html>", "text/html; charset=utf-8");
  });
  server.http().Get(R"(/r/(\d+))", [](const httplib::Request& req, httplib::Response& res) {
    res.set_content(ReportPage(std::stoi(req.matches[1])), "text/html; charset=utf-8");
  });
  server.Start();

  const std::string db = dir_.File("corpus.db");
  Invocation inv;
  inv.args = {"crawl",
              "--db",
              db,
              "--allow-private",
              "--max-depth",
              "1",
              "--per-host-delay",
              "0.05",
              "--quiet",
              server.Url("/")};
  pid_t pid = testing_util::Start(inv, dir_.File("1.out"), dir_.File("1.err"));
  // Kill it once it is well into the list (polling what the server saw).
  for (int i = 0; i < 6000 && server.HitsFor("/").empty(); ++i) usleep(5000);
  auto report_hits = [&] {
    int n = 0;
    for (const TestServer::Hit& h : server.Hits()) n += h.path.rfind("/r/", 0) == 0;
    return n;
  };
  for (int i = 0; i < 6000 && report_hits() < 10; ++i) usleep(5000);
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  ProcessResult killed = testing_util::Wait(pid, dir_.File("1.out"), dir_.File("1.err"));
  ASSERT_EQ(killed.signal, SIGKILL) << "the crawl ended before it was killed: " << killed.err;

  std::set<std::string> visited;
  {
    SQLite::Database d(db, SQLite::OPEN_READONLY);
    SQLite::Statement q(d, "SELECT url FROM frontier WHERE state = 'visited'");
    while (q.executeStep()) visited.insert(q.getColumn(0).getString());
  }
  ASSERT_FALSE(visited.empty());
  ASSERT_LT(visited.size(), static_cast<size_t>(kPages + 1));
  const size_t hits_before = server.Hits().size();

  ProcessResult resumed = testing_util::Run(inv, dir_.path());
  ASSERT_EQ(resumed.exit_status, 0) << resumed.err;

  std::vector<TestServer::Hit> hits = server.Hits();
  std::map<std::string, int> second_run;
  for (size_t i = hits_before; i < hits.size(); ++i) {
    if (hits[i].path == "/robots.txt") continue;
    ++second_run[hits[i].path];
    EXPECT_EQ(visited.count(server.Url(hits[i].path)), 0u)
        << hits[i].path << " was fetched again after being visited before the kill";
  }
  for (const auto& [path, n] : second_run) EXPECT_EQ(n, 1) << path;
  std::set<std::string> all;
  for (const TestServer::Hit& h : hits) all.insert(h.path);
  for (int i = 0; i < kPages; ++i) EXPECT_EQ(all.count("/r/" + std::to_string(i)), 1u) << i;
  EXPECT_EQ(Count(db, "SELECT count(*) FROM documents"), kPages + 1);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM frontier WHERE state = 'pending'"), 0);
}

}  // namespace
}  // namespace marketclaims
