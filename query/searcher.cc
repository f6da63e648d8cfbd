#include "query/searcher.h"

#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string_view>
#include <thread>
#include <unordered_map>

#include "common/error.h"
#include "common/index_schema.h"
#include "indexer/alias_expander.h"
#include "indexer/date_parser.h"
#include "indexer/shard_layout.h"
#include "query/docid_part_source.h"
#include "query/facet_spy.h"
#include "query/hit_record.h"
#include "query/pair_sketch_filter.h"
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

// Values by descending count, then by value; at most `limit`.
template <typename Counts>
std::vector<std::pair<std::string, uint64_t>> TopOf(const Counts& counts, unsigned limit) {
  std::vector<std::pair<std::string_view, uint64_t>> all(counts.begin(), counts.end());
  auto better = [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  };
  size_t n = std::min<size_t>(limit, all.size());
  std::partial_sort(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(n), all.end(), better);
  std::vector<std::pair<std::string, uint64_t>> out;
  for (size_t i = 0; i < n; ++i) out.emplace_back(std::string(all[i].first), all[i].second);
  return out;
}

// Result sets smaller than this are counted exactly rather than estimated.
constexpr Xapian::doccount kExactBelow = 200;

// Per-value counts from a built-in count of whole slot values: each joined value
// "A\x1fB" seen n times counts n for A and for B, as FacetSpy counts them locally.
std::vector<std::pair<std::string, uint64_t>> SplitJoinedCounts(
    const Xapian::ValueCountMatchSpy& joined, unsigned limit) {
  std::map<std::string, uint64_t> counts;
  for (auto it = joined.values_begin(); it != joined.values_end(); ++it) {
    const std::string joined = *it;
    ForEachFacetValue(joined,
                      [&](std::string_view v) { counts[std::string(v)] += it.get_termfreq(); });
  }
  return TopOf(counts, limit);
}

// Positions of `term` in document `did`, ascending; empty when it has none.
std::vector<Xapian::termpos> Positions(const Xapian::Database& db, Xapian::docid did,
                                       const std::string& term) {
  std::vector<Xapian::termpos> out;
  for (auto p = db.positionlist_begin(did, term); p != db.positionlist_end(did, term); ++p)
    out.push_back(*p);
  return out;
}

// Does some position in `a` have its successor in `b`? Both ascending.
bool Adjacent(const std::vector<Xapian::termpos>& a, const std::vector<Xapian::termpos>& b) {
  size_t j = 0;
  for (Xapian::termpos p : a) {
    while (j < b.size() && b[j] < p + 1) ++j;
    if (j == b.size()) return false;
    if (b[j] == p + 1) return true;
  }
  return false;
}

// The share of each run's neighbouring word pairs that stand side by side, in the order
// typed, somewhere in the document: 1 when every run appears as typed.
double WordOrderShare(const Xapian::Database& db, Xapian::docid did,
                      const std::vector<std::vector<std::string>>& runs) {
  std::map<std::string, std::vector<Xapian::termpos>> positions;
  auto of = [&](const std::string& term) -> const std::vector<Xapian::termpos>& {
    auto it = positions.find(term);
    if (it == positions.end()) it = positions.emplace(term, Positions(db, did, term)).first;
    return it->second;
  };
  size_t pairs = 0, in_order = 0;
  for (const auto& run : runs)
    for (size_t i = 0; i + 1 < run.size(); ++i) {
      ++pairs;
      in_order += Adjacent(of(run[i]), of(run[i + 1]));
    }
  return pairs == 0 ? 0 : static_cast<double>(in_order) / static_cast<double>(pairs);
}

// How the ranking pass orders matches: by weight, or by publication date then weight.
struct RankOrder {
  bool by_date = false;
  bool newest_first = false;  // with by_date
};

// The first matches of a search in its order, and how many it matches.
struct RankedMatches {
  struct Entry {
    Xapian::docid did;
    double weight;
    std::string key;  // the sort value, with RankOrder::by_date
  };
  std::vector<Entry> entries;
  Xapian::doccount estimated = 0;
};

