#include "archive/warc_input.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace vn::archive {
namespace {

constexpr size_t kChunk = 64 * 1024;
constexpr size_t kCompactAt = 1 << 20;

// A gzip member header: magic, deflate method, no reserved flag bits.
bool IsMemberHeader(const unsigned char* p) {
  return p[0] == 0x1f && p[1] == 0x8b && p[2] == 0x08 && (p[3] & 0xe0) == 0;
}

}  // namespace

WarcInput::WarcInput(std::FILE* file, bool gzip, uint64_t start)
    : file_(file), gzip_(gzip), start_(start) {
  fseeko(file_, static_cast<off_t>(start), SEEK_SET);
  if (gzip_) {
    in_.resize(kChunk);
    in_file_end_ = start;
    buf_logical_ = 0;
    if (inflateInit2(&z_, 15 + 16) == Z_OK) z_ready_ = true;
  } else {
    buf_logical_ = start;
  }
}

WarcInput::~WarcInput() {
  if (z_ready_) inflateEnd(&z_);
  if (file_ != nullptr) std::fclose(file_);
}

void WarcInput::Compact() {
  if (head_ < kCompactAt) return;
  buf_.erase(0, head_);
  buf_logical_ += head_;
  head_ = 0;
  // Keep the member holding pos() and all later ones.
  size_t keep = 0;
  while (keep + 1 < members_.size() && members_[keep + 1].first <= buf_logical_) ++keep;
  members_.erase(members_.begin(), members_.begin() + static_cast<long>(keep));
}

bool WarcInput::Fill() {
  if (break_pending_ || done_) return false;
  Compact();
  return gzip_ ? FillGzip() : FillPlain();
}

bool WarcInput::FillPlain() {
  char tmp[kChunk];
  size_t n = std::fread(tmp, 1, sizeof tmp, file_);
  if (n == 0) {
    if (std::ferror(file_)) {
      SetBreak(pos(), std::string("read error: ") + std::strerror(errno));
      done_after_break_ = true;
    }
    done_ = true;
    return false;
  }
  buf_.append(tmp, n);
  return true;
}

size_t WarcInput::EnsureInput(size_t n) {
  size_t have = in_end_ - in_begin_;
  if (have >= n) return have;
  if (in_begin_ > 0) {
    std::memmove(in_.data(), in_.data() + in_begin_, have);
    in_begin_ = 0;
    in_end_ = have;
  }
  while (in_end_ < n) {
    size_t got = std::fread(in_.data() + in_end_, 1, in_.size() - in_end_, file_);
    if (got == 0) break;
    in_end_ += got;
    in_file_end_ += got;
  }
  return in_end_ - in_begin_;
}

void WarcInput::SeekCompressed(uint64_t offset) {
  std::clearerr(file_);
  fseeko(file_, static_cast<off_t>(offset), SEEK_SET);
  in_begin_ = in_end_ = 0;
  in_file_end_ = offset;
  in_member_ = false;
}

bool WarcInput::FindMagic(uint64_t from, uint64_t* found) {
  std::clearerr(file_);
  if (fseeko(file_, static_cast<off_t>(from), SEEK_SET) != 0) return false;
  std::vector<unsigned char> buf(kChunk + 3);
  size_t carry = 0;
  uint64_t base = from;  // file offset of buf[0]
  while (true) {
    size_t got = std::fread(buf.data() + carry, 1, kChunk, file_);
    size_t len = carry + got;
    for (size_t i = 0; i + 4 <= len; ++i) {
      if (IsMemberHeader(buf.data() + i)) {
        *found = base + i;
        return true;
      }
    }
    if (got == 0) return false;
    carry = len < 3 ? len : 3;
    std::memmove(buf.data(), buf.data() + len - carry, carry);
    base += len - carry;
  }
}

void WarcInput::SetBreak(uint64_t offset, std::string reason) {
  break_pending_ = true;
  break_.offset = offset;
  break_.reason = std::move(reason);
}

