// `vnarchive crawl`: fetch the sources politely into the WARC archive of the data home.
#include <unistd.h>

#include <filesystem>
#include <iostream>

#include "app/commands.h"
#include "app/home.h"
#include "app/home_lock.h"
#include "common/error.h"
#include "crawler/crawler.h"

namespace vn::app {

void RegisterCrawl(CLI::App& app, GlobalOptions& global) {
  struct Opts {
    std::string sources;
    std::vector<std::string> seeds;
    int max_pages = 0;
    int delay_ms = -1;
    int max_depth = -1;
    bool quiet = false;
  };
  auto opts = std::make_shared<Opts>();
  CLI::App* cmd = app.add_subcommand(
      "crawl", "Fetch the sources (robots.txt, per-host delay, conditional GET) into WARC files");
  cmd->add_option("--sources", opts->sources,
                  "Source definitions (TOML); default data/sources.toml unless --seed is given");
  cmd->add_option("--seed", opts->seeds, "Crawl this site instead (scope: its host)");
  cmd->add_option("--max-pages", opts->max_pages, "Fetches per source in this run")
      ->check(CLI::Range(1, 10000000));
  cmd->add_option("--delay", opts->delay_ms, "Per-host delay in milliseconds (overrides sources)")
      ->check(CLI::Range(0, 3600000));
  cmd->add_option("--max-depth", opts->max_depth, "Link hops from a seed")
      ->check(CLI::Range(0, 1000));
  cmd->add_flag("--quiet", opts->quiet, "Only the summary line");
  cmd->callback([opts, &global] {
    DataHome home = DataHome::Resolve(global.home);
    crawler::CrawlOptions co;
    co.home = home.root;
    std::string sources_file = opts->sources;
    if (!opts->seeds.empty()) {
      for (const auto& s : opts->seeds) co.sources.push_back(crawler::AdHocSource(s));
    } else {
      if (sources_file.empty()) sources_file = "data/sources.toml";
      co.sources = crawler::LoadSources(sources_file);
    }
    if (co.sources.empty()) throw UsageError(sources_file + ": no [[source]] defined");
    co.max_pages = opts->max_pages;
    co.delay_ms = opts->delay_ms;
    co.max_depth = opts->max_depth;
    co.progress = !opts->quiet && isatty(STDERR_FILENO);
    if (opts->quiet) co.log = [](const std::string&) {};
    HomeLock lock(home.root, "crawl");
    if (!lock.taken_over().empty())
      std::cerr << "crawl: took over the lock left by " << lock.taken_over()
                << ", which is no longer running\n";
    // The indexer reads each site's province from the definitions the crawl used.
    if (!sources_file.empty()) {
      std::error_code ec;
      std::filesystem::path target = std::filesystem::path(home.root) / "sources.toml";
      if (std::filesystem::absolute(sources_file) != std::filesystem::absolute(target))
        std::filesystem::copy_file(sources_file, target,
                                   std::filesystem::copy_options::overwrite_existing, ec);
    }
    crawler::CrawlSummary s = crawler::RunCrawl(co);
    std::cerr << s.ToString() << "\n";
    for (const auto& f : s.failed_urls) std::cerr << "crawl: failed: " << f << "\n";
    global.exit_code = static_cast<int>(s.exit_code());
  });
}

}  // namespace vn::app
