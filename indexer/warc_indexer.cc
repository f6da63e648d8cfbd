#include "indexer/warc_indexer.h"

#include <algorithm>

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

IndexSummary IndexWarcs(const IndexOptions& options) {
  IndexSummary summary;
  IndexWriter writer(options.index_dir);
  Extractor extractor;
  auto log = [&](const std::string& m) {
    if (options.log) options.log(m);
  };
  for (const std::string& path : options.warc_files) {
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
      auto http = archive::ParseHttpResponse(record.block);
      if (!http) {
        log(path + ":" + std::to_string(where.offset) + ": record " + record.RecordId() +
            ": response block is not an HTTP message");
        continue;
      }
      if (http->status != 200) {
        ++summary.not_ok;
        continue;
      }
      std::string ct = http->Header("Content-Type").value_or("");
      if (!LooksLikeHtml(ct, http->body)) {
        ++summary.not_html;
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
        continue;
      }
      article.warc_file = where.file;
      article.warc_offset = where.offset;
      article.warc_record_id = record.RecordId();
      article.capture_date = record.Date();
      if (writer.Add(article))
        ++summary.pages;
      else
        ++summary.older_skipped;
    }
  }
  writer.Commit();
  summary.documents = writer.document_count();
  return summary;
}

}  // namespace vn::indexer
