#include "query/searcher.h"

#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/index_schema.h"
#include "indexer/date_parser.h"
#include "query/alias_expander.h"
#include "query/facet_spy.h"
#include "query/query_builder.h"
#include "text/analyser.h"

namespace vn::query {

namespace {

int Digits(const std::string& s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return s.empty() ? -1 : v;
}

Xapian::Query FilterTerms(const char* prefix, const std::vector<std::string>& values, bool fold) {
  std::vector<Xapian::Query> qs;
  for (const auto& v : values)
    qs.emplace_back(std::string(prefix) + (fold ? text::Fold(v) : text::NormaliseAndLower(v)));
  return Xapian::Query(Xapian::Query::OP_OR, qs.begin(), qs.end());
}

}  // namespace

std::string DateBound(const std::string& value, bool end) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int y = -1, m = -1, d = -1;
  std::vector<std::string> parts;
  std::string cur;
  for (char c : value) {
    if (c == '-' || c == '/' || c == '.') {
      parts.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  parts.push_back(cur);
  if (parts.size() >= 1 && parts[0].size() == 4) {  // ISO order
    y = Digits(parts[0]);
    if (parts.size() >= 2) m = Digits(parts[1]);
    if (parts.size() == 3) d = Digits(parts[2]);
    if (parts.size() > 3) y = -1;
  } else if (parts.size() == 3) {  // Vietnamese d/m/yyyy
    d = Digits(parts[0]);
    m = Digits(parts[1]);
    y = Digits(parts[2]);
  } else if (parts.size() == 2 && parts[1].size() == 4) {  // m/yyyy
    m = Digits(parts[0]);
    y = Digits(parts[1]);
  }
  if (y < 1900 || y > 2200 || (parts.size() > 1 && (m < 1 || m > 12)))
    throw UsageError("bad date '" + value + "': use YYYY, YYYY-MM, YYYY-MM-DD or D/M/YYYY");
  if (m < 0) m = end ? 12 : 1;
  int last = kDays[m - 1] + (m == 2 && indexer::IsValidDate(y, 2, 29) ? 1 : 0);
  if (d < 0) d = end ? last : 1;
  if (!indexer::IsValidDate(y, m, d)) throw UsageError("bad date '" + value + "': no such day");
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", y, m, d);
  return buf;
}

struct Searcher::Impl {
  Xapian::Database db;
};

Searcher::Searcher(const std::string& index_dir) : impl_(std::make_unique<Impl>()) {
  if (!std::filesystem::exists(index_dir))
    throw UsageError(index_dir + ": no index here (run `vnarchive index` first)");
  try {
    impl_->db = Xapian::Database(index_dir);
  } catch (const Xapian::Error& e) {
    throw CorruptError(index_dir + ": cannot open index: " + e.get_description());
  }
}

Searcher::~Searcher() = default;

SearchResult Searcher::Search(const SearchRequest& r) const {
  QueryBuilder builder;
  ParsedQuery parsed = builder.Parse(r.text, r.expand_places);
  Xapian::Query q = parsed.query;
  auto filter = [&](const Xapian::Query& f) { q = Xapian::Query(Xapian::Query::OP_FILTER, q, f); };
  if (!r.places.empty()) {
    std::vector<std::string> places;
    for (const auto& p : r.places) {
      if (!r.expand_places) {
        places.push_back(p);
        continue;
      }
      for (const auto& e : AliasExpander::ExpandPlaceName(p)) places.push_back(e);
    }
    filter(FilterTerms(schema::kPlace, places, true));
  }
  if (!r.orgs.empty()) filter(FilterTerms(schema::kOrg, r.orgs, true));
  if (!r.people.empty()) filter(FilterTerms(schema::kPerson, r.people, true));
  if (!r.types.empty()) filter(FilterTerms(schema::kEventType, r.types, false));
  if (!r.sources.empty()) filter(FilterTerms(schema::kSource, r.sources, true));
  if (!r.since.empty() || !r.until.empty()) {
    std::string lo = r.since.empty() ? "00000000" : DateBound(r.since, false);
    std::string hi = r.until.empty() ? "99999999" : DateBound(r.until, true);
    if (lo > hi) throw UsageError("--since " + r.since + " is after --until " + r.until);
    if (r.date_field == "published") {
      filter(Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kSlotPublished, lo + "0000",
                           hi + "2359"));
    } else if (r.date_field == "event") {
      // An event interval overlaps [lo, hi]: starts on or before hi and ends on or after lo.
      filter(Xapian::Query(Xapian::Query::OP_AND,
                           Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotEventStart, hi),
                           Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kSlotEventEnd, lo)));
    } else {
      throw UsageError("--date-field must be 'published' or 'event', not '" + r.date_field + "'");
    }
  }

  SearchResult result;
  try {
    Xapian::Enquire enquire(impl_->db);
    enquire.set_query(q);
    if (r.sort == "date" || r.sort == "-date") {
      bool newest_first = r.sort == "-date";
      enquire.set_sort_by_value_then_relevance(schema::kSlotPublished, newest_first);
    } else if (r.sort != "relevance") {
      throw UsageError("--sort must be relevance, date or -date, not '" + r.sort + "'");
    } else if (!parsed.has_words) {
      enquire.set_sort_by_value_then_relevance(schema::kSlotPublished, true);
    }
    static const std::vector<std::pair<std::string, unsigned>> kFacetSlots = {
        {"year", schema::kSlotFacetYear},
        {"place", schema::kSlotFacetPlace},
        {"org", schema::kSlotFacetOrg},
        {"person", schema::kSlotFacetPerson},
        {"type", schema::kSlotFacetType}};
    std::vector<std::unique_ptr<FacetSpy>> spies;
    for (const auto& name : r.facets) {
      auto it = std::find_if(kFacetSlots.begin(), kFacetSlots.end(),
                             [&](const auto& f) { return f.first == name; });
      if (it == kFacetSlots.end())
        throw UsageError("unknown facet '" + name + "': use year, place, org, person or type");
      spies.push_back(std::make_unique<FacetSpy>(it->second));
      enquire.add_matchspy(spies.back().get());
    }
    // Facet counts must cover every match, not just the first page.
    Xapian::doccount check = spies.empty() ? 100 : impl_->db.get_doccount();
    Xapian::MSet mset = enquire.get_mset(r.offset, r.limit, check);
    for (size_t f = 0; f < spies.size(); ++f)
      result.facets.push_back({r.facets[f], spies[f]->Top(r.facet_limit)});
    result.total_estimate = mset.get_matches_estimated();
    unsigned rank = r.offset;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      SearchHit hit;
      hit.rank = ++rank;
      hit.score = it.get_weight();
      Xapian::Document doc = it.get_document();
      auto j = nlohmann::json::parse(doc.get_data(), nullptr, false);
      if (!j.is_discarded()) hit.article = indexer::Article::FromJson(j);
      hit.snippet = MakeSnippet(hit.article.BodyText(), parsed.exact_terms, parsed.folded_terms);
      result.hits.push_back(std::move(hit));
    }
  } catch (const Xapian::Error& e) {
    throw CorruptError("search failed: " + e.get_description());
  }
  return result;
}

}  // namespace vn::query
