#include "archive/warc_writer.h"

#include <fcntl.h>
#include <openssl/rand.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <random>

#include "archive/digest.h"
#include "archive/gzip.h"
#include "archive/http_message.h"
#include "common/error.h"

namespace vn::archive {
namespace {

std::string Errno() { return std::strerror(errno); }

std::string UtcNow(const char* format) {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, format, &tm);
  return buf;
}

bool StartsWith(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// A line break inside a field value would end the header early and make the record
// unreadable, so it is refused rather than written.
void CheckField(const std::string& name, const std::string& value) {
  if (name.empty() || name.find_first_of(":\r\n \t") != std::string::npos) {
    throw UsageError("WARC field name \"" + name + "\" is not a valid token");
  }
  if (value.find_first_of("\r\n") != std::string::npos) {
    throw UsageError("WARC field " + name + " contains a line break");
  }
}

std::string ProfileUri(const std::string& profile) {
  if (profile.find("://") != std::string::npos) return profile;
  return "http://netpreserve.org/warc/1.1/revisit/" + profile;
}

}  // namespace

std::string NewRecordId() {
  unsigned char b[16];
  if (RAND_bytes(b, sizeof b) != 1) {
    std::random_device rd;
    for (unsigned char& c : b) c = static_cast<unsigned char>(rd());
  }
  b[6] = static_cast<unsigned char>((b[6] & 0x0f) | 0x40);  // version 4
  b[8] = static_cast<unsigned char>((b[8] & 0x3f) | 0x80);  // RFC 4122 variant
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "<urn:uuid:";
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out.push_back('-');
    out.push_back(kHex[b[i] >> 4]);
    out.push_back(kHex[b[i] & 15]);
  }
  out.push_back('>');
  return out;
}

std::string WarcDateNow() { return UtcNow("%Y-%m-%dT%H:%M:%SZ"); }

WarcWriter::WarcWriter(WarcWriterOptions options) : options_(std::move(options)) {
  if (options_.directory.empty()) options_.directory = ".";
}

WarcWriter::~WarcWriter() {
  try {
    Close();
  } catch (const std::exception&) {
    // A destructor cannot report; the file stays as ".open" and remains readable.
  }
}

std::string WarcWriter::current_file() const { return file_ ? final_path_ : std::string(); }

void WarcWriter::OpenNewFile() {
  std::error_code ec;
  std::filesystem::create_directories(options_.directory, ec);
  if (ec) {
    throw UsageError(options_.directory + ": cannot create directory: " + ec.message());
  }
  const std::string stamp = UtcNow("%Y%m%d%H%M%S");
  std::string name;
  int fd = -1;
  // O_EXCL plus the serial makes names unique even for two writers started in one second.
  for (int attempt = 0; attempt < 100000; ++attempt) {
    char serial[16];
    std::snprintf(serial, sizeof serial, "%05d", serial_++);
    name = options_.prefix + "-" + stamp + "-" + serial + ".warc.gz";
    final_path_ = options_.directory + "/" + name;
    open_path_ = final_path_ + ".open";
    if (std::filesystem::exists(final_path_, ec)) continue;
    fd = ::open(open_path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd >= 0) break;
    if (errno != EEXIST) throw UsageError(open_path_ + ": cannot create: " + Errno());
  }
  if (fd < 0) throw UsageError(options_.directory + ": no free WARC file name");
  file_ = fdopen(fd, "wb");
  if (file_ == nullptr) {
    ::close(fd);
    throw UsageError(open_path_ + ": cannot open: " + Errno());
  }
  bytes_ = 0;

  WarcRecord info;
  info.Set("WARC-Type", "warcinfo");
  warcinfo_id_ = NewRecordId();
  info.Set("WARC-Record-ID", warcinfo_id_);
  info.Set("WARC-Date", WarcDateNow());
  info.Set("WARC-Filename", name);
  info.Set("Content-Type", "application/warc-fields");
  info.block = "software: " + options_.software +
               "\r\nformat: WARC File Format 1.1"
               "\r\nconformsTo: "
               "http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/"
               "\r\n";
  if (!options_.operator_info.empty()) info.block += "operator: " + options_.operator_info + "\r\n";
  Append(std::move(info));
}

void WarcWriter::RotateIfFull() {
  if (file_ != nullptr && bytes_ >= options_.max_file_bytes) Close();
  if (file_ == nullptr) OpenNewFile();
}

WarcLocation WarcWriter::Append(WarcRecord record) {
  if (!StartsWith(record.version, "WARC/")) record.version = "WARC/1.1";
  const std::string type = record.Type();
  if (type.empty()) throw UsageError("WARC record without WARC-Type");
  if (!record.Get("WARC-Record-ID")) record.Set("WARC-Record-ID", NewRecordId());
  if (!record.Get("WARC-Date")) record.Set("WARC-Date", WarcDateNow());
  if (type != "warcinfo" && !record.Get("WARC-Warcinfo-ID")) {
    record.Set("WARC-Warcinfo-ID", warcinfo_id_);
  }
  const std::string content_type = record.Get("Content-Type").value_or("");
  if (type != "revisit" && !record.Get("WARC-Payload-Digest") &&
      StartsWith(content_type, "application/http")) {
    if (std::optional<std::string> payload = HttpPayload(record.block)) {
      record.Set("WARC-Payload-Digest", Sha1Digest(*payload));
    }
  }
  if (!record.Get("WARC-Block-Digest")) record.Set("WARC-Block-Digest", Sha1Digest(record.block));
  record.Set("Content-Length", std::to_string(record.block.size()));

  std::string text = record.version + "\r\n";
  for (const auto& [name, value] : record.fields) {
    CheckField(name, value);
    text += name + ": " + value + "\r\n";
  }
  text += "\r\n";
  text += record.block;
  text += "\r\n\r\n";
  const std::string member = GzipMember(text);

  WarcLocation where{final_path_, bytes_};
  if (std::fwrite(member.data(), 1, member.size(), file_) != member.size() ||
      std::fflush(file_) != 0) {
    std::string why = Errno();
    // Cut the partial member off so the file stays a clean series of whole records.
    if (ftruncate(fileno(file_), static_cast<off_t>(bytes_)) == 0) {
      std::fseek(file_, static_cast<long>(bytes_), SEEK_SET);
    }
    throw CorruptError(open_path_ + ": cannot write: " + why);
  }
  bytes_ += member.size();
  return where;
}

