// `vnarchive eval-extract DIR`: precision, recall and F1 per field of the extractor over a
// gold set; with --floors, exit 1 when any F1 falls below its recorded floor.
#include <fstream>
#include <iostream>

#include "app/commands.h"
#include "app/file_io.h"
#include "common/error.h"
#include "indexer/extraction_eval.h"

namespace vn::app {

void RegisterEvalExtract(CLI::App& app, GlobalOptions& global) {
  struct Opts {
    std::string dir;
    std::string floors;
    bool json = false;
  };
  auto opts = std::make_shared<Opts>();
  CLI::App* cmd = app.add_subcommand(
      "eval-extract", "Score the extractor against a gold set (NAME.html + NAME.json pairs)");
  cmd->add_option("dir", opts->dir, "Gold directory, e.g. tests/gold")->required();
  cmd->add_option("--floors", opts->floors,
                  "JSON {field: minimum F1}; exit 1 when a field scores below its floor");
  cmd->add_flag("--json", opts->json, "Print the report as JSON");
  cmd->callback([opts, &global] {
    indexer::EvalReport report = indexer::EvaluateGoldDirectory(opts->dir);
    if (opts->json)
      std::cout << report.ToJson().dump(2) << "\n";
    else
      std::cout << report.ToTable();
    for (const auto& e : report.page_errors) std::cerr << "eval-extract: " << e << "\n";
    if (opts->floors.empty()) return;
    auto floors = nlohmann::json::parse(ReadInput(opts->floors), nullptr, false);
    if (floors.is_discarded() || !floors.is_object())
      throw UsageError(opts->floors + ": not a JSON object of field: minimum F1");
    for (const auto& [field, minimum] : floors.items()) {
      auto it = report.fields.find(field);
      if (it == report.fields.end()) throw UsageError(opts->floors + ": unknown field " + field);
      if (!minimum.is_number()) throw UsageError(opts->floors + ": " + field + ": not a number");
      if (it->second.f1() + 1e-9 < minimum.get<double>()) {
        std::cerr << "eval-extract: " << field << " F1 " << it->second.f1()
                  << " is below its floor " << minimum.get<double>() << "\n";
        global.exit_code = static_cast<int>(ExitCode::kPartial);
      }
    }
  });
}

}  // namespace vn::app
