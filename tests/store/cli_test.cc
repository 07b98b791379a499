// The store's subcommands as users run them: the real binary on real files.
#include <SQLiteCpp/Database.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "tests/store/test_util.h"
#include "tests/util/process.h"

namespace marketclaims {
namespace {

using testing_util::ProcessResult;
using testing_util::TempDir;
using testing_util::WriteFile;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

int64_t Query(const std::string& db_path, const std::string& sql) {
  SQLite::Database db(db_path, SQLite::OPEN_READONLY);
  return db.execAndGet(sql).getInt64();
}

// Splits RFC 4180 CSV into records of fields (quoted fields may hold CRLF).
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> record;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      record.push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      record.push_back(field);
      records.push_back(record);
      record.clear();
      field.clear();
      ++i;
    } else {
      field.push_back(c);
    }
  }
  return records;
}

class CliTest : public ::testing::Test {
 protected:
  ProcessResult Run(const std::vector<std::string>& args) {
    return testing_util::Run(args, dir_.path());
  }
  TempDir dir_;
};

TEST_F(CliTest, EveryCommandHasHelp) {
  for (const char* command : {"ingest", "reextract", "export", "stats"}) {
    ProcessResult r = Run({command, "--help"});
    EXPECT_EQ(r.exit_status, 0) << command;
    EXPECT_TRUE(Contains(r.out, std::string("usage: marketclaims ") + command)) << r.out;
  }
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  const std::string db = dir_.File("c.db");
  EXPECT_EQ(Run({"ingest", "--db", db}).exit_status, 2);
  EXPECT_EQ(Run({"ingest", "--db", db, "--bogus", "x.html"}).exit_status, 2);
  testing_util::WriteReportPages(dir_.path(), 0, 2);
  ProcessResult two = Run({"ingest", "--db", db, "--url", "https://e.example/",
                           dir_.File("page-00000.html"), dir_.File("page-00001.html")});
  EXPECT_EQ(two.exit_status, 2);
  EXPECT_TRUE(Contains(two.err, "--url")) << two.err;
  EXPECT_EQ(Run({"export", "--db", db, "--what", "rumours"}).exit_status, 2);
  EXPECT_EQ(Run({"export", "--db", db, "--what", "claims", "--format", "xml"}).exit_status, 2);
  EXPECT_FALSE(std::filesystem::exists(db));
}

TEST_F(CliTest, BadInputsAreNamedAndTheRestIsStored) {
  const std::string pages = dir_.File("pages");
  std::filesystem::create_directory(pages);
  testing_util::WriteReportPages(pages, 0, 3);
  WriteFile(pages + "/empty.html", "");
  WriteFile(pages + "/picture.html", std::string("GIF89a\x01\0\x01\0\0\0\0", 13));
  // Latin-1 text that is not valid UTF-8 and declares no charset.
  WriteFile(pages + "/latin1.html",
            "<html><head><title>Caf\xe9 Market</title></head><body><p>The global caf\xe9 "
            "equipment market was valued at USD 2.5 billion in 2023.</p></body></html>");
  {
    // 50 MB, sparse: quick to make, over the 32 MB limit.
    int fd = open((pages + "/huge.html").c_str(), O_CREAT | O_WRONLY, 0644);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(ftruncate(fd, 50 << 20), 0);
    close(fd);
  }
  const std::string db = dir_.File("c.db");
  ProcessResult r = Run({"ingest", "--db", db, pages, dir_.File("missing.html")});
  EXPECT_EQ(r.exit_status, 1) << r.err;
  EXPECT_TRUE(Contains(r.err, pages + "/empty.html: empty file")) << r.err;
  EXPECT_TRUE(Contains(r.err, pages + "/picture.html: binary")) << r.err;
  EXPECT_TRUE(Contains(r.err, pages + "/huge.html: too large")) << r.err;
  EXPECT_TRUE(Contains(r.err, dir_.File("missing.html") + ": cannot open")) << r.err;
  EXPECT_FALSE(Contains(r.err, "page-0000")) << r.err;
  EXPECT_FALSE(Contains(r.err, "latin1")) << r.err;
  EXPECT_TRUE(Contains(r.out, "4 new")) << r.out;
  EXPECT_TRUE(Contains(r.out, "4 failed")) << r.out;
  EXPECT_EQ(Query(db, "SELECT count(*) FROM documents"), 4);
  SQLite::Database check(db, SQLite::OPEN_READONLY);
  EXPECT_EQ(check
                .execAndGet("SELECT title FROM documents d JOIN sources s ON "
                            "s.id = d.source_id WHERE s.url LIKE '%latin1%'")
                .getString(),
            "Caf\xc3\xa9 Market");
}

