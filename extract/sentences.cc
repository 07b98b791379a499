#include "extract/sentences.h"

#include <cctype>
#include <cstdint>
#include <cstring>

#include "base/text_util.h"

namespace marketclaims {
namespace {

bool IsAbbreviation(std::string_view word) {
  static const WordSet kAbbreviations = {
      "inc", "ltd",   "co",   "corp", "llc", "plc",   "vs",  "approx", "e.g", "i.e",
      "etc", "mr",    "mrs",  "ms",   "dr",  "no",    "st",  "jr",     "sr",  "u.s",
      "u.k", "u.a.e", "s.a",  "n.v",  "b.v", "fig",   "est", "mn",     "bn",  "mln",
      "jan", "feb",   "mar",  "apr",  "aug", "sept",  "oct", "nov",    "dec", "dept",
      "avg", "int'l", "intl", "pvt",  "l.p", "s.p.a", "a.g", "ag",     "rs"};
  if (kAbbreviations.ContainsIgnoreCase(word)) return true;
  // A single letter is an initial ("J. Smith", "A. O. Smith"), and so is a
  // run of them written without spaces ("R.R. Donnelly", "C.R.I. Pumps").
  if (word.size() == 1) return std::isalpha(static_cast<unsigned char>(word[0]));
  for (std::size_t i = 0; i < word.size(); i += 2) {
    bool letter = std::isalpha(static_cast<unsigned char>(word[i])) != 0;
    if (!letter || (i + 1 < word.size() && word[i + 1] != '.')) {
      return false;
    }
  }
  return word.size() % 2 == 1;
}

bool IsCompanySuffixAbbreviation(std::string_view word) {
  for (std::string_view a : {"inc", "ltd", "co", "corp", "llc", "plc"}) {
    if (EqualsIgnoreCase(word, a)) return true;
  }
  return false;
}

// The first '.', '!' or '?' at or after `from`, or text.size(). It runs over
// every byte of every page, so it tests eight bytes at a time: a word holds
// byte b when (w ^ b*ones) has a zero byte.
std::size_t NextSentenceEnd(std::string_view text, std::size_t from) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  constexpr uint64_t kHighBits = 0x8080808080808080ull;
  auto has_byte = [](uint64_t word, unsigned char b) {
    uint64_t x = word ^ (kOnes * b);
    return (x - kOnes) & ~x & kHighBits;
  };
  std::size_t i = from;
  for (; i + 8 <= text.size(); i += 8) {
    uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if (has_byte(word, '.') | has_byte(word, '!') | has_byte(word, '?')) break;
  }
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == '.' || c == '!' || c == '?') return i;
  }
  return text.size();
}

}  // namespace

void SplitSentences(std::string_view text, std::vector<SentenceSpan>* out) {
  out->clear();
  std::size_t start = 0;
  for (std::size_t i = NextSentenceEnd(text, 0); i < text.size();
       i = NextSentenceEnd(text, i + 1)) {
    char c = text[i];
    std::size_t j = i + 1;
    while (j < text.size() && (text[j] == '"' || text[j] == '\'' || text[j] == ')')) ++j;
    if (j >= text.size() || text[j] != ' ') continue;
    std::size_t k = j + 1;
    if (k >= text.size()) continue;
    unsigned char next = static_cast<unsigned char>(text[k]);
    if (!(std::isupper(next) || std::isdigit(next) || next == '"' || next == '(' || next == 0xE2 ||
          next == '\'')) {
      continue;
    }
    if (c == '.') {
      std::size_t w = i;
      while (w > start && text[w - 1] != ' ' && text[w - 1] != '(') --w;
      std::string_view word = text.substr(w, i - w);
      // "... and Harrowgate AI Ltd. Recent deals ..." ends a sentence after
      // a company suffix; "Co. Ltd." and "Acme Inc., ..." do not.
      if (IsCompanySuffixAbbreviation(word)) {
        std::size_t e = text.find(' ', k);
        std::string_view next =
            text.substr(k, e == std::string_view::npos ? std::string_view::npos : e - k);
        while (!next.empty() && (next.back() == '.' || next.back() == ',')) next.remove_suffix(1);
        if (IsCompanySuffixAbbreviation(next) ||
            !std::isupper(next.empty() ? 0 : static_cast<unsigned char>(next[0]))) {
          continue;
        }
      } else if (IsAbbreviation(word)) {
        continue;
      }
    }
    out->push_back({start, j});
    start = k;
  }
  if (start < text.size()) out->push_back({start, text.size()});
}

}  // namespace marketclaims
