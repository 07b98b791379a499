// Conversion of page bytes to UTF-8 with iconv. Whatever the input, the
// output is valid UTF-8: bytes that are invalid or undefined in the source
// encoding each become U+FFFD, so a lying or broken page degrades to a few
// replacement characters instead of an error or a crash.
#ifndef MARKETCLAIMS_CRAWLER_CHARSET_CONVERT_H_
#define MARKETCLAIMS_CRAWLER_CHARSET_CONVERT_H_

#include <cstddef>
#include <string>

namespace marketclaims {

// Converts `in`, encoded in `charset` (an iconv name), to UTF-8 in *out.
// *replaced (optional) counts the U+FFFD substitutions. Returns false, with
// *out untouched, only when iconv does not know `charset`.
bool ConvertToUtf8(const std::string& in, const std::string& charset, std::string* out,
                   size_t* replaced);

bool IsValidUtf8(const std::string& s);

// Copies `in`, replacing each maximal invalid UTF-8 subsequence by U+FFFD.
std::string SanitizeUtf8(const std::string& in, size_t* replaced);

// An HTML body to UTF-8: ChooseCharset, drop any BOM, ConvertToUtf8.
// Sets *charset to the encoding used. Never fails.
std::string HtmlBodyToUtf8(const std::string& content_type, const std::string& body,
                           std::string* charset);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CRAWLER_CHARSET_CONVERT_H_
