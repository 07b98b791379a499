// marketclaims conflicts: list what the last reconcile recorded.
#include <cstdio>
#include <string>
#include <vector>

#include "base/flags.h"
#include "base/terminal_text.h"
#include "cli/commands.h"
#include "cli/open_store.h"
#include "cli/parse_command.h"
#include "reconcile/conflict_json.h"
#include "reconcile/market_keyer.h"
#include "store/market_key.h"
#include "store/store.h"

namespace marketclaims {
namespace {

constexpr char kUsage[] =
    "usage: marketclaims conflicts [--db PATH] [--market NAME] [--kind KIND] [--json]\n\n"
    "Lists the conflicts recorded by the last `marketclaims reconcile`: kind,\n"
    "market, year or period, the figures with their source URLs, a spread and a\n"
    "one-line explanation. --market takes any wording of a market name (aliases\n"
    "in the market_aliases table apply); --kind is one of size_disagreement,\n"
    "cagr_disagreement, inconsistent_projection, implausible. --json prints one\n"
    "JSON array. The database is opened read-only.\n\n"
    "Exit status: 0 done, 2 usage error, 4 database cannot be read.\n";

bool KnownKind(const std::string& kind) {
  return kind == "size_disagreement" || kind == "cagr_disagreement" ||
         kind == "inconsistent_projection" || kind == "implausible";
}

}  // namespace

int RunConflicts(const Args& args) {
  Flags flags;
  flags.AddOption("--db");
  flags.AddOption("--market");
  flags.AddOption("--kind");
  flags.AddSwitch("--json");
  flags.AddSwitch("--help");
  int status = kExitOk;
  if (!ParseCommandFlags("conflicts", kUsage, args, &flags, &status)) return status;
  std::string error;
  const std::string kind = flags.Get("--kind");
  if (flags.Has("--kind") && !KnownKind(kind)) {
    std::fprintf(stderr,
                 "marketclaims conflicts: --kind '%s': must be one of size_disagreement, "
                 "cagr_disagreement, inconsistent_projection, implausible\n%s",
                 kind.c_str(), kUsage);
    return kExitUsage;
  }
  if (!flags.positional().empty()) {
    std::fprintf(stderr, "marketclaims conflicts: unexpected argument '%s'\n%s",
                 flags.positional()[0].c_str(), kUsage);
    return kExitUsage;
  }
  std::string market_key;
  if (flags.Has("--market")) {
    market_key = CanonicalMarketKey(flags.Get("--market"));
    if (market_key.empty()) {
      std::fprintf(stderr, "marketclaims conflicts: --market names no market\n");
      return kExitUsage;
    }
  }
  const std::string db_path = flags.Get("--db", kDefaultDbPath);
  std::unique_ptr<Store> store = OpenStoreToRead("conflicts", db_path, &status);
  if (!store) return status;
  if (!market_key.empty()) {
    // Key the name as reconcile does (its alias file is not known here).
    std::vector<StoredMarket> markets;
    MarketKeyer keyer;
    Status loaded = store->ListMarkets(&markets);
    if (loaded.ok()) loaded = keyer.Load(store.get(), markets, ReconcileOptions());
    if (!loaded.ok()) {
      std::fprintf(stderr, "marketclaims conflicts: %s: %s\n", db_path.c_str(),
                   loaded.message().c_str());
      return ExitStatusFor(loaded);
    }
    market_key = keyer.KeyOfCanonical(market_key);
  }
  std::vector<StoredConflict> conflicts;
  Status listed = store->ListConflicts(market_key, &conflicts);
  if (!listed.ok()) {
    std::fprintf(stderr, "marketclaims conflicts: %s: %s (has `marketclaims reconcile` run?)\n",
                 db_path.c_str(), listed.message().c_str());
    return ExitStatusFor(listed);
  }
  if (!kind.empty()) {
    std::vector<StoredConflict> kept;
    for (StoredConflict& c : conflicts) {
      if (c.kind == kind) kept.push_back(std::move(c));
    }
    conflicts.swap(kept);
  }
  // The text form is for people: page text in it must not drive the terminal.
  const std::string text =
      flags.Has("--json") ? ConflictsJson(conflicts) : TerminalText(ConflictsText(conflicts));
  std::fwrite(text.data(), 1, text.size(), stdout);
  if (conflicts.empty()) {
    // An empty list on a terminal looks like a failure; say what it means.
    std::fprintf(stderr,
                 "marketclaims conflicts: no conflicts%s in %s (recorded by the last "
                 "`marketclaims reconcile`; run it after adding pages)\n",
                 flags.Has("--market") || flags.Has("--kind") ? " match" : "", db_path.c_str());
  }
  if (std::fflush(stdout) != 0) {
    std::fprintf(stderr, "marketclaims conflicts: cannot write the list\n");
    return kExitFatal;
  }
  return kExitOk;
}

}  // namespace marketclaims
