// libFuzzer target: any bytes as a URL (normalised, parsed) and, split at
// the first newline, as a base URL and a link resolved against it. It must
// not crash, hang or trip a sanitizer, and normalisation must be stable:
// a normalised URL normalises to itself and parses.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "crawler/url.h"

namespace {

void CheckNormalised(const std::string& url) {
  std::string again, error;
  marketclaims::UrlParts parts;
  if (!marketclaims::NormalizeUrl(url, &again, &error) || again != url) std::abort();
  if (!marketclaims::ParseUrl(url, &parts, &error)) std::abort();
  marketclaims::UrlOrigin(parts);
  marketclaims::UrlPathAndQuery(parts);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::string out, error;
  if (marketclaims::NormalizeUrl(text, &out, &error)) CheckNormalised(out);
  size_t newline = text.find('\n');
  if (newline != std::string::npos) {
    std::string base = text.substr(0, newline);
    std::string ref = text.substr(newline + 1);
    std::string normal_base;
    if (marketclaims::NormalizeUrl(base, &normal_base, &error) &&
        marketclaims::ResolveUrl(normal_base, ref, &out, &error)) {
      CheckNormalised(out);
    }
  }
  return 0;
}
