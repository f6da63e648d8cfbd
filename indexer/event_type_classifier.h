// EventTypeClassifier: decides what kind of event a foreign-affairs news item reports, from
// its title and lead paragraph, with the words that decided it as evidence.
//
// Types: signing, conference, working-visit, reception, review, competition-pledge, other.
// The vocabulary is data (data/event_types.tsv, embedded at build time): rows of type,
// weight and phrase. Type "ignore" (weight 0) scores nothing and exists to swallow
// look-alikes, above all the words built on "tiếp" that are not a reception ("tiếp tục",
// "trực tiếp").
//
// Promises:
// - Matching is on whole words, case and tone-mark-style insensitive: vocabulary and text
//   both go through vn::text::NormaliseAndLower ("Thoả thuận" = "thỏa thuận").
// - A phrase found inside a longer matched phrase does not count, so "ký kết giao ước" is a
//   competition pledge and not also a signing, and "hội nghị tổng kết" a review and not
//   also a conference.
// - Each distinct phrase scores its weight once per field, three times over in the title;
//   the highest-scoring type wins, ties going to the more specific type in the order
//   competition-pledge, signing, review, working-visit, reception, conference. No match:
//   "other" with no evidence.
// - Evidence is the vocabulary phrases of the winning type (normalised lower case), title
//   matches first, each once.
// - Linear in the input size; any bytes are accepted. Classify() is const and safe to call
//   from several threads.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vn::indexer {

struct EventTypeResult {
  std::string type = "other";
  std::vector<std::string> evidence;
};

class EventTypeClassifier {
 public:
  // Parses a vocabulary TSV (header "type<TAB>weight<TAB>phrase"). Throws vn::Error
  // (kCorrupt) naming `file` and the line for a bad row, an unknown type, a bad weight or a
  // duplicate phrase.
  static EventTypeClassifier Parse(std::string_view tsv, const std::string& file);
  // The bundled vocabulary, data/event_types.tsv, parsed once.
  static const EventTypeClassifier& Default();

  EventTypeResult Classify(std::string_view title, std::string_view lead) const;

  size_t size() const { return phrases_.size(); }

 private:
  struct Phrase {
    int type = -1;  // index into the type table; -1 for "ignore"
    int weight = 0;
    std::string text;  // normalised lower case, words joined by single spaces
    std::vector<std::string> words;
  };
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<size_t>> by_first_word_;
};

// EventTypeClassifier::Default().Classify(title, lead).
EventTypeResult ClassifyEventType(const std::string& title, const std::string& lead);

}  // namespace vn::indexer
