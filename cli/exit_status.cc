#include "cli/exit_status.h"

namespace marketclaims {

int ExitStatusFor(const Status& status) {
  switch (status.code()) {
    case Status::Code::kOk:
      return kExitOk;
    case Status::Code::kBadInput:
      return kExitUsage;
    case Status::Code::kBusy:
      return kExitLocked;
    case Status::Code::kIoError:
    case Status::Code::kCorrupt:
      return kExitFatal;
  }
  return kExitFatal;
}

}  // namespace marketclaims
