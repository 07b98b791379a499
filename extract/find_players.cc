// Finds key players: companies listed under a "key players" / "competitive
// landscape" heading or sentence, as list items, one per paragraph, or a
// comma list ("Key players include A, B, and C").
#include <algorithm>
#include <cctype>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "base/text_util.h"
#include "extract/company_names.h"
#include "extract/gazetteer.h"
#include "extract/list_items.h"
#include "extract/next_match.h"
#include "extract/players_internal.h"
#include "extract/rules.h"

namespace marketclaims {

namespace players_internal {

// A list item cut to the name it opens with when words follow that cannot
// be part of it: the last item of "like Enphase, SolarEdge, and SMA are
// actively shaping the market" -> "SMA".
std::string_view NamePart(std::string_view item) {
  std::string_view t = Trim(item);
  std::size_t n = NameSpan(t);
  if (n == 0 || n + 2 > t.size() || t[n] != ' ') return item;
  if (StartsWithIgnoreCase(t.substr(n), " and ") && NameSpan(t.substr(n + 5)) > 0) {
    return t.substr(0, n);  // the first of two names; see NameParts
  }
  // "PepsiCo (owning Sting) dominate", "Vellacott [02:00:56]": an aside.
  std::size_t word = n + 1;
  if (t[word] == '[' || (t[word] == '(' && word + 1 < t.size())) ++word;
  unsigned char next = static_cast<unsigned char>(t[word]);
  return std::islower(next) || (word > n + 1 && t[n + 1] == '[') ? t.substr(0, n) : item;
}

// The names in one list item: NamePart, and a second name after " and "
// that the list's own split left in the item ("Holdings plc and Greywick
// Co., Ltd" when "Ltd" was the last piece).
std::vector<std::string_view> NameParts(std::string_view item) {
  std::vector<std::string_view> names;
  std::string_view t = Trim(item);
  while (!t.empty()) {
    std::string_view name = NamePart(t);
    names.push_back(name);
    std::size_t n = Trim(name).size();
    if (name.data() != t.data() || n >= t.size() || !StartsWithIgnoreCase(t.substr(n), " and "))
      break;
    t = Trim(t.substr(n + 5));
  }
  return names;
}

}  // namespace players_internal

namespace {

using players_internal::IsPlayerLabel;
using players_internal::NameKey;
using players_internal::NameParts;
using players_internal::PipeTablePlayers;
using players_internal::PlayerCollector;
using players_internal::TablePlayers;

// In a list of players, a line that names them before a description:
// "2. Tableau - Premium visualization (18% share)", "Signal, Telegram:
// privacy-focused messaging". Returns whether it added a name.
bool AddLabelledNames(std::string_view line, PlayerCollector* players) {
  constexpr std::size_t kMaxLabelBytes = 60;
  std::size_t at = std::string_view::npos;
  for (std::string_view sep : {": ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    at = std::min(at, line.find(sep));
  }
  if (at == std::string_view::npos || at == 0 || at > kMaxLabelBytes) return false;
  // A numbered line ("2. Tableau - ...") or several names ("Signal,
  // Telegram: ..."); a single bare label is as often a feature ("SMB
  // Focus: ...") as a company.
  std::string_view head = line.substr(0, at);
  std::vector<std::string> items = SplitListItems(head, false);
  bool numbered = !head.empty() && std::isdigit(static_cast<unsigned char>(head[0])) &&
                  head.find(". ") != std::string_view::npos && head.find(". ") <= 3;
  if (!numbered && items.size() < 2) return false;
  bool added = false;
  for (const std::string& item : items) added |= players->Add(item);
  return added;
}

// Items of a list that put the "Ltd." of "Co., Ltd." in the next item,
// together with the next name: {"Vale Co.", "Ltd. and Orvelle Co."} ->
// {"Vale Co., Ltd.", "Orvelle Co."}.
std::vector<std::string> RejoinSuffixes(std::vector<std::string> items) {
  std::vector<std::string> out;
  for (std::string& item : items) {
    std::size_t space = item.find(' ');
    std::string_view first = std::string_view(item).substr(0, space);
    if (out.empty() || !IsCompanySuffix(first) || space == std::string::npos ||
        !StartsWithIgnoreCase(std::string_view(item).substr(space), " and ")) {
      out.push_back(std::move(item));
      continue;
    }
    out.back() += ", " + std::string(first);
    out.push_back(item.substr(space + 5));
  }
  return out;
}

// The list after "include", "such as", "are" or a colon in an intro sentence.
// The list after "include", "such as", "are" or a colon that follows the
// intro words ending at `from`: "Major players include established firms
// like A, B and C" -> "A, B and C".
std::string_view ListTail(std::string_view sentence, std::size_t from) {
  static constexpr std::string_view kMarkers[] = {
      " include ", " includes ", " including ", " such as ",      " are ",         " namely ",
      ": ",        " like ",     " - ",         " \xE2\x80\x93 ", " \xE2\x80\x94 "};
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
  while (next_marker(start, comma == std::string::npos ? lower.size() : comma, &at, &len))
    start = at + len;
  std::string_view tail = sentence.substr(start);
  // "... and Pike & Lane, who compete on price": the list ends at a
  // relative clause.
  for (std::string_view clause : {", who ", ", which ", ", that ", ", while "}) {
    std::size_t at = lower.find(clause, start);
    if (at != std::string::npos) tail = tail.substr(0, std::min(tail.size(), at - start));
  }
  while (!tail.empty() && (tail.back() == '.' || tail.back() == ' ')) {
    // "... and Vollmar S.A." ends with the name's own period.
    std::size_t space = tail.rfind(' ');
    std::string_view last = tail.substr(space == std::string_view::npos ? 0 : space + 1);
    if (tail.back() == '.' && PeriodBelongsToName(last)) break;
    tail.remove_suffix(1);
  }
  return tail;
}

// A company name in bold opening a profile paragraph: "Thermo Fisher
// Scientific Inc. is a leading company ...".
bool LooksLikeName(const Block& b) {
  if (b.kind == BlockKind::kHeading) return false;
  std::string_view t = b.text;
  if (t.empty() || t.back() == ':' || t.back() == '?') return false;
  if (b.kind == BlockKind::kListItem) return WordCount(t) <= kMaxNameWords + 2;
  // A full stop ends a sentence, unless it belongs to the name ("Acme Co.",
  // "Brimley N.V.").
  return WordCount(t) <= kMaxNameWords && (t.back() != '.' || NameSpan(t) == t.size());
}

// A heading that says its section lists players: "Key Players", "2.
// Competitive Landscape", "Key Chinese Players", "Major Players Profiled in
// the Smart Glass Market Report". A long heading that names players only
// among other topics ("The Evolution, Investment Avenues, Key Players, and
// Regulatory Shifts of the Pet Insurance Industry") titles a whole report.
// Whether an intro sentence ends where its list must follow: with a colon,
// a list marker ("are", "include", "such as") or the intro words themselves
// ("The report profiles the leading companies."), or a short line without a
// full stop, which is a heading in plain text ("Top Companies in the Market").
bool EndsAnIntro(std::string_view text, re2::StringPiece intro) {
  constexpr int kHeadingLineWords = 8;
  text = Trim(text);
  if (!text.empty() && text.back() != '.' && WordCount(text) <= kHeadingLineWords) return true;
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
  if (text.empty()) return false;
  if (text.back() == ':' || intro.data() + intro.size() >= text.data() + text.size()) return true;
  for (std::string_view marker : {" are", " include", " includes", " including", " such as",
                                  " as follows", " namely", " like"}) {
    if (EndsWithIgnoreCase(text, marker)) return true;
  }
  return false;
}

bool IsPlayerHeading(const Block& b, const Scan& scan, const Rules& rules, std::size_t index) {
  constexpr int kShortHeadingWords = 8;
  constexpr int kLeadWords = 3;
  if (b.kind != BlockKind::kHeading) return false;
  // A bold sentence that ends where its list begins ("The report covers the
  // key players in the market such as") introduces it at any length.
  std::string_view text = Trim(b.text);
  bool opens_list = !text.empty() && text.back() == ':';
  for (std::string_view marker :
       {" such as", " include", " including", " are", " like", " namely"}) {
    opens_list |= EndsWithIgnoreCase(text, marker);
  }
  bool short_heading = opens_list || WordCount(b.text) <= kShortHeadingWords;
  for (std::size_t s = scan.first_sentence[index]; s < scan.first_sentence[index + 1]; ++s) {
    const ScannedSentence& sentence = scan.sentences[s];
    re2::StringPiece words;
    if (!sentence.Fired(kRulePlayerIntro) ||
        !RE2::PartialMatch(sentence.text, rules.rule(kRulePlayerIntro), &words)) {
      continue;
    }
    if (short_heading) return true;
    std::string_view before = std::string_view(b.text).substr(0, words.data() - b.text.data());
    if (WordCount(before) <= kLeadWords && before.find(',') == std::string_view::npos) return true;
  }
  return false;
}

// For each block, whether it lies where no company is a player: a table of
// contents or related-reports list (their entries are outline and links,
// "10.8 Orbis Telecom" included), navigation, or an "About <publisher>"
// section, the boilerplate that closes a press release.
std::vector<bool> NoPlayerSections(const Document& doc) {
  std::vector<bool> none(doc.blocks.size(), false);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    for (int s = doc.blocks[i].in_section; s >= 0; s = doc.sections[s].parent) {
      const Section& section = doc.sections[s];
      bool about = section.heading >= 0 && StartsWithIgnoreCase(section.heading_text, "about ");
      if (section.topic == SectionTopic::kOutline || section.topic == SectionTopic::kBoilerplate ||
          about) {
        none[i] = true;
        break;
      }
    }
  }
  return none;
}

// For each block, whether it lies under a heading that introduces players,
// directly or through the headings it is nested in ("## Key Players" >
// "### Established Companies" > the block). One pass with a stack of the
// open headings. Sets (*heading)[i] for the player headings themselves.
std::vector<bool> PlayerSections(const Scan& scan, const Rules& rules, std::vector<bool>* heading) {
  const Document& doc = *scan.doc;
  std::vector<bool> in_section(doc.blocks.size(), false);
  heading->assign(doc.blocks.size(), false);
  struct Open {
    int level;
    bool players;
  };
  std::vector<Open> open;
  int players_open = 0;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind == BlockKind::kHeading || b.kind == BlockKind::kTitle) {
      int level = b.kind == BlockKind::kTitle ? 0 : b.level;
      while (!open.empty() && open.back().level >= level) {
        players_open -= open.back().players;
        open.pop_back();
      }
      bool players = IsPlayerHeading(b, scan, rules, i);
      (*heading)[i] = players;
      open.push_back({level, players});
      players_open += players;
      continue;
    }
    in_section[i] = players_open > 0;
  }
  return in_section;
}

