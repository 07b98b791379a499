// Charset handling for pages read from disk or the network: find what the
// bytes claim to be (BOM, <meta charset>, the HTTP header) and convert them
// to valid UTF-8. Conversion never fails: undecodable bytes become U+FFFD.
#ifndef MARKETCLAIMS_BASE_CHARSET_H_
#define MARKETCLAIMS_BASE_CHARSET_H_

#include <string>
#include <string_view>

namespace marketclaims {

// The charset declared by a byte-order mark or a <meta> tag in the first
// few kilobytes, lower-cased ("utf-8", "windows-1252"), or "" when none.
std::string SniffCharset(std::string_view bytes);

// The charset parameter of an HTTP Content-Type value, as written
// (unquoted), or "" when there is none: the `hint` below.
std::string CharsetFromContentType(std::string_view content_type);

// Converts `bytes` to UTF-8. The charset is, in order: a BOM, `hint` (the
// HTTP header's label), a <meta> declaration, else UTF-8; a label iconv
// cannot decode falls through to the next. Text that a <meta> declares, or
// that is assumed, UTF-8 but holds no valid multi-byte sequence and some
// invalid bytes is read as windows-1252, which is what such pages almost
// always are; a UTF-8 `hint` is the server's word and is taken as given.
// Returns the charset actually used in *used (may be null).
std::string ToUtf8(std::string_view bytes, std::string_view hint, std::string* used);

// The same as ToUtf8, without a copy when `bytes` are already valid UTF-8:
// returns a view of `bytes`, or of *storage when they had to be converted.
std::string_view Utf8View(std::string_view bytes, std::string_view hint, std::string* storage,
                          std::string* used);

// True when the bytes look like a binary file (NULs, many control bytes)
// rather than text in some charset.
bool LooksBinary(std::string_view bytes);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BASE_CHARSET_H_
