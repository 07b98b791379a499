// Atomicity and concurrency with real processes: an ingest killed with
// SIGKILL leaves only whole documents and a re-run finishes the job; two
// ingests into one database at once both finish correctly.
#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <thread>

#include "extract/extractor.h"
#include "tests/store/test_util.h"
#include "tests/util/process.h"

namespace marketclaims {
namespace {

using testing_util::ProcessResult;
using testing_util::TempDir;

struct Counts {
  int64_t claims = 0, players = 0, segments = 0, regions = 0, faqs = 0;
  bool operator==(const Counts& o) const {
    return claims == o.claims && players == o.players && segments == o.segments &&
           regions == o.regions && faqs == o.faqs;
  }
};

std::ostream& operator<<(std::ostream& os, const Counts& c) {
  return os << "{claims " << c.claims << ", players " << c.players << ", segments " << c.segments
            << ", regions " << c.regions << ", faqs " << c.faqs << "}";
}

// What the extractor finds in the file behind a file:// URL.
Counts Expected(const Extractor& extractor, const std::string& url) {
  const std::string path = url.substr(std::string("file://").size());
  Extraction x;
  std::string error;
  EXPECT_TRUE(extractor.Extract(testing_util::ReadFile(path), "", path, &x, &error)) << error;
  return {static_cast<int64_t>(x.sizes.size() + x.cagrs.size()),
          static_cast<int64_t>(x.players.size()), static_cast<int64_t>(x.segments.size()),
          static_cast<int64_t>(x.regions.size()), static_cast<int64_t>(x.faqs.size())};
}

// Checks the database is sound and every document in it is whole; returns
// the number of documents.
int64_t CheckWholeDocuments(const std::string& db_path) {
  SQLite::Database db(db_path, SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("PRAGMA integrity_check").getString(), "ok");
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM pragma_foreign_key_check").getInt(), 0);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM (SELECT source_id FROM documents "
                          "GROUP BY source_id HAVING count(*) > 1)")
                .getInt(),
            0);
  Extractor extractor;
  SQLite::Statement docs(db,
                         "SELECT s.url, "
                         "(SELECT count(*) FROM claims x WHERE x.document_id = d.id), "
                         "(SELECT count(*) FROM players x WHERE x.document_id = d.id), "
                         "(SELECT count(*) FROM segments x WHERE x.document_id = d.id), "
                         "(SELECT count(*) FROM regions x WHERE x.document_id = d.id), "
                         "(SELECT count(*) FROM faqs x WHERE x.document_id = d.id), "
                         "(SELECT count(*) FROM raw_pages x WHERE x.document_id = d.id) "
                         "FROM documents d JOIN sources s ON s.id = d.source_id");
  int64_t n = 0;
  while (docs.executeStep()) {
    ++n;
    const std::string url = docs.getColumn(0).getString();
    Counts stored{docs.getColumn(1).getInt64(), docs.getColumn(2).getInt64(),
                  docs.getColumn(3).getInt64(), docs.getColumn(4).getInt64(),
                  docs.getColumn(5).getInt64()};
    Counts expected = Expected(extractor, url);
    EXPECT_GT(expected.claims, 0) << url;
    EXPECT_EQ(stored, expected) << url;
    EXPECT_EQ(docs.getColumn(6).getInt(), 1) << url;
  }
  return n;
}

int64_t DocumentCount(const std::string& db_path) {
  try {
    SQLite::Database db(db_path, SQLite::OPEN_READONLY, 1000);
    return db.execAndGet("SELECT count(*) FROM documents").getInt64();
  } catch (const std::exception&) {
    return 0;  // not created or not migrated yet
  }
}

TEST(CrashTest, KilledIngestLeavesWholeDocumentsAndRerunCompletes) {
  TempDir dir;
  const int kPages = 1500;
  std::filesystem::create_directory(dir.File("pages"));
  testing_util::WriteReportPages(dir.File("pages"), 0, kPages);
  const std::string db = dir.File("corpus.db");

  pid_t pid = testing_util::Start({{"ingest", "--db", db, dir.File("pages")}}, dir.File("1.out"),
                                  dir.File("1.err"));
  // Kill as soon as the first batch is committed, mid-run.
  int status = 0;
  bool exited = false;
  while (DocumentCount(db) == 0) {
    if (waitpid(pid, &status, WNOHANG) == pid) {
      exited = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  ASSERT_FALSE(exited) << "ingest ended before any commit was seen";
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  ProcessResult killed = testing_util::Wait(pid, dir.File("1.out"), dir.File("1.err"));
  ASSERT_EQ(killed.signal, SIGKILL) << "ingest finished before the kill: " << killed.out;

  const int64_t survived = CheckWholeDocuments(db);
  EXPECT_GT(survived, 0);
  EXPECT_LT(survived, kPages);

  ProcessResult rerun = testing_util::Run({{"ingest", "--db", db, dir.File("pages")}}, dir.path());
  EXPECT_EQ(rerun.exit_status, 0) << rerun.err;
  EXPECT_NE(rerun.out.find(std::to_string(kPages - survived) + " new"), std::string::npos)
      << rerun.out;
  EXPECT_EQ(CheckWholeDocuments(db), kPages);
}

TEST(CrashTest, TwoIngestsAtOnceBothFinish) {
  TempDir dir;
  for (const char* sub : {"shared", "a", "b"}) std::filesystem::create_directory(dir.File(sub));
  testing_util::WriteReportPages(dir.File("shared"), 0, 300);
  testing_util::WriteReportPages(dir.File("a"), 300, 300);
  testing_util::WriteReportPages(dir.File("b"), 600, 300);
  const std::string db = dir.File("corpus.db");

  // Both start on a database that does not exist yet.
  pid_t one = testing_util::Start({{"ingest", "--db", db, dir.File("shared"), dir.File("a")}},
                                  dir.File("1.out"), dir.File("1.err"));
  pid_t two = testing_util::Start({{"ingest", "--db", db, dir.File("b"), dir.File("shared")}},
                                  dir.File("2.out"), dir.File("2.err"));
  ProcessResult r1 = testing_util::Wait(one, dir.File("1.out"), dir.File("1.err"));
  ProcessResult r2 = testing_util::Wait(two, dir.File("2.out"), dir.File("2.err"));
  EXPECT_EQ(r1.exit_status, 0) << r1.err;
  EXPECT_EQ(r2.exit_status, 0) << r2.err;
  EXPECT_EQ(CheckWholeDocuments(db), 900);

  // Each shared page was stored once: new in one run, unchanged in the other.
  auto number_before = [](const std::string& out, const std::string& word) {
    std::size_t at = out.find(" " + word);
    std::size_t start = out.rfind(' ', at - 1) + 1;
    return std::stoi(out.substr(start, at - start));
  };
  EXPECT_EQ(number_before(r1.out, "new,") + number_before(r2.out, "new,"), 900) << r1.out << r2.out;
  EXPECT_EQ(number_before(r1.out, "unchanged") + number_before(r2.out, "unchanged"), 300)
      << r1.out << r2.out;
  SQLite::Database check(db, SQLite::OPEN_READONLY);
  EXPECT_EQ(check.execAndGet("SELECT count(*) FROM fetches").getInt(), 1200);
}

}  // namespace
}  // namespace marketclaims
