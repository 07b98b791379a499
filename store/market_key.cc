#include "store/market_key.h"

#include <vector>

namespace marketclaims {

std::string CanonicalMarketKey(std::string_view name) {
  std::vector<std::string> words;
  std::string word;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    bool separator = u < 0x80 && !(u >= '0' && u <= '9') && !(u >= 'a' && u <= 'z') &&
                     !(u >= 'A' && u <= 'Z');
    if (separator) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(u >= 'A' && u <= 'Z' ? char(u - 'A' + 'a') : c);
    }
  }
  if (!word.empty()) words.push_back(std::move(word));

  std::size_t begin = 0, end = words.size();
  while (begin < end && (words[begin] == "the" || words[begin] == "global")) ++begin;
  while (end > begin && (words[end - 1] == "market" || words[end - 1] == "markets" ||
                         words[end - 1] == "industry")) {
    --end;
  }
  std::string key;
  for (std::size_t i = begin; i < end; ++i) {
    if (!key.empty()) key.push_back(' ');
    key += words[i];
  }
  return key;
}

}  // namespace marketclaims
