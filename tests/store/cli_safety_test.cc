// The commands against careless use: outputs that would overwrite the
// database, and exports that fail halfway. The real binary on real files.
#include <SQLiteCpp/Database.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "store/store.h"
#include "tests/store/test_util.h"
#include "tests/util/process.h"

namespace marketclaims {
namespace {

using testing_util::ProcessResult;
using testing_util::TempDir;

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::set<std::string> Entries(const std::string& dir) {
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    // Opening the database may add its -wal and -shm files.
    if (name.rfind("c.db", 0) != 0) names.insert(name);
  }
  return names;
}

class CliSafetyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = dir_.File("c.db");
    testing_util::WriteReportPages(pages_.path(), 0, 3);
    ASSERT_EQ(Run({"ingest", "--db", db_, pages_.path()}).exit_status, 0);
  }
  ProcessResult Run(const std::vector<std::string>& args) {
    return testing_util::Run(args, scratch_.path());
  }
  int64_t Claims() {
    SQLite::Database db(db_, SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM claims").getInt64();
  }

  TempDir dir_;
  TempDir pages_;
  TempDir scratch_;
  std::string db_;
};

TEST_F(CliSafetyTest, ExportNeverWritesOverTheDatabase) {
  const int64_t claims = Claims();
  ASSERT_GT(claims, 0);
  const auto size = std::filesystem::file_size(db_);
  ASSERT_EQ(symlink(db_.c_str(), dir_.File("link.db").c_str()), 0);
  std::filesystem::create_directory(dir_.File("sub"));
  // The database itself under other spellings, and its companion files
  // (the -wal and -shm files may or may not exist at this moment).
  for (const std::string& out : {db_, dir_.File("sub/../c.db"), dir_.File("link.db"),
                                 dir_.File("./c.db"), db_ + "-wal", db_ + "-shm", db_ + ".lock"}) {
    ProcessResult r = Run({"export", "--db", db_, "--what", "claims", "-o", out});
    EXPECT_EQ(r.exit_status, 2) << out << "\n" << r.err;
    EXPECT_TRUE(Contains(r.err, "database")) << r.err;
    EXPECT_EQ(std::filesystem::file_size(db_), size) << out;
    EXPECT_EQ(Claims(), claims) << out;
  }
  // Spelled from the working folder, relative.
  testing_util::Invocation relative({"export", "--db", db_, "--what", "claims", "-o",
                                     std::filesystem::relative(db_, scratch_.path()).string()});
  relative.cwd = scratch_.path();
  ProcessResult r = testing_util::Run(relative, scratch_.path());
  EXPECT_EQ(r.exit_status, 2) << r.err;
  EXPECT_EQ(Claims(), claims);
}

TEST_F(CliSafetyTest, FailedExportLeavesThePreviousFileAndNoTemporary) {
  const std::string out = dir_.File("claims.csv");
  testing_util::WriteFile(out, "previous export\n");
  {
    // A damaged database: the export's query fails before any row.
    SQLite::Database rw(db_, SQLite::OPEN_READWRITE);
    rw.exec("DROP VIEW claim_view");
  }
  const std::set<std::string> before = Entries(dir_.path());
  ProcessResult r = Run({"export", "--db", db_, "--what", "claims", "-o", out});
  EXPECT_EQ(r.exit_status, 4) << r.err;
  EXPECT_EQ(testing_util::ReadFile(out), "previous export\n");
  EXPECT_EQ(Entries(dir_.path()), before);
}

TEST_F(CliSafetyTest, ExportReplacesTheOutputWhole) {
  const std::string out = dir_.File("claims.csv");
  testing_util::WriteFile(out, std::string(100000, 'x'));
  const std::set<std::string> before = Entries(dir_.path());
  ProcessResult r = Run({"export", "--db", db_, "--what", "players", "-o", out});
  ASSERT_EQ(r.exit_status, 0) << r.err;
  const std::string text = testing_util::ReadFile(out);
  EXPECT_EQ(text.rfind("player_id,", 0), 0u) << text.substr(0, 80);
  EXPECT_FALSE(Contains(text, "xxxx"));
  EXPECT_EQ(Entries(dir_.path()), before);
  struct stat st;
  ASSERT_EQ(stat(out.c_str(), &st), 0);
  EXPECT_EQ(
      st.st_mode & 0777, 0666 & ~[] {
        mode_t m = umask(0);
        umask(m);
        return m;
      }());
}

// A page whose market name and sentences carry terminal control sequences,
// written as character references (which the parser decodes): a window
// title change ended by BEL, a colour change, a screen clear.
std::string HostilePage(const std::string& size, int year) {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
         "<title>Smart&#27;]0;owned&#7; Gadget Market Report</title></head><body>"
         "<h1>Global Smart&#27;]0;owned&#7; Gadget Market Report</h1>"
         "<p>The global Smart&#x1b;[31m Gadget market size was valued at USD " +
         size + " billion in " + std::to_string(year) +
         "&#27;[2J and is projected to reach USD 90.5 billion by 2031.</p>"
         "</body></html>";
}

