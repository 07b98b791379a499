#include <gtest/gtest.h>

#include "crawler/charset_convert.h"
#include "crawler/charset_detect.h"

namespace marketclaims {
namespace {

TEST(CharsetDetectTest, HeaderLabels) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=UTF-8"), "UTF-8");
  EXPECT_EQ(CharsetFromContentType("text/html;charset=\"windows-1252\""), "windows-1252");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
  EXPECT_EQ(CharsetFromContentType(""), "");
}

TEST(CharsetDetectTest, MetaDeclarations) {
  EXPECT_EQ(CharsetFromMeta("<html><head><meta charset=\"iso-8859-15\"></head>"), "iso-8859-15");
  EXPECT_EQ(CharsetFromMeta("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Shift_JIS'>"),
            "Shift_JIS");
  EXPECT_EQ(CharsetFromMeta("<meta name=viewport content=\"width=device-width\">"), "");
  EXPECT_EQ(CharsetFromMeta("<p>charset=utf-8 in text is not a declaration</p>"), "");
}

TEST(CharsetDetectTest, CanonicalNames) {
  EXPECT_EQ(CanonicalCharset("utf8"), "UTF-8");
  EXPECT_EQ(CanonicalCharset(" ISO-8859-1 "), "WINDOWS-1252");
  EXPECT_EQ(CanonicalCharset("us-ascii"), "WINDOWS-1252");
  EXPECT_EQ(CanonicalCharset("iso-8859-15"), "ISO-8859-15");
  EXPECT_EQ(CanonicalCharset("klingon-7"), "");
  EXPECT_EQ(CanonicalCharset("utf-8//TRANSLIT"), "");  // no iconv suffix smuggling
  EXPECT_EQ(CanonicalCharset(""), "");
}

TEST(CharsetDetectTest, Precedence) {
  size_t bom = 0;
  EXPECT_EQ(CharsetFromBom("\xEF\xBB\xBFhi", &bom), "UTF-8");
  EXPECT_EQ(bom, 3u);
  // BOM beats the header, which beats <meta>.
  EXPECT_EQ(ChooseCharset("text/html; charset=windows-1252", "\xEF\xBB\xBF<p>x").charset, "UTF-8");
  CharsetChoice c = ChooseCharset("text/html; charset=windows-1252", "<meta charset=utf-8>");
  EXPECT_EQ(c.charset, "WINDOWS-1252");
  EXPECT_STREQ(c.source, "header");
  // An unknown header label falls through to <meta>.
  c = ChooseCharset("text/html; charset=bogus", "<meta charset=iso-8859-2><p>");
  EXPECT_EQ(c.charset, "ISO-8859-2");
  EXPECT_STREQ(c.source, "meta");
  // Nothing declared: valid UTF-8 stays UTF-8, anything else is 1252.
  EXPECT_EQ(ChooseCharset("text/html", "caf\xC3\xA9").charset, "UTF-8");
  EXPECT_EQ(ChooseCharset("text/html", "caf\xE9").charset, "WINDOWS-1252");
}

TEST(CharsetConvertTest, Windows1252ToUtf8) {
  std::string out;
  size_t replaced = 99;
  ASSERT_TRUE(ConvertToUtf8("\x80 5 bn \x96 caf\xE9", "WINDOWS-1252", &out, &replaced));
  EXPECT_EQ(out, "\xE2\x82\xAC 5 bn \xE2\x80\x93 caf\xC3\xA9");
  EXPECT_EQ(replaced, 0u);
  // 0x81 is undefined in windows-1252: replaced, and the rest survives.
  ASSERT_TRUE(ConvertToUtf8("a\x81z", "WINDOWS-1252", &out, &replaced));
  EXPECT_EQ(out, "a\xEF\xBF\xBDz");
  EXPECT_EQ(replaced, 1u);
}

TEST(CharsetConvertTest, InvalidUtf8IsReplacedNotFatal) {
  size_t replaced = 0;
  std::string out = SanitizeUtf8("ok \xE9t\xE9 \xF0\x9F\x98\x80 \xC0\xAF \xED\xA0\x80 end\xE2\x82",
                                 &replaced);
  EXPECT_TRUE(IsValidUtf8(out));
  EXPECT_NE(out.find("ok "), std::string::npos);
  EXPECT_NE(out.find("\xF0\x9F\x98\x80"), std::string::npos);  // valid emoji kept
  EXPECT_NE(out.find(" end"), std::string::npos);
  EXPECT_GE(replaced, 5u);
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));   // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));  // surrogate
}

TEST(CharsetConvertTest, Utf16AndTruncatedInput) {
  std::string out;
  ASSERT_TRUE(ConvertToUtf8(std::string("h\0i\0", 4), "UTF-16LE", &out, nullptr));
  EXPECT_EQ(out, "hi");
  size_t replaced = 0;
  ASSERT_TRUE(ConvertToUtf8(std::string("h\0i", 3), "UTF-16LE", &out, &replaced));
  EXPECT_EQ(out, "h\xEF\xBF\xBD");
  EXPECT_EQ(replaced, 1u);
  EXPECT_FALSE(ConvertToUtf8("x", "NO-SUCH-CHARSET", &out, nullptr));
}

TEST(CharsetConvertTest, HtmlBodyNeverFails) {
  std::string charset;
  std::string out = HtmlBodyToUtf8("text/html; charset=utf-8", "<p>\x93quoted\x94 \xFF\xFE</p>",
                                   &charset);
  EXPECT_EQ(charset, "UTF-8");
  EXPECT_TRUE(IsValidUtf8(out));
  EXPECT_NE(out.find("quoted"), std::string::npos);
  out = HtmlBodyToUtf8("", "\xEF\xBB\xBF<p>caf\xC3\xA9</p>", &charset);
  EXPECT_EQ(out, "<p>caf\xC3\xA9</p>");  // BOM dropped
  // Every byte value, under every source, still yields valid UTF-8.
  std::string all;
  for (int i = 0; i < 256; ++i) all.push_back(static_cast<char>(i));
  for (const char* ct : {"text/html; charset=utf-8", "text/html; charset=windows-1252",
                         "text/html; charset=shift_jis", "text/html; charset=utf-16be", ""}) {
    EXPECT_TRUE(IsValidUtf8(HtmlBodyToUtf8(ct, all + all, &charset))) << ct;
  }
}

}  // namespace
}  // namespace marketclaims
