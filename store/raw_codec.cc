#include "store/raw_codec.h"

#include <zlib.h>

namespace marketclaims {

std::string PackRaw(std::string_view page, bool compress) {
  if (!compress || page.empty()) return std::string(page);
  uLongf capacity = compressBound(page.size());
  std::string out(capacity, '\0');
  // Level 1: HTML still shrinks about fivefold, at a fraction of the cost
  // of the default level, which matters because ingest is bulk work.
  int rc = compress2(reinterpret_cast<Bytef*>(&out[0]), &capacity,
                     reinterpret_cast<const Bytef*>(page.data()), page.size(), 1);
  if (rc != Z_OK || capacity >= page.size()) return std::string(page);
  out.resize(capacity);
  return out;
}

struct RawPacker::Stream {
  z_stream z{};
  bool ready = false;
};

RawPacker::RawPacker() : stream_(std::make_unique<Stream>()) {
  // Level 1 as in PackRaw.
  stream_->ready = deflateInit(&stream_->z, 1) == Z_OK;
}

RawPacker::~RawPacker() {
  if (stream_->ready) deflateEnd(&stream_->z);
}

std::string_view RawPacker::Pack(std::string_view page, bool compress) {
  if (!compress || page.empty() || !stream_->ready || deflateReset(&stream_->z) != Z_OK) {
    return page;
  }
  z_stream& z = stream_->z;
  buffer_.resize(deflateBound(&z, page.size()));
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(page.data()));
  z.avail_in = static_cast<uInt>(page.size());
  z.next_out = reinterpret_cast<Bytef*>(&buffer_[0]);
  z.avail_out = static_cast<uInt>(buffer_.size());
  if (deflate(&z, Z_FINISH) != Z_STREAM_END || z.total_out >= page.size()) return page;
  return std::string_view(buffer_.data(), z.total_out);
}

bool UnpackRaw(std::string_view data, std::size_t size, std::string* page, std::string* error) {
  if (data.size() == size) {
    page->assign(data);
    return true;
  }
  page->assign(size, '\0');
  uLongf out_size = size;
  int rc = uncompress(reinterpret_cast<Bytef*>(page->empty() ? nullptr : &(*page)[0]), &out_size,
                      reinterpret_cast<const Bytef*>(data.data()), data.size());
  if (rc != Z_OK || out_size != size) {
    *error = "stored page is corrupt (zlib error " + std::to_string(rc) + ")";
    page->clear();
    return false;
  }
  return true;
}

}  // namespace marketclaims
