// RegionMatcher: finds region and country names in text in one RE2 pass.
// The pattern is built once from the gazetteer, accepting the spellings
// pages use ("Asia-Pacific", "Middle East & Africa", "U.S.", "Rest of the
// World"); a name counts only when capitalised, and an abbreviation that is
// also a word ("US", "ROW") only in capitals.
#ifndef MARKETCLAIMS_EXTRACT_REGION_MATCHER_H_
#define MARKETCLAIMS_EXTRACT_REGION_MATCHER_H_

#include <re2/re2.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace marketclaims {

struct TextSpan {
  std::size_t begin;
  std::size_t end;
};

class RegionMatcher {
 public:
  RegionMatcher();
  RegionMatcher(const RegionMatcher&) = delete;
  RegionMatcher& operator=(const RegionMatcher&) = delete;

  bool ok() const { return pattern_->ok(); }

  // Byte length of the region name `text` starts with, or 0.
  std::size_t PrefixLength(std::string_view text) const;

  // Every region name in `text`, in order.
  std::vector<TextSpan> FindAll(std::string_view text) const;

  bool Contains(std::string_view text) const { return !FindAll(text).empty(); }

  // The pattern, which doubles as the trigger in the rules' RE2::Set.
  const std::string& pattern() const { return pattern_->pattern(); }

 private:
  std::unique_ptr<RE2> pattern_;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_REGION_MATCHER_H_
