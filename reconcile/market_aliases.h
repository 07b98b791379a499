// MarketAliases: user-given merges of markets that CanonicalMarketKey keeps
// apart ("Cold Storage Logistics = Cold Chain Logistics"). Names are keyed
// with CanonicalMarketKey, so an alias covers every wording of its name.
// Invariant: following aliases from any key ends (no cycles are accepted).
#ifndef MARKETCLAIMS_RECONCILE_MARKET_ALIASES_H_
#define MARKETCLAIMS_RECONCILE_MARKET_ALIASES_H_

#include <functional>
#include <map>
#include <string>

namespace marketclaims {

class MarketAliases {
 public:
  using KeyFunction = std::function<std::string(const std::string&)>;

  // Names are keyed with `key_of`, CanonicalMarketKey when null.
  explicit MarketAliases(KeyFunction key_of = nullptr);

  // Records that `alias` names the market `market`. Fails when either name
  // has an empty key or the alias would close a cycle; an alias whose key
  // is the market's own is accepted and changes nothing.
  bool Add(const std::string& alias, const std::string& market, std::string* error);

  // The key `key` stands for after following aliases.
  std::string Resolve(const std::string& key) const;

  // The market name as written in the alias that leads to `key`, or null
  // when no alias leads there.
  const std::string* NameOf(const std::string& key) const;

  bool empty() const { return target_.empty(); }

 private:
  KeyFunction key_of_;
  std::map<std::string, std::string> target_;  // alias key -> market key
  std::map<std::string, std::string> names_;   // market key -> name as written
};

// Reads "Alias Name = Market Name" lines ('#' starts a comment, blank lines
// are skipped) into *aliases. Errors name the file and line.
bool LoadAliasFile(const std::string& path, MarketAliases* aliases, std::string* error);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_RECONCILE_MARKET_ALIASES_H_
