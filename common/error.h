// vn::Error: the one exception type the stages throw for expected failures (bad input,
// unreachable URL, corrupt data, a held lock). It carries the process exit code of
// DESIGN.md so the CLI can map any failure to the documented code without guessing.
#pragma once

#include <stdexcept>
#include <string>

namespace vn {

enum class ExitCode : int {
  kOk = 0,
  kPartial = 1,  // some URLs/records failed, the rest succeeded
  kUsage = 2,    // bad usage or bad input (missing file, wrong format)
  kLocked = 3,   // data home locked by another writer
  kCorrupt = 4,  // corrupt or unreadable data
};

class Error : public std::runtime_error {
 public:
  Error(ExitCode code, const std::string& message) : std::runtime_error(message), code_(code) {}
  ExitCode code() const { return code_; }

 private:
  ExitCode code_;
};

inline Error UsageError(const std::string& m) { return Error(ExitCode::kUsage, m); }
inline Error CorruptError(const std::string& m) { return Error(ExitCode::kCorrupt, m); }

}  // namespace vn
