#include "extract/company_names.h"

#include <algorithm>
#include <cctype>

#include "base/text_util.h"
#include "extract/gazetteer.h"
#include "extract/list_items.h"
#include "extract/sections.h"

namespace marketclaims {
namespace {

bool IsUpper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool IsLower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Words that mark a table-of-contents entry or a description, not a name.
bool HasNonNameWord(std::string_view name) {
  static const WordSet kWords = {
      "analysis", "overview", "ranking", "strategies", "strategy", "developments", "landscape",
      "market", "share", "profile", "profiles", "introduction", "methodology", "summary", "players",
      "companies", "manufacturers", "vendors", "competitors", "key", "others", "other", "report",
      "segment", "segments", "segmentation", "forecast", "region", "regions", "regional", "trends",
      "drivers", "growth", "opportunities", "challenges", "conclusion", "appendix", "contact",
      "about", "download", "sample", "discount", "purchase", "buy", "click", "here", "visit",
      "read", "more", "email", "phone", "copyright", "table", "figure", "chapter", "revenue",
      "sales", "portfolio", "financials", "swot", "recent", "product", "products", "offered", "is",
      "are", "was", "were", "has", "have", "the", "include", "includes", "including", "this",
      "these", "with", "note", "source", "sources", "example", "examples", "million", "billion",
      "trillion", "disclaimer", "highlights", "insights", "outlook", "scope", "mergers",
      "acquisitions", "partnerships", "partnership", "collaborations", "agreements", "expansions",
      "expansion", "launches", "scenario", "positioning", "pricing", "strengths", "weaknesses",
      "threats", "benefits", "features", "approach", "entrants", "differentiation", "leadership",
      "competition", "competitive", "benchmarking", "comparison", "projections", "barriers",
      "considerations", "providers", "participants", "innovators", "contenders", "challengers",
      "compliance",
      // Navigation on whole pages (calls to action: IsCallToAction).
      "free", "workshop", "customization", "now", "careers", "login", "reports", "briefings",
      "experts", "checkout", "license", "faq", "faqs", "newsletter", "webinar", "webinars",
      "privacy", "policy", "terms", "cookies", "sitemap", "menu", "search", "adjacent", "sign",
      "home", "series"};
  std::string lower = AsciiLower(name);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= lower.size(); ++i) {
    if (i < lower.size() && std::isalpha(static_cast<unsigned char>(lower[i]))) continue;
    if (i > start && kWords.Contains(std::string_view(lower).substr(start, i - start))) {
      // "The Hamburg Coffee Company": a leading "The" belongs to a name
      // that ends in a company word.
      if (start != 0 || i != 3) return true;
    }
    start = i + 1;
  }
  return false;
}

// A word that ends a company's name and makes a leading "The" part of it.
bool IsCompanyWord(std::string_view word) {
  while (!word.empty() && (word.back() == '.' || word.back() == ',')) word.remove_suffix(1);
  static const WordSet kWords = {"company",  "co",           "corporation", "corp",    "group",
                                 "inc",      "incorporated", "ltd",         "limited", "companies",
                                 "holdings", "sons",         "llc",         "plc"};
  return kWords.ContainsIgnoreCase(word);
}

// Drops a parenthesised headquarters ("UPL Limited (Mumbai, India)", "3M
// (U.S.)") but keeps a parenthesised part of the name ("Hewlett Packard
// Enterprise (HPE)").
std::string DropLocation(std::string name) {
  std::size_t open = name.rfind(" (");
  if (open == std::string::npos || name.back() != ')') return name;
  std::string inner = name.substr(open + 2, name.size() - open - 3);
  bool location = inner.find(',') != std::string::npos || !CanonicalRegion(inner).empty();
  for (std::string_view w : {"headquartered", "based", "hq"}) {
    location |= AsciiLower(inner).find(w) != std::string::npos;
  }
  return location ? std::string(Trim(name.substr(0, open))) : name;
}

// Connectors written in lower case inside a name ("Bank of America").
bool IsConnector(std::string_view w) {
  return w == "of" || w == "de" || w == "del" || w == "la" || w == "von" || w == "van" ||
         w == "der" || w == "du" || w == "des" || w == "y" || w == "&" || w == "for" ||
         w == "the" || w == "and" || w == "+" || w == "da" || w == "di";
}

// "R.R.", "S.A.S.", "N.V.": single letters each followed by a period.
bool IsInitials(std::string_view w) {
  if (w.size() < 2) return false;
  for (std::size_t i = 0; i < w.size(); i += 2) {
    if (!std::isalpha(static_cast<unsigned char>(w[i])) || i + 1 >= w.size() || w[i + 1] != '.') {
      return false;
    }
  }
  return true;
}

// A word that can open or continue a name: capitalised, all capitals, a
// digit-led word with letters ("3M"), camel case ("eBay"), or a non-ASCII
// letter ("Ørsted"); not a curly quote or dash (UTF-8 lead byte 0xE2).
bool IsNameWord(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  if (IsUpper(w[0])) return true;
  if (c >= 0x80) return c != 0xE2;
  if (IsDigit(w[0])) {
    return std::any_of(w.begin(), w.end(),
                       [](char x) { return std::isalpha(static_cast<unsigned char>(x)); });
  }
  if (IsLower(w[0])) return std::any_of(w.begin() + 1, w.end(), IsUpper);
  return false;
}

// Whether the period ending `w` belongs to it ("Inc.", "Co.", "J.R.") rather
// than ending the sentence.
bool KeepsPeriod(std::string_view w) {
  std::string_view core = w.substr(0, w.size() - 1);
  if (core.empty() || core.back() == '.') return false;  // "S.A.." ends a sentence
  if (IsInitials(w) || core.size() == 1) return true;
  static const WordSet kAbbreviations = {"inc", "ltd", "co",   "corp", "bros", "jr",
                                         "sr",  "st",  "intl", "mfg",  "pvt"};
  return kAbbreviations.ContainsIgnoreCase(core);
}

bool EndsWithPossessive(std::string_view w) {
  return EndsWithIgnoreCase(w, "'s") || EndsWithIgnoreCase(w, "\xE2\x80\x99s");
}

}  // namespace

