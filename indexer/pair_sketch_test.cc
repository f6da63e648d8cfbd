#include "indexer/pair_sketch.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace vn::indexer {
namespace {

// Syllables of a real sentence, accent-free: "Sở Ngoại vụ tỉnh Quảng Trị tiếp đoàn công tác
// tỉnh Savannakhet".
const std::vector<std::string> kWords = {"so",   "ngoai", "vu",   "tinh", "quang", "tri",
                                         "tiep", "doan",  "cong", "tac",  "tinh",  "savannakhet"};

TEST(PairSketchTest, EveryPairAddedIsFound) {
  PairSketch sketch;
  for (size_t i = 0; i + 1 < kWords.size(); ++i) sketch.Add(kWords[i], kWords[i + 1]);
  const std::string s = sketch.Serialise();
  EXPECT_EQ(s.size() % 8, 0u);
  EXPECT_EQ(s.size(), 16u);  // 11 distinct pairs × 8 bits, in whole 64-bit words
  for (size_t i = 0; i + 1 < kWords.size(); ++i)
    EXPECT_TRUE(PairSketch::MayHold(s, PairSketch::PairHash(kWords[i], kWords[i + 1])))
        << kWords[i] << " " << kWords[i + 1];
  // Order matters: "tri quang" is not "quang tri".
  EXPECT_FALSE(PairSketch::MayHold(s, PairSketch::PairHash("tri", "quang")));
}

TEST(PairSketchTest, FewAbsentPairsAreReportedPresent) {
  PairSketch sketch;
  for (int i = 0; i < 400; ++i) sketch.Add("w" + std::to_string(i), "w" + std::to_string(i + 1));
  const std::string s = sketch.Serialise();
  int false_positives = 0;
  const int kTried = 20000;
  for (int i = 0; i < kTried; ++i)
    false_positives += PairSketch::MayHold(s, PairSketch::PairHash("x" + std::to_string(i), "y"));
  // 8 bits and 4 probes per pair: (1 - e^-0.5)^4 ≈ 2.4 %.
  EXPECT_LT(false_positives, kTried * 4 / 100);
  EXPECT_GT(false_positives, 0);  // a Bloom filter this small is not exact
}

TEST(PairSketchTest, AnEmptySketchMayHoldAnything) {
  EXPECT_EQ(PairSketch().Serialise(), "");
  EXPECT_TRUE(PairSketch::MayHold("", PairSketch::PairHash("quang", "tri")));
}

TEST(PairSketchTest, HashKeepsTheWordBoundaryAndIsStable) {
  EXPECT_NE(PairSketch::PairHash("ab", "c"), PairSketch::PairHash("a", "bc"));
  // Sketches are stored in indexes: the hash must not change between builds.
  EXPECT_EQ(PairSketch::PairHash("quang", "tri"), 0xc5798f2dbd6fbc64ULL);
}

}  // namespace
}  // namespace vn::indexer
