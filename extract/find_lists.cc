// Finds segments (by dimension) and regions. Both come from the same page
// shapes: "Type (A, B)" enumerations, "By Application:" headings over lists,
// "segmented into" sentences, and region lists under a geography heading.
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/list_items.h"
#include "extract/rules.h"
#include "extract/text_util.h"

namespace marketclaims {
namespace {

constexpr int kMaxItemWords = 8;

class ListCollector {
 public:
  ListCollector(const std::string& market, Extraction* out) : market_(AsciiLower(market)), out_(out) {}

  void AddSegment(const std::string& dimension, const std::string& name) {
    std::string n = CleanItem(name);
    if (n.empty() || WordCount(n) > kMaxItemWords) return;
    if (!std::isalnum(static_cast<unsigned char>(n[0])) && static_cast<unsigned char>(n[0]) < 0x80) return;
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
    if (paren != std::string::npos && name.back() == ')') name = std::string(Trim(name.substr(0, paren)));
    std::string canonical = CanonicalRegion(name);
    if (canonical.empty()) return false;
    // A place inside the market's own name is not one of its regions.
    if (!market_.empty() && market_.find(AsciiLower(name)) != std::string::npos) return true;
    if (!seen_regions_.insert(canonical).second) return true;
    out_->regions.push_back({name, canonical});
    return true;
  }

 private:
  std::string market_;
  Extraction* out_;
  std::set<std::string> seen_segments_;
  std::set<std::string> seen_regions_;
};

// "based on Type" -> "Type"; keeps the last words that name a dimension.
std::string DimensionWords(std::string_view written) {
  static constexpr std::string_view kLead[] = {"based on ", "on the basis of ", "by ", "and ", "in terms of ",
                                               "segmented by ", "the ", "its ", "of "};
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
// the parenthesis do not name one.
std::string ParenthesisedDimension(std::string_view written, bool segment_context) {
  std::string words = DimensionWords(written);
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
  if (segment_context && WordCount(words) <= 3 && IsTitleCase(words) && CanonicalRegion(words).empty()) {
    return CanonicalDimension(words);
  }
  return "";
}

bool LooksLikeListEntry(const Block& b) {
  if (b.kind == BlockKind::kListItem) return WordCount(b.text) <= kMaxItemWords;
  if (b.kind != BlockKind::kParagraph) return false;
  char last = b.text.back();
  return WordCount(b.text) <= 6 && last != '.' && last != ':' && last != '?';
}

// "By Product Type:", "Material Type Outlook (...)", "Application:",
// "5. Bio CMO Market, By Product" -> the dimension, or "".
std::string HeadingDimension(const Block& b) {
  std::string_view t = Trim(b.text);
  if (WordCount(t) > 12) return "";
  while (!t.empty() && (t.back() == ':' || t.back() == '-')) t.remove_suffix(1);
  std::string lower = AsciiLower(t);
  std::size_t by = lower.rfind("by ");
  if (by != std::string::npos && (by == 0 || lower[by - 1] == ' ') && WordCount(t.substr(by + 3)) <= 4) {
    std::string dim = CanonicalDimension(t.substr(by + 3));
    if (!dim.empty()) return dim;
  }
  std::size_t outlook = lower.find(" outlook");
  if (outlook != std::string::npos && WordCount(t.substr(0, outlook)) <= 3) {
    return CanonicalDimension(t.substr(0, outlook));
  }
  if (b.text.back() == ':' && WordCount(t) <= 3) {
    std::string dim = CanonicalDimension(t);
    if (dim == "type" || dim == "application" || dim == "region") return dim;
  }
  std::string dim = CanonicalDimension(t);
  if (b.kind == BlockKind::kHeading && dim == "region") return dim;
  if (lower.find("regional analysis") != std::string::npos || lower.find("regional outlook") != std::string::npos ||
      lower.find("geographical analysis") != std::string::npos ||
      lower.find("regional insights") != std::string::npos ||
      lower.find("regional segmentation") != std::string::npos) {
    return "region";
  }
  return "";
}

// Items listed under a dimension heading, until the next heading or prose.
void CollectUnderHeading(const Document& doc, std::size_t heading, const std::string& dimension,
                         ListCollector* lists) {
  for (std::size_t i = heading + 1; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind == BlockKind::kHeading || !HeadingDimension(b).empty()) return;
    if (dimension == "region") {
      // "North America: a mature market ..." names its region first.
      std::size_t len = RegionPrefixLength(b.text);
      if (len > 0 && (b.kind == BlockKind::kListItem || b.bold || len == b.text.size() ||
                      b.text[len] == ':' || LooksLikeListEntry(b))) {
        lists->AddRegion(b.text.substr(0, len));
        continue;
      }
      if (b.kind == BlockKind::kListItem) continue;
      if (LooksLikeListEntry(b)) continue;
      // Prose under a regional heading: keep reading, its list may follow.
      if (i > heading + 3) return;
      continue;
    }
    if (!LooksLikeListEntry(b)) {
      if (i == heading + 1 && b.kind == BlockKind::kParagraph) continue;  // an intro line
      return;
    }
    std::string_view text = b.text;
    std::size_t colon = text.find(':');
    if (colon != std::string_view::npos) text = text.substr(0, colon);
    lists->AddSegment(dimension, std::string(text));
  }
}

// "North America (U.S., Canada)": a region and its countries on one line.
void RegionWithCountries(const Block& b, ListCollector* lists) {
  std::size_t len = RegionPrefixLength(b.text);
  if (len == 0) return;
  std::string_view rest = Trim(std::string_view(b.text).substr(len));
  if (rest.size() < 3 || rest.front() != '(' || rest.back() != ')') return;
  std::vector<std::string> inner = SplitListItems(rest.substr(1, rest.size() - 2), false);
  int regions = 0;
  for (const std::string& item : inner) regions += !CanonicalRegion(item).empty();
  if (regions == 0) return;
  lists->AddRegion(b.text.substr(0, len));
  for (const std::string& item : inner) {
    lists->AddRegion(item);
  }
}

// Region names enumerated in a sentence about regions.
void RegionsInSentence(std::string_view text, ListCollector* lists) {
  std::vector<std::string> found;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && text[i - 1] != ' ' && text[i - 1] != '(') continue;
    if (!std::isupper(static_cast<unsigned char>(text[i]))) continue;
    std::size_t len = RegionPrefixLength(text.substr(i));
    if (len == 0) continue;
    found.emplace_back(text.substr(i, len));
    i += len;
  }
  if (found.size() < 2) return;
  for (const std::string& r : found) lists->AddRegion(r);
}

