// OrganisationExtractor: finds the organisations an article names ("Sở Ngoại vụ tỉnh Quảng
// Trị", "Trung tâm Phục vụ Đối ngoại Đà Nẵng", "UBND tỉnh", "Sở Ngoại giao tỉnh
// Savannakhet", "Tổng Lãnh sự quán Lào tại Đà Nẵng").
//
// A mention opens with a head from data/organisation_heads.txt written with a capital
// ("Sở", "Bộ Ngoại giao", "UBND") and runs on over capitalised words, the lower-case words
// of data/organisation_words.txt [inner]/[connector], one lower-case word straight after
// a capitalised one ("Phục vụ Đối ngoại"), and at most one place (gazetteer), which ends
// it. It stops at punctuation, at a [stop] word ("và", "của", "tại", "đã" ...), at a title
// or honorific, at a Vietnamese family name that opens a run of capitalised words (a
// person), and after 12 words. A general head alone ("Sở", "Trung tâm", "Văn phòng") is
// not reported: it means "the department" the article is about; nor is one inside a
// person's name ("Lê Trường Lưu"), nor a place that looks like an organisation ([not]:
// "Hội An", "Trường Sa").
//
// Promises, for each mention (one Organisation per mention, in text order):
// - name: the mention exactly as written; span: its code-point offsets in `text`.
// - canonical: tone marks canonical (text::Normalise), single spaces, the head in its
//   data-file spelling ("UBND" → "Ủy ban nhân dân", "Sở Ngoại Vụ" → "Sở Ngoại vụ"), each
//   [inner] word capitalised so both writings meet ("Trung tâm dịch vụ đối ngoại" →
//   "Trung tâm Dịch vụ Đối ngoại"; other words keep their case), every place as its gazetteer name
//   without its unit word ("Sở Ngoại vụ tỉnh Quảng Trị" → "Sở Ngoại vụ Quảng Trị", "Liên hiệp các
//   tổ chức hữu nghị TP.HCM" → "Liên hiệp các tổ chức hữu nghị Hồ Chí Minh", "Sở Ngoại giao tỉnh
//   Salavan" → "Sở Ngoại giao Sa-la-van").
// - province: the gazetteer name of the first Vietnamese or foreign province or city in
//   the name ("Quảng Trị", "Sa-la-van"); "" when there is none or only a country.
// - Nesting: "Trung tâm Phục vụ Đối ngoại thuộc Sở Ngoại vụ tỉnh Quảng Trị" gives both
//   organisations; a specific head inside a longer name ("Văn phòng UBND tỉnh") is also
//   reported alone.
// Linear time in the text; any bytes (empty, huge, invalid UTF-8) are safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "indexer/article.h"
#include "indexer/gazetteer.h"
#include "indexer/mention_tokens.h"
#include "indexer/mention_vocabulary.h"

namespace vn::indexer {

struct OrganisationMatch {
  size_t begin = 0;     // first token
  size_t head_end = 0;  // one past the head's last token
  size_t end = 0;       // one past the last token
  bool generic = false;
  Organisation organisation;
};

class OrganisationExtractor {
 public:
  explicit OrganisationExtractor(const MentionVocabulary& vocabulary = MentionVocabulary::Default(),
                                 const Gazetteer& gazetteer = Gazetteer::Default());

  // `text` is NFC (paragraphs joined by "\n\n").
  std::vector<Organisation> Extract(std::string_view text) const;
  // The same for text already scanned (ScanMentionTokens(text)).
  std::vector<Organisation> Extract(std::string_view text,
                                    const std::vector<MentionToken>& tokens) const;

  // The organisation whose name starts at tokens[i] (tokens of `text`), if any. Used by
  // the person extractor for "Title Organisation". `lower_head` accepts a head written in
  // lower case, for a title that shares it ("Trưởng ban Đối ngoại").
  std::optional<OrganisationMatch> MatchAt(std::string_view text,
                                           const std::vector<MentionToken>& tokens, size_t i,
                                           bool lower_head = false) const;

  // A place at tokens[i], with or without its unit word ("tỉnh Salavan", "Đà Nẵng",
  // "thành phố Đà Nẵng"); `end` is one past its last token. length 0 when none.
  PlaceHit UnitPlaceAt(const std::vector<MentionToken>& tokens, size_t i, size_t* end) const;

  const MentionVocabulary& vocabulary() const { return vocabulary_; }
  const Gazetteer& gazetteer() const { return gazetteer_; }

 private:
  bool InsidePersonName(const std::vector<MentionToken>& tokens, size_t i) const;

  const MentionVocabulary& vocabulary_;
  const Gazetteer& gazetteer_;
};

// OrganisationExtractor().Extract(text) with the bundled vocabularies and gazetteer.
std::vector<Organisation> ExtractOrganisations(const std::string& text);
std::vector<Organisation> ExtractOrganisations(const std::string& text,
                                               const std::vector<MentionToken>& tokens);

// In a department's own bulletin a provincial organ named without its province is the
// publisher's: "Sở Ngoại vụ", "Ủy ban nhân dân tỉnh", "Tỉnh ủy", "Bộ Chỉ huy Bộ đội Biên
// phòng tỉnh" are those of `source_province`. Gives such organisations that province and a
// canonical name with it ("Sở Ngoại vụ Quảng Trị", "Ủy ban nhân dân Quảng Trị"); leaves
// national bodies (Bộ, Vụ, Cục, Chính phủ) and named ones alone.
void AttributeToSourceProvince(std::vector<Organisation>* organisations,
                               const std::string& source_province);

}  // namespace vn::indexer
