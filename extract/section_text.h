// Private to the section model (sections.cc builds sections, heading_topics.cc
// says what a heading is about): the limits and text helpers both read.
#ifndef MARKETCLAIMS_EXTRACT_SECTION_TEXT_H_
#define MARKETCLAIMS_EXTRACT_SECTION_TEXT_H_

#include <initializer_list>
#include <string>
#include <string_view>

namespace marketclaims {
namespace section_text {

constexpr int kMaxItemWords = 8;  // a list item longer than this is prose
constexpr int kMaxShortHeadingWords = 8;
constexpr int kMaxLeadLineWords = 30;  // "In terms of application, the market ... by:"
constexpr int kMaxSubheadingWords = 6;
constexpr int kRankBold = 65;
constexpr int kRankNumbered = 70;
constexpr int kRankLeadLine = 80;

// True when `lower` contains one of `parts`; cheap on long text.
bool HasAny(std::string_view lower, std::initializer_list<std::string_view> parts);

// The heading without bullets, numbering and end punctuation.
// "Material Type Outlook (Revenue, USD Billion; 2019-2032)" is headed by
// the words before its parenthesis.
std::string CleanHeading(std::string_view text);

}  // namespace section_text
}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_SECTION_TEXT_H_
