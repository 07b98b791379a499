#include "crawler/robots.h"

#include <cctype>
#include <cstdlib>

#include "base/text_util.h"

namespace marketclaims {
namespace {

// Longer files are cut here (RFC 9309 asks crawlers to parse at least
// 500 KiB), so a hostile robots.txt cannot cost unbounded time.
constexpr size_t kMaxRobotsBytes = 512 * 1024;

// Brings a pattern to the escape form NormalizeUrl gives paths, so that
// "/%7euser" in robots.txt matches the normalised "/~user".
std::string NormalizePattern(const std::string& in) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (size_t i = 0; i < in.size(); ++i) {
    unsigned char c = in[i];
    unsigned char d;
    if (DecodePercentEscape(in, i, &d)) {
      if (std::isalnum(d) || d == '-' || d == '.' || d == '_' || d == '~') {
        out.push_back(d);
      } else {
        out.push_back('%');
        out.push_back(kHex[d >> 4]);
        out.push_back(kHex[d & 15]);
      }
      i += 2;
    } else if (c > 0x7e || c <= ' ' || c == '"' || c == '<' || c == '>') {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(c);
    }
  }
  return out;
}

struct Group {
  std::vector<std::string> agents;  // lower case
  std::vector<std::pair<std::string, bool>> rules;
  double crawl_delay = -1;
};

}  // namespace

std::string RobotsProductToken(const std::string& user_agent) {
  std::string token;
  for (char c : user_agent) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') {
      token.push_back(std::tolower(static_cast<unsigned char>(c)));
    } else {
      break;
    }
  }
  return token;
}

bool RobotsPatternMatches(const std::string& pattern, const std::string& path) {
  // The set of path offsets reachable after each pattern character; linear
  // in pattern x path, so no backtracking blow-up on "*a*a*a*b".
  std::vector<char> reach(path.size() + 1, 0);
  reach[0] = 1;
  for (size_t i = 0; i < pattern.size(); ++i) {
    char pc = pattern[i];
    if (pc == '$' && i + 1 == pattern.size()) return reach[path.size()] != 0;
    std::vector<char> next(path.size() + 1, 0);
    bool any = false;
    if (pc == '*') {
      bool on = false;
      for (size_t j = 0; j <= path.size(); ++j) {
        if (reach[j]) on = true;
        next[j] = on;
        any = any || on;
      }
    } else {
      for (size_t j = 0; j < path.size(); ++j) {
        if (reach[j] && path[j] == pc) {
          next[j + 1] = 1;
          any = true;
        }
      }
    }
    if (!any) return false;
    reach.swap(next);
  }
  return true;  // a prefix match is a match
}

RobotsRules RobotsRules::Parse(const std::string& raw, const std::string& product_token) {
  std::string text = raw.size() > kMaxRobotsBytes ? raw.substr(0, kMaxRobotsBytes) : raw;
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text = text.substr(3);

  std::vector<Group> groups;
  bool in_agent_lines = false;  // the previous field line was a User-agent
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find_first_of("\r\n", pos);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(pos, end - pos);
    pos = end + 1;
    size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string field = AsciiLower(Trim(std::string_view(line).substr(0, colon)));
    std::string value(Trim(std::string_view(line).substr(colon + 1)));

    if (field == "user-agent") {
      if (!in_agent_lines) groups.emplace_back();
      in_agent_lines = true;
      groups.back().agents.push_back(AsciiLower(value));
      continue;
    }
    if (field == "allow" || field == "disallow") {
      in_agent_lines = false;
      if (groups.empty()) continue;  // rules before any User-agent
      if (value.empty()) continue;   // "Disallow:" alone allows all
      groups.back().rules.emplace_back(NormalizePattern(value), field == "allow");
    } else if (field == "crawl-delay") {
      in_agent_lines = false;
      if (groups.empty()) continue;
      char* endp = nullptr;
      double d = std::strtod(value.c_str(), &endp);
      if (endp != value.c_str() && d >= 0 && d < 86400) groups.back().crawl_delay = d;
    }
    // Sitemap and unknown fields neither start nor end a group.
  }

  RobotsRules out;
  for (int pass = 0; pass < 2; ++pass) {
    bool found = false;
    for (const Group& g : groups) {
      bool match = false;
      for (const std::string& a : g.agents) {
        if (pass == 0 ? (!product_token.empty() && RobotsProductToken(a) == product_token)
                      : a == "*") {
          match = true;
        }
      }
      if (!match) continue;
      found = true;
      for (const auto& r : g.rules) out.rules_.push_back(Rule{r.first, r.second});
      if (g.crawl_delay > out.crawl_delay_) out.crawl_delay_ = g.crawl_delay;
    }
    if (found) break;
  }
  return out;
}

bool RobotsRules::IsAllowed(const std::string& path) const {
  if (path == "/robots.txt") return true;
  size_t best_len = 0;
  bool best_allow = true;
  bool matched = false;
  for (const Rule& r : rules_) {
    if (!RobotsPatternMatches(r.pattern, path)) continue;
    size_t len = r.pattern.size();
    if (!matched || len > best_len || (len == best_len && r.allow && !best_allow)) {
      best_len = len;
      best_allow = r.allow;
      matched = true;
    }
  }
  return best_allow;
}

}  // namespace marketclaims
