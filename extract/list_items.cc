#include "extract/list_items.h"

#include <cctype>

#include "base/text_util.h"
#include "extract/gazetteer.h"

namespace marketclaims {
namespace {

bool EndsWithSuffixAbbreviation(std::string_view item) {
  std::size_t sp = item.rfind(' ');
  std::string_view last = sp == std::string_view::npos ? item : item.substr(sp + 1);
  return IsCompanySuffix(last) || EqualsIgnoreCase(last, "Co.") ||
         EqualsIgnoreCase(last, "Corp.") || EqualsIgnoreCase(last, "S.A.") ||
         EqualsIgnoreCase(last, "N.V.") || EqualsIgnoreCase(last, "L.P.");
}

std::string_view StripTail(std::string_view t) {
  static constexpr std::string_view kTails[] = {
      " among others", " amongst others",   " etc.", " etc", " and many more",
      " and more",     " among many others"};
  for (std::string_view tail : kTails) {
    std::string_view stripped = t;
    while (!stripped.empty() && (stripped.back() == '.' || stripped.back() == ' '))
      stripped.remove_suffix(1);
    if (EndsWithIgnoreCase(stripped, tail)) {
      stripped = Trim(stripped.substr(0, stripped.size() - tail.size()));
      while (!stripped.empty() && stripped.back() == ',') stripped.remove_suffix(1);
      return stripped;
    }
  }
  return t;
}

}  // namespace

std::string CutOffPiece(std::string_view last_block) {
  std::string_view t = Trim(last_block);
  if (t.empty() || !std::isalnum(static_cast<unsigned char>(t.back()))) return "";
  // The list starts after a comma, a semicolon, a colon or a listing verb
  // ("segmented into phosphate solubiliz").
  std::size_t start = t.find_last_of(",;:");
  start = start == std::string_view::npos ? 0 : start + 1;
  for (std::string_view verb : {" into ", " include ", " includes ", " including ", " such as "}) {
    std::size_t v = t.rfind(verb);
    if (v != std::string_view::npos && v + verb.size() > start) start = v + verb.size();
  }
  if (start == 0) return "";
  std::string_view piece = Trim(t.substr(start));
  // "A, B and Cardi": the piece after the last comma may hold two items.
  for (std::string_view joiner : {" and ", " or "}) {
    std::size_t j = piece.rfind(joiner);
    if (j != std::string_view::npos) piece = piece.substr(j + joiner.size());
  }
  return CleanItem(piece);
}

int WordCount(std::string_view text, int cap) {
  int n = 0;
  bool in_word = false;
  for (char c : text) {
    if (c == ' ') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      if (++n > cap) return n;
    }
  }
  return n;
}

std::string CleanItem(std::string_view item) {
  std::string_view t = Trim(item);
  // Bullets and numbering: "•", "-", "1.", "1)", "a)".
  static constexpr std::string_view kBullets[] = {
      "\xE2\x80\xA2", "\xC2\xB7", "-", "*", "\xE2\x80\x93", "\xE2\x96\xAA", "\xE2\x97\x8F", ">"};
  for (std::string_view b : kBullets) {
    if (t.size() > b.size() && t.substr(0, b.size()) == b && t[b.size()] == ' ')
      t = Trim(t.substr(b.size()));
  }
  // Numbering: "1. ", "2) ", and table-of-contents section numbers
  // ("4.1 ", "10.2.3 ").
  std::size_t d = 0;
  while (d < t.size() && std::isdigit(static_cast<unsigned char>(t[d]))) ++d;
  if (d > 0 && d < 3 && d + 1 < t.size() && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ') {
    t = Trim(t.substr(d + 2));
  } else if (d > 0 && d < 3 && d < t.size() && t[d] == '.') {
    std::size_t e = d;
    while (e < t.size() && (std::isdigit(static_cast<unsigned char>(t[e])) || t[e] == '.')) ++e;
    if (e < t.size() && t[e] == ' ' && std::isdigit(static_cast<unsigned char>(t[e - 1])))
      t = Trim(t.substr(e));
  }
  if (StartsWithIgnoreCase(t, "and ")) t = Trim(t.substr(4));
  if (StartsWithIgnoreCase(t, "or ")) t = Trim(t.substr(3));
  t = StripTail(t);
  while (!t.empty() && (t.back() == ',' || t.back() == ';' || t.back() == ':' || t.back() == '"' ||
                        t.back() == '\'' || t.back() == '*')) {
    t.remove_suffix(1);
  }
  while (!t.empty() && (t.front() == '"' || t.front() == '\'' || t.front() == '*'))
    t.remove_prefix(1);
  // A final period ends the sentence, except in an abbreviation with dots
  // inside ("U.S.", "S.A.") or a company suffix ("Inc.").
  if (!t.empty() && t.back() == '.' && !EndsWithSuffixAbbreviation(t)) {
    std::size_t sp = t.rfind(' ');
    std::string_view last = t.substr(sp == std::string_view::npos ? 0 : sp + 1);
    if (last.substr(0, last.size() - 1).find('.') == std::string_view::npos) t.remove_suffix(1);
  }
  return std::string(Trim(t));
}

std::vector<std::string> SplitListItems(std::string_view text, bool split_and) {
  text = StripTail(Trim(text));  // "A, B and C, among others"
  std::vector<std::string> pieces;
  std::size_t start = 0;
  int depth = 0;
  bool has_comma = false;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    char c = i < text.size() ? text[i] : ',';
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if ((c == ',' || c == ';') && depth == 0) {
      if (i < text.size()) has_comma = true;
      pieces.emplace_back(Trim(text.substr(start, i - start)));
      start = i + 1;
    }
  }
  if (!has_comma && split_and) {
    std::vector<std::string> split;
    std::string_view t = pieces.empty() ? std::string_view() : std::string_view(pieces[0]);
    for (std::string_view sep : {" and ", " or ", " & "}) {
      std::size_t p = t.find(sep);
      if (p != std::string_view::npos) {
        split.emplace_back(Trim(t.substr(0, p)));
        split.emplace_back(Trim(t.substr(p + sep.size())));
        break;
      }
    }
    if (!split.empty()) pieces = split;
  }
  // "A, B and C": the last piece holds two items unless a serial comma
  // ("A, B, and C") already separated them.
  if (has_comma && split_and && !pieces.empty() && !StartsWithIgnoreCase(pieces.back(), "and ")) {
    std::string last = pieces.back();
    std::size_t p = last.find(" and ");
    if (p != std::string::npos && WordCount(last) <= 8) {
      pieces.back() = last.substr(0, p);
      pieces.push_back(last.substr(p + 5));
    }
  }
  std::vector<std::string> items;
  for (std::string& piece : pieces) {
    std::string cleaned = CleanItem(piece);
    if (cleaned.empty()) continue;
    // "Catalent, Inc." and "Becton, Dickinson and Company" are one name.
    bool joins = !items.empty() &&
                 (IsCompanySuffix(cleaned) || EqualsIgnoreCase(cleaned, "Co., Ltd") ||
                  (WordCount(cleaned) == 3 && EndsWithIgnoreCase(cleaned, " and Company")));
    if (joins) {
      items.back() += ", " + std::string(Trim(piece));
      items.back() = CleanItem(items.back());
      continue;
    }
    items.push_back(cleaned);
  }
  return items;
}

}  // namespace marketclaims
