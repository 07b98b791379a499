// Finds segments (by dimension) and regions. Both come from the same page
// shapes: "Type (A, B)" enumerations, "By Application:" headings over lists,
// "segmented into" sentences, and region lists under a geography heading.
#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/text_util.h"
#include "extract/gazetteer.h"
#include "extract/list_items.h"
#include "extract/rules.h"

namespace marketclaims {
namespace {

constexpr int kMaxItemWords = 8;

// True when one of the words of `lower` (runs of letters and digits) is in
// `words`.
bool HasWordOf(std::string_view lower, const WordSet& words) {
  std::size_t start = 0;
  for (std::size_t i = 0; i <= lower.size(); ++i) {
    if (i < lower.size() && std::isalnum(static_cast<unsigned char>(lower[i]))) continue;
    if (i > start && words.Contains(lower.substr(start, i - start))) return true;
    start = i + 1;
  }
  return false;
}

// "Cloud-based (dominant)", "Gels (38%)": a remark on a segment in
// parentheses is not part of its name; an abbreviation ("Blind Spot
// Detection (BSD)") is.
std::string WithoutRemark(std::string item) {
  static const WordSet kRemarkWords = {"dominant", "largest",  "leading", "fastest",
                                       "growing",  "emerging", "major",   "biggest",
                                       "share",    "highest",  "smallest"};
  std::size_t open = item.rfind(" (");
  if (open == std::string::npos || item.back() != ')') return item;
  std::string inner = AsciiLower(std::string_view(item).substr(open + 2, item.size() - open - 3));
  if (inner.find('%') != std::string::npos || HasWordOf(inner, kRemarkWords)) item.erase(open);
  return item;
}

class ListCollector {
 public:
  ListCollector(const std::string& market, const RegionMatcher& regions, Extraction* out)
      : market_(AsciiLower(market)), out_(out) {
    // "U.S. Hip Replacement": the market's own place, however it is spelled.
    for (const TextSpan& span : regions.FindAll(market)) {
      market_regions_.insert(CanonicalRegion(market.substr(span.begin, span.end - span.begin)));
    }
  }

  // The partial word a cut fragment ends in (see CutOffPiece); "" for none.
  void SetCutOffPiece(std::string piece) { cut_off_piece_ = std::move(piece); }

  void AddSegment(const std::string& dimension, const std::string& name) {
    std::string n = WithoutRemark(CleanItem(name));
    if (n.empty() || WordCount(n) > kMaxItemWords || n == cut_off_piece_) return;
    // List filler and names of whole markets are not segments.
    std::string lower = AsciiLower(n);
    // Metrics listed under a segment ("Growth Rate", "Revenue Share").
    static const WordSet kMetricWords = {"cagr",   "revenue",  "forecast", "historical",
                                         "growth", "share",    "trend",    "trends",
                                         "tags",   "overview", "size"};
    std::size_t start = 0;
    for (std::size_t i = 0; i <= lower.size(); ++i) {
      if (i < lower.size() && std::isalnum(static_cast<unsigned char>(lower[i]))) continue;
      if (i > start && kMetricWords.Contains(std::string_view(lower).substr(start, i - start)))
        return;
      start = i + 1;
    }
    if (lower == "applications" || lower == "application" || lower == "types" || lower == "type")
      return;
    if (lower == "etc" || lower.rfind("a variety of", 0) == 0 ||
        lower.rfind("many other", 0) == 0 || lower.rfind("various other", 0) == 0 ||
        ContainsWord(lower, "market") || ContainsWord(lower, "markets")) {
      return;
    }
    if (!std::isalnum(static_cast<unsigned char>(n[0])) && static_cast<unsigned char>(n[0]) < 0x80)
      return;
    if (dimension == "region") {
      AddRegion(n);
      return;
    }
    std::string key = dimension + "\n" + AsciiLower(n);
    if (!seen_segments_.insert(key).second) return;
    out_->segments.push_back({dimension, n});
  }