// "North America dominated the market in 2025."
void RegionAsSubject(std::string_view text, ListCollector* lists) {
  std::string_view t = text;
  if (StartsWithIgnoreCase(t, "in ")) t.remove_prefix(3);
  if (StartsWithIgnoreCase(t, "the ")) t.remove_prefix(4);
  std::size_t len = RegionPrefixLength(t);
  if (len == 0 || !std::isupper(static_cast<unsigned char>(t[0]))) return;
  std::string lower = AsciiLower(t.substr(len));
  static constexpr std::string_view kVerbs[] = {" dominated", " dominates", " held", " holds", " accounted",
                                                " led ", " leads", " is expected", " is projected",
                                                " is anticipated", " is estimated", " emerged",
                                                " captured", " is the largest", " was the largest",
                                                " is the fastest", " region is", " region held",
                                                " region dominated", " is poised", " represented"};
  bool verb = false;
  for (std::string_view v : kVerbs) verb |= lower.rfind(v, 0) == 0;
  bool about_market = lower.find("market") != std::string::npos || lower.find("cagr") != std::string::npos ||
                      lower.find("share") != std::string::npos;
  if (verb && about_market) lists->AddRegion(std::string(t.substr(0, len)));
}

}  // namespace

void FindSegmentsAndRegions(const Scan& scan, const Rules& rules, const std::string& market,
                            Extraction* out) {
  const Document& doc = *scan.doc;
  ListCollector lists(market, out);

  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    std::string dim = HeadingDimension(b);
    if (!dim.empty()) {
      // "By Type: A, B, C" carries its items on the same line.
      std::size_t colon = b.text.find(':');
      if (colon != std::string::npos && colon + 1 < b.text.size() && dim != "region") {
        for (const std::string& item : SplitListItems(std::string_view(b.text).substr(colon + 1), false)) {
          lists.AddSegment(dim, item);
        }
      }
      CollectUnderHeading(doc, i, dim, &lists);
    }
    RegionWithCountries(b, &lists);
  }

  re2::StringPiece dimension, items, name;
  for (const ScannedSentence& s : scan.sentences) {
    bool segment_context = false;
    std::string lower = AsciiLower(s.text);
    for (std::string_view w : {"segment", "categorized", "categorised", "classified", "by ", "divided"}) {
      segment_context |= lower.find(w) != std::string::npos;
    }
    if (s.Fired(kRuleSegmentParenthesised)) {
      re2::StringPiece input(s.text);
      while (RE2::FindAndConsume(&input, rules.rule(kRuleSegmentParenthesised), &dimension, &items)) {
        std::string dim = ParenthesisedDimension(dimension, segment_context);
        if (!dim.empty()) {
          for (const std::string& item : SplitListItems(items, false)) lists.AddSegment(dim, item);
        }
        if (input.empty()) break;
      }
    }
    if (s.Fired(kRuleSegmentInto) &&
        RE2::PartialMatch(s.text, rules.rule(kRuleSegmentInto), &dimension, &items)) {
      std::string dim = CanonicalDimension(DimensionWords(dimension));
      std::string_view list = items;
      while (!list.empty() && (list.back() == '.' || list.back() == ' ')) list.remove_suffix(1);
      if (!dim.empty() && WordCount(dim) <= 3) {
        for (const std::string& item : SplitListItems(list, true)) lists.AddSegment(dim, item);
      }
    }
    if (s.Fired(kRuleSegmentLead) &&
        RE2::PartialMatch(s.text, rules.rule(kRuleSegmentLead), &dimension, &name)) {
      std::string dim = CanonicalDimension(dimension);
      if (dim != "region" && WordCount(name) <= 4) lists.AddSegment(dim, std::string(name));
    }
    if (s.Fired(kRuleRegionIntro)) {
      std::string l = AsciiLower(s.text);
      bool examples = l.find("countries like") != std::string::npos ||
                      l.find("countries such as") != std::string::npos;
      bool about_regions = l.find("region") != std::string::npos || l.find("geograph") != std::string::npos;
      if (about_regions && !examples) RegionsInSentence(s.text, &lists);
    }
    RegionAsSubject(s.text, &lists);
  }
}

}  // namespace marketclaims
