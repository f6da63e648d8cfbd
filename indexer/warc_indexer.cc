#include "indexer/warc_indexer.h"

#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <future>
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

constexpr size_t kExtractBatch = 32;  // pages extracted together, on two threads

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
  const Extractor extractors[2];  // one per extracting thread
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
    // Records in archive order: a ledger entry already decided, or a page to extract.
    // Pages are extracted a batch at a time on two threads (extraction is most of the
    // work); what each means for the index is then decided in archive order, as one
    // thread would.
    struct Item {
      std::optional<LedgerEntry> decided;
      archive::WarcLocation where;
      std::string record_id, date, payload_digest;
      bool force = false;
      std::string body;  // the page's bytes; `page.bytes` points here once extraction starts
      PageInput page;
      Article article;
      PreparedDocument prepared;  // the article's index document, built with the extraction
    };
    std::vector<Item> items;
    size_t pages_waiting = 0;
    auto decide = [&](Item& it) {
      Article& article = it.article;
      if (article.page_kind == "list") {
        ++summary.list_pages;  // archived, but not an article to search
        note(it.where.offset, kOutcomeList, article.id);
        return;
      }
      if (!writer.Holds(article.id)) {
        ++summary.other_shard;  // this machine builds another shard (index --shard N/M)
        note(it.where.offset, kOutcomeOtherShard, article.id);
        return;
      }
      std::optional<IndexedCapture> existing = lookup.Get(article.id);
      if (existing) {
        const bool same_record = existing->record_id == article.warc_record_id;
        if (same_record && !it.force) {
          ++summary.unchanged;  // read again after a crash: already in the index
          note(it.where.offset, kOutcomeIndexed, article.id);
          return;
        }
        if (!same_record && !existing->date.empty() && existing->date > it.date) {
          ++summary.older_skipped;
          note(it.where.offset, kOutcomeOlder, article.id);
          return;
        }
        if (!same_record && existing->payload_digest == article.payload_digest) {
          ++summary.unchanged;
          note(it.where.offset, kOutcomeUnchanged, article.id);
          return;
        }
        article.history = existing->history;
        if (!same_record) article.history.push_back(existing->ref);
        // The stored record now names the earlier captures too.
        if (!article.history.empty()) it.prepared.doc.set_data(article.ToJson().dump());
      }
      if (writer.AddPrepared(it.prepared)) {
        ++summary.pages;
        note(it.where.offset, kOutcomeIndexed, article.id);
        lookup.Put(article.id, *FromArticle(article));
      } else {
        ++summary.older_skipped;
        note(it.where.offset, kOutcomeOlder, article.id);
      }
    };
    // Extracts (and builds the index documents of) a batch's pages on two threads.
    auto extract_batch = [this_extractors = &extractors](std::vector<Item>* batch) {
      std::vector<Item*> pages;
      for (Item& it : *batch)
        if (!it.decided) pages.push_back(&it);
      auto extract = [&](size_t from, const Extractor& x) {
        for (size_t k = from; k < pages.size(); k += 2) {
          Item& it = *pages[k];
          it.page.bytes = it.body;
          it.article = x.ExtractHtml(it.page);
          it.article.warc_file = it.where.file;
          it.article.warc_offset = it.where.offset;
          it.article.warc_record_id = it.record_id;
          it.article.capture_date = it.date;
          it.article.payload_digest = it.payload_digest;
          if (it.article.page_kind != "list") it.prepared = IndexWriter::Prepare(it.article);
          std::string().swap(it.body);  // the bytes are no longer needed
        }
      };
      auto other = std::async(std::launch::async, extract, 1, std::cref((*this_extractors)[1]));
      extract(0, (*this_extractors)[0]);
      other.get();
    };
    // While one batch is extracted, the one before it is decided and written.
    std::vector<Item> in_flight;
    std::future<void> extracting;
    auto finish_in_flight = [&] {
      if (!extracting.valid()) return;
      extracting.get();
      for (Item& it : in_flight) {
        if (it.decided)
          entries.push_back(*it.decided);
        else
          decide(it);
      }
      in_flight.clear();
    };
    auto run_batch = [&] {
      finish_in_flight();
      in_flight = std::move(items);
      items.clear();
      pages_waiting = 0;
      extracting = std::async(std::launch::async, extract_batch, &in_flight);
    };
    archive::WarcRecord record;
    archive::WarcLocation where;
    while (reader.Next(&record, &where)) {
      ++summary.records;
      if (record.Type() != "response") continue;
      std::string uri = record.TargetUri();
      if (uri.rfind("http", 0) != 0) continue;
      const std::string date = record.Date();
      const bool force = !since.empty() && date.substr(0, since.size()) >= since;
      Item item;
      item.where = where;
      if (!force && !since.empty()) {
        // Outside the slice being re-extracted: keep what the ledger said.
        auto it = ledger.entries().find({key, where.offset});
        if (it != ledger.entries().end()) {
          item.decided = it->second;
          items.push_back(std::move(item));
          continue;
        }
      }
      auto http = archive::ParseHttpResponse(record.block);
      if (!http) {
        log(path + ":" + std::to_string(where.offset) + ": record " + record.RecordId() +
            ": response block is not an HTTP message");
        item.decided = LedgerEntry{key, where.offset, kOutcomeNotHttp, ""};
      } else if (http->status != 200) {
        ++summary.not_ok;
        item.decided = LedgerEntry{key, where.offset, kOutcomeNotOk, ""};
      } else if (std::string ct = http->Header("Content-Type").value_or("");
                 !LooksLikeHtml(ct, http->body)) {
        ++summary.not_html;
        item.decided = LedgerEntry{key, where.offset, kOutcomeNotHtml, ""};
      } else {
        item.page.content_type = ct;
        item.page.url = uri;
        if (options.source_for_url) {
          SourceInfo s = options.source_for_url(uri);
          item.page.source = s.name;
          item.page.source_province = s.province;
        }
        item.record_id = record.RecordId();
        item.date = date;
        item.force = force;
        item.payload_digest =
            record.Get("WARC-Payload-Digest").value_or(archive::Sha1Digest(http->body));
        item.body = std::move(http->body);
        ++pages_waiting;
      }
      items.push_back(std::move(item));
      if (pages_waiting >= kExtractBatch) run_batch();
    }
    run_batch();
    finish_in_flight();
    writer.Commit();
    ledger.AppendFile(key, size, entries);
    if (options.file_done) options.file_done(path);
  }
  writer.Commit();
  summary.documents = writer.document_count();
  return summary;
}

}  // namespace vn::indexer
