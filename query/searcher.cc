#include "query/searcher.h"

#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "common/error.h"
#include "common/index_schema.h"
#include "indexer/date_parser.h"
#include "indexer/shard_layout.h"
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

namespace {

// One database of the index: a local path, or a remote one reached over TCP or through a
// program (xapian-progsrv over ssh, say), as a Xapian stub file can list them.
struct Shard {
  enum Kind { kLocal, kTcp, kProgram } kind = kLocal;
  std::string name;  // host:port, the program line, or the path: how messages name it
  std::string path, host, program, args;
  unsigned port = 0;
  bool whole = false;  // the index is this one database, not one shard of several
  Xapian::Database db;
  bool up = false;
};

Shard TcpShard(const std::string& endpoint, const std::string& where) {
  Shard s;
  s.kind = Shard::kTcp;
  s.name = endpoint;
  size_t colon = endpoint.rfind(':');
  std::string host = colon == std::string::npos ? "" : endpoint.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']')  // [::1]:33333
    host = host.substr(1, host.size() - 2);
  int port = colon == std::string::npos ? -1 : Digits(endpoint.substr(colon + 1));
  if (host.empty() || port <= 0 || port > 65535)
    throw UsageError(where + "'" + endpoint + "' is not HOST:PORT");
  s.host = host;
  s.port = static_cast<unsigned>(port);
  return s;
}

// The databases a Xapian stub file lists, as Xapian 1.4 reads it: "auto|glass|chert PATH"
// (relative to the stub's directory), "remote HOST:PORT", "remote :PROGRAM ARGS"; blank
// lines and "#" comments skipped.
std::vector<Shard> ReadStub(const std::string& stub) {
  std::ifstream in(stub);
  if (!in) throw CorruptError(stub + ": cannot read the stub database file");
  std::filesystem::path base = std::filesystem::path(stub).parent_path();
  std::vector<Shard> shards;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::string where = stub + ":" + std::to_string(line_no) + ": ";
    size_t sp = line.find(' ');
    std::string type = line.substr(0, sp);
    std::string rest = sp == std::string::npos ? "" : line.substr(sp + 1);
    if (type == "auto" || type == "glass" || type == "chert") {
      if (rest.empty()) throw CorruptError(where + "no database path");
      Shard s;
      std::filesystem::path p(rest);
      s.path = (p.is_absolute() ? p : base / p).string();
      s.name = s.path;
      shards.push_back(std::move(s));
    } else if (type == "remote" && !rest.empty() && rest[0] == ':') {
      Shard s;
      s.kind = Shard::kProgram;
      s.name = rest;
      size_t space = rest.find(' ');
      s.program = rest.substr(1, space == std::string::npos ? std::string::npos : space - 1);
      s.args = space == std::string::npos ? "" : rest.substr(space + 1);
      shards.push_back(std::move(s));
    } else if (type == "remote") {
      shards.push_back(TcpShard(rest, where));
    } else {
      throw CorruptError(where + "'" + line + "' is not a database line this search can open");
    }
  }
  if (shards.empty()) throw CorruptError(stub + ": lists no databases");
  return shards;
}

// Per-value counts from a built-in count of whole slot values: each joined value
// "A\x1fB" seen n times counts n for A and for B, which is what FacetSpy counts directly.
std::vector<std::pair<std::string, uint64_t>> SplitJoinedCounts(
    Xapian::valueno slot, const Xapian::ValueCountMatchSpy& joined, unsigned limit) {
  std::string serialised = std::to_string(joined.get_total()) + "\n";
  for (auto it = joined.values_begin(); it != joined.values_end(); ++it) {
    const std::string value = *it;
    const std::string count = std::to_string(it.get_termfreq());
    size_t i = 0;
    while (i <= value.size()) {
      size_t j = value.find(schema::kFacetSeparator, i);
      if (j == std::string::npos) j = value.size();
      if (j > i) serialised += count + "\t" + value.substr(i, j - i) + "\n";
      i = j + 1;
    }
  }
  FacetSpy spy(slot);
  spy.merge_results(serialised);
  return spy.Top(limit);
}

}  // namespace

