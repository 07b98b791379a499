// Crawl options as command-line flags: every key of the [crawl] table
// (crawler/README.md) is also a flag, dashes for underscores
// (`--per-host-delay 0.5`). Boolean keys are switches with a `--no-` form;
// list keys repeat. Flags override the config file.
#ifndef MARKETCLAIMS_CLI_CRAWL_FLAGS_H_
#define MARKETCLAIMS_CLI_CRAWL_FLAGS_H_

#include <string>

#include "base/flags.h"
#include "crawler/crawl_config.h"

namespace marketclaims {

// Declares the flags on `flags`.
void AddCrawlFlags(Flags* flags);

// Applies the crawl flags `flags` holds to *config.
bool ApplyCrawlFlags(const Flags& flags, CrawlConfig* config, std::string* error);

// The flag list for a usage message, wrapped to fit 80 columns.
std::string CrawlFlagsUsage();

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CLI_CRAWL_FLAGS_H_
