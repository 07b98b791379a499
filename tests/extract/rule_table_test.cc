// The rule table's invariants: every pattern compiles, and a rule's trigger
// fires wherever the rule's own pattern matches (the set pass would
// otherwise hide matches from the finders).
#include <dirent.h>
#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "extract/rules.h"
#include "extract/sentences.h"
#include "tests/util/temp_dir.h"

namespace marketclaims {
namespace {

TEST(RuleTable, CompilesWithIdsInOrder) {
  Rules rules;
  EXPECT_TRUE(rules.ok()) << rules.error();
  for (int i = 0; i < kRuleCount; ++i) EXPECT_EQ(kRuleTable[i].id, i);
  for (int i = 0; i < kContextCount; ++i) EXPECT_EQ(kContextTable[i].id, i);
}

// Checks every sentence of every block of `doc`: where a rule's pattern
// matches, the block's trigger bit must be set. Returns the number of
// (sentence, rule) matches.
int CheckTriggers(const Rules& rules, const Document& doc, const std::string& where) {
  int matches = 0;
  Scan scan = rules.ScanDocument(doc);
  EXPECT_EQ(scan.first_sentence.size(), doc.blocks.size() + 1);
  std::vector<SentenceSpan> spans;
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    EXPECT_LT(scan.first_sentence[b], scan.first_sentence[b + 1])
        << where << ": block " << b << " has no span";
    if (scan.first_sentence[b] >= scan.first_sentence[b + 1]) continue;
    const ScannedSentence& bits = scan.sentences[scan.first_sentence[b]];
    std::string_view text = doc.blocks[b].text;
    SplitSentences(text, &spans);
    for (const SentenceSpan& span : spans) {
      std::string_view sentence = text.substr(span.begin, span.end - span.begin);
      for (int i = 0; i < kRuleCount; ++i) {
        RuleId id = static_cast<RuleId>(i);
        if (!RE2::PartialMatch(sentence, rules.rule(id))) continue;
        ++matches;
        EXPECT_TRUE(bits.Fired(id))
            << where << ": rule " << i << " matches but its trigger does not: " << sentence;
      }
      if (rules.regions().Contains(sentence)) {
        EXPECT_TRUE(bits.MayNameRegion())
            << where << ": a region without its trigger: " << sentence;
      }
    }
  }
  return matches;
}

TEST(RuleTable, TriggersCoverTheirPatternsOnSamples) {
  Rules rules;
  Extractor extractor;
  const char* samples[] = {
      "<p>Who Competes in the Rope Market</p>",
      "<p>The rope market stood at Rs5,000 crore and INR 45 billion; also US$ 2 Bn and 6 billion "
      "euros.</p>",
      "<p>It grew at a compounded annual growth rate of 4%, a 5% CAGR.</p>",
      "<p>By type, the study splits the industry by type into A and B.</p>",
      "<p>Demand rose in 2024. By application, the report covers farms, mines and ports.</p>",
      "<p>Prices fell (see below.) By type, the braided segment held 40% share.</p>",
      "<p>The market is segmented into many industries including the farms, mines and ports.</p>",
      "<p>Different types of rope- braided, twisted and plaited- compete.</p>",
      "<p>The product type segment of rope, twine and cord grew; the nylon product sub-segment "
      "led.</p>",
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
    Document doc;
    std::string error;
    ASSERT_TRUE(extractor.BuildDocument(testing_util::ReadFile(dir + "/" + name), "", &doc, &error))
        << error;
    matches += CheckTriggers(rules, doc, name);
    ++pages;
  }
  closedir(d);
  EXPECT_GE(pages, 12);
  EXPECT_GT(matches, 100);
}

// The scan runs the set once per block: a block where nothing fires stays
// one span; a block where something fires is split into its sentences, each
// carrying the block's bits.
TEST(RuleTable, ScanSplitsOnlyBlocksWhereARuleFired) {
  Rules rules;
  Extractor extractor;
  Document doc;
  std::string error;
  ASSERT_TRUE(extractor.BuildDocument(
      "<p>Rain fell all day. Nobody came. The end.</p>"
      "<p>Sales rose in 2024. By type, the braided segment held 40% share. Prices fell.</p>",
      "", &doc, &error))
      << error;
  ASSERT_EQ(doc.blocks.size(), 2u);
  Scan scan = rules.ScanDocument(doc);
  ASSERT_EQ(scan.first_sentence, (std::vector<std::size_t>{0, 1, 4}));
  EXPECT_EQ(scan.sentences[0].text, doc.blocks[0].text);
  EXPECT_EQ(scan.sentences[0].fired, 0u);
  EXPECT_EQ(scan.sentences[2].text, "By type, the braided segment held 40% share.");
  EXPECT_EQ(scan.sentences[2].offset,
            doc.blocks[1].offset + std::string("Sales rose in 2024. ").size());
  for (std::size_t s = 1; s < 4; ++s) {
    EXPECT_TRUE(scan.sentences[s].Fired(kRuleSegmentLead));  // a sentence start inside the block
    EXPECT_EQ(scan.sentences[s].fired, scan.sentences[1].fired);
  }
  EXPECT_TRUE(rules.Confirms(scan.sentences[2], kRuleSegmentLead));
  EXPECT_FALSE(rules.Confirms(scan.sentences[1], kRuleSegmentLead));

  Extraction out;
  rules.Apply(doc, &out);
  ASSERT_EQ(out.segments.size(), 1u);
  EXPECT_EQ(out.segments[0].dimension, "type");
  EXPECT_EQ(out.segments[0].name, "braided");
}

}  // namespace
}  // namespace marketclaims
