#include "extract/region_matcher.h"

#include <cctype>
#include <string>

#include "extract/gazetteer.h"
#include "extract/next_match.h"

namespace marketclaims {
namespace {

// One alternative of the pattern for a normalised gazetteer key.
std::string AlternativeFor(std::string_view key) {
  std::string alt;
  if (key.find(' ') == std::string_view::npos && key.size() <= 5) {
    // "us" -> us\b or u.s. (abbreviations are written with or without dots)
    alt = "(?:" + std::string(key) + "\\b|";
    for (char c : key) {
      alt.push_back(c);
      alt += "\\.";
    }
    alt += "?)";
    return alt;
  }
  std::size_t start = 0;
  while (start <= key.size()) {
    std::size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    std::string_view word = key.substr(start, end - start);
    if (!alt.empty()) alt += "[\\s\\-/]+";
    alt += word == "and" ? "(?:and|&)" : std::string(word);
    start = end + 1;
  }
  return alt + "\\b";
}

std::string BuildPattern() {
  std::string alts;
  for (std::string_view key : RegionKeys()) {
    if (!alts.empty()) alts.push_back('|');
    alts += AlternativeFor(key);
  }
  return "(?i)\\b((?:rest\\s+of\\s+(?:the\\s+)?)?(?:" + alts + "))";
}

RE2::Options MatcherOptions() {
  RE2::Options options;
  options.set_longest_match(true);  // "Asia Pacific" over "Asia"
  options.set_log_errors(false);
  return options;
}

// Capitalised, and a real region once checked against the gazetteer (which
// also enforces capitals on "US"-like abbreviations).
bool Accept(std::string_view name) {
  return !name.empty() && std::isupper(static_cast<unsigned char>(name[0])) &&
         !CanonicalRegion(name).empty();
}

}  // namespace

RegionMatcher::RegionMatcher()
    : pattern_(std::make_unique<RE2>(BuildPattern(), MatcherOptions())) {}

std::size_t RegionMatcher::PrefixLength(std::string_view text) const {
  std::string_view t = text;
  std::size_t skipped = 0;
  if (t.size() > 4 && (t.substr(0, 4) == "the " || t.substr(0, 4) == "The ")) {
    t.remove_prefix(4);
    skipped = 4;
  }
  re2::StringPiece match;
  if (!pattern_->Match(t, 0, t.size(), RE2::ANCHOR_START, &match, 1) || !Accept(match)) return 0;
  if (skipped && !std::isupper(static_cast<unsigned char>(t[0]))) return 0;
  return skipped + match.size();
}

std::vector<TextSpan> RegionMatcher::FindAll(std::string_view text) const {
  std::vector<TextSpan> spans;
  re2::StringPiece match;
  for (std::size_t from = 0; NextMatch(*pattern_, text, &from, &match);) {
    std::size_t begin = match.data() - text.data();
    std::size_t end = begin + match.size();
    // "US$" is a currency; "Japan's" qualifies something else.
    std::string_view after = text.substr(end);
    bool qualifier = !after.empty() &&
                     (after[0] == '$' || after[0] == '\'' || after.substr(0, 3) == "\xE2\x80\x99");
    if (!qualifier && Accept(match)) spans.push_back({begin, end});
  }
  return spans;
}

}  // namespace marketclaims