// Xapian's order of results: the sort value (with by_date), then weight, then document id.
bool RanksBefore(const RankedMatches::Entry& a, const RankedMatches::Entry& b, RankOrder order) {
  if (order.by_date && a.key != b.key) return order.newest_first ? a.key > b.key : a.key < b.key;
  if (a.weight != b.weight) return a.weight > b.weight;
  return a.did < b.did;
}

// The first `want` matches of `query`. With `count_small`, a result set with fewer than
// kExactBelow matches is counted exactly: an estimate off by a few reads as a mistake (and
// would differ with the split into shards or parts).
RankedMatches RankMatches(const Xapian::Database& db, const Xapian::Query& query, RankOrder order,
                          Xapian::doccount want, bool count_small) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  if (order.by_date)
    enquire.set_sort_by_value_then_relevance(schema::kSlotPublished, order.newest_first);
  Xapian::MSet mset = enquire.get_mset(0, want);
  if (count_small && mset.get_matches_lower_bound() != mset.get_matches_upper_bound() &&
      mset.get_matches_upper_bound() < kExactBelow)
    mset = enquire.get_mset(0, want, mset.get_matches_upper_bound());
  RankedMatches out;
  out.estimated = mset.get_matches_estimated();
  for (auto it = mset.begin(); it != mset.end(); ++it)
    out.entries.push_back({*it, it.get_weight(), order.by_date ? it.get_sort_key() : ""});
  return out;
}