  // Adds `written` when it is a region; returns whether it was.
  bool AddRegion(const std::string& written) {
    std::string name = CleanItem(written);
    if (StartsWithIgnoreCase(name, "the ")) name.erase(0, 4);
    std::size_t paren = name.find(" (");
    if (paren != std::string::npos && name.back() == ')')
      name = std::string(Trim(name.substr(0, paren)));
    std::string canonical = CanonicalRegion(name);
    if (canonical.empty()) return false;
    // A place inside the market's own name is not one of its regions.
    if (!market_.empty() && market_.find(AsciiLower(name)) != std::string::npos) return true;
    if (market_regions_.count(canonical)) return true;
    if (!seen_regions_.insert(canonical).second) return true;
    out_->regions.push_back({name, canonical});
    return true;
  }

 private:
  std::string market_;
  Extraction* out_;
  std::set<std::string> seen_segments_;
  std::set<std::string> seen_regions_;
  std::set<std::string> market_regions_;  // canonical
  std::string cut_off_piece_;
};

bool IsKnownDimension(const std::string& dim) {
  return dim == "type" || dim == "application" || dim == "region";
}

// "based on Type" -> "Type"; keeps the last words that name a dimension.
std::string DimensionWords(std::string_view written) {
  static constexpr std::string_view kLead[] = {"based on ",    "on the basis of ", "by ",  "and ",
                                               "in terms of ", "segmented by ",    "the ", "its ",
                                               "of "};
  std::string_view t = Trim(written);
  for (bool again = true; again;) {
    again = false;
    for (std::string_view l : kLead) {
      if (StartsWithIgnoreCase(t, l)) {
        t = Trim(t.substr(l.size()));
        again = true;
      }
    }
  }
  return std::string(t);
}

bool IsTitleCase(std::string_view words) {
  bool at_word = true;
  for (char c : words) {
    if (c == ' ' || c == '-' || c == '/') {
      at_word = true;
      continue;
    }
    if (at_word && std::islower(static_cast<unsigned char>(c))) return false;
    at_word = false;
  }
  return !words.empty();
}

// The dimension of a parenthesised enumeration, or "" when the words before
// the parenthesis do not name one. An own dimension ("Distribution
// Channel") is accepted only with `allow_own`; otherwise capitalised words
// before a parenthesis are usually a name.
std::string ParenthesisedDimension(std::string_view written, bool allow_own) {
  std::string words = DimensionWords(written);
  // "By Vehicle Type (PHEV, BEV)": a qualified type is the page's own
  // dimension, not plain "type".
  if (allow_own && WordCount(words) >= 2 && WordCount(words) <= 3 && IsTitleCase(words) &&
      CanonicalRegion(words).empty()) {
    std::string dim = CanonicalDimension(words);
    std::string lower = AsciiLower(words);
    if (EndsWithIgnoreCase(lower, " type") || EndsWithIgnoreCase(lower, " types") ||
        IsKnownDimension(dim)) {
      return dim;
    }
  }
  // Try the last three, two, then one words.
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (words[i] == ' ') starts.push_back(i + 1);
  }
  for (std::size_t k = starts.size() > 3 ? starts.size() - 3 : 0; k < starts.size(); ++k) {
    std::string cand = words.substr(starts[k]);
    std::string dim = CanonicalDimension(cand);
    if (dim == "type" || dim == "application" || dim == "region") return dim;
  }
  if (allow_own && WordCount(words) <= 3 && IsTitleCase(words) && CanonicalRegion(words).empty()) {
    return CanonicalDimension(words);
  }
  return "";
}

// "Type (A, B) and Application (C, D)", "by Product Type (...), Distribution
// Channel (...), and Region (...)". An own dimension counts when it follows
// "by", or when it stands in a row of enumerations that includes a known one.
void ParenthesisedSegments(std::string_view sentence, const Rules& rules, ListCollector* lists) {
  struct Group {
    std::string dimension;  // as written
    std::string_view items;
  };
  std::vector<Group> groups;
  re2::StringPiece input(sentence), dimension, items;
  while (RE2::FindAndConsume(&input, rules.rule(kRuleSegmentParenthesised), &dimension, &items)) {
    groups.push_back({std::string(dimension), std::string_view(items)});
    if (input.empty()) break;
  }
  int known = 0;
  for (const Group& g : groups) known += !ParenthesisedDimension(g.dimension, false).empty();
  for (const Group& g : groups) {
    std::string lower = AsciiLower(Trim(g.dimension));
    bool after_by = lower.rfind("by ", 0) == 0 || lower.find(" by ") != std::string::npos;
    bool in_row = known > 0 && groups.size() >= 2;
    std::string dim = ParenthesisedDimension(g.dimension, after_by || in_row);
    if (dim.empty()) continue;
    for (const std::string& item : SplitListItems(g.items, dim != "region"))
      lists->AddSegment(dim, item);
  }
}

// "North America (U.S., Canada)": a region and its countries on one line.
void RegionWithCountries(const Block& b, const RegionMatcher& regions, ListCollector* lists) {
  if (b.text.empty() || b.text.back() != ')') return;
  std::size_t len = regions.PrefixLength(b.text);
  if (len == 0) return;
  std::string_view rest = Trim(std::string_view(b.text).substr(len));
  if (rest.size() < 3 || rest.front() != '(' || rest.back() != ')') return;
  std::vector<std::string> inner = SplitListItems(rest.substr(1, rest.size() - 2), false);
  int known = 0;
  for (const std::string& item : inner) known += !CanonicalRegion(item).empty();
  if (known == 0) return;
  lists->AddRegion(b.text.substr(0, len));
  for (const std::string& item : inner) {
    lists->AddRegion(item);
  }
}

// True when `gap` holds only list separators (", ", " and ", " the ").
bool IsListGap(std::string_view gap) {
  std::string lower = AsciiLower(gap);
  for (std::string_view w : {",", " and ", " or ", " the ", "&"}) {
    for (std::size_t p; (p = lower.find(w)) != std::string::npos;) lower.replace(p, w.size(), " ");
  }
  return Trim(lower).empty();
}

// Region names in a sentence about where the market is: "North America
// dominated the market, followed by Europe and Asia-Pacific". Names given as
// examples ("countries such as China and India") or addresses are left out.
void RegionsInSentence(const ScannedSentence& s, const Rules& rules, ListCollector* lists) {
  std::string_view text = s.text;
  if (!s.MayNameRegion() || !RE2::PartialMatch(text, rules.context(kCtxRegionCue))) return;
  re2::StringPiece causal;
  if (RE2::PartialMatch(text, rules.context(kCtxCausalClause), &causal)) {
    text = text.substr(0, causal.data() - text.data());
  }
  std::vector<TextSpan> spans = rules.regions().FindAll(text);
  bool aside = false;
  for (std::size_t k = 0; k < spans.size(); ++k) {
    // A region continuing an enumeration shares its verdict.
    bool continues =
        k > 0 && IsListGap(text.substr(spans[k - 1].end, spans[k].begin - spans[k - 1].end));
    if (!continues) {
      std::string before;
      aside = RE2::PartialMatch(text.substr(0, spans[k].begin), rules.context(kCtxRegionAside),
                                &before);
      // "Key regions such as North America and Europe" names the market's own.
      aside =
          aside && !EqualsIgnoreCase(before, "regions") && !EqualsIgnoreCase(before, "geographies");
    }
    // "Denso (Japan)": a company's home country in parentheses.
    bool parenthesised = spans[k].begin > 0 && text[spans[k].begin - 1] == '(' &&
                         spans[k].end < text.size() && text[spans[k].end] == ')';
    if (parenthesised && !continues) continue;
    if (!aside)
      lists->AddRegion(std::string(text.substr(spans[k].begin, spans[k].end - spans[k].begin)));
  }
}

// Tables of segments, in the two shapes pages use: a header cell naming
// the dimension over a column of segments ("Type Segment" / "Foam", "Gel"),
// or one row per dimension ("By Type" | "Storage, Transport").
void TableSegments(const Document& doc, std::size_t header, ListCollector* lists) {
  const Block& h = doc.blocks[header];
  if (h.row != 0 || h.column != 0) return;
  std::vector<const Block*> cells;
  for (std::size_t i = header; i < doc.blocks.size() && doc.blocks[i].table == h.table; ++i) {
    cells.push_back(&doc.blocks[i]);
  }
  std::string_view words = Trim(h.text);
  for (std::string_view tail : {" segments", " segment", " category", " categories"}) {
    if (EndsWithIgnoreCase(words, tail)) words = words.substr(0, words.size() - tail.size());
  }
  std::string header_dim = CanonicalDimension(DimensionWords(words));
  bool known = header_dim == "type" || header_dim == "application" || header_dim == "region";
  bool own = words.size() < Trim(h.text).size() && WordCount(words) <= 3 && IsTitleCase(words) &&
             EndsWithIgnoreCase(Trim(h.text), "segment");
  if (known || own) {
    int last_row = 0;
    for (const Block* cell : cells) {
      if (cell->column != 0 || cell->row <= last_row) continue;
      last_row = cell->row;
      lists->AddSegment(header_dim, cell->text);
    }
    return;
  }
  // One row per dimension: the header names the columns ("Segment",
  // "Dimension") or the rows start "By ...".
  std::string lower = AsciiLower(Trim(h.text));
  bool dimension_rows = lower == "segment" || lower == "segments" || lower == "dimension" ||
                        lower == "segmentation" || lower == "category" || lower == "criteria";
  for (std::size_t k = 0; k + 1 < cells.size(); ++k) {
    const Block* name = cells[k];
    const Block* list = cells[k + 1];
    if (name->row == 0 || name->column != 0 || list->row != name->row || list->column != 1)
      continue;
    bool by = StartsWithIgnoreCase(name->text, "by ");
    if (!by && !dimension_rows) continue;
    std::string dim = CanonicalDimension(DimensionWords(name->text));
    if (dim.empty() || WordCount(dim) > 3) continue;
    std::vector<std::string> items = SplitListItems(list->text, true);
    bool known_dim = dim == "type" || dim == "application" || dim == "region";
    if (items.size() < 2 && !known_dim) continue;  // "Storage | 38.6%" is a figure row
    for (const std::string& item : items) {
      if (item.find_first_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") !=
          std::string::npos) {
        lists->AddSegment(dim, item);
      }
    }
  }
}

// The items of a written list ("A, B and C.") under the dimension the
// words before it name ("by product type" -> type).
void AddSegmentList(std::string_view dimension_words, std::string_view items,
                    ListCollector* lists) {
  std::string dim = CanonicalDimension(DimensionWords(dimension_words));
  if (items.empty() || dim.empty() || WordCount(dim) > 3) return;
  while (!items.empty() && (items.back() == '.' || items.back() == ' ')) items.remove_suffix(1);
  for (const std::string& item : SplitListItems(items, true)) lists->AddSegment(dim, item);
}

bool IsRegionName(const std::string& text, const RegionMatcher& regions) {
  return !text.empty() && regions.PrefixLength(text) == text.size();
}

// A list whose items are mostly region names lists regions, whatever its
// heading says (a fragment often starts below the heading): "<b>Middle
// East & Africa:</b><ul><li>Egypt</li><li>Kenya</li></ul>". The list's own
// heading, when it is a region, is one too. Returns the block after the run.
std::size_t RegionRun(const Document& doc, std::size_t first, const RegionMatcher& regions,
                      ListCollector* lists) {
  std::size_t end = first;
  int named = 0;
  while (end < doc.blocks.size() && doc.blocks[end].kind == BlockKind::kListItem) {
    named += IsRegionName(CleanItem(doc.blocks[end].text), regions);
    ++end;
  }
  int total = static_cast<int>(end - first);
  // A list of nothing but region names lists regions even when it is one
  // item long: a fragment that starts inside a list of countries.
  if ((named >= 2 && named * 3 >= total * 2) || (named >= 1 && named == total)) {
    for (std::size_t i = first; i < end; ++i) {
      std::string item = CleanItem(doc.blocks[i].text);
      if (IsRegionName(item, regions)) lists->AddRegion(item);
    }
    if (first > 0) {
      const Block& above = doc.blocks[first - 1];
      std::string heading = CleanItem(above.text);
      bool heads = above.kind == BlockKind::kHeading || above.bold || above.text.back() == ':';
      if (heads && IsRegionName(heading, regions)) lists->AddRegion(heading);
    }
  }
  return std::max(end, first + 1);
}

// Blocks in a table of contents, a related-reports list or a page's
// boilerplate name sections and other pages, not this market's values.
bool HoldsValues(const Document& doc, std::size_t block) {
  SectionTopic t = doc.SectionOf(static_cast<int>(block)).topic;
  return t != SectionTopic::kOutline && t != SectionTopic::kBoilerplate;
}

// An item under a regional heading that is not itself a region name:
// "North America, Europe and APAC" on one line, "North America: a mature
// market ..." naming its region first.
void RegionsInItem(const std::string& text, const RegionMatcher& regions, ListCollector* lists) {
  std::vector<TextSpan> spans = regions.FindAll(text);
  bool one_line_list = spans.size() >= 2;
  for (std::size_t k = 1; k < spans.size() && one_line_list; ++k) {
    one_line_list = IsListGap(
        std::string_view(text).substr(spans[k - 1].end, spans[k].begin - spans[k - 1].end));
  }
  if (one_line_list) {
    for (const TextSpan& span : spans)
      lists->AddRegion(text.substr(span.begin, span.end - span.begin));
    return;
  }
  std::size_t len = regions.PrefixLength(text);
  if (len > 0) lists->AddRegion(text.substr(0, len));
}

}  // namespace

