// TempDir: a fresh folder under $TMPDIR (or /tmp) for a test's files,
// removed with its contents when the object goes away; and whole-file
// reads and writes for setting up and checking those files.
#ifndef MARKETCLAIMS_TESTS_UTIL_TEMP_DIR_H_
#define MARKETCLAIMS_TESTS_UTIL_TEMP_DIR_H_

#include <string>

namespace marketclaims {
namespace testing_util {

class TempDir {
 public:
  // Throws std::runtime_error when no folder can be made: a test must not
  // go on to write into "".
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

  // Writes `bytes` to File(name), creating parent folders; returns the path.
  std::string Write(const std::string& name, const std::string& bytes) const;

 private:
  std::string path_;
};

// Writes `bytes` to `path`, creating parent folders; throws
// std::runtime_error when it cannot.
void WriteFile(const std::string& path, const std::string& bytes);

// The whole file; "" when it cannot be read.
std::string ReadFile(const std::string& path);

}  // namespace testing_util
}  // namespace marketclaims

#endif  // MARKETCLAIMS_TESTS_UTIL_TEMP_DIR_H_
