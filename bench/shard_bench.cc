// vn-shard-bench: query latency and throughput of one index searched whole and split into
// 2 and 4 shards, each shard served by its own xapian-tcpsrv on 127.0.0.1, searched as one
// by query::Searcher (the path of `vnarchive search --remote`). The split indexes are made
// once from an existing plain index (copying each document into the shard its id hashes
// to, as `vnarchive index --shards M` would have written it, or merging a finer split's
// shards) and reused by later runs.
// Before timing, every layout must return the same top-10 ids as the plain local index.
//
// Usage: vn-shard-bench --corpus FILE --index DIR --work DIR [--shards 1,2,4] [--rounds N]
//                       [--seconds S]
//   --index: a plain index of the corpus (e.g. vn-corpus-bench's WORK/vn/index)
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "bench/corpus_queries.h"
#include "common/index_schema.h"
#include "indexer/index_writer.h"
#include "indexer/shard_layout.h"
#include "query/searcher.h"
#include "tests/support/xapian_tcp_server.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using vn::bench::BenchQuery;

namespace {

constexpr const char* kTcpSrv = vn::support::kXapianTcpSrv;

double Pct(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = std::min(v.size() - 1, static_cast<size_t>(p * (v.size() - 1) + 0.5));
  return v[i];
}

// xapian-tcpsrv for one database; killed with this object or with this process.
class TcpServer : public vn::support::XapianTcpServer {
 public:
  explicit TcpServer(const std::string& db) : XapianTcpServer(db) {
    if (started()) return;
    std::fprintf(stderr, "%s did not start for %s\n", kTcpSrv, db.c_str());
    std::exit(1);
  }
};

// Makes `to` a `shards`-way split of the plain index `from`: by copying every document
// into the shard its id hashes to (as `vnarchive index --shards` would have written it), or,
// when a finer split `finer` (a multiple of `shards` ways) exists, by merging its shards
// with xapian-compact: a document in shard n of k*M is in shard n mod M of M, and merging
// B-trees is much faster than copying documents term by term.
void Split(const std::string& from, const std::string& to, unsigned shards,
           const std::string& finer, unsigned finer_shards) {
  if (fs::exists(fs::path(to) / vn::indexer::kStubFile)) return;  // made by an earlier run
  auto start = Clock::now();
  std::string tmp = to + ".tmp";
  fs::remove_all(tmp);
  if (!finer.empty()) {
    fs::create_directories(tmp);
    for (unsigned n = 0; n < shards; ++n) {
      std::string cmd = std::string("xapian-compact --multipass ");
      for (unsigned k = n; k < finer_shards; k += shards)
        cmd += vn::indexer::ShardPath(finer, k) + " ";
      cmd += vn::indexer::ShardPath(tmp, n) + " > /dev/null";
      if (std::system(cmd.c_str()) != 0) {
        std::fprintf(stderr, "failed: %s\n", cmd.c_str());
        std::exit(1);
      }
    }
    vn::indexer::PrepareShardLayout(tmp, vn::indexer::ShardSpec{shards, -1});  // metadata, stub
  } else {
    Xapian::Database src(from);
    vn::indexer::IndexWriter out(tmp, shards);
    const std::string q = vn::schema::kId;
    for (auto it = src.postlist_begin(""); it != src.postlist_end(""); ++it) {
      Xapian::Document doc = src.get_document(*it);
      vn::indexer::PreparedDocument p;
      auto t = doc.termlist_begin();
      t.skip_to(q);
      if (t == doc.termlist_end() || (*t).rfind(q, 0) != 0) continue;
      p.id_term = *t;
      p.capture_date = doc.get_value(vn::schema::kSlotCaptureDate);
      p.doc = doc;
      out.AddPrepared(p);
    }
    out.Commit();
  }
  fs::rename(tmp, to);
  std::fprintf(stderr, "split into %u shards in %.1f s%s\n", shards,
               std::chrono::duration<double>(Clock::now() - start).count(),
               finer.empty() ? "" : " (merged from a finer split)");
}

vn::query::SearchRequest Request(const BenchQuery& q) {
  vn::query::SearchRequest r;
  r.text = q.text;
  r.limit = 10;
  if (q.facets) r.facets = {"year", "place", "org", "person", "type"};
  r.since = q.since;
  r.until = q.until;
  return r;
}

using Top = std::vector<std::pair<double, std::string>>;  // score, id

Top TopOf(const vn::query::SearchResult& r) {
  Top top;
  for (const auto& h : r.hits) top.emplace_back(h.score, h.article.id);
  return top;
}

// The same top 10 up to ties: equal scores, and the same ids for each run of equal
// scores. Xapian orders equal scores by internal document number, which depends on how
// documents are spread over shards; a run cut off by the end of the list may hold
// different members of the tie.
bool SameUpToTies(const Top& want, const Top& got) {
  if (want.size() != got.size()) return false;
  auto equal = [](double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, a); };
  for (size_t i = 0; i < want.size(); ++i)
    if (!equal(want[i].first, got[i].first)) return false;
  for (size_t i = 0; i < want.size();) {
    size_t j = i + 1;
    while (j < want.size() && equal(want[i].first, want[j].first)) ++j;
    if (j < want.size()) {
      std::vector<std::string> a, b;
      for (size_t k = i; k < j; ++k) a.push_back(want[k].second), b.push_back(got[k].second);
      std::sort(a.begin(), a.end());
      std::sort(b.begin(), b.end());
      if (a != b) return false;
    }
    i = j;
  }
  return true;
}

