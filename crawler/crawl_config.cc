#include "crawler/crawl_config.h"

#include <re2/re2.h>
#include <toml++/toml.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <set>
#include <sstream>

#include "base/read_file.h"
#include "crawler/url.h"

namespace marketclaims {
namespace {

// Far more than any hand-written config; a larger file is a mistake.
constexpr size_t kMaxConfigBytes = 1 << 20;
// Half a million URLs or so.
constexpr size_t kMaxSeedFileBytes = 64 << 20;

enum class Kind { kInt, kInt64, kSeconds, kBool, kString, kList };

struct Option {
  const char* name;
  Kind kind;
  double min;
  double max;
  void* field;
};

constexpr double kHuge = 1e15;

std::vector<Option> Options(CrawlConfig* c) {
  return {
      {"user_agent", Kind::kString, 0, 0, &c->user_agent},
      {"seeds", Kind::kList, 0, 0, &c->seeds},
      {"seed_files", Kind::kList, 0, 0, &c->seed_files},
      {"max_depth", Kind::kInt, 0, 1000, &c->max_depth},
      {"same_host", Kind::kBool, 0, 0, &c->same_host},
      {"allow", Kind::kList, 0, 0, &c->allow},
      {"deny", Kind::kList, 0, 0, &c->deny},
      {"max_pages", Kind::kInt64, 0, kHuge, &c->max_pages},
      {"global_limit", Kind::kInt, 1, 1000, &c->global_limit},
      {"per_host_limit", Kind::kInt, 1, 100, &c->per_host_limit},
      {"per_host_delay", Kind::kSeconds, 0, 3600, &c->per_host_delay},
      {"max_crawl_delay", Kind::kSeconds, 0, 86400, &c->max_crawl_delay},
      {"connect_timeout", Kind::kSeconds, 0.001, 3600, &c->connect_timeout},
      {"timeout", Kind::kSeconds, 0.001, 86400, &c->timeout},
      {"low_speed_limit", Kind::kInt64, 0, kHuge, &c->low_speed_limit},
      {"low_speed_time", Kind::kSeconds, 0, 3600, &c->low_speed_time},
      {"max_redirects", Kind::kInt, 0, 50, &c->max_redirects},
      {"max_body_bytes", Kind::kInt64, 1, kHuge, &c->max_body_bytes},
      {"max_decoded_bytes", Kind::kInt64, 1, kHuge, &c->max_decoded_bytes},
      {"max_tries", Kind::kInt, 1, 100, &c->max_tries},
      {"backoff_base", Kind::kSeconds, 0, 3600, &c->backoff_base},
      {"backoff_max", Kind::kSeconds, 0, 86400, &c->backoff_max},
      {"max_retry_after", Kind::kSeconds, 0, 86400, &c->max_retry_after},
      {"allow_private", Kind::kBool, 0, 0, &c->allow_private},
      {"quiet", Kind::kBool, 0, 0, &c->quiet},
  };
}

std::string Where(const std::string& path, const toml::source_region& src) {
  return path + ":" + std::to_string(src.begin.line) + ": ";
}

std::string RangeText(const Option& o) {
  std::ostringstream s;
  s << "between " << o.min << " and " << o.max;
  return s.str();
}

std::string Normalized(std::string key) {
  for (char& c : key) {
    if (c == '-') c = '_';
  }
  return key;
}

const Option* FindOption(const std::vector<Option>& options, const std::string& name) {
  for (const Option& o : options) {
    if (name == o.name) return &o;
  }
  return nullptr;
}

// The checks of ValidateCrawlConfig and CollectSeeds, made while the file's
// lines are known so the error can name the line: the element at fault, or
// null when `value` (of key `name`) is fine.
const toml::node* CheckValueInFile(const std::string& name, const toml::node& value,
                                   std::string* error) {
  if (name == "user_agent") {
    const std::string agent = value.value_or(std::string());
    if (agent.empty() || agent.find_first_of("\r\n") != std::string::npos) {
      *error = "user_agent must be one non-empty line";
      return &value;
    }
  } else if ((name == "allow" || name == "deny" || name == "seeds") && value.is_array()) {
    for (const toml::node& element : *value.as_array()) {
      const std::string text = element.value_or(std::string());
      if (name == "seeds") {
        std::string url, why;
        if (!NormalizeUrl(text, &url, &why)) {
          *error = "seeds: '" + text + "': " + why;
          return &element;
        }
      } else {
        RE2 re(text, RE2::Quiet);
        if (!re.ok()) {
          *error = name + " pattern '" + text + "': " + re.error();
          return &element;
        }
      }
    }
  }
  return nullptr;
}

bool CheckRange(const Option& o, double v, std::string* error) {
  if (!(v >= o.min && v <= o.max)) {
    *error = std::string(o.name) + " must be " + RangeText(o);
    return false;
  }
  return true;
}

// Stores a TOML value into the option's field. *error has no location.
bool SetFromToml(const Option& o, const toml::node& v, std::string* error) {
  switch (o.kind) {
    case Kind::kInt:
    case Kind::kInt64: {
      if (!v.is_integer()) {
        *error = std::string(o.name) + " must be an integer";
        return false;
      }
      int64_t n = *v.value<int64_t>();
      if (!CheckRange(o, static_cast<double>(n), error)) return false;
      if (o.kind == Kind::kInt) {
        *static_cast<int*>(o.field) = static_cast<int>(n);
      } else {
        *static_cast<int64_t*>(o.field) = n;
      }
      return true;
    }
    case Kind::kSeconds: {
      if (!v.is_number()) {
        *error = std::string(o.name) + " must be a number of seconds";
        return false;
      }
      double d = *v.value<double>();
      if (!CheckRange(o, d, error)) return false;
      *static_cast<double*>(o.field) = d;
      return true;
    }
    case Kind::kBool:
      if (!v.is_boolean()) {
        *error = std::string(o.name) + " must be true or false";
        return false;
      }
      *static_cast<bool*>(o.field) = *v.value<bool>();
      return true;
    case Kind::kString:
      if (!v.is_string()) {
        *error = std::string(o.name) + " must be a string";
        return false;
      }
      *static_cast<std::string*>(o.field) = *v.value<std::string>();
      return true;
    case Kind::kList: {
      const toml::array* arr = v.as_array();
      if (arr == nullptr) {
        *error = std::string(o.name) + " must be an array of strings";
        return false;
      }
      std::vector<std::string> items;
      for (const toml::node& item : *arr) {
        if (!item.is_string()) {
          *error = std::string(o.name) + " must be an array of strings";
          return false;
        }
        items.push_back(*item.value<std::string>());
      }
      *static_cast<std::vector<std::string>*>(o.field) = items;
      return true;
    }
  }
  return false;
}

bool ParseNumber(const std::string& text, double* out) {
  if (text.empty()) return false;
  errno = 0;
  char* end = nullptr;
  double d = std::strtod(text.c_str(), &end);
  if (errno != 0 || *end != '\0' || !std::isfinite(d)) return false;
  *out = d;
  return true;
}

bool SetFromString(const Option& o, const std::string& value, std::string* error) {
  switch (o.kind) {
    case Kind::kInt:
    case Kind::kInt64: {
      double d;
      if (!ParseNumber(value, &d) || d != std::floor(d)) {
        *error = std::string(o.name) + " must be an integer, not '" + value + "'";
        return false;
      }
      if (!CheckRange(o, d, error)) return false;
      if (o.kind == Kind::kInt) {
        *static_cast<int*>(o.field) = static_cast<int>(d);
      } else {
        *static_cast<int64_t*>(o.field) = static_cast<int64_t>(d);
      }
      return true;
    }
    case Kind::kSeconds: {
      double d;
      if (!ParseNumber(value, &d)) {
        *error = std::string(o.name) + " must be a number of seconds, not '" + value + "'";
        return false;
      }
      if (!CheckRange(o, d, error)) return false;
      *static_cast<double*>(o.field) = d;
      return true;
    }
    case Kind::kBool:
      if (value == "true" || value == "1" || value == "yes") {
        *static_cast<bool*>(o.field) = true;
      } else if (value == "false" || value == "0" || value == "no") {
        *static_cast<bool*>(o.field) = false;
      } else {
        *error = std::string(o.name) + " must be true or false, not '" + value + "'";
        return false;
      }
      return true;
    case Kind::kString:
      *static_cast<std::string*>(o.field) = value;
      return true;
    case Kind::kList:
      static_cast<std::vector<std::string>*>(o.field)->push_back(value);
      return true;
  }
  return false;
}

bool ParseHosts(const toml::node& node, const std::string& path, CrawlConfig* config,
                std::string* error) {
  const toml::table* hosts = node.as_table();
  if (hosts == nullptr) {
    *error = Where(path, node.source()) + "hosts must be a table of host tables";
    return false;
  }
  for (auto&& [key, value] : *hosts) {
    std::string host(key.str());
    for (char& c : host) c = std::tolower(static_cast<unsigned char>(c));
    const toml::table* t = value.as_table();
    if (t == nullptr) {
      *error = Where(path, key.source()) + "hosts." + host + " must be a table";
      return false;
    }
    HostOverride& o = config->hosts[host];
    for (auto&& [k, v] : *t) {
      std::string name(k.str());
      if (name == "per_host_delay") {
        if (!v.is_number() || *v.value<double>() < 0 || *v.value<double>() > 3600) {
          *error = Where(path, v.source()) + "per_host_delay must be seconds between 0 and 3600";
          return false;
        }
        o.per_host_delay = *v.value<double>();
      } else if (name == "per_host_limit") {
        if (!v.is_integer() || *v.value<int64_t>() < 1 || *v.value<int64_t>() > 100) {
          *error = Where(path, v.source()) + "per_host_limit must be an integer between 1 and 100";
          return false;
        }
        o.per_host_limit = static_cast<int>(*v.value<int64_t>());
      } else {
        *error = Where(path, k.source()) + "unknown key '" + name + "' in hosts." + host +
                 " (known: per_host_delay, per_host_limit)";
        return false;
      }
    }
  }
  return true;
}

std::string DirectoryOf(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

}  // namespace

bool ParseCrawlConfig(const std::string& text, const std::string& path, CrawlConfig* config,
                      std::string* error) {
  return ParseCrawlConfigSection(text, path, "", config, error);
}

bool ParseCrawlConfigSection(const std::string& text, const std::string& path,
                             const std::string& section, CrawlConfig* config, std::string* error) {
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    *error = Where(path, e.source()) + std::string(e.description());
    return false;
  }
  const toml::table* table = &root;
  if (!section.empty()) {
    const toml::node* node = root.get(section);
    if (node == nullptr) return true;
    table = node->as_table();
    if (table == nullptr) {
      *error =
          Where(path, node->source()) + "'" + section + "' must be a table ([" + section + "])";
      return false;
    }
  }
  // Inside a section, errors name the key as written in the file.
  const std::string prefix = section.empty() ? "" : section + ".";
  CrawlConfig updated = *config;
  std::vector<Option> options = Options(&updated);
  for (auto&& [key, value] : *table) {
    std::string name(key.str());
    if (name == "hosts") {
      if (!ParseHosts(value, path, &updated, error)) return false;
      continue;
    }
    const Option* o = FindOption(options, name);
    if (o == nullptr) {
      *error = Where(path, key.source()) + "unknown key '" + prefix + name + "'";
      return false;
    }
    std::string why;
    if (!SetFromToml(*o, value, &why)) {
      *error = Where(path, value.source()) + prefix + why;
      return false;
    }
    const toml::node* bad = CheckValueInFile(name, value, &why);
    if (bad != nullptr) {
      *error = Where(path, bad->source()) + prefix + why;
      return false;
    }
  }
  // seed_files are relative to the config file, not to wherever cron runs.
  std::string dir = DirectoryOf(path);
  for (std::string& f : updated.seed_files) {
    if (!f.empty() && f[0] != '/') f = dir + f;
  }
  *config = updated;
  return true;
}

bool LoadCrawlConfig(const std::string& path, CrawlConfig* config, std::string* error) {
  std::string text, why;
  if (!ReadFileBytes(path, kMaxConfigBytes, &text, &why)) {
    *error = why + " (config file)";
    return false;
  }
  return ParseCrawlConfig(text, path, config, error);
}

bool SetCrawlOption(const std::string& key, const std::string& value, CrawlConfig* config,
                    std::string* error) {
  std::vector<Option> options = Options(config);
  const Option* o = FindOption(options, Normalized(key));
  if (o == nullptr) {
    *error = "unknown crawl option '" + key + "'";
    return false;
  }
  return SetFromString(*o, value, error);
}

std::vector<CrawlOptionInfo> ListCrawlOptions() {
  CrawlConfig scratch;
  std::vector<CrawlOptionInfo> list;
  for (const Option& o : Options(&scratch)) {
    list.push_back({o.name, o.kind == Kind::kBool, o.kind == Kind::kList});
  }
  return list;
}

bool IsCrawlOption(const std::string& key) {
  CrawlConfig scratch;
  std::vector<Option> options = Options(&scratch);
  return FindOption(options, Normalized(key)) != nullptr;
}

bool ValidateCrawlConfig(const CrawlConfig& config, std::string* error) {
  for (const auto* list : {&config.allow, &config.deny}) {
    for (const std::string& pattern : *list) {
      RE2 re(pattern, RE2::Quiet);
      if (!re.ok()) {
        *error = std::string(list == &config.allow ? "allow" : "deny") + " pattern '" + pattern +
                 "': " + re.error();
        return false;
      }
    }
  }
  if (config.user_agent.empty() || config.user_agent.find_first_of("\r\n") != std::string::npos) {
    *error = "user_agent must be one non-empty line";
    return false;
  }
  if (config.connect_timeout > config.timeout) {
    *error = "connect_timeout must not exceed timeout";
    return false;
  }
  return true;
}

bool CollectSeeds(const CrawlConfig& config, std::vector<std::string>* seeds, std::string* error) {
  seeds->clear();
  std::set<std::string> seen;
  auto add = [&](const std::string& raw, const std::string& where) {
    std::string url, why;
    if (!NormalizeUrl(raw, &url, &why)) {
      *error = where + why;
      return false;
    }
    if (seen.insert(url).second) seeds->push_back(url);
    return true;
  };
  for (const std::string& s : config.seeds) {
    if (!add(s, "seed: ")) return false;
  }
  for (const std::string& file : config.seed_files) {
    std::string text, why;
    if (!ReadFileBytes(file, kMaxSeedFileBytes, &text, &why)) {
      *error = why + " (seed file)";
      return false;
    }
    int number = 0;
    for (size_t pos = 0; pos < text.size();) {
      size_t newline = text.find('\n', pos);
      if (newline == std::string::npos) newline = text.size();
      std::string line = text.substr(pos, newline - pos);
      pos = newline + 1;
      ++number;
      size_t hash = line.find('#');
      if (hash != std::string::npos) line.resize(hash);
      size_t b = line.find_first_not_of(" \t\r");
      if (b == std::string::npos) continue;
      size_t e = line.find_last_not_of(" \t\r");
      if (!add(line.substr(b, e - b + 1), file + ":" + std::to_string(number) + ": ")) {
        return false;
      }
    }
  }
  return true;
}

}  // namespace marketclaims