bool PeriodBelongsToName(std::string_view word) {
  return !word.empty() && word.back() == '.' && KeepsPeriod(word);
}

std::string CompanyName(std::string_view written) {
  std::string name = DropLocation(CleanItem(written));
  if (name.size() < 2 || WordCount(name) > kMaxNameWords) return "";
  std::size_t first_word_end = std::min(name.find(' '), name.size());
  if (!IsNameWord(std::string_view(name).substr(0, first_word_end))) {
    if (!IsDigit(name[0])) return "";
  }
  // "Hartwell Group - Multi-channel distribution" is a name and what it does.
  if (name.find(" - ") != std::string::npos || name.find(" \xE2\x80\x93 ") != std::string::npos ||
      name.find(" \xE2\x80\x94 ") != std::string::npos) {
    return "";
  }
  if (name.find(": ") != std::string::npos || name.find('?') != std::string::npos ||
      name.find("http") != std::string::npos || name.find('@') != std::string::npos) {
    return "";
  }
  if (HasNonNameWord(name) || IsCallToAction(name) || !CanonicalRegion(name).empty()) return "";
  // People: "Dr. Jane Roe", "Mr. Smith".
  for (std::string_view title : {"dr. ", "mr. ", "mrs. ", "ms. ", "prof. ", "dr ", "mr "}) {
    if (StartsWithIgnoreCase(name, title)) return "";
  }
  // "The" opens a name only when a company word ends it.
  if (StartsWithIgnoreCase(name, "the ")) {
    std::size_t last = name.rfind(' ');
    if (!IsCompanyWord(std::string_view(name).substr(last + 1))) return "";
  }
  // Figures and dates ("76.52", "Sept. 17, 2024") are not names; "3M" is.
  int digits = 0, letters = 0;
  for (char c : name) {
    digits += IsDigit(c);
    letters += std::isalpha(static_cast<unsigned char>(c)) != 0;
  }
  if (letters < 1 || letters + digits < 2 || digits > letters * 3) return "";
  // A year is no part of a name: "Sept. 17, 2024", "Outlook 2030".
  for (std::size_t i = 0; i + 4 <= name.size(); ++i) {
    bool starts = i == 0 || !std::isalnum(static_cast<unsigned char>(name[i - 1]));
    bool ends = i + 4 == name.size() || !std::isalnum(static_cast<unsigned char>(name[i + 4]));
    if (starts && ends && (name.compare(i, 2, "19") == 0 || name.compare(i, 2, "20") == 0) &&
        IsDigit(name[i + 2]) && IsDigit(name[i + 3])) {
      return "";
    }
  }
  // Names are capitalised word by word; a phrase of lower-case words is a
  // description ("Assessment of regulatory changes").
  int lower_words = 0;
  bool at_word = true;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name[i] == ' ') {
      at_word = true;
      continue;
    }
    if (at_word && i > 0 && IsLower(name[i])) {
      std::size_t e = std::min(name.find(' ', i), name.size());
      lower_words += !IsConnector(std::string_view(name).substr(i, e - i));
    }
    at_word = false;
  }
  if (lower_words > 1) return "";
  return name;
}

