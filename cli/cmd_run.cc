// marketclaims run: the whole job in one command, for cron: crawl, extract,
// store, reconcile, then a summary. Safe to schedule: a lock file next to
// the database keeps two runs apart, and the exit status says what happened.
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "base/flags.h"
#include "base/terminal_text.h"
#include "cli/bundled_fixtures.h"
#include "cli/commands.h"
#include "cli/config_file.h"
#include "cli/crawl_job.h"
#include "cli/log.h"
#include "cli/open_store.h"
#include "cli/parse_command.h"
#include "cli/run_lock.h"
#include "crawler/progress.h"
#include "reconcile/reconcile.h"
#include "store/store.h"

namespace marketclaims {
namespace {

constexpr char kUsage[] =
    "usage: marketclaims run [--config FILE] [--db PATH] [--quiet]\n\n"
    "Runs the whole job: crawls the configured seeds, extracts and stores every\n"
    "page, reconciles the claims, and prints a summary (pages new, unchanged and\n"
    "failed; claims added; conflicts new and in all) and the conflicts found.\n"
    "Without --config it runs on the bundled fixture pages (the folder named by\n"
    "$MARKETCLAIMS_FIXTURES, else the source tree's fixtures/).\n\n"
    "The config file (TOML) has `db = PATH`, a [crawl] table (seeds, limits; see\n"
    "`marketclaims crawl --help`) and a [reconcile] table (tolerances).\n"
    "--db overrides the file; the default database is ./marketclaims.db.\n\n"
    "A second run started while one is going (same database) exits at once with\n"
    "status 3: the lock is an flock on DB.lock, released however a run ends.\n"
    "Log lines go to stderr with UTC timestamps; --quiet prints only problems.\n\n"
    "Exit status: 0 done, 1 done but some pages failed (each named on stderr),\n"
    "2 usage or config error (nothing done), 3 another run holds the lock,\n"
    "4 database error, 143 stopped by SIGTERM during the crawl (the next run\n"
    "resumes it).\n";

std::string Period(const StoredConflict& c) {
  if (c.year) return std::to_string(*c.year);
  if (c.start_year && c.end_year) {
    return std::to_string(*c.start_year) + "-" + std::to_string(*c.end_year);
  }
  if (c.end_year) return "to " + std::to_string(*c.end_year);
  return "";
}

}  // namespace

int RunRun(const Args& args) {
  Flags flags;
  flags.AddOption("--config");
  flags.AddOption("--db");
  flags.AddSwitch("--quiet");
  flags.AddSwitch("--help");
  int status = kExitOk;
  if (!ParseCommandFlags("run", kUsage, args, &flags, &status)) return status;
  std::string error;
  if (!flags.positional().empty()) {
    std::fprintf(stderr,
                 "marketclaims run: unexpected argument '%s' (seeds go in the config "
                 "file)\n",
                 flags.positional()[0].c_str());
    return kExitUsage;
  }

  // Configuration: every problem here is found before anything is touched.
  ConfigFile config;
  std::vector<std::string> seeds;
  std::string source;
  if (flags.Has("--config")) {
    source = flags.Get("--config");
    if (!LoadConfigFile(source, &config, &error) || !ValidateCrawlConfig(config.crawl, &error) ||
        !CollectSeeds(config.crawl, &seeds, &error)) {
      std::fprintf(stderr, "marketclaims run: %s\n", error.c_str());
      return kExitUsage;
    }
    if (seeds.empty()) {
      std::fprintf(stderr,
                   "marketclaims run: %s: no seeds (set seeds or seed_files in the "
                   "[crawl] table)\n",
                   source.c_str());
      return kExitUsage;
    }
  } else {
    source = "bundled fixtures in " + BundledFixturesDir();
    if (!BundledFixtureSeeds(&config.crawl.seeds, &error) ||
        !CollectSeeds(config.crawl, &seeds, &error)) {
      std::fprintf(stderr, "marketclaims run: %s\n", error.c_str());
      return kExitUsage;
    }
  }
  const bool quiet = flags.Has("--quiet") || config.crawl.quiet;
  const Log log(stderr, "run", quiet);
  // The crawler's own progress line and summary only on a terminal; for
  // cron and the journal the summary is logged below with a timestamp.
  const bool crawler_talks = !quiet && isatty(fileno(stderr));
  config.crawl.quiet = !crawler_talks;

  const std::string db_path = flags.Get("--db", config.db.empty() ? kDefaultDbPath : config.db);
  RunLock lock;
  std::unique_ptr<Store> store = LockAndOpenStore(log, db_path, &lock, &status);
  if (!store) return status;
  auto failed = [&](const char* step, const Status& why) {
    log.Problem("%s: %s: %s", db_path.c_str(), step, why.message().c_str());
    return ExitStatusFor(why);
  };

  log.Info("starting: %zu seeds (%s) into %s", seeds.size(), source.c_str(), db_path.c_str());
  int64_t claims_before = 0, claims_after = 0;
  Status step = store->CountClaims(&claims_before);
  if (!step.ok()) return failed("counting claims", step);
  CrawlJobResult crawled;
  const CrawlStats& stats = crawled.stats;
  step = RunCrawlJob(config.crawl, seeds, store.get(), log, &crawled);
  if (!step.ok()) return failed("crawl stopped", step);
  if (stats.stopped) {
    log.Problem("%s: crawl stopped by SIGTERM; %lld URLs stay pending for the next run",
                db_path.c_str(), static_cast<long long>(stats.deferred));
    return kExitTerminated;
  }
  if (!crawler_talks) log.Info("%s", ProgressReporter::FormatSummary(stats).c_str());
  step = store->CountClaims(&claims_after);
  if (!step.ok()) return failed("counting claims", step);

  ReconcileSummary reconciled;
  log.Info("reconciling");
  step = Reconcile(store.get(), config.reconcile, &reconciled);
  if (!step.ok()) return failed("reconcile", step);

  if (!quiet) {
    std::vector<StoredConflict> conflicts;
    step = store->ListConflicts("", &conflicts);
    if (!step.ok()) return failed("listing conflicts", step);
    for (const StoredConflict& c : conflicts) {
      std::printf("conflict: %s [%s %s]: %s\n", TerminalLine(c.market).c_str(), c.kind.c_str(),
                  Period(c).c_str(), TerminalLine(c.explanation).c_str());
    }
    std::fflush(stdout);
  }
  log.Info(
      "done: pages %lld new or changed, %lld unchanged, %lld skipped, %lld failed; "
      "%lld claims added; conflicts %lld new, %lld in all",
      static_cast<long long>(stats.pages_new), static_cast<long long>(stats.unchanged),
      static_cast<long long>(stats.skipped),
      static_cast<long long>(stats.failed + crawled.not_extracted),
      static_cast<long long>(claims_after - claims_before),
      static_cast<long long>(reconciled.new_conflicts),
      static_cast<long long>(reconciled.conflicts));
  if (crawled.any_failed()) {
    log.Problem("%lld pages failed (named above); the next run tries them again",
                static_cast<long long>(stats.failed + crawled.not_extracted));
    return kExitPartial;
  }
  return kExitOk;
}

}  // namespace marketclaims
