// `vnarchive extract FILE`: the extractor's JSON record for one HTML or text file.
#include <iostream>

#include "app/commands.h"
#include "app/file_io.h"
#include "indexer/extractor.h"

namespace vn::app {

namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

void RegisterExtract(CLI::App& app, GlobalOptions& global) {
  struct Opts {
    std::string file;
    bool text = false;
    bool html = false;
    std::string published;
    std::string url;
    std::string province;
    bool pretty = false;
  };
  auto opts = std::make_shared<Opts>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Run the extractor on one HTML or plain-text file (or - for stdin); print JSON");
  cmd->add_option("file", opts->file, "HTML or text file, or - for stdin")->required();
  cmd->add_flag("--text", opts->text, "Treat the input as plain text (default for .txt)");
  cmd->add_flag("--html", opts->html, "Treat the input as HTML (default otherwise)");
  cmd->add_option("--published", opts->published,
                  "Publication date (YYYY-MM-DD) resolving yearless dates in plain text");
  cmd->add_option("--url", opts->url, "The page's URL, if known");
  cmd->add_option("--source-province", opts->province, "The publishing department's province");
  cmd->add_flag("--pretty", opts->pretty, "Indent the JSON");
  cmd->callback([opts, &global] {
    std::string data = ReadInput(opts->file);
    indexer::PageInput page;
    page.bytes = data;
    page.url = opts->url;
    page.source_province = opts->province;
    indexer::Extractor extractor;
    bool as_text = opts->text || (!opts->html && EndsWith(opts->file, ".txt"));
    indexer::Article a =
        as_text ? extractor.ExtractText(page, opts->published) : extractor.ExtractHtml(page);
    if (a.url.empty() && opts->file != "-") a.url = "file:" + opts->file;
    std::cout << a.ToJson().dump(opts->pretty ? 2 : -1, ' ', false,
                                 nlohmann::json::error_handler_t::replace)
              << "\n";
  });
}

}  // namespace vn::app
