// PageFacts: the invented facts behind one synthetic market-report page —
// market name, sizes, growth rate, players, segments, regions — and the
// helpers that print them the many ways real pages do. Templates render
// the facts; the truth written next to each page is derived from the same
// struct, so the two cannot disagree.
#ifndef MARKETCLAIMS_BENCH_PAGE_FACTS_H_
#define MARKETCLAIMS_BENCH_PAGE_FACTS_H_

#include <string>
#include <vector>

#include "bench/rng.h"

namespace marketclaims {

// A money figure as printed on the page: `value` is exactly what the printed
// digits parse to, so truth and page agree to the last bit.
struct Money {
  double value = 0;
  int decimals = 1;
  bool billion = true;   // else million
  bool grouped = false;  // printed with thousands separators: 1,234.5
};

// How one page writes money. Pages are consistent with themselves.
struct MoneyStyle {
  std::string prefix;   // "USD ", "$", "US$ ", "EUR ", "€" (UTF-8)
  std::string iso;      // "USD" or "EUR"
  std::string million;  // "million", "Million", "Mn", "mn"
  std::string billion;  // "billion", "Billion", "Bn", "bn"
};

struct SegmentList {
  std::string label;  // as printed after "By": "Type", "End User"
  std::vector<std::string> names;
};

struct PageFacts {
  std::string market;     // "Smart Irrigation Sensor" (no "Market")
  int base_year = 2024;   // the year of the actual size
  int end_year = 2032;    // the year of the forecast size
  int cagr_start = 2025;  // first year of the CAGR period
  Money base;
  Money forecast;
  MoneyStyle style;
  double cagr = 0;  // percent, as printed
  int cagr_decimals = 1;
  std::vector<std::string> players;
  std::vector<SegmentList> segments;
  std::vector<std::string> regions;  // as printed
  std::string publisher;             // the research firm
  std::string site;                  // the site reposting it
  std::string author;
  std::string city;
  std::string month;
  int day = 1;
};

// Draws a fresh set of facts.
PageFacts MakeFacts(Rng* rng);

// "USD 4.52 billion", "$845.0 Mn", "€1,204.5 million".
std::string FormatMoney(const Money& m, const MoneyStyle& style);
// The number alone: "4.52", "1,204.5".
std::string FormatNumber(double value, int decimals, bool grouped);
// "7.8%".
std::string FormatRate(const PageFacts& f);
// The unit word alone, as the page's style prints it.
std::string UnitWord(const Money& m, const MoneyStyle& style);

// Lower-cased market name for running prose: "smart irrigation sensor".
std::string LowerMarket(const PageFacts& f);

// HTML-escapes text (&, <, >, ").
std::string Escape(const std::string& text);

// "A, B and C" / "A, B, and C".
std::string JoinEnglish(const std::vector<std::string>& items, bool oxford_comma);

// Word lists shared with the filler text.
const std::vector<std::string>& CountryNames();

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BENCH_PAGE_FACTS_H_
