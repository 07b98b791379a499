// Deciding which character encoding an HTML body is in, from what the server
// said and what the bytes say. Labels are brought to the names iconv knows,
// following the WHATWG Encoding standard's aliases where they matter (a
// page labelled "iso-8859-1" is decoded as windows-1252, as browsers do).
#ifndef MARKETCLAIMS_CRAWLER_CHARSET_DETECT_H_
#define MARKETCLAIMS_CRAWLER_CHARSET_DETECT_H_

#include <cstddef>
#include <string>

namespace marketclaims {

// The charset parameter of a Content-Type value, as written (unquoted), or "".
std::string CharsetFromContentType(const std::string& content_type);

// "UTF-8", "UTF-16LE" or "UTF-16BE" when `body` starts with that byte order
// mark (setting *bom_length), else "".
std::string CharsetFromBom(const std::string& body, size_t* bom_length);

// The encoding declared by a <meta charset> or <meta http-equiv=Content-Type>
// in the first few kilobytes, as written, or "".
std::string CharsetFromMeta(const std::string& body);

// The iconv name for a label ("utf8" -> "UTF-8", "latin1" -> "WINDOWS-1252"),
// or "" when iconv cannot decode it.
std::string CanonicalCharset(const std::string& label);

struct CharsetChoice {
  std::string charset;  // an iconv name, never ""
  const char* source;   // "bom", "header", "meta" or "sniff"
  size_t bom_length = 0;
};

// Precedence: a BOM, then the header, then <meta>; an unknown label falls
// through to the next source. With no usable declaration: UTF-8 when the
// bytes are valid UTF-8, else windows-1252.
CharsetChoice ChooseCharset(const std::string& content_type, const std::string& body);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_CHARSET_DETECT_H_
