// Reconcile: groups the current claims by market and records the figures
// that disagree, across sources and within one page, in the store's
// conflicts table (recomputed from scratch on every run).
//
// Kinds of conflict (StoredConflict::kind):
//  - size_disagreement: sizes for one market, currency and year from
//    different contents (or twice in one page) whose max/min > 1 + tolerance;
//  - cagr_disagreement: two rates whose periods overlap (or, a start missing,
//    share an end year) and differ by more than the tolerance;
//  - inconsistent_projection: within one page, two sizes and a CAGR stated
//    over a period covering both whose implied rate is off, or a forecast
//    whose year is not after the page's latest actual year;
//  - implausible: a rate outside [min_rate, max_rate], a year outside
//    [min_year, max_year], or a forecast for a year that had already ended
//    when the page was first fetched.
// A page reposted at several URLs (same content hash) counts once, and a
// figure repeated inside one page counts once.
#ifndef MARKETCLAIMS_RECONCILE_RECONCILE_H_
#define MARKETCLAIMS_RECONCILE_RECONCILE_H_

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"

namespace marketclaims {

class Store;

struct ReconcileOptions {
  // Sizes for one market, currency and year disagree when max/min > 1 + this.
  double size_tolerance = 0.10;
  // CAGRs (percentage points) disagree when they differ by more than this.
  double cagr_tolerance_points = 1.0;
  // A page's projection is inconsistent when its implied CAGR is off its
  // stated one by more than this many points.
  double projection_tolerance_points = 1.0;
  // US dollars per unit of another currency ("EUR" -> 1.08). Sizes in
  // different currencies are compared only through these.
  std::map<std::string, double> usd_per_unit;
  // Bounds of a plausible figure (inclusive).
  double min_rate = -50.0;
  double max_rate = 100.0;
  int min_year = 1990;
  int max_year = 2100;
  // Flag forecasts for years that had ended before the page was fetched.
  bool stale_forecasts = true;
  // Market aliases as (alias name, market name), names as written; added
  // to those of the alias file and of the store's market_aliases table.
  std::vector<std::pair<std::string, std::string>> aliases;
  // An alias file ("Alias Name = Market Name" lines, # comments); "" none.
  std::string aliases_file;
  // The time recorded for the run (unix seconds); 0 means now.
  int64_t now = 0;
};

struct ReconcileSummary {
  int64_t markets = 0;        // markets with at least one current claim
  int64_t claims = 0;         // current claims considered
  int64_t conflicts = 0;      // conflicts now recorded
  int64_t new_conflicts = 0;  // of which not recorded by the previous run
};

// Recomputes the conflicts table in one transaction. Fails with the store
// untouched: with the store's Status when it cannot be read or written, with
// kBadInput when an alias (file, table or options) is unreadable or
// malformed.
Status Reconcile(Store* store, const ReconcileOptions& options, ReconcileSummary* summary);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_RECONCILE_RECONCILE_H_
