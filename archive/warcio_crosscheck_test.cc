// Cross-checks the writer's output with warcio.js (tests/warcio/check-warc.mjs), an
// implementation we did not write. Skipped with GTEST_SKIP when node or
// tests/warcio/node_modules is missing (install: npm install --prefix tests/warcio).
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdio>
#include <filesystem>

#include "archive/digest.h"
#include "archive/gzip.h"
#include "archive/test_util.h"
#include "archive/warc_writer.h"

namespace vn::archive {
namespace {

namespace fs = std::filesystem;
const std::string kSource = VN_SOURCE_DIR;

// Runs a shell command, returning its exit status and stdout.
int RunCommand(const std::string& command, std::string* out) {
  out->clear();
  std::FILE* p = popen(command.c_str(), "r");
  if (p == nullptr) return -1;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out->append(buf, n);
  int status = pclose(p);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

class WarcioCrossCheck : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string out;
    if (RunCommand("command -v node", &out) != 0) GTEST_SKIP() << "node is not installed";
    if (!fs::exists(kSource + "/tests/warcio/node_modules/warcio/package.json")) {
      GTEST_SKIP() << "warcio.js is not installed: npm install --prefix tests/warcio";
    }
  }
  int Check(const std::string& file, std::string* out) {
    return RunCommand("node " + kSource + "/tests/warcio/check-warc.mjs '" + file + "' 2>&1", out);
  }
};

TEST_F(WarcioCrossCheck, WarcioParsesOurOutputAndAgreesWithItsDigests) {
  testing::ScratchDir dir;
  WarcWriterOptions options;
  options.directory = dir.path();
  WarcWriter writer(options);
  const std::string page =
      "<html><body><h1>Đoàn công tác Sở Ngoại vụ thăm tỉnh Champasak</h1><p>Hai bên "
      "thống nhất đẩy mạnh hợp tác giáo dục, y tế và thương mại.</p></body></html>";
  const std::string request =
      "GET /tin/champasak HTTP/1.1\r\nHost: songoaivu.kontum.gov.vn\r\n\r\n";
  writer.WriteExchange("https://songoaivu.kontum.gov.vn/tin/champasak", "", "14.225.0.1", request,
                       "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                       "Content-Length: " +
                           std::to_string(page.size()) + "\r\n\r\n" + page);
  // Chunked and gzip-encoded, as a server may send it.
  std::string gz = GzipMember(page);
  std::string chunked;
  for (size_t i = 0; i < gz.size(); i += 50) {
    std::string piece = gz.substr(i, 50);
    char hex[16];
    std::snprintf(hex, sizeof hex, "%zx", piece.size());
    chunked += std::string(hex) + "\r\n" + piece + "\r\n";
  }
  chunked += "0\r\n\r\n";
  writer.WriteExchange("https://songoaivu.kontum.gov.vn/tin/gzip", "", "14.225.0.1", request,
                       "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                       "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" +
                           chunked);
  writer.WriteRevisit("https://songoaivu.kontum.gov.vn/tin/champasak", "",
                      "identical-payload-digest", "<urn:uuid:00000000-0000-4000-8000-000000000000>",
                      "https://songoaivu.kontum.gov.vn/tin/champasak", "2024-01-08T02:30:00Z",
                      Sha1Digest(page), "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n");
  writer.WriteMetadata("https://songoaivu.kontum.gov.vn/", "", "application/warc-fields",
                       "redirect: https://songoaivu.kontum.gov.vn/trang-chu\r\n");
  const std::string file = writer.current_file();
  writer.Close();

  std::string out;
  EXPECT_EQ(Check(file, &out), 0) << out;
  EXPECT_NE(out.find("\"records\":7,"), std::string::npos) << out;
  EXPECT_NE(out.find("\"payloadDigests\":4,"), std::string::npos) << out;
  EXPECT_NE(out.find("\"ok\":true"), std::string::npos) << out;
}

TEST_F(WarcioCrossCheck, CheckerCatchesAWrongDigest) {
  testing::ScratchDir dir;
  WarcWriterOptions options;
  options.directory = dir.path();
  WarcWriter writer(options);
  WarcRecord r;
  r.Set("WARC-Type", "resource");
  r.Set("WARC-Target-URI", "https://songoaivu.kontum.gov.vn/bien-ban.txt");
  r.Set("Content-Type", "text/plain; charset=utf-8");
  r.Set("WARC-Block-Digest", Sha1Digest("Biên bản ghi nhớ"));  // of other text
  r.block = "Biên bản làm việc";
  writer.Write(r);
  const std::string file = writer.current_file();
  writer.Close();
  std::string out;
  EXPECT_EQ(Check(file, &out), 1) << out;
  EXPECT_NE(out.find("block digest mismatch"), std::string::npos) << out;
}

}  // namespace
}  // namespace vn::archive