TEST_F(CliTest, UnreadableFileIsNamed) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads every file";
  WriteFile(dir_.File("secret.html"), "<p>x</p>");
  std::filesystem::permissions(dir_.File("secret.html"), std::filesystem::perms::none);
  ProcessResult r = Run({"ingest", "--db", dir_.File("c.db"), dir_.File("secret.html")});
  EXPECT_EQ(r.exit_status, 1);
  EXPECT_TRUE(Contains(r.err, dir_.File("secret.html") + ": cannot open")) << r.err;
}

TEST_F(CliTest, BadDatabaseLocationIsFatal) {
  testing_util::WriteReportPages(dir_.path(), 0, 1);
  const std::string page = dir_.File("page-00000.html");
  ProcessResult missing = Run({"ingest", "--db", dir_.File("nowhere/c.db"), page});
  EXPECT_EQ(missing.exit_status, 4);
  EXPECT_TRUE(Contains(missing.err, dir_.File("nowhere/c.db"))) << missing.err;
  if (std::filesystem::is_directory("/sys/kernel")) {
    ProcessResult read_only = Run({"ingest", "--db", "/sys/kernel/c.db", page});
    EXPECT_EQ(read_only.exit_status, 4);
    EXPECT_TRUE(Contains(read_only.err, "/sys/kernel/c.db")) << read_only.err;
  }
  ProcessResult no_db = Run({"stats", "--db", dir_.File("absent.db")});
  EXPECT_EQ(no_db.exit_status, 4);
  EXPECT_TRUE(Contains(no_db.err, "absent.db")) << no_db.err;
}