struct Searcher::Impl {
  ShardOptions options;
  std::vector<Shard> shards;
  Xapian::Database db;  // the shards that are up, as one
  // Some shard is remote. xapian-tcpsrv can only rebuild Xapian's own match spies, so
  // facets are then counted with ValueCountMatchSpy over the joined slot and split here;
  // the local path keeps the cheaper FacetSpy.
  bool remote = false;
  std::vector<std::string> missing;

  void OpenShard(Shard& s) {
    if (s.kind == Shard::kLocal)
      s.db = Xapian::Database(s.path);
    else if (s.kind == Shard::kTcp)
      s.db = Xapian::Remote::open(s.host, s.port, options.timeout_ms, options.timeout_ms);
    else
      s.db = Xapian::Remote::open(s.program, s.args, options.timeout_ms);
    s.up = true;
  }

  // Without `partial`, a shard that fails fails the search: leaving out a part of the
  // index silently would return wrong counts and miss documents.
  void Lose(Shard& s, const std::string& what, const std::string& reason) {
    s.up = false;
    if (s.whole) throw CorruptError(s.name + ": cannot open index: " + reason);
    if (!options.partial)
      throw CorruptError("shard " + s.name + " " + what + ": " + reason +
                         " (search with --partial to leave it out)");
    missing.push_back(s.name + ": " + what + ": " + reason);
  }

  void OpenAll() {
    for (Shard& s : shards) {
      remote |= s.kind != Shard::kLocal;
      try {
        OpenShard(s);
      } catch (const Xapian::Error& e) {
        Lose(s, s.kind == Shard::kLocal ? "cannot be opened" : "is unreachable",
             e.get_description());
      }
    }
    Combine();
    CheckRemoteCoverage();
  }

  void Combine() {
    db = Xapian::Database();
    size_t up = 0;
    for (const Shard& s : shards)
      if (s.up) {
        db.add_database(s.db);
        ++up;
      }
    if (up == 0) {
      std::string all;
      for (const auto& m : missing) all += (all.empty() ? "" : "; ") + m;
      throw CorruptError("no shard of the index could be opened: " + all);
    }
  }

  // Remote shards built by `vnarchive index --shards/--shard` say which of how many they
  // are: a list that names one twice, mixes splits or leaves one out would give wrong
  // results without any error, so it is refused (a left-out shard is only reported with
  // `partial`). Shards without that metadata (plain indexes), and servers that serve
  // several databases at once (their uuid lists each), cannot be checked.
  void CheckRemoteCoverage() {
    if (!remote) return;
    unsigned count = 0;
    std::map<unsigned, std::string> by_number;
    for (const Shard& s : shards) {
      if (!s.up) continue;
      std::string meta, uuid;
      try {
        meta = s.db.get_metadata(indexer::kShardMetadataKey);
        uuid = s.db.get_uuid();
      } catch (const Xapian::Error&) {
        return;  // the search itself will name a shard that stops answering
      }
      size_t slash = meta.find('/');
      int n = slash == std::string::npos ? -1 : Digits(meta.substr(0, slash));
      int m = slash == std::string::npos ? -1 : Digits(meta.substr(slash + 1));
      if (n < 0 || m <= 0 || uuid.find(':') != std::string::npos) return;
      if (count != 0 && static_cast<unsigned>(m) != count)
        throw CorruptError("shard " + s.name + " is shard " + meta + " but " +
                           by_number.begin()->second + " belongs to a " + std::to_string(count) +
                           "-shard split: they are not parts of one index");
      count = m;
      auto [it, fresh] = by_number.emplace(n, s.name);
      if (!fresh)
        throw CorruptError("shards " + it->second + " and " + s.name + " are both shard " + meta +
                           ": each document would count twice");
    }
    if (count == 0 || shards.size() >= count) return;
    for (unsigned n = 0; n < count; ++n) {
      if (by_number.count(n)) continue;
      std::string name = "shard " + std::to_string(n) + "/" + std::to_string(count);
      if (!options.partial)
        throw CorruptError(name + " is not among the shards given (" +
                           std::to_string(shards.size()) + " of " + std::to_string(count) +
                           "); search with --partial to leave it out");
      missing.push_back(name + ": not among the shards given");
    }
  }

