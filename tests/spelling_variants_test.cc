// Every spelling of a word meets: the same paragraph stored in UTF-8, UTF-8 with BOM, NFD,
// UTF-16LE, windows-1258 (combining tone marks), TCVN3 (.VnTime), all capitals, and as
// windows-1258 / TCVN3 HTML pages is indexed, and each query form (either tone-mark style,
// with or without diacritics, any case, phrases) must find every one of them.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "indexer/extractor.h"
#include "indexer/index_writer.h"
#include "query/searcher.h"

namespace vn {
namespace {

namespace fs = std::filesystem;

class SpellingVariantsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = fs::temp_directory_path() / ("vn_variants_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    indexer::IndexWriter writer(dir_.string());
    indexer::Extractor extractor;
    fs::path fixtures = fs::path(VN_SOURCE_DIR) / "tests/fixtures/text";
    for (const auto& e : fs::directory_iterator(fixtures)) {
      std::string name = e.path().filename().string();
      bool html = e.path().extension() == ".html";
      if (!html && e.path().extension() != ".txt") continue;
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      std::string bytes = ss.str();
      indexer::PageInput page{bytes, "", "file:" + name};
      indexer::Article a;
      if (html) {
        a = extractor.ExtractHtml(page);
      } else {
        // A plain paragraph: index it whole as the body, titled by its file name.
        a = extractor.ExtractText(page, "2020-05-25");
        if (!a.title.empty()) a.body.insert(a.body.begin(), a.title);
        a.title = name;
      }
      a.id = name;
      writer.Add(a);
      names_.push_back(name);
    }
    writer.Commit();
    std::sort(names_.begin(), names_.end());
  }
  static void TearDownTestSuite() { fs::remove_all(dir_); }

  static std::vector<std::string> Found(const std::string& q) {
    query::Searcher s(dir_.string());
    query::SearchRequest r;
    r.text = q;
    r.limit = 100;
    std::vector<std::string> ids;
    for (const auto& h : s.Search(r).hits) ids.push_back(h.article.id);
    std::sort(ids.begin(), ids.end());
    return ids;
  }

  static inline fs::path dir_;
  static inline std::vector<std::string> names_;
};

TEST_F(SpellingVariantsTest, FixturesCoverEveryEncoding) {
  EXPECT_GE(names_.size(), 9u);
  for (const char* n :
       {"para.nfd.txt", "para.windows-1258.txt", "para.tcvn3.txt", "para.utf16le-bom.txt",
        "para.caps.txt", "page.tcvn3.html", "page.windows-1258.html"})
    EXPECT_NE(std::find(names_.begin(), names_.end(), n), names_.end()) << n;
}

TEST_F(SpellingVariantsTest, EveryQueryFormFindsEveryPage) {
  for (const char* q :
       {"thỏa thuận hợp tác", "thoả thuận hợp tác", "THOẢ THUẬN", "thoa thuan hop tac",
        "THOA THUAN HOP TAC", "Nguyễn Thúy Anh", "nguyen thuy anh", "Thuý Anh",
        "\"trung tâm phục vụ đối ngoại\"", "\"TRUNG TAM DICH VU DOI NGOAI\"", "thừa thiên huế",
        "thua thien hue", "đà nẵng", "da nang"}) {
    EXPECT_EQ(Found(q), names_) << "query: " << q;
  }
}

}  // namespace
}  // namespace vn
