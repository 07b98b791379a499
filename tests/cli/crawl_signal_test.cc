// `marketclaims crawl` stopped the way systemd and cron timeouts stop it:
// SIGTERM while a transfer stalls ends the run within seconds with exit
// 143, and the next run resumes the frontier.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "tests/util/process.h"
#include "tests/util/temp_dir.h"
#include "tests/util/test_server.h"

namespace marketclaims {
namespace {

int64_t Count(const std::string& db, const std::string& sql) {
  SQLite::Database d(db, SQLite::OPEN_READONLY);
  return d.execAndGet(sql).getInt64();
}

std::string Page(const std::string& title) {
  return "<html><head><title>" + title + "</title></head><body><h1>" + title +
         "</h1><p>The report covers the year.</p></body></html>";
}

TEST(CrawlSignalTest, SigtermEndsTheCrawlWith143AndTheNextRunResumes) {
  TestServer server;
  std::atomic<bool> slow_answers{false};
  server.http().Get("/", [&server](const httplib::Request&, httplib::Response& res) {
    res.set_content(
        "<html><head><title>Reports</title></head><body>"
        "<a href=\"/slow\">Slow</a> <a href=\"/fast\">Fast</a></body></html>",
        "text/html; charset=utf-8");
  });
  server.http().Get("/fast", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(Page("Fast report"), "text/html; charset=utf-8");
  });
  // Stalls (well within the low-speed and total timeouts) until told to
  // answer or the server stops.
  server.http().Get("/slow", [&](const httplib::Request&, httplib::Response& res) {
    for (int i = 0; i < 6000 && !slow_answers && !server.stopping(); ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    res.set_content(Page("Slow report"), "text/html; charset=utf-8");
  });
  server.Start();

  testing_util::TempDir dir;
  const std::string db = dir.File("corpus.db");
  testing_util::Invocation inv;
  inv.args = {"crawl",
              "--db",
              db,
              "--allow-private",
              "--max-depth",
              "1",
              "--per-host-delay",
              "0",
              "--per-host-limit",
              "2",
              "--low-speed-time",
              "120",
              "--timeout",
              "300",
              "--quiet",
              server.Url("/")};
  pid_t pid = testing_util::Start(inv, dir.File("1.out"), dir.File("1.err"));
  for (int i = 0; i < 6000 && server.Count("/slow") == 0; ++i) usleep(5000);
  ASSERT_EQ(server.Count("/slow"), 1);
  usleep(200 * 1000);  // the transfer is well under way
  double sent = SteadySeconds();
  ASSERT_EQ(kill(pid, SIGTERM), 0);
  testing_util::ProcessResult stopped =
      testing_util::Wait(pid, dir.File("1.out"), dir.File("1.err"));
  double took = SteadySeconds() - sent;
  EXPECT_EQ(stopped.signal, 0) << "ended by the signal itself";
  EXPECT_EQ(stopped.exit_status, 143) << stopped.err;
  EXPECT_LT(took, 10.0);
  EXPECT_NE(stopped.err.find("SIGTERM"), std::string::npos) << stopped.err;
  EXPECT_EQ(Count(db, "SELECT count(*) FROM frontier WHERE state = 'pending'"), 1);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM frontier WHERE state = 'pending' AND url = '" +
                          server.Url("/slow") + "'"),
            1);

  slow_answers = true;
  testing_util::ProcessResult resumed = testing_util::Run(inv, dir.path());
  ASSERT_EQ(resumed.exit_status, 0) << resumed.err;
  EXPECT_EQ(server.Count("/slow"), 2);
  EXPECT_EQ(server.Count("/"), 1);  // resumed: the seed is not fetched again
  EXPECT_EQ(server.Count("/fast"), 1);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM frontier WHERE state = 'pending'"), 0);
  EXPECT_EQ(Count(db, "SELECT count(*) FROM documents"), 3);
}

}  // namespace
}  // namespace marketclaims
