#include "base/status.h"

#include <gtest/gtest.h>

namespace marketclaims {
namespace {

TEST(Status, DefaultIsOkWithoutMessage) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kOk);
  EXPECT_EQ(s.message(), "");
  EXPECT_EQ(s.ToString(), "OK");
}

TEST(Status, EachFactorySetsItsCodeAndKeepsTheMessage) {
  EXPECT_TRUE(Status::Busy("db locked").IsBusy());
  EXPECT_TRUE(Status::BadInput("bad flag").IsBadInput());
  EXPECT_TRUE(Status::IoError("disk full").IsIoError());
  EXPECT_TRUE(Status::Corrupt("not a database").IsCorrupt());
  EXPECT_FALSE(Status::Busy("x").ok());
  EXPECT_FALSE(Status::Busy("x").IsIoError());
  EXPECT_EQ(Status::IoError("disk full").message(), "disk full");
  EXPECT_EQ(Status::Corrupt("newer schema").ToString(), "corrupt: newer schema");
}

TEST(Status, WithContextKeepsTheCode) {
  Status s = Status::Busy("database is locked").WithContext("a.db");
  EXPECT_TRUE(s.IsBusy());
  EXPECT_EQ(s.message(), "a.db: database is locked");
}

}  // namespace
}  // namespace marketclaims
