#include "tests/extract/extract_test_util.h"

#include <gtest/gtest.h>

namespace marketclaims {
namespace testing_util {

Extraction ExtractHtml(const std::string& html) {
  static const Extractor extractor;
  Extraction x;
  std::string error;
  EXPECT_TRUE(extractor.Extract(html, "", "test.html", &x, &error)) << error;
  return x;
}

Document BuildDoc(const std::string& html) {
  Extractor extractor;
  Document doc;
  std::string error;
  EXPECT_TRUE(extractor.BuildDocument(html, "", &doc, &error)) << error;
  return doc;
}

std::vector<std::string> SegmentNames(const Extraction& x, const std::string& dimension) {
  std::vector<std::string> out;
  for (const Segment& s : x.segments) {
    if (s.dimension == dimension) out.push_back(s.name);
  }
  return out;
}

std::vector<std::string> RegionNames(const Extraction& x) {
  std::vector<std::string> out;
  for (const Region& r : x.regions) out.push_back(r.name);
  return out;
}

std::vector<std::string> PlayerNames(const Extraction& x) {
  std::vector<std::string> out;
  for (const Player& p : x.players) out.push_back(p.name);
  return out;
}

}  // namespace testing_util
}  // namespace marketclaims
