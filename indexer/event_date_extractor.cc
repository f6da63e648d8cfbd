#include "indexer/event_date_extractor.h"

#include <unicode/uchar.h>

#include <climits>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <string_view>
#include <unordered_map>

#include "text/utf8.h"

namespace vn::indexer {

namespace {

// The scanner works on a token stream (numbers, words, single punctuation marks, line
// breaks) rather than on regular expressions: the rules need context on both sides ("số"
// before, "/" glued after) and a choice of the longest of several overlapping forms, which
// is plainer as code than as one giant pattern.

enum class Kind : uint8_t { kEnd, kNum, kWord, kPunct, kBreak };

// The only words the rules look at; every other word is kOther.
enum class Kw : uint8_t {
  kOther,
  kNgay,       // ngày
  kThang,      // tháng
  kNam,        // năm
  kQuy,        // quý
  kTu,         // từ
  kDen,        // đến
  kHet,        // hết
  kVa,         // và
  kGiai,       // giai (đoạn)
  kDoan,       // đoạn
  kNhiem,      // nhiệm (kỳ)
  kKy,         // kỳ
  kKe,         // kế (hoạch)
  kHoach,      // hoạch
  kTimeOfDay,  // sáng, chiều, trưa, tối, đêm, khuya, hôm
  kNayQuaMai,  // nay, qua, mai: "sáng nay (15/5)"
  kSo,         // số: a document number follows
  kRoman,      // i, ii, iii, iv (quarters)
};

struct Token {
  Kind kind = Kind::kEnd;
  Kw kw = Kw::kOther;
  bool glued = false;  // no white space between the previous token and this one
  int digits = 0;      // kNum: number of digits
  int value = 0;       // kNum: the number (capped); kRoman: 1..4
  char32_t punct = 0;  // kPunct: the character (every dash folded to '-')
  size_t byte_start = 0, byte_end = 0;
  int64_t cp_start = 0, cp_end = 0;
};

Kw Keyword(const std::string& w, int* roman) {
  struct Entry {
    Kw kw;
    int roman;
  };
  static const auto* kWords = new std::unordered_map<std::string, Entry>{
      {"ngày", {Kw::kNgay, 0}},       {"tháng", {Kw::kThang, 0}},    {"năm", {Kw::kNam, 0}},
      {"quý", {Kw::kQuy, 0}},         {"quí", {Kw::kQuy, 0}},        {"từ", {Kw::kTu, 0}},
      {"đến", {Kw::kDen, 0}},         {"hết", {Kw::kHet, 0}},        {"và", {Kw::kVa, 0}},
      {"giai", {Kw::kGiai, 0}},       {"đoạn", {Kw::kDoan, 0}},      {"nhiệm", {Kw::kNhiem, 0}},
      {"kỳ", {Kw::kKy, 0}},           {"kì", {Kw::kKy, 0}},          {"kế", {Kw::kKe, 0}},
      {"hoạch", {Kw::kHoach, 0}},     {"sáng", {Kw::kTimeOfDay, 0}}, {"chiều", {Kw::kTimeOfDay, 0}},
      {"trưa", {Kw::kTimeOfDay, 0}},  {"tối", {Kw::kTimeOfDay, 0}},  {"đêm", {Kw::kTimeOfDay, 0}},
      {"khuya", {Kw::kTimeOfDay, 0}}, {"hôm", {Kw::kTimeOfDay, 0}},  {"nay", {Kw::kNayQuaMai, 0}},
      {"qua", {Kw::kNayQuaMai, 0}},   {"mai", {Kw::kNayQuaMai, 0}},  {"số", {Kw::kSo, 0}},
      {"i", {Kw::kRoman, 1}},         {"ii", {Kw::kRoman, 2}},       {"iii", {Kw::kRoman, 3}},
      {"iv", {Kw::kRoman, 4}},
  };
  auto it = kWords->find(w);
  if (it == kWords->end()) return Kw::kOther;
  *roman = it->second.roman;
  return it->second.kw;
}

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == 0x200B ||
         c == 0xFEFF || (c > 0x7F && u_isUWhiteSpace(static_cast<UChar32>(c)));
}

bool IsLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c == text::kReplacementChar) return false;
  auto type = u_charType(static_cast<UChar32>(c));
  return u_isalpha(static_cast<UChar32>(c)) || type == U_NON_SPACING_MARK ||
         type == U_COMBINING_SPACING_MARK;
}

