#include "base/charset.h"

#include <iconv.h>

#include <cctype>
#include <cerrno>
#include <cstring>

#include "base/text_util.h"

namespace marketclaims {
namespace {

constexpr std::size_t kSniffBytes = 4096;

std::string NormalizeCharsetName(std::string_view name) {
  std::string n = AsciiLower(Trim(name));
  while (!n.empty() && (n.back() == '"' || n.back() == '\'' || n.back() == ';')) n.pop_back();
  while (!n.empty() && (n.front() == '"' || n.front() == '\'')) n.erase(0, 1);
  if (n == "utf8" || n == "unicode-1-1-utf-8" || n == "x-unicode20utf8") return "utf-8";
  // Per the HTML standard these labels all mean windows-1252: browsers
  // decode them so, and publishers who write "iso-8859-1" mostly mean it.
  if (n == "iso-8859-1" || n == "latin1" || n == "latin-1" || n == "us-ascii" || n == "ascii" ||
      n == "cp1252" || n == "iso8859-1" || n == "x-cp1252" || n == "iso_8859-1" || n == "l1" ||
      n == "ansi_x3.4-1968" || n == "cp819" || n == "ibm819" || n == "iso-ir-100") {
    return "windows-1252";
  }
  if (n == "utf-16") return "utf-16le";
  if (n == "gb2312" || n == "x-gbk") return "gbk";
  if (n == "sjis" || n == "x-sjis") return "shift_jis";
  return n;
}

// True when iconv can decode `charset` (a normalised name). Only plain
// names are tried, so no "//TRANSLIT"-style suffix reaches iconv.
bool Decodable(const std::string& charset) {
  if (charset == "utf-8") return true;
  if (charset.empty() || charset.size() > 40) return false;
  for (char c : charset) {
    if (!(isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':')) {
      return false;
    }
  }
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  iconv_close(cd);
  return true;
}

bool IsTokenEnd(char c) {
  return isspace(static_cast<unsigned char>(c)) || c == '"' || c == '\'' || c == ';' || c == '>' ||
         c == '/' || c == ',';
}

std::string_view BomCharset(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") return "utf-8";
  if (bytes.substr(0, 2) == "\xFF\xFE") return "utf-16le";
  if (bytes.substr(0, 2) == "\xFE\xFF") return "utf-16be";
  return {};
}

std::size_t BomLength(std::string_view charset) {
  if (charset == "utf-8") return 3;
  return 2;
}

// Finds charset=NAME in a <meta> tag within the first bytes.
std::string MetaCharset(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, kSniffBytes));
  std::size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    std::size_t end = head.find('>', pos);
    if (end == std::string::npos) end = head.size();
    std::string_view tag(head.data() + pos, end - pos);
    std::size_t cs = tag.find("charset");
    if (cs != std::string_view::npos) {
      std::size_t i = cs + 7;
      while (i < tag.size() && (tag[i] == ' ' || tag[i] == '=')) ++i;
      while (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) ++i;
      std::size_t j = i;
      while (j < tag.size() && (isalnum(static_cast<unsigned char>(tag[j])) || tag[j] == '-' ||
                                tag[j] == '_' || tag[j] == ':' || tag[j] == '.')) {
        ++j;
      }
      if (j > i) return NormalizeCharsetName(tag.substr(i, j - i));
    }
    pos = end;
  }
  return "";
}

// iconv conversion that replaces each undecodable byte with U+FFFD.
bool IconvToUtf8(std::string_view bytes, const std::string& charset, std::string* out) {
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out->clear();
  out->reserve(bytes.size() + bytes.size() / 4);
  char buf[8192];
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  while (in_left > 0) {
    char* o = buf;
    std::size_t o_left = sizeof buf;
    std::size_t r = iconv(cd, &in, &in_left, &o, &o_left);
    out->append(buf, static_cast<std::size_t>(o - buf));
    if (r == static_cast<std::size_t>(-1)) {
      if (errno == E2BIG) continue;
      // EILSEQ or EINVAL (truncated tail): replace one byte and go on.
      out->append("\xEF\xBF\xBD");
      ++in;
      --in_left;
      iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
  }
  iconv_close(cd);
  return true;
}

}  // namespace

std::string CharsetFromContentType(std::string_view content_type) {
  std::string lower = AsciiLower(content_type);
  std::size_t pos = 0;
  while ((pos = lower.find("charset", pos)) != std::string::npos) {
    // Optional spaces, '=', optional spaces and quotes, then the label.
    std::size_t i = pos + 7;
    pos = i;
    while (i < content_type.size() && isspace(static_cast<unsigned char>(content_type[i]))) ++i;
    if (i >= content_type.size() || content_type[i] != '=') continue;
    ++i;
    while (i < content_type.size() && (isspace(static_cast<unsigned char>(content_type[i])) ||
                                       content_type[i] == '"' || content_type[i] == '\'')) {
      ++i;
    }
    std::size_t start = i;
    while (i < content_type.size() && !IsTokenEnd(content_type[i])) ++i;
    if (i > start) return std::string(content_type.substr(start, i - start));
  }
  return "";
}

std::string SniffCharset(std::string_view bytes) {
  std::string_view bom = BomCharset(bytes);
  if (!bom.empty()) return std::string(bom);
  return MetaCharset(bytes);
}

bool LooksBinary(std::string_view bytes) {
  if (!BomCharset(bytes).empty() && BomCharset(bytes) != "utf-8") return false;  // UTF-16
  std::string_view head = bytes.substr(0, 8192);
  std::size_t control = 0;
  for (unsigned char c : head) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control * 20 > head.size();  // more than 5% control bytes
}

std::string ToUtf8(std::string_view bytes, std::string_view hint, std::string* used) {
  std::string storage;
  std::string_view view = Utf8View(bytes, hint, &storage, used);
  return view.data() == storage.data() ? storage : std::string(view);
}

std::string_view Utf8View(std::string_view bytes, std::string_view hint, std::string* storage,
                          std::string* used) {
  std::string charset(BomCharset(bytes));
  bool from_hint = false;
  if (!charset.empty()) {
    bytes.remove_prefix(BomLength(charset));
  } else {
    charset = NormalizeCharsetName(hint);
    from_hint = Decodable(charset);
    if (!from_hint) {
      charset = MetaCharset(bytes);
      // A <meta> can only be read because the page is ASCII-compatible, so
      // a UTF-16 declaration there is wrong by construction (HTML says:
      // UTF-8).
      if (charset == "utf-16le" || charset == "utf-16be") charset = "utf-8";
      if (!Decodable(charset)) charset = "utf-8";
    }
  }

  if (charset == "utf-8") {
    Utf8Census census = CountUtf8(bytes);
    if (census.invalid == 0) {
      if (used) *used = charset;
      return bytes;
    }
    if (census.multibyte == 0 && !from_hint) charset = "windows-1252";
  }
  std::string out;
  if (charset != "utf-8" && IconvToUtf8(bytes, charset, &out)) {
    // iconv writes valid UTF-8, and U+FFFD where it could not decode.
    if (used) *used = charset;
    *storage = std::move(out);
    return *storage;
  }
  // UTF-8 with stray bytes (or, should iconv refuse after all, anything):
  // keep what is valid.
  if (used) *used = "utf-8";
  *storage = ValidUtf8(bytes);
  return *storage;
}

}  // namespace marketclaims
