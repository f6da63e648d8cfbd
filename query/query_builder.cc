#include "query/query_builder.h"

#include <map>
#include <vector>

#include "common/error.h"
#include "common/index_schema.h"
#include "query/alias_expander.h"
#include "text/analyser.h"

namespace vn::query {

namespace {

enum class Mod { kNone, kMust, kNot };

struct Clause {
  Mod mod = Mod::kNone;
  Xapian::Query query;
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

ParsedQuery QueryBuilder::Parse(const std::string& text, bool expand_places) const {
  ParsedQuery result;
  static thread_local text::Analyser analyser;  // ICU state: costly to build per query
  const AliasExpander& aliases = AliasExpander::Default();

  // Words of a string as (exact OR folded) queries; phrase=true joins them as a phrase.
  auto words_query = [&](const std::string& s, bool phrase, bool title_only) -> Xapian::Query {
    std::vector<Xapian::Query> exact, folded;
    for (const text::Token& t : analyser.Analyse(s)) {
      if (t.term.empty()) continue;
      std::string e = title_only ? std::string(schema::kTitle) + t.term : t.term;
      std::string f = std::string(title_only ? schema::kTitleFolded : schema::kFolded) + t.folded;
      exact.emplace_back(e);
      folded.emplace_back(f);
      result.exact_terms.insert(t.term);
      result.folded_terms.insert(t.folded);
    }
    if (exact.empty()) return Xapian::Query();
    result.has_words = true;
    auto join = [&](std::vector<Xapian::Query>& qs) {
      if (qs.size() == 1) return qs[0];
      if (phrase && !title_only)
        return Xapian::Query(Xapian::Query::OP_PHRASE, qs.begin(), qs.end());
      return Xapian::Query(Xapian::Query::OP_AND, qs.begin(), qs.end());
    };
    if (!phrase) {
      // Each word separately: (exact OR folded) AND (exact OR folded) ...
      std::vector<Xapian::Query> per_word;
      for (size_t i = 0; i < exact.size(); ++i)
        per_word.emplace_back(
            Xapian::Query::OP_OR,
            Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, exact[i], schema::kExactWeight),
            Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, folded[i], schema::kFoldedWeight));
      if (per_word.size() == 1) return per_word[0];
      return Xapian::Query(Xapian::Query::OP_AND, per_word.begin(), per_word.end());
    }
    return Xapian::Query(
        Xapian::Query::OP_OR,
        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, join(exact), schema::kExactWeight),
        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, join(folded), schema::kFoldedWeight));
  };

  // A run of bare words: each word, or a known name's every form when the words spell one.
  auto run_query = [&](const std::string& run) -> Xapian::Query {
    std::vector<text::Token> tokens = analyser.Analyse(run);
    std::vector<Xapian::Query> parts;
    for (size_t i = 0; i < tokens.size();) {
      auto match = aliases.LongestMatch(tokens, i);
      if (!match) {
        Xapian::Query q = words_query(tokens[i].surface, false, false);
        if (!q.empty()) parts.push_back(q);
        ++i;
        continue;
      }
      size_t from = tokens[i].start, to = tokens[i + match->length - 1].end;
      std::string typed = text::Normalise(run).substr(from, to - from);
      std::vector<std::string> forms = aliases.Forms(match->group);
      if (expand_places) {
        auto more = aliases.PlaceExpansion(match->group);
        forms.insert(forms.end(), more.begin(), more.end());
      }
      std::vector<Xapian::Query> alternatives{words_query(typed, true, false)};
      for (const auto& f : forms) {
        Xapian::Query q = words_query(f, true, false);
        if (!q.empty()) alternatives.push_back(q);
      }
      parts.emplace_back(Xapian::Query::OP_OR, alternatives.begin(), alternatives.end());
      i += match->length;
    }
    if (parts.empty()) return Xapian::Query();
    Xapian::Query all = parts.size() == 1
                            ? parts[0]
                            : Xapian::Query(Xapian::Query::OP_AND, parts.begin(), parts.end());
    if (tokens.size() < 2) return all;
    // Documents holding the words in the order typed rank first, whether the words were
    // typed with marks or without: the phrase, exact or accent-free, adds to the weight.
    // OR rather than AND_MAYBE (the phrase only matches where `all` does, so the matches are
    // the same): Xapian 1.4 weighs an AND_MAYBE'd phrase lazily, so whether a document got
    // the bonus depended on the order the matcher met it — and so on the split into shards.
    // A title holding every word adds too, as Omega weighs its S terms: short, ambiguous
    // queries typed without marks ("anh chi tiet") then find the page titled with them.
    const Xapian::Query boosts[] = {all, words_query(run, true, false),
                                    words_query(run, false, true)};
    return Xapian::Query(Xapian::Query::OP_OR, std::begin(boosts), std::end(boosts));
  };

  // Lexer: quoted phrases, field:value, +/- prefixes, bare words, AND/OR/NOT.
  std::vector<std::vector<Clause>> or_groups(1);
  Mod pending = Mod::kNone;
  std::string run;
  auto flush_run = [&] {
    if (run.empty()) return;
    Xapian::Query q = run_query(run);
    run.clear();
    if (!q.empty()) or_groups.back().push_back({Mod::kNone, q});
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
    Xapian::Query q;
    if (!field.empty() && field != "title") {
      if (value.empty()) throw UsageError("query: field '" + field + "' needs a value");
      std::string prefix = FilterFields().at(field);
      std::string term = field == "type" || field == "year" || field == "host"
                             ? prefix + text::NormaliseAndLower(value)
                             : prefix + text::Fold(value);
      q = Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(term), 0);
    } else {
      q = words_query(value, quoted, field == "title");
    }
    if (q.empty()) continue;
    or_groups.back().push_back({mod, q});
  }
  flush_run();

  std::vector<Xapian::Query> groups;
  for (const auto& group : or_groups) {
    std::vector<Xapian::Query> positive, negative;
    for (const Clause& cl : group) (cl.mod == Mod::kNot ? negative : positive).push_back(cl.query);
    if (positive.empty() && negative.empty()) continue;
    Xapian::Query pos =
        positive.empty() ? Xapian::Query::MatchAll
                         : Xapian::Query(Xapian::Query::OP_AND, positive.begin(), positive.end());
    if (!negative.empty())
      pos = Xapian::Query(Xapian::Query::OP_AND_NOT, pos,
                          Xapian::Query(Xapian::Query::OP_OR, negative.begin(), negative.end()));
    groups.push_back(pos);
  }
  if (groups.empty())
    result.query = Xapian::Query::MatchAll;
  else if (groups.size() == 1)
    result.query = groups[0];
  else
    result.query = Xapian::Query(Xapian::Query::OP_OR, groups.begin(), groups.end());
  return result;
}

}  // namespace vn::query
