// `marketclaims run`, the cron job, as cron runs it: the real binary on a
// copy of the bundled fixtures, twice, under a held lock, with bad configs.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "store/page_file.h"
#include "tests/util/mini_json.h"
#include "tests/util/process.h"
#include "tests/util/temp_dir.h"

namespace marketclaims {
namespace {

namespace fs = std::filesystem;
using testing_util::Invocation;
using testing_util::JsonValue;
using testing_util::ProcessResult;

bool Has(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// "2026-11-27T12:15:49Z ..." (ISO 8601, UTC).
bool StartsWithUtcStamp(const std::string& line) {
  const std::string shape = "dddd-dd-ddTdd:dd:ddZ ";
  if (line.size() < shape.size()) return false;
  for (size_t i = 0; i < shape.size(); ++i) {
    const bool digit = line[i] >= '0' && line[i] <= '9';
    if (shape[i] == 'd' ? !digit : line[i] != shape[i]) return false;
  }
  return true;
}

int CountLinesStarting(const std::string& text, const std::string& prefix) {
  int n = 0;
  for (const std::string& line : Lines(text)) n += line.rfind(prefix, 0) == 0;
  return n;
}

std::string Int(const JsonValue& v) {
  return v.is_null() ? "?" : std::to_string(static_cast<int>(v.number));
}

std::string Joined(std::vector<std::string> parts) {
  std::sort(parts.begin(), parts.end());
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ",") + p;
  return out;
}

// What identifies a conflict across the checker's and the program's
// wording: kind, market key, and the years or periods of its figures.
std::string ExpectedKey(const JsonValue& e) {
  const std::string kind = e["kind"].string;
  const std::string market = e["alias_key"].string;
  if (kind == "size_disagreement" || kind == "size_disagreement_within_page") {
    return "size_disagreement|" + market + "|" + Int(e["year"]);
  }
  if (kind == "cagr_disagreement") {
    std::vector<std::string> periods;
    for (const JsonValue& c : e["cagrs"].array)
      periods.push_back(Int(c.array[1]) + "-" + Int(c.array[2]));
    return kind + "|" + market + "|" + Joined(periods);
  }
  if (kind == "inconsistent_projection") {
    return kind + "|" + market + "|" + Joined({Int(e["from"].array[1]), Int(e["to"].array[1])});
  }
  if (kind == "forecast_not_after_base") {
    return "inconsistent_projection|" + market + "|" +
           Joined({Int(e["base_year"]), Int(e["forecast"].array[1])});
  }
  if (kind == "implausible_cagr") return "implausible|" + market + "|cagr";
  if (kind == "stale_forecast") return "implausible|" + market + "|size";
  return "unknown kind " + kind;
}

std::string ActualKey(const JsonValue& c) {
  const std::string kind = c["kind"].string;
  const std::string market = c["market_key"].string;
  std::vector<std::string> sizes, rates;
  for (const JsonValue& claim : c["claims"].array) {
    if (claim["kind"].string == "cagr") {
      rates.push_back(Int(claim["start"]) + "-" + Int(claim["end"]));
    } else {
      sizes.push_back(Int(claim["year"]));
    }
  }
  if (kind == "size_disagreement") return kind + "|" + market + "|" + Int(c["year"]);
  if (kind == "cagr_disagreement") return kind + "|" + market + "|" + Joined(rates);
  if (kind == "inconsistent_projection") return kind + "|" + market + "|" + Joined(sizes);
  if (kind == "implausible") return kind + "|" + market + "|" + (rates.empty() ? "size" : "cagr");
  return "unknown kind " + kind;
}

class RunCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fixtures_ = dir_.File("fixtures");
    fs::create_directories(fixtures_ + "/pages");
    for (const auto& e : fs::directory_iterator(std::string(MC_FIXTURES_DIR) + "/pages")) {
      if (e.path().extension() != ".html") continue;
      fs::copy_file(e.path(), fixtures_ + "/pages/" + e.path().filename().string());
      pages_.push_back(fixtures_ + "/pages/" + e.path().filename().string());
    }
    std::sort(pages_.begin(), pages_.end());
    work_ = dir_.File("work");
    fs::create_directories(work_);
  }

  // `marketclaims ARGS` in the work folder, on the copied fixtures.
  ProcessResult Run(std::vector<std::string> args) {
    Invocation inv;
    inv.args = std::move(args);
    inv.cwd = work_;
    inv.env["MARKETCLAIMS_FIXTURES"] = fixtures_;
    return testing_util::Run(inv, dir_.path());
  }

  // A config file whose [crawl] seeds are the copied pages.
  std::string WriteConfig(const std::string& name, const std::string& extra) {
    std::string text = "[crawl]\nseeds = [\n";
    for (const std::string& p : pages_) text += "  \"" + FileUrl(p) + "\",\n";
    text += "]\n" + extra;
    testing_util::WriteFile(dir_.File(name), text);
    return dir_.File(name);
  }

