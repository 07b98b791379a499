#include "base/status.h"

namespace marketclaims {

const char* StatusCodeName(Status::Code code) {
  switch (code) {
    case Status::Code::kOk:
      return "ok";
    case Status::Code::kBusy:
      return "busy";
    case Status::Code::kBadInput:
      return "bad input";
    case Status::Code::kIoError:
      return "I/O error";
    case Status::Code::kCorrupt:
      return "corrupt";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  return std::string(StatusCodeName(code_)) + ": " + message_;
}

}  // namespace marketclaims
