// ExitStatusFor: every Status code has the exit status README.md documents.
#include "cli/exit_status.h"

#include <gtest/gtest.h>

namespace marketclaims {
namespace {

TEST(ExitStatusTest, EachCodeHasItsDocumentedStatus) {
  EXPECT_EQ(ExitStatusFor(Status::OK()), 0);
  EXPECT_EQ(ExitStatusFor(Status::BadInput("aliases.txt:1: no '='")), 2);
  EXPECT_EQ(ExitStatusFor(Status::Busy("corpus.db: database is locked")), 3);
  EXPECT_EQ(ExitStatusFor(Status::IoError("corpus.db: disk I/O error")), 4);
  EXPECT_EQ(ExitStatusFor(Status::Corrupt("corpus.db: file is not a database")), 4);
}

}  // namespace
}  // namespace marketclaims
