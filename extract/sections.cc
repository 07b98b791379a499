#include "extract/sections.h"

#include <cctype>
#include <cstdint>

#include "base/text_util.h"
#include "extract/document.h"
#include "extract/gazetteer.h"
#include "extract/list_items.h"

namespace marketclaims {
namespace {

constexpr int kMaxItemWords = 8;        // a list item longer than this is prose
constexpr int kMaxShortHeadingWords = 8;
constexpr int kMaxLeadLineWords = 30;   // "In terms of application, the market ... by:"
constexpr int kMaxSubheadingWords = 6;
constexpr int kRankBold = 65;
constexpr int kRankNumbered = 70;
constexpr int kRankLeadLine = 80;

// WordCount, but stops counting past `cap`: blocks are mostly long prose
// and only short ones matter here.
int WordsUpTo(std::string_view text, int cap) {
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

bool IsKnownDimension(const std::string& dim) {
  return dim == "type" || dim == "application" || dim == "region";
}

// True when `lower` contains one of `parts`. Headings are short and the
// lists long, so the byte pairs of `lower` are noted first and a part is
// searched only when its first pair occurs.
bool HasAny(std::string_view lower, std::initializer_list<std::string_view> parts) {
  auto pair = [](char a, char b) { return (static_cast<unsigned>(a & 31) << 5) | static_cast<unsigned>(b & 31); };
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

// True when `word` stands in `lower` as a whole word.
bool HasWord(std::string_view lower, std::string_view word) {
  for (std::size_t p = lower.find(word); p != std::string_view::npos; p = lower.find(word, p + 1)) {
    bool starts = p == 0 || !std::isalnum(static_cast<unsigned char>(lower[p - 1]));
    std::size_t e = p + word.size();
    bool ends = e == lower.size() || !std::isalnum(static_cast<unsigned char>(lower[e]));
    if (starts && ends) return true;
  }
  return false;
}

// The heading without bullets, numbering and end punctuation.
// "Material Type Outlook (Revenue, USD Billion; 2019-2032)" is headed by
// the words before its parenthesis.
std::string CleanHeading(std::string_view text) {
  std::string t = CleanItem(text);
  for (;;) {
    while (!t.empty() && (t.back() == ':' || t.back() == ';' || t.back() == '-' || t.back() == '.' ||
                          t.back() == ' ')) {
      t.pop_back();
    }
    std::size_t open = t.rfind(" (");
    if (open == std::string::npos || t.empty() || t.back() != ')') break;
    t.erase(open);
  }
  return std::string(Trim(t));
}

// Words up to the first stop: "process in the study are" -> "process".
std::string_view DimensionPhrase(std::string_view lower) {
  static const WordSet kStops = {"the", "in", "is", "are", "segment", "segments", "and", "market",
                                 "of", "into", "as", "can", "has", "have", "was", "were", "it",
                                 "this", "which", "covered", "include", "includes", "including"};
  std::size_t start = 0, end = 0;
  int words = 0;
  while (start < lower.size() && words < 3) {
    std::size_t e = start;
    while (e < lower.size() && (std::isalnum(static_cast<unsigned char>(lower[e])) || lower[e] == '-' ||
                                lower[e] == '/')) {
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
                   (by >= 7 && t.compare(by - 7, 7, "market ") == 0) || HasWord(t.substr(0, by), "segmentation");
      if (!dim.empty() && (IsKnownDimension(dim) || leads)) return dim;
    }
  }
  std::string_view core = t;
  for (std::string_view tail : {" covered", " included", " studied", " analyzed", " analysed", " profiled"}) {
    if (core.size() > tail.size() && core.substr(core.size() - tail.size()) == tail) {
      core.remove_suffix(tail.size());
    }
  }
  // "Deployment Outlook", "Type Segment": any dimension; "Type Analysis":
  // only a known one ("Competitive Analysis" is no dimension).
  for (std::string_view tail : {" outlook", " segments", " segment", " segmentation", " analysis", " insights",
                                " overview", " breakdown", " split"}) {
    if (core.size() > tail.size() && core.substr(core.size() - tail.size()) == tail) {
      std::string_view x = Trim(core.substr(0, core.size() - tail.size()));
      for (std::string_view lead : {"market ", "global ", "key "}) {
        if (x.substr(0, lead.size()) == lead) x.remove_prefix(lead.size());
      }
      // "Industry Overview" and "Market Analysis" are about the whole market.
      if (x.empty() || WordCount(x) > 3 || x == "industry" || x == "industries" || x == "market") break;
      std::string dim = CanonicalDimension(x);
      bool own_ok = tail == " outlook";
      if (IsKnownDimension(dim) || (own_ok && x != "market" && x.find("market") == std::string_view::npos)) {
        return dim;
      }
      break;
    }
  }
  for (bool again = true; again;) {
    again = false;
    for (std::string_view lead : {"other ", "key ", "major ", "main ", "top ", "leading ", "market ", "global "}) {
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
    if (WordCount(core) <= 3 && (core.substr(0, 9) == "regional " || core.substr(0, 10) == "geographic")) {
      return "region";
    }
    for (std::string_view w : {"regional analysis", "regional outlook", "regional insight", "regional breakdown",
                               "regional distribution", "regional market", "regional split",
                               "regional overview", "regional segmentation", "geographic"}) {
      if (core.find(w) != std::string_view::npos) return "region";
    }
  }
  return "";
}

// A long lead line: "In the application segment the market is segmented
// by:", "Segmentation covered based on process in the study are:".
std::string LeadLineDimension(std::string_view lower) {
  for (std::string_view cue : {"based on the ", "based on ", "on the basis of ", "in terms of ", "the basis of ",
                               "with respect to "}) {
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
    bool after_the = start != std::string_view::npos && start >= 4 && lower.compare(start - 4, 4, " the") == 0;
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
    case SectionTopic::kNone: return "none";
    case SectionTopic::kPlayers: return "players";
    case SectionTopic::kSegments: return "segments";
    case SectionTopic::kRegions: return "regions";
    case SectionTopic::kFaq: return "faq";
    case SectionTopic::kAnalysis: return "analysis";
    case SectionTopic::kOutline: return "outline";
    case SectionTopic::kBoilerplate: return "boilerplate";
  }
  return "?";
}

bool IsCallToAction(std::string_view text) {
  // Verbs that only ever open a button or link.
  static const WordSet kActionVerbs = {"get", "request", "download", "buy", "ask", "inquire", "enquire",
                                       "speak", "talk", "click", "subscribe", "browse", "purchase", "avail",
                                       "grab", "claim", "unlock", "access"};
  // Verbs that open a call to action only with one of kActionWords.
  static const WordSet kMaybeVerbs = {"contact", "read", "view", "learn", "explore", "see", "call",
                                      "check", "book", "share", "register", "sign", "schedule", "order"};
  static const WordSet kActionWords = {"now", "more", "us", "here", "sample", "report", "analyst", "today",
                                       "free", "pdf", "brochure", "details", "full", "quote", "demo"};
  std::string lower = AsciiLower(Trim(text));
  std::size_t sp = lower.find(' ');
  std::string_view first = std::string_view(lower).substr(0, sp);
  if (kActionVerbs.Contains(first)) return true;
  if (!kMaybeVerbs.Contains(first) || sp == std::string::npos) return false;
  std::size_t start = sp + 1;
  for (std::size_t i = start; i <= lower.size(); ++i) {
    if (i < lower.size() && std::isalnum(static_cast<unsigned char>(lower[i]))) continue;
    if (i > start && kActionWords.Contains(std::string_view(lower).substr(start, i - start))) return true;
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
    if (HasAny(lower, {"table of content", "list of tables", "list of figures", "report outline"}) ||
        lower == "contents" || lower == "toc") {
      return SectionTopic::kOutline;
    }
    if (HasAny(lower, {"related report", "related research", "related market", "related article", "related news",
                       "similar report", "you may also", "other report", "recent report", "trending report",
                       "latest report", "popular report", "more report", "browse", "pricing", "price break",
                       "buy now", "buy this", "why choose", "why us", "why buy", "contact us", "our clients",
                       "testimonial", "subscribe", "newsletter", "free sample", "sample report",
                       "request sample", "request a sample", "share this", "follow us", "about us",
                       "our services", "our team", "privacy policy", "cookie", "page no", "terms of", "customization",
                       "customisation", "speak to", "talk to", "get in touch", "quick links", "useful links",
                       "navigation", "need help"}) ||
        lower == "menu" || lower == "contact" || IsCallToAction(lower)) {
      return SectionTopic::kBoilerplate;
    }
    if (HasAny(lower, {"faq", "frequently asked", "key questions", "questions answered", "common questions",
                       "questions and answers", "q&a"})) {
      return SectionTopic::kFaq;
    }
    // A region's own heading ("North America") is an item, not a list.
    if (!CanonicalRegion(lower).empty()) return SectionTopic::kNone;
    if (HasAny(lower, {"porter", "five forces", "bargaining power", "threat of", "swot", "pestle", "pest analysis",
                       "value chain", "supply chain"})) {
      return SectionTopic::kAnalysis;
    }
    std::string dim = ShortHeadingDimension(lower);
    if (!dim.empty()) {
      *dimension = dim;
      return dim == "region" ? SectionTopic::kRegions : SectionTopic::kSegments;
    }
    if (EndsWithIgnoreCase(lower, " market segmentation") || EndsWithIgnoreCase(lower, " market segments") ||
        lower == "segmentation" || lower == "segments" || lower == "market segmentation" ||
        lower == "market segments" || lower == "segmentation analysis" || lower == "segment analysis" ||
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
      HasAny(lower, {"key ", "major ", "leading ", "prominent ", "top ", "notable ", "dominant ", "main ",
                     "profile", "covered", "include", "operating", "established "});
  if (ranked_companies ||
      HasAny(lower, {"player", "vendor", "manufacturer", "competitive landscape", "competitor",
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
  if (HasAny(lower, {"driver", "restraint", "opportunit", "challenge", "trend", "dynamics", "overview",
                     "introduction", "conclusion", "methodology", "summary", "recent development", "impact",
                     "covid", "key findings", "highlights", "outlook", "forecast", "growth factors"})) {
    return SectionTopic::kAnalysis;
  }
  return SectionTopic::kNone;
}

namespace {

// The name part of an item written "Name: description" or "Name - text";
// "" when the item is prose.
std::string ItemHead(std::string_view text, int max_words) {
  std::string_view t = Trim(text);
  std::size_t cut = std::string_view::npos;
  for (std::string_view sep : {": ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " - "}) {
    std::size_t p = t.find(sep);
    if (p != std::string_view::npos && p < cut) cut = p;
  }
  if (cut != std::string_view::npos && WordCount(t.substr(0, cut)) <= max_words) t = t.substr(0, cut);
  if (!t.empty() && t.back() == ':') t.remove_suffix(1);
  if (WordCount(t) > max_words) return "";
  return CleanItem(t);
}

bool EndsSentence(std::string_view text) {
  if (text.empty()) return false;
  char last = text.back();
  if (last == '?' || last == '!') return true;
  if (last != '.') return false;
  // "Acme Inc." and "U.S." end in a period without ending a sentence.
  std::string cleaned = CleanItem(text);
  return !cleaned.empty() && cleaned.back() != '.';
}

// A heading that reads as a name ("Clinics", "Acme Corp.") rather than a
// claim about one ("Soft Chews Dominate Through Compliance Engineering").
bool ReadsAsName(std::string_view text) {
  static const WordSet kClaimWords = {
      "through", "dominate", "dominates", "dominated", "dominating", "lead", "leads", "leading", "drive",
      "drives", "driving", "gain", "gains", "hold", "holds", "remain", "remains", "emerge", "emerges",
      "accelerate", "accelerates", "grow", "grows", "growing", "continue", "continues", "expand",
      "expands", "rise", "rises", "surge", "surges", "fuel", "fuels", "take", "takes", "capture",
      "captures", "see", "sees", "show", "shows", "is", "are", "was", "were", "will", "why", "how",
      "what", "amid", "despite", "via", "boost", "boosts", "spur", "spurs", "set", "poised", "witness",
      "witnesses", "account", "accounts", "outpace", "outpaces", "fastest", "largest", "biggest",
      "share", "cagr", "revenue", "growth", "demand", "adoption", "market"};
  if (text.empty() || EndsSentence(text) || text.find('?') != std::string_view::npos ||
      text.find('%') != std::string_view::npos || WordCount(text) > kMaxSubheadingWords) {
    return false;
  }
  std::string lower = AsciiLower(text);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= lower.size(); ++i) {
    if (i < lower.size() && std::isalnum(static_cast<unsigned char>(lower[i]))) continue;
    if (i > start && kClaimWords.Contains(std::string_view(lower).substr(start, i - start))) return false;
    start = i + 1;
  }
  return true;
}

struct OpenSection {
  int index;
  int base_rank;           // the rank of its shape, before nesting under a sibling
  bool items_seen = false;
  bool collecting = true;  // items are still being read
  int prose = 0;           // prose blocks read before the first item
};

class SectionBuilder {
 public:
  explicit SectionBuilder(Document* doc) : doc_(doc), sections_(doc->sections) {}

  void Build();

 private:
  // The heading a block opens, if any: fills shape, rank and topic.
  bool OpensSection(int block, Section* s, std::string* inline_items) const;
  void Open(int block, Section s, const std::string& inline_items);
  // Reads block `b` as part of the innermost open section, closing a lead
  // line's section where prose follows its list.
  void Read(int b);
  // Adds the items block `b` holds to `s`; false when the block is prose.
  bool ReadItems(int b, Section* s);
  void AddItem(Section* s, int block, ItemShape shape, std::string text);
  int Top() const { return stack_.empty() ? 0 : stack_.back().index; }
  bool InOutline() const;

  Document* doc_;
  std::vector<Section>& sections_;
  std::vector<OpenSection> stack_;
};

bool SectionBuilder::InOutline() const {
  for (const OpenSection& o : stack_) {
    SectionTopic t = sections_[o.index].topic;
    if (t == SectionTopic::kOutline || t == SectionTopic::kBoilerplate) return true;
  }
  return false;
}

bool SectionBuilder::OpensSection(int index, Section* s, std::string* inline_items) const {
  const Block& b = doc_->blocks[index];
  inline_items->clear();
  s->heading = index;
  if (b.kind == BlockKind::kHeading) {
    switch (b.heading_shape) {
      case HeadingShape::kBold:
        s->shape = SectionHeadingShape::kBold;
        s->rank = kRankBold;
        break;
      case HeadingShape::kMarkdown:
        s->shape = SectionHeadingShape::kMarkdown;
        s->rank = b.level * 10;
        break;
      default:
        s->shape = SectionHeadingShape::kElement;
        s->rank = b.level * 10;
        break;
    }
    std::string_view text = b.text;
    // "<b>By Type: Hardware, Software</b>" carries its items.
    std::size_t colon = text.find(": ");
    if (colon != std::string_view::npos && WordCount(text.substr(0, colon)) <= 5) {
      std::string dim;
      if (IsListTopic(ClassifyHeading(text.substr(0, colon + 1), &dim))) {
        *inline_items = std::string(text.substr(colon + 2));
        text = text.substr(0, colon + 1);
      }
    }
    // "Primary Target Market: Mid-Market Firms" is headed by its label.
    std::size_t label = text.find(": ");
    bool labelled = label != std::string_view::npos && WordCount(text.substr(0, label)) <= 5;
    s->heading_text = CleanHeading(text);
    s->topic = ClassifyHeading(labelled ? text.substr(0, label) : text, &s->dimension);
    return true;
  }
  if (b.kind != BlockKind::kParagraph && b.kind != BlockKind::kListItem) return false;
  std::string_view text = b.text;
  bool numbered = std::isdigit(static_cast<unsigned char>(text[0])) != 0;
  char last = text.back();
  // Most blocks are prose: a label before a colon is short, and a heading
  // or lead line is at most kMaxLeadLineWords words, so long blocks are
  // only looked at near their start.
  constexpr std::size_t kLabelBytes = 80;
  constexpr std::size_t kLeadLineBytes = 400;
  int words = text.size() <= kLeadLineBytes ? WordsUpTo(text, kMaxLeadLineWords) : kMaxLeadLineWords + 1;
  // "Key players: A, B and C", "By Type: Hardware, Software".
  std::size_t colon = text.substr(0, kLabelBytes).find(':');
  if (colon != std::string_view::npos && colon + 1 < text.size() && WordsUpTo(text.substr(0, colon), 5) <= 5) {
    std::string dim;
    SectionTopic topic = ClassifyHeading(text.substr(0, colon + 1), &dim);
    if (IsListTopic(topic)) {
      s->shape = SectionHeadingShape::kLeadLine;
      s->rank = kRankLeadLine;
      s->heading_text = CleanHeading(text.substr(0, colon));
      s->topic = topic;
      s->dimension = dim;
      *inline_items = std::string(Trim(text.substr(colon + 1)));
      return true;
    }
  }
  if (b.kind != BlockKind::kParagraph || b.table >= 0) return false;
  if ((last == ':' || last == ';') && words <= kMaxLeadLineWords) {
    s->topic = ClassifyHeading(text, &s->dimension);
    // "Hospitals;" is an item of a semicolon list, not a heading.
    if (last == ';' && s->topic == SectionTopic::kNone) return false;
    s->shape = SectionHeadingShape::kLeadLine;
    s->rank = kRankLeadLine;
    s->heading_text = CleanHeading(text);
    return true;
  }
  // A line of its own that names a section: "Key Players", "1.2 By Type",
  // "Table of Contents" in a plain-text page.
  if (words > kMaxShortHeadingWords || EndsSentence(text)) return false;
  SectionTopic topic = ClassifyHeading(text, &s->dimension);
  if (topic == SectionTopic::kNone) return false;
  if (numbered) {
    // "5.1 By Type" over "5.1.1 Hardware" is a table of contents.
    std::size_t next = static_cast<std::size_t>(index) + 1;
    if (next < doc_->blocks.size() && !doc_->blocks[next].text.empty() &&
        std::isdigit(static_cast<unsigned char>(doc_->blocks[next].text[0]))) {
      return false;
    }
    int depth = 1;
    for (std::size_t i = 0; i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.');
         ++i) {
      depth += text[i] == '.' && i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1]));
    }
    s->shape = SectionHeadingShape::kNumbered;
    s->rank = kRankNumbered + depth;
  } else {
    s->shape = SectionHeadingShape::kLeadLine;
    s->rank = kRankLeadLine;
  }
  s->topic = topic;
  s->heading_text = CleanHeading(text);
  return true;
}

void SectionBuilder::AddItem(Section* s, int block, ItemShape shape, std::string text) {
  bool has_alnum = false;
  for (char c : text) has_alnum = has_alnum || std::isalnum(static_cast<unsigned char>(c));
  if (!has_alnum || IsCallToAction(text)) return;
  s->items.push_back({block, shape, std::move(text)});
}

void SectionBuilder::Open(int block, Section s, const std::string& inline_items) {
  bool names_nothing = s.topic == SectionTopic::kNone;
  // Bold headings and lead lines carry no level: one that names nothing
  // right under one of the same shape that names a list is its child ("End
  // Users" / "Clinics"), and so is a dimension under the segmentation that
  // names none ("Market Segmentation" / "By Type").
  bool levelless = s.shape == SectionHeadingShape::kBold || s.shape == SectionHeadingShape::kLeadLine;
  int base_rank = s.rank;
  while (!stack_.empty()) {
    const Section& top = sections_[stack_.back().index];
    if (top.rank < base_rank) break;
    bool narrows = s.topic == SectionTopic::kSegments && !s.dimension.empty() &&
                   top.topic == SectionTopic::kSegments && top.dimension.empty();
    if (levelless && stack_.back().base_rank == base_rank &&
        ((names_nothing && IsListTopic(top.topic)) || narrows)) {
      s.rank = top.rank + 1;
      break;
    }
    stack_.pop_back();
  }
  s.parent = Top();
  Section& parent = sections_[s.parent];
  if (names_nothing && IsListTopic(parent.topic) && ReadsAsName(s.heading_text)) {
    AddItem(&parent, block, ItemShape::kSubheading, CleanItem(s.heading_text));
  }
  // A dimension named above ("Market Segmentation" / "By Type") and a topic
  // inherited by a heading that only narrows it ("Segmentation" / "Type").
  if (s.topic == SectionTopic::kSegments && s.dimension.empty() && parent.topic == SectionTopic::kSegments) {
    s.dimension = parent.dimension;
  }
  sections_.push_back(std::move(s));
  int index = static_cast<int>(sections_.size()) - 1;
  doc_->blocks[block].in_section = index;
  stack_.push_back({index, base_rank});
  Section& opened = sections_[index];
  if (!inline_items.empty() && IsListTopic(opened.topic)) {
    // "Key players: A, B and C are recognised leaders ...": the list ends
    // where the sentence resumes.
    for (std::string& item : SplitListItems(inline_items, opened.topic != SectionTopic::kPlayers)) {
      std::string lower = AsciiLower(item);
      if (WordCount(item) > kMaxItemWords || HasAny(lower, {" are ", " is ", " was ", " were ", " has ", " have "})) {
        break;
      }
      AddItem(&opened, block, ItemShape::kInline, std::move(item));
    }
    stack_.back().items_seen = true;
    // "By Type: A, B, C" on a line of its own is complete.
    if (opened.shape == SectionHeadingShape::kLeadLine) stack_.pop_back();
  }
}

bool SectionBuilder::ReadItems(int index, Section* s) {
  const Block& b = doc_->blocks[index];
  std::size_t before = s->items.size();
  if (b.table >= 0) {
    // A layout table holding the whole section in one cell is read like
    // the page; in a data table the first cell of each row names it.
    const Block* h = s->heading >= 0 ? &doc_->blocks[s->heading] : nullptr;
    bool same_cell = h && h->table == b.table && h->row == b.row && h->column == b.column;
    if (!same_cell) {
      if (b.column == 0 && b.row > 0) AddItem(s, index, ItemShape::kTableCell, ItemHead(b.text, kMaxItemWords));
      return true;  // a table is no prose
    }
  }
  if (b.kind == BlockKind::kListItem) {
    // A sentence in a list is a description (<dd>, a bullet of reasons).
    int words = WordsUpTo(b.text, kMaxItemWords);
    if (words >= 4 && EndsSentence(b.text) && b.text.find(": ") == std::string::npos) return true;
    AddItem(s, index, ItemShape::kListItem, ItemHead(b.text, kMaxItemWords));
    return s->items.size() > before || words <= kMaxItemWords;
  }
  if (b.kind != BlockKind::kParagraph) return false;
  if (b.bold_lead > 0 && b.bold_lead < b.text.size()) {
    std::string lead = CleanHeading(std::string_view(b.text).substr(0, b.bold_lead));
    if (!lead.empty() && WordCount(lead) <= kMaxSubheadingWords) {
      AddItem(s, index, ItemShape::kBoldLead, CleanItem(lead));
      return true;
    }
  }
  // "Hospitals, Clinics, Ambulatory Surgical Centers": a list on one line.
  constexpr int kMaxListLineWords = 60;
  int words = WordsUpTo(b.text, kMaxListLineWords);
  if (words <= kMaxListLineWords && b.text.find_first_of(",;") != std::string::npos &&
      b.text.find(". ") == std::string::npos) {
    std::vector<std::string> pieces = SplitListItems(b.text, s->topic != SectionTopic::kPlayers);
    // "Rigid led in 2024, as shown below." is a sentence, not a list.
    bool list = pieces.size() >= (EndsSentence(b.text) ? 3u : 2u);
    for (const std::string& p : pieces) list = list && WordCount(p) <= 5;
    if (list) {
      for (std::string& p : pieces) AddItem(s, index, ItemShape::kListPiece, std::move(p));
      return true;
    }
  }
  if (words <= kMaxItemWords && !EndsSentence(b.text)) {
    AddItem(s, index, ItemShape::kLine, CleanItem(b.text));
    return true;
  }
  // "Hospitals: the largest end user ..." names its item first.
  std::size_t colon = std::string_view(b.text).substr(0, 60).find(": ");
  if (colon != std::string::npos && colon > 0 && WordsUpTo(std::string_view(b.text).substr(0, colon), 4) <= 4 &&
      std::isupper(static_cast<unsigned char>(b.text[0]))) {
    AddItem(s, index, ItemShape::kBoldLead, CleanItem(std::string_view(b.text).substr(0, colon)));
    return true;
  }
  return false;
}

void SectionBuilder::Read(int index) {
  for (;;) {
    int top = Top();
    doc_->blocks[index].in_section = top;
    if (stack_.empty()) return;
    Section& s = sections_[top];
    bool lead = s.shape == SectionHeadingShape::kLeadLine || s.shape == SectionHeadingShape::kNumbered;
    OpenSection& open = stack_.back();
    if (!open.collecting || (!IsListTopic(s.topic) && !lead)) return;
    // A lead line that names nothing still owns the list right under it
    // ("Demand is driven by:"), so its end is found the same way; its
    // items are not kept.
    Section scratch;
    Section* target = IsListTopic(s.topic) ? &s : &scratch;
    target->heading = s.heading;
    if (ReadItems(index, target)) {
      open.items_seen = true;
      return;
    }
    // Prose after the items ends the list; a lead line's section ends with
    // it, and the block is read again as part of the enclosing section.
    int intro_lines = !IsListTopic(s.topic) ? 0 : s.topic == SectionTopic::kRegions ? 3 : 2;
    if (open.items_seen || ++open.prose > intro_lines) {
      open.collecting = false;
      if (lead) {
        stack_.pop_back();
        continue;
      }
    }
    return;
  }
}

void SectionBuilder::Build() {
  sections_.clear();
  sections_.push_back(Section());
  stack_.clear();
  for (int i = 0; i < static_cast<int>(doc_->blocks.size()); ++i) {
    Section s;
    std::string inline_items;
    Block& b = doc_->blocks[i];
    // Inside a table of contents or a related-reports list only a real
    // heading opens a section.
    bool outline = InOutline();
    if ((!outline || b.kind == BlockKind::kHeading) && OpensSection(i, &s, &inline_items)) {
      // An entry of the outline that is a heading in its own right stays in
      // the outline ("<b>By Type</b>" inside a table of contents).
      // A heading of the same or an outer rank ends it, except a numbered
      // one in a table of contents: bold entries carry no level, and "9
      // Competitive Landscape (Page No. - 81)" is an entry.
      const Section& enclosing = sections_[Top()];
      bool numbered_entry = enclosing.topic == SectionTopic::kOutline &&
                            std::isdigit(static_cast<unsigned char>(b.text[0])) &&
                            s.shape != SectionHeadingShape::kElement && s.shape != SectionHeadingShape::kMarkdown;
      bool ends_outline = s.rank < enclosing.rank || (s.rank == enclosing.rank && !numbered_entry);
      if (outline && !ends_outline && s.topic != SectionTopic::kOutline) {
        b.in_section = Top();
        continue;
      }
      Open(i, std::move(s), inline_items);
      continue;
    }
    Read(i);
  }
}

}  // namespace

void BuildSections(Document* doc) { SectionBuilder(doc).Build(); }

}  // namespace marketclaims
