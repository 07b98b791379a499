// Splitting written lists into their items: "A, B, and C", "A; B; C",
// keeping company names whole ("Catalent, Inc.", "Co., Ltd.") and dropping
// list tails ("among others", "etc.").
#ifndef MARKETCLAIMS_EXTRACT_LIST_ITEMS_H_
#define MARKETCLAIMS_EXTRACT_LIST_ITEMS_H_

#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace marketclaims {

// Splits at commas and semicolons (and at " and " / " or " when there is no
// comma at all and `split_and` is set). A piece that is only a company
// suffix is joined back to the piece before it.
std::vector<std::string> SplitListItems(std::string_view text, bool split_and);

// Trims a list item: bullets, numbering, a leading "and"/"or", trailing
// punctuation (but not the period of "Inc."), surrounding quotes.
std::string CleanItem(std::string_view item);

// A fragment cut off mid-word ("... segmented into gauze sponges, foam
// sponges, lapa") ends in a partial item. Given the page's last block,
// returns that trailing piece when the block is a list cut short: it ends in
// a letter or digit (no closing punctuation) and its last piece follows a
// comma or semicolon. Returns "" otherwise. The piece is trimmed the way
// CleanItem trims items, so callers compare it with their cleaned items.
std::string CutOffPiece(std::string_view last_block);

// Counts words (runs separated by spaces), stopping once past `cap`
// (returns cap + 1 then): callers that only care whether a block is short
// need not walk long prose to its end.
int WordCount(std::string_view text, int cap = std::numeric_limits<int>::max());

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_LIST_ITEMS_H_
