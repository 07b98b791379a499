// Where a command's output goes: a file that appears only when whole, never
// the corpus database, and standard output checked for write errors.
#ifndef MARKETCLAIMS_CLI_OUTPUT_FILE_H_
#define MARKETCLAIMS_CLI_OUTPUT_FILE_H_

#include <cstdio>
#include <string>

#include "base/status.h"

namespace marketclaims {

// BadInput when writing `out_path` would overwrite the database at
// `db_path` or one of its companion files (-wal, -shm, -journal, .lock).
// Compared by device and inode when the file exists and by real path
// (symbolic links and .. resolved) when it does not, so no spelling of the
// database's name gets past it.
Status CheckOutputIsNotDatabase(const std::string& out_path, const std::string& db_path);

// An output file written under a temporary name in the same folder and
// renamed over `path` by Commit(), so that a failed export, a full disk or
// a crash never leaves a half file and never spoils a previous one. Paths
// that are not regular files (a FIFO, /dev/stdout) are written directly.
class OutputFile {
 public:
  OutputFile() = default;
  ~OutputFile();  // removes the temporary file unless committed
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  // IoError naming `path` when the file cannot be created.
  Status Open(const std::string& path);

  // REQUIRES: Open() succeeded.
  FILE* file() const { return file_; }

  // Flushes, syncs and closes the file, then renames it to the final path.
  // IoError naming the path when any of that fails (the temporary file is
  // removed).
  Status Commit();

 private:
  std::string path_;
  std::string temp_path_;  // "" when writing `path_` directly
  FILE* file_ = nullptr;
};

// Flushes standard output: IoError ("standard output: write failed: ...")
// when it or any earlier write to it failed, e.g. a full disk or a closed
// pipe. Commands call it before reporting success.
Status FinishStandardOutput();

}  // namespace marketclaims

#endif  // MARKETCLAIMS_CLI_OUTPUT_FILE_H_
