// Small file and text helpers shared by the pipeline tests (end-to-end, ops, shards).
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace vn::support {

// The whole file as bytes; "" when it cannot be read.
inline std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
  for (size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += to.size())
    s.replace(pos, from.size(), to);
  return s;
}

}  // namespace vn::support
