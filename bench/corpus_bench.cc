// vn-corpus-bench: indexes a JSON Lines news corpus with vnarchive, with Xapian Omega's
// omindex (one HTML file per article) and with SQLite FTS5 (unicode61 remove_diacritics 2),
// in the same run on the same data, then measures on warm indexes, in this one process:
// query latency p50/p95 over the fixed 200-query set, and how often a query typed without
// diacritics finds the accented query's first result in its top 10. Prints ratios.
//
// Usage: vn-corpus-bench --corpus FILE --vnarchive BIN --work DIR [--omindex BIN]
//                        [--rounds N] [--threads N] [--queries-only 1] [--only vnarchive]
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "bench/corpus_queries.h"
#include "query/searcher.h"
#include "text/analyser.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using vn::bench::BenchQuery;

namespace {

struct RunStats {
  double seconds = 0;
  long max_rss_kb = 0;
  int exit_code = -1;
};

// Runs a command (argv) as a child; wall time and the child's peak RSS.
RunStats RunChild(const std::vector<std::string>& argv, const std::string& log_path) {
  RunStats st;
  auto start = Clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    FILE* log = std::fopen(log_path.c_str(), "w");
    if (log) {
      dup2(fileno(log), 1);
      dup2(fileno(log), 2);
    }
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  struct rusage ru {};
  wait4(pid, &status, 0, &ru);
  st.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  st.max_rss_kb = ru.ru_maxrss;
  st.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return st;
}

uint64_t PathBytes(const fs::path& p) {
  std::error_code ec;
  if (fs::is_regular_file(p, ec)) return fs::file_size(p, ec);
  uint64_t total = 0;
  for (auto it = fs::recursive_directory_iterator(p, ec); it != fs::recursive_directory_iterator();
       it.increment(ec))
    if (it->is_regular_file(ec)) total += it->file_size(ec);
  return total;
}

std::string HtmlEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '&')
      out += "&amp;";
    else if (c == '"')
      out += "&quot;";
    else
      out += c;
  }
  return out;
}

struct Record {
  std::string id, title, date, text;
};

std::vector<Record> ReadCorpus(const std::string& path) {
  std::vector<Record> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded()) continue;
    Record r;
    r.id = j.value("id", "");
    r.title = j.value("title", "");
    r.date = j["date"].is_string() ? j["date"].get<std::string>() : "";
    r.text = j.value("text", "");
    out.push_back(std::move(r));
  }
  return out;
}

// Percentile of a sorted vector.
double Pct(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = std::min(v.size() - 1, static_cast<size_t>(p * (v.size() - 1) + 0.5));
  return v[i];
}

// Median of `rounds` timings of f(), in milliseconds.
template <typename F>
double TimeMs(F f, int rounds) {
  std::vector<double> t;
  for (int r = 0; r < rounds; ++r) {
    auto s = Clock::now();
    f();
    t.push_back(std::chrono::duration<double, std::milli>(Clock::now() - s).count());
  }
  return Pct(t, 0.5);
}

// FTS5 MATCH syntax for a query: words quoted (so punctuation is literal), ANDed.
std::string Fts5Query(const std::string& q) {
  std::string out, word;
  bool phrase = !q.empty() && q[0] == '"';
  std::string body = phrase ? q.substr(1, q.size() - 2) : q;
  if (phrase) return "\"" + body + "\"";
  for (size_t i = 0; i <= body.size(); ++i) {
    if (i == body.size() || body[i] == ' ') {
      if (!word.empty()) out += (out.empty() ? "" : " ") + std::string("\"") + word + "\"";
      word.clear();
    } else if (body[i] != '"') {
      word += body[i];
    }
  }
  return out;
}

struct Engine {
  std::string name;
  std::function<std::vector<std::string>(const BenchQuery&)> search;  // top-10 ids
};

}  // namespace

