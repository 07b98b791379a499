#include "base/charset.h"

#include <gtest/gtest.h>

#include "base/text_util.h"

namespace marketclaims {
namespace {

TEST(Charset, Utf8PassesThrough) {
  std::string in =
      "Caf\xC3\xA9 \xE2\x82\xAC"
      "5 billion";
  std::string used;
  EXPECT_EQ(ToUtf8(in, "", &used), in);
  EXPECT_EQ(used, "utf-8");
}

TEST(Charset, MetaDeclaredWindows1252IsConverted) {
  std::string in =
      "<meta charset=\"windows-1252\"><p>\x80"
      "5 billion \x96 caf\xE9</p>";
  std::string used;
  std::string out = ToUtf8(in, "", &used);
  EXPECT_EQ(used, "windows-1252");
  EXPECT_NE(out.find("\xE2\x82\xAC"
                     "5 billion \xE2\x80\x93 caf\xC3\xA9"),
            std::string::npos);
}

TEST(Charset, HttpHintWinsOverMeta) {
  std::string in = "<meta charset=\"utf-8\"><p>caf\xE9</p>";
  std::string used;
  std::string out = ToUtf8(in, "ISO-8859-1", &used);
  EXPECT_EQ(used, "windows-1252");
  EXPECT_NE(out.find("caf\xC3\xA9"), std::string::npos);
}

TEST(Charset, LyingUtf8DeclarationFallsBackToWindows1252) {
  // Declared UTF-8, but the bytes are single-byte Latin text.
  std::string in =
      "<meta charset=\"utf-8\"><p>\x80"
      "12 million, na\xEFve</p>";
  std::string used;
  std::string out = ToUtf8(in, "", &used);
  EXPECT_EQ(used, "windows-1252");
  EXPECT_EQ(ValidUtf8(out), out);
  EXPECT_NE(out.find("\xE2\x82\xAC"
                     "12 million"),
            std::string::npos);
}

TEST(Charset, StrayBytesInUtf8AreReplaced) {
  std::string in = "caf\xC3\xA9 and \xFF broken";
  std::string out = ToUtf8(in, "", nullptr);
  EXPECT_EQ(out, "caf\xC3\xA9 and \xEF\xBF\xBD broken");
}

TEST(Charset, Utf16WithBomIsConverted) {
  std::string in("\xFF\xFE<\0p\0>\0A\0", 10);
  std::string out = ToUtf8(in, "", nullptr);
  EXPECT_EQ(out, "<p>A");
}

TEST(Charset, UnknownLabelDoesNotCrash) {
  std::string out = ToUtf8("<p>plain \xE9</p>", "x-no-such-charset", nullptr);
  EXPECT_EQ(ValidUtf8(out), out);
}

TEST(Charset, ContentTypeCharsetAsWritten) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=UTF-8"), "UTF-8");
  EXPECT_EQ(CharsetFromContentType("text/html;charset=\"windows-1252\""), "windows-1252");
  EXPECT_EQ(CharsetFromContentType("text/html; Charset = 'iso-8859-2'; q=1"), "iso-8859-2");
  EXPECT_EQ(CharsetFromContentType("text/html; charset"), "");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
  EXPECT_EQ(CharsetFromContentType(""), "");
}

TEST(Charset, MetaDeclarations) {
  EXPECT_EQ(SniffCharset("<html><head><meta charset=\"iso-8859-15\"></head>"), "iso-8859-15");
  EXPECT_EQ(SniffCharset("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Shift_JIS'>"),
            "shift_jis");
  EXPECT_EQ(SniffCharset("<meta name=viewport content=\"width=device-width\">"), "");
  EXPECT_EQ(SniffCharset("<p>charset=utf-8 in text is not a declaration</p>"), "");
  EXPECT_EQ(SniffCharset("\xEF\xBB\xBF<meta charset=windows-1252>"), "utf-8");
}

TEST(Charset, LabelsAreNormalised) {
  std::string used;
  ToUtf8("x", "utf8", &used);
  EXPECT_EQ(used, "utf-8");
  ToUtf8("x", " ISO-8859-1 ", &used);
  EXPECT_EQ(used, "windows-1252");
  ToUtf8("x", "us-ascii", &used);
  EXPECT_EQ(used, "windows-1252");
  ToUtf8("x", "iso-8859-15", &used);
  EXPECT_EQ(used, "iso-8859-15");
  // Labels iconv cannot use fall through, to UTF-8 when nothing else is
  // declared; no iconv suffix is smuggled in.
  ToUtf8("x", "klingon-7", &used);
  EXPECT_EQ(used, "utf-8");
  EXPECT_EQ(ToUtf8("caf\xC3\xA9", "utf-8//TRANSLIT", &used), "caf\xC3\xA9");
  EXPECT_EQ(used, "utf-8");
}

TEST(Charset, Precedence) {
  std::string used;
  // A BOM beats the header, which beats <meta>.
  EXPECT_EQ(ToUtf8("\xEF\xBB\xBF<p>x", "windows-1252", &used), "<p>x");
  EXPECT_EQ(used, "utf-8");
  ToUtf8("<meta charset=utf-8>", "windows-1252", &used);
  EXPECT_EQ(used, "windows-1252");
  // An unknown header label falls through to <meta>.
  EXPECT_EQ(ToUtf8("<meta charset=iso-8859-2><p>\xB1", "bogus", &used),
            "<meta charset=iso-8859-2><p>\xC4\x85");
  EXPECT_EQ(used, "iso-8859-2");
  // A UTF-16 <meta> on readable ASCII is wrong by construction.
  EXPECT_EQ(ToUtf8("<meta charset=utf-16><p>x", "", &used), "<meta charset=utf-16><p>x");
  EXPECT_EQ(used, "utf-8");
  // Nothing declared: valid UTF-8 stays UTF-8, single-byte text is 1252.
  ToUtf8("caf\xC3\xA9", "", &used);
  EXPECT_EQ(used, "utf-8");
  EXPECT_EQ(ToUtf8("caf\xE9", "", &used), "caf\xC3\xA9");
  EXPECT_EQ(used, "windows-1252");
}

TEST(Charset, Utf8FromTheHeaderIsTakenAsGiven) {
  // The server says UTF-8: bad bytes become U+FFFD, not windows-1252.
  std::string used;
  std::string out = ToUtf8("Revenue \x93up\x94 in S\xE3o Paulo", "utf-8", &used);
  EXPECT_EQ(used, "utf-8");
  EXPECT_EQ(out, "Revenue \xEF\xBF\xBDup\xEF\xBF\xBD in S\xEF\xBF\xBDo Paulo");
}

TEST(Charset, Windows1252UndefinedBytesAreReplaced) {
  EXPECT_EQ(ToUtf8("\x80 5 bn \x96 caf\xE9", "windows-1252", nullptr),
            "\xE2\x82\xAC 5 bn \xE2\x80\x93 caf\xC3\xA9");
  // 0x81 is undefined in windows-1252: replaced, and the rest survives.
  EXPECT_EQ(ToUtf8("a\x81z", "windows-1252", nullptr), "a\xEF\xBF\xBDz");
}

TEST(Charset, InvalidUtf8IsReplacedNotFatal) {
  std::string in = "ok \xE9t\xE9 \xF0\x9F\x98\x80 \xC0\xAF \xED\xA0\x80 end\xE2\x82";
  std::string out = ValidUtf8(in);
  EXPECT_EQ(CountUtf8(out).invalid, 0u);
  EXPECT_NE(out.find("ok "), std::string::npos);
  EXPECT_NE(out.find("\xF0\x9F\x98\x80"), std::string::npos);  // valid emoji kept
  EXPECT_NE(out.find(" end"), std::string::npos);
  std::size_t replaced = 0;
  for (std::size_t p = 0; (p = out.find("\xEF\xBF\xBD", p)) != std::string::npos; p += 3) {
    ++replaced;
  }
  EXPECT_GE(replaced, 5u);
  EXPECT_EQ(CountUtf8("\xC0\xAF").invalid, 2u);      // overlong '/'
  EXPECT_EQ(CountUtf8("\xED\xA0\x80").invalid, 3u);  // surrogate
}

TEST(Charset, Utf16AndTruncatedInput) {
  EXPECT_EQ(ToUtf8(std::string("h\0i\0", 4), "utf-16le", nullptr), "hi");
  EXPECT_EQ(ToUtf8(std::string("h\0i", 3), "UTF-16LE", nullptr), "h\xEF\xBF\xBD");
}

TEST(Charset, EveryByteUnderEveryLabelGivesValidUtf8) {
  std::string all;
  for (int i = 0; i < 256; ++i) all.push_back(static_cast<char>(i));
  for (const char* hint : {"utf-8", "windows-1252", "shift_jis", "utf-16be", ""}) {
    std::string out = ToUtf8(all + all, hint, nullptr);
    EXPECT_EQ(ValidUtf8(out), out) << hint;
  }
}

TEST(TextUtil, AppendUtf8) {
  std::string out;
  for (uint32_t cp : {0x41u, 0xE9u, 0x20ACu, 0x1F600u, 0x10FFFFu}) AppendUtf8(cp, &out);
  EXPECT_EQ(out, "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF");
  out.clear();
  AppendUtf8(0, &out);
  EXPECT_EQ(out, std::string(1, '\0'));
  // Surrogates and values past U+10FFFF have no UTF-8 form.
  out.clear();
  for (uint32_t cp : {0xD800u, 0xDFFFu, 0x110000u, 0xFFFFFFFFu}) AppendUtf8(cp, &out);
  EXPECT_EQ(out, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  // Every scalar value round-trips through the validator.
  out.clear();
  for (uint32_t cp = 0; cp <= 0x10FFFF; cp += 0x3F) AppendUtf8(cp, &out);
  EXPECT_EQ(ValidUtf8(out), out);
}

TEST(Charset, BinaryIsRecognised) {
  EXPECT_TRUE(LooksBinary(std::string("%PDF-1.4\0\0\x01", 12)));
  EXPECT_FALSE(LooksBinary("<html><body><p>text</p></body></html>"));
}

}  // namespace
}  // namespace marketclaims
