// Private to the players finder (find_players.cc reads lists and prose,
// find_player_tables.cc reads tables): the collector both add names to and
// the name helpers both use.
#ifndef MARKETCLAIMS_EXTRACT_PLAYERS_INTERNAL_H_
#define MARKETCLAIMS_EXTRACT_PLAYERS_INTERNAL_H_

#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "base/text_util.h"
#include "extract/claims.h"
#include "extract/company_names.h"
#include "extract/document.h"
#include "extract/gazetteer.h"
#include "extract/rules.h"

namespace marketclaims {
namespace players_internal {

// Lower-case letters and digits only: how two spellings of one name compare.
inline std::string NameKey(std::string_view name) {
  std::string key;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  return key;
}

class PlayerCollector {
 public:
  // What the page already lists as segments and regions is not a player:
  // a list under a "Competitors" title that runs on into "Dosage Type" and
  // its values stops being a list of companies there.
  explicit PlayerCollector(Extraction* out) : out_(out) {
    for (const Segment& s : out->segments) {
      not_players_.insert(NameKey(s.name));
      not_players_.insert(NameKey(s.dimension));
    }
    for (const Region& r : out->regions) not_players_.insert(NameKey(r.name));
  }

  // Adds `written` if it reads as a company name; returns whether it did.
  bool Add(std::string_view written) {
    std::string name = CompanyName(written);
    if (name.empty()) return false;
    std::string key = NameKey(name);
    std::string dimension = CanonicalDimension(name);
    if (not_players_.count(key) || dimension == "type" || dimension == "application" ||
        dimension == "region") {
      return false;
    }
    if (!seen_.insert(key).second) return true;
    out_->players.push_back({name});
    return true;
  }

  std::size_t size() const { return seen_.size(); }

 private:
  Extraction* out_;
  std::set<std::string> seen_;
  std::set<std::string> not_players_;
};

// A label naming the companies that follow it: "Key Players", "Major
// vendors", "Companies".
inline bool IsPlayerLabel(std::string_view label) {
  label = Trim(label);
  while (!label.empty() && label.back() == ':') label.remove_suffix(1);
  std::string lower = AsciiLower(label);
  return EndsWithIgnoreCase(lower, "players") || EndsWithIgnoreCase(lower, "companies") ||
         EndsWithIgnoreCase(lower, "vendors") || EndsWithIgnoreCase(lower, "manufacturers") ||
         EndsWithIgnoreCase(lower, "competitors") || EndsWithIgnoreCase(lower, "leaders");
}

// The names in one list item (see find_players.cc).
std::vector<std::string_view> NameParts(std::string_view item);

// Companies in tables: a column headed "Company", or a row labelled "Key
// companies profiled" whose next cell lists them; and the same in
// markdown pipe tables pasted as text.
void TablePlayers(const Scan& scan, const Rules& rules, PlayerCollector* players);
void PipeTablePlayers(const Document& doc, PlayerCollector* players);

}  // namespace players_internal
}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_PLAYERS_INTERNAL_H_
