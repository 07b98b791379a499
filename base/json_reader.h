// ReadJson: a bounded JSON reader for text found on pages (schema.org
// JSON-LD in <script type="application/ld+json">). Pages are untrusted, so
// it never throws and gives up, returning false, past its size, depth and
// value limits. Real pages write JSON-LD loosely; it accepts a trailing
// comma before '}' or ']' and raw control characters inside strings, and
// nothing else that RFC 8259 rejects.
#ifndef MARKETCLAIMS_BASE_JSON_READER_H_
#define MARKETCLAIMS_BASE_JSON_READER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace marketclaims {

struct JsonNode {
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };
  Type type = Type::kNull;
  bool boolean = false;
  double number = 0;
  std::string string;                                     // UTF-8, escapes decoded
  std::vector<JsonNode> items;                            // an array's elements
  std::vector<std::pair<std::string, JsonNode>> members;  // an object's, in order

  // The value of the first member named `key`, or nullptr when there is
  // none or this is not an object.
  const JsonNode* Find(std::string_view key) const;
  bool IsString() const { return type == Type::kString; }
};

struct JsonLimits {
  std::size_t max_bytes = 1 << 20;  // longer text is not read at all
  int max_depth = 32;               // arrays and objects nested deeper fail
  std::size_t max_values = 50000;   // values in the whole text
};

// Reads one JSON value filling all of `text` (surrounding whitespace
// aside). On failure returns false, says why in `*error` and leaves `*out`
// unspecified.
bool ReadJson(std::string_view text, const JsonLimits& limits, JsonNode* out, std::string* error);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BASE_JSON_READER_H_