// The first `want` matches of two searches over disjoint documents, as one search of both.
RankedMatches MergeRanked(RankedMatches a, RankedMatches b, RankOrder order,
                          Xapian::doccount want) {
  RankedMatches out;
  out.estimated = a.estimated + b.estimated;
  std::merge(std::make_move_iterator(a.entries.begin()), std::make_move_iterator(a.entries.end()),
             std::make_move_iterator(b.entries.begin()), std::make_move_iterator(b.entries.end()),
             std::back_inserter(out.entries),
             [&](const auto& x, const auto& y) { return RanksBefore(x, y, order); });
  if (out.entries.size() > want) out.entries.resize(want);
  return out;
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
  // A second handle on the same local databases, for a helper thread: reading the shown
  // documents and their word positions on both cores halves that part of a search.
  // Unused (false) for remote shards, or when a commit landed between the two openings.
  Xapian::Database helper;
  std::vector<Xapian::Database> helper_shards;    // helper's databases, by index in `shards`
  bool has_helper = false, helper_tried = false;  // opened on first use
  bool names_tagged = true;                       // every database holds name terms (schema 2)

  void OpenHelper() {
    helper_tried = true;
    if (remote) return;
    try {
      Xapian::Database h;
      std::vector<Xapian::Database> parts(shards.size());
      for (size_t k = 0; k < shards.size(); ++k) {
        const Shard& s = shards[k];
        if (!s.up) continue;
        Xapian::Database again(s.path);
        if (again.get_revision() != s.db.get_revision()) return;
        h.add_database(again);
        parts[k] = again;
      }
      helper = h;
      helper_shards = std::move(parts);
      has_helper = true;
    } catch (const Xapian::Error&) {
      has_helper = false;  // searching goes on with one thread
    }
  }

  // The helper thread: runs one task at a time. Kept for the Searcher's life because a new
  // thread per search cost more than it saved. A search hands it two to four tasks in quick
  // succession, and waking a sleeping thread costs about 30 µs here, so both sides first
  // spin for a while (kIdleSpin, kWaitSpin) and only then sleep on a condition variable.
  static constexpr std::chrono::microseconds kIdleSpin{300}, kWaitSpin{5000};
  std::thread worker;
  std::mutex mutex;  // orders the sleeping waits with the wake-ups
  std::condition_variable wake, done;
  std::function<void()> task;  // written before `posted` moves on, read after
  std::atomic<uint64_t> posted{0}, finished{0};
  std::atomic<bool> stopping{false};

  // Spins until pred() holds or `budget` has passed; returns pred().
  template <typename P>
  static bool SpinFor(P pred, std::chrono::microseconds budget) {
    const auto until = std::chrono::steady_clock::now() + budget;
    for (unsigned i = 1;; ++i) {
      if (pred()) return true;
      if (i % 64 == 0 && std::chrono::steady_clock::now() > until) return pred();
#if defined(__x86_64__) || defined(__i386__)
      __builtin_ia32_pause();
#else
      std::this_thread::yield();
#endif
    }
  }

  // Sets off the waiter of `cv` if it sleeps: the empty critical section orders this after a
  // waiter's last look at the condition.
  void Notify(std::condition_variable& cv) {
    { std::lock_guard<std::mutex> lock(mutex); }
    cv.notify_one();
  }

  void StartWorker() {
    worker = std::thread([this] {
      uint64_t seen = 0;
      while (true) {
        auto ready = [&] {
          return stopping.load(std::memory_order_acquire) ||
                 posted.load(std::memory_order_acquire) > seen;
        };
        if (!SpinFor(ready, kIdleSpin)) {
          std::unique_lock<std::mutex> lock(mutex);
          wake.wait(lock, ready);
        }
        if (stopping.load(std::memory_order_acquire)) return;
        seen = posted.load(std::memory_order_acquire);
        task();
        finished.store(seen, std::memory_order_release);
        Notify(done);
      }
    });
  }

  ~Impl() {
    if (!worker.joinable()) return;
    stopping.store(true, std::memory_order_release);
    Notify(wake);
    worker.join();
  }

  // Can a search run on two threads, each on its own handle of the databases?
  bool CanSplit() {
    if (!helper_tried) OpenHelper();
    return has_helper;
  }

  // Calls f(db, 0) on this thread and f(helper, 1) on the helper thread; needs CanSplit().
  // f must not share Xapian objects between its two calls: their reference counts are not
  // thread-safe.
  template <typename F>
  void OnBoth(F f) {
    if (!worker.joinable()) StartWorker();
    std::exception_ptr helper_failed, failed;
    task = [&] {
      try {
        f(static_cast<const Xapian::Database&>(helper), 1u);
      } catch (...) {
        helper_failed = std::current_exception();
      }
    };
    const uint64_t number = posted.fetch_add(1, std::memory_order_acq_rel) + 1;
    Notify(wake);
    try {
      f(static_cast<const Xapian::Database&>(db), 0u);
    } catch (...) {
      failed = std::current_exception();
    }
    auto over = [&] { return finished.load(std::memory_order_acquire) >= number; };
    if (!SpinFor(over, kWaitSpin)) {
      std::unique_lock<std::mutex> lock(mutex);
      done.wait(lock, over);
    }
    if (failed) std::rethrow_exception(failed);
    if (helper_failed) std::rethrow_exception(helper_failed);
  }

  // Runs `query` as two searches over the halves of every database's documents
  // (DocidPartSource), one per thread: f(part, query of that half) on both; needs
  // CanSplit(). f picks the databases of its part: this thread's for 0, the helper's for 1.
  template <typename F>
  void OnHalves(const Xapian::Query& query, F f) {
    const std::string serialised = query.serialise();
    OnBoth([&](const Xapian::Database&, unsigned part) {
      // Each thread its own copy of the query: Xapian's reference counts are not atomic.
      Xapian::Query own =
          part == 0 ? query : Xapian::Query::unserialise(serialised, PairSketchFilter::Registry());
      f(part, DocidPartSource::Filter(own, part, 2));
    });
  }

  // Calls f(database, i) for i in [0, n), on two threads when there is a helper handle.
  template <typename F>
  void ForEachSplit(size_t n, F f) {
    if (n < 4 || !CanSplit()) {
      for (size_t i = 0; i < n; ++i) f(db, i);
      return;
    }
    OnBoth([&](const Xapian::Database& d, unsigned part) {
      for (size_t i = part; i < n; i += 2) f(d, i);
    });
  }

  // Facet counts over every document `match` matches, and how many those are. Over local
  // databases one pass per database: a match spy sees each document under its number in
  // its own database, which is what FacetTable is indexed by.
  std::vector<FacetCounts> CountFacets(const Xapian::Query& match,
                                       const std::vector<unsigned>& slots, unsigned limit,
                                       uint64_t* matches) {
    std::vector<FacetCounts> out(slots.size());
    *matches = 0;
    if (remote) {
      Xapian::Enquire counting(db);
      counting.set_query(match);
      counting.set_weighting_scheme(Xapian::BoolWeight());
      std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
      for (unsigned slot : slots) {
        spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
        counting.add_matchspy(spies.back().get());
      }
      *matches = counting.get_mset(0, 0, db.get_doccount()).get_matches_estimated();
      for (size_t f = 0; f < slots.size(); ++f) out[f].values = SplitJoinedCounts(*spies[f], limit);
      return out;
    }
    size_t up = 0;
    for (const Shard& s : shards) up += s.up;
    // Summed by value over the databases; the keys point into the tables, kept alive here.
    std::vector<std::unordered_map<std::string_view, uint64_t>> merged(slots.size());
    std::vector<std::shared_ptr<const FacetTable>> tables;
    // One database's matches counted by a spy per slot.
    auto count = [&](const Xapian::Database& d, const Xapian::Query& q, size_t first_table,
                     std::vector<std::unique_ptr<FacetSpy>>* spies) {
      Xapian::Enquire counting(d);
      counting.set_query(q);
      counting.set_weighting_scheme(Xapian::BoolWeight());
      for (size_t f = 0; f < slots.size(); ++f) {
        spies->push_back(std::make_unique<FacetSpy>(tables[first_table + f]));
        counting.add_matchspy(spies->back().get());
      }
      return counting.get_mset(0, 0, d.get_doccount()).get_matches_estimated();
    };
    for (size_t k = 0; k < shards.size(); ++k) {
      Shard& s = shards[k];
      if (!s.up) continue;
      std::string identity =
          s.path + "\n" + s.db.get_uuid() + "\n" + std::to_string(s.db.get_revision());
      const size_t first_table = tables.size();
      for (unsigned slot : slots) tables.push_back(FacetTable::Shared(s.db, identity, slot));
      std::vector<std::unique_ptr<FacetSpy>> spies[2];
      Xapian::doccount counted[2] = {0, 0};
      if (CanSplit()) {
        OnHalves(match, [&](unsigned part, const Xapian::Query& half) {
          counted[part] =
              count(part == 0 ? s.db : helper_shards[k], half, first_table, &spies[part]);
        });
        for (size_t f = 0; f < slots.size(); ++f) spies[0][f]->Merge(*spies[1][f]);
      } else {
        counted[0] = count(s.db, match, first_table, &spies[0]);
      }
      *matches += counted[0] + counted[1];
      for (size_t f = 0; f < slots.size(); ++f) {
        if (up == 1)
          out[f].values = spies[0][f]->Top(limit);
        else
          spies[0][f]->AddCounts(&merged[f]);
      }
    }
    if (up > 1)
      for (size_t f = 0; f < slots.size(); ++f) out[f].values = TopOf(merged[f], limit);
    return out;
  }

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
    names_tagged = true;
    for (const Shard& s : shards)
      if (s.up) {
        db.add_database(s.db);
        ++up;
        try {
          if (std::atoi(s.db.get_metadata(schema::kSchemaVersionKey).c_str()) <
              std::atoi(schema::kSchemaVersion))
            names_tagged = false;
        } catch (const Xapian::Error&) {
          names_tagged = false;  // cannot tell: the phrases find names in either kind
        }
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
  ParsedQuery parsed = builder.Parse(r.text, r.expand_places, impl_->names_tagged, !impl_->remote);
  Xapian::Query q = parsed.query, match = parsed.match;
  auto filter = [&](const Xapian::Query& f) {
    q = Xapian::Query(Xapian::Query::OP_FILTER, q, f);
    match = Xapian::Query(Xapian::Query::OP_FILTER, match, f);
  };
  if (!r.places.empty()) {
    std::vector<std::string> places;
    for (const auto& p : r.places) {
      if (!r.expand_places) {
        places.push_back(p);
        continue;
      }
      for (const auto& e : indexer::AliasExpander::ExpandPlaceName(p)) places.push_back(e);
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
      return Run(q, match, parsed, r);
    } catch (const Xapian::NetworkError& e) {
      // A remote shard went away mid-search: name it, or (partial) search the others.
      if (attempt > 0 || impl_->Recheck() == 0)
        throw CorruptError("search failed: " + e.get_description());
    }
  }
}

SearchResult Searcher::Run(const Xapian::Query& q, const Xapian::Query& match,
                           const ParsedQuery& parsed, const SearchRequest& r) const {
  SearchResult result;
  try {
    static const std::vector<std::pair<std::string, unsigned>> kFacetSlots = {
        {"year", schema::kSlotFacetYear},
        {"place", schema::kSlotFacetPlace},
        {"org", schema::kSlotFacetOrg},
        {"person", schema::kSlotFacetPerson},
        {"type", schema::kSlotFacetType}};
    std::vector<unsigned> slots;
    for (const auto& name : r.facets) {
      auto it = std::find_if(kFacetSlots.begin(), kFacetSlots.end(),
                             [&](const auto& f) { return f.first == name; });
      if (it == kFacetSlots.end())
        throw UsageError("unknown facet '" + name + "': use year, place, org, person or type");
      slots.push_back(it->second);
    }
    bool relevance = r.sort == "relevance";
    if (!relevance && r.sort != "date" && r.sort != "-date")
      throw UsageError("--sort must be relevance, date or -date, not '" + r.sort + "'");

    // Facets count every match: a pass of its own over the accent-free match set, without
    // weights, so the ranking pass below only has to find the first page.
    bool counted = false;
    if (!slots.empty()) {
      uint64_t matches = 0;
      result.facets = impl_->CountFacets(match, slots, r.facet_limit, &matches);
      for (size_t f = 0; f < slots.size(); ++f) result.facets[f].name = r.facets[f];
      result.total_estimate = matches;
      counted = true;
    }

    // Re-ranking by word order looks at the first kOrderWindow results, whatever the page,
    // so that paging through them shows each once.
    bool reorder = relevance && parsed.has_words && !parsed.order_runs.empty();
    Xapian::doccount want = r.offset + r.limit;
    if (reorder) want = std::max<Xapian::doccount>(want, kOrderWindow);
    RankOrder order;
    order.by_date = !relevance || !parsed.has_words;
    order.newest_first = relevance || r.sort == "-date";
    // Over local databases the ranking pass runs on both cores, each over half of every
    // database's documents (DocidPartSource) with the whole index's statistics: a phrase
    // of common words, checked against the positions of thousands of candidates, takes
    // half as long.
    RankedMatches matches;
    if (impl_->CanSplit()) {
      RankedMatches parts[2];
      impl_->OnHalves(q, [&](unsigned part, const Xapian::Query& half) {
        parts[part] =
            RankMatches(part == 0 ? impl_->db : impl_->helper, half, order, want, !counted);
      });
      matches = MergeRanked(std::move(parts[0]), std::move(parts[1]), order, want);
    } else {
      matches = RankMatches(impl_->db, q, order, want, !counted);
    }
    if (!counted) result.total_estimate = matches.estimated;
    std::vector<RankedMatches::Entry>& ranked = matches.entries;
    if (reorder) {
      size_t window = std::min<size_t>(ranked.size(), kOrderWindow);
      impl_->ForEachSplit(window, [&](const Xapian::Database& db, size_t i) {
        ranked[i].weight *= 1 + WordOrderShare(db, ranked[i].did, parsed.order_runs);
      });
      std::stable_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(window),
                       [](const auto& a, const auto& b) { return a.weight > b.weight; });
    }
    size_t first = std::min<size_t>(r.offset, ranked.size());
    size_t shown = std::min<size_t>(ranked.size() - first, r.limit);
    result.hits.resize(shown);
    impl_->ForEachSplit(shown, [&](const Xapian::Database& db, size_t k) {
      SearchHit& hit = result.hits[k];
      hit.rank = static_cast<unsigned>(first + k + 1);
      hit.score = ranked[first + k].weight;
      hit.article = DecodeHitRecord(db.get_document(ranked[first + k].did).get_data());
      hit.snippet = MakeSnippet(hit.article.BodyText(), parsed.folded_terms);
    });
  } catch (const Xapian::NetworkError&) {
    throw;  // Search decides which shard failed
  } catch (const Xapian::Error& e) {
    throw CorruptError("search failed: " + e.get_description());
  }
  result.missing_shards = impl_->missing;
  return result;
}

}  // namespace vn::query
