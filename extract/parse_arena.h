// ParseArena: the memory Gumbo allocates while parsing one page. Gumbo makes
// hundreds of thousands of small allocations per page and frees each one
// again in gumbo_destroy_output; handing it bump-pointer memory from a few
// large chunks, and dropping the chunks at once, removes most of that cost.
// Gumbo grows its buffers by allocating anew and freeing the old, so freed
// memory is simply not reused: the arena holds at most a few times what the
// tree needs, which is why it is used only for pages under a size bound.
//
// One arena serves one parse and is not shared between threads.
#ifndef MARKETCLAIMS_EXTRACT_PARSE_ARENA_H_
#define MARKETCLAIMS_EXTRACT_PARSE_ARENA_H_

#include <cstddef>
#include <memory>
#include <vector>

namespace marketclaims {

class ParseArena {
 public:
  ParseArena() = default;
  ParseArena(const ParseArena&) = delete;
  ParseArena& operator=(const ParseArena&) = delete;

  void* Allocate(std::size_t size);

  // GumboOptions callbacks; `userdata` is the arena.
  static void* GumboAllocate(void* userdata, std::size_t size);
  static void GumboDeallocate(void* userdata, void* ptr);

 private:
  static constexpr std::size_t kChunkBytes = 256 * 1024;

  std::vector<std::unique_ptr<char[]>> chunks_;
  char* next_ = nullptr;
  std::size_t left_ = 0;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_EXTRACT_PARSE_ARENA_H_
