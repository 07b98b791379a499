#include "cli/run_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace marketclaims {

RunLock::~RunLock() {
  if (fd_ >= 0) close(fd_);
}

std::string RunLock::PathFor(const std::string& db_path) { return db_path + ".lock"; }

Status RunLock::TryAcquire(const std::string& db_path) {
  const std::string path = PathFor(db_path);
  int fd = open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    return Status::IoError(path + ": cannot create lock file: " + std::strerror(errno));
  }
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    int err = errno;
    Status status;
    if (err == EWOULDBLOCK) {
      char pid[32] = {0};
      ssize_t n = pread(fd, pid, sizeof(pid) - 1, 0);
      std::string who = n > 0 ? std::string(pid, static_cast<size_t>(n)) : "";
      while (!who.empty() && (who.back() == '\n' || who.back() == ' ')) who.pop_back();
      status =
          Status::Busy("another run holds the lock " + path +
                       (who.empty() ? std::string() : " (process " + who + ")") + "; not starting");
    } else {
      status = Status::IoError(path + ": cannot lock: " + std::strerror(err));
    }
    close(fd);
    return status;
  }
  // Best effort: the pid only improves the message another run prints.
  std::string pid = std::to_string(getpid()) + "\n";
  if (ftruncate(fd, 0) == 0) {
    ssize_t ignored = pwrite(fd, pid.data(), pid.size(), 0);
    (void)ignored;
  }
  if (fd_ >= 0) close(fd_);
  fd_ = fd;
  return Status::OK();
}

}  // namespace marketclaims
