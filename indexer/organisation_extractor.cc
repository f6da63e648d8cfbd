#include "indexer/organisation_extractor.h"

#include <unicode/uchar.h>

#include <algorithm>

#include "text/normaliser.h"
#include "text/utf8.h"

namespace vn::indexer {

namespace {

// Long enough for "Trung tâm Dịch vụ Đối ngoại tỉnh Thừa Thiên Huế"; short enough that an
// all-capitals headline does not become one organisation.
constexpr size_t kMaxWordsAfterHead = 12;

struct Piece {
  std::string text;
  size_t end;  // one past the last token the piece covers
};

std::string JoinLower(const std::vector<MentionToken>& tokens, size_t begin, size_t end) {
  std::string out;
  for (size_t k = begin; k < end; ++k) {
    if (k > begin && tokens[k].space_before) out += ' ';
    out += tokens[k].lower;
  }
  return out;
}

std::string CapitaliseFirst(const std::string& s) {
  if (s.empty()) return s;
  size_t i = 0;
  char32_t c = text::NextCodePoint(s, &i);
  std::string out;
  text::AppendUtf8(static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))), &out);
  out.append(s, i, std::string::npos);
  return out;
}

}  // namespace

// "Lê Trường Lưu", "Nguyễn Văn Phòng": a general head inside a run of capitalised words
// that opens with a family name is a syllable of a person's name.
bool OrganisationExtractor::InsidePersonName(const std::vector<MentionToken>& tokens,
                                             size_t i) const {
  size_t k = i;
  for (int steps = 0; steps < 4 && k > 0; ++steps) {
    const MentionToken& before = tokens[k - 1];
    if (!before.word || !before.upper_initial || !tokens[k].space_before) break;
    --k;
    if (vocabulary_.family_names.Longest(tokens, k).length == 1) return true;
  }
  return false;
}

OrganisationExtractor::OrganisationExtractor(const MentionVocabulary& vocabulary,
                                             const Gazetteer& gazetteer)
    : vocabulary_(vocabulary), gazetteer_(gazetteer) {}

PlaceHit OrganisationExtractor::UnitPlaceAt(const std::vector<MentionToken>& tokens, size_t i,
                                            size_t* end) const {
  PlaceHit p = PlaceAt(gazetteer_, tokens, i);
  size_t begin = i;
  if (!p.length) {
    size_t type = vocabulary_.unit_type.Longest(tokens, i).length;
    if (type) {
      p = PlaceAt(gazetteer_, tokens, i + type);
      begin = i + type;
    }
  }
  *end = p.length ? begin + p.length : i;
  return p;
}

