// `vnarchive update`: the scheduled job. Crawls what is due, then indexes what is new,
// under the home's writer lock. Meant for cron or a systemd timer: plain log lines, exit
// codes of DESIGN.md (3 when another writer holds the home).
#include <chrono>
#include <filesystem>
#include <iostream>

#include "app/commands.h"
#include "app/home.h"
#include "app/home_index.h"
#include "app/home_lock.h"
#include "common/error.h"
#include "crawler/crawler.h"
#include "crawler/sources.h"

namespace vn::app {

void RegisterUpdate(CLI::App& app, GlobalOptions& global) {
  struct Opts {
    std::string sources;
    bool no_crawl = false;
    int max_pages = 0;
    int delay_ms = -1;
  };
  auto opts = std::make_shared<Opts>();
  CLI::App* cmd = app.add_subcommand(
      "update",
      "Crawl what is due (conditional GET) and index what is new; for cron or a systemd timer");
  cmd->add_option("--sources", opts->sources,
                  "Source definitions (default: the data home's sources.toml, as the last crawl "
                  "left it); a file given here becomes the home's definitions");
  cmd->add_flag("--no-crawl", opts->no_crawl,
                "Only index what the archive holds and the index not");
  cmd->add_option("--max-pages", opts->max_pages, "Fetches per source in this run")
      ->check(CLI::Range(1, 10000000));
  cmd->add_option("--delay", opts->delay_ms, "Per-host delay in milliseconds (overrides sources)")
      ->check(CLI::Range(0, 3600000));
  cmd->callback([opts, &global] {
    auto started = std::chrono::steady_clock::now();
    DataHome home = DataHome::Resolve(global.home);
    auto log = [](const std::string& m) { std::cerr << "update: " << m << "\n"; };
    HomeLock lock(home.root, "update");
    if (!lock.taken_over().empty())
      log("took over the lock left by " + lock.taken_over() + ", which is no longer running");
    const std::string home_sources = home.root + "/sources.toml";
    if (!opts->sources.empty()) {
      // Validate before adopting: a bad file must not replace the working definitions.
      crawler::LoadSources(opts->sources);
      std::error_code ec;
      if (std::filesystem::absolute(opts->sources) != std::filesystem::absolute(home_sources)) {
        std::filesystem::copy_file(opts->sources, home_sources + ".new",
                                   std::filesystem::copy_options::overwrite_existing, ec);
        if (!ec) std::filesystem::rename(home_sources + ".new", home_sources, ec);
        if (ec) throw UsageError(home_sources + ": cannot write: " + ec.message());
      }
    }
    int exit_code = 0;
    if (!opts->no_crawl) {
      if (!std::filesystem::exists(home_sources))
        throw UsageError(home_sources +
                         ": no source definitions (pass --sources FILE once, or run `vnarchive "
                         "crawl --sources FILE`)");
      crawler::CrawlOptions co;
      co.home = home.root;
      co.sources = crawler::LoadSources(home_sources);
      if (co.sources.empty()) throw UsageError(home_sources + ": no [[source]] defined");
      co.max_pages = opts->max_pages;
      co.delay_ms = opts->delay_ms;
      co.log = [](const std::string& m) { std::cerr << "update: crawl: " << m << "\n"; };
      crawler::CrawlSummary cs = crawler::RunCrawl(co);
      for (const auto& r : cs.recovery_log) log("recovered: " + r);
      log("crawl: " + cs.ToString());
      for (const auto& f : cs.failed_urls) log("crawl: failed: " + f);
      exit_code = std::max(exit_code, static_cast<int>(cs.exit_code()));
    }
    indexer::IndexSummary s = IndexHomeIncrementally(
        home, "", [](const std::string& m) { std::cerr << "update: index: " << m << "\n"; });
    log("index: " + IndexSummaryLine(s));
    if (!s.problems.empty()) exit_code = std::max(exit_code, static_cast<int>(ExitCode::kPartial));
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    char took[32];
    std::snprintf(took, sizeof took, "%.1f", secs);
    log(std::string("done in ") + took + " s" + (exit_code ? " (with failures)" : ""));
    global.exit_code = exit_code;
  });
}

void RegisterReindex(CLI::App& app, GlobalOptions& global) {
  struct Opts {
    std::string since;
    std::string sources;
  };
  auto opts = std::make_shared<Opts>();
  CLI::App* cmd = app.add_subcommand(
      "reindex",
      "Rebuild the index from the archive into a new generation and switch to it atomically "
      "(searches keep the old index until they reopen)");
  cmd->add_option("--since", opts->since,
                  "Only extract again the captures from this date on (YYYY, YYYY-MM, "
                  "YYYY-MM-DD); the rest is copied from the live index");
  cmd->add_option("--sources", opts->sources,
                  "Source definitions (default: the data home's sources.toml)");
  cmd->callback([opts, &global] {
    DataHome home = DataHome::Resolve(global.home);
    std::string since = opts->since;
    if (!since.empty()) {
      bool ok = since.size() == 4 || since.size() == 7 || since.size() == 10;
      for (size_t i = 0; ok && i < since.size(); ++i)
        ok = (i == 4 || i == 7) ? since[i] == '-'
                                : std::isdigit(static_cast<unsigned char>(since[i]));
      if (!ok) throw UsageError("--since " + since + ": expected YYYY, YYYY-MM or YYYY-MM-DD");
    }
    auto log = [](const std::string& m) { std::cerr << "reindex: " << m << "\n"; };
    HomeLock lock(home.root, "reindex");
    if (!lock.taken_over().empty())
      log("took over the lock left by " + lock.taken_over() + ", which is no longer running");
    std::string generation;
    indexer::IndexSummary s = RebuildHomeIndex(home, opts->sources, since, log, &generation);
    log(IndexSummaryLine(s));
    log("switched to " + generation);
    if (!s.problems.empty()) global.exit_code = static_cast<int>(ExitCode::kPartial);
  });
}

}  // namespace vn::app