std::size_t NameSpan(std::string_view text) {
  std::size_t end = 0;        // end of the name so far
  std::size_t last_word = 0;  // start of its last word
  int words = 0;
  std::size_t i = 0;
  auto next_word = [&](std::size_t from) {
    if (from >= text.size()) return std::string_view();
    std::size_t e = std::min(text.find(' ', from), text.size());
    return text.substr(from, e - from);
  };
  while (i < text.size() && words < kMaxNameWords) {
    std::string_view word = next_word(i);
    std::string_view core = word;
    char trail = 0;
    while (!core.empty() && (core.back() == ',' || core.back() == ';' || core.back() == ':')) {
      trail = core.back();
      core.remove_suffix(1);
    }
    bool possessive = EndsWithPossessive(core);
    if (possessive) core.remove_suffix(core.back() == 's' && core[core.size() - 2] == '\'' ? 2 : 4);
    std::string_view after = next_word(i + word.size() + 1);
    if (words > 0 && core.size() > 2 && core.front() == '(') {
      // A parenthesised part or place right after the name: "(TI)", "(U.S.)".
      std::size_t close = text.find(')', i);
      if (close != std::string_view::npos && close - i <= 40 && IsNameWord(core.substr(1))) {
        end = close + 1;
      }
      break;
    }
    // "Norvane Holdings plc": a legal suffix may be written in lower case.
    bool ok = !core.empty() &&
              (IsNameWord(core) || (words > 0 && core.size() <= 4 && IsCompanySuffix(core)));
    if (!ok && words > 0 && !after.empty() && IsNameWord(after)) {
      // Connectors join capitalised words; "and" only before a company word
      // ("Stanes and Company"), else it separates two names.
      ok = core == "and" ? IsCompanyWord(after) : IsConnector(core);
    }
    if (!ok) break;
    if (core.back() == '.' && !KeepsPeriod(core)) {
      // The sentence's final period.
      last_word = i;
      end = i + core.size() - 1;
      ++words;
      break;
    }
    last_word = i;
    end = i + core.size();
    ++words;
    if (possessive || trail == ';' || trail == ':') break;
    if (trail == ',') {
      // ", Inc." continues the name; any other comma ends it.
      std::string_view s = after;
      while (!s.empty() && (s.back() == ',' || s.back() == '.')) s.remove_suffix(1);
      if (s.empty() || s.size() > 12 || !IsCompanySuffix(s)) break;
    }
    i += word.size() + 1;
  }
  // A connector cannot end a name.
  while (words > 1) {
    std::string_view last = text.substr(last_word, end - last_word);
    if (!IsConnector(last)) break;
    end = last_word == 0 ? 0 : last_word - 1;
    last_word = text.rfind(' ', end == 0 ? 0 : end - 1);
    last_word = last_word == std::string_view::npos ? 0 : last_word + 1;
    --words;
  }
  if (words == 0) return 0;
  // "A Bio CMO is ...", "An Acme spokesperson": an article opens a phrase.
  if (StartsWithIgnoreCase(text, "a ") || StartsWithIgnoreCase(text, "an ")) return 0;
  // "The Hamburg Coffee Company" is a name; "The Company" or "The market" is
  // a sentence.
  if (StartsWithIgnoreCase(text, "the ") &&
      (words < 3 || !IsCompanyWord(text.substr(last_word, end - last_word)))) {
    return 0;
  }
  return end;
}

