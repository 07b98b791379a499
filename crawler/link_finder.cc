#include "crawler/link_finder.h"

#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <unordered_set>

#include "base/text_util.h"
#include "crawler/url.h"

namespace marketclaims {
namespace {

// HTML's ASCII whitespace, which (unlike C's isspace) leaves out \v.
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool EqualsNoCase(const std::string& s, size_t pos, size_t len, const char* word) {
  return EqualsIgnoreCase(std::string_view(s).substr(pos, len), word);
}

// Finds "</name" (any case) from `pos`; returns its offset or npos.
size_t FindCloseTag(const std::string& html, size_t pos, const char* name) {
  size_t n = std::strlen(name);
  while ((pos = html.find("</", pos)) != std::string::npos) {
    if (pos + 2 + n <= html.size() && EqualsNoCase(html, pos + 2, n, name)) return pos;
    pos += 2;
  }
  return std::string::npos;
}

// The character references that occur in real hrefs; others stay as text.
std::string DecodeEntities(const std::string& s) {
  if (s.find('&') == std::string::npos) return s;
  static const struct {
    const char* name;
    char c;
  } kNamed[] = {{"amp;", '&'}, {"quot;", '"'}, {"apos;", '\''}, {"lt;", '<'}, {"gt;", '>'}};
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    bool done = false;
    for (const auto& e : kNamed) {
      if (s.compare(i + 1, std::strlen(e.name), e.name) == 0) {
        out.push_back(e.c);
        i += std::strlen(e.name);
        done = true;
        break;
      }
    }
    if (!done && i + 2 < s.size() && s[i + 1] == '#') {
      bool hex = s[i + 2] == 'x' || s[i + 2] == 'X';
      size_t start = i + (hex ? 3 : 2);
      size_t end = start;
      while (end < s.size() && end - start < 8 &&
             (hex ? std::isxdigit(static_cast<unsigned char>(s[end]))
                  : std::isdigit(static_cast<unsigned char>(s[end])))) {
        ++end;
      }
      if (end > start) {
        // At most eight digits, so the value fits; HTML makes &#0; U+FFFD.
        uint32_t cp = static_cast<uint32_t>(
            std::strtoul(s.substr(start, end - start).c_str(), nullptr, hex ? 16 : 10));
        AppendUtf8(cp == 0 ? 0xFFFD : cp, &out);
        i = end < s.size() && s[end] == ';' ? end : end - 1;
        done = true;
      }
    }
    if (!done) out.push_back('&');
  }
  return out;
}

// Parses the attributes of the tag whose name ends at `pos`; returns the
// offset just past the tag and sets *href when the tag has one.
size_t ScanAttributes(const std::string& html, size_t pos, std::string* href, bool* has_href) {
  *has_href = false;
  size_t n = html.size();
  while (pos < n) {
    while (pos < n && (IsSpace(html[pos]) || html[pos] == '/')) ++pos;
    if (pos >= n) break;
    if (html[pos] == '>') return pos + 1;
    size_t name_start = pos;
    while (pos < n && !IsSpace(html[pos]) && html[pos] != '=' && html[pos] != '>' &&
           html[pos] != '/') {
      ++pos;
    }
    size_t name_len = pos - name_start;
    while (pos < n && IsSpace(html[pos])) ++pos;
    std::string value;
    if (pos < n && html[pos] == '=') {
      ++pos;
      while (pos < n && IsSpace(html[pos])) ++pos;
      if (pos < n && (html[pos] == '"' || html[pos] == '\'')) {
        char quote = html[pos++];
        size_t end = html.find(quote, pos);
        if (end == std::string::npos) end = n;
        value = html.substr(pos, end - pos);
        pos = end < n ? end + 1 : n;
      } else {
        size_t start = pos;
        while (pos < n && !IsSpace(html[pos]) && html[pos] != '>') ++pos;
        value = html.substr(start, pos - start);
      }
    }
    if (!*has_href && EqualsNoCase(html, name_start, name_len, "href")) {
      *href = DecodeEntities(value);
      *has_href = true;
    }
  }
  return n;
}

}  // namespace

std::vector<std::string> FindLinks(const std::string& html, const std::string& page_url) {
  std::string base = page_url;
  bool base_seen = false;
  std::vector<std::string> links;
  std::unordered_set<std::string> seen;
  size_t n = html.size();
  size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string::npos) {
    if (html.compare(pos, 4, "<!--") == 0) {
      size_t end = html.find("-->", pos + 4);
      if (end == std::string::npos) break;
      pos = end + 3;
      continue;
    }
    size_t name_start = pos + 1;
    if (name_start >= n || !std::isalpha(static_cast<unsigned char>(html[name_start]))) {
      pos = name_start;
      continue;
    }
    size_t name_end = name_start;
    while (name_end < n && !IsSpace(html[name_end]) && html[name_end] != '>' &&
           html[name_end] != '/') {
      ++name_end;
    }
    size_t len = name_end - name_start;
    std::string href;
    bool has_href = false;
    pos = ScanAttributes(html, name_end, &href, &has_href);
    bool is_link =
        EqualsNoCase(html, name_start, len, "a") || EqualsNoCase(html, name_start, len, "area");
    if (is_link && has_href) {
      std::string url, error;
      if (ResolveUrl(base, href, &url, &error) && seen.insert(url).second) links.push_back(url);
    } else if (EqualsNoCase(html, name_start, len, "base") && has_href && !base_seen) {
      std::string url, error;
      if (ResolveUrl(page_url, href, &url, &error)) base = url;
      base_seen = true;
    } else {
      for (const char* raw : {"script", "style", "textarea", "title"}) {
        if (EqualsNoCase(html, name_start, len, raw)) {
          size_t close = FindCloseTag(html, pos, raw);
          pos = close == std::string::npos ? n : close;
          break;
        }
      }
    }
  }
  return links;
}

}  // namespace marketclaims
