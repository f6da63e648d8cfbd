#include "crawler/fetcher.h"

#include <curl/curl.h>

#include <cctype>
#include <mutex>

namespace vn::crawler {
namespace {

struct Capture {
  std::string request;
  std::string head;
  std::string body;
  uint64_t max_body = 0;
  bool too_large = false;
};

int DebugCallback(CURL*, curl_infotype type, char* data, size_t size, void* user) {
  if (type == CURLINFO_HEADER_OUT) static_cast<Capture*>(user)->request.append(data, size);
  return 0;
}

size_t HeaderCallback(char* data, size_t size, size_t n, void* user) {
  auto* c = static_cast<Capture*>(user);
  std::string_view line(data, size * n);
  // A new status line starts a new response (after "100 Continue"): keep only the last.
  if (line.substr(0, 5) == "HTTP/") c->head.clear();
  c->head.append(line);
  return size * n;
}

size_t WriteCallback(char* data, size_t size, size_t n, void* user) {
  auto* c = static_cast<Capture*>(user);
  if (c->body.size() + size * n > c->max_body) {
    c->too_large = true;
    return 0;  // makes curl abort with CURLE_WRITE_ERROR
  }
  c->body.append(data, size * n);
  return size * n;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

std::vector<std::pair<std::string, std::string>> ParseHeaders(const std::string& head) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t pos = head.find('\n');  // skip the status line
  while (pos != std::string::npos && pos + 1 < head.size()) {
    size_t start = pos + 1;
    size_t end = head.find('\n', start);
    std::string line =
        head.substr(start, end == std::string::npos ? std::string::npos : end - start);
    pos = end;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) break;
    size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string value = line.substr(colon + 1);
    size_t b = value.find_first_not_of(" \t");
    value = b == std::string::npos ? "" : value.substr(b);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.pop_back();
    out.emplace_back(line.substr(0, colon), value);
  }
  return out;
}

}  // namespace

std::optional<std::string> FetchResult::Header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (EqualsIgnoreCase(k, name)) return v;
  }
  return std::nullopt;
}

Fetcher::Fetcher(FetchOptions options) : options_(options) {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  curl_ = curl_easy_init();
}

Fetcher::~Fetcher() { curl_easy_cleanup(static_cast<CURL*>(curl_)); }

FetchResult Fetcher::Get(const FetchRequest& req) {
  FetchResult result;
  CURL* h = static_cast<CURL*>(curl_);
  if (h == nullptr) {
    result.error = "libcurl could not be initialised";
    return result;
  }
  curl_easy_reset(h);
  Capture cap;
  cap.max_body = options_.max_body_bytes;
  char errbuf[CURL_ERROR_SIZE] = {0};

  curl_slist* headers = nullptr;
  headers = curl_slist_append(
      headers, "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
  headers = curl_slist_append(headers, "Accept-Language: vi,en;q=0.5");
  if (!req.if_none_match.empty()) {
    headers = curl_slist_append(headers, ("If-None-Match: " + req.if_none_match).c_str());
  }
  if (!req.if_modified_since.empty()) {
    headers = curl_slist_append(headers, ("If-Modified-Since: " + req.if_modified_since).c_str());
  }

  curl_easy_setopt(h, CURLOPT_URL, req.url.c_str());
  curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
  curl_easy_setopt(h, CURLOPT_USERAGENT, req.user_agent.c_str());
  curl_easy_setopt(h, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_1_1));
  // Ask for gzip and brotli ourselves (not CURLOPT_ACCEPT_ENCODING, which would make curl decode):
  // the archive stores the message as received.
  headers = curl_slist_append(headers, "Accept-Encoding: gzip, br");
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(h, CURLOPT_HTTP_CONTENT_DECODING, 0L);
  curl_easy_setopt(h, CURLOPT_HTTP_TRANSFER_DECODING, 0L);
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, options_.connect_timeout_ms);
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, options_.total_timeout_ms);
  curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, options_.low_speed_bytes_per_s);
  curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, options_.low_speed_seconds);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
  curl_easy_setopt(h, CURLOPT_VERBOSE, 1L);  // needed for the debug callback
  curl_easy_setopt(h, CURLOPT_DEBUGFUNCTION, DebugCallback);
  curl_easy_setopt(h, CURLOPT_DEBUGDATA, &cap);
  curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, HeaderCallback);
  curl_easy_setopt(h, CURLOPT_HEADERDATA, &cap);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, WriteCallback);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &cap);

  CURLcode rc = curl_easy_perform(h);
  curl_slist_free_all(headers);

  long status = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
  char* ip = nullptr;
  if (curl_easy_getinfo(h, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip) result.ip = ip;
  curl_easy_getinfo(h, CURLINFO_TOTAL_TIME, &result.seconds);
  result.status = static_cast<int>(status);
  result.request = std::move(cap.request);
  result.head = std::move(cap.head);
  result.body = std::move(cap.body);
  result.headers = ParseHeaders(result.head);
  if (rc == CURLE_OK) {
    result.ok = status > 0;
    if (!result.ok) result.error = "no HTTP response";
  } else if (cap.too_large) {
    result.error = "body larger than " + std::to_string(options_.max_body_bytes) + " bytes";
  } else {
    result.error = errbuf[0] ? std::string(errbuf) : curl_easy_strerror(rc);
    while (!result.error.empty() && result.error.back() == '\n') result.error.pop_back();
  }
  return result;
}

}  // namespace vn::crawler
