// PersonExtractor: finds the people an article names, with their honorific, office title
// and organisation, in the forms Vietnamese foreign-affairs news uses:
//   honorific Name, Title Organisation    "bà Nguyễn Thuý Anh, Phó Giám đốc Sở Ngoại vụ
//                                          thành phố Đà Nẵng" (also after "–", "-", "(")
//   Name, Title Organisation              "Nguyễn Văn A, Giám đốc Sở Ngoại vụ" (no honorific)
//   [honorific] Title Organisation Name   "Phó Chủ tịch UBND tỉnh Lê Đức Tiến",
//                                          "Ngài Đại sứ Nhật Bản Yamada Takio"
//   Title Organisation - Name             "Giám đốc Sở Ngoại vụ tỉnh Phú Thọ - Nguyễn Văn A"
//   Title Organisation, honorific Name,   "Theo Phó Giám đốc Sở Ngoại vụ tỉnh Quảng Nam, bà
//                                          Trần Thị Hồng Phương, ..." (apposition)
//   honorific Name                        "ông Trần Hiếu" (title and organisation empty)
// Lists ("ông A, Giám đốc X, bà B, Giám đốc Y") give one Person each. A title with an
// organisation but no name after it ("Giám đốc Sở Ngoại giao Salavan chủ trì") gives none.
//
// A name is a run of 1–5 capitalised words with 2–8 syllables in all ("Trần Hiếu",
// "Nu Tiêm Khăm Pả Sợt", "Khăm-phết Xay-nha-vông", "Kim Min-jun", "John Smith"). It
// stops at punctuation, at a lower-case word, at an acronym ("UBND"), at a title and at a
// specific organisation head ("Sở Ngoại vụ"); it may not open with an honorific or any
// head, but may contain them as syllables ("Nguyễn Thuý Anh", "Lê Trường Lưu"). A run that
// is a gazetteer place ("Quảng Trị") or longer than 5 words is not a name. A Title picks
// the shortest entry of data/titles.txt that an organisation follows ("Chủ tịch" + "UBND
// tỉnh"), else the longest ("Thứ trưởng Thường trực").
//
// Promises, for each mention (one Person per mention, in text order):
// - name: as written (NFC, the page's tone-mark style); span: the name's code-point
//   offsets in `text`.
// - honorific: the data/honorifics.txt spelling ("ông", "đồng chí", "Ngài", "TS."), "" if
//   none.
// - title: data/titles.txt spelling, tone marks canonical ("Phó chủ tịch" → "Phó Chủ
//   tịch"). Several titles are all kept, in order, separated by ", ", each but the last
//   followed by its own organisation if it has one: "đồng chí Bùi Thanh Sơn – Uỷ viên BCH
//   TƯ Đảng, Thứ trưởng Thường trực Bộ Ngoại giao" → title "Ủy viên BCH TƯ Đảng, Thứ
//   trưởng Thường trực", organisation "Bộ Ngoại giao".
// - organisation: the canonical name (OrganisationExtractor) of the organisation right
//   after the last title, or the gazetteer name of the place there when the title is
//   followed by a place instead ("Đại sứ Nhật Bản" → "Nhật Bản"); "" if none. For a
//   chain ("Văn phòng phía Nam - Liên hiệp ...") it is the nearest one.
// Known gaps: an organisation's name with a comma in it ("Trung tâm Xúc tiến Đầu tư,
// Thương mại và Du lịch") is cut at the comma; a place the gazetteer lacks ("tỉnh Aichi")
// is read as part of the name that follows it.
// Linear time in the text; any bytes (empty, huge, invalid UTF-8) are safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/article.h"
#include "indexer/mention_tokens.h"
#include "indexer/organisation_extractor.h"

namespace vn::indexer {

class PersonExtractor {
 public:
  explicit PersonExtractor(const OrganisationExtractor& organisations);

  // `text` is NFC (paragraphs joined by "\n\n").
  std::vector<Person> Extract(std::string_view text) const;
  // The same for text already scanned (ScanMentionTokens(text)), to scan a body once for
  // people and organisations.
  std::vector<Person> Extract(std::string_view text, const std::vector<MentionToken>& tokens) const;

 private:
  struct Segment;
  struct Found;
  std::optional<Found> PersonAt(std::string_view text, const std::vector<MentionToken>& tokens,
                                size_t i) const;
  std::optional<Segment> TitleSegmentAt(std::string_view text,
                                        const std::vector<MentionToken>& tokens, size_t i,
                                        bool need_capital) const;
  std::optional<Segment> TitleBlockAt(std::string_view text,
                                      const std::vector<MentionToken>& tokens, size_t i,
                                      bool need_capital, bool before_name) const;
  size_t NameRunAt(std::string_view text, const std::vector<MentionToken>& tokens, size_t i) const;
  bool StopsName(std::string_view text, const std::vector<MentionToken>& tokens, size_t i,
                 bool first) const;

  const OrganisationExtractor& organisations_;
  const MentionVocabulary& vocabulary_;
};

// PersonExtractor over the bundled vocabularies and gazetteer.
std::vector<Person> ExtractPeople(const std::string& text);
std::vector<Person> ExtractPeople(const std::string& text, const std::vector<MentionToken>& tokens);

}  // namespace vn::indexer
