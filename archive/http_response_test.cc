#include <brotli/encode.h>
#include <gtest/gtest.h>

#include "archive/gzip.h"
#include "archive/http_message.h"
#include "archive/warc_record.h"

namespace vn::archive {
namespace {

const std::string kHtml =
    "<html><body><h1>Đoàn công tác tỉnh Quảng Trị thăm và làm việc tại tỉnh "
    "Savannakhet</h1><p>Sáng ngày 8/01, hai bên đã ký kết Biên bản ghi nhớ hợp tác.</p>"
    "</body></html>";

// Splits `body` into chunks of `size` bytes, with a chunk extension on the first.
std::string Chunk(const std::string& body, size_t size) {
  std::string out;
  bool first = true;
  for (size_t i = 0; i < body.size(); i += size) {
    std::string piece = body.substr(i, size);
    char hex[32];
    std::snprintf(hex, sizeof hex, "%zx", piece.size());
    out += hex;
    if (first) out += ";name=value";
    first = false;
    out += "\r\n" + piece + "\r\n";
  }
  return out + "0\r\nX-Trailer: yes\r\n\r\n";
}

TEST(HttpResponseTest, UndoesChunkedThenGzip) {
  std::string msg =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
      "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" +
      Chunk(GzipMember(kHtml), 17);
  std::optional<HttpResponse> r = ParseHttpResponse(msg);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->reason, "OK");
  EXPECT_EQ(r->Header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(r->body, kHtml);
  EXPECT_EQ(r->decode_problem, "");
}

TEST(HttpResponseTest, DeflateZlibWrappedAndRaw) {
  // zlib-wrapped deflate of kHtml, made with Decompress's counterpart in zlib terms: a
  // gzip member's deflate data is raw deflate between a 10-byte header and 8-byte trailer.
  std::string gz = GzipMember(kHtml);
  std::string raw = gz.substr(10, gz.size() - 18);
  std::optional<HttpResponse> r =
      ParseHttpResponse("HTTP/1.0 200 OK\nContent-Encoding: deflate\n\n" + raw);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->body, kHtml);
  EXPECT_EQ(r->decode_problem, "");
}

std::string Brotli(const std::string& data) {
  std::string out(BrotliEncoderMaxCompressedSize(data.size()), '\0');
  size_t size = out.size();
  EXPECT_TRUE(BrotliEncoderCompress(BROTLI_DEFAULT_QUALITY, BROTLI_DEFAULT_WINDOW,
                                    BROTLI_DEFAULT_MODE, data.size(),
                                    reinterpret_cast<const uint8_t*>(data.data()), &size,
                                    reinterpret_cast<uint8_t*>(out.data())));
  out.resize(size);
  return out;
}

TEST(HttpResponseTest, UndoesBrotli) {
  std::optional<HttpResponse> r =
      ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n" + Brotli(kHtml));
  ASSERT_TRUE(r);
  EXPECT_EQ(r->decode_problem, "");
  EXPECT_EQ(r->body, kHtml);
}

TEST(HttpResponseTest, ReportsWhatItCannotDecode) {
  std::string bad_br = Brotli(kHtml);
  std::optional<HttpResponse> br = ParseHttpResponse(
      "HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\n" + bad_br.substr(0, bad_br.size() / 2));
  ASSERT_TRUE(br);
  EXPECT_NE(br->decode_problem.find("content-encoding br: brotli"), std::string::npos)
      << br->decode_problem;
  std::optional<HttpResponse> zstd =
      ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Encoding: zstd\r\n\r\n\x28\xb5\x2f\xfd");
  ASSERT_TRUE(zstd);
  EXPECT_EQ(zstd->decode_problem, "unsupported content-encoding \"zstd\"");

  std::string gz = GzipMember(kHtml);
  std::optional<HttpResponse> cut = ParseHttpResponse(
      "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + gz.substr(0, gz.size() / 2));
  ASSERT_TRUE(cut);
  EXPECT_NE(cut->decode_problem.find("truncated"), std::string::npos) << cut->decode_problem;
  EXPECT_TRUE(kHtml.starts_with(cut->body.substr(0, 20)));
}

TEST(HttpResponseTest, KeepsBodyWhenProducerAlreadyDechunked) {
  std::optional<HttpResponse> r =
      ParseHttpResponse("HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n" + kHtml);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 404);
  EXPECT_EQ(r->reason, "Not Found");
  EXPECT_EQ(r->body, kHtml);
}

TEST(HttpResponseTest, RejectsWhatIsNotAResponse) {
  EXPECT_FALSE(ParseHttpResponse("GET / HTTP/1.1\r\nHost: a\r\n\r\n"));
  EXPECT_FALSE(ParseHttpResponse("<html>Sở Ngoại vụ</html>"));
  EXPECT_FALSE(ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"));
  EXPECT_FALSE(ParseHttpResponse("HTTP/1.1 2000 OK\r\n\r\n"));
}

TEST(HttpMessageTest, PayloadIsDechunkedBody) {
  std::string msg = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + Chunk(kHtml, 5);
  EXPECT_EQ(HttpPayload(msg), kHtml);
  EXPECT_EQ(HttpPayload("HTTP/1.1 200 OK\r\n\r\n" + kHtml), kHtml);
  EXPECT_FALSE(Dechunk("zz\r\nabc\r\n0\r\n\r\n"));
  EXPECT_FALSE(Dechunk("10\r\nabc\r\n"));
}

}  // namespace
}  // namespace vn::archive
