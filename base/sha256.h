// Sha256: the SHA-256 digest (FIPS 180-4), used as the content hash that
// decides whether a fetched page is new. Kept in-tree so store/ needs no
// crypto library; it is not meant for secrets (no constant-time promises).
#ifndef MARKETCLAIMS_BASE_SHA256_H_
#define MARKETCLAIMS_BASE_SHA256_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace marketclaims {

class Sha256 {
 public:
  // kFastest uses the x86 SHA extensions when the CPU has them (about eight
  // times the portable speed; hashing every fetched page is a visible part
  // of ingest), else the portable code. kPortable is for tests that compare
  // the two.
  enum class Engine { kFastest, kPortable };

  explicit Sha256(Engine engine = Engine::kFastest);
  // Whether kFastest means the SHA extensions on this machine.
  static bool HasShaExtensions();
  // Feeds more bytes; may be called any number of times before Finish().
  void Update(std::string_view data);
  // Pads, returns the 32-byte digest. The object must not be reused after.
  std::array<uint8_t, 32> Finish();

 private:
  // Runs `count` 64-byte blocks through the compression function.
  void CompressBlocks(const uint8_t* blocks, std::size_t count);

  bool use_extensions_;
  uint32_t state_[8];
  uint8_t buffer_[64];
  std::size_t buffered_ = 0;
  uint64_t total_bytes_ = 0;
};

// The digest of `data` as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view data);

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BASE_SHA256_H_