struct Row {
  std::string name;
  double p50 = 0, p95 = 0, facets_p95 = 0, daterange_p95 = 0, qps1 = 0, qps2 = 0;
  int mismatches = 0;    // top 10 differs beyond the order of equal scores
  int tie_reorders = 0;  // top 10 differs at all
};

}  // namespace

int main(int argc, char** argv) {
  std::string corpus, index, work;
  std::vector<unsigned> layouts = {1, 2, 4};
  int rounds = 3;
  double seconds = 10;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string k = argv[i], v = argv[i + 1];
    if (k == "--corpus") {
      corpus = v;
    } else if (k == "--index") {
      index = v;
    } else if (k == "--work") {
      work = v;
    } else if (k == "--rounds") {
      rounds = std::stoi(v);
    } else if (k == "--seconds") {
      seconds = std::stod(v);
    } else if (k == "--shards") {
      layouts.clear();
      for (size_t s = 0; s < v.size();) {
        size_t e = v.find(',', s);
        layouts.push_back(std::stoul(v.substr(s, e - s)));
        s = e == std::string::npos ? v.size() : e + 1;
      }
    }
  }
  if (corpus.empty() || index.empty() || work.empty()) {
    std::fprintf(stderr,
                 "usage: vn-shard-bench --corpus FILE --index DIR --work DIR [--shards 1,2,4] "
                 "[--rounds N] [--seconds S]\n");
    return 2;
  }
  fs::create_directories(work);
  std::vector<BenchQuery> queries = vn::bench::MakeCorpusQueries(corpus);
  std::printf("queries: %zu, documents: %u\n", queries.size(),
              Xapian::Database(index).get_doccount());

  // The reference: the plain index searched in this process.
  vn::query::Searcher reference(index);
  std::vector<Top> want;
  for (const auto& q : queries) want.push_back(TopOf(reference.Search(Request(q))));

  auto measure = [&](const std::string& name,
                     const std::function<std::unique_ptr<vn::query::Searcher>()>& open) {
    Row row;
    row.name = name;
    std::unique_ptr<vn::query::Searcher> s = open();
    std::map<std::string, std::vector<double>> by_kind;
    for (size_t i = 0; i < queries.size(); ++i) {
      vn::query::SearchRequest r = Request(queries[i]);
      Top got = TopOf(s->Search(r));  // also warms the caches
      if (got != want[i]) ++row.tie_reorders;
      if (!SameUpToTies(want[i], got)) {
        ++row.mismatches;
        std::fprintf(stderr, "%s: query '%s' differs:\n", name.c_str(), queries[i].text.c_str());
        for (size_t k = 0; k < std::max(got.size(), want[i].size()); ++k)
          std::fprintf(stderr, "  %-16.16s %.12f | %-16.16s %.12f\n",
                       k < want[i].size() ? want[i][k].second.c_str() : "",
                       k < want[i].size() ? want[i][k].first : 0.0,
                       k < got.size() ? got[k].second.c_str() : "",
                       k < got.size() ? got[k].first : 0.0);
      }
      std::vector<double> t;
      for (int k = 0; k < rounds; ++k) {
        auto start = Clock::now();
        s->Search(r);
        t.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
      }
      const std::string& kind = queries[i].kind;
      by_kind[kind == "facets" || kind == "daterange" ? kind : "plain"].push_back(Pct(t, 0.5));
    }
    row.p50 = Pct(by_kind["plain"], 0.5);
    row.p95 = Pct(by_kind["plain"], 0.95);
    row.facets_p95 = Pct(by_kind["facets"], 0.95);
    row.daterange_p95 = Pct(by_kind["daterange"], 0.95);
    // Throughput: the whole query mix in a loop for `seconds`, by 1 and by 2 clients (each
    // its own Searcher and connections, as separate processes would have).
    for (int clients : {1, 2}) {
      std::atomic<long> done{0};
      std::atomic<bool> stop{false};
      std::vector<std::thread> threads;
      for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
          std::unique_ptr<vn::query::Searcher> mine = open();
          for (size_t i = c * 37; !stop; ++i) {
            mine->Search(Request(queries[i % queries.size()]));
            ++done;
          }
        });
      auto start = Clock::now();
      std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
      stop = true;
      for (auto& t : threads) t.join();
      double qps = done / std::chrono::duration<double>(Clock::now() - start).count();
      (clients == 1 ? row.qps1 : row.qps2) = qps;
    }
    std::fprintf(stderr, "%s done\n", name.c_str());
    return row;
  };

  // Splits first, finest first, so coarser ones can be merged from it.
  std::vector<unsigned> by_size = layouts;
  std::sort(by_size.rbegin(), by_size.rend());
  auto split_dir = [&](unsigned m) { return work + "/shards-" + std::to_string(m); };
  for (unsigned m : by_size) {
    if (m <= 1) continue;
    std::string finer;
    unsigned finer_m = 0;
    for (unsigned k : by_size)
      if (k > m && k % m == 0 && fs::exists(split_dir(k))) finer = split_dir(finer_m = k);
    Split(index, split_dir(m), m, finer, finer_m);
  }

  std::vector<Row> rows;
  rows.push_back(measure("plain index, in process",
                         [&] { return std::make_unique<vn::query::Searcher>(index); }));
  for (unsigned m : layouts) {
    std::string dir = m == 1 ? index : split_dir(m);
    std::vector<std::unique_ptr<TcpServer>> servers;
    std::vector<std::string> endpoints;
    for (unsigned n = 0; n < m; ++n) {
      servers.push_back(
          std::make_unique<TcpServer>(m == 1 ? index : vn::indexer::ShardPath(dir, n)));
      endpoints.push_back(servers.back()->endpoint());
    }
    if (m > 1)
      rows.push_back(measure(std::to_string(m) + " shards, local directory",
                             [&] { return std::make_unique<vn::query::Searcher>(dir); }));
    rows.push_back(
        measure(std::to_string(m) + " remote shard" + (m > 1 ? "s" : "") + " (xapian-tcpsrv)",
                [&] { return std::make_unique<vn::query::Searcher>(endpoints); }));
  }

  std::printf(
      "\nlatency ms: median of %d rounds per query; throughput: the query mix in a loop for "
      "%.0f s\n",
      rounds, seconds);
  std::printf(
      "| | plain p50 | plain p95 | 5 facets p95 | date range p95 | q/s 1 client | q/s 2 clients "
      "| top 10 differs | only in the order of equal scores |\n"
      "|---|---|---|---|---|---|---|---|---|\n");
  for (const Row& r : rows)
    std::printf("| %s | %.2f | %.2f | %.2f | %.2f | %.1f | %.1f | %d | %d |\n", r.name.c_str(),
                r.p50, r.p95, r.facets_p95, r.daterange_p95, r.qps1, r.qps2, r.tie_reorders,
                r.tie_reorders - r.mismatches);
  return 0;
}
