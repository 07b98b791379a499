// `marketclaims extract` as a user runs it: several files, bad ones among
// them, JSON on stdout, messages naming each bad file on stderr.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "tests/util/mini_json.h"
#include "tests/util/temp_dir.h"

namespace marketclaims {
namespace {

class ExtractCli : public ::testing::Test {
 protected:
  std::string Write(const std::string& name, const std::string& bytes) {
    return dir_.Write(name, bytes);
  }

  // Runs the program with `args` (already quoted); returns its exit status.
  int Run(const std::string& args, std::string* out, std::string* err) {
    std::string cmd = std::string("'") + MC_BINARY + "' " + args + " >'" + dir_.File("out") +
                      "' 2>'" + dir_.File("err") + "'";
    int status = std::system(cmd.c_str());
    *out = testing_util::ReadFile(dir_.File("out"));
    *err = testing_util::ReadFile(dir_.File("err"));
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  testing_util::TempDir dir_;
};

const char kPage[] =
    "<h1>Kite Market</h1><p>The kite market was valued at USD 1.2 billion in 2023.</p>";

TEST_F(ExtractCli, BadFilesAreNamedAndTheOthersStillDone) {
  std::string good = Write("good.html", kPage);
  std::string empty = Write("empty.html", "");
  std::string binary = Write("binary.html", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  std::string latin = Write("latin.html",
                            "<h1>Kite Market</h1><p>The kite market reached \x80"
                            "3 billion in 2022, "
                            "na\xEFve caf\xE9.</p>");
  std::string missing = dir_.File("missing.html");
  std::string out, err;
  int status = Run("extract --json '" + good + "' '" + empty + "' '" + missing + "' '" + binary +
                       "' '" + latin + "'",
                   &out, &err);
  EXPECT_EQ(status, 1);
  EXPECT_NE(err.find("empty.html"), std::string::npos) << err;
  EXPECT_NE(err.find("missing.html"), std::string::npos) << err;
  EXPECT_NE(err.find("binary.html"), std::string::npos) << err;
  EXPECT_EQ(err.find("good.html"), std::string::npos) << err;

  std::istringstream lines(out);
  std::string line;
  std::vector<testing_util::JsonValue> objects;
  while (std::getline(lines, line)) {
    testing_util::JsonValue v;
    std::string error;
    ASSERT_TRUE(testing_util::ParseJson(line, &v, &error)) << error << ": " << line;
    objects.push_back(v);
  }
  ASSERT_EQ(objects.size(), 2u);
  EXPECT_EQ(objects[0]["market"].string, "Kite");
  EXPECT_EQ(objects[0]["sizes"].array.size(), 1u);
  EXPECT_EQ(objects[1]["sizes"].array[0]["currency"].string, "EUR")
      << "windows-1252 read without a declaration";
}

TEST_F(ExtractCli, StandardInputAndSummary) {
  std::string good = Write("good.html", kPage);
  std::string out, err;
  EXPECT_EQ(Run("extract - < '" + good + "'", &out, &err), 0);
  EXPECT_NE(out.find("market:  Kite"), std::string::npos) << out;
  EXPECT_NE(out.find("USD 1.2 billion, 2023 (actual)"), std::string::npos) << out;
}

TEST_F(ExtractCli, UsageErrors) {
  std::string out, err;
  EXPECT_EQ(Run("extract --no-such-flag x", &out, &err), 2);
  EXPECT_NE(err.find("--no-such-flag"), std::string::npos);
  EXPECT_EQ(Run("extract", &out, &err), 2);
  EXPECT_EQ(Run("extract --help", &out, &err), 0);
  EXPECT_NE(out.find("usage"), std::string::npos);
  EXPECT_EQ(Run("--version", &out, &err), 0);
  EXPECT_EQ(out.rfind("marketclaims ", 0), 0u);
  EXPECT_EQ(Run("frobnicate", &out, &err), 2);
}

}  // namespace
}  // namespace marketclaims
