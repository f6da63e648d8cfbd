// `vnarchive index`: read WARC files (the data home's archive by default) into the index.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "app/commands.h"
#include "app/home.h"
#include "common/error.h"
#include "crawler/sources.h"
#include "indexer/jsonl_indexer.h"
#include "indexer/warc_indexer.h"

namespace vn::app {

namespace {

// Every closed WARC file in a directory, oldest name first.
std::vector<std::string> WarcFilesIn(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return files;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    auto ends = [&](const std::string& s) {
      return name.size() >= s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
    };
    if (e.is_regular_file() && (ends(".warc.gz") || ends(".warc")))
      files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

void RegisterIndex(CLI::App& app, GlobalOptions& global) {
  struct Opts {
    std::vector<std::string> warcs;
    std::string jsonl;
    int threads = 2;
    bool no_folded = false;
    std::string sources;
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
  cmd->callback([opts, &global] {
    DataHome home = DataHome::Resolve(global.home);
    if (!opts->jsonl.empty()) {
      if (!opts->warcs.empty()) throw UsageError("--jsonl and --warc cannot be used together");
      std::filesystem::create_directories(home.root);
      indexer::JsonlOptions jo;
      jo.index_dir = home.index_dir();
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
    indexer::IndexOptions io;
    io.index_dir = home.index_dir();
    io.warc_files = opts->warcs;
    if (io.warc_files.empty()) {
      io.warc_files = WarcFilesIn(home.archive_dir());
      if (io.warc_files.empty())
        throw UsageError(home.archive_dir() +
                         ": no WARC files to index (run `vnarchive crawl` or pass --warc)");
    }
    for (const auto& f : io.warc_files)
      if (!std::filesystem::exists(f))
        throw UsageError(f + ": cannot open: No such file or directory");
    std::vector<crawler::Source> sources;
    std::string sources_file = opts->sources.empty() ? home.root + "/sources.toml" : opts->sources;
    if (!opts->sources.empty() || std::filesystem::exists(sources_file))
      sources = crawler::LoadSources(sources_file);
    io.source_for_url = [sources](const std::string& url) {
      indexer::SourceInfo info;
      if (const crawler::Source* s = crawler::FindSourceForUrl(sources, url)) {
        info.name = s->name;
        info.province = s->province;
      }
      return info;
    };
    io.log = [](const std::string& m) { std::cerr << "index: " << m << "\n"; };
    std::filesystem::create_directories(home.root);
    indexer::IndexSummary s = indexer::IndexWarcs(io);
    std::cerr << "index: " << io.warc_files.size() << " file(s), " << s.records << " records, "
              << s.pages << " pages indexed, " << s.not_html << " non-HTML, " << s.not_ok
              << " non-200, " << s.list_pages << " list pages, " << s.older_skipped
              << " older captures skipped, " << s.problems.size()
              << " damaged records; index now holds " << s.documents << " documents\n";
    if (!s.problems.empty()) global.exit_code = static_cast<int>(ExitCode::kPartial);
  });
}

}  // namespace vn::app
