// MentionVocabulary: the word lists behind the person and organisation extractors, read
// from data/ (embedded in the binary): organisation heads and the words that may continue
// an organisation's name, office titles, honorifics and Vietnamese family names. Parsing
// checks every line and throws vn::Error(kCorrupt) naming the file and line of a bad one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/mention_tokens.h"

namespace vn::indexer {

struct OrganisationHead {
  std::string canonical;   // "Ủy ban nhân dân" for "UBND"; Normalise()d
  bool generic = false;    // needs more words after it to name an organisation
  bool consulate = false;  // may continue with "tại <place>"
};

struct MentionVocabulary {
  // The bundled lists (parsed once, shared, immutable).
  static const MentionVocabulary& Default();
  // Each argument is the text of the file of that name in data/.
  static MentionVocabulary Parse(std::string_view organisation_heads,
                                 std::string_view organisation_words, std::string_view titles,
                                 std::string_view honorifics, std::string_view family_names);

  std::vector<OrganisationHead> heads;
  Lexicon head_lexicon;             // value: index into heads
  Lexicon inner;                    // lower-case words inside organisation names
  Lexicon connector;                // words inside a name that cannot end it
  Lexicon unit_type;                // "tỉnh", "thành phố", "TP."
  Lexicon stop;                     // words that end a name
  Lexicon not_organisation;         // look like a head and more, but are not ("Hội An")
  std::vector<std::string> titles;  // canonical spelling
  Lexicon title_lexicon;            // value: index into titles
  std::vector<std::string> honorifics;
  Lexicon honorific_lexicon;  // value: index into honorifics
  Lexicon family_names;
};

}  // namespace vn::indexer