bool IsDash(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

// Splits the text into tokens on demand, tracking byte and code-point offsets.
class Tokenizer {
 public:
  explicit Tokenizer(std::string_view s) : s_(s) {}

  Token Next() {
    Token t;
    t.glued = true;
    // Skip white space (a line break ends it and is a token of its own).
    while (pos_ < s_.size()) {
      size_t i = pos_;
      char32_t c = text::NextCodePoint(s_, &i);
      if (c == '\n' || c == 0x2028 || c == 0x2029) {
        t.kind = Kind::kBreak;
        t.glued = false;
        Start(&t);
        Advance(i);
        Finish(&t);
        return t;
      }
      if (!IsSpace(c)) break;
      t.glued = false;
      Advance(i);
    }
    if (pos_ >= s_.size()) {
      t.kind = Kind::kEnd;
      t.glued = false;
      Start(&t);
      Finish(&t);
      return t;
    }
    Start(&t);
    size_t i = pos_;
    char32_t c = text::NextCodePoint(s_, &i);
    if (c >= '0' && c <= '9') {
      t.kind = Kind::kNum;
      while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') {
        if (t.digits < 10) t.value = t.value * 10 + (s_[pos_] - '0');
        if (t.digits < 100) ++t.digits;
        Advance(pos_ + 1);
      }
      if (t.digits >= 10) t.value = INT_MAX;
    } else if (IsLetter(c)) {
      t.kind = Kind::kWord;
      std::string lower;
      while (pos_ < s_.size()) {
        size_t j = pos_;
        char32_t l = text::NextCodePoint(s_, &j);
        if (!IsLetter(l)) break;
        // Keywords are short; a long word is kOther whatever it holds.
        if (lower.size() < 16) {
          if (l < 0x80)
            lower.push_back(static_cast<char>(l >= 'A' && l <= 'Z' ? l + 32 : l));
          else
            text::AppendUtf8(u_tolower(static_cast<UChar32>(l)), &lower);
        }
        Advance(j);
      }
      if (lower.size() < 16) t.kw = Keyword(lower, &t.value);
    } else {
      t.kind = Kind::kPunct;
      t.punct = IsDash(c) ? U'-' : c;
      Advance(i);
    }
    Finish(&t);
    return t;
  }

 private:
  void Start(Token* t) const {
    t->byte_start = pos_;
    t->cp_start = cp_;
  }
  void Finish(Token* t) const {
    t->byte_end = pos_;
    t->cp_end = cp_;
  }
  void Advance(size_t to) {
    pos_ = to;
    ++cp_;
  }
  // Advance() counts one code point per call; digits and ASCII bytes are one each, and
  // every other call consumes exactly one NextCodePoint().
  std::string_view s_;
  size_t pos_ = 0;
  int64_t cp_ = 0;
};

// Random access to the token stream by absolute index, keeping only a small window: the
// rules look at most two tokens back and a couple of dozen ahead.
class Stream {
 public:
  explicit Stream(std::string_view s) : tokenizer_(s) {}

  // The reference stays valid until DropBefore() passes it (std::deque keeps references
  // on push_back).
  const Token& At(size_t i) {
    if (i < base_) return end_;
    while (base_ + buf_.size() <= i && !ended_) {
      Token t = tokenizer_.Next();
      if (t.kind == Kind::kEnd) {
        ended_ = true;
        end_ = t;
        break;
      }
      buf_.push_back(t);
    }
    if (i < base_ + buf_.size()) return buf_[i - base_];
    return end_;
  }

  void DropBefore(size_t i) {
    while (base_ < i && !buf_.empty()) {
      buf_.pop_front();
      ++base_;
    }
  }

 private:
  Tokenizer tokenizer_;
  std::deque<Token> buf_;
  size_t base_ = 0;
  bool ended_ = false;
  Token end_;
};

struct Ymd {
  int y = 0, m = 0, d = 0;  // y == 0: no year written
};

int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

bool Before(const Ymd& a, const Ymd& b) {
  if (a.y != b.y) return a.y < b.y;
  if (a.m != b.m) return a.m < b.m;
  return a.d < b.d;
}

// How far after publication a yearless date may fall before it is read as last year's.
constexpr int kFutureDays = 62;

