#include "extract/figure_mentions.h"

#include <algorithm>
#include <cctype>

#include "base/text_util.h"
#include "extract/amounts.h"
#include "extract/next_match.h"

namespace marketclaims {
namespace {

// "₹ 500 crore" is 5 billion: both ends of a range scale alike.
void ScaleIndian(std::string_view written_unit, Mention* m) {
  if (!m->unit.empty() || written_unit.empty()) return;
  double second = m->value2;
  if (!ScaleIndianUnit(written_unit, &m->value, &m->unit)) return;
  if (second >= 0) {
    std::string unit;
    ScaleIndianUnit(written_unit, &second, &unit);
    m->value2 = second;
  }
}

// Shape: a sentence that writes its currency once for two amounts ("valued
// at 0.81 billion in 2023 and expected to reach USD 1.19 billion by
// 2030"). An amount without a currency takes the one the sentence's other
// amounts all use; a count ("2.5 million units") names what it counts and
// is no amount of money.
void FindBareMoney(std::string_view text, const Rules& rules, std::vector<Mention>* out) {
  if (out->empty()) return;
  const std::string& currency = out->front().currency;
  for (const Mention& m : *out) {
    if (m.kind != Mention::kMoney || m.currency != currency) return;
  }
  static const WordSet kFollowers = {"",        "in",   "by",     "and",   "to",    "from",
                                     "at",      "for",  "during", "with",  "until", "till",
                                     "through", "over", "as",     "while", "which", "or",
                                     "the",     "this", "is",     "was",   "but"};
  re2::StringPiece input(text), num, unit, next;
  std::size_t found = out->size();
  while (RE2::FindAndConsume(&input, rules.context(kCtxBareAmount), &num, &unit, &next)) {
    Mention m{Mention::kMoney, static_cast<std::size_t>(num.data() - text.data()),
              static_cast<std::size_t>(unit.data() + unit.size() - text.data())};
    bool overlaps = false;
    for (std::size_t i = 0; i < found; ++i) {
      const Mention& o = (*out)[i];
      overlaps |= m.begin < o.end && o.begin < m.end;
    }
    // The pattern reads the word after the unit; the next match may begin there.
    input = re2::StringPiece(unit.data() + unit.size(),
                             text.data() + text.size() - (unit.data() + unit.size()));
    if (overlaps || !kFollowers.Contains(AsciiLower(std::string_view(next.data(), next.size())))) {
      continue;
    }
    m.value = ParseNumber(num).value_or(-1);
    m.unit = CanonicalUnit(unit);
    m.currency = currency;
    if (m.value >= 0) out->push_back(m);
  }
}

}  // namespace

void FindMoney(std::string_view text, const Rules& rules, std::vector<Mention>* out) {
  re2::StringPiece cur, num, num2, unit;
  re2::StringPiece input(text);
  const RE2& first = rules.rule(kRuleMoneyCurrencyFirst);
  while (RE2::FindAndConsume(&input, first, &cur, &num, &num2, &unit)) {
    Mention m{Mention::kMoney, static_cast<std::size_t>(cur.data() - text.data()),
              static_cast<std::size_t>(input.data() - text.data())};
    m.value = ParseNumber(num).value_or(-1);
    if (!num2.empty()) m.value2 = ParseNumber(num2).value_or(-1);
    m.unit = CanonicalUnit(unit);
    m.currency = CanonicalCurrency(cur);
    ScaleIndian(unit, &m);
    if (m.value >= 0 && !m.currency.empty()) out->push_back(m);
    if (input.empty()) break;
  }
  input = text;
  re2::StringPiece cur2;
  const RE2& last = rules.rule(kRuleMoneyCurrencyLast);
  while (RE2::FindAndConsume(&input, last, &num, &num2, &unit, &cur2)) {
    Mention m{Mention::kMoney, static_cast<std::size_t>(num.data() - text.data()),
              static_cast<std::size_t>(input.data() - text.data())};
    m.value = ParseNumber(num).value_or(-1);
    if (!num2.empty()) m.value2 = ParseNumber(num2).value_or(-1);
    m.unit = CanonicalUnit(unit);
    m.currency = CanonicalCurrency(cur2);
    ScaleIndian(unit, &m);
    bool overlaps = false;
    for (const Mention& o : *out) overlaps |= m.begin < o.end && o.begin < m.end;
    if (m.value >= 0 && !m.currency.empty() && !overlaps) out->push_back(m);
    if (input.empty()) break;
  }
  FindBareMoney(text, rules, out);
}

// The most words a CAGR's rate may sit after "CAGR" ("a compound annual
// growth rate (CAGR) of around 5-7%").
constexpr std::size_t kMaxCagrGap = 80;

void FindRates(std::string_view text, const Rules& rules, std::vector<Mention>* out) {
  re2::StringPiece gap, rate, rate2;
  re2::StringPiece input(text);
  while (RE2::FindAndConsume(&input, rules.rule(kRuleCagrRateAfter), &gap, &rate, &rate2)) {
    if (gap.size() > kMaxCagrGap) {
      if (input.empty()) break;
      continue;
    }
    std::size_t end = input.data() - text.data();
    // The rate's clause reaches back past the CAGR words (ClauseOf), so a
    // period written before them ("Over 2024-2030, a CAGR of") is read too.
    Mention m{Mention::kRate, static_cast<std::size_t>(rate.data() - text.data()), end};
    m.value = ParseNumber(rate).value_or(-1);
    if (!rate2.empty()) m.value2 = ParseNumber(rate2).value_or(-1);
    if (m.value >= 0) out->push_back(m);
    if (input.empty()) break;
  }
  input = text;
  while (RE2::FindAndConsume(&input, rules.rule(kRuleCagrRateBefore), &rate, &rate2)) {
    Mention m{Mention::kRate, static_cast<std::size_t>(rate.data() - text.data()),
              static_cast<std::size_t>(input.data() - text.data())};
    m.value = ParseNumber(rate).value_or(-1);
    if (!rate2.empty()) m.value2 = ParseNumber(rate2).value_or(-1);
    bool overlaps = false;
    for (const Mention& o : *out) overlaps |= m.begin < o.end && o.begin < m.end;
    if (m.value >= 0 && !overlaps) out->push_back(m);
    if (input.empty()) break;
  }
}

}  // namespace marketclaims