bool HasControl(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) return true;
    if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xa0) {
      return true;
    }
  }
  return false;
}

TEST_F(CliSafetyTest, PageTextCannotSendTerminalControls) {
  TempDir hostile;
  testing_util::WriteFile(hostile.File("one.html"), HostilePage("12.5", 2023));
  testing_util::WriteFile(hostile.File("two.html"), HostilePage("19.5", 2023));
  ProcessResult ingest = Run({"ingest", "--db", db_, hostile.path()});
  ASSERT_EQ(ingest.exit_status, 0) << ingest.err;
  {
    // The control characters did reach the database, so the test means something.
    SQLite::Database db(db_, SQLite::OPEN_READONLY);
    ASSERT_GT(
        db.execAndGet("SELECT count(*) FROM markets WHERE instr(name, char(27)) > 0").getInt64(),
        0);
  }
  ASSERT_EQ(Run({"reconcile", "--db", db_}).exit_status, 0);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"stats", "--db", db_},
        std::vector<std::string>{"conflicts", "--db", db_},
        std::vector<std::string>{"extract", hostile.File("one.html")},
        std::vector<std::string>{"extract", "--blocks", hostile.File("one.html")}}) {
    ProcessResult r = Run(args);
    EXPECT_EQ(r.exit_status, 0) << args[0] << ": " << r.err;
    EXPECT_TRUE(Contains(r.out, "Gadget")) << args[0] << ": " << r.out;
    EXPECT_FALSE(HasControl(r.out)) << args[0] << ": " << r.out;
    EXPECT_FALSE(HasControl(r.err)) << args[0] << ": " << r.err;
  }
}

TEST_F(CliSafetyTest, ShortHelpOnEveryCommand) {
  for (const char* command : {"extract", "ingest", "reextract", "export", "stats", "reconcile",
                              "conflicts", "crawl", "run"}) {
    ProcessResult r = Run({command, "-h"});
    EXPECT_EQ(r.exit_status, 0) << command << ": " << r.err;
    EXPECT_TRUE(Contains(r.out, std::string("usage: marketclaims ") + command)) << r.out;
  }
}

TEST_F(CliSafetyTest, IngestRefusesABadUrl) {
  const std::string page = pages_.File("page-00000.html");
  for (const char* url :
       {"not a url", "reports.example/x", "ftp://reports.example/x", "https://"}) {
    ProcessResult r = Run({"ingest", "--db", db_, "--url", url, page});
    EXPECT_EQ(r.exit_status, 2) << url << ": " << r.err;
    EXPECT_TRUE(Contains(r.err, "--url")) << r.err;
  }
  SQLite::Database db(db_, SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sources WHERE url NOT LIKE 'file://%'").getInt64(),
            0);
}

TEST_F(CliSafetyTest, BadFlagValuesSayWhichAndWhy) {
  ProcessResult markets = Run({"stats", "--db", db_, "--markets", "-1"});
  EXPECT_EQ(markets.exit_status, 2);
  EXPECT_TRUE(Contains(markets.err, "--markets")) << markets.err;
  EXPECT_TRUE(Contains(markets.err, "'-1'")) << markets.err;
  ProcessResult kind = Run({"conflicts", "--db", db_, "--kind", "foo"});
  EXPECT_EQ(kind.exit_status, 2);
  EXPECT_TRUE(Contains(kind.err, "--kind 'foo'")) << kind.err;
  EXPECT_TRUE(Contains(kind.err, "size_disagreement")) << kind.err;
  ProcessResult extra = Run({"stats", "--db", db_, "surplus"});
  EXPECT_EQ(extra.exit_status, 2);
  EXPECT_TRUE(Contains(extra.err, "'surplus'")) << extra.err;
}

TEST_F(CliSafetyTest, ConflictsSaysWhenThereAreNone) {
  ProcessResult never = Run({"conflicts", "--db", db_});
  EXPECT_EQ(never.exit_status, 0) << never.err;
  EXPECT_EQ(never.out, "");
  EXPECT_TRUE(Contains(never.err, "no conflicts")) << never.err;
  EXPECT_TRUE(Contains(never.err, "reconcile")) << never.err;
  ProcessResult json = Run({"conflicts", "--db", db_, "--json"});
  EXPECT_EQ(json.exit_status, 0);
  EXPECT_TRUE(Contains(json.out, "[]")) << json.out;
}