std::vector<std::string_view> LeadingNames(std::string_view text, std::string_view* rest) {
  std::vector<std::string_view> names;
  std::string_view tail = text;
  while (true) {
    std::size_t n = NameSpan(tail);
    if (n == 0) break;
    names.push_back(tail.substr(0, n));
    tail.remove_prefix(n);
    std::string_view after = tail;
    if (StartsWithIgnoreCase(after, ", and ")) {
      after.remove_prefix(6);
    } else if (StartsWithIgnoreCase(after, " and ")) {
      after.remove_prefix(5);
    } else if (StartsWithIgnoreCase(after, ", ")) {
      after.remove_prefix(2);
    } else {
      break;
    }
    // "Fortinet, with its ..." is an aside, not a second name.
    if (NameSpan(after) == 0) break;
    tail = after;
  }
  if (rest != nullptr) *rest = names.empty() ? text : tail;
  return names;
}

bool IsGenericSubject(std::string_view word) {
  static const WordSet kWords = {"these",
                                 "this",
                                 "those",
                                 "that",
                                 "it",
                                 "its",
                                 "they",
                                 "their",
                                 "we",
                                 "many",
                                 "several",
                                 "such",
                                 "most",
                                 "some",
                                 "both",
                                 "each",
                                 "other",
                                 "others",
                                 "leading",
                                 "major",
                                 "key",
                                 "top",
                                 "new",
                                 "however",
                                 "additionally",
                                 "moreover",
                                 "furthermore",
                                 "meanwhile",
                                 "similarly",
                                 "overall",
                                 "today",
                                 "currently",
                                 "also",
                                 "governments",
                                 "government",
                                 "consumers",
                                 "customers",
                                 "users",
                                 "hospitals",
                                 "clinics",
                                 "patients",
                                 "businesses",
                                 "enterprises",
                                 "organizations",
                                 "organisations",
                                 "retailers",
                                 "investors",
                                 "analysts",
                                 "startups",
                                 "start-ups",
                                 "researchers",
                                 "manufacturers",
                                 "companies",
                                 "players",
                                 "vendors",
                                 "suppliers",
                                 "providers",
                                 "firms",
                                 "brands",
                                 "operators",
                                 "regulators",
                                 "farmers",
                                 "doctors",
                                 "physicians",
                                 "experts",
                                 "here",
                                 "there",
                                 "while",
                                 "although",
                                 "as",
                                 "in",
                                 "on",
                                 "for",
                                 "with",
                                 "by",
                                 "at",
                                 "from",
                                 "after",
                                 "since",
                                 "despite",
                                 "according",
                                 "notably",
                                 "recently",
                                 "finally",
                                 "first",
                                 "second",
                                 "third",
                                 "next",
                                 "then",
                                 "thus",
                                 "therefore",
                                 "still",
                                 "yet",
                                 "all",
                                 "every",
                                 "any",
                                 "one",
                                 "two",
                                 "three",
                                 "another",
                                 "large",
                                 "small",
                                 "global",
                                 "local",
                                 "regional",
                                 "emerging",
                                 "established",
                                 "smaller",
                                 "larger",
                                 "traditional",
                                 "online",
                                 "asian",
                                 "european",
                                 "american",
                                 "chinese",
                                 "japanese",
                                 "indian",
                                 "german",
                                 "domestic",
                                 "international",
                                 "when",
                                 "what",
                                 "which",
                                 "who",
                                 "how",
                                 "why",
                                 "where",
                                 "if",
                                 "unlike",
                                 "like",
                                 "instead",
                                 "because",
                                 "please",
                                 "our",
                                 "your",
                                 "an",
                                 "a",
                                 "the",
                                 "demand",
                                 "growth",
                                 "innovation",
                                 "technology",
                                 "adoption",
                                 "revenue",
                                 "competition",
                                 "investment",
                                 "investments",
                                 "sales",
                                 "prices",
                                 "costs",
                                 "strategic",
                                 "ai",
                                 "iot",
                                 "ml",
                                 "cagr",
                                 "saas",
                                 "r&d"};
  return kWords.ContainsIgnoreCase(word);
}

}  // namespace marketclaims
