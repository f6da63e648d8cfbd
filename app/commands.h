// One registration function per subcommand. Each adds its CLI11 subcommand with flags and a
// callback that calls into a stage and throws vn::Error on failure; main maps errors to
// exit codes. `exit_code` receives partial-failure codes (1) from commands that finish.
#pragma once

#include <CLI/CLI.hpp>

namespace vn::app {

struct GlobalOptions {
  std::string home;
  int exit_code = 0;
};

void RegisterCrawl(CLI::App& app, GlobalOptions& global);
void RegisterIndex(CLI::App& app, GlobalOptions& global);
void RegisterSearch(CLI::App& app, GlobalOptions& global);
void RegisterExtract(CLI::App& app, GlobalOptions& global);
void RegisterRobots(CLI::App& app, GlobalOptions& global);
void RegisterEvalExtract(CLI::App& app, GlobalOptions& global);
void RegisterShow(CLI::App& app, GlobalOptions& global);
void RegisterStats(CLI::App& app, GlobalOptions& global);
void RegisterMeetings(CLI::App& app, GlobalOptions& global);
void RegisterUpdate(CLI::App& app, GlobalOptions& global);
void RegisterReindex(CLI::App& app, GlobalOptions& global);
void RegisterCheck(CLI::App& app, GlobalOptions& global);
void RegisterServe(CLI::App& app, GlobalOptions& global);

}  // namespace vn::app
