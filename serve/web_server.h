// WebServer: `vnarchive serve`: the search page, record pages, archived captures replayed
// in a sandbox, the meetings view and /api/search, over one data home, read-only. Every
// request opens the index as it is now, so a reindex (or a switch of the index directory to
// a new generation) is seen by the next request without a restart. Requests are served by
// a fixed pool of threads; absurd requests (huge queries, limits, path traversal) are
// refused with 400 before any work is done.
//
// URLs: /  /api/search  /record/ID  /capture/ID  /capture/web/URL  /meetings  /static/NAME
#pragma once

#include <memory>
#include <string>

namespace vn::serve {

struct ServerOptions {
  std::string index_dir;
  std::string archive_dir;
  int threads = 64;  // connections served at once; more wait in the queue
};

class WebServer {
 public:
  explicit WebServer(ServerOptions options);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Binds host:port (port 0: a free port chosen by the system) and returns the port.
  // Throws vn::Error(kUsage) when the address cannot be bound.
  int Bind(const std::string& host, int port);
  // Serves until Stop(); returns false when the server failed.
  bool Run();
  // Makes Run return; callable from any thread (and from a signal-watching thread).
  void Stop();
  bool IsRunning() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace vn::serve
