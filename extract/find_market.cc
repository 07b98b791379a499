// Finds the market a page is about. Every "<name> market" phrase in the
// title, headings and sentences is a candidate; candidates are compared by
// a normalised key and the one with the most weight wins (the title counts
// most). The name is kept as written, without "Global"/"The" and "Market".
#include <algorithm>
#include <cctype>
#include <map>
#include <string>
#include <vector>

#include "base/text_util.h"
#include "extract/gazetteer.h"
#include "extract/market_names.h"
#include "extract/next_match.h"
#include "extract/rules.h"

namespace marketclaims {
namespace {

constexpr int kMaxNameWords = 8;

bool IsStopWord(std::string_view lower) {
  static const WordSet kStop = {
      "the",        "a",     "an",    "global", "worldwide", "this",    "that",    "these",
      "its",        "their", "our",   "to",     "by",        "is",      "are",     "was",
      "were",       "with",  "at",    "from",   "as",        "into",    "overall", "entire",
      "total",      "whole", "which", "where",  "while",     "has",     "have",    "had",
      "be",         "been",  "will",  "would",  "than",      "about",   "across",  "within",
      "throughout", "such",  "whose", "said",   "current",   "today's", "of",      "in",
      "for",        "on",    "and",   "or",     "&",         "-",       "–",       "|"};
  return kStop.Contains(lower);
}

// Words that can sit inside a title-case name between capitalised words.
bool IsConnector(std::string_view lower) {
  return lower == "and" || lower == "&" || lower == "of" || lower == "in" || lower == "for" ||
         lower == "on" || lower == "-" || lower == "to" || lower == "the";
}

// Names that are not a market of their own.
bool IsGenericName(const std::string& key) {
  static const WordSet kGeneric = {"overall",
                                   "target",
                                   "stock",
                                   "emerging",
                                   "regional",
                                   "domestic",
                                   "local",
                                   "international",
                                   "national",
                                   "mature",
                                   "niche",
                                   "mass",
                                   "end",
                                   "this",
                                   "parent",
                                   "broader",
                                   "wider",
                                   "larger",
                                   "whole",
                                   "research",
                                   "free",
                                   "open",
                                   "financial",
                                   "capital",
                                   "labor",
                                   "labour",
                                   "job",
                                   "competitive",
                                   "fragmented",
                                   "consolidated",
                                   "highly competitive",
                                   "concentrated",
                                   "us",
                                   "existing",
                                   "growing",
                                   "expanding",
                                   "evolving",
                                   "dynamic",
                                   "key",
                                   "new",
                                   "current",
                                   "addressable",
                                   "total addressable",
                                   "serviceable",
                                   "potential",
                                   "respective",
                                   "global",
                                   "after",
                                   "aftermarket",
                                   "retail",
                                   "commercial",
                                   "the",
                                   "asian",
                                   "european",
                                   "american",
                                   "chinese",
                                   "indian",
                                   "japanese",
                                   "german",
                                   "african",
                                   "report",
                                   "market",
                                   "industry",
                                   "entire",
                                   "whole",
                                   "specific",
                                   "particular",
                                   "relevant",
                                   "various",
                                   "today",
                                   "tomorrow",
                                   "end user",
                                   "end use",
                                   "application",
                                   "type",
                                   "segment",
                                   "region",
                                   "product",
                                   "cross",
                                   "mid",
                                   "analysis",
                                   "analytics",
                                   "following",
                                   "above",
                                   "below",
                                   "same",
                                   "other",
                                   "next",
                                   "previous"};
  return kGeneric.Contains(key) || !CanonicalRegion(key).empty();
}

// Words that open a sentence or title but never a market's name.
bool IsNeverInName(std::string_view lower) {
  static const WordSet kWords = {
      "according", "understanding", "recent",      "highest",     "largest",   "biggest",
      "fastest",   "top",           "latest",      "new",         "current",   "future",
      "total",     "overall",       "regional",    "leading",     "booming",   "growing",
      "emerging",  "expanding",     "thriving",    "rapidly",     "explosive", "report",
      "research",  "analysis",      "insights",    "trends",      "forecast",  "outlook",
      "projected", "estimated",     "expected",    "anticipated", "dynamic",   "evolving",
      "entire",    "whole",         "competitive", "lucrative",   "promising", "related",
      "adjacent",  "broader"};
  return kWords.Contains(lower);
}

bool IsCapitalised(std::string_view word) {
  // A quoted title ('title = "Wearable AI Market'), a bracket: the word is
  // what follows them.
  std::size_t i = 0;
  while (i + 1 < word.size() && (word[i] == '(' || word[i] == '"' || word[i] == '\'' ||
                                 word[i] == '[' || word[i] == '*' || word[i] == '#')) {
    ++i;
  }
  unsigned char c = static_cast<unsigned char>(word[i]);
  return std::isupper(c) || std::isdigit(c) || c >= 0x80;
}

// An amount or a year ("$200", "2024", "billion") ends a name read
// backwards: "the $200 billion counterfeit drug market" is about counterfeit
// drugs. Names with digits ("3D Printing", "5G", "Web 3.0") stay whole.
bool IsFigureWord(std::string_view word) {
  static const WordSet kUnits = {"million", "billion", "trillion", "thousand", "bn",  "mn",  "mln",
                                 "crore",   "lakh",    "usd",      "us$",      "eur", "gbp", "inr"};
  if (kUnits.Contains(AsciiLower(word))) return true;
  // $, and the currency signs of UTF-8: U+20A0-20BF (euro, rupee) and the pound.
  std::string_view lead = word.substr(0, 2);
  if (word[0] == '$' || lead == "\xE2\x82" || lead == "\xC2\xA3") return true;
  bool year = word.size() == 4 && (word.substr(0, 2) == "19" || word.substr(0, 2) == "20");
  for (char ch : word) year &= std::isdigit(static_cast<unsigned char>(ch)) != 0;
  return year;
}

// A unit or a currency sign before a lower-case name sets it apart the way
// "the" does ("a $200 billion counterfeit drug market").
bool IsAmountWord(std::string_view word) {
  return IsFigureWord(word) && !std::isdigit(static_cast<unsigned char>(word.back())) &&
         word.back() != '%';
}

// "U.S.", "U.K.": a word whose last dot is not a sentence end.
bool IsDottedAbbreviation(std::string_view word) {
  return word.size() >= 3 && word.back() == '.' &&
         word.substr(0, word.size() - 1).find('.') != std::string_view::npos;
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
  // "the mixed reality (MR) market": the abbreviation is part of the name
  // but the words before it say how the name is written.
  std::string_view last_word = words.back();
  bool abbreviated = words.size() > 1 && last_word.size() > 2 && last_word.front() == '(' &&
                     last_word.back() == ')';
  bool title_mode = IsCapitalised(abbreviated ? words[words.size() - 2] : last_word);
  for (int i = static_cast<int>(words.size()) - 1; i >= 0; --i) {
    std::string_view w = words[i];
    char last = w.back();
    if (i != static_cast<int>(words.size()) - 1 &&
        (last == ',' || (last == '.' && !IsDottedAbbreviation(w)) || last == ':' || last == ';' ||
         last == '"')) {
      break;
    }
    if (IsFigureWord(w)) break;
    if (last == ':' || last == ',' || last == ';') break;
    std::string lower = AsciiLower(w);
    // "(Global BI ...": the word, not its bracket, says where a name begins.
    while (lower.size() > 1 && (lower[0] == '(' || lower[0] == '"')) lower.erase(0, 1);
    if (static_cast<int>(words.size()) - i > kMaxNameWords) break;
    // "Analysis of the ... market" opens a title, but "Malware Analysis
    // Market" names one: right before the market word it is the name's.
    bool kind_of_work = lower == "analysis" || lower == "research" || lower == "analytics";
    if (IsNeverInName(lower) && !(kind_of_work && i == static_cast<int>(words.size()) - 1)) break;
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
    if (abbreviated && i == static_cast<int>(words.size()) - 1) {
      first = i;
      continue;
    }
    if (static_cast<int>(words.size()) - i > 5) break;
    first = i;
  }
  if (first >= static_cast<int>(words.size())) return "";
  // In lower-case mode the name must follow a determiner ("the telehealth").
  if (!title_mode) {
    if (first == 0) return "";
    std::string before = AsciiLower(words[first - 1]);
    if (before != "the" && before != "global" && before != "worldwide" && before != "overall" &&
        before != "total" && !IsAmountWord(before)) {
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

// One market as the page writes it, perhaps several ways.
struct Candidate {
  struct Form {
    std::string key;      // NameKey of the form
    std::string written;  // as first written in title case, else as first written
    double weight = 0;
  };
  double weight = 0;
  std::vector<Form> forms;  // in order of first sight

  // The form written most (the title's counts most), the first on a tie.
  const std::string& Written() const {
    const Form* best = &forms[0];
    for (const Form& f : forms) {
      if (f.weight > best->weight) best = &f;
    }
    return best->written;
  }
};

// The name of the market phrase whose market word `match` is in
// `sentence`, or "" for a publisher ("Expert Market Research") or a name
// that is no market of its own.
std::string NameOfPhrase(std::string_view sentence, re2::StringPiece match) {
  std::size_t pos = match.data() - sentence.data();
  // "mid-market", "go-to-market", "cross-market": a compound, not a market.
  if (pos > 0 && sentence[pos - 1] == '-') return "";
  // "Crestview Industry Research", "Market Research Future": publishers.
  std::string_view after = Trim(sentence.substr(pos + match.size()));
  // After "Market" only "Research" names a publisher ("Expert Market
  // Research"; "X Market Insights" and "X Market Research Report" are
  // titles).
  bool publisher = false;
  for (std::string_view w :
       {"Research", "Insights", "Intelligence", "Consulting", "Reports", "Analytics"}) {
    publisher |=
        after.substr(0, w.size()) == w && (EqualsIgnoreCase(match, "industry") || w == "Research");
  }
  if (publisher && EqualsIgnoreCase(match, "market")) {
    std::string_view rest = Trim(
        after.substr(after.find(' ') == std::string_view::npos ? after.size() : after.find(' ')));
    publisher = !(StartsWithIgnoreCase(rest, "report") || StartsWithIgnoreCase(rest, "study"));
  }
  if (publisher) return "";
  std::string name = NameBefore(sentence, pos);
  std::string key = NameKey(name);
  bool numeric = key.find_first_not_of("0123456789 ") == std::string::npos;
  if (key.empty() || numeric || IsGenericName(key)) return "";
  // A link's address ("[X market](https://...-market-1015)"), a name begun
  // inside a parenthesis ("CEF) market") or at a figure ("$838M market")
  // is a piece of text, not a name.
  for (std::string_view piece : {"](", "http", "www.", ".com", "/"}) {
    if (name.find(piece) != std::string::npos && piece != "/") return "";
  }
  if (name.find("://") != std::string::npos) return "";
  std::size_t open = std::count(name.begin(), name.end(), '(');
  std::size_t close = std::count(name.begin(), name.end(), ')');
  if (open != close || !std::isalnum(static_cast<unsigned char>(name[0]))) return "";
  return name;
}

// Words of a market name that say nothing about which market it is.
bool IsFillerWord(std::string_view lower) {
  static const WordSet kFiller = {"global",   "worldwide", "the",       "market",   "markets",
                                  "industry", "sector",    "product",   "products", "service",
                                  "services", "solution",  "solutions", "system",   "systems",
                                  "and",      "of",        "for",       "in"};
  return kFiller.Contains(lower);
}

// A market name's words that tell it apart, sorted, and the places it is
// in, as canonical regions: "U.S. Hip Replacement Products (HR)" ->
// {"hip", "replacement"} in {"United States"}.
struct NameParts {
  std::vector<std::string> words;
  std::vector<std::string> places;
};

// "Indian", "European": the place an adjective names, or "".
std::string PlaceOfAdjective(std::string_view lower) {
  static constexpr std::pair<std::string_view, std::string_view> kAdjectives[] = {
      {"indian", "India"},
      {"chinese", "China"},
      {"japanese", "Japan"},
      {"german", "Germany"},
      {"european", "Europe"},
      {"british", "United Kingdom"},
      {"french", "France"},
      {"african", "Africa"},
      {"asian", "Asia"},
      {"canadian", "Canada"},
      {"australian", "Australia"},
      {"north american", "North America"},
      {"latin american", "Latin America"},
      {"south american", "South America"},
      {"middle eastern", "Middle East"}};
  for (const auto& [adjective, place] : kAdjectives) {
    if (lower == adjective) return std::string(place);
  }
  return "";
}

NameParts PartsOf(std::string_view name) {
  std::string flat;
  int depth = 0;
  for (char c : name) {
    if (c == '(') ++depth;
    if (depth == 0) flat.push_back(c);
    if (c == ')' && depth > 0) --depth;
  }
  std::vector<std::string> tokens;
  for (std::string_view rest = flat; !rest.empty();) {
    std::size_t space = rest.find(' ');
    std::string token(rest.substr(0, space));
    rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    if (EndsWithIgnoreCase(token, "'s")) token.resize(token.size() - 2);
    if (!token.empty()) tokens.push_back(std::move(token));
  }
  NameParts parts;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (i + 1 < tokens.size()) {
      std::string pair = tokens[i] + " " + tokens[i + 1];
      std::string place = CanonicalRegion(pair);
      if (place.empty()) place = PlaceOfAdjective(AsciiLower(pair));
      if (!place.empty()) {
        parts.places.push_back(std::move(place));
        ++i;
        continue;
      }
    }
    std::string place = CanonicalRegion(tokens[i]);
    if (place.empty()) place = PlaceOfAdjective(AsciiLower(tokens[i]));
    if (!place.empty()) {
      parts.places.push_back(std::move(place));
      continue;
    }
    std::string key = NameKey(tokens[i]);
    for (std::size_t b = 0; b < key.size();) {
      std::size_t e = key.find(' ', b);
      if (e == std::string::npos) e = key.size();
      std::string w = key.substr(b, e - b);
      b = e + 1;
      if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.pop_back();
      if (!IsFillerWord(w)) parts.words.push_back(std::move(w));
    }
  }
  for (std::vector<std::string>* v : {&parts.words, &parts.places}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  return parts;
}

// Names written two ways ("X-rays system", "the X-ray system") count as
// one: the words that tell the market apart, singular and sorted, and its
// places.
std::string GroupKey(std::string_view name) {
  NameParts parts = PartsOf(name);
  std::string key;
  for (const std::string& w : parts.words) key += w + " ";
  key += "|";
  for (const std::string& p : parts.places) key += " " + p;
  return key;
}

// Every "<name> market" in `text` counts for its name. `text` is a block
// whose sentences are `sentences[0, count)` (in order), or with count 0 one
// sentence of its own (the title); a name never reaches back past the start
// of its sentence. A name that is only a place ("the North American market
// for imaging") is a region of the page's market, not a market.
void AddCandidates(std::string_view text, const ScannedSentence* sentences, std::size_t count,
                   double weight, const RE2& market_word, std::map<std::string, Candidate>* out,
                   std::map<std::string, std::string>* group_keys, bool first_only) {
  re2::StringPiece match;
  const ScannedSentence* current = sentences;
  for (std::size_t from = 0; NextMatch(market_word, text, &from, &match);) {
    std::string_view sentence = text;
    if (count > 0) {
      current = SentenceHolding(current, sentences + count, match.data());
      sentence = current->text;
    }
    std::string name = NameOfPhrase(sentence, match);
    if (name.empty()) continue;
    // A page writes its market the same way many times: key each form once.
    std::string form_key = NameKey(name);
    auto cached = group_keys->find(form_key);
    if (cached == group_keys->end()) {
      cached = group_keys->emplace(form_key, GroupKey(name)).first;
    }
    const std::string& key = cached->second;
    if (key.front() == '|') continue;  // no word but places
    // "Industry" names a market less surely than "Market" does.
    double word_weight = EqualsIgnoreCase(match, "industry") ? weight / 2 : weight;
    Candidate& c = (*out)[key];
    c.weight += word_weight;
    auto form = std::find_if(c.forms.begin(), c.forms.end(),
                             [&form_key](const Candidate::Form& f) { return f.key == form_key; });
    if (form == c.forms.end()) {
      c.forms.push_back({form_key, name, 0});
      form = c.forms.end() - 1;
    } else if (!IsCapitalised(form->written) && IsCapitalised(name)) {
      form->written = name;
    }
    form->weight += word_weight;
    if (first_only) return;
  }
}

}  // namespace

std::string MarketNamedNear(std::string_view sentence, std::size_t pos, const RE2& market_word) {
  std::string before, after;
  re2::StringPiece match;
  for (std::size_t from = 0; NextMatch(market_word, sentence, &from, &match);) {
    std::string name = NameOfPhrase(sentence, match);
    if (name.empty()) continue;
    if (static_cast<std::size_t>(match.data() - sentence.data()) < pos) {
      before = std::move(name);
    } else {
      after = std::move(name);
      break;
    }
  }
  return before.empty() ? after : before;
}

namespace {

// The abbreviation a name gives in parentheses, lower-cased: "Electric
// Vehicle (EV) Battery" -> "ev"; "" when none.
std::string Abbreviation(std::string_view name) {
  std::size_t open = name.find('(');
  std::size_t close = name.find(')', open == std::string_view::npos ? 0 : open);
  if (open == std::string_view::npos || close == std::string_view::npos) return "";
  std::string inner = NameKey(name.substr(open + 1, close - open - 1));
  if (inner.empty() || inner.find(' ') != std::string::npos) return "";
  return inner;
}

}  // namespace

bool SameMarketName(std::string_view claim, std::string_view page) {
  NameParts x = PartsOf(claim), y = PartsOf(page);
  // A sentence may leave out the page's place ("the smartphone market" on a
  // page about India's), never name another one.
  for (const std::string& place : x.places) {
    if (std::find(y.places.begin(), y.places.end(), place) == y.places.end()) return false;
  }
  // A name that is all filler names nothing to tell apart. Names that share
  // a word are too often the same market written two ways ("AI in
  // healthcare", "Healthcare Artificial Intelligence") to tell apart.
  if (x.words.empty() || y.words.empty()) return true;
  for (const std::string& w : x.words) {
    if (std::binary_search(y.words.begin(), y.words.end(), w)) return true;
  }
  // "Bio Contract Manufacturing Organization (CMO)" and "Bio CMO".
  for (const auto& [name, other] : {std::pair(claim, &y.words), std::pair(page, &x.words)}) {
    std::string abbreviation = Abbreviation(name);
    if (!abbreviation.empty() &&
        std::find(other->begin(), other->end(), abbreviation) != other->end()) {
      return true;
    }
  }
  return false;
}

std::string FindMarket(const Scan& scan, const Rules& rules) {
  const Document& doc = *scan.doc;
  const RE2& market_word = rules.rule(kRuleMarketPhrase);
  std::map<std::string, Candidate> candidates;
  std::map<std::string, std::string> group_keys;
  if (!doc.title.empty()) {
    AddCandidates(doc.title, nullptr, 0, 3.0, market_word, &candidates, &group_keys, true);
  }
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    std::size_t first = scan.first_sentence[b];
    std::size_t count = scan.first_sentence[b + 1] - first;
    if (count == 0 || !scan.sentences[first].Fired(kRuleMarketPhrase)) continue;
    const Block& block = doc.blocks[b];
    if (block.text == doc.title) continue;  // counted once, as the title
    // The page's own heading says what it is about as surely as its title.
    double weight = block.kind != BlockKind::kHeading ? 1.0 : block.level == 1 ? 3.0 : 1.5;
    AddCandidates(block.text, &scan.sentences[first], count, weight, market_word, &candidates,
                  &group_keys, false);
  }
  const Candidate* best = nullptr;
  for (const auto& [key, c] : candidates) {
    if (!best || c.weight > best->weight) best = &c;
  }
  return best ? best->Written() : "";
}

}  // namespace marketclaims
