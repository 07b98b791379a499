#include "store/export_format.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>

#include "store/raw_codec.h"
#include "tests/store/test_util.h"

namespace marketclaims {
namespace {

using testing_util::ReadFile;
using testing_util::TempDir;

TEST(CsvTest, QuotesOnlyWhenNeeded) {
  std::string line;
  AppendCsvField("plain", &line);
  EXPECT_EQ(line, "plain");
  line.clear();
  AppendCsvField("a,b", &line);
  EXPECT_EQ(line, "\"a,b\"");
  line.clear();
  AppendCsvField("say \"hi\"", &line);
  EXPECT_EQ(line, "\"say \"\"hi\"\"\"");
  line.clear();
  AppendCsvField("two\nlines", &line);
  EXPECT_EQ(line, "\"two\nlines\"");
  line.clear();
  AppendCsvField("", &line);
  EXPECT_EQ(line, "");
}

Cell Text(const std::string& s) {
  Cell c;
  c.type = Cell::Type::kText;
  c.s = s;
  return c;
}

Cell Int(int64_t i) {
  Cell c;
  c.type = Cell::Type::kInt;
  c.i = i;
  return c;
}

Cell Real(double d) {
  Cell c;
  c.type = Cell::Type::kReal;
  c.d = d;
  return c;
}

std::string WriteRows(ExportFormat format) {
  TempDir dir;
  std::string path = dir.File("out");
  FILE* out = std::fopen(path.c_str(), "wb");
  auto sink = NewFormatSink(format, out, path);
  std::string error;
  EXPECT_TRUE(sink->Header({"id", "name", "value", "note"}, &error));
  EXPECT_TRUE(sink->Row({Int(1), Text("a, \"b\""), Real(7.25), Cell()}, &error));
  EXPECT_TRUE(sink->Row({Int(2), Text("bad \xff byte"), Real(1e12), Text("x\r\ny")}, &error));
  std::fclose(out);
  return ReadFile(path);
}

TEST(FormatSinkTest, CsvHasHeaderCrlfAndEmptyNull) {
  EXPECT_EQ(WriteRows(ExportFormat::kCsv),
            "id,name,value,note\r\n"
            "1,\"a, \"\"b\"\"\",7.25,\r\n"
            "2,bad \xef\xbf\xbd byte,1000000000000,\"x\r\ny\"\r\n");
}

TEST(FormatSinkTest, JsonlHasSameFieldsInOrder) {
  EXPECT_EQ(WriteRows(ExportFormat::kJsonl),
            "{\"id\":1,\"name\":\"a, \\\"b\\\"\",\"value\":7.25,\"note\":null}\n"
            "{\"id\":2,\"name\":\"bad \xef\xbf\xbd byte\",\"value\":1000000000000,"
            "\"note\":\"x\\r\\ny\"}\n");
}

// Scraped text opened in a spreadsheet must not run as a formula (OWASP
// "CSV injection"): such cells get a leading apostrophe; numbers stay numbers.
TEST(FormatSinkTest, CsvNeutralisesFormulaText) {
  TempDir dir;
  std::string path = dir.File("out");
  FILE* out = std::fopen(path.c_str(), "wb");
  auto sink = NewFormatSink(ExportFormat::kCsv, out, path);
  std::string error;
  EXPECT_TRUE(sink->Header({"a", "b", "c", "d"}, &error));
  EXPECT_TRUE(sink->Row({Text("=HYPERLINK(\"http://x.example\",\"see\")"), Text("+1 555"),
                         Text("-2+3"), Text("@SUM(A1)")},
                        &error));
  EXPECT_TRUE(sink->Row({Text("\t=1"), Text("\r=1"), Real(-4.5), Int(-7)}, &error));
  EXPECT_TRUE(sink->Row({Text("a=b"), Text("USD -3"), Text(""), Text("'quoted")}, &error));
  std::fclose(out);
  EXPECT_EQ(ReadFile(path),
            "a,b,c,d\r\n"
            "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"see\"\")\",'+1 555,'-2+3,'@SUM(A1)\r\n"
            "'\t=1,\"'\r=1\",-4.5,-7\r\n"
            "a=b,USD -3,,'quoted\r\n");
}

// JSON Lines is for programs: text stays exactly as found.
TEST(FormatSinkTest, JsonlKeepsFormulaTextAsIs) {
  TempDir dir;
  std::string path = dir.File("out");
  FILE* out = std::fopen(path.c_str(), "wb");
  auto sink = NewFormatSink(ExportFormat::kJsonl, out, path);
  std::string error;
  EXPECT_TRUE(sink->Header({"a"}, &error));
  EXPECT_TRUE(sink->Row({Text("=1+2")}, &error));
  std::fclose(out);
  EXPECT_EQ(ReadFile(path), "{\"a\":\"=1+2\"}\n");
}

TEST(FormatSinkTest, WriteFailureIsReported) {
  FILE* full = std::fopen("/dev/full", "wb");
  if (!full) GTEST_SKIP() << "no /dev/full here";
  auto sink = NewFormatSink(ExportFormat::kCsv, full, "/dev/full");
  std::setvbuf(full, nullptr, _IONBF, 0);
  std::string error;
  EXPECT_FALSE(sink->Header({"id"}, &error));
  EXPECT_NE(error.find("/dev/full"), std::string::npos) << error;
  std::fclose(full);
}

TEST(RawCodecTest, RoundTripsCompressedAndStored) {
  std::string page;
  for (int i = 0; i < 500; ++i) page += "<p>repeated paragraph " + std::to_string(i % 7) + "</p>";
  std::string packed = PackRaw(page, true);
  EXPECT_LT(packed.size(), page.size() / 3);
  std::string back, error;
  ASSERT_TRUE(UnpackRaw(packed, page.size(), &back, &error)) << error;
  EXPECT_EQ(back, page);

  // Incompressible or compression off: kept as is, told apart by size.
  EXPECT_EQ(PackRaw("ab", true), "ab");
  EXPECT_EQ(PackRaw(page, false), page);
  ASSERT_TRUE(UnpackRaw("ab", 2, &back, &error));
  EXPECT_EQ(back, "ab");

  EXPECT_FALSE(UnpackRaw("not zlib at all", 100, &back, &error));
  EXPECT_NE(error.find("corrupt"), std::string::npos);
}

}  // namespace
}  // namespace marketclaims
