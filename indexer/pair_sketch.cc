#include "indexer/pair_sketch.h"

#include <algorithm>

namespace vn::indexer {

namespace {

constexpr int kProbes = 4;
constexpr size_t kBitsPerPair = 8;

uint64_t Mix(uint64_t x) {  // splitmix64's finaliser: spreads FNV's weak low bits
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

// A pair's mask: kProbes bits of one 64-bit word, chosen by the second hash, so a check
// reads one word (one cache line) of the sketch whatever the number of probes. (A blocked
// Bloom filter: at 8 bits a pair, about 2.5 % false "may hold" instead of 2.4 %.)
uint64_t PairMask(uint64_t hash) {
  uint64_t bits = Mix(hash), mask = 0;
  for (int i = 0; i < kProbes; ++i, bits >>= 6) mask |= uint64_t{1} << (bits & 63);
  return mask;
}

// The pair's word among `words`: the hash scaled to [0, words) by a multiplication (a
// division would cost more than the rest of a check).
uint64_t PairWord(uint64_t hash, uint64_t words) {
  return static_cast<uint64_t>((static_cast<unsigned __int128>(hash) * words) >> 64);
}

uint64_t LoadWord(const char* p) {  // little-endian, whatever the machine
  uint64_t w = 0;
  for (int i = 7; i >= 0; --i) w = (w << 8) | static_cast<unsigned char>(p[i]);
  return w;
}

}  // namespace

uint64_t PairSketch::PairHash(std::string_view a, std::string_view b) {
  uint64_t h = 0xcbf29ce484222325ULL;
  auto eat = [&](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 0x100000001b3ULL;
    }
  };
  eat(a);
  eat(std::string_view("\x1f", 1));  // no word holds it: "ab"+"c" and "a"+"bc" differ
  eat(b);
  return Mix(h);
}

std::string PairSketch::Serialise() const {
  if (hashes_.empty()) return {};
  std::vector<uint64_t> distinct = hashes_;
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  const uint64_t words = (distinct.size() * kBitsPerPair + 63) / 64;
  std::vector<uint64_t> sketch(words, 0);
  for (uint64_t h : distinct) sketch[PairWord(h, words)] |= PairMask(h);
  std::string out(words * 8, '\0');
  for (uint64_t w = 0; w < words; ++w)
    for (int i = 0; i < 8; ++i) out[w * 8 + i] = static_cast<char>(sketch[w] >> (8 * i));
  return out;
}

bool PairSketch::MayHold(std::string_view sketch, uint64_t pair_hash) {
  if (sketch.size() < 8) return true;  // none (or not one of ours): cannot tell
  const uint64_t words = sketch.size() / 8;
  const uint64_t mask = PairMask(pair_hash);
  return (LoadWord(sketch.data() + PairWord(pair_hash, words) * 8) & mask) == mask;
}

}  // namespace vn::indexer
