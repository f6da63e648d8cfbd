#include "query/snippet.h"

#include <algorithm>
#include <cstdint>

#include "text/case_folder.h"

namespace vn::query {

namespace {

constexpr size_t kMaxBodyBytes = 24 * 1024;

// Bytes of the folded text that belong to words: folding leaves Vietnamese letters as ASCII
// letters, and other scripts as UTF-8 (bytes >= 0x80).
bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

struct Word {
  uint32_t begin, end;  // in the folded text
  int term = -1;        // index of the query word that starts here, or -1
  uint32_t match_end = 0;
  bool covered = false;  // inside a longer match that starts at an earlier word
};

}  // namespace

Snippet MakeSnippet(std::string_view body, const std::set<std::string>& folded_terms,
                    size_t max_words) {
  Snippet out;
  size_t limit = std::min(body.size(), kMaxBodyBytes);
  while (limit < body.size() && (static_cast<unsigned char>(body[limit]) & 0xC0) == 0x80) ++limit;
  const std::string_view all = body.substr(0, limit);

  std::string folded;
  std::vector<uint32_t> origin;
  folded.reserve(all.size());
  origin.reserve(all.size() + 1);
  text::AppendAccentFreeMapped(all, &folded, &origin);
  origin.push_back(static_cast<uint32_t>(all.size()));

  std::vector<Word> words;
  for (size_t i = 0; i < folded.size();) {
    if (!IsWordByte(static_cast<unsigned char>(folded[i]))) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < folded.size() && IsWordByte(static_cast<unsigned char>(folded[j]))) ++j;
    words.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j)});
    i = j;
  }
  if (words.empty()) return out;

  // Each query word where it stands whole (not inside a longer word); where two query words
  // start at the same word ("nd" and "nd-cp"), the longer one is marked.
  int term_index = 0;
  for (const std::string& term : folded_terms) {
    const int id = term_index++;
    if (term.empty()) continue;
    for (size_t pos = folded.find(term); pos != std::string::npos;
         pos = folded.find(term, pos + 1)) {
      size_t end = pos + term.size();
      if (pos > 0 && IsWordByte(static_cast<unsigned char>(folded[pos - 1]))) continue;
      if (end < folded.size() && IsWordByte(static_cast<unsigned char>(folded[end]))) continue;
      auto it = std::lower_bound(words.begin(), words.end(), pos,
                                 [](const Word& w, size_t p) { return w.begin < p; });
      if (it == words.end() || it->begin != pos) continue;
      if (it->term < 0 || it->match_end < end) {
        it->term = id;
        it->match_end = static_cast<uint32_t>(end);
      }
    }
  }
  uint32_t reach = 0;
  for (Word& w : words) {
    if (w.begin < reach) {
      w.covered = true;
      continue;
    }
    if (w.term >= 0) reach = w.match_end;
  }

  // The window of `max_words` words with the most distinct query words, then the most
  // matches; the earliest such window.
  const size_t window = std::min(std::max<size_t>(max_words, 1), words.size());
  std::vector<int> counts(folded_terms.size(), 0);
  int distinct = 0, total = 0, best_distinct = -1, best_total = -1;
  size_t best_start = 0;
  auto add = [&](size_t i, int d) {
    const Word& w = words[i];
    if (w.term < 0 || w.covered) return;
    if (d > 0 && counts[w.term]++ == 0) ++distinct;
    if (d < 0 && --counts[w.term] == 0) --distinct;
    total += d;
  };
  for (size_t i = 0; i < words.size(); ++i) {
    add(i, +1);
    if (i >= window) add(i - window, -1);
    if (i + 1 < window) continue;
    if (distinct > best_distinct || (distinct == best_distinct && total > best_total)) {
      best_distinct = distinct;
      best_total = total;
      best_start = i + 1 - window;
    }
  }
  const size_t first = best_start, last = best_start + window - 1;
  const size_t byte_from = first == 0 ? 0 : origin[words[first].begin];
  const size_t byte_to = origin[words[last].end];

  // Matches as byte ranges of the original text.
  std::vector<std::pair<size_t, size_t>> marks;
  for (size_t i = first; i <= last; ++i) {
    const Word& w = words[i];
    if (w.term < 0 || w.covered) continue;
    marks.emplace_back(origin[w.begin], std::min<size_t>(origin[w.match_end], byte_to));
  }

  // Copy the window, line breaks read as one space, counting code points for the marks.
  out.text = byte_from > 0 ? "… " : "";
  size_t cp = byte_from > 0 ? 2 : 0;
  size_t m = 0;
  bool in_break = false;
  size_t mark_start = 0;
  for (size_t b = byte_from; b <= byte_to; ++b) {
    if (m < marks.size() && b == marks[m].first) mark_start = cp;
    if (m < marks.size() && b == marks[m].second) {
      out.highlights.emplace_back(mark_start, cp);
      ++m;
      if (m < marks.size() && b == marks[m].first) mark_start = cp;
    }
    if (b == byte_to) break;
    const char ch = all[b];
    if (ch == '\n' || ch == '\r') {
      if (!in_break) {
        out.text += ' ';
        ++cp;
      }
      in_break = true;
      continue;
    }
    in_break = false;
    out.text += ch;
    if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++cp;
  }
  if (last + 1 < words.size() || all.size() < body.size()) out.text += " …";
  return out;
}

}  // namespace vn::query