  testing_util::TempDir dir_;
  std::string fixtures_, work_;
  std::vector<std::string> pages_;
};

TEST_F(RunCommandTest, RunsOnTheBundledFixturesAndASecondRunAddsNothing) {
  ASSERT_GE(pages_.size(), 10u);
  const std::string n = std::to_string(pages_.size());
  ProcessResult first = Run({"run"});
  ASSERT_EQ(first.exit_status, 0) << first.err;
  EXPECT_TRUE(fs::exists(work_ + "/marketclaims.db"));
  EXPECT_TRUE(Has(first.err, "pages " + n + " new or changed, 0 unchanged")) << first.err;
  const int conflicts = CountLinesStarting(first.out, "conflict: ");
  EXPECT_GE(conflicts, 5) << first.out;
  EXPECT_TRUE(Has(first.err, "conflicts " + std::to_string(conflicts) + " new, " +
                                 std::to_string(conflicts) + " in all"))
      << first.err;
  for (const std::string& line : Lines(first.err)) {
    EXPECT_TRUE(StartsWithUtcStamp(line) && Has(line, "Z marketclaims run: ")) << line;
  }

  ProcessResult second = Run({"run"});
  ASSERT_EQ(second.exit_status, 0) << second.err;
  EXPECT_TRUE(Has(second.err, "pages 0 new or changed, " + n +
                                  " unchanged, 0 skipped, 0 failed; "
                                  "0 claims added; conflicts 0 new, " +
                                  std::to_string(conflicts) + " in all"))
      << second.err;
  EXPECT_EQ(second.out, first.out);

  ProcessResult quiet = Run({"run", "--quiet"});
  EXPECT_EQ(quiet.exit_status, 0) << quiet.err;
  EXPECT_EQ(quiet.out, "");
  EXPECT_EQ(quiet.err, "");
}

TEST_F(RunCommandTest, FindsExactlyTheExpectedConflicts) {
  // The default run, as the README's main job does it. (The list includes a
  // forecast for 2022 that is stale for any run after 2022.)
  const std::string db = dir_.File("corpus.db");
  ProcessResult run = Run({"run", "--db", db});
  ASSERT_EQ(run.exit_status, 0) << run.err;

  ProcessResult listed = Run({"conflicts", "--db", db, "--json"});
  ASSERT_EQ(listed.exit_status, 0) << listed.err;
  JsonValue actual;
  std::string error;
  ASSERT_TRUE(testing_util::ParseJson(listed.out, &actual, &error)) << error;
  std::multiset<std::string> got, want;
  for (const JsonValue& c : actual.array) got.insert(ActualKey(c));
  std::istringstream expected(
      testing_util::ReadFile(std::string(MC_FIXTURES_DIR) + "/expected_conflicts.jsonl"));
  for (std::string line; std::getline(expected, line);) {
    if (line.empty()) continue;
    JsonValue e;
    ASSERT_TRUE(testing_util::ParseJson(line, &e, &error)) << error;
    want.insert(ExpectedKey(e));
  }
  ASSERT_GE(want.size(), 10u);
  EXPECT_EQ(got, want);
  EXPECT_EQ(CountLinesStarting(run.out, "conflict: "), static_cast<int>(want.size()));
}

