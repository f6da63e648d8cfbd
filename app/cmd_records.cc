// `vnarchive show ID|URL`, `vnarchive stats`, `vnarchive meetings PARTNER`: read-only views
// of the index for people, not programs (each also has --json).
#include <unistd.h>

#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

#include "app/commands.h"
#include "app/home.h"
#include "common/error.h"
#include "query/index_reader.h"

namespace vn::app {

namespace {

std::string Bytes(uint64_t n) {
  const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
  double v = static_cast<double>(n);
  int u = 0;
  while (v >= 1024 && u < 4) {
    v /= 1024;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, u ? "%.1f %s" : "%.0f %s", v, units[u]);
  return buf;
}

std::string Dump(const nlohmann::json& j, int indent = -1) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

void PrintPairs(const char* title, const std::vector<std::pair<std::string, uint64_t>>& v) {
  std::cout << title << ":";
  if (v.empty()) std::cout << " (none)";
  for (size_t i = 0; i < v.size(); ++i)
    std::cout << (i ? ", " : " ") << v[i].first << " " << v[i].second;
  std::cout << "\n";
}

nlohmann::json PairsJson(const std::vector<std::pair<std::string, uint64_t>>& v) {
  nlohmann::json a = nlohmann::json::array();
  for (const auto& [k, n] : v) a.push_back({k, n});
  return a;
}

}  // namespace

void RegisterShow(CLI::App& app, GlobalOptions& global) {
  struct Opts {
    std::string key;
    bool json = false;
  };
  auto opts = std::make_shared<Opts>();
  CLI::App* cmd = app.add_subcommand(
      "show", "The stored record of one document: body, entities, WARC location of its capture");
  cmd->add_option("id", opts->key, "Document id (or a unique prefix of ≥ 8 characters) or URL")
      ->required();
  cmd->add_flag("--json", opts->json, "The extractor's JSON record");
  cmd->callback([opts, &global] {
    DataHome home = DataHome::Resolve(global.home);
    query::IndexReader reader(home.index_dir());
    auto a = reader.Find(opts->key);
    if (!a) throw UsageError("no document with id or URL '" + opts->key + "'");
    if (opts->json) {
      std::cout << Dump(a->ToJson()) << "\n";
      return;
    }
    std::cout << a->title << "\n"
              << "id:         " << a->id << "\n"
              << "url:        " << a->url << "\n"
              << "published:  " << (a->published.empty() ? "unknown" : a->published) << "\n"
              << "source:     " << a->source
              << (a->source_province.empty() ? "" : " (" + a->source_province + ")") << "\n"
              << "event type: " << a->event_type << "\n";
    if (!a->event_dates.empty()) {
      std::cout << "event dates:";
      for (const auto& d : a->event_dates) std::cout << " " << d.value << " (" << d.text << ");";
      std::cout << "\n";
    }
    for (const auto& p : a->people)
      std::cout << "person:     " << (p.honorific.empty() ? "" : p.honorific + " ") << p.name
                << (p.title.empty() ? "" : ", " + p.title)
                << (p.organisation.empty() ? "" : " " + p.organisation) << "\n";
    for (const auto& o : a->organisations) std::cout << "organisation: " << o.canonical << "\n";
    std::set<std::string> shown;
    for (const auto& p : a->places) {
      if (!shown.insert(p.canonical).second) continue;
      std::cout << "place:      " << p.canonical << " (" << p.kind;
      if (!p.current_province.empty() && p.current_province != p.canonical)
        std::cout << "; since 2025 part of " << p.current_province;
      std::cout << ")\n";
    }
    if (!a->partners.empty()) {
      std::cout << "partners:  ";
      for (const auto& p : a->partners) std::cout << " " << p << ";";
      std::cout << "\n";
    }
    if (!a->warc_file.empty())
      std::cout << "capture:    " << a->warc_file << " @ " << a->warc_offset << " ("
                << a->capture_date << ", " << a->warc_record_id << ")\n";
    std::cout << "\n" << a->BodyText() << "\n";
  });
}

void RegisterStats(CLI::App& app, GlobalOptions& global) {
  auto json = std::make_shared<bool>(false);
  CLI::App* cmd = app.add_subcommand(
      "stats", "Documents, sources, date span, top facets, index and archive sizes");
  cmd->add_flag("--json", *json, "As one JSON object");
  cmd->callback([json, &global] {
    DataHome home = DataHome::Resolve(global.home);
    query::IndexReader reader(home.index_dir());
    query::IndexStats s = reader.Stats(home.archive_dir());
    if (*json) {
      std::cout << Dump({{"documents", s.documents},
                         {"sources", PairsJson(s.sources)},
                         {"first_published", s.first_published},
                         {"last_published", s.last_published},
                         {"years", PairsJson(s.years)},
                         {"top_places", PairsJson(s.top_places)},
                         {"top_organisations", PairsJson(s.top_orgs)},
                         {"event_types", PairsJson(s.top_types)},
                         {"index_bytes", s.index_bytes},
                         {"archive_bytes", s.archive_bytes},
                         {"archive_files", s.archive_files}})
                << "\n";
      return;
    }
    std::cout << "documents:  " << s.documents << "\n"
              << "published:  " << (s.first_published.empty() ? "?" : s.first_published) << " .. "
              << (s.last_published.empty() ? "?" : s.last_published) << "\n"
              << "index:      " << Bytes(s.index_bytes) << " in " << home.index_dir() << "\n"
              << "archive:    " << Bytes(s.archive_bytes) << " in " << s.archive_files
              << " file(s) in " << home.archive_dir() << "\n";
    PrintPairs("sources", s.sources);
    PrintPairs("years", s.years);
    PrintPairs("places", s.top_places);
    PrintPairs("organisations", s.top_orgs);
    PrintPairs("event types", s.top_types);
  });
}

void RegisterMeetings(CLI::App& app, GlobalOptions& global) {
  struct Opts {
    std::string partner;
    std::string we;
    unsigned limit = 50;
    bool json = false;
  };
  auto opts = std::make_shared<Opts>();
  CLI::App* cmd = app.add_subcommand(
      "meetings", "Every event with a partner province, country or organisation, newest first");
  cmd->add_option("partner", opts->partner, "Partner: province, country or organisation")
      ->required();
  cmd->add_option("--source-province", opts->we, "Only events reported by this province (\"we\")");
  cmd->add_option("--limit", opts->limit, "At most this many events")
      ->check(CLI::Range(1u, 100000u));
  cmd->add_flag("--json", opts->json, "JSON Lines, one event per line");
  cmd->callback([opts, &global] {
    DataHome home = DataHome::Resolve(global.home);
    query::IndexReader reader(home.index_dir());
    auto meetings = reader.Meetings(opts->partner, opts->we, opts->limit);
    if (opts->json) {
      for (const auto& m : meetings) {
        nlohmann::json people = nlohmann::json::array();
        for (const auto& p : m.people)
          people.push_back({{"name", p.name},
                            {"honorific", p.honorific},
                            {"title", p.title},
                            {"organisation", p.organisation}});
        std::cout << Dump({{"date", m.date},
                           {"type", m.type},
                           {"places", m.places},
                           {"people", people},
                           {"agreements", m.agreements},
                           {"title", m.article.title},
                           {"url", m.article.url},
                           {"id", m.article.id},
                           {"source_province", m.article.source_province}})
                  << "\n";
      }
      return;
    }
    if (meetings.empty()) {
      std::cout << "No events with " << opts->partner << " in the index.\n";
      return;
    }
    bool tty = isatty(STDOUT_FILENO);
    std::string bold = tty ? "\033[1m" : "", reset = tty ? "\033[0m" : "";
    for (const auto& m : meetings) {
      std::cout << bold << m.date << "  " << m.type << reset << "  " << m.article.title << "\n";
      if (!m.places.empty()) {
        std::cout << "    where/who: ";
        for (size_t i = 0; i < m.places.size(); ++i) std::cout << (i ? ", " : "") << m.places[i];
        std::cout << "\n";
      }
      for (const auto& p : m.people)
        std::cout << "    came: " << p.name << (p.title.empty() ? "" : ", " + p.title)
                  << (p.organisation.empty() ? "" : " " + p.organisation) << "\n";
      for (const auto& ag : m.agreements) std::cout << "    signed: " << ag << "\n";
      std::cout << "    " << m.article.url << "\n\n";
    }
  });
}

}  // namespace vn::app
