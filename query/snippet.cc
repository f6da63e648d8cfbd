#include "query/snippet.h"

#include <algorithm>

#include "text/analyser.h"

namespace vn::query {

namespace {

size_t CodePoints(const std::string& s, size_t from, size_t to) {
  size_t n = 0;
  for (size_t i = from; i < to && i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace

Snippet MakeSnippet(const std::string& body, const std::set<std::string>& exact_terms,
                    const std::set<std::string>& folded_terms, size_t max_tokens) {
  Snippet out;
  // Tokenising is the costly step, so only the paragraph that holds the most query words
  // (found by a cheap accent-free substring test) is analysed, with the next one when it is
  // short. Only the first 24 KB are considered: a long news article.
  std::string_view all(body);
  size_t limit = std::min<size_t>(all.size(), 24 * 1024);
  while (limit < all.size() && (static_cast<unsigned char>(all[limit]) & 0xC0) == 0x80) ++limit;
  all = all.substr(0, limit);
  size_t region_from = 0, region_to = all.size();
  int best_hits = -1;
  for (size_t p = 0; p < all.size();) {
    size_t e = all.find("\n\n", p);
    if (e == std::string_view::npos) e = all.size();
    std::string folded = text::Fold(all.substr(p, e - p));
    int hits = 0;
    for (const auto& w : folded_terms) hits += folded.find(w) != std::string::npos;
    if (hits > best_hits) {
      best_hits = hits;
      region_from = p;
      region_to = e;
    }
    p = e + 2;
  }
  if (region_to - region_from < 400 && region_to < all.size()) {
    size_t next = all.find("\n\n", region_to + 2);
    region_to = next == std::string_view::npos ? all.size() : next;
  }
  std::string text = text::Normalise(all.substr(region_from, region_to - region_from));
  const bool more_before = region_from > 0, more_after = region_to < body.size();
  static thread_local text::Analyser analyser;
  std::vector<text::Token> tokens = analyser.Analyse(text);
  if (tokens.empty()) return out;
  std::vector<int> match(tokens.size(), -1);  // index of the query word matched, or -1
  std::vector<std::string> words(folded_terms.begin(), folded_terms.end());
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool hit = exact_terms.count(tokens[i].term) || folded_terms.count(tokens[i].folded);
    if (hit) {
      match[i] = static_cast<int>(std::lower_bound(words.begin(), words.end(), tokens[i].folded) -
                                  words.begin());
    }
  }
  // Sliding window maximising distinct matched words, then total matches.
  size_t best_start = 0;
  int best_distinct = -1, best_total = -1;
  size_t window = std::min(max_tokens, tokens.size());
  std::vector<int> counts(words.size() + 1, 0);
  int distinct = 0, total = 0;
  auto add = [&](size_t i, int d) {
    if (match[i] < 0) return;
    int w = match[i];
    if (d > 0 && counts[w]++ == 0) ++distinct;
    if (d < 0 && --counts[w] == 0) --distinct;
    total += d;
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    add(i, +1);
    if (i >= window) add(i - window, -1);
    if (i + 1 >= window) {
      size_t start = i + 1 - window;
      if (distinct > best_distinct || (distinct == best_distinct && total > best_total)) {
        best_distinct = distinct;
        best_total = total;
        best_start = start;
      }
    }
  }
  size_t first = best_start, last = best_start + window - 1;
  size_t byte_from = tokens[first].start, byte_to = tokens[last].end;
  // Extend to sentence-ish edges: start of text, or keep as is with an ellipsis.
  std::string prefix = first > 0 || more_before ? "… " : "";
  std::string suffix = last + 1 < tokens.size() || more_after ? " …" : "";
  if (first == 0) byte_from = 0;
  out.text = prefix + text.substr(byte_from, byte_to - byte_from) + suffix;
  // Paragraph breaks inside the window read as spaces.
  for (auto& ch : out.text)
    if (ch == '\n') ch = ' ';
  size_t base = CodePoints(prefix, 0, prefix.size());
  for (size_t i = first; i <= last; ++i) {
    if (match[i] < 0) continue;
    size_t s = base + CodePoints(text, byte_from, tokens[i].start);
    size_t e = s + CodePoints(text, tokens[i].start, tokens[i].end);
    out.highlights.emplace_back(s, e);
  }
  return out;
}

}  // namespace vn::query
