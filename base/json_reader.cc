#include "base/json_reader.h"

#include <cstdlib>

#include "base/text_util.h"

namespace marketclaims {

const JsonNode* JsonNode::Find(std::string_view key) const {
  if (type != Type::kObject) return nullptr;
  for (const auto& [name, value] : members) {
    if (name == key) return &value;
  }
  return nullptr;
}

namespace {

class Reader {
 public:
  Reader(std::string_view text, const JsonLimits& limits) : text_(text), limits_(limits) {}

  bool ReadDocument(JsonNode* out) {
    if (text_.size() > limits_.max_bytes) return Fail("text is over the size limit");
    SkipSpace();
    if (!ReadValue(out, 0)) return false;
    SkipSpace();
    if (pos_ != text_.size()) return Fail("text after the value");
    return true;
  }

  const std::string& error() const { return error_; }

 private:
  bool Fail(const char* why) {
    if (error_.empty()) error_ = std::string(why) + " at byte " + std::to_string(pos_);
    return false;
  }

  void SkipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                   text_[pos_] == '\n' || text_[pos_] == '\r')) {
      ++pos_;
    }
  }

  bool Consume(char c) {
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }

  bool ReadLiteral(std::string_view word) {
    if (text_.substr(pos_, word.size()) != word) return Fail("unknown literal");
    pos_ += word.size();
    return true;
  }

  bool ReadValue(JsonNode* out, int depth) {
    if (++values_ > limits_.max_values) return Fail("too many values");
    if (pos_ >= text_.size()) return Fail("text ends before a value");
    char c = text_[pos_];
    switch (c) {
      case '{':
        return ReadObject(out, depth + 1);
      case '[':
        return ReadArray(out, depth + 1);
      case '"':
        out->type = JsonNode::Type::kString;
        return ReadString(&out->string);
      case 't':
        out->type = JsonNode::Type::kBool;
        out->boolean = true;
        return ReadLiteral("true");
      case 'f':
        out->type = JsonNode::Type::kBool;
        return ReadLiteral("false");
      case 'n':
        out->type = JsonNode::Type::kNull;
        return ReadLiteral("null");
      default:
        return ReadNumber(out);
    }
  }

  bool ReadObject(JsonNode* out, int depth) {
    if (depth > limits_.max_depth) return Fail("nested too deep");
    out->type = JsonNode::Type::kObject;
    ++pos_;  // '{'
    SkipSpace();
    if (Consume('}')) return true;
    while (true) {
      SkipSpace();
      if (pos_ >= text_.size() || text_[pos_] != '"') return Fail("expected a member name");
      std::string name;
      if (!ReadString(&name)) return false;
      SkipSpace();
      if (!Consume(':')) return Fail("expected ':'");
      SkipSpace();
      out->members.emplace_back(std::move(name), JsonNode());
      if (!ReadValue(&out->members.back().second, depth)) return false;
      SkipSpace();
      if (Consume('}')) return true;
      if (!Consume(',')) return Fail("expected ',' or '}'");
      SkipSpace();
      if (Consume('}')) return true;  // a trailing comma
    }
  }

  bool ReadArray(JsonNode* out, int depth) {
    if (depth > limits_.max_depth) return Fail("nested too deep");
    out->type = JsonNode::Type::kArray;
    ++pos_;  // '['
    SkipSpace();
    if (Consume(']')) return true;
    while (true) {
      out->items.emplace_back();
      if (!ReadValue(&out->items.back(), depth)) return false;
      SkipSpace();
      if (Consume(']')) return true;
      if (!Consume(',')) return Fail("expected ',' or ']'");
      SkipSpace();
      if (Consume(']')) return true;  // a trailing comma
    }
  }

  bool ReadHex4(unsigned* out) {
    if (text_.size() - pos_ < 4) return Fail("short \\u escape");
    unsigned v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = text_[pos_++];
      v <<= 4;
      if (c >= '0' && c <= '9') {
        v |= c - '0';
      } else if (c >= 'a' && c <= 'f') {
        v |= c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        v |= c - 'A' + 10;
      } else {
        return Fail("bad \\u escape");
      }
    }
    *out = v;
    return true;
  }

  bool ReadString(std::string* out) {
    ++pos_;  // '"'
    while (true) {
      if (pos_ >= text_.size()) return Fail("unterminated string");
      char c = text_[pos_++];
      if (c == '"') return true;
      if (c != '\\') {
        out->push_back(c);
        continue;
      }
      if (pos_ >= text_.size()) return Fail("unterminated string");
      char e = text_[pos_++];
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out->push_back(e);
          break;
        case 'b':
          out->push_back('\b');
          break;
        case 'f':
          out->push_back('\f');
          break;
        case 'n':
          out->push_back('\n');
          break;
        case 'r':
          out->push_back('\r');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'u': {
          unsigned cp = 0;
          if (!ReadHex4(&cp)) return false;
          if (cp >= 0xD800 && cp < 0xDC00) {
            unsigned low = 0;
            if (text_.substr(pos_, 2) != "\\u") return Fail("lone surrogate");
            pos_ += 2;
            if (!ReadHex4(&low)) return false;
            if (low < 0xDC00 || low > 0xDFFF) return Fail("lone surrogate");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return Fail("lone surrogate");
          }
          AppendUtf8(cp, out);
          break;
        }
        default:
          return Fail("bad escape");
      }
    }
  }

  bool ReadNumber(JsonNode* out) {
    // -?digits[.digits][(e|E)[+-]digits]
    std::size_t begin = pos_;
    Consume('-');
    auto digits = [this] {
      std::size_t start = pos_;
      while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
      return pos_ > start;
    };
    if (!digits()) return Fail("expected a value");
    if (Consume('.') && !digits()) return Fail("bad number");
    if (Consume('e') || Consume('E')) {
      if (!Consume('+')) Consume('-');
      if (!digits()) return Fail("bad number");
    }
    std::string number(text_.substr(begin, pos_ - begin));
    out->type = JsonNode::Type::kNumber;
    out->number = std::strtod(number.c_str(), nullptr);
    return true;
  }

  std::string_view text_;
  const JsonLimits& limits_;
  std::size_t pos_ = 0;
  std::size_t values_ = 0;
  std::string error_;
};

}  // namespace

bool ReadJson(std::string_view text, const JsonLimits& limits, JsonNode* out, std::string* error) {
  *out = JsonNode();
  Reader reader(text, limits);
  if (reader.ReadDocument(out)) return true;
  *error = reader.error();
  return false;
}

}  // namespace marketclaims
