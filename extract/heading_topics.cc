#include <cctype>
#include <cstdint>

#include "base/text_util.h"
#include "extract/document.h"
#include "extract/gazetteer.h"
#include "extract/list_items.h"
#include "extract/section_text.h"
#include "extract/sections.h"

namespace marketclaims {

namespace section_text {

// True when `lower` contains one of `parts`. Headings are short and the
// lists long, so the byte pairs of `lower` are noted first and a part is
// searched only when its first pair occurs.
bool HasAny(std::string_view lower, std::initializer_list<std::string_view> parts) {
  auto pair = [](char a, char b) {
    return (static_cast<unsigned>(a & 31) << 5) | static_cast<unsigned>(b & 31);
  };
  uint64_t seen[16] = {};
  for (std::size_t i = 0; i + 1 < lower.size(); ++i) {
    unsigned k = pair(lower[i], lower[i + 1]);
    seen[k >> 6] |= uint64_t{1} << (k & 63);
  }
  for (std::string_view p : parts) {
    if (p.size() < 2 || p.size() > lower.size()) {
      if (p.size() < 2 && lower.find(p) != std::string_view::npos) return true;
      continue;
    }
    unsigned k = pair(p[0], p[1]);
    if (((seen[k >> 6] >> (k & 63)) & 1u) && lower.find(p) != std::string_view::npos) return true;
  }
  return false;
}

// The heading without bullets, numbering and end punctuation.
// "Material Type Outlook (Revenue, USD Billion; 2019-2032)" is headed by
// the words before its parenthesis.
std::string CleanHeading(std::string_view text) {
  std::string t = CleanItem(text);
  for (;;) {
    while (!t.empty() && (t.back() == ':' || t.back() == ';' || t.back() == '-' ||
                          t.back() == '.' || t.back() == ' ')) {
      t.pop_back();
    }
    std::size_t open = t.rfind(" (");
    if (open == std::string::npos || t.empty() || t.back() != ')') break;
    t.erase(open);
  }
  return std::string(Trim(t));
}

}  // namespace section_text

namespace {

using section_text::CleanHeading;
using section_text::HasAny;
using section_text::kMaxLeadLineWords;
using section_text::kMaxShortHeadingWords;

bool IsKnownDimension(const std::string& dim) {
  return dim == "type" || dim == "application" || dim == "region";
}

// Words up to the first stop: "process in the study are" -> "process".
std::string_view DimensionPhrase(std::string_view lower) {
  static const WordSet kStops = {"the",   "in",      "is",      "are",      "segment",  "segments",
                                 "and",   "market",  "of",      "into",     "as",       "can",
                                 "has",   "have",    "was",     "were",     "it",       "this",
                                 "which", "covered", "include", "includes", "including"};
  std::size_t start = 0, end = 0;
  int words = 0;
  while (start < lower.size() && words < 3) {
    std::size_t e = start;
    while (e < lower.size() && (std::isalnum(static_cast<unsigned char>(lower[e])) ||
                                lower[e] == '-' || lower[e] == '/')) {
      ++e;
    }
    std::string_view word = lower.substr(start, e - start);
    if (word.empty() || kStops.Contains(word)) break;
    end = e;
    ++words;
    if (e >= lower.size() || lower[e] != ' ') break;
    start = e + 1;
  }
  return lower.substr(0, end);
}

// "By Product Type", "Market, By Product", "Material Type Outlook",
// "Other End Users", "Regions Covered" -> the dimension, or "".
std::string ShortHeadingDimension(std::string_view lower) {
  std::string_view t = lower;
  // "by type, 2024-2030", "by type (usd million)": the dimension ends first.
  std::size_t by = t.rfind("by ");
  if (by != std::string_view::npos && (by == 0 || t[by - 1] == ' ')) {
    std::string_view x = t.substr(by + 3);
    std::size_t cut = x.find_first_of(",(:;");
    if (cut != std::string_view::npos) x = x.substr(0, cut);
    x = Trim(x);
    if (!x.empty() && WordCount(x) <= 4) {
      std::string dim = CanonicalDimension(x);
      // In "Other reports by Acme Research" the words after "by" are a name.
      bool leads = by == 0 || (by >= 2 && t.compare(by - 2, 2, ", ") == 0) ||
                   (by >= 7 && t.compare(by - 7, 7, "market ") == 0) ||
                   ContainsWord(t.substr(0, by), "segmentation");
      if (!dim.empty() && (IsKnownDimension(dim) || leads)) return dim;
    }
  }
  std::string_view core = t;
  for (std::string_view tail :
       {" covered", " included", " studied", " analyzed", " analysed", " profiled"}) {
    if (core.size() > tail.size() && core.substr(core.size() - tail.size()) == tail) {
      core.remove_suffix(tail.size());
    }
  }
  // "Deployment Outlook", "Type Segment": any dimension; "Type Analysis":
  // only a known one ("Competitive Analysis" is no dimension).
  for (std::string_view tail : {" outlook", " segments", " segment", " segmentation", " analysis",
                                " insights", " overview", " breakdown", " split"}) {
    if (core.size() > tail.size() && core.substr(core.size() - tail.size()) == tail) {
      std::string_view x = Trim(core.substr(0, core.size() - tail.size()));
      for (std::string_view lead : {"market ", "global ", "key "}) {
        if (x.substr(0, lead.size()) == lead) x.remove_prefix(lead.size());
      }
      // "Industry Overview" and "Market Analysis" are about the whole market.
      if (x.empty() || WordCount(x) > 3 || x == "industry" || x == "industries" || x == "market")
        break;
      std::string dim = CanonicalDimension(x);
      bool own_ok = tail == " outlook";
      if (IsKnownDimension(dim) ||
          (own_ok && x != "market" && x.find("market") == std::string_view::npos)) {
        return dim;
      }
      break;
    }
  }
  for (bool again = true; again;) {
    again = false;
    for (std::string_view lead :
         {"other ", "key ", "major ", "main ", "top ", "leading ", "market ", "global "}) {
      if (core.size() > lead.size() && core.substr(0, lead.size()) == lead) {
        core.remove_prefix(lead.size());
        again = true;
      }
    }
  }
  // "Industry: Healthcare" in a report's details box (beside "Report ID:",
  // "Format:") names the report's category; a list of industries is headed
  // "By Industry" or "Industries".
  if (core == "industry" && core.size() == t.size()) return "";
  std::string dim = CanonicalDimension(core);
  if (IsKnownDimension(dim)) return dim;
  // "Regions", "Key Geographies", "Regional Market Distribution"; not "Key
  // Global and Regional Frameworks".
  if (WordCount(core) <= 4) {
    std::size_t sp = core.rfind(' ');
    std::string_view last = sp == std::string_view::npos ? core : core.substr(sp + 1);
    if (HasAny(last, {"region", "geograph"})) return "region";
    // "Regional Coverage", "Geographic Scope".
    if (WordCount(core) <= 3 &&
        (core.substr(0, 9) == "regional " || core.substr(0, 10) == "geographic")) {
      return "region";
    }
    for (std::string_view w :
         {"regional analysis", "regional outlook", "regional insight", "regional breakdown",
          "regional distribution", "regional market", "regional split", "regional overview",
          "regional segmentation", "geographic"}) {
      if (core.find(w) != std::string_view::npos) return "region";
    }
  }
  return "";
}

// A long lead line: "In the application segment the market is segmented
// by:", "Segmentation covered based on process in the study are:".
std::string LeadLineDimension(std::string_view lower) {
  for (std::string_view cue : {"based on the ", "based on ", "on the basis of ", "in terms of ",
                               "the basis of ", "with respect to "}) {
    std::size_t p = lower.find(cue);
    if (p != std::string_view::npos) {
      std::string_view x = DimensionPhrase(lower.substr(p + cue.size()));
      if (!x.empty()) return CanonicalDimension(x);
    }
  }
  // "the application segment", "by end user segment".
  std::size_t seg = lower.find(" segment");
  if (seg != std::string_view::npos) {
    std::size_t start = lower.rfind(' ', seg - 1);
    std::string_view prev = lower.substr(start == std::string_view::npos ? 0 : start + 1,
                                         seg - (start == std::string_view::npos ? 0 : start + 1));
    std::string dim = CanonicalDimension(prev);
    bool after_the =
        start != std::string_view::npos && start >= 4 && lower.compare(start - 4, 4, " the") == 0;
    if (IsKnownDimension(dim) || (after_the && !prev.empty())) return dim;
  }
  std::size_t by = lower.rfind(" by ");
  if (by != std::string_view::npos) {
    std::string_view x = DimensionPhrase(lower.substr(by + 4));
    if (!x.empty()) return CanonicalDimension(x);
  }
  return "";
}

}  // namespace

const char* SectionTopicName(SectionTopic topic) {
  switch (topic) {
    case SectionTopic::kNone:
      return "none";
    case SectionTopic::kPlayers:
      return "players";
    case SectionTopic::kSegments:
      return "segments";
    case SectionTopic::kRegions:
      return "regions";
    case SectionTopic::kFaq:
      return "faq";
    case SectionTopic::kAnalysis:
      return "analysis";
    case SectionTopic::kOutline:
      return "outline";
    case SectionTopic::kBoilerplate:
      return "boilerplate";
  }
  return "?";
}

bool IsCallToAction(std::string_view text) {
  // Verbs that only ever open a button or link.
  static const WordSet kActionVerbs = {"get",       "request", "download", "buy",   "ask",
                                       "inquire",   "enquire", "speak",    "talk",  "click",
                                       "subscribe", "browse",  "purchase", "avail", "grab",
                                       "claim",     "unlock",  "access"};
  // Verbs that open a call to action only with one of kActionWords.
  static const WordSet kMaybeVerbs = {"contact",  "read", "view",     "learn", "explore",
                                      "see",      "call", "check",    "book",  "share",
                                      "register", "sign", "schedule", "order"};
  static const WordSet kActionWords = {"now",      "more",    "us",    "here",  "sample",
                                       "report",   "analyst", "today", "free",  "pdf",
                                       "brochure", "details", "full",  "quote", "demo"};
  std::string lower = AsciiLower(Trim(text));
  std::size_t sp = lower.find(' ');
  std::string_view first = std::string_view(lower).substr(0, sp);
  if (kActionVerbs.Contains(first)) return true;
  if (!kMaybeVerbs.Contains(first) || sp == std::string::npos) return false;
  std::size_t start = sp + 1;
  for (std::size_t i = start; i <= lower.size(); ++i) {
    if (i < lower.size() && std::isalnum(static_cast<unsigned char>(lower[i]))) continue;
    if (i > start && kActionWords.Contains(std::string_view(lower).substr(start, i - start)))
      return true;
    start = i + 1;
  }
  return false;
}

SectionTopic ClassifyHeading(std::string_view text, std::string* dimension) {
  dimension->clear();
  std::string lower = AsciiLower(CleanHeading(text));
  if (lower.empty()) return SectionTopic::kNone;
  int words = WordCount(lower);
  bool lead = !text.empty() && (text.back() == ':' || text.back() == ';');
  if (words > (lead ? kMaxLeadLineWords : 12)) return SectionTopic::kNone;
  bool short_heading = words <= kMaxShortHeadingWords;
  if (short_heading) {
    if (HasAny(lower,
               {"table of content", "list of tables", "list of figures", "report outline"}) ||
        lower == "contents" || lower == "toc") {
      return SectionTopic::kOutline;
    }
    if (HasAny(lower, {"related report", "related research", "related market", "related article",
                       "related news",   "similar report",   "you may also",   "other report",
                       "recent report",  "trending report",  "latest report",  "popular report",
                       "more report",    "browse",           "pricing",        "price break",
                       "buy now",        "buy this",         "why choose",     "why us",
                       "why buy",        "contact us",       "our clients",    "testimonial",
                       "subscribe",      "newsletter",       "free sample",    "sample report",
                       "request sample", "request a sample", "share this",     "follow us",
                       "about us",       "our services",     "our team",       "privacy policy",
                       "cookie",         "page no",          "terms of",       "customization",
                       "customisation",  "speak to",         "talk to",        "get in touch",
                       "quick links",    "useful links",     "navigation",     "need help"}) ||
        lower == "menu" || lower == "contact" || IsCallToAction(lower)) {
      return SectionTopic::kBoilerplate;
    }
    if (HasAny(lower, {"faq", "frequently asked", "key questions", "questions answered",
                       "common questions", "questions and answers", "q&a"})) {
      return SectionTopic::kFaq;
    }
    // A region's own heading ("North America") is an item, not a list.
    if (!CanonicalRegion(lower).empty()) return SectionTopic::kNone;
    if (HasAny(lower, {"porter", "five forces", "bargaining power", "threat of", "swot", "pestle",
                       "pest analysis", "value chain", "supply chain"})) {
      return SectionTopic::kAnalysis;
    }
    std::string dim = ShortHeadingDimension(lower);
    if (!dim.empty()) {
      *dimension = dim;
      return dim == "region" ? SectionTopic::kRegions : SectionTopic::kSegments;
    }
    if (EndsWithIgnoreCase(lower, " market segmentation") ||
        EndsWithIgnoreCase(lower, " market segments") || lower == "segmentation" ||
        lower == "segments" || lower == "market segmentation" || lower == "market segments" ||
        lower == "segmentation analysis" || lower == "segment analysis" ||
        lower == "segments covered" || lower == "key segments" || lower == "key market segments" ||
        lower == "market segment analysis" || lower == "segmentation overview" ||
        lower == "market segmentation overview" || lower == "key segmentation") {
      return SectionTopic::kSegments;
    }
  }
  // "Companies" alone is too common ("Companies are generating revenue
  // through:", "Number of Companies"); it needs a word that ranks them.
  bool ranked_companies =
      lower.find("compan") != std::string::npos && lower.find("number of") == std::string::npos &&
      HasAny(lower, {"key ", "major ", "leading ", "prominent ", "top ", "notable ", "dominant ",
                     "main ", "profile", "covered", "include", "operating", "established "});
  if (ranked_companies ||
      HasAny(lower,
             {"player", "vendor", "manufacturer", "competitive landscape", "competitor",
              "competition landscape", "competitive analysis", "participant", "market leaders",
              "industry leaders", "key brand", "leading brand", "major brand", "top brand"})) {
    return SectionTopic::kPlayers;
  }
  if (!short_heading) {
    if (lower.find("segment") != std::string::npos) {
      std::string dim = LeadLineDimension(lower);
      if (dim.empty() || WordCount(dim) > 3) return SectionTopic::kNone;
      *dimension = dim;
      return dim == "region" ? SectionTopic::kRegions : SectionTopic::kSegments;
    }
    if (lead && HasAny(lower, {"regions", "geographies", "countries covered", "regional"})) {
      *dimension = "region";
      return SectionTopic::kRegions;
    }
    return SectionTopic::kNone;
  }
  if (lead && lower.find("segment") != std::string::npos) {
    std::string dim = LeadLineDimension(lower);
    if (!dim.empty() && WordCount(dim) <= 3) {
      *dimension = dim;
      return dim == "region" ? SectionTopic::kRegions : SectionTopic::kSegments;
    }
  }
  if (HasAny(lower, {"driver", "restraint", "opportunit", "challenge", "trend", "dynamics",
                     "overview", "introduction", "conclusion", "methodology", "summary",
                     "recent development", "impact", "covid", "key findings", "highlights",
                     "outlook", "forecast", "growth factors"})) {
    return SectionTopic::kAnalysis;
  }
  return SectionTopic::kNone;
}

}  // namespace marketclaims
