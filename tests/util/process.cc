#include "tests/util/process.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include <atomic>
#include <cerrno>
#include <stdexcept>

#include "tests/util/temp_dir.h"

extern char** environ;

namespace marketclaims {
namespace testing_util {

pid_t Start(const Invocation& inv, const std::string& out_path, const std::string& err_path) {
  std::vector<std::string> argv_strings = {MC_BINARY};
  argv_strings.insert(argv_strings.end(), inv.args.begin(), inv.args.end());
  std::vector<char*> argv;
  for (std::string& s : argv_strings) argv.push_back(&s[0]);
  argv.push_back(nullptr);

  std::vector<std::string> env_strings;
  for (char** e = environ; *e != nullptr; ++e) {
    std::string entry = *e;
    std::string name = entry.substr(0, entry.find('='));
    if (inv.env.count(name) == 0) env_strings.push_back(entry);
  }
  for (const auto& [name, value] : inv.env) env_strings.push_back(name + "=" + value);
  std::vector<char*> envp;
  for (std::string& s : env_strings) envp.push_back(&s[0]);
  envp.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  if (!inv.cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, inv.cwd.c_str());
  pid_t pid = 0;
  int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error(std::string("cannot start ") + MC_BINARY);
  return pid;
}

ProcessResult Wait(pid_t pid, const std::string& out_path, const std::string& err_path) {
  ProcessResult result;
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw std::runtime_error("waitpid failed");
  }
  if (WIFEXITED(status)) result.exit_status = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) result.signal = WTERMSIG(status);
  result.out = ReadFile(out_path);
  result.err = ReadFile(err_path);
  return result;
}

ProcessResult Run(const Invocation& inv, const std::string& scratch_dir) {
  static std::atomic<int> counter{0};
  const std::string base = scratch_dir + "/proc-" + std::to_string(counter++);
  pid_t pid = Start(inv, base + ".out", base + ".err");
  return Wait(pid, base + ".out", base + ".err");
}

}  // namespace testing_util
}  // namespace marketclaims
