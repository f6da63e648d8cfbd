#include "indexer/person_extractor.h"

#include <algorithm>

namespace vn::indexer {

namespace {

constexpr size_t kMaxNameWords = 5;
constexpr int kMaxNameSyllables = 8;
constexpr size_t kMaxTitles = 4;

bool IsAcronym(const MentionToken& t) { return t.all_upper && t.surface.size() >= 2; }

}  // namespace

struct PersonExtractor::Segment {
  std::string title;
  std::string organisation;
  size_t end = 0;  // one past the last token
};

struct PersonExtractor::Found {
  Person person;
  size_t end = 0;  // where scanning resumes
};

PersonExtractor::PersonExtractor(const OrganisationExtractor& organisations)
    : organisations_(organisations), vocabulary_(organisations.vocabulary()) {}

// Words that cannot be part of a name: they open a title, an honorific or an organisation.
// Inside a name a capitalised honorific or a general head is a syllable ("Nguyễn Thuý
// Anh", "Lê Trường Lưu"), so there only titles and specific organisations stop it.
bool PersonExtractor::StopsName(std::string_view text, const std::vector<MentionToken>& tokens,
                                size_t i, bool first) const {
  if (vocabulary_.title_lexicon.Longest(tokens, i).length) return true;
  if (first)
    return vocabulary_.honorific_lexicon.Longest(tokens, i).length ||
           vocabulary_.head_lexicon.Longest(tokens, i).length;
  std::optional<OrganisationMatch> m = organisations_.MatchAt(text, tokens, i);
  return m && !m->generic;
}

size_t PersonExtractor::NameRunAt(std::string_view text, const std::vector<MentionToken>& tokens,
                                  size_t i) const {
  const size_t n = tokens.size();
  size_t k = i;
  int syllables = 0;
  while (k < n) {
    const MentionToken& t = tokens[k];
    if (!t.word || !t.upper_initial || t.number || IsAcronym(t)) break;
    if (k > i && !t.space_before) break;
    if (StopsName(text, tokens, k, k == i)) break;
    syllables += t.syllables;
    ++k;
    if (k - i > kMaxNameWords) return 0;
  }
  size_t len = k - i;
  if (len == 0 || syllables < 2 || syllables > kMaxNameSyllables) return 0;
  // A run of capitals that is a place is not a person ("Quảng Trị", "Thừa Thiên Huế").
  if (PlaceAt(organisations_.gazetteer(), tokens, i).length >= len) return 0;
  return len;
}

std::optional<PersonExtractor::Segment> PersonExtractor::TitleSegmentAt(
    std::string_view text, const std::vector<MentionToken>& tokens, size_t i,
    bool need_capital) const {
  if (i >= tokens.size() || !tokens[i].word) return std::nullopt;
  if (need_capital && !tokens[i].upper_initial) return std::nullopt;
  std::vector<Lexicon::Hit> hits = vocabulary_.title_lexicon.All(tokens, i);
  if (hits.empty()) return std::nullopt;
  // The shortest title an organisation follows ("Chủ tịch" + "UBND tỉnh"), else the
  // longest title ("Thứ trưởng Thường trực"). The organisation may share the title's last
  // words: "Trưởng Ban Đối ngoại Tỉnh ủy", "Chánh Văn phòng UBND tỉnh"; written in lower
  // case there ("Trưởng ban Đối ngoại tỉnh Champasak") only as a last resort, and only if
  // it reaches beyond the longest title ("Trưởng phòng Hợp tác quốc tế" is a title).
  Lexicon::Hit chosen = hits.back();
  const size_t longest_end = i + hits.back().length;
  std::optional<OrganisationMatch> org;
  for (bool lower : {false, true}) {
    for (const Lexicon::Hit& h : hits) {
      for (size_t start = i + 1; start <= i + h.length && !org; ++start) {
        bool shared = start < i + h.length;
        if (lower && !shared) continue;
        std::optional<OrganisationMatch> m = organisations_.MatchAt(text, tokens, start, lower);
        if (m && m->end > i + h.length && (!lower || m->end > longest_end)) org = m;
      }
      if (org) {
        chosen = h;
        break;
      }
    }
    if (org) break;
  }
  Segment s;
  s.title = vocabulary_.titles[static_cast<size_t>(chosen.value)];
  s.end = i + chosen.length;
  if (org) {
    s.organisation = org->organisation.canonical;
    s.end = org->end;
    return s;
  }
  // "Đại sứ Nhật Bản Yamada Takio", "Tỉnh trưởng tỉnh Savannakhet": a place in place of
  // an organisation, unless it is the first word of the name that follows.
  size_t place_end = s.end;
  PlaceHit p = organisations_.UnitPlaceAt(tokens, s.end, &place_end);
  if (p.length) {
    bool opens_name = NameRunAt(text, tokens, s.end) > place_end - s.end &&
                      NameRunAt(text, tokens, place_end) == 0;
    if (!opens_name) {
      s.organisation = p.canonical;
      s.end = place_end;
      // "Đại sứ Nhật Bản tại Việt Nam": where the post is, not whom it represents.
      if (s.end + 1 < tokens.size() && tokens[s.end].Is("tại")) {
        size_t end2 = s.end;
        if (organisations_.UnitPlaceAt(tokens, s.end + 1, &end2).length) s.end = end2;
      }
    }
  }
  return s;
}

std::optional<PersonExtractor::Segment> PersonExtractor::TitleBlockAt(
    std::string_view text, const std::vector<MentionToken>& tokens, size_t i, bool need_capital,
    bool before_name) const {
  std::optional<Segment> first = TitleSegmentAt(text, tokens, i, need_capital);
  if (!first) return std::nullopt;
  std::vector<Segment> segments{*first};
  auto name_follows = [&](size_t k) {
    if (k < tokens.size() && tokens[k].IsDash()) ++k;
    return NameRunAt(text, tokens, k) > 0;
  };
  while (segments.size() < kMaxTitles) {
    size_t k = segments.back().end;
    if (before_name && name_follows(k)) break;
    if (k + 1 >= tokens.size() || !(tokens[k].Is(",") || tokens[k].Is("kiêm"))) break;
    std::optional<Segment> next = TitleSegmentAt(text, tokens, k + 1, false);
    if (!next) break;
    // After a name, "…, Title Org Name" is the next person, not another title.
    if (!before_name && name_follows(next->end)) break;
    segments.push_back(*next);
  }
  Segment block;
  for (size_t s = 0; s < segments.size(); ++s) {
    if (s) block.title += ", ";
    block.title += segments[s].title;
    if (s + 1 < segments.size() && !segments[s].organisation.empty())
      block.title += " " + segments[s].organisation;
  }
  block.organisation = segments.back().organisation;
  block.end = segments.back().end;
  // "bà Lê Thị Hoa (Trưởng phòng Lãnh sự, Sở Ngoại vụ)": the organisation after a comma.
  if (!before_name && block.organisation.empty() && block.end + 1 < tokens.size() &&
      tokens[block.end].Is(",")) {
    if (std::optional<OrganisationMatch> m = organisations_.MatchAt(text, tokens, block.end + 1)) {
      block.organisation = m->organisation.canonical;
      block.end = m->end;
    }
  }
  return block;
}

std::optional<PersonExtractor::Found> PersonExtractor::PersonAt(
    std::string_view text, const std::vector<MentionToken>& tokens, size_t i) const {
  const size_t n = tokens.size();
  if (!tokens[i].word) return std::nullopt;
  Found f;
  size_t j = i;
  Lexicon::Hit hon = vocabulary_.honorific_lexicon.Longest(tokens, i);
  // "Bà Rịa - Vũng Tàu" is a place, not a lady.
  if (hon.length && PlaceAt(organisations_.gazetteer(), tokens, i).length > hon.length) hon = {};
  if (hon.length) {
    j = i + hon.length;
    // "bà con", "anh em", "Đồng chí đề nghị": an honorific is followed by a capital.
    if (j >= n || !tokens[j].word || !tokens[j].upper_initial) return std::nullopt;
    f.person.honorific = vocabulary_.honorifics[static_cast<size_t>(hon.value)];
  }

  auto set_name = [&](size_t begin, size_t len) {
    const MentionToken& a = tokens[begin];
    const MentionToken& b = tokens[begin + len - 1];
    f.person.name = std::string(text.substr(a.byte_begin, b.byte_end - a.byte_begin));
    f.person.span = {a.cp_begin, b.cp_end};
  };

  if (std::optional<Segment> block = TitleBlockAt(text, tokens, j, !hon.length, true)) {
    size_t k = block->end;
    if (k < n && tokens[k].IsDash()) ++k;
    size_t len = NameRunAt(text, tokens, k);
    if (!len) {
      f.end = block->end;  // a title without a name: skip it whole
      f.person.name.clear();
      // "Theo Phó Giám đốc Sở Ngoại vụ tỉnh Quảng Nam, bà Trần Thị Hồng Phương, ...": the
      // person in apposition, unless they have a title of their own after their name.
      if (k + 2 < n && tokens[k].Is(",")) {
        Lexicon::Hit h2 = vocabulary_.honorific_lexicon.Longest(tokens, k + 1);
        size_t name_at = k + 1 + h2.length;
        size_t len2 = h2.length ? NameRunAt(text, tokens, name_at) : 0;
        size_t after = name_at + len2;
        bool own_title = after + 1 < n && (tokens[after].Is(",") || tokens[after].IsDash()) &&
                         TitleSegmentAt(text, tokens, after + 1, false).has_value();
        if (len2 && !own_title) {
          f.person.honorific = vocabulary_.honorifics[static_cast<size_t>(h2.value)];
          set_name(name_at, len2);
          f.person.title = block->title;
          f.person.organisation = block->organisation;
          f.end = after;
        }
      }
      return f;
    }
    set_name(k, len);
    f.person.title = block->title;
    f.person.organisation = block->organisation;
    f.end = k + len;
    return f;
  }

  size_t len = NameRunAt(text, tokens, j);
  if (!len) return std::nullopt;
  // Without an honorific the name must open its run of capitals.
  if (!hon.length && i > 0 && tokens[i - 1].word && tokens[i - 1].upper_initial &&
      tokens[i].space_before)
    return std::nullopt;
  set_name(j, len);
  f.end = j + len;
  size_t k = j + len;
  // "ông Trần Hiếu, Giám đốc ...", "– Uỷ viên ...", "(Trưởng phòng ...)", and with an
  // honorific also "ông Nguyễn Văn An Giám đốc ..." without a separator.
  size_t title_at = n;
  if (k + 1 < n && (tokens[k].Is(",") || tokens[k].IsDash() || tokens[k].Is("(")))
    title_at = k + 1;
  else if (hon.length && k < n && tokens[k].word && tokens[k].upper_initial)
    title_at = k;
  if (title_at < n) {
    if (std::optional<Segment> block = TitleBlockAt(text, tokens, title_at, false, false)) {
      f.person.title = block->title;
      f.person.organisation = block->organisation;
      f.end = block->end;
    }
  }
  if (!hon.length && f.person.title.empty()) return std::nullopt;
  return f;
}

std::vector<Person> PersonExtractor::Extract(std::string_view text) const {
  return Extract(text, ScanMentionTokens(text));
}

std::vector<Person> PersonExtractor::Extract(std::string_view text,
                                             const std::vector<MentionToken>& tokens) const {
  std::vector<Person> out;
  for (size_t i = 0; i < tokens.size();) {
    std::optional<Found> f = PersonAt(text, tokens, i);
    if (!f) {
      ++i;
      continue;
    }
    if (!f->person.name.empty()) out.push_back(std::move(f->person));
    i = std::max(f->end, i + 1);
  }
  return out;
}

static const PersonExtractor& DefaultPersonExtractor() {
  static const OrganisationExtractor organisations;
  static const PersonExtractor extractor(organisations);
  return extractor;
}

std::vector<Person> ExtractPeople(const std::string& text) {
  return DefaultPersonExtractor().Extract(text);
}

std::vector<Person> ExtractPeople(const std::string& text,
                                  const std::vector<MentionToken>& tokens) {
  return DefaultPersonExtractor().Extract(text, tokens);
}

}  // namespace vn::indexer
