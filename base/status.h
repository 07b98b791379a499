// Status: the outcome of an operation that can fail, with a code that tells
// the caller what to do about it and a message that tells a person what
// happened. Modelled on leveldb's Status: OK carries nothing; every error
// carries a message naming what failed ("marketclaims.db: database is
// locked").
//
// The codes are the program's whole failure vocabulary; cli/ maps each to
// one exit status (ExitStatusFor in cli/exit_status.h):
//   kBusy      another process held a lock past our timeout: retry later;
//   kBadInput  the caller's input (a flag, a config line, a page) is wrong;
//   kIoError   the file system or database refused a read or write;
//   kCorrupt   stored data is not what this program wrote, or is newer.
//
//   Status s = store->RecordFetch(fetch, &id);
//   if (!s.ok()) return s;
#ifndef MARKETCLAIMS_BASE_STATUS_H_
#define MARKETCLAIMS_BASE_STATUS_H_

#include <string>
#include <utility>

namespace marketclaims {

class [[nodiscard]] Status {
 public:
  enum class Code { kOk, kBusy, kBadInput, kIoError, kCorrupt };

  Status() = default;  // OK

  static Status OK() { return Status(); }
  static Status Busy(std::string message) { return Status(Code::kBusy, std::move(message)); }
  static Status BadInput(std::string message) {
    return Status(Code::kBadInput, std::move(message));
  }
  static Status IoError(std::string message) { return Status(Code::kIoError, std::move(message)); }
  static Status Corrupt(std::string message) { return Status(Code::kCorrupt, std::move(message)); }

  bool ok() const { return code_ == Code::kOk; }
  bool IsBusy() const { return code_ == Code::kBusy; }
  bool IsBadInput() const { return code_ == Code::kBadInput; }
  bool IsIoError() const { return code_ == Code::kIoError; }
  bool IsCorrupt() const { return code_ == Code::kCorrupt; }

  Code code() const { return code_; }
  // "" when ok().
  const std::string& message() const { return message_; }
  // "OK", or the code's name and the message: "busy: marketclaims.db: ...".
  std::string ToString() const;

  // The same code with `context` put before the message ("page.html: ...").
  // REQUIRES: !ok().
  Status WithContext(const std::string& context) const {
    return Status(code_, context + ": " + message_);
  }

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

// "ok", "busy", "bad input", "I/O error", "corrupt".
const char* StatusCodeName(Status::Code code);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BASE_STATUS_H_
