// The extractor against the hand-annotated fixture pages: each page's
// claims must match its annotation in fixtures/gold.jsonl, compared the way
// a reader would (case, punctuation and company suffixes aside).
#include <gtest/gtest.h>

#include <cctype>
#include <cmath>
#include <set>
#include <sstream>

#include "extract/extractor.h"
#include "tests/util/mini_json.h"
#include "tests/util/temp_dir.h"

namespace marketclaims {
namespace {

using testing_util::JsonValue;

// Lower case, '&' as "and", punctuation as spaces, spaces collapsed.
std::string Norm(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '&') {
      out += " and ";
    } else if (std::isalnum(c) || c >= 0x80) {
      out.push_back(static_cast<char>(std::tolower(c)));
    } else {
      out.push_back(' ');
    }
  }
  std::string collapsed;
  for (char c : out) {
    if (c == ' ' && (collapsed.empty() || collapsed.back() == ' ')) continue;
    collapsed.push_back(c);
  }
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

std::string NormMarket(const std::string& s) {
  std::string n = Norm(s);
  for (const char* lead : {"global ", "the "}) {
    if (n.rfind(lead, 0) == 0) n.erase(0, std::string(lead).size());
  }
  for (const char* tail : {" market", " industry"}) {
    std::string t(tail);
    if (n.size() > t.size() && n.compare(n.size() - t.size(), t.size(), t) == 0)
      n.resize(n.size() - t.size());
  }
  return n;
}

std::string NormPlayer(const std::string& s) {
  static const std::set<std::string> kSuffixes = {
      "inc",  "ltd", "limited", "llc", "corp", "corporation", "co",       "company", "plc",
      "gmbh", "ag",  "sa",      "sas", "nv",   "group",       "holdings", "the",     "pvt"};
  std::istringstream words(Norm(s));
  std::string w, out;
  while (words >> w) {
    if (kSuffixes.count(w)) continue;
    out += (out.empty() ? "" : " ") + w;
  }
  return out;
}

double Multiplier(const std::string& unit) {
  if (unit == "thousand") return 1e3;
  if (unit == "million") return 1e6;
  if (unit == "billion") return 1e9;
  if (unit == "trillion") return 1e12;
  return 1;
}

struct Amount {
  double value;
  std::string currency;
  int year;  // 0 when none
};

bool SameAmount(const Amount& a, const Amount& b) {
  return a.currency == b.currency && a.year == b.year &&
         std::fabs(a.value - b.value) <= 0.005 * std::max(a.value, b.value);
}

std::string Describe(const std::vector<Amount>& v) {
  std::string out;
  for (const Amount& a : v)
    out += a.currency + " " + std::to_string(a.value) + "@" + std::to_string(a.year) + "; ";
  return out;
}

void ExpectSameAmounts(std::vector<Amount> want, std::vector<Amount> got, const std::string& what) {
  bool same = want.size() == got.size();
  for (const Amount& w : want) {
    bool found = false;
    for (const Amount& g : got) found |= SameAmount(w, g);
    same &= found;
  }
  EXPECT_TRUE(same) << what << ": want " << Describe(want) << " got " << Describe(got);
}

class FixturePages : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string gold = testing_util::ReadFile(std::string(MC_FIXTURES_DIR) + "/gold.jsonl");
    ASSERT_FALSE(gold.empty()) << "fixtures/gold.jsonl is missing";
    std::istringstream in(gold);
    std::string line, error;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      JsonValue record;
      ASSERT_TRUE(testing_util::ParseJson(line, &record, &error)) << error;
      records_.push_back(record);
    }
    ASSERT_GE(records_.size(), 12u);
  }

  std::vector<JsonValue> records_;
  Extractor extractor_;
};

TEST_F(FixturePages, EveryPageYieldsItsAnnotation) {
  for (const JsonValue& record : records_) {
    const std::string id = record["id"].string;
    SCOPED_TRACE(id);
    const JsonValue& gold = record["gold"];
    Extraction x;
    std::string error;
    std::string bytes =
        testing_util::ReadFile(std::string(MC_FIXTURES_DIR) + "/" + record["file"].string);
    ASSERT_TRUE(extractor_.Extract(bytes, "", id, &x, &error)) << error;

    EXPECT_EQ(NormMarket(x.market),
              gold["market"].is_null() ? "" : NormMarket(gold["market"].string));

    std::vector<Amount> want_sizes, got_sizes;
    for (const JsonValue& s : gold["sizes"].array) {
      want_sizes.push_back({s["value"].number * Multiplier(s["unit"].string), s["currency"].string,
                            s["year"].is_null() ? 0 : static_cast<int>(s["year"].number)});
    }
    for (const MarketSize& s : x.sizes) {
      got_sizes.push_back({s.value * Multiplier(s.unit), s.currency, s.year.value_or(0)});
    }
    ExpectSameAmounts(want_sizes, got_sizes, "sizes");

    std::set<std::string> want_cagrs, got_cagrs;
    auto cagr_key = [](double rate, int start, int end) {
      return std::to_string(std::lround(rate * 100)) + "/" + std::to_string(start) + "-" +
             std::to_string(end);
    };
    for (const JsonValue& c : gold["cagrs"].array) {
      want_cagrs.insert(cagr_key(c["rate"].number,
                                 c["start"].is_null() ? 0 : static_cast<int>(c["start"].number),
                                 c["end"].is_null() ? 0 : static_cast<int>(c["end"].number)));
    }
    for (const Cagr& c : x.cagrs)
      got_cagrs.insert(cagr_key(c.rate, c.start.value_or(0), c.end.value_or(0)));
    EXPECT_EQ(got_cagrs, want_cagrs);

    std::set<std::string> want_players, got_players;
    for (const JsonValue& p : gold["players"].array) want_players.insert(NormPlayer(p.string));
    for (const Player& p : x.players) got_players.insert(NormPlayer(p.name));
    EXPECT_EQ(got_players, want_players);

    std::set<std::string> want_regions, got_regions;
    for (const JsonValue& r : gold["regions"].array) want_regions.insert(Norm(r.string));
    for (const Region& r : x.regions) got_regions.insert(Norm(r.name));
    EXPECT_EQ(got_regions, want_regions);

    std::set<std::string> want_segments, got_segments;
    for (const auto& [dimension, names] : gold["segments"].object) {
      for (const JsonValue& n : names.array)
        want_segments.insert(Norm(dimension) + ": " + Norm(n.string));
    }
    for (const Segment& s : x.segments)
      got_segments.insert(Norm(s.dimension) + ": " + Norm(s.name));
    EXPECT_EQ(got_segments, want_segments);

    EXPECT_EQ(x.faqs.size(), static_cast<std::size_t>(gold["faqs"].number));
  }
}

TEST_F(FixturePages, EvidenceOffsetsPointAtTheirSentences) {
  for (const JsonValue& record : records_) {
    SCOPED_TRACE(record["id"].string);
    std::string bytes =
        testing_util::ReadFile(std::string(MC_FIXTURES_DIR) + "/" + record["file"].string);
    Extraction x;
    Document doc;
    std::string error;
    ASSERT_TRUE(extractor_.Extract(bytes, "", "", &x, &error)) << error;
    ASSERT_TRUE(extractor_.BuildDocument(bytes, "", &doc, &error)) << error;
    for (const MarketSize& s : x.sizes)
      EXPECT_EQ(doc.text.substr(s.offset, s.evidence.size()), s.evidence);
    for (const Cagr& c : x.cagrs)
      EXPECT_EQ(doc.text.substr(c.offset, c.evidence.size()), c.evidence);
  }
}

}  // namespace
}  // namespace marketclaims
