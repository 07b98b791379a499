// Finds the market a page is about. Every "<name> market" phrase in the
// title, headings and sentences is a candidate; candidates are compared by
// a normalised key and the one with the most weight wins (the title counts
// most). The name is kept as written, without "Global"/"The" and "Market".
#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "extract/gazetteer.h"
#include "extract/next_match.h"
#include "extract/rules.h"
#include "base/text_util.h"

namespace marketclaims {
namespace {

constexpr int kMaxNameWords = 8;

bool IsStopWord(std::string_view lower) {
  static const WordSet kStop = {
      "the", "a", "an", "global", "worldwide", "this", "that", "these", "its", "their", "our",
      "to", "by", "is", "are", "was", "were", "with", "at", "from", "as", "into", "overall",
      "entire", "total", "whole", "which", "where", "while", "has", "have", "had", "be", "been",
      "will", "would", "than", "about", "across", "within", "throughout", "such", "whose",
      "said", "current", "today's", "of", "in", "for", "on", "and", "or", "&", "-", "–", "|"};
  return kStop.Contains(lower);
}

// Words that can sit inside a title-case name between capitalised words.
bool IsConnector(std::string_view lower) {
  return lower == "and" || lower == "&" || lower == "of" || lower == "in" || lower == "for" ||
         lower == "on" || lower == "-" || lower == "to" || lower == "the";
}

// Names that are not a market of their own.
bool IsGenericName(const std::string& key) {
  static const WordSet kGeneric = {
      "overall", "target", "stock", "emerging", "regional", "domestic", "local", "international",
      "national", "mature", "niche", "mass", "end", "this", "parent", "broader", "wider", "larger",
      "whole", "research", "free", "open", "financial", "capital", "labor", "labour", "job",
      "competitive", "fragmented", "consolidated", "highly competitive", "concentrated", "us",
      "existing", "growing", "expanding", "evolving", "dynamic", "key", "new", "current",
      "addressable", "total addressable", "serviceable", "potential", "respective", "global",
      "after", "aftermarket", "retail", "commercial", "the", "asian", "european", "american",
      "chinese", "indian", "japanese", "german", "african", "report", "market", "industry",
      "entire", "whole", "specific", "particular", "relevant", "various"};
  return kGeneric.Contains(key) || !CanonicalRegion(key).empty();
}

// Words that open a sentence or title but never a market's name.
bool IsNeverInName(std::string_view lower) {
  static const WordSet kWords = {
      "according", "understanding", "recent", "highest", "largest", "biggest", "fastest",
      "top", "latest", "new", "current", "future", "total", "overall", "regional", "leading",
      "booming", "growing", "emerging", "expanding", "thriving", "rapidly", "explosive", "report",
      "research", "analysis", "insights", "trends", "forecast", "outlook", "dynamic", "evolving",
      "entire", "whole", "competitive", "lucrative", "promising", "related", "adjacent", "broader"};
  return kWords.Contains(lower);
}

bool IsCapitalised(std::string_view word) {
  unsigned char c = static_cast<unsigned char>(word[0]);
  if (c == '(' && word.size() > 1) c = static_cast<unsigned char>(word[1]);
  return std::isupper(c) || std::isdigit(c) || c >= 0x80;
}

// Splits text[0, end) into words (spaces only) and returns them in order.
std::vector<std::string_view> WordsBefore(std::string_view text, std::size_t end) {
  std::vector<std::string_view> words;
  words.reserve(kMaxNameWords + 4);
  std::size_t i = end;
  while (i > 0 && words.size() < kMaxNameWords + 4) {
    while (i > 0 && text[i - 1] == ' ') --i;
    std::size_t j = i;
    while (j > 0 && text[j - 1] != ' ') --j;
    if (j == i) break;
    words.push_back(text.substr(j, i - j));
    i = j;
  }
  std::reverse(words.begin(), words.end());
  return words;
}

// The name written before the market word at `pos`, or "".
std::string NameBefore(std::string_view text, std::size_t pos) {
  std::vector<std::string_view> words = WordsBefore(text, pos);
  if (words.empty()) return "";
  // Walk back from the market word.
  int first = static_cast<int>(words.size());
  bool title_mode = IsCapitalised(words.back());
  for (int i = static_cast<int>(words.size()) - 1; i >= 0; --i) {
    std::string_view w = words[i];
    char last = w.back();
    if (i != static_cast<int>(words.size()) - 1 &&
        (last == ',' || last == '.' || last == ':' || last == ';' || last == '"')) {
      break;
    }
    if (last == ':' || last == ',' || last == ';') break;
    std::string lower = AsciiLower(w);
    if (static_cast<int>(words.size()) - i > kMaxNameWords) break;
    if (IsNeverInName(lower)) break;
    if (title_mode) {
      if (IsCapitalised(w)) {
        if (lower == "the" || lower == "global" || lower == "worldwide" || lower == "a" ||
            lower == "an" || lower == "our" || lower == "this" || lower == "in" || lower == "of" ||
            lower == "by" || lower == "for") {
          break;
        }
        first = i;
        continue;
      }
      // A connector joins two capitalised words ("Oil and Gas").
      if (IsConnector(lower) && lower != "the" && i > 0 && IsCapitalised(words[i - 1]) &&
          !IsStopWord(AsciiLower(words[i - 1]))) {
        continue;
      }
      break;
    }
    // Lower-case names may carry a capitalised word ("the Indian
    // e-commerce market") but stop at a stop word.
    if (IsStopWord(lower)) break;
    if (static_cast<int>(words.size()) - i > 5) break;
    first = i;
  }
  if (first >= static_cast<int>(words.size())) return "";
  // In lower-case mode the name must follow a determiner ("the telehealth").
  if (!title_mode) {
    if (first == 0) return "";
    std::string before = AsciiLower(words[first - 1]);
    if (before != "the" && before != "global" && before != "worldwide" && before != "overall") {
      return "";
    }
  }
  std::size_t b = words[first].data() - text.data();
  std::size_t e = words.back().data() + words.back().size() - text.data();
  std::string name(text.substr(b, e - b));
  // Strip quotes, a possessive and dangling punctuation.
  while (!name.empty() && (name[0] == '"' || name[0] == '\'' || name[0] == '(' || name[0] == '[')) {
    name.erase(0, 1);
  }
  while (!name.empty() && (name.back() == '"' || name.back() == '\'' || name.back() == '-')) {
    name.pop_back();
  }
  if (EndsWithIgnoreCase(name, "'s")) name.resize(name.size() - 2);
  return std::string(Trim(name));
}

std::string NameKey(std::string_view name) {
  std::string key;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      key.push_back(AsciiLowerChar(c));
    } else if (c == '&') {
      key += " and ";
    } else if (!key.empty() && key.back() != ' ') {
      key.push_back(' ');
    }
  }
  std::string out;
  for (char c : key) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out.push_back(c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

struct Candidate {
  double weight = 0;
  std::string written;      // the best written form seen
  double written_weight = 0;
};

// Every "<name> market" in `text` counts for its name. `text` is a block
// whose sentences are `sentences[0, count)` (in order), or with count 0 one
// sentence of its own (the title); a name never reaches back past the start
// of its sentence.
void AddCandidates(std::string_view text, const ScannedSentence* sentences, std::size_t count, double weight,
                   const RE2& market_word, std::map<std::string, Candidate>* out, bool first_only) {
  re2::StringPiece match;
  const ScannedSentence* current = sentences;
  for (std::size_t from = 0; NextMatch(market_word, text, &from, &match);) {
    std::string_view sentence = text;
    if (count > 0) {
      current = SentenceHolding(current, sentences + count, match.data());
      sentence = current->text;
    }
    std::size_t pos = match.data() - sentence.data();
    // "Crestview Industry Research", "Market Research Future": publishers.
    std::string_view after = Trim(sentence.substr(pos + match.size()));
    // After "Market" only "Research" names a publisher ("Expert Market
    // Research"; "X Market Insights" and "X Market Research Report" are
    // titles).
    bool publisher = false;
    for (std::string_view w : {"Research", "Insights", "Intelligence", "Consulting", "Reports", "Analytics"}) {
      publisher |= after.substr(0, w.size()) == w && (EqualsIgnoreCase(match, "industry") || w == "Research");
    }
    if (publisher && EqualsIgnoreCase(match, "market")) {
      std::string_view rest = Trim(after.substr(after.find(' ') == std::string_view::npos ? after.size()
                                                                                       : after.find(' ')));
      publisher = !(StartsWithIgnoreCase(rest, "report") || StartsWithIgnoreCase(rest, "study"));
    }
    if (publisher) continue;
    // "Industry" names a market less surely than "Market" does.
    double word_weight = EqualsIgnoreCase(match, "industry") ? weight / 2 : weight;
    std::string name = NameBefore(sentence, pos);
    if (name.empty()) continue;
    std::string key = NameKey(name);
    bool numeric = key.find_first_not_of("0123456789 ") == std::string::npos;
    if (key.empty() || numeric || IsGenericName(key)) continue;
    Candidate& c = (*out)[key];
    c.weight += word_weight;
    double w = word_weight + (IsCapitalised(name) ? 0.5 : 0);
    if (w > c.written_weight) {
      c.written = name;
      c.written_weight = w;
    }
    if (first_only) return;
  }
}

}  // namespace

std::string FindMarket(const Scan& scan, const Rules& rules) {
  const Document& doc = *scan.doc;
  const RE2& market_word = rules.rule(kRuleMarketPhrase);
  std::map<std::string, Candidate> candidates;
  if (!doc.title.empty()) AddCandidates(doc.title, nullptr, 0, 3.0, market_word, &candidates, true);
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    std::size_t first = scan.first_sentence[b];
    std::size_t count = scan.first_sentence[b + 1] - first;
    if (count == 0 || !scan.sentences[first].Fired(kRuleMarketPhrase)) continue;
    const Block& block = doc.blocks[b];
    if (block.text == doc.title) continue;  // counted once, as the title
    double weight = block.kind == BlockKind::kHeading ? 1.5 : 1.0;
    AddCandidates(block.text, &scan.sentences[first], count, weight, market_word, &candidates, false);
  }
  const Candidate* best = nullptr;
  for (const auto& [key, c] : candidates) {
    if (!best || c.weight > best->weight) best = &c;
  }
  return best ? best->written : "";
}

}  // namespace marketclaims
