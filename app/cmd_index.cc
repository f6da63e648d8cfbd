// `vnarchive index`: read WARC files (the data home's archive by default) into the index.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "app/commands.h"
#include "app/home.h"
#include "app/home_index.h"
#include "app/home_lock.h"
#include "common/error.h"
#include "indexer/index_generations.h"
#include "indexer/jsonl_indexer.h"
#include "indexer/shard_layout.h"
#include "indexer/warc_indexer.h"

namespace vn::app {

void RegisterIndex(CLI::App& app, GlobalOptions& global) {
  struct Opts {
    std::vector<std::string> warcs;
    std::string jsonl;
    int threads = 2;
    bool no_folded = false;
    std::string sources;
    unsigned shards = 0;
    std::string shard;
  };
  auto opts = std::make_shared<Opts>();
  CLI::App* cmd = app.add_subcommand(
      "index", "Index WARC files (default: every file in the data home's archive/)");
  cmd->add_option("--warc", opts->warcs, "WARC file(s) to index (.warc or .warc.gz, any producer)");
  cmd->add_option("--jsonl", opts->jsonl,
                  "Index a JSON Lines corpus of articles (url, title, date, text, id per line)");
  cmd->add_option("--threads", opts->threads, "Extraction threads for --jsonl (default 2)")
      ->check(CLI::Range(1, 64));
  cmd->add_flag("--no-folded-terms", opts->no_folded,
                "Benchmarks only: leave out accent-free terms (unaccented queries then fail)")
      ->group("");
  cmd->add_option("--sources", opts->sources,
                  "Source definitions giving each site's province (default: the data home's "
                  "sources.toml, written by the last crawl)");
  auto* shards = cmd->add_option(
      "--shards", opts->shards,
      "Split a new index into M shards by a hash of each document id (searched as one; "
      "update and reindex keep the split)");
  shards->check(CLI::Range(1u, indexer::kMaxShards));
  cmd->add_option("--shard", opts->shard,
                  "Build only shard N of M (N from 0), for the machine that will serve it")
      ->excludes(shards);
  cmd->callback([opts, &global] {
    DataHome home = DataHome::Resolve(global.home);
    if (!opts->jsonl.empty() && !opts->warcs.empty())
      throw UsageError("--jsonl and --warc cannot be used together");
    for (const auto& f : opts->warcs)
      if (!std::filesystem::exists(f))
        throw UsageError(f + ": cannot open: No such file or directory");
    HomeLock lock(home.root, "index");
    auto log = [](const std::string& m) { std::cerr << "index: " << m << "\n"; };
    if (!lock.taken_over().empty())
      log("took over the lock left by " + lock.taken_over() + ", which is no longer running");
    indexer::IndexGenerations generations(home.root);
    const std::string index_dir = generations.EnsureCurrent();
    if (opts->shards > 0 || !opts->shard.empty())
      indexer::PrepareShardLayout(index_dir, opts->shard.empty()
                                                 ? indexer::ShardSpec{opts->shards, -1}
                                                 : indexer::ParseShardArgument(opts->shard));
    if (!opts->jsonl.empty()) {
      indexer::JsonlOptions jo;
      jo.index_dir = index_dir;
      jo.path = opts->jsonl;
      jo.threads = opts->threads;
      jo.folded_terms = !opts->no_folded;
      jo.log = [](const std::string& m) { std::cerr << "index: " << m << "\n"; };
      indexer::JsonlSummary s = indexer::IndexJsonl(jo);
      std::cerr << "index: " << s.lines << " lines, " << s.indexed << " articles indexed, "
                << s.bad_lines.size() << " bad lines; index now holds " << s.documents
                << " documents\n";
      if (!s.bad_lines.empty()) global.exit_code = static_cast<int>(ExitCode::kPartial);
      return;
    }
    indexer::IndexOptions io = HomeIndexOptions(home, index_dir, opts->sources, log);
    if (!opts->warcs.empty()) io.warc_files = opts->warcs;
    if (io.warc_files.empty())
      throw UsageError(home.archive_dir() +
                       ": no WARC files to index (run `vnarchive crawl` or pass --warc)");
    indexer::IndexSummary s = indexer::IndexWarcs(io);
    log(IndexSummaryLine(s));
    if (!s.problems.empty()) global.exit_code = static_cast<int>(ExitCode::kPartial);
  });
}

}  // namespace vn::app
