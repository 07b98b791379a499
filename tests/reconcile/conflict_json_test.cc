// The --json form of the conflict list: valid JSON whatever the evidence
// holds, null for unknown years, the keys a reader relies on.
#include "reconcile/conflict_json.h"

#include <gtest/gtest.h>

#include "tests/util/mini_json.h"

namespace marketclaims {
namespace {

using testing_util::JsonValue;

TEST(ConflictJsonTest, EmptyListIsAnEmptyArray) {
  JsonValue v;
  std::string error;
  ASSERT_TRUE(testing_util::ParseJson(ConflictsJson({}), &v, &error)) << error;
  EXPECT_EQ(v.type, JsonValue::kArray);
  EXPECT_TRUE(v.array.empty());
}

TEST(ConflictJsonTest, RatesAndSizesWithAwkwardText) {
  StoredConflict rates;
  rates.kind = "cagr_disagreement";
  rates.rule = "across_pages";
  rates.market = "Caf\u00e9 \"Widgets\"";
  rates.market_key = "caf\u00e9 widget";
  rates.end_year = 2032;
  rates.spread = 0.5;
  rates.explanation = "line one\nline two\t\x01";
  ConflictClaim r;
  r.url = "https://example.com/a?x=\"1\"";
  r.kind = "cagr";
  r.value = 8.8;
  r.unit = "%";
  r.end_year = 2032;
  r.evidence = "back\\slash";
  r.also_at = {"https://example.org/b"};
  rates.claims = {r};
  StoredConflict sizes;
  sizes.kind = "size_disagreement";
  sizes.rule = "within_page";
  sizes.year = 2024;
  sizes.spread = 1.25;
  ConflictClaim s;
  s.url = "file:///x.html";
  s.kind = "size";
  s.value = 1.5;
  s.unit = "";
  s.year = 2024;
  sizes.claims = {s};

  JsonValue v;
  std::string error;
  ASSERT_TRUE(testing_util::ParseJson(ConflictsJson({rates, sizes}), &v, &error)) << error;
  ASSERT_EQ(v.array.size(), 2u);
  const JsonValue& a = v.array[0];
  EXPECT_EQ(a["market"].string, "Caf\u00e9 \"Widgets\"");
  EXPECT_EQ(a["rule"].string, "across_pages");
  EXPECT_TRUE(a["start"].is_null());
  EXPECT_NE(a.object.count("start"), 0u);
  EXPECT_EQ(a["end"].number, 2032);
  EXPECT_EQ(a["explanation"].string, "line one\nline two\t\x01");
  EXPECT_EQ(a.object.count("year"), 0u);
  const JsonValue& claim = a["claims"].array.at(0);
  EXPECT_EQ(claim["source"].string, "https://example.com/a?x=\"1\"");
  EXPECT_EQ(claim["rate"].number, 8.8);
  EXPECT_TRUE(claim["start"].is_null());
  EXPECT_EQ(claim["evidence"].string, "back\\slash");
  EXPECT_EQ(claim["also_at"].array.at(0).string, "https://example.org/b");
  const JsonValue& b = v.array[1];
  EXPECT_EQ(b["year"].number, 2024);
  EXPECT_EQ(b["spread"].number, 1.25);
  EXPECT_EQ(b["claims"].array.at(0)["value"].number, 1.5);
  EXPECT_TRUE(b["claims"].array.at(0)["currency"].is_null());
  EXPECT_EQ(b["claims"].array.at(0).object.count("also_at"), 0u);
}

// Strings are escaped as every other JSON output of the program (base's
// AppendJsonString): RFC 8259's short escapes where there is one, \u00XX for
// the other control characters, and invalid UTF-8 (which RFC 8259 section
// 8.1 does not allow in JSON text) replaced by U+FFFD.
TEST(ConflictJsonTest, EscapesControlCharactersAndInvalidUtf8) {
  StoredConflict c;
  c.kind = "size_disagreement";
  c.rule = "within_page";
  c.market = "Widgets \xC3";  // a UTF-8 sequence cut short
  c.year = 2024;
  c.explanation =
      "q\"b\\n\nr\rt\tb\bf\fone\x01us\x1f"
      "del\x7f"
      "bad\xFF"
      "ok\xC3\xA9";
  std::string json = ConflictsJson({c});
  EXPECT_NE(json.find(R"("market":"Widgets )"
                      "\xEF\xBF\xBD"
                      R"(")"),
            std::string::npos)
      << json;
  EXPECT_NE(json.find(R"("explanation":"q\"b\\n\nr\rt\tb\bf\fone\u0001us\u001f)"
                      "del\x7f"
                      "bad\xEF\xBF\xBD"
                      "ok\xC3\xA9"
                      R"(")"),
            std::string::npos)
      << json;
  testing_util::JsonValue v;
  std::string error;
  ASSERT_TRUE(testing_util::ParseJson(json, &v, &error)) << error;
  EXPECT_EQ(v.array.at(0)["explanation"].string,
            "q\"b\\n\nr\rt\tb\bf\fone\x01us\x1f"
            "del\x7f"
            "bad\xEF\xBF\xBD"
            "ok\xC3\xA9");
}

TEST(ConflictJsonTest, LayoutIsOneConflictALine) {
  StoredConflict c;
  c.kind = "size_disagreement";
  c.rule = "across_pages";
  c.market = "Widgets";
  c.market_key = "widget";
  c.year = 2024;
  c.spread = 1.5;
  c.explanation = "e";
  c.fingerprint = "f1";
  c.first_found = 0;
  ConflictClaim k;
  k.url = "https://a.example/";
  k.kind = "size";
  k.value = 20.6;
  k.unit = "billion";
  k.currency = "USD";
  k.year = 2024;
  k.evidence = "USD 20.6 billion in 2024";
  c.claims = {k};
  EXPECT_EQ(ConflictsJson({c, c}),
            "[\n"
            R"({"kind":"size_disagreement","rule":"across_pages","market":"Widgets",)"
            R"("market_key":"widget","year":2024,"spread":1.5,"explanation":"e","id":"f1",)"
            R"("first_found":"1970-01-01T00:00:00Z","claims":[{"source":"https://a.example/",)"
            R"("kind":"size","value":20.6,"unit":"billion","currency":"USD","year":2024,)"
            R"("evidence":"USD 20.6 billion in 2024"}]},)"
            "\n"
            R"({"kind":"size_disagreement","rule":"across_pages","market":"Widgets",)"
            R"("market_key":"widget","year":2024,"spread":1.5,"explanation":"e","id":"f1",)"
            R"("first_found":"1970-01-01T00:00:00Z","claims":[{"source":"https://a.example/",)"
            R"("kind":"size","value":20.6,"unit":"billion","currency":"USD","year":2024,)"
            R"("evidence":"USD 20.6 billion in 2024"}]})"
            "\n]\n");
}

}  // namespace
}  // namespace marketclaims
