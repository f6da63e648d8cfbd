// ExtractionEval: measures the extractor against a hand-annotated gold set (tests/gold:
// NAME.html + NAME.json pairs). Per field it counts matches over all pages (micro
// averages) and reports precision, recall and F1; single-valued fields (title,
// published day, event type) are reported as accuracy in all three columns.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "indexer/article.h"

namespace vn::indexer {

struct FieldScore {
  double true_positives = 0;
  double predicted = 0;  // items the extractor produced
  double expected = 0;   // items in the gold
  double precision() const {
    return predicted > 0 ? true_positives / predicted : (expected == 0 ? 1 : 0);
  }
  double recall() const {
    return expected > 0 ? true_positives / expected : (predicted == 0 ? 1 : 0);
  }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct EvalReport {
  int pages = 0;
  std::map<std::string, FieldScore> fields;  // field name → score
  std::vector<std::string> page_errors;      // pages that could not be read
  nlohmann::json ToJson() const;
  std::string ToTable() const;
};

// Scores one extracted article against its gold record, adding to `report`.
void ScoreArticle(const Article& got, const nlohmann::json& gold, EvalReport* report);

// Runs the extractor over every NAME.html with a NAME.json in `dir`.
EvalReport EvaluateGoldDirectory(const std::string& dir);

// The field names, in report order.
const std::vector<std::string>& EvalFields();

}  // namespace vn::indexer
