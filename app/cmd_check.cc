// `vnarchive check`: verifies the archive's digests and that index and archive agree
// (IndexChecker); `--repair` rebuilds what can be rebuilt: files left open by a crash are
// recovered, a lagging index is brought up to date, an index that disagrees with the
// archive (or cannot be opened) is rebuilt into a new generation. Damaged WARC records
// cannot be rebuilt: they stay reported.
#include <iostream>

#include "app/commands.h"
#include "app/home.h"
#include "app/home_index.h"
#include "app/home_lock.h"
#include "common/error.h"
#include "crawler/frontier.h"
#include "indexer/index_checker.h"

namespace vn::app {

namespace {

using Kind = indexer::CheckProblem::Kind;

void Print(const indexer::CheckReport& r) {
  size_t archive = 0, index = 0, behind = 0;
  for (const auto& p : r.problems)
    (p.kind == Kind::kArchive ? archive : p.kind == Kind::kIndex ? index : behind)++;
  std::cerr << "check: " << r.files << " WARC file(s), " << r.records << " records (" << r.responses
            << " HTTP responses), " << r.documents << " documents: ";
  if (r.problems.empty())
    std::cerr << "OK\n";
  else
    std::cerr << archive << " archive problem(s), " << index << " index problem(s), " << behind
              << " not indexed yet\n";
}

int ExitFor(const indexer::CheckReport& r) {
  if (r.Has(Kind::kArchive) || r.Has(Kind::kIndex)) return static_cast<int>(ExitCode::kCorrupt);
  if (r.Has(Kind::kBehind)) return static_cast<int>(ExitCode::kPartial);
  return 0;
}

}  // namespace

void RegisterCheck(CLI::App& app, GlobalOptions& global) {
  auto repair = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand(
      "check",
      "Verify every WARC record's digests and that index and archive agree. Exit 0 when "
      "consistent, 1 when the index only lags the archive, 4 on corruption");
  cmd->add_flag("--repair", *repair,
                "Recover files left open by a crash, index what is missing, rebuild an index "
                "that disagrees with the archive");
  cmd->callback([repair, &global] {
    DataHome home = DataHome::Resolve(global.home);
    auto log = [](const std::string& m) { std::cerr << "check: " << m << "\n"; };
    indexer::CheckReport report;
    bool index_unreadable = false;
    try {
      report = indexer::CheckArchiveAndIndex(home.archive_dir(), home.index_dir(), log);
      Print(report);
    } catch (const Error& e) {
      if (!*repair || e.code() != ExitCode::kCorrupt) throw;
      log(e.what());
      index_unreadable = true;
    }
    if (!*repair || (!index_unreadable && report.problems.empty())) {
      global.exit_code = ExitFor(report);
      return;
    }
    HomeLock lock(home.root, "check --repair");
    bool open_files = false;
    for (const auto& p : report.problems)
      open_files |= p.kind == Kind::kBehind && p.file.size() > 5 &&
                    p.file.compare(p.file.size() - 5, 5, ".open") == 0;
    if (open_files) {
      std::vector<std::string> lines;
      crawler::Frontier frontier(home.crawl_db());
      frontier.RecoverArchive(home.archive_dir(), &lines);
      for (const auto& l : lines) log("repair: " + l);
    }
    auto index_log = [](const std::string& m) { std::cerr << "check: repair: " << m << "\n"; };
    if (index_unreadable || report.Has(Kind::kIndex)) {
      std::string generation;
      indexer::IndexSummary s = RebuildHomeIndex(home, "", "", index_log, &generation);
      log("repair: rebuilt the index from the archive into " + generation + ": " +
          IndexSummaryLine(s));
    } else {
      indexer::IndexSummary s = IndexHomeIncrementally(home, "", index_log);
      log("repair: indexed what was missing: " + IndexSummaryLine(s));
    }
    report = indexer::CheckArchiveAndIndex(home.archive_dir(), home.index_dir(), log);
    Print(report);
    if (report.Has(Kind::kArchive))
      log("damaged WARC records cannot be rebuilt: their captures are lost; everything else "
          "is indexed");
    global.exit_code = ExitFor(report);
  });
}

}  // namespace vn::app
