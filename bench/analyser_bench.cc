// Throughput of the analysis chain on real news text (Báo Mới 2017 sample, one JSON object
// per line with "title" and "text"). Reports bytes/s; the target is ≥ 10 MB/s per core for
// Analyse. Skips when the corpus is not present.
#include <benchmark/benchmark.h>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include <fstream>
#include <string>
#include <vector>

#include "text/analyser.h"
#include "text/charset_decoder.h"

namespace {

// The corpus sample beside the repository, or $VNARCHIVE_CORPUS.
const char* CorpusPath() {
  const char* env = std::getenv("VNARCHIVE_CORPUS");
  return env && *env ? env : VN_DEFAULT_CORPUS;
}

const std::vector<std::string>& Documents() {
  static const std::vector<std::string> docs = [] {
    std::vector<std::string> out;
    std::ifstream in(CorpusPath());
    std::string line;
    while (std::getline(in, line)) {
      const auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (!j.is_object()) continue;
      std::string doc;
      if (j.contains("title") && j["title"].is_string()) doc += j["title"].get<std::string>();
      doc += "\n";
      if (j.contains("text") && j["text"].is_string()) doc += j["text"].get<std::string>();
      out.push_back(std::move(doc));
    }
    return out;
  }();
  return docs;
}

template <typename F>
void RunOverCorpus(benchmark::State& state, F&& f) {
  const auto& docs = Documents();
  if (docs.empty()) {
    state.SkipWithError("corpus not found: /work/shared/corpus/baomoi-2017-sample1000.jsonl");
    return;
  }
  size_t bytes = 0;
  for (auto _ : state) {
    for (const std::string& d : docs) {
      f(d);
      bytes += d.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}

void BM_Analyse(benchmark::State& state) {
  vn::text::Analyser analyser;
  RunOverCorpus(state,
                [&](const std::string& d) { benchmark::DoNotOptimize(analyser.Analyse(d)); });
}
BENCHMARK(BM_Analyse)->Unit(benchmark::kMillisecond);

void BM_Normalise(benchmark::State& state) {
  RunOverCorpus(state,
                [](const std::string& d) { benchmark::DoNotOptimize(vn::text::Normalise(d)); });
}
BENCHMARK(BM_Normalise)->Unit(benchmark::kMillisecond);

void BM_Fold(benchmark::State& state) {
  RunOverCorpus(state, [](const std::string& d) { benchmark::DoNotOptimize(vn::text::Fold(d)); });
}
BENCHMARK(BM_Fold)->Unit(benchmark::kMillisecond);

void BM_DecodeHtmlUtf8(benchmark::State& state) {
  RunOverCorpus(state, [](const std::string& d) {
    benchmark::DoNotOptimize(vn::text::DecodeHtml(d, "text/html; charset=utf-8"));
  });
}
BENCHMARK(BM_DecodeHtmlUtf8)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
