// Snippet: the best short window of a document's text for a query: the span of about
// `max_words` words holding the most distinct query words (then the most matches), with
// each matched word marked so a formatter can highlight it (colour on a terminal, offsets
// in JSON).
//
// Words are found in the accent-free form of the text (text::AppendAccentFreeMapped), so
// "quang tri", "Quảng Trị" and "QUẢNG TRỊ" all mark the same words, in either tone style;
// the snippet shows the text as the page wrote it. No analyser pass: a search shows ten
// snippets and must stay within a couple of milliseconds.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vn::query {

struct Snippet {
  std::string text;
  // Code-point offsets [start, end) of matched words in `text`.
  std::vector<std::pair<size_t, size_t>> highlights;
};

// `folded_terms`: the query's words as text::Fold gives them (the analyser's Token::folded).
// Only the first 24 KB of `body` are looked at: a long news article.
Snippet MakeSnippet(std::string_view body, const std::set<std::string>& folded_terms,
                    size_t max_words = 32);

}  // namespace vn::query
