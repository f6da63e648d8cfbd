#include "bench/corpus_queries.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "text/analyser.h"

namespace vn::bench {

std::vector<BenchQuery> MakeCorpusQueries(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::vector<std::string> titles;
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_discarded() && j.contains("title") && j["title"].is_string())
      titles.push_back(j["title"]);
  }
  text::Analyser analyser;
  // Words of a title with at least one Vietnamese mark among them, so that accented and
  // unaccented forms differ.
  auto words = [&](const std::string& title, size_t from, size_t n) {
    std::vector<text::Token> t = analyser.Analyse(title);
    std::string out;
    bool marked = false;
    size_t taken = 0;
    for (size_t i = from; i < t.size() && taken < n; ++i) {
      if (t[i].kind != text::TokenKind::kWord) continue;
      if (!out.empty()) out += ' ';
      out += t[i].surface;
      marked |= t[i].term != t[i].folded;
      ++taken;
    }
    return (taken == n && marked) ? out : std::string();
  };
  std::vector<BenchQuery> qs;
  size_t step = std::max<size_t>(1, titles.size() / 400);
  size_t i = 0;
  auto next_title = [&]() -> const std::string& {
    const std::string& t = titles[i % titles.size()];
    i += step;
    return t;
  };
  int accented = 0, phrases = 0, facets = 0, ranges = 0, guard = 0;
  while ((accented < 50 || phrases < 50 || facets < 25 || ranges < 25) && ++guard < 100000) {
    if (accented < 50) {
      std::string w = words(next_title(), 0, 3);
      if (!w.empty()) {
        qs.push_back({"accented", w, "", false, "", ""});
        qs.push_back({"unaccented", text::Fold(w), w, false, "", ""});
        ++accented;
      }
      continue;
    }
    if (phrases < 50) {
      std::string w = words(next_title(), 1, 2);
      if (!w.empty()) {
        qs.push_back({"phrase", "\"" + w + "\"", "", false, "", ""});
        ++phrases;
      }
      continue;
    }
    if (facets < 25) {
      std::string w = words(next_title(), 0, 2);
      if (!w.empty()) {
        qs.push_back({"facets", w, "", true, "", ""});
        ++facets;
      }
      continue;
    }
    std::string w = words(next_title(), 0, 1);
    if (!w.empty()) {
      qs.push_back({"daterange", w, "", false, "2017-05-01", "2017-06-30"});
      ++ranges;
    }
  }
  return qs;
}

}  // namespace vn::bench
