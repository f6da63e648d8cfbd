#include "indexer/event_type_classifier.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <set>

#include "common/error.h"
#include "indexer/gazetteer.h"
#include "text/normaliser.h"
#include "text/utf8.h"

namespace vn::indexer {

namespace {

// In tie-break order: the more specific kind of event first.
constexpr std::array<const char*, 6> kTypes = {"competition-pledge", "signing",   "review",
                                               "working-visit",      "reception", "conference"};

constexpr int kTitleFactor = 3;

bool IsWordChar(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (c == text::kReplacementChar) return false;
  auto type = u_charType(static_cast<UChar32>(c));
  return u_isalnum(static_cast<UChar32>(c)) || type == U_NON_SPACING_MARK ||
         type == U_COMBINING_SPACING_MARK;
}

// The words of `s` in normalised lower case; everything that is not a letter or digit
// separates words.
std::vector<std::string> Words(std::string_view s) {
  std::string lowered = text::NormaliseAndLower(s);
  std::vector<std::string> words;
  std::string current;
  size_t i = 0;
  while (i < lowered.size()) {
    size_t start = i;
    char32_t c = text::NextCodePoint(lowered, &i);
    if (IsWordChar(c)) {
      current.append(lowered, start, i - start);
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (true) {
    size_t j = s.find(sep, i);
    out.push_back(s.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  return out;
}

}  // namespace

EventTypeClassifier EventTypeClassifier::Parse(std::string_view tsv, const std::string& file) {
  EventTypeClassifier c;
  std::vector<std::string_view> lines = Split(tsv, '\n');
  auto strip_cr = [](std::string_view l) {
    return !l.empty() && l.back() == '\r' ? l.substr(0, l.size() - 1) : l;
  };
  if (lines.empty() || strip_cr(lines[0]) != "type\tweight\tphrase")
    throw CorruptError(file + ": line 1: expected the header \"type<TAB>weight<TAB>phrase\"");
  std::set<std::string> seen;
  for (size_t n = 1; n < lines.size(); ++n) {
    std::string_view line = strip_cr(lines[n]);
    if (line.empty()) continue;
    const std::string where = file + ": line " + std::to_string(n + 1) + ": ";
    std::vector<std::string_view> cells = Split(line, '\t');
    if (cells.size() != 3)
      throw CorruptError(where + "expected 3 columns, found " + std::to_string(cells.size()));
    Phrase p;
    if (cells[0] != "ignore") {
      auto it = std::find(kTypes.begin(), kTypes.end(), cells[0]);
      if (it == kTypes.end())
        throw CorruptError(where + "unknown event type \"" + std::string(cells[0]) + "\"");
      p.type = static_cast<int>(it - kTypes.begin());
    }
    std::string_view w = cells[1];
    if (w.empty() || w.size() > 3 ||
        !std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
      throw CorruptError(where + "weight must be a whole number 0-999, found \"" + std::string(w) +
                         "\"");
    p.weight = std::stoi(std::string(w));
    if ((p.type < 0) != (p.weight == 0))
      throw CorruptError(where + "weight 0 is for type \"ignore\" only, and \"ignore\" must be 0");
    p.words = Words(cells[2]);
    if (p.words.empty()) throw CorruptError(where + "empty phrase");
    for (const auto& word : p.words) p.text += (p.text.empty() ? "" : " ") + word;
    if (!seen.insert(p.text).second)
      throw CorruptError(where + "duplicate phrase \"" + p.text + "\"");
    c.by_first_word_[p.words[0]].push_back(c.phrases_.size());
    c.phrases_.push_back(std::move(p));
  }
  if (c.phrases_.empty()) throw CorruptError(file + ": no phrases");
  return c;
}

const EventTypeClassifier& EventTypeClassifier::Default() {
  static const EventTypeClassifier c = Parse(EmbeddedData("event_types.tsv"), "event_types.tsv");
  return c;
}

EventTypeResult EventTypeClassifier::Classify(std::string_view title, std::string_view lead) const {
  std::array<int, kTypes.size()> score{};
  // Phrases that counted, per field in order of appearance: the evidence.
  std::vector<size_t> counted;
  std::set<size_t> counted_title, counted_lead;

  for (int field = 0; field < 2; ++field) {
    std::vector<std::string> words = Words(field == 0 ? title : lead);
    struct Occurrence {
      size_t start, len, phrase;
    };
    std::vector<Occurrence> found;
    for (size_t pos = 0; pos < words.size(); ++pos) {
      auto it = by_first_word_.find(words[pos]);
      if (it == by_first_word_.end()) continue;
      for (size_t id : it->second) {
        const Phrase& p = phrases_[id];
        if (pos + p.words.size() > words.size()) continue;
        if (std::equal(p.words.begin(), p.words.end(), words.begin() + pos))
          found.push_back({pos, p.words.size(), id});
      }
    }
    // Longest first among equal starts, so one sweep sees every container before what it
    // contains.
    std::sort(found.begin(), found.end(), [](const Occurrence& a, const Occurrence& b) {
      return a.start != b.start ? a.start < b.start : a.len > b.len;
    });
    size_t max_end = 0;
    auto& done = field == 0 ? counted_title : counted_lead;
    for (const Occurrence& o : found) {
      size_t end = o.start + o.len;
      bool contained = max_end >= end;
      max_end = std::max(max_end, end);
      if (contained) continue;
      const Phrase& p = phrases_[o.phrase];
      if (p.type < 0 || !done.insert(o.phrase).second) continue;
      score[p.type] += p.weight * (field == 0 ? kTitleFactor : 1);
      counted.push_back(o.phrase);
    }
  }

  EventTypeResult result;
  int best = -1;
  for (size_t t = 0; t < kTypes.size(); ++t)
    if (score[t] > 0 && (best < 0 || score[t] > score[best])) best = static_cast<int>(t);
  if (best < 0) return result;
  result.type = kTypes[best];
  for (size_t id : counted) {
    const Phrase& p = phrases_[id];
    if (p.type == best &&
        std::find(result.evidence.begin(), result.evidence.end(), p.text) == result.evidence.end())
      result.evidence.push_back(p.text);
  }
  return result;
}

EventTypeResult ClassifyEventType(const std::string& title, const std::string& lead) {
  return EventTypeClassifier::Default().Classify(title, lead);
}

}  // namespace vn::indexer
