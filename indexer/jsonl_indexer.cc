#include "indexer/jsonl_indexer.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <future>
#include <nlohmann/json.hpp>
#include <thread>

#include "common/error.h"
#include "indexer/date_parser.h"
#include "indexer/extractor.h"
#include "indexer/html_document.h"
#include "indexer/index_writer.h"
#include "indexer/parallel_build.h"

namespace vn::indexer {

namespace {

constexpr size_t kBatch = 512;

struct Line {
  uint64_t number;
  std::string text;
};

struct Prepared {
  std::vector<PreparedDocument> docs;
  std::vector<std::string> bad;
};

Prepared PrepareSlice(const std::vector<Line>& lines, size_t from, size_t to,
                      const JsonlOptions& o) {
  Prepared out;
  Extractor extractor;
  for (size_t i = from; i < to; ++i) {
    auto j = nlohmann::json::parse(lines[i].text, nullptr, false);
    std::string where = o.path + ":" + std::to_string(lines[i].number) + ": ";
    if (j.is_discarded() || !j.is_object()) {
      out.bad.push_back(where + "not a JSON object");
      continue;
    }
    Article a;
    a.url = j.value("url", "");
    a.canonical_url = a.url;
    a.title = CollapseSpace(ToNfc(j.value("title", "")));
    if (j.contains("date") && j["date"].is_string())
      if (auto dt = ParseMachineDate(j["date"].get<std::string>())) a.published = dt->Iso();
    std::string text = ToNfc(j.value("text", ""));
    size_t s = 0;
    while (s <= text.size()) {
      size_t e = text.find('\n', s);
      if (e == std::string::npos) e = text.size();
      std::string para = CollapseSpace(std::string_view(text).substr(s, e - s));
      if (!para.empty()) a.body.push_back(std::move(para));
      s = e + 1;
    }
    if (a.title.empty() && a.body.empty()) {
      out.bad.push_back(where + "no title and no text");
      continue;
    }
    a.source = o.source.empty() ? j.value("source", "") : o.source;
    std::string key = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>() : a.url;
    if (key.empty()) key = lines[i].text;
    a.id = Sha1Hex(key);
    extractor.AddFacts(&a);
    out.docs.push_back(IndexWriter::Prepare(a, o.folded_terms));
  }
  return out;
}

// Prepares a batch on `threads` threads.
Prepared PrepareBatch(std::vector<Line> lines, const JsonlOptions& o) {
  int threads = std::max(1, o.threads);
  std::vector<std::future<Prepared>> parts;
  size_t per = (lines.size() + threads - 1) / threads;
  auto shared = std::make_shared<std::vector<Line>>(std::move(lines));
  for (int t = 0; t < threads; ++t) {
    size_t from = t * per, to = std::min(shared->size(), from + per);
    if (from >= to) break;
    parts.push_back(std::async(
        std::launch::async, [shared, from, to, &o] { return PrepareSlice(*shared, from, to, o); }));
  }
  Prepared all;
  for (auto& f : parts) {
    Prepared p = f.get();
    for (auto& d : p.docs) all.docs.push_back(std::move(d));
    for (auto& b : p.bad) all.bad.push_back(std::move(b));
  }
  return all;
}

}  // namespace

JsonlSummary IndexJsonl(const JsonlOptions& o) {
  std::ifstream in(o.path, std::ios::binary);
  if (!in) throw UsageError(o.path + ": cannot open: " + std::strerror(errno));
  JsonlSummary summary;
  // A new index is written by two threads (ParallelIndexBuild); adding to one, by one.
  std::unique_ptr<ParallelIndexBuild> build;
  std::unique_ptr<IndexWriter> writer;
  if (o.threads >= 2 && ParallelIndexBuild::Applicable(o.index_dir))
    build = std::make_unique<ParallelIndexBuild>(o.index_dir, 2);
  else
    writer = std::make_unique<IndexWriter>(o.index_dir);
  auto read_batch = [&] {
    std::vector<Line> batch;
    std::string line;
    while (batch.size() < kBatch && std::getline(in, line)) {
      ++summary.lines;
      if (line.empty()) continue;
      batch.push_back({summary.lines, std::move(line)});
    }
    return batch;
  };
  // While one batch is written, the next is prepared.
  std::future<Prepared> next =
      std::async(std::launch::async, PrepareBatch, read_batch(), std::cref(o));
  while (true) {
    Prepared current = next.get();
    std::vector<Line> batch = read_batch();
    bool more = !batch.empty();
    if (more) next = std::async(std::launch::async, PrepareBatch, std::move(batch), std::cref(o));
    if (build) {
      summary.indexed += build->Add(current.docs);
    } else {
      for (const auto& d : current.docs)
        if (writer->AddPrepared(d)) ++summary.indexed;
    }
    for (auto& b : current.bad) {
      if (o.log) o.log(b);
      summary.bad_lines.push_back(std::move(b));
    }
    if (!more) break;
  }
  if (in.bad()) throw UsageError(o.path + ": read error: " + std::strerror(errno));
  if (build) {
    build->Finish();
    build.reset();
    writer = std::make_unique<IndexWriter>(o.index_dir);
  } else {
    writer->Commit();
  }
  summary.documents = writer->document_count();
  return summary;
}

}  // namespace vn::indexer
