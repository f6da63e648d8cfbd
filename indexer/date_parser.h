// Date parsing for Vietnamese news pages: the posting date a portal prints near the
// headline ("8:53, Thứ Hai, 25-5-2020", "22-09-2024 14:14", "Cở chữ: 09:07 AM,28/06/2017",
// "Ngày cập nhật 22/01/2019", "ngày 25 tháng 5 năm 2020") and machine dates from meta tags
// and JSON-LD ("2020-05-25T08:53:00+07:00"). Results are local time (Asia/Ho_Chi_Minh) as
// written; impossible dates (31/2, month 13) are rejected rather than guessed.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace vn::indexer {

struct DateTime {
  int year = 0, month = 0, day = 0;
  int hour = -1, minute = -1, second = 0;  // hour < 0: no time given

  // "2020-05-25T08:53:00+07:00" with a time, "2020-05-25" without.
  std::string Iso() const;
  // "YYYYMMDDhhmm" for sortable value slots (time 0000 when absent).
  std::string SortKey() const;
  bool has_time() const { return hour >= 0; }
};

bool IsValidDate(int year, int month, int day);

struct DateMatch {
  DateTime value;
  size_t start = 0;  // byte offsets of the match in the searched text
  size_t end = 0;
};

// The first posting-style date (with its time, when one is written next to it) in `text`.
std::optional<DateMatch> FindPostingDate(std::string_view text);

// A machine-readable date from a meta tag, <time datetime> or JSON-LD, converted to local
// time (+07:00) when it carries another offset. nullopt when it is not a date.
std::optional<DateTime> ParseMachineDate(std::string_view value);

}  // namespace vn::indexer
