#include "base/text_util.h"

#include <cctype>
#include <cstdint>
#include <cstring>

namespace marketclaims {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when it is invalid.
std::size_t Utf8SequenceLength(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t len;
  uint32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
  } else
    return 0;
  if (i + len > s.size()) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  return len;
}

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Byte length of a whitespace character at s[i] (ASCII or one of the
// Unicode spaces), or 0.
std::size_t SpaceLength(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (IsAsciiSpace(s[i])) return 1;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < s.size()) {
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    unsigned char c2 = static_cast<unsigned char>(s[i + 2]);
    // U+2000..U+200B, U+2028/2029, U+202F, U+205F
    if (c1 == 0x80 && (c2 <= 0x8B || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF)) return 3;
    if (c1 == 0x81 && c2 == 0x9F) return 3;
  }
  if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80) {
    return 3;  // ideographic space
  }
  if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
      static_cast<unsigned char>(s[i + 2]) == 0xBF) {
    return 3;  // a stray BOM / zero-width no-break space
  }
  return 0;
}

}  // namespace

std::string ValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {  // a run of ASCII at once
      std::size_t j = i + 1;
      while (j < s.size() && static_cast<unsigned char>(s[j]) < 0x80) ++j;
      out.append(s.data() + i, j - i);
      i = j;
      continue;
    }
    std::size_t len = Utf8SequenceLength(s, i);
    if (len == 0) {
      out.append("\xEF\xBF\xBD");
      ++i;
    } else {
      out.append(s.data() + i, len);
      i += len;
    }
  }
  return out;
}

Utf8Census CountUtf8(std::string_view s) {
  Utf8Census census;
  for (std::size_t i = 0; i < s.size();) {
    // Skip ASCII eight bytes at a time.
    if (i + 8 <= s.size()) {
      uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      if ((word & 0x8080808080808080ull) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = Utf8SequenceLength(s, i);
    if (len == 0) {
      ++census.invalid;
      ++i;
    } else {
      if (len > 1) ++census.multibyte;
      i += len;
    }
  }
  return census;
}

void AppendUtf8(uint32_t code_point, std::string* out) {
  uint32_t cp = code_point;
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {

// Whether `s` is already in collapsed form: printable ASCII (0x20-0x7F) with
// no two spaces in a row. Counts its spaces into *spaces. Eight bytes at a
// time, since most text on these pages is exactly that.
bool IsCollapsedAscii(std::string_view s, std::size_t* spaces) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  std::size_t count = 0;
  bool previous_space = false;
  std::size_t i = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    // Any byte >= 0x80, or below 0x20 (the borrow test is exact for "any").
    if ((w & kHigh) != 0 || ((w - kOnes * 0x20) & ~w & kHigh) != 0) return false;
    // The high bit of each byte that is a space, exactly (no borrows).
    uint64_t x = w ^ (kOnes * ' ');
    uint64_t space = ~(((x & kLow7) + kLow7) | x) & kHigh;
    // Byte k+1 flagged when bytes k and k+1 are both spaces (little end first).
    bool first_is_space = (space & 0x80) != 0;
    if ((space & (space << 8)) != 0 || (previous_space && first_is_space)) return false;
    previous_space = (space >> 63) != 0;
    count += static_cast<std::size_t>(((space >> 7) * kOnes) >> 56);  // sums the 0/1 bytes
  }
#endif
  for (; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c >= 0x80) return false;
    bool is_space = c == ' ';
    if (is_space && previous_space) return false;
    previous_space = is_space;
    count += is_space;
  }
  *spaces = count;
  return true;
}

}  // namespace

