// CorpusQueries: the fixed benchmark query set, drawn deterministically from a JSON Lines
// corpus (so no corpus text is committed): 50 titles' opening words typed with
// diacritics, the same 50 typed without, 50 two-word phrases, 25 with five facets and 25
// with a date range: 200 in all.
#pragma once

#include <string>
#include <vector>

namespace vn::bench {

struct BenchQuery {
  std::string kind;  // accented, unaccented, phrase, facets, daterange
  std::string text;
  std::string accented;  // for unaccented queries: the accented query it was made from
  bool facets = false;
  std::string since, until;
};

std::vector<BenchQuery> MakeCorpusQueries(const std::string& jsonl_path);

}  // namespace vn::bench
