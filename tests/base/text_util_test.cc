#include "base/text_util.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace marketclaims {
namespace {

TEST(AppendCollapsed, RunsOfWhitespaceBecomeOneSpace) {
  std::string out;
  bool pending = false;
  std::size_t visible = AppendCollapsed("  USD\t\n 4.5 \r\n billion  ", &out, &pending);
  EXPECT_EQ(out, "USD 4.5 billion");
  EXPECT_EQ(visible, std::string("USD4.5billion").size());
  EXPECT_TRUE(pending);  // the trailing run waits for what follows
}

TEST(AppendCollapsed, UnicodeSpacesCollapseAndOtherBytesStay) {
  std::string out;
  bool pending = false;
  // NBSP, thin space (U+2009), ideographic space, then an e-acute and a euro sign.
  AppendCollapsed(
      "US$\xC2\xA0"
      "5\xE2\x80\x89"
      "bn\xE3\x80\x80"
      "caf\xC3\xA9 \xE2\x82\xAC"
      "1",
      &out, &pending);
  EXPECT_EQ(out,
            "US$ 5 bn caf\xC3\xA9 \xE2\x82\xAC"
            "1");
  EXPECT_FALSE(pending);
}

TEST(AppendCollapsed, PendingSpaceJoinsFragmentsOnce) {
  std::string out;
  bool pending = false;
  EXPECT_EQ(AppendCollapsed("Acme ", &out, &pending), 4u);
  EXPECT_EQ(AppendCollapsed("  ", &out, &pending), 0u);
  EXPECT_EQ(AppendCollapsed("Corp", &out, &pending), 4u);
  EXPECT_EQ(AppendCollapsed("oration", &out, &pending),
            7u);  // no space inside a word split over tags
  EXPECT_EQ(out, "Acme Corporation");
}

TEST(AppendCollapsed, NeverStartsTheBufferWithASpace) {
  std::string out;
  bool pending = true;
  AppendCollapsed(" \xC2\xA0 Key players", &out, &pending);
  EXPECT_EQ(out, "Key players");
}

TEST(AppendCollapsed, EmptyInputAppendsNothing) {
  std::string out = "x";
  bool pending = false;
  EXPECT_EQ(AppendCollapsed("", &out, &pending), 0u);
  EXPECT_EQ(out, "x");
  EXPECT_EQ(out.size(), 1u);
}

TEST(WordSet, FindsExactlyItsWords) {
  const WordSet set = {"inc",  "ltd", "co", "corp",   "llc", "plc",
                       "gmbh", "ag",  "sa", "co ltd", "inc"};
  for (std::string_view w :
       {"inc", "ltd", "co", "corp", "llc", "plc", "gmbh", "ag", "sa", "co ltd"}) {
    EXPECT_TRUE(set.Contains(w)) << w;
  }
  for (std::string_view w : {"", "in", "incc", "Inc", "co lt", "c", "limited", "corp."}) {
    EXPECT_FALSE(set.Contains(w)) << w;
  }
  EXPECT_TRUE(set.ContainsIgnoreCase("Inc"));
  EXPECT_TRUE(set.ContainsIgnoreCase("CO LTD"));
  EXPECT_FALSE(set.ContainsIgnoreCase("Incorporated"));
}

TEST(WordSet, HoldsManyWordsThatShareSlots) {
  // Enough words that some must probe past a taken slot.
  std::vector<std::string> storage;
  for (int i = 0; i < 300; ++i) storage.push_back("w" + std::to_string(i * 7));
  std::vector<std::string_view> views(storage.begin(), storage.end());
  // WordSet takes an initializer list; build one from the first 40 words.
  const WordSet set = {views[0],  views[1],  views[2],  views[3],  views[4],  views[5],  views[6],
                       views[7],  views[8],  views[9],  views[10], views[11], views[12], views[13],
                       views[14], views[15], views[16], views[17], views[18], views[19], views[20],
                       views[21], views[22], views[23], views[24], views[25], views[26], views[27],
                       views[28], views[29], views[30], views[31], views[32], views[33], views[34],
                       views[35], views[36], views[37], views[38], views[39]};
  for (std::size_t i = 0; i < views.size(); ++i)
    EXPECT_EQ(set.Contains(views[i]), i < 40) << views[i];
}

// The same contract written plainly, one character at a time: every run of
// whitespace is one pending space, written only before the next visible
// character and never first or twice.
std::size_t ReferenceCollapse(std::string_view s, std::string* out, bool* pending) {
  std::size_t visible = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t space = 0;
    for (std::string_view ws :
         {" ", "\t", "\n", "\r", "\f", "\v", "\xC2\xA0", "\xE2\x80\x89", "\xE3\x80\x80"}) {
      if (s.substr(i, ws.size()) == ws) space = ws.size();
    }
    if (space) {
      *pending = true;
      i += space;
      continue;
    }
    if (*pending && !out->empty() && out->back() != ' ') out->push_back(' ');
    *pending = false;
    out->push_back(s[i++]);
    ++visible;
  }
  return visible;
}

