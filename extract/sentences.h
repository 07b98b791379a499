// Sentence splitting tuned for report prose: a full stop ends a sentence
// only before a space and a capital, digit or quote, and never after the
// abbreviations these pages are full of (Inc., Co., U.S., approx.).
#ifndef MARKETCLAIMS_EXTRACT_SENTENCES_H_
#define MARKETCLAIMS_EXTRACT_SENTENCES_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace marketclaims {

struct SentenceSpan {
  std::size_t begin;  // byte offsets into the text given to SplitSentences
  std::size_t end;
};

// Replaces *out with the sentences of `text` in order. (It fills a vector
// the caller keeps because it runs on every block of every page.)
void SplitSentences(std::string_view text, std::vector<SentenceSpan>* out);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_SENTENCES_H_
