#include "extract/charset.h"

#include <gtest/gtest.h>

#include "extract/text_util.h"

namespace marketclaims {
namespace {

TEST(Charset, Utf8PassesThrough) {
  std::string in = "Caf\xC3\xA9 \xE2\x82\xAC" "5 billion";
  std::string used;
  EXPECT_EQ(ToUtf8(in, "", &used), in);
  EXPECT_EQ(used, "utf-8");
}

TEST(Charset, MetaDeclaredWindows1252IsConverted) {
  std::string in = "<meta charset=\"windows-1252\"><p>\x80" "5 billion \x96 caf\xE9</p>";
  std::string used;
  std::string out = ToUtf8(in, "", &used);
  EXPECT_EQ(used, "windows-1252");
  EXPECT_NE(out.find("\xE2\x82\xAC" "5 billion \xE2\x80\x93 caf\xC3\xA9"), std::string::npos);
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
  std::string in = "<meta charset=\"utf-8\"><p>\x80" "12 million, na\xEFve</p>";
  std::string used;
  std::string out = ToUtf8(in, "", &used);
  EXPECT_EQ(used, "windows-1252");
  EXPECT_EQ(ValidUtf8(out), out);
  EXPECT_NE(out.find("\xE2\x82\xAC" "12 million"), std::string::npos);
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

TEST(Charset, BinaryIsRecognised) {
  EXPECT_TRUE(LooksBinary(std::string("%PDF-1.4\0\0\x01", 12)));
  EXPECT_FALSE(LooksBinary("<html><body><p>text</p></body></html>"));
}

}  // namespace
}  // namespace marketclaims
