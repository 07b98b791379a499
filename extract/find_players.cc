// Finds key players: companies listed under a "key players" / "competitive
// landscape" heading or sentence, as list items, one per paragraph, or a
// comma list ("Key players include A, B, and C").
#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/list_items.h"
#include "extract/next_match.h"
#include "extract/rules.h"
#include "base/text_util.h"

namespace marketclaims {
namespace {

constexpr int kMaxNameWords = 7;

// Words that mark a table-of-contents entry or a description, not a name.
bool HasNonNameWord(std::string_view name) {
  static const WordSet kWords = {
      "analysis", "overview", "ranking", "strategies", "strategy", "developments", "landscape",
      "market", "share", "profile", "profiles", "introduction", "methodology", "summary", "players",
      "companies", "manufacturers", "vendors", "competitors", "key", "others", "other", "report",
      "segment", "segmentation", "forecast", "region", "regions", "regional", "trends", "drivers", "growth",
      "opportunities", "challenges", "conclusion", "appendix", "contact", "about", "download",
      "sample", "discount", "purchase", "buy", "click", "here", "visit", "read", "more", "email",
      "phone", "copyright", "table", "figure", "chapter", "revenue", "sales", "portfolio",
      "financials", "swot", "recent", "product", "products", "offered", "is", "are", "was",
      "were", "has", "have", "the", "include", "includes", "including", "this", "these", "with",
      "note", "source", "sources", "example", "million", "billion", "trillion", "disclaimer", "highlights", "insights", "outlook", "scope"};
  std::string lower = AsciiLower(name);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= lower.size(); ++i) {
    if (i < lower.size() && std::isalpha(static_cast<unsigned char>(lower[i]))) continue;
    if (i > start && kWords.Contains(std::string_view(lower).substr(start, i - start))) return true;
    start = i + 1;
  }
  return false;
}

// Drops a parenthesised headquarters ("UPL Limited (Mumbai, India)") but
// keeps a parenthesised part of the name ("Hewlett Packard Enterprise (HPE)").
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

// A cleaned company name, or "" when `written` does not read as one.
std::string CompanyName(std::string_view written) {
  std::string name = DropLocation(CleanItem(written));
  if (name.size() < 2 || WordCount(name) > kMaxNameWords) return "";
  unsigned char first = static_cast<unsigned char>(name[0]);
  // "zSpace", "d'Vinci", "eBay": a lower-case start with a capital inside
  // the first word.
  std::size_t first_word_end = name.find(' ');
  bool camel = std::islower(first) &&
               std::any_of(name.begin() + 1, first_word_end == std::string::npos ? name.end()
                                                                                 : name.begin() + first_word_end,
                           [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  if (!(std::isupper(first) || std::isdigit(first) || first >= 0x80 || camel)) return "";
  if (name.find(": ") != std::string::npos || name.find('?') != std::string::npos ||
      name.find("http") != std::string::npos || name.find('@') != std::string::npos) {
    return "";
  }
  if (HasNonNameWord(name) || !CanonicalRegion(name).empty()) return "";
  // Figures and dates ("76.52", "Sept. 17, 2024") are not names; "3M" is.
  int digits = 0, letters = 0;
  for (char c : name) {
    digits += std::isdigit(static_cast<unsigned char>(c)) != 0;
    letters += std::isalpha(static_cast<unsigned char>(c)) != 0;
  }
  if (letters < 1 || letters + digits < 2 || digits > letters * 3) return "";
  // Names are capitalised word by word; a phrase of lower-case words is a
  // description ("Assessment of regulatory changes").
  int lower_words = 0;
  bool at_word = true;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (name[i] == ' ') {
      at_word = true;
      continue;
    }
    if (at_word && i > 0 && std::islower(static_cast<unsigned char>(name[i]))) {
      std::size_t e = name.find(' ', i);
      std::string_view w = std::string_view(name).substr(i, e == std::string::npos ? std::string::npos : e - i);
      bool connector = w == "and" || w == "of" || w == "de" || w == "del" || w == "la" || w == "von" ||
                       w == "der" || w == "du" || w == "des" || w == "y" || w == "&" || w == "for" || w == "the";
      lower_words += !connector;
    }
    at_word = false;
  }
  if (lower_words > 1) return "";
  return name;
}

class PlayerCollector {
 public:
  explicit PlayerCollector(Extraction* out) : out_(out) {}

  // Adds `written` if it reads as a company name; returns whether it did.
  bool Add(std::string_view written) {
    std::string name = CompanyName(written);
    if (name.empty()) return false;
    std::string key;
    for (char c : AsciiLower(name)) {
      if (std::isalnum(static_cast<unsigned char>(c))) key.push_back(c);
    }
    if (!seen_.insert(key).second) return true;
    out_->players.push_back({name});
    return true;
  }

 private:
  Extraction* out_;
  std::set<std::string> seen_;
};

// The list after "include", "such as", "are" or a colon in an intro sentence.
// The list after "include", "such as", "are" or a colon that follows the
// intro words ending at `from`: "Major players include established firms
// like A, B and C" -> "A, B and C".
std::string_view ListTail(std::string_view sentence, std::size_t from) {
  static constexpr std::string_view kMarkers[] = {" include ", " includes ", " including ", " such as ",
                                                  " are ", " namely ", ": ", " like "};
  std::string lower = AsciiLower(sentence);
  auto next_marker = [&](std::size_t after, std::size_t limit, std::size_t* at, std::size_t* len) {
    *at = std::string::npos;
    for (std::string_view m : kMarkers) {
      std::size_t p = lower.find(m, after);
      if (p != std::string::npos && p < limit && (*at == std::string::npos || p < *at)) {
        *at = p;
        *len = m.size();
      }
    }
    return *at != std::string::npos;
  };
  std::size_t at, len;
  if (!next_marker(from, lower.size(), &at, &len)) return {};
  std::size_t start = at + len;
  // A second marker before the first comma refines the list's start.
  std::size_t comma = lower.find(',', start);
  while (next_marker(start, comma == std::string::npos ? lower.size() : comma, &at, &len)) start = at + len;
  std::string_view tail = sentence.substr(start);
  while (!tail.empty() && (tail.back() == '.' || tail.back() == ' ')) tail.remove_suffix(1);
  return tail;
}

// A company name in bold opening a profile paragraph: "Thermo Fisher
// Scientific Inc. is a leading company ...".
bool LooksLikeName(const Block& b) {
  if (b.kind == BlockKind::kHeading) return false;
  std::string_view t = b.text;
  if (t.empty() || t.back() == ':' || t.back() == '?') return false;
  if (b.kind == BlockKind::kListItem) return WordCount(t) <= kMaxNameWords + 2;
  return WordCount(t) <= kMaxNameWords && (t.back() != '.' || EndsWithIgnoreCase(t, "inc.") ||
                                           EndsWithIgnoreCase(t, "ltd.") || EndsWithIgnoreCase(t, "co."));
}

bool IsPlayerHeading(const Block& b, const Scan& scan, const Rules& rules, std::size_t index) {
  if (b.kind != BlockKind::kHeading) return false;
  for (std::size_t s = scan.first_sentence[index]; s < scan.first_sentence[index + 1]; ++s) {
    if (rules.Confirms(scan.sentences[s], kRulePlayerIntro)) return true;
  }
  return false;
}

bool IsCompanyColumnHeader(std::string_view text) {
  std::string lower = AsciiLower(Trim(text));
  for (std::string_view h : {"company", "company name", "companies", "player", "players", "key player",
                             "key players", "manufacturer", "manufacturers", "vendor", "vendors", "key companies"}) {
    if (lower == h) return true;
  }
  return false;
}

// Companies in tables: a column headed "Company", or a row labelled "Key
// companies profiled" whose next cell lists them.
void TablePlayers(const Scan& scan, const Rules& rules, PlayerCollector* players) {
  const Document& doc = *scan.doc;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.table < 0) continue;
    if (b.row == 0 && IsCompanyColumnHeader(b.text)) {
      for (std::size_t j = i + 1; j < doc.blocks.size() && doc.blocks[j].table == b.table; ++j) {
        const Block& cell = doc.blocks[j];
        if (cell.row > 0 && cell.column == b.column) players->Add(cell.text);
      }
      continue;
    }
    bool labels_players = false;
    for (std::size_t s = scan.first_sentence[i]; s < scan.first_sentence[i + 1]; ++s) {
      labels_players |= rules.Confirms(scan.sentences[s], kRulePlayerIntro);
    }
    if (b.column == 0 && labels_players && i + 1 < doc.blocks.size()) {
      const Block& next = doc.blocks[i + 1];
      if (next.table == b.table && next.row == b.row && next.column == 1) {
        for (const std::string& item : SplitListItems(next.text, true)) players->Add(item);
      }
    }
  }
}

}  // namespace

