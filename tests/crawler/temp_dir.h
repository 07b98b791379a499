// TempDir: a fresh directory under $TMPDIR (or /tmp), removed with its
// contents when the object goes away.
#ifndef MARKETCLAIMS_TESTS_CRAWLER_TEMP_DIR_H_
#define MARKETCLAIMS_TESTS_CRAWLER_TEMP_DIR_H_

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace marketclaims {

class TempDir {
 public:
  TempDir() {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/mc-crawler-XXXXXX";
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  const std::string& path() const { return path_; }

  // Writes `content` to path()/name (creating parent directories).
  std::string Write(const std::string& name, const std::string& content) const {
    std::string full = path_ + "/" + name;
    std::filesystem::create_directories(std::filesystem::path(full).parent_path());
    std::ofstream(full, std::ios::binary) << content;
    return full;
  }

 private:
  std::string path_;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_TESTS_CRAWLER_TEMP_DIR_H_
