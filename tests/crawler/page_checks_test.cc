// Content sniffing, link finding and the small value helpers the crawler
// uses on each page.
#include <gtest/gtest.h>

#include "crawler/content_sniff.h"
#include "crawler/fetch.h"
#include "crawler/link_finder.h"
#include "crawler/progress.h"
#include "crawler/retry_policy.h"

namespace marketclaims {
namespace {

TEST(ContentSniffTest, TypeDecidesUnlessGeneric) {
  EXPECT_EQ(MediaType("Text/HTML; charset=utf-8"), "text/html");
  EXPECT_TRUE(IsHtml("text/html", "whatever"));
  EXPECT_TRUE(IsHtml("application/xhtml+xml", "<?xml version='1.0'?><html>"));
  EXPECT_FALSE(IsHtml("application/pdf", "<html>"));
  EXPECT_FALSE(IsHtml("text/html", "%PDF-1.7\n..."));  // a PDF behind an HTML label
  EXPECT_TRUE(IsHtml("", "\n  <!DOCTYPE html><html>"));
  EXPECT_TRUE(IsHtml("application/octet-stream", "<html><body>x"));
  EXPECT_FALSE(IsHtml("text/plain", "Market size: 5 bn"));
  EXPECT_FALSE(IsHtml("", "\x89PNG\r\n"));
  EXPECT_TRUE(IsClearlyNotHtml("application/pdf"));
  EXPECT_TRUE(IsClearlyNotHtml("image/png"));
  EXPECT_FALSE(IsClearlyNotHtml("text/html; charset=x"));
  EXPECT_FALSE(IsClearlyNotHtml(""));
  EXPECT_FALSE(IsClearlyNotHtml("application/octet-stream"));
  EXPECT_EQ(ContentTypeForPath("/a/b/report.HTM"), "text/html");
  EXPECT_EQ(ContentTypeForPath("/a/b.d/report"), "");
  EXPECT_EQ(ContentTypeForPath("/x.pdf"), "application/pdf");
}

TEST(LinkFinderTest, ResolvesAgainstPageAndBase) {
  const char* html =
      "<html><head><base href='/reports/'></head><body>"
      "<a href='widget-market.html'>Widget</a>"
      "<a href='widget-market.html#toc'>again</a>"
      "<a href='mailto:sales@example.com'>mail</a>"
      "<a href='javascript:void(0)'>js</a>"
      "<a>no href</a>"
      "<map><area href='/region/apac'></map>"
      "<a href='https://Other.example/x'>other</a>"
      "</body></html>";
  std::vector<std::string> links = FindLinks(html, "http://example.com/list?page=1");
  std::vector<std::string> want = {"http://example.com/reports/widget-market.html",
                                   "http://example.com/region/apac", "https://other.example/x"};
  EXPECT_EQ(links, want);
}

TEST(LinkFinderTest, SkipsCommentsScriptsAndDecodesEntities) {
  const char* html =
      "<!-- <a href='/commented'>x</a> -->"
      "<script>var s = \"<a href='/scripted'>\";</script>"
      "<A HREF=/upper?a=1&amp;b=2>u</A>"
      "<a class=x href=\"/e&#x2F;f&#47;g\">e</a>"
      "<a href = ' /spaced '>s</a>"
      "<a title='no link'>n</a><p>1 < 2</p>";
  std::vector<std::string> links = FindLinks(html, "http://example.com/");
  std::vector<std::string> want = {"http://example.com/upper?a=1&b=2", "http://example.com/e/f/g",
                                   "http://example.com/spaced"};
  EXPECT_EQ(links, want);
}

TEST(LinkFinderTest, SurvivesDeepNesting) {
  std::string html;
  for (int i = 0; i < 200000; ++i) html += "<div>";
  html += "<a href='deep.html'>deep</a>";
  std::vector<std::string> links = FindLinks(html, "http://example.com/");
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0], "http://example.com/deep.html");
}

