#include "archive/digest.h"

#include <gtest/gtest.h>

namespace vn::archive {
namespace {

const std::string kText = "Thỏa thuận hợp tác giữa Quảng Trị và Savannakhet";

TEST(DigestTest, Sha1InBase32AsWarcToolsWriteIt) {
  EXPECT_EQ(Sha1Digest(""), "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ");
  EXPECT_EQ(Sha1Digest(kText), "sha1:MWGRYSYB2OPGAW5SG7C4ECRL22NVBUJZ");
}

TEST(DigestTest, IncrementalHasherMatchesOneShot) {
  Sha1Hasher h;
  h.Update(kText.substr(0, 7));
  h.Update(kText.substr(7));
  EXPECT_EQ(h.Finish(), Sha1Digest(kText));
}

TEST(DigestTest, AcceptsEveryEncodingProducersUse) {
  EXPECT_EQ(CheckDigest("sha1:MWGRYSYB2OPGAW5SG7C4ECRL22NVBUJZ", kText), DigestCheck::kMatch);
  EXPECT_EQ(CheckDigest("sha1:mwgrysyb2opgaw5sg7c4ecrl22nvbujz", kText), DigestCheck::kMatch);
  EXPECT_EQ(CheckDigest("SHA-1:658d1c4b01d39e605bb237c5c20a2bd69b50d139", kText),
            DigestCheck::kMatch);
  EXPECT_EQ(CheckDigest("sha1:ZY0cSwHTnmBbsjfFwgor1ptQ0Tk=", kText), DigestCheck::kMatch);
  EXPECT_EQ(
      CheckDigest("sha256:13cbb3925451fa94256132abc4495acb501e86ac7fa8c9b63a010b488bf6d449", kText),
      DigestCheck::kMatch);
  EXPECT_EQ(CheckDigest("sha256:CPF3HESUKH5JIJLBGKV4ISK2ZNIB5BVMP6UMTNR2AEFURC7W2REQ====", kText),
            DigestCheck::kMatch);
  EXPECT_EQ(CheckDigest("md5:e4e991e4d64335ab48f875c25446a0c5", kText), DigestCheck::kMatch);
}

TEST(DigestTest, DetectsMismatchAndUnknownForms) {
  // The digest of "" against real text.
  EXPECT_EQ(CheckDigest("sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ", kText), DigestCheck::kMismatch);
  EXPECT_EQ(CheckDigest("md5:d41d8cd98f00b204e9800998ecf8427e", kText), DigestCheck::kMismatch);
  EXPECT_EQ(CheckDigest("crc32:1234abcd", kText), DigestCheck::kUnsupported);
  EXPECT_EQ(CheckDigest("sha1:TOO-SHORT", kText), DigestCheck::kUnsupported);
  EXPECT_EQ(CheckDigest("no colon", kText), DigestCheck::kUnsupported);
}

}  // namespace
}  // namespace vn::archive
