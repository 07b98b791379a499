#include "base/read_file.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace marketclaims {

bool ReadFileBytes(const std::string& path, std::size_t max_bytes, std::string* out,
                   std::string* error) {
  out->clear();
  bool is_stdin = path == "-";
  const char* name = is_stdin ? "standard input" : path.c_str();
  if (!is_stdin) {
    struct stat st;
    if (stat(path.c_str(), &st) != 0) {
      *error = std::string(name) + ": " + std::strerror(errno);
      return false;
    }
    if (S_ISDIR(st.st_mode)) {
      *error = std::string(name) + ": is a directory";
      return false;
    }
    if (static_cast<unsigned long long>(st.st_size) > max_bytes) {
      *error = std::string(name) + ": " + std::to_string(st.st_size) +
               " bytes, over the limit of " + std::to_string(max_bytes);
      return false;
    }
  }
  FILE* f = is_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (!f) {
    *error = std::string(name) + ": " + std::strerror(errno);
    return false;
  }
  char buf[65536];
  std::size_t n;
  bool too_big = false;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    out->append(buf, n);
    if (out->size() > max_bytes) {
      too_big = true;
      break;
    }
  }
  bool failed = std::ferror(f) != 0;
  int saved = errno;
  if (!is_stdin) std::fclose(f);
  if (too_big) {
    *error = std::string(name) + ": over the limit of " + std::to_string(max_bytes) + " bytes";
    return false;
  }
  if (failed) {
    *error = std::string(name) + ": read error: " + std::strerror(saved);
    return false;
  }
  return true;
}

}  // namespace marketclaims
