// Snippet: the best short window of a document's text for a query: the span of about
// `max_tokens` words holding the most distinct query words, with each matched word marked
// so a formatter can highlight it (colour on a terminal, offsets in JSON).
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace vn::query {

struct Snippet {
  std::string text;
  // Code-point offsets [start, end) of matched words in `text`.
  std::vector<std::pair<size_t, size_t>> highlights;
};

Snippet MakeSnippet(const std::string& body, const std::set<std::string>& exact_terms,
                    const std::set<std::string>& folded_terms, size_t max_tokens = 32);

}  // namespace vn::query