std::optional<OrganisationMatch> OrganisationExtractor::MatchAt(
    std::string_view text, const std::vector<MentionToken>& tokens, size_t i,
    bool lower_head) const {
  const MentionVocabulary& v = vocabulary_;
  const size_t n = tokens.size();
  if (i >= n || !tokens[i].word || (!tokens[i].upper_initial && !lower_head)) return std::nullopt;
  Lexicon::Hit head_hit = v.head_lexicon.Longest(tokens, i);
  if (!head_hit.length || v.not_organisation.Longest(tokens, i).length) return std::nullopt;
  const OrganisationHead& head = v.heads[static_cast<size_t>(head_hit.value)];

  std::vector<Piece> pieces{{head.canonical, i + head_hit.length}};
  std::string province;
  size_t j = i + head_hit.length;
  size_t last = j;         // one past the last token that may end the name
  bool after_cap = false;  // the token before j is a capitalised word of the name
  bool after_so = false;   // ... is "số" (a number may follow)
  size_t cap_run = 0;      // capitalised words in a row just before j
  const size_t limit = std::min(n, j + kMaxWordsAfterHead);

  auto take_place = [&](const PlaceHit& p, size_t place_end) {
    // "Bộ Ngoại giao nước CHDCND Lào": the canonical name is "Bộ Ngoại giao Lào".
    if (pieces.size() > 1 && pieces.back().text == "nước") pieces.pop_back();
    pieces.push_back({p.canonical, place_end});
    if (province.empty() && p.kind != "country") province = p.canonical;
    j = last = place_end;
  };
  // Capitalised words that belong to a person or a new phrase, not to this name.
  auto foreign_capital = [&](size_t k) {
    if (v.title_lexicon.Longest(tokens, k).length) return true;
    if (v.honorific_lexicon.Longest(tokens, k).length) return true;
    if (v.family_names.Longest(tokens, k).length == 1 && k + 1 < n && tokens[k + 1].word &&
        tokens[k + 1].upper_initial && tokens[k + 1].space_before)
      return true;
    return false;
  };

  while (j < limit) {
    const MentionToken& t = tokens[j];
    if (!after_cap) cap_run = 0;
    if (!t.word) {
      // "Hội hữu nghị Việt - Lào": a dash before a country continues the name.
      if (t.IsDash() && after_cap && j + 1 < n) {
        PlaceHit p = PlaceAt(gazetteer_, tokens, j + 1);
        if (p.length && p.kind == "country") {
          pieces.push_back({"-", j + 1});
          ++j;
          after_cap = false;
          continue;
        }
      }
      break;
    }
    size_t place_end = j;
    PlaceHit p = UnitPlaceAt(tokens, j, &place_end);
    if (p.length) {
      // A province or city ends the name. A country may be followed by its partner
      // ("Việt Nam - Lào"), a province ("Hội hữu nghị Việt - Lào tỉnh Quảng Trị") or,
      // after an embassy or consulate, "tại <place>".
      take_place(p, place_end);
      bool took_tai = false;
      while (j < n) {
        size_t end2 = j;
        if (p.kind == "country" && tokens[j].IsDash()) {
          PlaceHit q = PlaceAt(gazetteer_, tokens, j + 1);
          if (q.length && q.kind == "country") {
            pieces.push_back({"-", j + 1});
            take_place(q, j + 1 + q.length);
            p = q;
            continue;
          }
        }
        if (p.kind == "country" && v.unit_type.Longest(tokens, j).length) {
          PlaceHit q = UnitPlaceAt(tokens, j, &end2);
          if (q.length) {
            take_place(q, end2);
            p = q;
            continue;
          }
        }
        if (head.consulate && !took_tai && tokens[j].Is("tại")) {
          PlaceHit q = UnitPlaceAt(tokens, j + 1, &end2);
          if (q.length) {
            pieces.push_back({"tại", j + 1});
            take_place(q, end2);
            p = q;
            took_tai = true;
            continue;
          }
        }
        break;
      }
      break;
    }
    // A specific head inside the name ("Văn phòng UBND tỉnh", "Ban Đối ngoại Tỉnh ủy")
    // is written the way its own canonical name is.
    if (t.upper_initial) {
      Lexicon::Hit inner_head = v.head_lexicon.Longest(tokens, j);
      if (inner_head.length && !v.heads[static_cast<size_t>(inner_head.value)].generic) {
        pieces.push_back(
            {v.heads[static_cast<size_t>(inner_head.value)].canonical, j + inner_head.length});
        j = last = j + inner_head.length;
        after_cap = after_so = false;
        cap_run = 0;
        continue;
      }
    }
    if (size_t type = v.unit_type.Longest(tokens, j).length) {
      // "UBND tỉnh": the unit word alone ends the name, but not after a connector
      // ("Sở Ngoại vụ các tỉnh" is many departments).
      if (last == j) {
        pieces.push_back({JoinLower(tokens, j, j + type), j + type});
        last = j + type;
      }
      break;
    }
    if (t.upper_initial && !t.number) {
      if (foreign_capital(j)) break;
      pieces.push_back({text::Normalise(t.surface), j + 1});
      last = ++j;
      after_cap = true;
      after_so = false;
      ++cap_run;
      continue;
    }
    // Not straight after a complete head, where such words are verbs and objects ("Sở
    // Ngoại vụ hợp tác với ...").
    size_t inner_len =
        head.generic || j > i + head_hit.length ? v.inner.Longest(tokens, j).length : 0;
    if (size_t len = inner_len) {
      // One word of the name: written "Dịch vụ" in the canonical name whichever way the
      // page wrote it ("Trung tâm dịch vụ đối ngoại" → "Trung tâm Dịch vụ Đối ngoại").
      pieces.push_back({CapitaliseFirst(JoinLower(tokens, j, j + len)), j + len});
      j = last = j + len;
      after_cap = after_so = false;
      continue;
    }
    if (size_t len = v.connector.Longest(tokens, j).length) {
      after_so = len == 1 && t.Is("số");
      pieces.push_back({JoinLower(tokens, j, j + len), j + len});
      j += len;
      after_cap = false;
      continue;
    }
    if (t.number && after_so) {
      pieces.push_back({std::string(t.surface), j + 1});
      last = ++j;
      after_so = false;
      continue;
    }
    // "Sở Kế hoạch và Đầu tư": "và" between two capitalised words of one name.
    if (t.Is("và") && last == j && j > i + head_hit.length && j + 1 < n && tokens[j + 1].word &&
        tokens[j + 1].upper_initial && !foreign_capital(j + 1) &&
        !v.head_lexicon.Longest(tokens, j + 1).length) {
      size_t end2 = j + 1;
      if (!UnitPlaceAt(tokens, j + 1, &end2).length) {
        pieces.push_back({"và", j + 1});
        ++j;
        after_cap = false;
        continue;
      }
    }
    // The second syllable of a capitalised word: "Phục vụ", "Đối ngoại", "Tiểu học";
    // not after a run of capitals, which is a proper name ("Viện Nghiên cứu Đông Nam Á
    // trình bày").
    if (after_cap && cap_run == 1 && !t.number && !v.stop.Longest(tokens, j).length) {
      pieces.push_back({text::Normalise(t.surface), j + 1});
      last = ++j;
      after_cap = false;
      continue;
    }
    break;
  }

  if (head.generic && last == i + head_hit.length) return std::nullopt;
  OrganisationMatch m;
  m.begin = i;
  m.head_end = i + head_hit.length;
  m.end = last;
  m.generic = head.generic;
  std::string canonical;
  for (const Piece& piece : pieces) {
    if (piece.end > last) break;
    if (!canonical.empty()) canonical += ' ';
    canonical += piece.text;
  }
  m.organisation.canonical = std::move(canonical);
  m.organisation.province = province;
  const MentionToken& first = tokens[i];
  const MentionToken& end_token = tokens[last - 1];
  m.organisation.name =
      std::string(text.substr(first.byte_begin, end_token.byte_end - first.byte_begin));
  m.organisation.span = {first.cp_begin, end_token.cp_end};
  return m;
}