void FindSegmentsAndRegions(const Scan& scan, const Rules& rules, const std::string& market,
                            Extraction* out) {
  const Document& doc = *scan.doc;
  ListCollector lists(market, rules.regions(), out);
  // A fragment that stops mid-list: its last block is a paragraph.
  for (std::size_t i = doc.blocks.size(); i-- > 0;) {
    const Block& last = doc.blocks[i];
    if (last.text.empty()) continue;
    if (last.kind == BlockKind::kParagraph && last.table < 0)
      lists.SetCutOffPiece(CutOffPiece(last.text));
    break;
  }

  // Lists under a heading that names them (see sections.h).
  for (std::size_t k = 0; k < doc.sections.size(); ++k) {
    const Section& s = doc.sections[k];
    if (s.topic == SectionTopic::kRegions) {
      for (const SectionItem& item : s.items) {
        if (!lists.AddRegion(item.text)) RegionsInItem(item.text, rules.regions(), &lists);
      }
    } else if (s.topic == SectionTopic::kSegments && !s.dimension.empty()) {
      for (const SectionItem& item : s.items) lists.AddSegment(s.dimension, item.text);
    }
  }
  for (std::size_t i = 0; i < doc.blocks.size();) {
    if (doc.blocks[i].kind == BlockKind::kListItem && HoldsValues(doc, i)) {
      i = RegionRun(doc, i, rules.regions(), &lists);
    } else {
      ++i;
    }
  }
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (!HoldsValues(doc, i)) {
      // A table of contents names the geographies the report covers, each
      // entry on its own ("8.3.1 Norway"); its other entries are outline.
      std::string entry = CleanItem(b.text);
      if (doc.SectionOf(static_cast<int>(i)).topic == SectionTopic::kOutline &&
          rules.regions().PrefixLength(entry) == entry.size()) {
        lists.AddRegion(entry);
      }
      continue;
    }
    RegionWithCountries(b, rules.regions(), &lists);
    if (b.table >= 0) TableSegments(doc, i, &lists);
    // A region's own section: "<h3>Asia Pacific</h3>", a bold "Europe" line
    // or a "Middle East & Africa:" lead line over its countries.
    bool sub_heading =
        b.kind == BlockKind::kHeading || b.bold || (!b.text.empty() && b.text.back() == ':');
    if (sub_heading && b.table < 0) {
      std::string_view name = Trim(std::string_view(b.text));
      if (!name.empty() && name.back() == ':') name = Trim(name.substr(0, name.size() - 1));
      if (!name.empty() && rules.regions().PrefixLength(name) == name.size())
        lists.AddRegion(std::string(name));
    }
  }

  re2::StringPiece dimension, items, name;
  for (const ScannedSentence& s : scan.sentences) {
    if (!HoldsValues(doc, s.block)) continue;
    if (s.Fired(kRuleSegmentParenthesised)) ParenthesisedSegments(s.text, rules, &lists);
    if (s.Fired(kRuleSegmentInto) &&
        RE2::PartialMatch(s.text, rules.rule(kRuleSegmentInto), &dimension, &items)) {
      AddSegmentList(dimension, items, &lists);
    }
    re2::StringPiece dimension2, items2;
    if (s.Fired(kRuleSegmentByInto) &&
        RE2::PartialMatch(s.text, rules.rule(kRuleSegmentByInto), &dimension, &items, &dimension2,
                          &items2)) {
      AddSegmentList(dimension, items, &lists);
      AddSegmentList(dimension2, items2, &lists);
    }
    if (s.Fired(kRuleSegmentIncluding) &&
        RE2::PartialMatch(s.text, rules.rule(kRuleSegmentIncluding), &dimension, &items)) {
      AddSegmentList(dimension, items, &lists);
    }
    if (s.Fired(kRuleSegmentTypesOf) &&
        RE2::PartialMatch(s.text, rules.rule(kRuleSegmentTypesOf), &items)) {
      AddSegmentList("type", items, &lists);
    }
    if (s.Fired(kRuleSegmentOf) &&
        RE2::PartialMatch(s.text, rules.rule(kRuleSegmentOf), &dimension, &items)) {
      AddSegmentList(dimension, items, &lists);
    }
    if (s.Fired(kRuleSegmentCovers) &&
        RE2::PartialMatch(s.text, rules.rule(kRuleSegmentCovers), &dimension, &items)) {
      AddSegmentList(dimension, items, &lists);
    }
    if (s.Fired(kRuleSegmentIntoBy) &&
        RE2::PartialMatch(s.text, rules.rule(kRuleSegmentIntoBy), &items, &dimension)) {
      AddSegmentList(dimension, items, &lists);
    }
    // Only the known dimensions: "major growth areas are ..." names none.
    if (s.Fired(kRuleSegmentAreas) &&
        RE2::PartialMatch(s.text, rules.rule(kRuleSegmentAreas), &dimension, &items) &&
        IsKnownDimension(CanonicalDimension(dimension)) &&
        CanonicalDimension(dimension) != "region") {
      AddSegmentList(dimension, items, &lists);
    }
    if (s.Fired(kRuleSegmentNamed) &&
        RE2::PartialMatch(s.text, rules.rule(kRuleSegmentNamed), &name, &dimension)) {
      lists.AddSegment(CanonicalDimension(dimension), std::string(name));
    }
    if (s.Fired(kRuleSegmentLead) &&
        RE2::PartialMatch(s.text, rules.rule(kRuleSegmentLead), &dimension, &name)) {
      std::string dim = CanonicalDimension(dimension);
      if (dim != "region" && WordCount(name) <= 4) lists.AddSegment(dim, std::string(name));
      re2::StringPiece second;
      if (dim != "region" && RE2::PartialMatch(s.text, rules.context(kCtxSegmentWhile), &second) &&
          WordCount(second) <= 4) {
        lists.AddSegment(dim, std::string(second));
      }
    }
    RegionsInSentence(s, rules, &lists);
  }
}

}  // namespace marketclaims
