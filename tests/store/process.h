// Running the real `marketclaims` binary from tests: started with
// posix_spawn, its output captured in files.
#ifndef MARKETCLAIMS_TESTS_STORE_PROCESS_H_
#define MARKETCLAIMS_TESTS_STORE_PROCESS_H_

#include <sys/types.h>

#include <string>
#include <vector>

namespace marketclaims {
namespace testing_util {

struct ProcessResult {
  int exit_status = -1;  // -1 when it did not exit normally
  int signal = 0;        // the signal that ended it, if any
  std::string out;
  std::string err;
};

// Starts MC_BINARY with `args`, stdout and stderr going to the given files.
pid_t StartMarketclaims(const std::vector<std::string>& args, const std::string& out_path,
                        const std::string& err_path);

// Waits for `pid`, then reads the captured output.
ProcessResult WaitFor(pid_t pid, const std::string& out_path, const std::string& err_path);

// Start + wait, capturing into files under `scratch_dir`.
ProcessResult RunMarketclaims(const std::vector<std::string>& args,
                              const std::string& scratch_dir);

}  // namespace testing_util
}  // namespace marketclaims

#endif  // MARKETCLAIMS_TESTS_STORE_PROCESS_H_
