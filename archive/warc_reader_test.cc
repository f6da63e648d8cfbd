#include "archive/warc_reader.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "archive/digest.h"
#include "archive/gzip.h"
#include "archive/test_util.h"
#include "archive/warc_writer.h"
#include "common/error.h"

namespace vn::archive {
namespace {

namespace fs = std::filesystem;
using testing::ReadFileBytes;
using testing::ScratchDir;
using testing::WriteFileBytes;

const std::string kFixtures = std::string(VN_SOURCE_DIR) + "/tests/fixtures/warc/";

struct Read {
  std::vector<WarcRecord> records;
  std::vector<WarcLocation> where;
  std::vector<WarcProblem> problems;
};

Read ReadAll(const std::string& path) {
  Read out;
  WarcReader reader(path);
  WarcRecord r;
  WarcLocation loc;
  while (reader.Next(&r, &loc)) {
    out.records.push_back(r);
    out.where.push_back(loc);
  }
  out.problems = reader.problems();
  return out;
}

std::string Problems(const Read& r) {
  std::string s;
  for (const WarcProblem& p : r.problems) s += p.ToString() + "\n";
  return s;
}

// A closed vnarchive file: warcinfo, 3 exchanges with Vietnamese pages, one metadata.
std::string MakeArchive(const ScratchDir& dir) {
  WarcWriterOptions options;
  options.directory = dir / "a";
  WarcWriter writer(options);
  const char* titles[] = {"Đoàn đại biểu tỉnh Khammouane thăm Quảng Bình",
                          "Hội nghị hợp tác ba tỉnh Việt Nam - Lào - Thái Lan",
                          "Ủy ban nhân dân tỉnh tiếp xã giao Tổng Lãnh sự"};
  for (int i = 0; i < 3; ++i) {
    std::string body = std::string("<html><body><h1>") + titles[i] + "</h1><p>" +
                       std::string(200 + 50 * i, 'x') + "</p></body></html>";
    writer.WriteExchange(
        "https://songoaivu.quangbinh.gov.vn/tin/" + std::to_string(i), "", "14.225.0.1",
        "GET /tin HTTP/1.1\r\nHost: songoaivu.quangbinh.gov.vn\r\n\r\n",
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body);
  }
  writer.WriteMetadata("https://songoaivu.quangbinh.gov.vn/", "", "application/warc-fields",
                       "fetchError: hết thời gian chờ\r\n");
  std::string file = writer.current_file();
  writer.Close();
  return file;
}

std::string Gunzip(const std::string& bytes) {
  std::string out, error;
  EXPECT_TRUE(Decompress(bytes, true, 1 << 30, &out, &error)) << error;
  return out;
}

TEST(WarcReaderTest, ReadsWgetStyleWarc10WithAngleBracketUris) {
  Read r = ReadAll(kFixtures + "wget-1.0.warc");
  ASSERT_EQ(r.records.size(), 5u) << Problems(r);
  EXPECT_EQ(r.records[0].version, "WARC/1.0");
  EXPECT_EQ(r.records[0].Type(), "warcinfo");
  EXPECT_EQ(r.records[2].Type(), "response");
  EXPECT_EQ(r.records[2].TargetUri(), "http://songoaivu.quangtri.gov.vn/tin-tuc/hop-tac-quoc-te");
  EXPECT_EQ(r.records[2].Get("WARC-Target-URI"),
            "<http://songoaivu.quangtri.gov.vn/tin-tuc/hop-tac-quoc-te>");
  std::optional<HttpResponse> http = ParseHttpResponse(r.records[2].block);
  ASSERT_TRUE(http);
  EXPECT_NE(http->body.find("Tỉnh Quảng Trị và tỉnh Savannakhet ký kết Thỏa thuận hợp tác"),
            std::string::npos);
  EXPECT_EQ(http->body.find("\r\n64\r\n"), std::string::npos) << "chunk framing left in";
  // wget --warc-dedup's revisit has a wrong block digest: delivered, and reported.
  EXPECT_EQ(r.records[3].Type(), "revisit");
  EXPECT_EQ(r.records[4].Type(), "metadata");  // hex sha1 block digest verified
  ASSERT_EQ(r.problems.size(), 1u) << Problems(r);
  EXPECT_EQ(r.problems[0].record_id, "<urn:uuid:44444444-4444-4444-8444-444444444444>");
  EXPECT_TRUE(r.problems[0].reason.starts_with("block digest mismatch")) << r.problems[0].reason;
  // Offsets in a plain file are byte offsets of "WARC/".
  const std::string bytes = ReadFileBytes(kFixtures + "wget-1.0.warc");
  for (const WarcLocation& w : r.where) EXPECT_EQ(bytes.substr(w.offset, 9), "WARC/1.0\r");
  EXPECT_EQ(WarcReader::ReadAt(kFixtures + "wget-1.0.warc", r.where[4].offset).RecordId(),
            "<urn:uuid:55555555-5555-4555-8555-555555555555>");
}

TEST(WarcReaderTest, ReadsWholeFileGzipAsOneStream) {
  Read r = ReadAll(kFixtures + "wget-1.0-whole-file.warc.gz");
  ASSERT_EQ(r.records.size(), 5u) << Problems(r);
  EXPECT_EQ(r.records[2].TargetUri(), "http://songoaivu.quangtri.gov.vn/tin-tuc/hop-tac-quoc-te");
  EXPECT_EQ(r.records[4].RecordId(), "<urn:uuid:55555555-5555-4555-8555-555555555555>");
  EXPECT_EQ(r.problems.size(), 1u);  // the wget revisit again
  // All records share the one member's offset; record_in_member tells them apart.
  for (uint32_t i = 0; i < r.where.size(); ++i) {
    EXPECT_EQ(r.where[i].offset, 0u);
    EXPECT_EQ(r.where[i].record_in_member, i);
    EXPECT_EQ(WarcReader::ReadAt(r.where[i]).RecordId(), r.records[i].RecordId());
  }
  EXPECT_THROW(WarcReader::ReadAt(kFixtures + "wget-1.0-whole-file.warc.gz", 0, 5), vn::Error);
}

TEST(WarcReaderTest, ReadsHeritrixPerRecordGzip) {
  Read r = ReadAll(kFixtures + "heritrix-1.0.warc.gz");
  ASSERT_EQ(r.records.size(), 4u) << Problems(r);
  EXPECT_TRUE(r.problems.empty()) << Problems(r);
  EXPECT_EQ(r.records[1].TargetUri(), "dns:songoaivu.quangtri.gov.vn");
  EXPECT_EQ(r.records[2].Get("content-type"), "application/http; msgtype=response");
  const std::string bytes = ReadFileBytes(kFixtures + "heritrix-1.0.warc.gz");
  for (size_t i = 0; i < r.where.size(); ++i) {
    EXPECT_EQ(r.where[i].record_in_member, 0u);
    EXPECT_EQ(static_cast<unsigned char>(bytes[r.where[i].offset]), 0x1f);
    EXPECT_EQ(WarcReader::ReadAt(r.where[i].file, r.where[i].offset).RecordId(),
              r.records[i].RecordId());
  }
}

TEST(WarcReaderTest, VerifiesSha256HexDigestsAndDecodesGzipContent) {
  Read r = ReadAll(kFixtures + "warcio-js-1.1.warc.gz");
  ASSERT_EQ(r.records.size(), 1u) << Problems(r);
  EXPECT_TRUE(r.problems.empty()) << Problems(r);
  EXPECT_EQ(r.records[0].Date(), "2024-05-06T07:08:09.123Z");
  std::optional<HttpResponse> http = ParseHttpResponse(r.records[0].block);
  ASSERT_TRUE(http);
  EXPECT_NE(http->body.find("Sở Ngoại vụ tỉnh Quảng Trị"), std::string::npos);
}

TEST(WarcReaderTest, TruncationAtEvery97thByteKeepsEarlierRecords) {
  ScratchDir dir;
  const std::string file = MakeArchive(dir);
  Read full = ReadAll(file);
  ASSERT_EQ(full.records.size(), 8u) << Problems(full);
  ASSERT_TRUE(full.problems.empty());

  struct Variant {
    std::string name;
    std::string bytes;
    std::vector<uint64_t> starts;
  };
  Variant gz{"cut.warc.gz", ReadFileBytes(file), {}};
  for (const WarcLocation& w : full.where) gz.starts.push_back(w.offset);
  // The same records uncompressed, as wget --no-warc-compression writes them.
  Variant plain{"cut.warc", Gunzip(gz.bytes), {}};
  WriteFileBytes(dir / "plain.warc", plain.bytes);
  Read plain_full = ReadAll(dir / "plain.warc");
  ASSERT_EQ(plain_full.records.size(), 8u) << Problems(plain_full);
  for (const WarcLocation& w : plain_full.where) plain.starts.push_back(w.offset);

  for (Variant* v : {&gz, &plain}) {
    std::vector<size_t> cuts;
    for (size_t cut = 97; cut < v->bytes.size(); cut += 97) cuts.push_back(cut);
    // Also cuts in the first bytes of each record (gzip header, "WARC/" line).
    for (uint64_t start : v->starts) {
      for (size_t d : {1, 2, 3, 4, 9, 10, 11}) {
        if (start + d < v->bytes.size()) cuts.push_back(start + d);
      }
    }
    for (size_t cut : cuts) {
      SCOPED_TRACE(v->name + " cut at " + std::to_string(cut));
      WriteFileBytes(dir / v->name, v->bytes.substr(0, cut));
      Read r = ReadAll(dir / v->name);
      // Records whose whole extent lies before the cut.
      size_t whole = 0;
      bool at_boundary = false;
      for (size_t i = 0; i < v->starts.size(); ++i) {
        uint64_t end = i + 1 < v->starts.size() ? v->starts[i + 1] : v->bytes.size();
        if (end <= cut) whole = i + 1;
        if (end == cut) at_boundary = true;
      }
      // One more record may come through when only its trailer (or gzip CRC) is cut.
      ASSERT_GE(r.records.size(), whole);
      ASSERT_LE(r.records.size(), whole + 1);
      for (size_t i = 0; i < r.records.size(); ++i) {
        EXPECT_EQ(r.records[i].RecordId(), full.records[i].RecordId());
        EXPECT_EQ(r.records[i].block, full.records[i].block);
      }
      if (!at_boundary && r.records.size() == whole) {
        ASSERT_FALSE(r.problems.empty());
        EXPECT_EQ(r.problems.back().file, dir / v->name);
        EXPECT_NE(r.problems.back().reason.find("truncated"), std::string::npos) << Problems(r);
      }
    }
  }
}

TEST(WarcReaderTest, DigestMismatchIsReportedAndRecordSkipped) {
  ScratchDir dir;
  const std::string file = MakeArchive(dir);
  std::string plain = Gunzip(ReadFileBytes(file));
  // Change one Vietnamese letter in the second page: "Hội" -> "Hồi" (same byte length).
  size_t at = plain.find("Hội nghị");
  ASSERT_NE(at, std::string::npos);
  plain.replace(at, std::string("Hội").size(), "Hồi");
  WriteFileBytes(dir / "bad.warc", plain);
  Read r = ReadAll(dir / "bad.warc");
  EXPECT_EQ(r.records.size(), 7u);
  ASSERT_EQ(r.problems.size(), 1u) << Problems(r);
  EXPECT_TRUE(r.problems[0].reason.starts_with("block digest mismatch")) << r.problems[0].reason;
  EXPECT_EQ(r.problems[0].record_id.size(), 47u);
  for (const WarcRecord& rec : r.records) EXPECT_EQ(rec.block.find("Hồi"), std::string::npos);

  // A record whose block digest is right but whose payload digest is wrong.
  WarcWriterOptions options;
  options.directory = dir / "b";
  WarcWriter writer(options);
  WarcRecord rec;
  rec.Set("WARC-Type", "response");
  rec.Set("WARC-Target-URI", "http://a.vn/");
  rec.Set("Content-Type", "application/http;msgtype=response");
  rec.Set("WARC-Payload-Digest", Sha1Digest("something else"));
  rec.block = "HTTP/1.1 200 OK\r\n\r\nxin chào";
  writer.Write(rec);
  const std::string second = writer.current_file();
  writer.Close();
  Read r2 = ReadAll(second);
  EXPECT_EQ(r2.records.size(), 1u);  // the warcinfo
  ASSERT_EQ(r2.problems.size(), 1u);
  EXPECT_TRUE(r2.problems[0].reason.starts_with("payload digest mismatch"));
}

TEST(WarcReaderTest, BadContentLengthsAreReportedAndReadingResumes) {
  ScratchDir dir;
  const std::string file = MakeArchive(dir);
  const std::string plain = Gunzip(ReadFileBytes(file));
  Read full = ReadAll(file);
  for (const char* change : {"+10", "-10", "abc"}) {
    SCOPED_TRACE(change);
    // Corrupt the Content-Length of the 3rd record (the first request).
    std::string bytes = plain;
    size_t rec = 0;
    for (int i = 0; i < 3; ++i) rec = bytes.find("WARC/1.1\r\n", i == 0 ? 0 : rec + 1);
    size_t cl = bytes.find("Content-Length: ", rec) + 16;
    size_t eol = bytes.find("\r\n", cl);
    long n = std::stol(bytes.substr(cl, eol - cl));
    std::string value =
        std::string(change) == "abc" ? "abc" : std::to_string(n + std::stol(change));
    bytes.replace(cl, eol - cl, value);
    WriteFileBytes(dir / "cl.warc", bytes);
    Read r = ReadAll(dir / "cl.warc");
    EXPECT_EQ(r.records.size(), 7u) << Problems(r);
    ASSERT_GE(r.problems.size(), 1u);
    EXPECT_EQ(r.problems[0].offset, rec);
    EXPECT_EQ(r.problems[0].record_id, full.records[2].RecordId());
    EXPECT_NE(r.problems[0].reason.find("Content-Length"), std::string::npos) << Problems(r);
    EXPECT_EQ(r.records.back().RecordId(), full.records.back().RecordId());
  }
}

TEST(WarcReaderTest, ContentLengthPastItsGzipMemberIsCaught) {
  ScratchDir dir;
  WarcWriterOptions options;
  options.directory = dir.path();
  WarcWriter writer(options);
  WarcRecord lying;
  lying.Set("WARC-Type", "resource");
  lying.Set("WARC-Target-URI", "http://a.vn/x.txt");
  lying.Set("Content-Type", "text/plain");
  lying.block = "Biên bản ghi nhớ";
  writer.Write(lying);
  writer.WriteMetadata("http://a.vn/", "", "text/plain", "sau");
  const std::string file = writer.current_file();
  writer.Close();
  // Rewrite the resource record's member with a Content-Length 40 bytes too long.
  Read good = ReadAll(file);
  ASSERT_EQ(good.records.size(), 3u);
  std::string bytes = ReadFileBytes(file);
  std::string text =
      Gunzip(bytes.substr(good.where[1].offset, good.where[2].offset - good.where[1].offset));
  size_t cl = text.find("Content-Length: ") + 16;
  text.replace(cl, text.find("\r\n", cl) - cl, std::to_string(lying.block.size() + 40));
  bytes =
      bytes.substr(0, good.where[1].offset) + GzipMember(text) + bytes.substr(good.where[2].offset);
  WriteFileBytes(dir / "lying.warc.gz", bytes);
  Read r = ReadAll(dir / "lying.warc.gz");
  ASSERT_EQ(r.records.size(), 2u) << Problems(r);
  EXPECT_EQ(r.records[1].block, "sau");
  ASSERT_EQ(r.problems.size(), 1u) << Problems(r);
  EXPECT_NE(r.problems[0].reason.find("runs past the end of its gzip member"), std::string::npos);
}

TEST(WarcReaderTest, CorruptGzipMemberAndStrayBytesAreSkipped) {
  ScratchDir dir;
  const std::string file = MakeArchive(dir);
  Read full = ReadAll(file);
  std::string bytes = ReadFileBytes(file);
  // Damage the deflate data in the middle of the 3rd member (first request record)...
  uint64_t third = full.where[2].offset;
  uint64_t fourth = full.where[3].offset;
  std::string damaged = bytes;
  for (uint64_t i = third + 20; i < third + 40 && i < fourth; ++i) damaged[i] ^= 0x5a;
  // ...and put stray bytes between the 5th and 6th members.
  damaged.insert(full.where[5].offset, "rác rác rác");
  WriteFileBytes(dir / "damaged.warc.gz", damaged);
  Read r = ReadAll(dir / "damaged.warc.gz");
  ASSERT_EQ(r.records.size(), 7u) << Problems(r);
  EXPECT_EQ(r.records[2].RecordId(), full.records[3].RecordId());
  EXPECT_EQ(r.records.back().RecordId(), full.records.back().RecordId());
  ASSERT_EQ(r.problems.size(), 2u) << Problems(r);
  EXPECT_EQ(r.problems[0].offset, third);
  EXPECT_NE(Problems(r).find("bytes of non-gzip data"), std::string::npos) << Problems(r);
}

TEST(WarcReaderTest, GarbageBetweenPlainRecordsIsSkipped) {
  std::string bytes = ReadFileBytes(kFixtures + "wget-1.0.warc");
  size_t second = bytes.find("WARC/1.0", 1);
  bytes.insert(second, "<html>rác</html>\r\nWARC-Type: response\r\n");
  ScratchDir dir;
  WriteFileBytes(dir / "g.warc", bytes);
  Read r = ReadAll(dir / "g.warc");
  EXPECT_EQ(r.records.size(), 5u);
  ASSERT_EQ(r.problems.size(), 2u) << Problems(r);
  EXPECT_EQ(r.problems[0].offset, second);
  EXPECT_NE(r.problems[0].reason.find("not a WARC record header"), std::string::npos);
}

TEST(WarcReaderTest, HeaderCutShortByTheNextRecordLosesOnlyItself) {
  std::string bytes = ReadFileBytes(kFixtures + "wget-1.0.warc");
  size_t third = bytes.find("WARC/1.0", bytes.find("WARC/1.0", 1) + 1);
  // A record whose header stops after two lines, directly followed by the third record.
  bytes.insert(third, "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:cut>\r\n");
  ScratchDir dir;
  WriteFileBytes(dir / "h.warc", bytes);
  Read r = ReadAll(dir / "h.warc");
  EXPECT_EQ(r.records.size(), 5u);
  ASSERT_EQ(r.problems.size(), 2u) << Problems(r);
  EXPECT_EQ(r.problems[0].offset, third);
  EXPECT_EQ(r.problems[0].record_id, "<urn:uuid:cut>");
  EXPECT_EQ(r.problems[0].reason, "truncated record header");
  EXPECT_EQ(r.records[2].RecordId(), "<urn:uuid:33333333-3333-4333-8333-333333333333>");
}

TEST(WarcReaderTest, OversizedRecordIsReportedNotLoaded) {
  ScratchDir dir;
  std::string bytes = ReadFileBytes(kFixtures + "wget-1.0.warc");
  bytes +=
      "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:big>\r\n"
      "Content-Length: 300000000\r\n\r\nkhông đủ byte";
  WriteFileBytes(dir / "big.warc", bytes);
  Read r = ReadAll(dir / "big.warc");
  EXPECT_EQ(r.records.size(), 5u);
  ASSERT_EQ(r.problems.size(), 2u) << Problems(r);
  EXPECT_EQ(r.problems[1].record_id, "<urn:uuid:big>");
  EXPECT_NE(r.problems[1].reason.find("exceeds the 256 MiB limit"), std::string::npos);
}

TEST(WarcReaderTest, MissingFileIsAUsageError) {
  try {
    WarcReader reader("/nonexistent/dir/crawl-2019.warc.gz");
    FAIL() << "expected vn::Error";
  } catch (const vn::Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
    EXPECT_STREQ(e.what(),
                 "/nonexistent/dir/crawl-2019.warc.gz: cannot open: No such file or directory");
  }
  ScratchDir dir;
  try {
    WarcReader reader(dir.path());
    FAIL() << "expected vn::Error";
  } catch (const vn::Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kUsage);
    EXPECT_EQ(std::string(e.what()), dir.path() + ": cannot open: Is a directory");
  }
}

TEST(WarcReaderTest, NonWarcFilesAreCorruptErrors) {
  ScratchDir dir;
  WriteFileBytes(dir / "page.html", "<html><body>Sở Ngoại vụ</body></html>");
  WriteFileBytes(dir / "page.html.gz", GzipMember("<html><body>Sở Ngoại vụ</body></html>"));
  WriteFileBytes(dir / "x.warc.zst", std::string("\x28\xb5\x2f\xfd\x00\x00", 6));
  for (const char* name : {"page.html", "page.html.gz", "x.warc.zst"}) {
    try {
      WarcReader reader(dir / name);
      FAIL() << "expected vn::Error for " << name;
    } catch (const vn::Error& e) {
      EXPECT_EQ(e.code(), ExitCode::kCorrupt);
      EXPECT_TRUE(std::string(e.what()).starts_with(dir / name + ": not a WARC file")) << e.what();
    }
  }
}

TEST(WarcReaderTest, EmptyFileYieldsNothingAndSaysSo) {
  ScratchDir dir;
  WriteFileBytes(dir / "empty.warc.gz", "");
  Read r = ReadAll(dir / "empty.warc.gz");
  EXPECT_TRUE(r.records.empty());
  ASSERT_EQ(r.problems.size(), 1u);
  EXPECT_EQ(r.problems[0].reason, "empty file");
}

TEST(WarcReaderTest, ReadAtABadOffsetThrowsCorrupt) {
  ScratchDir dir;
  const std::string file = MakeArchive(dir);
  try {
    WarcReader::ReadAt(file, 5);
    FAIL() << "expected vn::Error";
  } catch (const vn::Error& e) {
    EXPECT_EQ(e.code(), ExitCode::kCorrupt);
    EXPECT_TRUE(std::string(e.what()).starts_with(file + ":5: ")) << e.what();
  }
}

TEST(WarcReaderTest, ProblemCallbackReceivesProblems) {
  std::vector<std::string> seen;
  WarcReader reader(kFixtures + "wget-1.0.warc");
  reader.set_problem_callback([&](const WarcProblem& p) { seen.push_back(p.ToString()); });
  WarcRecord r;
  int n = 0;
  while (reader.Next(&r)) ++n;
  EXPECT_EQ(n, 5);
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].find(kFixtures + "wget-1.0.warc:"), 0u);
  EXPECT_NE(seen[0].find(": record <urn:uuid:44444444-4444-4444-8444-444444444444>: block digest"),
            std::string::npos)
      << seen[0];
}

}  // namespace
}  // namespace vn::archive