  // After a network error in a search: which remote shards are down now? Reconnects the
  // rest (a connection that saw an error cannot be trusted again). Returns how many were
  // lost.
  size_t Recheck() {
    size_t lost = 0;
    for (Shard& s : shards) {
      if (!s.up || s.kind == Shard::kLocal) continue;
      try {
        OpenShard(s);
      } catch (const Xapian::Error& e) {
        ++lost;
        Lose(s, "stopped answering", e.get_description());
      }
    }
    if (lost) Combine();
    return lost;
  }
};

Searcher::Searcher(const std::string& index_dir, const ShardOptions& options)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  std::error_code ec;
  if (!std::filesystem::exists(index_dir, ec))
    throw UsageError(index_dir + ": no index here (run `vnarchive index` first)");
  std::string stub = std::filesystem::is_directory(index_dir, ec)
                         ? index_dir + "/XAPIANDB"
                         : index_dir;  // a stub file named directly
  if (std::filesystem::exists(stub, ec) && !std::filesystem::exists(index_dir + "/iamglass", ec)) {
    impl_->shards = ReadStub(stub);
  } else {
    Shard s;
    s.path = s.name = index_dir;
    s.whole = true;
    impl_->shards.push_back(std::move(s));
  }
  impl_->OpenAll();
}

Searcher::Searcher(const std::vector<std::string>& remote, const ShardOptions& options)
    : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
  if (remote.empty()) throw UsageError("--remote: no HOST:PORT given");
  for (const auto& endpoint : remote) impl_->shards.push_back(TcpShard(endpoint, "--remote: "));
  impl_->OpenAll();
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

  for (int attempt = 0;; ++attempt) {
    try {
      return Run(q, parsed, r);
    } catch (const Xapian::NetworkError& e) {
      // A remote shard went away mid-search: name it, or (partial) search the others.
      if (attempt > 0 || impl_->Recheck() == 0)
        throw CorruptError("search failed: " + e.get_description());
    }
  }
}

SearchResult Searcher::Run(const Xapian::Query& q, const ParsedQuery& parsed,
                           const SearchRequest& r) const {
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
    std::vector<unsigned> slots;
    std::vector<std::unique_ptr<FacetSpy>> spies;
    std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> remote_spies;
    for (const auto& name : r.facets) {
      auto it = std::find_if(kFacetSlots.begin(), kFacetSlots.end(),
                             [&](const auto& f) { return f.first == name; });
      if (it == kFacetSlots.end())
        throw UsageError("unknown facet '" + name + "': use year, place, org, person or type");
      slots.push_back(it->second);
      if (impl_->remote) {
        remote_spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(it->second));
        enquire.add_matchspy(remote_spies.back().get());
      } else {
        spies.push_back(std::make_unique<FacetSpy>(it->second));
        enquire.add_matchspy(spies.back().get());
      }
    }
    // Facet counts must cover every match, not just the first page.
    Xapian::doccount check = slots.empty() ? 100 : impl_->db.get_doccount();
    Xapian::MSet mset = enquire.get_mset(r.offset, r.limit, check);
    for (size_t f = 0; f < slots.size(); ++f) {
      if (impl_->remote)
        result.facets.push_back(
            {r.facets[f], SplitJoinedCounts(slots[f], *remote_spies[f], r.facet_limit)});
      else
        result.facets.push_back({r.facets[f], spies[f]->Top(r.facet_limit)});
    }
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
  } catch (const Xapian::NetworkError&) {
    throw;  // Search decides which shard failed
  } catch (const Xapian::Error& e) {
    throw CorruptError("search failed: " + e.get_description());
  }
  result.missing_shards = impl_->missing;
  return result;
}

}  // namespace vn::query
