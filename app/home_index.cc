#include "app/home_index.h"

#include <filesystem>

#include "common/error.h"
#include "crawler/sources.h"
#include "indexer/index_checker.h"
#include "indexer/index_generations.h"
#include "indexer/shard_layout.h"

namespace vn::app {

namespace fs = std::filesystem;

indexer::IndexOptions HomeIndexOptions(const DataHome& home, const std::string& index_dir,
                                       const std::string& sources_file, LogFn log) {
  indexer::IndexOptions io;
  io.index_dir = index_dir;
  io.archive_dir = home.archive_dir();
  io.warc_files = indexer::WarcFilesIn(home.archive_dir());
  std::vector<crawler::Source> sources;
  std::string file = sources_file.empty() ? home.root + "/sources.toml" : sources_file;
  if (!sources_file.empty() || fs::exists(file)) sources = crawler::LoadSources(file);
  io.source_for_url = [sources](const std::string& url) {
    indexer::SourceInfo info;
    if (const crawler::Source* s = crawler::FindSourceForUrl(sources, url)) {
      info.name = s->name;
      info.province = s->province;
    }
    return info;
  };
  io.log = std::move(log);
  return io;
}

indexer::IndexSummary IndexHomeIncrementally(const DataHome& home, const std::string& sources_file,
                                             LogFn log) {
  indexer::IndexGenerations generations(home.root);
  std::string dir = generations.EnsureCurrent();
  indexer::IndexOptions io = HomeIndexOptions(home, dir, sources_file, log);
  indexer::IndexSummary s = indexer::IndexWarcs(io);
  for (const auto& removed : generations.Cleanup())
    if (log) log("removed old index generation " + removed);
  return s;
}

indexer::IndexSummary RebuildHomeIndex(const DataHome& home, const std::string& sources_file,
                                       const std::string& since, LogFn log,
                                       std::string* generation) {
  indexer::IndexGenerations generations(home.root);
  std::string live = generations.EnsureCurrent();
  for (const auto& removed : generations.Cleanup())
    if (log) log("removed old index generation " + removed);
  std::string dir = generations.BeginNew();
  // The rebuild keeps the live index's split into shards (update keeps it by itself).
  const indexer::ShardSpec layout = indexer::ReadShardSpec(live);
  if (!since.empty()) {
    // Start from a copy of the live index: only the slice is extracted again. Nothing writes
    // the live generation meanwhile (the caller holds the home lock).
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(live, ec)) {
      if (e.path().filename() == indexer::IndexGenerations::kBuildingMarker) continue;
      fs::copy(e.path(), fs::path(dir) / e.path().filename(),
               fs::copy_options::recursive | fs::copy_options::overwrite_existing, ec);
      if (ec) throw CorruptError(dir + ": cannot copy the live index: " + ec.message());
    }
  }
  if (since.empty() && layout.sharded()) indexer::PrepareShardLayout(dir, layout);
  indexer::IndexOptions io = HomeIndexOptions(home, dir, sources_file, log);
  io.reextract_since = since;
  indexer::IndexSummary s = indexer::IndexWarcs(io);
  generations.Switch(dir);
  for (const auto& removed : generations.Cleanup())
    if (log) log("removed old index generation " + removed);
  if (generation) *generation = dir;
  return s;
}

std::string IndexSummaryLine(const indexer::IndexSummary& s) {
  return std::to_string(s.files_read) + " file(s) read, " + std::to_string(s.files_skipped) +
         " already indexed; " + std::to_string(s.records) + " records: " + std::to_string(s.pages) +
         " pages indexed, " + std::to_string(s.unchanged) + " unchanged, " +
         std::to_string(s.older_skipped) + " older captures, " + std::to_string(s.list_pages) +
         " list pages, " + std::to_string(s.not_html) + " non-HTML, " + std::to_string(s.not_ok) +
         " non-200, " + std::to_string(s.problems.size()) + " damaged records" +
         (s.other_shard ? ", " + std::to_string(s.other_shard) + " pages of other shards" : "") +
         "; index holds " + std::to_string(s.documents) + " documents";
}

}  // namespace vn::app