TEST_F(RunCommandTest, AHeldLockStopsASecondRunAtOnce) {
  const std::string db = dir_.File("corpus.db");
  int fd = open((db + ".lock").c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(flock(fd, LOCK_EX | LOCK_NB), 0);

  ProcessResult blocked = Run({"run", "--db", db});
  EXPECT_EQ(blocked.exit_status, 3) << blocked.err;
  EXPECT_TRUE(Has(blocked.err, "another run holds the lock " + db + ".lock")) << blocked.err;
  EXPECT_FALSE(fs::exists(db)) << "a locked-out run touched the database";
  ProcessResult crawl = Run({"crawl", "--db", db, FileUrl(pages_.front())});
  EXPECT_EQ(crawl.exit_status, 3) << crawl.err;

  // Closing the descriptor is what a crash does: the lock goes with it.
  close(fd);
  ProcessResult next = Run({"run", "--db", db, "--quiet"});
  EXPECT_EQ(next.exit_status, 0) << next.err;
}

TEST_F(RunCommandTest, ConfigErrorsExit2NamingTheLine) {
  const std::string db = dir_.File("corpus.db");
  struct Case {
    std::string extra;
    std::string offending;  // the line the error must name
    std::string expect;     // after "bad.toml:LINE"
  } cases[] = {
      {"max_depth = 1\nmax_pagse = 10\n", "max_pagse", ": unknown key 'crawl.max_pagse'"},
      {"[reconcile]\nsize_tolerance = 0.1\ncagr_tolerence = 2\n", "cagr_tolerence", ":"},
      {"[reconcile]\nsize_tolerance = \"ten\"\n", "\"ten\"", ":"},
      {"[report]\nformat = 'text'\n", "[report]", ": unknown key 'report'"},
  };
  for (const Case& c : cases) {
    const std::string path = WriteConfig("bad.toml", c.extra);
    std::vector<std::string> lines = Lines(testing_util::ReadFile(path));
    size_t line = 0;
    while (line < lines.size() && !Has(lines[line], c.offending)) ++line;
    ASSERT_LT(line, lines.size());
    ProcessResult r = Run({"run", "--config", path, "--db", db});
    EXPECT_EQ(r.exit_status, 2) << c.extra << r.err;
    EXPECT_TRUE(Has(r.err, "bad.toml:" + std::to_string(line + 1) + c.expect)) << c.extra << r.err;
  }
  testing_util::WriteFile(dir_.File("empty.toml"), "[crawl]\nmax_depth = 1\n");
  ProcessResult no_seeds = Run({"run", "--config", dir_.File("empty.toml"), "--db", db});
  EXPECT_EQ(no_seeds.exit_status, 2);
  EXPECT_TRUE(Has(no_seeds.err, "no seeds")) << no_seeds.err;
  ProcessResult missing = Run({"run", "--config", dir_.File("nope.toml"), "--db", db});
  EXPECT_EQ(missing.exit_status, 2);
  EXPECT_TRUE(Has(missing.err, "nope.toml")) << missing.err;
  ProcessResult flag = Run({"run", "--db", db, "--max-depth", "2"});
  EXPECT_EQ(flag.exit_status, 2);
  EXPECT_TRUE(Has(flag.err, "--max-depth")) << flag.err;
  EXPECT_FALSE(fs::exists(db));

  Invocation inv;
  inv.args = {"run", "--db", db};
  inv.env["MARKETCLAIMS_FIXTURES"] = dir_.File("no-fixtures-here");
  ProcessResult no_fixtures = testing_util::Run(inv, dir_.path());
  EXPECT_EQ(no_fixtures.exit_status, 2);
  EXPECT_TRUE(Has(no_fixtures.err, "no-fixtures-here")) << no_fixtures.err;
}

// The alias file is read only when reconciling, after the crawl; a broken
// one is still the user's configuration to fix (exit 2), not a database
// error, as `marketclaims reconcile` says too.
TEST_F(RunCommandTest, ABrokenAliasFileExits2NamingTheLine) {
  testing_util::WriteFile(dir_.File("aliases.txt"), "Reefer Freight\n");
  const std::string config = WriteConfig("mc.toml", "[reconcile]\naliases = \"aliases.txt\"\n");
  ProcessResult r = Run({"run", "--quiet", "--config", config, "--db", dir_.File("corpus.db")});
  EXPECT_EQ(r.exit_status, 2) << r.err;
  EXPECT_TRUE(Has(r.err, "aliases.txt:1:")) << r.err;
  ProcessResult reconcile = Run({"reconcile", "--config", config, "--db", dir_.File("corpus.db")});
  EXPECT_EQ(reconcile.exit_status, 2) << reconcile.err;
}

TEST_F(RunCommandTest, AFailedPageIsNamedAndExits1) {
  const std::string missing = FileUrl(dir_.File("gone.html"));
  const std::string config = WriteConfig("mc.toml", "");
  std::string text = testing_util::ReadFile(config);
  text.replace(text.find("seeds = [\n"), 10, "seeds = [\n  \"" + missing + "\",\n");
  testing_util::WriteFile(config, text);
  ProcessResult r = Run({"run", "--quiet", "--config", config, "--db", dir_.File("corpus.db")});
  EXPECT_EQ(r.exit_status, 1) << r.err;
  EXPECT_TRUE(Has(r.err, missing + ": failed")) << r.err;
  EXPECT_TRUE(Has(r.err, "1 pages failed")) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST_F(RunCommandTest, DatabaseErrorsExit4) {
  ProcessResult r = Run({"run", "--db", dir_.File("missing/dir/corpus.db")});
  EXPECT_EQ(r.exit_status, 4) << r.err;
  EXPECT_TRUE(Has(r.err, "missing/dir/corpus.db")) << r.err;
}

TEST_F(RunCommandTest, EveryCommandHasHelp) {
  for (const char* command : {"run", "crawl"}) {
    ProcessResult r = Run({command, "--help"});
    EXPECT_EQ(r.exit_status, 0) << command;
    EXPECT_TRUE(Has(r.out, std::string("usage: marketclaims ") + command)) << r.out;
  }
}

}  // namespace
}  // namespace marketclaims