std::string Format(const char* fmt, int a, int b = 0, int c = 0) {
  char buf[32];
  std::snprintf(buf, sizeof buf, fmt, a, b, c);
  return buf;
}

std::string DayIso(const Ymd& v) { return Format("%04d-%02d-%02d", v.y, v.m, v.d); }

struct Candidate {
  size_t end = 0;  // index one past the last token
  std::string value;
  const char* granularity = "";
};

class Scanner {
 public:
  Scanner(std::string_view text, const std::optional<DateTime>& published)
      : stream_(text), published_(published) {}

  std::vector<EventDate> Run(std::string_view text) {
    std::vector<EventDate> out;
    size_t i = 0;
    while (true) {
      const Token& t = stream_.At(i);
      if (t.kind == Kind::kEnd) break;
      std::optional<Candidate> best = Best(i, t);
      if (best) {
        const Token& last = stream_.At(best->end - 1);
        EventDate d;
        d.text = std::string(text.substr(t.byte_start, last.byte_end - t.byte_start));
        d.value = std::move(best->value);
        d.granularity = best->granularity;
        d.span = {t.cp_start, last.cp_end};
        i = best->end;
        last_day_end_ = d.granularity == "day" ? i : SIZE_MAX;
        out.push_back(std::move(d));
      } else {
        ++i;
      }
      stream_.DropBefore(i >= 4 ? i - 4 : 0);
    }
    return out;
  }

 private:
  // --- token predicates -------------------------------------------------------------------
  bool Num(size_t i, int min_digits, int max_digits) {
    const Token& t = stream_.At(i);
    return t.kind == Kind::kNum && t.digits >= min_digits && t.digits <= max_digits;
  }
  int Val(size_t i) { return stream_.At(i).value; }
  bool Is(size_t i, Kw kw) {
    const Token& t = stream_.At(i);
    return t.kind == Kind::kWord && t.kw == kw;
  }
  bool Punct(size_t i, char32_t c) {
    const Token& t = stream_.At(i);
    return t.kind == Kind::kPunct && t.punct == c;
  }
  bool Glued(size_t i) { return stream_.At(i).glued; }
  bool GluedPunct(size_t i, char32_t c) { return Punct(i, c) && Glued(i); }
  bool Year(size_t i) { return Num(i, 4, 4) && Val(i) >= 1945 && Val(i) <= 2100; }

  // Nothing glued after `end` that would make the match part of a code, a longer number
  // or a decimal ("15/5/2020/QĐ", "3/2020-NĐ", "2020.5").
  bool TrailOk(size_t end) {
    const Token& t = stream_.At(end);
    if (!t.glued || t.kind == Kind::kEnd || t.kind == Kind::kBreak) return true;
    if (t.kind == Kind::kNum || t.kind == Kind::kWord) return false;
    if (t.punct == '/') return false;
    if (t.punct == '-' || t.punct == '.' || t.punct == ',' || t.punct == ':') {
      const Token& u = stream_.At(end + 1);
      if (u.glued && (u.kind == Kind::kNum || (t.punct == '-' && u.kind == Kind::kWord)))
        return false;
    }
    return true;
  }

  // A match starting with a number must not continue a code or a number ("QĐ-15/5/2020",
  // "1.15/5/2020") or follow "số".
  bool LeadOk(size_t i) {
    if (i == 0) return true;
    const Token& p = stream_.At(i - 1);
    if (!Glued(i)) return !(p.kind == Kind::kWord && p.kw == Kw::kSo);
    if (p.kind == Kind::kNum || p.kind == Kind::kWord) return false;
    if (p.kind == Kind::kPunct &&
        (p.punct == '/' || p.punct == '-' || p.punct == '.' || p.punct == ',' || p.punct == ':'))
      return false;
    return true;
  }

  // --- dates ------------------------------------------------------------------------------
  struct Atom {
    size_t end = 0;
    Ymd v;
  };

