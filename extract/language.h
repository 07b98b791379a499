// Whether a page is written in English, the only language the rules read.
// A page in another language yields guesses ("Comparing" as a German page's
// market), so the extractor emits nothing for it.
#ifndef MARKETCLAIMS_EXTRACT_LANGUAGE_H_
#define MARKETCLAIMS_EXTRACT_LANGUAGE_H_

#include <string_view>

namespace marketclaims {

// True when `text` reads as another language than English: among its first
// few hundred words, the function words of German, French, Spanish,
// Italian, Portuguese or Dutch ("und", "les", "los", "della", "não", "het")
// are common and outnumber English ones ("the", "and", "of") by far. Text
// too short to tell, and English text quoting foreign names, is English.
bool ReadsAsOtherLanguage(std::string_view text);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_LANGUAGE_H_
