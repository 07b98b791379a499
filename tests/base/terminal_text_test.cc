#include "base/terminal_text.h"

#include <gtest/gtest.h>

#include <string>

namespace marketclaims {
namespace {

const std::string kReplacement = "\xEF\xBF\xBD";

TEST(TerminalTextTest, PlainTextAndUnicodeAreKept) {
  EXPECT_EQ(TerminalText("Cold Chain Logistics"), "Cold Chain Logistics");
  EXPECT_EQ(TerminalText("Caf\xC3\xA9 \xE2\x82\xAC 12 \xF0\x9F\x93\x88"),
            "Caf\xC3\xA9 \xE2\x82\xAC 12 \xF0\x9F\x93\x88");
  EXPECT_EQ(TerminalText("two\nlines\tand a tab"), "two\nlines\tand a tab");
  EXPECT_EQ(TerminalText(""), "");
}

TEST(TerminalTextTest, ControlCharactersAreReplaced) {
  // Window title change, screen clear, bell: none may reach the terminal.
  EXPECT_EQ(TerminalText("Widget\x1b]0;owned\x07 Market"),
            "Widget" + kReplacement + "]0;owned" + kReplacement + " Market");
  EXPECT_EQ(TerminalText("\x1b[2J"), kReplacement + "[2J");
  EXPECT_EQ(TerminalText(std::string("a\0b", 3)), "a" + kReplacement + "b");
  EXPECT_EQ(TerminalText("back\bspace\rreturn\x7f"),
            "back" + kReplacement + "space" + kReplacement + "return" + kReplacement);
  // C1 controls: U+009B is a one-character CSI on many terminals.
  EXPECT_EQ(TerminalText("x\xC2\x9B"
                         "31m"),
            "x" + kReplacement + "31m");
  // A lone 0x9B byte (invalid UTF-8) too.
  EXPECT_EQ(TerminalText("x\x9B"
                         "31m"),
            "x" + kReplacement + "31m");
  // U+00A0 (just past C1) is text.
  EXPECT_EQ(TerminalText("a\xC2\xA0"
                         "b"),
            "a\xC2\xA0"
            "b");
}

TEST(TerminalTextTest, OneLineReplacesLineBreaksToo) {
  EXPECT_EQ(TerminalLine("title\nforged line\r\tend"),
            "title" + kReplacement + "forged line" + kReplacement + kReplacement + "end");
}

}  // namespace
}  // namespace marketclaims
