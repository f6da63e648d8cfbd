// libFuzzer target: any robots.txt bytes, any path. Parsing and deciding must never crash,
// hang or read out of bounds, and a decision must be stable (deciding twice agrees).
#include <cstddef>
#include <cstdint>
#include <string>

#include "crawler/robots_rules.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  // First line: the path to decide; the rest: robots.txt.
  size_t nl = input.find('\n');
  std::string path = nl == std::string::npos ? "/" : input.substr(0, nl);
  std::string robots = nl == std::string::npos ? input : input.substr(nl + 1);
  auto rules = vn::crawler::RobotsRules::Parse(robots, "vnarchive");
  auto a = rules.Decide(path);
  auto b = rules.Decide(path);
  if (a.allowed != b.allowed || a.line != b.line) __builtin_trap();
  vn::crawler::RobotsRules::FromFetch(200, robots, "vnarchive").Decide("/" + path);
  return 0;
}
