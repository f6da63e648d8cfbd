// vnarchive: one binary, git-style subcommands. Exit codes (DESIGN.md): 0 ok, 1 partial
// failure, 2 usage or bad input, 3 locked/busy, 4 corrupt or unreadable data.
#include <xapian.h>

#include <cstdio>
#include <iostream>

#include "app/commands.h"
#include "common/error.h"

int main(int argc, char** argv) {
  CLI::App app{
      "vnarchive: a search engine and web archive for Vietnamese news and official bulletins.\n"
      "Exit codes: 0 ok, 1 some URLs/records failed, 2 usage or bad input, 3 locked, 4 corrupt "
      "data."};
  app.require_subcommand(1);
  vn::app::GlobalOptions global;
  app.add_option("--home", global.home, "Data home (default: $VNARCHIVE_HOME or ./vnarchive-data)");
  vn::app::RegisterCrawl(app, global);
  vn::app::RegisterIndex(app, global);
  vn::app::RegisterSearch(app, global);
  vn::app::RegisterExtract(app, global);
  vn::app::RegisterRobots(app, global);
  vn::app::RegisterEvalExtract(app, global);
  vn::app::RegisterShow(app, global);
  vn::app::RegisterStats(app, global);
  vn::app::RegisterMeetings(app, global);
  vn::app::RegisterUpdate(app, global);
  vn::app::RegisterReindex(app, global);
  vn::app::RegisterCheck(app, global);
  vn::app::RegisterServe(app, global);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);
    std::fprintf(stderr, "vnarchive: %s (see --help)\n", e.what());
    return static_cast<int>(vn::ExitCode::kUsage);
  } catch (const vn::Error& e) {
    std::fprintf(stderr, "vnarchive: %s\n", e.what());
    return static_cast<int>(e.code());
  } catch (const Xapian::Error& e) {
    std::fprintf(stderr, "vnarchive: index error: %s\n", e.get_description().c_str());
    return static_cast<int>(vn::ExitCode::kCorrupt);
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "vnarchive: out of memory\n");
    return static_cast<int>(vn::ExitCode::kCorrupt);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vnarchive: %s\n", e.what());
    return static_cast<int>(vn::ExitCode::kCorrupt);
  }
  return global.exit_code;
}
