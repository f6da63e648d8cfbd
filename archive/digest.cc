#include "archive/digest.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cctype>
#include <optional>

namespace vn::archive {
namespace {

constexpr char kBase32Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

std::string Hash(const EVP_MD* md, std::string_view data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), out, &len, md, nullptr);
  return std::string(reinterpret_cast<char*>(out), len);
}

std::optional<std::string> Base32Decode(std::string_view text) {
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (char c : text) {
    if (c == '=') break;
    char u = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const char* p = std::find(kBase32Alphabet, kBase32Alphabet + 32, u);
    if (p == kBase32Alphabet + 32) return std::nullopt;
    buffer = (buffer << 5) | static_cast<uint32_t>(p - kBase32Alphabet);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((buffer >> bits) & 0xff));
    }
  }
  return out;
}

std::optional<std::string> HexDecode(std::string_view text) {
  if (text.size() % 2 != 0) return std::nullopt;
  std::string out;
  for (size_t i = 0; i < text.size(); i += 2) {
    int hi = std::isxdigit(static_cast<unsigned char>(text[i])) ? 0 : -1;
    int lo = std::isxdigit(static_cast<unsigned char>(text[i + 1])) ? 0 : -1;
    if (hi < 0 || lo < 0) return std::nullopt;
    out.push_back(static_cast<char>(std::stoi(std::string(text.substr(i, 2)), nullptr, 16)));
  }
  return out;
}

std::optional<std::string> Base64Decode(std::string_view text) {
  std::string padded(text);
  while (padded.size() % 4 != 0) padded.push_back('=');
  std::string out(padded.size() / 4 * 3, '\0');
  int n = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                          reinterpret_cast<const unsigned char*>(padded.data()),
                          static_cast<int>(padded.size()));
  if (n < 0) return std::nullopt;
  size_t pads = padded.size() - padded.find_last_not_of('=') - 1;
  out.resize(static_cast<size_t>(n) - std::min<size_t>(pads, static_cast<size_t>(n)));
  return out;
}

}  // namespace

std::string Base32Encode(std::string_view bytes) {
  std::string out;
  uint32_t buffer = 0;
  int bits = 0;
  for (unsigned char c : bytes) {
    buffer = (buffer << 8) | c;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out.push_back(kBase32Alphabet[(buffer >> bits) & 31]);
    }
  }
  if (bits > 0) out.push_back(kBase32Alphabet[(buffer << (5 - bits)) & 31]);
  return out;
}

std::string Sha1Digest(std::string_view data) {
  return "sha1:" + Base32Encode(Hash(EVP_sha1(), data));
}

Sha1Hasher::Sha1Hasher() : ctx_(EVP_MD_CTX_new()) {
  EVP_DigestInit_ex(static_cast<EVP_MD_CTX*>(ctx_), EVP_sha1(), nullptr);
}

Sha1Hasher::~Sha1Hasher() { EVP_MD_CTX_free(static_cast<EVP_MD_CTX*>(ctx_)); }

void Sha1Hasher::Update(std::string_view data) {
  EVP_DigestUpdate(static_cast<EVP_MD_CTX*>(ctx_), data.data(), data.size());
}

std::string Sha1Hasher::Finish() {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_DigestFinal_ex(static_cast<EVP_MD_CTX*>(ctx_), out, &len);
  return "sha1:" + Base32Encode(std::string_view(reinterpret_cast<char*>(out), len));
}

DigestCheck CheckDigest(std::string_view label, std::string_view data) {
  size_t colon = label.find(':');
  if (colon == std::string_view::npos) return DigestCheck::kUnsupported;
  std::string algo;
  for (char c : label.substr(0, colon)) {
    if (c != '-' && c != ' ') algo.push_back(static_cast<char>(std::tolower(c)));
  }
  std::string_view value = label.substr(colon + 1);
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);

  const EVP_MD* md = nullptr;
  if (algo == "sha1")
    md = EVP_sha1();
  else if (algo == "sha256")
    md = EVP_sha256();
  else if (algo == "sha512")
    md = EVP_sha512();
  else if (algo == "md5")
    md = EVP_md5();
  if (md == nullptr) return DigestCheck::kUnsupported;
  const size_t size = static_cast<size_t>(EVP_MD_get_size(md));

  // The encoding is told apart by length: each gives a distinct length for one size.
  std::optional<std::string> expected;
  std::string_view unpadded = value.substr(0, value.find('='));
  if (value.size() == size * 2) {
    expected = HexDecode(value);
  } else if (unpadded.size() == (size * 8 + 4) / 5) {
    expected = Base32Decode(value);
  } else if (unpadded.size() == (size * 4 + 2) / 3) {
    expected = Base64Decode(value);
  }
  if (!expected || expected->size() != size) return DigestCheck::kUnsupported;
  return Hash(md, data) == *expected ? DigestCheck::kMatch : DigestCheck::kMismatch;
}

}  // namespace vn::archive
