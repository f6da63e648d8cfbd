// QueryBuilder: parses what a user types into a Xapian query through the same analyser the
// indexer used, so every spelling meets: words (with or without marks, either tone style,
// any case), "phrases", +required, -excluded, AND/OR/NOT, and field prefixes
// (title:, place:, org:, person:, type:, source:, year:). Each word becomes
// (exact-marks term OR accent-free term at lower weight), so a query typed with marks ranks
// exact matches first and one typed without finds them all. A run of words that spells a
// known name or abbreviation ("tphcm", "UBND", "Sài Gòn") also asks for its other forms.
#pragma once

#include <xapian.h>

#include <set>
#include <string>
#include <vector>

namespace vn::query {

struct ParsedQuery {
  Xapian::Query query;  // for ranking; MatchAll when the text has no search words
  // The same documents as `query`, by accent-free terms alone and without the weights that
  // only reorder them (exact marks, titles): what facet counting runs over every match.
  Xapian::Query match;
  // Each run of two or more bare words, as its accent-free terms (with prefix) in the order
  // typed: documents holding them in that order are ranked up (Searcher).
  std::vector<std::vector<std::string>> order_runs;
  std::set<std::string> folded_terms;  // accent-free forms, without prefix: for snippets
  bool has_words = false;
};

class QueryBuilder {
 public:
  // Throws vn::Error(kUsage) for malformed input (an unclosed quote, an unknown field).
  // `expand_places`: a pre-2025 province name also asks for its successor's names, and a
  // current one for its predecessors'.
  // `names_tagged`: the index holds name terms (index_schema.h kAliasGroup, schema 2); an
  // older index is asked for every form of a name as a phrase instead.
  // `local`: the query runs on local databases, so phrases are first tested against the pair
  // sketches (PairSketchFilter); remote servers only know Xapian's own operators.
  ParsedQuery Parse(const std::string& text, bool expand_places = false, bool names_tagged = true,
                    bool local = true) const;
};

}  // namespace vn::query
