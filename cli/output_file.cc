#include "cli/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace marketclaims {
namespace {

std::string RealPath(const std::string& path) {
  std::error_code error;
  std::filesystem::path real = std::filesystem::weakly_canonical(path, error);
  if (error) return std::filesystem::absolute(path, error).lexically_normal().string();
  return real.string();
}

bool SameFile(const std::string& a, const std::string& b) {
  struct stat sa, sb;
  if (stat(a.c_str(), &sa) != 0 || stat(b.c_str(), &sb) != 0) return false;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

std::string Folder(const std::string& path) {
  std::size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string WriteFailed(const std::string& name, int error) {
  return name + ": write failed: " + std::strerror(error);
}

}  // namespace

Status CheckOutputIsNotDatabase(const std::string& out_path, const std::string& db_path) {
  // SQLite names the companion files after the database's real path.
  const std::string db_real = RealPath(db_path);
  const std::string out_real = RealPath(out_path);
  for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"}) {
    const std::string companion = db_real + suffix;
    if (out_real == companion || SameFile(out_path, companion) ||
        (*suffix == '\0' && SameFile(out_path, db_path))) {
      return Status::BadInput(
          out_path + " is " +
          (*suffix == '\0' ? "the database" : "a companion file of the database " + db_path) +
          "; write the export to another file");
    }
  }
  return Status::OK();
}

OutputFile::~OutputFile() {
  if (file_ != nullptr) std::fclose(file_);
  if (!temp_path_.empty()) unlink(temp_path_.c_str());
}

Status OutputFile::Open(const std::string& path) {
  path_ = path;
  struct stat st;
  if (stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    file_ = std::fopen(path.c_str(), "wb");
    if (file_ == nullptr) {
      return Status::IoError(path + ": cannot open: " + std::strerror(errno));
    }
    return Status::OK();
  }
  std::string name = path.substr(path.rfind('/') + 1);
  std::string temp = Folder(path) + "/." + name + ".XXXXXX";
  int fd = mkstemp(temp.data());
  if (fd < 0) return Status::IoError(path + ": cannot create: " + std::strerror(errno));
  temp_path_ = temp;
  // mkstemp makes the file private; give it the mode a plain create would.
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  file_ = fdopen(fd, "wb");
  if (file_ == nullptr) {
    close(fd);
    return Status::IoError(path + ": cannot create: " + std::strerror(errno));
  }
  return Status::OK();
}

Status OutputFile::Commit() {
  FILE* file = file_;
  file_ = nullptr;
  bool written = std::fflush(file) == 0 && !std::ferror(file);
  int error = errno;
  if (written && !temp_path_.empty() && fsync(fileno(file)) != 0) {
    written = false;
    error = errno;
  }
  if (std::fclose(file) != 0 && written) {
    written = false;
    error = errno;
  }
  if (!written) return Status::IoError(WriteFailed(path_, error));
  if (temp_path_.empty()) return Status::OK();
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    return Status::IoError(path_ + ": cannot replace: " + std::strerror(errno));
  }
  temp_path_.clear();
  return Status::OK();
}

Status FinishStandardOutput() {
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    int error = errno != 0 ? errno : EIO;
    return Status::IoError(WriteFailed("standard output", error));
  }
  return Status::OK();
}

}  // namespace marketclaims
