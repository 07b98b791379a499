#include "cli/config_file.h"

#include <toml++/toml.h>

#include <cstddef>
#include <string>

#include "base/read_file.h"
#include "reconcile/market_aliases.h"
#include "reconcile/reconcile_config.h"

namespace marketclaims {
namespace {

std::string Where(const std::string& path, const toml::source_region& src) {
  return path + ":" + std::to_string(src.begin.line) + ": ";
}

std::string DirectoryOf(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

}  // namespace

bool ParseConfigFile(const std::string& text, const std::string& path, ConfigFile* config,
                     std::string* error) {
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    *error = Where(path, e.source()) + std::string(e.description());
    return false;
  }
  ConfigFile updated = *config;
  for (auto&& [key, value] : root) {
    const std::string name(key.str());
    if (name == "db") {
      if (!value.is_string() || value.value<std::string>()->empty()) {
        *error = Where(path, value.source()) + "db must be a non-empty string (a file path)";
        return false;
      }
      updated.db = *value.value<std::string>();
      if (updated.db[0] != '/') updated.db = DirectoryOf(path) + updated.db;
    } else if (name == "crawl") {
      // Line numbers stay right: the crawl parser reads the same text.
      if (!ParseCrawlConfigSection(text, path, "crawl", &updated.crawl, error)) return false;
    } else if (name == "reconcile") {
      if (!value.is_table()) {
        *error = Where(path, value.source()) + "'reconcile' must be a table ([reconcile])";
        return false;
      }
      // reconcile/ owns the meaning of its table.
      if (!ApplyReconcileConfig(*value.as_table(), path, &updated.reconcile, error)) {
        return false;
      }
      // Read the alias file now, so that a missing or broken one stops a
      // run before its crawl, naming both files; Reconcile reads it again.
      if (const toml::node* aliases = value.as_table()->get("aliases")) {
        MarketAliases loaded;
        std::string why;
        if (!LoadAliasFile(updated.reconcile.aliases_file, &loaded, &why)) {
          *error = Where(path, aliases->source()) + "aliases: " + why;
          return false;
        }
      }
    } else {
      *error = Where(path, key.source()) + "unknown key '" + name + "'";
      if (IsCrawlOption(name)) *error += " (crawl settings go in the [crawl] table)";
      *error += "; known: db, [crawl], [reconcile]";
      return false;
    }
  }
  *config = updated;
  return true;
}

bool LoadConfigFile(const std::string& path, ConfigFile* config, std::string* error) {
  // A config file is a few lines; the cap only stops a wrong path (a log,
  // a disk image) from being read whole.
  constexpr std::size_t kMaxConfigFileBytes = 1 << 20;
  std::string text, why;
  if (!ReadFileBytes(path, kMaxConfigFileBytes, &text, &why)) {
    *error = why + " (config file)";
    return false;
  }
  return ParseConfigFile(text, path, config, error);
}

}  // namespace marketclaims
