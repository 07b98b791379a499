// ConfigFile: the marketclaims configuration file (TOML) read by `run` and
// `crawl`: a top-level `db`, a [crawl] table (the keys of
// crawler/README.md, with [crawl.hosts."name"] overrides) and a [reconcile]
// table. One file serves both commands. Parsing is strict, like the crawl
// keys: an unknown table or key, or a wrong value, is an error naming the
// file and line, so a typo in a cron job's config stops the job instead of
// running it with defaults.
#ifndef MARKETCLAIMS_CLI_CONFIG_FILE_H_
#define MARKETCLAIMS_CLI_CONFIG_FILE_H_

#include <string>

#include "crawler/crawl_config.h"
#include "reconcile/reconcile.h"

namespace marketclaims {

struct ConfigFile {
  // The database; "" when the file does not say. A relative path is taken
  // relative to the config file, not to wherever cron starts the job.
  std::string db;
  CrawlConfig crawl;
  ReconcileOptions reconcile;
};

// Parses `text`; `path` names it in errors and anchors relative paths.
bool ParseConfigFile(const std::string& text, const std::string& path, ConfigFile* config,
                     std::string* error);

// Reads and parses the file at `path`.
bool LoadConfigFile(const std::string& path, ConfigFile* config, std::string* error);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CLI_CONFIG_FILE_H_
