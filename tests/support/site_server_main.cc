// vn-site-server DIR [--port N] [--port-file FILE] [--quiet]: serves a static site on
// 127.0.0.1 until SIGTERM or SIGINT, for the demo script and manual crawls.
#include <signal.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "common/error.h"
#include "tests/support/site_server.h"

namespace {

// Written to a temporary name and renamed, so a script polling for the file never reads a
// half-written port.
void WritePortFile(const std::string& file, int port) {
  const std::string tmp = file + ".tmp";
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << port << "\n";
    if (!out) throw vn::UsageError(tmp + ": cannot write the port file");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, file, ec);
  if (ec) throw vn::UsageError(file + ": cannot write the port file: " + ec.message());
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Serve a static site on 127.0.0.1 (redirects and headers from _server.toml)"};
  std::string dir;
  int port = 0;
  std::string port_file;
  bool quiet = false;
  app.add_option("DIR", dir, "site directory")->required();
  app.add_option("--port", port, "port to listen on (0: any free port)")
      ->check(CLI::Range(0, 65535));
  app.add_option("--port-file", port_file, "write the chosen port to this file");
  app.add_flag("--quiet", quiet, "do not log requests to stderr");
  CLI11_PARSE(app, argc, argv);

  // Block the signals before any thread starts so every server thread inherits the mask and
  // only sigwait below receives them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  try {
    vn::support::SiteServer server(dir, {.host = "127.0.0.1", .port = port});
    const int bound = server.Start();
    if (!port_file.empty()) WritePortFile(port_file, bound);
    std::printf("listening on %s\n", server.BaseUrl().c_str());
    std::fflush(stdout);

    size_t logged = 0;
    auto print_new_requests = [&] {
      auto log = server.RequestLog();
      for (; logged < log.size(); ++logged) {
        const auto& r = log[logged];
        std::fprintf(stderr, "%s %s%s%s %d\n", r.method.c_str(), r.path.c_str(),
                     r.query.empty() ? "" : "?", r.query.c_str(), r.status);
      }
    };
    int sig = 0;
    if (quiet) {
      sigwait(&signals, &sig);
    } else {
      // Poll the request log a few times a second so requests show up in the demo's output.
      const timespec tick{0, 200'000'000};
      while (sigtimedwait(&signals, nullptr, &tick) < 0) print_new_requests();
      print_new_requests();
    }
    server.Stop();
    if (!port_file.empty()) std::filesystem::remove(port_file);
    return 0;
  } catch (const vn::Error& e) {
    std::fprintf(stderr, "vn-site-server: %s\n", e.what());
    return static_cast<int>(e.code());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vn-site-server: %s\n", e.what());
    return static_cast<int>(vn::ExitCode::kCorrupt);
  }
}
