// Running the real `marketclaims` binary (MC_BINARY) from the cli tests,
// in a chosen folder and with extra environment variables, its output
// captured in files.
#ifndef MARKETCLAIMS_TESTS_CLI_CLI_PROCESS_H_
#define MARKETCLAIMS_TESTS_CLI_CLI_PROCESS_H_

#include <sys/types.h>

#include <map>
#include <string>
#include <vector>

namespace marketclaims {
namespace cli_test {

struct Outcome {
  int exit_status = -1;  // -1 when it did not exit normally
  int signal = 0;        // the signal that ended it, if any
  std::string out;
  std::string err;
};

struct Invocation {
  std::vector<std::string> args;
  std::string cwd;                         // "" keeps the test's
  std::map<std::string, std::string> env;  // added to (or replacing in) the test's
};

// Starts the binary; stdout and stderr go to `out_path` and `err_path`.
pid_t Start(const Invocation& inv, const std::string& out_path, const std::string& err_path);

// Waits for `pid` and reads the captured output.
Outcome Wait(pid_t pid, const std::string& out_path, const std::string& err_path);

// Start + Wait, capturing into files under `scratch_dir`.
Outcome Run(const Invocation& inv, const std::string& scratch_dir);

std::string ReadAll(const std::string& path);
void WriteAll(const std::string& path, const std::string& bytes);

// A fresh folder under $TMPDIR (or /tmp), removed with its contents.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::string& path() const { return path_; }
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

}  // namespace cli_test
}  // namespace marketclaims

#endif  // MARKETCLAIMS_TESTS_CLI_CLI_PROCESS_H_
