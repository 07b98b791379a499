// libFuzzer target: any bytes as a robots.txt, then each of its own lines
// (and a fixed set of paths) asked of the parsed rules. It must return
// without crashing, hanging or tripping a sanitizer; the answers are not
// checked, except that /robots.txt is always allowed.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "crawler/robots.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  marketclaims::RobotsRules rules = marketclaims::RobotsRules::Parse(text, "marketclaims");
  if (!rules.IsAllowed("/robots.txt")) std::abort();
  for (const char* path : {"/", "/reports/2024?page=2", "/a%2Fb/%7Euser", ""}) {
    rules.IsAllowed(path);
  }
  // Lines of the input double as paths (and as patterns against the
  // next line), so matching sees hostile paths as well as hostile rules.
  size_t start = 0;
  std::string previous;
  for (int lines = 0; start <= text.size() && lines < 64; ++lines) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    rules.IsAllowed(line);
    marketclaims::RobotsPatternMatches(previous, line);
    previous = std::move(line);
    start = end + 1;
  }
  return 0;
}
