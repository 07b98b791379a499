// Running the real `marketclaims` binary from tests, as users and cron run
// it: started with posix_spawn, optionally in another folder and with extra
// environment variables, its stdout and stderr captured in files.
#ifndef MARKETCLAIMS_TESTS_UTIL_PROCESS_H_
#define MARKETCLAIMS_TESTS_UTIL_PROCESS_H_

#include <sys/types.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace marketclaims {
namespace testing_util {

struct Invocation {
  Invocation() = default;
  // Implicit, for the commonest case of just arguments:
  // Run({{"stats", "--db", db}}, dir).
  Invocation(std::vector<std::string> a) : args(std::move(a)) {}

  std::vector<std::string> args;           // after the program name
  std::string cwd;                         // "" keeps the test's
  std::map<std::string, std::string> env;  // added to (or replacing in) the test's
};

struct ProcessResult {
  int exit_status = -1;  // -1 when it did not exit normally
  int signal = 0;        // the signal that ended it, if any
  std::string out;
  std::string err;
};

// Starts the binary; stdout and stderr go to `out_path` and `err_path`.
pid_t Start(const Invocation& inv, const std::string& out_path, const std::string& err_path);

// Waits for `pid`, then reads the captured output.
ProcessResult Wait(pid_t pid, const std::string& out_path, const std::string& err_path);

// Start + Wait, capturing into files under `scratch_dir`.
ProcessResult Run(const Invocation& inv, const std::string& scratch_dir);

}  // namespace testing_util
}  // namespace marketclaims

#endif  // MARKETCLAIMS_TESTS_UTIL_PROCESS_H_