int main(int argc, char** argv) {
  std::string corpus, vnarchive, work, omindex = "omindex";
  int rounds = 5, threads = 2;
  bool queries_only = false;  // reuse the indexes of an earlier run in --work
  std::string only;           // time only this engine's queries (for profiling)
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string k = argv[i], v = argv[i + 1];
    if (k == "--corpus")
      corpus = v;
    else if (k == "--vnarchive")
      vnarchive = v;
    else if (k == "--work")
      work = v;
    else if (k == "--omindex")
      omindex = v;
    else if (k == "--rounds")
      rounds = std::stoi(v);
    else if (k == "--threads")
      threads = std::stoi(v);
    else if (k == "--queries-only")
      queries_only = v == "1";
    else if (k == "--only")
      only = v;
  }
  if (corpus.empty() || vnarchive.empty() || work.empty()) {
    std::fprintf(stderr, "usage: vn-corpus-bench --corpus FILE --vnarchive BIN --work DIR\n");
    return 2;
  }
  std::vector<Record> records = ReadCorpus(corpus);
  std::printf("corpus: %zu articles, %.1f MiB\n", records.size(), PathBytes(corpus) / 1048576.0);
  RunStats omega;
  if (queries_only) {
    omega.exit_code = fs::exists(work + "/omega") ? 0 : 1;
    goto queries;
  }
  fs::remove_all(work);
  fs::create_directories(work);
  {
    // --- indexing
    RunStats ours = RunChild({vnarchive, "--home", work + "/vn", "index", "--jsonl", corpus,
                              "--threads", std::to_string(threads)},
                             work + "/vnarchive.log");
    fs::create_directories(work + "/html");
    std::map<std::string, std::string> omega_url_to_id;
    for (size_t i = 0; i < records.size(); ++i) {
      const Record& r = records[i];
      std::string name = std::to_string(i) + ".html";
      std::ofstream(work + "/html/" + name)
          << "<html><head><meta charset=\"utf-8\"><title>" << HtmlEscape(r.title)
          << "</title></head><body><p>" << HtmlEscape(r.text) << "</p></body></html>\n";
      omega_url_to_id["/" + name] = r.id;
    }
    omega = RunChild({omindex, "--db", work + "/omega", "--url", "/", work + "/html"},
                     work + "/omindex.log");
    RunStats fts;
    {
      auto start = Clock::now();
      pid_t pid = fork();
      if (pid == 0) {
        sqlite3* db;
        sqlite3_open((work + "/fts5.db").c_str(), &db);
        sqlite3_exec(db,
                     "PRAGMA journal_mode=OFF; CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, "
                     "title, body, tokenize='unicode61 remove_diacritics 2'); BEGIN;",
                     nullptr, nullptr, nullptr);
        sqlite3_stmt* st;
        sqlite3_prepare_v2(db, "INSERT INTO docs(id,title,body) VALUES(?,?,?)", -1, &st, nullptr);
        for (const auto& r : records) {
          sqlite3_bind_text(st, 1, r.id.c_str(), -1, SQLITE_TRANSIENT);
          sqlite3_bind_text(st, 2, r.title.c_str(), -1, SQLITE_TRANSIENT);
          sqlite3_bind_text(st, 3, r.text.c_str(), -1, SQLITE_TRANSIENT);
          sqlite3_step(st);
          sqlite3_reset(st);
        }
        sqlite3_finalize(st);
        sqlite3_exec(db, "COMMIT; INSERT INTO docs(docs) VALUES('optimize');", nullptr, nullptr,
                     nullptr);
        sqlite3_close(db);
        _exit(0);
      }
      int status;
      struct rusage ru {};
      wait4(pid, &status, 0, &ru);
      fts.seconds = std::chrono::duration<double>(Clock::now() - start).count();
      fts.max_rss_kb = ru.ru_maxrss;
      fts.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    RunStats unfolded =
        RunChild({vnarchive, "--home", work + "/vn-nofold", "index", "--jsonl", corpus, "--threads",
                  std::to_string(threads), "--no-folded-terms"},
                 work + "/vnarchive-nofold.log");
    uint64_t size_unfolded = PathBytes(work + "/vn-nofold/index");
    fs::remove_all(work + "/vn-nofold");
    uint64_t size_ours = PathBytes(work + "/vn/index"), size_omega = PathBytes(work + "/omega"),
             size_fts = PathBytes(work + "/fts5.db");
    std::printf("\nindexing            wall s   peak RSS MiB   index MiB   exit\n");
    auto row = [](const char* n, const RunStats& s, uint64_t size) {
      std::printf("%-18s %7.1f   %12.1f   %9.1f   %d\n", n, s.seconds, s.max_rss_kb / 1024.0,
                  size / 1048576.0, s.exit_code);
    };
    row("vnarchive", ours, size_ours);
    row("omindex", omega, size_omega);
    row("sqlite fts5", fts, size_fts);
    row("vn, no XF terms", unfolded, size_unfolded);
    std::printf("accent-free (XF) terms add %.0f%% to the index size\n",
                100.0 * (static_cast<double>(size_ours) / size_unfolded - 1));
    if (omega.seconds > 0)
      std::printf("vnarchive/omindex: time %.2fx, size %.2fx\n", ours.seconds / omega.seconds,
                  static_cast<double>(size_ours) / size_omega);
    std::printf("vnarchive/fts5:    time %.2fx, size %.2fx\n", ours.seconds / fts.seconds,
                static_cast<double>(size_ours) / size_fts);
  }
queries:
  // --- queries on warm indexes
  std::vector<BenchQuery> queries = vn::bench::MakeCorpusQueries(corpus);
  std::printf("\nqueries: %zu\n", queries.size());
  vn::query::Searcher searcher(work + "/vn/index");
  std::map<std::string, std::string> sha_to_id;  // our ids are sha1 of the record id
  Engine ours_engine{"vnarchive", [&](const BenchQuery& q) {
                       vn::query::SearchRequest r;
                       r.text = q.text;
                       r.limit = 10;
                       if (q.facets) r.facets = {"year", "place", "org", "person", "type"};
                       r.since = q.since;
                       r.until = q.until;
                       std::vector<std::string> ids;
                       for (const auto& h : searcher.Search(r).hits) ids.push_back(h.article.url);
                       return ids;
                     }};
  Xapian::Database omega_db;
  bool have_omega = omega.exit_code == 0;
  if (have_omega) omega_db = Xapian::Database(work + "/omega");
  Xapian::QueryParser qp;
  qp.set_database(omega_db);
  Engine omega_engine{
      "omega", [&](const BenchQuery& q) {
        Xapian::Enquire e(omega_db);
        e.set_query(qp.parse_query(q.text, Xapian::QueryParser::FLAG_DEFAULT));
        std::vector<std::string> ids;
        for (auto it = e.get_mset(0, 10).begin(); it != Xapian::MSetIterator(); ++it) {
          std::string data = it.get_document().get_data();
          size_t u = data.find("url=");
          std::string url =
              u == std::string::npos ? "" : data.substr(u + 4, data.find('\n', u) - u - 4);
          ids.push_back(url);
        }
        return ids;
      }};
  sqlite3* fdb = nullptr;
  sqlite3_open_v2((work + "/fts5.db").c_str(), &fdb, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* fst = nullptr;
  sqlite3_prepare_v2(fdb, "SELECT id FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT 10", -1, &fst,
                     nullptr);
  Engine fts_engine{"fts5", [&](const BenchQuery& q) {
                      std::vector<std::string> ids;
                      std::string m = Fts5Query(q.text);
                      sqlite3_reset(fst);
                      sqlite3_bind_text(fst, 1, m.c_str(), -1, SQLITE_TRANSIENT);
                      while (sqlite3_step(fst) == SQLITE_ROW)
                        ids.push_back(reinterpret_cast<const char*>(sqlite3_column_text(fst, 0)));
                      return ids;
                    }};
  std::vector<Engine*> engines{&ours_engine, &fts_engine};
  if (have_omega) engines.insert(engines.begin() + 1, &omega_engine);
  if (!only.empty())
    engines.erase(std::remove_if(engines.begin(), engines.end(),
                                 [&](const Engine* e) { return e->name != only; }),
                  engines.end());
  std::printf(
      "\nlatency ms (median of %d rounds per query)   plain p50   plain p95   facets p95   "
      "daterange p95\n",
      rounds);
  std::map<std::string, double> plain_p95;
  for (Engine* e : engines) {
    std::map<std::string, std::vector<double>> by_kind;
    for (const auto& q : queries) {
      bool supported = e == &ours_engine || (!q.facets && q.since.empty());
      if (!supported) continue;
      e->search(q);  // warm
      double ms = TimeMs([&] { e->search(q); }, rounds);
      std::string kind = (q.kind == "facets" || q.kind == "daterange") ? q.kind : "plain";
      by_kind[kind].push_back(ms);
      if (kind == "plain") by_kind[q.kind].push_back(ms);  // accented, unaccented, phrase
    }
    plain_p95[e->name] = Pct(by_kind["plain"], 0.95);
    auto cell = [&](const char* k, double p) {
      return by_kind.count(k) ? Pct(by_kind[k], p) : -1.0;
    };
    std::printf("%-44s %9.2f   %9.2f   %10.2f   %13.2f\n", e->name.c_str(), cell("plain", 0.5),
                cell("plain", 0.95), cell("facets", 0.95), cell("daterange", 0.95));
    std::printf(
        "  plain by kind, p50/p95: accented %.2f/%.2f, unaccented %.2f/%.2f, phrase %.2f/%.2f\n",
        cell("accented", 0.5), cell("accented", 0.95), cell("unaccented", 0.5),
        cell("unaccented", 0.95), cell("phrase", 0.5), cell("phrase", 0.95));
  }
  std::printf("(-1: not supported by that engine in this comparison)\n");

  // --- accent-insensitivity: unaccented query finds the accented query's first result
  std::printf("\nunaccented query finds the accented query's first result in its top 10:\n");
  for (Engine* e : engines) {
    int found = 0, pairs = 0;
    for (const auto& q : queries) {
      if (q.kind != "unaccented") continue;
      BenchQuery acc{"accented", q.accented, "", false, "", ""};
      auto first = e->search(acc);
      auto top = e->search(q);
      ++pairs;
      if (!first.empty() && std::find(top.begin(), top.end(), first[0]) != top.end())
        ++found;
      else if (e == &ours_engine)
        std::fprintf(stderr, "vnarchive miss: \"%s\" (typed with marks: \"%s\")\n", q.text.c_str(),
                     q.accented.c_str());
    }
    std::printf("  %-10s %d / %d\n", e->name.c_str(), found, pairs);
  }
  sqlite3_finalize(fst);
  sqlite3_close(fdb);
  return 0;
}