std::string ProfiledCompany(const Block& b, const Rules& rules) {
  if (b.bold_lead == 0 || b.kind == BlockKind::kHeading) return "";
  std::string_view rest = std::string_view(b.text).substr(b.bold_lead);
  if (!RE2::PartialMatch(rest, rules.context(kCtxProfileVerb))) return "";
  return CompanyName(std::string_view(b.text).substr(0, b.bold_lead));
}

void FindPlayers(const Scan& scan, const Rules& rules, Extraction* out) {
  const Document& doc = *scan.doc;
  PlayerCollector players(out);
  for (const Block& b : doc.blocks) {
    std::string profiled = ProfiledCompany(b, rules);
    if (!profiled.empty()) players.Add(profiled);
  }
  TablePlayers(scan, rules, &players);

  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    bool intro_heading = IsPlayerHeading(b, scan, rules, i);
    bool intro_paragraph = false;
    std::size_t first = scan.first_sentence[i], end = scan.first_sentence[i + 1];
    if (!intro_heading && b.kind == BlockKind::kParagraph && first < end &&
        scan.sentences[first].Fired(kRulePlayerIntro)) {
      // The first intro in each sentence, read in one pass over the block
      // (an intro never crosses a sentence end).
      const std::string_view text = b.text;
      const ScannedSentence* last = &scan.sentences[end - 1];
      const ScannedSentence* next = &scan.sentences[first];
      re2::StringPiece intro;
      for (std::size_t from = 0; next <= last && NextMatch(rules.rule(kRulePlayerIntro), text, &from, &intro);) {
        const ScannedSentence& sent = *SentenceHolding(next, last + 1, intro.data());
        next = &sent + 1;
        if (next <= last) from = next->text.data() - text.data();
        std::string_view tail = ListTail(sent.text, intro.data() - sent.text.data());
        int added = 0;
        std::vector<std::string> items = SplitListItems(tail, true);
        if (items.size() >= 2) {
          for (const std::string& item : items) added += players.Add(item);
        }
        // An intro that ends the block ("The key players are:") heads a list.
        if (added == 0 && &sent == last) intro_paragraph = true;
      }
    }
    if (!intro_heading && !intro_paragraph) continue;
    // Collect the list that follows, skipping prose, until the next heading.
    int misses = 0;
    for (std::size_t j = i + 1; j < doc.blocks.size() && misses < 3; ++j) {
      const Block& c = doc.blocks[j];
      // Tables are read by TablePlayers, except a layout table holding the
      // whole section in one cell.
      if (c.table >= 0 && (c.table != b.table || c.row != b.row || c.column != b.column)) break;
      // A profile section puts each company's name in bold on its own line,
      // which reads as a minor heading.
      if (c.kind == BlockKind::kHeading && c.level == 6 && c.bold && intro_heading && players.Add(c.text)) {
        misses = 0;
        continue;
      }
      if (c.kind == BlockKind::kHeading) break;
      if (LooksLikeName(c)) {
        if (players.Add(c.text)) {
          misses = 0;
          continue;
        }
      } else if (c.kind == BlockKind::kParagraph && c.text.find(',') != std::string::npos &&
                 WordCount(c.text) <= 60 && c.text.back() != '.') {
        // <p>A, B, C</p>: a bare comma list, if it is mostly names (a quote
        // with commas is not).
        std::vector<std::string> items = SplitListItems(c.text, true);
        std::size_t names = 0;
        for (const std::string& item : items) names += !CompanyName(item).empty();
        if (items.size() >= 2 && names * 10 >= items.size() * 7) {
          for (const std::string& item : items) players.Add(item);
          continue;
        }
      }
      ++misses;
    }
  }
}

}  // namespace marketclaims
