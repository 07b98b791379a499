// Reading input files for the subcommands, with a size cap so a stray huge
// file is refused with a message instead of exhausting memory.
#ifndef MARKETCLAIMS_BASE_READ_FILE_H_
#define MARKETCLAIMS_BASE_READ_FILE_H_

#include <cstddef>
#include <string>

namespace marketclaims {

// Reads `path` ("-" is standard input) into *out. Fails with a message that
// names the file when it is missing, unreadable, a directory, or larger
// than max_bytes.
bool ReadFileBytes(const std::string& path, std::size_t max_bytes, std::string* out,
                   std::string* error);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BASE_READ_FILE_H_