WarcLocation WarcWriter::Write(WarcRecord record) {
  RotateIfFull();
  return Append(std::move(record));
}

WarcLocation WarcWriter::WriteExchange(const std::string& target_uri, const std::string& warc_date,
                                       const std::string& ip_address, const std::string& request,
                                       const std::string& response) {
  RotateIfFull();  // once, so the pair always lands in one file
  const std::string date = warc_date.empty() ? WarcDateNow() : warc_date;
  const std::string response_id = NewRecordId();
  const std::string request_id = NewRecordId();

  WarcRecord rsp;
  rsp.Set("WARC-Type", "response");
  rsp.Set("WARC-Record-ID", response_id);
  rsp.Set("WARC-Date", date);
  rsp.Set("WARC-Target-URI", target_uri);
  if (!ip_address.empty()) rsp.Set("WARC-IP-Address", ip_address);
  rsp.Set("WARC-Concurrent-To", request_id);
  rsp.Set("Content-Type", "application/http;msgtype=response");
  rsp.block = response;
  WarcLocation where = Append(std::move(rsp));

  WarcRecord req;
  req.Set("WARC-Type", "request");
  req.Set("WARC-Record-ID", request_id);
  req.Set("WARC-Date", date);
  req.Set("WARC-Target-URI", target_uri);
  if (!ip_address.empty()) req.Set("WARC-IP-Address", ip_address);
  req.Set("WARC-Concurrent-To", response_id);
  req.Set("Content-Type", "application/http;msgtype=request");
  req.block = request;
  Append(std::move(req));
  return where;
}

WarcLocation WarcWriter::WriteRevisit(const std::string& target_uri, const std::string& warc_date,
                                      const std::string& profile,
                                      const std::string& refers_to_record_id,
                                      const std::string& refers_to_target_uri,
                                      const std::string& refers_to_date,
                                      const std::string& payload_digest,
                                      const std::string& response_head) {
  WarcRecord r;
  r.Set("WARC-Type", "revisit");
  r.Set("WARC-Record-ID", NewRecordId());
  r.Set("WARC-Date", warc_date.empty() ? WarcDateNow() : warc_date);
  r.Set("WARC-Target-URI", target_uri);
  r.Set("WARC-Profile", ProfileUri(profile));
  if (!refers_to_record_id.empty()) r.Set("WARC-Refers-To", refers_to_record_id);
  if (!refers_to_target_uri.empty()) r.Set("WARC-Refers-To-Target-URI", refers_to_target_uri);
  if (!refers_to_date.empty()) r.Set("WARC-Refers-To-Date", refers_to_date);
  if (!payload_digest.empty()) r.Set("WARC-Payload-Digest", payload_digest);
  r.Set("Content-Type", "application/http;msgtype=response");
  r.block = response_head;
  // The block is an HTTP head, which ends with an empty line.
  if (!r.block.empty() && r.block.find("\r\n\r\n") == std::string::npos) {
    r.block += r.block.ends_with("\r\n") ? "\r\n" : "\r\n\r\n";
  }
  return Write(std::move(r));
}

WarcLocation WarcWriter::WriteMetadata(const std::string& target_uri, const std::string& warc_date,
                                       const std::string& content_type, const std::string& body) {
  WarcRecord r;
  r.Set("WARC-Type", "metadata");
  r.Set("WARC-Record-ID", NewRecordId());
  r.Set("WARC-Date", warc_date.empty() ? WarcDateNow() : warc_date);
  r.Set("WARC-Target-URI", target_uri);
  r.Set("Content-Type", content_type.empty() ? "application/warc-fields" : content_type);
  r.block = body;
  return Write(std::move(r));
}

void WarcWriter::Close() {
  if (file_ == nullptr) return;
  std::FILE* f = file_;
  file_ = nullptr;
  bool ok = std::fflush(f) == 0;
  if (ok && options_.fsync_on_close) ok = ::fsync(fileno(f)) == 0;
  std::string why = ok ? "" : Errno();
  if (std::fclose(f) != 0 && ok) {
    ok = false;
    why = Errno();
  }
  if (!ok) throw CorruptError(open_path_ + ": cannot close: " + why);
  if (std::rename(open_path_.c_str(), final_path_.c_str()) != 0) {
    throw CorruptError(open_path_ + ": cannot rename to " + final_path_ + ": " + Errno());
  }
  if (options_.fsync_on_close) {
    // The rename is durable only once the directory entry is on disk.
    int dfd = ::open(options_.directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
      ::fsync(dfd);
      ::close(dfd);
    }
  }
}

}  // namespace vn::archive
