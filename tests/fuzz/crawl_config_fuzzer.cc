// libFuzzer target: any bytes as a crawl config file, whole and as the
// [crawl] table of a marketclaims config, then validated. It must return
// (accepting or refusing) without crashing, hanging, throwing or tripping
// a sanitizer. Seed files are not read.
#include <cstddef>
#include <cstdint>
#include <string>

#include "crawler/crawl_config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::string error;
  marketclaims::CrawlConfig whole;
  if (marketclaims::ParseCrawlConfig(text, "/fuzz/crawl.toml", &whole, &error)) {
    marketclaims::ValidateCrawlConfig(whole, &error);
  }
  marketclaims::CrawlConfig section;
  if (marketclaims::ParseCrawlConfigSection(text, "/fuzz/marketclaims.toml", "crawl", &section,
                                            &error)) {
    marketclaims::ValidateCrawlConfig(section, &error);
  }
  return 0;
}