std::vector<Organisation> OrganisationExtractor::Extract(std::string_view text) const {
  return Extract(text, ScanMentionTokens(text));
}

std::vector<Organisation> OrganisationExtractor::Extract(
    std::string_view text, const std::vector<MentionToken>& tokens) const {
  std::vector<Organisation> out;
  size_t covered_until = 0;  // tokens before this belong to the last name found
  for (size_t i = 0; i < tokens.size();) {
    std::optional<OrganisationMatch> m = MatchAt(text, tokens, i);
    if (!m || (m->generic && (i < covered_until || InsidePersonName(tokens, i)))) {
      ++i;
      continue;
    }
    out.push_back(std::move(m->organisation));
    covered_until = std::max(covered_until, m->end);
    i = m->head_end;
  }
  return out;
}

std::vector<Organisation> ExtractOrganisations(const std::string& text) {
  static const OrganisationExtractor extractor;
  return extractor.Extract(text);
}

std::vector<Organisation> ExtractOrganisations(const std::string& text,
                                               const std::vector<MentionToken>& tokens) {
  static const OrganisationExtractor extractor;
  return extractor.Extract(text, tokens);
}

}  // namespace vn::indexer

namespace vn::indexer {

void AttributeToSourceProvince(std::vector<Organisation>* organisations,
                               const std::string& source_province) {
  if (source_province.empty()) return;
  auto starts = [](const std::string& s, std::string_view p) { return s.rfind(p, 0) == 0; };
  auto ends = [](const std::string& s, std::string_view p) {
    return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
  };
  for (Organisation& o : *organisations) {
    if (!o.province.empty()) continue;
    std::string base = o.canonical.empty() ? o.name : o.canonical;
    bool provincial =
        starts(base, "Sở ") || base == "Tỉnh ủy" || base == "Tỉnh uỷ" || ends(base, " tỉnh");
    if (!provincial) continue;
    if (ends(base, " tỉnh")) base.resize(base.size() - std::string(" tỉnh").size());
    // "Sở" alone, or "Ủy ban nhân dân" once "tỉnh" is cut, still names an organ.
    if (base.empty()) continue;
    o.canonical = base + " " + source_province;
    o.province = source_province;
  }
}

}  // namespace vn::indexer
