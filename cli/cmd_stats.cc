// marketclaims stats: what the database holds, at a glance.
#include <cstdio>
#include <ctime>
#include <string>

#include "base/flags.h"
#include "base/format.h"
#include "base/terminal_text.h"
#include "cli/commands.h"
#include "cli/open_store.h"
#include "cli/parse_command.h"
#include "store/store.h"

namespace marketclaims {
namespace {

constexpr char kUsage[] =
    "usage: marketclaims stats [--db PATH] [--markets N]\n\n"
    "Prints the schema version, the rows in each table, the newest fetch and the\n"
    "markets with the most current claims (the first N, default 20; 0 for all).\n"
    "The database is opened read-only.\n\n"
    "Exit status: 0 done, 2 usage error, 4 database cannot be read.\n";

}  // namespace

int RunStats(const Args& args) {
  Flags flags;
  flags.AddOption("--db");
  flags.AddOption("--markets");
  flags.AddSwitch("--help");
  int status = kExitOk;
  if (!ParseCommandFlags("stats", kUsage, args, &flags, &status)) return status;
  std::string error;
  const std::string markets_flag = flags.Get("--markets", "20");
  char* end = nullptr;
  long max_markets = std::strtol(markets_flag.c_str(), &end, 10);
  if (markets_flag.empty() || *end != '\0' || max_markets < 0) {
    std::fprintf(stderr,
                 "marketclaims stats: --markets '%s': must be a whole number, 0 or more "
                 "(0 lists every market)\n%s",
                 markets_flag.c_str(), kUsage);
    return kExitUsage;
  }
  if (!flags.positional().empty()) {
    std::fprintf(stderr, "marketclaims stats: unexpected argument '%s'\n%s",
                 flags.positional()[0].c_str(), kUsage);
    return kExitUsage;
  }
  const std::string db_path = flags.Get("--db", kDefaultDbPath);
  std::unique_ptr<Store> store = OpenStoreToRead("stats", db_path, &status);
  if (!store) return status;
  StoreStats stats;
  Status read = store->GetStats(&stats);
  if (!read.ok()) {
    std::fprintf(stderr, "marketclaims stats: %s\n", read.message().c_str());
    return ExitStatusFor(read);
  }
  std::printf("database:          %s (schema version %d)\n", db_path.c_str(), stats.schema_version);
  for (const auto& [table, rows] : stats.table_rows) {
    std::printf("%-18s %lld\n", (table + ":").c_str(), static_cast<long long>(rows));
  }
  std::printf("%-18s %lld\n",
              "current documents:", static_cast<long long>(stats.current_documents));
  if (stats.newest_fetch_at) {
    std::printf("newest fetch:      %s %s\n", ReadableTime(*stats.newest_fetch_at).c_str(),
                TerminalLine(stats.newest_fetch_url).c_str());
  } else {
    std::printf("newest fetch:      (none)\n");
  }
  std::printf("markets by current claims:\n");
  std::size_t shown = 0;
  for (const auto& [market, claims] : stats.markets) {
    if (max_markets > 0 && shown == static_cast<std::size_t>(max_markets)) break;
    // Market names come from pages: no control character of them may reach
    // the terminal.
    std::printf("  %8lld  %s\n", static_cast<long long>(claims), TerminalLine(market.name).c_str());
    ++shown;
  }
  if (shown < stats.markets.size()) {
    std::printf("  ... and %zu more\n", stats.markets.size() - shown);
  }
  return kExitOk;
}

}  // namespace marketclaims