TEST(AppendCollapsed, AgreesWithThePlainReadingOnRandomText) {
  // Pieces chosen to hit both paths and every eight-byte boundary: plain
  // words, single and double spaces, tabs and newlines, NBSP, a thin space,
  // non-ASCII letters, a control byte.
  const char* pieces[] = {"a",        "Bc",   "market",   " ",
                          "  ",       "$4.5", ",",        "\x7F",  // ASCII first
                          "\t",       "\n  ", "\xC2\xA0", "\xE2\x80\x89",
                          "\xC3\xA9", "\x01"};
  const std::size_t kAsciiPieces = 8, kAllPieces = sizeof pieces / sizeof pieces[0];
  uint64_t state = 12345;
  auto next = [&state] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>(state >> 33);
  };
  for (int round = 0; round < 4000; ++round) {
    // Half the rounds are printable ASCII only, where runs of spaces fall on
    // every eight-byte boundary.
    std::size_t choices = round % 2 ? kAsciiPieces : kAllPieces;
    std::string expected, actual;
    bool expected_pending = next() % 2, actual_pending = expected_pending;
    if (next() % 2) expected = actual = "x";
    for (int node = 0; node < 3; ++node) {
      std::string text;
      std::size_t n = next() % 24;
      for (std::size_t k = 0; k < n; ++k) text += pieces[next() % choices];
      std::size_t want = ReferenceCollapse(text, &expected, &expected_pending);
      std::size_t got = AppendCollapsed(text, &actual, &actual_pending);
      ASSERT_EQ(got, want) << "round " << round << " text [" << text << "]";
      ASSERT_EQ(actual, expected) << "round " << round << " text [" << text << "]";
      ASSERT_EQ(actual_pending, expected_pending) << "round " << round << " text [" << text << "]";
    }
  }
}

TEST(HexDigitValue, ReadsBothCasesAndRefusesTheRest) {
  EXPECT_EQ(HexDigitValue('0'), 0);
  EXPECT_EQ(HexDigitValue('9'), 9);
  EXPECT_EQ(HexDigitValue('a'), 10);
  EXPECT_EQ(HexDigitValue('F'), 15);
  EXPECT_EQ(HexDigitValue('g'), -1);
  EXPECT_EQ(HexDigitValue('%'), -1);
  EXPECT_EQ(HexDigitValue('\0'), -1);
}

TEST(DecodePercentEscape, NeedsAPercentAndTwoHexDigits) {
  unsigned char byte = 0;
  EXPECT_TRUE(DecodePercentEscape("/a%7euser", 2, &byte));
  EXPECT_EQ(byte, '~');
  EXPECT_TRUE(DecodePercentEscape("%C3", 0, &byte));
  EXPECT_EQ(byte, 0xC3);
  EXPECT_FALSE(DecodePercentEscape("/a%7euser", 1, &byte));  // not at a '%'
  EXPECT_FALSE(DecodePercentEscape("100%", 3, &byte));       // nothing after it
  EXPECT_FALSE(DecodePercentEscape("%4", 0, &byte));         // one digit short
  EXPECT_FALSE(DecodePercentEscape("%4g", 0, &byte));
}

TEST(PercentDecode, DecodesEscapesAndKeepsLonePercents) {
  EXPECT_EQ(PercentDecode("/tmp/market%20report.html"), "/tmp/market report.html");
  EXPECT_EQ(PercentDecode("caf%C3%a9"), "caf\xC3\xA9");
  EXPECT_EQ(PercentDecode("50% of %zz and %4"), "50% of %zz and %4");
  EXPECT_EQ(PercentDecode("%2541"), "%41");  // decoded once, not twice
  EXPECT_EQ(PercentDecode(""), "");
}

}  // namespace
}  // namespace marketclaims

namespace marketclaims {
namespace {

TEST(ContainsWord, WholeWordsOnly) {
  EXPECT_TRUE(ContainsWord("the market grows", "market"));
  EXPECT_TRUE(ContainsWord("market", "market"));
  EXPECT_TRUE(ContainsWord("(market)", "market"));
  EXPECT_FALSE(ContainsWord("the markets grow", "market"));
  EXPECT_FALSE(ContainsWord("supermarket", "market"));
  EXPECT_TRUE(ContainsWord("supermarket and market", "market"));
  EXPECT_FALSE(ContainsWord("the Market grows", "market"));  // case as given
  EXPECT_FALSE(ContainsWord("", "market"));
}

}  // namespace
}  // namespace marketclaims
