#include "reconcile/market_keyer.h"

#include "store/market_key.h"
#include "store/store.h"

namespace marketclaims {

MarketKeyer::MarketKeyer()
    : aliases_([this](const std::string& name) {
        return ApplyAcronyms(CanonicalMarketKey(name), acronyms_);
      }) {}

bool MarketKeyer::Load(Store* store, const std::vector<StoredMarket>& markets,
                       const ReconcileOptions& options, std::string* error) {
  for (const StoredMarket& m : markets) LearnAcronyms(m.name);
  std::vector<std::pair<std::string, std::string>> stored;
  if (!store->ListMarketAliases(&stored, error)) return false;
  for (const auto& [alias, market] : stored) {
    std::string why;
    if (!aliases_.Add(alias, market, &why)) {
      *error = kAliasTableError + why;
      return false;
    }
  }
  if (!options.aliases_file.empty() && !LoadAliasFile(options.aliases_file, &aliases_, error)) {
    return false;
  }
  for (const auto& [alias, market] : options.aliases) {
    if (!aliases_.Add(alias, market, error)) return false;
  }
  return true;
}

void MarketKeyer::LearnAcronyms(const std::string& name) {
  marketclaims::LearnAcronyms(name, &acronyms_);
}

std::string MarketKeyer::Key(const std::string& name) const {
  return KeyOfCanonical(CanonicalMarketKey(name));
}

std::string MarketKeyer::KeyOfCanonical(const std::string& key) const {
  if (key.empty()) return key;
  return aliases_.Resolve(ApplyAcronyms(key, acronyms_));
}

}  // namespace marketclaims
