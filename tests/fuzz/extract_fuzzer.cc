// libFuzzer target: any bytes, as a page in any charset, through the whole
// extractor. It must return (true or false) without crashing, hanging,
// leaking or tripping a sanitizer; the result itself is not checked.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The rule tables are compiled once; Extract() is const.
  static const marketclaims::Extractor extractor;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The first byte, when present, also picks a charset hint, so the
  // transcoding paths are reached without a <meta> in the input.
  static const char* const kHints[] = {"",           "utf-8",  "windows-1252",
                                       "iso-8859-1", "utf-16", "bogus"};
  std::string_view hint = size > 0 ? kHints[data[0] % 6] : "";
  marketclaims::Extraction out;
  std::string error;
  extractor.Extract(bytes, hint, "fuzz", &out, &error);
  return 0;
}
