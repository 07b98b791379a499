#include "cli/progress_line.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/util/temp_dir.h"

namespace marketclaims {
namespace {

std::string Drawn(bool live) {
  testing_util::TempDir dir;
  const std::string path = dir.File("err");
  FILE* out = std::fopen(path.c_str(), "wb");
  {
    ProgressLine line(out, live, "ingest", "files");
    line.Update(1, 3);
    line.Update(2, 3);  // within 0.25 s of the first: not drawn
    line.Update(3, 3);  // the last: always drawn
  }
  std::fclose(out);
  return testing_util::ReadFile(path);
}

TEST(ProgressLineTest, DrawsInPlaceOnATerminalAndClearsAtTheEnd) {
  EXPECT_EQ(Drawn(true),
            "\ringest: 1/3 files\033[K"
            "\ringest: 3/3 files\033[K"
            "\r\033[K");
}

TEST(ProgressLineTest, SilentOffATerminal) { EXPECT_EQ(Drawn(false), ""); }

}  // namespace
}  // namespace marketclaims
