// MarketKeyer: the key reconcile groups a market name under. First
// CanonicalMarketKey; then acronyms that other market names in the corpus
// spell out ("Artificial Intelligence (AI) in Agriculture" teaches that
// "Artificial Intelligence in Healthcare" is "ai in healthcare"); then the
// user's aliases (store table, alias file, options, in that order).
#ifndef MARKETCLAIMS_RECONCILE_MARKET_KEYER_H_
#define MARKETCLAIMS_RECONCILE_MARKET_KEYER_H_

#include <map>
#include <string>
#include <vector>

#include "base/status.h"
#include "reconcile/market_aliases.h"
#include "reconcile/reconcile.h"

namespace marketclaims {

class Store;

// How errors about the store's market_aliases table begin.
constexpr char kAliasTableError[] = "market_aliases table: ";
struct StoredMarket;

class MarketKeyer {
 public:
  MarketKeyer();
  MarketKeyer(const MarketKeyer&) = delete;
  MarketKeyer& operator=(const MarketKeyer&) = delete;

  // Learns the acronyms of every stored market name, then loads the aliases
  // (keyed with those acronyms applied).
  // Fails with the store's Status, or kBadInput naming the alias file line
  // or the bad alias.
  Status Load(Store* store, const std::vector<StoredMarket>& markets,
              const ReconcileOptions& options);

  void LearnAcronyms(const std::string& name);

  // The group key of a market name ("" when it names no market).
  std::string Key(const std::string& name) const;
  // The same for a key already made by CanonicalMarketKey.
  std::string KeyOfCanonical(const std::string& key) const;

  // The display name an alias gives `key`, or null.
  const std::string* AliasName(const std::string& key) const { return aliases_.NameOf(key); }

 private:
  std::map<std::string, std::string> acronyms_;
  MarketAliases aliases_;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_RECONCILE_MARKET_KEYER_H_
