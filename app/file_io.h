// Reading whole input files for the CLI, with the one-line errors of DESIGN.md.
#pragma once

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "common/error.h"

namespace vn::app {

// Reads a file ("-" = standard input). Throws vn::Error(kUsage) naming the file and reason.
inline std::string ReadInput(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError(path + ": cannot open: " + std::strerror(errno));
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw UsageError(path + ": read error: " + std::strerror(errno));
  return data;
}

}  // namespace vn::app