  // d/m/yyyy, d-m-yyyy, d.m.yyyy; with `yearless`, d/m and d-m too.
  std::optional<Atom> NumericAtom(size_t i, bool yearless) {
    if (!Num(i, 1, 2)) return std::nullopt;
    const Token& sep = stream_.At(i + 1);
    if (sep.kind != Kind::kPunct || !sep.glued ||
        (sep.punct != '/' && sep.punct != '-' && sep.punct != '.'))
      return std::nullopt;
    if (!Num(i + 2, 1, 2) || !Glued(i + 2)) return std::nullopt;
    Atom a;
    a.v.d = Val(i);
    a.v.m = Val(i + 2);
    if (GluedPunct(i + 3, sep.punct) && stream_.At(i + 4).kind == Kind::kNum && Glued(i + 4)) {
      if (!Num(i + 4, 4, 4)) return std::nullopt;  // "26/6/20", "15/5/123": not ours
      a.v.y = Val(i + 4);
      if (!IsValidDate(a.v.y, a.v.m, a.v.d)) return std::nullopt;
      a.end = i + 5;
      return a;
    }
    if (!yearless || sep.punct == '.') return std::nullopt;
    if (a.v.m < 1 || a.v.m > 12 || a.v.d < 1 || !IsValidDate(2000, a.v.m, a.v.d))
      return std::nullopt;
    a.end = i + 3;
    return a;
  }

  // "15 tháng 5 năm 2020", "15 tháng 5" (with `yearless`).
  std::optional<Atom> WordAtom(size_t i, bool yearless) {
    if (!Num(i, 1, 2) || !Is(i + 1, Kw::kThang) || !Num(i + 2, 1, 2)) return std::nullopt;
    Atom a;
    a.v.d = Val(i);
    a.v.m = Val(i + 2);
    size_t j = i + 3;
    if (GluedPunct(j, ',')) ++j;
    if (Is(j, Kw::kNam) && Num(j + 1, 4, 4)) {
      a.v.y = Val(j + 1);
      if (!IsValidDate(a.v.y, a.v.m, a.v.d)) return std::nullopt;
      a.end = j + 2;
      return a;
    }
    if (!yearless || a.v.m < 1 || a.v.m > 12 || a.v.d < 1 || !IsValidDate(2000, a.v.m, a.v.d))
      return std::nullopt;
    a.end = i + 3;
    return a;
  }

  std::optional<Atom> DateAtom(size_t i, bool yearless) {
    if (auto a = WordAtom(i, yearless)) return a;
    return NumericAtom(i, yearless);
  }

  // The year a yearless day/month gets from the publication date.
  std::optional<Ymd> Resolve(Ymd v) {
    if (v.y) return v;
    if (!published_) return std::nullopt;
    const DateTime& p = *published_;
    if (!IsValidDate(p.year, p.month, p.day)) return std::nullopt;
    v.y = p.year;
    if (IsValidDate(v.y, v.m, v.d) &&
        DaysFromCivil(v.y, v.m, v.d) - DaysFromCivil(p.year, p.month, p.day) > kFutureDays)
      --v.y;
    if (!IsValidDate(v.y, v.m, v.d)) return std::nullopt;
    return v;
  }

  std::optional<Candidate> Single(size_t i, bool yearless) {
    auto a = DateAtom(i, yearless);
    if (!a || !TrailOk(a->end)) return std::nullopt;
    auto v = Resolve(a->v);
    if (!v) return std::nullopt;
    return Candidate{a->end, DayIso(*v), "day"};
  }

  bool RangeLink(size_t i, size_t* next) {
    if (Punct(i, '-')) {
      *next = i + 1;
      return true;
    }
    if (Is(i, Kw::kDen)) {
      *next = i + 1;
      if (Is(*next, Kw::kHet)) ++*next;
      if (Is(*next, Kw::kNgay)) ++*next;
      return true;
    }
    return false;
  }

