// XapianTcpServer: one `xapian-tcpsrv` (Debian xapian-tools) serving one database on a free
// 127.0.0.1 port, for the shard tests and the shard benchmark. The server runs in its own
// process group (it forks a child per connection) and is killed, children included, when
// this object goes or when the process that started it dies.
#pragma once

#include <sys/types.h>

#include <string>

namespace vn::support {

inline constexpr const char* kXapianTcpSrv = "/usr/bin/xapian-tcpsrv";

// A loopback port nothing listens on at the moment of asking.
int FreeLoopbackPort();

class XapianTcpServer {
 public:
  // Starts the server and waits (up to 10 s) until it accepts a remote connection.
  explicit XapianTcpServer(const std::string& database);
  ~XapianTcpServer() { Stop(); }
  XapianTcpServer(const XapianTcpServer&) = delete;
  XapianTcpServer& operator=(const XapianTcpServer&) = delete;

  bool started() const { return started_; }
  void Stop();
  std::string endpoint() const { return "127.0.0.1:" + std::to_string(port_); }
  int port() const { return port_; }

 private:
  pid_t pid_ = -1;
  int port_ = 0;
  bool started_ = false;
};

}  // namespace vn::support
