// The figures of one sentence, before they are judged: money amounts and
// growth rates as the money and rate rules find them. FindFigures
// (find_figures.cc) then decides whose each figure is and when.
#ifndef MARKETCLAIMS_EXTRACT_FIGURE_MENTIONS_H_
#define MARKETCLAIMS_EXTRACT_FIGURE_MENTIONS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/rules.h"

namespace marketclaims {

// A figure found in a sentence, before it is judged.
struct Mention {
  enum Kind { kMoney, kRate } kind;
  std::size_t begin, end;         // byte range in the sentence
  double value = 0, value2 = -1;  // value2 >= 0 for a range "5-7"
  std::string unit, currency;
};

// Appends the money amounts in `text` ("USD 4.2 billion", "₹ 500 crore"),
// then the amounts that write no currency but share the sentence with some
// that do, in text order.
void FindMoney(std::string_view text, const Rules& rules, std::vector<Mention>* out);

// Appends the growth rates in `text` ("a CAGR of 7.8%", "5-7% CAGR").
void FindRates(std::string_view text, const Rules& rules, std::vector<Mention>* out);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_FIGURE_MENTIONS_H_
