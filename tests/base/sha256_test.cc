#include "base/sha256.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace marketclaims {
namespace {

std::string Hex(const std::array<uint8_t, 32>& digest) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (uint8_t b : digest) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 15]);
  }
  return out;
}

// FIPS 180-2 appendix B vectors, plus the empty string.
TEST(Sha256Test, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(Sha256Hex(std::string(1000000, 'a')),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

// Lengths around the padding boundary (55, 56, 63, 64 bytes) are where an
// off-by-one would hide.
TEST(Sha256Test, PaddingBoundaries) {
  EXPECT_EQ(Sha256Hex(std::string(55, 'a')),
            "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  EXPECT_EQ(Sha256Hex(std::string(56, 'a')),
            "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  EXPECT_EQ(Sha256Hex(std::string(64, 'a')),
            "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST(Sha256Test, StreamingMatchesOneShotAtEverySplit) {
  std::string data;
  for (int i = 0; i < 200; ++i) data.push_back(static_cast<char>(i * 37 + 11));
  const std::string whole = Sha256Hex(data);
  for (std::size_t split = 0; split <= data.size(); ++split) {
    Sha256 h;
    h.Update(std::string_view(data).substr(0, split));
    h.Update(std::string_view(data).substr(split));
    ASSERT_EQ(Hex(h.Finish()), whole) << "split at " << split;
  }
}

// The SHA-extension engine (where the CPU has it) and the portable one give
// the same digests, over lengths that cross every block and padding edge
// and when fed in uneven pieces.
TEST(Sha256Test, EnginesAgree) {
  std::string data;
  uint32_t x = 2463534242u;
  for (int i = 0; i < 5000; ++i) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    data.push_back(static_cast<char>(x));
  }
  for (std::size_t len : {0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 1000, 4096, 4999, 5000}) {
    std::string_view piece = std::string_view(data).substr(0, len);
    Sha256 fastest(Sha256::Engine::kFastest), portable(Sha256::Engine::kPortable);
    for (std::size_t at = 0; at < piece.size(); at += 77) {
      fastest.Update(piece.substr(at, 77));
      portable.Update(piece.substr(at, 77));
    }
    ASSERT_EQ(Hex(fastest.Finish()), Hex(portable.Finish())) << "length " << len;
  }
  Sha256 portable(Sha256::Engine::kPortable);
  portable.Update("abc");
  EXPECT_EQ(Hex(portable.Finish()),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  if (!Sha256::HasShaExtensions())
    GTEST_SKIP() << "this CPU has no SHA extensions; only the portable engine ran";
}

}  // namespace
}  // namespace marketclaims
