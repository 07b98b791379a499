#include "extract/text_util.h"

#include <gtest/gtest.h>

#include <string>

namespace marketclaims {
namespace {

TEST(AppendCollapsed, RunsOfWhitespaceBecomeOneSpace) {
  std::string out;
  bool pending = false;
  std::size_t visible = AppendCollapsed("  USD\t\n 4.5 \r\n billion  ", &out, &pending);
  EXPECT_EQ(out, "USD 4.5 billion");
  EXPECT_EQ(visible, std::string("USD4.5billion").size());
  EXPECT_TRUE(pending);  // the trailing run waits for what follows
}

TEST(AppendCollapsed, UnicodeSpacesCollapseAndOtherBytesStay) {
  std::string out;
  bool pending = false;
  // NBSP, thin space (U+2009), ideographic space, then an e-acute and a euro sign.
  AppendCollapsed("US$\xC2\xA0" "5\xE2\x80\x89" "bn\xE3\x80\x80" "caf\xC3\xA9 \xE2\x82\xAC" "1", &out, &pending);
  EXPECT_EQ(out, "US$ 5 bn caf\xC3\xA9 \xE2\x82\xAC" "1");
  EXPECT_FALSE(pending);
}

TEST(AppendCollapsed, PendingSpaceJoinsFragmentsOnce) {
  std::string out;
  bool pending = false;
  EXPECT_EQ(AppendCollapsed("Acme ", &out, &pending), 4u);
  EXPECT_EQ(AppendCollapsed("  ", &out, &pending), 0u);
  EXPECT_EQ(AppendCollapsed("Corp", &out, &pending), 4u);
  EXPECT_EQ(AppendCollapsed("oration", &out, &pending), 7u);  // no space inside a word split over tags
  EXPECT_EQ(out, "Acme Corporation");
}

TEST(AppendCollapsed, NeverStartsTheBufferWithASpace) {
  std::string out;
  bool pending = true;
  AppendCollapsed(" \xC2\xA0 Key players", &out, &pending);
  EXPECT_EQ(out, "Key players");
}

TEST(AppendCollapsed, EmptyInputAppendsNothing) {
  std::string out = "x";
  bool pending = false;
  EXPECT_EQ(AppendCollapsed("", &out, &pending), 0u);
  EXPECT_EQ(out, "x");
  EXPECT_EQ(out.size(), 1u);
}

}  // namespace
}  // namespace marketclaims
