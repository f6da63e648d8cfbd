#include "indexer/warc_indexer.h"

#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <unordered_map>

#include "archive/digest.h"
#include "common/error.h"
#include "common/index_schema.h"
#include "indexer/index_ledger.h"

#include "indexer/extractor.h"
#include "indexer/index_writer.h"

namespace vn::indexer {

bool LooksLikeHtml(const std::string& content_type, std::string_view body) {
  std::string ct = content_type;
  std::transform(ct.begin(), ct.end(), ct.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ct.find("html") != std::string::npos) return true;
  if (!ct.empty() && ct.find("octet-stream") == std::string::npos &&
      ct.find("text/plain") == std::string::npos)
    return false;
  std::string head(body.substr(0, 512));
  std::transform(head.begin(), head.end(), head.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return head.find("<html") != std::string::npos ||
         head.find("<!doctype html") != std::string::npos;
}

std::string LedgerKey(const std::string& path, const std::string& archive_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path abs = fs::weakly_canonical(fs::absolute(path), ec);
  if (!archive_dir.empty()) {
    fs::path dir = fs::weakly_canonical(fs::absolute(archive_dir), ec);
    if (abs.parent_path() == dir) return abs.filename().string();
  }
  return abs.string();
}

namespace {

// The capture a document currently holds, as far as deciding what a new capture changes.
struct IndexedCapture {
  std::string record_id;
  std::string date;
  std::string payload_digest;
  CaptureRef ref;
  std::vector<CaptureRef> history;
};

std::optional<IndexedCapture> FromArticle(const Article& a) {
  IndexedCapture c;
  c.record_id = a.warc_record_id;
  c.date = a.capture_date;
  c.payload_digest = a.payload_digest;
  c.ref = {a.warc_file, a.warc_offset, a.warc_record_id, a.capture_date, a.payload_digest};
  c.history = a.history;
  return c;
}

// Looks documents up as of the last commit, plus what this run wrote since.
class IndexedLookup {
 public:
  explicit IndexedLookup(const std::string& index_dir) {
    try {
      db_ = Xapian::Database(index_dir);
      open_ = true;
    } catch (const Xapian::Error&) {
      open_ = false;  // a brand-new index: nothing indexed before this run
    }
  }
  std::optional<IndexedCapture> Get(const std::string& id) {
    if (auto it = written_.find(id); it != written_.end()) return it->second;
    if (!open_) return std::nullopt;
    std::string term = std::string(schema::kId) + id;
    Xapian::PostingIterator p = db_.postlist_begin(term);
    if (p == db_.postlist_end(term)) return std::nullopt;
    nlohmann::json data = nlohmann::json::parse(db_.get_document(*p).get_data(), nullptr,
                                                /*allow_exceptions=*/false);
    // A document whose data cannot be read is simply replaced by this capture.
    if (!data.is_object()) return IndexedCapture{};
    return FromArticle(Article::FromJson(data));
  }
  void Put(const std::string& id, IndexedCapture c) { written_[id] = std::move(c); }

 private:
  Xapian::Database db_;
  bool open_ = false;
  std::unordered_map<std::string, IndexedCapture> written_;
};

}  // namespace

IndexSummary IndexWarcs(const IndexOptions& options) {
  IndexSummary summary;
  IndexWriter writer(options.index_dir);
  writer.Commit();  // a new index exists on disk before the first lookup
  IndexLedger ledger(options.index_dir);
  IndexedLookup lookup(options.index_dir);
  Extractor extractor;
  auto log = [&](const std::string& m) {
    if (options.log) options.log(m);
  };
  const std::string since = options.reextract_since;
  for (const std::string& path : options.warc_files) {
    const std::string key = LedgerKey(path, options.archive_dir);
    std::error_code ec;
    const uint64_t size = std::filesystem::file_size(path, ec);
    if (ec) throw UsageError(path + ": cannot open: " + ec.message());
    if (since.empty() && ledger.FileDone(key, size)) {
      ++summary.files_skipped;
      continue;
    }
    ++summary.files_read;
    std::vector<LedgerEntry> entries;
    auto note = [&](uint64_t offset, const char* outcome, const std::string& id = "") {
      entries.push_back({key, offset, outcome, id});
    };
    archive::WarcReader reader(path);
    reader.set_problem_callback([&](const archive::WarcProblem& p) {
      summary.problems.push_back(p);
      log(p.ToString());
    });
    archive::WarcRecord record;
    archive::WarcLocation where;
    while (reader.Next(&record, &where)) {
      ++summary.records;
      if (record.Type() != "response") continue;
      std::string uri = record.TargetUri();
      if (uri.rfind("http", 0) != 0) continue;
      const std::string date = record.Date();
      const bool force = !since.empty() && date.substr(0, since.size()) >= since;
      if (!force && !since.empty()) {
        // Outside the slice being re-extracted: keep what the ledger said.
        auto it = ledger.entries().find({key, where.offset});
        if (it != ledger.entries().end()) {
          entries.push_back(it->second);
          continue;
        }
      }
      auto http = archive::ParseHttpResponse(record.block);
      if (!http) {
        log(path + ":" + std::to_string(where.offset) + ": record " + record.RecordId() +
            ": response block is not an HTTP message");
        note(where.offset, kOutcomeNotHttp);
        continue;
      }
      if (http->status != 200) {
        ++summary.not_ok;
        note(where.offset, kOutcomeNotOk);
        continue;
      }
      std::string ct = http->Header("Content-Type").value_or("");
      if (!LooksLikeHtml(ct, http->body)) {
        ++summary.not_html;
        note(where.offset, kOutcomeNotHtml);
        continue;
      }
      PageInput page;
      page.bytes = http->body;
      page.content_type = ct;
      page.url = uri;
      if (options.source_for_url) {
        SourceInfo s = options.source_for_url(uri);
        page.source = s.name;
        page.source_province = s.province;
      }
      Article article = extractor.ExtractHtml(page);
      if (article.page_kind == "list") {
        ++summary.list_pages;  // archived, but not an article to search
        note(where.offset, kOutcomeList, article.id);
        continue;
      }
      article.warc_file = where.file;
      article.warc_offset = where.offset;
      article.warc_record_id = record.RecordId();
      article.capture_date = date;
      article.payload_digest =
          record.Get("WARC-Payload-Digest").value_or(archive::Sha1Digest(http->body));
      if (!writer.Holds(article.id)) {
        ++summary.other_shard;  // this machine builds another shard (index --shard N/M)
        note(where.offset, kOutcomeOtherShard, article.id);
        continue;
      }
      std::optional<IndexedCapture> existing = lookup.Get(article.id);
      if (existing) {
        const bool same_record = existing->record_id == article.warc_record_id;
        if (same_record && !force) {
          ++summary.unchanged;  // read again after a crash: already in the index
          note(where.offset, kOutcomeIndexed, article.id);
          continue;
        }
        if (!same_record && !existing->date.empty() && existing->date > date) {
          ++summary.older_skipped;
          note(where.offset, kOutcomeOlder, article.id);
          continue;
        }
        if (!same_record && existing->payload_digest == article.payload_digest) {
          ++summary.unchanged;
          note(where.offset, kOutcomeUnchanged, article.id);
          continue;
        }
        article.history = existing->history;
        if (!same_record) article.history.push_back(existing->ref);
      }
      if (writer.Add(article)) {
        ++summary.pages;
        note(where.offset, kOutcomeIndexed, article.id);
        lookup.Put(article.id, *FromArticle(article));
      } else {
        ++summary.older_skipped;
        note(where.offset, kOutcomeOlder, article.id);
      }
    }
    writer.Commit();
    ledger.AppendFile(key, size, entries);
    if (options.file_done) options.file_done(path);
  }
  writer.Commit();
  summary.documents = writer.document_count();
  return summary;
}

}  // namespace vn::indexer
