// Text from pages (titles, market names, sentences, URLs) made safe to show
// on a terminal. A page can hold ESC, BEL and other control characters that
// a terminal obeys: clear the screen, retitle the window, forge lines of
// output, or worse on old terminals. Human-readable output passes such text
// through these before printing; machine formats (JSON, CSV) escape it
// their own way and do not.
#ifndef MARKETCLAIMS_BASE_TERMINAL_TEXT_H_
#define MARKETCLAIMS_BASE_TERMINAL_TEXT_H_

#include <string>
#include <string_view>

namespace marketclaims {

// `text` with every control character except line feed and tab (C0, DEL,
// and the C1 range U+0080..U+009F) and every invalid UTF-8 byte replaced by
// U+FFFD. For blocks of several lines.
std::string TerminalText(std::string_view text);

// As TerminalText, but line feeds and tabs are replaced too: for a value
// printed inside one line, which must not break it or forge another.
std::string TerminalLine(std::string_view text);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BASE_TERMINAL_TEXT_H_
