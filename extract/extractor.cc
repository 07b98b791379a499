#include "extract/extractor.h"

#include "base/charset.h"
#include "base/text_util.h"
#include "extract/html_parser.h"
#include "extract/rules.h"

namespace marketclaims {

Extractor::Extractor(ExtractLimits limits) : limits_(limits), rules_(std::make_unique<Rules>()) {}

Extractor::~Extractor() = default;

bool Extractor::BuildDocument(std::string_view bytes, std::string_view charset_hint, Document* doc,
                              std::string* error) const {
  if (!rules_->ok()) {
    *error = "internal error: " + rules_->error();
    return false;
  }
  if (bytes.size() > limits_.max_input_bytes) {
    *error = "page is " + std::to_string(bytes.size()) + " bytes, over the limit of " +
             std::to_string(limits_.max_input_bytes);
    return false;
  }
  if (Trim(bytes).empty()) {
    *error = "empty page";
    return false;
  }
  if (LooksBinary(bytes)) {
    *error = "binary content, not an HTML page";
    return false;
  }
  std::string converted;
  return ParseHtml(Utf8View(bytes, charset_hint, &converted, nullptr), limits_, doc, error);
}

void Extractor::ExtractFromDocument(const Document& doc, Extraction* out) const {
  rules_->Apply(doc, out);
}

bool Extractor::Extract(std::string_view bytes, std::string_view charset_hint,
                        const std::string& source, Extraction* out, std::string* error) const {
  *out = Extraction();
  out->source = source;
  Document doc;
  if (!BuildDocument(bytes, charset_hint, &doc, error)) return false;
  ExtractFromDocument(doc, out);
  return true;
}

}  // namespace marketclaims
