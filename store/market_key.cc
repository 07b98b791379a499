#include "store/market_key.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <vector>

#include "base/text_util.h"

namespace marketclaims {
namespace {

// One token of a market name: a word, or a parenthesis (kept so an acronym
// in parentheses can be matched against the words before it).
struct Token {
  enum Type { kWord, kOpen, kClose } type = kWord;
  std::string text;         // lower-cased UTF-8
  std::string written;      // as written
  bool ends_upper = false;  // last letter as written was upper case ("SaaS")
  bool has_lower = false;   // any lower-case letter as written
  bool keep_form = false;   // an acronym: never made singular
};

// Decodes one UTF-8 sequence at s[*i]; invalid bytes give U+FFFD.
char32_t NextCodePoint(std::string_view s, std::size_t* i) {
  const unsigned char c = static_cast<unsigned char>(s[*i]);
  int len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (len == 0 || *i + len > s.size()) {
    ++*i;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
  for (int k = 1; k < len; ++k) {
    const unsigned char cc = static_cast<unsigned char>(s[*i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++*i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  *i += len;
  static const char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;
  return cp;
}

// Letters and digits make words; everything else (ASCII and Latin-1
// punctuation, the general punctuation and symbol blocks, full-width
// punctuation, U+FFFD) separates them.
bool IsWordChar(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
  if (cp >= 0xFF00 && cp <= 0xFF0F) return false;
  if (cp >= 0xFF1A && cp <= 0xFF20) return false;
  if (cp >= 0xFF3B && cp <= 0xFF40) return false;
  if (cp >= 0xFF5B && cp <= 0xFF65) return false;
  return cp != 0xFFFD;
}

// Lower case for the scripts market names are written in; others unchanged.
char32_t ToLower(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp < 0xC0) return cp;
  if (cp <= 0xDE) return cp == 0xD7 ? cp : cp + 32;
  if (cp == 0x130) return 'i';
  if (cp >= 0x100 && cp <= 0x137) return (cp % 2 == 0) ? cp + 1 : cp;
  if (cp >= 0x139 && cp <= 0x148) return (cp % 2 == 1) ? cp + 1 : cp;
  if (cp >= 0x14A && cp <= 0x177) return (cp % 2 == 0) ? cp + 1 : cp;
  if (cp == 0x178) return 0xFF;
  if (cp >= 0x179 && cp <= 0x17E) return (cp % 2 == 1) ? cp + 1 : cp;
  if (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) return cp + 32;
  if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
  return cp;
}

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }

std::vector<Token> Tokenize(std::string_view name) {
  std::vector<Token> tokens;
  Token word;
  bool in_word = false;
  auto finish = [&] {
    if (in_word) tokens.push_back(std::move(word));
    word = Token();
    in_word = false;
  };
  std::size_t i = 0;
  while (i < name.size()) {
    const char32_t cp = NextCodePoint(name, &i);
    if (IsWordChar(cp)) {
      const char32_t lower = ToLower(cp);
      AppendUtf8(lower, &word.text);
      AppendUtf8(cp, &word.written);
      word.ends_upper = lower != cp;
      if ((cp >= 'a' && cp <= 'z') || (cp >= 0x80 && lower == cp)) word.has_lower = true;
      in_word = true;
      continue;
    }
    // "Women's" stays one word; a quote elsewhere separates.
    if (IsApostrophe(cp) && in_word && i < name.size()) {
      std::size_t j = i;
      if (IsWordChar(NextCodePoint(name, &j))) continue;
    }
    finish();
    Token mark;
    mark.type = cp == '(' || cp == '[' ? Token::kOpen : Token::kClose;
    if (cp == '(' || cp == '[' || cp == ')' || cp == ']') tokens.push_back(mark);
    if (cp == '&') {
      Token and_word;
      and_word.text = and_word.written = "and";
      tokens.push_back(and_word);
    }
  }
  finish();
  return tokens;
}

bool IsLinkWord(const std::string& w) {
  return w == "and" || w == "of" || w == "the" || w == "for" || w == "in" || w == "on" ||
         w == "a" || w == "an" || w == "to" || w == "as" || w == "with" || w == "by";
}

// The first byte of a lower-cased word, enough to compare with an ASCII
// acronym letter.
char Initial(const Token& t) { return t.text.empty() ? '\0' : t.text[0]; }

bool IsAcronym(const std::string& s) {
  if (s.size() < 2 || s.size() > 6) return false;
  for (char c : s) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

// Matches `acronym` against the words words[begin, end) read right to left,
// skipping link words that do not supply a letter. Returns the index of the
// first word used, or -1.
long MatchAcronymBefore(const std::vector<Token>& words, long end, const std::string& acronym) {
  long w = end - 1;
  for (long k = static_cast<long>(acronym.size()) - 1; k >= 0; --k) {
    while (w >= 0 && words[w].type == Token::kWord && Initial(words[w]) != acronym[k] &&
           IsLinkWord(words[w].text)) {
      --w;
    }
    if (w < 0 || words[w].type != Token::kWord || Initial(words[w]) != acronym[k]) return -1;
    --w;
  }
  return w + 1;
}

std::string KeyWord(const Token& t, bool any_lower);

// The key form of words[begin, end).
std::string KeyWords(const std::vector<Token>& words, std::size_t begin, std::size_t end,
                     bool any_lower) {
  std::string key;
  for (std::size_t i = begin; i < end; ++i) {
    if (!key.empty()) key.push_back(' ');
    key += KeyWord(words[i], any_lower);
  }
  return key;
}

// "X Y (XY)" -> "XY" and "XY (X Y)" -> "XY", the acronym kept as written.
// Each expansion met goes to *learned (key form of the words -> acronym).
std::vector<Token> CollapseAcronyms(const std::vector<Token>& in, bool any_lower,
                                    std::map<std::string, std::string>* learned) {
  std::vector<Token> out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    // A group of one word in parentheses standing for the words before it.
    if (in[i].type == Token::kOpen && i + 2 < in.size() && in[i + 1].type == Token::kWord &&
        in[i + 2].type == Token::kClose && IsAcronym(in[i + 1].text)) {
      long first = MatchAcronymBefore(out, static_cast<long>(out.size()), in[i + 1].text);
      if (first >= 0) {
        Token acronym = in[i + 1];
        acronym.keep_form = true;
        if (learned && out.size() - first >= 2) {
          (*learned)[KeyWords(out, first, out.size(), any_lower)] = acronym.text;
        }
        out.resize(first);
        out.push_back(acronym);
        i += 2;
        continue;
      }
    }
    // An acronym followed by its expansion in parentheses.
    if (in[i].type == Token::kOpen && !out.empty() && out.back().type == Token::kWord &&
        IsAcronym(out.back().text)) {
      std::size_t close = i + 1;
      while (close < in.size() && in[close].type == Token::kWord) ++close;
      if (close < in.size() && in[close].type == Token::kClose && close > i + 2) {
        std::vector<Token> inner(in.begin() + i + 1, in.begin() + close);
        if (MatchAcronymBefore(inner, static_cast<long>(inner.size()), out.back().text) == 0) {
          out.back().keep_form = true;
          if (learned) (*learned)[KeyWords(inner, 0, inner.size(), any_lower)] = out.back().text;
          i = close;
          continue;
        }
      }
    }
    if (in[i].type == Token::kWord) out.push_back(in[i]);
  }
  return out;
}

// "EVs", "PCs": capitals and digits, then a lower-case plural s.
bool IsAcronymPlural(const std::string& written) {
  if (written.size() < 3 || written.back() != 's') return false;
  for (std::size_t i = 0; i + 1 < written.size(); ++i) {
    const char c = written[i];
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

bool EndsWith(const std::string& s, const char* suffix) {
  const std::string_view x(suffix);
  return s.size() >= x.size() && s.compare(s.size() - x.size(), x.size(), x) == 0;
}

std::string Singular(const std::string& w) {
  if (w.size() <= 3) return w;
  bool digits = true;
  for (char c : w) digits = digits && c >= '0' && c <= '9';
  if (digits) return w;
  static const char* const kKeep[] = {"series", "species", "news", "diabetes", "physics"};
  for (const char* k : kKeep) {
    if (w == k) return w;
  }
  if (EndsWith(w, "ss") || EndsWith(w, "us") || EndsWith(w, "is") || EndsWith(w, "gas")) {
    return w;
  }
  if (EndsWith(w, "ies") && w.size() > 4) return w.substr(0, w.size() - 3) + "y";
  if (EndsWith(w, "sses") || EndsWith(w, "xes") || EndsWith(w, "ches") || EndsWith(w, "shes") ||
      EndsWith(w, "zzes")) {
    return w.substr(0, w.size() - 2);
  }
  if (EndsWith(w, "s")) return w.substr(0, w.size() - 1);
  return w;
}

std::string KeyWord(const Token& t, bool any_lower) {
  // "SaaS" and "GPS" are written forms, not plurals; in a name written
  // all in capitals the case says nothing.
  if (IsAcronymPlural(t.written)) return t.text.substr(0, t.text.size() - 1);
  const bool as_written = t.keep_form || (any_lower && t.ends_upper);
  return as_written ? t.text : Singular(t.text);
}

std::string KeyOf(std::string_view name, std::map<std::string, std::string>* learned) {
  const std::vector<Token> tokens = Tokenize(name);
  bool any_lower = false;
  for (const Token& t : tokens) any_lower = any_lower || t.has_lower;
  const std::vector<Token> words = CollapseAcronyms(tokens, any_lower, learned);

  std::size_t begin = 0, end = words.size();
  while (begin < end && (words[begin].text == "the" || words[begin].text == "global" ||
                         words[begin].text == "worldwide")) {
    ++begin;
  }
  while (end > begin &&
         (words[end - 1].text == "market" || words[end - 1].text == "markets" ||
          words[end - 1].text == "industry" || words[end - 1].text == "industries")) {
    --end;
  }
  return KeyWords(words, begin, end, any_lower);
}

}  // namespace

std::string CanonicalMarketKey(std::string_view name) { return KeyOf(name, nullptr); }

void LearnAcronyms(std::string_view name, std::map<std::string, std::string>* expansions) {
  KeyOf(name, expansions);
}

std::string ApplyAcronyms(const std::string& key,
                          const std::map<std::string, std::string>& expansions) {
  if (expansions.empty()) return key;
  std::vector<std::string> words;
  for (std::size_t b = 0; b < key.size();) {
    std::size_t e = key.find(' ', b);
    if (e == std::string::npos) e = key.size();
    words.push_back(key.substr(b, e - b));
    b = e + 1;
  }
  std::string out;
  for (std::size_t i = 0; i < words.size();) {
    // The longest expansion starting here wins.
    std::size_t used = 0;
    const std::string* acronym = nullptr;
    std::string phrase = words[i];
    for (std::size_t j = i + 1; j < words.size(); ++j) {
      phrase += " " + words[j];
      auto it = expansions.find(phrase);
      if (it != expansions.end()) {
        used = j - i + 1;
        acronym = &it->second;
      }
    }
    if (!out.empty()) out.push_back(' ');
    if (acronym) {
      out += *acronym;
      i += used;
    } else {
      out += words[i];
      ++i;
    }
  }
  return out;
}

}  // namespace marketclaims
