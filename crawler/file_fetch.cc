#include "crawler/file_fetch.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "base/charset.h"
#include "base/read_file.h"
#include "base/text_util.h"
#include "crawler/content_sniff.h"

namespace marketclaims {

void FetchLocalFile(const UrlParts& url, int64_t max_body_bytes, Fetch* fetch, std::string* utf8) {
  std::string path = PercentDecode(url.path);
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    fetch->outcome = FetchOutcome::kFailed;
    fetch->error = "cannot read file: " + std::string(std::strerror(errno));
    return;
  }
  if (!S_ISREG(st.st_mode)) {
    fetch->outcome = FetchOutcome::kFailed;
    fetch->error = "not a regular file";
    return;
  }
  if (st.st_size > max_body_bytes) {
    fetch->outcome = FetchOutcome::kFailed;
    fetch->error = "body over max_body_bytes (" + std::to_string(max_body_bytes) + ")";
    return;
  }
  std::string body, read_error;
  if (!ReadFileBytes(path, static_cast<size_t>(max_body_bytes), &body, &read_error)) {
    fetch->outcome = FetchOutcome::kFailed;
    fetch->error = "cannot read file: " + path;
    return;
  }
  fetch->content_type = ContentTypeForPath(path);
  fetch->bytes = body.size();
  if (!IsHtml(fetch->content_type, body)) {
    fetch->outcome = FetchOutcome::kSkipped;
    fetch->error =
        "not HTML (" + (fetch->content_type.empty() ? "sniffed" : fetch->content_type) + ")";
    return;
  }
  fetch->outcome = FetchOutcome::kOk;
  *utf8 = ToUtf8(body, CharsetFromContentType(fetch->content_type), nullptr);
}

}  // namespace marketclaims
