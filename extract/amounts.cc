#include "extract/amounts.h"

#include <cstdlib>

#include "base/text_util.h"

namespace marketclaims {

std::optional<double> ParseNumber(std::string_view written) {
  std::string digits;
  for (char c : written) {
    if (c == ',') continue;
    if ((c < '0' || c > '9') && c != '.') return std::nullopt;
    digits.push_back(c);
  }
  if (digits.empty() || digits == ".") return std::nullopt;
  char* end = nullptr;
  double v = std::strtod(digits.c_str(), &end);
  if (end != digits.c_str() + digits.size()) return std::nullopt;
  return v;
}

std::string CanonicalUnit(std::string_view written) {
  std::string u = AsciiLower(Trim(written));
  if (u == "trillion" || u == "tn") return "trillion";
  if (u == "billion" || u == "bn" || u == "b") return "billion";
  if (u == "million" || u == "mn" || u == "mln" || u == "mm" || u == "m") return "million";
  if (u == "thousand" || u == "k") return "thousand";
  return "";
}

bool ScaleIndianUnit(std::string_view written, double* value, std::string* unit) {
  std::string u;
  for (char c : AsciiLower(Trim(written))) {
    if (c != ' ' && c != '-') u.push_back(c);
  }
  if (!u.empty() && u.back() == 's') u.pop_back();  // "crores", "lakhs"
  if (u == "lakhcrore") {
    *unit = "trillion";
  } else if (u == "crore" || u == "cr") {
    *value *= 10;
    *unit = "million";
  } else if (u == "lakh" || u == "lac") {
    *value *= 100;
    *unit = "thousand";
  } else {
    return false;
  }
  return true;
}

std::string CanonicalCurrency(std::string_view written) {
  std::string c = AsciiLower(Trim(written));
  while (!c.empty() && c.back() == '.') c.pop_back();
  std::string compact;
  for (char ch : c) {
    if (ch != ' ' && ch != '.') compact.push_back(ch);
  }
  if (compact == "$" || compact == "us$" || compact == "usd" || compact == "usdollar" ||
      compact == "usdollars" || compact == "dollars" || compact == "dollar") {
    return "USD";
  }
  if (compact == "eur" || compact == "\xE2\x82\xAC" || compact == "euro" || compact == "euros")
    return "EUR";
  if (compact == "gbp" || compact == "\xC2\xA3" || compact == "poundssterling") return "GBP";
  if (compact == "inr" || compact == "\xE2\x82\xB9" || compact == "rs" || compact == "rupees")
    return "INR";
  if (compact == "a$" || compact == "au$") return "AUD";
  if (compact == "c$" || compact == "ca$") return "CAD";
  if (compact == "s$") return "SGD";
  if (compact == "cny" || compact == "rmb" || compact == "yuan") return "CNY";
  if (compact == "jpy" || compact == "yen" || compact == "\xC2\xA5") return "JPY";
  static constexpr std::string_view kIso[] = {"chf", "aud", "cad", "sgd", "krw", "brl"};
  for (std::string_view iso : kIso) {
    if (compact == iso) {
      std::string up(iso);
      for (char& ch : up) ch = static_cast<char>(ch - 32);
      return up;
    }
  }
  return "";
}

}  // namespace marketclaims