  // Interval between two days, the start given as day only, day/month or a full date.
  // `bare`: no keyword before it, so the end must carry its year.
  std::optional<Candidate> DayRange(size_t i, bool bare) {
    std::optional<Candidate> best;
    auto consider = [&](Ymd from, const Atom& to) {
      if (bare && to.v.y == 0) return;
      if (!TrailOk(to.end)) return;
      std::optional<Ymd> end = Resolve(to.v);
      if (!end) return;
      if (from.y == 0) {
        from.y = end->y;
        if (from.m > end->m || (from.m == end->m && from.d > end->d)) --from.y;
      }
      if (!IsValidDate(from.y, from.m, from.d) || !Before(from, *end)) return;
      if (!best || to.end > best->end)
        best = Candidate{to.end, DayIso(from) + "/" + DayIso(*end), "period"};
    };
    if (!Num(i, 1, 2)) return std::nullopt;
    size_t j;
    // "19-21/9/2024", "12 đến 14/10"; "19 và 20/9/2024" (consecutive days only).
    bool dash_or_den = RangeLink(i + 1, &j);
    bool va = !bare && (Is(i + 1, Kw::kVa) || GluedPunct(i + 1, ','));
    if (dash_or_den || va) {
      if (va) j = i + 2;
      if (auto to = DateAtom(j, true)) {
        if (!va || to->v.d == Val(i) + 1) consider(Ymd{0, to->v.m, Val(i)}, *to);
      }
    }
    // "28/9 - 2/10/2024", "28/9/2024 đến ngày 02/10/2024".
    if (auto from = DateAtom(i, true)) {
      if (RangeLink(from->end, &j)) {
        if (auto to = DateAtom(j, true)) {
          Atom t = *to;
          // "từ 28/12/2023 đến 2/1": an end without a year follows the start.
          if (t.v.y == 0 && from->v.y != 0) {
            t.v.y = from->v.y;
            if (Before(t.v, from->v)) ++t.v.y;
          }
          if (t.v.y == 0 || IsValidDate(t.v.y, t.v.m, t.v.d)) consider(from->v, t);
        }
      }
    }
    return best;
  }

  // "tháng 9/2024", "tháng 9 năm 2024", "tháng 9-12/2024", "từ tháng 9 đến tháng 12/2024".
  struct MonthAtom {
    size_t end = 0;
    int m = 0, y = 0;
  };
  std::optional<MonthAtom> Month(size_t i, bool need_thang) {
    size_t j = i;
    if (Is(j, Kw::kThang)) {
      ++j;
    } else if (need_thang) {
      return std::nullopt;
    }
    if (!Num(j, 1, 2) || Val(j) < 1 || Val(j) > 12) return std::nullopt;
    MonthAtom a{j + 1, Val(j), 0};
    if ((GluedPunct(j + 1, '/') || GluedPunct(j + 1, '-') || GluedPunct(j + 1, '.')) &&
        Glued(j + 2) && Year(j + 2)) {
      a.y = Val(j + 2);
      a.end = j + 3;
    } else if (Is(j + 1, Kw::kNam) && Year(j + 2)) {
      a.y = Val(j + 2);
      a.end = j + 3;
    }
    return a;
  }

  std::optional<Candidate> MonthOrMonthRange(size_t i) {
    auto from = Month(i, true);
    if (!from) return std::nullopt;
    std::optional<Candidate> best;
    if (from->y && TrailOk(from->end))
      best = Candidate{from->end, Format("%04d-%02d", from->y, from->m), "month"};
    size_t j;
    if (RangeLink(from->end, &j)) {
      if (auto to = Month(j, false); to && to->y && TrailOk(to->end)) {
        int from_y = from->y ? from->y : (from->m <= to->m ? to->y : to->y - 1);
        if (from_y * 12 + from->m < to->y * 12 + to->m && (!best || to->end > best->end))
          best = Candidate{
              to->end,
              Format("%04d-%02d", from_y, from->m) + "/" + Format("%04d-%02d", to->y, to->m),
              "period"};
      }
    }
    return best;
  }

  // "quý III/2024", "quý 3 năm 2024".
  std::optional<Candidate> Quarter(size_t i) {
    if (!Is(i, Kw::kQuy)) return std::nullopt;
    int q = 0;
    const Token& t = stream_.At(i + 1);
    if (t.kind == Kind::kWord && t.kw == Kw::kRoman) q = t.value;
    if (t.kind == Kind::kNum && t.digits == 1 && t.value >= 1 && t.value <= 4) q = t.value;
    if (q == 0) return std::nullopt;
    size_t end;
    if ((GluedPunct(i + 2, '/') || GluedPunct(i + 2, '-')) && Glued(i + 3) && Year(i + 3)) {
      end = i + 4;
    } else if (Is(i + 2, Kw::kNam) && Year(i + 3)) {
      end = i + 4;
    } else {
      return std::nullopt;
    }
    if (!TrailOk(end)) return std::nullopt;
    return Candidate{end, Format("%04d-Q%d", Val(i + 3), q), "quarter"};
  }

