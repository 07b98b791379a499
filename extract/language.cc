#include "extract/language.h"

#include <cctype>
#include <cstddef>
#include <string>

#include "base/text_util.h"

namespace marketclaims {
namespace {

// Enough words to tell a language by; the page's head is as good as all of
// it, and reading no further keeps the cost flat on large pages.
constexpr std::size_t kMaxWords = 600;
constexpr std::size_t kMinWords = 20;

bool IsEnglishFunctionWord(std::string_view lower) {
  static const WordSet kWords = {
      "the",  "and",  "of",   "to",    "is",    "for",  "on",     "with",  "that",
      "by",   "as",   "are",  "from",  "at",    "this", "be",     "was",   "will",
      "an",   "it",   "its",  "which", "has",   "have", "or",     "were",  "their",
      "been", "into", "than", "also",  "these", "over", "during", "while", "such"};
  return kWords.Contains(lower);
}

// Function words of the other languages seen on report pages, left out
// where English writes the same word ("in", "a", "die", "do", "e-").
bool IsForeignFunctionWord(std::string_view lower) {
  static const WordSet kWords = {
      // German
      "der", "das", "und", "ist", "nicht", "mit", "f\xC3\xBCr", "von", "auf", "den", "dem", "des",
      "ein", "eine", "einer", "einen", "sich", "auch", "wird", "werden", "zu", "im", "zum", "zur",
      "bei", "nach", "wie", "oder", "sind", "aus", "durch",
      "\xC3\xBC"
      "ber",
      // French
      "le", "la", "les", "et", "est", "du", "une", "dans", "pour", "sur", "pas", "qui", "que",
      "avec", "au", "aux", "ces", "sont", "par", "leur", "cette",
      // Spanish and Portuguese
      "el", "los", "las", "y", "es", "del", "una", "para", "por", "con", "su", "sus", "al", "como",
      "m\xC3\xA1s", "os", "n\xC3\xA3o", "uma", "com", "da", "dos", "das", "em",
      // Italian
      "il", "della", "di", "che", "per", "\xC3\xA8", "sono", "gli", "nel", "delle", "degli",
      // Dutch
      "het", "een", "van", "en", "zijn", "voor", "niet", "met", "worden", "ook"};
  return kWords.Contains(lower);
}

}  // namespace

bool ReadsAsOtherLanguage(std::string_view text) {
  std::size_t words = 0, english = 0, foreign = 0;
  std::string lower;
  std::size_t i = 0;
  while (i < text.size() && words < kMaxWords) {
    // A word: letters, digits and UTF-8 bytes; everything else separates.
    auto in_word = [](unsigned char c) { return std::isalnum(c) || c >= 0x80; };
    while (i < text.size() && !in_word(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t begin = i;
    while (i < text.size() && in_word(static_cast<unsigned char>(text[i]))) ++i;
    if (i == begin) break;
    lower.assign(text.substr(begin, i - begin));
    for (char& c : lower) c = AsciiLowerChar(c);
    ++words;
    if (IsEnglishFunctionWord(lower)) {
      ++english;
    } else if (IsForeignFunctionWord(lower)) {
      ++foreign;
    }
  }
  if (words < kMinWords) return false;
  // English prose is a fifth to a third function words; a foreign page
  // with English boilerplate still has three of its own for each English
  // one.
  return foreign * 10 >= words && foreign >= 3 * english;
}

}  // namespace marketclaims
