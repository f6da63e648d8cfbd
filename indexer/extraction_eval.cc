#include "indexer/extraction_eval.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <unordered_map>

#include "common/error.h"
#include "indexer/extractor.h"
#include "indexer/organisation_extractor.h"
#include "text/analyser.h"

namespace vn::indexer {

namespace {

std::string Key(const std::string& s) { return text::NormaliseAndLower(s); }

// An organisation as written ("Sở Ngoại vụ tỉnh Quảng Trị") and its canonical form ("Sở
// Ngoại vụ Quảng Trị") are the same answer: both sides are compared canonicalised.
std::string OrgKey(const std::string& s) {
  const Organisation* widest = nullptr;
  std::vector<Organisation> found = ExtractOrganisations(s);
  for (const auto& o : found)
    if (!widest || o.span.end - o.span.start > widest->span.end - widest->span.start) widest = &o;
  return widest && !widest->canonical.empty() ? Key(widest->canonical) : Key(s);
}

// Micro-averaged set overlap of two lists of keys (duplicates collapse).
void ScoreSets(const std::set<std::string>& got, const std::set<std::string>& want, FieldScore* f) {
  f->predicted += got.size();
  f->expected += want.size();
  for (const auto& g : got) f->true_positives += want.count(g);
}

void ScoreSingle(bool correct, FieldScore* f) {
  f->predicted += 1;
  f->expected += 1;
  f->true_positives += correct ? 1 : 0;
}

template <typename F>
std::set<std::string> GoldSet(const nlohmann::json& gold, const char* field, F key) {
  std::set<std::string> out;
  if (!gold.contains(field)) return out;
  for (const auto& item : gold[field]) {
    std::string k = key(item);
    if (!k.empty()) out.insert(k);
  }
  return out;
}

std::string ReadFile(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw UsageError(p.string() + ": cannot open");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

const std::vector<std::string>& EvalFields() {
  static const std::vector<std::string> kFields = {
      "body_tokens", "title",         "published_day", "event_dates", "people_name", "people_title",
      "people_org",  "organisations", "places",        "partners",    "event_type"};
  return kFields;
}

void ScoreArticle(const Article& got, const nlohmann::json& gold, EvalReport* report) {
  auto& f = report->fields;
  ++report->pages;
  // Body: token multiset overlap.
  {
    text::Analyser analyser;
    std::unordered_map<std::string, int> want;
    double n_want = 0, n_got = 0, tp = 0;
    for (const auto& p : gold.value("body", std::vector<std::string>{}))
      for (const auto& t : analyser.Analyse(p)) {
        ++want[t.term];
        ++n_want;
      }
    for (const auto& p : got.body)
      for (const auto& t : analyser.Analyse(p)) {
        ++n_got;
        auto it = want.find(t.term);
        if (it != want.end() && it->second > 0) {
          --it->second;
          ++tp;
        }
      }
    auto& b = f["body_tokens"];
    b.true_positives += tp;
    b.predicted += n_got;
    b.expected += n_want;
  }
  ScoreSingle(Key(got.title) == Key(gold.value("title", "")), &f["title"]);
  std::string want_day = gold.value("published", "").substr(0, 10);
  ScoreSingle(got.published.substr(0, 10) == want_day, &f["published_day"]);
  {
    std::set<std::string> g;
    for (const auto& d : got.event_dates) g.insert(d.value);
    ScoreSets(g, GoldSet(gold, "event_dates", [](const auto& j) { return j.value("value", ""); }),
              &f["event_dates"]);
  }
  {
    std::set<std::string> names, titles, orgs;
    for (const auto& p : got.people) {
      names.insert(Key(p.name));
      titles.insert(Key(p.name) + "|" + Key(p.title));
      orgs.insert(Key(p.name) + "|" + OrgKey(p.organisation));
    }
    ScoreSets(names,
              GoldSet(gold, "people", [](const auto& j) { return Key(j.value("name", "")); }),
              &f["people_name"]);
    ScoreSets(titles,
              GoldSet(gold, "people",
                      [](const auto& j) {
                        return Key(j.value("name", "")) + "|" + Key(j.value("title", ""));
                      }),
              &f["people_title"]);
    ScoreSets(orgs,
              GoldSet(gold, "people",
                      [](const auto& j) {
                        return Key(j.value("name", "")) + "|" + OrgKey(j.value("organisation", ""));
                      }),
              &f["people_org"]);
  }
  {
    std::set<std::string> g;
    for (const auto& o : got.organisations)
      g.insert(Key(o.canonical.empty() ? o.name : o.canonical));
    ScoreSets(g,
              GoldSet(gold, "organisations",
                      [](const auto& j) { return Key(j.value("canonical", j.value("name", ""))); }),
              &f["organisations"]);
  }
  {
    std::set<std::string> g;
    for (const auto& p : got.places) g.insert(Key(p.canonical));
    ScoreSets(g,
              GoldSet(gold, "places", [](const auto& j) { return Key(j.value("canonical", "")); }),
              &f["places"]);
  }
  {
    std::set<std::string> g;
    for (const auto& p : got.partners) g.insert(Key(p));
    std::set<std::string> want;
    for (const auto& p : gold.value("partners", std::vector<std::string>{})) want.insert(Key(p));
    ScoreSets(g, want, &f["partners"]);
  }
  ScoreSingle(got.event_type == gold.value("event_type", "other"), &f["event_type"]);
}

EvalReport EvaluateGoldDirectory(const std::string& dir) {
  namespace fs = std::filesystem;
  if (!fs::is_directory(dir)) throw UsageError(dir + ": not a directory");
  std::vector<fs::path> pages;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".html") pages.push_back(e.path());
  std::sort(pages.begin(), pages.end());
  EvalReport report;
  for (const auto& e : EvalFields()) report.fields[e];
  Extractor extractor;
  for (const auto& html_path : pages) {
    fs::path json_path = html_path;
    json_path.replace_extension(".json");
    if (!fs::exists(json_path)) continue;
    nlohmann::json gold = nlohmann::json::parse(ReadFile(json_path), nullptr, false);
    if (gold.is_discarded()) {
      report.page_errors.push_back(json_path.string() + ": not valid JSON");
      continue;
    }
    std::string html = ReadFile(html_path);
    PageInput page;
    page.bytes = html;
    page.url = gold.value("url", "");
    page.source_province = gold.value("source_province", "");
    ScoreArticle(extractor.ExtractHtml(page), gold, &report);
  }
  if (report.pages == 0) throw UsageError(dir + ": no NAME.html + NAME.json pairs");
  return report;
}

nlohmann::json EvalReport::ToJson() const {
  nlohmann::json j;
  j["pages"] = pages;
  for (const auto& name : EvalFields()) {
    auto it = fields.find(name);
    if (it == fields.end()) continue;
    j["fields"][name] = {{"precision", it->second.precision()},
                         {"recall", it->second.recall()},
                         {"f1", it->second.f1()},
                         {"expected", it->second.expected},
                         {"predicted", it->second.predicted}};
  }
  j["page_errors"] = page_errors;
  return j;
}

std::string EvalReport::ToTable() const {
  std::string out = "field            precision  recall     F1   (gold items, predicted)\n";
  char line[160];
  for (const auto& name : EvalFields()) {
    auto it = fields.find(name);
    if (it == fields.end()) continue;
    const FieldScore& s = it->second;
    std::snprintf(line, sizeof line, "%-15s  %9.3f  %6.3f  %5.3f   (%.0f, %.0f)\n", name.c_str(),
                  s.precision(), s.recall(), s.f1(), s.expected, s.predicted);
    out += line;
  }
  out += "pages: " + std::to_string(pages) + "\n";
  return out;
}

}  // namespace vn::indexer