std::size_t AppendCollapsed(std::string_view s, std::string* out, bool* pending_space) {
  // The common case: plain ASCII text, perhaps with whitespace around it
  // (indented HTML source). Its ends become the pending space and the rest
  // is copied as it is.
  std::size_t b = 0, e = s.size();
  while (b < e && IsAsciiSpace(s[b])) ++b;
  while (e > b && IsAsciiSpace(s[e - 1])) --e;
  std::size_t core_spaces = 0;
  if (b == e) {
    if (!s.empty()) *pending_space = true;
    return 0;
  }
  if (IsCollapsedAscii(s.substr(b, e - b), &core_spaces)) {
    if ((*pending_space || b > 0) && !out->empty() && out->back() != ' ') out->push_back(' ');
    out->append(s.data() + b, e - b);
    *pending_space = e < s.size();
    return (e - b) - core_spaces;
  }
  // Otherwise byte by byte, written through a pointer into room made up
  // front (appending word by word cost more than the copying itself).
  const std::size_t old_size = out->size();
  out->resize(old_size + s.size() + 1);  // at most every byte plus one space
  char* const begin = out->data();
  char* w = begin + old_size;
  bool pending = *pending_space;
  std::size_t spaces = 0;
  const char* in = s.data();
  const std::size_t n = s.size();
  // Visible ASCII: '!' (0x21) to '~' (0x7E), and DEL, tested in one compare.
  auto visible_ascii = [](char ch) { return static_cast<unsigned char>(ch - 0x21) < 0x5F; };
  for (std::size_t i = 0; i < n;) {
    std::size_t space = visible_ascii(in[i]) ? 0 : SpaceLength(s, i);
    if (space) {
      pending = true;
      i += space;
      continue;
    }
    if (pending) {
      if (w != begin && w[-1] != ' ') {
        *w++ = ' ';
        ++spaces;
      }
      pending = false;
    }
    do {
      *w++ = in[i++];
    } while (i < n && visible_ascii(in[i]));
  }
  *pending_space = pending;
  std::size_t written = static_cast<std::size_t>(w - (begin + old_size));
  out->resize(old_size + written);
  return written - spaces;
}

std::string_view Trim(std::string_view s) {
  const char* ws = " \t\n\r\f\v";
  std::size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  std::size_t e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

int HexDigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool DecodePercentEscape(std::string_view s, std::size_t i, unsigned char* byte) {
  if (s[i] != '%' || i + 2 >= s.size()) return false;
  int high = HexDigitValue(s[i + 1]);
  int low = HexDigitValue(s[i + 2]);
  if (high < 0 || low < 0) return false;
  *byte = static_cast<unsigned char>(high * 16 + low);
  return true;
}

std::string PercentDecode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char byte;
    if (DecodePercentEscape(s, i, &byte)) {
      out.push_back(static_cast<char>(byte));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLowerChar(c);
  return out;
}

WordSet::WordSet(std::initializer_list<std::string_view> words) {
  std::size_t size = 8;
  while (size < words.size() * 2) size *= 2;  // at most half full: short probes
  slots_.resize(size);
  mask_ = size - 1;
  for (std::string_view w : words) {
    if (w.empty() || Contains(w)) continue;
    uint64_t i = Hash(w) & mask_;
    while (!slots_[i].empty()) i = (i + 1) & mask_;
    slots_[i] = w;
  }
}

uint64_t WordSet::Hash(std::string_view word) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
  return h ^ (h >> 29);
}

bool WordSet::Contains(std::string_view word) const {
  if (word.empty()) return false;
  for (uint64_t i = Hash(word) & mask_;; i = (i + 1) & mask_) {
    if (slots_[i].empty()) return false;
    if (slots_[i] == word) return true;
  }
}

bool WordSet::ContainsIgnoreCase(std::string_view word) const {
  char buf[32];
  if (word.size() > sizeof buf) return Contains(AsciiLower(word));
  for (std::size_t i = 0; i < word.size(); ++i) buf[i] = AsciiLowerChar(word[i]);
  return Contains(std::string_view(buf, word.size()));
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

bool EndsWithIgnoreCase(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

bool ContainsIgnoreCase(std::string_view s, std::string_view word) {
  if (word.empty()) return true;
  for (std::size_t i = 0; i + word.size() <= s.size(); ++i) {
    if (AsciiLowerChar(s[i]) == word[0] && EqualsIgnoreCase(s.substr(i, word.size()), word))
      return true;
  }
  return false;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (AsciiLowerChar(a[i]) != AsciiLowerChar(b[i])) return false;
  }
  return true;
}

bool ContainsWord(std::string_view text, std::string_view word) {
  auto is_word_byte = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    std::size_t end = at + word.size();
    if ((at == 0 || !is_word_byte(text[at - 1])) &&
        (end == text.size() || !is_word_byte(text[end])))
      return true;
  }
  return false;
}

}  // namespace marketclaims
