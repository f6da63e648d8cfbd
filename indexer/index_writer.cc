#include "indexer/index_writer.h"

#include <xapian.h>

#include <algorithm>
#include <set>
#include <string_view>
#include <vector>

#include "common/error.h"
#include "common/index_schema.h"
#include "indexer/alias_expander.h"
#include "indexer/date_parser.h"
#include "indexer/extractor.h"
#include "indexer/pair_sketch.h"
#include "text/analyser.h"

namespace vn::indexer {

namespace {

constexpr size_t kMaxTermBytes = 200;  // Xapian's limit is 245 bytes including the prefix
constexpr unsigned kTitleWdf = 5;      // a title word counts as much as five body mentions
constexpr unsigned kParagraphGap = 8;  // so phrases do not match across paragraphs

std::string Host(const std::string& url) {
  size_t s = url.find("://");
  if (s == std::string::npos) return "";
  s += 3;
  size_t e = url.find_first_of(":/?#", s);
  std::string host = url.substr(s, e == std::string::npos ? std::string::npos : e - s);
  std::transform(host.begin(), host.end(), host.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return host;
}

// A facet value as a boolean term: accent-free lower case, so facets match however the
// user types them.
std::string FacetTerm(const char* prefix, const std::string& value) {
  std::string t = std::string(prefix) + text::Fold(value);
  if (t.size() > kMaxTermBytes) t.resize(kMaxTermBytes);
  return t;
}

}  // namespace

struct IndexWriter::Impl {
  ShardSpec spec;
  int flags = Xapian::DB_CREATE_OR_OPEN;
  std::vector<Xapian::WritableDatabase> dbs;  // one per held shard, in spec.Held() order
  std::vector<std::string> paths;

