// RobotsRules: the rules of one host's robots.txt that apply to one crawler
// (RFC 9309). Parsing never fails: unknown lines are ignored, as the RFC
// asks, so a sloppy robots.txt still yields the rules a reader would see.
//
// Group selection: the groups whose User-agent equals our product token
// (case-insensitive) are merged; when there are none, the "*" groups are;
// when there are none of those either, everything is allowed.
// Matching: the longest matching Allow/Disallow pattern wins, Allow on a tie;
// '*' matches any run of characters and a trailing '$' anchors at the end.
// "/robots.txt" itself is always allowed.
#ifndef MARKETCLAIMS_CRAWLER_ROBOTS_H_
#define MARKETCLAIMS_CRAWLER_ROBOTS_H_

#include <string>
#include <vector>

namespace marketclaims {

class RobotsRules {
 public:
  // Allows everything (no robots.txt, or a 4xx for it).
  RobotsRules() = default;

  // `product_token` is the crawler's name, e.g. "marketclaims"; see
  // RobotsProductToken.
  static RobotsRules Parse(const std::string& text, const std::string& product_token);

  // `path_and_query` as in a normalised URL: "/a/b?x=1".
  bool IsAllowed(const std::string& path_and_query) const;

  // Seconds from the selected group's Crawl-delay; 0 when absent.
  double crawl_delay() const { return crawl_delay_; }

 private:
  struct Rule {
    std::string pattern;  // escapes normalised like URL paths
    bool allow;
  };
  std::vector<Rule> rules_;
  double crawl_delay_ = 0;
};

// The product token of a User-Agent string: its leading run of letters,
// digits, '-' and '_' ("marketclaims/0.1 (+https://x)" -> "marketclaims").
std::string RobotsProductToken(const std::string& user_agent);

// True when `pattern` (robots syntax) matches `path` from its start.
// Exposed for tests.
bool RobotsPatternMatches(const std::string& pattern, const std::string& path);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_ROBOTS_H_
