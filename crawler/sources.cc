#include "crawler/sources.h"

#include <fstream>
#include <set>
#include <sstream>

#include <toml++/toml.h>

#include "common/error.h"
#include "crawler/url.h"

namespace vn::crawler {
namespace {

[[noreturn]] void Fail(const std::string& file, const toml::source_region& where,
                       const std::string& what) {
  throw UsageError(file + ": line " + std::to_string(where.begin.line) + ": " + what);
}

std::string GetString(const toml::table& t, std::string_view key, const std::string& file,
                      const std::string& ctx, bool required) {
  const toml::node* n = t.get(key);
  if (n == nullptr) {
    if (required) Fail(file, t.source(), ctx + ": missing required key '" + std::string(key) + "'");
    return "";
  }
  auto v = n->value<std::string>();
  if (!n->is_string() || !v)
    Fail(file, n->source(), ctx + ": '" + std::string(key) + "' must be a string");
  return *v;
}

int GetInt(const toml::table& t, std::string_view key, int fallback, int min, int max,
           const std::string& file, const std::string& ctx) {
  const toml::node* n = t.get(key);
  if (n == nullptr) return fallback;
  if (!n->is_integer()) {
    Fail(file, n->source(), ctx + ": '" + std::string(key) + "' must be an integer");
  }
  int64_t v = *n->value<int64_t>();
  if (v < min || v > max) {
    Fail(file, n->source(),
         ctx + ": '" + std::string(key) + "' = " + std::to_string(v) + " is outside " +
             std::to_string(min) + ".." + std::to_string(max));
  }
  return static_cast<int>(v);
}

std::vector<std::string> GetUrlList(const toml::table& t, std::string_view key,
                                    const std::string& file, const std::string& ctx) {
  std::vector<std::string> out;
  const toml::node* n = t.get(key);
  if (n == nullptr) return out;
  const toml::array* arr = n->as_array();
  if (arr == nullptr) {
    Fail(file, n->source(), ctx + ": '" + std::string(key) + "' must be an array of URLs");
  }
  for (const toml::node& item : *arr) {
    auto s = item.value<std::string>();
    if (!item.is_string() || !s) {
      Fail(file, item.source().begin.line ? item.source() : n->source(),
           ctx + ": '" + std::string(key) + "' entries must be strings");
    }
    auto canonical = Canonicalize(*s);
    if (!canonical) {
      Fail(file, item.source().begin.line ? item.source() : n->source(),
           ctx + ": '" + std::string(key) + "' entry \"" + *s + "\" is not an http(s) URL");
    }
    out.push_back(*canonical);
  }
  return out;
}

std::string OriginPrefix(const std::string& canonical_url) {
  auto parts = SplitUrl(canonical_url);
  return parts ? parts->origin + "/" : canonical_url;
}

}  // namespace

bool Source::InScope(std::string_view url) const {
  for (const std::string& prefix : scope) {
    if (url.substr(0, prefix.size()) == prefix) return true;
  }
  return false;
}

std::vector<Source> ParseSources(std::string_view toml_text, const std::string& file_name) {
  toml::table root;
  try {
    root = toml::parse(toml_text, file_name);
  } catch (const toml::parse_error& e) {
    throw UsageError(file_name + ": line " + std::to_string(e.source().begin.line) + ": " +
                     std::string(e.description()));
  }
  const toml::node* list = root.get("source");
  if (list == nullptr) {
    throw UsageError(file_name + ": line 1: no [[source]] tables");
  }
  const toml::array* arr = list->as_array();
  if (arr == nullptr || !arr->is_array_of_tables()) {
    Fail(file_name, list->source(), "'source' must be an array of tables ([[source]])");
  }
  for (auto&& [key, node] : root) {
    if (key.str() != "source") {
      Fail(file_name, node.source(), "unknown top-level key '" + std::string(key.str()) + "'");
    }
  }
  static const std::set<std::string> kKnown = {
      "name",      "province",  "seeds",         "sitemaps", "scope",     "delay_ms",
      "max_depth", "max_pages", "recrawl_hours", "charset",  "user_agent"};
  std::vector<Source> sources;
  std::set<std::string> names;
  int index = 0;
  for (const toml::node& n : *arr) {
    ++index;
    const toml::table& t = *n.as_table();
    std::string ctx = "source #" + std::to_string(index);
    Source s;
    s.name = GetString(t, "name", file_name, ctx, true);
    if (s.name.empty()) Fail(file_name, t.source(), ctx + ": 'name' is empty");
    ctx = "source '" + s.name + "'";
    for (auto&& [key, value] : t) {
      if (!kKnown.count(std::string(key.str()))) {
        Fail(file_name, value.source(), ctx + ": unknown key '" + std::string(key.str()) + "'");
      }
    }
    if (!names.insert(s.name).second) {
      Fail(file_name, t.get("name")->source(), ctx + ": duplicate name");
    }
    s.province = GetString(t, "province", file_name, ctx, true);
    s.seeds = GetUrlList(t, "seeds", file_name, ctx);
    s.sitemaps = GetUrlList(t, "sitemaps", file_name, ctx);
    if (s.seeds.empty() && s.sitemaps.empty()) {
      Fail(file_name, t.source(), ctx + ": needs at least one URL in 'seeds' or 'sitemaps'");
    }
    s.scope = GetUrlList(t, "scope", file_name, ctx);
    if (s.scope.empty()) {
      for (const auto& u : s.seeds) s.scope.push_back(OriginPrefix(u));
      for (const auto& u : s.sitemaps) s.scope.push_back(OriginPrefix(u));
    }
    s.delay_ms = GetInt(t, "delay_ms", s.delay_ms, 0, 3600 * 1000, file_name, ctx);
    s.max_depth = GetInt(t, "max_depth", s.max_depth, 0, 1000, file_name, ctx);
    s.max_pages = GetInt(t, "max_pages", s.max_pages, 1, 100000000, file_name, ctx);
    s.recrawl_hours = GetInt(t, "recrawl_hours", s.recrawl_hours, 0, 24 * 3650, file_name, ctx);
    s.charset = GetString(t, "charset", file_name, ctx, false);
    s.user_agent = GetString(t, "user_agent", file_name, ctx, false);
    for (const auto& seed : s.seeds) {
      if (!s.InScope(seed)) {
        Fail(file_name, t.get("seeds")->source(),
             ctx + ": seed " + seed + " is outside the source's scope");
      }
    }
    sources.push_back(std::move(s));
  }
  return sources;
}

std::vector<Source> LoadSources(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UsageError(path + ": cannot open sources file");
  std::stringstream buf;
  buf << in.rdbuf();
  return ParseSources(buf.str(), path);
}

Source AdHocSource(const std::string& seed_url) {
  auto canonical = Canonicalize(seed_url);
  if (!canonical) throw UsageError(seed_url + ": not an http(s) URL");
  auto parts = SplitUrl(*canonical);
  Source s;
  s.name = parts->host;
  s.province = "";
  s.seeds = {*canonical};
  s.scope = {parts->origin + "/"};
  return s;
}

const Source* FindSourceForUrl(const std::vector<Source>& sources, std::string_view url) {
  auto canonical = Canonicalize(url);
  if (!canonical) return nullptr;
  for (const Source& s : sources) {
    if (s.InScope(*canonical)) return &s;
  }
  return nullptr;
}

}  // namespace vn::crawler
