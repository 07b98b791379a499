#include "store/page_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <system_error>

#include "base/text_util.h"

namespace marketclaims {
namespace {

namespace fs = std::filesystem;

bool IsPageName(const std::string& name) {
  return EndsWithIgnoreCase(name, ".html") || EndsWithIgnoreCase(name, ".htm");
}

// The real files and folders already taken, by device and inode, so that a
// symbolic link loop ends and a file reached by two paths is taken once.
class SeenFiles {
 public:
  // True the first time a file or folder with this identity is met.
  bool Add(const struct stat& st) { return seen_.insert({st.st_dev, st.st_ino}).second; }

 private:
  std::set<std::pair<dev_t, ino_t>> seen_;
};

using Problems = std::vector<std::pair<std::string, std::string>>;

void Walk(const fs::path& dir, SeenFiles* seen, std::vector<std::string>* files,
          Problems* problems) {
  std::error_code ec;
  std::vector<fs::path> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    entries.push_back(it->path());
  }
  if (ec) {
    problems->emplace_back(dir.string(), "cannot list folder: " + ec.message());
    return;
  }
  std::sort(entries.begin(), entries.end());
  // Real entries before symbolic links, so that a file reached both ways is
  // named by its own path.
  std::stable_partition(entries.begin(), entries.end(), [](const fs::path& entry) {
    struct stat lst;
    return lstat(entry.c_str(), &lst) == 0 && !S_ISLNK(lst.st_mode);
  });
  for (const fs::path& entry : entries) {
    std::string name = entry.filename().string();
    if (name.empty() || name[0] == '.') continue;
    struct stat st;
    if (stat(entry.c_str(), &st) != 0) continue;  // a dangling link
    if (S_ISDIR(st.st_mode)) {
      if (seen->Add(st)) Walk(entry, seen, files, problems);
    } else if (IsPageName(name)) {
      if (!S_ISREG(st.st_mode)) {
        problems->emplace_back(entry.string(), "not a regular file");
      } else if (seen->Add(st)) {
        files->push_back(entry.string());
      }
    }
  }
}

}  // namespace

void CollectPageFiles(const std::vector<std::string>& paths, std::vector<std::string>* files,
                      std::vector<std::pair<std::string, std::string>>* problems) {
  SeenFiles seen;
  for (const std::string& path : paths) {
    struct stat st;
    if (stat(path.c_str(), &st) != 0) {
      problems->emplace_back(path, std::string("cannot open: ") + std::strerror(errno));
    } else if (S_ISDIR(st.st_mode)) {
      if (seen.Add(st)) Walk(path, &seen, files, problems);
    } else if (!S_ISREG(st.st_mode) || seen.Add(st)) {
      // A named FIFO or device is passed on for ReadPageFile to refuse.
      files->push_back(path);
    }
  }
}

bool ReadPageFile(const std::string& path, std::size_t max_bytes, std::string* bytes,
                  std::string* error) {
  bytes->clear();
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused
  // below as not a regular file. Regular files ignore the flag.
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    *error = std::string("cannot open: ") + std::strerror(errno);
    return false;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    *error = "not a regular file";
    return false;
  }
  if (static_cast<unsigned long long>(st.st_size) > max_bytes) {
    close(fd);
    *error = "too large: " + std::to_string(st.st_size) + " bytes (the limit is " +
             std::to_string(max_bytes) + ")";
    return false;
  }
  bytes->resize(static_cast<std::size_t>(st.st_size));
  std::size_t got = 0;
  while (got < bytes->size()) {
    ssize_t n = read(fd, &(*bytes)[got], bytes->size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *error = std::string("cannot read: ") + std::strerror(errno);
      close(fd);
      bytes->clear();
      return false;
    }
    if (n == 0) break;  // shrank while reading: keep what is there
    got += static_cast<std::size_t>(n);
  }
  close(fd);
  bytes->resize(got);
  if (bytes->empty()) {
    *error = "empty file";
    return false;
  }
  const unsigned char b0 = static_cast<unsigned char>((*bytes)[0]);
  const unsigned char b1 = bytes->size() >= 2 ? static_cast<unsigned char>((*bytes)[1]) : 0;
  const bool utf16_bom = (b0 == 0xFF && b1 == 0xFE) || (b0 == 0xFE && b1 == 0xFF);
  const std::size_t probe = std::min<std::size_t>(bytes->size(), 8192);
  if (!utf16_bom && std::memchr(bytes->data(), '\0', probe) != nullptr) {
    *error = "binary file, not HTML";
    bytes->clear();
    return false;
  }
  return true;
}

std::string FileUrl(const std::string& path) {
  std::error_code ec;
  fs::path absolute = fs::absolute(path, ec);
  std::string normal = (ec ? fs::path(path) : absolute).lexically_normal().string();
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string url = "file://";
  for (unsigned char c : normal) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 std::strchr("/-._~!$&'()*+,;=:@", c) != nullptr;
    if (plain && c != 0) {
      url.push_back(static_cast<char>(c));
    } else {
      url.push_back('%');
      url.push_back(kHex[c >> 4]);
      url.push_back(kHex[c & 15]);
    }
  }
  return url;
}

}  // namespace marketclaims
