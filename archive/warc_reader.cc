#include "archive/warc_reader.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "archive/digest.h"
#include "archive/http_message.h"
#include "archive/warc_input.h"
#include "common/error.h"

namespace vn::archive {
namespace {

// Records with a larger block are reported and skipped, never loaded.
constexpr uint64_t kMaxBlockBytes = 256ull << 20;
constexpr size_t kMaxHeaderBytes = 1 << 20;

// Up to 40 bytes of `s` fit for a one-line message.
std::string Printable(std::string_view s) {
  std::string out;
  for (char c : s.substr(0, 40)) {
    unsigned char u = static_cast<unsigned char>(c);
    out.push_back(u >= 0x20 && u < 0x7f ? c : '?');
  }
  if (s.size() > 40) out += "...";
  return out;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

std::string_view TrimWs(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

enum class LineResult { kOk, kEof, kBreak, kTooLong };

// Reads one line (without its CRLF/LF) of at most max bytes.
LineResult ReadLine(WarcInput& in, std::string* line, size_t max) {
  line->clear();
  while (true) {
    int c = in.Get();
    if (c == WarcInput::kEof) return LineResult::kEof;
    if (c == WarcInput::kBreak) return LineResult::kBreak;
    if (c == '\n') {
      if (!line->empty() && line->back() == '\r') line->pop_back();
      return LineResult::kOk;
    }
    if (line->size() >= max) return LineResult::kTooLong;
    line->push_back(static_cast<char>(c));
  }
}

}  // namespace

std::string WarcProblem::ToString() const {
  std::string s = file + ":" + std::to_string(offset) + ": ";
  if (!record_id.empty()) s += "record " + record_id + ": ";
  return s + reason;
}

struct WarcReader::Impl {
  std::string path;
  std::unique_ptr<WarcInput> in;
  std::vector<WarcProblem> problems;
  std::function<void(const WarcProblem&)> callback;
  bool single = false;  // ReadAt: stop after the first record attempt
  // Offset and count of delivered records of the current gzip member.
  uint64_t last_offset = UINT64_MAX;
  uint32_t in_member = 0;

  void Open(const std::string& file, uint64_t offset, bool check_is_warc);
  void Problem(uint64_t offset, const std::string& id, const std::string& reason) {
    WarcProblem p{path, offset, id, reason};
    if (callback) {
      callback(p);
    } else {
      problems.push_back(std::move(p));
    }
  }
  void TakeBreakAsProblem() {
    WarcInput::Break b = in->TakeBreak();
    Problem(b.offset, "", b.reason);
  }
  void Resync();
  bool Next(WarcRecord* record, WarcLocation* where);
  // Why the record's digests disqualify it, or "" when they verify.
  std::string CheckDigests(const WarcRecord& r, bool* deliver_anyway);
};

void WarcReader::Impl::Open(const std::string& file, uint64_t offset, bool check_is_warc) {
  path = file;
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0) {
    throw UsageError(file + ": cannot open: " + std::strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) throw UsageError(file + ": cannot open: " + std::strerror(EISDIR));
  std::FILE* f = std::fopen(file.c_str(), "rb");
  if (f == nullptr) throw UsageError(file + ": cannot open: " + std::strerror(errno));
  unsigned char magic[4] = {0, 0, 0, 0};
  fseeko(f, static_cast<off_t>(offset), SEEK_SET);
  size_t n = std::fread(magic, 1, sizeof magic, f);
  // A file cut after its first byte may still be a gzip file's first byte.
  const bool gzip =
      (n >= 2 && magic[0] == 0x1f && magic[1] == 0x8b) || (n == 1 && magic[0] == 0x1f);
  if (check_is_warc && n == 4 && magic[0] == 0x28 && magic[1] == 0xb5 && magic[2] == 0x2f &&
      magic[3] == 0xfd) {
    std::fclose(f);
    throw CorruptError(file + ": not a WARC file (zstd-compressed WARC is not supported)");
  }
  in = std::make_unique<WarcInput>(f, gzip, offset);
  if (!check_is_warc) return;
  if (n == 0) {
    Problem(0, "", "empty file");
    return;
  }
  // The first bytes must be (a prefix of) "WARC/"; a damaged first gzip member decodes
  // to nothing and is left for Next() to report.
  std::string_view head = in->PeekBytes(64);
  size_t skip = 0;
  while (skip < head.size() && (head[skip] == '\r' || head[skip] == '\n')) ++skip;
  std::string_view start = head.substr(skip, 5);
  if (!start.empty() && std::string_view("WARC/").substr(0, start.size()) != start) {
    throw CorruptError(file + ": not a WARC file (" + (gzip ? "its gzip content" : "it") +
                       " starts with \"" + Printable(head.substr(skip, 20)) + "\")");
  }
}

void WarcReader::Impl::Resync() {
  // A record starts with "WARC/" at the start of a line or of a gzip member.
  bool line_start = in->AtMemberStart();
  while (true) {
    int c = in->Peek();
    if (c == WarcInput::kEof) return;
    if (c == WarcInput::kBreak) {
      TakeBreakAsProblem();
      line_start = true;
      continue;
    }
    if (c == 'W' && (line_start || in->AtMemberStart())) {
      std::string_view next = in->PeekBytes(6);
      if (next.substr(0, 5) == "WARC/") return;
    }
    in->Get();
    line_start = c == '\n';
  }
}

std::string WarcReader::Impl::CheckDigests(const WarcRecord& r, bool* deliver_anyway) {
  *deliver_anyway = false;
  const std::string type = r.Type();
  if (std::optional<std::string> bd = r.Get("WARC-Block-Digest")) {
    if (CheckDigest(*bd, r.block) == DigestCheck::kMismatch) {
      // wget --warc-dedup writes revisit records whose block digest is wrong; the record
      // is still the only trace of the revisit, so it is delivered with the problem noted.
      *deliver_anyway = type == "revisit";
      return "block digest mismatch (" + *bd + ", computed " + Sha1Digest(r.block) + ")";
    }
  }
  std::optional<std::string> pd = r.Get("WARC-Payload-Digest");
  if (!pd || type == "revisit") return "";  // a revisit's payload digest is the original's
  std::vector<std::string> candidates;
  if (StartsWithIgnoreCase(r.Get("Content-Type").value_or(""), "application/http")) {
    std::optional<HttpHead> head = ParseHttpHead(r.block);
    if (!head) return "";
    std::string_view body = std::string_view(r.block).substr(head->body_offset);
    if (head->IsChunked()) {
      if (std::optional<std::string> plain = Dechunk(body)) candidates.push_back(*plain);
    }
    // Many tools (warcio, wpull, older wget and Heritrix) digest the body with its
    // chunk framing; those digests are accepted too.
    candidates.emplace_back(body);
  } else {
    candidates.push_back(r.block);
  }
  bool mismatch = false;
  for (const std::string& c : candidates) {
    DigestCheck d = CheckDigest(*pd, c);
    if (d == DigestCheck::kMatch) return "";
    if (d == DigestCheck::kMismatch) mismatch = true;
  }
  return mismatch ? "payload digest mismatch (" + *pd + ")" : "";
}

bool WarcReader::Impl::Next(WarcRecord* record, WarcLocation* where) {
  if (!in) return false;
  bool attempted = false;
  while (true) {
    if (single && attempted) return false;
    // Blank lines between records.
    while (true) {
      int c = in->Peek();
      if (c == WarcInput::kEof) return false;
      if (c == WarcInput::kBreak) {
        TakeBreakAsProblem();
        if (single) return false;
        continue;
      }
      if (c != '\r' && c != '\n' && c != ' ' && c != '\t' && c != 0) break;
      in->Get();
    }
    attempted = true;
    const uint64_t offset = in->RecordOffset();
    const bool own_member = in->gzip() && in->AtMemberStart();
    const uint64_t record_start = in->pos();
    const WarcInput::Mark mark = in->MarkHere();
    // A record that began its gzip member must end inside it.
    const uint64_t limit = own_member ? record_start : WarcInput::kNoLimit;

    std::string line;
    LineResult lr = ReadLine(*in, &line, 64);
    if (lr == LineResult::kBreak) {
      Problem(offset, "", "truncated record header: " + in->TakeBreak().reason);
      Resync();
      continue;
    }
    if (lr != LineResult::kOk || !line.starts_with("WARC/") || line.size() > 16) {
      if (lr == LineResult::kEof &&
          (std::string_view("WARC/").starts_with(line) || line.starts_with("WARC/"))) {
        Problem(offset, "", "truncated record header");
        return false;
      }
      Problem(offset, "", "not a WARC record header: \"" + Printable(line) + "\"");
      in->Seek(mark, record_start + 1);
      Resync();
      continue;
    }
    WarcRecord r;
    r.version = line;
    size_t header_bytes = 0;
    std::string failure;
    bool next_record_here = false;
    while (true) {
      const uint64_t line_start = in->pos();
      lr = ReadLine(*in, &line, kMaxHeaderBytes);
      if (lr == LineResult::kBreak) {
        failure = "truncated record header: " + in->TakeBreak().reason;
        break;
      }
      if (lr == LineResult::kEof) {
        failure = "truncated record header";
        break;
      }
      header_bytes += line.size() + 2;
      if (lr == LineResult::kTooLong || header_bytes > kMaxHeaderBytes) {
        failure = "record header longer than 1 MiB";
        break;
      }
      if (line.empty()) break;
      if ((line[0] == ' ' || line[0] == '\t') && !r.fields.empty()) {
        r.fields.back().second += " ";
        r.fields.back().second += TrimWs(line);
        continue;
      }
      size_t colon = line.find(':');
      if (colon == std::string::npos && line.starts_with("WARC/") && line.size() <= 16) {
        // The header was cut short and the next record begins on this line.
        failure = "truncated record header";
        in->Seek(mark, line_start);
        next_record_here = true;
        break;
      }
      if (colon == std::string::npos || colon == 0) {
        failure = "malformed header line \"" + Printable(line) + "\"";
        break;
      }
      r.fields.emplace_back(std::string(TrimWs(line.substr(0, colon))),
                            std::string(TrimWs(line.substr(colon + 1))));
    }
    const std::string id = r.RecordId();
    if (!failure.empty()) {
      Problem(offset, id, failure);
      if (!next_record_here) Resync();
      continue;
    }
    std::optional<std::string> cl = r.Get("Content-Length");
    uint64_t length = 0;
    bool length_ok = cl && !cl->empty() && cl->size() <= 18;
    for (char c : cl.value_or("")) {
      if (c < '0' || c > '9') length_ok = false;
    }
    if (!length_ok) {
      Problem(offset, id,
              cl ? "bad Content-Length \"" + Printable(*cl) + "\"" : "missing Content-Length");
      Resync();
      continue;
    }
    length = std::stoull(*cl);
    const uint64_t header_end = in->pos();

    if (length > kMaxBlockBytes) {
      uint64_t got = in->Read(length, nullptr, limit);
      Problem(offset, id,
              "record block of " + std::to_string(length) + " bytes exceeds the " +
                  std::to_string(kMaxBlockBytes >> 20) + " MiB limit; skipped");
      if (got < length) {
        if (in->Peek() == WarcInput::kBreak) in->TakeBreak();
        if (own_member) Resync();
      }
      continue;
    }

    r.block.reserve(static_cast<size_t>(std::min<uint64_t>(length, 1 << 24)));
    uint64_t got = in->Read(length, &r.block, limit);
    if (got < length) {
      int c = in->Peek();
      if (c == WarcInput::kBreak) {
        Problem(offset, id,
                "truncated record (" + std::to_string(got) + " of " + std::to_string(length) +
                    " bytes): " + in->TakeBreak().reason);
        Resync();
      } else if (c == WarcInput::kEof) {
        Problem(offset, id,
                "truncated record (" + std::to_string(got) + " of " + std::to_string(length) +
                    " bytes)");
      } else {
        Problem(offset, id, "Content-Length " + *cl + " runs past the end of its gzip member");
        in->Seek(mark, header_end);
        Resync();
      }
      continue;
    }

    // The block is followed by CRLF CRLF (some producers write fewer line ends).
    std::string_view trailer = in->PeekBytes(4, limit);
    size_t ends = 0;
    while (ends < trailer.size() && (trailer[ends] == '\r' || trailer[ends] == '\n')) ++ends;
    bool trailer_ok = ends >= 2 || ends == trailer.size();
    if (!trailer_ok) {
      Problem(offset, id,
              "Content-Length " + *cl + " does not end at the record end (found \"" +
                  Printable(trailer) + "\")");
      in->Seek(mark, header_end);
      Resync();
      continue;
    }
    in->Read(ends, nullptr, limit);
    if (in->Peek() == WarcInput::kBreak && in->pending_break().offset == offset) {
      // The block is whole but its own gzip member is damaged after it (e.g. cut in the
      // trailer or CRC): the block digest still vouches for the content. Damage in a
      // later member is left for the next call to report.
      Problem(offset, id, "damaged after its content: " + in->TakeBreak().reason);
    }

    bool deliver_anyway = false;
    std::string digest_problem = CheckDigests(r, &deliver_anyway);
    if (!digest_problem.empty()) {
      Problem(offset, id, digest_problem);
      if (!deliver_anyway) continue;
    }
    in_member = offset == last_offset ? in_member + 1 : 0;
    last_offset = offset;
    *record = std::move(r);
    if (where != nullptr) {
      where->file = path;
      where->offset = offset;
      where->record_in_member = in_member;
    }
    return true;
  }
}

WarcReader::WarcReader(const std::string& path) : impl_(std::make_unique<Impl>()) {
  impl_->Open(path, 0, true);
}

WarcReader::~WarcReader() = default;

bool WarcReader::Next(WarcRecord* record, WarcLocation* where) {
  return impl_->Next(record, where);
}

void WarcReader::set_problem_callback(std::function<void(const WarcProblem&)> cb) {
  impl_->callback = std::move(cb);
}

const std::vector<WarcProblem>& WarcReader::problems() const { return impl_->problems; }

WarcRecord WarcReader::ReadAt(const std::string& path, uint64_t offset, uint32_t record_in_member) {
  // A location handed out by the writer names the final file; while that file is still
  // being written it exists only as "<name>.open".
  std::string file = path;
  struct stat st {};
  if (::stat(file.c_str(), &st) != 0 && ::stat((path + ".open").c_str(), &st) == 0) {
    file = path + ".open";
  }
  Impl impl;
  impl.single = record_in_member == 0;
  impl.Open(file, offset, false);
  WarcRecord record;
  WarcLocation where;
  // Inside a whole-file gzip member, earlier records of the member are read past exactly
  // as the full read that handed out the location did, so the count agrees.
  while (impl.Next(&record, &where)) {
    if (where.offset != offset) break;
    if (where.record_in_member == record_in_member) return record;
  }
  std::string why =
      impl.problems.empty() ? "no WARC record at this offset" : impl.problems.front().reason;
  throw CorruptError(file + ":" + std::to_string(offset) + ": " + why);
}

}  // namespace vn::archive
