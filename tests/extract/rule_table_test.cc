// The rule table's invariants: every pattern compiles, and a rule's trigger
// fires wherever the rule's own pattern matches (the set pass would
// otherwise hide matches from the finders).
#include <gtest/gtest.h>

#include <dirent.h>

#include <fstream>
#include <sstream>

#include "extract/extractor.h"
#include "extract/rules.h"

namespace marketclaims {
namespace {

TEST(RuleTable, CompilesWithIdsInOrder) {
  Rules rules;
  EXPECT_TRUE(rules.ok()) << rules.error();
  for (int i = 0; i < kRuleCount; ++i) EXPECT_EQ(kRuleTable[i].id, i);
  for (int i = 0; i < kContextCount; ++i) EXPECT_EQ(kContextTable[i].id, i);
}

// Checks every sentence of `doc`: where a rule's pattern matches, its
// trigger bit must be set. Returns the number of (sentence, rule) matches.
int CheckTriggers(const Rules& rules, const Document& doc, const std::string& where) {
  int matches = 0;
  Scan scan = rules.ScanDocument(doc);
  for (const ScannedSentence& s : scan.sentences) {
    for (int i = 0; i < kRuleCount; ++i) {
      RuleId id = static_cast<RuleId>(i);
      if (!RE2::PartialMatch(s.text, rules.rule(id))) continue;
      ++matches;
      EXPECT_TRUE(s.Fired(id)) << where << ": rule " << i << " matches but its trigger does not: " << s.text;
    }
    if (rules.regions().Contains(s.text)) {
      EXPECT_TRUE(s.MayNameRegion()) << where << ": a region without its trigger: " << s.text;
    }
  }
  return matches;
}

TEST(RuleTable, TriggersCoverTheirPatternsOnSamples) {
  Rules rules;
  Extractor extractor;
  const char* samples[] = {
      "<p>Who Competes in the Rope Market</p>",
      "<p>The rope market stood at Rs5,000 crore and INR 45 billion; also US$ 2 Bn and 6 billion euros.</p>",
      "<p>It grew at a compounded annual growth rate of 4%, a 5% CAGR.</p>",
      "<p>By type, the study splits the industry by type into A and B.</p>",
      "<p>The market is segmented into many industries including the farms, mines and ports.</p>",
      "<p>Different types of rope- braided, twisted and plaited- compete.</p>",
      "<p>The product type segment of rope, twine and cord grew; the nylon product sub-segment led.</p>",
  };
  int matches = 0;
  for (const char* html : samples) {
    Document doc;
    std::string error;
    ASSERT_TRUE(extractor.BuildDocument(html, "", &doc, &error)) << error;
    matches += CheckTriggers(rules, doc, html);
  }
  EXPECT_GT(matches, 10);
}

TEST(RuleTable, TriggersCoverTheirPatternsOnTheFixturePages) {
  Rules rules;
  Extractor extractor;
  std::string dir = std::string(MC_FIXTURES_DIR) + "/pages";
  DIR* d = opendir(dir.c_str());
  ASSERT_NE(d, nullptr);
  int pages = 0, matches = 0;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name.size() < 5 || name.substr(name.size() - 5) != ".html") continue;
    std::ifstream in(dir + "/" + name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Document doc;
    std::string error;
    ASSERT_TRUE(extractor.BuildDocument(ss.str(), "", &doc, &error)) << error;
    matches += CheckTriggers(rules, doc, name);
    ++pages;
  }
  closedir(d);
  EXPECT_GE(pages, 12);
  EXPECT_GT(matches, 100);
}

}  // namespace
}  // namespace marketclaims
