#include "store/page_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "tests/store/test_util.h"

namespace marketclaims {
namespace {

using testing_util::TempDir;
using testing_util::WriteFile;

TEST(PageFileTest, FoldersAreWalkedForPagesInOrder) {
  TempDir dir;
  std::filesystem::create_directories(dir.File("b/deeper"));
  std::filesystem::create_directories(dir.File(".hidden"));
  WriteFile(dir.File("b/deeper/z.HTML"), "<p>z</p>");
  WriteFile(dir.File("a.htm"), "<p>a</p>");
  WriteFile(dir.File("notes.txt"), "not a page");
  WriteFile(dir.File(".hidden/h.html"), "<p>h</p>");
  WriteFile(dir.File("named.txt"), "<p>named</p>");
  std::vector<std::string> files;
  std::vector<std::pair<std::string, std::string>> problems;
  CollectPageFiles({dir.path(), dir.File("named.txt"), dir.File("gone.html")}, &files, &problems);
  ASSERT_EQ(files.size(), 3u);
  EXPECT_EQ(files[0], dir.File("a.htm"));
  EXPECT_EQ(files[1], dir.File("b/deeper/z.HTML"));
  EXPECT_EQ(files[2], dir.File("named.txt"));  // named explicitly: taken as is
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].first, dir.File("gone.html"));
}

// Symbolic links are followed, but every real folder is entered once and
// every real file taken once, so a link loop ends; only regular files are
// taken, so a FIFO named like a page cannot block the walk.
TEST(PageFileTest, WalkTakesEachRealFileOnceAndOnlyRegularFiles) {
  TempDir dir;
  std::filesystem::create_directories(dir.File("sub/deeper"));
  WriteFile(dir.File("a.html"), "<p>a</p>");
  WriteFile(dir.File("sub/b.html"), "<p>b</p>");
  WriteFile(dir.File("sub/deeper/c.html"), "<p>c</p>");
  ASSERT_EQ(symlink("..", dir.File("sub/deeper/up").c_str()), 0);   // a loop
  ASSERT_EQ(symlink(".", dir.File("sub/self").c_str()), 0);         // another
  ASSERT_EQ(symlink("sub", dir.File("a-link").c_str()), 0);         // the same folder
  ASSERT_EQ(symlink("a.html", dir.File("alias.html").c_str()), 0);  // the same file
  ASSERT_EQ(mkfifo(dir.File("pipe.html").c_str(), 0600), 0);
  std::vector<std::string> files;
  std::vector<std::pair<std::string, std::string>> problems;
  CollectPageFiles({dir.path(), dir.File("a.html"), dir.File("sub")}, &files, &problems);
  EXPECT_EQ(files, (std::vector<std::string>{dir.File("a.html"), dir.File("sub/b.html"),
                                             dir.File("sub/deeper/c.html")}));
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].first, dir.File("pipe.html"));
  EXPECT_NE(problems[0].second.find("not a regular file"), std::string::npos) << problems[0].second;

  // Named explicitly, a FIFO is refused at once instead of waiting for a writer.
  std::string bytes, error;
  EXPECT_FALSE(ReadPageFile(dir.File("pipe.html"), 1000, &bytes, &error));
  EXPECT_EQ(error, "not a regular file");
}

TEST(PageFileTest, BadFilesAreRefusedWithAReason) {
  TempDir dir;
  std::string bytes, error;
  WriteFile(dir.File("empty.html"), "");
  EXPECT_FALSE(ReadPageFile(dir.File("empty.html"), 1000, &bytes, &error));
  EXPECT_EQ(error, "empty file");
  WriteFile(dir.File("image.html"), std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  EXPECT_FALSE(ReadPageFile(dir.File("image.html"), 1000, &bytes, &error));
  EXPECT_NE(error.find("binary"), std::string::npos) << error;
  WriteFile(dir.File("big.html"), std::string(2000, 'x'));
  EXPECT_FALSE(ReadPageFile(dir.File("big.html"), 1000, &bytes, &error));
  EXPECT_NE(error.find("too large"), std::string::npos) << error;
  EXPECT_FALSE(ReadPageFile(dir.File("missing.html"), 1000, &bytes, &error));
  EXPECT_NE(error.find("No such file"), std::string::npos) << error;
  EXPECT_FALSE(ReadPageFile(dir.path(), 1000, &bytes, &error));

  // UTF-16 with a byte order mark has NUL bytes but is text.
  WriteFile(dir.File("utf16.html"), std::string("\xff\xfe<\0p\0>\0", 8));
  EXPECT_TRUE(ReadPageFile(dir.File("utf16.html"), 1000, &bytes, &error)) << error;
  // Invalid UTF-8 is the extractor's business, not a reason to refuse.
  WriteFile(dir.File("latin1.html"), "<p>Caf\xe9</p>");
  EXPECT_TRUE(ReadPageFile(dir.File("latin1.html"), 1000, &bytes, &error)) << error;
  EXPECT_EQ(bytes, "<p>Caf\xe9</p>");
}

TEST(PageFileTest, FileUrlIsAbsoluteAndEscaped) {
  EXPECT_EQ(FileUrl("/srv/pages/a b#1.html"), "file:///srv/pages/a%20b%231.html");
  EXPECT_EQ(FileUrl("/srv/./pages/../x.html"), "file:///srv/x.html");
  std::string relative = FileUrl("x.html");
  EXPECT_EQ(relative.rfind("file:///", 0), 0u) << relative;
  EXPECT_EQ(relative, FileUrl(std::filesystem::current_path().string() + "/x.html"));
}

}  // namespace
}  // namespace marketclaims
