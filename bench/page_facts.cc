#include "bench/page_facts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "base/text_util.h"

namespace marketclaims {
namespace {

using Words = std::vector<std::string>;

// All names below are invented; any likeness to a real product line or
// company is accidental.
const Words kMarketPrefix = {"Smart",       "Industrial",  "Automotive", "Medical",
                             "Cloud-Based", "Bio-Based",   "Portable",   "Connected",
                             "Precision",   "Organic",     "Modular",    "Marine",
                             "Aerospace",   "Residential", "Commercial", "Recycled",
                             "Low-Voltage", "High-Purity", "Wireless",   "Pharmaceutical"};
const Words kMarketCore = {"Irrigation Sensor",
                           "Cold Chain Packaging",
                           "Drone Battery",
                           "Hydrogen Valve",
                           "Enzyme Feed Additive",
                           "Glucose Monitor",
                           "Ceramic Membrane",
                           "Heat Pump",
                           "Thermal Interface Material",
                           "Lidar Module",
                           "Fiber Optic Connector",
                           "Biodegradable Film",
                           "Vertical Farming Light",
                           "Conveyor Belt",
                           "Solar Inverter",
                           "Dental Implant",
                           "Pet Food Ingredient",
                           "Cybersecurity Audit",
                           "Robotic Welding",
                           "Water Purifier",
                           "Acoustic Panel",
                           "Flow Meter",
                           "Printed Circuit Board Coating",
                           "Silicone Sealant",
                           "Infusion Pump",
                           "Electric Bus Charger",
                           "Smart Lock",
                           "Wound Dressing",
                           "Pressure Sensor",
                           "Cathode Material",
                           "Protein Bar",
                           "Air Quality Monitor",
                           "Insulated Glass",
                           "Forklift Battery",
                           "Spice Extract"};
const Words kMarketSuffix = {"Systems",  "Solutions", "Equipment", "Software",
                             "Coatings", "Devices",   "Services",  "Components"};

const Words kCompanyStem = {
    "Norvane",    "Keltrix",        "Brightmoor",    "Oakhaven",    "Zentara",      "Vollmar",
    "Castellan",  "Tarsing",        "Quillon",       "Arbeck",      "Solvanta",     "Greywick",
    "Helmbridge", "Orvelle",        "Pravix",        "Lindqvar",    "Maruseki",     "Tenhollow",
    "Corrabel",   "Ystrad",         "Fenwyn",        "Kaldoria",    "Vestrom",      "Halberg",
    "Auraline",   "Dunmere",        "Ostrava Forge", "Rivenhall",   "Sakurada",     "Blue Quarry",
    "Westerlund", "Nakatomi Works", "Pellham",       "Trionyx",     "Caldera Peak", "Mirovia",
    "Stenlake",   "Harrowgate",     "Juniper Vale",  "Cobalt Ridge"};
const Words kCompanyMiddle = {"",
                              "",
                              "",
                              "Systems ",
                              "Materials ",
                              "Labs ",
                              "Dynamics ",
                              "Technologies ",
                              "Industries ",
                              "Electric ",
                              "Bio "};
const Words kCompanySuffix = {"Inc.", "Co., Ltd.", "GmbH", "Corporation", "Holdings plc", "S.A.",
                              "AG",   "LLC",       "Ltd.", "Group",       "Co., Ltd.",    "Inc."};

const std::vector<SegmentList> kSegmentPool = {
    {"Type",
     {"Standard Grade", "Premium Grade", "Modular", "Fixed", "Portable", "Hybrid", "Single-Use",
      "Reusable", "Compact", "Heavy-Duty"}},
    {"Application",
     {"Agriculture", "Healthcare", "Food & Beverage", "Automotive", "Consumer Electronics",
      "Logistics", "Energy & Utilities", "Aerospace", "Construction", "Water Treatment"}},
    {"End User",
     {"Hospitals", "Research Institutes", "Small & Medium Enterprises", "Large Enterprises",
      "Residential", "Commercial", "Government", "Contract Manufacturers"}},
    {"Component", {"Hardware", "Software", "Services", "Consumables"}},
    {"Deployment", {"On-Premise", "Cloud", "Hybrid Deployment"}},
    {"Distribution Channel",
     {"Online", "Offline", "Direct Sales", "Distributors", "Specialty Stores"}},
    {"Material", {"Polymer", "Stainless Steel", "Aluminum", "Composite", "Glass"}},
};

// Each inner list holds spellings of one region; a page uses one of them.
const std::vector<Words> kRegionSpellings = {
    {"North America"},
    {"Europe"},
    {"Asia Pacific", "Asia-Pacific", "APAC"},
    {"Latin America", "South America"},
    {"Middle East & Africa", "Middle East and Africa", "MEA"},
};

const Words kPublishers = {"Veridian Insight Partners", "Northgate Market Intelligence",
                           "Cresthaven Research",       "Atlas Quarry Analytics",
                           "Bluefield Data Consulting", "Summit Lantern Research",
                           "Polaris Ledger Advisory",   "Harborview Market Studies"};
const Words kSites = {"IndustryPulse Daily", "MarketWire Digest",        "TradeLens News",
                      "The Sector Bulletin", "OpenReport Hub",           "Bizline Reposts",
                      "NewsOrbit Today",     "Commerce Chronicle Online"};
const Words kFirstNames = {"Alex", "Priya",  "Jonas", "Mei",    "Carlos", "Fatima",
                           "Dana", "Tomasz", "Aiko",  "Samuel", "Ingrid", "Ravi"};
const Words kLastNames = {"Whitfield", "Raman", "Okafor",  "Lindgren", "Moreau", "Castillo",
                          "Haddad",    "Novak", "Brennan", "Tanaka",   "Osei",   "Kowalczyk"};
const Words kCities = {"NEW YORK",  "PUNE",    "LONDON",   "AUSTIN",  "DUBLIN",
                       "SINGAPORE", "TORONTO", "PORTLAND", "SEATTLE", "HYDERABAD"};
const Words kMonths = {"January", "February", "March",     "April",   "May",      "June",
                       "July",    "August",   "September", "October", "November", "December"};
const Words kCountries = {"United States",  "Germany", "Japan",       "China",    "India",
                          "United Kingdom", "France",  "South Korea", "Brazil",   "Canada",
                          "Sweden",         "Italy",   "Mexico",      "Australia"};

// Rounds to `decimals` by printing and parsing, so value == parse(print).
double RoundAsPrinted(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  return std::strtod(buf, nullptr);
}

// Stems are never reused on one page, so no two players look alike.
std::string MakeCompany(Rng* rng, std::set<std::string>* used) {
  std::string stem;
  do {
    stem = rng->Pick(kCompanyStem);
  } while (!used->insert(stem).second);
  return stem + " " + rng->Pick(kCompanyMiddle) + rng->Pick(kCompanySuffix);
}

}  // namespace

const std::vector<std::string>& CountryNames() { return kCountries; }

PageFacts MakeFacts(Rng* rng) {
  PageFacts f;
  std::string market = rng->Pick(kMarketCore);
  if (rng->Percent(60)) market = rng->Pick(kMarketPrefix) + " " + market;
  if (rng->Percent(20)) market += " " + rng->Pick(kMarketSuffix);
  f.market = market;

  f.base_year = rng->Range(2022, 2024);
  f.end_year = f.base_year + rng->Range(6, 10);
  f.cagr_start = rng->Percent(70) ? f.base_year + 1 : f.base_year;

  f.cagr_decimals = rng->Percent(80) ? 1 : 2;
  f.cagr = RoundAsPrinted(2.0 + rng->Below(1800) / 100.0, f.cagr_decimals);

  f.base.billion = rng->Percent(55);
  if (f.base.billion) {
    f.base.decimals = rng->Percent(60) ? 2 : 1;
    f.base.value = RoundAsPrinted(0.4 + rng->Below(45000) / 1000.0, f.base.decimals);
  } else {
    f.base.decimals = rng->Percent(70) ? 1 : 2;
    f.base.value = RoundAsPrinted(40 + rng->Below(900000) / 1000.0, f.base.decimals);
  }
  // The forecast follows from the rate, as on a real page; rounding makes the
  // implied rate drift a little, as it does there too.
  double years = f.end_year - f.cagr_start + 1;
  double grown = f.base.value * std::pow(1 + f.cagr / 100, years);
  f.forecast = f.base;
  if (!f.base.billion && grown >= 1000) {
    if (rng->Percent(50)) {
      f.forecast.grouped = true;
      f.forecast.decimals = 1;
    } else {
      f.forecast.billion = true;
      f.forecast.decimals = 2;
      grown /= 1000;
    }
  }
  f.forecast.value = RoundAsPrinted(grown, f.forecast.decimals);

  static const std::vector<MoneyStyle> kUsdStyles = {{"USD ", "USD", "million", "billion"},
                                                     {"$", "USD", "million", "billion"},
                                                     {"US$ ", "USD", "Million", "Billion"},
                                                     {"USD ", "USD", "Mn", "Bn"},
                                                     {"US$", "USD", "Mn", "Bn"},
                                                     {"$", "USD", "Million", "Billion"},
                                                     {"USD ", "USD", "Million", "Billion"},
                                                     {"$ ", "USD", "mn", "bn"}};
  static const std::vector<MoneyStyle> kEurStyles = {{"EUR ", "EUR", "million", "billion"},
                                                     {"\xE2\x82\xAC", "EUR", "million", "billion"},
                                                     {"\xE2\x82\xAC", "EUR", "Mn", "Bn"},
                                                     {"EUR ", "EUR", "Million", "Billion"}};
  f.style = rng->Percent(80) ? rng->Pick(kUsdStyles) : rng->Pick(kEurStyles);

  std::set<std::string> used;
  int player_count = rng->Range(5, 12);
  for (int i = 0; i < player_count; ++i) f.players.push_back(MakeCompany(rng, &used));

  // Type and Application nearly always, then one or two of the others.
  std::vector<SegmentList> pool = kSegmentPool;
  std::vector<SegmentList> chosen = {pool[0], pool[1]};
  if (rng->Percent(15)) chosen.erase(chosen.begin() + rng->Below(2));
  std::vector<SegmentList> rest(pool.begin() + 2, pool.end());
  for (const SegmentList& s : rng->Sample(rest, rng->Range(0, 2))) chosen.push_back(s);
  for (SegmentList& s : chosen) {
    s.names = rng->Sample(s.names, rng->Range(2, std::min<int>(5, s.names.size())));
    f.segments.push_back(s);
  }

  int region_count = rng->Range(4, 5);
  for (int i = 0; i < region_count; ++i) f.regions.push_back(rng->Pick(kRegionSpellings[i]));

  f.publisher = rng->Pick(kPublishers);
  f.site = rng->Pick(kSites);
  f.author = rng->Pick(kFirstNames) + " " + rng->Pick(kLastNames);
  f.city = rng->Pick(kCities);
  f.month = rng->Pick(kMonths);
  f.day = rng->Range(1, 28);
  return f;
}

std::string FormatNumber(double value, int decimals, bool grouped) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string s = buf;
  if (!grouped) return s;
  std::size_t dot = s.find('.');
  if (dot == std::string::npos) dot = s.size();
  for (std::size_t i = dot; i > 3; i -= 3) s.insert(i - 3, ",");
  return s;
}

std::string UnitWord(const Money& m, const MoneyStyle& style) {
  return m.billion ? style.billion : style.million;
}

std::string FormatMoney(const Money& m, const MoneyStyle& style) {
  return style.prefix + FormatNumber(m.value, m.decimals, m.grouped) + " " + UnitWord(m, style);
}

std::string FormatRate(const PageFacts& f) {
  return FormatNumber(f.cagr, f.cagr_decimals, false) + "%";
}

std::string LowerMarket(const PageFacts& f) { return AsciiLower(f.market); }

std::string Escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string JoinEnglish(const std::vector<std::string>& items, bool oxford_comma) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      bool last = i + 1 == items.size();
      if (last) {
        out += (oxford_comma && items.size() > 2) ? ", and " : " and ";
      } else {
        out += ", ";
      }
    }
    out += items[i];
  }
  return out;
}

}  // namespace marketclaims
