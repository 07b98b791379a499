#include "base/json_reader.h"

#include <gtest/gtest.h>

#include <string>

namespace marketclaims {
namespace {

JsonNode Read(const std::string& text) {
  JsonNode node;
  std::string error;
  EXPECT_TRUE(ReadJson(text, JsonLimits(), &node, &error)) << text << ": " << error;
  return node;
}

bool Fails(const std::string& text, const JsonLimits& limits = JsonLimits()) {
  JsonNode node;
  std::string error;
  bool ok = ReadJson(text, limits, &node, &error);
  return !ok && !error.empty();
}

TEST(JsonReader, ReadsAnObjectWithEveryKindOfValue) {
  JsonNode n = Read(R"( {"@type": "FAQPage", "n": -1.5e2, "ok": true, "no": false, "x": null,
                        "list": [1, "two", {"three": 3}]} )");
  ASSERT_EQ(n.type, JsonNode::Type::kObject);
  EXPECT_EQ(n.Find("@type")->string, "FAQPage");
  EXPECT_DOUBLE_EQ(n.Find("n")->number, -150);
  EXPECT_TRUE(n.Find("ok")->boolean);
  EXPECT_EQ(n.Find("no")->type, JsonNode::Type::kBool);
  EXPECT_FALSE(n.Find("no")->boolean);
  EXPECT_EQ(n.Find("x")->type, JsonNode::Type::kNull);
  const JsonNode* list = n.Find("list");
  ASSERT_EQ(list->items.size(), 3u);
  EXPECT_EQ(list->items[1].string, "two");
  EXPECT_DOUBLE_EQ(list->items[2].Find("three")->number, 3);
  EXPECT_EQ(n.Find("missing"), nullptr);
  EXPECT_EQ(list->Find("three"), nullptr);
}

TEST(JsonReader, DecodesEscapesToUtf8) {
  JsonNode n = Read(R"("a\"b\\c\/d\n\u00e9\u20ac\ud83d\ude00")");
  EXPECT_EQ(n.string, "a\"b\\c/d\n\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
}

TEST(JsonReader, AcceptsWhatPagesWriteLoosely) {
  // A trailing comma, a raw line break inside a string.
  JsonNode n = Read("{\"a\": [1, 2,], \"b\": \"two\nlines\",}");
  EXPECT_EQ(n.Find("a")->items.size(), 2u);
  EXPECT_EQ(n.Find("b")->string, "two\nlines");
}

TEST(JsonReader, RejectsMalformedText) {
  for (const char* bad : {"",
                          "   ",
                          "{",
                          "[1, 2",
                          "{\"a\" 1}",
                          "{\"a\": }",
                          "{a: 1}",
                          "[1 2]",
                          "\"open",
                          "\"bad \\x escape\"",
                          "\"\\u12\"",
                          "\"\\ud83d alone\"",
                          "\"\\ude00\"",
                          "tru",
                          "nul",
                          "-",
                          "1.",
                          "1e",
                          "01x",
                          "[1] [2]",
                          "{\"a\": 1} trailing",
                          "[,]",
                          "{,}",
                          "\"\\"}) {
    EXPECT_TRUE(Fails(bad)) << bad;
  }
}

TEST(JsonReader, StopsAtItsLimits) {
  std::string deep(40, '[');
  deep += std::string(40, ']');
  EXPECT_TRUE(Fails(deep));
  JsonLimits limits;
  limits.max_depth = 50;
  JsonNode n;
  std::string error;
  EXPECT_TRUE(ReadJson(deep, limits, &n, &error));

  // Far deeper than any stack would hold if the depth were not checked.
  std::string abyss(1000000, '[');
  EXPECT_TRUE(Fails(abyss));

  limits = JsonLimits();
  limits.max_bytes = 10;
  EXPECT_TRUE(Fails("[1, 2, 3, 4, 5]", limits));

  limits = JsonLimits();
  limits.max_values = 3;
  EXPECT_TRUE(Fails("[1, 2, 3, 4]", limits));
  EXPECT_TRUE(ReadJson("[1, 2]", limits, &n, &error));
}

}  // namespace
}  // namespace marketclaims
