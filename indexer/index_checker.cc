#include "indexer/index_checker.h"

#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "archive/warc_reader.h"
#include "common/error.h"
#include "common/index_schema.h"
#include "indexer/article.h"
#include "indexer/index_ledger.h"
#include "indexer/warc_indexer.h"

namespace vn::indexer {

namespace fs = std::filesystem;

std::string CheckProblem::ToString() const {
  return file + (file.empty() ? "" : ":" + std::to_string(offset) + ": ") + reason;
}

bool CheckReport::Has(CheckProblem::Kind kind) const {
  return std::any_of(problems.begin(), problems.end(),
                     [&](const CheckProblem& p) { return p.kind == kind; });
}

static bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<std::string> WarcFilesIn(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (e.is_regular_file() && (EndsWith(name, ".warc.gz") || EndsWith(name, ".warc")))
      files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

namespace {

struct ArchivedResponse {
  std::string path;
  std::string uri;
  std::string record_id;
  std::string payload_digest;
};

}  // namespace

CheckReport CheckArchiveAndIndex(const std::string& archive_dir, const std::string& index_dir,
                                 const std::function<void(const std::string&)>& log) {
  CheckReport report;
  auto problem = [&](CheckProblem::Kind kind, std::string file, uint64_t offset,
                     std::string reason) {
    report.problems.push_back({kind, std::move(file), offset, std::move(reason)});
    if (log) log(report.problems.back().ToString());
  };

  // 1. The archive: every record read and its digests verified.
  std::error_code ec;
  if (fs::is_directory(archive_dir, ec)) {
    for (const auto& e : fs::directory_iterator(archive_dir, ec))
      if (EndsWith(e.path().string(), ".open"))
        problem(CheckProblem::Kind::kBehind, e.path().string(), 0,
                "file left open by an interrupted crawl (the next crawl or update recovers it)");
  }
  std::map<std::pair<std::string, uint64_t>, ArchivedResponse> responses;
  std::map<std::string, std::pair<std::string, uint64_t>> files;  // key → (path, size)
  // WARC files imported from elsewhere (`index --warc /path/crawl.warc.gz`) are named by
  // absolute path in the ledger: they are checked where they are.
  const bool have_index = fs::exists(index_dir, ec);
  std::optional<IndexLedger> ledger_or;
  if (have_index) ledger_or.emplace(index_dir);
  std::vector<std::string> to_read = WarcFilesIn(archive_dir);
  if (ledger_or)
    for (const auto& [key, size] : ledger_or->files())
      if (!key.empty() && key[0] == '/' && fs::is_regular_file(key, ec)) to_read.push_back(key);
  for (const std::string& path : to_read) {
    ++report.files;
    const std::string key = LedgerKey(path, archive_dir);
    files[key] = {path, fs::file_size(path, ec)};
    try {
      archive::WarcReader reader(path);
      reader.set_problem_callback([&](const archive::WarcProblem& p) {
        problem(CheckProblem::Kind::kArchive, path, p.offset,
                (p.record_id.empty() ? "" : "record " + p.record_id + ": ") + p.reason);
      });
      archive::WarcRecord record;
      archive::WarcLocation where;
      while (reader.Next(&record, &where)) {
        ++report.records;
        if (record.Type() != "response" || record.TargetUri().rfind("http", 0) != 0) continue;
        ++report.responses;
        responses[{key, where.offset}] = {path, record.TargetUri(), record.RecordId(),
                                          record.Get("WARC-Payload-Digest").value_or("")};
      }
    } catch (const Error& e) {
      problem(CheckProblem::Kind::kArchive, path, 0, e.what());
    }
  }

  // 2. The index and its ledger.
  if (!have_index) {
    for (const auto& [key, file] : files)
      problem(CheckProblem::Kind::kBehind, file.first, 0, "not indexed yet (no index)");
    return report;
  }
  Xapian::Database db;
  try {
    db = Xapian::Database(index_dir);
  } catch (const Xapian::Error& e) {
    throw CorruptError(index_dir + ": cannot open the index: " + e.get_description());
  }
  const IndexLedger& ledger = *ledger_or;
  for (const auto& [key, file] : files)
    if (!ledger.FileDone(key, file.second))
      problem(CheckProblem::Kind::kBehind, file.first, 0, "not indexed yet");
  for (const auto& [key, size] : ledger.files())
    if (!files.count(key))
      problem(CheckProblem::Kind::kArchive, key, 0,
              "file the index was built from is missing from the archive");
  for (const auto& [where, r] : responses)
    if (ledger.FileDone(where.first, files[where.first].second) && !ledger.entries().count(where))
      problem(CheckProblem::Kind::kIndex, r.path, where.second,
              "record " + r.record_id + " (" + r.uri + ") was never indexed");
  auto has_doc = [&](const std::string& id) {
    std::string term = std::string(schema::kId) + id;
    return db.postlist_begin(term) != db.postlist_end(term);
  };
  for (const auto& [where, e] : ledger.entries()) {
    if (e.outcome != kOutcomeIndexed && e.outcome != kOutcomeUnchanged &&
        e.outcome != kOutcomeOlder)
      continue;
    if (!has_doc(e.id)) {
      auto f = files.find(where.first);
      problem(CheckProblem::Kind::kIndex, f == files.end() ? where.first : f->second.first,
              where.second, "page " + e.id + " is missing from the index");
    }
  }

  // 3. Every document points to the intact record it was built from.
  for (Xapian::PostingIterator it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    ++report.documents;
    Xapian::Document doc = db.get_document(*it);
    nlohmann::json data = nlohmann::json::parse(doc.get_data(), nullptr, false);
    if (!data.is_object()) {
      problem(CheckProblem::Kind::kIndex, index_dir, *it,
              "document " + std::to_string(*it) + " has unreadable data");
      continue;
    }
    Article a = Article::FromJson(data);
    if (a.warc_file.empty()) {
      ++report.documents_without_capture;
      continue;
    }
    std::string key = LedgerKey(a.warc_file, archive_dir);
    if (!files.count(key)) {
      // A home that moved: the file name is what the archive knows.
      std::string name = fs::path(a.warc_file).filename().string();
      if (files.count(name)) key = name;
    }
    auto r = responses.find({key, a.warc_offset});
    std::string label = "document " + a.id + " (" + a.url + ")";
    if (r == responses.end()) {
      problem(CheckProblem::Kind::kIndex, a.warc_file, a.warc_offset,
              label + " points to no intact response record");
      continue;
    }
    if (r->second.uri != a.url)
      problem(CheckProblem::Kind::kIndex, a.warc_file, a.warc_offset,
              label + " points to a record of another URL: " + r->second.uri);
    else if (!a.payload_digest.empty() && !r->second.payload_digest.empty() &&
             r->second.payload_digest != a.payload_digest)
      problem(CheckProblem::Kind::kIndex, a.warc_file, a.warc_offset,
              label + " was built from other content (payload digest " + a.payload_digest +
                  ", record has " + r->second.payload_digest + ")");
  }
  return report;
}

}  // namespace vn::indexer
