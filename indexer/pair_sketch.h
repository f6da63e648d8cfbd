// PairSketch: a per-document Bloom filter of the pairs of accent-free words that stand side
// by side in it (index_schema.h kSlotPairSketch), so a phrase search can pass over most
// documents that hold a phrase's words but not side by side without reading their word
// positions: a document whose sketch lacks one of the phrase's pairs cannot hold the phrase;
// one whose sketch has them all is checked against its positions (query/phrase_check_source.h).
//
// Never a false "cannot": every pair added is found. About 2.5 % of absent pairs are
// reported present (8 bits per distinct pair; a pair's 4 probes fall in one 64-bit word, so
// a check reads one word). The format is stable across builds and machines: FNV-1a hashing,
// little-endian 64-bit words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vn::indexer {

class PairSketch {
 public:
  // The hash of the pair (a, b), a before b: accent-free words without prefix.
  static uint64_t PairHash(std::string_view a, std::string_view b);

  void Add(uint64_t pair_hash) { hashes_.push_back(pair_hash); }
  void Add(std::string_view a, std::string_view b) { Add(PairHash(a, b)); }
  bool empty() const { return hashes_.empty(); }
  // The sketch as stored: 8 bits per distinct pair, in whole 64-bit words.
  // Empty when nothing was added.
  std::string Serialise() const;

  // May `sketch` (as Serialise gives it) hold the pair? An empty sketch (a document indexed
  // without one) may hold every pair.
  static bool MayHold(std::string_view sketch, uint64_t pair_hash);

 private:
  std::vector<uint64_t> hashes_;
};

}  // namespace vn::indexer
