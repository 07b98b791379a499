// NextMatch: the search loop the finders run over a text with one RE2.
//
// Only the whole match is asked for, which RE2 finds with its DFAs alone
// (a capture group, even one equal to the whole match, sends every match
// through a submatch engine). The search runs from an offset in the whole
// text, so \b and ^ see the text before the offset.
#ifndef MARKETCLAIMS_EXTRACT_NEXT_MATCH_H_
#define MARKETCLAIMS_EXTRACT_NEXT_MATCH_H_

#include <re2/re2.h>

#include <cstddef>
#include <string_view>

namespace marketclaims {

// Finds the first match of `re` in `text` at or after *from. On success
// sets *match and moves *from past it (by at least one byte, so an empty
// match cannot repeat); on failure leaves both alone.
inline bool NextMatch(const RE2& re, std::string_view text, std::size_t* from,
                      re2::StringPiece* match) {
  if (*from >= text.size() || !re.Match(text, *from, text.size(), RE2::UNANCHORED, match, 1))
    return false;
  std::size_t end = static_cast<std::size_t>(match->data() - text.data()) + match->size();
  *from = match->empty() ? end + 1 : end;
  return true;
}

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_NEXT_MATCH_H_