bool WarcInput::StartMember(bool* stop) {
  *stop = false;
  const uint64_t cur = in_file_end_ - (in_end_ - in_begin_);
  size_t have = EnsureInput(4);
  if (have == 0) {
    done_ = true;
    *stop = true;
    return false;
  }
  if (have >= 4 && IsMemberHeader(in_.data() + in_begin_)) {
    inflateReset(&z_);
    in_member_ = true;
    member_offset_ = cur;
    member_out_ = 0;
    members_.emplace_back(buf_logical_ + buf_.size(), cur);
    return true;
  }
  if (have < 4) {
    // The file ends within the first bytes of what may be a member header.
    static constexpr unsigned char kMagic[3] = {0x1f, 0x8b, 0x08};
    if (std::memcmp(in_.data() + in_begin_, kMagic, std::min<size_t>(have, 3)) == 0) {
      if (resyncing_) {
        done_ = true;
      } else {
        SetBreak(cur, "gzip member is truncated");
        done_after_break_ = true;
      }
      *stop = true;
      return false;
    }
  }
  uint64_t found = 0;
  bool has_next = FindMagic(cur + 1, &found);
  if (!resyncing_) {
    SetBreak(cur, has_next ? std::to_string(found - cur) + " bytes of non-gzip data"
                           : "non-gzip data up to the end of the file");
    resyncing_ = true;
  }
  if (has_next) {
    SeekCompressed(found);
    if (break_pending_) {
      // Resume there once the break has been taken.
      resume_after_break_ = true;
      resume_from_ = found;
      *stop = true;
      return false;
    }
    return true;  // silent while resyncing: try the candidate at once
  }
  done_ = true;
  if (break_pending_) done_after_break_ = true;
  *stop = true;
  return false;
}

bool WarcInput::FillGzip() {
  if (!z_ready_) {
    SetBreak(0, "zlib initialisation failed");
    done_after_break_ = true;
    return false;
  }
  const size_t before = buf_.size();
  unsigned char out[kChunk];
  while (buf_.size() == before && !break_pending_ && !done_) {
    if (!in_member_) {
      bool stop = false;
      StartMember(&stop);
      if (stop) break;
      continue;
    }
    if (in_end_ == in_begin_ && EnsureInput(1) == 0) {
      if (resyncing_ && member_out_ == 0) {
        done_ = true;  // a false candidate at the very end: nothing more to read
        break;
      }
      SetBreak(member_offset_, "gzip member is truncated");
      done_after_break_ = true;
      break;
    }
    z_.next_in = in_.data() + in_begin_;
    z_.avail_in = static_cast<uInt>(in_end_ - in_begin_);
    const size_t in_before = in_begin_;
    z_.next_out = out;
    z_.avail_out = sizeof out;
    int rc = inflate(&z_, Z_NO_FLUSH);
    in_begin_ = in_end_ - z_.avail_in;
    size_t produced = sizeof out - z_.avail_out;
    buf_.append(reinterpret_cast<char*>(out), produced);
    member_out_ += produced;
    if (rc == Z_STREAM_END) {
      in_member_ = false;
      resyncing_ = false;
      continue;
    }
    // zlib promises progress while it has input and output room; a call that makes none
    // is treated as corrupt data rather than retried for ever.
    if ((rc == Z_OK || rc == Z_BUF_ERROR) && (produced > 0 || in_begin_ > in_before)) continue;
    // Corrupt data: look for the next member after this one's start.
    const uint64_t failed = member_offset_;
    in_member_ = false;
    if (resyncing_ && member_out_ == 0) {
      uint64_t found = 0;
      if (!FindMagic(failed + 1, &found)) {
        done_ = true;
        break;
      }
      SeekCompressed(found);
      continue;
    }
    SetBreak(failed, std::string("corrupt gzip data (") + (z_.msg ? z_.msg : "zlib error") + ")");
    resume_after_break_ = true;
    resume_from_ = failed + 1;
  }
  return buf_.size() > before;
}

