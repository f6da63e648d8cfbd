#include "query/query_builder.h"

#include <map>
#include <vector>

#include "common/error.h"
#include "common/index_schema.h"
#include "indexer/alias_expander.h"
#include "query/pair_sketch_filter.h"
#include "text/analyser.h"

namespace vn::query {

namespace {

enum class Mod { kNone, kMust, kNot };

// A clause in its two forms: `rank` weighs exact marks, phrases and titles; `match` is the
// same set of documents by accent-free terms alone, cheap to count over every match.
struct Pair {
  Xapian::Query rank, match;
};

struct Clause {
  Mod mod = Mod::kNone;
  Pair query;
};

// Boolean field prefixes: their values are whole facet values, not words.
const std::map<std::string, std::string>& FilterFields() {
  static const std::map<std::string, std::string> kFields = {
      {"place", schema::kPlace},     {"org", schema::kOrg},       {"person", schema::kPerson},
      {"type", schema::kEventType},  {"source", schema::kSource}, {"year", schema::kYear},
      {"partner", schema::kPartner}, {"host", schema::kHost}};
  return kFields;
}

}  // namespace

ParsedQuery QueryBuilder::Parse(const std::string& text, bool expand_places, bool names_tagged,
                                bool local) const {
  ParsedQuery result;
  static thread_local text::Analyser analyser;  // ICU state: costly to build per query
  const indexer::AliasExpander& aliases = indexer::AliasExpander::Default();
  using Q = Xapian::Query;
  auto scaled = [](const Q& q, double w) { return Q(Q::OP_SCALE_WEIGHT, q, w); };

  // Words of a string: each word as (exact OR folded) for ranking and folded for the match
  // set; phrase=true joins them as a phrase.
  auto words_query = [&](const std::string& s, bool phrase, bool title_only) -> Pair {
    std::vector<Q> exact, folded;
    std::vector<bool> has_marks;
    std::vector<std::string> marked;  // exact forms of the words typed with marks
    std::vector<std::string> folded_words;
    for (const text::Token& t : analyser.Analyse(s)) {
      if (t.term.empty()) continue;
      if (t.term != t.folded && !title_only) marked.push_back(t.term);
      std::string e = title_only ? std::string(schema::kTitle) + t.term : t.term;
      std::string f = std::string(title_only ? schema::kTitleFolded : schema::kFolded) + t.folded;
      exact.emplace_back(e);
      folded.emplace_back(f);
      has_marks.push_back(t.term != t.folded);
      folded_words.push_back(t.folded);
      result.folded_terms.insert(t.folded);
    }
    if (exact.empty()) return {};
    result.has_words = true;
    auto all = [](const std::vector<Q>& qs) {
      return qs.size() == 1 ? qs[0] : Q(Q::OP_AND, qs.begin(), qs.end());
    };
    // Each word separately: (exact OR folded) AND (exact OR folded) ... A word typed
    // without marks matches every spelling equally: its accent-free form alone (its exact
    // term would only favour pages that left the marks out, and cost a posting list).
    std::vector<Q> per_word;
    for (size_t i = 0; i < exact.size(); ++i)
      per_word.push_back(has_marks[i] ? Q(Q::OP_OR, scaled(exact[i], schema::kExactWeight),
                                          scaled(folded[i], schema::kFoldedWeight))
                                      : scaled(folded[i], schema::kFoldedWeight));
    Pair out{all(per_word), all(folded)};
    if (phrase && !title_only) {
      // Side by side, as typed (positions are indexed for the accent-free form only), and
      // a word typed with marks carries them, as in an alias: quoting asks for exactly
      // these words. The exact words also narrow the documents whose positions are read.
      std::vector<Q> conditions;
      if (folded.size() > 1) {
        conditions.emplace_back(Q::OP_PHRASE, folded.begin(), folded.end());
        // Candidates that cannot hold the words side by side go before their positions are
        // read (query/pair_sketch_filter.h).
        if (local) conditions.push_back(PairSketchFilter::Make(folded_words));
      }
      for (const auto& e : marked) conditions.emplace_back(e);
      if (!conditions.empty()) {
        Q condition = all(conditions);
        out.rank = Q(Q::OP_FILTER, out.rank, condition);
        out.match = Q(Q::OP_FILTER, out.match, condition);
      }
    }
    return out;
  };

  // A run of bare words: each word, or a known name's every form when the words spell one.
  auto run_query = [&](const std::string& run) -> Pair {
    std::vector<text::Token> tokens = analyser.Analyse(run);
    std::vector<Q> rank, match;
    for (size_t i = 0; i < tokens.size();) {
      auto alias = aliases.LongestMatch(tokens, i);
      if (!alias) {
        Pair q = words_query(tokens[i].surface, false, false);
        if (!q.rank.empty()) {
          rank.push_back(q.rank);
          match.push_back(q.match);
        }
        ++i;
        continue;
      }
      size_t from = tokens[i].start, to = tokens[i + alias->length - 1].end;
      std::string typed = text::Normalise(run).substr(from, to - from);
      // Any form of the name: the group's index term (indexer/alias_expander.h), and a
      // phrase for what it cannot stand for (the words as typed, when they are spelt unlike
      // every form; the names of predecessors and successors with place expansion).
      std::vector<Q> forms;
      if (names_tagged) {
        forms.emplace_back(aliases.GroupTerm(alias->group));
        if (!aliases.IsFormOf(alias->group,
                              indexer::AliasExpander::FormKey(analyser.Analyse(typed))))
          forms.push_back(words_query(typed, true, false).match);
      } else {
        forms.push_back(words_query(typed, true, false).match);
        for (const auto& f : aliases.Forms(alias->group)) {
          Pair q = words_query(f, true, false);
          if (!q.match.empty()) forms.push_back(q.match);
        }
      }
      if (expand_places)
        for (const auto& f : aliases.PlaceExpansion(alias->group)) {
          Pair q = words_query(f, true, false);
          if (!q.match.empty()) forms.push_back(q.match);
        }
      // Every form's words are marked in snippets.
      for (const auto& f : aliases.Forms(alias->group))
        for (const text::Token& t : analyser.Analyse(f))
          if (!t.term.empty()) result.folded_terms.insert(t.folded);
      Q any_form(Q::OP_OR, forms.begin(), forms.end());
      // The words as typed weigh as other words do where they stand.
      rank.emplace_back(Q::OP_AND_MAYBE, any_form, words_query(typed, false, false).rank);
      match.push_back(any_form);
      i += alias->length;
    }
    if (rank.empty()) return {};
    auto all = [](std::vector<Q>& qs) {
      return qs.size() == 1 ? qs[0] : Q(Q::OP_AND, qs.begin(), qs.end());
    };
    Pair out{all(rank), all(match)};
    std::vector<std::string> order;
    std::vector<Q> title;
    for (const text::Token& t : tokens) {
      if (t.term.empty()) continue;
      order.push_back(std::string(schema::kFolded) + t.folded);
      title.emplace_back(std::string(schema::kTitleFolded) + t.folded);
    }
    if (order.size() < 2) return out;
    // Documents holding the words in the order typed rank first, whether typed with marks
    // or without: the searcher re-ranks its first results by word order (OrderRuns). A title
    // holding every word adds to the weight, as Omega weighs its S terms: short, ambiguous
    // queries typed without marks ("anh chi tiet") then find the page titled with them. Both
    // only add weight (AND_MAYBE): the matches stay `match`.
    result.order_runs.push_back(std::move(order));
    out.rank = Q(Q::OP_AND_MAYBE, out.rank, Q(Q::OP_AND, title.begin(), title.end()));
    return out;
  };

  // Lexer: quoted phrases, field:value, +/- prefixes, bare words, AND/OR/NOT.
  std::vector<std::vector<Clause>> or_groups(1);
  Mod pending = Mod::kNone;
  std::string run;
  auto flush_run = [&] {
    if (run.empty()) return;
    Pair q = run_query(run);
    run.clear();
    if (!q.rank.empty()) or_groups.back().push_back({Mod::kNone, q});
  };
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    unsigned char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    Mod mod = pending;
    pending = Mod::kNone;
    if ((c == '+' || c == '-') && i + 1 < n && text[i + 1] != ' ') {
      mod = c == '+' ? Mod::kMust : Mod::kNot;
      ++i;
      c = text[i];
    }
    std::string field;
    std::string value;
    bool quoted = false;
    // field:...
    size_t colon = text.find(':', i);
    size_t space = text.find_first_of(" \t\"", i);
    if (colon != std::string::npos && (space == std::string::npos || colon < space) && colon > i) {
      std::string f = text.substr(i, colon - i);
      bool ascii_word = true;
      for (char fc : f)
        if (!(fc >= 'a' && fc <= 'z')) ascii_word = false;
      if (ascii_word && (f == "title" || FilterFields().count(f))) {
        field = f;
        i = colon + 1;
      }
    }
    if (i < n && text[i] == '"') {
      size_t close = text.find('"', i + 1);
      if (close == std::string::npos) throw UsageError("query: unclosed quote in: " + text);
      value = text.substr(i + 1, close - i - 1);
      i = close + 1;
      quoted = true;
    } else {
      size_t end = text.find_first_of(" \t\n\r", i);
      if (end == std::string::npos) end = n;
      value = text.substr(i, end - i);
      i = end;
    }
    bool plain = field.empty() && !quoted;
    if (plain && mod == Mod::kNone && value != "AND" && value != "OR" && value != "NOT") {
      // Bare words gather into a run, so multi-word names can be recognised.
      if (!run.empty()) run += ' ';
      run += value;
      continue;
    }
    flush_run();
    if (plain && value == "AND") {
      continue;
    } else if (plain && value == "OR") {
      if (!or_groups.back().empty()) or_groups.emplace_back();
      continue;
    } else if (plain && value == "NOT") {
      pending = Mod::kNot;
      continue;
    }
    Pair q;
    if (!field.empty() && field != "title") {
      if (value.empty()) throw UsageError("query: field '" + field + "' needs a value");
      std::string prefix = FilterFields().at(field);
      std::string term = field == "type" || field == "year" || field == "host"
                             ? prefix + text::NormaliseAndLower(value)
                             : prefix + text::Fold(value);
      q.rank = q.match = Q(Q::OP_SCALE_WEIGHT, Q(term), 0);
    } else {
      q = words_query(value, quoted, field == "title");
    }
    if (q.rank.empty()) continue;
    or_groups.back().push_back({mod, q});
  }
  flush_run();

  // The same boolean structure over both forms of every clause.
  auto combine = [&](Xapian::Query Pair::*form) {
    std::vector<Q> groups;
    for (const auto& group : or_groups) {
      std::vector<Q> positive, negative;
      for (const Clause& cl : group)
        (cl.mod == Mod::kNot ? negative : positive).push_back(cl.query.*form);
      if (positive.empty() && negative.empty()) continue;
      Q pos = positive.empty() ? Q::MatchAll : Q(Q::OP_AND, positive.begin(), positive.end());
      if (!negative.empty())
        pos = Q(Q::OP_AND_NOT, pos, Q(Q::OP_OR, negative.begin(), negative.end()));
      groups.push_back(pos);
    }
    if (groups.empty()) return Q(Q::MatchAll);
    if (groups.size() == 1) return groups[0];
    return Q(Q::OP_OR, groups.begin(), groups.end());
  };
  result.query = combine(&Pair::rank);
  result.match = combine(&Pair::match);
  return result;
}

}  // namespace vn::query
