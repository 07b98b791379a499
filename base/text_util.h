// Small text helpers shared by the document model and the rules. All take
// and return UTF-8; none allocate more than their result.
#ifndef MARKETCLAIMS_BASE_TEXT_UTIL_H_
#define MARKETCLAIMS_BASE_TEXT_UTIL_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace marketclaims {

// Returns `s` with every invalid UTF-8 sequence replaced by U+FFFD.
std::string ValidUtf8(std::string_view s);

// Counts of valid multi-byte sequences and invalid bytes in `s`.
struct Utf8Census {
  std::size_t multibyte = 0;
  std::size_t invalid = 0;
};
Utf8Census CountUtf8(std::string_view s);

// Appends the UTF-8 form of `code_point` to *out. Surrogates and values past
// U+10FFFF have none and become U+FFFD, so the result is always valid.
void AppendUtf8(uint32_t code_point, std::string* out);

// Appends `s` to *out, turning every run of whitespace (ASCII space, tab,
// newline, NBSP, and the Unicode spaces pages use) into one ASCII space.
// `*pending_space` carries a space across calls so fragments join cleanly.
// Returns how many bytes of other than whitespace it appended.
std::size_t AppendCollapsed(std::string_view s, std::string* out, bool* pending_space);

// `s` without leading and trailing ASCII whitespace.
std::string_view Trim(std::string_view s);

// ASCII lower-casing; other bytes are left alone.
std::string AsciiLower(std::string_view s);
inline char AsciiLowerChar(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}

// The value of the hexadecimal digit `c` (either case), or -1.
int HexDigitValue(char c);

// Whether `s` holds a percent escape ("%" and two hex digits) at `i`; if so,
// sets *byte to the byte it stands for. A lone or short "%" is not one.
bool DecodePercentEscape(std::string_view s, std::size_t i, unsigned char* byte);

// `s` with every percent escape replaced by its byte; other bytes, a lone
// "%" included, are kept as they are.
std::string PercentDecode(std::string_view s);

// An immutable set of words, for the vocabularies the rules consult
// ("is this a stop word?"). Lookups are case-sensitive: give lower-case
// words and look up lower-cased text, or use ContainsIgnoreCase.
//
// A flat open-addressing table (power-of-two slots, linear probing, FNV-1a):
// the finders look words up tens of thousands of times a page, and a
// general-purpose hash set spent more on hashing and dividing than on the
// comparisons. The words' bytes must outlive the set (they are literals).
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words);
  bool Contains(std::string_view word) const;
  // Lower-cases (ASCII) `word` first; for short words.
  bool ContainsIgnoreCase(std::string_view word) const;

 private:
  static uint64_t Hash(std::string_view word);

  std::vector<std::string_view> slots_;  // empty views are free slots
  uint64_t mask_ = 0;                    // slots_.size() - 1
};

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
// Whether `text` holds `word` as a whole word: not preceded or followed by
// an ASCII letter or digit. Case as given.
bool ContainsWord(std::string_view text, std::string_view word);
// Whether `s` holds `word` anywhere, ignoring ASCII case; `word` is lower case.
bool ContainsIgnoreCase(std::string_view s, std::string_view word);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BASE_TEXT_UTIL_H_
