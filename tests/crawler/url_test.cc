#include "crawler/url.h"

#include <gtest/gtest.h>

namespace marketclaims {
namespace {

std::string Norm(const std::string& in) {
  std::string out, error;
  EXPECT_TRUE(NormalizeUrl(in, &out, &error)) << in << ": " << error;
  return out;
}

std::string Resolve(const std::string& base, const std::string& ref) {
  std::string out, error;
  EXPECT_TRUE(ResolveUrl(base, ref, &out, &error)) << ref << ": " << error;
  return out;
}

TEST(UrlTest, NormalisesSpellingsOfTheSameResource) {
  EXPECT_EQ(Norm("HTTP://Example.COM"), "http://example.com/");
  EXPECT_EQ(Norm("http://example.com:80/a"), "http://example.com/a");
  EXPECT_EQ(Norm("https://example.com:443/a"), "https://example.com/a");
  EXPECT_EQ(Norm("https://example.com:8443/a"), "https://example.com:8443/a");
  EXPECT_EQ(Norm("http://example.com./a#section"), "http://example.com/a");
  EXPECT_EQ(Norm("http://example.com/a/./b/../c"), "http://example.com/a/c");
  EXPECT_EQ(Norm("http://example.com/a/b/.."), "http://example.com/a/");
  EXPECT_EQ(Norm("http://example.com/../../x"), "http://example.com/x");
  EXPECT_EQ(Norm("http://example.com/%7euser/%2f"), "http://example.com/~user/%2F");
  EXPECT_EQ(Norm("http://example.com/a b\xC3\xA9"), "http://example.com/a%20b%C3%A9");
  EXPECT_EQ(Norm("http://example.com/p?b=2&a=1"), "http://example.com/p?b=2&a=1");
  EXPECT_EQ(Norm("http://example.com/p?"), "http://example.com/p");
  EXPECT_EQ(Norm("  http://example.com/\tp\n "), "http://example.com/p");
  EXPECT_EQ(Norm("http://[::1]:8080/x"), "http://[::1]:8080/x");
  EXPECT_EQ(Norm("file://localhost/tmp/a.html"), "file:///tmp/a.html");
  EXPECT_EQ(Norm("FILE:///tmp/a%20b.html"), "file:///tmp/a%20b.html");
}

TEST(UrlTest, RefusesWhatTheCrawlerMustNotFetch) {
  std::string out, error;
  for (const char* bad : {"ftp://example.com/x", "javascript:alert(1)", "mailto:a@b.c",
                          "data:text/html,hi", "http://user:pw@example.com/", "http:///nohost",
                          "http://example.com:99999/", "http://example.com:12ab/", "/relative/path",
                          "file://otherhost/etc/passwd", "http://exa mple.com/"}) {
    EXPECT_FALSE(NormalizeUrl(bad, &out, &error)) << bad;
    EXPECT_FALSE(error.empty()) << bad;
  }
}

TEST(UrlTest, ResolvesRelativeReferences) {
  const std::string base = "http://example.com/reports/list.html?page=2";
  EXPECT_EQ(Resolve(base, "item-1.html"), "http://example.com/reports/item-1.html");
  EXPECT_EQ(Resolve(base, "../about"), "http://example.com/about");
  EXPECT_EQ(Resolve(base, "/x/y"), "http://example.com/x/y");
  EXPECT_EQ(Resolve(base, "//other.org/z"), "http://other.org/z");
  EXPECT_EQ(Resolve(base, "?page=3"), "http://example.com/reports/list.html?page=3");
  EXPECT_EQ(Resolve(base, "#top"), "http://example.com/reports/list.html?page=2");
  EXPECT_EQ(Resolve(base, "https://Other.org"), "https://other.org/");
  EXPECT_EQ(Resolve("file:///data/site/index.html", "b/c.html"), "file:///data/site/b/c.html");
  std::string out, error;
  EXPECT_FALSE(ResolveUrl(base, "mailto:sales@example.com", &out, &error));
  EXPECT_FALSE(ResolveUrl(base, "javascript:void(0)", &out, &error));
}

TEST(UrlTest, SplitsIntoOriginAndPath) {
  UrlParts p;
  std::string error;
  ASSERT_TRUE(ParseUrl("https://example.com:8443/a/b?q=1", &p, &error));
  EXPECT_EQ(p.scheme, "https");
  EXPECT_EQ(p.host, "example.com");
  EXPECT_EQ(p.port, 8443);
  EXPECT_EQ(UrlOrigin(p), "https://example.com:8443");
  EXPECT_EQ(UrlPathAndQuery(p), "/a/b?q=1");
  ASSERT_TRUE(ParseUrl("http://example.com/", &p, &error));
  EXPECT_EQ(p.port, 80);
  EXPECT_EQ(UrlOrigin(p), "http://example.com");
}

}  // namespace
}  // namespace marketclaims
