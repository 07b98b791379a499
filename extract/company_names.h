// The shape of a company name as report pages write it: capitalised words
// ("Palo Alto Networks"), all-capital and camel-case words ("ROHM", "eBay"),
// digits ("3M"), initials ("R.R. Donnelly"), connectors inside a name
// ("Merchants of Green Coffee", "Smith & Nephew", "Stanes and Company"),
// legal suffixes ("Co., Ltd.", "S.A.S.") and a parenthesised part ("Texas
// Instruments (TI)"). Used to accept a list item as a name and to find
// where a name ends in prose ("SMA are actively shaping ..." -> "SMA").
#ifndef MARKETCLAIMS_EXTRACT_COMPANY_NAMES_H_
#define MARKETCLAIMS_EXTRACT_COMPANY_NAMES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace marketclaims {

// The most words a company name has.
constexpr int kMaxNameWords = 7;

// `written` cleaned (bullets, trailing punctuation, a parenthesised
// headquarters: "UPL Limited (Mumbai, India)" -> "UPL Limited", "3M (U.S.)"
// -> "3M"), or "" when it does not read as a company name: a description,
// a heading, a region, a date or a figure.
std::string CompanyName(std::string_view written);

// The length in bytes of the company-name-shaped prefix of `text`, 0 when
// `text` does not start with one. The prefix ends before the first word that
// cannot be part of a name (a lower-case word, "are", a sentence's final
// period) and before a possessive "'s". A leading "The" counts only when the
// name ends in a company word ("The Hamburg Coffee Company").
std::size_t NameSpan(std::string_view text);

// The names a sentence opens with: "BMW and Audi are ..." -> {"BMW",
// "Audi"}; "A, B, and C ..." -> {"A", "B", "C"}. Sets *rest to the text
// after the last name. Empty when the text does not open with a name.
std::vector<std::string_view> LeadingNames(std::string_view text, std::string_view* rest);

// Whether the period ending `word` is part of it ("Inc.", "S.A.", "J.R.")
// rather than a full stop.
bool PeriodBelongsToName(std::string_view word);

// True for a word that is a sentence opener or a generic subject, never a
// company on its own ("These", "Governments", "However").
bool IsGenericSubject(std::string_view word);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_COMPANY_NAMES_H_
