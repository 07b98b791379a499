// Local page files for `marketclaims ingest`: which files a list of paths
// names, how to read one safely, and the URL a local file is stored under.
#ifndef MARKETCLAIMS_STORE_PAGE_FILE_H_
#define MARKETCLAIMS_STORE_PAGE_FILE_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace marketclaims {

// Expands `paths` into files: a file is taken as named, a folder
// recursively for *.html / *.htm regular files (hidden entries skipped), in
// sorted order. Symbolic links are followed, but each real folder is walked
// and each real file taken once (by device and inode), so link loops end.
// Paths that do not exist or cannot be listed, and page-named entries of a
// folder that are not regular files (FIFOs, devices), go to *problems as
// (path, reason).
void CollectPageFiles(const std::vector<std::string>& paths, std::vector<std::string>* files,
                      std::vector<std::pair<std::string, std::string>>* problems);

// Reads a page file. Refuses, with a reason, a file that is missing,
// unreadable, not a regular file, empty, larger than `max_bytes` (checked
// before reading it) or binary (NUL bytes near the start without a UTF-16
// byte order mark). Any charset, valid UTF-8 or not, is accepted: the
// extractor decodes it.
bool ReadPageFile(const std::string& path, std::size_t max_bytes, std::string* bytes,
                  std::string* error);

// file://<absolute, normalised path>, percent-encoding what a URL cannot
// hold as is.
std::string FileUrl(const std::string& path);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_STORE_PAGE_FILE_H_
