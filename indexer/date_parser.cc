#include "indexer/date_parser.h"

#include <re2/re2.h>

#include <cstdio>
#include <ctime>

namespace vn::indexer {

namespace {

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
    if (v > 100000) return -1;
  }
  return s.empty() ? -1 : v;
}

bool ValidTime(int h, int m, int s) {
  return h >= 0 && h < 24 && m >= 0 && m < 60 && s >= 0 && s < 61;
}

// A time written next to a date ("8:53", "09:07 AM", "14:14:05", "8h53") within `window`.
bool FindTime(std::string_view window, DateTime* dt) {
  static const RE2 re("(?i)(\\d{1,2})\\s*[:hg]\\s*(\\d{2})(?::(\\d{2}))?(?:\\s*(am|pm|sa|ch))?");
  re2::StringPiece input(window.data(), window.size());
  std::string h, m, s, ampm;
  if (!RE2::PartialMatch(input, re, &h, &m, &s, &ampm)) return false;
  int hour = ToInt(h), minute = ToInt(m), second = s.empty() ? 0 : ToInt(s);
  if (!ampm.empty()) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(ampm[0])));
    bool pm = c == 'p' || c == 'c';  // "CH" = chiều (afternoon)
    if (hour < 1 || hour > 12) return false;
    if (pm && hour < 12) hour += 12;
    if (!pm && hour == 12) hour = 0;
  }
  if (!ValidTime(hour, minute, second)) return false;
  dt->hour = hour;
  dt->minute = minute;
  dt->second = second;
  return true;
}

}  // namespace

bool IsValidDate(int year, int month, int day) {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max = kDays[month - 1];
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) max = 29;
  return day <= max;
}

std::string DateTime::Iso() const {
  char buf[48];
  if (has_time())
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", year, month, day, hour,
                  minute, second);
  else
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string DateTime::SortKey() const {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d%02d%02d", year, month, day, has_time() ? hour : 0,
                has_time() ? minute : 0);
  return buf;
}

std::optional<DateMatch> FindPostingDate(std::string_view text) {
  // d/m/yyyy, d-m-yyyy, d.m.yyyy; and "ngày 25 tháng 5 năm 2020".
  static const RE2 numeric(
      "(?:^|[^\\d/.\\-])((\\d{1,2})\\s?([/\\-.])\\s?(\\d{1,2})\\s?[/\\-.]\\s?(\\d{4}))(?:$|[^\\d/"
      "])");
  static const RE2 words("(?i)(ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))");
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece whole;
  std::string d, sep, m, y;
  std::optional<DateMatch> best;
  re2::StringPiece cursor = input;
  while (RE2::FindAndConsume(&cursor, numeric, &whole, &d, &sep, &m, &y)) {
    DateTime dt{ToInt(y), ToInt(m), ToInt(d)};
    if (!IsValidDate(dt.year, dt.month, dt.day)) continue;
    size_t start = static_cast<size_t>(whole.data() - input.data());
    best = DateMatch{dt, start, start + whole.size()};
    break;
  }
  std::string wd, wm, wy;
  re2::StringPiece wcursor = input;
  if (RE2::FindAndConsume(&wcursor, words, &whole, &wd, &wm, &wy)) {
    DateTime dt{ToInt(wy), ToInt(wm), ToInt(wd)};
    size_t start = static_cast<size_t>(whole.data() - input.data());
    if (IsValidDate(dt.year, dt.month, dt.day) && (!best || start < best->start))
      best = DateMatch{dt, start, start + whole.size()};
  }
  if (!best) return std::nullopt;
  // A time in the same line: look a little before and after the date.
  size_t from = best->start > 40 ? best->start - 40 : 0;
  // Do not cut a UTF-8 sequence in half.
  while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
  std::string_view before = text.substr(from, best->start - from);
  std::string_view after = text.substr(best->end, std::min<size_t>(24, text.size() - best->end));
  if (!FindTime(after, &best->value)) FindTime(before, &best->value);
  return best;
}

std::optional<DateTime> ParseMachineDate(std::string_view value) {
  static const RE2 re(
      "\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?"
      "\\s*(Z|[+\\-]\\d{2}:?\\d{2})?)?.*");
  re2::StringPiece input(value.data(), value.size());
  std::string y, mo, d, h, mi, s, tz;
  if (!RE2::FullMatch(input, re, &y, &mo, &d, &h, &mi, &s, &tz)) {
    // Vietnamese visible form inside a meta tag ("25/05/2020 08:53").
    auto m = FindPostingDate(value);
    if (m) return m->value;
    return std::nullopt;
  }
  DateTime dt{ToInt(y), ToInt(mo), ToInt(d)};
  if (!IsValidDate(dt.year, dt.month, dt.day)) return std::nullopt;
  if (h.empty()) return dt;
  dt.hour = ToInt(h);
  dt.minute = ToInt(mi);
  dt.second = s.empty() ? 0 : ToInt(s);
  if (!ValidTime(dt.hour, dt.minute, dt.second)) return std::nullopt;
  if (!tz.empty()) {
    int offset_min = 0;
    if (tz != "Z") {
      int sign = tz[0] == '-' ? -1 : 1;
      std::string digits;
      for (char c : tz.substr(1))
        if (c != ':') digits += c;
      offset_min = sign * (ToInt(digits.substr(0, 2)) * 60 + ToInt(digits.substr(2, 2)));
    }
    const int kLocal = 7 * 60;
    if (offset_min != kLocal) {
      std::tm tm{};
      tm.tm_year = dt.year - 1900;
      tm.tm_mon = dt.month - 1;
      tm.tm_mday = dt.day;
      tm.tm_hour = dt.hour;
      tm.tm_min = dt.minute;
      tm.tm_sec = dt.second;
      time_t t = timegm(&tm) + (kLocal - offset_min) * 60;
      std::tm out{};
      gmtime_r(&t, &out);
      dt = DateTime{out.tm_year + 1900, out.tm_mon + 1, out.tm_mday,
                    out.tm_hour,        out.tm_min,     out.tm_sec};
    }
  }
  return dt;
}

}  // namespace vn::indexer