  void Open(const std::string& path) {
    try {
      dbs.push_back(Xapian::WritableDatabase(path, flags));
      paths.push_back(path);
      Xapian::WritableDatabase& db = dbs.back();
      // A new database says what it holds; an older one without the key keeps saying
      // nothing, since its documents lack the newer terms.
      if (db.get_doccount() == 0 && db.get_metadata(schema::kSchemaVersionKey).empty())
        db.set_metadata(schema::kSchemaVersionKey, schema::kSchemaVersion);
    } catch (const Xapian::DatabaseLockError& e) {
      throw Error(ExitCode::kLocked, path + ": index is locked by another writer");
    } catch (const Xapian::Error& e) {
      throw CorruptError(path + ": cannot open index: " + e.get_description());
    }
  }
  void OpenLayout(const std::string& index_dir) {
    if (!spec.sharded()) return Open(index_dir);
    for (unsigned n : spec.Held()) Open(ShardPath(index_dir, n));
  }
  // The database that holds (or would hold) the document, or -1 when no shard here does.
  int Route(std::string_view document_id) const {
    if (!spec.sharded()) return 0;
    unsigned shard = ShardOf(document_id, spec.count);
    if (spec.only >= 0) return static_cast<int>(shard) == spec.only ? 0 : -1;
    return static_cast<int>(shard);
  }
};

IndexWriter::IndexWriter(const std::string& index_dir) : impl_(std::make_unique<Impl>()) {
  impl_->spec = ReadShardSpec(index_dir);
  impl_->OpenLayout(index_dir);
}

IndexWriter::IndexWriter(const std::string& index_dir, const ShardSpec& spec)
    : impl_(std::make_unique<Impl>()) {
  PrepareShardLayout(index_dir, spec);
  impl_->spec = spec;
  impl_->OpenLayout(index_dir);
}

std::unique_ptr<IndexWriter> IndexWriter::OpenScratch(const std::string& dir) {
  std::unique_ptr<IndexWriter> writer(new IndexWriter());
  writer->impl_ = std::make_unique<Impl>();
  writer->impl_->flags = Xapian::DB_CREATE_OR_OPEN | Xapian::DB_NO_SYNC;
  writer->impl_->Open(dir);
  return writer;
}

IndexWriter::IndexWriter(const std::string& index_dir, unsigned shards)
    : IndexWriter(index_dir, shards <= 1 ? ShardSpec{} : ShardSpec{shards, -1}) {}

IndexWriter::~IndexWriter() {
  if (!impl_) return;
  for (auto& db : impl_->dbs) {
    try {
      db.close();
    } catch (...) {
    }
  }
}

ShardSpec IndexWriter::Layout(const std::string& index_dir) { return ReadShardSpec(index_dir); }

unsigned IndexWriter::ShardCount(const std::string& index_dir) {
  return ReadShardSpec(index_dir).count;
}

const ShardSpec& IndexWriter::layout() const { return impl_->spec; }

bool IndexWriter::Holds(const std::string& document_id) const {
  return impl_->Route(document_id) >= 0;
}

static Xapian::Document BuildDocument(const Article& a, const std::string& id_term,
                                      bool folded_terms) {
  static thread_local text::Analyser analyser;
  Xapian::Document doc;
  doc.add_boolean_term(id_term);
  std::string url = a.canonical_url.empty() ? a.url : a.canonical_url;
  if (!url.empty()) {
    std::string uterm = std::string(schema::kUrl) + url;
    if (uterm.size() > kMaxTermBytes) uterm = std::string(schema::kUrl) + Sha1Hex(url);
    doc.add_boolean_term(uterm);
    std::string host = Host(url);
    if (!host.empty()) doc.add_boolean_term(std::string(schema::kHost) + host);
  }
  doc.add_boolean_term(std::string(schema::kMime) + "text/html");

  unsigned pos = 1;
  std::string folded_term;
  const AliasExpander& aliases = AliasExpander::Default();
  PairSketch sketch;  // each accent-free word with the one before it, where side by side
  unsigned last_p = 0;
  std::string last_folded;
  auto add_text = [&](const std::string& text, bool is_title) {
    unsigned length = 0;
    const std::vector<text::Token> tokens = analyser.Analyse(text);
    if (folded_terms)
      for (size_t i = 0; i < tokens.size(); ++i)
        aliases.TagForms(tokens, i, [&](size_t group) { doc.add_term(aliases.GroupTerm(group)); });
    for (const text::Token& t : tokens) {
      length = t.position + 1;
      if (t.term.empty() || t.term.size() > kMaxTermBytes) continue;
      unsigned p = pos + t.position;
      unsigned wdf = is_title ? kTitleWdf : 1;
      if (!folded_terms) {
        doc.add_posting(t.term, p, wdf);
        continue;
      }
      // Positions only for the accent-free form, which phrases are matched on: the exact
      // form only says which documents hold it (half the position data, the bulk of an
      // index, and of the time to write it).
      doc.add_term(t.term, wdf);
      folded_term.assign(schema::kFolded).append(t.folded);
      doc.add_posting(folded_term, p, wdf);
      if (p == last_p + 1) sketch.Add(last_folded, t.folded);
      last_p = p;
      last_folded = t.folded;
      if (is_title) {
        doc.add_term(std::string(schema::kTitle) + t.term);
        doc.add_term(std::string(schema::kTitleFolded) + t.folded);
      }
    }
    pos += length + kParagraphGap;  // the next block starts after a gap
  };
  add_text(a.title, true);
  for (const std::string& para : a.body) add_text(para, false);
  if (!sketch.empty()) doc.add_value(schema::kSlotPairSketch, sketch.Serialise());

  if (!a.published.empty()) {
    if (auto dt = ParseMachineDate(a.published)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d%02d%02d", dt->year, dt->month, dt->day);
      std::string ymd = buf;
      doc.add_boolean_term(std::string(schema::kDay) + ymd);
      doc.add_boolean_term(std::string(schema::kMonth) + ymd.substr(0, 6));
      doc.add_boolean_term(std::string(schema::kYear) + ymd.substr(0, 4));
      doc.add_value(schema::kSlotPublished, dt->SortKey());
      doc.add_value(schema::kSlotFacetYear, ymd.substr(0, 4));
    }
  }
  std::string event_start, event_end;
  std::set<std::string> event_years;
  for (const EventDate& d : a.event_dates) {
    // value: "2024-09-19", "2024-09", "2024", "2024-Q3" or "A/B"
    std::string first = d.value.substr(0, d.value.find('/'));
    std::string last =
        d.value.find('/') == std::string::npos ? d.value : d.value.substr(d.value.find('/') + 1);
    auto compact = [](const std::string& v, bool end) {
      std::string digits;
      for (char c : v)
        if (c >= '0' && c <= '9') digits += c;
      if (v.find('Q') != std::string::npos && digits.size() == 5) {
        int q = digits[4] - '0';
        char buf[16];
        std::snprintf(buf, sizeof buf, "%s%02d%s", digits.substr(0, 4).c_str(),
                      end ? q * 3 : q * 3 - 2, end ? "31" : "01");
        return std::string(buf);
      }
      if (digits.size() == 4) return digits + (end ? "1231" : "0101");
      if (digits.size() == 6) return digits + (end ? "31" : "01");
      return digits.substr(0, 8);
    };
    std::string s = compact(first, false), e = compact(last, true);
    if (s.size() != 8 || e.size() != 8) continue;
    if (event_start.empty() || s < event_start) event_start = s;
    if (event_end.empty() || e > event_end) event_end = e;
    event_years.insert(s.substr(0, 4));
  }
  if (!event_start.empty()) {
    doc.add_value(schema::kSlotEventStart, event_start);
    doc.add_value(schema::kSlotEventEnd, event_end);
  }
  for (const auto& y : event_years) doc.add_boolean_term(std::string(schema::kEventYear) + y);
  // Facets: a boolean term per value for filtering, and the display values in a slot for
  // counting.
  auto facet = [&](const char* prefix, unsigned slot, const std::vector<std::string>& values) {
    std::set<std::string> seen;
    std::string joined;
    for (const std::string& raw : values) {
      // One tone style for display, so "Thuý" and "Thúy" count as one person.
      std::string v = text::Normalise(raw);
      if (v.empty() || !seen.insert(v).second) continue;
      doc.add_boolean_term(FacetTerm(prefix, v));
      if (!joined.empty()) joined += schema::kFacetSeparator;
      joined += v;
    }
    if (!joined.empty()) doc.add_value(slot, joined);
  };
  std::vector<std::string> places, orgs, people;
  if (!a.source_province.empty()) places.push_back(a.source_province);
  for (const Place& pl : a.places) places.push_back(pl.canonical);
  for (const Organisation& o : a.organisations)
    orgs.push_back(o.canonical.empty() ? o.name : o.canonical);
  for (const Person& pe : a.people) people.push_back(pe.name);
  facet(schema::kPlace, schema::kSlotFacetPlace, places);
  facet(schema::kOrg, schema::kSlotFacetOrg, orgs);
  facet(schema::kPerson, schema::kSlotFacetPerson, people);
  doc.add_value(schema::kSlotFacetType, a.event_type);
  for (const std::string& partner : a.partners)
    doc.add_boolean_term(FacetTerm(schema::kPartner, partner));
  doc.add_boolean_term(std::string(schema::kEventType) + a.event_type);
  if (!a.source.empty()) doc.add_boolean_term(FacetTerm(schema::kSource, a.source));
  if (!a.source_province.empty())
    doc.add_boolean_term(FacetTerm(schema::kSourceProvince, a.source_province));
  if (!a.warc_file.empty()) doc.add_value(schema::kSlotWarcFile, a.warc_file);
  if (!a.capture_date.empty()) doc.add_value(schema::kSlotCaptureDate, a.capture_date);

  doc.set_data(a.ToJson().dump());
  return doc;
}

PreparedDocument IndexWriter::Prepare(const Article& a, bool folded_terms) {
  PreparedDocument p;
  p.id_term = std::string(schema::kId) + a.id;
  p.capture_date = a.capture_date;
  p.url = a.url;
  p.doc = BuildDocument(a, p.id_term, folded_terms);
  return p;
}

bool IndexWriter::Add(const Article& a) { return AddPrepared(Prepare(a)); }

bool IndexWriter::AddPrepared(const PreparedDocument& p) {
  int shard = impl_->Route(std::string_view(p.id_term).substr(std::string(schema::kId).size()));
  if (shard < 0) return false;
  Xapian::WritableDatabase& db = impl_->dbs[shard];
  try {
    // Keep the newest capture of a page.
    Xapian::PostingIterator it = db.postlist_begin(p.id_term);
    if (it != db.postlist_end(p.id_term)) {
      Xapian::Document existing = db.get_document(*it);
      std::string existing_date = existing.get_value(schema::kSlotCaptureDate);
      if (!existing_date.empty() && !p.capture_date.empty() && existing_date > p.capture_date)
        return false;
    }
    db.replace_document(p.id_term, p.doc);
  } catch (const Xapian::Error& e) {
    throw CorruptError(impl_->paths[shard] + ": cannot write document " + p.url + ": " +
                       e.get_description());
  }
  return true;
}

void IndexWriter::Commit() {
  for (size_t i = 0; i < impl_->dbs.size(); ++i) {
    try {
      impl_->dbs[i].commit();
    } catch (const Xapian::Error& e) {
      throw CorruptError(impl_->paths[i] + ": commit failed: " + e.get_description());
    }
  }
}

uint64_t IndexWriter::document_count() const {
  uint64_t n = 0;
  for (const auto& db : impl_->dbs) n += db.get_doccount();
  return n;
}

}  // namespace vn::indexer
