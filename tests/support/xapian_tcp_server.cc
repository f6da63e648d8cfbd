#include "tests/support/xapian_tcp_server.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <chrono>
#include <thread>

namespace vn::support {

int FreeLoopbackPort() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
  socklen_t len = sizeof addr;
  ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ::close(fd);
  return ntohs(addr.sin_port);
}

XapianTcpServer::XapianTcpServer(const std::string& database) : port_(FreeLoopbackPort()) {
  std::string port = std::to_string(port_);
  pid_ = ::fork();
  if (pid_ == 0) {
    // Its own process group: xapian-tcpsrv forks a child per connection, and stopping the
    // server must stop those too.
    ::setpgid(0, 0);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    int devnull = ::open("/dev/null", O_WRONLY);
    ::dup2(devnull, STDOUT_FILENO);
    ::dup2(devnull, STDERR_FILENO);  // it reports each dropped connection
    ::execl(kXapianTcpSrv, kXapianTcpSrv, "--quiet", "--interface", "127.0.0.1", "--port",
            port.c_str(), database.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ::setpgid(pid_, pid_);
  // Ready when it accepts a connection (a few tens of ms; a large database takes longer).
  for (int i = 0; i < 400; ++i) {
    try {
      Xapian::Remote::open("127.0.0.1", port_, 5000, 5000);
      started_ = true;
      return;
    } catch (const Xapian::NetworkError&) {
      std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
  }
}

void XapianTcpServer::Stop() {
  if (pid_ <= 0) return;
  ::kill(-pid_, SIGKILL);
  ::waitpid(pid_, nullptr, 0);
  pid_ = -1;
}

}  // namespace vn::support
