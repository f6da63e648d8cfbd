// TestServer (tests only): a cpp-httplib server on 127.0.0.1 with a kernel-chosen port,
// started and stopped inside one test, that logs every request (path, headers, arrival
// time) so tests can check what the crawler asked for and how far apart.
#pragma once

#include <httplib.h>

#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace vn::crawler::testing {

struct Hit {
  std::string path;  // with query string
  httplib::Headers headers;
  std::chrono::steady_clock::time_point at;
  std::string Header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? "" : it->second;
  }
};

class TestServer {
 public:
  TestServer() {
    server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response&) {
      std::string path = req.path;
      if (!req.params.empty()) {
        std::string q;
        for (const auto& [k, v] : req.params) q += (q.empty() ? "" : "&") + k + "=" + v;
        path += "?" + q;
      }
      std::lock_guard<std::mutex> lock(mu_);
      hits_.push_back({path, req.headers, std::chrono::steady_clock::now()});
      return httplib::Server::HandlerResponse::Unhandled;
    });
  }
  ~TestServer() { Stop(); }

  // Register handlers on `server` first.
  int Start() {
    port_ = server.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server.listen_after_bind(); });
    // stop() before the accept loop runs would be lost, so wait for it.
    while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return port_;
  }
  void Stop() {
    if (thread_.joinable()) {
      server.stop();
      thread_.join();
    }
  }
  std::string Url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }
  std::vector<Hit> Hits() const {
    std::lock_guard<std::mutex> lock(mu_);
    return hits_;
  }
  std::vector<Hit> HitsFor(const std::string& path) const {
    std::vector<Hit> out;
    for (const Hit& h : Hits()) {
      if (h.path == path) out.push_back(h);
    }
    return out;
  }

  httplib::Server server;

 private:
  mutable std::mutex mu_;
  std::vector<Hit> hits_;
  std::thread thread_;
  int port_ = 0;
};

}  // namespace vn::crawler::testing
