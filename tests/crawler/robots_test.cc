#include "crawler/robots.h"

#include <gtest/gtest.h>

namespace marketclaims {
namespace {

TEST(RobotsTest, ProductTokenIsTheLeadingName) {
  EXPECT_EQ(RobotsProductToken("marketclaims/0.1 (+https://example.org)"), "marketclaims");
  EXPECT_EQ(RobotsProductToken("Market-Claims_Bot"), "market-claims_bot");
}

TEST(RobotsTest, PatternsWithWildcardAndAnchor) {
  EXPECT_TRUE(RobotsPatternMatches("/a", "/a/b"));
  EXPECT_FALSE(RobotsPatternMatches("/a/b", "/a"));
  EXPECT_TRUE(RobotsPatternMatches("/*.pdf$", "/x/report.pdf"));
  EXPECT_FALSE(RobotsPatternMatches("/*.pdf$", "/x/report.pdf?dl=1"));
  EXPECT_TRUE(RobotsPatternMatches("/*.pdf", "/x/report.pdf?dl=1"));
  EXPECT_TRUE(RobotsPatternMatches("/a*b*c", "/aXXbYYc/d"));
  EXPECT_FALSE(RobotsPatternMatches("/a*b*c", "/aXXcYYb"));
  EXPECT_TRUE(RobotsPatternMatches("/exact$", "/exact"));
  EXPECT_FALSE(RobotsPatternMatches("/exact$", "/exact/"));
  EXPECT_TRUE(RobotsPatternMatches("*", "/anything"));
  // Linear time: this would take ages with naive backtracking.
  std::string path(5000, 'a');
  EXPECT_FALSE(RobotsPatternMatches("/*a*a*a*a*a*a*a*a*a*a*b", "/" + path));
}

TEST(RobotsTest, OwnGroupBeatsStarGroupAndLongestMatchWins) {
  const char* text =
      "# example\n"
      "User-agent: *\n"
      "Disallow: /\n"
      "\n"
      "User-agent: otherbot\n"
      "User-agent: MarketClaims\n"
      "Disallow: /reports/\n"
      "Allow: /reports/public/\n"
      "Disallow: /reports/public/draft\n"
      "Allow: /reports/*.html$\n"
      "Crawl-delay: 2.5\n";
  RobotsRules r = RobotsRules::Parse(text, "marketclaims");
  EXPECT_TRUE(r.IsAllowed("/"));  // the '*' group does not apply to us
  EXPECT_FALSE(r.IsAllowed("/reports/x"));
  EXPECT_TRUE(r.IsAllowed("/reports/public/x"));
  EXPECT_FALSE(r.IsAllowed("/reports/public/draft-1"));
  EXPECT_TRUE(r.IsAllowed("/reports/a.html"));  // the longer pattern wins
  EXPECT_DOUBLE_EQ(r.crawl_delay(), 2.5);

  RobotsRules other = RobotsRules::Parse(text, "somebodyelse");
  EXPECT_FALSE(other.IsAllowed("/"));
  EXPECT_FALSE(other.IsAllowed("/reports/public/x"));
  EXPECT_TRUE(other.IsAllowed("/robots.txt"));
  EXPECT_DOUBLE_EQ(other.crawl_delay(), 0);
}

TEST(RobotsTest, AllowWinsATieAndEmptyDisallowAllowsAll) {
  RobotsRules tie = RobotsRules::Parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "x");
  EXPECT_TRUE(tie.IsAllowed("/page"));
  RobotsRules open = RobotsRules::Parse("User-agent: *\nDisallow:\n", "x");
  EXPECT_TRUE(open.IsAllowed("/anything"));
  EXPECT_TRUE(RobotsRules().IsAllowed("/anything"));
}

TEST(RobotsTest, GroupsMergeAndSloppyFilesStillParse) {
  const char* text =
      "\xEF\xBB\xBFuser-agent: marketclaims\r\n"
      "disallow: /a\r\n"
      "sitemap: https://example.com/sitemap.xml\r\n"
      "this line is nonsense\r\n"
      "Disallow: /b   # trailing comment\r\n"
      "User-agent: MARKETCLAIMS/2.0\r\n"
      "Disallow: /c\r\n"
      "Crawl-delay: soon\r\n";
  RobotsRules r = RobotsRules::Parse(text, "marketclaims");
  EXPECT_FALSE(r.IsAllowed("/a"));
  EXPECT_FALSE(r.IsAllowed("/b"));
  EXPECT_FALSE(r.IsAllowed("/c"));
  EXPECT_TRUE(r.IsAllowed("/d"));
  EXPECT_DOUBLE_EQ(r.crawl_delay(), 0);
}

TEST(RobotsTest, PercentEscapesCompareInNormalForm) {
  RobotsRules r =
      RobotsRules::Parse("User-agent: *\nDisallow: /%7ejoe/\nDisallow: /caf\xC3\xA9\n", "x");
  EXPECT_FALSE(r.IsAllowed("/~joe/index.html"));
  EXPECT_FALSE(r.IsAllowed("/caf%C3%A9/menu"));
}

}  // namespace
}  // namespace marketclaims
