// marketclaims crawl: fetch report pages (http, https, file) politely and
// extract + store each one, resuming an interrupted crawl where it stopped.
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "base/flags.h"
#include "cli/commands.h"
#include "cli/config_file.h"
#include "cli/crawl_flags.h"
#include "cli/crawl_job.h"
#include "cli/log.h"
#include "cli/open_store.h"
#include "cli/parse_command.h"
#include "cli/run_lock.h"
#include "crawler/progress.h"
#include "store/store.h"

namespace marketclaims {
namespace {

constexpr char kUsage[] =
    "usage: marketclaims crawl [--db PATH] [--config FILE] [CRAWL FLAGS] [URL...]\n\n"
    "Fetches the URLs (and, with --max-depth, the pages they link to), extracts\n"
    "each report page and stores it in the database (default ./marketclaims.db).\n"
    "Polite by default: robots.txt, one transfer and one second between requests\n"
    "per host, retries with backoff. A crawl that is interrupted resumes where it\n"
    "stopped on the next run; a finished one starts over from the seeds, with\n"
    "conditional GETs. file:// URLs are read from disk.\n\n"
    "The config file is the one `marketclaims run` reads: its [crawl] table takes\n"
    "the keys below with underscores (per_host_delay = 0.5), its `db` the\n"
    "database. Flags override the file. Crawl flags:\n";

constexpr char kUsageTail[] =
    "\n--allow-private allows loopback and private addresses; --quiet prints only\n"
    "problems. A progress line is drawn when stderr is a terminal.\n\n"
    "Exit status: 0 done, 1 some pages failed (each named on stderr), 2 usage or\n"
    "config error, 3 another run holds the database's lock file, 4 database error,\n"
    "143 stopped by SIGTERM (unfinished URLs stay pending; the next run resumes).\n";

}  // namespace

int RunCrawl(const Args& args) {
  Flags flags;
  flags.AddOption("--db");
  flags.AddOption("--config");
  flags.AddSwitch("--help");
  AddCrawlFlags(&flags);
  const std::string usage = kUsage + CrawlFlagsUsage() + kUsageTail;
  int status = kExitOk;
  if (!ParseCommandFlags("crawl", usage.c_str(), args, &flags, &status)) return status;
  std::string error;

  ConfigFile config;
  if (flags.Has("--config") && !LoadConfigFile(flags.Get("--config"), &config, &error)) {
    std::fprintf(stderr, "marketclaims crawl: %s\n", error.c_str());
    return kExitUsage;
  }
  for (const std::string& url : flags.positional()) config.crawl.seeds.push_back(url);
  std::vector<std::string> seeds;
  if (!ApplyCrawlFlags(flags, &config.crawl, &error) ||
      !ValidateCrawlConfig(config.crawl, &error) || !CollectSeeds(config.crawl, &seeds, &error)) {
    std::fprintf(stderr, "marketclaims crawl: %s\n", error.c_str());
    return kExitUsage;
  }
  if (seeds.empty()) {
    std::fprintf(stderr,
                 "marketclaims crawl: no URLs to crawl (give URLs, or seeds in the "
                 "config file's [crawl] table)\n");
    return kExitUsage;
  }
  const Log log(stderr, "crawl", config.crawl.quiet);

  std::string db_path = flags.Get("--db", config.db.empty() ? kDefaultDbPath : config.db);
  RunLock lock;
  std::unique_ptr<Store> store = LockAndOpenStore(log, db_path, &lock, &status);
  if (!store) return status;

  CrawlJobResult crawled;
  Status crawl = RunCrawlJob(config.crawl, seeds, store.get(), log, &crawled);
  if (!crawl.ok()) {
    log.Problem("%s: crawl stopped: %s", db_path.c_str(), crawl.message().c_str());
    return ExitStatusFor(crawl);
  }
  if (crawled.stats.stopped) {
    log.Problem("%s: crawl stopped by SIGTERM; %lld URLs stay pending for the next run",
                db_path.c_str(), static_cast<long long>(crawled.stats.deferred));
    return kExitTerminated;
  }
  return crawled.any_failed() ? kExitPartial : kExitOk;
}

}  // namespace marketclaims
