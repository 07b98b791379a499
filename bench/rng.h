// Rng: a small deterministic random source for the page generator. Unlike
// the <random> distributions its output is fixed by the seed alone, on every
// standard library, so a seed names the same pages everywhere.
#ifndef MARKETCLAIMS_BENCH_RNG_H_
#define MARKETCLAIMS_BENCH_RNG_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace marketclaims {

class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}

  // splitmix64: tiny, fast, and good enough for choosing words.
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  // Uniform in [0, n); n must be > 0. The modulo bias is irrelevant here.
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }

  // Uniform in [lo, hi].
  int Range(int lo, int hi) {
    return lo + static_cast<int>(Below(static_cast<std::size_t>(hi - lo + 1)));
  }

  // True with probability percent/100.
  bool Percent(int percent) { return static_cast<int>(Below(100)) < percent; }

  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[Below(items.size())];
  }

  // `k` distinct items in random order (all of them when k >= size).
  template <typename T>
  std::vector<T> Sample(std::vector<T> items, std::size_t k) {
    for (std::size_t i = 0; i < items.size() && i < k; ++i) {
      std::size_t j = i + Below(items.size() - i);
      std::swap(items[i], items[j]);
    }
    if (items.size() > k) items.resize(k);
    return items;
  }

 private:
  uint64_t state_;
};

}  // namespace marketclaims

#endif  // MARKETCLAIMS_BENCH_RNG_H_