// A capitalised word opening a sentence may be any noun ("Governments are
// investing heavily"); it is taken for a company only when the page never
// writes it in lower case and it is no generic subject.
bool CouldBeCommonWord(std::string_view name, const Document& doc) {
  if (name.find(' ') != std::string_view::npos || name.size() < 2) return false;
  if (IsGenericSubject(name)) return true;
  if (!std::all_of(name.begin() + 1, name.end(),
                   [](char c) { return std::islower(static_cast<unsigned char>(c)); })) {
    return false;  // "BMW", "ChargePoint", "3M"
  }
  std::string lower = AsciiLower(name);
  return ContainsWord(doc.text, lower);
}

// Players named in prose, as the subject of a sentence that presents them
// at work. Shapes served:
//  - "Cisco remains a leader in network security.", "Esco and Binder are
//    also notable contenders": a player word follows the names;
//  - a profile paragraph opening with the company, "Agilent Technologies is
//    a prominent contributor ... The company reported ...", "Denso, known for
//    precision engineering, is expanding ...": the block refers back to it
//    ("The company", "Its revenue") or names it again;
//  - a dated development item, "May 2024: Kestrel Semiconductor introduced
//    ...".
// People ("Jane Roe, vice president at ...") and the publisher are not
// players.
void ProsePlayers(const Scan& scan, const Rules& rules, const std::vector<bool>& in_player_section,
                  const std::vector<bool>& no_players, PlayerCollector* players) {
  const Document& doc = *scan.doc;
  std::vector<std::string_view> weak;  // names with a verb but no evidence
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (b.kind != BlockKind::kParagraph && b.kind != BlockKind::kListItem) continue;
    if (b.table >= 0 || no_players[i]) continue;
    int back_reference = -1;  // unknown until a candidate needs it
    for (std::size_t si = scan.first_sentence[i]; si < scan.first_sentence[i + 1]; ++si) {
      std::string_view text = scan.sentences[si].text;
      if (text.empty()) continue;
      // Most sentences open with no name; cheap tests first. A date lead
      // opens with a digit, "In" or a month.
      unsigned char first = static_cast<unsigned char>(text[0]);
      bool dated = false;
      if (std::isdigit(first) || std::strchr("IJFMASOND", first) != nullptr) {
        re2::StringPiece input(text.data(), text.size());
        dated = RE2::Consume(&input, rules.context(kCtxDatedLead));
        text = std::string_view(input.data(), input.size());
        if (text.empty()) continue;
        first = static_cast<unsigned char>(text[0]);
      }
      if (!std::isupper(first) && !std::isdigit(first) &&
          !(std::islower(first) && NameSpan(text.substr(0, text.find(' '))) > 0)) {
        continue;
      }
      std::string_view rest;
      std::vector<std::string_view> names = LeadingNames(text, &rest);
      if (names.empty() || names.size() > 4) continue;
      std::string_view first_word = names[0].substr(0, names[0].find(' '));
      if (names.size() == 1 && IsGenericSubject(first_word)) continue;
      // What the names do is said near them: the patterns read at most this
      // much (an aside included), which bounds their cost on long sentences.
      constexpr std::size_t kPredicateBytes = 200;
      rest = rest.substr(0, kPredicateBytes);
      // The DFA alone says whether it matches; only a match pays for the
      // verb's group.
      const RE2& predicate = rules.context(kCtxPlayerPredicate);
      re2::StringPiece verb;
      if (!RE2::PartialMatch(rest, predicate) || !RE2::PartialMatch(rest, predicate, &verb))
        continue;
      // The clause that says what the names are: up to the next sentence
      // break inside it (";") or 160 bytes.
      std::string_view clause = rest.substr(0, std::min<std::size_t>(rest.find(';'), 160));
      if (RE2::PartialMatch(clause, rules.context(kCtxNotAPlayer))) continue;
      // "are investing" or "innovates" is a company's work; "remains the
      // main barrier" or "are cheap" is not.
      static const WordSet kCopulas = {"is", "are", "was", "were", "has", "have"};
      std::string_view work(verb.data(), verb.size());
      if (kCopulas.ContainsIgnoreCase(work)) {
        std::string_view after_verb = Trim(std::string_view(
            verb.data() + verb.size(), rest.data() + rest.size() - (verb.data() + verb.size())));
        work = after_verb.substr(0, after_verb.find(' '));
      }
      bool active = RE2::PartialMatch(work, rules.context(kCtxCompanyWork));
      // Under a players heading the section itself says what the subject of
      // such a verb is ("Competitive Landscape ... Acme Corp. launched a
      // widget").
      bool evidence = dated || (active && in_player_section[i]) ||
                      RE2::PartialMatch(clause, rules.context(kCtxPlayerNoun));
      if (!evidence) {
        if (back_reference < 0) {
          back_reference = RE2::PartialMatch(b.text, rules.context(kCtxCompanyBackReference));
        }
        evidence = back_reference > 0;
      }
      if (!evidence) {
        // The block names the company again: "Bruker specializes in ...
        // Bruker capitalizes on ...".
        std::string_view after(b.text);
        after.remove_prefix(rest.data() - b.text.data());
        evidence = ContainsWord(after, names[0]);
      }
      if (!dated && CouldBeCommonWord(names[0], doc)) continue;
      if (!evidence) {
        // "Proton Power Systems and Hydrogenics are innovating in ...": an
        // active verb on a page that names players elsewhere.
        if (active) weak.insert(weak.end(), names.begin(), names.end());
        continue;
      }
      for (std::string_view name : names) players->Add(name);
    }
  }
  if (players->size() == 0) return;
  for (std::string_view name : weak) players->Add(name);
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
  std::vector<bool> player_heading;
  const std::vector<bool> in_player_section = PlayerSections(scan, rules, &player_heading);
  const std::vector<bool> no_players = NoPlayerSections(doc);
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (no_players[i]) continue;
    std::string profiled = ProfiledCompany(b, rules);
    if (profiled.empty()) continue;
    // "**Label**: text" is a company only under a players heading; under
    // "Challenges" or "Strategies" it is an analysis point ("**Talent
    // Retention**: ...").
    std::string_view rest = std::string_view(b.text).substr(b.bold_lead);
    rest = Trim(rest);
    bool labelled = !rest.empty() && (rest[0] == ':' || rest[0] == '-' ||
                                      static_cast<unsigned char>(rest[0]) == 0xE2);
    // Inside one, "**Founded**: 2006" is a company's fact.
    if (labelled && (!in_player_section[i] || CouldBeCommonWord(profiled, doc))) continue;
    players.Add(profiled);
  }
  TablePlayers(scan, rules, &players);
  PipeTablePlayers(doc, &players);
  ProsePlayers(scan, rules, in_player_section, no_players, &players);

  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (no_players[i]) continue;
    bool intro_heading = player_heading[i];
    bool intro_paragraph = false;
    std::size_t first = scan.first_sentence[i], end = scan.first_sentence[i + 1];
    bool prose = b.kind == BlockKind::kParagraph || b.kind == BlockKind::kListItem;
    if (!intro_heading && prose && first < end && scan.sentences[first].Fired(kRulePlayerIntro)) {
      // Every intro, read in one pass over the block (an intro never
      // crosses a sentence end; a sentence may hold two: "brands like A
      // operate at scale, while local giants like B dominate").
      const std::string_view text = b.text;
      const ScannedSentence* last = &scan.sentences[end - 1];
      const ScannedSentence* next = &scan.sentences[first];
      re2::StringPiece intro;
      for (std::size_t from = 0;
           next <= last && NextMatch(rules.rule(kRulePlayerIntro), text, &from, &intro);) {
        const ScannedSentence& sent = *SentenceHolding(next, last + 1, intro.data());
        next = &sent;
        std::string_view tail = ListTail(sent.text, intro.data() - sent.text.data());
        // The next intro comes after this one's list.
        if (!tail.empty())
          from = std::max(from, std::size_t(tail.data() + tail.size() - text.data()));
        int added = 0;
        std::vector<std::string> items = RejoinSuffixes(SplitListItems(tail, true));
        // "dominated by players like Pellan": one name right after the
        // intro's own "like" / "such as" is a list of one.
        bool direct = false;
        if (!tail.empty() && tail.data() >= intro.data()) {
          // From the intro to the list: "players like", "giants, such as".
          std::string_view lead = std::string_view(intro.data(), tail.data() - intro.data());
          lead = Trim(lead);
          while (!lead.empty() && lead.back() == ',') lead = Trim(lead.substr(0, lead.size() - 1));
          for (std::string_view m : {" like", " such as", " including"}) {
            direct |= EndsWithIgnoreCase(lead, m) && WordCount(lead) <= 6;
          }
        }
        if (items.size() >= 2 || (direct && items.size() == 1)) {
          for (const std::string& item : items) {
            for (std::string_view name : NameParts(item)) added += players.Add(name);
          }
        }
        // An intro that ends a paragraph ("The key players are:") heads a
        // list; one that ends a list item ("Win Competitors") is no heading.
        // It must end the paragraph: "description: An overview of market
        // size, competitive landscape and regulation" names a topic.
        if (added == 0 && &sent == last && b.kind == BlockKind::kParagraph &&
            EndsAnIntro(text, intro)) {
          intro_paragraph = true;
        }
      }
    }
    if (!intro_heading && !intro_paragraph) continue;
    // Collect the list that follows, skipping prose. A players heading's
    // section runs to the next heading of its level or above, through the
    // sub-headings inside it ("### Established Players", "#### 1. Acme
    // (Shenzhen)"), and only prose paragraphs end it early; a list an intro
    // paragraph opens ends at the next heading.
    const int level = b.kind == BlockKind::kHeading ? b.level : 0;
    int misses = 0;
    const std::size_t found_before = players.size();
    // Under a company's own heading or line, the items are its facts
    // ("Founded: 2006", "Phantom series"), not more companies.
    bool under_company = false;
    for (std::size_t j = i + 1; j < doc.blocks.size() && misses < 3; ++j) {
      const Block& c = doc.blocks[j];
      if (no_players[j]) break;
      // Tables are read by TablePlayers, except a layout table holding the
      // whole section in one cell.
      if (c.table >= 0 && (c.table != b.table || c.row != b.row || c.column != b.column)) break;
      if (c.kind == BlockKind::kTitle) break;
      std::string_view line = Trim(c.text);
      bool label_line =
          intro_heading && !line.empty() && line.back() == ':' && WordCount(line) <= kMaxNameWords;
      if (c.kind == BlockKind::kHeading) {
        // A profile section puts each company's name in bold on its own
        // line, which reads as a minor heading.
        if (intro_heading && !label_line && c.level == 6 && c.bold && players.Add(c.text)) {
          misses = 0;
          under_company = true;
          continue;
        }
        if (!intro_heading || c.level <= level) break;
        if (!label_line) {
          // "1. Acme (Shenzhen)" names a company; "Established Roasters" or
          // "Emerging Challengers" names a group of them.
          std::string_view first_word = std::string_view(c.text).substr(0, c.text.find(' '));
          under_company = !IsGenericSubject(first_word) && players.Add(c.text);
          misses = 0;
          continue;
        }
      }
      if (label_line) {
        // A line that ends in a colon heads the items below it: a company's
        // facts ("**Napo (UK-based insurtech)**:"), more players ("Other
        // vendors:") or something else ("Key Products:").
        if (IsPlayerLabel(line)) {
          under_company = false;
        } else {
          std::string_view first_word = line.substr(0, line.find(' '));
          bool company =
              !IsGenericSubject(first_word) && players.Add(line.substr(0, line.size() - 1));
          under_company = true;
          if (company) misses = 0;
        }
        continue;
      }
      if (intro_heading && c.kind == BlockKind::kListItem) {
        // Items never end a players section.
        if (!under_company && !(LooksLikeName(c) && players.Add(c.text))) {
          AddLabelledNames(c.text, &players);
        }
        continue;
      }
      if (AddLabelledNames(c.text, &players)) {
        misses = 0;
        continue;
      }
      if (LooksLikeName(c)) {
        if (players.Add(c.text)) {
          misses = 0;
          under_company = c.kind == BlockKind::kParagraph;
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
      // The list an intro paragraph opens is contiguous: prose after its
      // names ("On the basis of product, ... split into") starts another.
      bool prose = c.kind == BlockKind::kParagraph && WordCount(c.text) > kMaxNameWords;
      if (!intro_heading && prose && players.size() > found_before) break;
      ++misses;
    }
  }
}

}  // namespace marketclaims
