#include "crawler/charset_detect.h"

#include <iconv.h>

#include <cctype>

#include "crawler/charset_convert.h"

namespace marketclaims {
namespace {

// How far into the body a <meta> declaration is looked for. HTML asks for
// 1024 bytes; real pages put long scripts first, so look further.
constexpr size_t kMetaScanBytes = 8192;

std::string Lower(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = std::tolower(static_cast<unsigned char>(c));
  return out;
}

bool IsTokenEnd(char c) {
  return std::isspace(static_cast<unsigned char>(c)) || c == '"' || c == '\'' || c == ';' ||
         c == '>' || c == '/' || c == ',';
}

// After "charset" at `pos` in `s`: optional spaces, '=', optional quotes,
// then the label.
std::string ValueAfterCharset(const std::string& s, size_t pos) {
  size_t i = pos + 7;
  while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
  if (i >= s.size() || s[i] != '=') return "";
  ++i;
  while (i < s.size() && (std::isspace(static_cast<unsigned char>(s[i])) || s[i] == '"' ||
                          s[i] == '\'')) {
    ++i;
  }
  size_t start = i;
  while (i < s.size() && !IsTokenEnd(s[i])) ++i;
  return s.substr(start, i - start);
}

}  // namespace

std::string CharsetFromContentType(const std::string& content_type) {
  std::string lower = Lower(content_type);
  size_t pos = 0;
  while ((pos = lower.find("charset", pos)) != std::string::npos) {
    std::string value = ValueAfterCharset(content_type, pos);
    if (!value.empty()) return value;
    pos += 7;
  }
  return "";
}

std::string CharsetFromBom(const std::string& body, size_t* bom_length) {
  if (body.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    *bom_length = 3;
    return "UTF-8";
  }
  if (body.compare(0, 2, "\xFF\xFE") == 0) {
    *bom_length = 2;
    return "UTF-16LE";
  }
  if (body.compare(0, 2, "\xFE\xFF") == 0) {
    *bom_length = 2;
    return "UTF-16BE";
  }
  *bom_length = 0;
  return "";
}

std::string CharsetFromMeta(const std::string& body) {
  std::string head = Lower(body.substr(0, kMetaScanBytes));
  size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    size_t end = head.find('>', pos);
    if (end == std::string::npos) end = head.size();
    std::string tag = head.substr(pos, end - pos);
    std::string original = body.substr(pos, end - pos);  // same offsets, original case
    size_t cs = tag.find("charset");
    while (cs != std::string::npos) {
      std::string value = ValueAfterCharset(original, cs);
      if (!value.empty()) return value;
      cs = tag.find("charset", cs + 7);
    }
    pos = end;
  }
  return "";
}

std::string CanonicalCharset(const std::string& label) {
  std::string l = Lower(label);
  size_t b = 0, e = l.size();
  while (b < e && std::isspace(static_cast<unsigned char>(l[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(l[e - 1]))) --e;
  l = l.substr(b, e - b);
  if (l.empty() || l.size() > 40) return "";
  if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8" || l == "x-unicode20utf8") {
    return "UTF-8";
  }
  // The WHATWG windows-1252 labels: browsers decode all of these as 1252,
  // and publishers who write "iso-8859-1" mostly mean it.
  if (l == "windows-1252" || l == "cp1252" || l == "x-cp1252" || l == "iso-8859-1" ||
      l == "iso8859-1" || l == "iso_8859-1" || l == "latin1" || l == "l1" || l == "us-ascii" ||
      l == "ascii" || l == "ansi_x3.4-1968" || l == "cp819" || l == "ibm819" ||
      l == "iso-ir-100") {
    return "WINDOWS-1252";
  }
  if (l == "utf-16" || l == "utf-16le") return "UTF-16LE";
  if (l == "utf-16be") return "UTF-16BE";
  if (l == "gb2312" || l == "gbk" || l == "x-gbk") return "GBK";
  if (l == "shift_jis" || l == "sjis" || l == "x-sjis") return "SHIFT_JIS";
  std::string upper = l;
  for (char& c : upper) {
    unsigned char u = c;
    if (!(std::isalnum(u) || u == '-' || u == '_' || u == '.' || u == ':')) return "";
    c = std::toupper(u);
  }
  iconv_t cd = iconv_open("UTF-8", upper.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return "";
  iconv_close(cd);
  return upper;
}

CharsetChoice ChooseCharset(const std::string& content_type, const std::string& body) {
  CharsetChoice choice;
  std::string bom = CharsetFromBom(body, &choice.bom_length);
  if (!bom.empty()) {
    choice.charset = bom;
    choice.source = "bom";
    return choice;
  }
  std::string header = CanonicalCharset(CharsetFromContentType(content_type));
  if (!header.empty()) {
    choice.charset = header;
    choice.source = "header";
    return choice;
  }
  std::string meta = CanonicalCharset(CharsetFromMeta(body));
  // A <meta> can only be read because the page is ASCII-compatible, so a
  // UTF-16 declaration there is wrong by construction (HTML says: UTF-8).
  if (meta == "UTF-16LE" || meta == "UTF-16BE") meta = "UTF-8";
  if (!meta.empty()) {
    choice.charset = meta;
    choice.source = "meta";
    return choice;
  }
  choice.charset = IsValidUtf8(body) ? "UTF-8" : "WINDOWS-1252";
  choice.source = "sniff";
  return choice;
}

}  // namespace marketclaims
