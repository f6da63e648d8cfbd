// IndexGenerations: a data home's index as a series of generation directories
// (<home>/indexes/<name>/) with <home>/index a relative symlink to the live one. A rebuild
// writes a new generation beside the live one and goes live by renaming a new symlink over
// the old (rename(2) is atomic): a reader opening <home>/index gets the old index or the
// new, never a half-built one, and readers already open keep reading the generation they
// opened, which is kept until the switch after next. A generation being built carries a
// BUILDING marker; one left by a crash is never made live and is removed by Cleanup.
// All mutating calls assume the caller holds the home's writer lock (HomeLock).
#pragma once

#include <string>
#include <vector>

namespace vn::indexer {

class IndexGenerations {
 public:
  explicit IndexGenerations(std::string home);

  // The live generation's directory. When there is none: adopts a plain <home>/index
  // directory (the layout before generations), or a complete generation left without a
  // link by a crash, or else creates an empty first generation.
  std::string EnsureCurrent();
  // The live generation's directory, or "" when <home>/index is missing.
  std::string Current() const;
  // A new empty generation directory marked BUILDING.
  std::string BeginNew();
  // Makes `dir` (from BeginNew) live. Throws vn::Error(kCorrupt) when the switch fails;
  // the old generation then stays live.
  void Switch(const std::string& dir);
  // Removes generations that are neither live nor the one replaced by the last switch,
  // and abandoned builds. Returns the directories removed.
  std::vector<std::string> Cleanup();

  static constexpr const char* kBuildingMarker = "BUILDING";

 private:
  std::string home_;
  std::string link_;  // <home>/index
  std::string dir_;   // <home>/indexes
};

}  // namespace vn::indexer
