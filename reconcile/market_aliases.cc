#include "reconcile/market_aliases.h"

#include <fstream>
#include <set>

#include "store/market_key.h"

namespace marketclaims {
namespace {

std::string Trimmed(const std::string& s) {
  const std::size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  const std::size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

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
  names_.emplace(to, Trimmed(market));
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
  std::ifstream in(path);
  if (!in) {
    *error = path + ": cannot open alias file";
    return false;
  }
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    const std::size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    line = Trimmed(line);
    if (line.empty()) continue;
    const std::size_t eq = line.find('=');
    std::string why;
    if (eq == std::string::npos) {
      why = "expected 'Alias Name = Market Name'";
    } else if (!aliases->Add(Trimmed(line.substr(0, eq)), Trimmed(line.substr(eq + 1)), &why)) {
      // why is set by Add
    } else {
      continue;
    }
    *error = path + ":" + std::to_string(number) + ": " + why;
    return false;
  }
  if (in.bad()) {
    *error = path + ": read error";
    return false;
  }
  return true;
}

}  // namespace marketclaims
