// FindConflicts: the comparison rules of reconcile, on claims already read
// from the store and grouped by market. Pure: no I/O, same input -> same
// output in the same order, so fingerprints are stable across runs.
#ifndef MARKETCLAIMS_RECONCILE_FIND_CONFLICTS_H_
#define MARKETCLAIMS_RECONCILE_FIND_CONFLICTS_H_

#include <string>
#include <vector>

#include "reconcile/reconcile.h"
#include "store/store.h"

namespace marketclaims {

// The current claims of one market (after keying and aliasing).
struct MarketClaims {
  std::string key;
  std::string name;  // display name
  std::vector<StoredClaim> claims;
};

// Appends the conflicts of `market` to *out, fingerprints set.
void FindConflicts(const MarketClaims& market, const ReconcileOptions& options,
                   std::vector<StoredConflict>* out);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_RECONCILE_FIND_CONFLICTS_H_
