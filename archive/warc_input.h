// WarcInput: the bytes of a WARC file as the record parser sees them, in bounded memory:
// a plain file as it is, or a gzip file decompressed member after member. It remembers
// where each gzip member starts, so a record is located by its member's file offset and a
// read can be told to stop at a member boundary (per-record gzip bounds each record).
// Damage (a truncated or corrupt member, non-gzip bytes between members) shows as a
// "break" in the stream: Peek() returns kBreak until TakeBreak() is called, after which
// reading resumes at the next gzip member that can be found.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <zlib.h>

namespace vn::archive {

class WarcInput {
 public:
  static constexpr int kEof = -1;
  static constexpr int kBreak = -2;

  // Enough to come back to a position: the position and the gzip member holding it.
  struct Mark {
    uint64_t logical = 0;
    uint64_t member_offset = 0;
    uint64_t member_logical = 0;
  };
  struct Break {
    uint64_t offset = 0;  // file offset of the damaged member or stray bytes
    std::string reason;
  };

  // Reads `file` (owned, closed by the destructor) from byte `start`.
  WarcInput(std::FILE* file, bool gzip, uint64_t start);
  ~WarcInput();
  WarcInput(const WarcInput&) = delete;
  WarcInput& operator=(const WarcInput&) = delete;

  bool gzip() const { return gzip_; }
  uint64_t pos() const { return buf_logical_ + head_; }  // decompressed position

  int Peek();  // next byte (0..255), kEof or kBreak
  int Get();
  static constexpr uint64_t kNoLimit = UINT64_MAX;
  // Up to n bytes from the current position without consuming them; fewer at end of
  // file, at a break, or where a gzip member that starts after logical position `from`
  // begins (so a record that began at `from` can be kept inside its own member).
  std::string_view PeekBytes(size_t n, uint64_t from = kNoLimit);
  // Consumes up to n bytes, appending them to *out unless out is null; stops like
  // PeekBytes.
  size_t Read(size_t n, std::string* out, uint64_t from = kNoLimit);

  // The next byte is the first of a gzip member (or of the file, for a plain file).
  bool AtMemberStart();
  // The file offset that names a record starting at the current position: its gzip
  // member's offset, or the byte offset itself in a plain file.
  uint64_t RecordOffset();
  Mark MarkHere();
  // Returns to `logical`, which must lie at or after mark.logical's member start.
  void Seek(const Mark& mark, uint64_t logical);
  Break TakeBreak();
  // The break Peek() stops at (valid only while Peek() returns kBreak).
  const Break& pending_break() const { return break_; }

 private:
  bool Fill();
  bool FillPlain();
  bool FillGzip();
  // Positions at a gzip member start; false when reading must stop (end, or a break).
  bool StartMember(bool* stop);
  size_t EnsureInput(size_t n);
  void SeekCompressed(uint64_t offset);
  bool FindMagic(uint64_t from, uint64_t* found);
  void SetBreak(uint64_t offset, std::string reason);
  // Buffered bytes from pos(), up to the first member starting after `from`.
  size_t Available(uint64_t from) const;
  // The first member that starts after `logical` (members_ is sorted by start).
  std::vector<std::pair<uint64_t, uint64_t>>::const_iterator FirstMemberAfter(
      uint64_t logical) const;
  void Compact();

  std::FILE* file_;
  bool gzip_;
  uint64_t start_;
  std::string buf_;  // decompressed bytes; buf_[head_] is at logical pos()
  size_t head_ = 0;
  uint64_t buf_logical_ = 0;
  bool done_ = false;

  // (logical start, file offset) of the gzip members met, oldest pruned.
  std::vector<std::pair<uint64_t, uint64_t>> members_;

  z_stream z_{};
  bool z_ready_ = false;
  std::vector<unsigned char> in_;
  size_t in_begin_ = 0;  // unread input is in_[in_begin_, in_end_)
  size_t in_end_ = 0;
  uint64_t in_file_end_ = 0;  // file offset just past in_end_
  bool in_member_ = false;
  uint64_t member_offset_ = 0;
  uint64_t member_out_ = 0;
  bool resyncing_ = false;  // after damage: candidate members that fail at once are silent

  bool break_pending_ = false;
  Break break_;
  bool done_after_break_ = false;
  bool resume_after_break_ = false;
  uint64_t resume_from_ = 0;
};

}  // namespace vn::archive
