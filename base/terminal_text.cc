#include "base/terminal_text.h"

#include "base/text_util.h"

namespace marketclaims {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";

std::string Replace(std::string_view text, bool keep_line_breaks) {
  // Invalid bytes first, so that what is left decodes as UTF-8 and a C1
  // control can only be the two bytes C2 80..C2 9F.
  const std::string valid = ValidUtf8(text);
  std::string out;
  out.reserve(valid.size());
  for (std::size_t i = 0; i < valid.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(valid[i]);
    if (c < 0x20 || c == 0x7F) {
      if (keep_line_breaks && (c == '\n' || c == '\t')) {
        out.push_back(static_cast<char>(c));
      } else {
        out += kReplacement;
      }
    } else if (c == 0xC2 && i + 1 < valid.size() &&
               static_cast<unsigned char>(valid[i + 1]) <= 0x9F) {
      out += kReplacement;
      ++i;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

}  // namespace

std::string TerminalText(std::string_view text) { return Replace(text, true); }

std::string TerminalLine(std::string_view text) { return Replace(text, false); }

}  // namespace marketclaims
