// The windows-1252 template's bytes: its pages are written in UTF-8 and
// encoded at the end, as a site on an old CMS would serve them.
#ifndef MARKETCLAIMS_BENCH_WINDOWS1252_H_
#define MARKETCLAIMS_BENCH_WINDOWS1252_H_

#include <string>

namespace marketclaims {

// `in` (UTF-8) in windows-1252. Only the characters the templates emit have
// a mapping; anything else becomes '?', which would show up in the truth
// comparison.
std::string Utf8ToWindows1252(const std::string& in);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BENCH_WINDOWS1252_H_
