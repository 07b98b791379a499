#include "cli/parse_command.h"

#include <cstdio>
#include <string>

namespace marketclaims {

bool ParseCommandFlags(const char* command, const char* usage, const Args& args, Flags* flags,
                       int* exit_status) {
  std::string error;
  if (!flags->Parse(args, &error)) {
    std::fprintf(stderr, "marketclaims %s: %s\n%s", command, error.c_str(), usage);
    *exit_status = kExitUsage;
    return false;
  }
  if (flags->Has("--help")) {
    std::printf("%s", usage);
    *exit_status = kExitOk;
    return false;
  }
  return true;
}

}  // namespace marketclaims
