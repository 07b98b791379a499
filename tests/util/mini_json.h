// MiniJson: a small JSON reader for the tests (reading fixtures/gold.jsonl
// and the program's --json output). Not for production input: it trusts
// its input to be modest in size and depth.
#ifndef MARKETCLAIMS_TESTS_UTIL_MINI_JSON_H_
#define MARKETCLAIMS_TESTS_UTIL_MINI_JSON_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace marketclaims {
namespace testing_util {

struct JsonValue {
  enum Type { kNull, kBool, kNumber, kString, kArray, kObject } type = kNull;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<JsonValue> array;
  std::map<std::string, JsonValue> object;

  bool is_null() const { return type == kNull; }
  // Member lookup; a null value when absent or not an object.
  const JsonValue& operator[](const std::string& key) const;
};

// Parses one JSON value; returns false with a message on malformed input.
bool ParseJson(std::string_view text, JsonValue* out, std::string* error);

}  // namespace testing_util
}  // namespace marketclaims

#endif  // MARKETCLAIMS_TESTS_UTIL_MINI_JSON_H_
