#include "extract/gazetteer.h"

#include <cctype>
#include <unordered_map>

#include "base/text_util.h"

namespace marketclaims {
namespace {

struct RegionName {
  std::string_view key;  // normalised: lower case, '&'->and, '-'->' ', no dots
  std::string_view canonical;
};

constexpr RegionName kRegions[] = {
    {"north america", "North America"},
    {"south america", "South America"},
    {"latin america", "Latin America"},
    {"latam", "Latin America"},
    {"central america", "Central America"},
    {"central and south america", "Central and South America"},
    {"north american", "North America"},
    {"americas", "Americas"},
    {"middle east and north africa", "Middle East and North Africa"},
    {"mena", "Middle East and North Africa"},
    {"australia and new zealand", "Australia and New Zealand"},
    {"anz", "Australia and New Zealand"},
    {"asia pacific excluding japan", "Asia Pacific excluding Japan"},
    {"apej", "Asia Pacific excluding Japan"},
    {"europe", "Europe"},
    {"western europe", "Western Europe"},
    {"eastern europe", "Eastern Europe"},
    {"asia pacific", "Asia Pacific"},
    {"apac", "Asia Pacific"},
    {"asia", "Asia"},
    {"asia pacific and japan", "Asia Pacific and Japan"},
    {"middle east and africa", "Middle East and Africa"},
    {"mea", "Middle East and Africa"},
    {"middle east", "Middle East"},
    {"africa", "Africa"},
    {"lamea", "LAMEA"},
    {"rest of the world", "Rest of the World"},
    {"rest of world", "Rest of the World"},
    {"row", "Rest of the World"},
    {"gcc", "GCC"},
    {"gcc countries", "GCC"},
    {"nordics", "Nordics"},
    {"nordic", "Nordics"},
    {"benelux", "Benelux"},
    {"asean", "ASEAN"},
    {"southeast asia", "Southeast Asia"},
    {"south east asia", "Southeast Asia"},
    {"oceania", "Oceania"},
    {"eu", "Europe"},
    {"european union", "Europe"},
    {"emea", "EMEA"},
    {"united states", "United States"},
    {"us", "United States"},
    {"usa", "United States"},
    {"united states of america", "United States"},
    {"canada", "Canada"},
    {"mexico", "Mexico"},
    {"brazil", "Brazil"},
    {"argentina", "Argentina"},
    {"chile", "Chile"},
    {"colombia", "Colombia"},
    {"peru", "Peru"},
    {"germany", "Germany"},
    {"uk", "United Kingdom"},
    {"united kingdom", "United Kingdom"},
    {"france", "France"},
    {"italy", "Italy"},
    {"spain", "Spain"},
    {"russia", "Russia"},
    {"netherlands", "Netherlands"},
    {"switzerland", "Switzerland"},
    {"sweden", "Sweden"},
    {"norway", "Norway"},
    {"denmark", "Denmark"},
    {"finland", "Finland"},
    {"poland", "Poland"},
    {"belgium", "Belgium"},
    {"austria", "Austria"},
    {"ireland", "Ireland"},
    {"portugal", "Portugal"},
    {"turkey", "Turkey"},
    {"china", "China"},
    {"japan", "Japan"},
    {"india", "India"},
    {"south korea", "South Korea"},
    {"korea", "South Korea"},
    {"australia", "Australia"},
    {"new zealand", "New Zealand"},
    {"indonesia", "Indonesia"},
    {"thailand", "Thailand"},
    {"malaysia", "Malaysia"},
    {"singapore", "Singapore"},
    {"philippines", "Philippines"},
    {"vietnam", "Vietnam"},
    {"taiwan", "Taiwan"},
    {"saudi arabia", "Saudi Arabia"},
    {"uae", "United Arab Emirates"},
    {"united arab emirates", "United Arab Emirates"},
    {"israel", "Israel"},
    {"qatar", "Qatar"},
    {"kuwait", "Kuwait"},
    {"egypt", "Egypt"},
    {"south africa", "South Africa"},
    {"nigeria", "Nigeria"},
    {"kenya", "Kenya"},
    {"pakistan", "Pakistan"},
    {"bangladesh", "Bangladesh"},
    {"hong kong", "Hong Kong"},
    {"greece", "Greece"},
    {"czech republic", "Czech Republic"},
    {"hungary", "Hungary"},
    {"romania", "Romania"},
    {"iran", "Iran"},
    {"iraq", "Iraq"},
    {"oman", "Oman"},
    {"bahrain", "Bahrain"},
    {"morocco", "Morocco"},
    {"algeria", "Algeria"},
    {"venezuela", "Venezuela"},
};

// Lower case, '&' as "and", hyphens and slashes as spaces, dots dropped,
// spaces collapsed.
std::string NormalizeKey(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : s) {
    if (c == '.') continue;
    if (c == '&') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      out += "and ";
      continue;
    }
    if (c == '-' || c == '/' || c == ' ' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      continue;
    }
    out.push_back(AsciiLowerChar(c));
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::string_view LookupRegion(std::string_view key) {
  // Built on first use and never changed after: an immutable index.
  static const std::unordered_map<std::string_view, std::string_view> kIndex = [] {
    std::unordered_map<std::string_view, std::string_view> index;
    for (const RegionName& r : kRegions) index.emplace(r.key, r.canonical);
    return index;
  }();
  auto it = kIndex.find(key);
  return it == kIndex.end() ? std::string_view() : it->second;
}

// Abbreviations that are also words ("us", "row") count only in capitals.
bool NeedsCapitals(std::string_view key) {
  static const WordSet kAbbreviations = {"us",    "uk",   "usa", "uae",  "mea",   "row",
                                         "apac",  "gcc",  "eu",  "emea", "latam", "asean",
                                         "lamea", "mena", "anz", "apej"};
  return kAbbreviations.Contains(key);
}

bool HasLowercase(std::string_view s) {
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

}  // namespace

std::string CanonicalRegion(std::string_view name) {
  std::string_view t = Trim(name);
  std::size_t paren = t.find('(');
  if (paren != std::string_view::npos && paren > 0 && t.back() == ')') t = Trim(t.substr(0, paren));
  while (!t.empty() && (t.back() == ':' || t.back() == ',' || t.back() == '.' || t.back() == ';')) {
    t.remove_suffix(1);
  }
  std::string key = NormalizeKey(t);
  if (key.rfind("the ", 0) == 0) key.erase(0, 4);
  std::string_view found = LookupRegion(key);
  if (!found.empty()) return NeedsCapitals(key) && HasLowercase(t) ? "" : std::string(found);
  if (key.rfind("rest of ", 0) == 0) {
    std::string rest = key.substr(8);
    if (rest.rfind("the ", 0) == 0) rest.erase(0, 4);
    std::string_view base = LookupRegion(rest);
    if (NeedsCapitals(rest) && HasLowercase(t.substr(t.size() - rest.size()))) base = {};
    if (!base.empty()) return "Rest of " + std::string(base);
  }
  return "";
}

std::vector<std::string_view> RegionKeys() {
  std::vector<std::string_view> keys;
  for (const RegionName& r : kRegions) keys.push_back(r.key);
  return keys;
}

bool IsCompanySuffix(std::string_view word) {
  static const WordSet kSuffixes = {
      "inc",     "incorporated", "ltd",  "limited", "llc", "llp",   "corp", "corporation", "co",
      "company", "plc",          "gmbh", "ag",      "sa",  "se",    "nv",   "bv",          "spa",
      "kg",      "kgaa",         "pvt",  "as",      "a s", "ab",    "oy",   "asa",         "lp",
      "pte",     "bhd",          "sas",  "srl",     "kk",  "co ltd"};
  std::string key = NormalizeKey(word);
  while (!key.empty() && (key.back() == ',' || key.back() == ';')) key.pop_back();
  return kSuffixes.Contains(key);
}

std::string CanonicalDimension(std::string_view written) {
  std::string key = NormalizeKey(written);
  if (key.rfind("by ", 0) == 0) key.erase(0, 3);
  if (key.rfind("the ", 0) == 0) key.erase(0, 4);
  static const WordSet kType = {"type",         "types",         "product",   "products",
                                "product type", "product types", "component", "components",
                                "offering",     "offerings"};
  static const WordSet kApplication = {"application",
                                       "applications",
                                       "end user",
                                       "end users",
                                       "end use",
                                       "end uses",
                                       "vertical",
                                       "verticals",
                                       "end user/application",
                                       "end user application",
                                       "application/end user",
                                       "end use industry",
                                       "end user industry",
                                       "end users/application",
                                       "industries",
                                       "industry",
                                       "end use industries",
                                       "end user industries",
                                       "industry vertical",
                                       "industry verticals"};
  static const WordSet kRegion = {"region",
                                  "regions",
                                  "geography",
                                  "geographies",
                                  "geographical regions",
                                  "geographic regions",
                                  "regional",
                                  "country",
                                  "geographical region"};
  if (kType.Contains(key)) return "type";
  if (kApplication.Contains(key)) return "application";
  if (kRegion.Contains(key)) return "region";
  if (key.find("end user") != std::string::npos && key.find("application") != std::string::npos) {
    return "application";
  }
  // "product and services", "product category": a kind of type.
  for (std::string_view k :
       {"product and services", "product and service", "products and services", "product category",
        "product categories", "product line", "product lines"}) {
    if (key == k) return "type";
  }
  return key;
}

}  // namespace marketclaims
