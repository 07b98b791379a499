#include "reconcile/market_aliases.h"

#include <set>

#include "base/read_file.h"
#include "base/text_util.h"
#include "store/market_key.h"

namespace marketclaims {
namespace {

// Far more than any hand-kept alias list; a larger file is a mistake.
constexpr std::size_t kMaxAliasFileBytes = 16 << 20;

}  // namespace

MarketAliases::MarketAliases(KeyFunction key_of) : key_of_(std::move(key_of)) {
  if (!key_of_) key_of_ = [](const std::string& name) { return CanonicalMarketKey(name); };
}

bool MarketAliases::Add(const std::string& alias, const std::string& market, std::string* error) {
  const std::string from = key_of_(alias);
  const std::string to = key_of_(market);
  if (from.empty() || to.empty()) {
    *error = "alias '" + alias + "' = '" + market + "' names no market";
    return false;
  }
  if (from == to) return true;
  if (Resolve(to) == from) {
    *error = "alias '" + alias + "' = '" + market + "' would make a cycle";
    return false;
  }
  target_[from] = to;
  names_.emplace(to, Trim(market));
  return true;
}

std::string MarketAliases::Resolve(const std::string& key) const {
  std::string current = key;
  std::set<std::string> seen;  // defensive: Add keeps the map acyclic
  for (auto it = target_.find(current); it != target_.end(); it = target_.find(current)) {
    if (!seen.insert(current).second) break;
    current = it->second;
  }
  return current;
}

const std::string* MarketAliases::NameOf(const std::string& key) const {
  auto it = names_.find(key);
  return it == names_.end() ? nullptr : &it->second;
}

bool LoadAliasFile(const std::string& path, MarketAliases* aliases, std::string* error) {
  std::string text, read_error;
  if (!ReadFileBytes(path, kMaxAliasFileBytes, &text, &read_error)) {
    *error = read_error + " (alias file)";
    return false;
  }
  int number = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t newline = text.find('\n', pos);
    if (newline == std::string::npos) newline = text.size();
    std::string line = text.substr(pos, newline - pos);
    pos = newline + 1;
    ++number;
    const std::size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    line = std::string(Trim(line));
    if (line.empty()) continue;
    const std::size_t eq = line.find('=');
    std::string why;
    if (eq == std::string::npos) {
      why = "expected 'Alias Name = Market Name'";
    } else if (!aliases->Add(std::string(Trim(std::string_view(line).substr(0, eq))),
                             std::string(Trim(std::string_view(line).substr(eq + 1))), &why)) {
      // why is set by Add
    } else {
      continue;
    }
    *error = path + ":" + std::to_string(number) + ": " + why;
    return false;
  }
  return true;
}

}  // namespace marketclaims
