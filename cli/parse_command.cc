#include "cli/parse_command.h"

#include <algorithm>
#include <cstdio>
#include <string>

namespace marketclaims {

bool ParseCommandFlags(const char* command, const char* usage, const Args& args, Flags* flags,
                       int* exit_status) {
  std::string error;
  // -h is --help's short form. It is looked at only when the flags do not
  // parse, so that "-h" given as an option's value stays a value.
  const bool parsed = flags->Parse(args, &error);
  if (!parsed && std::find(args.begin(), args.end(), "-h") != args.end()) {
    std::printf("%s", usage);
    *exit_status = kExitOk;
    return false;
  }
  if (!parsed) {
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
