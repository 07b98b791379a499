// Extractor: from the bytes of one market-report page to an Extraction.
//
// It owns the compiled rule tables, so build one and reuse it; Extract() is
// const and may be called from several threads at once. Errors (input too
// large or too deep, not HTML at all) come back as false plus a message; the
// extractor never throws and never aborts on malformed markup.
#ifndef MARKETCLAIMS_EXTRACT_EXTRACTOR_H_
#define MARKETCLAIMS_EXTRACT_EXTRACTOR_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "extract/claims.h"
#include "extract/document.h"

namespace marketclaims {

struct ExtractLimits {
  // Gumbo's cost grows faster than linearly on some inputs; past these the
  // page is refused with a message rather than parsed.
  std::size_t max_input_bytes = 32u << 20;
  int max_tree_depth = 400;
};

class Rules;

class Extractor {
 public:
  explicit Extractor(ExtractLimits limits = ExtractLimits());
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // `bytes` is the page as fetched or read, in any charset; `charset_hint`
  // is the HTTP Content-Type charset when known ("" otherwise). On success
  // fills *out (source is set to `source`) and returns true.
  bool Extract(std::string_view bytes, std::string_view charset_hint, const std::string& source,
               Extraction* out, std::string* error) const;

  // The same, stopping at the document model (used by benchmarks and tests).
  bool BuildDocument(std::string_view bytes, std::string_view charset_hint, Document* doc,
                     std::string* error) const;

  // Runs the rules over an already built document.
  void ExtractFromDocument(const Document& doc, Extraction* out) const;

 private:
  ExtractLimits limits_;
  std::unique_ptr<const Rules> rules_;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_EXTRACTOR_H_
