#include "extract/parse_arena.h"

namespace marketclaims {

void* ParseArena::Allocate(std::size_t size) {
  constexpr std::size_t kAlign = alignof(std::max_align_t);
  size = (size + kAlign - 1) & ~(kAlign - 1);
  if (size > left_) {
    // A request larger than a chunk gets a chunk of its own.
    std::size_t bytes = size > kChunkBytes ? size : kChunkBytes;
    chunks_.push_back(std::unique_ptr<char[]>(new char[bytes]));
    next_ = chunks_.back().get();
    left_ = bytes;
  }
  void* p = next_;
  next_ += size;
  left_ -= size;
  return p;
}

void* ParseArena::GumboAllocate(void* userdata, std::size_t size) {
  return static_cast<ParseArena*>(userdata)->Allocate(size);
}

void ParseArena::GumboDeallocate(void*, void*) {}

}  // namespace marketclaims
