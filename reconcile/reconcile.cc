#include "reconcile/reconcile.h"

#include <algorithm>
#include <ctime>
#include <map>

#include "reconcile/find_conflicts.h"
#include "reconcile/market_keyer.h"
#include "store/store.h"

namespace marketclaims {

Status Reconcile(Store* store, const ReconcileOptions& options, ReconcileSummary* summary) {
  *summary = ReconcileSummary();
  std::vector<StoredMarket> markets;
  Status status = store->ListMarkets(&markets);
  if (!status.ok()) return status;
  MarketKeyer keyer;
  status = keyer.Load(store, markets, options);
  if (!status.ok()) return status;

  // Stored keys may come from an older key function: key the names again.
  std::map<std::string, MarketClaims> groups;
  std::map<std::string, std::map<std::string, int64_t>> name_counts;  // key -> name -> claims
  for (const StoredMarket& m : markets) {
    std::string key = keyer.Key(m.name);
    if (key.empty()) key = keyer.KeyOfCanonical(m.key);
    if (key.empty()) continue;
    std::vector<StoredClaim> claims;
    status = store->CurrentClaims(m.id, &claims);
    if (!status.ok()) return status;
    if (claims.empty()) continue;
    MarketClaims& group = groups[key];
    group.key = key;
    name_counts[key][m.name] += static_cast<int64_t>(claims.size());
    summary->claims += static_cast<int64_t>(claims.size());
    group.claims.insert(group.claims.end(), std::make_move_iterator(claims.begin()),
                        std::make_move_iterator(claims.end()));
  }

  std::vector<StoredConflict> conflicts;
  for (auto& [key, group] : groups) {
    // Shown under the name an alias gives it, else its most quoted name.
    if (const std::string* name = keyer.AliasName(key)) {
      group.name = *name;
    } else {
      int64_t best = -1;
      for (const auto& [name, count] : name_counts[key]) {
        if (count > best) {
          best = count;
          group.name = name;
        }
      }
    }
    std::sort(group.claims.begin(), group.claims.end(),
              [](const StoredClaim& a, const StoredClaim& b) { return a.id < b.id; });
    FindConflicts(group, options, &conflicts);
  }
  summary->markets = static_cast<int64_t>(groups.size());

  // Two rules can reach one finding only through identical input; keep one.
  std::sort(conflicts.begin(), conflicts.end(),
            [](const StoredConflict& a, const StoredConflict& b) {
              return a.fingerprint < b.fingerprint;
            });
  conflicts.erase(std::unique(conflicts.begin(), conflicts.end(),
                              [](const StoredConflict& a, const StoredConflict& b) {
                                return a.fingerprint == b.fingerprint;
                              }),
                  conflicts.end());

  const int64_t now = options.now > 0 ? options.now : static_cast<int64_t>(std::time(nullptr));
  status = store->ReplaceConflicts(conflicts, now, &summary->new_conflicts);
  if (!status.ok()) return status;
  summary->conflicts = static_cast<int64_t>(conflicts.size());
  return Status::OK();
}

}  // namespace marketclaims