TEST_F(CliTest, ChangedFileBecomesANewVersion) {
  const std::string page = dir_.File("report.html");
  const std::string db = dir_.File("c.db");
  WriteFile(page, testing_util::ReportPage(7));
  ASSERT_EQ(Run({"ingest", "--db", db, page}).exit_status, 0);
  ProcessResult same = Run({"ingest", "--db", db, page});
  EXPECT_TRUE(Contains(same.out, "1 unchanged")) << same.out;
  WriteFile(page, testing_util::ReportPage(7, 1));
  ProcessResult changed = Run({"ingest", "--db", db, page});
  EXPECT_TRUE(Contains(changed.out, "1 new versions")) << changed.out;
  EXPECT_EQ(Query(db, "SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(Query(db, "SELECT count(*) FROM documents WHERE superseded_at IS NULL"), 1);
  EXPECT_EQ(Query(db, "SELECT count(*) FROM fetches"), 3);
  EXPECT_EQ(Query(db, "SELECT count(*) FROM current_claims"),
            Query(db, "SELECT count(*) FROM claim_view") / 2);
}

TEST_F(CliTest, UrlFlagNamesTheSource) {
  WriteFile(dir_.File("saved.html"), testing_util::ReportPage(3));
  const std::string db = dir_.File("c.db");
  ProcessResult r =
      Run({"ingest", "--db", db, "--url", "https://reports.example/glue", dir_.File("saved.html")});
  ASSERT_EQ(r.exit_status, 0) << r.err;
  SQLite::Database check(db, SQLite::OPEN_READONLY);
  EXPECT_EQ(check.execAndGet("SELECT url || ' ' || host FROM sources").getString(),
            "https://reports.example/glue reports.example");
}

TEST_F(CliTest, ExportCsvAndJsonlCarryTheSameRows) {
  const std::string db = dir_.File("c.db");
  testing_util::WriteReportPages(dir_.path(), 0, 5);
  ASSERT_EQ(Run({"ingest", "--db", db, dir_.path()}).exit_status, 0);
  const int64_t claims = Query(db, "SELECT count(*) FROM claims");
  ASSERT_GT(claims, 0);

  ProcessResult csv = Run({"export", "--db", db, "--what", "claims", "-o", dir_.File("c.csv")});
  ASSERT_EQ(csv.exit_status, 0) << csv.err;
  auto records = ParseCsv(testing_util::ReadFile(dir_.File("c.csv")));
  ASSERT_EQ(static_cast<int64_t>(records.size()), claims + 1);
  const std::vector<std::string>& header = records[0];
  EXPECT_EQ(header[0], "claim_id");
  for (const auto& record : records) EXPECT_EQ(record.size(), header.size());
  // Titles hold commas, so they must have come back whole.
  std::size_t title = std::find(header.begin(), header.end(), "title") - header.begin();
  ASSERT_LT(title, header.size());
  EXPECT_TRUE(Contains(records[1][title], "Size, Share")) << records[1][title];

  ProcessResult jsonl = Run({"export", "--db", db, "--what", "claims", "--format", "jsonl"});
  ASSERT_EQ(jsonl.exit_status, 0) << jsonl.err;
  std::istringstream lines(jsonl.out);
  std::string line;
  int64_t n = 0;
  while (std::getline(lines, line)) {
    ++n;
    // Same fields in the same order as the CSV header.
    std::size_t at = 0;
    for (const std::string& column : header) {
      at = line.find("\"" + column + "\":", at);
      ASSERT_NE(at, std::string::npos) << column << " in " << line;
    }
  }
  EXPECT_EQ(n, claims);

  for (const char* what : {"players", "segments", "regions", "faqs"}) {
    ProcessResult r = Run({"export", "--db", db, "--what", what});
    EXPECT_EQ(r.exit_status, 0) << what << r.err;
    EXPECT_EQ(static_cast<int64_t>(ParseCsv(r.out).size()),
              Query(db, std::string("SELECT count(*) FROM ") + what) + 1)
        << what;
  }
}

TEST_F(CliTest, StatsAndReextract) {
  const std::string db = dir_.File("c.db");
  testing_util::WriteReportPages(dir_.path(), 0, 4);
  ASSERT_EQ(Run({"ingest", "--db", db, dir_.path()}).exit_status, 0);
  const int64_t claims = Query(db, "SELECT count(*) FROM claims");
  ProcessResult stats = Run({"stats", "--db", db});
  ASSERT_EQ(stats.exit_status, 0) << stats.err;
  EXPECT_TRUE(Contains(stats.out, "documents:         4")) << stats.out;
  EXPECT_TRUE(Contains(stats.out, "claims:            " + std::to_string(claims))) << stats.out;
  EXPECT_TRUE(Contains(stats.out, "newest fetch:      20")) << stats.out;
  EXPECT_TRUE(Contains(stats.out, "Smart Widget")) << stats.out;

  // Rows lost (say, under older rules) come back from the stored pages.
  {
    SQLite::Database rw(db, SQLite::OPEN_READWRITE);
    rw.exec("DELETE FROM claims; DELETE FROM players; UPDATE documents SET title = 'old'");
  }
  ProcessResult again = Run({"reextract", "--db", db});
  ASSERT_EQ(again.exit_status, 0) << again.err;
  EXPECT_TRUE(Contains(again.out, "re-extracted 4 documents")) << again.out;
  EXPECT_EQ(Query(db, "SELECT count(*) FROM claims"), claims);
  EXPECT_EQ(Query(db, "SELECT count(*) FROM documents WHERE title = 'old'"), 0);
  EXPECT_EQ(Query(db, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'CAGR'"),
            Query(db, "SELECT count(*) FROM claims WHERE kind = 'cagr'"));
}

}  // namespace
}  // namespace marketclaims
