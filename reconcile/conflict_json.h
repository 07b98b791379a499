// The conflict list as JSON (`marketclaims conflicts --json`) and as text.
// JSON: one array; each element has kind, rule (the check that found it),
// market, market_key, year (sizes) or start/end (rates; null where unknown),
// spread, explanation, id (stable across runs), first_found and claims:
// [{source, kind, value, unit, currency, year} for sizes, {source, kind,
// rate, start, end} for rates; evidence for both, and also_at (other URLs
// with the same content) when the page was reposted].
#ifndef MARKETCLAIMS_RECONCILE_CONFLICT_JSON_H_
#define MARKETCLAIMS_RECONCILE_CONFLICT_JSON_H_

#include <string>
#include <vector>

#include "store/store.h"

namespace marketclaims {

std::string ConflictsJson(const std::vector<StoredConflict>& conflicts);

// A few human-readable lines per conflict: kind, market, period, spread,
// explanation, then each figure with its URL and its evidence sentence.
std::string ConflictsText(const std::vector<StoredConflict>& conflicts);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_RECONCILE_CONFLICT_JSON_H_
