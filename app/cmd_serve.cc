// `vnarchive serve [--listen 127.0.0.1:8080]`: the web search page over the data home,
// read-only, on loopback unless told otherwise. With port 0 the system picks a free port;
// the address is printed on stdout ("serving on http://HOST:PORT/") either way, so a
// script can find it. Stops cleanly on SIGINT or SIGTERM.
#include <signal.h>

#include <iostream>
#include <thread>

#include "app/commands.h"
#include "app/home.h"
#include "common/error.h"
#include "serve/web_server.h"

namespace vn::app {

namespace {

std::pair<std::string, int> ParseListen(const std::string& listen) {
  size_t colon = listen.rfind(':');
  std::string host = colon == std::string::npos ? listen : listen.substr(0, colon);
  std::string port = colon == std::string::npos ? "" : listen.substr(colon + 1);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  bool digits = !port.empty() && port.size() <= 5 &&
                port.find_first_not_of("0123456789") == std::string::npos;
  if (host.empty() || !digits || std::stoi(port) > 65535)
    throw UsageError("--listen '" + listen + "': expected HOST:PORT, e.g. 127.0.0.1:8080");
  return {host, std::stoi(port)};
}

}  // namespace

void RegisterServe(CLI::App& app, GlobalOptions& global) {
  struct Opts {
    std::string listen = "127.0.0.1:8080";
    int threads = 64;
  };
  auto opts = std::make_shared<Opts>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "Web search page over the data home (read-only; loopback by default)");
  cmd->add_option("--listen", opts->listen, "HOST:PORT to listen on; port 0 picks a free one")
      ->capture_default_str();
  cmd->add_option("--threads", opts->threads, "Connections served at once")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  cmd->callback([opts, &global] {
    auto [host, port] = ParseListen(opts->listen);
    DataHome home = DataHome::Resolve(global.home);
    // Block the stop signals here so every thread the server starts inherits the mask and
    // only the watcher below receives them.
    sigset_t stop;
    sigemptyset(&stop);
    sigaddset(&stop, SIGINT);
    sigaddset(&stop, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop, nullptr);
    serve::WebServer server({home.index_dir(), home.archive_dir(), opts->threads});
    int bound = server.Bind(host, port);
    std::string shown = host.find(':') != std::string::npos ? "[" + host + "]" : host;
    std::cout << "serving on http://" << shown << ":" << bound << "/" << std::endl;
    std::thread watcher([&server, stop] {
      int sig = 0;
      sigwait(&stop, &sig);
      server.Stop();
    });
    bool ok = server.Run();
    if (watcher.joinable()) {
      // Run returned on its own (a failure): wake the watcher so it can be joined.
      if (!ok) pthread_kill(watcher.native_handle(), SIGTERM);
      watcher.join();
    }
    if (!ok) throw Error(ExitCode::kCorrupt, "the web server stopped with an error");
  });
}

}  // namespace vn::app
