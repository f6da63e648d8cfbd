// `vnarchive search QUERY`: ranked results as readable text, JSON Lines (--json) or CSV.
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <memory>

#include "app/commands.h"
#include "app/home.h"
#include "common/error.h"
#include "query/result_json.h"
#include "query/searcher.h"

namespace vn::app {

namespace {

// Inserts markers around highlighted code-point ranges.
std::string Highlight(const query::Snippet& s, const std::string& on, const std::string& off) {
  std::string out;
  size_t cp = 0, h = 0;
  for (size_t i = 0; i < s.text.size(); ++i) {
    unsigned char c = s.text[i];
    bool lead = (c & 0xC0) != 0x80;
    if (lead) {
      if (h < s.highlights.size() && cp == s.highlights[h].second) {
        out += off;
        ++h;
      }
      if (h < s.highlights.size() && cp == s.highlights[h].first) out += on;
      ++cp;
    }
    out += static_cast<char>(c);
  }
  if (h < s.highlights.size() && cp >= s.highlights[h].first) out += off;
  return out;
}

std::string CsvField(const std::string& v) {
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c == '\n' ? ' ' : c;
  }
  return out + "\"";
}

std::string Day(const std::string& iso) { return iso.substr(0, 10); }

// Columns on a terminal: one per code point is right for Vietnamese in NFC.
size_t DisplayWidth(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

void RegisterSearch(CLI::App& app, GlobalOptions& global) {
  struct Opts {
    std::vector<std::string> words;
    query::SearchRequest req;
    bool json = false, csv = false;
    std::string remote;
    query::ShardOptions shards;
  };
  auto opts = std::make_shared<Opts>();
  CLI::App* cmd = app.add_subcommand(
      "search",
      "Full-text search, with or without diacritics, either tone-mark style.\n"
      "Syntax: words, \"a phrase\", +must, -exclude, OR, NOT, title:word, place:X, org:X, "
      "person:X, type:signing, year:2024");
  cmd->add_option("query", opts->words, "Query text")->expected(0, -1);
  cmd->add_option("--place", opts->req.places, "Only documents about this province/place");
  cmd->add_option("--org", opts->req.orgs, "Only documents naming this organisation");
  cmd->add_option("--person", opts->req.people, "Only documents naming this person");
  cmd->add_option("--type", opts->req.types,
                  "Event type: signing, conference, working-visit, reception, review, "
                  "competition-pledge, other");
  cmd->add_option("--source", opts->req.sources, "Only documents from this source");
  cmd->add_option("--since", opts->req.since, "From this date (YYYY, YYYY-MM, YYYY-MM-DD)");
  cmd->add_option("--until", opts->req.until, "Up to and including this date");
  cmd->add_option("--date-field", opts->req.date_field, "published (default) or event")
      ->check(CLI::IsMember({"published", "event"}));
  cmd->add_option("--sort", opts->req.sort, "relevance (default), date or -date")
      ->check(CLI::IsMember({"relevance", "date", "-date"}));
  cmd->add_option("--limit", opts->req.limit, "Results to show (default 10)")
      ->check(CLI::Range(1u, 10000u));
  cmd->add_option("--offset", opts->req.offset, "Skip this many results")
      ->check(CLI::Range(0u, 1000000u));
  cmd->add_flag("--expand-places", opts->req.expand_places,
                "A pre-2025 province also finds its 2025 successor, and back");
  cmd->add_option("--facets", opts->req.facets,
                  "Counts over all matches for: year, place, org, person, type")
      ->delimiter(',')
      ->check(CLI::IsMember({"year", "place", "org", "person", "type"}));
  cmd->add_flag("--json", opts->json,
                "JSON Lines: one object per result, then one {\"summary\": ...} object");
  cmd->add_flag("--csv", opts->csv, "CSV with a header row");
  cmd->add_option("--remote", opts->remote,
                  "Search the index shards served by xapian-tcpsrv at HOST:PORT,HOST:PORT,... "
                  "as one index (instead of the data home's index)");
  cmd->add_flag("--partial", opts->shards.partial,
                "When a shard is down, search the others (exit code 1, the missing shard "
                "named on stderr) instead of failing");
  cmd->callback([opts, &global] {
    if (opts->json && opts->csv) throw UsageError("--json and --csv cannot be used together");
    for (const auto& w : opts->words) {
      if (!opts->req.text.empty()) opts->req.text += ' ';
      opts->req.text += w;
    }
    DataHome home = DataHome::Resolve(global.home);
    std::vector<std::string> remote;
    for (size_t i = 0; i < opts->remote.size();) {
      size_t comma = std::min(opts->remote.find(',', i), opts->remote.size());
      if (comma > i) remote.push_back(opts->remote.substr(i, comma - i));
      i = comma + 1;
    }
    std::unique_ptr<query::Searcher> searcher =
        remote.empty() ? std::make_unique<query::Searcher>(home.index_dir(), opts->shards)
                       : std::make_unique<query::Searcher>(remote, opts->shards);
    query::SearchResult result = searcher->Search(opts->req);
    for (const auto& missing : result.missing_shards)
      std::cerr << "search: results leave out shard " << missing << "\n";
    if (!result.missing_shards.empty()) global.exit_code = static_cast<int>(ExitCode::kPartial);
    if (opts->json) {
      for (const auto& hit : result.hits) std::cout << query::DumpJson(query::HitJson(hit)) << "\n";
      std::cout << query::DumpJson(query::SummaryJson(opts->req, result)) << "\n";
      return;
    }
    if (opts->csv) {
      std::cout << "rank,published,title,url,event_type,snippet\n";
      for (const auto& hit : result.hits)
        std::cout << hit.rank << "," << CsvField(hit.article.published) << ","
                  << CsvField(hit.article.title) << "," << CsvField(hit.article.url) << ","
                  << CsvField(hit.article.event_type) << "," << CsvField(hit.snippet.text) << "\n";
      return;
    }
    bool tty = isatty(STDOUT_FILENO);
    std::string bold = tty ? "\033[1m" : "", reset = tty ? "\033[0m" : "";
    std::string hl_on = tty ? "\033[1;33m" : "", hl_off = tty ? "\033[0m" : "";
    std::string dim = tty ? "\033[2m" : "";
    std::cout << "About " << result.total_estimate << " result"
              << (result.total_estimate == 1 ? "" : "s") << " for \"" << opts->req.text << "\"\n";
    for (const auto& hit : result.hits) {
      const auto& a = hit.article;
      std::cout << "\n"
                << hit.rank << ". " << bold << (a.title.empty() ? "(no title)" : a.title) << reset
                << "\n   " << (a.published.empty() ? "date unknown" : Day(a.published)) << "  "
                << dim << a.url << reset << "\n";
      if (!hit.snippet.text.empty())
        std::cout << "   " << Highlight(hit.snippet, hl_on, hl_off) << "\n";
    }
    for (const auto& f : result.facets) {
      std::cout << "\n" << bold << f.name << reset << "\n";
      size_t width = 0;
      for (const auto& [value, count] : f.values) width = std::max(width, DisplayWidth(value));
      for (const auto& [value, count] : f.values)
        std::cout << "  " << value << std::string(width - DisplayWidth(value) + 2, ' ') << count
                  << "\n";
      if (f.values.empty()) std::cout << "  (none)\n";
    }
  });
}

}  // namespace vn::app
