#include "tests/store/test_util.h"

#include <cstdio>
#include <sstream>

namespace marketclaims {
namespace testing_util {

namespace {

const char* const kMarkets[] = {"Smart Widget",       "Industrial Sprocket", "Organic Glue",
                                "Modular Greenhouse", "Acoustic Panel",      "Cold Brew Kit",
                                "Drone Battery",      "Bamboo Flooring",     "Pet Wearable",
                                "Vertical Farming"};
const char* const kPlayers[] = {"Acme Holdings",   "Brightfield Labs", "Corvane Industries",
                                "Dunmore Systems", "Elstree Works",    "Fairpoint Group"};

}  // namespace

std::string ReportPage(int index, int revision) {
  const std::string market = kMarkets[index % 10];
  const int variant = index / 10;
  char size_now[32], size_later[32], cagr[32];
  std::snprintf(size_now, sizeof size_now, "%d.%d", 3 + (index * 7 + revision) % 90,
                (index + revision) % 10);
  std::snprintf(size_later, sizeof size_later, "%d.%d", 100 + (index * 13 + revision) % 400,
                index % 10);
  std::snprintf(cagr, sizeof cagr, "%d.%d", 2 + (index + revision) % 20, (index * 3) % 10);
  const int year = 2020 + index % 5;
  std::ostringstream p;
  p << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
    << "<title>" << market << " Market Size, Share and Growth Report " << year + 1 << "-"
    << year + 8 << " (edition " << variant << ")</title></head>\n<body>\n"
    << "<h1>Global " << market << " Market Report</h1>\n"
    << "<p>The global " << market << " market size was valued at USD " << size_now << " billion in "
    << year << " and is projected to reach USD " << size_later << " billion by " << year + 8
    << ".</p>\n"
    << "<p>The market is expected to grow at a CAGR of " << cagr << "% from " << year + 1 << " to "
    << year + 8 << ".</p>\n"
    << "<p>Revision note " << revision << ": figures are reviewed every quarter.</p>\n"
    << "<h2>Market Segmentation</h2>\n<h3>By Type</h3>\n<ul><li>Standard</li><li>Premium "
    << variant << "</li></ul>\n<h3>By Application</h3>\n<ul><li>Residential</li>"
    << "<li>Commercial</li></ul>\n"
    << "<h2>Regional Analysis</h2>\n<p>North America held the largest share in " << year
    << ", while Asia-Pacific is the fastest growing region, followed by Europe.</p>\n"
    << "<h2>Key Players</h2>\n<ul>";
  for (int k = 0; k < 3; ++k) p << "<li>" << kPlayers[(index + k) % 6] << "</li>";
  p << "</ul>\n<h2>Frequently Asked Questions</h2>\n"
    << "<h3>How big is the " << market << " market?</h3>\n<p>It was worth USD " << size_now
    << " billion in " << year << ".</p>\n"
    << "<h3>Which region leads the " << market << " market?</h3>\n"
    << "<p>North America leads it.</p>\n</body></html>\n";
  return p.str();
}

std::vector<std::string> WriteReportPages(const std::string& dir, int first, int count,
                                          int revision) {
  std::vector<std::string> paths;
  for (int i = first; i < first + count; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "/page-%05d.html", i);
    paths.push_back(dir + name);
    WriteFile(paths.back(), ReportPage(i, revision));
  }
  return paths;
}

Extraction SampleExtraction(const std::string& market, int seed, int n) {
  Extraction ex;
  ex.title = market + " report " + std::to_string(seed);
  ex.market = market;
  for (int i = 0; i < n; ++i) {
    MarketSize size;
    size.value = 10.5 + seed + i;
    size.unit = "billion";
    size.currency = "USD";
    size.year = 2020 + i;
    size.basis = i == 0 ? Basis::kActual : Basis::kForecast;
    size.usd = size.value * 1e9;
    size.evidence = "The market was worth USD " + std::to_string(seed + i) + " billion.";
    size.offset = 100 * i;
    ex.sizes.push_back(size);
    Cagr cagr;
    cagr.rate = 5.5 + i;
    cagr.start = 2024;
    cagr.end = 2030 + i;
    cagr.evidence = "It grows at a CAGR of " + std::to_string(5 + i) + "%.";
    cagr.offset = 100 * i + 50;
    ex.cagrs.push_back(cagr);
    ex.segments.push_back({"type", "Type " + std::to_string(i)});
    ex.regions.push_back({"APAC " + std::to_string(i), "Asia Pacific"});
    ex.players.push_back({"Player " + std::to_string(seed) + "-" + std::to_string(i)});
    ex.faqs.push_back({"Question " + std::to_string(i) + "?", "Answer, with \"quotes\"."});
  }
  return ex;
}

FetchRecord OkFetch(const std::string& url, int64_t fetched_at) {
  FetchRecord f;
  f.url = url;
  f.fetched_at = fetched_at;
  f.outcome = FetchRecord::Outcome::kOk;
  f.http_status = 200;
  f.content_type = "text/html; charset=utf-8";
  f.charset = "utf-8";
  f.etag = "\"etag-" + std::to_string(fetched_at) + "\"";
  f.last_modified = "Mon, 01 Jan 2024 00:00:00 GMT";
  f.bytes = 1000;
  f.attempts = 1;
  return f;
}

}  // namespace testing_util
}  // namespace marketclaims