TEST(RetryPolicyTest, WhatIsRetried) {
  EXPECT_TRUE(IsRetryableStatus(429));
  EXPECT_TRUE(IsRetryableStatus(503));
  EXPECT_FALSE(IsRetryableStatus(501));
  EXPECT_FALSE(IsRetryableStatus(404));
  EXPECT_TRUE(IsRetryableCurlCode(CURLE_OPERATION_TIMEDOUT));
  EXPECT_TRUE(IsRetryableCurlCode(CURLE_PARTIAL_FILE));
  EXPECT_FALSE(IsRetryableCurlCode(CURLE_TOO_MANY_REDIRECTS));
}

TEST(RetryPolicyTest, BackoffDoublesWithJitterAndCap) {
  EXPECT_DOUBLE_EQ(BackoffSeconds(1, 1.0, 100, 0.5), 1.0);
  EXPECT_DOUBLE_EQ(BackoffSeconds(3, 1.0, 100, 0.5), 4.0);
  EXPECT_DOUBLE_EQ(BackoffSeconds(3, 1.0, 100, 0.0), 2.0);
  EXPECT_LT(BackoffSeconds(3, 1.0, 100, 0.999), 6.0);
  EXPECT_DOUBLE_EQ(BackoffSeconds(40, 1.0, 100, 0.5), 100.0);
}

TEST(RetryPolicyTest, RetryAfterForms) {
  double s = -1;
  EXPECT_TRUE(ParseRetryAfter(" 120 ", 0, &s));
  EXPECT_DOUBLE_EQ(s, 120);
  // Sun, 06 Nov 1994 08:49:37 GMT is 784111777.
  EXPECT_TRUE(ParseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", 784111777 - 30, &s));
  EXPECT_DOUBLE_EQ(s, 30);
  EXPECT_TRUE(ParseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", 784111777 + 30, &s));
  EXPECT_DOUBLE_EQ(s, 0);
  EXPECT_FALSE(ParseRetryAfter("", 0, &s));
  EXPECT_FALSE(ParseRetryAfter("soon", 0, &s));
}

TEST(FetchTest, OutcomeNames) {
  EXPECT_STREQ(FetchOutcomeName(FetchOutcome::kOk), "ok");
  EXPECT_STREQ(FetchOutcomeName(FetchOutcome::kNotModified), "not_modified");
  EXPECT_STREQ(FetchOutcomeName(FetchOutcome::kFailed), "failed");
  EXPECT_STREQ(FetchOutcomeName(FetchOutcome::kSkipped), "skipped");
}

TEST(ProgressTest, QuietPrintsNothingAndSummaryIsOneLine) {
  CrawlStats stats;
  stats.pages_new = 7;
  stats.unchanged = 2;
  stats.failed = 1;
  stats.bytes = 3 * 1024 * 1024;
  stats.elapsed_seconds = 2;
  FILE* quiet_out = std::tmpfile();
  ASSERT_NE(quiet_out, nullptr);
  ProgressReporter quiet(quiet_out, /*quiet=*/true, /*live=*/true);
  quiet.Update(stats, 1.0);
  quiet.Finish(stats);
  EXPECT_EQ(std::ftell(quiet_out), 0);
  std::fclose(quiet_out);

  FILE* out = std::tmpfile();
  ASSERT_NE(out, nullptr);
  ProgressReporter loud(out, false, false);
  loud.Update(stats, 1.0);  // not live: no progress line
  loud.Finish(stats);
  std::rewind(out);
  char buf[512] = {0};
  size_t n = std::fread(buf, 1, sizeof(buf) - 1, out);
  std::fclose(out);
  std::string text(buf, n);
  EXPECT_EQ(text, ProgressReporter::FormatSummary(stats) + "\n");
  EXPECT_NE(text.find("7 new"), std::string::npos);
  EXPECT_NE(text.find("3.0 MiB"), std::string::npos);
  EXPECT_NE(ProgressReporter::FormatProgress(stats).find("10 done"), std::string::npos);
}

}  // namespace
}  // namespace marketclaims
