#include "reconcile/market_keyer.h"

#include "store/market_key.h"
#include "store/store.h"

namespace marketclaims {

MarketKeyer::MarketKeyer()
    : aliases_([this](const std::string& name) {
        return ApplyAcronyms(CanonicalMarketKey(name), acronyms_);
      }) {}

Status MarketKeyer::Load(Store* store, const std::vector<StoredMarket>& markets,
                         const ReconcileOptions& options) {
  for (const StoredMarket& m : markets) LearnAcronyms(m.name);
  std::vector<std::pair<std::string, std::string>> stored;
  Status status = store->ListMarketAliases(&stored);
  if (!status.ok()) return status;
  std::string why;
  for (const auto& [alias, market] : stored) {
    if (!aliases_.Add(alias, market, &why)) return Status::BadInput(kAliasTableError + why);
  }
  if (!options.aliases_file.empty() && !LoadAliasFile(options.aliases_file, &aliases_, &why)) {
    return Status::BadInput(why);
  }
  for (const auto& [alias, market] : options.aliases) {
    if (!aliases_.Add(alias, market, &why)) return Status::BadInput(why);
  }
  return Status::OK();
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