TEST_F(CliSafetyTest, ConflictsTextShowsEvidence) {
  TempDir pages;
  testing_util::WriteFile(pages.File("one.html"), HostilePage("12.5", 2023));
  testing_util::WriteFile(pages.File("two.html"), HostilePage("19.5", 2023));
  ASSERT_EQ(Run({"ingest", "--db", db_, pages.path()}).exit_status, 0);
  ASSERT_EQ(Run({"reconcile", "--db", db_}).exit_status, 0);
  ProcessResult r = Run({"conflicts", "--db", db_});
  ASSERT_EQ(r.exit_status, 0) << r.err;
  EXPECT_TRUE(Contains(r.out, "market size was valued at USD 19.5 billion in 2023")) << r.out;
}

TEST_F(CliSafetyTest, ForeignDatabaseIsRefusedUntouched) {
  const std::string foreign = dir_.File("notes.db");
  {
    SQLite::Database db(foreign, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
    db.exec("INSERT INTO notes (body) VALUES ('keep me')");
  }
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"ingest", "--db", foreign, pages_.path()},
        std::vector<std::string>{"reextract", "--db", foreign},
        std::vector<std::string>{"reconcile", "--db", foreign}}) {
    ProcessResult r = Run(args);
    EXPECT_EQ(r.exit_status, 4) << args[0] << ": " << r.err;
    EXPECT_TRUE(Contains(r.err, "not a marketclaims database")) << args[0] << ": " << r.err;
  }
  SQLite::Database db(foreign, SQLite::OPEN_READONLY);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM sqlite_schema").getInt64(), 1);
  EXPECT_EQ(db.execAndGet("PRAGMA user_version").getInt(), 0);
}

// Whether the read-only store opens and reads `db`, in a child process
// that runs as an unprivileged user when the test runs as root (root may
// write anywhere, which would hide the problem).
bool ReadsAsUnprivilegedUser(const std::string& db) {
  pid_t pid = fork();
  if (pid == 0) {
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) _exit(3);
    std::unique_ptr<Store> store;
    StoreOptions options;
    options.read_only = true;
    Status opened = OpenSqliteStore(db, options, &store);
    if (!opened.ok()) {
      std::fprintf(stderr, "%s\n", opened.message().c_str());
      _exit(1);
    }
    StoreStats stats;
    Status read = store->GetStats(&stats);
    if (!read.ok()) std::fprintf(stderr, "%s\n", read.message().c_str());
    _exit(read.ok() && stats.current_documents > 0 ? 0 : 2);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// An archived corpus, or one owned by the cron job's user, read by someone
// who may not write in its folder: SQLite cannot create the WAL index there.
TEST_F(CliSafetyTest, ReadOnlyFolderCanStillBeRead) {
  ASSERT_EQ(chmod(dir_.path().c_str(), 0755), 0);
  ASSERT_EQ(chmod(db_.c_str(), 0644), 0);
  ASSERT_FALSE(std::filesystem::exists(db_ + "-wal"));
  ASSERT_EQ(chmod(dir_.path().c_str(), 0555), 0);
  const bool read = ReadsAsUnprivilegedUser(db_);
  chmod(dir_.path().c_str(), 0755);
  EXPECT_TRUE(read);
}

// Runs the binary with standard output on /dev/full (every write fails
// with ENOSPC), as `marketclaims stats > file` on a full disk.
ProcessResult RunIntoFullDisk(const std::vector<std::string>& args, const TempDir& scratch) {
  const std::string err = scratch.File("full.err");
  pid_t pid = testing_util::Start(testing_util::Invocation(args), "/dev/full", err);
  ProcessResult result;
  int status = 0;
  EXPECT_EQ(waitpid(pid, &status, 0), pid);
  if (WIFEXITED(status)) result.exit_status = WEXITSTATUS(status);
  result.err = testing_util::ReadFile(err);
  return result;
}

TEST_F(CliSafetyTest, FailedStandardOutputIsAnError) {
  if (access("/dev/full", W_OK) != 0) GTEST_SKIP() << "no /dev/full here";
  const std::string fixtures = std::string(MC_FIXTURES_DIR) + "/pages";
  const std::string page = fixtures + "/ccl-crestview-release.html";
  ASSERT_EQ(Run({"ingest", "--db", db_, fixtures}).exit_status, 0);
  const std::vector<std::vector<std::string>> commands = {
      {"reconcile", "--db", db_},
      {"stats", "--db", db_},
      {"conflicts", "--db", db_},
      {"conflicts", "--db", db_, "--json"},
      {"extract", page},
      {"extract", "--json", page},
      {"extract", "--blocks", page},
      {"export", "--db", db_, "--what", "claims"},
  };
  for (const auto& args : commands) {
    ProcessResult r = RunIntoFullDisk(args, scratch_);
    EXPECT_EQ(r.exit_status, 4) << args[0] << " " << args[1] << " " << args.back() << "\n" << r.err;
    EXPECT_TRUE(Contains(r.err, "standard output")) << args[0] << ": " << r.err;
  }
}

}  // namespace
}  // namespace marketclaims
