// Packing of stored raw pages, in the sqlite3 shell's sqlar convention: the
// zlib stream when it is shorter than the page, else the page as it is; the
// original size is kept beside it and tells the two apart.
#ifndef MARKETCLAIMS_STORE_RAW_CODEC_H_
#define MARKETCLAIMS_STORE_RAW_CODEC_H_

#include <memory>
#include <string>
#include <string_view>

namespace marketclaims {

// Returns the bytes to store for `page` (compressed only if `compress`).
std::string PackRaw(std::string_view page, bool compress);

// PackRaw for many pages: keeps one zlib stream and output buffer, since
// setting up a stream per page costs more than compressing a small page.
class RawPacker {
 public:
  RawPacker();
  ~RawPacker();
  RawPacker(const RawPacker&) = delete;
  RawPacker& operator=(const RawPacker&) = delete;

  // The bytes to store for `page`; valid until the next call.
  std::string_view Pack(std::string_view page, bool compress);

 private:
  struct Stream;
  std::unique_ptr<Stream> stream_;
  std::string buffer_;
};

// Inverse of PackRaw given the original size; false if `data` is corrupt.
bool UnpackRaw(std::string_view data, std::size_t size, std::string* page, std::string* error);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_STORE_RAW_CODEC_H_
