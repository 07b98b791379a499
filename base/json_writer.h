// JsonWriter: a minimal streaming JSON emitter for the program's output
// (extract --json, export --format jsonl, conflicts --json). It writes
// compact JSON, escapes strings per RFC 8259 and replaces invalid UTF-8 with
// U+FFFD, so whatever a page contained the output always parses.
#ifndef MARKETCLAIMS_BASE_JSON_WRITER_H_
#define MARKETCLAIMS_BASE_JSON_WRITER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace marketclaims {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);
  void String(std::string_view value);
  void Number(double value);  // non-finite values are written as null
  void Int(long long value);
  void Bool(bool value);
  void Null();
  void OptionalInt(const std::optional<int>& value);
  void OptionalNumber(const std::optional<double>& value);

 private:
  void Separate();
  std::string* out_;
  // One entry per open container: true once it holds an element.
  std::vector<bool> has_element_;
  bool after_key_ = false;
};

// Appends `s` as a quoted JSON string.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BASE_JSON_WRITER_H_
