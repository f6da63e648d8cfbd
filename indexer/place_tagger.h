// PlaceTagger: finds mentions of provinces, cities, Lao/Cambodian provinces and countries
// in article text through the Gazetteer: longest alias match over the analyser's tokens,
// any tone-mark style or case. A pre-2025 province is tagged with its 2025 successor as
// `current_province`. Single-syllable names ("Lào", "Huế", "Đức") inside a run of
// capitalised words are taken as part of a person's name, not a place.
#pragma once

#include <string>
#include <vector>

#include "indexer/article.h"
#include "indexer/gazetteer.h"

namespace vn::indexer {

class PlaceTagger {
 public:
  explicit PlaceTagger(const Gazetteer& gazetteer = Gazetteer::Default());
  // `text` must be NFC; spans are code-point offsets into it.
  std::vector<Place> Tag(const std::string& text) const;

 private:
  const Gazetteer& gazetteer_;
};

// The other parties of an event: distinct places (provinces, foreign provinces, countries)
// other than the source province and Vietnam itself, in order of first mention; a country
// is left out when one of its provinces is named.
//
// With `title_places` and `lead_end` (code-point end of the first paragraph), only salient
// places count: named in the title, in the lead, or at least twice. A place met once deep
// in the text ("thăm Thành cổ Quảng Trị", "Đại học Huế") is scenery, not a party.
struct PartnerSalience {
  const std::vector<Place>* title_places = nullptr;
  int64_t lead_end = -1;
};
std::vector<std::string> PartnersFromPlaces(const std::vector<Place>& places,
                                            const std::string& source_province,
                                            const PartnerSalience& salience);
std::vector<std::string> PartnersFromPlaces(const std::vector<Place>& places,
                                            const std::string& source_province);

}  // namespace vn::indexer
