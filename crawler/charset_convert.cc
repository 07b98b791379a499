#include "crawler/charset_convert.h"

#include <errno.h>
#include <iconv.h>

#include "crawler/charset_detect.h"

namespace marketclaims {
namespace {

const char kReplacement[] = "\xEF\xBF\xBD";  // U+FFFD

// Length of the valid UTF-8 sequence at s[i], or 0 when it is invalid
// (overlong forms, surrogates and values past U+10FFFF included).
size_t ValidSequenceLength(const std::string& s, size_t i) {
  unsigned char c = s[i];
  if (c < 0x80) return 1;
  size_t n;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  unsigned char c1 = s[i + 1];
  if (c1 < lo || c1 > hi) return 0;
  for (size_t k = 2; k < n; ++k) {
    unsigned char ck = s[i + k];
    if (ck < 0x80 || ck > 0xBF) return 0;
  }
  return n;
}

}  // namespace

bool IsValidUtf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    size_t n = ValidSequenceLength(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string SanitizeUtf8(const std::string& in, size_t* replaced) {
  std::string out;
  out.reserve(in.size());
  size_t count = 0;
  for (size_t i = 0; i < in.size();) {
    size_t n = ValidSequenceLength(in, i);
    if (n > 0) {
      out.append(in, i, n);
      i += n;
    } else {
      out += kReplacement;
      ++count;
      ++i;
      // Skip the continuation bytes of this broken sequence, so one bad
      // character yields one replacement.
      while (i < in.size() && (static_cast<unsigned char>(in[i]) & 0xC0) == 0x80) ++i;
    }
  }
  if (replaced) *replaced = count;
  return out;
}

bool ConvertToUtf8(const std::string& in, const std::string& charset, std::string* out,
                   size_t* replaced) {
  if (charset == "UTF-8") {
    *out = SanitizeUtf8(in, replaced);
    return true;
  }
  iconv_t cd = iconv_open("UTF-8", charset.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  std::string result;
  result.reserve(in.size() + in.size() / 4);
  size_t count = 0;
  char buf[8192];
  char* inp = const_cast<char*>(in.data());
  size_t inleft = in.size();
  while (true) {
    char* outp = buf;
    size_t outleft = sizeof(buf);
    size_t rc = iconv(cd, inleft > 0 ? &inp : nullptr, &inleft, &outp, &outleft);
    int err = errno;
    result.append(buf, outp - buf);
    if (rc != static_cast<size_t>(-1)) {
      if (inleft == 0) {
        // Flush any shift state; the output buffer is large enough for it.
        outp = buf;
        outleft = sizeof(buf);
        iconv(cd, nullptr, nullptr, &outp, &outleft);
        result.append(buf, outp - buf);
        break;
      }
      continue;
    }
    if (err == E2BIG) continue;
    // EILSEQ (invalid or unmapped byte) or EINVAL (truncated at the end):
    // replace one byte and carry on, so the rest of the page survives.
    result += kReplacement;
    ++count;
    if (err == EINVAL || inleft <= 1) {
      if (err == EINVAL) break;
      ++inp;
      --inleft;
      if (inleft == 0) break;
      continue;
    }
    ++inp;
    --inleft;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);  // reset state
  }
  iconv_close(cd);
  if (replaced) *replaced = count;
  *out = std::move(result);
  return true;
}

std::string HtmlBodyToUtf8(const std::string& content_type, const std::string& body,
                           std::string* charset) {
  CharsetChoice choice = ChooseCharset(content_type, body);
  std::string text = body.substr(choice.bom_length);
  std::string out;
  if (!ConvertToUtf8(text, choice.charset, &out, nullptr)) {
    // ChooseCharset only picks names iconv opened; this is belt and braces.
    choice.charset = "UTF-8";
    out = SanitizeUtf8(text, nullptr);
  }
  if (charset) *charset = choice.charset;
  return out;
}

}  // namespace marketclaims
