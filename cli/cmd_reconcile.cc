// marketclaims reconcile: recompute the conflicts between current claims.
#include <cstdio>
#include <string>

#include "base/flags.h"
#include "cli/commands.h"
#include "cli/open_store.h"
#include "cli/parse_command.h"
#include "reconcile/market_keyer.h"
#include "reconcile/reconcile.h"
#include "reconcile/reconcile_config.h"
#include "store/store.h"

namespace marketclaims {
namespace {

constexpr char kUsage[] =
    "usage: marketclaims reconcile [--db PATH] [--config FILE] [--size-tolerance F]\n"
    "                              [--cagr-tolerance POINTS] [--projection-tolerance POINTS]\n"
    "                              [--aliases FILE] [--exchange-rate CUR=USD]...\n\n"
    "Compares the current claims of each market and records what disagrees in the\n"
    "conflicts table (list it with `marketclaims conflicts`). Market names meet\n"
    "under a canonical key; --aliases names a file of 'Alias Name = Market Name'\n"
    "lines merging the rest (the market_aliases table is read too).\n\n"
    "  --size-tolerance F          sizes disagree when max/min > 1 + F (default 0.10;\n"
    "                              '10%' also accepted)\n"
    "  --cagr-tolerance POINTS     rates disagree beyond this many points (default 1)\n"
    "  --projection-tolerance P    a page's implied rate may be off by this (default 1)\n"
    "  --exchange-rate CUR=USD     US dollars per unit of CUR; sizes in other\n"
    "                              currencies are compared only through these\n"
    "  --config FILE               read the [reconcile] table of a TOML config file;\n"
    "                              flags override it\n\n"
    "Exit status: 0 done, 2 usage or configuration error, 3 database locked,\n"
    "4 database cannot be opened or written.\n";

int Usage(const std::string& message) {
  std::fprintf(stderr, "marketclaims reconcile: %s\n%s", message.c_str(), kUsage);
  return kExitUsage;
}

}  // namespace

int RunReconcile(const Args& args) {
  Flags flags;
  flags.AddOption("--db");
  flags.AddOption("--config");
  flags.AddOption("--size-tolerance");
  flags.AddOption("--cagr-tolerance");
  flags.AddOption("--projection-tolerance");
  flags.AddOption("--aliases");
  flags.AddOption("--exchange-rate");
  flags.AddSwitch("--help");
  int status = kExitOk;
  if (!ParseCommandFlags("reconcile", kUsage, args, &flags, &status)) return status;
  std::string error;
  if (!flags.positional().empty()) {
    return Usage("unexpected argument '" + flags.positional()[0] + "'");
  }
  ReconcileOptions options;
  if (flags.Has("--config") && !LoadReconcileConfig(flags.Get("--config"), &options, &error)) {
    std::fprintf(stderr, "marketclaims reconcile: %s\n", error.c_str());
    return kExitUsage;
  }
  if (flags.Has("--size-tolerance") &&
      !ParseSizeTolerance(flags.Get("--size-tolerance"), &options.size_tolerance)) {
    return Usage("bad --size-tolerance '" + flags.Get("--size-tolerance") + "'");
  }
  if (flags.Has("--cagr-tolerance") &&
      !ParsePoints(flags.Get("--cagr-tolerance"), &options.cagr_tolerance_points)) {
    return Usage("bad --cagr-tolerance '" + flags.Get("--cagr-tolerance") + "'");
  }
  if (flags.Has("--projection-tolerance") &&
      !ParsePoints(flags.Get("--projection-tolerance"), &options.projection_tolerance_points)) {
    return Usage("bad --projection-tolerance '" + flags.Get("--projection-tolerance") + "'");
  }
  for (const std::string& rate : flags.GetAll("--exchange-rate")) {
    std::string currency;
    double usd = 0;
    if (!ParseExchangeRate(rate, &currency, &usd)) {
      return Usage("bad --exchange-rate '" + rate + "' (expected e.g. EUR=1.08)");
    }
    options.usd_per_unit[currency] = usd;
  }
  if (flags.Has("--aliases")) options.aliases_file = flags.Get("--aliases");

  const std::string db_path = flags.Get("--db", kDefaultDbPath);
  std::unique_ptr<Store> store = OpenStoreToWrite("reconcile", db_path, &status);
  if (!store) return status;
  ReconcileSummary summary;
  Status reconciled = Reconcile(store.get(), options, &summary);
  if (!reconciled.ok()) {
    // A bad alias (file or table) is kBadInput: the user's to fix.
    std::fprintf(stderr, "marketclaims reconcile: %s\n", reconciled.message().c_str());
    return ExitStatusFor(reconciled);
  }
  std::printf("reconciled %lld markets, %lld claims: %lld conflicts (%lld new)\n",
              static_cast<long long>(summary.markets), static_cast<long long>(summary.claims),
              static_cast<long long>(summary.conflicts),
              static_cast<long long>(summary.new_conflicts));
  return kExitOk;
}

}  // namespace marketclaims
