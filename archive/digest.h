// WARC digests: "algorithm:value" labels as used in WARC-Block-Digest and
// WARC-Payload-Digest. Writing always produces SHA-1 in RFC 4648 base32 (the form wget,
// Heritrix and warcio write and CDX indexes expect). Checking accepts what real producers
// write: sha1, sha256, sha512 or md5, in base32, hex or base64.
#pragma once

#include <string>
#include <string_view>

namespace vn::archive {

// "sha1:<32 base32 chars>" of `data`.
std::string Sha1Digest(std::string_view data);

// Incremental SHA-1 for data that arrives in pieces; Finish() gives Sha1Digest's label.
class Sha1Hasher {
 public:
  Sha1Hasher();
  ~Sha1Hasher();
  Sha1Hasher(const Sha1Hasher&) = delete;
  Sha1Hasher& operator=(const Sha1Hasher&) = delete;
  void Update(std::string_view data);
  std::string Finish();

 private:
  void* ctx_;  // EVP_MD_CTX*, kept opaque so callers need no OpenSSL headers
};

enum class DigestCheck {
  kMatch,
  kMismatch,
  kUnsupported,  // unknown algorithm or a value in no encoding we recognise
};

// Compares `label` ("sha1:ABC...", "sha256:0f1e...", "md5:...") with the digest of `data`.
DigestCheck CheckDigest(std::string_view label, std::string_view data);

std::string Base32Encode(std::string_view bytes);  // RFC 4648 alphabet, no padding

}  // namespace vn::archive