WarcInput::Break WarcInput::TakeBreak() {
  Break b = std::move(break_);
  break_ = Break();
  if (!break_pending_) return b;
  break_pending_ = false;
  if (done_after_break_) {
    done_ = true;
    done_after_break_ = false;
  } else if (resume_after_break_) {
    resume_after_break_ = false;
    resyncing_ = true;
    uint64_t found = 0;
    if (FindMagic(resume_from_, &found)) {
      SeekCompressed(found);
    } else {
      done_ = true;
    }
  }
  return b;
}

std::vector<std::pair<uint64_t, uint64_t>>::const_iterator WarcInput::FirstMemberAfter(
    uint64_t logical) const {
  return std::upper_bound(
      members_.begin(), members_.end(), logical,
      [](uint64_t value, const std::pair<uint64_t, uint64_t>& m) { return value < m.first; });
}

size_t WarcInput::Available(uint64_t from) const {
  size_t avail = buf_.size() - head_;
  if (from != kNoLimit && gzip_) {
    const uint64_t p = pos();
    auto next = FirstMemberAfter(from);
    if (next != members_.end()) {
      avail = next->first > p ? std::min<uint64_t>(avail, next->first - p) : 0;
    }
  }
  return avail;
}

int WarcInput::Peek() {
  if (head_ < buf_.size()) return static_cast<unsigned char>(buf_[head_]);
  while (head_ >= buf_.size()) {
    if (!Fill()) return break_pending_ ? kBreak : kEof;
  }
  return static_cast<unsigned char>(buf_[head_]);
}

int WarcInput::Get() {
  int c = Peek();
  if (c >= 0) ++head_;
  return c;
}

std::string_view WarcInput::PeekBytes(size_t n, uint64_t from) {
  while (buf_.size() - head_ < n && Available(from) == buf_.size() - head_) {
    if (!Fill()) break;
  }
  size_t avail = std::min(n, Available(from));
  return std::string_view(buf_).substr(head_, avail);
}

size_t WarcInput::Read(size_t n, std::string* out, uint64_t from) {
  size_t done = 0;
  while (done < n) {
    size_t avail = Available(from);
    if (avail == 0) {
      // Either the buffer is empty, or the next member begins right here.
      if (head_ < buf_.size()) break;
      if (!Fill()) break;
      continue;
    }
    size_t take = std::min(avail, n - done);
    if (out != nullptr) out->append(buf_, head_, take);
    head_ += take;
    done += take;
    if (head_ == buf_.size()) Compact();
  }
  return done;
}

bool WarcInput::AtMemberStart() {
  if (!gzip_) return pos() == start_;
  if (Peek() < 0) return false;
  const uint64_t p = pos();
  auto next = FirstMemberAfter(p);
  return next != members_.begin() && std::prev(next)->first == p;
}

uint64_t WarcInput::RecordOffset() {
  if (!gzip_) return pos();
  Peek();  // so that a member starting here has been entered
  auto next = FirstMemberAfter(pos());
  if (next == members_.begin()) return members_.empty() ? start_ : members_.front().second;
  return std::prev(next)->second;
}

WarcInput::Mark WarcInput::MarkHere() {
  Mark m;
  m.logical = pos();
  if (gzip_) {
    Peek();
    auto next = FirstMemberAfter(m.logical);
    if (next != members_.begin()) {
      m.member_logical = std::prev(next)->first;
      m.member_offset = std::prev(next)->second;
    }
  }
  return m;
}

void WarcInput::Seek(const Mark& mark, uint64_t logical) {
  if (logical >= buf_logical_ && logical <= buf_logical_ + buf_.size()) {
    head_ = static_cast<size_t>(logical - buf_logical_);
    return;
  }
  buf_.clear();
  head_ = 0;
  done_ = false;
  break_pending_ = false;
  done_after_break_ = false;
  resume_after_break_ = false;
  if (!gzip_) {
    std::clearerr(file_);
    fseeko(file_, static_cast<off_t>(logical), SEEK_SET);
    buf_logical_ = logical;
    return;
  }
  members_.clear();
  resyncing_ = false;
  SeekCompressed(mark.member_offset);
  buf_logical_ = mark.member_logical;
  Read(logical - mark.member_logical, nullptr);
}

}  // namespace vn::archive
