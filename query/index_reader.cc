#include "query/index_reader.h"

#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

#include "common/error.h"
#include "common/index_schema.h"
#include "indexer/agreement_extractor.h"
#include "indexer/gazetteer.h"
#include "query/facet_spy.h"
#include "text/analyser.h"

namespace vn::query {

namespace {

uint64_t DirectoryBytes(const std::string& dir, uint64_t* files = nullptr) {
  uint64_t total = 0;
  std::error_code ec;
  if (!std::filesystem::exists(dir, ec)) return 0;
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) break;
    if (it->is_regular_file(ec)) {
      total += it->file_size(ec);
      if (files) ++*files;
    }
  }
  return total;
}

indexer::Article Decode(const Xapian::Document& doc) {
  auto j = nlohmann::json::parse(doc.get_data(), nullptr, false);
  return j.is_discarded() ? indexer::Article{} : indexer::Article::FromJson(j);
}

std::string IsoDay(const std::string& sortkey) {
  if (sortkey.size() < 8) return "";
  return sortkey.substr(0, 4) + "-" + sortkey.substr(4, 2) + "-" + sortkey.substr(6, 2);
}

}  // namespace

struct IndexReader::Impl {
  Xapian::Database db;
  std::string dir;
};

IndexReader::IndexReader(const std::string& index_dir) : impl_(std::make_unique<Impl>()) {
  impl_->dir = index_dir;
  if (!std::filesystem::exists(index_dir))
    throw UsageError(index_dir + ": no index here (run `vnarchive index` first)");
  try {
    impl_->db = Xapian::Database(index_dir);
  } catch (const Xapian::Error& e) {
    throw CorruptError(index_dir + ": cannot open index: " + e.get_description());
  }
}

IndexReader::~IndexReader() = default;

std::optional<indexer::Article> IndexReader::Find(const std::string& key) const {
  Xapian::Database& db = impl_->db;
  auto first = [&](const std::string& term) -> std::optional<indexer::Article> {
    Xapian::PostingIterator p = db.postlist_begin(term);
    if (p == db.postlist_end(term)) return std::nullopt;
    return Decode(db.get_document(*p));
  };
  if (key.find("://") != std::string::npos) {
    std::string term = std::string(schema::kUrl) + key;
    if (auto a = first(term)) return a;
    // Documents are keyed by canonical URL; fall back to a scan of the stored URLs.
    return std::nullopt;
  }
  if (auto a = first(std::string(schema::kId) + key)) return a;
  if (key.size() >= 8) {
    std::optional<indexer::Article> found;
    std::string prefix = std::string(schema::kId) + key;
    for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
      if (found) throw UsageError("id prefix '" + key + "' is ambiguous");
      found = first(*t);
    }
    return found;
  }
  return std::nullopt;
}

IndexStats IndexReader::Stats(const std::string& archive_dir) const {
  IndexStats s;
  Xapian::Database& db = impl_->db;
  s.documents = db.get_doccount();
  std::string prefix = schema::kSource;
  for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
    std::string name = (*t).substr(prefix.size());
    // XS shares its first letters with XSF (folded title words): skip those.
    if ((*t).rfind(schema::kTitleFolded, 0) == 0) continue;
    s.sources.emplace_back(name, t.get_termfreq());
  }
  s.first_published = IsoDay(db.get_value_lower_bound(schema::kSlotPublished));
  s.last_published = IsoDay(db.get_value_upper_bound(schema::kSlotPublished));
  auto top = [&](Xapian::valueno slot, size_t limit) {
    FacetTable table(db, slot);
    return TopValues(table, table.Totals(), limit);
  };
  s.top_places = top(schema::kSlotFacetPlace, 10);
  s.top_orgs = top(schema::kSlotFacetOrg, 10);
  s.top_types = top(schema::kSlotFacetType, 10);
  s.years = top(schema::kSlotFacetYear, 100);
  std::sort(s.years.begin(), s.years.end());
  s.index_bytes = DirectoryBytes(impl_->dir);
  s.archive_bytes = DirectoryBytes(archive_dir, &s.archive_files);
  return s;
}

std::vector<Meeting> IndexReader::Meetings(const std::string& partner,
                                           const std::string& source_province,
                                           unsigned limit) const {
  const indexer::Gazetteer& gz = indexer::Gazetteer::Default();
  std::set<std::string> names{partner};
  for (const auto* e : gz.Lookup(partner)) names.insert(e->name);
  std::vector<Xapian::Query> partner_terms;
  for (const auto& n : names) {
    partner_terms.emplace_back(std::string(schema::kPartner) + text::Fold(n));
    partner_terms.emplace_back(std::string(schema::kOrg) + text::Fold(n));
  }
  Xapian::Query q(Xapian::Query::OP_OR, partner_terms.begin(), partner_terms.end());
  if (!source_province.empty()) {
    std::vector<Xapian::Query> we;
    std::set<std::string> provinces{source_province};
    for (const auto* e : gz.Lookup(source_province)) provinces.insert(e->name);
    for (const auto& p : provinces)
      we.emplace_back(std::string(schema::kSourceProvince) + text::Fold(p));
    q = Xapian::Query(Xapian::Query::OP_FILTER, q,
                      Xapian::Query(Xapian::Query::OP_OR, we.begin(), we.end()));
  }
  Xapian::Enquire enquire(impl_->db);
  enquire.set_query(q);
  Xapian::MSet mset = enquire.get_mset(0, impl_->db.get_doccount());
  std::vector<Meeting> out;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Meeting m;
    m.article = Decode(it.get_document());
    const auto& a = m.article;
    // The event's own date: the first day-granular event date, else the publication day.
    for (const auto& d : a.event_dates)
      if (d.granularity == "day") {
        m.date = d.value;
        break;
      }
    if (m.date.empty()) m.date = a.published.substr(0, 10);
    m.type = a.event_type;
    std::set<std::string> seen;
    for (const auto& p : a.places)
      if (seen.insert(p.canonical).second) m.places.push_back(p.canonical);
    std::set<std::string> people_seen;
    for (const auto& p : a.people)
      if (people_seen.insert(p.name).second) m.people.push_back(p);
    // Records indexed before agreements were extracted get them now.
    for (const auto& g : a.agreements.empty() && a.body.size()
                             ? indexer::ExtractAgreements(a.title, a.BodyText())
                             : a.agreements)
      m.agreements.push_back(g.name);
    out.push_back(std::move(m));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Meeting& x, const Meeting& y) { return x.date > y.date; });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace vn::query
