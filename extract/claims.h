// Value types for what the extractor finds on one page. They are plain data:
// store/ persists them and reconcile compares them without knowing how they
// were found.
#ifndef MARKETCLAIMS_EXTRACT_CLAIMS_H_
#define MARKETCLAIMS_EXTRACT_CLAIMS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace marketclaims {

enum class Basis { kActual, kForecast };

const char* BasisName(Basis basis);  // "actual" / "forecast"

// A money figure for the size of a whole market: the page's, or the one
// named in `market`.
struct MarketSize {
  double value = 0;      // as written: 1,234.5 -> 1234.5
  std::string unit;      // thousand/million/billion/trillion or ""
  std::string currency;  // ISO 4217: USD, EUR, GBP, INR, CNY, JPY...
  std::optional<int> year;
  Basis basis = Basis::kActual;
  std::optional<double> usd;  // value x unit when the currency is USD
  std::string evidence;       // the sentence it was read from
  std::size_t offset = 0;     // where the sentence starts in Document::text
  // The market the figure's sentence names when that is another market than
  // the page's ("the Edge AI software market" on an Edge AI page); "" for
  // the page's own market.
  std::string market;
};

// A compound annual growth rate for the page's market, or the one named in
// `market`.
struct Cagr {
  double rate = 0;           // percent: 7.8 means 7.8%
  std::optional<int> start;  // only when the CAGR's own clause states it
  std::optional<int> end;
  std::string evidence;
  std::size_t offset = 0;
  std::string market;  // as MarketSize::market
};

struct Segment {
  std::string dimension;  // "type", "application" or the page's own
  std::string name;
};

struct Region {
  std::string name;       // as written
  std::string canonical;  // "Asia-Pacific", "APAC" -> "Asia Pacific"
};

struct Player {
  std::string name;
};

struct Faq {
  std::string question;
  std::string answer;
};

// Everything found on one page.
struct Extraction {
  std::string source;  // file path or URL it came from
  std::string title;
  std::string market;  // "" when the page names none
  std::vector<MarketSize> sizes;
  std::vector<Cagr> cagrs;
  std::vector<Segment> segments;
  std::vector<Region> regions;
  std::vector<Player> players;
  std::vector<Faq> faqs;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_CLAIMS_H_
