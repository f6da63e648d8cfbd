#include "archive/warc_writer.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <regex>

#include "archive/digest.h"
#include "archive/test_util.h"
#include "archive/warc_reader.h"
#include "common/error.h"

namespace vn::archive {
namespace {

namespace fs = std::filesystem;
using testing::ReadFileBytes;
using testing::ScratchDir;

const std::string kUri = "https://songoaivu.quangtri.gov.vn/tin-tuc/hop-tac-voi-lao";
const std::string kBody =
    "<html><head><meta charset=\"utf-8\"></head><body><h1>Tỉnh Quảng Trị và tỉnh Savannakhet "
    "ký kết Thỏa thuận hợp tác giai đoạn 2024-2028</h1><p>Sáng ngày 8/01, UBND tỉnh đã tổ "
    "chức Lễ ký kết với sự tham dự của đồng chí Võ Văn Hưng, Chủ tịch UBND tỉnh.</p></body>"
    "</html>";

std::string Request(const std::string& uri) {
  return "GET " + uri.substr(uri.find('/', 8)) +
         " HTTP/1.1\r\nHost: songoaivu.quangtri.gov.vn\r\nUser-Agent: vnarchive/0.1\r\n"
         "Accept-Encoding: gzip, deflate\r\n\r\n";
}

std::string Response(const std::string& body) {
  return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
         std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::vector<WarcRecord> ReadAll(const std::string& path, std::vector<WarcLocation>* where = nullptr,
                                std::vector<WarcProblem>* problems = nullptr) {
  WarcReader reader(path);
  std::vector<WarcRecord> out;
  WarcRecord r;
  WarcLocation loc;
  while (reader.Next(&r, &loc)) {
    out.push_back(r);
    if (where) where->push_back(loc);
  }
  if (problems) *problems = reader.problems();
  return out;
}

// The decompressed text of each gzip member of a file, in order.
std::vector<std::string> GzipMembers(const std::string& bytes) {
  std::vector<std::string> members;
  size_t pos = 0;
  while (pos < bytes.size()) {
    z_stream z{};
    inflateInit2(&z, 15 + 16);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data() + pos));
    z.avail_in = static_cast<uInt>(bytes.size() - pos);
    std::string out;
    char buf[4096];
    int rc;
    do {
      z.next_out = reinterpret_cast<Bytef*>(buf);
      z.avail_out = sizeof buf;
      rc = inflate(&z, Z_NO_FLUSH);
      out.append(buf, sizeof buf - z.avail_out);
    } while (rc == Z_OK);
    EXPECT_EQ(rc, Z_STREAM_END) << "member at " << pos;
    pos += z.total_in;
    inflateEnd(&z);
    if (rc != Z_STREAM_END) break;
    members.push_back(out);
  }
  return members;
}

TEST(WarcWriterTest, RoundTripKeepsVietnameseBytesAndLinksRecords) {
  ScratchDir dir;
  WarcWriterOptions options;
  options.directory = dir / "archive";  // created by the writer
  options.operator_info = "Sở Ngoại vụ tỉnh Quảng Trị";
  std::string file;
  WarcLocation response_at, metadata_at, revisit_at;
  {
    WarcWriter writer(options);
    response_at = writer.WriteExchange(kUri, "2024-01-08T02:30:00Z", "203.162.0.10", Request(kUri),
                                       Response(kBody));
    metadata_at = writer.WriteMetadata(kUri, "", "application/warc-fields",
                                       "via: https://songoaivu.quangtri.gov.vn/\r\n");
    revisit_at =
        writer.WriteRevisit(kUri, "2024-01-09T02:30:00Z", "identical-payload-digest",
                            "<urn:uuid:x>", kUri, "2024-01-08T02:30:00Z", Sha1Digest(kBody),
                            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8");
    file = writer.current_file();
    EXPECT_EQ(response_at.file, file);
  }
  ASSERT_TRUE(fs::exists(file));
  EXPECT_FALSE(fs::exists(file + ".open"));
  EXPECT_TRUE(std::regex_match(fs::path(file).filename().string(),
                               std::regex(R"(vnarchive-\d{14}-00000\.warc\.gz)")))
      << file;

  std::vector<WarcProblem> problems;
  std::vector<WarcLocation> where;
  std::vector<WarcRecord> records = ReadAll(file, &where, &problems);
  EXPECT_TRUE(problems.empty()) << problems.front().ToString();
  ASSERT_EQ(records.size(), 5u);
  const WarcRecord& info = records[0];
  const WarcRecord& rsp = records[1];
  const WarcRecord& req = records[2];
  EXPECT_EQ(info.Type(), "warcinfo");
  EXPECT_EQ(info.version, "WARC/1.1");
  EXPECT_NE(info.block.find("operator: Sở Ngoại vụ tỉnh Quảng Trị\r\n"), std::string::npos);
  EXPECT_EQ(info.Get("WARC-Filename"), fs::path(file).filename().string());

  const std::regex id_re(
      R"(<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}>)");
  const std::regex date_re(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)");
  for (const WarcRecord& r : records) {
    EXPECT_TRUE(std::regex_match(r.RecordId(), id_re)) << r.RecordId();
    EXPECT_TRUE(std::regex_match(r.Date(), date_re)) << r.Date();
    EXPECT_EQ(r.Get("Content-Length"), std::to_string(r.block.size()));
    EXPECT_EQ(r.Get("WARC-Block-Digest"), Sha1Digest(r.block));
    if (r.Type() != "warcinfo") {
      EXPECT_EQ(r.Get("WARC-Warcinfo-ID"), info.RecordId());
    }
  }

  EXPECT_EQ(rsp.Type(), "response");
  EXPECT_EQ(rsp.block, Response(kBody));
  EXPECT_EQ(rsp.TargetUri(), kUri);
  EXPECT_EQ(rsp.Date(), "2024-01-08T02:30:00Z");
  EXPECT_EQ(rsp.Get("WARC-IP-Address"), "203.162.0.10");
  EXPECT_EQ(rsp.Get("Content-Type"), "application/http;msgtype=response");
  EXPECT_EQ(rsp.Get("WARC-Payload-Digest"), Sha1Digest(kBody));
  EXPECT_EQ(req.Type(), "request");
  EXPECT_EQ(req.block, Request(kUri));
  EXPECT_EQ(req.Get("Content-Type"), "application/http;msgtype=request");
  EXPECT_EQ(req.Get("WARC-Concurrent-To"), rsp.RecordId());
  EXPECT_EQ(rsp.Get("WARC-Concurrent-To"), req.RecordId());

  std::optional<HttpResponse> http = ParseHttpResponse(rsp.block);
  ASSERT_TRUE(http);
  EXPECT_EQ(http->body, kBody);

  EXPECT_EQ(records[3].Type(), "metadata");
  EXPECT_EQ(records[4].Type(), "revisit");
  EXPECT_EQ(records[4].Get("WARC-Profile"),
            "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest");
  EXPECT_EQ(records[4].Get("WARC-Refers-To-Date"), "2024-01-08T02:30:00Z");
  EXPECT_EQ(records[4].Get("WARC-Payload-Digest"), Sha1Digest(kBody));
  EXPECT_TRUE(records[4].block.ends_with("\r\n\r\n"));

  // Locations handed out by the writer are those the reader reports, and read back.
  EXPECT_EQ(where[1].offset, response_at.offset);
  EXPECT_EQ(where[3].offset, metadata_at.offset);
  EXPECT_EQ(where[4].offset, revisit_at.offset);
  WarcRecord again = WarcReader::ReadAt(response_at.file, response_at.offset);
  EXPECT_EQ(again.RecordId(), rsp.RecordId());
  EXPECT_EQ(again.block, rsp.block);
}

TEST(WarcWriterTest, EveryRecordIsOneGzipMember) {
  ScratchDir dir;
  WarcWriterOptions options;
  options.directory = dir.path();
  std::string file;
  std::vector<WarcLocation> written;
  {
    WarcWriter writer(options);
    for (int i = 0; i < 3; ++i) {
      written.push_back(writer.WriteExchange(kUri + "?p=" + std::to_string(i), "", "",
                                             Request(kUri), Response(kBody)));
    }
    file = writer.current_file();
  }
  const std::string bytes = ReadFileBytes(file);
  std::vector<std::string> members = GzipMembers(bytes);
  ASSERT_EQ(members.size(), 7u);  // warcinfo + 3 * (response, request)
  for (const std::string& m : members) {
    EXPECT_TRUE(m.starts_with("WARC/1.1\r\n")) << m.substr(0, 20);
    EXPECT_TRUE(m.ends_with("\r\n\r\n"));
    EXPECT_EQ(std::count(m.begin(), m.end(), '\0'), 0);
  }
  for (const WarcLocation& w : written) {
    ASSERT_LT(w.offset + 1, bytes.size());
    EXPECT_EQ(static_cast<unsigned char>(bytes[w.offset]), 0x1f);
    EXPECT_EQ(static_cast<unsigned char>(bytes[w.offset + 1]), 0x8b);
  }
}

TEST(WarcWriterTest, OpenFileIsReadableAndRenamedOnClose) {
  ScratchDir dir;
  WarcWriterOptions options;
  options.directory = dir.path();
  WarcWriter writer(options);
  WarcLocation at = writer.WriteExchange(kUri, "", "203.162.0.10", Request(kUri), Response(kBody));
  const std::string file = writer.current_file();
  EXPECT_FALSE(fs::exists(file));
  ASSERT_TRUE(fs::exists(file + ".open"));
  // A crash now would leave this file: it reads up to its last whole record.
  std::vector<WarcProblem> problems;
  std::vector<WarcRecord> records = ReadAll(file + ".open", nullptr, &problems);
  EXPECT_EQ(records.size(), 3u);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(WarcReader::ReadAt(at.file, at.offset).Type(), "response");

  writer.Close();
  EXPECT_EQ(writer.current_file(), "");
  EXPECT_TRUE(fs::exists(file));
  EXPECT_FALSE(fs::exists(file + ".open"));
  EXPECT_EQ(WarcReader::ReadAt(at.file, at.offset).Type(), "response");

  // The next write starts a new file with its own warcinfo.
  writer.WriteMetadata(kUri, "", "text/plain", "lỗi: hết thời gian chờ");
  const std::string second = writer.current_file();
  EXPECT_NE(second, file);
  writer.Close();
  std::vector<WarcRecord> records2 = ReadAll(second);
  ASSERT_EQ(records2.size(), 2u);
  EXPECT_EQ(records2[0].Type(), "warcinfo");
  EXPECT_EQ(records2[1].block, "lỗi: hết thời gian chờ");
  EXPECT_EQ(records2[1].Get("WARC-Warcinfo-ID"), records2[0].RecordId());
}

TEST(WarcWriterTest, CrashLeavesClosedFilesAndAReadableOpenFile) {
  ScratchDir dir;
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    WarcWriterOptions options;
    options.directory = dir.path();
    WarcWriter* writer = new WarcWriter(options);  // never destroyed: the "crash"
    writer->WriteExchange(kUri + "/1", "", "", Request(kUri), Response(kBody));
    writer->Close();
    writer->WriteExchange(kUri + "/2", "", "", Request(kUri), Response(kBody));
    writer->WriteMetadata(kUri + "/2", "", "text/plain", "đang ghi");
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  std::vector<std::string> closed, open;
  for (const auto& e : fs::directory_iterator(dir.path())) {
    (e.path().string().ends_with(".open") ? open : closed).push_back(e.path().string());
  }
  ASSERT_EQ(closed.size(), 1u);
  ASSERT_EQ(open.size(), 1u);
  std::vector<WarcProblem> problems;
  EXPECT_EQ(ReadAll(closed[0], nullptr, &problems).size(), 3u);
  EXPECT_TRUE(problems.empty());
  std::vector<WarcRecord> records = ReadAll(open[0], nullptr, &problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[3].block, "đang ghi");
}

TEST(WarcWriterTest, RotatesBySizeAndKeepsPairsTogether) {
  ScratchDir dir;
  WarcWriterOptions options;
  options.directory = dir.path();
  options.prefix = "quangtri";
  options.max_file_bytes = 4000;
  std::mt19937 rng(42);
  const std::string syllables[] = {"hợp ", "tác ", "Lào ", "Việt ", "Nam ", "đoàn ", "thăm "};
  {
    WarcWriter writer(options);
    for (int i = 0; i < 12; ++i) {
      std::string body;
      // Random word order so the body does not compress to nothing.
      for (int w = 0; w < 300; ++w) body += syllables[rng() % 7] + std::to_string(rng() % 1000);
      writer.WriteExchange(kUri + "/" + std::to_string(i), "", "", Request(kUri), Response(body));
    }
  }
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(dir.path())) files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  ASSERT_GE(files.size(), 3u);
  int exchanges = 0;
  for (const std::string& f : files) {
    EXPECT_TRUE(f.ends_with(".warc.gz")) << f;
    EXPECT_NE(f.find("/quangtri-"), std::string::npos);
    std::vector<WarcProblem> problems;
    std::vector<WarcRecord> records = ReadAll(f, nullptr, &problems);
    EXPECT_TRUE(problems.empty());
    ASSERT_GE(records.size(), 3u);
    EXPECT_EQ(records[0].Type(), "warcinfo");
    ASSERT_EQ(records.size() % 2, 1u) << "a request/response pair was split across files";
    for (size_t i = 1; i < records.size(); i += 2) {
      EXPECT_EQ(records[i].Type(), "response");
      EXPECT_EQ(records[i + 1].Get("WARC-Concurrent-To"), records[i].RecordId());
      // Files sort in write order.
      EXPECT_EQ(records[i].TargetUri(), kUri + "/" + std::to_string(exchanges));
      ++exchanges;
    }
    EXPECT_LT(fs::file_size(f), options.max_file_bytes + 8000);
  }
  EXPECT_EQ(exchanges, 12);
}

TEST(WarcWriterTest, PayloadDigestIsOverDechunkedBody) {
  ScratchDir dir;
  WarcWriterOptions options;
  options.directory = dir.path();
  WarcWriter writer(options);
  // "Thỏa " and "thuận" are 7 bytes each in UTF-8.
  const std::string fixed =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
      "7\r\nThỏa \r\n7\r\nthuận\r\n0\r\n\r\n";
  WarcLocation at = writer.WriteExchange(kUri, "", "", Request(kUri), fixed);
  writer.Close();
  WarcRecord r = WarcReader::ReadAt(at.file, at.offset);
  EXPECT_EQ(r.Get("WARC-Payload-Digest"), Sha1Digest("Thỏa thuận"));
  EXPECT_EQ(r.Get("WARC-Block-Digest"), Sha1Digest(fixed));
}

TEST(WarcWriterTest, RefusesFieldValuesThatWouldBreakTheHeader) {
  ScratchDir dir;
  WarcWriterOptions options;
  options.directory = dir.path();
  WarcWriter writer(options);
  try {
    writer.WriteMetadata("http://a.vn/\r\nWARC-Type: response", "", "text/plain", "x");
    FAIL() << "expected vn::Error";
  } catch (const vn::Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
    EXPECT_NE(std::string(e.what()).find("WARC-Target-URI contains a line break"),
              std::string::npos);
  }
}

TEST(WarcWriterTest, UnwritableDirectoryIsAUsageError) {
  ScratchDir dir;
  testing::WriteFileBytes(dir / "plainfile", "x");
  WarcWriterOptions options;
  options.directory = dir / "plainfile/sub";
  WarcWriter writer(options);
  try {
    writer.WriteMetadata(kUri, "", "text/plain", "x");
    FAIL() << "expected vn::Error";
  } catch (const vn::Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
    EXPECT_NE(std::string(e.what()).find("plainfile/sub: cannot create directory"),
              std::string::npos)
        << e.what();
  }
}

TEST(WarcWriterTest, RecordIdsAndDatesHaveTheirStandardForms) {
  std::string a = NewRecordId(), b = NewRecordId();
  EXPECT_NE(a, b);
  EXPECT_EQ(a.size(), 47u);
  EXPECT_TRUE(a.starts_with("<urn:uuid:") && a.ends_with(">"));
  EXPECT_TRUE(std::regex_match(WarcDateNow(), std::regex(R"(20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ)")));
}

}  // namespace
}  // namespace vn::archive