  // "2023-2025", "2021 – 2025", "2021 đến năm 2025" starting at `i`.
  std::optional<Candidate> YearRange(size_t i) {
    if (!Year(i)) return std::nullopt;
    size_t j;
    if (!Punct(i + 1, '-') && !Is(i + 1, Kw::kDen)) return std::nullopt;
    j = i + 2;
    if (Is(j, Kw::kNam)) ++j;
    if (!Year(j) || Val(j) <= Val(i) || Val(j) - Val(i) > 30 || !TrailOk(j + 1))
      return std::nullopt;
    return Candidate{j + 1, Format("%04d/%04d", Val(i), Val(j)), "period"};
  }

  // "năm 2023", "năm 2021-2025".
  std::optional<Candidate> YearOrYears(size_t i) {
    if (!Is(i, Kw::kNam) || !Year(i + 1)) return std::nullopt;
    if (auto r = YearRange(i + 1)) return r;
    if (!TrailOk(i + 2)) return std::nullopt;
    return Candidate{i + 2, Format("%04d", Val(i + 1)), "year"};
  }

  // "giai đoạn 2023-2025", "nhiệm kỳ 2020 – 2025", "kế hoạch 2021-2025", "giai đoạn từ năm
  // 2021 đến năm 2025".
  std::optional<Candidate> Period(size_t i) {
    bool kw = (Is(i, Kw::kGiai) && Is(i + 1, Kw::kDoan)) ||
              (Is(i, Kw::kNhiem) && Is(i + 1, Kw::kKy)) ||
              (Is(i, Kw::kKe) && Is(i + 1, Kw::kHoach));
    if (!kw) return std::nullopt;
    size_t j = i + 2;
    if (Is(j, Kw::kTu)) ++j;
    if (Is(j, Kw::kNam)) ++j;
    return YearRange(j);
  }

  std::optional<Candidate> Best(size_t i, const Token& t) {
    std::optional<Candidate> best;
    auto consider = [&](std::optional<Candidate> c) {
      if (c && (!best || c->end > best->end)) best = std::move(c);
    };
    if (t.kind == Kind::kNum) {
      if (!LeadOk(i)) return std::nullopt;
      // A bare d/m needs a time of day before it ("Sáng 8/01", "sáng nay (15/5)") or to
      // continue a list of days ("ngày 30/4 và 1/5"; not "năm 2020, 1/3 số xã").
      bool yearless = false;
      if (i >= 1) {
        const Token& p = stream_.At(i - 1);
        if (i - 1 == last_day_end_ && ((p.kind == Kind::kWord && p.kw == Kw::kVa) ||
                                       (p.kind == Kind::kPunct && p.punct == ',')))
          yearless = true;
        if (p.kind == Kind::kWord && p.kw == Kw::kTimeOfDay && !t.glued) yearless = true;
        if (i >= 2 && p.kind == Kind::kPunct && p.punct == '(') {
          const Token& q = stream_.At(i - 2);
          yearless = q.kind == Kind::kWord &&
                     (q.kw == Kw::kTimeOfDay || q.kw == Kw::kNayQuaMai || q.kw == Kw::kNgay);
        }
      }
      consider(DayRange(i, /*bare=*/!yearless));
      consider(Single(i, yearless));
      return best;
    }
    if (t.kind != Kind::kWord) return std::nullopt;
    switch (t.kw) {
      case Kw::kNgay:
        consider(DayRange(i + 1, false));
        consider(Single(i + 1, true));
        break;
      case Kw::kTu: {
        size_t j = i + 1;
        if (Is(j, Kw::kNgay)) ++j;
        consider(DayRange(j, false));
        consider(MonthOrMonthRange(i + 1));
        if (Is(i + 1, Kw::kNam)) consider(YearRange(i + 2));
        break;
      }
      case Kw::kThang:
        consider(MonthOrMonthRange(i));
        break;
      case Kw::kQuy:
        consider(Quarter(i));
        break;
      case Kw::kNam:
        consider(YearOrYears(i));
        break;
      case Kw::kGiai:
      case Kw::kNhiem:
      case Kw::kKe:
        consider(Period(i));
        break;
      default:
        break;
    }
    return best;
  }

  Stream stream_;
  std::optional<DateTime> published_;
  size_t last_day_end_ = SIZE_MAX;  // token index just past the previous single-day match
};

}  // namespace

std::vector<EventDate> ExtractEventDates(const std::string& body_text,
                                         const std::optional<DateTime>& published) {
  Scanner scanner(body_text, published);
  return scanner.Run(body_text);
}

}  // namespace vn::indexer
