// The [reconcile] table of the TOML config file, applied to
// ReconcileOptions. The run command's config loader hands this section over
// so reconcile's settings are read in one place:
//
//   [reconcile]
//   size_tolerance = 0.10        # fraction: max/min above 1.10 disagrees
//   cagr_tolerance = 1.0         # percentage points
//   projection_tolerance = 1.0   # percentage points
//   aliases = "aliases.txt"      # relative to the config file
//   stale_forecasts = true
//   [reconcile.exchange_rates]   # US dollars per unit
//   EUR = 1.08
#ifndef MARKETCLAIMS_RECONCILE_RECONCILE_CONFIG_H_
#define MARKETCLAIMS_RECONCILE_RECONCILE_CONFIG_H_

#include <toml++/toml.h>

#include <string>

#include "reconcile/reconcile.h"

namespace marketclaims {

// Applies `section` (the [reconcile] table of the file at `config_path`) to
// *options. Unknown keys and bad values are errors of the form
// "PATH:LINE: message"; on error *options is unchanged. A relative alias
// path is taken relative to the config file's folder.
bool ApplyReconcileConfig(const toml::table& section, const std::string& config_path,
                          ReconcileOptions* options, std::string* error);

// Reads the TOML file at `path` and applies its [reconcile] table, if any;
// other tables are left to their owners.
bool LoadReconcileConfig(const std::string& path, ReconcileOptions* options, std::string* error);

// Parses a tolerance flag value: "0.1" or "10%" for sizes (a fraction), "1"
// or "1.5" for rates (points). Fails on anything not a finite number >= 0.
bool ParseSizeTolerance(const std::string& text, double* fraction);
bool ParsePoints(const std::string& text, double* points);

// "EUR=1.08" -> ("EUR", 1.08); the currency is upper-cased.
bool ParseExchangeRate(const std::string& text, std::string* currency, double* usd_per_unit);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_RECONCILE_RECONCILE_CONFIG_H_
